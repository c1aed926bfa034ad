//! The reviewer's window (`reviewer ui`, issue 22), with the real binaries:
//! headless Chromium (playwright-core, `web/test/e2e/ui.mjs`) drives the
//! window of one member, who triages a report, saves its attachment,
//! replies, reads the reporter's follow-up and closes the case only through
//! the window; another member's CLI then shows the same state, and the
//! reporter reads the reply. The report's title, body and follow-up hold
//! HTML and script, shown as text, running nothing. axe-core finds no
//! violation on any view. Requests without the token, from a foreign
//! Origin or to a foreign Host are refused; the secret works once; the
//! window stops when idle (its own or the agent's idle time), on Ctrl-C
//! and at once on `reviewer lock`. The same flow clicks every inbox filter
//! and search, redact, step, agreed date, hold and reopen, checked against
//! another member's CLI, and reads the team view's quarantined items (a
//! reason quoting markup from a sender, shown as text).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use dropbox_e2e::{Server, TempDir, command, run};

const IDS: [&str; 3] = ["alice", "bob", "carol"];

fn pass(id: &str) -> String {
    format!("{id} passphrase")
}

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn must(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed ({:?}): {}{}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

fn as_json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", text(&out.stdout)))
}

struct Team {
    dir: TempDir,
    fp: String,
    url: String,
    srv: Server,
}

impl Team {
    fn new(tag: &str) -> Self {
        Self::with_roster_days(tag, None)
    }

    /// A team whose roster expires in `days` (the default when `None`).
    fn with_roster_days(tag: &str, days: Option<u32>) -> Self {
        let dir = TempDir::new(tag);
        let mut init = vec![
            "team".to_owned(),
            "init".into(),
            "--name".into(),
            tag.into(),
        ];
        for id in IDS {
            let out = must(
                dropbox_e2e::command("reviewer")
                    .arg("--home")
                    .arg(dir.join(id))
                    .args(["key", "new", "--name", id, "--id", id, "--json"])
                    .env("REVIEWER_PASSPHRASE", pass(id))
                    .output()
                    .unwrap(),
                "key new",
            );
            let card = dir.join(&format!("{id}.card.json"));
            std::fs::write(&card, &out.stdout).unwrap();
            init.extend(["--member".into(), s(&card)]);
        }
        let chain = dir.join("roster.json");
        if let Some(days) = days {
            init.extend(["--expires-days".into(), days.to_string()]);
        }
        init.extend([
            "--endpoint".into(),
            "http://127.0.0.1:9".into(),
            "--out".into(),
            s(&chain),
            "--json".into(),
        ]);
        let out = must(
            dropbox_e2e::command("reviewer")
                .arg("--home")
                .arg(dir.join("alice"))
                .args(&init)
                .env("REVIEWER_PASSPHRASE", pass("alice"))
                .output()
                .unwrap(),
            "team init",
        );
        let fp = as_json(&out)["fingerprint"].as_str().unwrap().to_owned();
        let data = dir.join("data");
        must(
            run(
                "dropbox-server",
                &["init", "--data", &s(&data), "--roster", &s(&chain)],
            ),
            "dropbox-server init",
        );
        let srv = Server::start(&data, &[]);
        let url = format!("http://{}", srv.addr);
        let t = Team { dir, fp, url, srv };
        for id in IDS {
            t.rev(id, &["sync", "--server", &t.url, "--team", &t.fp, "--json"]);
        }
        t
    }

    fn rev(&self, who: &str, args: &[&str]) -> Output {
        must(
            dropbox_e2e::command("reviewer")
                .arg("--home")
                .arg(self.dir.join(who))
                .args(args)
                .env("REVIEWER_PASSPHRASE", pass(who))
                .stdin(Stdio::null())
                .output()
                .unwrap(),
            &format!("{who}: reviewer {args:?}"),
        )
    }

    fn submit(&self, args: &[&str], codename: Option<&str>) -> serde_json::Value {
        let mut c = dropbox_e2e::command("dropbox-submit");
        c.args(args)
            .args(dropbox_e2e::consent(args))
            .args(["--server", &self.url, "--team", &self.fp, "--json"])
            .arg("--state")
            .arg(self.dir.join("submit-state"));
        if let Some(code) = codename {
            c.env("DROPBOX_CODENAME", code);
        }
        let out = must(c.output().unwrap(), "dropbox-submit");
        if out.stdout.is_empty() {
            serde_json::Value::Null
        } else {
            as_json(&out)
        }
    }

    /// `reviewer ui --no-open --json` for `who`; the address it printed.
    fn window(&self, who: &str, idle: &str) -> (Child, String) {
        self.window_with(who, &["--idle", idle], &[])
    }

