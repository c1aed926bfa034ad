//! Team events (DESIGN "Reviewer", issue #9): every annotation becomes a
//! signed, padded event encrypted only to the case's recipients still in
//! the roster, posted to the server's append-only log; `sync` pulls the log,
//! verifies each event against the roster in force at its position, drops
//! forged, replayed and non-member events, and applies the rest in log
//! order, so every member converges to the same state.
//!
//! The server learns neither the case nor the kind of an event: both are
//! inside the age file, which the bundle pads like any other.

use anyhow::{Context, anyhow, bail};

use dropbox_crypto::bundle::{self, BundleReader, Header, Kind};
use dropbox_crypto::messages::{self, Event, EventBody};
use dropbox_crypto::roster::VerifiedChain;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::wire::{EventItem, EventPage, Seq};
use dropbox_crypto::{CaseId, envelope};

use crate::domain::case::{self, Case, CaseEvent};
use crate::domain::snapshot::{GrantV1, SnapshotState};
use crate::keys::MemberKeys;
use crate::remote::Api;
use crate::services::retention::purge_case_at;
use crate::store::{CaseStore, OutItem, Parked};

pub use crate::domain::case::SNAPSHOT_DAYS;

/// The largest grant this client posts with attachments (the server takes
/// event bodies up to 16 MiB).
const GRANT_ATTACHMENTS_MAX: u64 = 12 << 20;

/// What an event needs from the member, the team and the clock.
pub struct Ctx<'a> {
    /// The member's keys.
    pub keys: &'a MemberKeys,
    /// The verified roster chain.
    pub chain: &'a VerifiedChain,
    /// Now: every date and time this module writes or checks is this one
    /// (the session's clock, a test's chosen instant), never a clock read.
    pub now: UnixTime,
}

/// The case's recipients still in the roster: who may read its events.
pub fn recipients<'a>(
    case: &Case,
    chain: &'a VerifiedChain,
) -> Vec<&'a dropbox_crypto::roster::Member> {
    let head = &chain.head().roster;
    case.report
        .recipients
        .iter()
        .filter_map(|r| head.member(r))
        .collect()
}

fn seal_event(
    ctx: &Ctx<'_>,
    case: &Case,
    ev: &Event,
    to: &[&dropbox_crypto::roster::Member],
    attachments: (&[dropbox_crypto::bundle::AttachmentMeta], &[&[u8]]),
) -> anyhow::Result<Vec<u8>> {
    let head = &ctx.chain.head().roster;
    let mut h = Header::new(
        Kind::Event,
        ev.created,
        head.seq,
        to.iter().map(|m| m.id.clone()).collect(),
    );
    h.signed = Some(ev.sign(&ctx.keys.sign)?);
    h.attachments = attachments.0.to_vec();
    let plain = zeroize::Zeroizing::new(bundle::encode_to_vec(h, attachments.1)?);
    let slots = to
        .iter()
        .map(|m| envelope::Slot::Real(m.age.clone()))
        .collect();
    let _ = case;
    Ok(envelope::encrypt_vec(slots, &plain)?)
}

/// Records an annotation: signs and encrypts it as a team event, applies it
/// to the case at once (as pending: after every posted event) and queues it
/// for the next sync, in one transaction.
pub fn record(
    store: &mut CaseStore,
    ctx: &Ctx<'_>,
    case: &mut Case,
    body: EventBody,
) -> anyhow::Result<()> {
    let now = ctx.now;
    let cursor = store.events_cursor()?;
    let case_id: CaseId = case.id.parse().context("a malformed case id")?;
    let ev = Event::new(
        ctx.chain.fingerprint,
        case_id,
        ctx.chain.head().roster.seq,
        cursor,
        ctx.keys.id.clone(),
        now.day(),
        body.clone(),
    )
    .at(now);
    let to = recipients(case, ctx.chain);
    let data = seal_event(ctx, case, &ev, &to, (&[], &[]))?;
    let what = case::describe(&body);
    case.add_event(CaseEvent {
        seq: None,
        local: case.next_local(),
        at: now.0,
        event_id: ev.event_id.to_string(),
        member: ctx.keys.id.to_string(),
        basis: Some(cursor),
        day: now.day(),
        body,
    });
    case.access(now.0, ctx.keys.id.as_str(), what);
    store.update_and_queue(
        case,
        &OutItem::event(Some(&case.id), &ev.event_id.to_string(), data),
    )
}

