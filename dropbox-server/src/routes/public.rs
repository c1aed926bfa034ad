//! Public, unauthenticated endpoints: the page, the roster chain,
//! security.txt and the health check.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::error::ApiError;
use crate::state::Shared;

/// The embedded page bundle (web/dist/index.html).
pub const PAGE: &[u8] = include_bytes!("../../../web/dist/index.html");

/// sha256 of [`PAGE`], as `dropbox-server page-hash` prints it and rosters
/// name it in `page_sha256`.
pub fn page_hash() -> dropbox_crypto::Sha256Digest {
    dropbox_crypto::Sha256Digest::of(PAGE)
}

/// `GET /`: the submission page.
pub async fn page() -> Response {
    let mut resp = PAGE.into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    resp
}

/// `GET /healthz`.
pub async fn healthz() -> &'static str {
    "ok\n"
}

fn envelope_value(e: &dropbox_crypto::dsse::Envelope) -> Value {
    serde_json::to_value(e).unwrap_or(Value::Null)
}

/// `GET /v1/roster`: the chain, seq 1 to the head.
pub async fn roster_chain(State(state): State<Shared>) -> Response {
    let chain: Vec<Value> = state.roster().chain.iter().map(envelope_value).collect();
    Json(chain).into_response()
}

/// `GET /v1/roster/{seq}`.
pub async fn roster_at(
    State(state): State<Shared>,
    Path(seq): Path<u64>,
) -> Result<Response, ApiError> {
    let r = state.roster();
    let env = seq
        .checked_sub(1)
        .and_then(|i| r.chain.get(usize::try_from(i).ok()?))
        .ok_or(ApiError::NotFound)?;
    Ok(Json(envelope_value(env)).into_response())
}

/// `GET /.well-known/security.txt` (RFC 9116), expiring with the roster.
pub async fn security_txt(State(state): State<Shared>) -> Response {
    let r = state.roster();
    let mut out = String::new();
    for e in &r.head.endpoints {
        out.push_str(&format!("Contact: {}/\n", e.trim_end_matches('/')));
    }
    out.push_str(&format!("Expires: {}T00:00:00.000Z\n", r.head.expires));
    out.push_str("Preferred-Languages: en\n");
    for e in r
        .head
        .endpoints
        .iter()
        .filter(|e| e.starts_with("https://"))
    {
        out.push_str(&format!(
            "Canonical: {}/.well-known/security.txt\n",
            e.trim_end_matches('/')
        ));
    }
    out.push_str(&format!(
        "# Team fingerprint: {}\n# Verify it against the fingerprint on the team's own website.\n",
        r.fingerprint
    ));
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], out).into_response()
}
