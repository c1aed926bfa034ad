//! The server's metadata in PostgreSQL (issue 21 item 2, the metadata
//! half), against a real cluster the tests start themselves
//! ([`PgCluster`]): the store's rules (a nonce refused once used, across
//! connections and under a race; purges by day; days only, no defaults),
//! and the real binaries on it: `init --metadata`, a report, a reviewer's
//! sync, a replay refused by a second server process sharing the database,
//! and the metadata scan extended to a `pg_dump`.

use std::sync::{Arc, Barrier};

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::Role;
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_e2e::homes::{Homes, arg, as_json, must, pass};
use dropbox_e2e::pg::PgCluster;
use dropbox_e2e::{Server, TempDir, TestMember, http, run};
use dropbox_server::store::{MetadataStore, PgStore, PgUrl, StoreError, Submission};

use crate::metadata::{
    CLIENT_ADDR, assert_random_ids, contains, files_under, has_time_of_day, is_day, run_with,
};

fn d(s: &str) -> Day {
    s.parse().unwrap()
}

fn sub(id: &str, day: &str) -> Submission {
    Submission {
        id: id.into(),
        size: 10,
        receipt: "r".into(),
        delete_hash: None,
        withdraw_hash: None,
        day: d(day),
    }
}

fn inspect(pg: &PgCluster, db: &str) -> postgres::Client {
    postgres::Client::connect(&pg.url(db), postgres::NoTls).unwrap()
}

