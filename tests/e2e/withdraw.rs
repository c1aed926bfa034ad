//! Issue 23 item 3 (protocol 1.4): a reporter withdraws a report with its
//! codename, with the real binaries. The drop box's copy goes at once;
//! the members the report went to are told, signed with the codename's
//! key, and close the case (purged after the backup window) unless one
//! keeps it, which the reporter is told in a signed reply. A member the
//! report left out never receives the withdrawal; a withdrawal not signed
//! by the codename's key is refused by the server and by every reviewer;
//! a replay changes nothing.

use std::path::{Path, PathBuf};
use std::process::Output;

use dropbox_crypto::bundle::{self, Header, Kind, ReplyKeys};
use dropbox_crypto::codename::{Codename, CodenameKeys};
use dropbox_crypto::httpsig::KeyId;
use dropbox_crypto::messages::Withdrawal;
use dropbox_crypto::roster::Member;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{MemberId, TeamFingerprint, envelope};
use dropbox_e2e::{Server, TempDir, faketime, http, run, signed};

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

/// alice, bob and carol with reviewer homes, their roster, a server.
struct Desk {
    dir: TempDir,
    fp: String,
    data: PathBuf,
    srv: Server,
    url: String,
    clock: Vec<(String, String)>,
}

impl Desk {
    fn new(tag: &str) -> Self {
        let dir = TempDir::new(tag);
        let ids = ["alice", "bob", "carol"];
        let mut args = vec![
            "team".to_owned(),
            "init".into(),
            "--name".into(),
            tag.into(),
        ];
        for id in ids {
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
            args.extend(["--member".into(), s(&card)]);
        }
        let chain = dir.join("roster.json");
        args.extend([
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
                .args(&args)
                .env("REVIEWER_PASSPHRASE", pass("alice"))
                .output()
                .unwrap(),
            "team init",
        );
        let fp = as_json(&out)["fingerprint"].as_str().unwrap().to_owned();
        let data = dir.join("data");
        assert!(
            run(
                "dropbox-server",
                &["init", "--data", &s(&data), "--roster", &s(&chain)]
            )
            .status
            .success()
        );
        let srv = Server::start(&data, &[]);
        let url = format!("http://{}", srv.addr);
        Desk {
            dir,
            fp,
            data,
            srv,
            url,
            clock: Vec::new(),
        }
    }

    /// Moves the clock of the server (restarted on the same data) and of
    /// every later run.
    fn set_clock(&mut self, offset_days: i64) {
        self.srv.kill9();
        self.clock = faketime(&format!("{offset_days:+}d"));
        self.srv = Server::start_env(&self.data, &[], &self.clock);
        self.url = format!("http://{}", self.srv.addr);
    }

    fn try_rev(&self, who: &str, args: &[&str]) -> Output {
        dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(self.dir.join(who))
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

    fn json(&self, who: &str, args: &[&str]) -> serde_json::Value {
        as_json(&self.rev(who, args))
    }

    fn sync(&self, who: &str) -> serde_json::Value {
        self.json(
            who,
            &["sync", "--server", &self.url, "--team", &self.fp, "--json"],
        )
    }

    fn try_submit(&self, args: &[&str], codename: Option<&str>) -> Output {
        let mut c = dropbox_e2e::command("dropbox-submit");
        c.args(args)
            .args(dropbox_e2e::consent(args))
            .args(["--server", &self.url, "--team", &self.fp, "--json"])
            .arg("--state")
            .arg(self.dir.join("submit-state"))
            .envs(self.clock.iter().map(|(k, v)| (k, v)));
        if let Some(code) = codename {
            c.env("DROPBOX_CODENAME", code);
        }
        c.output().unwrap()
    }

    fn submit(&self, args: &[&str], codename: Option<&str>) -> serde_json::Value {
        as_json(&must(
            self.try_submit(args, codename),
            &format!("dropbox-submit {args:?}"),
        ))
    }

    /// Every case id in `who`'s store, open or closed.
    fn cases(&self, who: &str) -> Vec<String> {
        self.json(who, &["list", "--all", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    }

    fn show(&self, who: &str, case: &str) -> serde_json::Value {
        self.json(who, &["show", case, "--json"])
    }

    fn card(&self, id: &str) -> Member {
        serde_json::from_slice(&std::fs::read(self.dir.join(&format!("{id}.card.json"))).unwrap())
            .unwrap()
    }

    fn team(&self) -> TeamFingerprint {
        self.fp.parse().unwrap()
    }

    fn keys(&self, code: &str) -> CodenameKeys {
        Codename::parse(code).unwrap().derive(&self.team())
    }

    fn submission_ids(&self) -> Vec<String> {
        let db = rusqlite::Connection::open(self.data.join("dropbox.sqlite3")).unwrap();
        db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
        let mut st = db.prepare("SELECT id FROM submissions").unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }
}

/// Every file under `dir` holding `needle`.
fn grep_tree(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return hits;
    };
    for e in rd {
        let p = e.unwrap().path();
        if p.is_dir() {
            hits.extend(grep_tree(&p, needle));
        } else if std::fs::read(&p)
            .unwrap_or_default()
            .windows(needle.len())
            .any(|w| w == needle)
        {
            hits.push(p);
        }
    }
    hits
}

/// A report withdrawn before any member synced: the drop box's copy is
/// gone at once, and no member ever holds a case of it.
#[test]
fn a_report_withdrawn_before_any_sync_leaves_no_case_anywhere() {
    let d = Desk::new("withdraw-early");
    let sent = d.submit(
        &[
            "send",
            "--title",
            "early",
            "--body",
            "early-canary",
            "--replies",
        ],
        None,
    );
    let code = sent["codename"].as_str().unwrap().to_owned();
    let report = sent["id"].as_str().unwrap().to_owned();
    assert_eq!(d.submission_ids(), std::slice::from_ref(&report));
    let w = d.submit(&["withdraw", "--reason", "sent too soon"], Some(&code));
    assert_eq!(w["deleted"], true, "{w}");
    assert_eq!(
        w["recipients"],
        serde_json::json!(["alice", "bob", "carol"])
    );
    assert!(
        !d.submission_ids().contains(&report),
        "the report left the drop box at once"
    );
    // Withdrawing again: nothing left to delete, and harmless.
    let again = d.submit(&["withdraw"], Some(&code));
    assert_eq!(again["deleted"], false, "{again}");
    for who in ["alice", "bob", "carol"] {
        let out = d.sync(who);
        assert_eq!(out["new_cases"], 0, "{who}: {out}");
        assert_eq!(out["quarantined"], serde_json::json!([]), "{who}: {out}");
        assert!(d.cases(who).is_empty(), "{who} holds no case");
        assert!(
            grep_tree(&d.dir.join(who), b"early-canary").is_empty(),
            "nothing of the report in {who}'s home"
        );
    }
}

/// After triage: every member the report went to closes the case (a
/// member left out never sees the withdrawal), the case is purged after
/// the backup window; another, kept by a hold, is not, and its reporter
/// is told why in a signed reply. A replayed withdrawal changes nothing.
#[test]
fn a_withdrawn_case_closes_for_every_member_and_is_purged_unless_held() {
    let mut d = Desk::new("withdraw-late");
    let sent = d.submit(
        &[
            "send",
            "--title",
            "late",
            "--body",
            "late-canary",
            "--leave-out",
            "carol",
            "--replies",
        ],
        None,
    );
    let code = sent["codename"].as_str().unwrap().to_owned();
    let kept = d.submit(
        &[
            "send",
            "--title",
            "kept",
            "--body",
            "kept-canary",
            "--replies",
        ],
        None,
    );
    let kept_code = kept["codename"].as_str().unwrap().to_owned();
    for who in ["alice", "bob", "carol"] {
        d.sync(who);
    }
    let find = |who: &str, title: &str| -> String {
        d.json(who, &["list", "--all", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["title"] == title)
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| panic!("{who} has no case {title}"))
    };
    let case = find("alice", "late");
    let kept_case = find("alice", "kept");
    assert_eq!(
        d.cases("carol"),
        std::slice::from_ref(&kept_case),
        "carol was left out of the first"
    );
    d.rev("alice", &["set", &case, "--status", "triaged"]);
    d.sync("alice");
    d.sync("bob");

    let w = d.submit(
        &["withdraw", "--reason", "withdraw-reason-canary"],
        Some(&code),
    );
    assert_eq!(w["recipients"], serde_json::json!(["alice", "bob"]), "{w}");
    let out = d.sync("alice");
    assert!(
        out["alerts"].to_string().contains("WITHDREW"),
        "alice is told: {out}"
    );
    for who in ["alice", "bob"] {
        if who == "bob" {
            d.sync("bob");
        }
        let c = d.show(who, &case);
        assert_eq!(c["state"]["status"], "closed", "{who}: {c}");
        assert_eq!(c["withdrawal"]["reason"], "withdraw-reason-canary");
        assert!(
            c["state"]["closed"]["reason"]
                .as_str()
                .unwrap()
                .contains("withdrawn"),
            "{c}"
        );
        let text = String::from_utf8_lossy(&d.rev(who, &["show", &case]).stdout).into_owned();
        assert!(
            text.lines().nth(1).unwrap().starts_with("WITHDRAWN"),
            "at the top of the case: {text}"
        );
        let due = d.json(who, &["due", "--json"]);
        assert_eq!(due["withdrawn"][0]["id"], case.as_str(), "{due}");
    }
    // carol, left out, cannot read the withdrawal and holds nothing of it.
    let carol = d.sync("carol");
    assert_eq!(carol["unreadable"], 1, "{carol}");
    assert!(grep_tree(&d.dir.join("carol"), b"withdraw-reason-canary").is_empty());
    assert_eq!(d.cases("carol"), std::slice::from_ref(&kept_case));

    // A replay (the same withdrawal sent again) changes nothing.
    let before = d.show("alice", &case);
    d.submit(
        &["withdraw", "--reason", "withdraw-reason-canary"],
        Some(&code),
    );
    let out = d.sync("alice");
    assert_eq!(out["quarantined"], serde_json::json!([]), "{out}");
    let after = d.show("alice", &case);
    assert_eq!(after["state"], before["state"]);
    assert_eq!(after["withdrawal"], before["withdrawal"]);

    // The second is withdrawn too, and kept by a hold; its reporter is told.
    d.submit(&["withdraw"], Some(&kept_code));
    d.sync("alice");
    let until = UnixTime::now().day().add_days(60).to_string();
    let held = d.json(
        "alice",
        &[
            "hold",
            &kept_case,
            "--reason",
            "legal-hold-canary",
            "--until",
            &until,
            "--json",
        ],
    );
    assert!(
        held["message"].as_str().unwrap().contains("reply"),
        "{held}"
    );
    d.sync("alice");
    let replies = d.submit(&["replies"], Some(&kept_code));
    let said = replies.to_string();
    assert!(
        said.contains("legal-hold-canary") && said.contains(&until),
        "the reporter is told, signed: {replies}"
    );
    d.sync("bob");
    let b = d.show("bob", &kept_case);
    assert_eq!(b["state"]["hold"]["reason"], "legal-hold-canary", "{b}");

    // After the backup window: the withdrawn case is purged for every
    // member; the held one is not.
    d.set_clock(8);
    let purged = d.json("alice", &["purge", "--trust-clock", "--json"]);
    assert_eq!(purged["purged"], serde_json::json!([case]), "{purged}");
    d.sync("alice");
    let bob = d.sync("bob");
    assert_eq!(bob["purged"], serde_json::json!([case]), "{bob}");
    for who in ["alice", "bob"] {
        assert!(!d.try_rev(who, &["show", &case]).status.success());
        assert_eq!(d.cases(who), std::slice::from_ref(&kept_case), "{who}");
    }
}

/// Members who sync on different days file a withdrawal on different
/// days, and each keeps the case for the backup window from their own
/// filing (THREAT_MODEL residual risk 34). The first to purge posts a
/// purge event; a colleague who filed the withdrawal later neither refuses
/// it (it stands by the close day) nor applies it before his own window
/// ends: it waits, then purges his copy.
#[test]
fn a_colleagues_purge_of_a_withdrawn_case_waits_for_each_members_own_window() {
    let mut d = Desk::new("withdraw-days");
    let sent = d.submit(
        &["send", "--title", "days", "--body", "b", "--replies"],
        None,
    );
    let code = sent["codename"].as_str().unwrap().to_owned();
    d.sync("alice");
    d.sync("bob");
    let case = d.cases("alice")[0].clone();
    d.submit(&["withdraw"], Some(&code));
    d.sync("alice");
    // bob is away for three days.
    d.set_clock(3);
    d.sync("bob");
    for who in ["alice", "bob"] {
        assert_eq!(d.show(who, &case)["state"]["status"], "closed", "{who}");
    }
    // Eight days after the close: alice's window ended, bob's (from his
    // filing) not yet. alice purges; bob keeps the event, and the case.
    d.set_clock(8);
    let purged = d.json("alice", &["purge", "--trust-clock", "--json"]);
    assert_eq!(purged["purged"], serde_json::json!([case]), "{purged}");
    d.sync("alice");
    let bob = d.sync("bob");
    assert_eq!(bob["events_rejected"], serde_json::json!([]), "{bob}");
    assert_eq!(bob["purged"], serde_json::json!([]), "{bob}");
    assert_eq!(d.show("bob", &case)["state"]["status"], "closed");
    // Once bob's own window ended, the case is gone from his store too.
    d.set_clock(11);
    let bob = d.sync("bob");
    assert_eq!(bob["events_rejected"], serde_json::json!([]), "{bob}");
    assert!(!d.try_rev("bob", &["show", &case]).status.success());
}

/// A withdrawal signed by another codename's key: the drop box keeps the
/// report (no token, or the wrong mailbox), and every reviewer refuses
/// the message with an alert and keeps the case open.
#[test]
fn a_withdrawal_not_signed_by_the_codename_is_refused() {
    let d = Desk::new("withdraw-forged");
    let sent = d.submit(
        &["send", "--title", "victim", "--body", "v", "--replies"],
        None,
    );
    let victim = d.keys(sent["codename"].as_str().unwrap());
    let report = sent["id"].as_str().unwrap().to_owned();
    let mallory = d.keys(Codename::generate().expose());

    // The drop box: mallory's own mailbox key cannot sign for the
    // victim's mailbox, and without the victim's secret nothing goes.
    let path = format!("/v1/mailboxes/{}/report", victim.mailbox());
    let forged_secret = mallory.withdraw_secret.expose_text();
    let r = signed(
        d.srv.addr,
        "DELETE",
        &path,
        None,
        b"",
        &KeyId::Mailbox(mallory.mailbox()),
        &mallory.mailbox_key,
        &[("Dropbox-Withdraw-Secret", &forged_secret)],
    );
    assert_eq!(r.status, 403, "{}", String::from_utf8_lossy(&r.body));
    let own = format!("/v1/mailboxes/{}/report", mallory.mailbox());
    for secret in [None, Some(forged_secret.as_str())] {
        let extra: Vec<(&str, &str)> = secret
            .map(|t| vec![("Dropbox-Withdraw-Secret", t)])
            .unwrap_or_default();
        let r = signed(
            d.srv.addr,
            "DELETE",
            &own,
            None,
            b"",
            &KeyId::Mailbox(mallory.mailbox()),
            &mallory.mailbox_key,
            &extra,
        );
        assert!(matches!(r.status, 403 | 404), "{}", r.status);
    }
    let unsigned = http(
        d.srv.addr,
        "DELETE",
        &path,
        &[(
            "Dropbox-Withdraw-Secret",
            &victim.withdraw_secret.expose_text(),
        )],
        b"",
    );
    assert_eq!(unsigned.status, 401, "the secret alone is not enough");
    assert_eq!(d.submission_ids(), [report]);

    d.sync("alice");
    d.sync("bob");
    let case = d.cases("alice")[0].clone();

    // The reviewers: the victim's thread and reply keys in the header,
    // signed by mallory's key (as mallory's mailbox), or claiming the
    // victim's mailbox under mallory's signature.
    let to: Vec<MemberId> = ["alice", "bob", "carol"]
        .iter()
        .map(|m| m.parse().unwrap())
        .collect();
    let today = UnixTime::now().day();
    let as_mallory = Withdrawal::new(d.team(), mallory.mailbox(), today, "x".into(), &to)
        .sign(&mallory.mailbox_key);
    let claims_victim = dropbox_crypto::dsse::Envelope::sign(
        dropbox_crypto::dsse::WITHDRAWAL_TYPE,
        &dropbox_crypto::jcs::to_canonical(&Withdrawal::new(
            d.team(),
            victim.mailbox(),
            today,
            "x".into(),
            &to,
        )),
        &[(&victim.keyid(), &mallory.mailbox_key)],
    );
    for env in [as_mallory, claims_victim] {
        let mut h = Header::new(Kind::Withdrawal, today, 1, to.clone());
        h.signed = Some(env);
        h.thread = Some(victim.thread());
        h.reply = Some(ReplyKeys {
            age: victim.identity.recipient(),
            sign: victim.mailbox_key.public(),
        });
        let plain = bundle::encode_to_vec(h, &[]).unwrap();
        let slots = ["alice", "bob", "carol"]
            .iter()
            .map(|m| envelope::Slot::Real(d.card(m).age))
            .chain([envelope::Slot::Decoy])
            .collect();
        let ct = envelope::encrypt_vec(slots, &plain).unwrap();
        let r = http(d.srv.addr, "POST", "/v1/submissions", &[], &ct);
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    }
    for who in ["alice", "bob"] {
        let out = d.sync(who);
        let q = out["quarantined"].as_array().unwrap();
        assert_eq!(q.len(), 2, "{who}: {out}");
        assert!(q.iter().all(|x| x["alert"] == true), "{who}: {out}");
        let c = d.show(who, &case);
        assert_eq!(c["state"]["status"], "new", "{who}: {c}");
        assert!(c.get("withdrawal").is_none(), "{c}");
    }
}

impl Desk {
    /// The stored (delete hash, withdraw hash) of every submission, by id.
    fn hashes(&self) -> Vec<(String, Option<String>, Option<String>)> {
        let db = rusqlite::Connection::open(self.data.join("dropbox.sqlite3")).unwrap();
        db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
        let mut st = db
            .prepare("SELECT id, delete_hash, withdraw_hash FROM submissions ORDER BY rowid")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }
}

/// THREAT_MODEL residual risk 32, fixed by protocol 1.7: the delete
/// token is in the header every recipient decrypts, so a member since
/// removed from the roster (or whoever holds a grant or backup of the
/// case) holds it, and with 1.5 any mailbox key plus the token deleted
/// the report before the other members fetched it. Now the mailbox route
/// wants the withdrawal secret, which only the codename gives: the token
/// deletes nothing there, whoever signs, while the reporter's withdrawal
/// and the members' own deletion with the token still work.
#[test]
fn a_holder_of_the_delete_token_cannot_delete_a_report_through_the_mailbox_route() {
    let d = Desk::new("withdraw-token-holder");
    let sent = d.submit(
        &["send", "--title", "target", "--body", "t", "--replies"],
        None,
    );
    let victim = d.keys(sent["codename"].as_str().unwrap());
    let report = sent["id"].as_str().unwrap().to_owned();
    // Every upload carries a withdraw hash, the report with a codename
    // the codename's, which is not the delete token's.
    let stored = d.hashes();
    assert_eq!(
        stored,
        [(
            report.clone(),
            Some(victim.delete_token.hash().to_string()),
            Some(victim.withdraw_secret.hash().to_string())
        )]
    );
    // carol decrypts it: its header gives her the delete token (the
    // same bytes the codename derives, protocol 1.5).
    d.sync("carol");
    let case = d.cases("carol")[0].clone();
    assert_eq!(d.show("carol", &case)["report"]["title"], "target");
    let token = victim.delete_token.expose_text();

    // carol (soon removed, say) tries the mailbox route with any mailbox
    // key she can make: her own codename's, or none at all.
    let mallory = d.keys(Codename::generate().expose());
    let attempts: [(&str, &str); 3] = [
        ("Dropbox-Delete-Token", &token),
        // The token where the secret goes: it is not the secret.
        ("Dropbox-Withdraw-Secret", &token),
        (
            "Dropbox-Withdraw-Secret",
            &mallory.withdraw_secret.expose_text(),
        ),
    ];
    for (name, value) in attempts {
        let r = signed(
            d.srv.addr,
            "DELETE",
            &format!("/v1/mailboxes/{}/report", mallory.mailbox()),
            None,
            b"",
            &KeyId::Mailbox(mallory.mailbox()),
            &mallory.mailbox_key,
            &[(name, value)],
        );
        assert!(
            matches!(r.status, 403 | 404),
            "{name}: {} {}",
            r.status,
            String::from_utf8_lossy(&r.body)
        );
        assert_eq!(d.submission_ids(), std::slice::from_ref(&report), "{name}");
    }
    // A client before 1.7 (the victim's own mailbox key, the delete
    // token): refused with a reason it can show, and nothing deleted.
    let old = signed(
        d.srv.addr,
        "DELETE",
        &format!("/v1/mailboxes/{}/report", victim.mailbox()),
        None,
        b"",
        &KeyId::Mailbox(victim.mailbox()),
        &victim.mailbox_key,
        &[("Dropbox-Delete-Token", &token)],
    );
    assert_eq!(old.status, 403, "{}", String::from_utf8_lossy(&old.body));
    assert_eq!(old.json()["error"], "withdraw-secret", "{}", old.json());
    assert_eq!(d.submission_ids(), std::slice::from_ref(&report));

    // The reporter's withdrawal, with the codename alone, still deletes.
    let w = d.submit(&["withdraw"], Some(sent["codename"].as_str().unwrap()));
    assert_eq!(w["deleted"], true, "{w}");
    assert!(!d.submission_ids().contains(&report));

    // The members' own route with the token works as before.
    let other = d.submit(
        &["send", "--title", "second", "--body", "s", "--replies"],
        None,
    );
    let second = other["id"].as_str().unwrap().to_owned();
    d.sync("alice");
    let case = d
        .cases("alice")
        .into_iter()
        .find(|c| d.show("alice", c)["report"]["title"] == "second")
        .expect("alice holds the second report");
    let del = d.json("alice", &["delete", &case, "--json"]);
    assert_eq!(del["deleted"], true, "{del}");
    assert!(!d.submission_ids().contains(&second));
}

/// A report stored before protocol 1.7 has no withdraw hash (migration 7
/// leaves the column empty): the mailbox route never deletes it, and its
/// reporter's withdrawal still reaches the team, which closes the case.
#[test]
fn a_report_stored_before_1_7_is_withdrawn_from_the_team_only() {
    let d = Desk::new("withdraw-pre-1-7");
    let sent = d.submit(
        &["send", "--title", "old", "--body", "o", "--replies"],
        None,
    );
    let code = sent["codename"].as_str().unwrap().to_owned();
    let report = sent["id"].as_str().unwrap().to_owned();
    {
        let db = rusqlite::Connection::open(d.data.join("dropbox.sqlite3")).unwrap();
        db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
        db.execute(
            "UPDATE submissions SET withdraw_hash = NULL WHERE id = ?1",
            [&report],
        )
        .unwrap();
    }
    let w = d.submit(&["withdraw", "--reason", "old report"], Some(&code));
    assert_eq!(w["deleted"], false, "{w}");
    assert!(d.submission_ids().contains(&report), "kept by the drop box");
    d.sync("alice");
    let case = d.cases("alice")[0].clone();
    let c = d.show("alice", &case);
    assert_eq!(c["state"]["status"], "closed", "{c}");
}

/// `Dropbox-Withdraw-Hash` is 64 lowercase hex digits or absent, on both
/// upload routes a report can take; anything else is 400 before a byte
/// is kept.
#[test]
fn a_withdraw_hash_that_is_not_64_hex_digits_is_refused() {
    let d = Desk::new("withdraw-hash-shape");
    let good = "5e".repeat(32);
    let bad = [
        "5E".repeat(32),
        "5e".repeat(31),
        "5e".repeat(33),
        format!("{}zz", "5e".repeat(31)),
        String::new(),
    ];
    for b in &bad {
        let r = http(
            d.srv.addr,
            "POST",
            "/v1/submissions",
            &[("Dropbox-Withdraw-Hash", b)],
            b"age-encryption.org/v1\n",
        );
        assert_eq!(r.status, 400, "POST {b:?}");
        assert_eq!(r.json()["error"], "bad-withdraw-hash", "POST {b:?}");
        let r = http(
            d.srv.addr,
            "POST",
            "/v1/uploads",
            &[
                ("Tus-Resumable", "1.0.0"),
                ("Upload-Length", "100"),
                ("Dropbox-Withdraw-Hash", b),
            ],
            b"",
        );
        assert_eq!(r.status, 400, "tus {b:?}");
        assert_eq!(r.json()["error"], "bad-withdraw-hash", "tus {b:?}");
    }
    let r = http(
        d.srv.addr,
        "POST",
        "/v1/uploads",
        &[
            ("Tus-Resumable", "1.0.0"),
            ("Upload-Length", "100"),
            ("Dropbox-Withdraw-Hash", &good),
        ],
        b"",
    );
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    assert!(d.submission_ids().is_empty());
}
