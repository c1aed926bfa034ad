//! Ingest: decrypt one ciphertext and file it as a new case, a follow-up
//! joining its case, or a reason to quarantine it (with the facts a
//! quarantined item keeps).

use std::io::{Read, Write};

use anyhow::Context;
use sha2::{Digest, Sha256};

use dropbox_crypto::bundle::{BundleReader, Kind};
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_crypto::{Sha256Digest, TeamFingerprint, envelope, messages};

use crate::domain::case::{Case, Followup, Withdrawn};
use crate::domain::ingest::{Filed, Refusal, case_id_of, mailbox_of, thread_binding};
use crate::keys::MemberKeys;
use crate::store::CaseStore;

fn refused(kind: Option<Kind>, alert: bool, reason: impl Into<String>) -> anyhow::Result<Filed> {
    Ok(Filed::Refused(Refusal {
        kind,
        reason: reason.into(),
        alert,
    }))
}

/// A writer that remembers whether writing failed (the disk, not the
/// bundle: worth retrying).
struct Tracked<'a, W: Write> {
    inner: &'a mut W,
    failed: bool,
}

impl<W: Write> Write for Tracked<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf).inspect_err(|_| self.failed = true)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.inner
            .write_all(buf)
            .inspect_err(|_| self.failed = true)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush().inspect_err(|_| self.failed = true)
    }
}

/// Copies the next attachment into `out`: its digest (the bundle reader
/// hashes it as it copies), or why the bundle is bad (an error when the
/// fault was writing, so the item is retried).
fn copy_next<R: Read, W: Write>(
    reader: &mut BundleReader<R>,
    out: &mut W,
) -> anyhow::Result<Result<Sha256Digest, String>> {
    let mut t = Tracked {
        inner: out,
        failed: false,
    };
    match reader.copy_attachment(&mut t) {
        Ok(_) => Ok(Ok(reader
            .last_digest()
            .copied()
            .context("an attachment copied without its digest")?)),
        Err(e) if t.failed => Err(e).context("cannot store an attachment"),
        Err(e) => Ok(Err(format!("its attachments are malformed: {e}"))),
    }
}

/// Decrypts one ciphertext and files it: a new case, a follow-up joining
/// its case, or a reason to quarantine it.
///
/// A follow-up joins a case only when its signed thread is the case's,
/// its signer is the case's reply key (from the case's first report), and
/// this member is among the case's recipients and the follow-up's signed
/// ones (protocol 1.3); the unsigned header only finds the case.
pub fn file_ciphertext(
    store: &mut CaseStore,
    keys: &MemberKeys,
    team: &TeamFingerprint,
    ct: impl Read,
    server_id: Option<&str>,
    receipt: &str,
    now: UnixTime,
) -> anyhow::Result<Filed> {
    file_ciphertext_with(store, keys, &[], team, ct, server_id, None, receipt, now)
}

/// [`file_ciphertext`] trying the member's drop identities (protocol 1.4)
/// as well as their long-term key, for an item the drop box says arrived
/// on `arrived` (None for a file opened by hand).
#[allow(clippy::too_many_arguments)]
pub fn file_ciphertext_with(
    store: &mut CaseStore,
    keys: &MemberKeys,
    drop: &[&dropbox_crypto::hybrid::HybridIdentity],
    team: &TeamFingerprint,
    ct: impl Read,
    server_id: Option<&str>,
    arrived: Option<Day>,
    receipt: &str,
    now: UnixTime,
) -> anyhow::Result<Filed> {
    let filed = file_inner(
        store, keys, drop, team, ct, server_id, arrived, receipt, now,
    );
    if let Ok(Filed::Refused(_) | Filed::Pending | Filed::Unreadable) = &filed {
        // Inside a sync batch: what it staged before it was refused (a
        // report's attachments, a grant's files moved aside) must not be
        // renamed into the case store with the batch, which keeps only
        // the quarantine's record of it.
        store.drop_item_files();
    }
    filed
}

