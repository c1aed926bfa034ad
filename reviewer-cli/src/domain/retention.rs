//! Retention rules (POLICY "Retention"): when the clock is trusted to
//! purge, and what a purged case leaves behind (counters only: per month,
//! type and severity, and time-to-acknowledge / time-to-close histograms).

use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;

use crate::domain::case::Case;

/// A clock jump beyond this stops the automatic purge.
pub const MAX_CLOCK_JUMP_SECS: i64 = 2 * 86_400;

/// How the clock moved since the last run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// Within two days (or the first run).
    Plausible,
    /// Moved by this many seconds (negative: backwards).
    Jumped(i64),
}

/// How the clock moved from the last run's (`last`, Unix seconds) to `now`.
pub fn clock_moved(last: Option<i64>, now: UnixTime) -> Clock {
    match last {
        Some(l) if (now.0 - l).abs() > MAX_CLOCK_JUMP_SECS => Clock::Jumped(now.0 - l),
        _ => Clock::Plausible,
    }
}

/// The histogram cell an elapsed time falls in.
pub fn bucket(hours: i64) -> &'static str {
    crate::domain::stats::bucket(hours)
}

/// What a case leaves behind: counters only. A clock counts as overdue
/// when it was met after its due instant, or not met by the close (`now`
/// for a case not closed).
pub fn counters_for(case: &Case, policy: &Policy, now: UnixTime) -> Vec<Counter> {
    let s = case.state();
    let month = {
        let (y, m, _) = case.report.created.ymd();
        format!("{y:04}-{m:02}")
    };
    let severity = s
        .severity
        .map_or_else(|| "untriaged".to_owned(), |v| v.to_string());
    let mut out = vec![Counter {
        month: month.clone(),
        metric: "cases".into(),
        key: format!("{}/{severity}", case.incident_type(&policy.categories)),
        count: 1,
    }];
    if let Some(a) = s.acknowledged {
        out.push(Counter {
            month: month.clone(),
            metric: "time-to-ack".into(),
            key: bucket((a - case.imported).max(0) / 3600).into(),
            count: 1,
        });
    }
    if let Some(c) = s.closed_at {
        out.push(Counter {
            month: month.clone(),
            metric: "time-to-close".into(),
            key: bucket((c - case.imported).max(0) / 3600).into(),
            count: 1,
        });
    }
    let end = s.closed_at.unwrap_or(now.0);
    // The clocks as they ran while the case was open: a closed case has no
    // deadlines left, but one closed late was still late.
    let mut facts = crate::domain::due::facts(case, &s);
    facts.closed = false;
    if let Ok(deadlines) = crate::domain::deadlines::deadlines(&facts, policy) {
        for d in deadlines {
            if d.done.map_or(end, |t| t.0) > d.due.0 {
                out.push(Counter {
                    month: month.clone(),
                    metric: "overdue".into(),
                    key: d.clock.to_string(),
                    count: 1,
                });
            }
        }
    }
    out
}

/// One counter row (what retention keeps).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter {
    /// `YYYY-MM`.
    pub month: String,
    /// What is counted.
    pub metric: String,
    /// The cell.
    pub key: String,
    /// How many.
    pub count: u64,
}

#[cfg(test)]
mod tests {
    use dropbox_crypto::bundle::{Header, Kind, Severity};
    use dropbox_crypto::messages::{EventBody, Status};

    use super::*;
    use crate::domain::case::CaseEvent;

    /// 2026-01-01T00:00:00Z.
    const T0: i64 = 1_767_225_600;
    const H: i64 = 3_600;
    const D: i64 = 86_400;

