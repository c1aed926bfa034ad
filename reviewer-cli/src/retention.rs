//! Retention (POLICY "Retention"): a closed case leaves the active store at
//! once, stays recoverable for the backup window, and is then purged for
//! good: its key is destroyed and only counters remain (per month, type and
//! severity, and time-to-acknowledge / time-to-close histograms).
//!
//! The automatic purge at the start of every command uses the real clock
//! and skips itself, with a warning, when the clock moved by more than two
//! days since the last run (a wrong clock must not destroy cases early);
//! `reviewer purge --trust-clock` then purges by the clock as it is.
//! `--as-of` only ever simulates.

use anyhow::Context;

use dropbox_crypto::messages::EventBody;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::{Day, UnixTime};

use crate::case::Case;
use crate::session::Session;
use crate::store::{CaseStore, Counter};
use crate::teamlog;

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

/// Compares the real clock with the last run's.
pub fn clock(store: &CaseStore, now: UnixTime) -> anyhow::Result<Clock> {
    let last: Option<i64> = store.meta("last_run")?.map(|s| s.parse()).transpose()?;
    Ok(match last {
        Some(l) if (now.0 - l).abs() > MAX_CLOCK_JUMP_SECS => Clock::Jumped(now.0 - l),
        _ => Clock::Plausible,
    })
}

/// Accepts the clock as it is now.
pub fn trust_clock(store: &CaseStore, now: UnixTime) -> anyhow::Result<()> {
    store.set_meta("last_run", &now.0.to_string())
}

/// The closed cases whose purge day has come by `as_of`: (id, purge day).
pub fn due(store: &CaseStore, as_of: Day) -> anyhow::Result<Vec<(String, Day)>> {
    Ok(store
        .all_ids()?
        .into_iter()
        .filter_map(|(id, d)| d.filter(|d| *d <= as_of).map(|d| (id, d)))
        .collect())
}

/// The histogram cell an elapsed time falls in.
pub fn bucket(hours: i64) -> &'static str {
    crate::stats::bucket(hours)
}

/// What a case leaves behind: counters only.
pub fn counters_for(case: &Case, policy: &Policy) -> Vec<Counter> {
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
    let end = s.closed_at.unwrap_or_else(|| UnixTime::now().0);
    if let Ok(deadlines) = crate::deadlines::deadlines(&crate::due::facts(case, &s), policy) {
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

/// Purges one case for good, keeping its counters.
pub fn purge_case(
    store: &mut CaseStore,
    case: &Case,
    today: Day,
    policy: &Policy,
) -> anyhow::Result<()> {
    store.purge(&case.id, today, &counters_for(case, policy))
}

/// Purges every closed case whose day has come by `today`, telling the team
/// (a `purge` event, so members whose clocks lag purge too). Returns the ids.
pub fn purge_due(s: &mut Session, today: Day) -> anyhow::Result<Vec<String>> {
    let policy = s.policy();
    let mut done = Vec::new();
    for (id, _) in due(&s.store, today)? {
        let mut case = s.store.case(&id)?;
        if s.chain.is_some() && !case.state().purged {
            let (ctx, store) = s.parts()?;
            teamlog::record(store, &ctx, &mut case, EventBody::Purge)?;
        }
        purge_case(&mut s.store, &case, today, &policy)
            .with_context(|| format!("cannot purge case {id}"))?;
        done.push(id);
    }
    Ok(done)
}

/// Events expire on the drop box after 30 days, backups after the backup
/// window: past both (and a week's margin), a purged case's hash has no
/// use, and only the counters remain.
fn forget_old_purges(s: &Session, today: Day) -> anyhow::Result<()> {
    let keep = i64::from(s.store.backup_days.max(30)) + 7;
    s.store.forget_purged(today.add_days(-keep))?;
    Ok(())
}

/// The purge at the start of every command.
pub fn automatic(s: &mut Session) -> anyhow::Result<()> {
    let now = UnixTime::now();
    match clock(&s.store, now)? {
        Clock::Plausible => {
            let purged = purge_due(s, now.day())?;
            if !purged.is_empty() {
                errln!(
                    "Purged {} closed case(s) whose backup window ended.",
                    purged.len()
                );
            }
            forget_old_purges(s, now.day())?;
            trust_clock(&s.store, now)
        }
        Clock::Jumped(secs) => {
            errln!(
                "warning: the clock moved {} days since the last run, so the automatic purge did not run; if the clock is right, run `reviewer purge --trust-clock`",
                secs / 86_400
            );
            Ok(())
        }
    }
}

/// `reviewer purge [--as-of DATE | --dry-run] [--trust-clock] [--json]`.
pub fn command(
    s: &mut Session,
    as_of: Option<&str>,
    dry_run: bool,
    trust: bool,
    json: bool,
) -> anyhow::Result<()> {
    let now = UnixTime::now();
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
            "the clock moved {} days since the last run; check it, then run `reviewer purge --trust-clock`",
            secs / 86_400
        );
    }
    trust_clock(&s.store, now)?;
    let purged = purge_due(s, day)?;
    forget_old_purges(s, day)?;
    if json {
        jsonln!(
            "{}",
            serde_json::json!({"as_of": day.to_string(), "purged": purged})
        );
    } else {
        outln!("Purged {} closed cases for good.", purged.len());
    }
    Ok(())
}