#[test]
fn a_nonce_is_refused_once_used_across_connections_and_racing_processes() {
    let pg = PgCluster::start();
    let url: PgUrl = pg.create_db("nonces").parse().unwrap();
    // `serve` never makes a drop box: only `init` (create) does.
    assert!(matches!(
        PgStore::open(&url),
        Err(StoreError::NotInitialised)
    ));
    let mut a = PgStore::create(&url).unwrap();
    let mut b = PgStore::open(&url).unwrap();
    let (e, t) = (d("2026-01-02"), d("2026-01-01"));
    assert_eq!(a.remember_nonces(&[("alice", "n1", e, t)]).unwrap(), [true]);
    assert_eq!(
        b.remember_nonces(&[("alice", "n1", e, t)]).unwrap(),
        [false],
        "a nonce used through one connection is a replay through another"
    );
    assert_eq!(b.remember_nonces(&[("bob", "n1", e, t)]).unwrap(), [true]);
    assert_eq!(
        a.remember_nonces(&[
            ("carol", "n2", e, t),
            ("alice", "n3", e, t),
            ("carol", "n2", e, t)
        ])
        .unwrap(),
        [true, true, false],
        "the same nonce twice in one batch is new once"
    );

    // Processes racing with the same nonces: exactly one wins each.
    let (threads, rounds) = (4, 30);
    let barrier = Arc::new(Barrier::new(threads));
    let results: Vec<Vec<bool>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|i| {
                let (url, barrier) = (url.clone(), barrier.clone());
                s.spawn(move || {
                    let mut store = PgStore::open(&url).unwrap();
                    (0..rounds)
                        .map(|r| {
                            let nonce = format!("race-{r}");
                            let other = format!("own-{i}-{r}");
                            barrier.wait();
                            // In a batch with a nonce of its own, in either
                            // order, so lock orders differ between threads.
                            let items = if i % 2 == 0 {
                                [
                                    ("dave", nonce.as_str(), e, t),
                                    ("dave", other.as_str(), e, t),
                                ]
                            } else {
                                [
                                    ("dave", other.as_str(), e, t),
                                    ("dave", nonce.as_str(), e, t),
                                ]
                            };
                            let fresh = store.remember_nonces(&items).unwrap();
                            assert!(fresh[usize::from(i % 2 == 0)], "its own nonce is new");
                            fresh[usize::from(i % 2 != 0)]
                        })
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for r in 0..rounds {
        let winners = results.iter().filter(|t| t[r]).count();
        assert_eq!(winners, 1, "round {r}: {winners} processes took the nonce");
    }

    // Stored as keyed hashes, dropped once expired.
    let mut c = inspect(&pg, "nonces");
    let columns: Vec<String> = c
        .query(
            "SELECT column_name::text FROM information_schema.columns
             WHERE table_name = 'nonces' ORDER BY ordinal_position",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(columns, ["hash", "expires_day"]);
    for r in c.query("SELECT hash FROM nonces", &[]).unwrap() {
        let h: Vec<u8> = r.get(0);
        assert_eq!(h.len(), 32);
        assert!(!contains(&h, b"alice"));
    }
    let later = d("2026-01-03");
    assert_eq!(
        a.remember_nonces(&[("erin", "n4", d("2026-01-04"), later)])
            .unwrap(),
        [true]
    );
    let left: i64 = c
        .query_one("SELECT COUNT(*) FROM nonces", &[])
        .unwrap()
        .get(0);
    assert_eq!(left, 1, "the nonces that expired on 2026-01-02 are gone");
}

#[test]
fn the_postgres_store_keeps_the_rules_by_day_and_holds_days_only() {
    let pg = PgCluster::start();
    let url: PgUrl = pg.create_db("rules").parse().unwrap();
    let mut s = PgStore::create(&url).unwrap();
    // A second `create` (a second `init`) finds the schema made.
    drop(PgStore::create(&url).unwrap());
    s.append_roster(1, "{\"r\":1}").unwrap();
    assert_eq!(s.rosters().unwrap(), ["{\"r\":1}"]);
    s.set_meta("fingerprint", "f1").unwrap();
    s.set_meta("fingerprint", "f2").unwrap();
    assert_eq!(s.meta("fingerprint").unwrap().as_deref(), Some("f2"));

    // Retention: the same days as SQLite's rules.
    let members = vec!["alice".to_owned(), "bob".to_owned()];
    for id in ["unacked", "all", "one"] {
        s.insert_submission(&sub(id, "2026-01-01")).unwrap();
    }
    assert!(s.ack("all", "alice", d("2026-01-02")).unwrap());
    assert!(s.ack("all", "bob", d("2026-01-03")).unwrap());
    assert!(s.ack("one", "alice", d("2026-01-02")).unwrap());
    assert!(!s.ack("zzz", "alice", d("2026-01-02")).unwrap());
    let due = |s: &PgStore, day: &str| s.due_for_purge(d(day), &members, 7, 30, 60).unwrap();
    assert!(due(&s, "2026-01-09").is_empty());
    assert_eq!(due(&s, "2026-01-10"), ["all"]);
    assert_eq!(due(&s, "2026-02-01"), ["all", "one"]);
    assert_eq!(due(&s, "2026-03-02"), ["unacked", "all", "one"]);

    // The inbox hides what a member acked; the cursor is a submission id.
    let ids = |v: Vec<Submission>| v.into_iter().map(|x| x.id).collect::<Vec<_>>();
    assert_eq!(ids(s.inbox("alice", None, 10).unwrap()), ["unacked"]);
    assert_eq!(
        ids(s.inbox("carol", Some("unacked"), 10).unwrap()),
        ["all", "one"]
    );
    assert_eq!(ids(s.inbox("carol", None, 1).unwrap()), ["unacked"]);
    assert!(s.delete_submission("unacked").unwrap());
    assert!(!s.delete_submission("unacked").unwrap());

    // An upload turns into a submission in one transaction; a batch too.
    s.insert_upload("up1", 9, Some("h"), Some("w"), d("2026-01-01"))
        .unwrap();
    s.insert_upload("up2", 5, None, None, d("2026-01-01"))
        .unwrap();
    assert_eq!(
        s.upload("up1").unwrap(),
        Some((9, Some("h".into()), Some("w".into())))
    );
    let mut done = sub("fromup", "2026-01-02");
    done.withdraw_hash = Some("w".into());
    s.complete_upload("up1", &done).unwrap();
    s.insert_submissions(&[
        (Some("up2"), &sub("b1", "2026-01-02")),
        (None, &sub("b2", "2026-01-02")),
    ])
    .unwrap();
    assert!(s.uploads().unwrap().is_empty());
    assert_eq!(s.submission("fromup").unwrap(), Some(done));
    assert_eq!(
        s.submission_by_withdraw_hash("w").unwrap().as_deref(),
        Some("fromup")
    );
    assert_eq!(
        ids(s.submissions().unwrap()),
        ["all", "one", "fromup", "b1", "b2"]
    );
    // A batch that fails commits nothing (a duplicate id).
    assert!(
        s.insert_submissions(&[
            (None, &sub("b3", "2026-01-02")),
            (None, &sub("b1", "2026-01-02"))
        ])
        .is_err()
    );
    assert_eq!(s.submission("b3").unwrap(), None);
    // The quotas' count: every report's bytes, and the day's reports.
    let held = s.submissions().unwrap();
    let day2 = d("2026-01-02");
    assert_eq!(
        s.usage(day2).unwrap(),
        (
            held.iter().map(|x| x.size).sum::<u64>(),
            held.iter().filter(|x| x.day == day2).count() as u32
        )
    );
    assert_eq!(s.usage(d("2030-01-01")).unwrap().1, 0);

    // Events: stamped with the roster head, purged by day.
    assert_eq!(s.append_event(b"e1", d("2026-01-01")).unwrap(), 1);
    s.append_roster(2, "{\"r\":2}").unwrap();
    assert_eq!(s.append_event(b"e2", d("2026-01-05")).unwrap(), 2);
    assert_eq!(
        s.events(0, 10).unwrap(),
        [(1, 1, b"e1".to_vec()), (2, 2, b"e2".to_vec())]
    );
    assert_eq!(s.purge_events(d("2026-01-08"), 7).unwrap(), 1);
    assert_eq!(s.events(0, 10).unwrap(), [(2, 2, b"e2".to_vec())]);

    // Escrow: one share a week, purged by day.
    assert!(
        s.put_escrow("alice", "2026-W01", b"s1", d("2026-01-01"))
            .unwrap()
    );
    assert!(
        s.put_escrow("alice", "2026-W01", b"s1", d("2026-01-02"))
            .unwrap()
    );
    assert!(
        !s.put_escrow("alice", "2026-W01", b"s2", d("2026-01-02"))
            .unwrap()
    );
    assert_eq!(
        s.escrow("alice", "2026-W01").unwrap(),
        Some((b"s1".to_vec(), d("2026-01-01")))
    );
    assert_eq!(s.purge_escrow(d("2026-01-10"), 10).unwrap(), 0);
    assert_eq!(s.purge_escrow(d("2026-01-11"), 10).unwrap(), 1);

    // Replies and the own log live and die with their mailbox.
    s.insert_reply("r1", "mbx-a", b"one", d("2026-01-01"))
        .unwrap();
    assert!(
        s.insert_own("o1", "mbx-a", b"record", d("2026-01-01"))
            .unwrap()
    );
    assert!(
        s.insert_own("o2", "mbx-b", b"cover", d("2026-01-01"))
            .unwrap()
    );
    let read = s.read_mailbox("mbx-a", d("2026-01-20")).unwrap();
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].roster_seq, 2, "stamped with the head when posted");
    s.touch_mailbox("mbx-a", d("2026-01-20")).unwrap();
    // Read on the 20th: the reply goes 7 days later; mbx-b, never used
    // again, 30 days after its post; mbx-a 30 days after its last use.
    assert_eq!(s.purge_replies(d("2026-01-31"), 7, 30).unwrap(), 1);
    assert_eq!(s.own_log("mbx-a").unwrap().len(), 1);
    assert!(s.own_log("mbx-b").unwrap().is_empty());
    s.purge_replies(d("2026-02-19"), 7, 30).unwrap();
    assert!(s.own_log("mbx-a").unwrap().is_empty());

    // Drop keys: served until their last day, gone with their member.
    s.put_dropkey("bob", d("2026-01-01"), d("2026-01-31"), "kb")
        .unwrap();
    s.put_dropkey("alice", d("2026-01-01"), d("2026-01-10"), "ka")
        .unwrap();
    s.put_dropkey("Zed", d("2026-01-01"), d("2026-01-31"), "kz")
        .unwrap();
    assert_eq!(
        s.dropkeys(d("2026-01-05")).unwrap(),
        ["kz", "ka", "kb"],
        "by member in byte order, as SQLite sorts"
    );
    assert_eq!(s.dropkeys(d("2026-01-11")).unwrap(), ["kz", "kb"]);
    assert_eq!(s.purge_dropkeys(d("2026-01-11"), &members).unwrap(), 2);
    assert_eq!(s.dropkeys(d("2026-01-11")).unwrap(), ["kb"]);
    s.checkpoint().unwrap();
    s.check_integrity().unwrap();

    // The schema: no type that holds a time of day, every day a DATE, no
    // defaults (no `now()`), no column for request metadata.
    let mut c = inspect(&pg, "rules");
    let cols = c
        .query(
            "SELECT table_name::text, column_name::text, data_type::text,
                    column_default::text, is_identity::text
             FROM information_schema.columns WHERE table_schema = 'public'",
            &[],
        )
        .unwrap();
    assert!(cols.len() > 30, "{} columns seen", cols.len());
    let mut days = 0;
    for r in &cols {
        let (table, col, ty): (String, String, String) = (r.get(0), r.get(1), r.get(2));
        let default: Option<String> = r.get(3);
        let identity: String = r.get(4);
        let what = format!("{table}.{col} ({ty})");
        assert!(
            !ty.contains("time") && !ty.contains("interval"),
            "{what}: a type holding more than a day"
        );
        if col == "day" || col.ends_with("_day") || col.starts_with("not_") {
            assert_eq!(ty, "date", "{what}");
            days += 1;
        }
        assert!(
            default.is_none() || identity == "YES",
            "{what} has a default: {default:?}"
        );
        for bad in ["ip", "addr", "agent", "referer", "host", "time", "ts", "at"] {
            assert!(
                !col.split('_').any(|w| w == bad),
                "{what}: request metadata?"
            );
        }
    }
    assert!(days >= 12, "{days} day columns seen");
}

/// A signed request, kept so the very same one can be sent again.
pub(crate) struct Sent {
    target: String,
    headers: Vec<(String, String)>,
}

pub(crate) fn sign(method: &str, path: &str, m: &TestMember) -> Sent {
    let h = Signer::new(&KeyId::Member(m.id.clone()), &m.transport).sign(
        method,
        path,
        None,
        None,
        UnixTime::now(),
        &httpsig::new_nonce(),
    );
    Sent {
        target: path.to_owned(),
        headers: vec![
            ("Signature-Input".into(), h.signature_input),
            ("Signature".into(), h.signature),
        ],
    }
}

pub(crate) fn send(srv: &Server, method: &str, s: &Sent) -> dropbox_e2e::Response {
    let h: Vec<(&str, &str)> = s
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    http(srv.addr, method, &s.target, &h, b"")
}

#[test]
fn a_server_on_postgres_takes_a_report_syncs_it_and_refuses_a_replay_on_another_process() {
    let pg = PgCluster::start();
    let url = pg.create_db("team");
    let dir = TempDir::new("pgmeta");
    let mallory = TestMember::new("mallory", 9, &[Role::Reviewer]);
    let homes = Homes::new(&dir, "pgmeta", &["alice"], &[&mallory], &[]);
    let init = |data: &std::path::Path| {
        run(
            "dropbox-server",
            &[
                "init",
                "--data",
                &arg(data),
                "--roster",
                &arg(&homes.chain),
                "--metadata",
                &url,
            ],
        )
    };
    let data_a = dir.join("replica-a");
    must(init(&data_a), "dropbox-server init --metadata");
    assert!(
        !data_a.join("dropbox.sqlite3").exists(),
        "no SQLite file when the metadata is in PostgreSQL"
    );
    // One database holds one drop box: a second init is refused.
    let again = init(&dir.join("replica-b"));
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already holds a drop box"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    // Without --metadata, the directory holds no drop box of its own.
    let mut bare = dropbox_e2e::command("dropbox-server")
        .args(["serve", "--data", &arg(&data_a), "--listen", "127.0.0.1:0"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while bare.try_wait().unwrap().is_none() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = bare.kill();
    let bare = bare.wait_with_output().unwrap();
    assert!(!bare.status.success(), "serve without --metadata started");
    assert!(
        String::from_utf8_lossy(&bare.stderr).contains("--metadata"),
        "the refusal names the flag: {}",
        String::from_utf8_lossy(&bare.stderr)
    );

    let a = Server::start(&data_a, &["--metadata", &url]);
    let server = format!("http://{}", a.addr);
    let sent = as_json(&must(
        dropbox_e2e::command("dropbox-submit")
            .args(["send", "--yes", "--title", "Over PostgreSQL", "--body", "b"])
            .args(["--server", &server, "--team", &homes.fp, "--json"])
            .arg("--state")
            .arg(dir.join("submit-state"))
            .output()
            .unwrap(),
        "dropbox-submit send",
    ));
    assert!(sent.is_object(), "{sent}");
    let reviewer = |args: &[&str]| {
        as_json(&must(
            dropbox_e2e::command("reviewer")
                .arg("--home")
                .arg(dir.join("alice"))
                .args(args)
                .env("REVIEWER_PASSPHRASE", pass("alice"))
                .output()
                .unwrap(),
            &format!("reviewer {args:?}"),
        ))
    };
    reviewer(&["sync", "--server", &server, "--team", &homes.fp, "--json"]);
    let cases = reviewer(&["list", "--json"]);
    assert!(
        cases
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["title"] == "Over PostgreSQL"),
        "the synced report is a case: {cases}"
    );

    // A second process on the same database (its own directory for
    // files): a request used on one is a replay on the other, both ways.
    // (Its setting from the environment, as a unit would give it.)
    let b = Server::start_env(
        &dir.join("replica-b"),
        &[],
        &[("DROPBOX_METADATA".to_owned(), url.clone())],
    );
    let first = sign("GET", "/v1/inbox", &mallory);
    assert_eq!(send(&a, "GET", &first).status, 200);
    let replay = send(&b, "GET", &first);
    assert_eq!(
        replay.status,
        401,
        "{}",
        String::from_utf8_lossy(&replay.body)
    );
    assert_eq!(replay.json()["error"], "sig-replay");
    let second = sign("GET", "/v1/inbox", &mallory);
    assert_eq!(send(&b, "GET", &second).status, 200);
    assert_eq!(send(&a, "GET", &second).json()["error"], "sig-replay");
    // And after a restart of both, the setting now in config.json.
    drop((a, b));
    std::fs::write(
        data_a.join("config.json"),
        serde_json::json!({ "metadata": url }).to_string(),
    )
    .unwrap();
    let a = Server::start(&data_a, &[]);
    assert_eq!(send(&a, "GET", &first).json()["error"], "sig-replay");
}

#[test]
fn the_postgres_dump_holds_no_plaintext_address_or_time_of_day() {
    let pg = PgCluster::start();
    let run = run_with(Some((&pg, "scan")));
    let data = run.srv.data.clone();

    // The data directory keeps the files only; none holds the canary or
    // the client's address.
    for f in files_under(&data) {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        assert!(!name.starts_with("dropbox.sqlite3"), "{name}");
        let bytes = std::fs::read(&f).unwrap();
        assert!(!contains(&bytes, run.canary.as_bytes()), "{}", f.display());
        assert!(!contains(&bytes, CLIENT_ADDR), "{}", f.display());
    }

    // The whole database as pg_dump prints it: schema and rows.
    let dump = pg.dump("scan");
    assert!(dump.contains("COPY public.submissions"), "{dump}");
    assert!(!dump.contains(&run.canary), "the dump holds the canary");
    assert!(
        !contains(dump.as_bytes(), CLIENT_ADDR),
        "the dump holds the client address"
    );
    for line in dump.lines() {
        assert!(!has_time_of_day(line), "a time of day in the dump: {line}");
        let l = line.to_ascii_lowercase();
        assert!(
            !l.contains("timestamp") && !l.contains("now()") && !l.contains("current_date"),
            "a time type or default in the dump: {line}"
        );
    }
    // Every DATE value in the rows is a day, and the days were seen.
    let mut c = inspect(&pg, "scan");
    let days = c
        .query(
            "SELECT day::text FROM submissions UNION ALL SELECT day::text FROM acks
             UNION ALL SELECT day::text FROM uploads",
            &[],
        )
        .unwrap();
    assert!(days.len() >= 10, "{} days seen", days.len());
    for r in &days {
        let s: String = r.get(0);
        assert!(is_day(&s), "{s}");
    }
    let stored: Vec<String> = c
        .query("SELECT id FROM submissions ORDER BY pos", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(stored, run.submissions, "the API's ids, in arrival order");
    assert_random_ids("submission ids", &stored);
}

/// A malformed `--metadata` URL is refused without repeating it: it may
/// carry a password, and errors reach the journal (clap's own error
/// printed the value).
#[test]
fn a_malformed_metadata_url_is_refused_without_printing_its_password() {
    let dir = dropbox_e2e::TempDir::new("pg-url");
    let data = dir.join("data");
    let bad = "postgres://u:SECRETPW@host:notaport/db";
    for via_env in [false, true] {
        let mut c = dropbox_e2e::command("dropbox-server");
        c.args([
            "serve",
            "--data",
            data.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
        ]);
        if via_env {
            c.env("DROPBOX_METADATA", bad);
        } else {
            c.args(["--metadata", bad]);
        }
        let out = c.output().unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("invalid PostgreSQL URL"), "{err}");
        assert!(!err.contains("SECRETPW"), "{err}");
    }
    // Nor does `--help` show it from the environment.
    for sub in ["init", "serve"] {
        let out = dropbox_e2e::command("dropbox-server")
            .args([sub, "--help"])
            .env("DROPBOX_METADATA", bad)
            .output()
            .unwrap();
        assert!(out.status.success());
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("DROPBOX_METADATA"), "{help}");
        assert!(!help.contains("SECRETPW"), "{sub}: {help}");
    }
}
