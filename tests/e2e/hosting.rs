//! Issue 21, item 1: many teams in one deployment. Two teams on one
//! address, told apart by the `Host` they are reached at (`127.0.0.1` and
//! `localhost`: both loopback): each sees only its own roster, reports and
//! mailbox; a member listed by both cannot have a request signed for one
//! replayed at the other; quotas refuse past a team's limits without
//! touching the other team; a team added while the server runs is served,
//! and one removed is no longer served and leaves no file behind.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::Role;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::homes::{Homes, as_json, must, pass};
use dropbox_e2e::{Response, Server, TempDir, TestMember, command, http_host};

/// `dropbox-server team …`.
pub(crate) fn team_cmd(args: &[&str]) -> Output {
    command("dropbox-server")
        .arg("team")
        .args(args)
        .output()
        .unwrap()
}

/// A team's roster and its members' homes (`dir/<id>`).
pub(crate) struct Made {
    pub(crate) dir: TempDir,
    pub(crate) fp: String,
    pub(crate) chain: PathBuf,
}

pub(crate) fn make_team(tag: &str, ids: &[&str], others: &[&TestMember]) -> Made {
    let dir = TempDir::new(&format!("hosting-{tag}"));
    let Homes { fp, chain, .. } = Homes::new(&dir, tag, ids, others, &[]);
    Made { dir, fp, chain }
}

pub(crate) fn add(hosting: &Path, name: &str, made: &Made, host: &str, extra: &[&str]) {
    let mut args = vec![
        "add",
        "--hosting",
        hosting.to_str().unwrap(),
        name,
        "--roster",
        made.chain.to_str().unwrap(),
        "--host",
        host,
        "--json",
    ];
    args.extend_from_slice(extra);
    let out = must(team_cmd(&args), "team add");
    assert_eq!(
        as_json(&out)["fingerprint"].as_str(),
        Some(made.fp.as_str())
    );
}

/// The fingerprint of the roster served at `host` through `addr`.
pub(crate) fn fingerprint_at(addr: SocketAddr, host: &str) -> String {
    fingerprint_at_path(addr, host, "")
}

/// The fingerprint of the roster served at `host` under the path prefix
/// `prefix` (`""` or `/acme`) through `addr`.
pub(crate) fn fingerprint_at_path(addr: SocketAddr, host: &str, prefix: &str) -> String {
    let r = get(addr, host, &format!("{prefix}/v1/roster"));
    assert_eq!(r.status, 200, "{host}{prefix}");
    let chain: Vec<dropbox_crypto::dsse::Envelope> = serde_json::from_slice(&r.body).unwrap();
    let first = chain[0].parse(dropbox_crypto::dsse::ROSTER_TYPE).unwrap();
    dropbox_crypto::TeamFingerprint(dropbox_crypto::Sha256Digest::of(&first.payload)).to_string()
}

pub(crate) fn get(addr: SocketAddr, host: &str, path: &str) -> Response {
    http_host(addr, host, "GET", path, &[], b"")
}

