//! Entry points for the cargo-fuzz targets (fuzz/) that reach server code,
//! shared with the test below that replays their seed corpora on stable
//! Rust, as `dropbox_crypto::fuzzing` does for the crypto crate's targets.
//!
//! Each function feeds untrusted bytes to the request parsing a handler
//! runs before it touches state, and must return without panicking
//! whatever the input.

use std::sync::OnceLock;

use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};

use dropbox_crypto::MemberId;
use dropbox_crypto::httpsig::MemoryNonceStore;
use dropbox_crypto::keys::{AgeIdentity, SignSecretKey};
use dropbox_crypto::roster::{Member, Policy, Role, Roster};
use dropbox_crypto::time::UnixTime;

use crate::upload_headers;

/// The clock the `signed_request` target verifies at; its seeds are signed
/// at this time.
pub const FUZZ_NOW: UnixTime = UnixTime(1_800_000_000);
/// The policy size limit the `upload_requests` target checks against.
pub const FUZZ_MAX_BYTES: u64 = 100 << 20;

/// "Name: value" lines as a header map; lines that are no valid header are
/// skipped, as a client library would refuse to send them.
fn header_map<'a>(lines: impl Iterator<Item = &'a [u8]>) -> HeaderMap {
    let mut map = HeaderMap::new();
    for line in lines {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(line[..colon].trim_ascii()),
            HeaderValue::from_bytes(line[colon + 1..].trim_ascii()),
        ) else {
            continue;
        };
        map.append(name, value);
    }
    map
}