/// Posts everything queued: events (recording the seq each gets) and
/// replies. Returns how many were posted and the errors.
pub fn post_outbox(api: &Api<'_>, store: &mut CaseStore) -> anyhow::Result<(usize, Vec<String>)> {
    let (mut posted, mut errors) = (0, Vec::new());
    for item in store.outbox()? {
        let path = match item.kind.as_str() {
            "event" => "/v1/events".to_owned(),
            "reply" => format!("/v1/mailboxes/{}/replies", item.target),
            other => bail!("the outbox holds an unknown kind {other:?}"),
        };
        let (status, body) = api.call("POST", &path, None, &item.data)?;
        if status != 201 {
            errors.push(format!(
                "the drop box refused a queued {}: {}",
                item.kind,
                Api::refusal(status, &body)
            ));
            continue;
        }
        let seq = serde_json::from_slice::<Seq>(&body).ok().map(|s| s.seq);
        store.posted(&item, seq)?;
        posted += 1;
    }
    Ok((posted, errors))
}

/// What pulling the log did.
#[derive(Debug, Default, serde::Serialize)]
pub struct Pulled {
    /// Events applied to a case.
    pub applied: usize,
    /// Events encrypted to others only.
    pub not_for_me: usize,
    /// Cases received by a grant.
    pub granted: usize,
    /// Events for cases this store does not hold.
    pub unknown_case: usize,
    /// Cases purged because the team purged them.
    pub purged: Vec<String>,
    /// Events refused, and why.
    pub rejected: Vec<String>,
}

/// Pulls the event log from the drop box, from where this store left off,
/// and applies it.
pub fn pull(api: &Api<'_>, store: &mut CaseStore, ctx: &Ctx<'_>) -> anyhow::Result<Pulled> {
    apply_log(store, ctx, |after| {
        let (status, body) = api.call("GET", "/v1/events", Some(&format!("after={after}")), b"")?;
        if status != 200 {
            bail!(
                "the drop box refused the event log ({status}): {}",
                String::from_utf8_lossy(&body)
            );
        }
        let page: EventPage =
            serde_json::from_slice(&body).context("the drop box sent a malformed event log")?;
        Ok(page.events)
    })
}

/// Applies the event log from where this store left off; `page(after)`
/// gives the entries after a seq, as the drop box's `GET /v1/events` does
/// (an empty page ends it).
pub fn apply_log(
    store: &mut CaseStore,
    ctx: &Ctx<'_>,
    mut page: impl FnMut(u64) -> anyhow::Result<Vec<EventItem>>,
) -> anyhow::Result<Pulled> {
    let mut out = Pulled::default();
    let mut cursor = store.events_cursor()?;
    let mut roster_pos: u64 = store
        .meta("events_roster")?
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(1);
    loop {
        let entries = page(cursor)?;
        if entries.is_empty() {
            return Ok(out);
        }
        for e in entries {
            let seq = e.seq;
            if seq <= cursor {
                bail!("ALERT: the drop box's event log went backwards (#{seq} after #{cursor})");
            }
            // Entries from before protocol 1.2 carry no roster number.
            let r = e.roster_seq.unwrap_or(1);
            let data = e.data;
            if r > ctx.chain.head().roster.seq {
                // A roster this client has not verified yet: stop here and
                // take it up after the next roster check.
                return Ok(out);
            }
            let case = if r < roster_pos {
                out.rejected.push(format!(
                    "event #{seq}: placed under roster #{r} after the log reached roster #{roster_pos}"
                ));
                None
            } else {
                roster_pos = r;
                match apply_one(store, ctx, seq, r, &data, &mut out) {
                    Ok(Applied::Case(c, id)) => Some((*c, id)),
                    Ok(Applied::Nothing) => None,
                    Ok(Applied::Park(case)) => {
                        // Its case has not reached this store yet: kept, so
                        // the cursor can move on without losing it.
                        store.park_event(
                            &case,
                            &Parked {
                                seq,
                                roster_seq: r,
                                data,
                            },
                        )?;
                        out.unknown_case += 1;
                        None
                    }
                    Err(err) => {
                        out.rejected.push(format!("event #{seq}: {err:#}"));
                        None
                    }
                }
            };
            cursor = seq;
            match case {
                Some((c, event_id)) => {
                    let purge = c.state().purged;
                    store.commit_log_entry(Some(&c), Some((&event_id, seq)), cursor, roster_pos)?;
                    if purge {
                        purge_case_at(
                            store,
                            &c,
                            ctx.now.day(),
                            &ctx.chain.head().roster.policy,
                            ctx.now,
                        )?;
                        out.purged.push(c.id.clone());
                    }
                }
                None => store.commit_log_entry(None, None, cursor, roster_pos)?,
            }
        }
    }
}

