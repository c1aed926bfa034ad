//! HTTP request signatures: the drop box's RFC 9421 profile.
//!
//! - Algorithm ed25519 only; covered components `@method`, `@path`, `@query`
//!   (required when the request has a query), `content-digest` (RFC 9530,
//!   sha-256; required when there is a body), and optionally `@authority`.
//! - Parameters: `created` within ±300 s of the verifier's clock, `nonce` of
//!   16–64 characters of `A-Z a-z 0-9 - _`, `keyid` a member id or
//!   `mbx:<mailbox id>`, optional `alg="ed25519"`, `expires`, `tag`.
//! - A nonce is remembered until it expires; a second use is a replay.
//!
//! The server checks `content-digest` against the body while streaming it
//! ([`ContentDigest`]) and commits nothing until it matches.
//! Spec: docs/PROTOCOL.md §Request signatures.

use std::fmt::Write as _;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

use crate::ids::{MailboxId, MemberId};
use crate::keys::{SignPublicKey, SignSecretKey};
use crate::time::UnixTime;

/// How far `created` may be from the verifier's clock, in seconds.
pub const CREATED_WINDOW: i64 = 300;
/// Longest header value parsed.
pub const MAX_HEADER_LEN: usize = 4096;

/// Why a request signature was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SigError {
    /// No `Signature-Input` or `Signature` header.
    #[error("request is not signed")]
    Missing,
    /// A header that breaks the profile's syntax.
    #[error("malformed signature header: {0}")]
    Malformed(&'static str),
    /// A component the profile requires is not covered.
    #[error("signature does not cover {0}")]
    MissingComponent(&'static str),
    /// A component or parameter the profile does not know.
    #[error("signature uses an unsupported component or parameter: {0}")]
    Unsupported(String),
    /// `created` is outside ±300 s, or `expires` has passed.
    #[error("signature is stale or from the future")]
    Stale,
    /// The keyid names no key the verifier knows.
    #[error("unknown key {0}")]
    UnknownKey(String),
    /// The signature does not verify.
    #[error("bad signature")]
    BadSignature,
    /// The nonce was seen before.
    #[error("replayed request (nonce already used)")]
    Replay,
    /// `@authority` is covered but differs from the request's.
    #[error("signed authority does not match")]
    AuthorityMismatch,
    /// The body does not match `Content-Digest`.
    #[error("body does not match Content-Digest")]
    DigestMismatch,
    /// The nonce store failed.
    #[error("nonce store failed: {0}")]
    Store(String),
}

impl SigError {
    /// A stable code for test vectors and JSON error bodies.
    pub fn code(&self) -> &'static str {
        match self {
            SigError::Missing => "sig-missing",
            SigError::Malformed(_) => "sig-malformed",
            SigError::MissingComponent(_) => "sig-missing-component",
            SigError::Unsupported(_) => "sig-unsupported",
            SigError::Stale => "sig-stale",
            SigError::UnknownKey(_) => "sig-unknown-key",
            SigError::BadSignature => "sig-bad-signature",
            SigError::Replay => "sig-replay",
            SigError::AuthorityMismatch => "sig-authority-mismatch",
            SigError::DigestMismatch => "sig-digest-mismatch",
            SigError::Store(_) => "sig-store",
        }
    }
}

/// Who signed a request.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KeyId {
    /// A team member, by the key in the roster (`transport`, else `sign`).
    Member(MemberId),
    /// A reporter's mailbox key.
    Mailbox(MailboxId),
}

impl KeyId {
    /// Parses the `keyid` parameter.
    pub fn parse(s: &str) -> Option<Self> {
        match s.strip_prefix("mbx:") {
            Some(m) => m.parse().ok().map(KeyId::Mailbox),
            None => s.parse().ok().map(KeyId::Member),
        }
    }
}

impl std::fmt::Display for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeyId::Member(m) => write!(f, "{m}"),
            KeyId::Mailbox(m) => write!(f, "mbx:{m}"),
        }
    }
}

