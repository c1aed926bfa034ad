//! A sync that streams (issue 17 item 2), end to end: the batch ack
//! endpoint (acks, unknown ids, replays, altered and malformed bodies, the
//! old single ack beside it), kept-alive connections for the signed sync
//! requests only, idle connections that hold no handler slot and are
//! closed after the header timeout, and a large item streamed into the
//! case store: killed mid-download, cut off or altered in transit.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::Command;
use std::time::Duration;

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::homes::{Homes, arg, as_json, must, pass};
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

/// Small items downloaded ahead, in whatever order their downloads
/// finish, are filed in inbox order: a follow-up right behind its report
/// joins it in the same sync, and a bad item among them (its payload
/// altered before upload, so it matches its receipt, opens, and breaks
/// off in its second chunk) is quarantined and acked, while the items on
/// either side are filed. (Written for branch smallsync's decryption on
/// the download threads, since reverted; it holds for any ordering of
/// that work.)
#[test]
fn small_items_downloaded_ahead_are_filed_in_inbox_order_and_a_bad_one_is_set_aside() {
    let dir = TempDir::new("sync-small");
    let Homes { fp, data, .. } = Homes::new(&dir, "sync-small", &["alice", "bob"], &[], &[]);
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);
    let submit = |state: &str, args: &[&str], codename: Option<&str>| {
        let mut c = dropbox_e2e::command("dropbox-submit");
        c.args(args)
            .args(["--yes", "--server", &url, "--team", &fp, "--json"])
            .arg("--state")
            .arg(dir.join(&format!("submit-{state}")));
        if let Some(code) = codename {
            c.env("DROPBOX_CODENAME", code);
        }
        as_json(&must(c.output().unwrap(), "dropbox-submit"))
    };
    // A report bundle to alice with a 100 KiB attachment (two payload
    // chunks), one byte of its second chunk flipped.
    let alice: dropbox_crypto::roster::Member =
        serde_json::from_slice(&std::fs::read(dir.join("alice.card.json")).unwrap()).unwrap();
    let mut h = dropbox_crypto::bundle::Header::new(
        dropbox_crypto::bundle::Kind::Report,
        UnixTime::now().day(),
        1,
        vec![alice.id.clone()],
    );
    h.title = Some("altered".into());
    let att = vec![b'a'; 100 << 10];
    h.attachments
        .push(dropbox_crypto::bundle::AttachmentMeta::new(
            "a.bin",
            "application/octet-stream",
            att.len() as u64,
        ));
    let plain = dropbox_crypto::bundle::encode_to_vec(h, &[&att]).unwrap();
    let mut bad = dropbox_crypto::envelope::encrypt_vec(
        vec![dropbox_crypto::envelope::Slot::Real(alice.age.clone())],
        &plain,
    )
    .unwrap();
    let at = bad.len() - 100;
    bad[at] ^= 1;

    let reporters = ["one", "two", "three", "four"];
    for (n, who) in reporters.iter().enumerate() {
        let sent = submit(
            who,
            &["send", "--title", who, "--body", who, "--replies"],
            None,
        );
        let code = sent["codename"].as_str().unwrap().to_owned();
        if n == 1 {
            let r = try_post(srv.addr, &bad).unwrap();
            assert_eq!(r.status, 201);
        }
        submit(
            who,
            &["followup", "--message", &format!("more from {who}")],
            Some(&code),
        );
    }
    let sync = || {
        as_json(&must(
            dropbox_e2e::command("reviewer")
                .arg("--home")
                .arg(dir.join("alice"))
                .args(["sync", "--server", &url, "--team", &fp, "--json"])
                .env("REVIEWER_PASSPHRASE", pass("alice"))
                .output()
                .unwrap(),
            "reviewer sync",
        ))
    };
    let out = sync();
    assert_eq!(out["new_cases"], 4, "{out}");
    assert_eq!(
        out["followups"], 4,
        "every follow-up joined its report: {out}"
    );
    assert_eq!(out["followups_waiting"], 0, "{out}");
    assert_eq!(out["errors"], serde_json::json!([]), "{out}");
    let q = out["quarantined"].as_array().unwrap();
    assert_eq!(q.len(), 1, "{out}");
    assert_eq!(q[0]["alert"], false, "{out}");
    assert!(
        q[0]["reason"].as_str().unwrap().contains("attachments"),
        "it broke off inside its attachment: {out}"
    );
    let listed = as_json(&must(
        dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(dir.join("alice"))
            .args(["quarantine", "--json"])
            .env("REVIEWER_PASSPHRASE", pass("alice"))
            .output()
            .unwrap(),
        "reviewer quarantine",
    ));
    assert_eq!(listed[0]["size"], bad.len(), "{listed}");
    let stanzas = bad
        .split(|b| *b == b'\n')
        .take_while(|l| !l.starts_with(b"---"))
        .filter(|l| l.starts_with(b"-> "))
        .count();
    assert_eq!(listed[0]["stanzas"], stanzas, "{listed}");
    // Everything was acked: the next sync has nothing to do.
    let again = sync();
    assert_eq!(again["new_cases"], 0, "{again}");
    assert_eq!(again["followups"], 0, "{again}");
    assert_eq!(again["quarantined"], serde_json::json!([]), "{again}");
    assert_eq!(again["errors"], serde_json::json!([]), "{again}");
}