/// A request signed as `m`, covering `authority` when given, sent with
/// `Host: host`.
pub(crate) fn signed_at(
    addr: SocketAddr,
    host: &str,
    authority: Option<&str>,
    m: &TestMember,
    method: &str,
    path: &str,
) -> (Response, Vec<(String, String)>) {
    let h = Signer::new(&KeyId::Member(m.id.clone()), &m.transport)
        .with_authority(authority)
        .sign(
            method,
            path,
            None,
            None,
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
    let headers = vec![
        ("Signature-Input".to_owned(), h.signature_input),
        ("Signature".to_owned(), h.signature),
    ];
    let borrowed: Vec<(&str, &str)> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    (http_host(addr, host, method, path, &borrowed, b""), headers)
}

pub(crate) fn submit(url: &str, fp: &str, title: &str, state: &Path) -> serde_json::Value {
    let args = [
        "--server",
        url,
        "--team",
        fp,
        "--state",
        state.to_str().unwrap(),
        "--json",
        "--title",
        title,
        "--body",
        "hosting-body-canary",
        "--category",
        "harassment",
        // A codename, for the tests that read the team's replies.
        "--replies",
    ];
    let out = command("dropbox-submit")
        .args(args)
        .args(dropbox_e2e::consent(&args))
        .output()
        .unwrap();
    as_json(&must(out, "dropbox-submit"))
}

pub(crate) fn rev(home: &Path, id: &str, args: &[&str]) -> serde_json::Value {
    let out = command("reviewer")
        .arg("--home")
        .arg(home)
        .args(args)
        .env("REVIEWER_PASSPHRASE", pass(id))
        .output()
        .unwrap();
    as_json(&must(out, "reviewer"))
}

/// Asserts that the team at `host` answers `m`'s signed read of the report
/// `item` with 404, and its delete as for an id the team never had.
pub(crate) fn unknown_to(addr: SocketAddr, host: &str, m: &TestMember, item: &str) {
    let path = format!("/v1/submissions/{item}");
    let (r, _) = signed_at(addr, host, Some(host), m, "GET", &path);
    assert_eq!(r.status, 404, "{}", String::from_utf8_lossy(&r.body));
    let (r, _) = signed_at(addr, host, Some(host), m, "DELETE", &path);
    let (none, _) = signed_at(
        addr,
        host,
        Some(host),
        m,
        "DELETE",
        "/v1/submissions/00112233445566778899aabbccddeeff",
    );
    assert_eq!(
        (r.status, r.json()["error"].clone()),
        (none.status, none.json()["error"].clone())
    );
}

/// Waits until `ok` holds, for up to 20 s (the server looks at the hosting
/// directory every 3 s).
pub(crate) fn eventually(what: &str, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what}: not within 20 s"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn two_teams_on_one_address_see_and_touch_only_their_own() {
    let root = TempDir::new("hosting-two");
    // mallory's keys are listed by both teams.
    let mallory = TestMember::new("mallory", 9, &[Role::Reviewer]);
    let a = make_team("acme", &["alice"], &[&mallory]);
    let b = make_team("ngo", &["erin"], &[&mallory]);
    let hosting = root.join("host");
    add(&hosting, "acme", &a, "127.0.0.1", &[]);
    add(&hosting, "ngo", &b, "localhost", &[]);
    // One host name is one team's.
    let again = team_cmd(&[
        "add",
        "--hosting",
        hosting.to_str().unwrap(),
        "other",
        "--roster",
        b.chain.to_str().unwrap(),
        "--host",
        "LOCALHOST",
    ]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already team ngo's"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );

    let srv = Server::start_hosting(&hosting, &[]);
    let port = srv.addr.port();
    let (ha, hb) = (format!("127.0.0.1:{port}"), format!("localhost:{port}"));

    // Each address serves its own team's roster and page, an unknown one
    // nothing, and the same nothing whatever it names.
    let fp_of = |host: &str| fingerprint_at(srv.addr, host);
    assert_eq!(fp_of(&ha), a.fp);
    assert_eq!(fp_of(&hb), b.fp);
    assert_eq!(get(srv.addr, &hb, "/").status, 200);
    let unknown = get(srv.addr, &format!("other.example:{port}"), "/v1/roster");
    let unknown2 = get(srv.addr, "acme", "/");
    assert_eq!(unknown.status, 404);
    assert_eq!((unknown2.status, &unknown2.body), (404, &unknown.body));
    // An absolute target naming another host than the Host header.
    let mixed = http_host(
        srv.addr,
        &hb,
        "GET",
        &format!("http://{ha}/v1/roster"),
        &[],
        b"",
    );
    assert_eq!(mixed.status, 404);

    // A report to acme, through its own address.
    let url_a = format!("http://{ha}");
    let url_b = format!("http://{hb}");
    let sent = submit(&url_a, &a.fp, "Only for acme", &root.join("state-a"));
    let item = sent["id"].as_str().expect("the report's id").to_owned();
    // ngo's address does not know it, to read or to delete (acme still
    // lists it below).
    unknown_to(srv.addr, &hb, &mallory, &item);

    // A member both teams list: a signature without the address is
    // refused, and one made for acme's address is refused at ngo's.
    let (r, _) = signed_at(srv.addr, &ha, None, &mallory, "GET", "/v1/inbox");
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["error"], "sig-authority-required");
    let (r, headers) = signed_at(srv.addr, &ha, Some(&ha), &mallory, "GET", "/v1/inbox");
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert!(String::from_utf8_lossy(&r.body).contains(&item));
    let borrowed: Vec<(&str, &str)> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let replayed = http_host(srv.addr, &hb, "GET", "/v1/inbox", &borrowed, b"");
    assert_eq!(replayed.status, 401, "a request signed for acme, at ngo");
    let (r, _) = signed_at(srv.addr, &hb, Some(&hb), &mallory, "GET", "/v1/inbox");
    assert_eq!(r.status, 200);
    assert!(!String::from_utf8_lossy(&r.body).contains(&item));

    // The reviewers, each through their own team's address: alice files
    // acme's report; erin, at ngo, has nothing.
    let synced = rev(
        &a.dir.join("alice"),
        "alice",
        &["sync", "--server", &url_a, "--team", &a.fp, "--json"],
    );
    let listed = rev(&a.dir.join("alice"), "alice", &["list", "--json"]);
    assert!(
        listed.to_string().contains("Only for acme"),
        "sync: {synced}; list: {listed}"
    );
    rev(
        &b.dir.join("erin"),
        "erin",
        &["sync", "--server", &url_b, "--team", &b.fp, "--json"],
    );
    let listed = rev(&b.dir.join("erin"), "erin", &["list", "--json"]);
    assert!(!listed.to_string().contains("Only for acme"), "{listed}");
    // alice's annotation is a team event on acme's log only.
    let alice = a.dir.join("alice");
    let cases = rev(&alice, "alice", &["list", "--json"]);
    let case = cases[0]["id"].as_str().unwrap().to_owned();
    rev(
        &alice,
        "alice",
        &["set", &case, "--severity", "high", "--json"],
    );
    rev(
        &alice,
        "alice",
        &["sync", "--server", &url_a, "--team", &a.fp, "--json"],
    );
    let events = |host: &str| {
        let (r, _) = signed_at(srv.addr, host, Some(host), &mallory, "GET", "/v1/events");
        assert_eq!(r.status, 200);
        r.json()["events"].as_array().unwrap().len()
    };
    assert!(events(&ha) > 0, "acme's log holds alice's filing");
    assert_eq!(events(&hb), 0, "ngo's log holds nothing of acme's");
    // A reviewer pointed at the wrong team's address refuses its roster.
    let wrong = command("reviewer")
        .arg("--home")
        .arg(b.dir.join("erin"))
        .args(["sync", "--server", &url_a, "--team", &b.fp, "--json"])
        .env("REVIEWER_PASSPHRASE", pass("erin"))
        .output()
        .unwrap();
    assert!(!wrong.status.success());
}

