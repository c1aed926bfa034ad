//! What the server keeps about reporters, after an end-to-end run (streamed
//! and tus submissions, an abandoned upload, a signed inbox, fetch and ack):
//! no file in the data directory (database and WAL included) holds the
//! plaintext canary the bundles carry inside their encryption, or the
//! client's address; ciphertext files are dated midnight UTC; the database
//! holds days, never times of day, and ids that are 32 random hex digits,
//! not sequential or time-based; the log has no client address, no
//! per-request lines and no time of day; and every response carries no
//! cookie and carries the security headers DESIGN lists. Files are 0600
//! under any umask, and an upload's file is not named by its id.
//!
//! And what a seizure finds on the day after reports arrived: every file
//! and directory time (access, modification and change) is a midnight or
//! later than the maintenance pass that ran after the day changed, so
//! nothing tells when a report arrived.

use std::collections::HashSet;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use dropbox_crypto::roster::{Policy, Roster};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{SubmissionId, TeamFingerprint};
use dropbox_e2e::{
    Response, Server, TempDir, TestMember, as_member, faketime, http, init_data, team,
};
use rusqlite::types::ValueRef;

use crate::uploads::{
    TUS, age_file_and_plaintext, fetch, inbox_all, sha256_hex, tus_create, tus_patch, tus_upload,
    upload_id,
};

/// The client's address: every request of the run comes from it.
pub(crate) const CLIENT_ADDR: &[u8] = b"127.0.0.1";

/// Every regular file under `dir`.
pub(crate) fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                stack.push(e.path());
            } else if ft.is_file() {
                out.push(e.path());
            }
        }
    }
    out
}

pub(crate) fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A time of day: `HH:MM` (two digits, a colon, two digits).
pub(crate) fn has_time_of_day(s: &str) -> bool {
    s.as_bytes().windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
    })
}

/// `YYYY-MM-DD` and nothing more.
pub(crate) fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Ids are 32 lowercase hex digits (128 bits), all distinct, and look
/// independent: no two share an 8-digit prefix (as counters or time-based
/// ids would), and consecutive ones differ in many bits.
pub(crate) fn assert_random_ids(what: &str, ids: &[String]) {
    assert!(ids.len() >= 3, "{what}: too few ids to judge: {ids:?}");
    for id in ids {
        assert!(
            id.len() == 32 && id.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')),
            "{what}: {id} is not 32 lowercase hex digits"
        );
        assert!(id.parse::<SubmissionId>().is_ok());
    }
    let prefixes: HashSet<&str> = ids.iter().map(|i| &i[..8]).collect();
    assert_eq!(
        prefixes.len(),
        ids.len(),
        "{what}: shared prefixes in {ids:?}"
    );
    let n = |s: &str| u128::from_str_radix(s, 16).unwrap();
    for w in ids.windows(2) {
        let (a, b) = (n(&w[0]), n(&w[1]));
        let bits = (a ^ b).count_ones();
        assert!(
            bits >= 24,
            "{what}: {} and {} differ in {bits} bits",
            w[0],
            w[1]
        );
        assert!(
            a.abs_diff(b) > 1 << 64,
            "{what}: {} and {} are close",
            w[0],
            w[1]
        );
    }
}

/// The security headers DESIGN lists, and no cookie.
fn assert_headers(what: &str, r: &Response) {
    assert!(r.header("set-cookie").is_none(), "{what}: a cookie");
    assert!(
        r.header("cache-control")
            .is_some_and(|v| v.contains("no-store")),
        "{what}: Cache-Control {:?}",
        r.header("cache-control")
    );
    let csp = r.header("content-security-policy").unwrap_or_default();
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("default-src"),
        "{what}: CSP {csp:?}"
    );
    assert_eq!(r.header("referrer-policy"), Some("no-referrer"), "{what}");
    assert_eq!(
        r.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
}

/// A roster whose only endpoint is not the loopback address, so that any
/// "127.0.0.1" found later came from a request.
pub(crate) fn roster(team: &[TestMember]) -> Roster {
    Roster::first(
        "Metadata Team",
        team.iter().map(TestMember::card).collect(),
        vec!["https://dropbox.example.org".into()],
        UnixTime::now().day().add_days(30),
        Policy::default(),
    )
}

pub(crate) struct Run {
    _dir: TempDir,
    pub(crate) srv: Server,
    pub(crate) canary: String,
    pub(crate) submissions: Vec<String>,
    pub(crate) uploads: Vec<String>,
    responses: Vec<(String, Response)>,
    log_lines_mid_run: usize,
}

