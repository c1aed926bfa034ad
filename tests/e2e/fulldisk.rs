//! The drop box on a small or full data volume (issue 15), each test on its
//! own tmpfs: the operator is told at start, by `/healthz` and by an hourly
//! count of refusals; on a full disk members still read, ack and delete
//! (the ballast), every other write is refused with 503 `disk-full`, a
//! replay is still refused across a restart, and `reviewer` says plainly
//! that the drop box's disk is full.
//!
//! Mounting needs root (CI runs as root); where the kernel refuses it, each
//! test says so and skips (a loop device would need the same privilege).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dropbox_crypto::bundle::DeleteToken;
use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::{
    Response, Server, TempDir, TestMember, as_member, first_roster, http, run, sign_roster, team,
};

use crate::uploads::{age_file, assert_json_error, sha256_hex, tus_create};

/// A tmpfs mounted for one test, unmounted on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    /// Mounts `mib` MiB at `dir`, or says why not (the test then skips).
    fn mount(dir: &Path, mib: u32) -> Option<Self> {
        std::fs::create_dir_all(dir).unwrap();
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={mib}m,mode=0700"),
                "tmpfs",
            ])
            .arg(dir)
            .output();
        match out {
            Ok(o) if o.status.success() => Some(Tmpfs(dir.to_owned())),
            Ok(o) => {
                eprintln!(
                    "SKIPPED: cannot mount a tmpfs (needs root): {}",
                    String::from_utf8_lossy(&o.stderr).trim()
                );
                None
            }
            Err(e) => {
                eprintln!("SKIPPED: cannot run mount: {e}");
                None
            }
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).output();
    }
}

/// Fills the volume holding `dir` to the last byte with a file there.
fn fill(dir: &Path) {
    let mut f = std::fs::File::create(dir.join("filler")).unwrap();
    for chunk in [1 << 20, 4096, 1] {
        let buf = vec![0x5au8; chunk];
        while f.write_all(&buf).and_then(|()| f.flush()).is_ok() {}
    }
    let _ = f.sync_all();
}

