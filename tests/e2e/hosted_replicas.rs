//! Issue 21: a host of many teams run as replicas. The teams are in a
//! registry in PostgreSQL, each team in a database and a place in the
//! bucket of its own, and two `serve --hosting … --metadata … --blobs …`
//! processes (each with its own local directory) serve them all: each
//! team is reached through either replica and only at its own address; a
//! signed request used at one replica is a replay at the other; a team
//! added while they run is served by both; a team removed is served by
//! neither and leaves no database and no object behind. Each team's
//! items, mailbox and events are its own through either replica, and the
//! replicas' digest command goes once a day for each team, told which.

use dropbox_crypto::codename::{Codename, CodenameKeys};
use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::Role;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::garage::Garage;
use dropbox_e2e::homes::{as_json, must};
use dropbox_e2e::pg::PgCluster;
use dropbox_e2e::{Server, TempDir, TestMember, http_host};
use std::net::SocketAddr;

use crate::hosting::{
    self, Made, eventually, fingerprint_at, get, make_team, rev, signed_at, submit, unknown_to,
};

const BUCKET: &str = "hosts";

/// `dropbox-server team …` against the registry.
fn team(reg: &str, garage: &Garage, args: &[&str]) -> std::process::Output {
    dropbox_e2e::command("dropbox-server")
        .arg("team")
        .args(args)
        .args(["--metadata", reg, "--blobs", &format!("s3://{BUCKET}")])
        .envs(garage.env())
        .output()
        .unwrap()
}

fn add(reg: &str, garage: &Garage, name: &str, made: &Made, host: &str) {
    let out = team(
        reg,
        garage,
        &[
            "add",
            name,
            "--roster",
            made.chain.to_str().unwrap(),
            "--host",
            host,
            "--json",
        ],
    );
    let out = must(out, "team add");
    assert_eq!(
        as_json(&out)["fingerprint"].as_str(),
        Some(made.fp.as_str())
    );
}