/// The end-to-end run the checks look at.
fn run() -> Run {
    run_with(None)
}

/// [`run`], with the metadata in database `db` of a PostgreSQL cluster
/// when given (`pgmeta` scans its dump).
pub(crate) fn run_with(pg: Option<(&dropbox_e2e::pg::PgCluster, &str)>) -> Run {
    let dir = TempDir::new("metadata");
    let t = team();
    let roster = roster(&t);
    let (data, fp, extra): (PathBuf, TeamFingerprint, Vec<String>) = match pg {
        Some((pg, db)) => {
            let (data, fp, url) = pg.init_data(&dir, &roster, &t, db);
            (data, fp, vec!["--metadata".into(), url])
        }
        None => {
            let (data, fp) = init_data(&dir, &roster, &t);
            (data, fp, Vec::new())
        }
    };
    let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
    assert_eq!(fp.to_string().len(), 64);
    // The most permissive umask: the server must not rely on it.
    let srv = Server::start_umask(&data, &extra, &[], "000");
    let addr = srv.addr;
    let canary = format!("CANARY-{}-plaintext", SubmissionId::random());
    let mut responses = Vec::new();
    let mut submissions = Vec::new();
    let mut uploads = Vec::new();
    for (i, size) in [0usize, 300 << 10, 1 << 20, 0, 700 << 10]
        .into_iter()
        .enumerate()
    {
        let text = format!("{canary} report {i} from 127.0.0.1");
        let (file, plain) = age_file_and_plaintext(&roster, &["alice", "bob"], &text, size);
        assert!(
            contains(&plain, canary.as_bytes()),
            "the canary is in the bundle"
        );
        let hash = "cd".repeat(32);
        let extra: &[(&str, &str)] = if i % 2 == 0 {
            &[("Dropbox-Delete-Hash", &hash)]
        } else {
            &[]
        };
        let (id, receipt) = if i < 3 {
            let r = http(addr, "POST", "/v1/submissions", extra, &file);
            assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
            let v = r.json();
            responses.push(("POST /v1/submissions".into(), r));
            (
                v["id"].as_str().unwrap().to_owned(),
                v["receipt"].as_str().unwrap().to_owned(),
            )
        } else {
            // One upload created for its response (and id) alone, then the
            // real one.
            let created = tus_create(addr, file.len() as u64, extra);
            responses.push(("POST /v1/uploads".into(), created.clone()));
            uploads.push(upload_id(&created));
            let (id, receipt) = tus_upload(addr, &file, extra);
            (id, receipt)
        };
        assert_eq!(receipt, sha256_hex(&file));
        submissions.push(id);
    }
    // Drop the uploads created only for their responses, and leave one
    // upload open (its row and partial file stay) for the scan.
    for id in &uploads {
        let r = http(addr, "DELETE", &format!("/v1/uploads/{id}"), &[TUS], b"");
        responses.push(("DELETE /v1/uploads/{id}".into(), r));
    }
    let (open_file, _) =
        age_file_and_plaintext(&roster, &["carol"], &format!("{canary} open"), 200 << 10);
    let open = upload_id(&tus_create(addr, open_file.len() as u64, &[]));
    let r = tus_patch(addr, &open, 0, &open_file[..100 << 10]);
    responses.push(("PATCH /v1/uploads/{id}".into(), r));
    let r = http(addr, "HEAD", &format!("/v1/uploads/{open}"), &[TUS], b"");
    responses.push(("HEAD /v1/uploads/{id}".into(), r));
    uploads.push(open);

    // The reviewers' side.
    let items = inbox_all(addr, &t[0]);
    assert_eq!(items.len(), submissions.len());
    for i in &items {
        let day = i["day"].as_str().unwrap();
        assert!(is_day(day), "the inbox shows a day, no more: {day}");
    }
    let r = as_member(addr, &t[0], "GET", "/v1/inbox", None, b"");
    responses.push(("GET /v1/inbox".into(), r));
    for id in &submissions {
        assert!(!fetch(addr, &t[1], id).is_empty());
        for m in &t[..2] {
            let r = as_member(
                addr,
                m,
                "POST",
                &format!("/v1/submissions/{id}/ack"),
                None,
                b"",
            );
            assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
        }
    }
    let r = as_member(
        addr,
        &t[1],
        "GET",
        &format!("/v1/submissions/{}", submissions[0]),
        None,
        b"",
    );
    responses.push(("GET /v1/submissions/{id}".into(), r));
    let r = as_member(
        addr,
        &t[0],
        "POST",
        &format!("/v1/submissions/{}/ack", submissions[0]),
        None,
        b"",
    );
    responses.push(("POST /v1/submissions/{id}/ack".into(), r));
    assert!(inbox_all(addr, &t[0]).is_empty(), "alice acked everything");
    assert_eq!(inbox_all(addr, &t[2]).len(), submissions.len());

    let log_lines_mid_run = srv.log_text().lines().count();
    // Public routes, errors included.
    for (method, path) in [
        ("GET", "/"),
        ("GET", "/healthz"),
        ("GET", "/.well-known/security.txt"),
        ("GET", "/v1/roster"),
        ("GET", "/v1/roster/1"),
        ("OPTIONS", "/v1/uploads"),
        ("GET", "/v1/roster/999"),
        ("GET", "/v1/inbox"),
        ("POST", "/v1/submissions"),
        ("GET", "/v1/uploads/00000000000000000000000000000000"),
        ("GET", "/no/such/page"),
    ] {
        let r = http(addr, method, path, &[TUS], b"not an age file");
        responses.push((format!("{method} {path}"), r));
    }
    Run {
        _dir: dir,
        srv,
        canary,
        submissions,
        uploads,
        responses,
        log_lines_mid_run,
    }
}

