//! A case as this member's store holds it: the first report, the
//! reporter's follow-ups, and the team's annotations as a list of events.
//!
//! The annotations are never edited in place: every change, this member's
//! or another's, is an event, and the state is the fold of the events in
//! the server's log order (events not yet posted come last, in the order
//! they were made). So every member who holds the same events computes the
//! same state, whatever order they synced in (DESIGN "Reviewer": last
//! writer by the server's order wins).

use serde::{Deserialize, Serialize};

use dropbox_crypto::MemberId;
use dropbox_crypto::bundle::{AttachmentMeta, Header, Severity};
use dropbox_crypto::messages::{EventBody, Status, StepKind, Tlp};
use dropbox_crypto::time::Day;

use crate::domain::snapshot::SnapshotState;

/// Re-post a snapshot of an open case once its oldest event not covered by
/// a snapshot is this old; the server drops events after 30 days.
pub const SNAPSHOT_DAYS: i64 = 14;

/// One event as applied to a case.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CaseEvent {
    /// Position in the server's log; `None` until posted.
    pub seq: Option<u64>,
    /// Order among this store's own events not yet posted.
    pub local: u64,
    /// When this store made or received it (Unix seconds; local only).
    pub at: i64,
    /// The event's random id (to drop replays).
    pub event_id: String,
    /// The author.
    pub member: String,
    /// The last log position the author had seen when writing it (the
    /// payload's `last_seq`): a snapshot holds the state as of that, not
    /// as of its own position. None for events stored before this was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<u64>,
    /// The day the author wrote on it.
    pub day: Day,
    /// What it does.
    pub body: EventBody,
}

/// One line of a case's access log: who did what to it, when.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Access {
    /// Unix seconds, as this store's clock saw it.
    pub at: i64,
    /// A member id, or "reporter".
    pub who: String,
    /// What happened.
    pub what: String,
}

/// A follow-up from the reporter.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Followup {
    /// Its sequence number in the conversation (a replayed follow-up has
    /// one already seen).
    #[serde(default)]
    pub seq: u64,
    /// The day the reporter wrote it.
    pub day: Day,
    /// The text.
    pub body: String,
    /// Its attachments (numbered after the report's and earlier follow-ups').
    pub attachments: Vec<AttachmentMeta>,
    /// Another follow-up with this number and different content was filed
    /// first: both are kept and shown, neither is dropped.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conflict: bool,
}

/// A case's decrypted content.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Case {
    /// Random case id (32 hex), the same for every member (it is the id the
    /// team events name).
    pub id: String,
    /// The first report's bundle header (with `contact` removed once
    /// redacted).
    pub report: Header,
    /// Server item id of the report, if it came from the drop box.
    pub server_id: Option<String>,
    /// sha256 of the report's ciphertext.
    pub receipt: String,
    /// When this store first imported it (Unix seconds): the policy clocks
    /// start here.
    pub imported: i64,
    /// Follow-ups from the reporter.
    pub followups: Vec<Followup>,
    /// Replies this store has sent to the reporter (their sequence).
    pub replies_sent: u64,
    /// The team's events, as applied.
    pub events: Vec<CaseEvent>,
    /// The access log.
    pub log: Vec<Access>,
    /// The member whose grant this case came from, until the report itself
    /// reaches this store and is checked against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_grant: Option<String>,
    /// The reporter withdrew the report (protocol 1.5): the case closes
    /// unless a member keeps it (see [`Case::state`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal: Option<Withdrawn>,
}

/// A reporter's withdrawal, as filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withdrawn {
    /// The day the reporter signed on it.
    pub day: Day,
    /// Why, in the reporter's words (may be empty).
    pub reason: String,
    /// When this store filed it (Unix seconds; local only).
    pub at: i64,
}

/// The reason a withdrawn case is closed with.
pub const WITHDRAWN_REASON: &str = "withdrawn by the reporter";

/// A note on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The event that added it (the target of a redaction).
    pub id: String,
    /// Author.
    pub member: String,
    /// Day.
    pub day: Day,
    /// Text.
    pub text: String,
}

/// A recorded step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Which.
    pub step: StepKind,
    /// Who recorded it.
    pub member: String,
    /// When (Unix seconds, as the recording store saw it).
    pub at: i64,
    /// Detail.
    pub detail: String,
}

/// A share with an outside party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareRecord {
    /// The OpenPGP fingerprint shared with, or "community alert".
    pub recipient: String,
    /// The fields shared.
    pub fields: Vec<String>,
    /// Who shared it.
    pub member: String,
    /// Day.
    pub day: Day,
}

/// A date agreed with the affected party, or a hold: a day and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated {
    /// The day.
    pub day: Day,
    /// Why.
    pub reason: String,
}

