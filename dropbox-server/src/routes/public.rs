//! Public, unauthenticated endpoints: the page, the roster chain,
//! security.txt and the health check.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::error::ApiError;
use crate::state::Shared;

/// The embedded page (web/dist/index.html).
pub const PAGE: &[u8] = include_bytes!("../../../web/dist/index.html");

/// The page's script (web/dist/app.js, with the codename worker inside it),
/// served at `/app.js`.
pub const APP_JS: &[u8] = include_bytes!("../../../web/dist/app.js");

/// sha256 of [`PAGE`], as `dropbox-server page-hash` prints it and rosters
/// name it in `page_sha256`. It covers every embedded page file: the page
/// loads `/app.js` with a Subresource Integrity hash (sha384 of
/// [`APP_JS`]), so a browser refuses any other script, and the worker is
/// embedded in `app.js` (web/scripts/build.mjs; checked by the test below).
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

/// `GET /app.js`: the page's script.
pub async fn app_js() -> Response {
    let mut resp = APP_JS.into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    resp
}

/// `GET /healthz`: 200 `ok` while reports are accepted; 503 `degraded:
/// <reason>` while they are refused for want of disk space, so a monitor
/// that reads only the status alerts (docs/PROTOCOL.md §15.8).
pub async fn healthz(State(state): State<Shared>) -> Response {
    let (status, body) = match state.disk.degraded() {
        None => (StatusCode::OK, "ok\n".to_owned()),
        Some(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("degraded: {reason}\n"),
        ),
    };
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
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

/// `GET /v1/dropkeys` (protocol 1.4): every member's signed drop keys that
/// are still valid today or later, as a JSON array of DSSE envelopes.
/// Clients verify each against the roster; the server checked them when
/// they were put, but is not trusted for it.
pub async fn dropkeys(State(state): State<Shared>) -> Result<Response, ApiError> {
    let today = state.today();
    let stored = state.db(move |s| s.dropkeys(today)).await?;
    let out = stored
        .iter()
        .map(|e| serde_json::from_str::<Value>(e).map_err(ApiError::internal))
        .collect::<Result<Vec<Value>, ApiError>>()?;
    Ok(Json(out).into_response())
}

/// `GET /v1/roster/attestation`: the team's OpenPGP signature over roster
/// #1's payload, if a member stored one.
pub async fn attestation(State(state): State<Shared>) -> Result<Response, ApiError> {
    let text = state
        .db(|s| s.meta("roster_attestation"))
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok((
        [(
            axum::http::header::CONTENT_TYPE,
            "application/pgp-signature",
        )],
        text,
    )
        .into_response())
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

#[cfg(test)]
mod tests {
    use base64::Engine;
    use sha2::Digest;

    /// The page pins its script by hash, so [`super::page_hash`] covers it.
    #[test]
    fn the_page_pins_its_script() {
        let want = format!(
            "integrity=\"sha384-{}\"",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(super::APP_JS))
        );
        let page = String::from_utf8_lossy(super::PAGE);
        assert!(
            page.contains(&want),
            "web/dist/index.html lacks {want}: rebuild web/"
        );
        assert!(
            page.contains("src=\"app.js\""),
            "the page loads its script relative to itself (a hosted team's path prefix)"
        );
    }
}