    /// A case imported at T0, with `events` posted in this order.
    fn case(category: Option<&str>, events: Vec<(i64, EventBody)>) -> Case {
        let mut report = Header::new(Kind::Report, UnixTime(T0).day(), 1, vec![]);
        report.category = category.map(str::to_owned);
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

    fn keys(counters: &[Counter], metric: &str) -> Vec<String> {
        counters
            .iter()
            .filter(|c| c.metric == metric)
            .map(|c| c.key.clone())
            .collect()
    }

    #[test]
    fn the_clock_is_trusted_up_to_two_days_either_way() {
        let last = T0;
        assert_eq!(
            clock_moved(None, UnixTime(T0)),
            Clock::Plausible,
            "first run"
        );
        for ok in [0, 1, D, 2 * D, -D, -2 * D] {
            assert_eq!(
                clock_moved(Some(last), UnixTime(last + ok)),
                Clock::Plausible,
                "moved {ok} s"
            );
        }
        assert_eq!(
            clock_moved(Some(last), UnixTime(last + 2 * D + 1)),
            Clock::Jumped(2 * D + 1)
        );
        assert_eq!(
            clock_moved(Some(last), UnixTime(last - 2 * D - 1)),
            Clock::Jumped(-2 * D - 1)
        );
        assert_eq!(
            clock_moved(Some(last), UnixTime(last + 400 * D)),
            Clock::Jumped(400 * D)
        );
    }

    #[test]
    fn an_open_case_counts_once_and_its_clocks_run_to_now() {
        let p = Policy::default();
        // A free-text category never reaches the counters.
        let c = case(Some("the Acme VPN"), vec![]);
        let before = counters_for(&c, &p, UnixTime(T0 + 48 * H));
        assert_eq!(
            before,
            vec![Counter {
                month: "2026-01".into(),
                metric: "cases".into(),
                key: "other/untriaged".into(),
                count: 1,
            }],
            "acknowledging by the due instant is on time"
        );
        let late = counters_for(&c, &p, UnixTime(T0 + 48 * H + 1));
        assert_eq!(keys(&late, "overdue"), ["acknowledge"]);
        let later = counters_for(&c, &p, UnixTime(T0 + 96 * H + 1));
        assert_eq!(keys(&later, "overdue"), ["acknowledge", "next-steps"]);
        assert!(keys(&later, "time-to-ack").is_empty());
        assert!(keys(&later, "time-to-close").is_empty());
    }

    #[test]
    fn an_acknowledged_case_counts_its_time_to_acknowledge() {
        let p = Policy::default();
        let c = case(
            Some("harassment"),
            vec![
                (
                    T0 + 30 * H,
                    EventBody::Status {
                        value: Status::Triaged,
                    },
                ),
                (
                    T0 + 31 * H,
                    EventBody::Severity {
                        value: Severity::High,
                    },
                ),
            ],
        );
        let n = counters_for(&c, &p, UnixTime(T0 + 50 * H));
        assert_eq!(keys(&n, "cases"), ["harassment/high"]);
        assert_eq!(keys(&n, "time-to-ack"), ["<=2d"]);
        assert!(keys(&n, "overdue").is_empty(), "{n:?}");
        // Acknowledged in time, but next steps and the response are late.
        let n = counters_for(&c, &p, UnixTime(T0 + 30 * D));
        assert_eq!(keys(&n, "overdue"), ["next-steps", "respond"]);
    }

    #[test]
    fn a_closed_case_counts_its_time_to_close_and_ignores_now() {
        let p = Policy::default();
        let c = case(
            Some("vulnerability"),
            vec![
                (
                    T0 + 2 * H,
                    EventBody::Status {
                        value: Status::Triaged,
                    },
                ),
                (
                    T0 + 3 * H,
                    EventBody::Status {
                        value: Status::Accepted,
                    },
                ),
                (
                    T0 + 10 * D,
                    EventBody::Close {
                        reason: "fixed".into(),
                    },
                ),
            ],
        );
        let n = counters_for(&c, &p, UnixTime(T0 + 10 * D));
        assert_eq!(keys(&n, "cases"), ["vulnerability/untriaged"]);
        assert_eq!(keys(&n, "time-to-ack"), ["<=1d"]);
        assert_eq!(keys(&n, "time-to-close"), ["<=2w"]);
        assert_eq!(n, counters_for(&c, &p, UnixTime(T0 + 1_000 * D)));
        assert!(n.iter().all(|c| c.month == "2026-01" && c.count == 1));
    }

    #[test]
    fn a_case_closed_late_keeps_its_overdue_clocks() {
        let p = Policy::default();
        let close = |at| {
            (
                at,
                EventBody::Close {
                    reason: "done".into(),
                },
            )
        };
        // Nobody acknowledged it before closing it ten days in: both
        // clocks ran out while it was open, and the counters say so.
        let late = case(None, vec![close(T0 + 10 * D)]);
        let n = counters_for(&late, &p, UnixTime(T0 + 10 * D));
        assert_eq!(keys(&n, "overdue"), ["acknowledge", "next-steps"]);
        // Closed before any clock fell due: nothing was late.
        let early = case(None, vec![close(T0 + H)]);
        assert!(keys(&counters_for(&early, &p, UnixTime(T0 + 30 * D)), "overdue").is_empty());
    }
}