/// `team add other` with `made`'s roster at `host`, which must be refused:
/// its standard error.
fn refused_add(reg: &str, garage: &Garage, made: &Made, host: &str) -> String {
    let out = team(
        reg,
        garage,
        &[
            "add",
            "other",
            "--roster",
            made.chain.to_str().unwrap(),
            "--host",
            host,
        ],
    );
    assert!(!out.status.success(), "team add at {host} was not refused");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A reporter's read of their mailbox, sent with `Host: host`.
fn read_mailbox(addr: SocketAddr, host: &str, keys: &CodenameKeys) -> dropbox_e2e::Response {
    let mailbox = keys.mailbox();
    let path = format!("/v1/mailboxes/{mailbox}");
    let h = Signer::new(&KeyId::Mailbox(mailbox), &keys.mailbox_key).sign(
        "GET",
        &path,
        None,
        None,
        UnixTime::now(),
        &httpsig::new_nonce(),
    );
    let headers = [
        ("Signature-Input", h.signature_input.as_str()),
        ("Signature", h.signature.as_str()),
    ];
    http_host(addr, host, "GET", &path, &headers, b"")
}

/// The team names the digest command was run for, one line each.
fn digests(file: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect();
    v.sort();
    v
}

fn databases(pg: &PgCluster) -> Vec<String> {
    let mut c = postgres::Client::connect(&pg.url("postgres"), postgres::NoTls).unwrap();
    let mut v: Vec<String> = c
        .query(
            "SELECT datname FROM pg_database WHERE datname LIKE 'dropbox\\_%' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    v.sort();
    v
}

#[test]
fn two_replicas_serve_a_registry_of_teams_each_only_at_its_own_address() {
    let garage = Garage::start();
    garage.create_bucket(BUCKET);
    let pg = PgCluster::start();
    let reg = pg.create_db("registry");
    let root = TempDir::new("hosted-replicas");
    let mallory = TestMember::new("mallory", 9, &[Role::Reviewer]);
    let acme = make_team("hracme", &["alice"], &[&mallory]);
    let ngo = make_team("hrngo", &["erin"], &[&mallory]);
    add(&reg, &garage, "acme", &acme, "127.0.0.1");
    add(&reg, &garage, "ngo", &ngo, "localhost");
    // A host name is one team's, whoever adds it.
    let err = refused_add(&reg, &garage, &ngo, "LOCALHOST");
    assert!(err.contains("already team ngo's"), "{err}");
    assert_eq!(databases(&pg).len(), 2, "the refused add left no database");

    // The digest is due only within its hour, which must not end before
    // the added team's first round (the servers' clock is moved when it
    // would).
    let (hour, clock) = dropbox_e2e::digest_hour();
    let sent = root.join("digests");
    // One command for every team of the registry, told which by name.
    let command = format!(
        "cat >/dev/null; echo \"$DROPBOX_TEAM\" >> '{}'",
        sent.display()
    );
    let flags = [
        "--metadata",
        reg.as_str(),
        "--blobs",
        "s3://hosts",
        "--upload-start-timeout",
        "2",
        "--notify-command",
        &command,
        "--notify-hour",
        &hour,
        "--notify-daily",
    ];
    let env: Vec<(String, String)> = garage.env().into_iter().chain(clock).collect();
    let a = Server::start_hosting_env(&root.join("a"), &flags, &env);
    let b = Server::start_hosting_env(&root.join("b"), &flags, &env);
    // Behind one address, as a load balancer sends them: every request
    // names A's address, whichever replica gets it.
    let (ha, hn) = (
        format!("127.0.0.1:{}", a.addr.port()),
        format!("localhost:{}", a.addr.port()),
    );
    let fp_of = |srv: &Server, host: &str| fingerprint_at(srv.addr, host);
    for srv in [&a, &b] {
        assert_eq!(fp_of(srv, &ha), acme.fp);
        assert_eq!(fp_of(srv, &hn), ngo.fp);
        assert_eq!(get(srv.addr, "unknown.example", "/v1/roster").status, 404);
    }
    // Each team's digest, once between the two replicas.
    eventually("a digest for each team", || {
        digests(&sent) == ["acme", "ngo"]
    });

    // Uploads that received nothing go after the start time, whichever
    // replica and team: each team's look keeps its own watch (a look at
    // ngo's uploads once wiped acme's, so they stayed for days).
    let created = http_host(
        a.addr,
        &ha,
        "POST",
        "/v1/uploads",
        &[("Tus-Resumable", "1.0.0"), ("Upload-Length", "1000")],
        b"",
    );
    assert_eq!(
        created.status,
        201,
        "{}",
        String::from_utf8_lossy(&created.body)
    );
    let location = created.header("location").unwrap().to_owned();
    let other = http_host(
        b.addr,
        &hn,
        "POST",
        "/v1/uploads",
        &[("Tus-Resumable", "1.0.0"), ("Upload-Length", "1000")],
        b"",
    );
    assert_eq!(other.status, 201);
    let other_location = other.header("location").unwrap().to_owned();
    for (host, loc) in [(&ha, &location), (&hn, &other_location)] {
        eventually("a bodiless upload dropped", || {
            http_host(
                b.addr,
                host,
                "HEAD",
                loc,
                &[("Tus-Resumable", "1.0.0")],
                b"",
            )
            .status
                == 404
        });
    }

    // A report to acme through A; listed through B at acme's address only.
    let sent_report = submit(
        &format!("http://{ha}"),
        &acme.fp,
        "Only for acme",
        &root.join("state"),
    );
    let item = sent_report["id"]
        .as_str()
        .expect("the report's id")
        .to_owned();
    let (r, headers) = signed_at(b.addr, &ha, Some(&ha), &mallory, "GET", "/v1/inbox");
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert!(String::from_utf8_lossy(&r.body).contains(&item));
    let (r, _) = signed_at(b.addr, &hn, Some(&hn), &mallory, "GET", "/v1/inbox");
    assert_eq!(r.status, 200);
    assert!(!String::from_utf8_lossy(&r.body).contains(&item));
    // The request B took is a replay at A.
    let borrowed: Vec<(&str, &str)> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let replayed = http_host(a.addr, &ha, "GET", "/v1/inbox", &borrowed, b"");
    assert_eq!(
        replayed.status,
        401,
        "{}",
        String::from_utf8_lossy(&replayed.body)
    );
    // ngo's address, through either replica, does not know acme's report,
    // to read or to delete: answered as for an id ngo never had.
    for srv in [&a, &b] {
        unknown_to(srv.addr, &hn, &mallory, &item);
    }
    let path = format!("/v1/submissions/{item}");
    let (r, _) = signed_at(a.addr, &ha, Some(&ha), &mallory, "GET", &path);
    assert_eq!(
        r.status,
        200,
        "still acme's: {}",
        String::from_utf8_lossy(&r.body)
    );
    // alice files it through B.
    let url_b = format!("http://127.0.0.1:{}", b.addr.port());
    let alice = acme.dir.join("alice");
    rev(
        &alice,
        "alice",
        &["sync", "--server", &url_b, "--team", &acme.fp, "--json"],
    );
    let listed = rev(&alice, "alice", &["list", "--json"]);
    assert!(listed.to_string().contains("Only for acme"), "{listed}");
    let case = listed[0]["id"].as_str().unwrap().to_owned();

    // Her reply goes through B (the server she synced with) into acme's
    // mailbox, read through A; ngo's address holds nothing of it.
    rev(
        &alice,
        "alice",
        &["reply", &case, "--message", "hr-reply-canary", "--json"],
    );
    let code = sent_report["codename"].as_str().expect("the codename");
    let keys = Codename::parse(code)
        .unwrap()
        .derive(&acme.fp.parse().unwrap());
    let at_acme = read_mailbox(a.addr, &ha, &keys);
    assert_eq!(
        at_acme.status,
        200,
        "{}",
        String::from_utf8_lossy(&at_acme.body)
    );
    assert_eq!(
        at_acme.json().as_array().map(Vec::len),
        Some(1),
        "{:?}",
        at_acme.json()
    );
    for srv in [&a, &b] {
        let at_ngo = read_mailbox(srv.addr, &hn, &keys);
        assert!(
            at_ngo.status == 404 || at_ngo.json().as_array().is_some_and(Vec::is_empty),
            "{} {}",
            at_ngo.status,
            String::from_utf8_lossy(&at_ngo.body)
        );
    }

    // Her annotation is an event on acme's log, through either replica,
    // and on ngo's through neither.
    rev(
        &alice,
        "alice",
        &["set", &case, "--severity", "high", "--json"],
    );
    let url_a = format!("http://127.0.0.1:{}", a.addr.port());
    rev(
        &alice,
        "alice",
        &["sync", "--server", &url_a, "--team", &acme.fp, "--json"],
    );
    let events = |srv: &Server, host: &str| {
        let (r, _) = signed_at(srv.addr, host, Some(host), &mallory, "GET", "/v1/events");
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        r.json()["events"].as_array().unwrap().len()
    };
    for srv in [&a, &b] {
        assert!(events(srv, &ha) > 0, "acme's log holds alice's events");
        assert_eq!(events(srv, &hn), 0, "ngo's log holds nothing of acme's");
    }

    // The registry's list: both teams, acme holding one report.
    let list = as_json(&must(team(&reg, &garage, &["list", "--json"]), "team list"));
    let reports = |name: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == name)
            .map(|t| t["reports"].as_u64().unwrap())
    };
    assert_eq!(
        (reports("acme"), reports("ngo")),
        (Some(1), Some(0)),
        "{list}"
    );

    // The report's object is in the bucket under acme's own place.
    let keys: Vec<String> = garage.listing(BUCKET).into_iter().map(|o| o.key).collect();
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(
        keys[0].starts_with("teams/") && keys[0].ends_with(&item),
        "{keys:?}"
    );

    // A team added while both run is served by both; this one at a path
    // prefix of a shared host, kept in the registry's settings as
    // `team.json` keeps it.
    let third = make_team("hrthird", &["frank"], &[]);
    add(&reg, &garage, "third", &third, "shared.example/third");
    for srv in [&a, &b] {
        eventually("the added team served", || {
            get(srv.addr, "shared.example", "/third/v1/roster").status == 200
        });
        assert_eq!(
            crate::hosting::fingerprint_at_path(srv.addr, "shared.example", "/third"),
            third.fp
        );
        assert_eq!(get(srv.addr, "shared.example", "/v1/roster").status, 404);
    }
    // Its digest too, and still once for each team between the replicas.
    eventually("the added team's digest", || {
        digests(&sent).contains(&"third".to_owned())
    });
    std::thread::sleep(std::time::Duration::from_secs(3));
    assert_eq!(digests(&sent), ["acme", "ngo", "third"]);
    // The host now carries prefixes: a team without one is refused there,
    // under the registry's lock as for a host name.
    let err = refused_add(&reg, &garage, &ngo, "shared.example");
    assert!(err.contains("carries teams under path prefixes"), "{err}");

    // acme removed: neither replica serves it, its database and its
    // objects are gone, the others stay.
    let out = team(&reg, &garage, &["remove", "acme", "--yes", "--json"]);
    must(out, "team remove");
    for srv in [&a, &b] {
        eventually("the removed team no longer served", || {
            get(srv.addr, &ha, "/v1/roster").status == 404
        });
        assert_eq!(fp_of(srv, &hn), ngo.fp);
    }
    assert_eq!(databases(&pg).len(), 2, "{:?}", databases(&pg));
    assert!(
        garage.listing(BUCKET).is_empty(),
        "acme's report is deleted from the bucket: {:?}",
        garage
            .listing(BUCKET)
            .iter()
            .map(|o| &o.key)
            .collect::<Vec<_>>()
    );
    // Each replica's local directory keeps only the teams it serves.
    for dir in ["a", "b"] {
        let left = std::fs::read_dir(root.join(dir).join("replica"))
            .unwrap()
            .count();
        assert_eq!(left, 2, "replica {dir}");
    }
    let gone = team(&reg, &garage, &["remove", "acme", "--yes"]);
    assert!(!gone.status.success());
    // The registry knows its bucket: another one is refused, not served
    // (its teams' reports would all be missing).
    let wrong = dropbox_e2e::command("dropbox-server")
        .args([
            "team",
            "list",
            "--metadata",
            &reg,
            "--blobs",
            "s3://hosts/elsewhere",
        ])
        .envs(garage.env())
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    let err = String::from_utf8_lossy(&wrong.stderr);
    assert!(err.contains("another bucket"), "{err}");
    assert!(
        !err.contains("hosts/elsewhere") && !err.contains("postgres://"),
        "{err}"
    );
}

