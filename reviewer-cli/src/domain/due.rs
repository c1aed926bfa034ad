//! The facts a case gives the policy's clocks, and which clocks are past
//! due at a given time.

use dropbox_crypto::messages::StepKind;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;

use crate::domain::case::{Annotations, Case};
use crate::domain::deadlines::{self, Facts, Urgency};

/// The facts the clocks need, from a case and its annotations.
pub fn facts(case: &Case, st: &Annotations) -> Facts {
    let ts = |k: StepKind| st.step_at(k).map(UnixTime);
    // Moving past triage gives next steps; reaching a fix, a disclosure or
    // an invalid verdict is the response, unless a step says so earlier.
    let status_at = |wanted: &[dropbox_crypto::messages::Status]| {
        case.ordered_events()
            .into_iter()
            .find(|e| {
                matches!(&e.body, dropbox_crypto::messages::EventBody::Status { value } if wanted.contains(value))
            })
            .map(|e| UnixTime(e.at))
    };
    use dropbox_crypto::messages::Status as S;
    let earliest = |a: Option<UnixTime>, b: Option<UnixTime>| match (a, b) {
        (Some(x), Some(y)) => Some(if x.0 <= y.0 { x } else { y }),
        (x, y) => x.or(y),
    };
    Facts {
        imported: UnixTime(case.imported),
        acknowledged: st.acknowledged.map(UnixTime),
        next_steps: earliest(
            ts(StepKind::NextSteps),
            status_at(&[S::Accepted, S::Invalid, S::Fixing, S::Disclosed]),
        ),
        responded: earliest(
            ts(StepKind::Responded),
            status_at(&[S::Invalid, S::Fixing, S::Disclosed]),
        ),
        severity: st.severity,
        severity_guess: case.report.severity,
        vulnerability: case.is_vulnerability(),
        notified: ts(StepKind::Notified),
        party_responded: ts(StepKind::PartyResponded),
        escalated: ts(StepKind::Escalated),
        disclosed: earliest(ts(StepKind::Disclosed), status_at(&[S::Disclosed])),
        agreed_disclosure: st.disclosure.as_ref().map(|d| (d.day, d.reason.clone())),
        closed: st.closed.is_some(),
    }
}

/// A case its reporter withdrew, as `due` lists it (above the clocks):
/// until it is purged, a member may still need to keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WithdrawnCase {
    /// The case id.
    pub id: String,
    /// The day the reporter withdrew it.
    pub day: dropbox_crypto::time::Day,
    /// The day it is purged, if closed.
    pub purge: Option<dropbox_crypto::time::Day>,
    /// A hold that keeps it: its day and reason.
    pub hold: Option<(dropbox_crypto::time::Day, String)>,
}

/// The withdrawal of a case, if its reporter withdrew it.
pub fn withdrawn(case: &Case, st: &Annotations, backup_days: u32) -> Option<WithdrawnCase> {
    let w = case.withdrawal.as_ref()?;
    Some(WithdrawnCase {
        id: case.id.clone(),
        day: w.day,
        purge: st.purge_after(backup_days),
        hold: st.hold.as_ref().map(|h| (h.day, h.reason.clone())),
    })
}

/// The clocks of a case that are past due at `now` (their names).
pub fn overdue(
    case: &Case,
    st: &Annotations,
    policy: &Policy,
    now: UnixTime,
) -> Result<Vec<String>, deadlines::DeadlineError> {
    overdue_of(&facts(case, st), policy, now)
}

/// The clocks past due at `now` of a case with these facts (as the list
/// index keeps them).
pub fn overdue_of(
    facts: &Facts,
    policy: &Policy,
    now: UnixTime,
) -> Result<Vec<String>, deadlines::DeadlineError> {
    Ok(deadlines::deadlines(facts, policy)?
        .iter()
        .filter(|d| deadlines::urgency(d, now) == Urgency::Overdue)
        .map(|d| d.clock.to_string())
        .collect())
}

#[cfg(test)]
mod tests {
    use dropbox_crypto::bundle::{Header, Kind, Severity};
    use dropbox_crypto::messages::{EventBody, Status};
    use dropbox_crypto::time::Day;

    use super::*;
    use crate::domain::case::CaseEvent;

    /// 2026-01-01T00:00:00Z.
    const T0: i64 = 1_767_225_600;
    const H: i64 = 3_600;

    /// A case imported at T0 with `events` in log order (`at`, body).
    fn case(category: Option<&str>, events: Vec<(i64, EventBody)>) -> Case {
        let mut report = Header::new(Kind::Report, UnixTime(T0).day(), 1, vec![]);
        report.category = category.map(str::to_owned);
        report.severity = Some(Severity::Low);
        Case {
            id: "c".into(),
            report,
            server_id: None,
            receipt: String::new(),
            imported: T0,
            followups: vec![],
            replies_sent: 0,
            events: events
                .into_iter()
                .enumerate()
                .map(|(i, (at, body))| CaseEvent {
                    seq: Some(i as u64 + 1),
                    local: 0,
                    at,
                    event_id: format!("e{i}"),
                    member: "alice".into(),
                    basis: None,
                    day: UnixTime(at).day(),
                    body,
                })
                .collect(),
            log: vec![],
            from_grant: None,
            withdrawal: None,
        }
    }

