//! Keys locked to a hardware key: a member whose keys.age is locked to an
//! age plugin identity (the stand-in token `age-plugin-dropboxtest`, spoken
//! to over the real age plugin protocol) builds a roster, syncs a report
//! and reads it without any passphrase; an unplugged or wrong token and a
//! missing plugin are clear errors; `key lock` moves the keys to a
//! passphrase and back, refusing a lock that cannot open what it locked.

use std::path::Path;
use std::process::Output;

use dropbox_e2e::{Server, TempDir, binary, run};

/// Runs `reviewer` with the plugin's directory on PATH and the token file
/// named by `token` (None: the plugin is not on PATH).
fn reviewer(home: &Path, token: Option<&Path>, pass: Option<&str>, args: &[&str]) -> Output {
    let plugin = binary("age-plugin-dropboxtest");
    let mut cmd = dropbox_e2e::command("reviewer");
    cmd.arg("--home").arg(home).args(args);
    cmd.env_remove("REVIEWER_PASSPHRASE");
    if let Some(p) = pass {
        cmd.env("REVIEWER_PASSPHRASE", p);
    }
    match token {
        Some(t) => {
            let path = std::env::var_os("PATH").unwrap_or_default();
            let mut dirs = vec![plugin.parent().unwrap().to_owned()];
            dirs.extend(std::env::split_paths(&path));
            cmd.env("PATH", std::env::join_paths(dirs).unwrap());
            cmd.env("DROPBOX_TEST_TOKEN", t);
        }
        None => {
            cmd.env("PATH", "/usr/bin:/bin");
        }
    }
    cmd.output().expect("run reviewer")
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "reviewer failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    out
}

fn failed(out: &Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "should have failed: {err}");
    // The error is one line; the plugin's prompts may come before it.
    let last = err.trim().lines().last().unwrap_or_default();
    assert!(last.starts_with("reviewer: "), "one line: {err}");
    assert!(last.contains(needle), "wanted {needle:?} in: {err}");
}

/// A fresh token in `path`; returns its identity file's path.
fn token(dir: &TempDir, name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let token = dir.join(&format!("{name}.token"));
    let out = dropbox_e2e::command("age-plugin-dropboxtest")
        .arg("--generate")
        .env("DROPBOX_TEST_TOKEN", &token)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("# recipient: age1dropboxtest1"), "{text}");
    assert!(text.contains("AGE-PLUGIN-DROPBOXTEST-1"), "{text}");
    let id = dir.join(&format!("{name}.identity.txt"));
    std::fs::write(&id, text).unwrap();
    (token, id)
}

fn header(home: &Path) -> String {
    let b = std::fs::read(home.join("keys.age")).unwrap();
    let end = b.windows(4).position(|w| w == b"\n---").unwrap();
    String::from_utf8_lossy(&b[..end]).into_owned()
}