/// Applies the events parked for cases this store now holds (a report
/// filed, a grant received), in log order, as if they had come in order:
/// every member holding the same events folds them the same way.
pub fn apply_parked(store: &mut CaseStore, ctx: &Ctx<'_>) -> anyhow::Result<Pulled> {
    let mut out = Pulled::default();
    for id in store.cases_with_parked()? {
        for p in store.parked_for(&id)? {
            match apply_one(store, ctx, p.seq, p.roster_seq, &p.data, &mut out) {
                Ok(Applied::Case(c, event_id)) => {
                    let purge = c.state().purged;
                    store.commit_unparked(Some(&c), Some(&event_id), p.seq)?;
                    if purge {
                        purge_case_at(
                            store,
                            &c,
                            ctx.now.day(),
                            &ctx.chain.head().roster.policy,
                            ctx.now,
                        )?;
                        out.purged.push(c.id.clone());
                        break;
                    }
                }
                // Still not here (it cannot be: the case was listed), keep.
                Ok(Applied::Park(_)) => {}
                Ok(Applied::Nothing) => store.commit_unparked(None, None, p.seq)?,
                Err(err) => {
                    out.rejected.push(format!("event #{}: {err:#}", p.seq));
                    store.commit_unparked(None, None, p.seq)?;
                }
            }
        }
    }
    Ok(out)
}

/// What one log entry does to this store.
enum Applied {
    /// Changed this case (commit it) with this event id.
    Case(Box<Case>, String),
    /// Nothing to keep: not for this member, a purged case, our own echo
    /// already applied.
    Nothing,
    /// Verified, for a case this store does not hold yet, or a purge this
    /// store's own backup window does not allow yet: park it.
    Park(String),
}

