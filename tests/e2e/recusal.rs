//! Issue 14 (protocol 1.3), the reporter's side with `dropbox-submit`: a
//! thread never reaches a member its first report left out, whether or not
//! the team has replied and whatever the replies claim; follow-ups number
//! themselves from the mailbox; replies are checked against the roster in
//! force when they were posted, never a key removed or rotated out before.

use std::process::Output;

use dropbox_crypto::bundle::{self, Kind};
use dropbox_crypto::envelope;
use dropbox_crypto::keys::SignSecretKey;
use dropbox_crypto::messages;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::{MailboxId, MemberId, TeamFingerprint};
use dropbox_e2e::{
    Replies, Server, TempDir, TestMember, as_member, fetch_submission, first_roster, init_data,
    sign_roster, team,
};

struct Reporter {
    url: String,
    fp: TeamFingerprint,
    state: std::path::PathBuf,
}

impl Reporter {
    fn try_run(&self, args: &[&str], codename: Option<&str>) -> Output {
        let mut c = dropbox_e2e::command("dropbox-submit");
        c.args(args).args(dropbox_e2e::consent(args)).args([
            "--server",
            &self.url,
            "--team",
            &self.fp.to_string(),
            "--state",
            self.state.to_str().unwrap(),
            "--json",
        ]);
        if let Some(code) = codename {
            c.env("DROPBOX_CODENAME", code);
        }
        c.output().expect("run dropbox-submit")
    }

