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
use std::process::Output;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dropbox_crypto::agehdr;
use dropbox_crypto::dropkey::{self, DropKey};
use dropbox_crypto::hybrid::{HYBRID_TAG, HybridIdentity};
use dropbox_crypto::keys::AgeIdentity;
use dropbox_crypto::roster::{Policy, Role};
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_e2e::homes::{Homes, arg as s, as_json, must, pass};
use dropbox_e2e::{Server, TempDir, TestMember, faketime, http};

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
        let policy = Policy {
            drop_key_days: Some(7),
            ..Policy::default()
        };
        let policy_file = dir.join("policy.json");
        std::fs::write(&policy_file, serde_json::to_vec(&policy).unwrap()).unwrap();
        let Homes { fp, data, .. } = Homes::new(
            &dir,
            tag,
            &["alice", "bob"],
            &[&mallory],
            &["--policy", &s(&policy_file)],
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
        dropbox_e2e::command("reviewer")
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
        dropbox_e2e::command("dropbox-submit")
            .args(["send", "--yes", "--title", title, "--body", "what happened"])
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

    // The same report, uploaded, is filed as usual. The consent says the
    // drop keys bound every copy, except what the codename opens: with
    // one, the upload carries its slot (review finding F5).
    must(t.try_submit("filed", &leave), "send");
    // (Without --json, which gives the consent as facts, not as text.)
    let consent_text = |extra: &[&str]| {
        let out = must(
            dropbox_e2e::command("dropbox-submit")
                .args([
                    "send",
                    "--yes",
                    "--body",
                    "consent text",
                    "--leave-out",
                    "mallory",
                ])
                .args(extra)
                .args(["--server", &t.url, "--team", &t.fp])
                .arg("--state")
                .arg(t.dir.join("submit-state"))
                .envs(t.clock.iter().map(|(k, v)| (k, v)))
                .output()
                .unwrap(),
            "send",
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let said = consent_text(&[]);
    assert!(said.contains("short-lived keys"), "{said}");
    assert!(!said.contains("The exception is your codename"), "{said}");
    let said = consent_text(&["--replies"]);
    assert!(
        said.contains(
            "The exception is your codename: whoever has it can open the drop box's copy"
        ),
        "{said}"
    );
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

/// The page (issue 18 item 2), in headless Chromium: with drop keys on it
/// encrypts to the chosen members' drop keys and the codename's hybrid
/// recipient (hybrid stanzas only, decoys for the member left out), the
/// member's reviewer files the report after a sync; and it refuses to send,
/// saying whom, when a chosen member has no drop key or only an expired
/// one, never falling back to the long-term key.
#[test]
fn the_page_sends_to_drop_keys_and_refuses_without_one() {
    let web = crate::web::web_ready();
    let t = Team::new("dropkeys-page");
    t.sync("alice");
    t.sync("bob");
    let spec = |title: &str, leave_out: &[&str], replies: bool, refuse: bool| {
        serde_json::json!({
            "base": t.url, "fingerprint": t.fp, "title": title, "body": "seen from the page",
            "files": [], "leave_out": leave_out, "replies": replies, "expect_refusal": refuse,
        })
    };

    let sent = crate::web::run_page(
        &web,
        &t.dir,
        "sent",
        spec("from the page", &["mallory (test)"], true, false),
        &t.srv,
    );
    let receipt = sent["receipt"].as_str().unwrap();
    // mallory, left out, can still list the inbox and fetch the ciphertext
    // as a member: it is what the server stores.
    let inbox =
        dropbox_e2e::as_member(t.srv.addr, &t.mallory, "GET", "/v1/inbox", None, b"").json();
    let item = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["receipt"] == receipt)
        .unwrap_or_else(|| panic!("{receipt} not in {inbox}"))
        .clone();
    let ct = dropbox_e2e::fetch_submission(
        t.srv.addr,
        &t.mallory,
        item["id"].as_str().unwrap(),
        receipt,
    );
    let h = agehdr::parse(&ct).unwrap();
    let hybrid = h.stanzas.iter().filter(|s| s.tag == HYBRID_TAG).count();
    assert_eq!(hybrid, 4, "3 members and the codename slot, all hybrid");
    assert_eq!(h.stanzas.len(), 5, "and one grease stanza");
    assert!(h.stanzas.iter().all(|s| s.tag != "X25519"));
    // Not to any long-term key (mallory's included), to the codename's
    // hybrid identity, and to alice's drop identity.
    assert!(dropbox_crypto::envelope::decrypt_with(&ct[..], &[&t.mallory.age], &[]).is_err());
    let (alice_age, _) = identities_in(&t.home("alice"), &pass("alice"));
    assert!(dropbox_crypto::envelope::decrypt_with(&ct[..], &[&alice_age], &[]).is_err());
    let keys = dropbox_crypto::codename::Codename::parse(sent["codename"].as_str().unwrap())
        .unwrap()
        .derive(&t.fp.parse().unwrap());
    assert!(dropbox_crypto::envelope::decrypt_with(&ct[..], &[], &[&keys.hybrid]).is_ok());
    assert!(home_opens(&t.home("alice"), &pass("alice"), &ct));
    t.sync("alice");
    assert!(t.titles("alice").contains(&"from the page".to_owned()));

    // mallory has published no drop key: choosing her is refused, by name.
    let refused = crate::web::run_page(
        &web,
        &t.dir,
        "none",
        spec("to mallory", &[], false, true),
        &t.srv,
    );
    let err = refused["form_error"].as_str().unwrap();
    assert!(
        err.contains("mallory (test)") && err.contains("drop key"),
        "{err}"
    );
    assert_eq!(refused["receipt_shown"], false);

    // Her own key, signed by her, but expired (the server's row says it
    // is good for a month): still refused.
    let today = UnixTime::now().day();
    let expired = DropKey::new(
        t.fp.parse().unwrap(),
        t.mallory.id.clone(),
        HybridIdentity::generate().recipient(),
        dropkey::window_of(today.add_days(-30), 7),
    )
    .sign(&t.mallory.sign);
    t.inject("mallory", &expired, today.add_days(30));
    let refused = crate::web::run_page(
        &web,
        &t.dir,
        "expired",
        spec("to mallory", &[], false, true),
        &t.srv,
    );
    let err = refused["form_error"].as_str().unwrap();
    assert!(err.contains("mallory (test)"), "{err}");
    // Nothing but the first report reached the drop box.
    let inbox =
        dropbox_e2e::as_member(t.srv.addr, &t.mallory, "GET", "/v1/inbox", None, b"").json();
    assert_eq!(inbox["items"].as_array().unwrap().len(), 1, "{inbox}");
}

/// A member who rotates their long-term keys (`key rotate`, the rekey
/// roster, `key activate`) keeps their drop identities: a report sent to a
/// drop key made before the rotation is filed by the next sync, and the
/// drop keys, re-signed with the new sign key, are accepted by reporters.
#[test]
fn a_key_rotation_keeps_the_drop_identities() {
    let t = Team::new("dropkeys-rekey");
    t.sync("alice");
    t.sync("bob");
    let leave = ["--leave-out", "mallory", "--leave-out", "alice"];
    must(t.try_submit("before the rotation", &leave), "send to bob");

    let card = t.rev("bob", &["key", "rotate", "--json"]).stdout;
    let new_card = t.dir.join("bob-new.card.json");
    std::fs::write(&new_card, &card).unwrap();
    let chain = t.dir.join("roster.json");
    let next = t.dir.join("roster-rekey.json");
    t.rev(
        "alice",
        &[
            "team",
            "rekey",
            "--chain",
            &s(&chain),
            "--member",
            &s(&new_card),
            "--out",
            &s(&next),
            "--json",
        ],
    );
    t.rev("bob", &["team", "sign", &s(&next), "--json"]);
    t.rev(
        "alice",
        &["team", "publish", "--server", &t.url, "--chain", &s(&next)],
    );
    // Until bob's next sync his served drop keys carry his old signature,
    // which the new roster no longer accepts: a reporter is refused.
    let out = t.try_submit("too early", &leave);
    assert!(
        !out.status.success(),
        "a drop key signed by a replaced key was used"
    );
    t.rev("bob", &["key", "activate", "--server", &t.url]);

    // The drop identities open with the new long-term key only.
    let (new_age, drop) = identities_in(&t.home("bob"), &pass("bob"));
    assert_eq!(drop.len(), 3, "the rotation kept every drop identity");
    let bob_new: serde_json::Value = serde_json::from_slice(&card).unwrap();
    assert_eq!(
        new_age.recipient().to_string(),
        bob_new["age"].as_str().unwrap()
    );

    let synced = t.sync("bob");
    assert_eq!(synced["drop_keys"]["created"], 0, "{synced}");
    assert_eq!(synced["drop_keys"]["published"], 3, "{synced}");
    assert!(t.titles("bob").contains(&"before the rotation".to_owned()));
    must(
        t.try_submit("after the rotation", &leave),
        "send to bob again",
    );
    t.sync("bob");
    assert!(t.titles("bob").contains(&"after the rotation".to_owned()));
}

/// `--drop-key-days` on `team init` and `team renew`, beside the other
/// per-field policy flags: it sets the roster's window, 0 turns drop keys
/// off again, and a window beyond 90 days is refused before signing.
#[test]
fn team_init_and_renew_set_the_drop_key_window() {
    let dir = TempDir::new("dropkeys-flag");
    let home = dir.join("alice");
    let rev = |args: &[&str]| {
        dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(&home)
            .args(args)
            .env("REVIEWER_PASSPHRASE", pass("alice"))
            .output()
            .unwrap()
    };
    let card = dir.join("alice.card.json");
    std::fs::write(
        &card,
        must(
            rev(&["key", "new", "--name", "alice", "--id", "alice", "--json"]),
            "key new",
        )
        .stdout,
    )
    .unwrap();
    let head_policy = |chain: &Path| -> serde_json::Value {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(chain).unwrap()).unwrap();
        let last = v.as_array().unwrap().last().unwrap();
        let payload = STANDARD.decode(last["payload"].as_str().unwrap()).unwrap();
        serde_json::from_slice::<serde_json::Value>(&payload).unwrap()["policy"].clone()
    };
    let chain = dir.join("roster.json");
    let init = |days: &str| {
        rev(&[
            "team",
            "init",
            "--name",
            "Flag",
            "--member",
            &s(&card),
            "--endpoint",
            "http://127.0.0.1:9",
            "--drop-key-days",
            days,
            "--out",
            &s(&chain),
            "--json",
        ])
    };
    assert!(!init("91").status.success(), "a 91-day window was signed");
    assert!(!chain.exists());
    must(init("14"), "team init --drop-key-days 14");
    assert_eq!(head_policy(&chain)["drop_key_days"], 14);

    let renew = |days: &str| {
        rev(&[
            "team",
            "renew",
            "--chain",
            &s(&chain),
            "--drop-key-days",
            days,
            "--out",
            &s(&chain),
            "--json",
        ])
    };
    must(renew("3"), "team renew --drop-key-days 3");
    assert_eq!(head_policy(&chain)["drop_key_days"], 3);
    must(renew("0"), "team renew --drop-key-days 0");
    assert!(
        head_policy(&chain).get("drop_key_days").is_none(),
        "{}",
        head_policy(&chain)
    );
}

/// A follow-up from `dropbox-submit` with drop keys on is encrypted like
/// the report: hybrid stanzas only (the chosen members' drop keys, a decoy
/// for the member left out, the codename's hybrid recipient), never to a
/// long-term key; the member's reviewer files it with the report.
#[test]
fn a_followup_from_dropbox_submit_goes_to_drop_keys() {
    let t = Team::new("dropkeys-followup");
    t.sync("alice");
    t.sync("bob");
    let sent = as_json(&must(
        t.try_submit("with replies", &["--leave-out", "mallory", "--reply"]),
        "send --reply",
    ));
    let codename = sent["codename"].as_str().unwrap().to_owned();
    let out = must(
        dropbox_e2e::command("dropbox-submit")
            .args([
                "followup",
                "--yes",
                "--message",
                "followup-canary",
                "--leave-out",
                "mallory",
            ])
            .args(["--server", &t.url, "--team", &t.fp, "--json"])
            .arg("--state")
            .arg(t.dir.join("submit-state"))
            .env("DROPBOX_CODENAME", &codename)
            .output()
            .unwrap(),
        "followup",
    );
    let f = as_json(&out);
    let ct = dropbox_e2e::fetch_submission(
        t.srv.addr,
        &t.mallory,
        f["id"].as_str().unwrap(),
        f["receipt"].as_str().unwrap(),
    );
    let h = agehdr::parse(&ct).unwrap();
    assert_eq!(
        h.stanzas.iter().filter(|s| s.tag == HYBRID_TAG).count(),
        4,
        "3 members and the codename slot"
    );
    assert_eq!(h.stanzas.len(), 5, "and one grease stanza");
    assert!(dropbox_crypto::envelope::decrypt_with(&ct[..], &[&t.mallory.age], &[]).is_err());
    let keys = dropbox_crypto::codename::Codename::parse(&codename)
        .unwrap()
        .derive(&t.fp.parse().unwrap());
    assert!(dropbox_crypto::envelope::decrypt_with(&ct[..], &[&keys.identity], &[]).is_err());
    assert!(dropbox_crypto::envelope::decrypt_with(&ct[..], &[], &[&keys.hybrid]).is_ok());
    assert!(home_opens(&t.home("bob"), &pass("bob"), &ct));
    t.sync("bob");
    let case = as_json(&t.rev("bob", &["list", "--json"]))[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let shown = as_json(&t.rev("bob", &["show", &case, "--json"]));
    assert!(shown.to_string().contains("followup-canary"), "{shown}");
}

/// A withdrawal that cannot reach the team (here: the members' drop keys
/// are gone from the drop box, so dropbox-submit refuses to encrypt to
/// them) deletes nothing: the report stays on the drop box and the
/// members' copies are not left open behind a deleted server copy. Once
/// the keys are back, the withdrawal goes through and deletes it.
#[test]
fn a_withdrawal_the_team_cannot_be_sent_deletes_nothing() {
    let t = Team::new("dropkeys-withdraw");
    for who in ["alice", "bob"] {
        t.sync(who);
    }
    let sent = as_json(&must(
        t.try_submit("to withdraw", &["--leave-out", "mallory", "--replies"]),
        "send",
    ));
    let code = sent["codename"].as_str().unwrap().to_owned();
    let id = sent["id"].as_str().unwrap().to_owned();
    let stored = || -> Vec<String> {
        let db = rusqlite::Connection::open(t.data.join("dropbox.sqlite3")).unwrap();
        db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
        let mut st = db.prepare("SELECT id FROM submissions").unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(stored(), std::slice::from_ref(&id));
    let withdraw = || {
        dropbox_e2e::command("dropbox-submit")
            .args(["withdraw", "--server", &t.url, "--team", &t.fp, "--json"])
            .arg("--state")
            .arg(t.dir.join("submit-state"))
            .env("DROPBOX_CODENAME", &code)
            .output()
            .unwrap()
    };
    {
        let db = rusqlite::Connection::open(t.data.join("dropbox.sqlite3")).unwrap();
        db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
        db.execute("DELETE FROM dropkeys", []).unwrap();
    }
    let out = withdraw();
    assert!(
        !out.status.success(),
        "without drop keys nobody can be told"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not be told"), "{err}");
    assert_eq!(
        stored(),
        std::slice::from_ref(&id),
        "the report is still there"
    );

    // The members publish their keys again at their next sync.
    for who in ["alice", "bob"] {
        t.sync(who);
    }
    let done = as_json(&must(withdraw(), "withdraw"));
    assert_eq!(done["deleted"], true, "{done}");
    assert!(!stored().contains(&id), "the report left the drop box");
}