#[allow(clippy::too_many_arguments)]
fn file_inner(
    store: &mut CaseStore,
    keys: &MemberKeys,
    drop: &[&dropbox_crypto::hybrid::HybridIdentity],
    team: &TeamFingerprint,
    ct: impl Read,
    server_id: Option<&str>,
    arrived: Option<Day>,
    receipt: &str,
    now: UnixTime,
) -> anyhow::Result<Filed> {
    let plain = match envelope::decrypt_with(ct, &[&keys.age], drop) {
        Ok(p) => p,
        Err(envelope::EnvelopeError::NoMatchingKey) => return Ok(Filed::Unreadable),
        Err(envelope::EnvelopeError::Io(e)) => return Err(e).context("cannot read the item"),
        Err(e) => return refused(None, false, e.to_string()),
    };
    let mut reader = match BundleReader::new(plain) {
        Ok(r) => r,
        Err(e) => return refused(None, false, format!("no bundle inside: {e}")),
    };
    let header = reader.header().clone();
    let kind = Some(header.kind);
    if !matches!(
        header.kind,
        Kind::Report | Kind::Followup | Kind::Withdrawal
    ) {
        return refused(
            kind,
            false,
            format!("a {:?} bundle where a report was expected", header.kind),
        );
    }
    if let Err(why) = thread_binding(&header) {
        return refused(kind, true, why);
    }
    if header.kind == Kind::Withdrawal {
        return file_withdrawal(store, keys, team, header, reader, server_id, arrived, now);
    }
    let case_id = case_id_of(&header.delete_token).to_string();
    if header.kind == Kind::Report {
        if store.was_purged(&case_id)? {
            return refused(
                kind,
                false,
                "this report's case was closed and purged; retention does not let it back",
            );
        }
        if store.has_case(&case_id)? {
            let c = store.case(&case_id)?;
            if c.from_grant.is_some() {
                return check_granted(store, c, header, reader, server_id, receipt, now);
            }
            // The same report again (re-uploaded, or opened from a file
            // after a sync): one case, whatever the route.
            if let Some(sid) = server_id {
                store.link_item(sid, &case_id)?;
            }
            return Ok(Filed::Duplicate(case_id));
        }
        let key = store.new_case_key();
        for i in 0..header.attachments.len() {
            let mut sink = store.attachment_sink(&case_id, &key, i)?;
            if let Err(why) = copy_next(&mut reader, &mut sink)? {
                return refused(kind, false, why);
            }
            sink.finish()?.flush()?;
        }
        if let Err(e) = reader.finish() {
            return refused(
                kind,
                false,
                format!("its attachments do not match its trailer: {e}"),
            );
        }
        let mut case = Case {
            id: case_id.clone(),
            report: header,
            server_id: server_id.map(str::to_owned),
            receipt: receipt.to_owned(),
            imported: now.0,
            followups: Vec::new(),
            replies_sent: 0,
            events: Vec::new(),
            log: Vec::new(),
            from_grant: None,
            withdrawal: None,
        };
        case.access(now.0, keys.id.as_str(), "imported");
        store.insert_case(&case, &key)?;
        return Ok(Filed::NewCase(case_id));
    }
    // A follow-up: the unsigned header only finds the case; the signature
    // decides whether it belongs there.
    let Some(thread) = header.thread else {
        return refused(kind, true, "a follow-up without a thread");
    };
    let Some(mut c) = store.case_by_thread(&thread)? else {
        // Its report has not reached this store (yet), or this member was
        // left out of it. A follow-up that says so itself is refused now;
        // any other waits on the drop box for its report.
        let mut digests = Vec::new();
        for _ in 0..header.attachments.len() {
            match copy_next(&mut reader, &mut std::io::sink())? {
                Ok(d) => digests.push(d),
                Err(why) => return refused(kind, false, why),
            }
        }
        if reader.finish().is_err() {
            return refused(kind, false, "its attachments do not match its trailer");
        }
        let Some(env) = header.signed.as_ref() else {
            return refused(kind, true, "an unsigned follow-up");
        };
        return match messages::verify_followup(env, team, &digests) {
            Err(e) => refused(kind, true, format!("a follow-up with a bad signature: {e}")),
            Ok(f) if f.recipients.as_ref().is_some_and(|r| !r.contains(&keys.id)) => refused(
                kind,
                false,
                "a follow-up in a conversation the reporter left you out of: nothing filed",
            ),
            Ok(_) => Ok(Filed::Pending),
        };
    };
    if !c.report.recipients.contains(&keys.id) {
        return refused(
            kind,
            false,
            "a follow-up in a conversation the reporter left you out of: nothing filed",
        );
    }
    let n0 = c.all_attachments().len();
    let case_key = store.key_of(&c.id)?;
    let mut digests = Vec::new();
    for i in 0..header.attachments.len() {
        let mut sink = store.attachment_sink(&c.id, &case_key, n0 + i)?;
        match copy_next(&mut reader, &mut sink)? {
            Ok(d) => digests.push(d),
            Err(why) => return refused(kind, false, why),
        }
        sink.finish()?.flush()?;
    }
    if let Err(e) = reader.finish() {
        return refused(
            kind,
            false,
            format!("its attachments do not match its trailer: {e}"),
        );
    }
    let Some(env) = header.signed.as_ref() else {
        return refused(kind, true, "an unsigned follow-up");
    };
    let f = match messages::verify_followup(env, team, &digests) {
        Ok(f) => f,
        Err(e) => return refused(kind, true, format!("a follow-up with a bad signature: {e}")),
    };
    // The signer must be the case's own reply key: anyone can sign with
    // some mailbox key and name this thread in the unsigned header.
    let case_mailbox = c.report.reply.as_ref().map(mailbox_of);
    if Some(f.mailbox) != case_mailbox || Some(f.thread) != c.report.thread {
        return refused(
            kind,
            true,
            format!(
                "a forged follow-up for case {}: not signed by the reporter's codename",
                c.id
            ),
        );
    }
    if f.recipients.as_ref().is_some_and(|r| !r.contains(&keys.id)) {
        return refused(
            kind,
            false,
            "a follow-up the reporter did not encrypt to you (left out): nothing filed",
        );
    }
    let new = Followup {
        seq: f.seq,
        day: f.created,
        body: f.body,
        attachments: header.attachments.clone(),
        conflict: false,
    };
    let same_seq: Vec<&Followup> = c.followups.iter().filter(|x| x.seq == new.seq).collect();
    if same_seq
        .iter()
        .any(|x| x.day == new.day && x.body == new.body && x.attachments == new.attachments)
    {
        // The same follow-up again (a replay, or sent twice): filed once.
        store.link_item_if_new(server_id, &c.id)?;
        return Ok(Filed::Duplicate(c.id));
    }
    let conflict = !same_seq.is_empty();
    let what = if conflict {
        format!(
            "follow-up #{} (CONFLICT: another follow-up has this number)",
            new.seq
        )
    } else {
        format!("follow-up #{}", new.seq)
    };
    c.followups.push(Followup { conflict, ..new });
    c.access(now.0, "reporter", what);
    store.update_case(&c, server_id)?;
    Ok(if conflict {
        Filed::Conflict(c.id)
    } else {
        Filed::Followup(c.id)
    })
}