/// A hosted team of a hosting directory moves to a registry with `team add
/// --from`: not while its server serves it; then with its settings, its
/// report (checked against its receipt, now in the bucket), its log and its
/// used nonces, served by a replica as before, its source left as it was.
#[test]
fn a_hosted_team_moves_to_a_registry_with_its_reports_log_and_nonces() {
    let garage = Garage::start();
    garage.create_bucket(BUCKET);
    let pg = PgCluster::start();
    let reg = pg.create_db("registry");
    let root = TempDir::new("hosted-move");
    let mallory = TestMember::new("mallory", 9, &[Role::Reviewer]);
    let acme = make_team("hrmove", &["alice"], &[&mallory]);
    let dir = root.join("host");
    hosting::add(&dir, "acme", &acme, "127.0.0.1", &["--storage-mib", "64"]);
    let team_dir = dir.join("teams").join("acme");

    let mut old = Server::start_hosting(&dir, &[]);
    let ha = format!("127.0.0.1:{}", old.addr.port());
    let url = format!("http://{ha}");
    // One report filed by alice, with an event on the log; another left
    // waiting on the drop box.
    submit(&url, &acme.fp, "Filed before the move", &root.join("s1"));
    let alice = acme.dir.join("alice");
    rev(
        &alice,
        "alice",
        &["sync", "--server", &url, "--team", &acme.fp, "--json"],
    );
    let case = rev(&alice, "alice", &["list", "--json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    rev(
        &alice,
        "alice",
        &["set", &case, "--severity", "high", "--json"],
    );
    rev(
        &alice,
        "alice",
        &["sync", "--server", &url, "--team", &acme.fp, "--json"],
    );
    let waiting = submit(&url, &acme.fp, "Waiting through the move", &root.join("s2"));
    let (r, used) = signed_at(old.addr, &ha, Some(&ha), &mallory, "GET", "/v1/events");
    assert_eq!(r.status, 200);
    let events_before = r.json()["events"].as_array().unwrap().len();
    assert!(events_before > 0);

    let move_it = |name: &str| {
        team(
            &reg,
            &garage,
            &["add", name, "--from", team_dir.to_str().unwrap(), "--json"],
        )
    };
    // Not while it is served: nothing is made.
    let busy = move_it("acme");
    assert!(!busy.status.success());
    assert!(
        String::from_utf8_lossy(&busy.stderr).contains("in use"),
        "{}",
        String::from_utf8_lossy(&busy.stderr)
    );
    assert!(databases(&pg).is_empty(), "{:?}", databases(&pg));
    assert!(garage.listing(BUCKET).is_empty());

    old.kill9();
    let db_file = team_dir.join("dropbox.sqlite3");
    let source_before = std::fs::read(&db_file).unwrap();
    let moved = as_json(&must(move_it("acme"), "team add --from"));
    assert_eq!(
        moved["fingerprint"].as_str(),
        Some(acme.fp.as_str()),
        "{moved}"
    );
    assert_eq!(moved["hosts"], serde_json::json!(["127.0.0.1"]), "{moved}");
    // Both reports: the filed one waits for mallory's fetch too.
    assert_eq!(moved["moved"]["reports"], 2, "{moved}");
    assert_eq!(
        moved["moved"]["events"].as_u64(),
        Some(events_before as u64),
        "{moved}"
    );
    assert_eq!(
        std::fs::read(&db_file).unwrap(),
        source_before,
        "the source is only read"
    );
    let list = as_json(&must(team(&reg, &garage, &["list", "--json"]), "team list"));
    assert_eq!(list[0]["name"], "acme", "{list}");
    assert_eq!(list[0]["reports"], 2, "{list}");
    assert_eq!(
        list[0]["storage_mib"], 64,
        "team.json's quota came along: {list}"
    );
    let keys: Vec<String> = garage.listing(BUCKET).into_iter().map(|o| o.key).collect();
    let id = waiting["id"].as_str().unwrap();
    assert!(
        keys.len() == 2
            && keys.iter().all(|k| k.starts_with("teams/"))
            && keys.iter().any(|k| k.ends_with(id)),
        "{keys:?}"
    );
    // Once is enough: the name is taken.
    assert!(!move_it("acme").status.success());

    let flags = ["--metadata", reg.as_str(), "--blobs", "s3://hosts"];
    let replica = Server::start_hosting_env(&root.join("replica"), &flags, &garage.env());
    let hr = format!("127.0.0.1:{}", replica.addr.port());
    eventually("the moved team served", || {
        get(replica.addr, &hr, "/v1/roster").status == 200
    });
    assert_eq!(fingerprint_at(replica.addr, &hr), acme.fp);
    // A request used before the move is still a replay after it.
    let borrowed: Vec<(&str, &str)> = used.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let replayed = http_host(replica.addr, &ha, "GET", "/v1/events", &borrowed, b"");
    assert_eq!(replayed.json()["error"], "sig-replay");
    assert_eq!(
        replayed.status,
        401,
        "{}",
        String::from_utf8_lossy(&replayed.body)
    );
    let (r, _) = signed_at(replica.addr, &hr, Some(&hr), &mallory, "GET", "/v1/events");
    assert_eq!(r.json()["events"].as_array().unwrap().len(), events_before);
    // alice continues through the replica: the waiting report arrives.
    let url_r = format!("http://{hr}");
    rev(
        &alice,
        "alice",
        &["sync", "--server", &url_r, "--team", &acme.fp, "--json"],
    );
    let listed = rev(&alice, "alice", &["list", "--json"]).to_string();
    assert!(
        listed.contains("Filed before the move") && listed.contains("Waiting through the move"),
        "{listed}"
    );
}