#[test]
fn the_data_directory_database_and_log_hold_no_plaintext_address_or_time_of_day() {
    let run = run();
    let data = run.srv.data.clone();

    // (a) No canary and no client address in any file, the database and its
    // WAL included; the scan sees the ciphertexts and the open upload.
    let files = files_under(&data);
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().any(|n| n == "dropbox.sqlite3"), "{names:?}");
    assert!(
        names.iter().any(|n| n == "dropbox.sqlite3-wal"),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n.starts_with("upload-")), "{names:?}");
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        assert!(
            !contains(&bytes, run.canary.as_bytes()),
            "{} holds the plaintext canary",
            f.display()
        );
        assert!(
            !contains(&bytes, CLIENT_ADDR),
            "{} holds the client address",
            f.display()
        );
    }

    // (a2) Files are the server's alone, and no file name is an upload id
    // (the id is the upload's only credential).
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let under = f.parent().unwrap().file_name().unwrap().to_string_lossy();
        if under == "blobs" || under == "tmp" {
            let mode = std::fs::metadata(f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} has mode {mode:o}", f.display());
        }
        for id in &run.uploads {
            assert!(
                !name.contains(id.as_str()),
                "{} names upload {id}",
                f.display()
            );
        }
    }

    // (b) Ciphertext files are dated midnight UTC.
    let blobs = files_under(&data.join("blobs"));
    assert_eq!(blobs.len(), run.submissions.len());
    for b in &blobs {
        let m = std::fs::metadata(b).unwrap();
        let d = m.modified().unwrap().duration_since(UNIX_EPOCH).unwrap();
        assert!(
            d.as_secs().is_multiple_of(86_400) && d.subsec_nanos() == 0,
            "{} mtime is not midnight UTC: {d:?}",
            b.display()
        );
    }

    // (c) The database: days only, random ids.
    let db = rusqlite::Connection::open_with_flags(
        data.join("dropbox.sqlite3"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let tables: Vec<String> = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.iter().any(|t| t == "submissions"), "{tables:?}");
    let mut day_values = 0;
    for table in &tables {
        let mut st = db.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let cols: Vec<String> = st.column_names().iter().map(|c| c.to_string()).collect();
        for c in &cols {
            let lc = c.to_ascii_lowercase();
            for bad in [
                "ip", "addr", "agent", "referer", "referrer", "host", "time", "ts", "at",
            ] {
                assert!(
                    !lc.split('_').any(|w| w == bad),
                    "{table}.{c}: a column for request metadata or times"
                );
            }
        }
        let mut rows = st.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for (i, c) in cols.iter().enumerate() {
                match row.get_ref(i).unwrap() {
                    ValueRef::Text(t) => {
                        let s = String::from_utf8_lossy(t);
                        assert!(!has_time_of_day(&s), "{table}.{c} holds a time of day: {s}");
                        assert!(!s.contains("127.0.0.1"), "{table}.{c} holds an address");
                        if c == "day" || c.ends_with("_day") {
                            assert!(is_day(&s), "{table}.{c} = {s:?} is not a day");
                            day_values += 1;
                        }
                        if s.len() == 10 && s.bytes().all(|b| b.is_ascii_digit()) {
                            let n: u64 = s.parse().unwrap();
                            assert!(n.is_multiple_of(86_400), "{table}.{c} = {s}: a timestamp?");
                        }
                    }
                    ValueRef::Integer(n) => {
                        // Unix seconds (2001..2286) or milliseconds.
                        let looks_like_time = (1_000_000_000..10_000_000_000).contains(&n)
                            || (1_000_000_000_000..10_000_000_000_000).contains(&n);
                        assert!(
                            !looks_like_time || n % 86_400 == 0,
                            "{table}.{c} = {n}: a timestamp?"
                        );
                    }
                    ValueRef::Real(x) => {
                        assert!(x.fract() == 0.0, "{table}.{c} = {x}: a julian time?");
                    }
                    ValueRef::Null | ValueRef::Blob(_) => {}
                }
            }
        }
    }
    assert!(day_values >= 10, "the day columns were seen ({day_values})");
    let stored: Vec<String> = db
        .prepare("SELECT id FROM submissions ORDER BY rowid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        stored, run.submissions,
        "the ids the API gave, in arrival order"
    );
    assert_random_ids("submission ids", &stored);
    assert_random_ids("upload ids", &run.uploads);
    drop(db);

    // (d) The log: no address, no per-request line, no time of day.
    let log = run.srv.log_text();
    assert!(
        !log.contains("127.0.0.1"),
        "the log holds an address:\n{log}"
    );
    assert!(
        !has_time_of_day(&log),
        "the log holds a time of day:\n{log}"
    );
    for line in log.lines() {
        for word in [
            "GET ", "POST ", "PATCH ", "HEAD ", "/v1/", "request", "status",
        ] {
            assert!(
                !line.contains(word),
                "a per-request line in the log: {line}"
            );
        }
    }
    assert_eq!(
        log.lines().count(),
        run.log_lines_mid_run,
        "requests added log lines:\n{log}"
    );
    assert!(
        log.lines().count() < 5,
        "a quiet run logs (almost) nothing:\n{log}"
    );

    // (e) Every response: no cookie, the security headers.
    assert!(run.responses.len() >= 20);
    let statuses: HashSet<u16> = run.responses.iter().map(|(_, r)| r.status).collect();
    for s in [200, 201, 204, 401, 404] {
        assert!(statuses.contains(&s), "no {s} among {statuses:?}");
    }
    for (what, r) in &run.responses {
        assert_headers(what, r);
    }
}