/// Remembers nonces until they expire. The server keeps them in SQLite so a
/// replay is caught across restarts too.
pub trait NonceStore {
    /// Records `nonce` for `keyid` until `expires`; returns false if it was
    /// already recorded (a replay).
    fn check_and_store(
        &mut self,
        keyid: &str,
        nonce: &str,
        expires: UnixTime,
    ) -> Result<bool, String>;
}

/// An in-memory nonce store, for clients and tests.
#[derive(Debug, Default)]
pub struct MemoryNonceStore(std::collections::HashMap<(String, String), UnixTime>);

impl NonceStore for MemoryNonceStore {
    fn check_and_store(
        &mut self,
        keyid: &str,
        nonce: &str,
        expires: UnixTime,
    ) -> Result<bool, String> {
        let key = (keyid.to_owned(), nonce.to_owned());
        if self.0.contains_key(&key) {
            return Ok(false);
        }
        self.0.insert(key, expires);
        Ok(true)
    }
}

/// The parts of a request a signature covers.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    /// `GET`, `POST`, …
    pub method: &'a str,
    /// The path as received (percent-encoding kept).
    pub path: &'a str,
    /// The query without `?`, if the target had one.
    pub query: Option<&'a str>,
    /// The authority (Host), if known.
    pub authority: Option<&'a str>,
    /// Whether the request has a body.
    pub has_body: bool,
    /// The `Content-Digest` header.
    pub content_digest: Option<&'a str>,
    /// The `Signature-Input` header.
    pub signature_input: Option<&'a str>,
    /// The `Signature` header.
    pub signature: Option<&'a str>,
}

