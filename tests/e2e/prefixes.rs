//! Issue 21, item 1: a team's address may be a path prefix of a host
//! shared with other teams (`team add --host HOST/PREFIX`). Two teams at
//! `127.0.0.1/acme` and `127.0.0.1/beta`, and one with a host of its own
//! (`localhost`), all on one `serve --hosting`: each prefix serves only its
//! team; a report sent by `dropbox-submit` at a prefix (its tus upload
//! included) is synced by `reviewer` at that prefix; a member listed by
//! both prefixed teams cannot have a request signed for one replayed at
//! the other (the signature covers the path with its prefix); a prefix
//! nobody has gets the very 404 an unknown host gets; and `team add`
//! refuses what would make one address name two teams.

use std::net::SocketAddr;

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::Role;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::homes::{as_json, must};
use dropbox_e2e::{Response, Server, TempDir, TestMember, http_host};

use crate::hosting::{fingerprint_at_path, get, make_team, rev, submit, team_cmd};

/// `team add` of `made`'s roster as `name` at `host`, expected to fail
/// with a message containing `why`.
fn refused(hosting: &std::path::Path, name: &str, chain: &std::path::Path, host: &str, why: &str) {
    let out = team_cmd(&[
        "add",
        "--hosting",
        hosting.to_str().unwrap(),
        name,
        "--roster",
        chain.to_str().unwrap(),
        "--host",
        host,
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "team add --host {host} passed");
    assert!(err.contains(why), "team add --host {host}: {err}");
}

/// Signs `signed_path` as `m` for `host`, and sends it to `sent_path`.
fn signed_to(
    addr: SocketAddr,
    host: &str,
    m: &TestMember,
    signed_path: &str,
    sent_path: &str,
) -> Response {
    let h = Signer::new(&KeyId::Member(m.id.clone()), &m.transport)
        .with_authority(Some(host))
        .sign(
            "GET",
            signed_path,
            None,
            None,
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
    http_host(
        addr,
        host,
        "GET",
        sent_path,
        &[
            ("Signature-Input", &h.signature_input),
            ("Signature", &h.signature),
        ],
        b"",
    )
}

#[test]
fn teams_at_path_prefixes_of_one_host_see_and_touch_only_their_own() {
    let root = TempDir::new("prefixes");
    // mallory's keys are listed by both prefixed teams.
    let mallory = TestMember::new("mallory", 9, &[Role::Reviewer]);
    let a = make_team("acme", &["alice"], &[&mallory]);
    let b = make_team("beta", &["erin"], &[&mallory]);
    let c = make_team("solo", &["frank"], &[]);
    let hosting = root.join("host");
    let add = |name: &str, chain: &std::path::Path, host: &str| {
        let out = must(
            team_cmd(&[
                "add",
                "--hosting",
                hosting.to_str().unwrap(),
                name,
                "--roster",
                chain.to_str().unwrap(),
                "--host",
                host,
                "--json",
            ]),
            "team add",
        );
        as_json(&out)
    };
    let added = add("acme", &a.chain, "127.0.0.1/acme");
    assert_eq!(added["hosts"][0], "127.0.0.1/acme");
    add("beta", &b.chain, "127.0.0.1/beta/");
    add("solo", &c.chain, "localhost");
    // A host carries one team without a prefix, or prefixed teams, never
    // both; a prefix is one team's; a prefix is never a route.
    refused(
        &hosting,
        "other",
        &c.chain,
        "127.0.0.1",
        "carries teams under path prefixes",
    );
    refused(
        &hosting,
        "other",
        &c.chain,
        "localhost/other",
        "is team solo's alone",
    );
    refused(
        &hosting,
        "other",
        &c.chain,
        "127.0.0.1/acme",
        "already team acme's",
    );
    refused(&hosting, "other", &c.chain, "127.0.0.1/v1", "path prefix");
    refused(&hosting, "other", &c.chain, "127.0.0.1/a/b", "path prefix");
    let listed = as_json(&must(
        team_cmd(&["list", "--hosting", hosting.to_str().unwrap(), "--json"]),
        "team list",
    ));
    assert_eq!(listed.as_array().unwrap().len(), 3, "{listed}");
    assert!(listed.to_string().contains("127.0.0.1/beta"), "{listed}");

    let srv = Server::start_hosting(&hosting, &[]);
    let port = srv.addr.port();
    let (hp, hs) = (format!("127.0.0.1:{port}"), format!("localhost:{port}"));

    // Each prefix serves its own team's roster, page and script; the
    // host of its own, its own.
    assert_eq!(fingerprint_at_path(srv.addr, &hp, "/acme"), a.fp);
    assert_eq!(fingerprint_at_path(srv.addr, &hp, "/beta"), b.fp);
    assert_eq!(fingerprint_at_path(srv.addr, &hs, ""), c.fp);
    let page = get(srv.addr, &hp, "/acme/");
    assert_eq!(page.status, 200);
    assert_eq!(page.body, get(srv.addr, &hs, "/").body, "the same page");
    assert_eq!(get(srv.addr, &hp, "/beta/app.js").status, 200);
    // The prefix alone sends the browser to the page's own address, where
    // its relative addresses resolve under the prefix.
    let bare = get(srv.addr, &hp, "/acme?x=1");
    assert_eq!(bare.status, 308);
    assert_eq!(bare.header("location"), Some("/acme/?x=1"));

    // No prefix, a prefix nobody has, a prefix's look-alike, a prefix on
    // the host of its own, an unknown host: the same 404, which tells
    // nothing of which teams exist.
    let unknown = get(srv.addr, &format!("other.example:{port}"), "/v1/roster");
    assert_eq!(unknown.status, 404);
    for (host, path) in [
        (&hp, "/"),
        (&hp, "/v1/roster"),
        (&hp, "/gamma/v1/roster"),
        (&hp, "/acmex/v1/roster"),
        (&hp, "/ACME/v1/roster"),
        (&hp, "/gamma"),
        (&hs, "/acme/v1/roster"),
    ] {
        let r = get(srv.addr, host, path);
        assert_eq!((r.status, &r.body), (404, &unknown.body), "{host}{path}");
    }

    // A report to acme through its prefix, given with its trailing slash
    // (the tus upload's Location is under the prefix); alice syncs it at
    // the prefix given without one.
    let url_a = format!("http://{hp}/acme");
    let url_b = format!("http://{hp}/beta/");
    let sent = submit(
        &format!("{url_a}/"),
        &a.fp,
        "Only for acme at its prefix",
        &root.join("state-a"),
    );
    let item = sent["id"].as_str().expect("the report's id").to_owned();
    let synced = rev(
        &a.dir.join("alice"),
        "alice",
        &["sync", "--server", &url_a, "--team", &a.fp, "--json"],
    );
    let listed = rev(&a.dir.join("alice"), "alice", &["list", "--json"]);
    assert!(
        listed.to_string().contains("Only for acme at its prefix"),
        "sync: {synced}; list: {listed}"
    );
    // erin, at beta's prefix, has nothing of it.
    rev(
        &b.dir.join("erin"),
        "erin",
        &["sync", "--server", &url_b, "--team", &b.fp, "--json"],
    );
    let listed = rev(&b.dir.join("erin"), "erin", &["list", "--json"]);
    assert!(!listed.to_string().contains("Only for acme"), "{listed}");

    // mallory, in both rosters, on one host name: the signature covers the
    // path with its prefix, so a request signed for acme is refused at
    // beta's prefix, and one signed without the prefix is refused at both.
    let at_acme = signed_to(srv.addr, &hp, &mallory, "/acme/v1/inbox", "/acme/v1/inbox");
    assert_eq!(
        at_acme.status,
        200,
        "{}",
        String::from_utf8_lossy(&at_acme.body)
    );
    assert!(String::from_utf8_lossy(&at_acme.body).contains(&item));
    let replayed = signed_to(srv.addr, &hp, &mallory, "/acme/v1/inbox", "/beta/v1/inbox");
    assert_eq!(replayed.status, 401, "signed for acme, sent to beta");
    let unprefixed = signed_to(srv.addr, &hp, &mallory, "/v1/inbox", "/acme/v1/inbox");
    assert_eq!(unprefixed.status, 401, "signed without the prefix");
    let at_beta = signed_to(srv.addr, &hp, &mallory, "/beta/v1/inbox", "/beta/v1/inbox");
    assert_eq!(at_beta.status, 200);
    assert!(!String::from_utf8_lossy(&at_beta.body).contains(&item));
    // beta does not know acme's report, to read it.
    let path = format!("/beta/v1/submissions/{item}");
    let r = signed_to(srv.addr, &hp, &mallory, &path, &path);
    assert_eq!(r.status, 404);

    // A reviewer pointed at the other prefix refuses its roster.
    let wrong = dropbox_e2e::command("reviewer")
        .arg("--home")
        .arg(b.dir.join("erin"))
        .args(["sync", "--server", &url_a, "--team", &b.fp, "--json"])
        .env("REVIEWER_PASSPHRASE", dropbox_e2e::homes::pass("erin"))
        .output()
        .unwrap();
    assert!(!wrong.status.success());
}

/// The page at a team's prefix, in Debian's headless Chromium: every
/// request it makes (roster, drop keys, proof of work, the tus upload and
/// its resumption after a cut connection, the signed thread record in the
/// mailbox) goes under the prefix, another team's fingerprint is refused
/// there, and the report arrives at that team only.
#[test]
fn the_page_sends_a_report_from_a_path_prefix_in_chromium() {
    let web = crate::web::web_ready();
    let root = TempDir::new("prefixes-page");
    let a = make_team("pacme", &["alice"], &[]);
    let b = make_team("pbeta", &["erin"], &[]);
    let hosting = root.join("host");
    for (name, made, host) in [
        ("acme", &a, "127.0.0.1/acme"),
        ("beta", &b, "127.0.0.1/beta"),
    ] {
        must(
            team_cmd(&[
                "add",
                "--hosting",
                hosting.to_str().unwrap(),
                name,
                "--roster",
                made.chain.to_str().unwrap(),
                "--host",
                host,
            ]),
            "team add",
        );
    }
    let srv = Server::start_hosting(&hosting, &[]);
    let origin = format!("http://127.0.0.1:{}", srv.addr.port());
    let base = format!("{origin}/acme");
    let spec = serde_json::json!({
        "base": base,
        "fingerprint": a.fp,
        "title": "From the page at a prefix",
        "body": "prefix-page-body-canary",
        "replies": true,
        "drop_connection": true,
        "wrong_fingerprint": b.fp,
    });
    let result = crate::web::run_page(&web, &root, "prefix", spec, &srv);
    assert_eq!(
        result["wrong_fingerprint"]["form_visible"], false,
        "{result:#}"
    );
    assert_eq!(result["dropped"], true, "the upload resumed: {result:#}");
    let requests = result["requests"].as_array().unwrap();
    assert!(
        requests
            .iter()
            .any(|r| r.as_str().unwrap().starts_with("POST ")),
        "{result:#}"
    );
    for r in requests {
        let url = r.as_str().unwrap().split_once(' ').unwrap().1;
        assert!(
            url.starts_with(&format!("{base}/"))
                || url.starts_with(&format!("blob:{origin}/"))
                || url.starts_with("data:")
                || url == "about:blank",
            "the page left its prefix: {r}"
        );
    }
    // alice, at the prefix, has it; erin, at the other, does not.
    let url_a = format!("{base}/");
    rev(
        &a.dir.join("alice"),
        "alice",
        &["sync", "--server", &url_a, "--team", &a.fp, "--json"],
    );
    let listed = rev(&a.dir.join("alice"), "alice", &["list", "--json"]);
    assert!(
        listed.to_string().contains("From the page at a prefix"),
        "{listed}"
    );
    let url_b = format!("{origin}/beta");
    rev(
        &b.dir.join("erin"),
        "erin",
        &["sync", "--server", &url_b, "--team", &b.fp, "--json"],
    );
    let listed = rev(&b.dir.join("erin"), "erin", &["list", "--json"]);
    assert!(!listed.to_string().contains("From the page"), "{listed}");
}