/// Verifies and applies one log entry.
fn apply_one(
    store: &mut CaseStore,
    ctx: &Ctx<'_>,
    seq: u64,
    roster_seq: u64,
    data: &[u8],
    out: &mut Pulled,
) -> anyhow::Result<Applied> {
    let plain = match envelope::decrypt(data, &[&ctx.keys.age]) {
        Ok(p) => p,
        Err(envelope::EnvelopeError::NoMatchingKey) => {
            out.not_for_me += 1;
            return Ok(Applied::Nothing);
        }
        Err(e) => return Err(e).context("does not decrypt"),
    };
    let mut reader = BundleReader::new(plain).context("a malformed event bundle")?;
    let header = reader.header().clone();
    if header.kind != Kind::Event {
        bail!("not an event bundle");
    }
    let env = header.signed.as_ref().context("an unsigned event")?;
    let roster = &ctx
        .chain
        .at(roster_seq)
        .context("the log names an unknown roster")?
        .roster;
    let ev = messages::verify_event(env, roster, &ctx.chain.fingerprint, seq)
        .context("forged or invalid")?;
    let event_id = ev.event_id.to_string();
    let case_id = ev.case.to_string();
    if let Some(first) = store.seen_event(&event_id)?
        && first != seq
    {
        bail!("a replay of event #{first}");
    }
    // A snapshot (or grant) replaces the whole state: one this reviewer
    // cannot read is refused here, where the sync reports it, never
    // folded as if it said nothing.
    let grant = match &ev.event {
        EventBody::Snapshot { state } => {
            SnapshotState::parse(state)
                .map_err(|e| {
                    anyhow!(
                        "a snapshot by {} that this reviewer cannot read: {e}",
                        ev.member
                    )
                })?
                .grant
        }
        _ => None,
    };
    if store.was_purged(&case_id)? {
        return Ok(Applied::Nothing);
    }
    let now = ctx.now;
    let mut case = if store.has_case(&case_id)? {
        let mut c = store.case(&case_id)?;
        // Our own event coming back: it only gets its position.
        if let Some(own) = c.events.iter_mut().find(|e| e.event_id == event_id) {
            own.seq = Some(seq);
            return Ok(Applied::Case(Box::new(c), event_id));
        }
        // A grant of a case this store already holds brings nothing the
        // log does not: its state, made by one member from what they had
        // pulled, would give this store an order of events no colleague
        // has (only the grantee receives a grant), so it is not applied.
        if grant.is_some() {
            c.access(
                now.0,
                ev.member.as_str(),
                "granted the case again (already held; the team log has its state)",
            );
            return Ok(Applied::Case(Box::new(c), event_id));
        }
        c
    } else {
        match grant {
            Some(g) => {
                let c = receive_grant(store, &ev, g, &header, &mut reader, now)?;
                out.granted += 1;
                c
            }
            None => {
                // Its report (or a grant of it) has not reached this store
                // yet: kept until it does, or the case is purged.
                return Ok(Applied::Park(case_id));
            }
        }
    };
    if !case.report.recipients.contains(&ev.member) {
        bail!("from {}, who is not among the case's recipients", ev.member);
    }
    if matches!(ev.event, EventBody::Purge) {
        // A purge stands only once the case's backup window (and any hold)
        // has ended by the author's day, and that day is not in the future:
        // one member cannot wipe everyone's copy early.
        let today = now.day();
        let due = case.state().team_purge_after(store.backup_days);
        if ev.created > today.add_days(1) || due.is_none_or(|d| d > ev.created) {
            bail!(
                "a purge by {} before the case's backup window ended (or of an open case)",
                ev.member
            );
        }
        // It stands by the close day, but this store has not had its own
        // window yet (it filed a withdrawal the drop box held back from
        // it): kept until that window ends, so a hold made meanwhile
        // still refuses it (THREAT_MODEL residual risk 34).
        if case
            .state()
            .purge_after(store.backup_days)
            .is_some_and(|d| d > today)
        {
            return Ok(Applied::Park(case_id));
        }
    }
    let what = case::describe(&ev.event);
    case.add_event(CaseEvent {
        seq: Some(seq),
        local: 0,
        at: ev.plausible_time(now).unwrap_or(now.0),
        event_id: event_id.clone(),
        member: ev.member.to_string(),
        basis: Some(ev.last_seq),
        day: ev.created,
        body: ev.event,
    });
    case.access(now.0, ev.member.as_str(), what);
    out.applied += 1;
    Ok(Applied::Case(Box::new(case), event_id))
}

/// Files a case received by a grant, with its attachments. The grant's
/// case id must be the one its report's delete token makes, and the report
/// must name its own thread; the report itself, when it arrives, is checked
/// against the grant and wins (see `file_ciphertext`).
fn receive_grant(
    store: &mut CaseStore,
    ev: &Event,
    g: GrantV1,
    header: &Header,
    reader: &mut BundleReader<impl std::io::Read>,
    now: UnixTime,
) -> anyhow::Result<Case> {
    let case_id = ev.case.to_string();
    let case_id = case_id.as_str();
    g.check(case_id)
        .map_err(|e| anyhow!("{e}, from {}: refused", ev.member))?;
    let key = store.new_case_key();
    for i in 0..header.attachments.len() {
        let mut sink = store.attachment_sink(case_id, &key, i)?;
        reader.copy_attachment(&mut sink)?;
        std::io::Write::flush(&mut sink.finish()?)?;
    }
    let case = Case {
        id: case_id.to_owned(),
        report: g.report,
        server_id: None,
        receipt: g.receipt,
        imported: now.0,
        followups: g.followups,
        replies_sent: 0,
        events: Vec::new(),
        log: Vec::new(),
        from_grant: Some(ev.member.to_string()),
        withdrawal: None,
    };
    store.insert_case(&case, &key)?;
    Ok(case)
}

