//! The no-JavaScript form (DESIGN "Server"), for Tor Browser at "Safest".
//!
//! Off by default. When an operator turns it on, the server itself encrypts
//! a text-only report (64 KiB at most, no attachments, no codename) to every
//! member, in memory, wiping its copies of the text afterwards, and marks
//! the bundle `via: server`. The form says plainly that the operator could
//! read such a report, and points to the encrypted alternatives.

use std::collections::HashMap;

use axum::Form;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use zeroize::Zeroize;

use dropbox_crypto::bundle::{self, Header, Kind, Via};
use dropbox_crypto::envelope;
use dropbox_crypto::{Sha256Digest, SubmissionId};

use crate::error::ApiError;
use crate::state::Shared;
use crate::store::Submission;

/// Largest report text the form accepts.
pub const MAX_TEXT: usize = 64 * 1024;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn html(body: &str) -> Response {
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Report without JavaScript</title></head><body><main>{body}</main></body></html>"
    );
    let mut r = page.into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    r
}

/// `GET /nojs`: the form, with the warning.
pub async fn form(State(state): State<Shared>) -> Result<Response, ApiError> {
    if !state.cfg.nojs_form {
        return Err(ApiError::NotFound);
    }
    let team = escape(&state.roster().head.team);
    let categories: String = state
        .roster()
        .head
        .policy
        .categories
        .iter()
        .map(|c| format!("<option>{}</option>", escape(c)))
        .collect();
    Ok(html(&format!(
        "<h1>Report to {team} without JavaScript</h1>\
<p><strong>Warning: the server operator could read what you send with this form.</strong> \
Your browser sends the text to the server, which encrypts it for the team. \
For end-to-end encryption use the normal page with JavaScript enabled, or the \
<code>dropbox-submit</code> command-line tool.</p>\
<p>Text only (at most 64 KiB): no attachments, and no codename, so the team cannot reply here.</p>\
<form method=\"post\" action=\"/nojs\" autocomplete=\"off\">\
<p><label>Title <input name=\"title\" maxlength=\"200\" autocomplete=\"off\"></label></p>\
<p><label>Category <select name=\"category\">{categories}</select></label></p>\
<p><label>Report <textarea name=\"body\" rows=\"12\" cols=\"60\" required autocomplete=\"off\"></textarea></label></p>\
<p><label>Contact (optional) <input name=\"contact\" autocomplete=\"off\"></label></p>\
<p><button type=\"submit\">Send report</button></p></form>"
    )))
}

/// `POST /nojs`: encrypts the form's text in memory and stores it.
pub async fn submit(
    State(state): State<Shared>,
    Form(mut fields): Form<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    if !state.cfg.nojs_form {
        return Err(ApiError::NotFound);
    }
    let total: usize = fields.values().map(String::len).sum();
    let result = if total > MAX_TEXT {
        Err(ApiError::TooLarge(
            "the form accepts at most 64 KiB of text".into(),
        ))
    } else if fields.get("body").is_none_or(|b| b.trim().is_empty()) {
        Err(ApiError::BadRequest(
            "body",
            "the report text is empty".into(),
        ))
    } else {
        encrypt_and_store(&state, &fields).await
    };
    for v in fields.values_mut() {
        v.zeroize();
    }
    let receipt = result?;
    let mut r = html(&format!(
        "<h1>Report received</h1><p>Receipt (sha256 of the encrypted report): <code>{receipt}</code></p>\
<p>Keep it if you want to show later that you sent this report.</p>"
    ));
    *r.status_mut() = StatusCode::CREATED;
    Ok(r)
}

async fn encrypt_and_store(
    state: &Shared,
    fields: &HashMap<String, String>,
) -> Result<String, ApiError> {
    let roster = state.roster().head;
    let take = |k: &str| {
        fields
            .get(k)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let everyone: Vec<_> = roster.members.iter().map(|m| m.id.clone()).collect();
    let mut h = Header::new(Kind::Report, state.today(), roster.seq, everyone.clone());
    h.via = Via::Server;
    h.title = take("title");
    h.body = take("body");
    h.category = take("category").filter(|c| roster.policy.categories.contains(c));
    h.contact = take("contact");
    let mut plain =
        bundle::encode_to_vec(h, &[]).map_err(|e| ApiError::BadRequest("form", e.to_string()))?;
    let slots = envelope::submission_slots(&roster, &everyone, None).map_err(ApiError::internal);
    let ct = slots.and_then(|s| envelope::encrypt_vec(s, &plain).map_err(ApiError::internal));
    plain.zeroize();
    let ct = ct?;
    // The ciphertext is in memory: refuse it below the reserve, as uploads.
    state.disk.has_room_for(ct.len() as u64)?;
    let id = SubmissionId::random().to_string();
    let receipt = Sha256Digest::of(&ct).to_string();
    let day = state.today();
    let tmp = state.blobs.tmp_path(&format!("nojs-{id}"));
    let blobs = state.blobs.clone();
    let (tmp2, id2) = (tmp.clone(), id.clone());
    tokio::task::spawn_blocking(move || {
        std::io::Write::write_all(&mut blobs.create_tmp(&format!("nojs-{id2}"))?, &ct)?;
        blobs.commit(&tmp2, &id2, day)
    })
    .await
    .map_err(ApiError::internal)?
    .inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })?;
    let sub = Submission {
        id: id.clone(),
        size: std::fs::metadata(state.blobs.path(&id))?.len(),
        receipt: receipt.clone(),
        delete_hash: None,
        day,
    };
    if let Err(e) = state.db(move |s| s.insert_submission(&sub)).await {
        let _ = state.blobs.remove(&id);
        return Err(e);
    }
    Ok(receipt)
}
