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

/// What a case leaves behind: counters only (`now` ends the clocks of a
/// case purged before it was closed).
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
    if let Ok(deadlines) =
        crate::domain::deadlines::deadlines(&crate::domain::due::facts(case, &s), policy)
    {
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