/// A reporter's withdrawal (protocol 1.4): it closes its case only when
/// signed by the case's own reply key and encrypted to this member by the
/// reporter's choice, like a follow-up. Filed once: a replay is a
/// duplicate. A withdrawal of a case this store never held files nothing
/// (the report was deleted from the drop box before this member fetched
/// it).
#[allow(clippy::too_many_arguments)]
fn file_withdrawal(
    store: &mut CaseStore,
    keys: &MemberKeys,
    team: &TeamFingerprint,
    header: dropbox_crypto::bundle::Header,
    reader: BundleReader<impl Read>,
    server_id: Option<&str>,
    arrived: Option<Day>,
    now: UnixTime,
) -> anyhow::Result<Filed> {
    let kind = Some(Kind::Withdrawal);
    if !header.attachments.is_empty() {
        return refused(kind, false, "a withdrawal with attachments");
    }
    if let Err(e) = reader.finish() {
        return refused(kind, false, format!("a malformed withdrawal: {e}"));
    }
    let Some(env) = header.signed.as_ref() else {
        return refused(kind, true, "an unsigned withdrawal");
    };
    let w = match messages::verify_withdrawal(env, team) {
        Ok(w) => w,
        Err(e) => {
            return refused(
                kind,
                true,
                format!("a withdrawal with a bad signature: {e}"),
            );
        }
    };
    if !w.recipients.contains(&keys.id) {
        return refused(
            kind,
            false,
            "a withdrawal the reporter did not encrypt to you (left out): nothing filed",
        );
    }
    if Some(w.thread) != header.thread {
        return refused(
            kind,
            true,
            "a forged withdrawal: its signed thread is not the one its header names",
        );
    }
    // The day the case closes on decides when it may be purged, and the
    // signed day is only the codename holder's word: backdated past the
    // backup window it would purge the case on every member's machine
    // before anyone could hold it; dated ahead, no reopen could ever come
    // after it. dropbox-submit signs and sends at once, so the signed day
    // must agree with the drop box's arrival day (a day either way for
    // time zones), and the case closes on the arrival day, which every
    // member reads alike. A file opened by hand closes on the day it is
    // filed: later than the reporter's, never earlier.
    let today = now.day();
    let day = match arrived {
        Some(a) if w.created < a.add_days(-1) || w.created > a.add_days(1) => {
            return refused(
                kind,
                true,
                format!(
                    "a withdrawal dated {} that reached the drop box on {a}: a withdrawal is sent the day it is signed",
                    w.created
                ),
            );
        }
        Some(a) => a,
        None if w.created > today.add_days(1) => {
            return refused(
                kind,
                true,
                format!("a withdrawal dated {}, after today", w.created),
            );
        }
        None => today,
    };
    let Some(mut c) = store.case_by_thread(&w.thread)? else {
        return Ok(Filed::Withdrawn(None));
    };
    if !c.report.recipients.contains(&keys.id) {
        return refused(
            kind,
            false,
            "a withdrawal in a conversation the reporter left you out of: nothing filed",
        );
    }
    let case_mailbox = c.report.reply.as_ref().map(mailbox_of);
    if Some(w.mailbox) != case_mailbox || Some(w.thread) != c.report.thread {
        return refused(
            kind,
            true,
            format!(
                "a forged withdrawal for case {}: not signed by the reporter's codename",
                c.id
            ),
        );
    }
    if c.withdrawal.is_some() {
        store.link_item_if_new(server_id, &c.id)?;
        return Ok(Filed::Duplicate(c.id));
    }
    let what = if w.body.trim().is_empty() {
        "withdrew the report".to_owned()
    } else {
        format!("withdrew the report: {}", w.body)
    };
    c.withdrawal = Some(Withdrawn {
        day,
        reason: w.body,
        at: now.0,
    });
    c.access(now.0, "reporter", what);
    store.update_case(&c, server_id)?;
    Ok(Filed::Withdrawn(Some(c.id)))
}

