//! Durability under SIGKILL: 16 clients post age files of varying size at
//! once, the server is killed with SIGKILL in the middle, and after a
//! restart on the same data directory every submission that was answered
//! 201 is listed and intact (its bytes hash to its receipt), every listed
//! item is a complete file some client sent (nothing partial), and no
//! partial file is left in `tmp/` or `blobs/`. A tus upload in progress
//! also survives a SIGKILL and resumes from the offset HEAD reports. The
//! nonces of signed requests answered together, sharing one commit, are
//! still refused as replays after a SIGKILL right after their answers.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::{Server, TempDir, first_roster, http, init_data, team};

use crate::uploads::{
    PART, age_file, fetch, inbox_all, sha256_hex, tmp_files, try_post, tus_create, tus_offset,
    tus_patch, tus_send_rest, upload_id,
};

const CLIENTS: usize = 16;
const PER_CLIENT: usize = 6;
/// Kill once this many 201s are in: well into the run, well before its end.
const KILL_AFTER: usize = 24;

#[test]
fn every_acknowledged_submission_survives_sigkill_and_nothing_partial_is_listed() {
    let dir = TempDir::new("durability");
    let t = team();
    let roster = Arc::new(first_roster(&t, Policy::default()));
    let (data, _) = init_data(&dir, &roster, &t);
    let mut srv = Server::start(&data, &[]);
    let addr = srv.addr;

    let attempted: Arc<Mutex<HashSet<String>>> = Arc::default();
    let acked: Arc<Mutex<Vec<(String, String, usize)>>> = Arc::default();
    let errors: Arc<Mutex<Vec<String>>> = Arc::default();
    let killed = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let threads: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (roster, attempted, acked, errors, killed, done) = (
                roster.clone(),
                attempted.clone(),
                acked.clone(),
                errors.clone(),
                killed.clone(),
                done.clone(),
            );
            std::thread::spawn(move || {
                for i in 0..PER_CLIENT {
                    // 0 to 2.75 MiB of attachment, different for each.
                    let size = ((c * 5 + i * 7) % 12) * (256 << 10);
                    let file = age_file(&roster, &["alice", "bob"], &format!("c{c} i{i}"), size);
                    let receipt = sha256_hex(&file);
                    attempted.lock().unwrap().insert(receipt.clone());
                    let was_killed = killed.load(Ordering::SeqCst);
                    match try_post(addr, &file) {
                        Some(r) if r.status == 201 => {
                            let v = r.json();
                            let id = v["id"].as_str().unwrap_or_default().to_owned();
                            if v["receipt"] != receipt.as_str() {
                                errors
                                    .lock()
                                    .unwrap()
                                    .push(format!("client {c}: wrong receipt {v}"));
                            }
                            acked.lock().unwrap().push((id, receipt, file.len()));
                            done.fetch_add(1, Ordering::SeqCst);
                        }
                        Some(r) => {
                            errors.lock().unwrap().push(format!(
                                "client {c}: status {} {}",
                                r.status,
                                String::from_utf8_lossy(&r.body)
                            ));
                            break;
                        }
                        // No answer: fine once the server is killed.
                        None if killed.load(Ordering::SeqCst) => break,
                        None => {
                            errors
                                .lock()
                                .unwrap()
                                .push(format!("client {c}: no answer before the kill"));
                            break;
                        }
                    }
                    if was_killed || started.elapsed() > Duration::from_secs(40) {
                        break;
                    }
                }
            })
        })
        .collect();

    // Kill once enough are in, or when the clients gave up on errors.
    let deadline = Instant::now() + Duration::from_secs(30);
    while done.load(Ordering::SeqCst) < KILL_AFTER
        && Instant::now() < deadline
        && errors.lock().unwrap().is_empty()
    {
        std::thread::sleep(Duration::from_millis(5));
    }
    killed.store(true, Ordering::SeqCst);
    srv.kill9();
    for th in threads {
        th.join().unwrap();
    }
    let errors = errors.lock().unwrap().clone();
    assert!(errors.is_empty(), "{errors:?}");
    let acked = acked.lock().unwrap().clone();
    let attempted = attempted.lock().unwrap().clone();
    assert!(
        acked.len() >= KILL_AFTER,
        "only {} answered 201 before the kill",
        acked.len()
    );
    assert!(
        acked.len() < CLIENTS * PER_CLIENT,
        "the kill came after every upload finished: it proves nothing"
    );

    eprintln!(
        "{} of {} sent answered 201 before the kill",
        acked.len(),
        attempted.len()
    );
    check_after_restart(&data, &t, &acked, &attempted);
}