#[test]
fn keys_locked_to_a_hardware_key_work_without_a_passphrase() {
    let dir = TempDir::new("hardware");
    let home = dir.join("dana");
    let (tok, id) = token(&dir, "dana");
    let s = |p: &Path| p.to_str().unwrap().to_owned();

    let out = ok(reviewer(
        &home,
        Some(&tok),
        None,
        &[
            "key",
            "new",
            "--name",
            "Dana",
            "--plugin-identity",
            &s(&id),
            "--json",
        ],
    ));
    let card_path = dir.join("dana.card.json");
    std::fs::write(&card_path, &out.stdout).unwrap();
    let h = header(&home);
    assert!(h.contains("-> dropboxtest "), "{h}");
    assert!(!h.contains("scrypt"), "{h}");
    assert_eq!(h.matches("-> dropboxtest ").count(), 1, "{h}");

    let chain = dir.join("roster.json");
    let st: serde_json::Value = serde_json::from_slice(
        &ok(reviewer(
            &home,
            Some(&tok),
            None,
            &[
                "team",
                "init",
                "--name",
                "Hardware E2E",
                "--member",
                &s(&card_path),
                "--endpoint",
                "https://drop.example.org",
                "--out",
                &s(&chain),
                "--json",
            ],
        ))
        .stdout,
    )
    .unwrap();
    let fp = st["fingerprint"].as_str().unwrap().to_owned();
    let data = dir.join("data");
    let init = run(
        "dropbox-server",
        &["init", "--data", &s(&data), "--roster", &s(&chain)],
    );
    assert!(init.status.success());
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);
    let sent = dropbox_e2e::command("dropbox-submit")
        .args(["send", "--yes", "--server", &url, "--team", &fp])
        .args([
            "--title",
            "hardware-title",
            "--body",
            "hardware-body-canary",
        ])
        .arg("--state")
        .arg(dir.join("submit-state"))
        .output()
        .unwrap();
    assert!(
        sent.status.success(),
        "{}",
        String::from_utf8_lossy(&sent.stderr)
    );

    // A sync unlocks through the plugin: the token is asked to be touched
    // (once `team init`'s agent is locked).
    ok(reviewer(&home, None, None, &["lock"]));
    let out = ok(reviewer(
        &home,
        Some(&tok),
        None,
        &["sync", "--server", &url, "--team", &fp, "--json"],
    ));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Touch the dropboxtest token"));
    let list: serde_json::Value =
        serde_json::from_slice(&ok(reviewer(&home, Some(&tok), None, &["list", "--json"])).stdout)
            .unwrap();
    assert_eq!(list[0]["title"], "hardware-title", "{list}");

    // The agent keeps what the token unlocked, for a hardware-key member
    // too, until `reviewer lock`: no token, no plugin on PATH needed.
    let list = ok(reviewer(&home, None, None, &["list", "--json"]));
    assert!(String::from_utf8_lossy(&list.stdout).contains("hardware-title"));
    ok(reviewer(&home, None, None, &["lock"]));
    // Unplugged, another token, no plugin: one clear line each, exit 1.
    failed(
        &reviewer(&home, Some(&dir.join("absent.token")), None, &["list"]),
        "not plugged in",
    );
    let (other, other_id) = token(&dir, "other");
    failed(
        &reviewer(&home, Some(&other), None, &["list"]),
        "is it plugged in, and the right one?",
    );
    failed(
        &reviewer(&home, None, None, &["list"]),
        "age-plugin-dropboxtest, which is not on PATH",
    );
    // Locking to a token that is not plugged in would lose the keys: refused
    // with everything as it was.
    let before = std::fs::read(home.join("keys.age")).unwrap();
    failed(
        &reviewer(
            &home,
            Some(&tok),
            None,
            &["key", "lock", "--plugin-identity", &s(&other_id)],
        ),
        "nothing changed",
    );
    assert_eq!(std::fs::read(home.join("keys.age")).unwrap(), before);

    // To a passphrase, then back to the token.
    ok(reviewer(
        &home,
        Some(&tok),
        Some("a long enough passphrase"),
        &["key", "lock"],
    ));
    assert!(header(&home).contains("-> scrypt "));
    assert!(!home.join("keys.plugin").exists());
    let list = ok(reviewer(
        &home,
        None,
        Some("a long enough passphrase"),
        &["list", "--json"],
    ));
    assert!(String::from_utf8_lossy(&list.stdout).contains("hardware-title"));
    failed(
        &reviewer(&home, None, Some("wrong passphrase"), &["list"]),
        "wrong passphrase",
    );
    ok(reviewer(
        &home,
        Some(&tok),
        Some("a long enough passphrase"),
        &["key", "lock", "--plugin-identity", &s(&id)],
    ));
    assert!(header(&home).contains("-> dropboxtest "));
    let list = ok(reviewer(&home, Some(&tok), None, &["list", "--json"]));
    assert!(String::from_utf8_lossy(&list.stdout).contains("hardware-title"));
}
