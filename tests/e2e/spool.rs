//! A streamed `POST /v1/submissions` body as the server writes it since
//! issue 17 item 3: a writer thread fed by a bounded queue of the received
//! chunks (holding the disk windows itself, gathering writes, starting the
//! writeback of a large body and syncing its data before the group commit)
//! and a hashing thread. Bodies arrive in every chunking a client or a proxy
//! produces (one byte at a time through the age header, odd sizes, pieces
//! larger than a window), are cut halfway, and arrive together large and
//! small; what is stored must be the bytes sent, the receipt their sha256,
//! and a cut body must leave nothing. The full disk mid-body is in
//! `fulldisk.rs`.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use dropbox_crypto::roster::{Policy, Roster};
use dropbox_e2e::{Response, Server, TempDir, TestMember, first_roster, init_data, team};

use crate::uploads::{age_file, fetch, inbox_all, parse_response, sha256_hex, tmp_files};

/// POSTs `data` to `/v1/submissions` with chunked transfer encoding, in
/// pieces of the sizes in `sizes` (cycled), from a thread of its own while
/// this one reads the answer, so an answer sent before the body ends (a
/// refusal) is read whatever happens to the rest. With `cut_at`, the
/// connection is dropped once that many body bytes are sent (no answer is
/// expected then). `None`: no answer.
pub fn chunked_post(
    addr: SocketAddr,
    data: &[u8],
    sizes: &[usize],
    cut_at: Option<usize>,
) -> Option<Response> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(120))).ok()?;
    let mut w = s.try_clone().ok()?;
    let data = data.to_vec();
    let sizes = sizes.to_vec();
    let sender = std::thread::spawn(move || -> std::io::Result<()> {
        let head = format!(
            "POST /v1/submissions HTTP/1.1\r\nHost: {addr}\r\nTransfer-Encoding: chunked\r\n\r\n"
        );
        w.write_all(head.as_bytes())?;
        let (mut at, mut i) = (0, 0);
        while at < data.len() {
            let n = sizes[i % sizes.len()].min(data.len() - at);
            i += 1;
            if let Some(cut) = cut_at
                && at + n > cut
            {
                // Half a piece, then the connection is gone.
                w.write_all(format!("{n:x}\r\n").as_bytes())?;
                w.write_all(&data[at..cut])?;
                w.flush()?;
                return w.shutdown(std::net::Shutdown::Both);
            }
            w.write_all(format!("{n:x}\r\n").as_bytes())?;
            w.write_all(&data[at..at + n])?;
            w.write_all(b"\r\n")?;
            at += n;
        }
        w.write_all(b"0\r\n\r\n")
    });
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let _ = sender.join();
    parse_response(&raw)
}

fn start() -> (TempDir, Vec<TestMember>, Roster, Server) {
    let dir = TempDir::new("spool");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    (dir, t, roster, srv)
}