/// Every file and directory under `dir`, `dir` included.
fn entries_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_owned()];
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
            out.push(e.path());
        }
    }
    out
}

/// A file time as (seconds, nanoseconds) since the epoch.
type FileTime = (i64, i64);

fn times(m: &std::fs::Metadata) -> [(&'static str, FileTime); 3] {
    [
        ("atime", (m.atime(), m.atime_nsec())),
        ("mtime", (m.mtime(), m.mtime_nsec())),
        ("ctime", (m.ctime(), m.ctime_nsec())),
    ]
}

fn now_secs() -> FileTime {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    (d.as_secs() as i64, i64::from(d.subsec_nanos()))
}

/// Regression: blob ctimes were the arrival to the nanosecond, and the
/// directories', the WAL's and an open upload's times told the last
/// arrival and the last PATCH. The server takes reports today (streamed,
/// tus, and an upload left open) and members fetch and ack them; then it
/// restarts with its clock a day ahead (libfaketime moves the server's
/// clock, not the kernel's: as if it ran on past midnight), one more
/// report arrives, and the data directory is seized. Every time in it is
/// then a midnight, or later than the restart: none falls in the window
/// when the first reports arrived.
#[test]
fn a_seized_data_directory_shows_no_time_finer_than_the_day_before_today() {
    // The first reports must arrive on the day it calls today, and the
    // restarted server's clock, a day on, must stay on the next: not in the
    // last two minutes before midnight UTC.
    let left = 86_400 - now_secs().0.rem_euclid(86_400);
    if left < 120 {
        std::thread::sleep(Duration::from_secs(left as u64 + 1));
    }
    let dir = TempDir::new("metadata-ctime");
    let t = team();
    let roster = roster(&t);
    let (data, _) = init_data(&dir, &roster, &t);
    let arrivals_from = now_secs();
    let mut first_day = Server::start_umask(&data, &[], &[], "000");
    let addr = first_day.addr;
    let mut ids = Vec::new();
    for i in 0..3 {
        let file = crate::uploads::age_file(&roster, &["alice"], &format!("report {i}"), 4 << 10);
        let (id, _) = if i == 1 {
            tus_upload(addr, &file, &[])
        } else {
            crate::uploads::post_submission(addr, &file, &[])
        };
        ids.push(id);
    }
    let open_file = crate::uploads::age_file(&roster, &["alice"], "left open", 64 << 10);
    let open = upload_id(&tus_create(addr, open_file.len() as u64, &[]));
    assert_eq!(
        tus_patch(addr, &open, 0, &open_file[..20 << 10]).status,
        204
    );
    assert!(!fetch(addr, &t[0], &ids[0]).is_empty(), "fetched");
    let r = as_member(
        addr,
        &t[0],
        "POST",
        &format!("/v1/submissions/{}/ack", ids[0]),
        None,
        b"",
    );
    assert_eq!(r.status, 204);
    first_day.kill9();
    let arrivals_to = now_secs();
    let first_blobs: Vec<(PathBuf, std::fs::Metadata)> = files_under(&data.join("blobs"))
        .into_iter()
        .map(|p| {
            let m = std::fs::metadata(&p).unwrap();
            (p, m)
        })
        .collect();
    assert_eq!(first_blobs.len(), 3);
    let today = UnixTime::now().day().start().0;
    for (p, m) in &first_blobs {
        assert_eq!(m.mtime(), today, "{} is dated today", p.display());
        assert!(
            (arrivals_from..=arrivals_to).contains(&(m.ctime(), m.ctime_nsec())),
            "{}: the ctime is the arrival before any pass (the premise of this test)",
            p.display()
        );
    }

    // Past midnight: the server runs a day later and settles.
    std::thread::sleep(Duration::from_millis(1100));
    let restart = now_secs();
    let mut srv = Server::start_umask(&data, &[], &faketime("+1d"), "000");
    let rewritten =
        |p: &Path, before: &std::fs::Metadata| std::fs::metadata(p).unwrap().ino() != before.ino();
    let t0 = Instant::now();
    while !(first_blobs.iter().all(|(p, m)| rewritten(p, m))
        && std::fs::metadata(&data).unwrap().mtime() == today + 86_400)
    {
        assert!(t0.elapsed() < Duration::from_secs(60), "the pass never ran");
        std::thread::sleep(Duration::from_millis(200));
    }
    let file = crate::uploads::age_file(&roster, &["alice"], "the next day", 1 << 10);
    let (next_id, _) = crate::uploads::post_submission(srv.addr, &file, &[]);
    srv.kill9();

    // The seizure.
    let mut checked = 0;
    for p in entries_under(&data) {
        let m = std::fs::symlink_metadata(&p).unwrap();
        for (which, (secs, nsec)) in times(&m) {
            let midnight = secs.rem_euclid(86_400) == 0 && nsec == 0;
            assert!(
                midnight || (secs, nsec) >= restart,
                "{} {which} {secs}.{nsec:09} falls before the settling pass at {}.{:09} \
                 (the first day's arrivals: {}..{})",
                p.display(),
                restart.0,
                restart.1,
                arrivals_from.0,
                arrivals_to.0
            );
            checked += 1;
        }
        if m.is_file() && p.parent().unwrap().file_name().unwrap() == "blobs" {
            assert_eq!(m.permissions().mode() & 0o777, 0o600, "{}", p.display());
        }
    }
    assert!(checked >= 3 * 10, "{checked} times looked at");
    for (p, _) in &first_blobs {
        let m = std::fs::metadata(p).unwrap();
        assert_eq!(m.mtime(), today, "{} still dated its day", p.display());
    }
    // The open upload's file survived the restart, under a name that is
    // not its id, and its content is what was sent.
    let tmp: Vec<PathBuf> = files_under(&data.join("tmp"));
    assert_eq!(tmp.len(), 1, "{tmp:?}");
    assert!(!tmp[0].to_string_lossy().contains(&open), "{tmp:?}");
    assert_eq!(std::fs::read(&tmp[0]).unwrap(), &open_file[..20 << 10]);
    // The reports are intact after their rewrite.
    let o = dropbox_e2e::run(
        "dropbox-server",
        &["check", "--data", data.to_str().unwrap()],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(data.join("blobs").join(&next_id).exists());
}
