//! Every reviewer endpoint refuses, with 401/403 and a JSON error: an
//! unsigned request, a bad signature, an unknown key, a removed member's
//! key, a stale `created`, a replayed nonce (also across a restart), an
//! altered query or body, and a DELETE without the item's delete token.

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::keys::SignSecretKey;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::{
    Response, Server, TempDir, as_member, first_roster, http, init_data, sign_roster, team,
};

use crate::api::report;

/// (method, path, query, body) for each reviewer endpoint.
fn endpoints(id: &str) -> Vec<(&'static str, String, Option<&'static str>, Vec<u8>)> {
    vec![
        (
            "GET",
            "/v1/inbox".into(),
            Some("cursor=00000000000000000000000000000000"),
            vec![],
        ),
        ("GET", format!("/v1/submissions/{id}"), None, vec![]),
        ("POST", format!("/v1/submissions/{id}/ack"), None, vec![]),
        ("DELETE", format!("/v1/submissions/{id}"), None, vec![]),
        (
            "POST",
            "/v1/mailboxes/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/replies".into(),
            None,
            b"age".to_vec(),
        ),
        ("PUT", "/v1/roster".into(), None, b"{}".to_vec()),
        ("POST", "/v1/events".into(), None, b"age".to_vec()),
        ("GET", "/v1/events".into(), Some("after=0"), vec![]),
        ("PUT", "/v1/escrow/2026-W48".into(), None, vec![1; 32]),
        ("GET", "/v1/escrow/2026-W48".into(), None, vec![]),
    ]
}

struct Sent {
    target: String,
    headers: Vec<(String, String)>,
}

/// Signs a request with full control over its parameters.
fn sign(
    method: &str,
    path: &str,
    query: Option<&str>,
    body: &[u8],
    keyid: &KeyId,
    key: &SignSecretKey,
    created: UnixTime,
) -> Sent {
    let h = Signer::new(keyid, key).sign(
        method,
        path,
        query,
        (!body.is_empty()).then_some(body),
        created,
        &httpsig::new_nonce(),
    );
    let mut headers = vec![
        ("Signature-Input".to_owned(), h.signature_input),
        ("Signature".to_owned(), h.signature),
    ];
    if let Some(d) = h.content_digest {
        headers.push(("Content-Digest".into(), d));
    }
    let target = query.map_or_else(|| path.to_owned(), |q| format!("{path}?{q}"));
    Sent { target, headers }
}

fn send(addr: std::net::SocketAddr, method: &str, s: &Sent, body: &[u8]) -> Response {
    let h: Vec<(&str, &str)> = s
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    http(addr, method, &s.target, &h, body)
}

fn assert_refused(r: &Response, status: u16, code: &str, what: &str) {
    assert_eq!(
        r.status,
        status,
        "{what}: {}",
        String::from_utf8_lossy(&r.body)
    );
    assert_eq!(r.json()["error"], code, "{what}");
}

