//! `dropbox-server demo` as a newcomer meets it: the demo starts a team
//! with real reviewer homes and three sample reports, and every command of
//! its printed tour, pasted as printed into a shell, works: alice files the
//! cases, triages one, replies, the reporter reads the reply with the
//! codename, and the case is closed for the whole team. Its keys are
//! private, and it prints nothing stale.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use dropbox_e2e::{TempDir, binary, http};

const TITLE_ATTACHED: &str = "Password reset links work more than once";
const TITLE_CODENAME: &str = "Phishing mail that looks like it comes from our helpdesk";
const TITLE_LEFT_OUT: &str = "Concern about moderation in the community chat";

/// A running demo, killed on drop.
struct Demo {
    child: Child,
    /// What it printed up to its `listening on` line.
    stdout: String,
    /// Its stderr, as a file.
    log: PathBuf,
    /// The directory it was started in (the tour's shell runs there too).
    cwd: PathBuf,
    /// Its --data.
    data: PathBuf,
}

impl Demo {
    fn start(dir: &TempDir, extra: &[&str]) -> Self {
        let data = dir.join("dropbox-demo");
        let log = dir.join("demo.log");
        let mut child = dropbox_e2e::command("dropbox-server")
            .args(["demo", "--data", "dropbox-demo", "--listen", "127.0.0.1:0"])
            .args(extra)
            .current_dir(&dir.0)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("start dropbox-server demo");
        let mut stdout = String::new();
        let mut lines = BufReader::new(child.stdout.take().unwrap());
        loop {
            let mut line = String::new();
            if lines.read_line(&mut line).unwrap() == 0 {
                panic!(
                    "the demo stopped: {stdout}\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            stdout.push_str(&line);
            if line.starts_with("listening on ") || line.starts_with('{') {
                break;
            }
        }
        Demo {
            child,
            stdout,
            log,
            cwd: dir.0.clone(),
            data,
        }
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn home(&self, who: &str) -> PathBuf {
        self.data.join("members").join(who)
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The tour's steps: the heading and the indented lines under it.
fn tour(stdout: &str) -> Vec<(String, Vec<String>)> {
    let mut steps: Vec<(String, Vec<String>)> = Vec::new();
    let start = stdout
        .lines()
        .position(|l| l.starts_with("A tour"))
        .expect("the demo prints a tour");
    for line in stdout.lines().skip(start + 1) {
        if let Some(cmd) = line.strip_prefix("    ") {
            steps
                .last_mut()
                .expect("a command under a step")
                .1
                .push(cmd.to_owned());
        } else if line.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            steps.push((line.to_owned(), Vec::new()));
        }
    }
    steps
}

/// `reviewer` as a member, in its demo home, for the test's own checks.
fn reviewer(home: &Path, pass: &str, args: &[&str]) -> serde_json::Value {
    let out = dropbox_e2e::command("reviewer")
        .arg("--home")
        .arg(home)
        .args(args)
        .env("REVIEWER_PASSPHRASE", pass)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "reviewer {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn titles(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap().to_owned())
        .collect()
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn the_demo_tour_pasted_as_printed_files_triages_replies_and_closes_a_case() {
    let dir = TempDir::new("demo-tour");
    let demo = Demo::start(&dir, &[]);
    let out = demo.stdout.clone();
    for stale in ["issue #", "Issue #", "Until the", "(issue"] {
        assert!(
            !out.contains(stale),
            "{stale:?} in the demo's output:\n{out}"
        );
        assert!(!demo.stderr().contains(stale), "{stale:?} in its stderr");
    }
    for title in [TITLE_ATTACHED, TITLE_CODENAME, TITLE_LEFT_OUT] {
        assert!(out.contains(title), "the demo names {title:?}:\n{out}");
    }
    let pass = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("Their passphrase:"))
        .and_then(|l| l.split_whitespace().next())
        .expect("the demo prints its passphrase")
        .to_owned();

    // Key files and the codename: the owner's alone.
    assert_eq!(mode(&demo.data), 0o700);
    for who in ["alice", "bob"] {
        assert_eq!(
            mode(&demo.home(who).join("keys.age")),
            0o600,
            "{who}'s keys"
        );
    }
    assert_eq!(mode(&demo.home("bob").join("store.key.age")), 0o600);
    assert_eq!(
        mode(&demo.data.join("reporter").join("codename.txt")),
        0o600
    );

    let steps = tour(&out);
    let wanted = [
        "open", "alice", "sync", "show", "set", "reply", "reporter", "close",
    ];
    assert_eq!(steps.len(), wanted.len(), "{steps:?}");
    let (alice, bob) = (demo.home("alice"), demo.home("bob"));
    let mut case = String::new();
    let mut exports: Vec<String> = Vec::new();
    let mut ran = Vec::new();
    for (heading, commands) in &steps {
        assert!(!commands.is_empty(), "step {heading:?} has a command");
        for cmd in commands {
            if let Some(link) = cmd.strip_prefix("http://") {
                // "Open the reporter page": what a browser would fetch.
                let (addr, rest) = link.split_once('/').unwrap();
                assert!(rest.starts_with("#team="), "{cmd}");
                let page = http(addr.parse().unwrap(), "GET", "/", &[], b"");
                assert_eq!(page.status, 200);
                assert!(
                    String::from_utf8_lossy(&page.body).contains("<html"),
                    "the page is HTML"
                );
                ran.push("open");
                continue;
            }
            // Each line in a fresh POSIX shell holding the exports before
            // it, as a terminal would after pasting them.
            let script = format!("{}\n{cmd}", exports.join("\n"));
            let res = Command::new("sh")
                .args(["-c", &script])
                .current_dir(&demo.cwd)
                .env_remove("REVIEWER_HOME")
                .env_remove("REVIEWER_PASSPHRASE")
                .output()
                .unwrap();
            assert!(res.status.success(), "{cmd}: {}", text(&res));
            let said = text(&res);
            let words: Vec<&str> = cmd.split_whitespace().collect();
            match words.as_slice() {
                ["export", ..] => {
                    exports.push(cmd.clone());
                    ran.push("alice");
                }
                ["reviewer", "sync", "--server", ..] => {
                    // alice holds all three; bob (left out of one) two.
                    let mine = titles(&reviewer(&alice, &pass, &["list", "--json"]));
                    for t in [TITLE_ATTACHED, TITLE_CODENAME, TITLE_LEFT_OUT] {
                        assert!(mine.contains(&t.to_owned()), "{t}: {mine:?}");
                    }
                    let bobs = titles(&reviewer(&bob, &pass, &["list", "--json"]));
                    assert_eq!(bobs.len(), 2, "{bobs:?}");
                    assert!(!bobs.contains(&TITLE_LEFT_OUT.to_owned()));
                    ran.push("sync");
                }
                ["reviewer", "list"] => {
                    for t in [TITLE_ATTACHED, TITLE_CODENAME, TITLE_LEFT_OUT] {
                        assert!(said.contains(t), "list shows {t:?}: {said}");
                    }
                }
                ["reviewer", "show", id] => {
                    case = (*id).to_owned();
                    assert!(said.contains(TITLE_CODENAME), "{said}");
                    let shown = reviewer(&alice, &pass, &["show", id, "--json"]);
                    assert_eq!(shown["report"]["title"], TITLE_CODENAME);
                    ran.push("show");
                }
                ["reviewer", "set", id, ..] => {
                    assert_eq!(*id, case);
                    let state = &reviewer(&alice, &pass, &["show", id, "--json"])["state"];
                    assert_eq!(state["status"], "triaged", "{state}");
                    assert_eq!(state["severity"], "medium", "{state}");
                    ran.push("set");
                }
                ["reviewer", "reply", id, ..] => {
                    assert_eq!(*id, case);
                    ran.push("reply");
                }
                ["reviewer", "sync"] if !ran.contains(&"close") => {
                    // The triage reached bob.
                    reviewer(&bob, &pass, &["sync", "--json"]);
                    let state = &reviewer(&bob, &pass, &["show", &case, "--json"])["state"];
                    assert_eq!(state["status"], "triaged", "bob sees: {state}");
                }
                ["dropbox-submit", "replies", ..] => {
                    assert!(
                        said.contains("Thank you, we are looking into it."),
                        "the reporter reads the reply: {said}"
                    );
                    ran.push("reporter");
                }
                ["reviewer", "close", id, ..] => {
                    assert_eq!(*id, case);
                    let mine = reviewer(&alice, &pass, &["list", "--json"]);
                    assert!(!titles(&mine).contains(&TITLE_CODENAME.to_owned()));
                    ran.push("close");
                }
                ["reviewer", "sync"] => {
                    // The close reached bob.
                    reviewer(&bob, &pass, &["sync", "--json"]);
                    let bobs = titles(&reviewer(&bob, &pass, &["list", "--json"]));
                    assert_eq!(bobs, [TITLE_ATTACHED], "bob's cases after the close");
                }
                _ => panic!("a tour command this test does not know: {cmd}"),
            }
        }
    }
    assert_eq!(ran, wanted, "every step of the tour ran");

    // The sample with an attachment carries it.
    let list = reviewer(&alice, &pass, &["list", "--json"]);
    let attached = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["title"] == TITLE_ATTACHED)
        .unwrap();
    let shown = reviewer(
        &alice,
        &pass,
        &["show", attached["id"].as_str().unwrap(), "--json"],
    );
    assert_eq!(
        shown["report"]["attachments"][0]["name"], "reset-steps.txt",
        "{shown}"
    );
    assert_eq!(mode(&alice.join("store.key.age")), 0o600);
    assert!(
        !demo.stderr().contains("issue #"),
        "no issue numbers: {}",
        demo.stderr()
    );
}

#[test]
fn the_demo_json_names_the_team_homes_and_codename() {
    let dir = TempDir::new("demo-json");
    let demo = Demo::start(&dir, &["--json"]);
    let v: serde_json::Value = serde_json::from_str(demo.stdout.trim()).unwrap();
    let fp = v["fingerprint"].as_str().unwrap();
    assert_eq!(fp.len(), 64);
    assert_eq!(
        v["page"].as_str().unwrap(),
        format!("{}/#team={fp}", v["listening"].as_str().unwrap())
    );
    let data = std::fs::canonicalize(&demo.data).unwrap();
    assert_eq!(Path::new(v["data"].as_str().unwrap()), data);
    assert_eq!(Path::new(v["keys"].as_str().unwrap()), data.join("members"));
    let pass = v["passphrase"].as_str().unwrap();
    let members = v["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    for m in members {
        let home = Path::new(m["home"].as_str().unwrap());
        let key = reviewer(home, pass, &["key", "show", "--json"]);
        assert_eq!(key["id"], m["id"], "{key}");
    }
    let codename = std::fs::read_to_string(v["codename_file"].as_str().unwrap()).unwrap();
    assert_eq!(codename.split_whitespace().count(), 8, "eight words");
    // A second demo on the same address fails before touching the
    // running one's directory.
    let again = dropbox_e2e::command("dropbox-server")
        .args(["demo", "--data", "dropbox-demo", "--listen"])
        .arg(
            v["listening"]
                .as_str()
                .unwrap()
                .trim_start_matches("http://"),
        )
        .current_dir(&dir.0)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1), "{}", text(&again));
    assert!(text(&again).contains("cannot listen"), "{}", text(&again));
    assert_eq!(
        std::fs::read_to_string(v["codename_file"].as_str().unwrap()).unwrap(),
        codename
    );
    let case = v["codename_case"].as_str().unwrap();
    let shown = reviewer(&demo.home("bob"), pass, &["show", case, "--json"]);
    assert_eq!(shown["report"]["title"], TITLE_CODENAME);
}

#[test]
fn the_demo_without_the_clients_beside_it_says_how_to_build_them() {
    let dir = TempDir::new("demo-alone");
    let alone = dir.join("dropbox-server");
    std::fs::copy(binary("dropbox-server"), &alone).unwrap();
    let out = Command::new(&alone)
        .args(["demo", "--listen", "127.0.0.1:0"])
        .current_dir(&dir.0)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("reviewer and dropbox-submit"), "{err}");
    assert!(err.contains("cargo build --release --bins"), "{err}");
    assert!(!dir.join("dropbox-demo").exists(), "nothing created");
}

