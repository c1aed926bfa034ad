//! `dropbox-server migrate` (issue 21 item 4): a single-machine drop box
//! (SQLite and `blobs/`) moved to a real PostgreSQL cluster and a real
//! single-node Garage the tests start themselves, then served from there:
//! the reviewer's sync continues where it was, receipts and events are the
//! same, a request used before the move is still a replay. And the
//! failures: a running source is refused, an altered file stops the move
//! naming its report and leaves the target empty, a target that holds a
//! drop box's rows or another's objects is refused, a killed run's
//! leftovers do not block the next.

use std::path::Path;
use std::process::Output;

use dropbox_crypto::dsse;
use dropbox_crypto::roster::{Policy, Role, Roster};
use dropbox_e2e::garage::Garage;
use dropbox_e2e::homes::{Homes, arg, as_json, must, pass};
use dropbox_e2e::pg::PgCluster;
use dropbox_e2e::{Server, TempDir, TestMember, command, first_roster, team};
use dropbox_server::store::{MetadataStore, PgStore, PgUrl};

use crate::pgmeta::{send, sign};
use crate::uploads::{
    age_file, fetch, inbox_all, post_submission, sha256_hex, tus_create, tus_patch, tus_upload,
    upload_id,
};

/// `dropbox-server migrate --from DATA --to TO…` with the bucket's
/// environment.
fn migrate(garage: &Garage, data: &Path, to: &[&str], json: bool) -> Output {
    let mut cmd = command("dropbox-server");
    cmd.args(["migrate", "--from", &arg(data), "--to"])
        .args(to)
        .envs(garage.env());
    if json {
        cmd.arg("--json");
    }
    cmd.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn roster_of(chain: &Path) -> Roster {
    let envs = dropbox_crypto::roster::parse_chain_json(&std::fs::read(chain).unwrap()).unwrap();
    envs[0]
        .parse(dsse::ROSTER_TYPE)
        .unwrap()
        .payload_as()
        .unwrap()
}

/// The team's event log as a member reads it.
fn events(srv: &Server, m: &TestMember) -> serde_json::Value {
    let r = send(srv, "GET", &sign("GET", "/v1/events", m));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    r.json()
}

/// (1) Reports by the CLI (POST) and through tus (9 MiB: a multipart PUT
/// to the bucket), a reply, events, acks, an open upload and a used nonce;
/// a running source refused; moved; served by a fresh replica on
/// PostgreSQL and the bucket: the same inbox and receipts, the same
/// events, the nonce a replay, the reply still there for the reporter, and
/// the reviewer's sync continues (a report that arrived after its last
/// sync is new; nothing went backwards).
#[test]
fn a_moved_drop_box_serves_everything_from_postgres_and_the_bucket_and_cursors_continue() {
    let garage = Garage::start();
    garage.create_bucket("moved");
    let pg = PgCluster::start();
    let url = pg.create_db("moved");
    let dir = TempDir::new("migrate");
    let mallory = TestMember::new("mallory", 9, &[Role::Reviewer]);
    let homes = Homes::new(&dir, "migrate", &["alice"], &[&mallory], &[]);
    let roster = roster_of(&homes.chain);
    let srv = Server::start(&homes.data, &[]);
    let server = format!("http://{}", srv.addr);
    let state = dir.join("submit-state");
    let submit = |server: &str, args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = command("dropbox-submit");
        cmd.args(args).args(dropbox_e2e::consent(args)).args([
            "--server",
            server,
            "--team",
            &homes.fp,
            "--state",
            &arg(&state),
            "--json",
        ]);
        for (k, v) in env {
            cmd.env(k, v);
        }
        as_json(&must(
            cmd.output().unwrap(),
            &format!("dropbox-submit {args:?}"),
        ))
    };
    let run_reviewer = |args: &[&str]| {
        must(
            command("reviewer")
                .arg("--home")
                .arg(dir.join("alice"))
                .args(args)
                .env("REVIEWER_PASSPHRASE", pass("alice"))
                .output()
                .unwrap(),
            &format!("reviewer {args:?}"),
        )
    };
    let reviewer = |args: &[&str]| as_json(&run_reviewer(args));

    let sent = submit(
        &server,
        &["send", "--title", "By the CLI", "--body", "b", "--replies"],
        &[],
    );
    let codename = sent["codename"].as_str().unwrap().to_owned();
    let big = age_file(&roster, &["alice"], "Through tus", 9 << 20);
    let (tus_id, tus_receipt) = tus_upload(srv.addr, &big, &[]);
    assert_eq!(tus_receipt, sha256_hex(&big));
    let synced = reviewer(&["sync", "--server", &server, "--team", &homes.fp, "--json"]);
    assert_eq!(synced["new_cases"], 2, "{synced}");
    let cases = reviewer(&["list", "--json"]);
    let case = cases
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["title"] == "By the CLI")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run_reviewer(&["reply", &case, "--message", "reply-before-the-move"]);
    run_reviewer(&["note", &case, "note-before-the-move"]);
    let posted = reviewer(&["sync", "--server", &server, "--team", &homes.fp, "--json"]);
    assert!(posted["events_posted"].as_u64().unwrap() >= 1, "{posted}");
    // After alice's last sync: new to her on the other side.
    let late = age_file(&roster, &["alice"], "After the last sync", 0);
    let (late_id, _) = post_submission(srv.addr, &late, &[]);
    // An upload left open: not moved.
    let open = age_file(&roster, &["alice"], "left open", 64 << 10);
    let open_id = upload_id(&tus_create(srv.addr, open.len() as u64, &[]));
    assert_eq!(
        tus_patch(srv.addr, &open_id, 0, &open[..20 << 10]).status,
        204
    );
    let used = sign("GET", "/v1/inbox", &mallory);
    assert_eq!(send(&srv, "GET", &used).status, 200);
    let inbox_before = inbox_all(srv.addr, &mallory);
    assert_eq!(inbox_before.len(), 3, "mallory acked nothing");
    let events_before = events(&srv, &mallory);
    assert!(!events_before["events"].as_array().unwrap().is_empty());

    // While it is served, the source is refused and the target untouched.
    let busy = migrate(&garage, &homes.data, &[&url, "s3://moved/team"], false);
    assert_eq!(busy.status.code(), Some(1), "{}", stderr(&busy));
    assert!(
        stderr(&busy).contains("in use by a running"),
        "{}",
        stderr(&busy)
    );
    assert!(garage.listing("moved").is_empty());
    assert!(
        !pg.dump("moved").contains("CREATE TABLE"),
        "the target was touched"
    );
    // And a second `serve` on a directory being served is refused too.
    let second = command("dropbox-server")
        .args([
            "serve",
            "--data",
            &arg(&homes.data),
            "--listen",
            "127.0.0.1:0",
        ])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    assert!(
        stderr(&second).contains("in use by another dropbox-server"),
        "{}",
        stderr(&second)
    );

    drop(srv);
    let sqlite_before = std::fs::read(homes.data.join("dropbox.sqlite3")).unwrap();
    let moved = migrate(&garage, &homes.data, &[&url, "s3://moved/team"], true);
    let view = as_json(&must(moved, "dropbox-server migrate"));
    assert_eq!(view["reports"], 3, "{view}");
    assert_eq!(view["open_uploads_not_migrated"], 1, "{view}");
    assert_eq!(view["metadata"], "postgres");
    assert_eq!(view["ciphertexts"], "s3");
    assert_eq!(
        std::fs::read(homes.data.join("dropbox.sqlite3")).unwrap(),
        sqlite_before,
        "the source database is unchanged"
    );
    let listing = garage.listing("moved");
    assert_eq!(listing.len(), 3, "{listing:?}");
    assert_eq!(
        garage.read("moved", &format!("team/{tus_id}")),
        big,
        "the multipart copy holds the report byte for byte"
    );

    // A fresh replica: its own empty directory, PostgreSQL and the bucket.
    let replica = dir.join("replica");
    std::fs::create_dir(&replica).unwrap();
    let srv = Server::start_env(
        &replica,
        &["--metadata", &url, "--blobs", "s3://moved/team"],
        &garage.env(),
    );
    let server = format!("http://{}", srv.addr);
    let replay = send(&srv, "GET", &used);
    assert_eq!(
        replay.status,
        401,
        "{}",
        String::from_utf8_lossy(&replay.body)
    );
    assert_eq!(replay.json()["error"], "sig-replay");
    assert_eq!(
        inbox_all(srv.addr, &mallory),
        inbox_before,
        "the same reports, receipts, sizes and days, in the same order"
    );
    assert_eq!(
        events(&srv, &mallory),
        events_before,
        "the same events and seqs"
    );
    for item in &inbox_before {
        let id = item["id"].as_str().unwrap();
        let bytes = fetch(srv.addr, &mallory, id);
        assert_eq!(
            sha256_hex(&bytes),
            item["receipt"].as_str().unwrap(),
            "{id}"
        );
    }
    assert_eq!(fetch(srv.addr, &mallory, &tus_id), big);
    assert_eq!(fetch(srv.addr, &mallory, &late_id), late);

    let after = reviewer(&["sync", "--server", &server, "--team", &homes.fp, "--json"]);
    assert_eq!(
        after["new_cases"], 1,
        "only the late report is new: {after}"
    );
    assert_eq!(after["errors"].as_array().map_or(0, Vec::len), 0, "{after}");
    run_reviewer(&["note", &case, "note-after-the-move"]);
    let again = reviewer(&["sync", "--server", &server, "--team", &homes.fp, "--json"]);
    assert_eq!(again["events_posted"], 1, "{again}");
    let seqs: Vec<u64> = events(&srv, &mallory)["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .collect();
    let last_before = events_before["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .max()
        .unwrap();
    assert!(
        seqs.iter().max().unwrap() > &last_before,
        "the new event continues after {last_before}: {seqs:?}"
    );
    let titles: Vec<String> = reviewer(&["list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap().to_owned())
        .collect();
    for t in ["By the CLI", "Through tus", "After the last sync"] {
        assert!(titles.iter().any(|x| x == t), "{t}: {titles:?}");
    }
    let replies = submit(&server, &["replies"], &[("DROPBOX_CODENAME", &codename)]);
    assert_eq!(
        replies["replies"][0]["body"], "reply-before-the-move",
        "{replies}"
    );
}

/// A drop box with two reports, stopped: (data directory, the reports'
/// ids and ciphertexts).
fn small_box(dir: &TempDir) -> (std::path::PathBuf, Vec<(String, Vec<u8>)>) {
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = dropbox_e2e::init_data(dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    let reports = ["one", "two"]
        .iter()
        .map(|text| {
            let ct = age_file(&roster, &["alice"], text, 1 << 10);
            let (id, _) = post_submission(srv.addr, &ct, &[]);
            (id, ct)
        })
        .collect();
    drop(srv);
    (data, reports)
}

/// (2) A file altered in the source stops the move naming its report;
/// the database holds no row and the bucket no object. Restored, the move
/// runs again and succeeds, over an object a killed run left under one of
/// the box's ids. A database holding the rows is then refused, and so is
/// a bucket location holding another drop box's object.
#[test]
fn an_altered_file_stops_the_move_naming_it_and_a_used_target_is_refused() {
    let garage = Garage::start();
    garage.create_bucket("target");
    let pg = PgCluster::start();
    let url = pg.create_db("target");
    let dir = TempDir::new("migrate-fail");
    let (data, reports) = small_box(&dir);
    let (bad_id, bad_ct) = &reports[1];
    let file = data.join("blobs").join(bad_id);
    let mut altered = bad_ct.clone();
    let last = altered.len() - 1;
    altered[last] ^= 1;
    std::fs::write(&file, &altered).unwrap();

    let failed = migrate(&garage, &data, &[&url, "s3://target/p"], false);
    assert_eq!(failed.status.code(), Some(1));
    let err = stderr(&failed);
    assert!(
        err.contains(&format!("report {bad_id}")) && err.contains("does not match its receipt")
            || err.contains(&format!("report {bad_id}: its contents do not match")),
        "{err}"
    );
    assert!(garage.listing("target").is_empty(), "objects left behind");
    let pg_url: PgUrl = url.parse().unwrap();
    assert_eq!(
        PgStore::open(&pg_url)
            .unwrap()
            .first_table_in_use()
            .unwrap(),
        None,
        "rows committed"
    );

    // Restored; a killed run's object under one of the box's ids (here
    // garbage) is written again, not refused.
    std::fs::write(&file, bad_ct).unwrap();
    garage.overwrite("target", &format!("p/{}", reports[0].0), b"half".to_vec());
    let ok = migrate(&garage, &data, &[&url, "s3://target/p"], true);
    let view = as_json(&must(ok, "migrate after the restore"));
    assert_eq!(view["reports"], 2, "{view}");
    for (id, ct) in &reports {
        assert_eq!(&garage.read("target", &format!("p/{id}")), ct, "{id}");
    }

    let twice = migrate(&garage, &data, &[&url, "s3://target/q"], false);
    assert_eq!(twice.status.code(), Some(1));
    assert!(
        stderr(&twice).contains("already holds a drop box's rows"),
        "{}",
        stderr(&twice)
    );
    let other = pg.create_db("other");
    let foreign = migrate(&garage, &data, &[&other, "s3://target"], false);
    assert_eq!(foreign.status.code(), Some(1));
    let err = stderr(&foreign);
    assert!(err.contains("not this drop box's reports"), "{err}");
    assert!(!err.contains("target"), "the bucket is named: {err}");
    // No --to database: refused as a usage of the command, nothing done.
    let bucket_only = migrate(&garage, &data, &["s3://target/r"], false);
    assert_eq!(bucket_only.status.code(), Some(1));
    assert!(
        stderr(&bucket_only).contains("needs a postgres://"),
        "{}",
        stderr(&bucket_only)
    );
}
