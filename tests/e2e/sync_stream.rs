//! A sync that streams (issue 17 item 2), end to end: the batch ack
//! endpoint (acks, unknown ids, replays, altered and malformed bodies, the
//! old single ack beside it), kept-alive connections for the signed sync
//! requests only, and idle connections that hold no handler slot and are
//! closed after the header timeout.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::{Server, TempDir, TestMember, as_member, first_roster, http, init_data, team};

use crate::uploads::{age_file, inbox_all, try_post};

/// A signed request's text (without `Connection: close`), its signature
/// made now with a fresh nonce.
fn signed_request(m: &TestMember, method: &str, path: &str, body: &[u8]) -> Vec<u8> {
    let h = Signer::new(&KeyId::Member(m.id.clone()), &m.transport).sign(
        method,
        path,
        None,
        (!body.is_empty()).then_some(body),
        UnixTime::now(),
        &httpsig::new_nonce(),
    );
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nSignature-Input: {}\r\nSignature: {}\r\n",
        body.len(),
        h.signature_input,
        h.signature
    );
    if let Some(d) = &h.content_digest {
        head.push_str(&format!(
            "Content-Digest: {d}\r\nContent-Type: application/json\r\n"
        ));
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    out.extend_from_slice(body);
    out
}

/// One response read off a connection that may stay open: (status,
/// lower-cased head, body).
fn read_one(s: &mut TcpStream) -> (u16, String, Vec<u8>) {
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        let n = s.read(&mut byte).expect("a response head");
        assert_eq!(n, 1, "the connection closed before a response: {raw:?}");
        raw.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&raw).to_ascii_lowercase();
    let status = head[9..12].parse().unwrap();
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .map_or(0, |v| v.trim().parse().unwrap());
    let mut body = vec![0u8; len];
    s.read_exact(&mut body).unwrap();
    (status, head, body)
}

fn connect(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s
}

fn start(
    extra: &[&str],
) -> (
    TempDir,
    Vec<TestMember>,
    dropbox_crypto::roster::Roster,
    Server,
) {
    let dir = TempDir::new("sync-stream");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, extra);
    (dir, t, roster, srv)
}

fn submit(addr: SocketAddr, roster: &dropbox_crypto::roster::Roster, text: &str) -> String {
    let r = try_post(addr, &age_file(roster, &["alice"], text, 0)).unwrap();
    assert_eq!(r.status, 201);
    r.json()["id"].as_str().unwrap().to_owned()
}

#[test]
fn a_batch_of_acks_is_one_signed_request_that_cannot_be_replayed_or_altered() {
    let (_dir, t, roster, srv) = start(&[]);
    let addr = srv.addr;
    let ids: Vec<String> = (0..5)
        .map(|i| submit(addr, &roster, &format!("r{i}")))
        .collect();
    let unknown = "0123456789abcdef0123456789abcdef";
    let body = format!(
        r#"{{"ids":["{}","{}","{unknown}","{}"]}}"#,
        ids[0], ids[1], ids[1]
    );
    let req = signed_request(&t[0], "POST", "/v1/acks", body.as_bytes());
    let mut s = connect(addr);
    s.write_all(&req).unwrap();
    let (status, _, resp) = read_one(&mut s);
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&resp));
    let v: serde_json::Value = serde_json::from_slice(&resp).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"acked": [ids[0], ids[1], ids[1]], "unknown": [unknown]})
    );
    let left: Vec<String> = inbox_all(addr, &t[0])
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(left, ids[2..].to_vec(), "only the batch's items are acked");
    // bob's inbox is his own: alice's batch acked nothing for him.
    assert_eq!(inbox_all(addr, &t[1]).len(), 5);

    // The same request again, byte for byte: its nonce is spent.
    let mut again = connect(addr);
    again.write_all(&req).unwrap();
    let (status, _, resp) = read_one(&mut again);
    assert_eq!(status, 401, "{}", String::from_utf8_lossy(&resp));
    assert!(String::from_utf8_lossy(&resp).contains("sig-replay"));

    // Its signature over other ids: the body no longer matches its digest.
    let fresh = signed_request(&t[0], "POST", "/v1/acks", body.as_bytes());
    let altered = String::from_utf8(fresh).unwrap().replace(&ids[0], &ids[2]);
    let mut s = connect(addr);
    s.write_all(altered.as_bytes()).unwrap();
    let (status, _, _) = read_one(&mut s);
    assert_eq!(status, 401);
    assert_eq!(
        inbox_all(addr, &t[0]).len(),
        3,
        "the altered batch acked nothing"
    );

    // Malformed and unbounded batches are refused whole.
    let many = format!(
        r#"{{"ids":[{}]}}"#,
        vec![format!("\"{}\"", ids[2]); 1001].join(",")
    );
    for bad in [
        r#"{"ids":[]}"#.to_owned(),
        r#"{"ids":["../../etc"]}"#.to_owned(),
        format!(r#"{{"ids":["{}"],"all":true}}"#, ids[2]),
        many,
    ] {
        let r = as_member(addr, &t[0], "POST", "/v1/acks", None, bad.as_bytes());
        assert_eq!(r.status, 400, "{bad:.80}");
        assert_eq!(r.json()["error"], "acks");
    }
    // Unsigned: refused before anything is read.
    let r = http(addr, "POST", "/v1/acks", &[], body.as_bytes());
    assert_eq!(r.status, 401);
    assert_eq!(inbox_all(addr, &t[0]).len(), 3);

    // The single ack of clients before protocol 1.6 still works.
    let r = as_member(
        addr,
        &t[0],
        "POST",
        &format!("/v1/submissions/{}/ack", ids[2]),
        None,
        b"",
    );
    assert_eq!(r.status, 204);
    assert_eq!(inbox_all(addr, &t[0]).len(), 2);
}

