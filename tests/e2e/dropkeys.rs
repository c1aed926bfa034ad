//! Drop keys (issue 18, protocol 1.4) with the real binaries: members
//! publish signed post-quantum drop keys on `reviewer sync`; `dropbox-submit`
//! encrypts to them (hybrid stanzas only, in the fixed shape) and refuses a
//! member without a valid one (none published, forged, expired); a copy of a
//! ciphertext taken within the window opens with the member's key files
//! then, and with none of them once the window and grace have passed and
//! the reviewer destroyed the identity; `reviewer due` warns before that.
//! Time moves with libfaketime for the reviewer and the server alike.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dropbox_crypto::agehdr;
use dropbox_crypto::dropkey::{self, DropKey};
use dropbox_crypto::hybrid::{HYBRID_TAG, HybridIdentity};
use dropbox_crypto::keys::AgeIdentity;
use dropbox_crypto::roster::{Policy, Role};
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_e2e::{Server, TempDir, TestMember, binary, faketime, http, run};

fn pass(id: &str) -> String {
    format!("{id} passphrase")
}

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

fn must(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn as_json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&out.stdout)))
}

/// A team of alice and bob (reviewer homes) and mallory (keys held by the
/// test, to forge with), whose roster turns drop keys on, and its server.
struct Team {
    dir: TempDir,
    fp: String,
    data: PathBuf,
    srv: Server,
    url: String,
    clock: Vec<(String, String)>,
    mallory: TestMember,
}

impl Team {
    fn new(tag: &str) -> Self {
        let dir = TempDir::new(tag);
        let mallory = TestMember::new("mallory", 9, &[Role::Reviewer]);
        let mut cards = Vec::new();
        for id in ["alice", "bob"] {
            let out = must(
                Command::new(binary("reviewer"))
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
            cards.push(card);
        }
        let mcard = dir.join("mallory.card.json");
        std::fs::write(&mcard, serde_json::to_vec(&mallory.card()).unwrap()).unwrap();
        cards.push(mcard);
        let policy = Policy {
            drop_key_days: Some(7),
            ..Policy::default()
        };
        let policy_file = dir.join("policy.json");
        std::fs::write(&policy_file, serde_json::to_vec(&policy).unwrap()).unwrap();
        let chain = dir.join("roster.json");
        let mut args = vec![
            "team".to_owned(),
            "init".into(),
            "--name".into(),
            tag.into(),
        ];
        for c in &cards {
            args.extend(["--member".into(), s(c)]);
        }
        args.extend([
            "--policy".into(),
            s(&policy_file),
            "--endpoint".into(),
            "http://127.0.0.1:9".into(),
            "--out".into(),
            s(&chain),
            "--json".into(),
        ]);
        let out = must(
            Command::new(binary("reviewer"))
                .arg("--home")
                .arg(dir.join("alice"))
                .args(&args)
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
            "server init",
        );
        let srv = Server::start(&data, &[]);
        let url = format!("http://{}", srv.addr);
        Team {
            dir,
            fp,
            data,
            srv,
            url,
            clock: Vec::new(),
            mallory,
        }
    }

    /// Moves the clock of the server (restarted on the same data) and of
    /// every later reviewer and dropbox-submit run.
    fn set_clock(&mut self, offset_days: i64) {
        self.srv.kill9();
        self.clock = faketime(&format!("{offset_days:+}d"));
        self.srv = Server::start_env(&self.data, &[], &self.clock);
        self.url = format!("http://{}", self.srv.addr);
    }

    fn home(&self, who: &str) -> PathBuf {
        self.dir.join(who)
    }

    fn try_rev(&self, who: &str, args: &[&str]) -> Output {
        Command::new(binary("reviewer"))
            .arg("--home")
            .arg(self.home(who))
            .args(args)
            .env("REVIEWER_PASSPHRASE", pass(who))
            .envs(self.clock.iter().map(|(k, v)| (k, v)))
            .output()
            .unwrap()
    }

    fn rev(&self, who: &str, args: &[&str]) -> Output {
        must(
            self.try_rev(who, args),
            &format!("{who}: reviewer {args:?}"),
        )
    }

    fn sync(&self, who: &str) -> serde_json::Value {
        as_json(&self.rev(
            who,
            &["sync", "--server", &self.url, "--team", &self.fp, "--json"],
        ))
    }

    fn try_submit(&self, title: &str, extra: &[&str]) -> Output {
        Command::new(binary("dropbox-submit"))
            .args(["send", "--title", title, "--body", "what happened"])
            .args(extra)
            .args(["--server", &self.url, "--team", &self.fp, "--json"])
            .arg("--state")
            .arg(self.dir.join("submit-state"))
            .envs(self.clock.iter().map(|(k, v)| (k, v)))
            .output()
            .unwrap()
    }

    fn titles(&self, who: &str) -> Vec<String> {
        as_json(&self.rev(who, &["list", "--json"]))
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["title"].as_str().unwrap_or("").to_owned())
            .collect()
    }