    fn run(&self, args: &[&str], codename: Option<&str>) -> serde_json::Value {
        let out = self.try_run(args, codename);
        assert!(
            out.status.success(),
            "dropbox-submit {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&out.stdout)))
    }
}

fn setup(tag: &str) -> (TempDir, Vec<TestMember>, Server, Reporter) {
    let dir = TempDir::new(tag);
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    let rep = Reporter {
        url: format!("http://{}", srv.addr),
        fp,
        state: dir.join("submit-state"),
    };
    (dir, t, srv, rep)
}

/// The follow-up `sent` (dropbox-submit's JSON) as bob reads it; asserts
/// carol's key cannot open it.
fn followup_as_bob(
    srv: &Server,
    t: &[TestMember],
    fp: &TeamFingerprint,
    sent: &serde_json::Value,
) -> messages::Followup {
    let ct = fetch_submission(
        srv.addr,
        &t[1],
        sent["id"].as_str().unwrap(),
        sent["receipt"].as_str().unwrap(),
    );
    assert!(
        envelope::decrypt_vec(&ct, &[&t[2].age]).is_err(),
        "carol, left out of the report, must not decrypt its follow-up {sent}"
    );
    let plain = envelope::decrypt_vec(&ct, &[&t[1].age]).unwrap();
    let d = bundle::decode_slice(&plain, 1 << 20).unwrap();
    assert_eq!(d.header.kind, Kind::Followup);
    assert_eq!(
        d.header.recipients,
        ["alice".parse::<MemberId>().unwrap(), "bob".parse().unwrap()]
    );
    messages::verify_followup(d.header.signed.as_ref().unwrap(), fp, &[]).unwrap()
}

/// Regression (issue 14, items 1 and 3): `followup` without repeating
/// `--leave-out` used to encrypt to carol, and every follow-up was #1.
#[test]
fn followups_keep_the_first_reports_recusal_and_number_themselves() {
    let (_dir, t, srv, rep) = setup("recusal-cli");
    let sent = rep.run(
        &[
            "send",
            "--body",
            "conduct-canary",
            "--leave-out",
            "carol",
            "--replies",
        ],
        None,
    );
    let code = sent["codename"].as_str().unwrap().to_owned();
    let mailbox: MailboxId = sent["mailbox"].as_str().unwrap().parse().unwrap();

    // Before any reply: the thread record alone keeps carol out.
    let f1 = rep.run(&["followup", "--message", "first"], Some(&code));
    assert_eq!(f1["seq"], 1, "{f1}");
    assert_eq!(f1["recipients"], serde_json::json!(["alice", "bob"]));
    let fu = followup_as_bob(&srv, &t, &rep.fp, &f1);
    assert_eq!(fu.seq, 1);
    assert_eq!(
        fu.recipients,
        Some(vec!["alice".parse().unwrap(), "bob".parse().unwrap()]),
        "the recipients are signed"
    );
    let f2 = rep.run(&["followup", "--message", "second"], Some(&code));
    assert_eq!(
        followup_as_bob(&srv, &t, &rep.fp, &f2).seq,
        2,
        "not #1 again"
    );

    // After a reply: even one (from a buggy or malicious member's client)
    // naming carol among the case's recipients does not bring her in.
    let r = Replies {
        addr: srv.addr,
        team: &t,
        fp: rep.fp,
        mailbox,
        codename: &code_recipient(&code, &rep.fp),
    };
    let everyone: Vec<MemberId> = t.iter().map(|m| m.id.clone()).collect();
    r.post_reply(
        &r.reply(1, "alice", "Thanks").with_case(1, &everyone),
        &t[0].sign,
    );
    let f3 = rep.run(&["followup", "--message", "third"], Some(&code));
    assert_eq!(followup_as_bob(&srv, &t, &rep.fp, &f3).seq, 3);
    // Reading the mailbox to work out the readers marked the reply read on
    // the drop box, which starts its expiry: the follow-up shows it.
    assert_eq!(f3["replies"][0]["body"], "Thanks", "{f3}");
    // An explicit extra --leave-out narrows further.
    let f4 = rep.run(
        &["followup", "--message", "fourth", "--leave-out", "bob"],
        Some(&code),
    );
    assert_eq!(f4["recipients"], serde_json::json!(["alice"]));
    assert_eq!(f4["seq"], 4);
}

fn code_recipient(code: &str, fp: &TeamFingerprint) -> dropbox_crypto::keys::AgeRecipient {
    dropbox_crypto::codename::Codename::parse(code)
        .unwrap()
        .derive(fp)
        .identity
        .recipient()
}

/// Without the thread record (expired, or a report written with
/// `--output`) and no reply naming the case's recipients, a follow-up is
/// refused rather than sent to everyone; a 1.3 reply then restores it.
#[test]
fn a_followup_with_no_record_of_its_readers_is_refused() {
    let (dir, t, srv, rep) = setup("recusal-norecord");
    let sent = rep.run(
        &["send", "--body", "x", "--leave-out", "carol", "--replies"],
        None,
    );
    let code = sent["codename"].as_str().unwrap().to_owned();
    let mailbox: MailboxId = sent["mailbox"].as_str().unwrap().parse().unwrap();
    // The own log is lost (as after its retention).
    let db = rusqlite::Connection::open(dir.join("data/dropbox.sqlite3")).unwrap();
    db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    assert_eq!(db.execute("DELETE FROM own", []).unwrap(), 1, "the record");
    let before = inbox_len(&srv, &t[0]);
    let out = rep.try_run(&["followup", "--message", "lost"], Some(&code));
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot tell who may read"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(inbox_len(&srv, &t[0]), before, "nothing was uploaded");
    // A 1.2 reply (no recipients) does not help either.
    let r = Replies {
        addr: srv.addr,
        team: &t,
        fp: rep.fp,
        mailbox,
        codename: &code_recipient(&code, &rep.fp),
    };
    r.post(1, &t[0].sign, "alice", "old client");
    assert!(
        !rep.try_run(&["followup", "--message", "lost"], Some(&code))
            .status
            .success()
    );
    r.post_reply(
        &r.reply(2, "alice", "new client")
            .with_case(1, &[t[0].id.clone(), t[1].id.clone()]),
        &t[0].sign,
    );
    let f = rep.run(&["followup", "--message", "found"], Some(&code));
    followup_as_bob(&srv, &t, &rep.fp, &f);
}

fn inbox_len(srv: &Server, m: &TestMember) -> usize {
    let r = as_member(srv.addr, m, "GET", "/v1/inbox", None, b"");
    r.json()["items"].as_array().map_or(0, Vec::len)
}

/// Regression (issue 14, item 4): replies were accepted from any roster of
/// the chain, so a key removed or rotated out still "spoke for" the team.
#[test]
fn replies_are_checked_against_the_roster_in_force_when_posted() {
    let (_dir, t, srv, rep) = setup("recusal-replies");
    let sent = rep.run(&["send", "--body", "x", "--replies"], None);
    let code = sent["codename"].as_str().unwrap().to_owned();
    let mailbox: MailboxId = sent["mailbox"].as_str().unwrap().parse().unwrap();
    let cr = code_recipient(&code, &rep.fp);
    let r = Replies {
        addr: srv.addr,
        team: &t,
        fp: rep.fp,
        mailbox,
        codename: &cr,
    };
    // Under roster #1: carol and bob (his first key) reply.
    r.post_reply(
        &r.reply(1, "carol", "from carol").with_case(1, &[]),
        &t[2].sign,
    );
    r.post(2, &t[1].sign, "bob", "from bob's first key");
    // #2 removes carol; #3 rotates bob's sign key.
    let r1 = first_roster(&t, Policy::default());
    let mut r2 = r1.next();
    r2.members.retain(|m| m.id.as_str() != "carol");
    let put = |env: dropbox_crypto::dsse::Envelope| {
        let resp = as_member(srv.addr, &t[0], "PUT", "/v1/roster", None, &env.to_json());
        assert_eq!(resp.status, 200, "{}", String::from_utf8_lossy(&resp.body));
    };
    put(sign_roster(&r2, &t));
    let mut r3 = r2.next();
    let bob_new = SignSecretKey::from_seed(&[77; 32]);
    r3.members[1].sign = bob_new.public();
    put(sign_roster(&r3, &t));
    // Posted now: carol's key and bob's old key are refused, whatever
    // roster they claim; bob's new key is accepted.
    r.post_reply(
        &r.reply(3, "carol", "carol-after-removal").with_case(1, &[]),
        &t[2].sign,
    );
    r.post_reply(
        &r.reply(4, "bob", "old-key-after-rotation")
            .with_case(2, &[]),
        &t[1].sign,
    );
    r.post_reply(&r.reply(5, "bob", "new key").with_case(3, &[]), &bob_new);
    let got = rep.run(&["replies"], Some(&code));
    let shown: Vec<(u64, String, bool, bool)> = got["replies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["seq"].as_u64().unwrap(),
                x["body"].as_str().unwrap().to_owned(),
                x["former_member"].as_bool().unwrap(),
                x["former_key"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (1, "from carol".to_owned(), true, false),
            (2, "from bob's first key".to_owned(), false, true),
            (5, "new key".to_owned(), false, false),
        ],
        "{got}"
    );
    let problems = got["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2, "{got}");
    assert!(
        problems
            .iter()
            .all(|p| p.as_str().unwrap().contains("no longer held")),
        "{got}"
    );
    // The text output names a former member as such.
    let mut c = dropbox_e2e::command("dropbox-submit");
    c.args([
        "replies",
        "--server",
        &rep.url,
        "--team",
        &rep.fp.to_string(),
        "--state",
        rep.state.to_str().unwrap(),
    ])
    .env("DROPBOX_CODENAME", &code);
    let text = String::from_utf8_lossy(&c.output().unwrap().stdout).into_owned();
    assert!(text.contains("carol (test) (former member)"), "{text}");
}