    /// `reviewer ui --no-open --json ARGS` for `who` with `env` set.
    fn window_with(&self, who: &str, args: &[&str], env: &[(&str, &str)]) -> (Child, String) {
        let mut child = dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(self.dir.join(who))
            .args(["ui", "--no-open", "--json"])
            .args(args)
            .env_remove("REVIEWER_AGENT")
            .envs(env.iter().copied())
            .env("REVIEWER_PASSPHRASE", pass(who))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("reviewer ui printed {line:?}"));
        (child, v["url"].as_str().unwrap().to_owned())
    }
}

/// One request with exactly these headers (Host included), read to the
/// end: status, lowercased headers, body.
fn raw(
    port: u16,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, Vec<(String, String)>, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!(
        "{method} {target} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let all = text(&all);
    let (head, body) = all.split_once("\r\n\r\n").unwrap_or((&all, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {all}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

fn header<'a>(h: &'a [(String, String)], name: &str) -> Option<&'a str> {
    h.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn port_and_secret(url: &str) -> (u16, String) {
    let rest = url.strip_prefix("http://127.0.0.1:").unwrap();
    let (port, secret) = rest.split_once("/#").unwrap();
    (port.parse().unwrap(), secret.to_owned())
}

/// The window's page is what web/ui builds to (`npm run build:ui`), as the
/// binary embeds it.
fn ui_dist_is_current(web: &Path, dir: &TempDir) {
    let out_dir = dir.join("ui-dist");
    let out = Command::new("node")
        .args(["scripts/build-ui.mjs"])
        .arg(&out_dir)
        .current_dir(web)
        .output()
        .expect("run node scripts/build-ui.mjs");
    must(out, "node scripts/build-ui.mjs");
    for f in ["index.html", "ui.js", "ui.css"] {
        assert_eq!(
            std::fs::read(out_dir.join(f)).unwrap(),
            std::fs::read(web.join("ui-dist").join(f)).unwrap(),
            "web/ui-dist/{f} is not what web/ui builds to: run `npm run build:ui` in web/"
        );
    }
}

/// Waits (generously) for the window to exit; its status and stderr.
fn wait_exit(mut child: Child, within: Duration) -> (std::process::ExitStatus, String) {
    let start = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            let mut err = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            return (st, err);
        }
        if start.elapsed() > within {
            let _ = child.kill();
            panic!("reviewer ui did not stop within {within:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn interrupt(child: &Child) {
    must(
        Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .output()
            .unwrap(),
        "kill -INT",
    );
}

const QUARANTINED_KIND: &str = "<img src=x onerror=window.__pwned='quarantine'><b>kind</b>";

/// A bundle whose header names `kind`, which no member can file.
fn bundle_with_kind(kind: &str) -> Vec<u8> {
    let json = serde_json::to_vec(&serde_json::json!({ "kind": kind })).unwrap();
    let mut b = dropbox_crypto::bundle::MAGIC.to_vec();
    b.extend((json.len() as u32).to_be_bytes());
    b.extend(json);
    b
}

impl Team {
    /// `plain` encrypted to `who`'s card and uploaded as anyone can; the
    /// item's id.
    fn upload_to(&self, who: &str, plain: &[u8]) -> String {
        let card: dropbox_crypto::roster::Member = serde_json::from_slice(
            &std::fs::read(self.dir.join(&format!("{who}.card.json"))).unwrap(),
        )
        .unwrap();
        let ct = dropbox_crypto::envelope::encrypt_vec(
            vec![dropbox_crypto::envelope::Slot::Real(card.age.clone())],
            plain,
        )
        .unwrap();
        let r = dropbox_e2e::http(self.srv.addr, "POST", "/v1/submissions", &[], &ct);
        assert_eq!(r.status, 201, "upload refused");
        r.json()["id"].as_str().unwrap().to_owned()
    }
}

const TITLE: &str = "<img src=x onerror=\"window.__pwned='title'\"><b>bold</b> title";
const BODY: &str = "Body <script>window.__pwned='body'</script>\n<iframe src=\"https://example.org\"></iframe> & done";
const FOLLOWUP: &str = "More: <svg onload=\"window.__pwned='followup'\"></svg> and <b>tags</b>";

#[test]
fn a_member_triages_replies_and_closes_a_case_only_through_the_window() {
    // The page's tests install the npm packages and browsers once
    // (.ci/web.sh); building here before or while that runs would race
    // npm ci (ETXTBSY on esbuild's binary) or find no node_modules.
    let web = crate::web::web_ready();
    let t = Team::new("ui-flow");
    ui_dist_is_current(&web, &t.dir);
    let poc = t.dir.join("poc.html");
    std::fs::write(&poc, b"<html><script>alert(1)</script></html>").unwrap();
    let sent = t.submit(
        &[
            "send",
            "--title",
            TITLE,
            "--body",
            BODY,
            "--attach",
            &s(&poc),
            "--replies",
            "--leave-out",
            "carol",
        ],
        None,
    );
    let codename = sent["codename"].as_str().unwrap().to_owned();
    // An item sync must set aside, whose reason quotes the sender's bytes:
    // a bundle header naming a kind that is markup.
    let quarantined_id = t.upload_to("alice", &bundle_with_kind(QUARANTINED_KIND));

    let (child, url) = t.window("alice", "10m");
    let (port, secret) = port_and_secret(&url);
    let host = format!("127.0.0.1:{port}");
    let origin = format!("http://127.0.0.1:{port}");

    // The page itself, with the headers that keep it to itself.
    let (st, h, page) = raw(port, "GET", "/", &[("Host", &host)], "");
    assert_eq!(st, 200, "{page}");
    let csp = header(&h, "content-security-policy").unwrap();
    for d in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(d), "{csp}");
    }
    assert!(!csp.contains("unsafe"), "{csp}");
    assert_eq!(header(&h, "cache-control"), Some("no-store"));
    assert_eq!(header(&h, "x-content-type-options"), Some("nosniff"));
    assert_eq!(header(&h, "referrer-policy"), Some("no-referrer"));
    assert!(!page.contains("<script>"), "no inline script: {page}");

    // No token, a wrong one, a foreign Host (DNS rebinding), a foreign
    // Origin (a cross-site request), a wrong secret: all refused.
    let (st, _, _) = raw(port, "GET", "/api/inbox", &[("Host", &host)], "");
    assert_eq!(st, 401);
    let (st, _, _) = raw(
        port,
        "GET",
        "/api/inbox",
        &[("Host", &host), ("Authorization", "Bearer not-the-token")],
        "",
    );
    assert_eq!(st, 401);
    let (st, _, b) = raw(port, "GET", "/", &[("Host", "evil.example:80")], "");
    assert_eq!(st, 403, "{b}");
    let evil_host = format!("rebound.evil.example:{port}");
    let (st, _, _) = raw(port, "GET", "/api/inbox", &[("Host", &evil_host)], "");
    assert_eq!(st, 403);
    let (st, _, _) = raw(
        port,
        "POST",
        "/api/session",
        &[
            ("Host", &host),
            ("Origin", "http://evil.example"),
            ("Content-Type", "application/json"),
        ],
        &format!("{{\"secret\":\"{secret}\"}}"),
    );
    assert_eq!(st, 403, "a foreign Origin cannot exchange the secret");
    let (st, _, _) = raw(
        port,
        "POST",
        "/api/session",
        &[
            ("Host", &host),
            ("Origin", &origin),
            ("Content-Type", "application/json"),
        ],
        "{\"secret\":\"guessed\"}",
    );
    assert_eq!(st, 403);
    // A form post cannot be made to look like JSON without CORS.
    let (st, _, _) = raw(
        port,
        "POST",
        "/api/session",
        &[("Host", &host), ("Content-Type", "text/plain")],
        &format!("{{\"secret\":\"{secret}\"}}"),
    );
    assert_eq!(st, 415);

    let vendor =
        dropbox_reviewer::pgp::TeamKey::generate("Vendor PSIRT <psirt@vendor.example>").unwrap();
    let vendor_cert = t.dir.join("vendor.asc");
    std::fs::write(&vendor_cert, vendor.certificate().to_armored()).unwrap();
    let share_out = t.dir.join("share.asc");
    let export_dir = t.dir.join("exports");
    std::fs::create_dir_all(&export_dir).unwrap();
    let result_path = t.dir.join("ui-result.json");
    let replied = t.dir.join("replied");
    let go = t.dir.join("go");
    let spec = serde_json::json!({
        "url": url,
        "output": result_path,
        "search": "iframe",
        "owner": "alice",
        "note": "note from the window",
        "reply": "Thank you, we are looking into it.",
        "close_reason": "fixed in 2.1",
        "agree_date": "2027-03-01",
        "hold": { "reason": "legal hold", "until": "2027-06-30" },
        "reopen_reason": "the fix regressed",
        // After triage (triaged, high, AMBER, alice): each filter of the
        // inbox, and how many cases it must show.
        "filters": {
            "status-triaged": { "status": "triaged" },
            "status-new": { "status": "new" },
            "severity-high": { "severity": "high" },
            "severity-low": { "severity": "low" },
            "tlp-amber": { "tlp": "AMBER" },
            "tlp-red": { "tlp": "RED" },
            "owner-alice": { "owner": "alice" },
            "owner-bob": { "owner": "bob" },
            "mine": { "mine": true },
            "overdue": { "overdue": true },
            "search-body": { "q": "iframe" },
            "search-none": { "q": "nothing-like-this" },
            "high-and-red": { "severity": "high", "tlp": "RED" },
        },
        "share": { "cert": vendor_cert, "out": share_out },
        "export_dir": export_dir,
        "handshake": { "replied": replied, "go": go },
        "screenshots": {
            "dir": web.join("test").join("screenshots"),
            "update": std::env::var_os("DROPBOX_UI_SCREENSHOTS").is_some(),
        },
    });
    let spec_path = t.dir.join("ui-spec.json");
    std::fs::write(&spec_path, serde_json::to_vec(&spec).unwrap()).unwrap();
    let mut browser = Command::new("node")
        .arg("test/e2e/ui.mjs")
        .env("DROPBOX_UI_E2E_SPEC", &spec_path)
        .current_dir(&web)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run node test/e2e/ui.mjs");
    // The reporter's follow-up, once the window has replied.
    let start = Instant::now();
    while !replied.exists() && browser.try_wait().unwrap().is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "the window never replied"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    if replied.exists() {
        t.submit(&["followup", "--message", FOLLOWUP], Some(&codename));
        std::fs::write(&go, b"1").unwrap();
    }
    let out = browser.wait_with_output().unwrap();
    let r: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&result_path).unwrap_or_else(|_| {
            panic!(
                "the browser script wrote no result: {}\n{}",
                text(&out.stdout),
                text(&out.stderr)
            )
        }))
        .unwrap();
    assert!(
        out.status.success() && r["error"].is_null(),
        "the window failed: {r:#}"
    );

    // The secret left the address bar and works once.
    assert_eq!(r["address_after_login"], format!("{origin}/"));
    assert!(
        r["second_use"].as_str().unwrap().contains("used already"),
        "{r:#}"
    );
    assert!(r["reload"].as_str().unwrap().contains("Open the address"));
    assert_eq!(
        r["storage"],
        serde_json::json!({"local": 0, "session": 0, "cookie": ""})
    );
    // Only its own origin was asked for anything.
    for u in r["requests"].as_array().unwrap() {
        assert!(u.as_str().unwrap().starts_with(&origin), "{u}");
    }

    // Hostile text shows as text and runs nothing.
    let texts = &r["texts"];
    assert_eq!(texts["inbox_title"], TITLE);
    assert_eq!(texts["case_title"], TITLE);
    assert_eq!(texts["case_body"], BODY);
    assert_eq!(texts["followups"], serde_json::json!([FOLLOWUP]));
    for k in ["pwned", "pwned_before_close"] {
        assert_eq!(
            r[k],
            serde_json::json!({"flag": null, "foreignNodes": 0}),
            "{k}: {r:#}"
        );
    }
    assert!(r["dialog"].is_null(), "a dialog opened: {}", r["dialog"]);

    // The case: who was left out, the attachment with its types, the
    // triage, the reply, the close.
    assert_eq!(texts["left_out"], "carol");
    assert_eq!(texts["attachments"], serde_json::json!(["poc.html"]));
    assert_eq!(texts["status_after_triage"], "triaged");
    assert_eq!(
        texts["replies"],
        serde_json::json!(["Thank you, we are looking into it."])
    );
    assert_eq!(texts["status_after_close"], "closed");
    // Each filter shows what the triage makes it show.
    assert_eq!(
        r["filters"],
        serde_json::json!({
            "status-triaged": 1, "status-new": 0, "severity-high": 1, "severity-low": 0,
            "tlp-amber": 1, "tlp-red": 0, "owner-alice": 1, "owner-bob": 0, "mine": 1,
            "overdue": 0, "search-body": 1, "search-none": 0, "high-and-red": 0,
        }),
        "{r:#}"
    );
    // The note, then its redaction.
    assert!(
        texts["notes"]
            .as_str()
            .unwrap()
            .contains("note from the window"),
        "{r:#}"
    );
    assert_eq!(texts["notes_after_redact"], "No notes.");
    // Held, then reopened, from the closed case's view.
    assert!(texts["held"].as_str().unwrap().contains("is held"), "{r:#}");
    assert_eq!(texts["status_after_reopen"], "triaged");
    assert!(
        texts["open_after_close"]
            .as_str()
            .unwrap()
            .contains("No cases."),
        "{r:#}"
    );
    let export = r["export"].as_str().unwrap();
    assert!(export.contains("detected html"), "{export}");
    assert!(export.contains("active content"), "{export}");
    assert_eq!(
        std::fs::read(export_dir.join("poc.html")).unwrap(),
        b"<html><script>alert(1)</script></html>"
    );
    // The browser's download: the decrypted bytes, under the safe name,
    // with the type warning.
    assert_eq!(r["download"]["name"], "poc.html");
    assert_eq!(
        r["download"]["bytes"],
        "<html><script>alert(1)</script></html>"
    );
    let dl = r["download"]["message"].as_str().unwrap();
    assert!(
        dl.contains("detected html") && dl.contains("active content"),
        "{dl}"
    );
    // The share: encrypted to the vendor, the fields ticked, and nothing
    // else (no attachment, no contact).
    let mail = dropbox_reviewer::pgp::decrypt_mail(&vendor, &std::fs::read(&share_out).unwrap())
        .expect("the vendor decrypts the share");
    assert!(mail.body.starts_with("TLP:AMBER"), "{}", &*mail.body);
    assert!(mail.body.contains(TITLE) && mail.body.contains(BODY));
    assert!(mail.attachments.is_empty());
    // The step and the agreed date are team events like the CLI's.
    let timeline = texts["timeline"].as_str().unwrap();
    for want in ["next-steps", "2027-03-01", "reply #1", "shared"] {
        assert!(timeline.contains(want), "{want}: {timeline}");
    }
    assert_eq!(
        texts["team_members"],
        serde_json::json!(["alice", "bob", "carol"])
    );
    // The team view lists what `reviewer quarantine` lists, the sender's
    // markup as text that ran nothing.
    let cli = as_json(&t.rev("alice", &["quarantine", "--json"]));
    let reason = cli[0]["reason"].as_str().unwrap();
    assert!(reason.contains(QUARANTINED_KIND), "{cli:#}");
    assert_eq!(
        texts["quarantined_ids"],
        serde_json::json!([quarantined_id])
    );
    assert_eq!(texts["quarantined"], serde_json::json!([reason]));
    // The quarantined item is an alert too, in the window's words.
    assert_eq!(
        texts["alerts"],
        "1 item is quarantined: sync set it aside and filed nothing. See below."
    );
    assert_eq!(
        r["pwned_team"],
        serde_json::json!({"flag": null, "foreignNodes": 0}),
        "{r:#}"
    );

    // Keyboard: each view change puts focus on its heading.
    for (view, h1) in [
        ("case", TITLE),
        ("due", "Due"),
        ("team", "Team"),
        ("stats", "Statistics"),
    ] {
        assert_eq!(r["focus"][view], format!("H1:{}", &h1[..h1.len().min(60)]));
    }

    // axe-core: no violation on any view.
    let scans = r["scans"].as_object().unwrap();
    for v in [
        "inbox-empty",
        "inbox",
        "inbox-filtered",
        "case",
        "case-replied",
        "case-closed",
        "case-closed-view",
        "due",
        "team",
        "stats",
        "ar-inbox",
        "ar-due",
        "ar-team",
        "ar-stats",
        "ar-case",
    ] {
        assert_eq!(scans[v], serde_json::json!([]), "axe on {v}: {r:#}");
    }
    // The same views in Arabic, chosen in the window's selector and
    // reached by keyboard: right to left, mirrored, in Arabic, axe-clean.
    let rtl = &r["rtl"];
    assert_eq!(rtl["lang"]["lang"], "ar", "{rtl:#}");
    assert_eq!(rtl["lang"]["dir"], "rtl", "{rtl:#}");
    assert_eq!(rtl["lang"]["title"], "المراجِع", "{rtl:#}");
    assert_eq!(
        rtl["nav"],
        serde_json::json!(["البريد الوارد", "المستحق", "الفريق", "الإحصاءات"])
    );
    for (view, h1) in [
        ("inbox", "البريد الوارد"),
        ("due", "المستحق"),
        ("team", "الفريق"),
        ("stats", "الإحصاءات"),
        ("case", TITLE),
    ] {
        assert_eq!(rtl["views"][view], h1, "{view}: {rtl:#}");
        // Focus still goes to the view's heading, by keyboard.
        assert_eq!(
            rtl["focus"][view],
            format!("H1:{}", h1.chars().take(60).collect::<String>()),
            "{view}: {rtl:#}"
        );
    }
    assert_eq!(
        rtl["case_sections"],
        serde_json::json!([
            "البلاغ",
            "المرفقات",
            "المحادثة",
            "التصنيف",
            "الملاحظات",
            "إجراءات أخرى",
            "السجل الزمني",
            "سجل الوصول"
        ]),
        "{rtl:#}"
    );
    assert_eq!(rtl["case_status"], "مصنّفة", "{rtl:#}");
    assert_eq!(rtl["status"], "مصنّفة", "{rtl:#}");
    assert_eq!(rtl["caption"], "حالة واحدة", "{rtl:#}");
    assert_eq!(rtl["mirrored"], true, "{rtl:#}");
    // The reporter's title and body keep their own direction.
    assert_eq!(rtl["title_dir"], "auto");
    assert_eq!(rtl["body_dir"], "auto");
    // The day received, as Arabic writes dates: no ISO date left.
    let received = rtl["received"].as_str().unwrap();
    assert!(
        !received.is_empty()
            && !received.chars().any(|c| c == '-')
            && received
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{received}"
    );
    for f in [
        "ui-inbox.png",
        "ui-case.png",
        "ui-inbox-ar.png",
        "ui-case-ar.png",
    ] {
        assert!(web.join("test").join("screenshots").join(f).exists());
    }

    // Another member's CLI shows what the window did, after a sync.
    t.rev("bob", &["sync", "--json"]);
    let all = as_json(&t.rev("bob", &["list", "--all", "--json"]));
    let c = all
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["title"] == TITLE)
        .unwrap_or_else(|| panic!("bob has no such case: {all:#}"));
    assert_eq!(c["status"], "triaged", "closed, held, reopened: {c:#}");
    assert_eq!(c["severity"], "high");
    assert_eq!(c["tlp"], "AMBER");
    assert_eq!(c["owner"], "alice");
    assert_eq!(c["followups"], 1);
    // What the window did, as bob's CLI shows it: the redaction, the step,
    // the agreed date, the hold and the reopening.
    let shown = as_json(&t.rev("bob", &["show", c["id"].as_str().unwrap(), "--json"]));
    let st = &shown["state"];
    assert_eq!(st["notes"], serde_json::json!([]), "{shown:#}");
    assert_eq!(st["redactions"].as_array().unwrap().len(), 1, "{shown:#}");
    assert!(
        st["steps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["step"] == "next-steps" && x["detail"] == "asked the vendor"),
        "{shown:#}"
    );
    assert_eq!(st["disclosure"]["day"], "2027-03-01", "{shown:#}");
    assert!(st["closed"].is_null(), "{shown:#}");
    let all_text = shown.to_string();
    for want in ["legal hold", "2027-06-30", "the fix regressed"] {
        assert!(all_text.contains(want), "{want}: {shown:#}");
    }
    // The access log is the CLI's: alice's `log` has what her window did.
    let log = text(&t.rev("alice", &["log", c["id"].as_str().unwrap()]).stdout);
    assert!(log.contains("exported attachment 0"), "{log}");
    assert!(log.contains("reply #1 queued"), "{log}");
    // The reporter reads the reply the window sent.
    let replies = t.submit(&["replies"], Some(&codename));
    assert!(
        replies
            .to_string()
            .contains("Thank you, we are looking into it."),
        "{replies:#}"
    );

    // Ctrl-C stops the window.
    interrupt(&child);
    let (st, err) = wait_exit(child, Duration::from_secs(60));
    assert!(st.success(), "{st}: {err}");
    assert!(err.contains("stopped (Ctrl-C)"), "{err}");
}

