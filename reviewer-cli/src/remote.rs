//! The only HTTP client: every call to the drop box, signed as this member
//! where the endpoint asks, with response sizes capped.

use anyhow::{Context, bail};

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::keys::SignSecretKey;
use dropbox_crypto::roster;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::wire::{ErrorBody, FETCH_LINE_MAX, FetchBatch, InboxPage};
use dropbox_crypto::{MemberId, Sha256Digest, SubmissionId};

use crate::keys::MemberKeys;

/// Signed HTTP to the drop box as this member.
pub struct Api<'a> {
    agent: ureq::Agent,
    base: String,
    /// The path of the drop box's address, without a trailing slash (`""`,
    /// or `/acme` for a team at a path prefix of a shared host): every
    /// request's path starts with it, and its signature covers it.
    base_path: String,
    /// The `Host` every request is sent with and its signature covers
    /// (`@authority`): a drop box hosting many teams routes on it, and a
    /// request signed for one team's address is refused at another's.
    authority: String,
    id: KeyId,
    transport: &'a SignSecretKey,
}

impl<'a> Api<'a> {
    /// A client for `server`.
    pub fn new(server: &str, keys: &'a MemberKeys) -> anyhow::Result<Self> {
        Self::signing(server, &keys.id, &keys.transport)
    }

    /// A client for `server` that holds only the transport key (the air
    /// gap's online side).
    pub fn signing(
        server: &str,
        id: &MemberId,
        transport: &'a SignSecretKey,
    ) -> anyhow::Result<Self> {
        let base = server.trim_end_matches('/').to_owned();
        Ok(Api {
            agent: agent(None)?,
            authority: authority_of(&base)?,
            base_path: path_of(&base)?,
            base,
            id: KeyId::Member(id.clone()),
            transport,
        })
    }

    /// The path a request for the API path `path` is sent to and signed
    /// over (PROTOCOL §11: `@path` is the path as the server receives it).
    fn full(&self, path: &str) -> String {
        format!("{}{path}", self.base_path)
    }