/// The team's annotations on a case: the fold of its events. Serialised as
/// the `state` of a snapshot event (see [`crate::domain::snapshot`]), so it
/// follows the JCS rules (integers only, no `null`: absent options are left
/// out), and a field it does not know is refused, not dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotations {
    /// Workflow status.
    pub status: Status,
    /// Triaged severity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// TLP label.
    pub tlp: Tlp,
    /// Owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<MemberId>,
    /// Notes, redacted ones removed.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Recorded steps, in order.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// When the case was first acknowledged (status left `new`, or the
    /// `acknowledged` step), Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<i64>,
    /// An agreed disclosure date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<Dated>,
    /// A hold on the purge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold: Option<Dated>,
    /// Outside OpenPGP fingerprints named on the case (TLP:RED).
    #[serde(default)]
    pub parties: Vec<String>,
    /// The organisation (mail domain) named on the case (AMBER+STRICT).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Fields a community alert may carry.
    #[serde(default)]
    pub shareable: Vec<String>,
    /// Shares with outside parties.
    #[serde(default)]
    pub shares: Vec<ShareRecord>,
    /// Redaction targets applied (`contact`, `note:<id>`).
    #[serde(default)]
    pub redactions: Vec<String>,
    /// Closed: the day and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Dated>,
    /// When it was closed (Unix seconds, as the closing store saw it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<i64>,
    /// The status before the last close (restored by a reopen).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_before_close: Option<Status>,
    /// Whether a purge event was applied while closed.
    #[serde(default)]
    pub purged: bool,
    /// Replies the team sent the reporter, in log order.
    #[serde(default)]
    pub replies: Vec<SentReply>,
}

/// A reply sent to the reporter, as the team's log recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentReply {
    /// Its number in the mailbox.
    pub seq: u64,
    /// Who sent it.
    pub member: String,
    /// The day.
    pub day: Day,
    /// What it said.
    pub body: String,
}

impl Default for Annotations {
    fn default() -> Self {
        Annotations {
            status: Status::New,
            severity: None,
            tlp: Tlp::Amber,
            owner: None,
            notes: Vec::new(),
            steps: Vec::new(),
            acknowledged: None,
            disclosure: None,
            hold: None,
            parties: Vec::new(),
            organisation: None,
            shareable: Vec::new(),
            shares: Vec::new(),
            redactions: Vec::new(),
            closed: None,
            closed_at: None,
            status_before_close: None,
            purged: false,
            replies: Vec::new(),
        }
    }
}

impl Annotations {
    /// Applies one event.
    pub fn apply(&mut self, e: &CaseEvent) {
        let ack = |a: &mut Annotations| {
            if a.acknowledged.is_none() {
                a.acknowledged = Some(e.at);
            }
        };
        match &e.body {
            EventBody::Status { value } => {
                if *value != Status::New {
                    ack(self);
                }
                if *value == Status::Closed && self.closed.is_none() {
                    self.close(e, "status set to closed");
                } else if *value != Status::Closed && self.closed.is_some() {
                    self.closed = None;
                    self.closed_at = None;
                }
                self.status = *value;
            }
            EventBody::Severity { value } => self.severity = Some(*value),
            EventBody::Tlp { value } => self.tlp = *value,
            EventBody::Owner { member } => self.owner = Some(member.clone()),
            EventBody::Note { text } => self.notes.push(Note {
                id: e.event_id.clone(),
                member: e.member.clone(),
                day: e.day,
                text: text.clone(),
            }),
            EventBody::Redaction { target } => {
                if let Some(id) = target.strip_prefix("note:") {
                    self.notes.retain(|n| n.id != id);
                }
                if !self.redactions.contains(target) {
                    self.redactions.push(target.clone());
                }
            }
            EventBody::Share { recipient, fields } => self.shares.push(ShareRecord {
                recipient: recipient.clone(),
                fields: fields.clone(),
                member: e.member.clone(),
                day: e.day,
            }),
            EventBody::Close { reason } => {
                if self.closed.is_none() {
                    self.close(e, reason);
                }
            }
            EventBody::Reopen { reason: _ } => {
                if self.closed.is_some() && !self.purged {
                    self.closed = None;
                    self.closed_at = None;
                    self.hold = None;
                    self.status = self.status_before_close.take().unwrap_or(Status::Triaged);
                }
            }
            EventBody::Purge => {
                if self.closed.is_some() {
                    self.purged = true;
                }
            }
            EventBody::Snapshot { state } => {
                // A snapshot replaces the whole state as of its position.
                // One that does not parse is refused (with an alert) before
                // it reaches a case; one stored before that check replaces
                // nothing (it cannot pin a field).
                if let Ok(s) = SnapshotState::parse(state) {
                    *self = s.annotations;
                }
            }
            EventBody::Step { step, detail } => {
                if *step == StepKind::Acknowledged {
                    ack(self);
                }
                self.steps.push(Step {
                    step: *step,
                    member: e.member.clone(),
                    at: e.at,
                    detail: detail.clone(),
                });
            }
            EventBody::Disclosure { date, reason } => {
                self.disclosure = Some(Dated {
                    day: *date,
                    reason: reason.clone(),
                })
            }
            EventBody::Hold { until, reason } => {
                if self.closed.is_some() {
                    self.hold = Some(Dated {
                        day: *until,
                        reason: reason.clone(),
                    })
                }
            }
            EventBody::Party { fingerprint } => {
                if !self.parties.contains(fingerprint) {
                    self.parties.push(fingerprint.clone());
                }
            }
            EventBody::Organisation { name } => self.organisation = Some(name.clone()),
            EventBody::Shareable { fields } => self.shareable = fields.clone(),
            EventBody::Reply { seq, body } => {
                if !self
                    .replies
                    .iter()
                    .any(|r| r.seq == *seq && r.member == e.member)
                {
                    self.replies.push(SentReply {
                        seq: *seq,
                        member: e.member.clone(),
                        day: e.day,
                        body: body.clone(),
                    });
                }
            }
        }
    }