#[test]
fn the_window_stops_when_idle_and_refuses_after() {
    let t = Team::new("ui-idle");
    let (child, url) = t.window("bob", "2s");
    let (port, _) = port_and_secret(&url);
    let (st, err) = wait_exit(child, Duration::from_secs(120));
    assert!(st.success(), "{st}: {err}");
    assert!(err.contains("stopped (idle)"), "{err}");
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "nothing listens after the window stopped"
    );
}

/// The page's login: the session token for the address's secret.
fn log_in(url: &str) -> String {
    let (port, secret) = port_and_secret(url);
    let (st, _, b) = raw(
        port,
        "POST",
        "/api/session",
        &[
            ("Host", &format!("127.0.0.1:{port}")),
            ("Origin", &format!("http://127.0.0.1:{port}")),
            ("Content-Type", "application/json"),
        ],
        &format!("{{\"secret\":\"{secret}\"}}"),
    );
    assert_eq!(st, 200, "{b}");
    let v: serde_json::Value = serde_json::from_str(&b).unwrap();
    v["token"].as_str().unwrap().to_owned()
}

/// The page's inbox request with its token: the status.
fn inbox_status(url: &str, token: &str) -> u16 {
    let (port, _) = port_and_secret(url);
    raw(
        port,
        "GET",
        "/api/inbox",
        &[
            ("Host", &format!("127.0.0.1:{port}")),
            ("Authorization", &format!("Bearer {token}")),
        ],
        "",
    )
    .0
}