/// Queues snapshots of open cases whose oldest event not covered by a
/// snapshot is [`SNAPSHOT_DAYS`] old, so a member who syncs rarely still
/// converges after the server drops old events. Returns how many.
pub fn queue_snapshots(store: &mut CaseStore, ctx: &Ctx<'_>) -> anyhow::Result<usize> {
    let today = ctx.now.day();
    let mut n = 0;
    for id in store.snapshots_due(today)? {
        let mut case = store.case(&id)?;
        // The column is a hint; the case decides.
        if case.snapshot_due().is_some_and(|d| d <= today) {
            let state = SnapshotState {
                annotations: case.state(),
                grant: None,
            }
            .to_value()?;
            record(store, ctx, &mut case, EventBody::Snapshot { state })?;
            n += 1;
        }
    }
    Ok(n)
}

/// Queues a grant of one case to one member: the case's report, follow-ups,
/// annotations and (up to a size) attachments, as a snapshot event
/// encrypted to that member alone. Returns a note when the attachments were
/// too large to go with it.
pub fn queue_grant(
    store: &mut CaseStore,
    ctx: &Ctx<'_>,
    case: &mut Case,
    member: &dropbox_crypto::MemberId,
) -> anyhow::Result<Option<String>> {
    let head = &ctx.chain.head().roster;
    let target = head
        .member(member)
        .with_context(|| format!("{member} is not in the current roster"))?;
    if !case.report.recipients.contains(member) {
        bail!("the reporter left {member} out of case {}", case.id);
    }
    let cursor = store.events_cursor()?;
    let metas: Vec<_> = case.all_attachments().into_iter().cloned().collect();
    let total: u64 = metas.iter().map(|m| m.size).sum();
    let mut blobs: Vec<zeroize::Zeroizing<Vec<u8>>> = Vec::new();
    let mut note = None;
    let metas = if total <= GRANT_ATTACHMENTS_MAX {
        for i in 0..metas.len() {
            let mut b = zeroize::Zeroizing::new(Vec::new());
            store.read_attachment(&case.id, i, &mut *b)?;
            blobs.push(b);
        }
        metas
    } else {
        note = Some(format!(
            "case {}: attachments too large for a grant ({total} bytes); the text was granted, pass the files by hand",
            case.id
        ));
        Vec::new()
    };
    let mut report = case.report.clone();
    // What was granted without its attachments must not claim them.
    report.attachments.truncate(if metas.is_empty() {
        0
    } else {
        report.attachments.len()
    });
    let followups = case
        .followups
        .iter()
        .cloned()
        .map(|mut f| {
            if metas.is_empty() {
                f.attachments.clear();
            }
            f
        })
        .collect();
    let state = SnapshotState {
        annotations: case.state(),
        grant: Some(GrantV1 {
            report,
            receipt: case.receipt.clone(),
            followups,
        }),
    }
    .to_value()?;
    let now = ctx.now;
    let ev = Event::new(
        ctx.chain.fingerprint,
        case.id.parse()?,
        head.seq,
        cursor,
        ctx.keys.id.clone(),
        now.day(),
        EventBody::Snapshot { state },
    );
    let refs: Vec<&[u8]> = blobs.iter().map(|b| b.as_slice()).collect();
    let data = seal_event(ctx, case, &ev, &[target], (&metas, &refs))?;
    case.access(now.0, ctx.keys.id.as_str(), format!("granted to {member}"));
    store.update_and_queue(case, &OutItem::event(None, &ev.event_id.to_string(), data))?;
    Ok(note)
}