#[test]
fn quotas_refuse_past_a_teams_limits_and_leave_the_other_team_alone() {
    let root = TempDir::new("hosting-quota");
    let a = make_team("small", &["alice"], &[]);
    let b = make_team("big", &["erin"], &[]);
    let hosting = root.join("host");
    add(
        &hosting,
        "small",
        &a,
        "127.0.0.1",
        &["--submissions-per-day", "2", "--storage-mib", "1"],
    );
    add(&hosting, "big", &b, "localhost", &[]);
    let srv = Server::start_hosting(&hosting, &[]);
    let port = srv.addr.port();
    let (ha, hb) = (format!("127.0.0.1:{port}"), format!("localhost:{port}"));
    let (url_a, url_b) = (format!("http://{ha}"), format!("http://{hb}"));

    // An upload larger than the whole quota is refused at creation.
    let create = |host: &str, len: u64| {
        http_host(
            srv.addr,
            host,
            "POST",
            "/v1/uploads",
            &[
                ("Tus-Resumable", "1.0.0"),
                ("Upload-Length", &len.to_string()),
            ],
            b"",
        )
    };
    let r = create(&ha, 2 << 20);
    assert_eq!(r.status, 507, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["error"], "quota");
    assert_eq!(
        create(&hb, 2 << 20).status,
        201,
        "the other team has no quota"
    );

    // Creations that never send a byte hold no share of the quotas (they
    // cost an attacker nothing): two of them do not use up the day.
    for _ in 0..2 {
        assert_eq!(create(&ha, 100).status, 201);
    }
    // Two reports a day: the third is refused, the other team's is not.
    for n in 0..2 {
        submit(
            &url_a,
            &a.fp,
            &format!("report {n}"),
            &root.join(&format!("s{n}")),
        );
    }
    let s3 = root.join("s3");
    let args = [
        "--server",
        url_a.as_str(),
        "--team",
        a.fp.as_str(),
        "--state",
        s3.to_str().unwrap(),
        "--json",
        "--title",
        "one too many",
        "--body",
        "x",
        "--category",
        "harassment",
    ];
    let third = command("dropbox-submit")
        .args(args)
        .args(dropbox_e2e::consent(&args))
        .output()
        .unwrap();
    assert!(!third.status.success());
    let err = String::from_utf8_lossy(&third.stderr);
    assert!(err.contains("reports a day"), "{err}");
    let r = create(&ha, 100);
    assert_eq!(r.status, 429);
    assert_eq!(r.json()["error"], "daily-limit");
    submit(&url_b, &b.fp, "big's report", &root.join("sb"));

    let listed = must(
        team_cmd(&["list", "--hosting", hosting.to_str().unwrap(), "--json"]),
        "team list",
    );
    let teams = as_json(&listed);
    let small = teams
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "small")
        .unwrap();
    assert_eq!(small["reports"], 2);
    assert_eq!(small["submissions_per_day"], 2);
}