    fn close(&mut self, e: &CaseEvent, reason: &str) {
        self.status_before_close = Some(self.status);
        self.status = Status::Closed;
        self.closed = Some(Dated {
            day: e.day,
            reason: reason.to_owned(),
        });
        self.closed_at = Some(e.at);
    }

    /// A withdrawal closes an open case, on the day the reporter signed,
    /// unless a member reopened it since (an ongoing disclosure). A hold
    /// recorded since keeps it (a legal hold): while the case was open in
    /// the fold it could not apply, so the latest one applies here. Every
    /// member who holds the same events and withdrawal gets the same
    /// state; the withdrawal is not part of the snapshot's shape.
    fn withdraw(&mut self, w: &Withdrawn, events: &[&CaseEvent]) {
        let since = |e: &&&CaseEvent| e.day >= w.day;
        if self.closed.is_some()
            || events
                .iter()
                .filter(since)
                .any(|e| matches!(e.body, EventBody::Reopen { .. }))
        {
            return;
        }
        self.status_before_close = Some(self.status);
        self.status = Status::Closed;
        self.closed = Some(Dated {
            day: w.day,
            reason: WITHDRAWN_REASON.to_owned(),
        });
        self.closed_at = Some(w.at);
        if let Some(EventBody::Hold { until, reason }) = events
            .iter()
            .filter(since)
            .rev()
            .map(|e| &e.body)
            .find(|b| matches!(b, EventBody::Hold { .. }))
        {
            self.hold = Some(Dated {
                day: *until,
                reason: reason.clone(),
            });
        }
        // A colleague's purge of the withdrawn case (it was closed for
        // them) purges it here too.
        if events
            .iter()
            .filter(since)
            .any(|e| matches!(e.body, EventBody::Purge))
        {
            self.purged = true;
        }
    }

    /// The first time a step was recorded.
    pub fn step_at(&self, kind: StepKind) -> Option<i64> {
        self.steps.iter().find(|s| s.step == kind).map(|s| s.at)
    }

    /// The day after which this store purges a closed case: the close day
    /// plus the backup window, or the hold's day if later. `None` while
    /// open.
    pub fn purge_after(&self, backup_days: u32) -> Option<Day> {
        self.purge_from(backup_days, true)
    }

    /// The day after which a colleague's `purge` event of the case stands:
    /// as [`Self::purge_after`] but counted from the close day alone, the
    /// same for every member, so a colleague whose store filed a
    /// withdrawal days before this one did is not refused as early.
    pub fn team_purge_after(&self, backup_days: u32) -> Option<Day> {
        self.purge_from(backup_days, false)
    }

    fn purge_from(&self, backup_days: u32, local: bool) -> Option<Day> {
        let closed = self.closed.as_ref()?;
        // A withdrawal closes on the drop box's arrival day, which a drop
        // box that held it back can put long before this store filed it:
        // this store's window then counts from the filing, so its member
        // always has it to hold the case (THREAT_MODEL residual risk 34).
        let from = match self.closed_at {
            Some(at) if local && closed.reason == WITHDRAWN_REASON => {
                closed.day.max(dropbox_crypto::time::UnixTime(at).day())
            }
            _ => closed.day,
        };
        let end = from.add_days(i64::from(backup_days));
        Some(match &self.hold {
            Some(h) if h.day > end => h.day,
            _ => end,
        })
    }
}

impl Case {
    /// The events in log order: posted ones by seq, then this store's
    /// pending ones in the order made.
    pub fn ordered_events(&self) -> Vec<&CaseEvent> {
        let mut v: Vec<&CaseEvent> = self.events.iter().collect();
        v.sort_by_key(|e| (e.seq.unwrap_or(u64::MAX), e.local));
        v
    }

