//! `reviewer key` and `reviewer team` against the real server: two members
//! make keys, create roster #1 with threshold 2 by passing the file between
//! them, the server is initialised from it, a member is removed by a
//! threshold-signed roster published through the API, and the removed
//! member's requests are refused. A wrong passphrase is a clear error.

use std::path::Path;
use std::process::Output;

use dropbox_e2e::{Server, TempDir, http, run};

fn reviewer(home: &Path, pass: &str, args: &[&str]) -> Output {
    dropbox_e2e::command("reviewer")
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

fn json(out: Output) -> serde_json::Value {
    let out = ok(out);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&out.stdout)))
}

fn grep_tree(dir: &Path, needle: &[u8]) -> Vec<std::path::PathBuf> {
    let mut hits = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            hits.extend(grep_tree(&p, needle));
            // Regular files only: the agent's socket cannot be read.
        } else if std::fs::symlink_metadata(&p).unwrap().is_file()
            && std::fs::read(&p)
                .unwrap()
                .windows(needle.len())
                .any(|w| w == needle)
        {
            hits.push(p);
        }
    }
    hits
}

/// Reports sent with `dropbox-submit` are synced, decrypted and filed by
/// each member they were encrypted to; a left-out member cannot read them
/// but still acks them; follow-ups join their case; a corrupt item is an
/// error on that item only; nothing in a member's home holds plaintext.
#[test]
fn members_sync_reports_into_encrypted_case_stores() {
    let dir = TempDir::new("reviewer-sync");
    let ids = ["alice", "bob", "carol"];
    let homes: Vec<_> = ids.iter().map(|n| dir.join(n)).collect();
    let pass = |id: &str| format!("{id} passphrase");
    let c = |p: &std::path::PathBuf| p.to_str().unwrap().to_owned();
    let mut cards = Vec::new();
    for (home, id) in homes.iter().zip(ids) {
        let out = ok(reviewer(
            home,
            &pass(id),
            &["key", "new", "--name", id, "--id", id, "--json"],
        ));
        let path = dir.join(&format!("{id}.card.json"));
        std::fs::write(&path, &out.stdout).unwrap();
        cards.push(path);
    }
    let chain = dir.join("roster.json");
    let st = json(reviewer(
        &homes[0],
        &pass("alice"),
        &[
            "team",
            "init",
            "--name",
            "Sync E2E",
            "--member",
            &c(&cards[0]),
            "--member",
            &c(&cards[1]),
            "--member",
            &c(&cards[2]),
            "--endpoint",
            "https://drop.example.org",
            "--out",
            &c(&chain),
            "--json",
        ],
    ));
    let fp = st["fingerprint"].as_str().unwrap().to_owned();
    let data = dir.join("data");
    assert!(
        run(
            "dropbox-server",
            &[
                "init",
                "--data",
                data.to_str().unwrap(),
                "--roster",
                &c(&chain)
            ]
        )
        .status
        .success()
    );
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);

    let att = dir.join("poc.html");
    std::fs::write(&att, b"<script>attachment-canary</script>").unwrap();
    let state = dir.join("submit-state");
    let submit = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = dropbox_e2e::command("dropbox-submit");
        cmd.args(args).args(dropbox_e2e::consent(args)).args([
            "--server",
            &url,
            "--team",
            &fp,
            "--state",
            state.to_str().unwrap(),
            "--json",
        ]);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let sent = submit(
        &[
            "send",
            "--title",
            "title-canary",
            "--body",
            "body-canary",
            "--attach",
            att.to_str().unwrap(),
            "--leave-out",
            "carol",
            "--replies",
        ],
        &[],
    );
    let codename = sent["codename"].as_str().unwrap().to_owned();
    // A corrupt item: a valid age header whose payload is cut short.
    let bad = dropbox_crypto::envelope::encrypt_vec(
        vec![dropbox_crypto::envelope::Slot::Real(
            serde_json::from_slice::<dropbox_crypto::roster::Member>(
                &std::fs::read(&cards[0]).unwrap(),
            )
            .unwrap()
            .age,
        )],
        &vec![7u8; 200_000],
    )
    .unwrap();
    assert_eq!(
        http(srv.addr, "POST", "/v1/submissions", &[], &bad[..100_000]).status,
        201
    );

    let sync = |i: usize| {
        json(reviewer(
            &homes[i],
            &pass(ids[i]),
            &["sync", "--server", &url, "--team", &fp, "--json"],
        ))
    };
    let a = sync(0);
    assert_eq!(a["new_cases"], 1, "{a}");
    assert_eq!(
        a["quarantined"].as_array().unwrap().len(),
        1,
        "the truncated item is quarantined on its own: {a}"
    );
    assert_eq!(a["errors"].as_array().unwrap().len(), 0, "{a}");
    let b = sync(1);
    assert_eq!(b["new_cases"], 1);
    assert_eq!(
        b["unreadable"], 1,
        "bob cannot read alice's corrupt item: {b}"
    );
    let cr = sync(2);
    assert_eq!(cr["new_cases"], 0);
    assert_eq!(
        cr["unreadable"], 2,
        "carol was left out, and the corrupt item is not hers: {cr}"
    );
    let again = sync(1);
    assert_eq!(again["new_cases"], 0, "a rerun files nothing twice");

    let list = json(reviewer(&homes[0], &pass("alice"), &["list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["title"], "title-canary");
    assert_eq!(list[0]["status"], "new");
    let case = list[0]["id"].as_str().unwrap().to_owned();
    let shown = json(reviewer(
        &homes[0],
        &pass("alice"),
        &["show", &case, "--json"],
    ));
    assert_eq!(shown["report"]["body"], "body-canary");
    let out = dir.join("out.html");
    let att_out = ok(reviewer(
        &homes[0],
        &pass("alice"),
        &["attachment", &case, "0", "--out", &c(&out)],
    ));
    assert_eq!(
        std::fs::read(&out).unwrap(),
        b"<script>attachment-canary</script>"
    );
    assert!(String::from_utf8_lossy(&att_out.stdout).contains("detected html"));
    std::fs::remove_file(&out).unwrap();

    submit(
        &[
            "followup",
            "--message",
            "followup-canary",
            "--leave-out",
            "carol",
        ],
        &[("DROPBOX_CODENAME", &codename)],
    );
    let a = sync(0);
    assert_eq!(a["followups"], 1, "{a}");
    let shown = json(reviewer(
        &homes[0],
        &pass("alice"),
        &["show", &case, "--json"],
    ));
    assert_eq!(shown["followups"][0]["body"], "followup-canary");

    // alice replies; the reporter reads it with the codename, "from alice".
    ok(reviewer(
        &homes[0],
        &pass("alice"),
        &["reply", &case, "--message", "We are on it."],
    ));
    let replies = submit(&["replies"], &[("DROPBOX_CODENAME", &codename)]);
    assert_eq!(replies["replies"][0]["member"], "alice", "{replies}");
    assert_eq!(replies["replies"][0]["seq"], 1);
    assert_eq!(replies["replies"][0]["body"], "We are on it.");
    // Issue 14: the reply went to the codename and the case's recipients
    // only (3 real stanzas: carol, left out, has none), and it carries them
    // signed, with the roster alice acted under.
    {
        let fpd: dropbox_crypto::TeamFingerprint = fp.parse().unwrap();
        let keys = dropbox_crypto::codename::Codename::parse(&codename)
            .unwrap()
            .derive(&fpd);
        let mailbox = keys.mailbox();
        let got = dropbox_e2e::signed(
            srv.addr,
            "GET",
            &format!("/v1/mailboxes/{mailbox}"),
            None,
            b"",
            &dropbox_crypto::httpsig::KeyId::Mailbox(mailbox),
            &keys.mailbox_key,
            &[],
        )
        .json();
        let data = base64::Engine::decode(
            &base64::engine::general_purpose::STANDARD,
            got[0]["data"].as_str().unwrap(),
        )
        .unwrap();
        let h = dropbox_crypto::agehdr::parse(&data).unwrap();
        assert_eq!(
            h.stanzas.iter().filter(|s| s.tag == "X25519").count(),
            3,
            "codename, alice and bob; never carol"
        );
        let plain = dropbox_crypto::envelope::decrypt_vec(&data, &[&keys.identity]).unwrap();
        let d = dropbox_crypto::bundle::decode_slice(&plain, 0).unwrap();
        let chain: Vec<dropbox_crypto::dsse::Envelope> = serde_json::from_value(
            dropbox_e2e::http(srv.addr, "GET", "/v1/roster", &[], b"").json(),
        )
        .unwrap();
        let chain = dropbox_crypto::roster::verify_chain(
            &fpd,
            &chain,
            dropbox_crypto::time::UnixTime::now(),
        )
        .unwrap();
        let r = dropbox_crypto::messages::verify_reply_in_chain(
            d.header.signed.as_ref().unwrap(),
            &chain,
            &mailbox,
            got[0]["roster_seq"].as_u64().unwrap(),
        )
        .unwrap();
        assert_eq!(r.reply.roster_seq, Some(1));
        let to: Vec<&str> = r
            .reply
            .recipients
            .as_deref()
            .unwrap()
            .iter()
            .map(|m| m.as_str())
            .collect();
        assert_eq!(to, ["alice", "bob"]);
    }

    // Annotations: each kept in the access log with who; list filters on them.
    ok(reviewer(
        &homes[0],
        &pass("alice"),
        &[
            "set",
            &case,
            "--status",
            "triaged",
            "--severity",
            "high",
            "--tlp",
            "amber+strict",
            "--owner",
            "bob",
            "--tell-reporter",
        ],
    ));
    let told = submit(&["replies"], &[("DROPBOX_CODENAME", &codename)]);
    assert_eq!(
        told["replies"][1]["body"], "The status of your report is now: triaged.",
        "{told}"
    );
    // The team shares one reply sequence: bob, once synced, sees alice's
    // replies in the case and numbers his #3, so the reporter sees no gap
    // and no duplicate.
    sync(0);
    sync(1);
    let shown = json(reviewer(
        &homes[1],
        &pass("bob"),
        &["show", &case, "--json"],
    ));
    let sent = shown["state"]["replies"].as_array().unwrap();
    assert_eq!(sent.len(), 2, "{shown}");
    // Events carry their author's time: bob dates the acknowledgement
    // when alice made it, not when his sync learned of it.
    let alices = json(reviewer(
        &homes[0],
        &pass("alice"),
        &["show", &case, "--json"],
    ));
    assert_eq!(
        shown["state"]["acknowledged"], alices["state"]["acknowledged"],
        "{shown}"
    );
    assert_eq!(sent[0]["member"], "alice");
    assert_eq!(sent[0]["body"], "We are on it.");
    ok(reviewer(
        &homes[1],
        &pass("bob"),
        &["reply", &case, "--message", "bob-reply-canary"],
    ));
    let three = submit(&["replies"], &[("DROPBOX_CODENAME", &codename)]);
    assert_eq!(three["replies"][2]["seq"], 3, "{three}");
    assert_eq!(three["replies"][2]["member"], "bob", "{three}");
    assert_eq!(three["problems"], serde_json::json!([]), "{three}");
    ok(reviewer(
        &homes[0],
        &pass("alice"),
        &["note", &case, "note-canary"],
    ));
    let bad = reviewer(
        &homes[0],
        &pass("alice"),
        &["set", &case, "--status", "done"],
    );
    assert!(!bad.status.success(), "unknown statuses are refused");
    let shown = json(reviewer(
        &homes[0],
        &pass("alice"),
        &["show", &case, "--json"],
    ));
    assert_eq!(shown["state"]["status"], "triaged");
    assert_eq!(shown["state"]["tlp"], "AMBER+STRICT");
    assert_eq!(shown["state"]["owner"], "bob");
    assert_eq!(shown["state"]["notes"][0]["text"], "note-canary");
    let whats: Vec<String> = shown["log"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| format!("{} {}", t["who"], t["what"]))
        .collect();
    assert!(
        whats
            .iter()
            .any(|w| w.contains("alice") && w.contains("status -> triaged")),
        "{whats:?}"
    );
    let mine = json(reviewer(
        &homes[0],
        &pass("alice"),
        &["list", "--owner", "bob", "--tlp", "AMBER+STRICT", "--json"],
    ));
    assert_eq!(mine.as_array().unwrap().len(), 1);
    let found = json(reviewer(
        &homes[0],
        &pass("alice"),
        &["search", "BODY-canary", "note-canary", "--json"],
    ));
    assert_eq!(
        found.as_array().unwrap().len(),
        1,
        "search matches all terms, any case"
    );
    assert_eq!(found[0]["id"], case.as_str());
    let missed = json(reviewer(
        &homes[0],
        &pass("alice"),
        &["search", "body-canary", "absent-term", "--json"],
    ));
    assert_eq!(missed.as_array().unwrap().len(), 0);
    let none = json(reviewer(
        &homes[0],
        &pass("alice"),
        &["list", "--status", "closed", "--json"],
    ));
    assert_eq!(none.as_array().unwrap().len(), 0);

    for canary in [
        "title-canary",
        "body-canary",
        "attachment-canary",
        "followup-canary",
        "note-canary",
    ] {
        let hits = grep_tree(&homes[0], canary.as_bytes());
        assert!(
            hits.is_empty(),
            "plaintext {canary} found on disk in {hits:?}"
        );
    }
    // Only those who could decrypt hold the delete token.
    let del = ok(reviewer(&homes[0], &pass("alice"), &["delete", &case]));
    assert!(String::from_utf8_lossy(&del.stdout).contains("Deleted"));
    let bob_list = json(reviewer(&homes[1], &pass("bob"), &["list", "--json"]));
    let bob_case = bob_list[0]["id"].as_str().unwrap();
    let again = ok(reviewer(&homes[1], &pass("bob"), &["delete", bob_case]));
    assert!(String::from_utf8_lossy(&again.stdout).contains("no longer holds"));
    let wrong = reviewer(&homes[0], "not the passphrase", &["list"]);
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong passphrase"));
}

/// The air gap: fetch on an online machine, import offline (filing the
/// report, writing the acks, removing the fetched ciphertext), post the
/// acks back online.
#[test]
fn the_air_gap_round_trip() {
    let dir = TempDir::new("reviewer-airgap");
    let home = dir.join("alice");
    let offline = dir.join("alice-offline");
    let out = ok(reviewer(
        &home,
        "alice passphrase",
        &["key", "new", "--name", "Alice", "--id", "alice", "--json"],
    ));
    let card = dir.join("alice.card.json");
    std::fs::write(&card, &out.stdout).unwrap();
    let chain = dir.join("roster.json");
    let c = |p: &std::path::PathBuf| p.to_str().unwrap().to_owned();
    let st = json(reviewer(
        &home,
        "alice passphrase",
        &[
            "team",
            "init",
            "--name",
            "Gap",
            "--member",
            &c(&card),
            "--endpoint",
            "https://drop.example.org",
            "--out",
            &c(&chain),
            "--json",
        ],
    ));
    let fp = st["fingerprint"].as_str().unwrap().to_owned();
    let data = dir.join("data");
    assert!(
        run(
            "dropbox-server",
            &[
                "init",
                "--data",
                data.to_str().unwrap(),
                "--roster",
                &c(&chain)
            ]
        )
        .status
        .success()
    );
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);
    let sent = dropbox_e2e::command("dropbox-submit")
        .args([
            "--server",
            &url,
            "--team",
            &fp,
            "--state",
            dir.join("st").to_str().unwrap(),
            "--json",
            "--yes",
            "--body",
            "gap-canary",
        ])
        .output()
        .unwrap();
    assert!(
        sent.status.success(),
        "{}",
        String::from_utf8_lossy(&sent.stderr)
    );
    // The offline machine has the same keys (copied once, by hand).
    std::fs::create_dir_all(&offline).unwrap();
    for f in ["keys.age", "card.json"] {
        std::fs::copy(home.join(f), offline.join(f)).unwrap();
    }
    // The online machine gets the transport key alone, under its own
    // passphrase: it can fetch and post, not read or sign as alice.
    let online = dir.join("online");
    let transport = |from: &Path| {
        dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(from)
            .args(["key", "transport", "--out", &c(&online)])
            .env("REVIEWER_PASSPHRASE", "alice passphrase")
            .env("REVIEWER_NEW_PASSPHRASE", "online passphrase")
            .output()
            .unwrap()
    };
    ok(transport(&offline));
    let again = transport(&home);
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds keys"));
    let mut names: Vec<_> = std::fs::read_dir(&online)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["card.json", "transport.age"]);
    let refused = reviewer(&online, "online passphrase", &["list"]);
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("holds only the transport key"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let fetched = dir.join("fetched");
    let outbox = dir.join("outbox");
    ok(reviewer(
        &online,
        "online passphrase",
        &["fetch", "--server", &url, "--out", &c(&fetched)],
    ));
    std::fs::write(
        offline.join("config.json"),
        format!("{{\"team\": \"{fp}\"}}"),
    )
    .unwrap();
    let imp = json(reviewer(
        &offline,
        "alice passphrase",
        &["import", &c(&fetched), "--outbox", &c(&outbox), "--json"],
    ));
    assert_eq!(imp["filed"], 1, "{imp}");
    assert_eq!(
        std::fs::read_dir(fetched.join("items")).unwrap().count(),
        0,
        "import removes the fetched ciphertext"
    );
    let list = json(reviewer(&offline, "alice passphrase", &["list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    ok(reviewer(
        &online,
        "online passphrase",
        &["fetch", "--server", &url, "--post", &c(&outbox)],
    ));
    // Fetch again: nothing new once the acks are posted.
    let again = dir.join("again");
    ok(reviewer(
        &online,
        "online passphrase",
        &["fetch", "--server", &url, "--out", &c(&again)],
    ));
    assert_eq!(
        std::fs::read_dir(again.join("items")).unwrap().count(),
        0,
        "acked items are not fetched again"
    );
}

/// Regression: a passphrase from REVIEWER_PASSPHRASE or
/// REVIEWER_NEW_PASSPHRASE skipped the 8-character minimum the terminal
/// prompt enforces, so a script could lock keys with an empty passphrase.
/// Every command that sets a new passphrase (`key new`, `key lock`, `key
/// transport`) now refuses a short one however it is given, and an old
/// short passphrase still opens the keys so it can be replaced.
#[test]
fn a_new_passphrase_from_the_environment_needs_eight_characters() {
    let dir = TempDir::new("reviewer-short-passphrase");
    let home = dir.join("alice");
    let with_env = |home: &Path, env: &[(&str, &str)], args: &[&str]| {
        let mut cmd = dropbox_e2e::command("reviewer");
        cmd.arg("--home").arg(home).args(args);
        cmd.env_remove("REVIEWER_PASSPHRASE")
            .env_remove("REVIEWER_NEW_PASSPHRASE");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().expect("run reviewer")
    };
    let refused = |out: &Output, var: &str| {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && err.contains(var) && err.contains("at least 8 characters"),
            "expected a refusal naming {var}: {err}"
        );
    };
    let new = ["key", "new", "--name", "Alice", "--id", "alice"];
    for short in ["", "1234567", "ééééééé"] {
        let out = with_env(&home, &[("REVIEWER_PASSPHRASE", short)], &new);
        refused(&out, "REVIEWER_PASSPHRASE");
        assert!(
            !home.join("keys.age").exists(),
            "no keys are written under a refused passphrase"
        );
        let out = with_env(&home, &[("REVIEWER_NEW_PASSPHRASE", short)], &new);
        refused(&out, "REVIEWER_NEW_PASSPHRASE");
    }
    // Eight characters, counted as characters, not bytes.
    ok(with_env(
        &home,
        &[("REVIEWER_PASSPHRASE", "éééééééé")],
        &new,
    ));
    let lock = ["key", "lock"];
    let out = with_env(
        &home,
        &[
            ("REVIEWER_PASSPHRASE", "éééééééé"),
            ("REVIEWER_NEW_PASSPHRASE", ""),
        ],
        &lock,
    );
    refused(&out, "REVIEWER_NEW_PASSPHRASE");
    let transport = dir.join("online");
    let out = with_env(
        &home,
        &[
            ("REVIEWER_PASSPHRASE", "éééééééé"),
            ("REVIEWER_NEW_PASSPHRASE", "short"),
        ],
        &["key", "transport", "--out", transport.to_str().unwrap()],
    );
    refused(&out, "REVIEWER_NEW_PASSPHRASE");
    assert!(!transport.join("transport.age").exists());
    // The refused changes left the keys under the passphrase they had.
    ok(with_env(
        &home,
        &[
            ("REVIEWER_PASSPHRASE", "éééééééé"),
            ("REVIEWER_NEW_PASSPHRASE", "a longer passphrase"),
        ],
        &lock,
    ));
    let relock = |old: &str| {
        with_env(
            &home,
            &[
                ("REVIEWER_PASSPHRASE", old),
                ("REVIEWER_NEW_PASSPHRASE", "yet another passphrase"),
            ],
            &lock,
        )
    };
    assert!(!relock("éééééééé").status.success());
    ok(relock("a longer passphrase"));
}