/// The report reached a case this store holds from a grant: the report
/// wins. A grant whose report or receipt differ from it (a member who
/// rewrote the case before granting it) is replaced, and the caller alerts.
fn check_granted(
    store: &mut CaseStore,
    mut c: Case,
    header: dropbox_crypto::bundle::Header,
    mut reader: BundleReader<impl Read>,
    server_id: Option<&str>,
    receipt: &str,
    now: UnixTime,
) -> anyhow::Result<Filed> {
    let kind = Some(header.kind);
    let mut real = header;
    let redacted_contact = c.state().redactions.iter().any(|r| r == "contact");
    if redacted_contact {
        real.contact = None;
    }
    let grantor = c.from_grant.take().unwrap_or_default();
    // A grant too large to carry its attachments leaves them out (and says
    // so): that alone is no mismatch, the report fills them in.
    let without_files = c.report.attachments.is_empty() && !real.attachments.is_empty();
    let mut compared = real.clone();
    if without_files {
        compared.attachments.clear();
    }
    let matches = compared == c.report && receipt == c.receipt;
    if matches && !without_files {
        c.server_id = c.server_id.or(server_id.map(str::to_owned));
        c.access(
            now.0,
            "reporter",
            format!("the report arrived and matches {grantor}'s grant"),
        );
        store.update_case(&c, server_id)?;
        return Ok(Filed::Duplicate(c.id));
    }
    let key = store.key_of(&c.id)?;
    let (old_n, new_n) = (c.report.attachments.len(), real.attachments.len());
    let later: usize = c.followups.iter().map(|f| f.attachments.len()).sum();
    if old_n != new_n && later > 0 {
        // Out of the way first, so the report's own files cannot clobber
        // the follow-ups'.
        store.renumber_attachments(&c.id, old_n, later, old_n.max(new_n) + later)?;
    }
    for i in 0..new_n {
        let mut sink = store.attachment_sink(&c.id, &key, i)?;
        if let Err(why) = copy_next(&mut reader, &mut sink)? {
            return refused(kind, false, why);
        }
        sink.finish()?.flush()?;
    }
    if let Err(e) = reader.finish() {
        return refused(
            kind,
            false,
            format!("its attachments do not match its trailer: {e}"),
        );
    }
    if old_n != new_n && later > 0 {
        store.renumber_attachments(&c.id, old_n.max(new_n) + later, later, new_n)?;
    }
    c.report = real;
    c.receipt = receipt.to_owned();
    c.server_id = server_id.map(str::to_owned);
    if matches {
        c.access(
            now.0,
            "reporter",
            format!("the report arrived and matches {grantor}'s grant; its attachments filled in"),
        );
        store.update_case(&c, server_id)?;
        return Ok(Filed::Duplicate(c.id));
    }
    c.access(
        now.0,
        "reporter",
        format!("ALERT: the report differs from {grantor}'s grant of it; the report replaced it"),
    );
    store.update_case(&c, server_id)?;
    Ok(Filed::GrantCorrected(c.id))
}