    /// The day this case needs a snapshot: [`SNAPSHOT_DAYS`] after its
    /// oldest posted event that no later snapshot (posted or queued)
    /// covers, before the drop box drops that event; None when none is.
    ///
    pub fn snapshot_due(&self) -> Option<Day> {
        let events = self.ordered_events();
        let after = match events
            .iter()
            .rposition(|e| matches!(e.body, EventBody::Snapshot { .. }))
        {
            Some(i) => &events[i + 1..],
            None => &events[..],
        };
        after
            .iter()
            .find(|e| e.seq.is_some())
            .map(|e| e.day.add_days(SNAPSHOT_DAYS))
    }

    /// The annotations: the fold of the events in log order.
    ///
    /// A snapshot (or grant) replaces the state with its author's, which
    /// was made from the log up to the author's `basis`. Other members'
    /// events between that and the snapshot's own position were not in it
    /// (the author had not pulled them yet), so they are applied again on
    /// top; the author's own events there were, being older than it.
    /// Without this, a grant or snapshot erased a colleague's note or reply
    /// that reached the log just before it, for every member alike.
    pub fn state(&self) -> Annotations {
        let events = self.ordered_events();
        let mut a = Annotations::default();
        for (i, e) in events.iter().enumerate() {
            a.apply(e);
            let EventBody::Snapshot { state } = &e.body else {
                continue;
            };
            let (Some(pos), Some(basis)) = (e.seq, e.basis) else {
                continue;
            };
            // One that does not parse replaced nothing (see `apply`).
            if SnapshotState::parse(state).is_err() {
                continue;
            }
            for u in &events[..i] {
                let unseen = u.seq.is_some_and(|s| s > basis && s < pos);
                if unseen && u.member != e.member && !matches!(u.body, EventBody::Snapshot { .. }) {
                    a.apply(u);
                }
            }
        }
        if let Some(w) = &self.withdrawal {
            a.withdraw(w, &events);
        }
        // By number: two members replying before either synced share one,
        // and a store that folded a grant or snapshot met them in another
        // order than its colleagues did.
        a.replies.sort_by(|x, y| {
            (x.seq, x.day, &x.member, &x.body).cmp(&(y.seq, y.day, &y.member, &y.body))
        });
        a
    }

    /// Adds an event (this member's or another's), applying what a
    /// redaction removes from the stored report and notes for good.
    pub fn add_event(&mut self, e: CaseEvent) {
        if let EventBody::Redaction { target } = &e.body {
            self.redact_stored(target);
        }
        self.events.push(e);
    }

    /// Removes a redacted field from what this store keeps (not only from
    /// the view): the contact details, or a note's text.
    fn redact_stored(&mut self, target: &str) {
        if target == "contact" {
            self.report.contact = None;
        } else if let Some(id) = target.strip_prefix("note:") {
            for e in &mut self.events {
                if e.event_id == id
                    && let EventBody::Note { text } = &mut e.body
                {
                    *text = "[redacted]".into();
                }
            }
        }
    }

    /// The next local order number for a pending event.
    pub fn next_local(&self) -> u64 {
        self.events.iter().map(|e| e.local).max().unwrap_or(0) + 1
    }

    /// Appends to the access log.
    pub fn access(&mut self, at: i64, who: &str, what: impl Into<String>) {
        self.log.push(Access {
            at,
            who: who.to_owned(),
            what: what.into(),
        });
    }

    /// All attachments in store order: the report's, then each follow-up's.
    pub fn all_attachments(&self) -> Vec<&AttachmentMeta> {
        self.report
            .attachments
            .iter()
            .chain(self.followups.iter().flat_map(|f| f.attachments.iter()))
            .collect()
    }

    /// The incident type for statistics: the report's category when it is
    /// one the roster's policy offers, else "other" (a free-text category
    /// must not survive into the counters).
    pub fn incident_type(&self, categories: &[String]) -> String {
        match &self.report.category {
            Some(c) if categories.iter().any(|k| k == c) => c.clone(),
            _ => "other".into(),
        }
    }

    /// Whether the disclosure schedule applies.
    pub fn is_vulnerability(&self) -> bool {
        self.report
            .category
            .as_deref()
            .is_some_and(|c| c.to_ascii_lowercase().contains("vulnerab"))
    }
}