/// `reviewer team grant MEMBER`: queues a grant of each open case whose
/// recipients include the member (never one the reporter left them out of)
/// and posts them. Returns (granted, notes).
pub fn grant(
    api: &Api<'_>,
    store: &mut CaseStore,
    ctx: &Ctx<'_>,
    member: &dropbox_crypto::MemberId,
) -> anyhow::Result<(usize, Vec<String>)> {
    ctx.chain
        .head()
        .roster
        .member(member)
        .with_context(|| format!("{member} is not in the current roster"))?;
    let (mut granted, mut notes) = (0, Vec::new());
    for mut case in store.cases()? {
        if !case.report.recipients.contains(member) {
            continue;
        }
        if let Some(n) = queue_grant(store, ctx, &mut case, member)? {
            notes.push(n);
        }
        granted += 1;
    }
    let (_, errors) = post_outbox(api, store)?;
    if !errors.is_empty() {
        bail!("{}", errors.join("; "));
    }
    Ok((granted, notes))
}

#[cfg(test)]
mod tests {
    use dropbox_crypto::messages::{Status, Tlp};

    use super::*;
    use crate::domain::case::Annotations;
    use crate::domain::ingest::Filed;
    use crate::services::testkit::{Desk, NOW, Team, case_of, event, report};

    const ALICE: usize = 0;
    const BOB: usize = 1;
    const CAROL: usize = 2;

    fn note(text: &str) -> EventBody {
        EventBody::Note { text: text.into() }
    }

    fn notes(d: &Desk, id: &str) -> Vec<String> {
        let c = d.store.case(id).unwrap();
        c.state().notes.into_iter().map(|n| n.text).collect()
    }

    /// alice holding a report to alice and bob.
    fn holding(team: &Team) -> (Desk, String) {
        let mut alice = Desk::new();
        let (h, ct) = report(team, &[ALICE, BOB], None, "leak", &[]);
        assert!(matches!(
            alice.file(team, ALICE, &ct, "s1"),
            Filed::NewCase(_)
        ));
        (alice, case_of(&h))
    }

    #[test]
    fn an_event_before_its_case_is_parked_then_applied() {
        let team = Team::new();
        let mut alice = Desk::new();
        let (h, ct) = report(&team, &[ALICE, BOB], None, "leak", &[]);
        let id = case_of(&h);
        let ev = event(&team, BOB, &id, note("seen it"), &[ALICE, BOB]);
        let pulled = alice.pull(&team, ALICE, &[(1, ev)]);
        assert_eq!((pulled.applied, pulled.unknown_case), (0, 1), "{pulled:?}");
        assert!(pulled.rejected.is_empty(), "{pulled:?}");
        assert_eq!(alice.store.parked_count().unwrap(), 1);
        assert_eq!(
            alice.store.events_cursor().unwrap(),
            1,
            "the cursor moves on"
        );
        assert_eq!(
            alice.file(&team, ALICE, &ct, "s1"),
            Filed::NewCase(id.clone())
        );
        let unparked = apply_parked(&mut alice.store, &team.ctx(ALICE)).unwrap();
        assert_eq!(unparked.applied, 1, "{unparked:?}");
        assert_eq!(alice.store.parked_count().unwrap(), 0);
        assert_eq!(notes(&alice, &id), ["seen it"]);
        let c = alice.store.case(&id).unwrap();
        assert_eq!(c.events[0].seq, Some(1), "with its place in the log");
        let last = c.log.last().unwrap();
        assert_eq!(
            (last.at, last.who.as_str()),
            (NOW.0, "bob"),
            "dated by the clock passed in"
        );
    }

