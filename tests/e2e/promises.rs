//! Issue 14, the reviewer's side, with the real binaries: team events made
//! before a member files the case still reach that member; a follow-up
//! joins its case only when the case's own codename signed it (an
//! operator's forgery is refused and suppresses nothing; a same-number,
//! different-content one is kept as a conflict); a member left out of a
//! conversation files nothing of it; a grant cannot plant a fake case;
//! items no member can file are quarantined instead of blocking every
//! sync; and the exit status never depends on `--json`.
//!
//! A child of `casework`, to share its three-member desk.

use dropbox_crypto::bundle::{self, Header, Kind, ReplyKeys};
use dropbox_crypto::codename::{Codename, CodenameKeys};
use dropbox_crypto::messages::{Event, EventBody, Followup};
use dropbox_crypto::roster::Member;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{CaseId, MemberId, Sha256Digest, envelope};
use dropbox_e2e::http;

use super::{Desk, as_json, must, stderr};

impl Desk {
    /// The reporter's follow-up through `dropbox-submit`.
    fn followup(&self, codename: &str, message: &str) {
        must(
            dropbox_e2e::command("dropbox-submit")
                .args(["followup", "--yes", "--message", message])
                .args(["--server", &self.url, "--team", &self.fp, "--json"])
                .env("DROPBOX_CODENAME", codename)
                .output()
                .unwrap(),
            "dropbox-submit followup",
        );
    }

    /// Uploads a ciphertext as anyone can; its item id.
    fn upload(&self, ct: &[u8]) -> String {
        let r = http(self.srv.addr, "POST", "/v1/submissions", &[], ct);
        assert_eq!(r.status, 201, "upload refused");
        r.json()["id"].as_str().unwrap().to_owned()
    }

    fn sync_out(&self, who: &str, json: bool) -> std::process::Output {
        let mut args = vec!["sync", "--server", &self.url, "--team", &self.fp];
        if json {
            args.push("--json");
        }
        self.try_rev(who, &args)
    }
}

/// A follow-up bundle signed with `signer`'s mailbox key, whose unsigned
/// header names `thread` and `reply` (what a forger controls), encrypted to
/// `to`.
fn followup_bundle(
    fp: &str,
    signer: &CodenameKeys,
    header_reply: &ReplyKeys,
    seq: u64,
    body: &str,
    recipients: Option<Vec<&str>>,
    to: &[&Member],
) -> Vec<u8> {
    let mut f = Followup::new(
        fp.parse().unwrap(),
        signer.mailbox(),
        seq,
        UnixTime::now().day(),
        body.to_owned(),
        vec![],
    );
    f.recipients = recipients.map(|r| r.iter().map(|m| m.parse::<MemberId>().unwrap()).collect());
    let mut h = Header::new(
        Kind::Followup,
        UnixTime::now().day(),
        1,
        to.iter().map(|m| m.id.clone()).collect(),
    );
    h.signed = Some(f.sign(&signer.mailbox_key));
    h.thread = Some(dropbox_crypto::codename::thread_of(
        &dropbox_crypto::MailboxId::from_key_bytes(header_reply.sign.to_bytes()),
    ));
    h.reply = Some(header_reply.clone());
    seal(h, to)
}

fn seal(h: Header, to: &[&Member]) -> Vec<u8> {
    let plain = bundle::encode_to_vec(h, &[]).unwrap();
    envelope::encrypt_vec(
        to.iter()
            .map(|m| envelope::Slot::Real(m.age.clone()))
            .collect(),
        &plain,
    )
    .unwrap()
}

/// How many recipient stanzas an age file's header has, counted here
/// without the reviewer's code.
fn stanzas(ct: &[u8]) -> usize {
    ct.split(|b| *b == b'\n')
        .take_while(|l| !l.starts_with(b"---"))
        .filter(|l| l.starts_with(b"-> "))
        .count()
}

fn reply_keys(k: &CodenameKeys) -> ReplyKeys {
    ReplyKeys {
        age: k.identity.recipient(),
        sign: k.mailbox_key.public(),
    }
}

fn show(d: &Desk, who: &str, case: &str) -> serde_json::Value {
    d.json(who, &["show", case, "--json"])
}