/// The upload requests' header parsing (`POST /v1/submissions`, tus
/// creation and `PATCH`, termination's id). The input's first line is the
/// upload id path segment, the other lines "Name: value" headers.
pub fn upload_requests(data: &[u8]) {
    let mut lines = data.split(|&b| b == b'\n');
    let id = String::from_utf8_lossy(lines.next().unwrap_or_default());
    let headers = header_map(lines);
    if let Ok(id) = upload_headers::upload_id(&id) {
        assert_eq!(id.len(), 32, "an upload id is 32 hex digits");
    }
    let hex64 = |h: &Option<String>| {
        h.as_ref().is_none_or(|h| {
            h.len() == 64 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
    };
    if let Ok(p) = upload_headers::post_headers(&headers, FUZZ_MAX_BYTES) {
        assert!(p.declared.is_none_or(|n| n <= FUZZ_MAX_BYTES));
        assert!(hex64(&p.delete_hash) && hex64(&p.withdraw_hash));
    }
    if let Ok(c) = upload_headers::create_headers(&headers, FUZZ_MAX_BYTES) {
        assert!((1..=FUZZ_MAX_BYTES).contains(&c.length));
        assert!(hex64(&c.delete_hash) && hex64(&c.withdraw_hash));
    }
    let _ = upload_headers::patch_headers(&headers);
    let _ = upload_headers::delete_hash(&headers);
    let _ = upload_headers::withdraw_hash(&headers);
}

/// The member the `signed_request` seeds sign as.
pub const FUZZ_MEMBER: &str = "alice";

/// The `host_header` target: [`crate::hosting::HostName::of_header`], the
/// parser of the untrusted `Host` a host of many teams routes on, never
/// panics, and what it accepts is a lower-case name without a port that
/// routes to itself again. After a first newline, the rest is a request's
/// path, routed as on a host shared by teams at path prefixes
/// ([`crate::hosting::route_path`]): what names a team is exactly its
/// first segment, and what is passed on is the path with that segment
/// taken off and nothing else.
pub fn host_header(data: &[u8]) {
    use crate::hosting::HostName;
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (text, path) = text.split_once('\n').unwrap_or((text, ""));
    if let Some((prefix, mounted)) = crate::hosting::route_path(path) {
        let p = prefix.to_string();
        assert_eq!(
            p.parse::<crate::hosting::Prefix>().ok().as_ref(),
            Some(&prefix)
        );
        match mounted {
            Some(crate::hosting::Mounted::Inner(rest)) => {
                assert!(rest.starts_with('/'), "{path:?}");
                assert_eq!(format!("/{p}{rest}"), path, "{path:?}");
            }
            Some(crate::hosting::Mounted::Redirect(to)) => {
                assert_eq!(path, format!("/{p}"));
                assert_eq!(to, format!("/{p}/"));
            }
            None => panic!("{path:?}: a first segment that is a prefix always mounts"),
        }
    }
    if let Some(h) = HostName::of_header(text) {
        let name = h.to_string();
        assert_eq!(name, name.to_ascii_lowercase(), "{text:?}");
        assert!(!name.ends_with('.'), "{text:?}");
        assert_eq!(name.parse::<HostName>().ok().as_ref(), Some(&h), "{text:?}");
        assert_eq!(HostName::of_header(&name).as_ref(), Some(&h), "{text:?}");
    }
}

/// The transport key of [`FUZZ_MEMBER`].
pub fn fuzz_member_key() -> SignSecretKey {
    SignSecretKey::from_seed(&[1; 32])
}

fn fuzz_roster() -> &'static Roster {
    static ROSTER: OnceLock<Roster> = OnceLock::new();
    ROSTER.get_or_init(|| {
        let member = Member {
            id: FUZZ_MEMBER.parse::<MemberId>().expect("valid id"),
            name: "Alice".into(),
            roles: vec![Role::Admin, Role::Reviewer],
            age: AgeIdentity::from_secret_bytes(&[2; 32]).recipient(),
            sign: SignSecretKey::from_seed(&[3; 32]).public(),
            transport: Some(fuzz_member_key().public()),
        };
        Roster::first(
            "Fuzz Team",
            vec![member],
            vec!["https://dropbox.example".into()],
            FUZZ_NOW.day().add_days(30),
            Policy::default(),
        )
    })
}

/// The signed-request path of the reviewer API and mailbox reads: the
/// server's reading of the request ([`crate::auth::SignedParts`]), its key
/// lookup in a roster, RFC 9421 verification, the nonce store and the
/// body's `Content-Digest`. The input is a request: "METHOD target", header
/// lines, an empty line, the body.
pub fn signed_request(data: &[u8]) {
    let split = data.windows(2).position(|w| w == b"\n\n");
    let (head, body) = match split {
        Some(i) => (&data[..i], &data[i + 2..]),
        None => (data, &[][..]),
    };
    let mut lines = head.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    let mut words = first.splitn(2, |&b| b == b' ');
    let (Ok(method), Ok(uri)) = (
        Method::from_bytes(words.next().unwrap_or_default()),
        Uri::try_from(words.next().unwrap_or_default()),
    ) else {
        return;
    };
    let headers = header_map(lines);
    let parts = crate::auth::SignedParts::of(&method, &uri, &headers);
    let roster = fuzz_roster();
    let mut nonces = MemoryNonceStore::default();
    let verify = |nonces: &mut MemoryNonceStore| {
        crate::auth::verify_request(
            &parts,
            body,
            FUZZ_NOW,
            |k| crate::auth::key_for(roster, k, true),
            nonces,
        )
    };
    if verify(&mut nonces).is_ok() {
        assert!(
            verify(&mut nonces).is_err(),
            "a request that verified once is a replay the second time"
        );
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every seed (and `regression-*` input) in fuzz/corpus/upload_requests
    /// runs without a panic.
    #[test]
    fn upload_requests_corpus() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        dropbox_crypto::fuzzing::replay(&root, "upload_requests", super::upload_requests);
    }

    /// Every seed in fuzz/corpus/host_header runs without a panic.
    #[test]
    fn host_header_corpus() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        dropbox_crypto::fuzzing::replay(&root, "host_header", super::host_header);
    }

    /// Every seed in fuzz/corpus/signed_request runs without a panic, and
    /// the valid ones verify (so the corpus reaches past the parsers).
    #[test]
    fn signed_request_corpus() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        dropbox_crypto::fuzzing::replay(&root, "signed_request", super::signed_request);
        let dir = root.join("fuzz/corpus/signed_request");
        let mut valid = 0;
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if !p
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("valid-")
            {
                continue;
            }
            let data = std::fs::read(&p).unwrap();
            let i = data.windows(2).position(|w| w == b"\n\n").unwrap();
            let (head, body) = (&data[..i], &data[i + 2..]);
            let text = String::from_utf8_lossy(head);
            let mut lines = text.split('\n');
            let mut first = lines.next().unwrap().splitn(2, ' ');
            let method: axum::http::Method = first.next().unwrap().parse().unwrap();
            let uri: axum::http::Uri = first.next().unwrap().parse().unwrap();
            let headers = super::header_map(lines.map(str::as_bytes));
            let parts = crate::auth::SignedParts::of(&method, &uri, &headers);
            let r = crate::auth::verify_request(
                &parts,
                body,
                super::FUZZ_NOW,
                |k| crate::auth::key_for(super::fuzz_roster(), k, true),
                &mut dropbox_crypto::httpsig::MemoryNonceStore::default(),
            );
            assert!(r.is_ok(), "{} does not verify: {r:?}", p.display());
            valid += 1;
        }
        assert!(valid >= 2, "{valid} valid seeds");
    }
}