/// Waits (generously) until `tmp/` is empty: a failed request's file is
/// removed when its request ends, which may be a moment after the client
/// saw the connection go.
fn tmp_empties(srv: &Server) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let left = tmp_files(&srv.data);
        if left.is_empty() || Instant::now() > deadline {
            return left;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A body of 20 MiB (past the size whose data the writer syncs itself, and
/// many disk windows long) in the chunkings clients produce: the age header
/// a byte at a time then odd sizes, pieces larger than a window, and
/// 64 KiB pieces. Each is stored byte for byte, with its sha256 as the
/// receipt, and nothing is left in `tmp/`.
#[test]
fn a_large_body_in_any_chunking_is_stored_byte_for_byte_with_its_receipt() {
    let (_dir, t, roster, srv) = start();
    let body = age_file(&roster, &["alice", "bob"], "spooled", 20 << 20);
    let mut odd = vec![1; 300];
    odd.extend([7, 4093, 65_537, 1, 333_333, 2]);
    let chunkings: [&[usize]; 3] = [&odd, &[(3 << 20) + 5], &[64 << 10]];
    for sizes in chunkings {
        let r = chunked_post(srv.addr, &body, sizes, None).expect("an answer");
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
        let v = r.json();
        assert_eq!(
            v["receipt"],
            sha256_hex(&body),
            "chunks of {:?}",
            &sizes[..1]
        );
        assert_eq!(v["size"], body.len() as u64);
        let stored = fetch(srv.addr, &t[0], v["id"].as_str().unwrap());
        assert!(stored == body, "the stored bytes differ from those sent");
    }
    assert!(
        tmp_files(&srv.data).is_empty(),
        "{:?}",
        tmp_files(&srv.data)
    );
    assert_eq!(inbox_all(srv.addr, &t[0]).len(), 3);
}

/// A connection dropped halfway through a large body (past the header, in
/// the middle of a window, after the writeback began) and one dropped
/// inside the age header leave no file and no row, and the server takes
/// the same body whole right after.
#[test]
fn a_body_cut_halfway_leaves_nothing_and_the_next_one_is_taken() {
    let (_dir, t, roster, srv) = start();
    let body = age_file(&roster, &["alice"], "cut", 20 << 20);
    for cut in [(17 << 20) + 12_345, 100, (1 << 20) + 1] {
        let r = chunked_post(srv.addr, &body, &[256 << 10], Some(cut));
        assert!(
            r.is_none(),
            "an answer to a cut body: {:?}",
            r.map(|r| r.status)
        );
        let left = tmp_empties(&srv);
        assert!(left.is_empty(), "cut at {cut}: partial data left: {left:?}");
        assert!(inbox_all(srv.addr, &t[0]).is_empty());
    }
    let r = chunked_post(srv.addr, &body, &[256 << 10], None).expect("an answer");
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["receipt"], sha256_hex(&body));
    assert_eq!(inbox_all(srv.addr, &t[0]).len(), 1);
    assert_eq!(
        std::fs::read_dir(srv.data.join("blobs")).unwrap().count(),
        1,
        "only the whole body's file is kept"
    );
}

/// Large bodies (each synced by its own writer) and small ones (synced by
/// the group commit) at the same time, some cut: every 201 is the bytes
/// sent, with their receipt, and only the 201s are listed.
#[test]
fn large_and_small_bodies_together_each_arrive_intact() {
    let (_dir, t, roster, srv) = start();
    let addr = srv.addr;
    let outcomes: Vec<(Option<String>, String, Vec<u8>)> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..9)
            .map(|n| {
                let roster = &roster;
                s.spawn(move || {
                    let large = n % 3 == 0;
                    let size = if large { (17 << 20) + n * 1000 } else { 4096 };
                    let body = age_file(roster, &["alice"], &format!("together {n}"), size);
                    let cut = (n == 3 || n == 4).then_some(body.len() / 2);
                    let sizes = [64 << 10, 1 << 20, 1000];
                    let r = chunked_post(addr, &body, &sizes[n % 3..=n % 3], cut);
                    let id = match (cut, r) {
                        (Some(_), r) => {
                            assert!(r.is_none(), "an answer to a cut body");
                            None
                        }
                        (None, Some(r)) => {
                            assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
                            assert_eq!(r.json()["receipt"], sha256_hex(&body));
                            Some(r.json()["id"].as_str().unwrap().to_owned())
                        }
                        (None, None) => panic!("no answer to body {n}"),
                    };
                    (id, sha256_hex(&body), body)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let taken: Vec<_> = outcomes.iter().filter(|o| o.0.is_some()).collect();
    assert_eq!(taken.len(), 7);
    for (id, receipt, body) in &taken {
        let stored = fetch(addr, &t[0], id.as_deref().unwrap());
        assert_eq!(&sha256_hex(&stored), receipt);
        assert!(&stored == body);
    }
    assert_eq!(inbox_all(addr, &t[0]).len(), 7);
    let left = tmp_empties(&srv);
    assert!(left.is_empty(), "partial data left: {left:?}");
}
