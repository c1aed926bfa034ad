//! The reviewer API: every request signed by a member of the current roster
//! (and the mailbox read, signed by the mailbox key).

use std::collections::HashMap;

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use dropbox_crypto::agehdr::{self, HeaderRules};
use dropbox_crypto::bundle::DeleteToken;
use dropbox_crypto::dropkey;
use dropbox_crypto::dsse::Envelope;
use dropbox_crypto::roster;
use dropbox_crypto::wire::{
    AckBatch, AckOutcome, Created, EventItem, EventPage, FETCH_MAX_BYTES, FetchBatch, FetchRecord,
    InboxItem, InboxPage, MailboxItem, ReplyList, Seq,
};
use dropbox_crypto::{MailboxId, SubmissionId};

use crate::auth::{SignedMailbox, SignedMember};
use crate::error::ApiError;
use crate::state::Shared;

/// The header carrying an item's delete token.
pub const DELETE_TOKEN_HEADER: &str = "dropbox-delete-token";
const PAGE: u32 = 100;

fn submission_id(id: &str) -> Result<String, ApiError> {
    id.parse::<SubmissionId>()
        .map(|i| i.to_string())
        .map_err(|_| ApiError::NotFound)
}

/// `GET /v1/inbox?cursor=…`: items this member has not acked yet.
pub async fn inbox(
    State(state): State<Shared>,
    Query(q): Query<HashMap<String, String>>,
    SignedMember { member, .. }: SignedMember,
) -> Result<Response, ApiError> {
    let cursor = match q.get("cursor") {
        Some(c) => Some(
            submission_id(c)
                .map_err(|_| ApiError::BadRequest("cursor", "invalid cursor".into()))?,
        ),
        None => None,
    };
    let m = member.to_string();
    let items = state
        .db(move |s| s.inbox(&m, cursor.as_deref(), PAGE))
        .await?;
    let next = if items.len() == PAGE as usize {
        items.last().map(|i| i.id.clone())
    } else {
        None
    };
    let items = items
        .into_iter()
        .map(|i| {
            Ok(InboxItem {
                day: i.day,
                deletable: i.delete_hash.is_some(),
                id: i.id.parse().map_err(ApiError::internal)?,
                receipt: i.receipt.parse().map_err(ApiError::internal)?,
                size: i.size,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(Json(InboxPage {
        cursor: next,
        items,
    })
    .into_response())
}

/// `GET /v1/submissions/{id}`: the ciphertext, streamed.
pub async fn fetch(
    State(state): State<Shared>,
    Path(id): Path<String>,
    _: SignedMember,
) -> Result<Response, ApiError> {
    let id = submission_id(&id)?;
    let id2 = id.clone();
    let sub = state
        .db(move |s| s.submission(&id2))
        .await?
        .ok_or(ApiError::NotFound)?;
    let stream = state.ciphertexts.get(&id).await?;
    let mut resp = Body::from_stream(stream).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(sub.size));
    h.insert(
        "dropbox-receipt",
        HeaderValue::from_str(&sub.receipt).map_err(ApiError::internal)?,
    );
    Ok(resp)
}

/// `POST /v1/fetch` (protocol 1.11): many small items in one signed
/// request and one response, each a line naming it and its ciphertext
/// (PROTOCOL §15.10). The items are looked up once and then streamed from
/// storage one after another, so memory stays flat whatever the batch.
pub async fn fetch_batch(
    State(state): State<Shared>,
    SignedMember { body, .. }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    use futures_util::StreamExt;
    use futures_util::stream;
    let batch =
        FetchBatch::parse(&body).map_err(|e| ApiError::BadRequest("fetch", e.to_string()))?;
    let ids: Vec<String> = batch.ids.iter().map(ToString::to_string).collect();
    let stored = state
        .db(move |s| {
            ids.iter()
                .map(|id| s.submission(id))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    let total: u64 = stored.iter().flatten().map(|s| s.size).sum();
    if total > FETCH_MAX_BYTES {
        return Err(ApiError::BadRequest(
            "fetch",
            format!(
                "the items asked for are {total} bytes together, more than {FETCH_MAX_BYTES}: ask for fewer"
            ),
        ));
    }
    let records = batch
        .ids
        .into_iter()
        .zip(stored)
        .map(|(id, sub)| {
            let receipt = match &sub {
                Some(s) => Some(s.receipt.parse().map_err(ApiError::internal)?),
                None => None,
            };
            let size = sub.map_or(0, |s| s.size);
            Ok(FetchRecord { id, receipt, size })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let body = stream::iter(records)
        .then(move |rec| {
            let state = state.clone();
            async move {
                let none = FetchRecord {
                    receipt: None,
                    size: 0,
                    ..rec.clone()
                };
                let line =
                    |r: &FetchRecord| stream::once(std::future::ready(Ok(Bytes::from(r.line()))));
                if rec.receipt.is_none() {
                    return line(&none).boxed();
                }
                match state.ciphertexts.get(&rec.id.to_string()).await {
                    Ok(data) => line(&rec).chain(data).boxed(),
                    // Deleted since the look-up (withdrawn, purged): not
                    // stored, as it would have been a moment earlier.
                    Err(crate::ciphertexts::CiphertextError::NotFound) => line(&none).boxed(),
                    // Anything else ends the response early, which the
                    // client refuses as cut short.
                    Err(e) => stream::once(async move { Err(std::io::Error::other(e)) }).boxed(),
                }
            }
        })
        .flatten();
    let mut resp = Body::from_stream(body).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    Ok(resp)
}

/// `POST /v1/submissions/{id}/ack`.
pub async fn ack(
    State(state): State<Shared>,
    Path(id): Path<String>,
    SignedMember { member, .. }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    let id = submission_id(&id)?;
    let today = state.today();
    let m = member.to_string();
    if !state.db_member(move |s| s.ack(&id, &m, today)).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `POST /v1/acks` (protocol 1.6): many acks in one signed request and one
/// transaction. The nonce of its signature is spent like any other, and the
/// signature covers the body's digest, so a batch cannot be replayed or
/// altered.
pub async fn ack_batch(
    State(state): State<Shared>,
    SignedMember { member, body }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    let batch = AckBatch::parse(&body).map_err(|e| ApiError::BadRequest("acks", e.to_string()))?;
    let ids: Vec<String> = batch.ids.iter().map(ToString::to_string).collect();
    let today = state.today();
    let m = member.to_string();
    let found = state
        .db_member(move |s| s.ack_many(&ids, &m, today))
        .await?;
    let (mut acked, mut unknown) = (Vec::new(), Vec::new());
    for (id, found) in batch.ids.into_iter().zip(found) {
        if found {
            acked.push(id);
        } else {
            unknown.push(id);
        }
    }
    Ok(Json(AckOutcome { acked, unknown }).into_response())
}

/// `DELETE /v1/submissions/{id}` with `Dropbox-Delete-Token`.
pub async fn delete(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    _: SignedMember,
) -> Result<Response, ApiError> {
    let id = submission_id(&id)?;
    let token = headers
        .get(DELETE_TOKEN_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(DeleteToken::from_text)
        .ok_or_else(|| {
            ApiError::Forbidden(
                "delete-token",
                "Dropbox-Delete-Token with the item's token is required".into(),
            )
        })?;
    let id2 = id.clone();
    let sub = state
        .db(move |s| s.submission(&id2))
        .await?
        .ok_or(ApiError::NotFound)?;
    if sub.delete_hash.as_deref() != Some(token.hash().to_string().as_str()) {
        return Err(ApiError::Forbidden(
            "delete-token",
            "the delete token does not match this item".into(),
        ));
    }
    crate::retention::delete_submission(&state, &id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

fn check_age(state: &Shared, body: &[u8]) -> Result<(), ApiError> {
    let members = state.roster().head.members.len();
    let h = agehdr::parse(body)
        .map_err(|e| ApiError::Unprocessable("bad-age-header", e.to_string()))?;
    HeaderRules::for_roster(members)
        .check(&h)
        .map_err(|e| ApiError::Unprocessable("bad-age-header", e.to_string()))
}

/// `POST /v1/mailboxes/{id}/replies`: an encrypted reply for a reporter.
pub async fn post_reply(
    State(state): State<Shared>,
    Path(mailbox): Path<String>,
    SignedMember { body, .. }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    // On a full disk the space left is for reads, acks and deletes.
    state.disk.refuse_if_full()?;
    let mailbox: MailboxId = mailbox.parse().map_err(|_| ApiError::NotFound)?;
    check_age(&state, &body)?;
    let id = SubmissionId::random();
    let (id2, today) = (id.to_string(), state.today());
    state
        .db(move |s| s.insert_reply(&id2, &mailbox.to_string(), &body, today))
        .await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

/// `GET /v1/mailboxes/{id}`: a reporter reads their replies, signed with
/// the mailbox key. An empty (or new) mailbox answers `[]`.
pub async fn read_mailbox(
    State(state): State<Shared>,
    SignedMailbox { mailbox, .. }: SignedMailbox,
) -> Result<Response, ApiError> {
    let today = state.today();
    let replies = state
        .db_member(move |s| {
            s.touch_mailbox(&mailbox.to_string(), today)?;
            s.read_mailbox(&mailbox.to_string(), today)
        })
        .await?;
    let out = replies
        .into_iter()
        .map(|r| {
            Ok(MailboxItem {
                data: r.data,
                day: r.day,
                id: r.id.parse().map_err(ApiError::internal)?,
                roster_seq: Some(r.roster_seq),
            })
        })
        .collect::<Result<ReplyList, ApiError>>()?;
    Ok(Json(out).into_response())
}

/// `PUT /v1/roster`: the next roster, accepted only if it follows the head.
pub async fn put_roster(
    State(state): State<Shared>,
    SignedMember { body, .. }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    // On a full disk the space left is for reads, acks and deletes.
    state.disk.refuse_if_full()?;
    let env =
        Envelope::from_json(&body).map_err(|e| ApiError::Unprocessable(e.code(), e.to_string()))?;
    let current = state.roster();
    let bad = |e: roster::RosterError| ApiError::Unprocessable(e.code(), e.to_string());
    // The whole chain with the new roster must verify from the fingerprint
    // (key continuity across removals included), with the new head current.
    let mut chain = current.chain.clone();
    chain.push(env.clone());
    let verified = roster::verify_chain(&current.fingerprint, &chain, (state.clock)()).map_err(
        |e| match e {
            // A roster this drop box holds already (roster #1 from `init`,
            // or a chain published twice): say so, not "#1 does not follow #1".
            roster::RosterError::WrongSeq { previous, found } if found <= previous => {
                ApiError::Unprocessable(
                    e.code(),
                    format!(
                        "this drop box already has roster #{found} (its head is #{previous}); publish only roster #{}",
                        previous + 1
                    ),
                )
            }
            e => bad(e),
        },
    )?;
    let next = verified.head().clone();
    let seq = next.roster.seq;
    let json = String::from_utf8(env.to_json()).map_err(ApiError::internal)?;
    state.db(move |s| s.append_roster(seq, &json)).await?;
    {
        let mut r = crate::locks::write(&state.roster, "roster");
        // With replicas, a request that caught up from the store may have
        // taken this roster in meanwhile: never twice in the chain.
        if r.head.seq < seq {
            r.chain.push(env);
            r.head = next.roster;
        }
    }
    Ok(Json(Seq { seq }).into_response())
}

/// The largest roster attestation kept (an armored detached signature is
/// well under 2 KiB).
const ATTESTATION_MAX: usize = 16 << 10;

/// `PUT /v1/roster/attestation`: a member stores the team's OpenPGP
/// detached signature over roster #1's payload. The server cannot check it
/// (it holds no OpenPGP code and trusts nothing); `dropbox-submit --team-pgp`
/// does, against the certificate the team publishes itself.
pub async fn put_attestation(
    State(state): State<Shared>,
    SignedMember { body, .. }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    // On a full disk the space left is for reads, acks and deletes.
    state.disk.refuse_if_full()?;
    let text = std::str::from_utf8(&body)
        .ok()
        .filter(|t| t.len() <= ATTESTATION_MAX)
        .filter(|t| t.trim_start().starts_with("-----BEGIN PGP SIGNATURE-----"))
        .ok_or_else(|| {
            ApiError::BadRequest(
                "attestation",
                "an attestation is an ASCII-armored OpenPGP signature of at most 16 KiB".into(),
            )
        })?
        .to_owned();
    state
        .db(move |s| s.set_meta("roster_attestation", &text))
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `POST /v1/events`: appends an encrypted team event; returns its seq.
pub async fn post_event(
    State(state): State<Shared>,
    SignedMember { body, .. }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    // On a full disk the space left is for reads, acks and deletes.
    state.disk.refuse_if_full()?;
    check_age(&state, &body)?;
    let today = state.today();
    let seq = state.db(move |s| s.append_event(&body, today)).await?;
    Ok((StatusCode::CREATED, Json(Seq { seq })).into_response())
}

/// `GET /v1/events?after=N`: the log from after seq N.
pub async fn events(
    State(state): State<Shared>,
    Query(q): Query<HashMap<String, String>>,
    _: SignedMember,
) -> Result<Response, ApiError> {
    let after: u64 = match q.get("after") {
        Some(a) => a
            .parse()
            .map_err(|_| ApiError::BadRequest("after", "after must be a number".into()))?,
        None => 0,
    };
    let events = state.db(move |s| s.events(after, PAGE)).await?;
    let events = events
        .into_iter()
        .map(|(seq, roster_seq, data)| EventItem {
            data,
            roster_seq: Some(roster_seq),
            seq,
        })
        .collect();
    Ok(Json(EventPage { events }).into_response())
}

fn week(w: &str) -> Result<String, ApiError> {
    // ISO week: YYYY-Www.
    let b = w.as_bytes();
    let ok = b.len() == 8
        && b[..4].iter().all(u8::is_ascii_digit)
        && &b[4..6] == b"-W"
        && b[6..].iter().all(u8::is_ascii_digit);
    if ok {
        Ok(w.to_owned())
    } else {
        Err(ApiError::BadRequest("week", "week must be YYYY-Www".into()))
    }
}

/// `PUT /v1/escrow/{week}`: stores this member's backup escrow share (at
/// most 1 KiB); the server deletes it after the backup window.
pub async fn put_escrow(
    State(state): State<Shared>,
    Path(w): Path<String>,
    SignedMember { member, body }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    // On a full disk the space left is for reads, acks and deletes.
    state.disk.refuse_if_full()?;
    let w = week(&w)?;
    if body.is_empty() || body.len() > 1024 {
        return Err(ApiError::BadRequest(
            "escrow",
            "an escrow share is 1 to 1024 bytes".into(),
        ));
    }
    let today = state.today();
    let stored = state
        .db(move |s| s.put_escrow(member.as_str(), &w, &body, today))
        .await?;
    if !stored {
        return Err(ApiError::Conflict(
            "escrow-exists",
            "a different share is already stored for this week".into(),
        ));
    }
    Ok(StatusCode::CREATED.into_response())
}

/// Most drop keys one request may publish.
const MAX_DROPKEYS_PER_PUT: usize = 16;

/// `PUT /v1/dropkeys` (protocol 1.4): the signing member publishes drop
/// keys, a JSON array of DSSE envelopes. Each must verify against the head
/// roster as this member's, for this team, and not be over; a key for a
/// window already published replaces it.
pub async fn put_dropkeys(
    State(state): State<Shared>,
    SignedMember { member, body }: SignedMember<Bytes>,
) -> Result<Response, ApiError> {
    state.disk.refuse_if_full()?;
    let envs: Vec<Envelope> = serde_json::from_slice(&body).map_err(|_| {
        ApiError::BadRequest("dropkeys", "expected a JSON array of DSSE envelopes".into())
    })?;
    if envs.is_empty() || envs.len() > MAX_DROPKEYS_PER_PUT {
        return Err(ApiError::BadRequest(
            "dropkeys",
            format!("publish 1 to {MAX_DROPKEYS_PER_PUT} drop keys at a time"),
        ));
    }
    let roster = state.roster();
    let today = state.today();
    let mut rows = Vec::new();
    for env in &envs {
        let key = dropkey::verify(env, &roster.head, &roster.fingerprint)
            .map_err(|e| ApiError::Unprocessable(e.code(), e.to_string()))?;
        if key.member != member {
            return Err(ApiError::Forbidden(
                "dropkey-not-yours",
                "a member publishes only their own drop keys".into(),
            ));
        }
        if key.not_after < today {
            return Err(ApiError::Unprocessable(
                "dropkey-expired",
                format!("the drop key ended on {}", key.not_after),
            ));
        }
        let json = serde_json::to_string(env).map_err(ApiError::internal)?;
        rows.push((key.not_before, key.not_after, json));
    }
    state
        .db(move |s| {
            for (nb, na, json) in &rows {
                s.put_dropkey(member.as_str(), *nb, *na, json)?;
            }
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `GET /v1/escrow/{week}`: this member's share, while it is kept.
pub async fn get_escrow(
    State(state): State<Shared>,
    Path(w): Path<String>,
    SignedMember { member, .. }: SignedMember,
) -> Result<Response, ApiError> {
    let w = week(&w)?;
    // Past the backup window a share is gone even before the hourly purge
    // has deleted its row: a backup's expiry does not wait on a timer.
    let (today, days) = (
        state.today(),
        state.roster().head.policy.retention.backup_days,
    );
    let share = state
        .db(move |s| {
            Ok(s.escrow(member.as_str(), &w)?
                .filter(|(_, day)| day.add_days(i64::from(days)) > today)
                .map(|(share, _)| share))
        })
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, "application/octet-stream")], share).into_response())
}