    fn signer(&self) -> Signer<'_> {
        Signer::new(&self.id, self.transport).with_authority(Some(&self.authority))
    }

    /// The creation time a request made now is signed with, read on the
    /// calling thread, for a request another thread will make (sync's
    /// downloads).
    pub fn stamp(&self) -> UnixTime {
        UnixTime::now()
    }

    /// A signed request without a body, with extra headers.
    pub fn call_with(
        &self,
        method: &str,
        path: &str,
        extra: &[(&str, &str)],
    ) -> anyhow::Result<(u16, Vec<u8>)> {
        self.request(method, path, None, b"", extra)
    }

    /// A signed request with a body and extra headers (e.g. its
    /// Content-Type); returns the status and body.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        body: &[u8],
        extra: &[(&str, &str)],
    ) -> anyhow::Result<(u16, Vec<u8>)> {
        self.request(method, path, None, body, extra)
    }

    /// A signed request; returns the status and body.
    pub fn call(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: &[u8],
    ) -> anyhow::Result<(u16, Vec<u8>)> {
        self.request(method, path, query, body, &[])
    }

    fn request(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: &[u8],
        extra: &[(&str, &str)],
    ) -> anyhow::Result<(u16, Vec<u8>)> {
        let h = self.signer().sign(
            method,
            &self.full(path),
            query,
            (!body.is_empty()).then_some(body),
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
        let url = match query {
            Some(q) => format!("{}{path}?{q}", self.base),
            None => format!("{}{path}", self.base),
        };
        let req = ureq::http::Request::builder()
            .method(method)
            .uri(&url)
            .header("Host", &self.authority)
            .header("Signature-Input", &h.signature_input)
            .header("Signature", &h.signature);
        let mut req = match &h.content_digest {
            Some(d) => req.header("Content-Digest", d),
            None => req,
        };
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let mut resp = self
            .agent
            .run(req.body(body.to_vec())?)
            .with_context(|| format!("cannot reach {}", self.base))?;
        let status = resp.status().as_u16();
        let data = resp
            .body_mut()
            .with_config()
            .limit(u64::MAX)
            .read_to_vec()?;
        Ok((status, data))
    }

    /// What to tell the member when the drop box refused a request: its
    /// disk being full is said plainly (its JSON error `disk-full`), as
    /// nothing the member does fixes it; otherwise the status and message.
    pub fn refusal(status: u16, body: &[u8]) -> String {
        match ErrorBody::parse(body) {
            Some(e) if e.error == "disk-full" => "the drop box's disk is full".to_owned(),
            Some(e) if !e.message.is_empty() => {
                format!("the drop box answered {status}: {}", e.message)
            }
            _ => format!("the drop box answered {status}"),
        }
    }

    /// Every item this member has not acked, paging through the inbox:
    /// (id, receipt, day it arrived).
    pub fn inbox(&self) -> anyhow::Result<Vec<(String, String, String, u64)>> {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let query = cursor.as_ref().map(|c| format!("cursor={c}"));
            let (status, body) = self.call("GET", "/v1/inbox", query.as_deref(), b"")?;
            if status != 200 {
                bail!(
                    "the drop box refused the inbox: {}",
                    Self::refusal(status, &body)
                );
            }
            let page: InboxPage = serde_json::from_slice(&body)
                .context("the drop box sent a malformed inbox page")?;
            for item in page.items {
                items.push((
                    item.id.to_string(),
                    item.receipt.to_string(),
                    item.day.to_string(),
                    item.size,
                ));
            }
            match page.cursor {
                Some(c) => cursor = Some(c),
                None => return Ok(items),
            }
        }
    }

    /// A submission's ciphertext as it arrives: its length when the drop
    /// box gives one, and a reader of it (unchecked: the caller hashes what
    /// it reads against the receipt); the inner error says why the drop box
    /// refused this one item. Signed as made at `created` (the caller's
    /// clock: sync's download threads sign with the time of the thread that
    /// queued them).
    ///
    /// A download that stalls ends with an error instead of holding the
    /// sync (and the home's lock) for good: the headers within
    /// [`FETCH_WAIT`], the body within that plus its listed `size` at
    /// [`FETCH_MIN_RATE`]; and a body longer than `size` is cut there (it
    /// could not match its receipt, and an endless one would fill the
    /// disk).
    pub fn fetch_open(
        &self,
        id: &str,
        size: u64,
        created: UnixTime,
    ) -> anyhow::Result<Result<(Option<u64>, ureq::BodyReader<'static>), String>> {
        let path = format!("/v1/submissions/{id}");
        let h = self.signer().sign(
            "GET",
            &self.full(&path),
            None,
            None,
            created,
            &httpsig::new_nonce(),
        );
        let body_wait = FETCH_WAIT
            + std::time::Duration::from_secs(size / FETCH_MIN_RATE)
                .min(std::time::Duration::from_secs(7 * 86_400));
        let mut resp = self
            .agent
            .get(&format!("{}{path}", self.base))
            .config()
            .timeout_recv_response(Some(FETCH_WAIT))
            .timeout_recv_body(Some(body_wait))
            .build()
            .header("Host", &self.authority)
            .header("Signature-Input", &h.signature_input)
            .header("Signature", &h.signature)
            .call()
            .with_context(|| format!("cannot reach {}", self.base))?;
        let status = resp.status().as_u16();
        if status != 200 {
            let body = resp
                .body_mut()
                .with_config()
                .limit(64 << 10)
                .read_to_vec()
                .unwrap_or_default();
            return Ok(Err(format!("{id}: {}", Self::refusal(status, &body))));
        }
        let body = resp.into_body();
        let len = body.content_length();
        Ok(Ok((len, body.into_with_config().limit(size).reader())))
    }

    /// Many small items in one signed request (`POST /v1/fetch`, protocol
    /// 1.11): the response read whole, unchecked (the caller reads it with
    /// `wire::FetchedItems`); `None` if the drop box is older than 1.11
    /// (404 or 405: no such route); the inner error says why it refused the
    /// batch. `bytes` is what the items weigh together (their inbox
    /// sizes): the response may be that plus a line per item, and must
    /// arrive within [`FETCH_WAIT`] plus that at [`FETCH_MIN_RATE`].
    /// Signed as made at `created`, like [`Api::fetch_open`].
    pub fn fetch_many(
        &self,
        ids: &[SubmissionId],
        bytes: u64,
        created: UnixTime,
    ) -> anyhow::Result<Option<Result<Vec<u8>, String>>> {
        let path = FETCH_PATH;
        let body = serde_json::to_vec(&FetchBatch { ids: ids.to_vec() })?;
        let h = self.signer().sign(
            "POST",
            &self.full(path),
            None,
            Some(&body),
            created,
            &httpsig::new_nonce(),
        );
        let limit = bytes + (ids.len() * FETCH_LINE_MAX) as u64;
        let body_wait = FETCH_WAIT + std::time::Duration::from_secs(limit / FETCH_MIN_RATE);
        let mut req = self
            .agent
            .post(&format!("{}{path}", self.base))
            .config()
            .timeout_recv_response(Some(FETCH_WAIT))
            .timeout_recv_body(Some(body_wait))
            .build()
            .header("Host", &self.authority)
            .header("Content-Type", "application/json")
            .header("Signature-Input", &h.signature_input)
            .header("Signature", &h.signature);
        if let Some(d) = &h.content_digest {
            req = req.header("Content-Digest", d);
        }
        let mut resp = req
            .send(&body[..])
            .with_context(|| format!("cannot reach {}", self.base))?;
        let status = resp.status().as_u16();
        let cap = if status == 200 { limit } else { 64 << 10 };
        let data = resp.body_mut().with_config().limit(cap).read_to_vec();
        Ok(match status {
            200 => Some(data.map_err(|e| format!("the batch download broke off: {e}"))),
            // No such route: a drop box before 1.11, or a proxy that
            // passes only the routes it knows.
            404 | 405 => None,
            _ => Some(Err(Self::refusal(status, &data.unwrap_or_default()))),
        })
    }

    /// A submission's ciphertext, checked against its receipt; the error
    /// says what was wrong with this one item.
    pub fn fetch_checked(
        &self,
        id: &str,
        receipt: &str,
    ) -> anyhow::Result<Result<Vec<u8>, String>> {
        let (status, ct) = self.call("GET", &format!("/v1/submissions/{id}"), None, b"")?;
        Ok(if status != 200 {
            Err(format!("{id}: {}", Self::refusal(status, &ct)))
        } else if Sha256Digest::of(&ct).to_string() != receipt {
            Err(format!("{id}: the ciphertext does not match its receipt"))
        } else {
            Ok(ct)
        })
    }

    /// The served roster chain.
    pub fn chain(&self) -> anyhow::Result<Vec<dropbox_crypto::dsse::Envelope>> {
        let mut resp = self
            .agent
            .get(&format!("{}/v1/roster", self.base))
            .call()
            .with_context(|| format!("cannot reach {}", self.base))?;
        let b = resp
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_vec()?;
        Ok(roster::parse_chain_json(&b)?)
    }
}