/// What a verified signature says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The signer.
    pub keyid: KeyId,
    /// Its `created` parameter.
    pub created: UnixTime,
    /// The expected sha256 of the body, when there is one; check it while
    /// streaming with [`ContentDigest`].
    pub body_sha256: Option<[u8; 32]>,
    /// Whether `@authority` (the Host) was covered: a drop box hosting
    /// many teams requires it of members, so a request signed for one
    /// team's address cannot be replayed to another team of the same host
    /// that lists the same member key.
    pub authority_covered: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Param {
    Int(i64),
    Str(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct SigInput {
    label: String,
    components: Vec<String>,
    params: Vec<(String, Param)>,
}

impl SigInput {
    /// The `@signature-params` value, serialised canonically.
    fn serialize_params(&self) -> String {
        let mut s = String::from("(");
        for (i, c) in self.components.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            let _ = write!(s, "\"{c}\"");
        }
        s.push(')');
        for (k, v) in &self.params {
            match v {
                Param::Int(n) => {
                    let _ = write!(s, ";{k}={n}");
                }
                Param::Str(v) => {
                    let _ = write!(s, ";{k}=\"{v}\"");
                }
            }
        }
        s
    }

    fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

fn is_key_char(c: u8, first: bool) -> bool {
    c.is_ascii_lowercase()
        || c == b'*'
        || (!first && (c.is_ascii_digit() || matches!(c, b'_' | b'-' | b'.')))
}

fn parse_key(s: &[u8], pos: &mut usize) -> Result<String, SigError> {
    let start = *pos;
    while *pos < s.len() && is_key_char(s[*pos], *pos == start) {
        *pos += 1;
    }
    if *pos == start {
        return Err(SigError::Malformed("expected a key"));
    }
    Ok(String::from_utf8_lossy(&s[start..*pos]).into_owned())
}

// An sf-string, restricted to printable ASCII without escapes: nothing in
// this profile needs a quote or backslash, and refusing them keeps the
// signature base unambiguous.
fn parse_string(s: &[u8], pos: &mut usize) -> Result<String, SigError> {
    if s.get(*pos) != Some(&b'"') {
        return Err(SigError::Malformed("expected a string"));
    }
    *pos += 1;
    let start = *pos;
    loop {
        match s.get(*pos) {
            None => return Err(SigError::Malformed("unterminated string")),
            Some(b'"') => break,
            Some(b'\\') => return Err(SigError::Malformed("escapes are not allowed")),
            Some(c) if (0x20..0x7f).contains(c) => *pos += 1,
            Some(_) => return Err(SigError::Malformed("non-ASCII in string")),
        }
    }
    let out = String::from_utf8_lossy(&s[start..*pos]).into_owned();
    *pos += 1;
    Ok(out)
}

fn parse_int(s: &[u8], pos: &mut usize) -> Result<i64, SigError> {
    let start = *pos;
    if s.get(*pos) == Some(&b'-') {
        *pos += 1;
    }
    let digits = *pos;
    while *pos < s.len() && s[*pos].is_ascii_digit() {
        *pos += 1;
    }
    if *pos == digits || *pos - digits > 15 {
        return Err(SigError::Malformed("bad integer"));
    }
    std::str::from_utf8(&s[start..*pos])
        .ok()
        .and_then(|t| t.parse().ok())
        .ok_or(SigError::Malformed("bad integer"))
}

fn parse_signature_input(header: &str) -> Result<SigInput, SigError> {
    if header.len() > MAX_HEADER_LEN {
        return Err(SigError::Malformed("header too long"));
    }
    let s = header.trim().as_bytes();
    let mut pos = 0;
    let label = parse_key(s, &mut pos)?;
    if s.get(pos) != Some(&b'=') || s.get(pos + 1) != Some(&b'(') {
        return Err(SigError::Malformed("expected label=(...)"));
    }
    pos += 2;
    let mut components = Vec::new();
    loop {
        while s.get(pos) == Some(&b' ') {
            pos += 1;
        }
        match s.get(pos) {
            Some(b')') => {
                pos += 1;
                break;
            }
            Some(b'"') => {
                let c = parse_string(s, &mut pos)?;
                if components.contains(&c) {
                    return Err(SigError::Malformed("component listed twice"));
                }
                components.push(c);
                if !matches!(s.get(pos), Some(b' ') | Some(b')')) {
                    return Err(SigError::Malformed("expected space or )"));
                }
            }
            _ => return Err(SigError::Malformed("bad component list")),
        }
    }
    let mut params: Vec<(String, Param)> = Vec::new();
    while s.get(pos) == Some(&b';') {
        pos += 1;
        let k = parse_key(s, &mut pos)?;
        if s.get(pos) != Some(&b'=') {
            return Err(SigError::Malformed("parameter without value"));
        }
        pos += 1;
        let v = if s.get(pos) == Some(&b'"') {
            Param::Str(parse_string(s, &mut pos)?)
        } else {
            Param::Int(parse_int(s, &mut pos)?)
        };
        if params.iter().any(|(x, _)| *x == k) {
            return Err(SigError::Malformed("parameter given twice"));
        }
        params.push((k, v));
    }
    if pos != s.len() {
        return Err(SigError::Malformed("one signature per request"));
    }
    Ok(SigInput {
        label,
        components,
        params,
    })
}

fn parse_signature(header: &str, label: &str) -> Result<[u8; 64], SigError> {
    if header.len() > MAX_HEADER_LEN {
        return Err(SigError::Malformed("header too long"));
    }
    let h = header.trim();
    let rest = h
        .strip_prefix(label)
        .and_then(|r| r.strip_prefix("=:"))
        .and_then(|r| r.strip_suffix(':'))
        .ok_or(SigError::Malformed("Signature must be label=:base64:"))?;
    let bytes = STANDARD
        .decode(rest)
        .map_err(|_| SigError::Malformed("signature base64"))?;
    bytes
        .try_into()
        .map_err(|_| SigError::Malformed("signature length"))
}

/// Parses the sha-256 member of a `Content-Digest` header.
pub fn parse_content_digest(header: &str) -> Option<[u8; 32]> {
    if header.len() > MAX_HEADER_LEN {
        return None;
    }
    header.split(',').find_map(|m| {
        let v = m.trim().strip_prefix("sha-256=:")?.strip_suffix(':')?;
        STANDARD.decode(v).ok()?.try_into().ok()
    })
}

/// The `Content-Digest` header value for a body.
pub fn content_digest_header(body: &[u8]) -> String {
    format!("sha-256=:{}:", STANDARD.encode(Sha256::digest(body)))
}

/// Hashes a body as it streams, to compare with the signed digest.
#[derive(Default, Clone)]
pub struct ContentDigest(Sha256);

impl ContentDigest {
    /// A fresh hasher.
    pub fn new() -> Self {
        Self::default()
    }
    /// Feeds body bytes.
    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    /// Checks the whole body against the expected digest.
    pub fn check(self, expected: &[u8; 32]) -> Result<(), SigError> {
        if self.0.finalize().as_slice() == expected {
            Ok(())
        } else {
            Err(SigError::DigestMismatch)
        }
    }
}

const ALLOWED_COMPONENTS: [&str; 5] =
    ["@method", "@path", "@query", "content-digest", "@authority"];
const ALLOWED_PARAMS: [&str; 6] = ["created", "expires", "nonce", "keyid", "alg", "tag"];

fn signature_base(req: &Request<'_>, input: &SigInput) -> Result<String, SigError> {
    let mut base = String::new();
    for c in &input.components {
        let value = match c.as_str() {
            "@method" => req.method.to_ascii_uppercase(),
            "@path" => req.path.to_owned(),
            "@query" => format!("?{}", req.query.unwrap_or("")),
            "content-digest" => req
                .content_digest
                .ok_or(SigError::MissingComponent("content-digest"))?
                .trim()
                .to_owned(),
            "@authority" => req
                .authority
                .ok_or(SigError::AuthorityMismatch)?
                .to_ascii_lowercase(),
            other => return Err(SigError::Unsupported(other.to_owned())),
        };
        let _ = writeln!(base, "\"{c}\": {value}");
    }
    let _ = write!(base, "\"@signature-params\": {}", input.serialize_params());
    Ok(base)
}

fn nonce_ok(n: &str) -> bool {
    (16..=64).contains(&n.len())
        && n.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

/// Verifies a request's signature. `key_for` maps a keyid to the key that
/// must have signed (None: unknown). The nonce is recorded only after the
/// signature verifies, so forgeries cannot burn nonces.
pub fn verify(
    req: &Request<'_>,
    now: UnixTime,
    key_for: impl Fn(&KeyId) -> Option<SignPublicKey>,
    nonces: &mut dyn NonceStore,
) -> Result<Verified, SigError> {
    let (Some(input), Some(sig)) = (req.signature_input, req.signature) else {
        return Err(SigError::Missing);
    };
    let input = parse_signature_input(input)?;
    let sig = parse_signature(sig, &input.label)?;
    for c in &input.components {
        if !ALLOWED_COMPONENTS.contains(&c.as_str()) {
            return Err(SigError::Unsupported(c.clone()));
        }
    }
    for (k, _) in &input.params {
        if !ALLOWED_PARAMS.contains(&k.as_str()) {
            return Err(SigError::Unsupported(k.clone()));
        }
    }
    let has = |c: &str| input.components.iter().any(|x| x == c);
    if !has("@method") {
        return Err(SigError::MissingComponent("@method"));
    }
    if !has("@path") {
        return Err(SigError::MissingComponent("@path"));
    }
    if req.query.is_some() && !has("@query") {
        return Err(SigError::MissingComponent("@query"));
    }
    if req.has_body && !has("content-digest") {
        return Err(SigError::MissingComponent("content-digest"));
    }
    let body_sha256 = if has("content-digest") {
        Some(
            req.content_digest
                .and_then(parse_content_digest)
                .ok_or(SigError::Malformed("Content-Digest needs a sha-256 member"))?,
        )
    } else {
        None
    };
    if let Some(Param::Str(alg)) = input.param("alg") {
        if alg != "ed25519" {
            return Err(SigError::Unsupported(format!("alg {alg}")));
        }
    } else if input.param("alg").is_some() {
        return Err(SigError::Malformed("alg must be a string"));
    }
    let Some(Param::Int(created)) = input.param("created") else {
        return Err(SigError::MissingComponent("created"));
    };
    let created = *created;
    if (now.0 - created).abs() > CREATED_WINDOW {
        return Err(SigError::Stale);
    }
    match input.param("expires") {
        Some(Param::Int(e)) if *e <= now.0 => return Err(SigError::Stale),
        Some(Param::Str(_)) => return Err(SigError::Malformed("expires must be an integer")),
        _ => {}
    }
    let Some(Param::Str(nonce)) = input.param("nonce") else {
        return Err(SigError::MissingComponent("nonce"));
    };
    if !nonce_ok(nonce) {
        return Err(SigError::Malformed(
            "nonce must be 16-64 characters of A-Z a-z 0-9 - _",
        ));
    }
    let Some(Param::Str(keyid)) = input.param("keyid") else {
        return Err(SigError::MissingComponent("keyid"));
    };
    let kid = KeyId::parse(keyid).ok_or_else(|| SigError::UnknownKey(keyid.clone()))?;
    let key = key_for(&kid).ok_or_else(|| SigError::UnknownKey(keyid.clone()))?;
    let base = signature_base(req, &input)?;
    key.verify(base.as_bytes(), &sig)
        .map_err(|_| SigError::BadSignature)?;
    // Remember the nonce for longer than any `created` it could be replayed
    // with is accepted.
    let fresh = nonces
        .check_and_store(keyid, nonce, UnixTime(created + 2 * CREATED_WINDOW))
        .map_err(SigError::Store)?;
    if !fresh {
        return Err(SigError::Replay);
    }
    Ok(Verified {
        keyid: kid,
        created: UnixTime(created),
        body_sha256,
        authority_covered: has("@authority"),
    })
}

/// The two headers a signer adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    /// `Signature-Input`.
    pub signature_input: String,
    /// `Signature`.
    pub signature: String,
    /// `Content-Digest`, when the request has a body.
    pub content_digest: Option<String>,
}

/// Signs requests as one key.
pub struct Signer<'a> {
    keyid: String,
    key: &'a SignSecretKey,
    authority: Option<String>,
}

impl<'a> Signer<'a> {
    /// A signer for `keyid` (a member id, or `mbx:<mailbox>`).
    pub fn new(keyid: &KeyId, key: &'a SignSecretKey) -> Self {
        Signer {
            keyid: keyid.to_string(),
            key,
            authority: None,
        }
    }

    /// Also covers `@authority`: the Host the request is sent with
    /// (`host` or `host:port`, as the client sends it).
    pub fn with_authority(mut self, authority: Option<&str>) -> Self {
        self.authority = authority.map(str::to_owned);
        self
    }

    /// Signs a request. `query` is without `?`; `body` is the whole body,
    /// if any. The nonce should come from [`new_nonce`].
    pub fn sign(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: Option<&[u8]>,
        created: UnixTime,
        nonce: &str,
    ) -> SignedHeaders {
        let content_digest = body.map(content_digest_header);
        self.sign_with_digest(method, path, query, content_digest, created, nonce)
    }

    /// Like [`sign`](Self::sign) for a body hashed elsewhere (streamed):
    /// `content_digest` is the header value.
    pub fn sign_with_digest(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        content_digest: Option<String>,
        created: UnixTime,
        nonce: &str,
    ) -> SignedHeaders {
        let mut components = vec!["@method".to_owned(), "@path".to_owned()];
        if query.is_some() {
            components.push("@query".into());
        }
        if content_digest.is_some() {
            components.push("content-digest".into());
        }
        if self.authority.is_some() {
            components.push("@authority".into());
        }
        let input = SigInput {
            label: "sig1".into(),
            components,
            params: vec![
                ("created".into(), Param::Int(created.0)),
                ("nonce".into(), Param::Str(nonce.to_owned())),
                ("keyid".into(), Param::Str(self.keyid.clone())),
                ("alg".into(), Param::Str("ed25519".into())),
            ],
        };
        let req = Request {
            method,
            path,
            query,
            content_digest: content_digest.as_deref(),
            authority: self.authority.as_deref(),
            ..Request::default()
        };
        let base = signature_base(&req, &input).expect("signer covers only known components");
        let sig = self.key.sign(base.as_bytes());
        SignedHeaders {
            signature_input: format!("sig1={}", input.serialize_params()),
            signature: format!("sig1=:{}:", STANDARD.encode(sig)),
            content_digest,
        }
    }
}

/// A fresh random nonce (22 characters, 128 bits).
pub fn new_nonce() -> String {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (SignSecretKey, MemberId) {
        (SignSecretKey::from_seed(&[5; 32]), "alice".parse().unwrap())
    }

    fn request<'a>(h: &'a SignedHeaders, query: Option<&'a str>, body: bool) -> Request<'a> {
        Request {
            method: "POST",
            path: "/v1/submissions/abc/ack",
            query,
            authority: Some("127.0.0.1:8080"),
            has_body: body,
            content_digest: h.content_digest.as_deref(),
            signature_input: Some(&h.signature_input),
            signature: Some(&h.signature),
        }
    }

    /// A request signed for one host's address verifies there and nowhere
    /// else; one signed without it says so (`authority_covered`), so a
    /// server hosting many teams can refuse it.
    #[test]
    fn a_signed_authority_binds_the_request_to_its_host() {
        let (key, id) = setup();
        let kid = KeyId::Member(id);
        let now = UnixTime(1_800_000_000);
        let lookup = |k: &KeyId| (k == &kid).then(|| key.public());
        let h = Signer::new(&kid, &key)
            .with_authority(Some("127.0.0.1:8080"))
            .sign(
                "POST",
                "/v1/submissions/abc/ack",
                None,
                None,
                now,
                &new_nonce(),
            );
        let mut store = MemoryNonceStore::default();
        let v = verify(&request(&h, None, false), now, lookup, &mut store).unwrap();
        assert!(v.authority_covered);
        let mut elsewhere = request(&h, None, false);
        elsewhere.authority = Some("localhost:8080");
        assert_eq!(
            verify(&elsewhere, now, lookup, &mut MemoryNonceStore::default()),
            Err(SigError::BadSignature)
        );
        let plain = Signer::new(&kid, &key).sign(
            "POST",
            "/v1/submissions/abc/ack",
            None,
            None,
            now,
            &new_nonce(),
        );
        let v = verify(&request(&plain, None, false), now, lookup, &mut store).unwrap();
        assert!(!v.authority_covered);
    }

    #[test]
    fn sign_verify_and_replay() {
        let (key, id) = setup();
        let kid = KeyId::Member(id.clone());
        let signer = Signer::new(&kid, &key);
        let now = UnixTime(1_800_000_000);
        let h = signer.sign(
            "POST",
            "/v1/submissions/abc/ack",
            Some("x=1"),
            Some(b"{}"),
            now,
            &new_nonce(),
        );
        let lookup = |k: &KeyId| (k == &kid).then(|| key.public());
        let mut store = MemoryNonceStore::default();
        let v = verify(&request(&h, Some("x=1"), true), now, lookup, &mut store).unwrap();
        assert_eq!(v.keyid, kid);
        assert_eq!(
            verify(&request(&h, Some("x=1"), true), now, lookup, &mut store),
            Err(SigError::Replay)
        );
        let mut fresh = MemoryNonceStore::default();
        assert_eq!(
            verify(&request(&h, Some("x=2"), true), now, lookup, &mut fresh),
            Err(SigError::BadSignature)
        );
        assert_eq!(
            verify(
                &request(&h, Some("x=1"), true),
                UnixTime(now.0 + 301),
                lookup,
                &mut fresh
            ),
            Err(SigError::Stale)
        );
        let mut digest = ContentDigest::new();
        digest.update(b"{}");
        digest.check(&v.body_sha256.unwrap()).unwrap();
    }

    #[test]
    fn unsigned_query_or_body_is_refused() {
        let (key, id) = setup();
        let kid = KeyId::Member(id);
        let signer = Signer::new(&kid, &key);
        let now = UnixTime(1_800_000_000);
        let h = signer.sign(
            "POST",
            "/v1/submissions/abc/ack",
            None,
            None,
            now,
            &new_nonce(),
        );
        let lookup = |_: &KeyId| Some(key.public());
        let mut store = MemoryNonceStore::default();
        assert_eq!(
            verify(&request(&h, Some("x=1"), false), now, lookup, &mut store),
            Err(SigError::MissingComponent("@query"))
        );
        assert_eq!(
            verify(&request(&h, None, true), now, lookup, &mut store),
            Err(SigError::MissingComponent("content-digest"))
        );
    }
}