#[test]
fn reviewer_lock_closes_the_members_window_at_once_and_no_other() {
    let t = Team::new("ui-lock");
    let (mut bob, bob_url) = t.window("bob", "10m");
    let (alice, alice_url) = t.window("alice", "10m");
    let bob_token = log_in(&bob_url);
    let alice_token = log_in(&alice_url);
    assert_eq!(inbox_status(&bob_url, &bob_token), 200);

    let j = as_json(&t.rev("bob", &["lock", "--json"]));
    if j["windows_closed"] != 1 {
        let _ = bob.kill();
        let (_, err) = wait_exit(bob, Duration::from_secs(60));
        panic!("{j}: bob's window said {err}");
    }
    // When `reviewer lock` returns, the window no longer listens: the
    // page's next request fails.
    let (port, _) = port_and_secret(&bob_url);
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "bob's window still listens after `reviewer lock`"
    );
    let (st, err) = wait_exit(bob, Duration::from_secs(60));
    assert!(st.success(), "{st}: {err}");
    assert!(err.contains("stopped (locked by `reviewer lock`)"), "{err}");
    // Locking again finds nothing to close.
    let again = as_json(&t.rev("bob", &["lock", "--json"]));
    assert_eq!(again["windows_closed"], 0, "{again}");
    let text_out = text(&t.rev("bob", &["lock"]).stdout);
    assert!(text_out.contains("nothing to lock"), "{text_out}");

    // Another member's window on the same machine is hers to lock.
    assert_eq!(inbox_status(&alice_url, &alice_token), 200);
    let out = text(&t.rev("alice", &["lock"]).stdout);
    assert!(out.contains("Closed 1 reviewer window"), "{out}");
    let (st, err) = wait_exit(alice, Duration::from_secs(60));
    assert!(st.success() && err.contains("reviewer lock"), "{st}: {err}");
}

