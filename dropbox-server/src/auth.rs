//! Request-signature checks for the reviewer API and mailbox reads
//! (DESIGN "HTTP request signatures"; docs/PROTOCOL.md §11).
//!
//! A member signs with the `transport` key the current roster names (a
//! removed member's key is refused from the roster update on); a mailbox
//! read is signed by the mailbox key itself. Nonces are kept in SQLite, so
//! a replay is refused across restarts too; the nonces of requests that
//! arrive together share one commit (`group::Nonces`). The body's
//! `Content-Digest` is checked before any handler sees it.
//!
//! Handlers take the check as an extractor: [`SignedMember`] for the
//! reviewer API, [`SignedMailbox`] for a mailbox's own reads and posts.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::{IntoResponse, Response};

use dropbox_crypto::httpsig::{self, ContentDigest, KeyId, NonceStore, SigError};
use dropbox_crypto::keys::SignPublicKey;
use dropbox_crypto::roster::Roster;
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_crypto::{MailboxId, MemberId};

use crate::error::ApiError;
use crate::group::Nonce;
use crate::state::Shared;

struct SqliteNonces<'a> {
    state: &'a Shared,
    today: Day,
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
        // every time the server stores. Remembered with the nonces of the
        // requests arriving at the same time, in one commit (`group`), and
        // durable before the request is served, or it could be replayed
        // after a restart.
        let expires_day = expires.day().add_days(1);
        let result =
            self.state
                .nonces
                .commit_blocking(Nonce::new(keyid, nonce, expires_day, self.today));
        // The group released the ballast and retried already.
        self.disk_full = matches!(result, Err(ApiError::DiskFull));
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
    /// A member's signature must cover `@authority` (a drop box hosting
    /// many teams: `Config::require_authority`).
    member_authority: bool,
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
            member_authority: false,
        }
    }

    /// The path as the client sent it, for a request a host of many teams
    /// received under a team's path prefix and took it off: `@path` is
    /// the path as received (PROTOCOL §11), so a request signed for
    /// `/acme/v1/…` is refused at `/beta/v1/…` whoever signed it.
    pub fn mounted(mut self, mount: Option<&crate::hosting::Mount>) -> Self {
        if let Some(m) = mount {
            self.path = format!("{}{}", m.0, self.path);
        }
        self
    }

    /// Requires a member's signature to cover `@authority`.
    pub fn require_member_authority(mut self, yes: bool) -> Self {
        self.member_authority = yes;
        self
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
    if parts.member_authority
        && matches!(verified.keyid, KeyId::Member(_))
        && !verified.authority_covered
    {
        // On a host of many teams a member may be listed by several: a
        // request must name the address (the team) it was signed for.
        return Err(ApiError::Unauthorized(
            "sig-authority-required",
            "this drop box hosts several teams: a member's signature must cover @authority (update the reviewer)".into(),
        ));
    }
    if let Some(expected) = verified.body_sha256 {
        let mut d = ContentDigest::new();
        d.update(body);
        d.check(&expected).map_err(sig_error)?;
    }
    Ok(verified.keyid)
}