/// What a quarantined item shows without its plaintext: its size, the day
/// it arrived, how many recipient stanzas its age header has, the bundle
/// kind if it decoded, and why it was set aside.
pub fn quarantine_facts(
    id: &str,
    day: &str,
    mut ct: impl Read,
    r: &Refusal,
    today: Day,
) -> anyhow::Result<serde_json::Value> {
    let mut head = Vec::new();
    let first = (&mut ct).take(FACTS_HEAD as u64).read_to_end(&mut head)? as u64;
    let size = first + std::io::copy(&mut ct, &mut std::io::sink())?;
    Ok(quarantine_facts_of(id, day, &head, size, r, today))
}

/// How much of a ciphertext's start [`quarantine_facts_of`] needs: its age
/// header's stanzas are counted in it.
pub const FACTS_HEAD: usize = 64 << 10;

/// [`quarantine_facts`] from the ciphertext's first [`FACTS_HEAD`] bytes
/// and its size (sync keeps these while the download streams through
/// decryption, so the ciphertext is not read twice).
pub fn quarantine_facts_of(
    id: &str,
    day: &str,
    head: &[u8],
    size: u64,
    r: &Refusal,
    today: Day,
) -> serde_json::Value {
    let stanzas = head
        .split(|b| *b == b'\n')
        .take_while(|l| !l.starts_with(b"---"))
        .filter(|l| l.starts_with(b"-> "))
        .count();
    serde_json::json!({
        "id": id,
        "day": day,
        "size": size,
        "stanzas": stanzas,
        "kind": r.kind,
        "reason": r.reason,
        "alert": r.alert,
        "quarantined": today.to_string(),
    })
}

/// A file's receipt: the SHA-256 of its bytes, as the drop box gives it.
pub fn receipt_of(mut r: impl Read) -> std::io::Result<Sha256Digest> {
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 64 << 10];
    loop {
        match r.read(&mut buf)? {
            0 => return Ok(Sha256Digest(h.finalize().into())),
            n => h.update(&buf[..n]),
        }
    }
}

#[cfg(test)]
mod tests {
    use dropbox_crypto::bundle::{Header, Kind};

    use super::*;
    use crate::services::teamlog::queue_grant;
    use crate::services::testkit::{
        Desk, Fu, NOW, Team, case_of, codename, followup, report, seal_submission,
    };

    const ALICE: usize = 0;
    const BOB: usize = 1;

