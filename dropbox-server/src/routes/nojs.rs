//! The no-JavaScript form (DESIGN "Server"), for Tor Browser at "Safest".
//!
//! Off by default. When an operator turns it on, the server itself encrypts
//! a text-only report (64 KiB at most, no attachments, no codename) to every
//! member, in memory, wiping its copies of the text afterwards, and marks
//! the bundle `via: server`. The form says plainly that the operator could
//! read such a report, and points to the encrypted alternatives. It speaks
//! the page's languages, from the page's own message files (`l10n`).

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use zeroize::Zeroize;

use dropbox_crypto::bundle::{self, Header, Kind, Via};
use dropbox_crypto::envelope;
use dropbox_crypto::{Sha256Digest, SubmissionId};

use crate::error::ApiError;
use crate::l10n::{LANGS, Words};
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

/// A whole page in `w`'s language, with links to the form in every other
/// language (the header alone cannot choose: Tor Browser at "Safest" sends
/// the same `Accept-Language` for everyone).
fn html(w: Words, status: StatusCode, title: &str, body: &str) -> Response {
    let lang = w.lang;
    let dir = if lang.rtl { "rtl" } else { "ltr" };
    let others: String = LANGS
        .iter()
        .filter(|l| l.code != lang.code)
        .map(|l| {
            format!(
                "<a href=\"/nojs?lang={c}\" lang=\"{c}\" hreflang=\"{c}\">{n}</a> ",
                c = l.code,
                n = escape(l.name)
            )
        })
        .collect();
    let page = format!(
        "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body><main>{body}</main><nav aria-label=\"{langs}\"><p>{langs}: {others}</p></nav></body></html>",
        code = lang.code,
        title = escape(title),
        langs = escape(&w.say("language-label", &[])),
    );
    let mut r = (status, page).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    r.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code),
    );
    r.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    r
}

/// The language this request asks for (see [`crate::l10n`]).
fn words(query: &HashMap<String, String>, headers: &HeaderMap) -> Words {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Words::pick(query.get("lang").map(String::as_str), accept)
}

/// The form's action, keeping the language for the answer page.
fn action(w: Words) -> String {
    format!("/nojs?lang={}", w.lang.code)
}

/// `GET /nojs`: the form, with the warning.
pub async fn form(
    State(state): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if !state.cfg.nojs_form {
        return Err(ApiError::NotFound);
    }
    let w = words(&query, &headers);
    let say = |id: &str| escape(&w.say(id, &[]));
    let team = &state.roster().head.team;
    let categories: String = state
        .roster()
        .head
        .policy
        .categories
        .iter()
        .map(|c| format!("<option>{}</option>", escape(c)))
        .collect();
    let body = format!(
        "<h1>{heading}</h1>\
<p><strong>{warning}</strong> {explain}</p>\
<p>{text_only}</p>\
<form method=\"post\" action=\"{action}\" autocomplete=\"off\">\
<p><label>{title} <input name=\"title\" maxlength=\"200\" autocomplete=\"off\"></label></p>\
<p><label>{category} <select name=\"category\"><option value=\"\">{none}</option>{categories}</select></label></p>\
<p><label>{report} <textarea name=\"body\" rows=\"12\" cols=\"60\" required autocomplete=\"off\"></textarea></label></p>\
<p><label>{contact} <input name=\"contact\" autocomplete=\"off\"></label></p>\
<p><button type=\"submit\">{send}</button></p></form>",
        heading = escape(&w.say("nojs-heading", &[("team", team)])),
        warning = say("nojs-warning"),
        explain = say("nojs-explain"),
        text_only = say("nojs-text-only"),
        action = action(w),
        title = say("field-title"),
        category = say("field-category"),
        none = say("category-none"),
        report = say("field-body"),
        contact = say("field-contact"),
        send = say("send-button"),
    );
    Ok(html(
        w,
        StatusCode::OK,
        &w.say("nojs-page-title", &[]),
        &body,
    ))
}

/// A refusal as a page in the reporter's language (a person reads this
/// answer, not a program), with the way back to the form.
fn refusal(w: Words, status: StatusCode, message: String) -> Response {
    let body = format!(
        "<h1>{title}</h1><p role=\"alert\">{message}</p><p><a href=\"{action}\">{back}</a></p>",
        title = escape(&w.say("nojs-page-title", &[])),
        message = escape(&message),
        action = action(w),
        back = escape(&w.say("nojs-back", &[])),
    );
    html(w, status, &w.say("nojs-page-title", &[]), &body)
}

/// `POST /nojs`: encrypts the form's text in memory and stores it.
pub async fn submit(
    State(state): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    Form(mut fields): Form<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    if !state.cfg.nojs_form {
        return Err(ApiError::NotFound);
    }
    let w = words(&query, &headers);
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
    let receipt = match result {
        Ok(r) => r,
        Err(e) => {
            let (status, _, detail) = e.public();
            let message = match &e {
                ApiError::TooLarge(_) => w.say("nojs-too-large", &[]),
                ApiError::BadRequest("body", _) => w.say("nojs-empty", &[]),
                _ => w.say("nojs-failed", &[("detail", &detail)]),
            };
            return Ok(refusal(w, status, message));
        }
    };
    let body = format!(
        "<h1>{heading}</h1><p>{receipt_label} <code>{receipt}</code></p><p>{keep}</p>",
        heading = escape(&w.say("nojs-received-heading", &[])),
        receipt_label = escape(&w.say("nojs-receipt", &[])),
        keep = escape(&w.say("nojs-keep-receipt", &[])),
    );
    Ok(html(
        w,
        StatusCode::CREATED,
        &w.say("nojs-received-heading", &[]),
        &body,
    ))
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
    let (id2, size) = (id.clone(), ct.len() as u64);
    tokio::task::spawn_blocking(move || {
        std::io::Write::write_all(&mut blobs.create_tmp(&format!("nojs-{id2}"))?, &ct)
    })
    .await
    .map_err(ApiError::internal)?
    .inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })?;
    let stored = state.ciphertexts.put(&tmp, &id, day).await;
    // Moved into blobs/, or sent to the bucket: the temp copy goes either way.
    let _ = std::fs::remove_file(&tmp);
    stored?;
    let sub = Submission {
        id: id.clone(),
        size,
        receipt: receipt.clone(),
        delete_hash: None,
        withdraw_hash: None,
        day,
    };
    if let Err(e) = state.db(move |s| s.insert_submission(&sub)).await {
        let _ = state.ciphertexts.remove(&id).await;
        return Err(e);
    }
    Ok(receipt)
}