/// The authority of a drop box's address as a client sends it in `Host`:
/// the host, and the port unless it is the scheme's default.
fn authority_of(base: &str) -> anyhow::Result<String> {
    let uri: ureq::http::Uri = base
        .parse()
        .with_context(|| format!("the drop box address {base:?} is not a URL"))?;
    let host = uri
        .host()
        .with_context(|| format!("the drop box address {base:?} names no host"))?;
    let default = match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    };
    Ok(match uri.port_u16() {
        Some(p) if Some(p) != default => format!("{host}:{p}"),
        _ => host.to_owned(),
    })
}

/// The path of a drop box's address as requests carry it: `""` for
/// `https://host`, `/acme` for `https://host/acme/` (a team at a path
/// prefix of a host shared by several).
fn path_of(base: &str) -> anyhow::Result<String> {
    if base.contains('#') {
        bail!(
            "the drop box address {base:?} has a #…: give its https://host/ or https://host/PREFIX/ (the page's address without its #team=…)"
        );
    }
    let uri: ureq::http::Uri = base
        .parse()
        .with_context(|| format!("the drop box address {base:?} is not a URL"))?;
    if uri.query().is_some() {
        bail!(
            "the drop box address {base:?} has a query: give its https://host/ or https://host/PREFIX/"
        );
    }
    Ok(uri.path().trim_end_matches('/').to_owned())
}