#[test]
fn team_events_made_before_a_member_files_the_case_reach_them() {
    let d = Desk::new("promises-late", &["alice", "bob", "carol"]);
    d.submit("late-title", "late-body", &["--replies"]);
    d.sync("alice");
    let case = d.case("alice", "late-title").unwrap();
    d.rev("alice", &["set", &case, "--status", "triaged"]);
    d.rev("alice", &["assign", &case, "alice"]);
    d.rev("alice", &["note", &case, "early-note-canary"]);
    d.rev("alice", &["reply", &case, "--message", "reply-one-canary"]);
    d.sync("alice");

    // bob files the case only now, after the events were posted.
    let first = d.sync("bob");
    assert_eq!(first["new_cases"], 1, "{first}");
    assert!(
        first["events_applied"].as_u64().unwrap() >= 4,
        "the events made before bob filed the case apply: {first}"
    );
    assert_eq!(first["events_waiting"], 0, "{first}");
    // carol syncs twice in a row first: nothing waits after her report.
    d.sync("carol");
    d.sync("carol");

    d.rev("bob", &["note", &case, "later-note-canary"]);
    for w in ["bob", "alice", "carol", "bob"] {
        d.sync(w);
    }
    let states: Vec<_> = ["alice", "bob", "carol"]
        .iter()
        .map(|w| d.state(w, &case))
        .collect();
    assert_eq!(states[0]["status"], "triaged");
    assert_eq!(states[0]["owner"], "alice");
    assert_eq!(states[0]["replies"][0]["body"], "reply-one-canary");
    let notes: Vec<_> = states[0]["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(notes, ["early-note-canary", "later-note-canary"]);
    for (who, st) in ["bob", "carol"].iter().zip(&states[1..]) {
        for k in ["status", "owner", "notes", "replies", "tlp"] {
            assert_eq!(st[k], states[0][k], "{who}'s {k} differs from alice's");
        }
    }
}

#[test]
fn a_forged_followup_is_refused_and_suppresses_nothing() {
    let d = Desk::new("promises-forge", &["alice", "bob"]);
    let sent = d.submit("forge-title", "forge-body", &["--replies"]);
    let codename = sent["codename"].as_str().unwrap().to_owned();
    d.sync("alice");
    let case = d.case("alice", "forge-title").unwrap();
    let report = &show(&d, "alice", &case)["report"];
    let case_reply: ReplyKeys = serde_json::from_value(report["reply"].clone()).unwrap();
    let (alice, bob) = (d.card("alice"), d.card("bob"));

    // The operator knows the mailbox id and the roster: a follow-up signed
    // with a mailbox key of its own, naming the case's thread and keys in
    // the unsigned header, taking the numbers the reporter will use.
    let own = Codename::generate().derive(&d.fp.parse().unwrap());
    let mut forged_stanzas = 0;
    for seq in 1..=2 {
        let forged = followup_bundle(
            &d.fp,
            &own,
            &case_reply,
            seq,
            "I withdraw my report; delete everything",
            None,
            &[&alice, &bob],
        );
        forged_stanzas = stanzas(&forged);
        d.upload(&forged);
    }
    // And a report whose thread is not the one its reply keys make.
    let mut h = Header::new(
        Kind::Report,
        UnixTime::now().day(),
        1,
        vec![alice.id.clone()],
    );
    h.title = Some("thread-mismatch".into());
    h.reply = Some(reply_keys(&own));
    h.thread = Some(Sha256Digest::of(b"another thread"));
    d.upload(&seal(h, &[&alice]));
    d.followup(&codename, "real-followup-canary");

    let out = d.sync_out("alice", true);
    assert!(out.status.success(), "{}", stderr(&out));
    let a = as_json(&out);
    assert_eq!(a["followups"], 1, "{a}");
    let q = a["quarantined"].as_array().unwrap();
    assert_eq!(q.len(), 3, "{a}");
    assert!(q.iter().all(|x| x["alert"] == true), "{a}");
    assert!(stderr(&out).contains("ALERT"), "{}", stderr(&out));
    let shown = show(&d, "alice", &case);
    let fus = shown["followups"].as_array().unwrap();
    assert_eq!(fus.len(), 1, "{shown}");
    assert_eq!(fus[0]["body"], "real-followup-canary");
    assert_eq!(d.case("alice", "thread-mismatch"), None);
    // Set aside once, acked: the next sync is clean.
    let again = d.sync("alice");
    assert_eq!(again["quarantined"].as_array().unwrap().len(), 0, "{again}");
    assert_eq!(again["errors"].as_array().unwrap().len(), 0, "{again}");
    let listed = d.json("alice", &["quarantine", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 3, "{listed}");
    assert_eq!(listed[0]["kind"], "followup");
    assert_eq!(listed[0]["stanzas"], forged_stanzas);

    // The reporter's own codename sends another #1 with other content: a
    // conflict, filed beside the first and shown, never dropped.
    let keys = Codename::parse(&codename)
        .unwrap()
        .derive(&d.fp.parse().unwrap());
    d.upload(&followup_bundle(
        &d.fp,
        &keys,
        &case_reply,
        1,
        "second-number-one-canary",
        None,
        &[&alice, &bob],
    ));
    let c = d.sync("alice");
    assert_eq!(c["alerts"].as_array().unwrap().len(), 1, "{c}");
    let shown = show(&d, "alice", &case);
    let fus = shown["followups"].as_array().unwrap();
    assert_eq!(fus.len(), 2, "{shown}");
    assert_eq!(fus[1]["body"], "second-number-one-canary");
    assert_eq!(fus[1]["conflict"], true);
    let text = String::from_utf8_lossy(&d.rev("alice", &["show", &case]).stdout).into_owned();
    assert!(text.contains("CONFLICT"), "{text}");
    assert!(text.contains("second-number-one-canary"), "{text}");
    // bob, syncing later, files the same.
    d.sync("bob");
    let bob_fus = show(&d, "bob", &case)["followups"].clone();
    assert_eq!(bob_fus.as_array().unwrap().len(), 2, "{bob_fus}");
    assert_eq!(bob_fus[0]["body"], "real-followup-canary");
}

#[test]
fn a_member_left_out_of_a_conversation_files_nothing_of_it() {
    let d = Desk::new("promises-leftout", &["alice", "bob", "carol"]);
    let sent = d.submit(
        "leftout-title",
        "leftout-body",
        &["--replies", "--leave-out", "carol"],
    );
    let keys = Codename::parse(sent["codename"].as_str().unwrap())
        .unwrap()
        .derive(&d.fp.parse().unwrap());
    let open = d.submit("open-title", "open-body", &["--replies"]);
    let open_keys = Codename::parse(open["codename"].as_str().unwrap())
        .unwrap()
        .derive(&d.fp.parse().unwrap());
    for w in ["alice", "bob", "carol"] {
        d.sync(w);
    }
    let (alice, bob, carol) = (d.card("alice"), d.card("bob"), d.card("carol"));
    // Follow-ups that reach carol's key though their signed recipients
    // leave her out: one in a conversation she never held, one in a case
    // she holds.
    d.upload(&followup_bundle(
        &d.fp,
        &keys,
        &reply_keys(&keys),
        1,
        "leftout-followup-canary",
        Some(vec!["alice", "bob"]),
        &[&alice, &bob, &carol],
    ));
    d.upload(&followup_bundle(
        &d.fp,
        &open_keys,
        &reply_keys(&open_keys),
        1,
        "narrowed-followup-canary",
        Some(vec!["alice", "bob"]),
        &[&alice, &bob, &carol],
    ));
    let out = d.sync_out("carol", true);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = as_json(&out);
    let q = c["quarantined"].as_array().unwrap();
    assert_eq!(q.len(), 2, "{c}");
    assert!(
        q.iter()
            .all(|x| x["reason"].as_str().unwrap().contains("left")),
        "{c}"
    );
    assert!(
        stderr(&out).contains("left"),
        "carol is told: {}",
        stderr(&out)
    );
    assert_eq!(d.case("carol", "leftout-title"), None);
    let open_case = d.case("carol", "open-title").unwrap();
    assert_eq!(
        show(&d, "carol", &open_case)["followups"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        d.sync("carol")["quarantined"].as_array().unwrap().len(),
        0,
        "acked once"
    );
    // The members it was meant for file both.
    let a = d.sync("alice");
    assert_eq!(a["followups"], 2, "{a}");
}

#[test]
fn a_rewritten_grant_cannot_plant_a_fake_case() {
    let d = Desk::new("promises-grant", &["alice", "bob"]);
    let sent = d.submit("real-title", "real-body-canary", &[]);
    // mallory, a member, holds the report too: she rewrites it and grants
    // the rewrite to bob, who has not synced yet.
    let id = sent["id"].as_str().unwrap();
    let receipt = sent["receipt"].as_str().unwrap();
    let ct = dropbox_e2e::fetch_submission(d.srv.addr, &d.mallory, id, receipt);
    let plain = envelope::decrypt_vec(&ct[..], &[&d.mallory.age]).unwrap();
    let real = bundle::BundleReader::new(&plain[..])
        .unwrap()
        .header()
        .clone();
    let digest = Sha256Digest::of(
        format!("dropbox/v1/case-id\n{}", real.delete_token.expose_text()).as_bytes(),
    );
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest.0[..16]);
    let case_id = CaseId(b);
    let mut fake = real.clone();
    fake.title = Some("fake-title".into());
    fake.body = Some("nothing to see here".into());
    let state = serde_json::json!({
        "status": "new", "tlp": "AMBER",
        "grant": {"report": fake, "receipt": receipt, "followups": []},
    });
    let bob = d.card("bob");
    let ev = Event::new(
        d.fp.parse().unwrap(),
        case_id,
        1,
        0,
        "mallory".parse().unwrap(),
        UnixTime::now().day(),
        EventBody::Snapshot { state },
    );
    let mut h = Header::new(Kind::Event, UnixTime::now().day(), 1, vec![bob.id.clone()]);
    h.signed = Some(ev.sign(&d.mallory.sign).unwrap());
    d.inject(&seal(h, &[&bob]), 1);

    let out = d.sync_out("bob", true);
    assert!(out.status.success(), "{}", stderr(&out));
    let s = as_json(&out);
    assert_eq!(s["granted"], 1, "{s}");
    assert!(
        s["alerts"][0].as_str().unwrap().contains("ALERT"),
        "bob is alerted: {s}"
    );
    assert_eq!(d.case("bob", "fake-title"), None, "the report wins");
    let case = d.case("bob", "real-title").unwrap();
    assert_eq!(case, case_id.to_string());
    let shown = show(&d, "bob", &case);
    assert_eq!(shown["report"]["body"], "real-body-canary");
    let log = format!("{}", shown["log"]);
    assert!(log.contains("mallory"), "the log names the grantor: {log}");
}

#[test]
fn unfileable_items_are_quarantined_and_the_exit_status_ignores_json() {
    let d = Desk::new("promises-quarantine", &["alice", "bob"]);
    d.submit("q-title", "q-body", &[]);
    let alice = d.card("alice");
    // An age file to alice's public key that holds no bundle.
    let junk = envelope::encrypt_vec(
        vec![envelope::Slot::Real(alice.age.clone())],
        b"not a bundle at all",
    )
    .unwrap();
    let junk_id = d.upload(&junk);
    let out = d.sync_out("alice", false);
    assert!(
        out.status.success(),
        "one bad item does not fail the sync: {}",
        stderr(&out)
    );
    assert!(stderr(&out).contains(&junk_id), "{}", stderr(&out));
    let again = d.sync_out("alice", false);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        !stderr(&again).contains(&junk_id),
        "reported once: {}",
        stderr(&again)
    );
    let one =
        String::from_utf8_lossy(&d.rev("alice", &["quarantine", &junk_id]).stdout).into_owned();
    assert!(one.contains(&format!("{} bytes", junk.len())), "{one}");
    assert!(
        one.contains(&format!("{} age stanzas", stanzas(&junk))),
        "{one}"
    );
    assert!(one.contains("no bundle"), "{one}");
    let listed = d.json("alice", &["quarantine", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert!(
        d.case("alice", "q-title").is_some(),
        "the report beside it is filed"
    );

    // An item whose stored bytes no longer match its receipt (the disk
    // under the drop box): an error in both output formats, exit 1 both.
    let bad = d.upload(&junk);
    std::fs::write(d.data.join("blobs").join(&bad), vec![b'x'; junk.len()]).unwrap();
    let text = d.sync_out("alice", false);
    let json = d.sync_out("alice", true);
    assert!(!text.status.success(), "text: {}", stderr(&text));
    assert_eq!(text.status.code(), json.status.code(), "{}", stderr(&json));
    let j = as_json(&json);
    assert_eq!(j["errors"].as_array().unwrap().len(), 1, "{j}");
}
