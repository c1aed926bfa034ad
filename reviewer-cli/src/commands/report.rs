//! `reviewer stats [--year Y] [--json] [--chart FILE.svg]`: the counts an
//! annual report needs, only from what retention keeps. Purged cases left
//! counters; cases still in the store are counted the same way (the same
//! cells, never a row per incident), so the figures do not jump when a case
//! is purged. Cells under 3 are hidden (see `stats`).

use std::path::Path;

use dropbox_crypto::time::UnixTime;

use crate::domain::retention;
use crate::domain::stats::{self, CounterRow, Metric};
use crate::services::session::Session;

/// `reviewer stats`.
pub fn stats(
    s: &Session,
    year: Option<i32>,
    json: bool,
    chart: Option<&Path>,
) -> anyhow::Result<()> {
    let policy = s.policy();
    let mut counters = s.store.counters()?;
    for (id, _) in s.store.all_ids()? {
        counters.extend(retention::counters_for(
            &s.store.case(&id)?,
            &policy,
            UnixTime::now(),
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
    let report = stats::report(&rows, year);
    if json {
        jsonln!("{}", serde_json::to_string(&report)?);
    } else {
        out!("{}", stats::render_text(&report));
    }
    if let Some(path) = chart {
        let title = match year {
            Some(y) => format!("Reports received in {y}"),
            None => "Reports received".to_owned(),
        };
        let svg = stats::render_svg(&report, &title);
        crate::home::write_atomic(path, svg.as_bytes())?;
        if !json {
            outln!("Chart written to {}.", path.display());
        }
    }
    Ok(())
}
