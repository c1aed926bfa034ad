//! Retention (POLICY "Retention"): a closed case leaves the active store at
//! once, stays recoverable for the backup window, and is then purged for
//! good: its key is destroyed and only counters remain (per month, type and
//! severity, and time-to-acknowledge / time-to-close histograms).
//!
//! The automatic purge at the start of every command uses the session's
//! clock (the real one, outside tests) and skips itself, with a warning, when the clock moved by more than two
//! days since the last run (a wrong clock must not destroy cases early);
//! `reviewer purge --trust-clock` then purges by the clock as it is.
//! `--as-of` only ever simulates. The rules themselves are in
//! `domain::retention`.

use anyhow::Context;

use dropbox_crypto::messages::EventBody;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::{Day, UnixTime};

use crate::domain::case::Case;
use crate::domain::retention::{Clock, clock_moved, counters_for};
use crate::services::session::{Session, TimeSource};
use crate::services::teamlog;
use crate::store::CaseStore;

/// Compares the real clock with the last run's.
pub fn clock(store: &CaseStore, now: UnixTime) -> anyhow::Result<Clock> {
    let last: Option<i64> = store.meta("last_run")?.map(|s| s.parse()).transpose()?;
    Ok(clock_moved(last, now))
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

/// Purges one case for good, keeping its counters (`now` ends the clocks
/// of a case purged before it was closed).
pub fn purge_case_at(
    store: &mut CaseStore,
    case: &Case,
    today: Day,
    policy: &Policy,
    now: UnixTime,
) -> anyhow::Result<()> {
    store.purge(&case.id, today, &counters_for(case, policy, now))
}

/// [`purge_case_at`] by the system clock, for the team log's callers,
/// which do not carry a session's clock yet (services/teamlog.rs; remove
/// once they pass `now`).
pub fn purge_case(
    store: &mut CaseStore,
    case: &Case,
    today: Day,
    policy: &Policy,
) -> anyhow::Result<()> {
    let now = TimeSource::System.now();
    purge_case_at(store, case, today, policy, now)
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
        let now = s.now();
        purge_case_at(&mut s.store, &case, today, &policy, now)
            .with_context(|| format!("cannot purge case {id}"))?;
        done.push(id);
    }
    Ok(done)
}

/// Events expire on the drop box after 30 days, backups after the backup
/// window: past both (and a week's margin), a purged case's hash has no
/// use, and only the counters remain.
pub fn forget_old_purges(s: &Session, today: Day) -> anyhow::Result<()> {
    let keep = i64::from(s.store.backup_days.max(30)) + 7;
    s.store.forget_purged(today.add_days(-keep))?;
    Ok(())
}

/// The purge at the start of every command.
pub fn automatic(s: &mut Session) -> anyhow::Result<()> {
    let now = s.now();
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