#[test]
fn the_window_stops_after_the_agents_idle_time() {
    let t = Team::new("ui-agent-idle");
    // No --idle: the agent's idle time applies to the window too.
    let (child, url) = t.window_with("bob", &[], &[("REVIEWER_AGENT_IDLE", "2s")]);
    let (port, _) = port_and_secret(&url);
    let (st, err) = wait_exit(child, Duration::from_secs(120));
    assert!(st.success(), "{st}: {err}");
    assert!(err.contains("stopped (idle)"), "{err}");
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
}

#[test]
fn a_bad_idle_time_is_refused_before_anything_listens() {
    let t = Team::new("ui-args");
    let out = dropbox_e2e::command("reviewer")
        .arg("--home")
        .arg(t.dir.join("alice"))
        .args(["ui", "--no-open", "--idle", "soon"])
        .env("REVIEWER_PASSPHRASE", pass("alice"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stdout).is_empty());
    assert!(
        text(&out.stderr).contains("--idle"),
        "{}",
        text(&out.stderr)
    );
}

/// Runs `web/test/e2e/ui.mjs` with `spec` (its "output" set here); the
/// result it wrote.
fn browse(web: &Path, t: &Team, mut spec: serde_json::Value) -> serde_json::Value {
    let result_path = t.dir.join("ui-result.json");
    spec["output"] = serde_json::json!(result_path);
    let spec_path = t.dir.join("ui-spec.json");
    std::fs::write(&spec_path, serde_json::to_vec(&spec).unwrap()).unwrap();
    let out = Command::new("node")
        .arg("test/e2e/ui.mjs")
        .env("DROPBOX_UI_E2E_SPEC", &spec_path)
        .current_dir(web)
        .output()
        .expect("run node test/e2e/ui.mjs");
    let r: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&result_path).unwrap_or_else(|_| {
            panic!(
                "the browser script wrote no result: {}\n{}",
                text(&out.stdout),
                text(&out.stderr)
            )
        }))
        .unwrap();
    assert!(
        out.status.success() && r["error"].is_null(),
        "the window failed: {r:#}"
    );
    r
}