#[test]
fn every_reviewer_endpoint_refuses_bad_signatures() {
    let dir = TempDir::new("auth");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let mut srv = Server::start(&data, &[]);
    let (ct, _) = report(&roster, &["alice"], "auth");
    let id = http(srv.addr, "POST", "/v1/submissions", &[], &ct).json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let alice = KeyId::Member(t[0].id.clone());
    let mallory_key = SignSecretKey::from_seed(&[66; 32]);
    let now = UnixTime::now();
    let mut replays = Vec::new();
    for (method, path, query, body) in endpoints(&id) {
        let what = format!("{method} {path}");
        assert_refused(
            &http(srv.addr, method, &path, &[], &body),
            401,
            "sig-missing",
            &format!("{what} unsigned"),
        );
        let bad = sign(method, &path, query, &body, &alice, &t[0].sign, now);
        assert_refused(
            &send(srv.addr, method, &bad, &body),
            401,
            "sig-bad-signature",
            &format!("{what} signed with the wrong key"),
        );
        let unknown = sign(
            method,
            &path,
            query,
            &body,
            &KeyId::Member("mallory".parse().unwrap()),
            &mallory_key,
            now,
        );
        assert_refused(
            &send(srv.addr, method, &unknown, &body),
            401,
            "sig-unknown-key",
            &format!("{what} unknown key"),
        );
        let stale = sign(
            method,
            &path,
            query,
            &body,
            &alice,
            &t[0].transport,
            UnixTime(now.0 - 400),
        );
        assert_refused(
            &send(srv.addr, method, &stale, &body),
            401,
            "sig-stale",
            &format!("{what} stale"),
        );
        if let Some(q) = query {
            let mut altered = sign(method, &path, query, &body, &alice, &t[0].transport, now);
            altered.target = format!("{path}?{q}0");
            assert_refused(
                &send(srv.addr, method, &altered, &body),
                401,
                "sig-bad-signature",
                &format!("{what} altered query"),
            );
        }
        if !body.is_empty() {
            let s = sign(method, &path, query, &body, &alice, &t[0].transport, now);
            let mut other = body.clone();
            other.push(b'!');
            assert_refused(
                &send(srv.addr, method, &s, &other),
                401,
                "sig-digest-mismatch",
                &format!("{what} altered body"),
            );
        }
        // A good request, sent twice: the second is a replay.
        let good = sign(method, &path, query, &body, &alice, &t[0].transport, now);
        let first = send(srv.addr, method, &good, &body);
        assert!(
            first.status != 401,
            "{what}: a good signature is accepted ({})",
            String::from_utf8_lossy(&first.body)
        );
        assert_refused(
            &send(srv.addr, method, &good, &body),
            401,
            "sig-replay",
            &format!("{what} replayed"),
        );
        replays.push((method, good, body));
    }
    // A DELETE with a valid signature but without the item's token.
    let s = sign(
        "DELETE",
        &format!("/v1/submissions/{id}"),
        None,
        b"",
        &alice,
        &t[0].transport,
        now,
    );
    assert_refused(
        &send(srv.addr, "DELETE", &s, b""),
        403,
        "delete-token",
        "DELETE without token",
    );

    // Nonces survive a restart.
    srv.kill9();
    let srv = Server::start(&data, &[]);
    for (method, good, body) in &replays {
        assert_refused(
            &send(srv.addr, method, good, body),
            401,
            "sig-replay",
            &format!("{method} {} replayed after restart", good.target),
        );
    }
    // Regression (issue 15): the nonces table had a keyid column, so a
    // seized database counted each member's requests. It holds keyed
    // hashes only, and still refused every replay above.
    drop(srv);
    let db = rusqlite::Connection::open(data.join("dropbox.sqlite3")).unwrap();
    let columns: Vec<String> = db
        .prepare("SELECT name FROM pragma_table_info('nonces')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(columns, ["hash", "expires_day"]);
    let hashes: Vec<Vec<u8>> = db
        .prepare("SELECT hash FROM nonces")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(hashes.len() >= replays.len(), "the nonces are kept");
    assert!(hashes.iter().all(|h| h.len() == 32));
}

#[test]
fn a_removed_members_requests_are_refused() {
    let dir = TempDir::new("removed");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    assert_eq!(
        as_member(srv.addr, &t[2], "GET", "/v1/inbox", None, b"").status,
        200
    );
    let mut next = roster.next();
    next.members.retain(|m| m.id.as_str() != "carol");
    // A roster signed by one admin only is refused; by both, accepted.
    let lone = next.sign(&[(&t[0].id, &t[0].sign)]);
    let r = as_member(srv.addr, &t[0], "PUT", "/v1/roster", None, &lone.to_json());
    assert_refused(&r, 422, "roster-too-few-signatures", "under-signed roster");
    let env = sign_roster(&next, &t);
    let r = as_member(srv.addr, &t[0], "PUT", "/v1/roster", None, &env.to_json());
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(
        http(srv.addr, "GET", "/v1/roster", &[], b"")
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_refused(
        &as_member(srv.addr, &t[2], "GET", "/v1/inbox", None, b""),
        401,
        "sig-unknown-key",
        "removed member",
    );
    // Replaying the same roster update is refused (not a successor any more).
    let r = as_member(srv.addr, &t[0], "PUT", "/v1/roster", None, &env.to_json());
    assert_refused(&r, 422, "roster-wrong-seq", "roster replay");
}