/// The batch download's path (protocol 1.11).
const FETCH_PATH: &str = "/v1/fetch";

/// How long a download may wait for its answer's headers, and for its
/// body beyond the time its size takes at [`FETCH_MIN_RATE`].
pub const FETCH_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

/// Bytes a second a download must average (a slow Tor circuit does
/// several times more): a 1 GiB item may take up to about 4.5 hours.
pub const FETCH_MIN_RATE: u64 = 64 << 10;

/// The HTTP client every command uses: statuses are answers, not errors;
/// `REVIEWER_PROXY` (e.g. `socks5h://127.0.0.1:9050` for Tor, so a .onion
/// drop box and its reviewer API are reachable) carries every request.
pub fn agent(timeout: Option<std::time::Duration>) -> anyhow::Result<ureq::Agent> {
    let mut cfg = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .user_agent("reviewer")
        .timeout_global(timeout);
    if let Ok(p) = std::env::var("REVIEWER_PROXY")
        && !p.is_empty()
    {
        let proxy = ureq::Proxy::new(&p)
            .with_context(|| format!("REVIEWER_PROXY={p} is not a usable proxy URL"))?;
        cfg = cfg.proxy(Some(proxy));
    }
    Ok(cfg.build().into())
}

#[cfg(test)]
mod authority_tests {
    /// The `Host` a request is signed for is the one ureq would send.
    #[test]
    fn the_signed_authority_keeps_only_a_port_that_is_not_the_default() {
        let a = |s: &str| super::authority_of(s).unwrap();
        assert_eq!(a("http://127.0.0.1:8080"), "127.0.0.1:8080");
        assert_eq!(a("https://drop.example.org"), "drop.example.org");
        assert_eq!(a("https://drop.example.org:443"), "drop.example.org");
        assert_eq!(a("http://drop.example.org:443"), "drop.example.org:443");
        assert_eq!(a("http://[::1]:8080"), "[::1]:8080");
        assert!(super::authority_of("not a url").is_err());
    }

    /// A team at a path prefix is reached, and signs, under it; with or
    /// without the trailing slash.
    #[test]
    fn the_address_path_is_kept_with_or_without_its_trailing_slash() {
        let p = |s: &str| super::path_of(s.trim_end_matches('/')).unwrap();
        assert_eq!(p("https://drop.example.org"), "");
        assert_eq!(p("https://drop.example.org/"), "");
        assert_eq!(p("https://drop.example.org/acme"), "/acme");
        assert_eq!(p("https://drop.example.org/acme/"), "/acme");
        assert_eq!(p("http://127.0.0.1:8080/acme/"), "/acme");
        assert!(super::path_of("https://drop.example.org/acme?x=1").is_err());
        // The page's own address, pasted whole.
        let e = super::path_of("https://drop.example.org/acme/#team=ab").unwrap_err();
        assert!(e.to_string().contains("#team="), "{e}");
    }
}
