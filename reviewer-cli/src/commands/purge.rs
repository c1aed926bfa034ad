//! `reviewer purge`: purge the closed cases whose backup window ended, or
//! show which would be purged on a date.

use dropbox_crypto::time::Day;

use crate::domain::retention::Clock;
use crate::services::retention::{clock, due, forget_old_purges, purge_due, trust_clock};
use crate::services::session::Session;

/// `reviewer purge [--as-of DATE | --dry-run] [--trust-clock] [--json]`.
pub fn command(
    s: &mut Session,
    as_of: Option<&str>,
    dry_run: bool,
    trust: bool,
    json: bool,
) -> anyhow::Result<()> {
    let now = s.now();
    let simulated: Option<Day> = as_of
        .map(|d| {
            d.parse()
                .map_err(|e| anyhow::anyhow!("--as-of must be YYYY-MM-DD: {e}"))
        })
        .transpose()?;
    let day = simulated.unwrap_or_else(|| now.day());
    let pending = due(&s.store, day)?;
    // A simulated date never purges for real.
    if simulated.is_some() || dry_run {
        if json {
            let out: Vec<_> = pending
                .iter()
                .map(|(id, d)| serde_json::json!({"id": id, "purge_day": d.to_string()}))
                .collect();
            jsonln!(
                "{}",
                serde_json::json!({"as_of": day.to_string(), "would_purge": out})
            );
        } else if pending.is_empty() {
            outln!("As of {day}, nothing would be purged.");
        } else {
            outln!("As of {day}, these closed cases would be purged:");
            for (id, d) in &pending {
                outln!("  {id}  (purge day {d})");
            }
        }
        return Ok(());
    }
    if let Clock::Jumped(secs) = clock(&s.store, now)?
        && !trust
    {
        anyhow::bail!(
            "the clock moved {} since the last run; check it, then run `reviewer purge --trust-clock`",
            dropbox_term::count(secs.unsigned_abs() / 86_400, "day", "days")
        );
    }
    trust_clock(&s.store, now)?;
    let purged = purge_due(s, day)?;
    forget_old_purges(s, day)?;
    let drop_keys = crate::services::dropkeys::destroy_expired(s)?;
    if json {
        jsonln!(
            "{}",
            serde_json::json!({"as_of": day.to_string(), "purged": purged, "drop_keys_destroyed": drop_keys})
        );
    } else {
        outln!("Purged {} closed cases for good.", purged.len());
        if drop_keys > 0 {
            outln!(
                "Destroyed {} whose window and grace ended.",
                dropbox_term::count(drop_keys as u64, "drop key", "drop keys")
            );
        }
    }
    Ok(())
}