/// Verifies a request's signature; returns who signed it. Mailbox keys are
/// accepted only when `mailbox_ok`.
async fn authenticate(
    state: &Shared,
    parts: SignedParts,
    body: Bytes,
    mailbox_ok: bool,
) -> Result<KeyId, ApiError> {
    let roster = state.roster();
    let now = (state.clock)();
    let parts = parts.require_member_authority(state.cfg.require_authority);
    let state2 = state.clone();
    tokio::task::spawn_blocking(move || {
        let mut nonces = SqliteNonces {
            state: &state2,
            today: now.day(),
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
async fn member(state: &Shared, parts: SignedParts, body: Bytes) -> Result<MemberId, ApiError> {
    match authenticate(state, parts, body, false).await? {
        KeyId::Member(m) => Ok(m),
        KeyId::Mailbox(_) => Err(ApiError::Unauthorized(
            "sig-unknown-key",
            "a member key is required".into(),
        )),
    }
}

/// [`authenticate`], requiring the key of the mailbox the path names: any
/// other key (another mailbox's, a member's) is 403 `mailbox`.
async fn mailbox(
    state: &Shared,
    path_id: &str,
    parts: SignedParts,
    body: Bytes,
) -> Result<MailboxId, ApiError> {
    let mailbox: MailboxId = path_id.parse().map_err(|_| ApiError::NotFound)?;
    match authenticate(state, parts, body, true).await? {
        KeyId::Mailbox(m) if m == mailbox => Ok(mailbox),
        _ => Err(ApiError::Forbidden(
            "mailbox",
            "sign with this mailbox's key".into(),
        )),
    }
}

/// The body of a signed request whose handler reads none: the request is
/// verified as having no body (a `GET`, a `DELETE`), and what was sent is
/// never read.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoBody;

/// A request signed by a member of the current roster (PROTOCOL §15.5.1),
/// checked before the handler runs: `SignedMember` for a handler that reads
/// no body, `SignedMember<Bytes>` for one that does (its `Content-Digest`
/// checked against the bytes). Refused with the `sig-*` 401s, a mailbox key
/// with 401 `sig-unknown-key`.
#[derive(Debug, Clone)]
pub struct SignedMember<B = NoBody> {
    /// Who signed.
    pub member: MemberId,
    /// The body the signature covers.
    pub body: B,
}

/// A request signed by the key of the mailbox in its path (`{id}`, PROTOCOL
/// §15.9): an id that is not a mailbox id is 404, then the signature is
/// checked (401), then the key must be that mailbox's (403 `mailbox`).
/// `SignedMailbox<Bytes>` for a handler that reads the body.
#[derive(Debug, Clone)]
pub struct SignedMailbox<B = NoBody> {
    /// The mailbox, which signed.
    pub mailbox: MailboxId,
    /// The body the signature covers.
    pub body: B,
}

fn signed_parts(parts: &Parts) -> SignedParts {
    SignedParts::of(&parts.method, &parts.uri, &parts.headers).mounted(parts.extensions.get())
}

/// The request's body, as a handler's `Bytes` reads it (with the route's
/// body limit).
async fn read_body(req: Request, state: &Shared) -> Result<Bytes, Response> {
    Bytes::from_request(req, state)
        .await
        .map_err(IntoResponse::into_response)
}

/// The `{id}` of the path, as a handler's `Path<String>` reads it.
async fn path_id(parts: &mut Parts, state: &Shared) -> Result<String, Response> {
    let Path(id) = Path::<String>::from_request_parts(parts, state)
        .await
        .map_err(IntoResponse::into_response)?;
    Ok(id)
}

impl FromRequestParts<Shared> for SignedMember<NoBody> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Self, ApiError> {
        let member = member(state, signed_parts(parts), Bytes::new()).await?;
        Ok(SignedMember {
            member,
            body: NoBody,
        })
    }
}

impl FromRequest<Shared> for SignedMember<Bytes> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &Shared) -> Result<Self, Response> {
        let signed =
            SignedParts::of(req.method(), req.uri(), req.headers()).mounted(req.extensions().get());
        let body = read_body(req, state).await?;
        let member = member(state, signed, body.clone())
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(SignedMember { member, body })
    }
}

impl FromRequestParts<Shared> for SignedMailbox<NoBody> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Self, Response> {
        let id = path_id(parts, state).await?;
        let mailbox = mailbox(state, &id, signed_parts(parts), Bytes::new())
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(SignedMailbox {
            mailbox,
            body: NoBody,
        })
    }
}

impl FromRequest<Shared> for SignedMailbox<Bytes> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &Shared) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let id = path_id(&mut parts, state).await?;
        let signed = signed_parts(&parts);
        // The body is read (and held to the route's limit, 413) before the
        // path id is checked, as when the handler read it itself.
        let body = read_body(Request::from_parts(parts, body), state).await?;
        let mailbox = mailbox(state, &id, signed, body.clone())
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(SignedMailbox { mailbox, body })
    }
}
