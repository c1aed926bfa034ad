//! Sync with the drop box: the roster first, then this member's queued
//! events and replies, the team's event log, new items filed or
//! quarantined and acked, parked events, snapshots.
//!
//! Sync is restartable: an item is filed and committed before it is acked,
//! and an item already filed is not filed twice, so a sync killed at any
//! point and run again neither loses nor duplicates a case.

use anyhow::Context;
use serde::Serialize;

use dropbox_crypto::bundle::Kind;
use dropbox_crypto::time::Day;

use crate::domain::ingest::{Filed, Refusal};
use crate::remote::Api;
use crate::services::dropkeys;
use crate::services::ingest::{file_ciphertext_with, quarantine_facts};
use crate::services::roster::check_pages;
use crate::services::session::Session;
use crate::services::teamlog::{self, Ctx};

/// An item set aside instead of filed.
#[derive(Debug, Clone, Serialize)]
pub struct Quarantined {
    /// The drop box's id of the item.
    pub id: String,
    /// Why, for a person.
    pub reason: String,
    /// Forged or tampered with, not merely unreadable.
    pub alert: bool,
}

/// What one sync did (`reviewer sync --json` prints it as it is).
#[derive(Debug, Default, Clone, Serialize)]
pub struct Outcome {
    /// Reports filed as new cases.
    pub new_cases: usize,
    /// Follow-ups filed (and reports this store already had).
    pub followups: usize,
    /// Items not encrypted to this member.
    pub unreadable: usize,
    /// Follow-ups left on the drop box for their report.
    pub followups_waiting: usize,
    /// Items set aside.
    pub quarantined: Vec<Quarantined>,
    /// Conflicts and corrected grants, for a person to look at.
    pub alerts: Vec<String>,
    /// Own events and replies posted.
    pub events_posted: usize,
    /// Colleagues' events applied.
    pub events_applied: usize,
    /// Events waiting for their case to reach this store.
    pub events_waiting: u64,
    /// Events encrypted to others only.
    pub events_not_for_me: usize,
    /// Events refused (forged, foreign, out of place).
    pub events_rejected: Vec<String>,
    /// Cases granted to this member.
    pub granted: usize,
    /// Cases the team purged.
    pub purged: Vec<String>,
    /// Snapshots queued for colleagues.
    pub snapshots: usize,
    /// Pages that do not match the roster's hash, or could not be checked.
    pub page_alerts: Vec<String>,
    /// Items that could not be handled; they stay for the next sync.
    pub errors: Vec<String>,
    /// Drop keys made, destroyed and published (protocol 1.4).
    pub drop_keys: dropkeys::Rotation,
}