/// README's command lines for the demo run as tests (issue 20: docs that
/// drift fail CI): every line of README's shell blocks that talks to the
/// demo (its address, or its data directory) runs here against a real
/// demo, as a newcomer pastes it, with the demo's own address and
/// fingerprint put in for `127.0.0.1:8080` and `<fingerprint>`, and
/// succeeds.
#[test]
fn readmes_commands_for_the_demo_run_against_it() {
    let dir = TempDir::new("demo-readme");
    let demo = Demo::start(&dir, &["--json"]);
    let v: serde_json::Value = serde_json::from_str(demo.stdout.trim()).unwrap();
    let fp = v["fingerprint"].as_str().unwrap();
    let url = v["listening"].as_str().unwrap();
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let lines: Vec<(usize, String)> = crate::docs::code_lines(&readme)
        .into_iter()
        .filter(|(_, l)| l.contains("127.0.0.1:8080") || l.contains("dropbox-demo/"))
        .collect();
    // The extractor must find them, or this proves nothing.
    assert!(lines.len() >= 3, "README's demo lines: {lines:?}");
    let bin = binary("dropbox-server");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let state = dir.join("reporter-state");
    let mut seen = Vec::new();
    for (at, line) in &lines {
        let cmd = line
            .replace("http://127.0.0.1:8080", url)
            .replace("<fingerprint>", fp);
        let res = Command::new("sh")
            .args(["-c", &cmd])
            .current_dir(&demo.cwd)
            .env("PATH", &path)
            .env("XDG_DATA_HOME", &state)
            .env_remove("DROPBOX_SERVER")
            .env_remove("DROPBOX_TEAM")
            .env_remove("DROPBOX_PROXY")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let said = text(&res);
        assert!(res.status.success(), "README.md:{at}: {cmd}\n{said}");
        let words: Vec<&str> = cmd.split_whitespace().collect();
        match words.as_slice() {
            ["dropbox-submit", "verify", ..] => {
                assert!(said.contains("alice"), "verify names the members: {said}");
                seen.push("verify");
            }
            ["dropbox-submit", "send", ..] => {
                assert!(said.to_lowercase().contains("receipt"), "{said}");
                assert!(said.contains("codename"), "--replies gives one: {said}");
                seen.push("send");
            }
            ["dropbox-server", "check", ..] => seen.push("check"),
            _ => panic!("README.md:{at}: a demo line this test does not know: {cmd}"),
        }
    }
    for want in ["verify", "send", "check"] {
        assert!(seen.contains(&want), "README runs {want}: {seen:?}");
    }
}