/// After a restart on `data`: no partial file; every submission answered
/// 201 (id, receipt, size) is listed and intact; every listed item is a
/// whole file some client sent; no file in blobs/ without its row.
fn check_after_restart(
    data: &std::path::Path,
    t: &[dropbox_e2e::TestMember],
    acked: &[(String, String, usize)],
    attempted: &HashSet<String>,
) {
    let data = data.to_path_buf();
    let srv = Server::start(&data, &[]);
    assert!(
        tmp_files(&data).is_empty(),
        "partial files survived a restart: {:?}",
        tmp_files(&data)
    );
    let items = inbox_all(srv.addr, &t[0]);
    let listed: HashMap<String, (String, u64)> = items
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_owned(),
                (
                    i["receipt"].as_str().unwrap().to_owned(),
                    i["size"].as_u64().unwrap(),
                ),
            )
        })
        .collect();
    assert_eq!(listed.len(), items.len(), "an id listed twice");
    for (id, receipt, size) in acked {
        let (r, s) = listed
            .get(id)
            .unwrap_or_else(|| panic!("submission {id} answered 201 is gone"));
        assert_eq!(r, receipt);
        assert_eq!(*s, *size as u64);
    }
    // Every listed item (including any committed just before the kill whose
    // 201 was lost) is a whole file a client sent.
    for (id, (receipt, size)) in &listed {
        assert!(
            attempted.contains(receipt),
            "{id} is listed but no client sent it"
        );
        let bytes = fetch(srv.addr, &t[1], id);
        assert_eq!(bytes.len() as u64, *size, "{id}");
        assert_eq!(&sha256_hex(&bytes), receipt, "{id} is not intact");
    }
    // No file in blobs/ without its row.
    let blobs: HashSet<String> = std::fs::read_dir(data.join("blobs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let ids: HashSet<String> = listed.keys().cloned().collect();
    assert_eq!(blobs, ids, "blobs/ and the inbox differ");
}

/// Group commit (issue 17 item 3): 64 clients post 4 KiB reports at once,
/// so their commits share syncs, and the server is killed with SIGKILL the
/// moment 150 of them have their 201: every one of those is listed and
/// intact after a restart, nothing partial is.
#[test]
fn concurrent_submissions_sharing_syncs_all_survive_a_sigkill_right_after_their_201s() {
    const MANY: usize = 64;
    const KILL_AT: usize = 150;
    let dir = TempDir::new("durability-group");
    let t = team();
    let roster = Arc::new(first_roster(&t, Policy::default()));
    let (data, _) = init_data(&dir, &roster, &t);
    let mut srv = Server::start(&data, &[]);
    let addr = srv.addr;
    let attempted: Arc<Mutex<HashSet<String>>> = Arc::default();
    let acked: Arc<Mutex<Vec<(String, String, usize)>>> = Arc::default();
    let killed = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = (0..MANY)
        .map(|c| {
            let (roster, attempted, acked, killed) = (
                roster.clone(),
                attempted.clone(),
                acked.clone(),
                killed.clone(),
            );
            std::thread::spawn(move || {
                let mut errors = Vec::new();
                for i in 0.. {
                    let file = age_file(&roster, &["alice", "bob"], &format!("g{c} {i}"), 4 << 10);
                    let receipt = sha256_hex(&file);
                    attempted.lock().unwrap().insert(receipt.clone());
                    match try_post(addr, &file) {
                        Some(r) if r.status == 201 => {
                            let id = r.json()["id"].as_str().unwrap_or_default().to_owned();
                            acked.lock().unwrap().push((id, receipt, file.len()));
                        }
                        Some(r) if !killed.load(Ordering::SeqCst) => {
                            errors.push(format!("client {c}: status {}", r.status));
                            break;
                        }
                        _ => break,
                    }
                    if killed.load(Ordering::SeqCst) || i > 200 {
                        break;
                    }
                }
                errors
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(120);
    while acked.lock().unwrap().len() < KILL_AT && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    killed.store(true, Ordering::SeqCst);
    srv.kill9();
    let errors: Vec<String> = threads
        .into_iter()
        .flat_map(|th| th.join().unwrap())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= KILL_AT, "only {} answered 201", acked.len());
    let attempted = attempted.lock().unwrap().clone();
    assert!(
        attempted.len() > acked.len(),
        "every upload had finished before the kill: it proves nothing"
    );
    check_after_restart(&data, &t, &acked, &attempted);
}

#[test]
fn a_tus_upload_in_progress_survives_sigkill() {
    let dir = TempDir::new("durability-tus");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let mut srv = Server::start(&data, &[]);
    let file = age_file(&roster, &["carol"], "resumed after a crash", 10 << 20);
    assert!(file.len() > PART);
    let id = upload_id(&tus_create(srv.addr, file.len() as u64, &[]));
    let r = tus_patch(srv.addr, &id, 0, &file[..PART]);
    assert_eq!(r.status, 204);
    srv.kill9();

    let srv = Server::start(&data, &[]);
    assert_eq!(
        tus_offset(srv.addr, &id),
        Some(PART as u64),
        "the acknowledged part survives"
    );
    let r = tus_send_rest(srv.addr, &id, &file, PART);
    let sub = r.header("dropbox-submission-id").unwrap().to_owned();
    assert_eq!(
        r.header("dropbox-receipt"),
        Some(sha256_hex(&file).as_str())
    );
    let items = inbox_all(srv.addr, &t[2]);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], sub.as_str());
    assert!(fetch(srv.addr, &t[2], &sub) == file);
    assert!(tmp_files(&data).is_empty());
}

/// Grouped nonces (issue 17): 48 signed GETs sent at once by the team's
/// members share nonce commits, and the server is killed with SIGKILL the
/// moment the last is answered. After a restart every one of them, sent
/// again, is refused as a replay: a nonce is durable before its answer
/// leaves.
#[test]
fn signed_requests_answered_together_are_replays_after_a_sigkill() {
    const MANY: usize = 48;
    let dir = TempDir::new("durability-nonces");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let mut srv = Server::start(&data, &[]);
    let signed: Vec<Vec<(String, String)>> = (0..MANY)
        .map(|i| {
            let m = &t[i % t.len()];
            let h = Signer::new(&KeyId::Member(m.id.clone()), &m.transport).sign(
                "GET",
                "/v1/inbox",
                None,
                None,
                UnixTime::now(),
                &httpsig::new_nonce(),
            );
            vec![
                ("Signature-Input".to_owned(), h.signature_input),
                ("Signature".to_owned(), h.signature),
            ]
        })
        .collect();
    let send = |addr, h: &[(String, String)]| {
        let h: Vec<(&str, &str)> = h.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        http(addr, "GET", "/v1/inbox", &h, b"")
    };
    let addr = srv.addr;
    let go = std::sync::Barrier::new(MANY);
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let hs: Vec<_> = signed
            .iter()
            .map(|h| {
                let go = &go;
                s.spawn(move || {
                    go.wait();
                    send(addr, h).status
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    srv.kill9();
    assert!(statuses.iter().all(|&s| s == 200), "{statuses:?}");

    let srv = Server::start(&data, &[]);
    for (i, h) in signed.iter().enumerate() {
        let r = send(srv.addr, h);
        assert_eq!(r.status, 401, "request {i} replayed after the restart");
        assert_eq!(r.json()["error"], "sig-replay");
    }
    // A fresh request is still served.
    let r = dropbox_e2e::as_member(srv.addr, &t[0], "GET", "/v1/inbox", None, b"");
    assert_eq!(r.status, 200);
}