/// `body`, signed for `path`, then its id `from` changed to `to` on its
/// way: refused (401), as the body no longer matches its signed digest.
fn refuses_altered(
    addr: SocketAddr,
    m: &TestMember,
    path: &str,
    body: &[u8],
    from: &str,
    to: &str,
) {
    let fresh = signed_request(m, "POST", path, body);
    let altered = String::from_utf8(fresh).unwrap().replace(from, to);
    let mut s = connect(addr);
    s.write_all(altered.as_bytes()).unwrap();
    let (status, _, _) = read_one(&mut s);
    assert_eq!(status, 401, "{path} altered");
}

/// A batch endpoint refuses whole (400 `code`) a body without ids, with a
/// malformed id, another field, or more than `max` ids (of `id`).
fn refuses_malformed_batches(
    addr: SocketAddr,
    m: &TestMember,
    path: &str,
    code: &str,
    id: &str,
    max: usize,
) {
    let many = format!(
        r#"{{"ids":[{}]}}"#,
        vec![format!("\"{id}\""); max + 1].join(",")
    );
    for bad in [
        r#"{"ids":[]}"#.to_owned(),
        r#"{"ids":["../../etc"]}"#.to_owned(),
        format!(r#"{{"ids":["{id}"],"all":true}}"#),
        many,
    ] {
        let r = as_member(addr, m, "POST", path, None, bad.as_bytes());
        assert_eq!(r.status, 400, "{path} {bad:.80}");
        assert_eq!(r.json()["error"], code);
    }
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

    refuses_altered(addr, &t[0], "/v1/acks", body.as_bytes(), &ids[0], &ids[2]);
    assert_eq!(
        inbox_all(addr, &t[0]).len(),
        3,
        "the altered batch acked nothing"
    );

    refuses_malformed_batches(addr, &t[0], "/v1/acks", "acks", &ids[2], 1000);
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

/// What [`Relay`] does to the first connection that has carried more than
/// its threshold of bytes from the drop box to the reviewer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// Passes nothing more, holding the connection open (a sync killed
    /// mid-download is killed while this holds).
    Stall,
    /// Drops the connection, as a dropped Wi-Fi or Tor circuit would.
    Cut,
    /// Flips one bit and passes everything on (a drop box or a path that
    /// alters the ciphertext).
    Flip,
    /// Not a fault at a threshold: any connection whose reviewer leaves
    /// the response unread this long is cut, as nginx does after its
    /// `send_timeout` (60 s by default), on every connection.
    IdleCut(Duration),
}

/// A loopback TCP relay in front of the drop box that does `fault` once,
/// in the middle of the first response longer than `after` bytes.
struct Relay {
    url: String,
    tripped: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Relay {
    fn start(target: SocketAddr, after: usize, fault: Fault) -> Self {
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let tripped = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = tripped.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(mut client) = client else { continue };
                let Ok(mut server) = TcpStream::connect(target) else {
                    continue;
                };
                let flag = flag.clone();
                if let Fault::IdleCut(idle) = fault {
                    // A write that makes no progress for this long fails.
                    client.set_write_timeout(Some(idle)).unwrap();
                }
                let (mut up_from, mut up_to) =
                    (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut up_from, &mut up_to);
                    let _ = up_to.shutdown(std::net::Shutdown::Write);
                });
                std::thread::spawn(move || {
                    let mut buf = vec![0u8; 64 << 10];
                    let mut passed = 0usize;
                    loop {
                        let n = match server.read(&mut buf) {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        passed += n;
                        if let Fault::IdleCut(_) = fault {
                            if client.write_all(&buf[..n]).is_err() {
                                flag.store(true, Ordering::SeqCst);
                                let _ = client.shutdown(std::net::Shutdown::Both);
                                let _ = server.shutdown(std::net::Shutdown::Both);
                                return;
                            }
                            continue;
                        }
                        if passed > after && !flag.swap(true, Ordering::SeqCst) {
                            match fault {
                                Fault::Stall => {
                                    // Until the test is over (the reviewer is
                                    // killed meanwhile).
                                    std::thread::sleep(Duration::from_secs(600));
                                    return;
                                }
                                Fault::Cut => {
                                    let _ = client.write_all(&buf[..n / 2]);
                                    let _ = client.shutdown(std::net::Shutdown::Both);
                                    let _ = server.shutdown(std::net::Shutdown::Both);
                                    return;
                                }
                                Fault::Flip => buf[n / 2] ^= 0x10,
                                Fault::IdleCut(_) => unreachable!(),
                            }
                        }
                        if client.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = client.shutdown(std::net::Shutdown::Write);
                });
            }
        });
        Relay { url, tripped }
    }

    fn tripped(&self) -> bool {
        self.tripped.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// A team (alice and bob), its drop box, and in it a report with a
/// `mib` MiB attachment and two small reports; returns the attachment's
/// bytes too.
struct Big {
    dir: TempDir,
    fp: String,
    srv: Server,
    attachment: Vec<u8>,
}

impl Big {
    /// The large report between the small ones, or `first` in the inbox
    /// (then its download starts while the filing waits for it, and it
    /// streams into the filing without a spool file).
    fn new(tag: &str, mib: usize, first: bool) -> Self {
        let big = Self::empty(tag, mib);
        let attach = arg(&big.dir.join("evidence.bin"));
        if !first {
            big.submit("small-before", &[]);
        }
        big.submit("big", &["--attach", &attach]);
        if first {
            big.submit("small-before", &[]);
        }
        big.submit("small-after", &[]);
        big
    }

    /// The team and its drop box, with nothing submitted yet; the
    /// attachment in `evidence.bin`.
    fn empty(tag: &str, mib: usize) -> Self {
        let dir = TempDir::new(tag);
        let Homes { fp, data, .. } = Homes::new(&dir, tag, &["alice", "bob"], &[], &[]);
        let srv = Server::start(&data, &[]);
        // Not compressible, not repeating: what an attachment looks like.
        let mut attachment = Vec::with_capacity(mib << 20);
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        while attachment.len() < mib << 20 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            attachment.extend_from_slice(&x.to_le_bytes());
        }
        let file = dir.join("evidence.bin");
        std::fs::write(&file, &attachment).unwrap();
        Big {
            dir,
            fp,
            srv,
            attachment,
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.srv.addr)
    }

    fn submit(&self, title: &str, extra: &[&str]) {
        must(
            dropbox_e2e::command("dropbox-submit")
                .args(["send", "--yes", "--title", title, "--body", title])
                .args(extra)
                .args(["--server", &self.url(), "--team", &self.fp, "--json"])
                .arg("--state")
                .arg(self.dir.join(&format!("submit-{title}")))
                .output()
                .unwrap(),
            "dropbox-submit",
        );
    }

    fn reviewer(&self, args: &[&str]) -> Command {
        let mut c = dropbox_e2e::command("reviewer");
        c.arg("--home")
            .arg(self.dir.join("alice"))
            .args(args)
            .env("REVIEWER_PASSPHRASE", pass("alice"));
        c
    }

    /// `reviewer sync --json` against `url`.
    fn sync(&self, url: &str) -> serde_json::Value {
        as_json(&must(
            self.reviewer(&["sync", "--server", url, "--team", &self.fp, "--json"])
                .output()
                .unwrap(),
            "reviewer sync",
        ))
    }

    /// alice's cases by title: (title, id).
    fn cases(&self) -> Vec<(String, String)> {
        let out = must(
            self.reviewer(&["list", "--json"]).output().unwrap(),
            "reviewer list",
        );
        let mut v: Vec<(String, String)> = as_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["title"].as_str().unwrap().to_owned(),
                    c["id"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        v.sort();
        v
    }

    /// Every report filed once, the big one's attachment intact, nothing
    /// left on the drop box for alice.
    fn all_filed_once(&self) {
        let cases = self.cases();
        let titles: Vec<&str> = cases.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(titles, ["big", "small-after", "small-before"]);
        let out = self.dir.join("out.bin");
        let _ = std::fs::remove_file(&out);
        must(
            self.reviewer(&["attachment", &cases[0].1, "0", "--out", &arg(&out)])
                .output()
                .unwrap(),
            "reviewer attachment",
        );
        assert!(
            std::fs::read(&out).unwrap() == self.attachment,
            "the attachment came through intact"
        );
        let again = self.sync(&self.url());
        assert_eq!(again["new_cases"], 0, "nothing twice: {again}");
        assert_eq!(again["errors"], serde_json::json!([]), "{again}");
    }
}

/// Issue 17 item 2: a large item streams from the download into the
/// filing (its attachment is being written before its download ends),
/// but only into a staged file: while its download is held back halfway,
/// nothing of it is under `attachments/` (a download cut or altered
/// halfway must never reach the case store's own files), and a sync
/// killed there and run again neither loses nor duplicates a case and
/// leaves no staged file behind. First in the inbox, it streams without
/// a spool file (session 14); behind another item, with one or without.
#[test]
fn a_sync_killed_while_a_large_item_streams_in_loses_and_duplicates_nothing() {
    for first in [true, false] {
        killed_while_streaming(first);
    }
}

/// A drop box (or a path to it) that stops sending mid-download, and
/// keeps the connection open, does not hold the sync for good: the
/// download gives up once its time is over (a minute, plus its size at
/// 64 KiB/s), the sync ends saying which item broke off (exit 4), files
/// the others, acks nothing it did not file, and the next sync files it.
#[test]
fn a_stalled_download_ends_the_sync_with_an_error_and_the_item_waits() {
    let big = Big::new("sync-stall", 1, true);
    let relay = Relay::start(big.srv.addr, 512 << 10, Fault::Stall);
    let start = std::time::Instant::now();
    let out = big
        .reviewer(&["sync", "--server", &relay.url, "--team", &big.fp, "--json"])
        .output()
        .unwrap();
    assert!(relay.tripped());
    assert!(
        start.elapsed() < Duration::from_secs(240),
        "{:?}",
        start.elapsed()
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("1 item could not be handled"), "{err}");
    let said = as_json(&out);
    assert!(
        said["errors"].to_string().contains("broke off"),
        "the item that broke off is named: {said}"
    );
    let titles: Vec<String> = big.cases().into_iter().map(|(t, _)| t).collect();
    assert!(!titles.iter().any(|t| t == "big"), "{titles:?}");
    let again = big.sync(&format!("http://{}", big.srv.addr));
    let titles: Vec<String> = big.cases().into_iter().map(|(t, _)| t).collect();
    assert!(titles.iter().any(|t| t == "big"), "{again} {titles:?}");
}

fn killed_while_streaming(first: bool) {
    let big = Big::new("sync-kill-big", 24, first);
    let relay = Relay::start(big.srv.addr, 12 << 20, Fault::Stall);
    let mut child = big
        .reviewer(&["sync", "--server", &relay.url, "--team", &big.fp, "--json"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let attachments = big.dir.join("alice").join("attachments");
    let staged = big.dir.join("alice").join("staged");
    // Half the ciphertext is through and the rest held back: by now the
    // filing has written most of that half into a staged file.
    let deadline = std::time::Instant::now() + Duration::from_secs(300);
    let written = loop {
        let written = largest_file(&staged);
        if relay.tripped() && written > 4 << 20 {
            break written;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the sync ended before it was killed"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "the download never streamed into the filing (relay tripped: {}, largest staged file {written} bytes)",
            relay.tripped()
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(written < 24 << 20, "{written}");
    if first {
        let spools = spool_files(child.id());
        assert!(
            spools.is_empty(),
            "the item being filed was spooled, not streamed: {spools:?}"
        );
    }
    let filed = largest_file(&attachments);
    assert!(
        filed < 1 << 20,
        "a download not yet checked reached the case store's files ({filed} bytes)"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    let titles: Vec<String> = big.cases().into_iter().map(|(t, _)| t).collect();
    assert!(
        !titles.iter().any(|t| t == "big"),
        "the half-downloaded report was not filed: {titles:?}"
    );
    // The killed sync's staged file went when the store was next opened
    // (by `list` above).
    assert_eq!(largest_file(&staged), 0, "a staged file outlived its sync");
    let out = big.sync(&big.url());
    assert_eq!(out["errors"], serde_json::json!([]), "{out}");
    assert!(out["quarantined"].as_array().unwrap().is_empty(), "{out}");
    big.all_filed_once();
    assert_eq!(largest_file(&staged), 0);
}

/// A large download that breaks off, or whose bytes do not match their
/// receipt, counts as a failed download (the item stays on the drop box
/// for the next sync), not as a malformed report quarantined and acked,
/// which would lose it.
#[test]
fn a_large_item_cut_off_or_altered_in_transit_stays_for_the_next_sync() {
    for (fault, says, first) in [
        (Fault::Cut, "broke off", true),
        (Fault::Flip, "does not match its receipt", true),
        (Fault::Cut, "broke off", false),
        (Fault::Flip, "does not match its receipt", false),
    ] {
        let big = Big::new("sync-cut-big", 12, first);
        let relay = Relay::start(big.srv.addr, 6 << 20, fault);
        let run = big
            .reviewer(&["sync", "--server", &relay.url, "--team", &big.fp, "--json"])
            .output()
            .unwrap();
        // Some item could not be handled: it stays for the next sync.
        assert_eq!(
            run.status.code(),
            Some(4),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let out = as_json(&run);
        assert!(relay.tripped(), "the relay never reached the large item");
        let errors = out["errors"].to_string();
        assert!(errors.contains(says), "{out}");
        assert!(out["quarantined"].as_array().unwrap().is_empty(), "{out}");
        assert_eq!(out["new_cases"], 2, "{out}");
        let titles: Vec<String> = big.cases().into_iter().map(|(t, _)| t).collect();
        assert_eq!(titles, ["small-after", "small-before"]);
        // What the filing had written of it, staged, is gone, and none of
        // it reached the case store's files.
        let home = big.dir.join("alice");
        assert_eq!(largest_file(&home.join("staged")), 0);
        assert!(largest_file(&home.join("attachments")) < 1 << 20);
        let out = big.sync(&big.url());
        assert_eq!(out["new_cases"], 1, "{out}");
        assert_eq!(out["errors"], serde_json::json!([]), "{out}");
        big.all_filed_once();
    }
}

/// Several large items in one sync, behind a proxy that cuts a response
/// left unread for a second (nginx's `send_timeout`, shortened): each is
/// spooled at the network's pace whatever the filing is doing, so one
/// sync files them all, intact. (That no download waits for the filing is
/// shown without a network by `services::sync`'s
/// `a_large_download_is_read_to_its_end_while_the_filing_reads_none_of_it`:
/// on this machine the filing is too fast for a relay to catch a body
/// held back behind items of a size the test can afford to submit.)
#[test]
fn several_large_items_behind_a_proxy_that_cuts_unread_responses_file_in_one_sync() {
    let big = Big::empty("sync-idle-big", 4);
    let file = big.dir.join("evidence.bin");
    let titles = ["big-a", "big-b", "big-c"];
    for t in titles {
        big.submit(t, &["--attach", &arg(&file)]);
    }
    let relay = Relay::start(big.srv.addr, 0, Fault::IdleCut(Duration::from_secs(1)));
    let run = big
        .reviewer(&["sync", "--server", &relay.url, "--team", &big.fp, "--json"])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "relay cut a connection: {}; {}",
        relay.tripped(),
        String::from_utf8_lossy(&run.stderr)
    );
    let out = as_json(&run);
    assert_eq!(out["errors"], serde_json::json!([]), "{out}");
    assert_eq!(out["new_cases"], 3, "{out}");
    assert!(!relay.tripped(), "a response was left unread for a second");
    let cases = big.cases();
    let got: Vec<&str> = cases.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(got, titles);
    let out = big.dir.join("out.bin");
    for (_, id) in &cases {
        let _ = std::fs::remove_file(&out);
        must(
            big.reviewer(&["attachment", id, "0", "--out", &arg(&out)])
                .output()
                .unwrap(),
            "reviewer attachment",
        );
        assert!(std::fs::read(&out).unwrap() == big.attachment, "{id}");
    }
    let home = big.dir.join("alice");
    assert_eq!(largest_file(&home.join("staged")), 0);
}

/// The spool files (`HOME/tmp/*.fetch`, unlinked at once) process `pid`
/// holds open.
fn spool_files(pid: u32) -> Vec<String> {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .flatten()
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| p.contains(".fetch"))
        .collect()
}

/// The size of the largest file under `dir` (0 if none).
fn largest_file(dir: &std::path::Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| {
            let m = e.metadata().unwrap();
            if m.is_dir() {
                largest_file(&e.path())
            } else {
                m.len()
            }
        })
        .max()
        .unwrap_or(0)
}

/// `POST /v1/fetch` (protocol 1.11): many items in one signed request and
/// one response, each hashing to its inbox receipt, in the order asked,
/// an unknown id named as not stored; fetching acks nothing; a replayed,
/// altered, unsigned, malformed or oversized batch is refused whole.
#[test]
fn a_batch_download_is_one_signed_request_that_returns_each_item_in_the_order_asked() {
    use dropbox_crypto::SubmissionId;
    use dropbox_crypto::wire::{FetchBatch, FetchedItems};
    let (_dir, t, roster, srv) = start(&[]);
    let addr = srv.addr;
    let ids: Vec<String> = (0..3)
        .map(|i| submit(addr, &roster, &format!("r{i}")))
        .collect();
    let receipt = |id: &str| {
        inbox_all(addr, &t[0])
            .iter()
            .find(|i| i["id"] == id)
            .map(|i| i["receipt"].as_str().unwrap().to_owned())
            .unwrap()
    };
    let unknown = "0123456789abcdef0123456789abcdef";
    let asked: Vec<SubmissionId> = [&ids[2], unknown, &ids[0], &ids[2]]
        .iter()
        .map(|i| i.parse().unwrap())
        .collect();
    let body = serde_json::to_vec(&FetchBatch { ids: asked.clone() }).unwrap();
    let r = as_member(addr, &t[1], "POST", "/v1/fetch", None, &body);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let got = FetchedItems::parse(&r.body, &asked).unwrap().0;
    for (n, id) in [(0, &ids[2]), (2, &ids[0]), (3, &ids[2])] {
        let (rec, data) = got[n].stored.unwrap();
        assert_eq!(rec.to_string(), receipt(id), "record {n}");
        let one = dropbox_e2e::fetch_submission(addr, &t[1], id, &receipt(id));
        assert_eq!(data, &one[..], "record {n} is the item's ciphertext");
    }
    assert_eq!(got[1].stored, None, "the unknown id is not stored");
    assert_eq!(inbox_all(addr, &t[0]).len(), 3, "a download acks nothing");
    assert_eq!(inbox_all(addr, &t[1]).len(), 3, "a download acks nothing");

    // The same request again, byte for byte: its nonce is spent.
    let req = String::from_utf8(signed_request(&t[0], "POST", "/v1/fetch", &body))
        .unwrap()
        .replacen("\r\n\r\n", "\r\nConnection: close\r\n\r\n", 1)
        .into_bytes();
    let mut s = connect(addr);
    s.write_all(&req).unwrap();
    let mut first = Vec::new();
    let _ = s.read_to_end(&mut first);
    let first = String::from_utf8_lossy(&first);
    assert!(first.starts_with("HTTP/1.1 200"), "{first:.200}");
    let mut again = connect(addr);
    again.write_all(&req).unwrap();
    let (status, _, resp) = read_one(&mut again);
    assert_eq!(status, 401, "{}", String::from_utf8_lossy(&resp));
    assert!(String::from_utf8_lossy(&resp).contains("sig-replay"));
    refuses_altered(addr, &t[0], "/v1/fetch", &body, &ids[0], &ids[1]);
    // Unsigned.
    let r = http(addr, "POST", "/v1/fetch", &[], &body);
    assert_eq!(r.status, 401);

    refuses_malformed_batches(addr, &t[0], "/v1/fetch", "fetch", &ids[0], 256);
    // Items over 16 MiB together: ask for them one by one.
    let big = submit_big(addr, &roster, 9 << 20);
    let r = as_member(
        addr,
        &t[0],
        "POST",
        "/v1/fetch",
        None,
        format!(r#"{{"ids":["{big}","{big}"]}}"#).as_bytes(),
    );
    assert_eq!(r.status, 400, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["error"], "fetch");
    let r = as_member(
        addr,
        &t[0],
        "POST",
        "/v1/fetch",
        None,
        format!(r#"{{"ids":["{big}"]}}"#).as_bytes(),
    );
    assert_eq!(r.status, 200, "one item of 9 MiB is under the bound");
}

fn submit_big(addr: SocketAddr, roster: &dropbox_crypto::roster::Roster, size: usize) -> String {
    let r = try_post(addr, &age_file(roster, &["alice"], "big", size)).unwrap();
    assert_eq!(r.status, 201);
    r.json()["id"].as_str().unwrap().to_owned()
}

/// A loopback relay that counts the downloads a reviewer asks for: batch
/// downloads and single ones. With `old`, it makes the drop box look older
/// than protocol 1.11: the batch download's path is changed on its way
/// (`/v1/fetcx`, a route the drop box does not have: 404).
struct Counter {
    url: String,
    batches: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    singles: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Counter {
    fn start(target: SocketAddr, old: bool) -> Self {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let batches = Arc::new(AtomicUsize::new(0));
        let singles = Arc::new(AtomicUsize::new(0));
        let (b, s) = (batches.clone(), singles.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(mut client) = client else { continue };
                let Ok(mut server) = TcpStream::connect(target) else {
                    continue;
                };
                let (mut back, mut to_client) =
                    (server.try_clone().unwrap(), client.try_clone().unwrap());
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut back, &mut to_client);
                    let _ = to_client.shutdown(std::net::Shutdown::Write);
                });
                let (b, s) = (b.clone(), s.clone());
                std::thread::spawn(move || {
                    let mut buf = vec![0u8; 64 << 10];
                    loop {
                        let n = match client.read(&mut buf) {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        let chunk = &mut buf[..n];
                        let at = |pat: &[u8], c: &[u8]| {
                            c.windows(pat.len())
                                .enumerate()
                                .filter(|(_, w)| *w == pat)
                                .map(|(i, _)| i)
                                .collect::<Vec<_>>()
                        };
                        let fetches = at(b"POST /v1/fetch ", chunk);
                        b.fetch_add(fetches.len(), Ordering::SeqCst);
                        s.fetch_add(at(b"GET /v1/submissions/", chunk).len(), Ordering::SeqCst);
                        if old {
                            for i in fetches {
                                chunk[i + 13] = b'x';
                            }
                        }
                        if server.write_all(chunk).is_err() {
                            break;
                        }
                    }
                    let _ = server.shutdown(std::net::Shutdown::Write);
                });
            }
        });
        Counter {
            url,
            batches,
            singles,
        }
    }

    fn counts(&self) -> (usize, usize) {
        use std::sync::atomic::Ordering;
        (
            self.batches.load(Ordering::SeqCst),
            self.singles.load(Ordering::SeqCst),
        )
    }
}

/// A sync downloads the small items of its inbox many at a time (protocol
/// 1.11), a large one by itself; from a drop box before 1.11 (404 to the
/// batch) it downloads them one by one, and files the same.
#[test]
fn small_items_come_in_batches_and_one_by_one_from_a_drop_box_without_them() {
    let dir = TempDir::new("sync-batch");
    let Homes { fp, data, .. } = Homes::new(&dir, "sync-batch", &["alice", "bob"], &[], &[]);
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);
    for who in ["one", "two", "three", "four", "five"] {
        must(
            dropbox_e2e::command("dropbox-submit")
                .args(["send", "--title", who, "--body", who])
                .args(["--yes", "--server", &url, "--team", &fp, "--json"])
                .arg("--state")
                .arg(dir.join(&format!("submit-{who}")))
                .output()
                .unwrap(),
            "dropbox-submit",
        );
    }
    // One more, over the batch download's item size: by itself.
    let big = dir.join("big.bin");
    std::fs::write(&big, vec![7u8; 600 << 10]).unwrap();
    must(
        dropbox_e2e::command("dropbox-submit")
            .args(["send", "--title", "big", "--body", "big", "--attach"])
            .arg(&big)
            .args(["--yes", "--server", &url, "--team", &fp, "--json"])
            .arg("--state")
            .arg(dir.join("submit-big"))
            .output()
            .unwrap(),
        "dropbox-submit",
    );
    let sync = |who: &str, via: &str| {
        as_json(&must(
            dropbox_e2e::command("reviewer")
                .arg("--home")
                .arg(dir.join(who))
                .args(["sync", "--server", via, "--team", &fp, "--json"])
                .env("REVIEWER_PASSPHRASE", pass(who))
                .output()
                .unwrap(),
            "reviewer sync",
        ))
    };
    let titles = |who: &str| {
        let v = as_json(&must(
            dropbox_e2e::command("reviewer")
                .arg("--home")
                .arg(dir.join(who))
                .args(["list", "--json"])
                .env("REVIEWER_PASSPHRASE", pass(who))
                .output()
                .unwrap(),
            "reviewer list",
        ));
        let mut t: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["title"].as_str().unwrap_or_default().to_owned())
            .collect();
        t.sort();
        t
    };
    let now = Counter::start(srv.addr, false);
    let out = sync("alice", &now.url);
    assert_eq!(out["new_cases"], 6, "{out}");
    assert_eq!(out["errors"], serde_json::json!([]), "{out}");
    assert_eq!(
        now.counts(),
        (1, 1),
        "one batch of five, the large one alone"
    );

    let old = Counter::start(srv.addr, true);
    let out = sync("bob", &old.url);
    assert_eq!(out["new_cases"], 6, "{out}");
    assert_eq!(out["errors"], serde_json::json!([]), "{out}");
    assert_eq!(
        old.counts(),
        (1, 6),
        "one batch asked for and refused, then every item by itself"
    );
    assert_eq!(titles("alice"), titles("bob"));
    assert_eq!(titles("alice").len(), 6);
    // Nothing left for either.
    for who in ["alice", "bob"] {
        let again = sync(who, &url);
        assert_eq!(again["new_cases"], 0, "{again}");
    }

    // A damaged ciphertext on the drop box's disk (cut short) fails its
    // batch; the batch's other items still come, one by one, and only
    // the damaged one waits, unacked, sync after sync.
    let ids: Vec<String> = ["six", "seven", "eight"]
        .iter()
        .map(|who| {
            let sent = as_json(&must(
                dropbox_e2e::command("dropbox-submit")
                    .args(["send", "--title", who, "--body", who])
                    .args(["--yes", "--server", &url, "--team", &fp, "--json"])
                    .arg("--state")
                    .arg(dir.join(&format!("submit-{who}")))
                    .output()
                    .unwrap(),
                "dropbox-submit",
            ));
            sent["id"].as_str().unwrap().to_owned()
        })
        .collect();
    let blob = data.join("blobs").join(&ids[1]);
    let len = std::fs::metadata(&blob).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&blob)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    // Exit status 4: an item could not be handled and stays
    // (docs/REVIEWING.md).
    let partial = |via: &str| {
        let o = dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(dir.join("alice"))
            .args(["sync", "--server", via, "--team", &fp, "--json"])
            .env("REVIEWER_PASSPHRASE", pass("alice"))
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(4),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        as_json(&o)
    };
    let (b0, s0) = now.counts();
    let out = partial(&now.url);
    assert_eq!(out["new_cases"], 2, "{out}");
    let errors = out["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{out}");
    assert!(errors[0].as_str().unwrap().contains(&ids[1]), "{out}");
    assert_eq!(
        now.counts(),
        (b0 + 1, s0 + 3),
        "the failed batch, then its items one by one"
    );
    let again = partial(&now.url);
    assert_eq!(again["new_cases"], 0, "{again}");
    assert_eq!(again["errors"].as_array().unwrap().len(), 1, "{again}");
}
