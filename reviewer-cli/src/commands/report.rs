//! `reviewer stats [--year Y] [--json] [--chart FILE.svg]`: the counts an
//! annual report needs, only from what retention keeps. Purged cases left
//! counters; cases still in the store are counted the same way (the same
//! cells, never a row per incident), so the figures do not jump when a case
//! is purged. Cells under 3 are hidden (see `stats`).

use std::path::Path;

use crate::domain::stats;
use crate::services::session::Session;

/// `reviewer stats`.
pub fn stats(
    s: &Session,
    year: Option<i32>,
    json: bool,
    chart: Option<&Path>,
) -> anyhow::Result<()> {
    let report = crate::services::stats::report(s, year)?;
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
