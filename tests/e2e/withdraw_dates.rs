//! A withdrawal as an attacker or a bad network would deliver it, with the
//! real binaries and crafted items (no dropbox-submit: a codename holder
//! can sign anything the format allows). A withdrawal's signed day is
//! only its signer's word, and it decides when the case may be purged: a
//! backdated one must not purge the case on every member's machine before
//! anyone could hold it, nor a future-dated one make every reopen count as
//! before it. A withdrawal that reaches a member before its report waits
//! on the drop box for it instead of being acked and lost.

use std::process::{Output, Stdio};

use dropbox_crypto::bundle::{self, Header, Kind, ReplyKeys};
use dropbox_crypto::codename::{Codename, CodenameKeys};
use dropbox_crypto::messages::Withdrawal;
use dropbox_crypto::roster::Member;
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_crypto::{MemberId, TeamFingerprint, envelope};
use dropbox_e2e::homes::{Homes, as_json, must, pass};
use dropbox_e2e::{Server, TempDir, faketime, http};

const IDS: [&str; 2] = ["alice", "bob"];

struct Desk {
    dir: TempDir,
    fp: TeamFingerprint,
    srv: Server,
    url: String,
}

impl Desk {
    fn new(tag: &str) -> Self {
        Self::new_env(tag, &[], &[])
    }

    /// A desk whose roster is made with extra `team init` arguments and
    /// whose drop box runs with extra environment (its clock moved).
    fn new_env(tag: &str, init: &[&str], env: &[(String, String)]) -> Self {
        let dir = TempDir::new(tag);
        let homes = Homes::new(&dir, tag, &IDS, &[], init);
        let srv = Server::start_env(&homes.data, &[], env);
        let url = format!("http://{}", srv.addr);
        Desk {
            dir,
            fp: homes.fp.parse().unwrap(),
            srv,
            url,
        }
    }

