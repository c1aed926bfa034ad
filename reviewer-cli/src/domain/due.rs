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

/// The clocks of a case that are past due at `now` (their names).
pub fn overdue(
    case: &Case,
    st: &Annotations,
    policy: &Policy,
    now: UnixTime,
) -> Result<Vec<String>, deadlines::DeadlineError> {
    Ok(deadlines::deadlines(&facts(case, st), policy)?
        .iter()
        .filter(|d| deadlines::urgency(d, now) == Urgency::Overdue)
        .map(|d| d.clock.to_string())
        .collect())
}
