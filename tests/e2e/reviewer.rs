//! `reviewer key` and `reviewer team` against the real server: two members
//! make keys, create roster #1 with threshold 2 by passing the file between
//! them, the server is initialised from it, a member is removed by a
//! threshold-signed roster published through the API, and the removed
//! member's requests are refused. A wrong passphrase is a clear error.

use std::path::Path;
use std::process::{Command, Output};

use dropbox_e2e::{Server, TempDir, binary, http, run};

fn reviewer(home: &Path, pass: &str, args: &[&str]) -> Output {
    Command::new(binary("reviewer"))
        .arg("--home")
        .arg(home)
        .args(args)
        .env("REVIEWER_PASSPHRASE", pass)
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

#[test]
fn members_build_sign_and_publish_the_roster() {
    let dir = TempDir::new("reviewer-team");
    let homes: Vec<_> = ["alice", "bob", "carol"]
        .iter()
        .map(|n| dir.join(n))
        .collect();
    let mut cards = Vec::new();
    for (home, id) in homes.iter().zip(["alice", "bob", "carol"]) {
        let out = ok(reviewer(
            home,
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
        let card: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(card["id"], id);
        assert!(card["age"].as_str().unwrap().starts_with("age1"));
        assert!(card["sign"].as_str().unwrap().starts_with("ed25519:"));
        let secrets = std::fs::read(home.join("keys.age")).unwrap();
        assert!(
            !String::from_utf8_lossy(&secrets).contains("AGE-SECRET-KEY"),
            "keys are encrypted at rest"
        );
        let path = dir.join(&format!("{id}.card.json"));
        std::fs::write(&path, &out.stdout).unwrap();
        cards.push(path);
    }
    let wrong = reviewer(&homes[0], "not it", &["team", "sign", "/nonexistent"]);
    assert!(!wrong.status.success());

    let chain = dir.join("roster.json");
    let c = |p: &std::path::PathBuf| p.to_str().unwrap().to_owned();
    let out = ok(reviewer(
        &homes[0],
        "alice passphrase",
        &[
            "team",
            "init",
            "--name",
            "Reviewer E2E",
            "--member",
            &c(&cards[0]),
            "--member",
            &c(&cards[1]),
            "--member",
            &c(&cards[2]),
            "--admin",
            "alice",
            "--admin",
            "bob",
            "--endpoint",
            "https://drop.example.org",
            "--out",
            &c(&chain),
            "--json",
        ],
    ));
    let st: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(st["complete"], false);
    assert_eq!(st["signatures"], 1);
    assert_eq!(st["needed"], 2);
    let wrong = reviewer(&homes[1], "wrong", &["team", "sign", &c(&chain)]);
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong passphrase"));
    let out = ok(reviewer(
        &homes[1],
        "bob passphrase",
        &["team", "sign", &c(&chain), "--json"],
    ));
    let st: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(st["complete"], true);
    let fp = st["fingerprint"].as_str().unwrap().to_owned();

    let data = dir.join("data");
    let init = run(
        "dropbox-server",
        &[
            "init",
            "--data",
            data.to_str().unwrap(),
            "--roster",
            &c(&chain),
            "--json",
        ],
    );
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&init.stdout).unwrap();
    assert_eq!(v["fingerprint"], fp.as_str());
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);

    // Remove carol: alice proposes, publishing early is refused, bob signs.
    ok(reviewer(
        &homes[0],
        "alice passphrase",
        &["team", "remove", "--chain", &c(&chain), "--member", "carol"],
    ));
    let early = reviewer(
        &homes[0],
        "alice passphrase",
        &["team", "publish", "--server", &url, "--chain", &c(&chain)],
    );
    assert!(!early.status.success());
    assert!(String::from_utf8_lossy(&early.stderr).contains("admin signatures"));
    ok(reviewer(
        &homes[1],
        "bob passphrase",
        &["team", "sign", &c(&chain)],
    ));
    ok(reviewer(
        &homes[0],
        "alice passphrase",
        &["team", "publish", "--server", &url, "--chain", &c(&chain)],
    ));
    let served = http(srv.addr, "GET", "/v1/roster", &[], b"").json();
    assert_eq!(served.as_array().unwrap().len(), 2);
    // A carol re-added with other keys would be a new member under an old
    // id: refused (she must come back with her old keys or a new id).
    let carol2 = dir.join("carol2");
    let out = ok(reviewer(
        &carol2,
        "carol2 passphrase",
        &["key", "new", "--name", "CAROL", "--id", "carol", "--json"],
    ));
    let card2 = dir.join("carol2.card.json");
    std::fs::write(&card2, &out.stdout).unwrap();
    ok(reviewer(
        &homes[0],
        "alice passphrase",
        &["team", "add", "--chain", &c(&chain), "--member", &c(&card2)],
    ));
    ok(reviewer(
        &homes[1],
        "bob passphrase",
        &["team", "sign", &c(&chain)],
    ));
    let refused = reviewer(
        &homes[0],
        "alice passphrase",
        &["team", "publish", "--server", &url, "--chain", &c(&chain)],
    );
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("roster-key-continuity")
            || String::from_utf8_lossy(&refused.stderr).contains("changed without"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}