/// Describes an event for the access log and the timeline.
pub fn describe(body: &EventBody) -> String {
    match body {
        EventBody::Status { value } => format!("status -> {value}"),
        EventBody::Severity { value } => format!("severity -> {value}"),
        EventBody::Tlp { value } => format!("TLP -> TLP:{value}"),
        EventBody::Owner { member } => format!("owner -> {member}"),
        EventBody::Note { .. } => "note added".into(),
        EventBody::Redaction { target } => format!("redacted {target}"),
        EventBody::Share { recipient, fields } => {
            format!("shared {} with {recipient}", fields.join(","))
        }
        EventBody::Close { reason } => format!("closed ({reason})"),
        EventBody::Reopen { reason } => format!("reopened ({reason})"),
        EventBody::Purge => "purged".into(),
        EventBody::Snapshot { .. } => "snapshot".into(),
        EventBody::Step { step, detail } if detail.is_empty() => format!("step {step}"),
        EventBody::Step { step, detail } => format!("step {step}: {detail}"),
        EventBody::Disclosure { date, reason } => {
            format!("disclosure agreed for {date} ({reason})")
        }
        EventBody::Hold { until, reason } => format!("held until {until} ({reason})"),
        EventBody::Party { fingerprint } => format!("outside party {fingerprint} named"),
        EventBody::Organisation { name } => format!("organisation {name} named"),
        EventBody::Shareable { fields } => format!("shareable fields: {}", fields.join(",")),
        EventBody::Reply { seq, .. } => format!("reply #{seq} sent to the reporter"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(seq: Option<u64>, local: u64, body: EventBody) -> CaseEvent {
        CaseEvent {
            seq,
            local,
            at: 1_000 + seq.unwrap_or(100) as i64,
            event_id: format!("{seq:?}{local}"),
            member: "alice".into(),
            basis: None,
            day: Day::new(2026, 11, 24).unwrap(),
            body,
        }
    }

    fn by(member: &str, basis: u64, mut e: CaseEvent) -> CaseEvent {
        e.member = member.into();
        e.basis = Some(basis);
        e
    }

    fn case(events: Vec<CaseEvent>) -> Case {
        Case {
            id: "c".into(),
            report: Header::new(
                dropbox_crypto::bundle::Kind::Report,
                Day::new(2026, 11, 24).unwrap(),
                1,
                vec![],
            ),
            server_id: None,
            receipt: String::new(),
            imported: 0,
            followups: vec![],
            replies_sent: 0,
            events,
            log: vec![],
            from_grant: None,
            withdrawal: None,
        }
    }

    #[test]
    fn replies_fold_into_one_sequence_and_survive_a_snapshot() {
        let reply = |seq: u64, local: u64, n: u64| {
            ev(
                Some(seq),
                local,
                EventBody::Reply {
                    seq: n,
                    body: format!("reply {n}"),
                },
            )
        };
        let mut c = case(vec![reply(5, 0, 1), reply(7, 1, 2)]);
        let st = c.state();
        assert_eq!(st.replies.iter().map(|r| r.seq).collect::<Vec<_>>(), [1, 2]);
        // A snapshot carries them; a later reply adds to them.
        let snap = EventBody::Snapshot {
            state: serde_json::to_value(&st).unwrap(),
        };
        c.events = vec![ev(Some(9), 0, snap), reply(10, 1, 3)];
        let st = c.state();
        assert_eq!(st.replies.len(), 3);
        assert_eq!(st.replies[2].body, "reply 3");
    }

    #[test]
    fn a_snapshot_is_due_two_weeks_after_the_oldest_uncovered_posted_event() {
        let day = Day::new(2026, 11, 24).unwrap();
        let note =
            |seq: Option<u64>, local: u64| ev(seq, local, EventBody::Note { text: "n".into() });
        let snap = |seq: Option<u64>, local: u64| {
            ev(
                seq,
                local,
                EventBody::Snapshot {
                    state: serde_json::json!({}),
                },
            )
        };
        // Nothing posted yet: nothing can expire on the drop box.
        assert_eq!(case(vec![note(None, 0)]).snapshot_due(), None);
        let due = Some(day.add_days(SNAPSHOT_DAYS));
        assert_eq!(
            case(vec![note(Some(3), 0), note(None, 1)]).snapshot_due(),
            due
        );
        // A posted snapshot covers what came before it, not after.
        assert_eq!(
            case(vec![note(Some(3), 0), snap(Some(4), 0)]).snapshot_due(),
            None
        );
        assert_eq!(
            case(vec![note(Some(3), 0), snap(Some(4), 0), note(Some(5), 0)]).snapshot_due(),
            due
        );
        // A queued one too: the next sync posts it.
        assert_eq!(
            case(vec![note(Some(3), 0), snap(None, 1)]).snapshot_due(),
            None
        );
    }

    #[test]
    fn the_log_order_decides_not_the_arrival_order() {
        let low = ev(
            Some(6),
            0,
            EventBody::Severity {
                value: Severity::Low,
            },
        );
        let high = ev(
            Some(5),
            0,
            EventBody::Severity {
                value: Severity::High,
            },
        );
        let a = case(vec![low.clone(), high.clone()]);
        let b = case(vec![high, low]);
        assert_eq!(a.state(), b.state());
        assert_eq!(a.state().severity, Some(Severity::Low));
    }

    #[test]
    fn pending_events_come_after_posted_ones() {
        let pending = ev(None, 1, EventBody::Tlp { value: Tlp::Red });
        let posted = ev(Some(9), 0, EventBody::Tlp { value: Tlp::Green });
        assert_eq!(case(vec![pending, posted]).state().tlp, Tlp::Red);
    }

    #[test]
    fn close_reopen_and_purge() {
        let close = ev(
            Some(1),
            0,
            EventBody::Close {
                reason: "done".into(),
            },
        );
        let c = case(vec![
            ev(
                Some(0),
                0,
                EventBody::Status {
                    value: Status::Fixing,
                },
            ),
            close.clone(),
        ]);
        let s = c.state();
        assert_eq!(s.status, Status::Closed);
        assert_eq!(
            s.purge_after(7),
            Some(Day::new(2026, 12, 1).unwrap()),
            "close day + 7"
        );
        let mut reopened = c.clone();
        reopened.events.push(ev(
            Some(2),
            0,
            EventBody::Reopen {
                reason: "more".into(),
            },
        ));
        let s = reopened.state();
        assert_eq!(s.status, Status::Fixing, "the status before the close");
        assert_eq!(s.purge_after(7), None);
        // A purge of an open case does nothing; of a closed one, it sticks.
        reopened.events.push(ev(Some(3), 0, EventBody::Purge));
        assert!(!reopened.state().purged);
        let mut purged = c;
        purged.events.push(ev(Some(4), 0, EventBody::Purge));
        assert!(purged.state().purged);
    }

    #[test]
    fn a_withdrawal_closes_the_case_unless_a_member_keeps_it() {
        let day = Day::new(2026, 11, 24).unwrap();
        let triaged = ev(
            Some(1),
            0,
            EventBody::Status {
                value: Status::Triaged,
            },
        );
        let mut c = case(vec![triaged.clone()]);
        c.withdrawal = Some(Withdrawn {
            day,
            reason: "mistake".into(),
            at: 5_000,
        });
        let st = c.state();
        assert_eq!(st.status, Status::Closed);
        assert_eq!(st.closed.as_ref().unwrap().reason, WITHDRAWN_REASON);
        assert_eq!(st.purge_after(7), Some(day.add_days(7)));
        // Filed long after the day the drop box says it arrived (held
        // back): the case still closes on the arrival day, but the window
        // to hold it counts from the filing.
        let filed = day.add_days(30);
        let mut late = c.clone();
        late.withdrawal = Some(Withdrawn {
            day,
            reason: "mistake".into(),
            at: filed.start().0 + 3_600,
        });
        let st = late.state();
        assert_eq!(st.closed.as_ref().unwrap().day, day);
        assert_eq!(st.purge_after(7), Some(filed.add_days(7)));
        // A colleague who filed it on its arrival day may purge the team's
        // copies a week after that day, not after this store's filing.
        assert_eq!(st.team_purge_after(7), Some(day.add_days(7)));
        // Triage before it does not reopen it; a hold after it keeps it.
        let until = Day::new(2027, 6, 30).unwrap();
        c.events.push(ev(
            Some(2),
            0,
            EventBody::Hold {
                until,
                reason: "legal".into(),
            },
        ));
        let st = c.state();
        assert_eq!(st.status, Status::Closed);
        assert_eq!(st.purge_after(7), Some(until));
        // A colleague's purge purges it here too.
        c.events.push(ev(Some(3), 0, EventBody::Purge));
        assert!(c.state().purged);
        // A reopen after the withdrawal keeps it open.
        c.events = vec![
            triaged,
            ev(
                Some(2),
                0,
                EventBody::Reopen {
                    reason: "disclosure ongoing".into(),
                },
            ),
        ];
        let st = c.state();
        assert_eq!(st.closed, None);
        assert_eq!(st.status, Status::Triaged);
    }

    #[test]
    fn a_hold_postpones_the_purge_only_when_later() {
        let mut c = case(vec![ev(
            Some(1),
            0,
            EventBody::Close {
                reason: "done".into(),
            },
        )]);
        c.events.push(ev(
            Some(2),
            0,
            EventBody::Hold {
                until: Day::new(2027, 1, 10).unwrap(),
                reason: "legal".into(),
            },
        ));
        assert_eq!(
            c.state().purge_after(7),
            Some(Day::new(2027, 1, 10).unwrap())
        );
    }

    #[test]
    fn redacting_a_note_removes_its_text_from_the_store() {
        let mut c = case(vec![]);
        let note = ev(
            Some(1),
            0,
            EventBody::Note {
                text: "secret detail".into(),
            },
        );
        let id = note.event_id.clone();
        c.add_event(note);
        c.report.contact = Some("me@example.org".into());
        c.add_event(ev(
            Some(2),
            0,
            EventBody::Redaction {
                target: format!("note:{id}"),
            },
        ));
        c.add_event(ev(
            Some(3),
            0,
            EventBody::Redaction {
                target: "contact".into(),
            },
        ));
        assert!(c.state().notes.is_empty());
        let json = serde_json::to_string(&c).unwrap();
        assert!(!json.contains("secret detail"));
        assert!(!json.contains("me@example.org"));
    }

    #[test]
    fn a_snapshot_replaces_the_state_and_is_jcs_safe() {
        let mut c = case(vec![ev(
            Some(1),
            0,
            EventBody::Severity {
                value: Severity::High,
            },
        )]);
        let snap = Annotations {
            tlp: Tlp::Red,
            ..Default::default()
        };
        let state = serde_json::to_value(&snap).unwrap();
        assert!(!serde_json::to_string(&state).unwrap().contains("null"));
        c.events.push(ev(Some(2), 0, EventBody::Snapshot { state }));
        let s = c.state();
        assert_eq!(s.tlp, Tlp::Red);
        assert_eq!(s.severity, None);
    }

    #[test]
    fn a_snapshot_keeps_what_its_author_had_not_seen() {
        let note = |text: &str| EventBody::Note { text: text.into() };
        // alice saw the log up to #1; bob's note (#2) and her own status
        // (#3) came before her grant (#4), then carol's note (#5).
        let mut alice_state = Annotations {
            status: Status::Triaged,
            ..Default::default()
        };
        alice_state.notes = Vec::new();
        let state = serde_json::to_value(&alice_state).unwrap();
        let c = case(vec![
            by("bob", 0, ev(Some(1), 0, note("one"))),
            by("bob", 1, ev(Some(2), 0, note("two"))),
            by(
                "alice",
                1,
                ev(
                    Some(3),
                    0,
                    EventBody::Status {
                        value: Status::Triaged,
                    },
                ),
            ),
            by("alice", 1, ev(Some(4), 0, EventBody::Snapshot { state })),
            by("carol", 4, ev(Some(5), 0, note("five"))),
        ]);
        let s = c.state();
        // #1 was seen and is not in the snapshot: replaced. #2 was not
        // seen: applied again. #3 is alice's own: in it already (once).
        let texts: Vec<&str> = s.notes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["two", "five"]);
        assert_eq!(s.status, Status::Triaged);
        // Folding again gives the same (no double application).
        assert_eq!(c.state().notes.len(), 2);
    }

    /// One team's history of a case: posted events by three members (with
    /// a snapshot whose author had not seen the two events before it, a
    /// close, a hold and a reopen), then this store's four unposted ones.
    /// The writers' clocks run against the log order on purpose.
    fn history() -> Vec<CaseEvent> {
        let sev = |value| EventBody::Severity { value };
        let seen_by_alice = Annotations {
            status: Status::Triaged,
            severity: Some(Severity::High),
            ..Default::default()
        };
        let posted = |seq: u64, member: &str, basis: u64, body| {
            let mut e = by(member, basis, ev(Some(seq), 0, body));
            e.at = 10_000 - seq as i64 * 10;
            e
        };
        let pending = |local: u64, body| {
            let mut e = ev(None, local, body);
            e.at = 20_000 - local as i64;
            e
        };
        vec![
            posted(
                1,
                "bob",
                0,
                EventBody::Status {
                    value: Status::Triaged,
                },
            ),
            posted(2, "alice", 1, sev(Severity::High)),
            posted(3, "carol", 1, sev(Severity::Low)),
            posted(
                4,
                "bob",
                2,
                EventBody::Reply {
                    seq: 1,
                    body: "thanks".into(),
                },
            ),
            posted(
                5,
                "alice",
                2,
                EventBody::Snapshot {
                    state: serde_json::to_value(&seen_by_alice).unwrap(),
                },
            ),
            posted(
                6,
                "carol",
                5,
                EventBody::Owner {
                    member: "carol".parse().unwrap(),
                },
            ),
            posted(
                7,
                "bob",
                6,
                EventBody::Close {
                    reason: "fixed".into(),
                },
            ),
            posted(
                8,
                "bob",
                7,
                EventBody::Hold {
                    until: Day::new(2027, 3, 1).unwrap(),
                    reason: "legal".into(),
                },
            ),
            posted(
                9,
                "carol",
                8,
                EventBody::Reopen {
                    reason: "regressed".into(),
                },
            ),
            pending(1, EventBody::Tlp { value: Tlp::Red }),
            pending(
                2,
                EventBody::Note {
                    text: "mine".into(),
                },
            ),
            pending(3, EventBody::Tlp { value: Tlp::Green }),
            pending(4, sev(Severity::Critical)),
        ]
    }

    #[test]
    fn any_arrival_order_folds_to_the_same_state() {
        use rand::SeedableRng;
        use rand::seq::SliceRandom;
        let events = history();
        let want = case(events.clone()).state();
        // What the log order gives (so a fold that ignored the order
        // everywhere alike could not pass either).
        assert_eq!(want.severity, Some(Severity::Critical));
        assert_eq!(want.status, Status::Triaged, "reopened: the status before");
        assert_eq!(want.closed, None);
        assert_eq!(want.hold, None, "a reopen drops the hold");
        assert_eq!(want.owner, Some("carol".parse().unwrap()));
        assert_eq!(want.tlp, Tlp::Green);
        assert_eq!(want.replies.len(), 1, "bob's reply, unseen by the snapshot");
        assert_eq!(want.notes.len(), 1);
        // A fixed base, so a failure names a seed that reproduces it.
        let base: u64 = std::env::var("FOLD_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0x5eed_f01d);
        for i in 0..500 {
            let seed = base.wrapping_add(i);
            let mut shuffled = events.clone();
            shuffled.shuffle(&mut rand::rngs::StdRng::seed_from_u64(seed));
            let c = case(shuffled);
            assert_eq!(
                c.state(),
                want,
                "arrival order with seed {seed} (FOLD_SEED={seed}) folds differently"
            );
            assert_eq!(c.snapshot_due(), case(events.clone()).snapshot_due());
        }
    }

    #[test]
    fn the_highest_server_seq_wins_whatever_the_writers_clocks_say() {
        // Bob wrote later by his clock and day, but reached the log first.
        let mut bob = by(
            "bob",
            0,
            ev(
                Some(3),
                0,
                EventBody::Owner {
                    member: "bob".parse().unwrap(),
                },
            ),
        );
        bob.at = 9_999_999;
        bob.day = Day::new(2026, 12, 31).unwrap();
        let mut carol = by(
            "carol",
            0,
            ev(
                Some(4),
                0,
                EventBody::Owner {
                    member: "carol".parse().unwrap(),
                },
            ),
        );
        carol.at = 1;
        carol.day = Day::new(2026, 1, 1).unwrap();
        let st = case(vec![carol, bob]).state();
        assert_eq!(st.owner, Some("carol".parse().unwrap()));
    }

    #[test]
    fn unposted_events_apply_last_in_the_order_made() {
        // Made in local order 1, 2, 3 (the last made wins), stored in
        // another order, and older by the clock than the posted event.
        let made = |local: u64, value| {
            let mut e = ev(None, local, EventBody::Tlp { value });
            e.at = local as i64;
            e
        };
        let events = vec![
            made(3, Tlp::Clear),
            made(1, Tlp::Red),
            ev(Some(50), 0, EventBody::Tlp { value: Tlp::Green }),
            made(2, Tlp::Amber),
        ];
        let c = case(events);
        assert_eq!(c.state().tlp, Tlp::Clear);
        let order: Vec<(Option<u64>, u64)> = c
            .ordered_events()
            .iter()
            .map(|e| (e.seq, e.local))
            .collect();
        assert_eq!(order, [(Some(50), 0), (None, 1), (None, 2), (None, 3)]);
        assert_eq!(c.next_local(), 4);
    }

    #[test]
    fn a_snapshot_reapplies_only_others_events_strictly_after_its_basis() {
        let note = |text: &str| EventBody::Note { text: text.into() };
        let state = serde_json::to_value(Annotations::default()).unwrap();
        let snap = |basis| {
            by(
                "alice",
                basis,
                ev(
                    Some(7),
                    0,
                    EventBody::Snapshot {
                        state: state.clone(),
                    },
                ),
            )
        };
        let events = |snap: CaseEvent| {
            vec![
                // Seen (at the basis): replaced by the snapshot.
                by("bob", 0, ev(Some(3), 0, note("seen"))),
                // After the basis: bob's and carol's come back; alice's
                // own is in her snapshot already; another snapshot in
                // between is not re-applied over hers.
                by("bob", 3, ev(Some(4), 0, note("bob unseen"))),
                by("alice", 3, ev(Some(5), 0, note("alice own"))),
                by(
                    "carol",
                    3,
                    ev(
                        Some(6),
                        0,
                        EventBody::Snapshot {
                            state: serde_json::to_value(Annotations {
                                tlp: Tlp::Red,
                                ..Default::default()
                            })
                            .unwrap(),
                        },
                    ),
                ),
                snap,
            ]
        };
        let texts =
            |c: &Case| -> Vec<String> { c.state().notes.iter().map(|n| n.text.clone()).collect() };
        let c = case(events(snap(3)));
        assert_eq!(texts(&c), ["bob unseen"]);
        assert_eq!(c.state().tlp, Tlp::Amber, "carol's snapshot not re-applied");
        // A basis before #3: that note was not seen either.
        assert_eq!(texts(&case(events(snap(2)))), ["seen", "bob unseen"]);
        // No basis (stored before it was kept): the snapshot replaces all.
        let mut old = snap(3);
        old.basis = None;
        assert!(texts(&case(events(old))).is_empty());
        // Not posted yet: its author has seen everything before it.
        let mut queued = snap(3);
        queued.seq = None;
        queued.local = 1;
        assert!(texts(&case(events(queued))).is_empty());
        // One that does not parse replaced nothing (carol's stands), so
        // nothing is applied twice.
        let mut bad = snap(3);
        bad.body = EventBody::Snapshot {
            state: serde_json::json!({"status": 7}),
        };
        let c = case(events(bad));
        assert_eq!(texts(&c), ["bob unseen", "alice own"]);
        assert_eq!(c.state().tlp, Tlp::Red);
    }
}