#[test]
fn a_team_added_while_serving_is_served_and_a_removed_one_leaves_nothing() {
    let root = TempDir::new("hosting-live");
    let a = make_team("first", &["alice"], &[]);
    let b = make_team("later", &["erin"], &[]);
    let hosting = root.join("host");
    add(&hosting, "first", &a, "127.0.0.1", &[]);
    // A team whose database is damaged is left out, not the whole host.
    let broken = hosting.join("teams/broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("dropbox.sqlite3"), b"not a database").unwrap();
    std::fs::write(
        broken.join("team.json"),
        br#"{"hosts": ["broken.example"]}"#,
    )
    .unwrap();
    let srv = Server::start_hosting(&hosting, &[]);
    assert!(
        srv.log_text().contains("team broken not served"),
        "{}",
        srv.log_text()
    );
    std::fs::remove_dir_all(&broken).unwrap();
    let port = srv.addr.port();
    let (ha, hb) = (format!("127.0.0.1:{port}"), format!("localhost:{port}"));
    assert_eq!(get(srv.addr, &hb, "/v1/roster").status, 404);
    add(&hosting, "later", &b, "localhost", &[]);
    eventually("the added team is served", || {
        get(srv.addr, &hb, "/v1/roster").status == 200
    });

    let sent = submit(
        &format!("http://{ha}"),
        &a.fp,
        "to be removed",
        &root.join("s"),
    );
    let item = sent["id"].as_str().unwrap().to_owned();
    // Refused without --yes, and nothing is removed.
    let no = team_cmd(&["remove", "--hosting", hosting.to_str().unwrap(), "first"]);
    assert!(!no.status.success());
    assert_eq!(get(srv.addr, &ha, "/v1/roster").status, 200);
    must(
        team_cmd(&[
            "remove",
            "--hosting",
            hosting.to_str().unwrap(),
            "first",
            "--yes",
        ]),
        "team remove",
    );
    eventually("the removed team is no longer served", || {
        get(srv.addr, &ha, "/v1/roster").status == 404
    });
    assert_eq!(get(srv.addr, &hb, "/v1/roster").status, 200);
    // Nothing of it is left in the hosting directory: no file named after
    // its report, none holding its fingerprint.
    let mut left = Vec::new();
    let mut stack = vec![hosting.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap_or_default();
                let text = String::from_utf8_lossy(&bytes);
                if p.to_string_lossy().contains(&item) || text.contains(&a.fp) {
                    left.push(p);
                }
            }
        }
    }
    assert!(left.is_empty(), "left behind: {left:?}");
    let listed = as_json(&must(
        team_cmd(&["list", "--hosting", hosting.to_str().unwrap(), "--json"]),
        "team list",
    ));
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // Removed and added again under its name at once (a team re-created
    // after a key compromise): served with its new roster, not the old.
    let c = make_team("again", &["frank"], &[]);
    let h = hosting.to_str().unwrap();
    must(
        team_cmd(&["remove", "--hosting", h, "later", "--yes"]),
        "team remove",
    );
    add(&hosting, "later", &c, "localhost", &[]);
    let fp_at = |host: &str| {
        let r = get(srv.addr, host, "/v1/roster");
        let chain: Vec<dropbox_crypto::dsse::Envelope> =
            serde_json::from_slice(&r.body).unwrap_or_default();
        chain.first().map(|e| {
            let first = e.parse(dropbox_crypto::dsse::ROSTER_TYPE).unwrap();
            dropbox_crypto::TeamFingerprint(dropbox_crypto::Sha256Digest::of(&first.payload))
                .to_string()
        })
    };
    eventually("the re-created team is served with its new roster", || {
        fp_at(&hb).as_deref() == Some(c.fp.as_str())
    });
    assert_ne!(c.fp, b.fp);
}