    /// Stores a drop key straight into the server's table, as a
    /// compromised server could, claiming it is valid until `claimed`.
    fn inject(&self, member: &str, env: &dropbox_crypto::dsse::Envelope, claimed: Day) {
        let db = rusqlite::Connection::open(self.data.join("dropbox.sqlite3")).unwrap();
        db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
        db.execute(
            "INSERT OR REPLACE INTO dropkeys (member, not_before, not_after, envelope)
             VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![
                member,
                "2000-01-01",
                claimed.to_string(),
                serde_json::to_string(env).unwrap()
            ],
        )
        .unwrap();
    }
}

/// Every identity a thief gets from a member's home directory and its
/// passphrase: the long-term age key from `keys.age`, and every drop
/// identity in `dropkeys.age`.
fn identities_in(home: &Path, passphrase: &str) -> (AgeIdentity, Vec<HybridIdentity>) {
    let open = |ct: &[u8], id: &dyn age::Identity| -> Vec<u8> {
        let dec = age::Decryptor::new(ct).unwrap();
        let mut r = dec.decrypt(std::iter::once(id)).unwrap();
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        out
    };
    let scrypt = age::scrypt::Identity::new(passphrase.to_owned().into());
    let keys: serde_json::Value = serde_json::from_slice(&open(
        &std::fs::read(home.join("keys.age")).unwrap(),
        &scrypt,
    ))
    .unwrap();
    let age_id: AgeIdentity = keys["age"].as_str().unwrap().parse().unwrap();
    let drop = match std::fs::read(home.join("dropkeys.age")) {
        Ok(ct) => {
            let v: serde_json::Value = serde_json::from_slice(&open(&ct, age_id.as_age())).unwrap();
            v.as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    let seed: [u8; 32] = STANDARD
                        .decode(d["seed"].as_str().unwrap())
                        .unwrap()
                        .try_into()
                        .unwrap();
                    HybridIdentity::from_seed(&seed)
                })
                .collect()
        }
        Err(_) => Vec::new(),
    };
    (age_id, drop)
}

/// Whether any key file of the member's home opens `ct`.
fn home_opens(home: &Path, passphrase: &str, ct: &[u8]) -> bool {
    let (age_id, drop) = identities_in(home, passphrase);
    let drop: Vec<&HybridIdentity> = drop.iter().collect();
    dropbox_crypto::envelope::decrypt_with(ct, &[&age_id], &drop).is_ok()
}