/// docs/REVIEWING.md's day of work runs as a test (issue 20: docs that
/// drift fail CI): every line of the manual's shell blocks runs, in order,
/// as alice in a real demo, with the demo's address, fingerprint and a
/// real case's id prefix put in for `https://drop.example.org`, `3f5c…`
/// and `0a1b…`, and must succeed; then bob's copy agrees with what the
/// lines did.
#[test]
fn reviewings_day_of_work_runs_against_the_demo() {
    let dir = TempDir::new("demo-reviewing");
    let demo = Demo::start(&dir, &["--json"]);
    let v: serde_json::Value = serde_json::from_str(demo.stdout.trim()).unwrap();
    let fp = v["fingerprint"].as_str().unwrap();
    let url = v["listening"].as_str().unwrap();
    let pass = v["passphrase"].as_str().unwrap();
    let case = v["codename_case"].as_str().unwrap();
    let manual =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/REVIEWING.md"))
            .unwrap();
    let lines = crate::docs::code_lines(&manual);
    // The extractor must find the day's work, or this proves nothing.
    assert!(lines.len() >= 10, "REVIEWING's shell lines: {lines:?}");
    let bin = binary("reviewer");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let alice = demo.home("alice");
    let mut ran = Vec::new();
    for (at, line) in &lines {
        assert!(
            line.starts_with("reviewer "),
            "REVIEWING.md:{at}: a shell line this test does not know: {line}"
        );
        let cmd = line
            .replace("https://drop.example.org", url)
            .replace("3f5c…", fp)
            .replace("0a1b…", &case[..8]);
        assert!(
            !cmd.contains('…'),
            "REVIEWING.md:{at}: a placeholder left: {cmd}"
        );
        let res = Command::new("sh")
            .args(["-c", &cmd])
            .current_dir(&demo.cwd)
            .env("PATH", &path)
            .env("REVIEWER_HOME", &alice)
            .env("REVIEWER_PASSPHRASE", pass)
            .env_remove("REVIEWER_AGENT")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(
            res.status.success(),
            "REVIEWING.md:{at}: {cmd}\n{}",
            text(&res)
        );
        ran.push(cmd.split_whitespace().nth(1).unwrap().to_owned());
    }
    for want in [
        "sync", "due", "list", "show", "set", "assign", "note", "reply", "step", "close",
    ] {
        assert!(
            ran.iter().any(|r| r == want),
            "the manual runs {want}: {ran:?}"
        );
    }
    // What the lines did reached the team: bob's sync closes the case for
    // him too, and alice's closed list holds it with the manual's reason.
    reviewer(&demo.home("bob"), pass, &["sync", "--json"]);
    let bobs = titles(&reviewer(&demo.home("bob"), pass, &["list", "--json"]));
    assert!(!bobs.contains(&TITLE_CODENAME.to_owned()), "{bobs:?}");
    let closed = reviewer(&alice, pass, &["list", "--closed", "--json"]);
    let closed: Vec<&serde_json::Value> = closed.as_array().unwrap().iter().collect();
    assert!(
        closed.iter().any(|c| c["id"].as_str() == Some(case)),
        "alice's closed cases: {closed:?}"
    );
}