/// Syncs an open session (without the automatic purge, which runs once
/// the roster is verified) with `server`; `team` pins the fingerprint the
/// first time; `bar` counts the items (hidden or not, as the caller
/// chose). Warnings a person must see at once (a refused event, a
/// quarantined item) go to stderr as they happen.
pub fn run(
    mut s: Session,
    server: &str,
    team: Option<&str>,
    bar: &indicatif::ProgressBar,
) -> anyhow::Result<Outcome> {
    let server = server.to_owned();
    s.cfg.server = Some(server.clone());
    if let Some(t) = team {
        s.cfg.team = Some(t.to_owned());
    }
    let served = Api::new(&server, &s.keys)?.chain()?;
    s.adopt_chain(served)?;
    let mut out = Outcome {
        page_alerts: check_pages(&server, s.chain()?),
        ..Outcome::default()
    };
    for a in &out.page_alerts {
        errln!("{a}");
    }
    let api = Api::new(&server, &s.keys)?;
    out.drop_keys = dropkeys::rotate(&s, &api)?;
    let drop_ids = dropkeys::identities(&s)?;
    let drop_ids: Vec<_> = drop_ids.iter().map(|d| &d.identity).collect();
    let (posted, errors) = teamlog::post_outbox(&api, &mut s.store)?;
    out.events_posted = posted;
    out.errors = errors;
    let ctx = Ctx {
        keys: &s.keys,
        chain: s.chain.as_ref().context("the roster was not saved")?,
        now: s.now(),
    };
    let pulled = teamlog::pull(&api, &mut s.store, &ctx)?;
    for r in &pulled.rejected {
        errln!("ALERT: refused {r}");
    }
    let unacked_days = ctx.chain.head().roster.policy.retention.unacked_days;
    let today = ctx.now.day();
    let items = api.inbox()?;
    bar.set_length(items.len() as u64);
    let mut unacked: Vec<String> = Vec::new();
    for (id, receipt, day) in items {
        bar.inc(1);
        // Whatever ends this turn early leaves the item unacked.
        unacked.push(day.clone());
        let handled = s.store.item(&id)?;
        if handled.is_none() {
            let ct = match api.fetch_to_file(&id, &receipt, &s.home.join(crate::home::TMP))? {
                Ok(ct) => ct,
                Err(e) => {
                    out.errors.push(e);
                    continue;
                }
            };
            let mut probe = ct.try_clone()?;
            let filed = file_ciphertext_with(
                &mut s.store,
                &s.keys,
                &drop_ids,
                &ctx.chain.fingerprint,
                std::io::BufReader::new(ct),
                Some(&id),
                &receipt,
                ctx.now,
            );
            let refusal = match filed {
                Ok(Filed::NewCase(_)) => {
                    out.new_cases += 1;
                    None
                }
                Ok(Filed::Followup(_) | Filed::Duplicate(_)) => {
                    out.followups += 1;
                    None
                }
                Ok(Filed::Conflict(case)) => {
                    out.followups += 1;
                    out.alerts.push(format!(
                        "case {case}: two follow-ups with the same number and different content; both are kept (`reviewer show {case}`)"
                    ));
                    None
                }
                Ok(Filed::GrantCorrected(case)) => {
                    out.alerts.push(format!(
                        "ALERT: case {case}: the report differs from the grant of it you received; the report replaced it (its log names who granted it)"
                    ));
                    None
                }
                Ok(Filed::Withdrawn(case)) => {
                    if let Some(case) = case {
                        out.alerts
                            .push(crate::domain::ingest::withdrawn_alert(&case));
                    }
                    None
                }
                Ok(Filed::Unreadable) => {
                    s.store.record_unreadable(&id)?;
                    out.unreadable += 1;
                    None
                }
                Ok(Filed::Pending) => {
                    if still_waits(&day, unacked_days, today) {
                        out.followups_waiting += 1;
                        continue;
                    }
                    Some(Refusal {
                        kind: Some(Kind::Followup),
                        reason: "a follow-up whose report never reached this store".into(),
                        alert: false,
                    })
                }
                Ok(Filed::Refused(r)) => Some(r),
                Err(e) => {
                    out.errors.push(format!("{id}: {e:#}"));
                    continue;
                }
            };
            if let Some(r) = refusal {
                std::io::Seek::rewind(&mut probe)?;
                let facts = quarantine_facts(&id, &day, probe, &r, today)?;
                s.store.quarantine(&id, &facts)?;
                errln!(
                    "{}quarantined item {id}: {} (`reviewer quarantine {id}` shows what is known of it)",
                    if r.alert { "ALERT: " } else { "warning: " },
                    r.reason
                );
                out.quarantined.push(Quarantined {
                    id: id.clone(),
                    reason: r.reason,
                    alert: r.alert,
                });
            }
        }
        // Every item is acked, readable or not, after the local commit.
        let (status, body) = api.call("POST", &format!("/v1/submissions/{id}/ack"), None, b"")?;
        if status == 204 {
            s.store.mark_acked(&id)?;
            unacked.pop();
        } else {
            out.errors.push(format!(
                "{id}: ack refused: {}",
                Api::refusal(status, &body)
            ));
        }
    }
    bar.finish_and_clear();
    // Team events that came before their case (a report filed just now, a
    // grant received in this pull) apply now, in log order.
    let unparked = teamlog::apply_parked(&mut s.store, &ctx)?;
    for r in &unparked.rejected {
        errln!("ALERT: refused {r}");
    }
    out.events_applied = pulled.applied + unparked.applied;
    out.events_not_for_me = pulled.not_for_me;
    out.granted = pulled.granted;
    out.purged = pulled.purged.clone();
    out.purged.extend(unparked.purged.iter().cloned());
    out.events_rejected = pulled.rejected.clone();
    out.events_rejected
        .extend(unparked.rejected.iter().cloned());
    out.events_waiting = s.store.parked_count()?;
    // `reviewer due` warns before the server's cap purges what stays unacked.
    let oldest = unacked.iter().min().cloned().unwrap_or_default();
    s.store.set_meta("inbox_oldest", &oldest)?;
    if unacked.is_empty() {
        dropkeys::mark_synced(&s, today)?;
    }
    out.snapshots = teamlog::queue_snapshots(&mut s.store, &ctx)?;
    let (posted_after, errors_after) = teamlog::post_outbox(&api, &mut s.store)?;
    out.events_posted += posted_after;
    out.errors.extend(errors_after);
    Ok(out)
}

/// Whether a follow-up whose report this store lacks still waits on the
/// drop box: its report (or a grant of it) may still come, and only when
/// the drop box would drop it unacked is it set aside.
fn still_waits(arrived: &str, unacked_days: u32, today: Day) -> bool {
    arrived
        .parse::<Day>()
        .ok()
        .map(|d| d.add_days(i64::from(unacked_days) - 1))
        .is_some_and(|d| d > today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_followup_waits_until_the_last_day_before_the_cap() {
        let arrived: Day = "2026-03-01".parse().unwrap();
        let day = |n| arrived.add_days(n);
        assert!(still_waits("2026-03-01", 7, day(0)));
        assert!(still_waits("2026-03-01", 7, day(5)));
        // Day 7 of 7 unacked days is the last the drop box keeps it.
        assert!(!still_waits("2026-03-01", 7, day(6)));
        assert!(!still_waits("2026-03-01", 7, day(30)));
        // A day the drop box garbled never waits forever.
        assert!(!still_waits("not a day", 7, day(0)));
    }
}
