//! Annotations: `set`, `assign`, `note`, `step`, `agree`, `redact`,
//! `close`, `reopen`, `hold` (the rules in `services::annotate`, shared
//! with the window), and the access log (`log`).

pub use crate::services::annotate::{
    Changes, Done, FIELDS, agree, assign, close, hold, note, redact, reopen, set, step,
};

use crate::services::session::Session;

/// Prints what an annotation did: its `message`, or with `--json` as
/// `{"case", "changes", "message", "purge_day"}` (docs/CLI.md).
pub trait Print {
    /// Prints it as text or one JSON line.
    fn print(&self, json: bool) -> anyhow::Result<()>;
}

impl Print for Done {
    fn print(&self, json: bool) -> anyhow::Result<()> {
        if json {
            jsonln!("{}", serde_json::to_string(self)?);
        } else {
            outln!("{}", self.message);
        }
        Ok(())
    }
}

/// `reviewer log [ID]`.
pub fn log(s: &Session, id: Option<&str>, json: bool) -> anyhow::Result<()> {
    let ids: Vec<String> = match id {
        Some(i) => vec![s.store.resolve_id(i)?],
        None => s.store.all_ids()?.into_iter().map(|(i, _)| i).collect(),
    };
    let mut rows = Vec::new();
    for i in ids {
        let c = s.store.case(&i)?;
        for a in &c.log {
            rows.push((a.at, i.clone(), a.who.clone(), a.what.clone()));
        }
    }
    rows.sort();
    if json {
        let out: Vec<_> = rows
            .iter()
            .map(|(at, c, who, what)| serde_json::json!({"at": at, "case": c, "who": who, "what": what}))
            .collect();
        jsonln!("{}", serde_json::Value::Array(out));
    } else if rows.is_empty() {
        outln!("Nothing logged.");
    } else {
        for (at, c, who, what) in &rows {
            outln!(
                "{}  {c}  {who:<10} {}",
                crate::output::when(*at),
                dropbox_crypto::text::Line(what)
            );
        }
    }
    let counters = s.store.counters()?;
    if id.is_none() && !counters.is_empty() {
        let purged: u64 = counters
            .iter()
            .filter(|c| c.metric == "cases")
            .map(|c| c.count)
            .sum();
        if !json {
            outln!("({purged} purged cases leave only their counts: see `reviewer stats`.)");
        }
    }
    Ok(())
}
