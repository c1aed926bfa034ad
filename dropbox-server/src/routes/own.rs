//! The reporter's own log in its mailbox (protocol 1.3, PROTOCOL §15.9):
//! thread records and copies of its follow-ups, each an age file the
//! server cannot read, posted and read with the mailbox key.
//!
//! Every report from the page or `dropbox-submit` is followed by one post
//! here (a real thread record, or a cover record under a throwaway key
//! when the report has no codename), so a post tells the server nothing
//! about whether a codename exists. THREAT_MODEL.md §"The reporter's own
//! log" describes the timing link that remains.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use dropbox_crypto::SubmissionId;
use dropbox_crypto::agehdr::{self, HeaderRules};
use dropbox_crypto::codename::WithdrawSecret;
use dropbox_crypto::wire::{Created, OwnItem};

use crate::auth::SignedMailbox;
use crate::error::ApiError;
use crate::state::Shared;

/// Largest own-log item: a bundle without attachments is at most
/// PADMÉ(17 + 4 + 65 536 + 13) = 67 584 bytes, plus the age header and
/// tags.
pub const MAX_OWN_BYTES: usize = 72 * 1024;

/// `POST /v1/mailboxes/{id}/own`: appends an item, encrypted to exactly
/// one X25519 recipient (the codename), to the mailbox's own log.
pub async fn post_own(
    State(state): State<Shared>,
    headers: HeaderMap,
    SignedMailbox { mailbox, body }: SignedMailbox<Bytes>,
) -> Result<Response, ApiError> {
    if body.len() > MAX_OWN_BYTES {
        return Err(ApiError::TooLarge(format!(
            "an own-log item is at most {MAX_OWN_BYTES} bytes"
        )));
    }
    crate::pow::check_upload(&state, &headers).await?;
    let h = agehdr::parse(&body)
        .map_err(|e| ApiError::Unprocessable("bad-age-header", e.to_string()))?;
    HeaderRules::for_roster(0)
        .check(&h)
        .map_err(|e| ApiError::Unprocessable("bad-age-header", e.to_string()))?;
    if h.stanzas.iter().filter(|s| s.tag == "X25519").count() != 1 {
        return Err(ApiError::Unprocessable(
            "bad-age-header",
            "an own-log item is encrypted to the codename only".into(),
        ));
    }
    let item = SubmissionId::random();
    let (item2, today) = (item.to_string(), state.today());
    let stored = state
        .db(move |s| s.insert_own(&item2, &mailbox.to_string(), &body, today))
        .await?;
    if !stored {
        return Err(ApiError::Conflict(
            "own-log-full",
            "this mailbox's own log is full".into(),
        ));
    }
    Ok((StatusCode::CREATED, Json(Created { id: item })).into_response())
}

/// `GET /v1/mailboxes/{id}/own`: the mailbox's own log, in the order
/// posted. Reading it counts as a use of the mailbox.
pub async fn read_own(
    State(state): State<Shared>,
    SignedMailbox { mailbox, .. }: SignedMailbox,
) -> Result<Response, ApiError> {
    let today = state.today();
    let items = state
        .db(move |s| {
            s.touch_mailbox(&mailbox.to_string(), today)?;
            s.own_log(&mailbox.to_string())
        })
        .await?;
    let out = items
        .into_iter()
        .map(|o| {
            Ok(OwnItem {
                data: o.data,
                day: o.day,
                id: o.id.parse().map_err(ApiError::internal)?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(Json(out).into_response())
}

/// The header carrying the withdrawal secret (protocol 1.7).
pub const WITHDRAW_SECRET_HEADER: &str = "dropbox-withdraw-secret";

/// `DELETE /v1/mailboxes/{id}/report` with `Dropbox-Withdraw-Secret`
/// (protocol 1.7): a reporter withdrawing the report that started the
/// mailbox's thread. Only the codename gives the secret: unlike the
/// delete token (1.5 took that one here, THREAT_MODEL residual risk 32),
/// no header of any bundle carries it, so a member since removed, or
/// whoever holds a grant or backup of the case, cannot delete the report
/// here. The server still cannot tie the secret to this mailbox; the
/// signature keeps an unsigned request out. A report uploaded without a
/// withdraw hash (before 1.7, or the no-JavaScript form) is never found
/// here: its withdrawal still reaches the team.
pub async fn withdraw_report(
    State(state): State<Shared>,
    headers: HeaderMap,
    _: SignedMailbox,
) -> Result<Response, ApiError> {
    let secret = headers
        .get(WITHDRAW_SECRET_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(WithdrawSecret::from_text)
        .ok_or_else(|| {
            ApiError::Forbidden(
                "withdraw-secret",
                "Dropbox-Withdraw-Secret with the codename's withdrawal secret is required \
                 (a client before protocol 1.7 sends the delete token, which no longer \
                 withdraws a report: update it)"
                    .into(),
            )
        })?;
    let hash = secret.hash().to_string();
    let found = state
        .db(move |s| s.submission_by_withdraw_hash(&hash))
        .await?
        .ok_or(ApiError::NotFound)?;
    crate::retention::delete_submission(&state, &found).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
