//! Statistics (`reviewer stats` and the window's view): the counts an
//! annual report needs, only from what retention keeps: the counters purged
//! cases left, and the cases still in the store counted the same way.

use crate::domain::retention;
use crate::domain::stats::{self, CounterRow, Metric};
use crate::services::session::Session;

/// The report for `year` (every year when `None`).
pub fn report(s: &Session, year: Option<i32>) -> anyhow::Result<stats::Report> {
    let policy = s.policy();
    let mut counters = s.store.counters()?;
    for (id, _) in s.store.all_ids()? {
        counters.extend(retention::counters_for(
            &s.store.case(&id)?,
            &policy,
            s.now(),
        ));
    }
    let mut rows = Vec::new();
    for c in counters {
        let metric: Metric = c
            .metric
            .parse()
            .map_err(|e| anyhow::anyhow!("a stored counter is corrupt: {e}"))?;
        rows.push(CounterRow {
            month: c.month,
            metric,
            key: c.key,
            count: c.count,
        });
    }
    Ok(stats::report(&rows, year))
}