    fn refusal(f: Filed) -> Refusal {
        match f {
            Filed::Refused(r) => r,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    fn attachment(d: &Desk, case: &str, n: usize) -> Vec<u8> {
        let mut out = Vec::new();
        d.store.read_attachment(case, n, &mut out).unwrap();
        out
    }

    #[test]
    fn a_report_is_filed_as_a_new_case_once() {
        let team = Team::new();
        let mut alice = Desk::new();
        let (h, ct) = report(&team, &[ALICE, BOB], None, "leak", &[b"proof"]);
        let id = case_of(&h);
        assert_eq!(
            alice.file(&team, ALICE, &ct, "s1"),
            Filed::NewCase(id.clone())
        );
        let c = alice.store.case(&id).unwrap();
        assert_eq!(c.report.title.as_deref(), Some("leak"));
        assert_eq!(c.imported, NOW.0, "the clock passed in, not the machine's");
        assert_eq!(c.server_id.as_deref(), Some("s1"));
        assert_eq!(attachment(&alice, &id, 0), b"proof");
        // The same report again (re-uploaded, or from a file): one case.
        assert_eq!(
            alice.file(&team, ALICE, &ct, "s2"),
            Filed::Duplicate(id.clone())
        );
        assert_eq!(alice.store.ids().unwrap(), [id]);
        assert_eq!(
            alice.store.item("s2").unwrap(),
            Some(("filed".into(), false))
        );
    }

    #[test]
    fn a_followup_signed_by_the_cases_reply_key_joins_it() {
        let team = Team::new();
        let mut alice = Desk::new();
        let rep = codename(7);
        let (h, ct) = report(&team, &[ALICE, BOB], Some(&rep), "leak", &[b"one"]);
        let id = case_of(&h);
        alice.file(&team, ALICE, &ct, "s1");
        let fu = followup(
            &team,
            &rep,
            &rep,
            Fu {
                seq: 1,
                body: "more",
                to: &[ALICE, BOB],
                signed_to: &[ALICE, BOB],
                files: &[b"two"],
            },
        );
        assert_eq!(
            alice.file(&team, ALICE, &fu, "s2"),
            Filed::Followup(id.clone())
        );
        let c = alice.store.case(&id).unwrap();
        assert_eq!(c.followups.len(), 1);
        assert_eq!(c.followups[0].body, "more");
        assert!(!c.followups[0].conflict);
        // Its attachment comes after the report's.
        assert_eq!(attachment(&alice, &id, 1), b"two");
        // The same follow-up again: filed once.
        assert_eq!(
            alice.file(&team, ALICE, &fu, "s3"),
            Filed::Duplicate(id.clone())
        );
        assert_eq!(alice.store.case(&id).unwrap().followups.len(), 1);
    }

    #[test]
    fn a_forged_followup_is_refused_with_an_alert() {
        let team = Team::new();
        let mut alice = Desk::new();
        let (rep, mallory) = (codename(7), codename(8));
        let (h, ct) = report(&team, &[ALICE, BOB], Some(&rep), "leak", &[]);
        let id = case_of(&h);
        alice.file(&team, ALICE, &ct, "s1");
        // Names the case's thread and reply keys in the unsigned header,
        // signed (validly) by another mailbox.
        let forged = followup(
            &team,
            &rep,
            &mallory,
            Fu {
                seq: 1,
                body: "send the files to me",
                to: &[ALICE, BOB],
                signed_to: &[ALICE, BOB],
                files: &[],
            },
        );
        let r = refusal(alice.file(&team, ALICE, &forged, "s2"));
        assert!(r.alert, "{r:?}");
        assert!(r.reason.contains("forged"), "{r:?}");
        assert!(alice.store.case(&id).unwrap().followups.is_empty());
    }

    /// Inside a sync batch, a follow-up refused after its attachment was
    /// written (a forged signature is checked over the attachments'
    /// digests) leaves none of it: the batch's commit keeps the item's
    /// quarantine record but renames no file of it into the case.
    #[test]
    fn a_refused_followup_in_a_batch_leaves_no_file() {
        let team = Team::new();
        let mut alice = Desk::new();
        let (rep, mallory) = (codename(7), codename(8));
        let (h, ct) = report(&team, &[ALICE, BOB], Some(&rep), "leak", &[b"one"]);
        let id = case_of(&h);
        alice.file(&team, ALICE, &ct, "s1");
        let forged = followup(
            &team,
            &rep,
            &mallory,
            Fu {
                seq: 1,
                body: "forged",
                to: &[ALICE, BOB],
                signed_to: &[ALICE, BOB],
                files: &[b"planted"],
            },
        );
        alice.store.begin_batch().unwrap();
        alice.store.begin_item().unwrap();
        let r = refusal(alice.file(&team, ALICE, &forged, "s2"));
        assert!(r.reason.contains("forged"), "{r:?}");
        // Kept, as sync keeps a quarantined item's record.
        alice.store.end_item(true).unwrap();
        alice.store.commit_batch().unwrap();
        let dir = alice.store.attachment_dir(&id);
        assert!(!dir.join("1.age").exists(), "the refused file was filed");
        let home = dir.parent().and_then(|a| a.parent()).unwrap();
        let staged = std::fs::read_dir(home.join(crate::home::STAGED)).map_or(0, |d| d.count());
        assert_eq!(staged, 0, "a refused item's staged file was left");
        assert_eq!(attachment(&alice, &id, 0), b"one");
    }

    #[test]
    fn a_followup_the_reporter_left_this_member_out_of_files_nothing() {
        let team = Team::new();
        let mut alice = Desk::new();
        let rep = codename(7);
        let (h, ct) = report(&team, &[ALICE, BOB], Some(&rep), "leak", &[]);
        let id = case_of(&h);
        alice.file(&team, ALICE, &ct, "s1");
        // Encrypted to alice, but the signed list (what the reporter chose)
        // leaves her out.
        let fu = followup(
            &team,
            &rep,
            &rep,
            Fu {
                seq: 1,
                body: "bob only",
                to: &[ALICE, BOB],
                signed_to: &[BOB],
                files: &[],
            },
        );
        let r = refusal(alice.file(&team, ALICE, &fu, "s2"));
        assert!(!r.alert, "{r:?}");
        assert!(r.reason.contains("left out"), "{r:?}");
        assert!(alice.store.case(&id).unwrap().followups.is_empty());
        // Without the case held (carol's store, say), the same: refused
        // now rather than waiting for a report.
        let mut other = Desk::new();
        let r = refusal(other.file(&team, ALICE, &fu, "s2"));
        assert!(r.reason.contains("left you out"), "{r:?}");
        assert!(other.store.ids().unwrap().is_empty());
    }

    #[test]
    fn two_followups_with_one_number_are_both_kept_and_flagged() {
        let team = Team::new();
        let mut alice = Desk::new();
        let rep = codename(7);
        let (h, ct) = report(&team, &[ALICE], Some(&rep), "leak", &[]);
        let id = case_of(&h);
        alice.file(&team, ALICE, &ct, "s1");
        let fu = |body: &str| {
            followup(
                &team,
                &rep,
                &rep,
                Fu {
                    seq: 1,
                    body,
                    to: &[ALICE],
                    signed_to: &[ALICE],
                    files: &[],
                },
            )
        };
        assert_eq!(
            alice.file(&team, ALICE, &fu("first"), "s2"),
            Filed::Followup(id.clone())
        );
        assert_eq!(
            alice.file(&team, ALICE, &fu("second"), "s3"),
            Filed::Conflict(id.clone())
        );
        let c = alice.store.case(&id).unwrap();
        let kept: Vec<(&str, bool)> = c
            .followups
            .iter()
            .map(|f| (f.body.as_str(), f.conflict))
            .collect();
        assert_eq!(kept, [("first", false), ("second", true)]);
    }

    #[test]
    fn a_followup_before_its_report_waits_then_joins() {
        let team = Team::new();
        let mut alice = Desk::new();
        let rep = codename(7);
        let (h, ct) = report(&team, &[ALICE], Some(&rep), "leak", &[]);
        let fu = followup(
            &team,
            &rep,
            &rep,
            Fu {
                seq: 1,
                body: "more",
                to: &[ALICE],
                signed_to: &[ALICE],
                files: &[b"late"],
            },
        );
        assert_eq!(alice.file(&team, ALICE, &fu, "s2"), Filed::Pending);
        assert!(alice.store.ids().unwrap().is_empty());
        assert_eq!(
            alice.store.item("s2").unwrap(),
            None,
            "left on the drop box"
        );
        let id = case_of(&h);
        assert_eq!(
            alice.file(&team, ALICE, &ct, "s1"),
            Filed::NewCase(id.clone())
        );
        assert_eq!(
            alice.file(&team, ALICE, &fu, "s2"),
            Filed::Followup(id.clone())
        );
        assert_eq!(attachment(&alice, &id, 0), b"late");
    }

    /// bob files the report and grants it to alice (rewritten first, when
    /// `rewrite`); alice pulls the grant. Returns alice's desk, the case id
    /// and the report's ciphertext.
    fn granted(team: &Team, rewrite: bool) -> (Desk, String, Vec<u8>) {
        let rep = codename(7);
        let (h, ct) = report(team, &[ALICE, BOB], Some(&rep), "leak", &[b"proof"]);
        let id = case_of(&h);
        let mut bob = Desk::new();
        assert_eq!(bob.file(team, BOB, &ct, "s1"), Filed::NewCase(id.clone()));
        let mut c = bob.store.case(&id).unwrap();
        if rewrite {
            c.report.title = Some("nothing to see".into());
        }
        queue_grant(
            &mut bob.store,
            &team.ctx(BOB),
            &mut c,
            &team.members[ALICE].id,
        )
        .unwrap();
        let out = bob.store.outbox().unwrap();
        let mut alice = Desk::new();
        let pulled = alice.pull(team, ALICE, &[(1, out[0].data.clone())]);
        assert_eq!(pulled.granted, 1, "{pulled:?}");
        let c = alice.store.case(&id).unwrap();
        assert_eq!(c.from_grant.as_deref(), Some("bob"));
        assert_eq!(attachment(&alice, &id, 0), b"proof");
        (alice, id, ct)
    }

    #[test]
    fn a_grant_then_its_report_is_one_case() {
        let team = Team::new();
        let (mut alice, id, ct) = granted(&team, false);
        assert_eq!(
            alice.file(&team, ALICE, &ct, "s1"),
            Filed::Duplicate(id.clone())
        );
        let c = alice.store.case(&id).unwrap();
        assert_eq!(c.from_grant, None, "checked against the report");
        assert_eq!(c.report.title.as_deref(), Some("leak"));
    }

    #[test]
    fn a_grant_that_differs_from_its_report_is_corrected_by_it() {
        let team = Team::new();
        let (mut alice, id, ct) = granted(&team, true);
        assert_eq!(
            alice.store.case(&id).unwrap().report.title.as_deref(),
            Some("nothing to see")
        );
        assert_eq!(
            alice.file(&team, ALICE, &ct, "s1"),
            Filed::GrantCorrected(id.clone())
        );
        let c = alice.store.case(&id).unwrap();
        assert_eq!(c.report.title.as_deref(), Some("leak"), "the report wins");
        assert_eq!(c.from_grant, None);
        assert!(
            c.log.iter().any(|a| a.what.contains("ALERT")),
            "{:?}",
            c.log
        );
        assert_eq!(attachment(&alice, &id, 0), b"proof");
    }

    #[test]
    fn junk_is_unreadable_or_refused_never_filed() {
        let team = Team::new();
        let mut alice = Desk::new();
        // Not age at all.
        let r = refusal(alice.file(&team, ALICE, b"GET / HTTP/1.1\r\n\r\n", "j1"));
        assert_eq!((r.kind, r.alert), (None, false), "{r:?}");
        // An age file for someone else.
        let (_, for_bob) = report(&team, &[BOB], None, "bob's", &[]);
        assert_eq!(alice.file(&team, ALICE, &for_bob, "j2"), Filed::Unreadable);
        // Age, but no bundle inside.
        let slots = vec![envelope::Slot::Real(team.members[ALICE].age.recipient())];
        let not_bundle = envelope::encrypt_vec(slots, b"just some text").unwrap();
        let r = refusal(alice.file(&team, ALICE, &not_bundle, "j3"));
        assert!(r.reason.contains("no bundle"), "{r:?}");
        // A bundle of the wrong kind (a reply, which goes to a reporter).
        let mut h = Header::new(Kind::Reply, NOW.day(), 1, team.ids(&[ALICE]));
        h.signed = Some(
            dropbox_crypto::messages::Reply::new(
                team.fp(),
                codename(7).mailbox(),
                1,
                team.members[BOB].id.clone(),
                NOW.day(),
                "hi".into(),
            )
            .sign(&team.members[BOB].sign),
        );
        let wrong = seal_submission(&team, h, &[], None);
        let r = refusal(alice.file(&team, ALICE, &wrong, "j4"));
        assert_eq!((r.kind, r.alert), (Some(Kind::Reply), false), "{r:?}");
        assert!(r.reason.contains("where a report was expected"), "{r:?}");
        // A report whose thread is not the one its reply keys make.
        let (rep, other) = (codename(7), codename(8));
        let (mut h, _) = report(&team, &[ALICE], Some(&rep), "leak", &[]);
        h.thread = Some(other.thread());
        let bad_thread = seal_submission(&team, h, &[], Some(&rep));
        let r = refusal(alice.file(&team, ALICE, &bad_thread, "j5"));
        assert!(r.alert, "{r:?}");
        assert!(r.reason.contains("thread"), "{r:?}");
        assert!(alice.store.ids().unwrap().is_empty(), "nothing filed");
    }
}