    fn step(step: StepKind) -> EventBody {
        EventBody::Step {
            step,
            detail: String::new(),
        }
    }

    fn status(value: Status) -> EventBody {
        EventBody::Status { value }
    }

    fn facts_of(c: &Case) -> Facts {
        facts(c, &c.state())
    }

    #[test]
    fn a_new_case_has_only_its_import_and_the_reporters_guess() {
        let c = case(Some("harassment"), vec![]);
        let f = facts_of(&c);
        let mut want = Facts::new(UnixTime(T0));
        want.severity_guess = Some(Severity::Low);
        assert_eq!(f, want);
    }

    #[test]
    fn statuses_and_steps_give_the_earliest_instant_of_each_fact() {
        let c = case(
            Some("Vulnerability in the VPN"),
            vec![
                (T0 + H, status(Status::Triaged)),
                (
                    T0 + 2 * H,
                    EventBody::Severity {
                        value: Severity::High,
                    },
                ),
                // Accepting tells the next steps but is no response.
                (T0 + 5 * H, status(Status::Accepted)),
                (T0 + 6 * H, step(StepKind::NextSteps)),
                (T0 + 7 * H, step(StepKind::Notified)),
                (T0 + 8 * H, step(StepKind::Responded)),
                (T0 + 9 * H, status(Status::Fixing)),
                (T0 + 10 * H, step(StepKind::PartyResponded)),
                (T0 + 11 * H, step(StepKind::Escalated)),
                (
                    T0 + 12 * H,
                    EventBody::Disclosure {
                        date: Day::new(2026, 3, 1).unwrap(),
                        reason: "vendor asked".into(),
                    },
                ),
                (T0 + 13 * H, status(Status::Disclosed)),
                (T0 + 14 * H, step(StepKind::Disclosed)),
            ],
        );
        let f = facts_of(&c);
        assert_eq!(f.acknowledged, Some(UnixTime(T0 + H)), "leaving new");
        assert_eq!(f.severity, Some(Severity::High));
        assert_eq!(f.severity_guess, Some(Severity::Low));
        assert!(f.vulnerability, "matched without case");
        assert_eq!(
            f.next_steps,
            Some(UnixTime(T0 + 5 * H)),
            "the status came first"
        );
        assert_eq!(
            f.responded,
            Some(UnixTime(T0 + 8 * H)),
            "the step came first"
        );
        assert_eq!(f.notified, Some(UnixTime(T0 + 7 * H)));
        assert_eq!(f.party_responded, Some(UnixTime(T0 + 10 * H)));
        assert_eq!(f.escalated, Some(UnixTime(T0 + 11 * H)));
        assert_eq!(f.disclosed, Some(UnixTime(T0 + 13 * H)));
        assert_eq!(
            f.agreed_disclosure,
            Some((Day::new(2026, 3, 1).unwrap(), "vendor asked".into()))
        );
        assert!(!f.closed);
    }

    #[test]
    fn an_invalid_verdict_is_next_steps_and_response_and_closing_ends_the_clocks() {
        let c = case(
            None,
            vec![
                (T0 + 3 * H, step(StepKind::Acknowledged)),
                (T0 + 4 * H, status(Status::Invalid)),
                (
                    T0 + 5 * H,
                    EventBody::Close {
                        reason: "spam".into(),
                    },
                ),
            ],
        );
        let f = facts_of(&c);
        assert_eq!(f.acknowledged, Some(UnixTime(T0 + 3 * H)));
        assert_eq!(f.next_steps, Some(UnixTime(T0 + 4 * H)));
        assert_eq!(f.responded, Some(UnixTime(T0 + 4 * H)));
        assert!(!f.vulnerability);
        assert!(f.closed);
    }

    #[test]
    fn a_clock_is_overdue_from_its_due_instant_on() {
        let p = Policy::default();
        let c = case(None, vec![]);
        let st = c.state();
        let ack_due = T0 + i64::from(p.ack_hours) * H;
        let next_due = ack_due + i64::from(p.next_steps_hours) * H;
        assert!(
            overdue(&c, &st, &p, UnixTime(ack_due - 1))
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            overdue(&c, &st, &p, UnixTime(ack_due)).unwrap(),
            ["acknowledge"]
        );
        assert_eq!(
            overdue(&c, &st, &p, UnixTime(next_due)).unwrap(),
            ["acknowledge", "next-steps"]
        );
        // Acknowledged late is done, not overdue; closing ends them all.
        let acked = case(None, vec![(ack_due + H, step(StepKind::Acknowledged))]);
        assert_eq!(
            overdue(&acked, &acked.state(), &p, UnixTime(next_due)).unwrap(),
            ["next-steps"]
        );
        let closed = case(
            None,
            vec![(
                T0 + H,
                EventBody::Close {
                    reason: "done".into(),
                },
            )],
        );
        assert!(
            overdue(&closed, &closed.state(), &p, UnixTime(next_due * 2))
                .unwrap()
                .is_empty()
        );
        let bad = Policy {
            timezone: "Mars/Olympus".into(),
            ..Policy::default()
        };
        assert!(overdue(&c, &st, &bad, UnixTime(T0)).is_err());
    }
}
