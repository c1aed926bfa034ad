//! Setting up a team (issue 20, item 3), with the real binaries: the policy
//! chosen with `--policy FILE` and single flags, checked and shown before
//! anyone signs; roster #1 handed to the operator, not published; a
//! non-admin's signature flagged as not counting; the drop box naming a
//! roster it already holds; passphrase prompts without a terminal naming
//! the variable to set.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dropbox_crypto::dsse;
use dropbox_crypto::roster::{self, Policy, Roster};
use dropbox_e2e::{Server, TempDir, binary, http, run};

fn reviewer(home: &Path, pass: &str, args: &[&str]) -> Output {
    dropbox_e2e::command("reviewer")
        .arg("--home")
        .arg(home)
        .args(args)
        .env("REVIEWER_PASSPHRASE", pass)
        .env_remove("REVIEWER_NEW_PASSPHRASE")
        .output()
        .expect("run reviewer")
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "reviewer failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The rosters in a chain file, proposals included.
fn rosters(chain: &Path) -> Vec<Roster> {
    let envs = roster::parse_chain_json(&std::fs::read(chain).unwrap()).unwrap();
    envs.iter()
        .map(|e| e.parse(dsse::ROSTER_TYPE).unwrap().payload_as().unwrap())
        .collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Three members' keys (alice and bob admins, carol not) and their cards.
fn team(dir: &TempDir) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut homes = Vec::new();
    let mut cards = Vec::new();
    for id in ["alice", "bob", "carol"] {
        let home = dir.join(id);
        let out = ok(reviewer(
            &home,
            &format!("{id} passphrase"),
            &[
                "key",
                "new",
                "--name",
                &id.to_uppercase(),
                "--id",
                id,
                "--json",
            ],
        ));
        let card = dir.join(&format!("{id}.card.json"));
        std::fs::write(&card, &out.stdout).unwrap();
        homes.push(home);
        cards.push(card);
    }
    (homes, cards)
}

#[test]
fn a_team_sets_its_policy_and_hands_roster_one_to_the_operator() {
    let dir = TempDir::new("team-setup");
    let (homes, cards) = team(&dir);
    let chain = dir.join("roster.json");
    let init = |extra: &[&str]| {
        let mut args = vec![
            "team",
            "init",
            "--name",
            "Setup Team",
            "--member",
            s(&cards[0]),
            "--member",
            s(&cards[1]),
            "--member",
            s(&cards[2]),
            "--admin",
            "alice",
            "--admin",
            "bob",
            "--endpoint",
            "https://drop.example.org",
            "--out",
            s(&chain),
        ];
        args.extend_from_slice(extra);
        reviewer(&homes[0], "alice passphrase", &args)
    };

    // Typos a team makes are refused before anything is signed or written.
    for (bad, says) in [
        (&["--timezone", "Europe/Berln"][..], "unknown time zone"),
        (&["--disclosure-days", "30,14,90"], "increasing"),
        (&["--disclosure-days", "7,14"], "three days"),
        (&["--ack-hours", "0"], "ack hours must be between 1"),
        (
            &["--backup-days", "100000"],
            "backup days must be between 1",
        ),
        (&["--category", "bug", "--category", "Bug"], "listed twice"),
        (&["--max-submission-bytes", "0"], "max submission bytes"),
    ] {
        let out = init(bad);
        assert!(!out.status.success(), "{bad:?} was accepted");
        assert_eq!(out.status.code(), Some(1), "{bad:?}: {}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains(says),
            "{bad:?}: {}",
            text(&out.stderr)
        );
        assert!(!chain.exists(), "{bad:?}: nothing is written");
    }
    let policy_file = dir.join("policy.json");
    std::fs::write(&policy_file, b"{\"timezone\": \"Europe/Berlin\"}").unwrap();
    let out = init(&["--policy", s(&policy_file)]);
    assert!(
        text(&out.stderr).contains("is not a roster policy"),
        "{}",
        text(&out.stderr)
    );
    assert!(!chain.exists());

    // A whole policy from a file, single fields over it.
    let mut p = Policy {
        timezone: "Europe/Berlin".into(),
        ..Policy::default()
    };
    p.retention.backup_days = 21;
    p.response_by_severity.critical_hours = 12;
    std::fs::write(&policy_file, serde_json::to_vec(&p).unwrap()).unwrap();
    let out = ok(init(&[
        "--policy",
        s(&policy_file),
        "--ack-hours",
        "24",
        "--disclosure-days",
        "10,20,45",
        "--max-submission-bytes",
        "104857600",
        "--category",
        "vulnerability",
        "--category",
        "harassment",
    ]));
    let shown = text(&out.stdout);
    for line in [
        "time zone: Europe/Berlin",
        "within 24 h, next steps 48 h later",
        "critical 12 h",
        "ask 10, escalate 20, disclose 45 days",
        "closed cases 21 days",
        "largest submission: 104857600 bytes",
        "categories: vulnerability, harassment",
        "alice \"ALICE\" (admin)",
        "carol \"CAROL\"\n",
        "next roster needs: 2 admin signatures",
    ] {
        assert!(shown.contains(line), "init shows {line:?}:\n{shown}");
    }
    let r = &rosters(&chain)[0];
    assert_eq!(r.policy.timezone, "Europe/Berlin");
    assert_eq!(r.policy.ack_hours, 24);
    assert_eq!(r.policy.disclosure_days, [10, 20, 45]);
    assert_eq!(r.policy.retention.backup_days, 21);
    assert_eq!(r.policy.response_by_severity.critical_hours, 12);
    assert_eq!(r.policy.max_submission_bytes, 104_857_600);
    assert_eq!(r.policy.categories, ["vulnerability", "harassment"]);

    // Carol is no admin: her signature is added, with a warning, and the
    // roster still waits for bob.
    let out = ok(reviewer(
        &homes[2],
        "carol passphrase",
        &["team", "sign", s(&chain), "--json"],
    ));
    let err = text(&out.stderr);
    assert!(
        err.contains("carol is not an admin of roster #1") && err.contains("does not count"),
        "{err}"
    );
    let st: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(st["complete"], false);
    assert_eq!(st["signatures"], 1);

    // Bob reads what he signs, policy included; an admin gets no warning.
    let out = ok(reviewer(
        &homes[1],
        "bob passphrase",
        &["team", "sign", s(&chain)],
    ));
    let err = text(&out.stderr);
    assert!(err.contains("time zone: Europe/Berlin"), "{err}");
    assert!(
        err.contains("categories: vulnerability, harassment"),
        "{err}"
    );
    assert!(!err.contains("warning"), "{err}");
    let said = text(&out.stdout);
    assert!(said.contains("dropbox-server init --roster"), "{said}");
    assert!(
        !said.contains("team publish"),
        "roster #1 is not published: {said}"
    );

    // The operator installs it; publishing it anyway says the drop box has it.
    let data = dir.join("data");
    let out = run(
        "dropbox-server",
        &["init", "--data", s(&data), "--roster", s(&chain)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);
    let publish = || {
        reviewer(
            &homes[0],
            "alice passphrase",
            &["team", "publish", "--server", &url, "--chain", s(&chain)],
        )
    };
    let out = publish();
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("422") && err.contains("already has roster #1"),
        "{err}"
    );
    assert!(!err.contains("does not follow"), "{err}");

    // A renewal with a bad field leaves the chain as it was.
    let before = std::fs::read(&chain).unwrap();
    let out = reviewer(
        &homes[0],
        "alice passphrase",
        &[
            "team",
            "renew",
            "--chain",
            s(&chain),
            "--timezone",
            "Nowhere/Land",
        ],
    );
    assert!(
        text(&out.stderr).contains("unknown time zone"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&chain).unwrap(), before);
    // Renewing changes single fields of the current policy and shows what
    // they were.
    let out = ok(reviewer(
        &homes[0],
        "alice passphrase",
        &[
            "team",
            "renew",
            "--chain",
            s(&chain),
            "--timezone",
            "UTC",
            "--backup-days",
            "14",
        ],
    ));
    let shown = text(&out.stdout);
    assert!(
        shown.contains("time zone: UTC  (was: Europe/Berlin)"),
        "{shown}"
    );
    assert!(
        shown.contains("(was: items 7 days after all acked"),
        "{shown}"
    );
    assert!(
        shown.contains("critical 12 h"),
        "kept from roster #1: {shown}"
    );
    assert!(
        !shown.contains("acknowledge: within 24 h, next steps 48 h later  (was"),
        "unchanged lines are not marked: {shown}"
    );
    // Roster #2 needs roster #1's admins: carol's signature does not count.
    let out = ok(reviewer(
        &homes[2],
        "carol passphrase",
        &["team", "sign", s(&chain)],
    ));
    assert!(
        text(&out.stderr).contains("does not count"),
        "{}",
        text(&out.stderr)
    );
    let out = ok(reviewer(
        &homes[1],
        "bob passphrase",
        &["team", "sign", s(&chain)],
    ));
    assert!(text(&out.stderr).contains("time zone: UTC  (was: Europe/Berlin)"));
    assert!(
        text(&out.stdout).contains("team publish"),
        "{}",
        text(&out.stdout)
    );
    ok(publish());
    let served = http(srv.addr, "GET", "/v1/roster", &[], b"").json();
    assert_eq!(served.as_array().unwrap().len(), 2);
    let r = &rosters(&chain)[1];
    assert_eq!(r.policy.timezone, "UTC");
    assert_eq!(r.policy.retention.backup_days, 14);
    assert_eq!(r.policy.ack_hours, 24);
    let out = publish();
    assert!(
        text(&out.stderr).contains("already has roster #2"),
        "{}",
        text(&out.stderr)
    );
}

/// Without a terminal (a cron job, a CI step) a passphrase prompt names the
/// variable that works instead of "No such device or address".
#[test]
fn passphrase_prompts_without_a_terminal_name_the_variable() {
    let dir = TempDir::new("team-no-tty");
    let home = dir.join("alice");
    // setsid: no controlling terminal, even when the tests run in one.
    let bare = |args: &[&str]| {
        Command::new("setsid")
            .arg("-w")
            .arg(binary("reviewer"))
            .arg("--home")
            .arg(&home)
            .args(args)
            .env_remove("REVIEWER_PASSPHRASE")
            .env_remove("REVIEWER_NEW_PASSPHRASE")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run setsid reviewer")
    };
    let out = bare(&["key", "new", "--name", "Alice", "--id", "alice"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("REVIEWER_NEW_PASSPHRASE") && err.contains("no terminal"),
        "{err}"
    );
    assert!(!home.join("keys.age").exists());
    ok(reviewer(
        &home,
        "alice passphrase",
        &["key", "new", "--name", "Alice", "--id", "alice"],
    ));
    let card = home.join("card.json");
    let chain = dir.join("roster.json");
    ok(reviewer(
        &home,
        "alice passphrase",
        &[
            "team",
            "init",
            "--name",
            "T",
            "--member",
            s(&card),
            "--endpoint",
            "https://drop.example.org",
            "--out",
            s(&chain),
        ],
    ));
    // `team init` left the keys with the agent: lock them first.
    assert!(bare(&["lock"]).status.success());
    let out = bare(&["team", "sign", s(&chain)]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("REVIEWER_PASSPHRASE") && err.contains("no terminal"),
        "{err}"
    );
}

/// At a terminal, a second entry that differs from the first asks again
/// instead of ending `key new`; the keys end up under the passphrase typed
/// twice. `script` (util-linux) gives the command a terminal; the answers
/// wait in the terminal's input until the prompts read them.
#[test]
fn a_mistyped_second_passphrase_entry_asks_again() {
    let dir = TempDir::new("team-retype");
    let home = dir.join("alice");
    let cmd = format!(
        "{} --home {} key new --name Alice --id alice --json",
        binary("reviewer").display(),
        home.display()
    );
    let mut child = dropbox_e2e::pin_locale(&mut Command::new("script"))
        .args(["-qec", &cmd, "/dev/null"])
        .env_remove("REVIEWER_PASSPHRASE")
        .env_remove("REVIEWER_NEW_PASSPHRASE")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run script");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"first passphrase\nfrist passphrase\nfirst passphrase\nfirst passphrase\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let said = text(&out.stdout);
    assert!(out.status.success(), "{said}{}", text(&out.stderr));
    assert!(
        said.contains("The two entries differ; once more."),
        "{said}"
    );
    assert_eq!(
        said.matches("New passphrase for your reviewer keys")
            .count(),
        2,
        "{said}"
    );
    let card = home.join("card.json");
    let init = |pass: &str| {
        reviewer(
            &home,
            pass,
            &[
                "team",
                "init",
                "--name",
                "T",
                "--member",
                s(&card),
                "--endpoint",
                "https://drop.example.org",
                "--out",
                s(&dir.join("roster.json")),
            ],
        )
    };
    let typo = init("frist passphrase");
    assert!(
        text(&typo.stderr).contains("wrong passphrase"),
        "{}",
        text(&typo.stderr)
    );
    ok(init("first passphrase"));
}