#[test]
fn signed_sync_requests_keep_their_connection_and_everything_else_closes_it() {
    let (_dir, t, roster, srv) = start(&[]);
    let addr = srv.addr;
    let id = submit(addr, &roster, "kept");
    let mut s = connect(addr);
    // Three signed requests, one after another, on one connection.
    s.write_all(&signed_request(&t[0], "GET", "/v1/inbox", b""))
        .unwrap();
    let (status, head, _) = read_one(&mut s);
    assert_eq!(status, 200);
    assert!(!head.contains("connection: close"), "{head}");
    s.write_all(&signed_request(
        &t[0],
        "GET",
        &format!("/v1/submissions/{id}"),
        b"",
    ))
    .unwrap();
    let (status, _, ct) = read_one(&mut s);
    assert_eq!(status, 200);
    assert_eq!(ct, age_file_bytes_of(addr, &t[0], &id));
    let body = format!(r#"{{"ids":["{id}"]}}"#);
    s.write_all(&signed_request(&t[0], "POST", "/v1/acks", body.as_bytes()))
        .unwrap();
    let (status, _, _) = read_one(&mut s);
    assert_eq!(status, 200);

    // A refusal closes the connection, even on the sync API.
    s.write_all(&signed_request(
        &t[0],
        "GET",
        "/v1/submissions/0123456789abcdef0123456789abcdef",
        b"",
    ))
    .unwrap();
    let (status, head, _) = read_one(&mut s);
    assert_eq!(status, 404);
    assert!(head.contains("connection: close"), "{head}");
    let mut rest = Vec::new();
    assert_eq!(
        s.read_to_end(&mut rest).unwrap(),
        0,
        "closed after the refusal"
    );

    // What a reporter sends is never kept alive.
    let data = age_file(&roster, &["alice"], "reporter", 0);
    let mut s = connect(addr);
    s.write_all(
        format!(
            "POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
            data.len()
        )
        .as_bytes(),
    )
    .unwrap();
    s.write_all(&data).unwrap();
    let (status, head, _) = read_one(&mut s);
    assert_eq!(status, 201);
    assert!(head.contains("connection: close"), "{head}");
    for path in ["/healthz", "/v1/roster", "/"] {
        let mut s = connect(addr);
        s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes())
            .unwrap();
        let (_, head, _) = read_one(&mut s);
        assert!(head.contains("connection: close"), "{path}: {head}");
    }
}

/// The ciphertext of an item, fetched on its own connection.
fn age_file_bytes_of(addr: SocketAddr, m: &TestMember, id: &str) -> Vec<u8> {
    let r = as_member(addr, m, "GET", &format!("/v1/submissions/{id}"), None, b"");
    assert_eq!(r.status, 200);
    r.body
}

/// Regression for keep-alive: an idle kept-alive connection must hold no
/// handler slot (with 2 slots, 6 idle connections would otherwise block
/// every other request until their idle timeout, a minute here), and it
/// is closed once idle for the header timeout.
#[test]
fn idle_kept_alive_connections_hold_no_slot_and_are_closed_after_the_header_timeout() {
    let (_dir, t, _roster, srv) = start(&["--max-concurrency", "2", "--header-timeout", "120"]);
    let idle = idle_connections(srv.addr, &t[0], 6);
    let mut s = connect(srv.addr);
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s.write_all(&signed_request(&t[1], "GET", "/v1/inbox", b""))
        .unwrap();
    let (status, _, _) = read_one(&mut s);
    assert_eq!(status, 200);
    drop(idle);
    drop(srv);

    let (_dir, t, _roster, srv) = start(&["--header-timeout", "2"]);
    for mut s in idle_connections(srv.addr, &t[0], 3) {
        let mut rest = Vec::new();
        assert_eq!(
            s.read_to_end(&mut rest).unwrap(),
            0,
            "closed by the server, idle: {rest:?}"
        );
    }
}

/// `n` connections, each left idle after one signed request kept it open.
fn idle_connections(addr: SocketAddr, m: &TestMember, n: usize) -> Vec<TcpStream> {
    (0..n)
        .map(|_| {
            let mut s = connect(addr);
            s.write_all(&signed_request(m, "GET", "/v1/inbox", b""))
                .unwrap();
            let (status, head, _) = read_one(&mut s);
            assert_eq!(status, 200);
            assert!(!head.contains("connection: close"), "{head}");
            s
        })
        .collect()
}