#[test]
fn a_roster_nearing_expiry_and_a_quarantined_item_are_alerts_in_the_team_view() {
    let web = crate::web::web_ready();
    // A roster that expires in 10 days (the warning starts at 14), and an
    // item sync must set aside.
    let t = Team::with_roster_days("ui-alerts", Some(10));
    t.upload_to("alice", &bundle_with_kind("not-a-kind"));
    let (child, url) = t.window("alice", "10m");
    // The browser asks for Persian: the window opens in it.
    let r = browse(
        &web,
        &t,
        serde_json::json!({ "url": url, "mode": "team", "locale": "fa-IR" }),
    );
    let team = &r["team"];
    let fa = &team["browser"];
    assert_eq!(fa["lang"], "fa rtl", "{r:#}");
    assert_eq!(fa["h1"], "تیم", "{r:#}");
    assert_eq!(fa["quarantined"], 1, "{r:#}");
    let kinds: Vec<&str> = fa["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["roster-expires", "quarantined"], "{r:#}");
    let expiring = fa["alerts"][0]["text"].as_str().unwrap();
    assert!(
        expiring.starts_with("فهرست اعضا (شمارهٔ ") && expiring.contains("منقضی می‌شود"),
        "{expiring}"
    );
    // Ten days, in Persian digits or Latin ones.
    assert!(
        expiring.contains("۱۰ روز دیگر") || expiring.contains("10 روز دیگر"),
        "{expiring}"
    );
    assert!(
        fa["alerts"][1]["text"]
            .as_str()
            .unwrap()
            .contains("در قرنطینه است"),
        "{r:#}"
    );
    assert_eq!(
        r["scans"]["team"],
        serde_json::json!([]),
        "axe on the Persian team view: {r:#}"
    );
    // The same alerts in English, from the window's language selector.
    let en = &team["english"];
    assert_eq!(en["lang"], "en ltr", "{r:#}");
    let texts: Vec<&str> = en["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts.len(), 2, "{r:#}");
    assert!(
        texts[0].starts_with("The roster (#1) expires on ")
            && texts[0].contains(", in 10 days: the admins must sign the next one"),
        "{texts:?}"
    );
    assert_eq!(
        texts[1],
        "1 item is quarantined: sync set it aside and filed nothing. See below."
    );

    interrupt(&child);
    let (st, err) = wait_exit(child, Duration::from_secs(60));
    assert!(st.success(), "{st}: {err}");
}

/// `reviewer ui` that opens "the browser": a fake `xdg-open` first on PATH
/// records what it was given. The JSON line the window printed, the
/// child, and the recorded arguments' file.
fn window_opened(t: &Team, who: &str) -> (Child, serde_json::Value, std::path::PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let bin = t.dir.join(&format!("bin-{who}"));
    std::fs::create_dir_all(&bin).unwrap();
    let log = t.dir.join(&format!("xdg-open-{who}.argv"));
    let opener = bin.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\n", s(&log)),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", s(&bin), std::env::var("PATH").unwrap_or_default());
    let mut child = command("reviewer")
        .arg("--home")
        .arg(t.dir.join(who))
        .args(["ui", "--json", "--idle", "10m"])
        .env_remove("REVIEWER_AGENT")
        .env("PATH", path)
        .env("REVIEWER_PASSPHRASE", pass(who))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&line).unwrap_or_else(|_| panic!("reviewer ui printed {line:?}"));
    (child, v, log)
}

/// Another user of the machine reads every command line in /proc: the
/// browser is handed a 0600 file that forwards to the address, never the
/// address with its secret; the file is gone once the page used it, or
/// when the window stops unused. The window's memory is not dumpable.
#[test]
fn the_windows_secret_is_never_on_a_command_line() {
    use std::os::unix::fs::PermissionsExt;
    let t = Team::new("ui-argv");
    let (child, v, log) = window_opened(&t, "bob");
    assert_eq!(v["opened"], true, "{v}");
    assert_eq!(v["dumpable"], false, "{v}");
    let argv = std::fs::read_to_string(&log).unwrap();
    let args: Vec<&str> = argv.lines().collect();
    assert_eq!(args.len(), 1, "{argv}");
    let file = Path::new(args[0]);
    assert!(
        file.starts_with(t.dir.join("bob").join("agent")),
        "{argv}: not in the member's agent directory"
    );
    let meta = std::fs::metadata(file).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{argv}");
    let html = std::fs::read_to_string(file).unwrap();
    let url = html
        .split("url=")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_else(|| panic!("no forwarding address in {html}"))
        .to_owned();
    let (_, secret) = port_and_secret(&url);
    assert!(secret.len() >= 40, "{url}");
    assert!(
        !argv.contains(&secret),
        "the secret is on xdg-open's command line"
    );
    assert!(!argv.contains("127.0.0.1"), "{argv}");
    let token = log_in(&url);
    assert!(!file.exists(), "the forwarding file outlived its use");
    assert_eq!(inbox_status(&url, &token), 200);
    interrupt(&child);
    let (st, err) = wait_exit(child, Duration::from_secs(60));
    assert!(st.success(), "{st}: {err}");

    // Never used: gone when the window stops.
    let (child, v, log) = window_opened(&t, "alice");
    let argv = std::fs::read_to_string(&log).unwrap();
    let file = Path::new(argv.trim()).to_owned();
    assert!(file.exists(), "{argv}");
    // Serving (so its Ctrl-C handler is in place) before the Ctrl-C.
    let port = v["port"].as_u64().unwrap() as u16;
    let (st, _, _) = raw(
        port,
        "GET",
        "/",
        &[("Host", &format!("127.0.0.1:{port}"))],
        "",
    );
    assert_eq!(st, 200);
    interrupt(&child);
    let (st, err) = wait_exit(child, Duration::from_secs(60));
    assert!(st.success(), "{st}: {err}");
    assert!(!file.exists(), "the forwarding file outlived the window");
}

/// The keys stay unlocked in the window no longer than in the agent: an
/// `--idle` beyond the agent's is refused (with the agent off too), and
/// keys that change on disk (rotated, relocked) stop the window.
#[test]
fn the_window_holds_the_keys_no_longer_than_the_agent_would() {
    let t = Team::new("ui-keys");
    for env in [
        vec![("REVIEWER_AGENT_IDLE", "15m")],
        vec![("REVIEWER_AGENT", "off")],
    ] {
        let out = command("reviewer")
            .arg("--home")
            .arg(t.dir.join("alice"))
            .args(["ui", "--no-open", "--idle", "2h"])
            .envs(env.iter().copied())
            .env("REVIEWER_PASSPHRASE", pass("alice"))
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{env:?}: {err}");
        assert!(err.contains("--idle 2h") && err.contains("agent"), "{err}");
        assert!(text(&out.stdout).is_empty());
    }

    let (child, url) = t.window("bob", "10m");
    let token = log_in(&url);
    assert_eq!(inbox_status(&url, &token), 200);
    let keys = t.dir.join("bob").join("keys.age");
    let tmp = t.dir.join("bob").join("keys.age.new");
    std::fs::copy(&keys, &tmp).unwrap();
    std::fs::rename(&tmp, &keys).unwrap();
    let (st, err) = wait_exit(child, Duration::from_secs(60));
    assert!(st.success(), "{st}: {err}");
    assert!(err.contains("stopped (keys.age changed)"), "{err}");
}