    fn try_rev(&self, who: &str, args: &[&str]) -> Output {
        dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(self.dir.join(who))
            .args(args)
            .env("REVIEWER_PASSPHRASE", pass(who))
            .env("REVIEWER_AGENT", "off")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn json(&self, who: &str, args: &[&str]) -> serde_json::Value {
        as_json(&must(
            self.try_rev(who, args),
            &format!("reviewer {args:?}"),
        ))
    }

    fn sync(&self, who: &str) -> serde_json::Value {
        let fp = self.fp.to_string();
        self.json(
            who,
            &["sync", "--server", &self.url, "--team", &fp, "--json"],
        )
    }

    fn case_ids(&self, who: &str) -> Vec<String> {
        self.json(who, &["list", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    }

    fn card(&self, id: &str) -> Member {
        serde_json::from_slice(&std::fs::read(self.dir.join(&format!("{id}.card.json"))).unwrap())
            .unwrap()
    }

    fn to(&self) -> Vec<MemberId> {
        IDS.iter().map(|m| m.parse().unwrap()).collect()
    }

    /// Posts a bundle encrypted to alice and bob (and a decoy) as an
    /// anonymous submission.
    fn post(&self, h: Header) {
        let plain = bundle::encode_to_vec(h, &[]).unwrap();
        let slots = IDS
            .iter()
            .map(|m| envelope::Slot::Real(self.card(m).age))
            .chain([envelope::Slot::Decoy])
            .collect();
        let ct = envelope::encrypt_vec(slots, &plain).unwrap();
        let r = http(self.srv.addr, "POST", "/v1/submissions", &[], &ct);
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    }

    /// A report that starts the codename's thread, as dropbox-submit sends
    /// one (its delete token derived from the codename).
    fn report(&self, k: &CodenameKeys, title: &str) {
        self.report_on(k, title, UnixTime::now().day());
    }

    /// [`Self::report`], signed as made on `day`.
    fn report_on(&self, k: &CodenameKeys, title: &str, day: Day) {
        let mut h = Header::new(Kind::Report, day, 1, self.to());
        h.thread = Some(k.thread());
        h.reply = Some(ReplyKeys {
            age: k.identity.recipient(),
            sign: k.mailbox_key.public(),
        });
        h.delete_token = k.delete_token.clone();
        h.title = Some(title.into());
        h.body = Some(format!("{title} body"));
        self.post(h);
    }

    /// A withdrawal of the codename's report, signed by its key, dated `day`.
    fn withdrawal(&self, k: &CodenameKeys, day: Day) {
        let env =
            Withdrawal::new(self.fp, k.mailbox(), day, "x".into(), &self.to()).sign(&k.mailbox_key);
        let mut h = Header::new(Kind::Withdrawal, day, 1, self.to());
        h.signed = Some(env);
        h.thread = Some(k.thread());
        h.reply = Some(ReplyKeys {
            age: k.identity.recipient(),
            sign: k.mailbox_key.public(),
        });
        self.post(h);
    }
}

fn keys(team: &TeamFingerprint) -> CodenameKeys {
    Codename::generate().derive(team)
}

/// Backdated past the backup window, a withdrawal would close the case on
/// a day whose purge is already due: the next command of every member
/// would purge it for good. Dated ahead, no reopen could come after it.
/// Both are refused with an alert, and the case stays open and held.
#[test]
fn a_backdated_or_future_dated_withdrawal_cannot_purge_or_pin_a_case() {
    let d = Desk::new("withdraw-dates");
    let k = keys(&d.fp);
    d.report(&k, "dated");
    d.sync("alice");
    let case = d.case_ids("alice");
    assert_eq!(case.len(), 1, "{case:?}");
    let today = UnixTime::now().day();
    d.withdrawal(&k, today.add_days(-30));
    d.withdrawal(&k, today.add_days(5));
    for who in IDS {
        let out = d.sync(who);
        let q = out["quarantined"].as_array().unwrap();
        assert_eq!(q.len(), 2, "{who}: {out}");
        assert!(q.iter().all(|x| x["alert"] == true), "{who}: {out}");
        // Any later command runs the purge first: the case is still there,
        // open, with no withdrawal on it.
        assert_eq!(d.case_ids(who), case, "{who}");
        let shown = d.json(who, &["show", &case[0], "--json"]);
        assert_eq!(shown["state"]["status"], "new", "{who}: {shown}");
        assert!(shown.get("withdrawal").is_none(), "{who}: {shown}");
    }
    // An honest withdrawal, the same day, still closes it, on the day the
    // drop box received it.
    d.withdrawal(&k, today);
    d.sync("alice");
    let shown = d.json("alice", &["show", &case[0], "--json"]);
    assert_eq!(shown["state"]["status"], "closed", "{shown}");
    assert_eq!(shown["withdrawal"]["day"], today.to_string(), "{shown}");
}

/// A withdrawal that reaches a member before its report (the report
/// filed later: a failed download, another page of the inbox) is not
/// acked and lost: it waits on the drop box, and closes the case once the
/// report is filed.
#[test]
fn a_withdrawal_that_arrives_before_its_report_waits_for_it() {
    let d = Desk::new("withdraw-order");
    let k = keys(&d.fp);
    d.withdrawal(&k, UnixTime::now().day());
    let out = d.sync("alice");
    assert_eq!(out["withdrawals_waiting"], 1, "{out}");
    assert_eq!(out["quarantined"], serde_json::json!([]), "{out}");
    d.report(&k, "late report");
    d.sync("alice");
    d.sync("alice");
    let case = d.case_ids("alice");
    assert!(case.is_empty(), "the withdrawn case is closed: {case:?}");
    let closed = d.json("alice", &["list", "--closed", "--json"]);
    let closed = closed.as_array().unwrap();
    assert_eq!(closed.len(), 1, "{closed:?}");
    let shown = d.json(
        "alice",
        &["show", closed[0]["id"].as_str().unwrap(), "--json"],
    );
    assert_eq!(shown["state"]["status"], "closed", "{shown}");
    assert!(shown["withdrawal"].is_object(), "{shown}");
    // Nothing of it is left waiting on the drop box.
    let out = d.sync("alice");
    assert_eq!(out["withdrawals_waiting"], 0, "{out}");
}

/// A drop box that holds a withdrawal back past the backup window and then
/// lists it with its true arrival day (THREAT_MODEL residual risk 34):
/// the case closes on that day, but it is not purged before every member
/// had the whole backup window, counted from the day their store filed
/// it, to hold or reopen it.
#[test]
fn a_withdrawal_the_drop_box_held_back_still_leaves_the_window_to_hold_it() {
    // The report and the withdrawal arrive ten days ago (the drop box's
    // clock set back), and nobody syncs until today.
    // (A roster of 60 days: the drop box refuses one that expires more
    // than 90 days after its own day.)
    let mut d = Desk::new_env(
        "withdraw-held",
        &["--expires-days", "60"],
        &faketime("-10d"),
    );
    let then = UnixTime::now().day().add_days(-10);
    let k = keys(&d.fp);
    d.report_on(&k, "held back", then);
    d.withdrawal(&k, then);
    let data = d.srv.data.clone();
    d.srv.kill9();
    d.srv = Server::start(&data, &[]);
    d.url = format!("http://{}", d.srv.addr);

    for who in IDS {
        d.sync(who);
        // Any later command runs the automatic purge first: the case is
        // closed on the arrival day but still here.
        let closed = d.json(who, &["list", "--closed", "--json"]);
        let closed = closed.as_array().unwrap();
        assert_eq!(
            closed.len(),
            1,
            "{who}: the case was purged at once: {closed:?}"
        );
        let id = closed[0]["id"].as_str().unwrap().to_owned();
        let shown = d.json(who, &["show", &id, "--json"]);
        assert_eq!(shown["state"]["status"], "closed", "{who}: {shown}");
        assert_eq!(
            shown["state"]["closed"]["day"],
            then.to_string(),
            "{who}: {shown}"
        );
    }
    // alice holds it; bob gets the hold and keeps it too.
    let id = d.json("alice", &["list", "--closed", "--json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let until = UnixTime::now().day().add_days(60).to_string();
    d.json(
        "alice",
        &[
            "hold",
            &id,
            "--reason",
            "held-canary",
            "--until",
            &until,
            "--json",
        ],
    );
    d.sync("alice");
    d.sync("bob");
    let shown = d.json("bob", &["show", &id, "--json"]);
    assert_eq!(shown["state"]["hold"]["reason"], "held-canary", "{shown}");
}