#[test]
fn reports_go_to_drop_keys_which_are_destroyed_after_window_and_grace() {
    let mut t = Team::new("dropkeys-fs");
    // mallory never syncs: she is left out of every report.
    let leave = ["--leave-out", "mallory"];

    // Before anyone published a drop key, a report cannot be encrypted.
    let out = t.try_submit("too early", &leave);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("drop key"), "{err}");

    // Sync publishes the current window's key and the next two.
    for who in ["alice", "bob"] {
        let out = t.sync(who);
        assert_eq!(out["drop_keys"]["created"], 3, "{out}");
        assert_eq!(out["drop_keys"]["published"], 3, "{out}");
    }
    let served = http(t.srv.addr, "GET", "/v1/dropkeys", &[], b"");
    assert_eq!(served.status, 200);
    assert_eq!(served.json().as_array().unwrap().len(), 6);

    // A copy of a ciphertext, as a network capture or a backup keeps it:
    // hybrid stanzas only, one per member and the codename slot.
    let copy = t.dir.join("copy.age");
    must(
        t.try_submit(
            "captured",
            &["--leave-out", "mallory", "--output", &s(&copy)],
        ),
        "send --output",
    );
    let ct = std::fs::read(&copy).unwrap();
    let h = agehdr::parse(&ct).unwrap();
    let hybrid = h.stanzas.iter().filter(|s| s.tag == HYBRID_TAG).count();
    assert_eq!(hybrid, 4, "3 members and the codename slot");
    assert!(h.stanzas.iter().all(|s| s.tag != "X25519"));

    // The same report, uploaded, is filed as usual.
    must(t.try_submit("filed", &leave), "send");
    t.sync("alice");
    assert!(t.titles("alice").contains(&"filed".to_owned()));

    // Within the window the member's key files open the copy.
    assert!(home_opens(&t.home("alice"), &pass("alice"), &ct));
    assert!(home_opens(&t.home("bob"), &pass("bob"), &ct));

    let today = UnixTime::now().day();
    let (_, not_after) = dropkey::window_of(today, 7);
    let destroy = dropkey::destroy_on(not_after, 7);

    // Two days before the destruction, `due` warns bob.
    t.set_clock(today.days_until(destroy) - 2);
    let due = t.rev("bob", &["due"]);
    let text = String::from_utf8_lossy(&due.stdout);
    assert!(
        text.contains("drop key") && text.contains(&destroy.to_string()),
        "{text}"
    );
    // Not yet destroyed: the copy still opens.
    must(t.try_rev("alice", &["purge", "--trust-clock"]), "purge");
    assert!(home_opens(&t.home("alice"), &pass("alice"), &ct));

    // On the destruction day the purge removes the identity; every key
    // file the member then has (the long-term key included) fails.
    t.set_clock(today.days_until(destroy));
    let purged = as_json(&t.rev("alice", &["purge", "--trust-clock", "--json"]));
    assert!(
        purged["drop_keys_destroyed"].as_u64().unwrap() >= 1,
        "{purged}"
    );
    assert!(!home_opens(&t.home("alice"), &pass("alice"), &ct));
    // bob, who did not run a purge, still can until he does.
    assert!(home_opens(&t.home("bob"), &pass("bob"), &ct));
    must(t.try_rev("bob", &["purge", "--trust-clock"]), "purge");
    assert!(!home_opens(&t.home("bob"), &pass("bob"), &ct));
    // The case filed within the window stays readable: it lives under its
    // case key, not the drop key.
    assert!(t.titles("alice").contains(&"filed".to_owned()));

    // A sync on the new day publishes keys for the windows now current.
    let out = t.sync("alice");
    assert!(
        out["drop_keys"]["published"].as_u64().unwrap() >= 1,
        "{out}"
    );
}

#[test]
fn forged_expired_and_missing_drop_keys_are_refused() {
    let t = Team::new("dropkeys-refuse");
    t.sync("alice");
    let today = UnixTime::now().day();
    let fp = t.fp.parse().unwrap();

    // bob has published nothing: choosing him is refused, naming him;
    // leaving him out works.
    let out = t.try_submit("to bob", &["--leave-out", "mallory"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bob"), "{err}");
    must(
        t.try_submit(
            "alice only",
            &["--leave-out", "mallory", "--leave-out", "bob"],
        ),
        "send to alice",
    );

    // A key for bob signed by someone else, slipped in by the server.
    let forger = dropbox_crypto::keys::SignSecretKey::generate();
    let forged = DropKey::new(
        fp,
        "bob".parse().unwrap(),
        HybridIdentity::generate().recipient(),
        dropkey::window_of(today, 7),
    )
    .sign(&forger);
    t.inject("bob", &forged, today.add_days(30));
    let out = t.try_submit("forged", &["--leave-out", "mallory"]);
    assert!(!out.status.success(), "a forged drop key was used");

    // mallory's own key, properly signed, but its window is over (the
    // server's row claims otherwise).
    let expired = DropKey::new(
        fp,
        t.mallory.id.clone(),
        HybridIdentity::generate().recipient(),
        dropkey::window_of(today.add_days(-30), 7),
    )
    .sign(&t.mallory.sign);
    t.inject("mallory", &expired, today.add_days(30));
    let out = t.try_submit("expired", &["--leave-out", "bob"]);
    assert!(!out.status.success(), "an expired drop key was used");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("mallory"), "{err}");

    // The server itself refuses to publish a key that is not the signer's.
    let resp = http(
        t.srv.addr,
        "PUT",
        "/v1/dropkeys",
        &[("content-type", "application/json")],
        serde_json::to_string(&[&forged]).unwrap().as_bytes(),
    );
    assert!(resp.status == 401 || resp.status == 403, "{}", resp.status);
}