/// `dropbox-server init` of roster #1 for `t` into `data`.
fn init_at(dir: &TempDir, data: &Path, t: &[TestMember]) -> dropbox_crypto::roster::Roster {
    let roster = first_roster(t, Policy::default());
    let path = dir.join("roster.json");
    std::fs::write(&path, sign_roster(&roster, t).to_json()).unwrap();
    let out = run(
        "dropbox-server",
        &[
            "init",
            "--data",
            data.to_str().unwrap(),
            "--roster",
            path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "init: {out:?}");
    roster
}

/// Stops the server with SIGTERM (as systemd does) and waits for it.
fn terminate(srv: &mut Server) {
    let pid = srv.child.id().to_string();
    assert!(run_cmd("kill", &["-TERM", &pid]).status.success());
    // A clean exit, not death by the signal: the handler was in place.
    let status = srv.child.wait().unwrap();
    assert!(status.success(), "SIGTERM ended the server with {status}");
}

fn run_cmd(cmd: &str, args: &[&str]) -> Output {
    Command::new(cmd).args(args).output().unwrap()
}

fn healthz(srv: &Server) -> (u16, String) {
    let r = http(srv.addr, "GET", "/healthz", &[], b"");
    (r.status, String::from_utf8_lossy(&r.body).into_owned())
}

/// Regression (issue 15): with a 20 MiB volume and the default 64 MiB
/// reserve the server started and refused every report without a word. Now
/// it says so at start, `/healthz` answers 503 `degraded: <reason>`, and
/// the refusals are counted in one log line (at the hour, and at shutdown)
/// that holds nothing about a client; the log has no colour codes when it
/// is not a terminal.
#[test]
fn the_operator_is_told_when_reports_are_refused_for_space() {
    let dir = TempDir::new("smallvol");
    let Some(_vol) = Tmpfs::mount(&dir.join("vol"), 32) else {
        return;
    };
    let t = team();
    let data = dir.join("vol/data");
    let roster = init_at(&dir, &data, &t);
    let mut srv = Server::start(&data, &[]);
    let (status, body) = healthz(&srv);
    assert_eq!(status, 503, "{body}");
    assert!(
        body.starts_with("degraded: free disk space (")
            && body.contains("below the reserve (64 MiB)"),
        "{body}"
    );
    let report = age_file(&roster, &["alice"], "no room", 0);
    let r = http(srv.addr, "POST", "/v1/submissions", &[], &report);
    assert_json_error(&r, 503, "POST below the reserve");
    assert_eq!(r.json()["error"], "disk-full");
    assert_json_error(
        &tus_create(srv.addr, report.len() as u64, &[]),
        503,
        "tus below the reserve",
    );
    terminate(&mut srv);
    let log = srv.log_text();
    assert!(
        log.contains("is below the reserve (64 MiB)"),
        "nothing said at start:\n{log}"
    );
    assert!(
        log.contains("refused in the last hour: 2 for free space below the reserve"),
        "no count of refusals:\n{log}"
    );
    assert!(
        !log.contains('\x1b'),
        "colour codes in a log file:\n{log:?}"
    );
    assert!(
        !log.contains("127.0.0.1"),
        "a client address in the log:\n{log}"
    );

    // Lowering the reserve is the operator's way out: reports are taken.
    let srv = Server::start(&data, &["--reserve-mib", "1"]);
    assert_eq!(healthz(&srv), (200, "ok\n".to_owned()));
    let r = http(srv.addr, "POST", "/v1/submissions", &[], &report);
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
}

/// A signed request kept whole, so it can be sent again (a replay).
struct Kept {
    method: &'static str,
    target: String,
    headers: Vec<(String, String)>,
}

impl Kept {
    fn new(m: &TestMember, method: &'static str, path: &str, query: Option<&str>) -> Self {
        let h = Signer::new(&KeyId::Member(m.id.clone()), &m.transport).sign(
            method,
            path,
            query,
            None,
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
        Kept {
            method,
            target: query.map_or(path.to_owned(), |q| format!("{path}?{q}")),
            headers: vec![
                ("Signature-Input".into(), h.signature_input),
                ("Signature".into(), h.signature),
            ],
        }
    }

    fn send(&self, srv: &Server) -> Response {
        let h: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        http(srv.addr, self.method, &self.target, &h, b"")
    }
}

/// Regression (issue 15): on a full data volume every signed request
/// answered 500 (the nonce insert needed space), so members could not
/// fetch, ack or delete the reports whose removal would free it. Now the
/// ballast makes room: members read, ack and delete; reports, team events
/// and replies are refused with 503 `disk-full`; a request is still
/// refused when replayed, before and after a restart on the full disk.
#[test]
fn members_read_ack_and_delete_on_a_full_disk() {
    let dir = TempDir::new("fulldisk");
    let Some(_vol) = Tmpfs::mount(&dir.join("vol"), 48) else {
        return;
    };
    let t = team();
    let data = dir.join("vol/data");
    let roster = init_at(&dir, &data, &t);
    let mut srv = Server::start(&data, &["--reserve-mib", "4"]);
    let mut reports = Vec::new();
    for i in 0..2 {
        let token = DeleteToken::generate();
        let hash = token.hash().to_string();
        let ct = age_file(&roster, &["alice"], &format!("report {i}"), 100_000);
        let r = http(
            srv.addr,
            "POST",
            "/v1/submissions",
            &[("Dropbox-Delete-Hash", &hash)],
            &ct,
        );
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
        reports.push((r.json()["id"].as_str().unwrap().to_owned(), ct, token));
    }
    assert_eq!(healthz(&srv).0, 200);

    fill(&dir.join("vol"));
    let report = age_file(&roster, &["alice"], "one too many", 0);
    let r = http(srv.addr, "POST", "/v1/submissions", &[], &report);
    assert_json_error(&r, 503, "a report on a full disk");
    assert_eq!(r.json()["error"], "disk-full");

    // Signed requests arriving together share one nonce commit (`group`):
    // the first batch on the full disk fails as a whole, and the ballast
    // must make room for every request of it, not only for one.
    let go = std::sync::Barrier::new(12);
    let together: Vec<u16> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..12)
            .map(|n| {
                let (go, m, addr) = (&go, &t[n % 3], srv.addr);
                s.spawn(move || {
                    go.wait();
                    as_member(addr, m, "GET", "/v1/inbox", None, b"").status
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(
        together.iter().all(|&s| s == 200),
        "concurrent reads on a full disk: {together:?}"
    );
    // Enough signed requests that their nonces need new pages, whatever
    // slack the database had.
    for n in 0..60 {
        let r = as_member(srv.addr, &t[n % 3], "GET", "/v1/inbox", None, b"");
        assert_eq!(
            r.status,
            200,
            "inbox #{n} on a full disk: {}",
            String::from_utf8_lossy(&r.body)
        );
    }
    let (status, body) = healthz(&srv);
    assert_eq!(status, 503);
    assert!(body.starts_with("degraded: the disk is full"), "{body}");
    let (id, ct, token) = &reports[0];
    let kept = Kept::new(&t[0], "GET", &format!("/v1/submissions/{id}"), None);
    let got = kept.send(&srv);
    assert_eq!(got.status, 200, "{}", String::from_utf8_lossy(&got.body));
    assert_eq!(sha256_hex(&got.body), sha256_hex(ct));
    assert_json_error(&kept.send(&srv), 401, "a replay on a full disk");
    let r = as_member(
        srv.addr,
        &t[1],
        "POST",
        &format!("/v1/submissions/{id}/ack"),
        None,
        b"",
    );
    assert_eq!(r.status, 204, "ack: {}", String::from_utf8_lossy(&r.body));
    let r = dropbox_e2e::signed(
        srv.addr,
        "DELETE",
        &format!("/v1/submissions/{id}"),
        None,
        b"",
        &KeyId::Member(t[0].id.clone()),
        &t[0].transport,
        &[("Dropbox-Delete-Token", &token.expose_text())],
    );
    assert_eq!(
        r.status,
        204,
        "delete: {}",
        String::from_utf8_lossy(&r.body)
    );
    // Other writes wait for space: a team event is refused plainly.
    let r = as_member(srv.addr, &t[0], "POST", "/v1/events", None, &report);
    assert_json_error(&r, 503, "a team event on a full disk");
    assert_eq!(r.json()["error"], "disk-full");

    // Across a restart on the full disk: the replay is still refused, and
    // members still read.
    srv.kill9();
    let srv = Server::start(&data, &["--reserve-mib", "4"]);
    let r = kept.send(&srv);
    assert_eq!(r.status, 401, "replayed after a restart");
    assert_eq!(r.json()["error"], "sig-replay");
    let r = as_member(srv.addr, &t[2], "GET", "/v1/inbox", None, b"");
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let items = r.json()["items"].as_array().unwrap().len();
    assert_eq!(items, 1, "one report left");

    // Freeing the volume brings reports back (the ballast is remade within
    // the maintenance loop's minute; until then reports are refused).
    std::fs::remove_file(dir.join("vol/filler")).unwrap();
    let t0 = std::time::Instant::now();
    while healthz(&srv).0 != 200 {
        assert!(
            t0.elapsed() < std::time::Duration::from_secs(90),
            "still degraded after space was freed: {}",
            healthz(&srv).1
        );
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    let r = http(srv.addr, "POST", "/v1/submissions", &[], &report);
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    assert!(data.join("ballast").exists(), "the ballast is remade");
}

/// A large body that runs out of room halfway (issue 17 item 3: its disk
/// windows are now taken by the writer thread, not the request task): the
/// disk filling while the body arrives (by another writer on the volume),
/// and a body larger than the room there is, streamed without a declared
/// length. Each is refused with 503 `disk-full` while its bytes still
/// arrive, leaves nothing in `tmp/` and no row, and the room it took is
/// given back: once the volume is freed a report is taken again, and the
/// ballast was never touched by the refusals.
#[test]
fn a_body_that_runs_out_of_room_halfway_is_refused_and_leaves_nothing() {
    let dir = TempDir::new("fullmidbody");
    let Some(_vol) = Tmpfs::mount(&dir.join("vol"), 64) else {
        return;
    };
    let t = team();
    let data = dir.join("vol/data");
    let roster = init_at(&dir, &data, &t);
    let srv = Server::start(&data, &["--reserve-mib", "4"]);
    let ballast = std::fs::metadata(data.join("ballast")).unwrap().len();

    // Too large for the volume (64 MiB, the ballast and the reserve taken).
    let big = age_file(&roster, &["alice"], "larger than the room", 50 << 20);
    let r = crate::spool::chunked_post(srv.addr, &big, &[256 << 10], None)
        .expect("an answer while the body still arrives");
    assert_json_error(&r, 503, "a body past the free space");
    assert_eq!(r.json()["error"], "disk-full");

    // Fits, until another writer fills the volume while it arrives: the
    // sender pauses after 8 MiB, the volume is filled, the rest follows.
    let fits = age_file(&roster, &["alice"], "the disk fills meanwhile", 16 << 20);
    let vol = dir.join("vol");
    let (first, rest) = fits.split_at(8 << 20);
    let mut s = std::net::TcpStream::connect(srv.addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(60)))
        .unwrap();
    let head = format!(
        "POST /v1/submissions HTTP/1.1\r\nHost: {}\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n",
        srv.addr,
        first.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(first).unwrap();
    s.write_all(b"\r\n").unwrap();
    // The first 8 MiB are in the file before the volume fills.
    let t0 = std::time::Instant::now();
    while !std::fs::read_dir(data.join("tmp"))
        .unwrap()
        .any(|e| e.unwrap().metadata().unwrap().len() >= (7 << 20))
    {
        assert!(t0.elapsed() < std::time::Duration::from_secs(60));
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    fill(&vol);
    let mut w = s.try_clone().unwrap();
    let rest = rest.to_vec();
    let sender = std::thread::spawn(move || {
        for c in rest.chunks(256 << 10) {
            let piece = [format!("{:x}\r\n", c.len()).as_bytes(), c, b"\r\n"].concat();
            if w.write_all(&piece).is_err() {
                return;
            }
        }
        let _ = w.write_all(b"0\r\n\r\n");
    });
    let mut raw = Vec::new();
    let _ = std::io::Read::read_to_end(&mut s, &mut raw);
    let _ = sender.join();
    let r = crate::uploads::parse_response(&raw).expect("an answer");
    assert_json_error(&r, 503, "a body the disk filled under");
    assert_eq!(r.json()["error"], "disk-full");

    let t0 = std::time::Instant::now();
    while std::fs::read_dir(data.join("tmp")).unwrap().count() != 0 {
        assert!(t0.elapsed() < std::time::Duration::from_secs(30));
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        std::fs::read_dir(data.join("tmp")).unwrap().count(),
        0,
        "partial data left"
    );
    assert_eq!(std::fs::read_dir(data.join("blobs")).unwrap().count(), 0);
    assert_eq!(
        std::fs::metadata(data.join("ballast")).unwrap().len(),
        ballast,
        "a refused upload does not release the ballast"
    );
    std::fs::remove_file(vol.join("filler")).unwrap();
    assert_eq!(healthz(&srv).0, 200, "{}", healthz(&srv).1);
    let r = http(srv.addr, "POST", "/v1/submissions", &[], &fits);
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["receipt"], sha256_hex(&fits));
    let r = as_member(srv.addr, &t[0], "GET", "/v1/inbox", None, b"");
    assert_eq!(r.json()["items"].as_array().unwrap().len(), 1);
}

fn pass(id: &str) -> String {
    format!("{id} passphrase")
}

fn reviewer(home: &Path, id: &str, args: &[&str]) -> Output {
    dropbox_e2e::command("reviewer")
        .arg("--home")
        .arg(home)
        .args(args)
        .env("REVIEWER_PASSPHRASE", pass(id))
        .output()
        .unwrap()
}

fn must(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Regression (issue 15): on a full disk `reviewer` said "the drop box
/// answered 500". Now a member syncs (fetch, file, ack) and deletes on a
/// full disk, and what the drop box must refuse (a reply) is reported as
/// one plain line: "the drop box's disk is full".
#[test]
fn reviewer_says_the_drop_boxs_disk_is_full() {
    let dir = TempDir::new("fulldisk-reviewer");
    let Some(_vol) = Tmpfs::mount(&dir.join("vol"), 48) else {
        return;
    };
    let home = dir.join("alice");
    let card = must(
        reviewer(
            &home,
            "alice",
            &["key", "new", "--name", "Alice", "--id", "alice", "--json"],
        ),
        "key new",
    );
    let card_path = dir.join("alice.card.json");
    std::fs::write(&card_path, &card.stdout).unwrap();
    let chain = dir.join("roster.json");
    let out = must(
        reviewer(
            &home,
            "alice",
            &[
                "team",
                "init",
                "--name",
                "Full Disk",
                "--member",
                card_path.to_str().unwrap(),
                "--endpoint",
                "http://127.0.0.1:9",
                "--out",
                chain.to_str().unwrap(),
                "--json",
            ],
        ),
        "team init",
    );
    let fp = serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    let data = dir.join("vol/data");
    let init = run(
        "dropbox-server",
        &[
            "init",
            "--data",
            data.to_str().unwrap(),
            "--roster",
            chain.to_str().unwrap(),
        ],
    );
    assert!(init.status.success(), "{init:?}");
    let srv = Server::start(&data, &["--reserve-mib", "4"]);
    let url = format!("http://{}", srv.addr);
    must(
        dropbox_e2e::command("dropbox-submit")
            .args([
                "send",
                "--yes",
                "--title",
                "Disk",
                "--body",
                "Full",
                "--replies",
            ])
            .args(["--server", &url, "--team", &fp, "--json"])
            .arg("--state")
            .arg(dir.join("submit-state"))
            .output()
            .unwrap(),
        "dropbox-submit",
    );

    fill(&dir.join("vol"));
    let out = must(
        reviewer(
            &home,
            "alice",
            &["sync", "--server", &url, "--team", &fp, "--json"],
        ),
        "sync on a full disk",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["new_cases"], 1, "{v}");
    let list = must(reviewer(&home, "alice", &["list", "--json"]), "list");
    let cases: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let case = cases[0]["id"].as_str().unwrap().to_owned();

    let out = reviewer(&home, "alice", &["reply", &case, "--message", "Thank you"]);
    assert!(
        !out.status.success(),
        "a reply cannot be stored on a full disk"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the drop box's disk is full"), "{err}");
    assert!(!err.contains("500") && !err.contains("503"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");

    let out = must(
        reviewer(&home, "alice", &["delete", &case]),
        "delete on a full disk",
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Deleted"));
}

/// Regression (CI, after issue 15): the signal handlers were registered
/// only when the server first waited for a signal, so a SIGTERM soon after
/// it said where it listens could kill it outright, without its shutdown
/// log line. Signals are now caught before the address is printed.
#[test]
fn a_sigterm_right_after_start_is_a_clean_shutdown() {
    let dir = TempDir::new("sigterm");
    let t = team();
    let data = dir.join("data");
    init_at(&dir, &data, &t);
    for _ in 0..10 {
        let mut srv = Server::start(&data, &[]);
        terminate(&mut srv);
    }
}