#[test]
fn adds_and_removes_take_turns_clean_up_after_a_crash_and_stop_a_team_at_once() {
    let root = TempDir::new("hosting-turns");
    let a = make_team("turns", &["alice"], &[]);
    let hosting = root.join("host");
    let h = hosting.to_str().unwrap();
    add(&hosting, "first", &a, "127.0.0.1", &[]);

    // What a `team add` and a `team remove` killed halfway leave behind.
    let teams = hosting.join("teams");
    for left in [".adding-ghost-0011", ".removing-old-2233"] {
        std::fs::create_dir_all(teams.join(left).join("blobs")).unwrap();
        std::fs::write(teams.join(left).join("blobs/x"), b"leftover-canary").unwrap();
    }
    // A team whose settings and database cannot be read.
    let broken = teams.join("broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("dropbox.sqlite3"), b"not a database").unwrap();
    std::fs::write(broken.join("team.json"), b"{not json").unwrap();

    // `team list` shows it with its problem, and the others as usual.
    let listed = as_json(&must(
        team_cmd(&["list", "--hosting", h, "--json"]),
        "team list",
    ));
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2, "{listed:?}");
    let by_name = |n: &str| listed.iter().find(|t| t["name"] == n).unwrap().clone();
    assert!(
        by_name("broken")["problem"]
            .as_str()
            .unwrap()
            .contains("team.json")
    );
    assert_eq!(
        by_name("first")["fingerprint"].as_str(),
        Some(a.fp.as_str())
    );
    assert!(by_name("first").get("problem").is_none());
    // Listing found no add or remove running: the leftovers are gone.
    assert!(!teams.join(".adding-ghost-0011").exists());
    assert!(!teams.join(".removing-old-2233").exists());

    // Two adds naming the same host name at once: exactly one succeeds,
    // the other names the host as taken, and it warns about the team it
    // could not check.
    let b = make_team("turns-b", &["bob"], &[]);
    let c = make_team("turns-c", &["carol"], &[]);
    let spawn = |name: &str, made: &Made| {
        command("dropbox-server")
            .args(["team", "add", "--hosting", h, name, "--roster"])
            .arg(&made.chain)
            .args(["--host", "localhost", "--json"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (pb, pc) = (spawn("second", &b), spawn("third", &c));
    let outs = [
        pb.wait_with_output().unwrap(),
        pc.wait_with_output().unwrap(),
    ];
    let won: Vec<&Output> = outs.iter().filter(|o| o.status.success()).collect();
    assert_eq!(won.len(), 1, "{outs:?}");
    let lost = outs.iter().find(|o| !o.status.success()).unwrap();
    let lost_err = String::from_utf8_lossy(&lost.stderr);
    assert!(lost_err.contains("already team"), "{lost_err}");
    let won_err = String::from_utf8_lossy(&won[0].stderr);
    assert!(
        won_err.contains("warning: team broken's host names were not compared"),
        "{won_err}"
    );
    std::fs::remove_dir_all(&broken).unwrap();

    // A removed team stops answering at its next request, not at the
    // server's next look at the directory.
    let srv = Server::start_hosting(&hosting, &[]);
    let ha = format!("127.0.0.1:{}", srv.addr.port());
    assert_eq!(get(srv.addr, &ha, "/v1/roster").status, 200);
    must(
        team_cmd(&["remove", "--hosting", h, "first", "--yes"]),
        "team remove",
    );
    assert_eq!(get(srv.addr, &ha, "/v1/roster").status, 404);
    let hb = format!("localhost:{}", srv.addr.port());
    assert_eq!(get(srv.addr, &hb, "/v1/roster").status, 200);
}

#[test]
fn concurrent_first_parts_never_overshoot_a_teams_storage_quota() {
    let root = TempDir::new("hosting-race");
    let a = make_team("race", &["alice"], &[]);
    let hosting = root.join("host");
    add(&hosting, "race", &a, "127.0.0.1", &["--storage-mib", "1"]);
    let srv = Server::start_hosting(&hosting, &[]);
    let host = format!("127.0.0.1:{}", srv.addr.port());
    // Twelve uploads of one real report of about 400 KiB (its first part
    // must carry an age header for the team): two fit in 1 MiB, a third
    // does not. Creations hold nothing, so all twelve are made.
    let fp: dropbox_crypto::TeamFingerprint = a.fp.parse().unwrap();
    let chain =
        dropbox_crypto::roster::parse_chain_json(&std::fs::read(&a.chain).unwrap()).unwrap();
    let roster = dropbox_crypto::roster::verify_chain(&fp, &chain, UnixTime::now())
        .unwrap()
        .head()
        .roster
        .clone();
    let file = crate::uploads::age_file(&roster, &["alice"], "race", 400 << 10);
    let len = file.len();
    assert!(2 * len < 1 << 20 && 3 * len > 1 << 20);
    let ids: Vec<String> = (0..12)
        .map(|_| {
            let r = http_host(
                srv.addr,
                &host,
                "POST",
                "/v1/uploads",
                &[
                    ("Tus-Resumable", "1.0.0"),
                    ("Upload-Length", &len.to_string()),
                ],
                b"",
            );
            assert_eq!(r.status, 201);
            r.header("location").unwrap().to_owned()
        })
        .collect();
    // Their first parts (a quarter each, so every upload stays open and
    // keeps its share) all at once.
    let gate = std::sync::Barrier::new(ids.len());
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let handles: Vec<_> = ids
            .iter()
            .map(|loc| {
                let (gate, host, part) = (&gate, &host, &file[..len / 4]);
                s.spawn(move || {
                    gate.wait();
                    http_host(
                        srv.addr,
                        host,
                        "PATCH",
                        loc,
                        &[
                            ("Tus-Resumable", "1.0.0"),
                            ("Upload-Offset", "0"),
                            ("Content-Type", "application/offset+octet-stream"),
                        ],
                        part,
                    )
                    .status
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let taken = statuses.iter().filter(|&&s| s == 204).count();
    let refused = statuses.iter().filter(|&&s| s == 507).count();
    assert_eq!((taken, refused), (2, 10), "{statuses:?}");
}