    #[test]
    fn a_replayed_event_is_refused() {
        let team = Team::new();
        let (mut alice, id) = holding(&team);
        let ev = event(&team, BOB, &id, note("once"), &[ALICE, BOB]);
        let pulled = alice.pull(&team, ALICE, &[(1, ev.clone()), (2, ev)]);
        assert_eq!(pulled.applied, 1, "{pulled:?}");
        assert_eq!(pulled.rejected.len(), 1, "{pulled:?}");
        assert!(
            pulled.rejected[0].contains("event #2: a replay of event #1"),
            "{pulled:?}"
        );
        assert_eq!(notes(&alice, &id), ["once"]);
    }

    #[test]
    fn an_event_from_a_member_the_reporter_left_out_is_refused() {
        let team = Team::new();
        let (mut alice, id) = holding(&team);
        // carol is in the roster but not among the case's recipients.
        let ev = event(&team, CAROL, &id, note("not mine to add"), &[ALICE]);
        let pulled = alice.pull(&team, ALICE, &[(1, ev)]);
        assert_eq!(pulled.applied, 0, "{pulled:?}");
        assert!(
            pulled.rejected[0].contains("not among the case's recipients"),
            "{pulled:?}"
        );
        assert!(notes(&alice, &id).is_empty());
    }

    #[test]
    fn a_snapshot_or_grant_that_does_not_parse_is_refused() {
        let team = Team::new();
        let (mut alice, id) = holding(&team);
        let good = Annotations {
            status: Status::Triaged,
            tlp: Tlp::Red,
            ..Default::default()
        };
        let state = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut s = SnapshotState {
                annotations: good.clone(),
                grant: None,
            }
            .to_value()
            .unwrap();
            f(&mut s);
            EventBody::Snapshot { state: s }
        };
        let newer = state(&|s| s["v"] = 2.into());
        let unknown = state(&|s| s["tags"] = serde_json::json!(["x"]));
        let no_status = state(&|s| {
            s.as_object_mut().unwrap().remove("status");
        });
        // A grant of a case alice does not hold: refused, not parked.
        let (other, _) = report(&team, &[ALICE, BOB], None, "other", &[]);
        let bad_grant = state(&|s| s["grant"] = serde_json::json!({"report": 1}));
        let entries = [
            (1, event(&team, BOB, &id, newer, &[ALICE, BOB])),
            (2, event(&team, BOB, &id, unknown, &[ALICE, BOB])),
            (3, event(&team, BOB, &id, no_status, &[ALICE, BOB])),
            (4, event(&team, BOB, &case_of(&other), bad_grant, &[ALICE])),
        ];
        let pulled = alice.pull(&team, ALICE, &entries);
        assert_eq!(
            pulled.applied + pulled.granted + pulled.unknown_case,
            0,
            "{pulled:?}"
        );
        assert_eq!(pulled.rejected.len(), 4, "{pulled:?}");
        for (r, seq) in pulled.rejected.iter().zip(1..) {
            assert!(
                r.starts_with(&format!(
                    "event #{seq}: a snapshot by bob that this reviewer cannot read"
                )),
                "{r}"
            );
        }
        assert!(pulled.rejected[0].contains("version 2"), "{pulled:?}");
        assert!(pulled.rejected[3].contains("grant"), "{pulled:?}");
        assert_eq!(alice.store.parked_count().unwrap(), 0);
        assert!(!alice.store.has_case(&case_of(&other)).unwrap());
        assert_eq!(
            alice.store.case(&id).unwrap().state(),
            Annotations::default()
        );
        // A version 1 snapshot, and one without a version (today's
        // clients), apply.
        let v1 = state(&|_| {});
        let unversioned = state(&|s| {
            s.as_object_mut().unwrap().remove("v");
            s["tlp"] = "GREEN".into();
        });
        let pulled = alice.pull(
            &team,
            ALICE,
            &[
                (5, event(&team, BOB, &id, v1, &[ALICE, BOB])),
                (6, event(&team, BOB, &id, unversioned, &[ALICE, BOB])),
            ],
        );
        assert_eq!(pulled.applied, 2, "{pulled:?}");
        let st = alice.store.case(&id).unwrap().state();
        assert_eq!((st.status, st.tlp), (Status::Triaged, Tlp::Green));
    }
}
