//! Request-signature checks for the reviewer API and mailbox reads
//! (DESIGN "HTTP request signatures"; docs/PROTOCOL.md §11).
//!
//! A member signs with the `transport` key the current roster names (a
//! removed member's key is refused from the roster update on); a mailbox
//! read is signed by the mailbox key itself. Nonces are kept in SQLite, so
//! a replay is refused across restarts too. The body's `Content-Digest` is
//! checked before any handler sees it.

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, Uri};

use dropbox_crypto::httpsig::{self, ContentDigest, KeyId, NonceStore, SigError};
use dropbox_crypto::keys::SignPublicKey;
use dropbox_crypto::roster::Roster;
use dropbox_crypto::time::{Day, UnixTime};

use crate::disk::Disk;
use crate::error::ApiError;
use crate::state::Shared;
use crate::store::{Store, StoreError};

struct SqliteNonces<'a> {
    store: &'a Store,
    today: Day,
    disk: &'a Disk,
    /// The last failure was a full disk (even after the ballast).
    disk_full: bool,
}

impl NonceStore for SqliteNonces<'_> {
    fn check_and_store(
        &mut self,
        keyid: &str,
        nonce: &str,
        expires: UnixTime,
    ) -> Result<bool, String> {
        // Kept until the end of the day after expiry: day granularity, as
        // every time the server stores.
        let expires_day = expires.day().add_days(1);
        let mut result = self
            .store
            .remember_nonce(keyid, nonce, expires_day, self.today);
        // A full disk must not lock the team out: the ballast makes room
        // for the nonce (which must be durable before the request is
        // served, or it could be replayed after a restart).
        if result.as_ref().is_err_and(StoreError::is_disk_full) && self.disk.release_ballast() {
            result = self
                .store
                .remember_nonce(keyid, nonce, expires_day, self.today);
        }
        self.disk_full = result.as_ref().is_err_and(StoreError::is_disk_full);
        result.map_err(|e| e.to_string())
    }
}

fn sig_error(e: SigError) -> ApiError {
    match e {
        SigError::Store(detail) => ApiError::internal(detail),
        e => ApiError::Unauthorized(e.code(), e.to_string()),
    }
}

/// The parts of a request its signature covers, owned so they can move to
/// a blocking thread; read from the request by [`SignedParts::of`].
#[derive(Debug, Clone)]
pub struct SignedParts {
    method: String,
    path: String,
    query: Option<String>,
    authority: Option<String>,
    content_digest: Option<String>,
    signature_input: Option<String>,
    signature: Option<String>,
}

impl SignedParts {
    /// Reads the signed parts of a request (headers that are not visible
    /// ASCII count as absent).
    pub fn of(method: &Method, uri: &Uri, headers: &HeaderMap) -> Self {
        let get = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        SignedParts {
            method: method.as_str().to_owned(),
            path: uri.path().to_owned(),
            query: uri.query().map(str::to_owned),
            authority: get("host"),
            content_digest: get("content-digest"),
            signature_input: get("signature-input"),
            signature: get("signature"),
        }
    }
}

/// The key a keyid names: a member's transport key in `roster`, or, when
/// `mailbox_ok`, the mailbox key the id itself is.
pub fn key_for(roster: &Roster, k: &KeyId, mailbox_ok: bool) -> Option<SignPublicKey> {
    match k {
        KeyId::Member(m) => roster.member(m).map(|m| *m.transport_key()),
        KeyId::Mailbox(mbx) if mailbox_ok => SignPublicKey::from_bytes(mbx.key_bytes()).ok(),
        KeyId::Mailbox(_) => None,
    }
}

/// Verifies a signed request: the signature over `parts` with the key
/// `key_for` names, its nonce against `nonces`, then `body` against the
/// signed `Content-Digest`. Pure: the server passes its roster and SQLite
/// nonce store, the `signed_request` fuzz target memory ones.
pub fn verify_request(
    parts: &SignedParts,
    body: &[u8],
    now: UnixTime,
    key_for: impl Fn(&KeyId) -> Option<SignPublicKey>,
    nonces: &mut dyn NonceStore,
) -> Result<KeyId, ApiError> {
    let req = httpsig::Request {
        method: &parts.method,
        path: &parts.path,
        query: parts.query.as_deref(),
        authority: parts.authority.as_deref(),
        has_body: !body.is_empty(),
        content_digest: parts.content_digest.as_deref(),
        signature_input: parts.signature_input.as_deref(),
        signature: parts.signature.as_deref(),
    };
    let verified = httpsig::verify(&req, now, key_for, nonces).map_err(sig_error)?;
    if let Some(expected) = verified.body_sha256 {
        let mut d = ContentDigest::new();
        d.update(body);
        d.check(&expected).map_err(sig_error)?;
    }
    Ok(verified.keyid)
}

/// Verifies a request's signature; returns who signed it. Mailbox keys are
/// accepted only when `mailbox_ok`.
pub async fn authenticate(
    state: &Shared,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
    mailbox_ok: bool,
) -> Result<KeyId, ApiError> {
    let parts = SignedParts::of(method, uri, headers);
    let body = body.clone();
    let roster = state.roster();
    let now = (state.clock)();
    let state2 = state.clone();
    tokio::task::spawn_blocking(move || {
        let guard = state2
            .store
            .lock()
            .map_err(|_| ApiError::internal("store lock poisoned"))?;
        let mut nonces = SqliteNonces {
            store: &guard,
            today: now.day(),
            disk: &state2.disk,
            disk_full: false,
        };
        verify_request(
            &parts,
            &body,
            now,
            |k| key_for(&roster.head, k, mailbox_ok),
            &mut nonces,
        )
        .map_err(|e| {
            if nonces.disk_full {
                ApiError::DiskFull
            } else {
                e
            }
        })
    })
    .await
    .map_err(ApiError::internal)?
}

/// [`authenticate`], requiring a member.
pub async fn member(
    state: &Shared,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<dropbox_crypto::MemberId, ApiError> {
    match authenticate(state, method, uri, headers, body, false).await? {
        KeyId::Member(m) => Ok(m),
        KeyId::Mailbox(_) => Err(ApiError::Unauthorized(
            "sig-unknown-key",
            "a member key is required".into(),
        )),
    }
}
