//! What is due (`reviewer due` and the window's "Due" view): the policy's
//! clocks for every open case, most urgent first, and the items on the
//! drop box this member has not acknowledged, before the server's cap
//! purges them.

use dropbox_crypto::time::{Day, UnixTime};

use crate::domain::case::{Annotations, Case};
use crate::domain::deadlines::{self, Deadline};
use crate::domain::due::facts;
use crate::services::session::Session;

/// The queue as of an instant.
pub struct Queue {
    /// Each case with open deadlines, most urgent first.
    pub rows: Vec<(Case, Annotations, Vec<Deadline>)>,
    /// Items not acknowledged: the oldest day, and days left before the
    /// server purges them.
    pub pending: Vec<(String, i64)>,
    /// Cases their reporter withdrew, closed but listed until purged (a
    /// member may still need to keep one), with their titles.
    pub withdrawn: Vec<(crate::domain::due::WithdrawnCase, Option<String>)>,
    /// With `online`: what the drop box answered, the server asked, how
    /// many items wait for this member, and the oldest one's day.
    pub online: Option<(String, usize, Option<String>)>,
}

/// The queue as of `now`; `mine` keeps this member's cases and the
/// unowned; `online` is the drop box to ask for the items waiting
/// unacknowledged (else as the last sync left them).
pub fn queue(
    s: &Session,
    now: UnixTime,
    mine: bool,
    online: Option<&str>,
) -> anyhow::Result<Queue> {
    let policy = s.policy();
    let me = s.keys.id.as_str();
    let mut rows = Vec::new();
    let mut withdrawn = Vec::new();
    for (id, purge) in s.store.all_ids()? {
        if purge.is_none() {
            continue;
        }
        let c = s.store.case(&id)?;
        if let Some(w) = crate::domain::due::withdrawn(&c, &c.state(), s.store.backup_days) {
            withdrawn.push((w, c.report.title.clone()));
        }
    }
    for c in s.store.cases()? {
        let st = c.state();
        if mine && st.owner.as_ref().is_some_and(|o| o.as_str() != me) {
            continue;
        }
        let f = facts(&c, &st);
        let ds: Vec<Deadline> = deadlines::deadlines(&f, &policy)?
            .into_iter()
            .filter(|d| d.done.is_none())
            .collect();
        if ds.is_empty() {
            continue;
        }
        let key = deadlines::queue_key(&f, &ds, now);
        rows.push((key, c, st, ds));
    }
    rows.sort_by_key(|a| a.0);
    // Items nobody here has acknowledged yet wait on the drop box; the
    // server purges them after `unacked_days`.
    // Items this member has not acknowledged (every item nobody has is
    // among them): from the drop box with --online, else as the last sync
    // left them. The server purges an item nobody acked after
    // `unacked_days`.
    let mut answer = None;
    let days: Vec<String> = if let Some(server) = online {
        let days: Vec<String> = crate::remote::Api::new(server, &s.keys)?
            .inbox()?
            .into_iter()
            .map(|(_, _, day, _)| day)
            .collect();
        answer = Some((server.to_owned(), days.len(), days.iter().min().cloned()));
        days
    } else {
        s.store
            .meta("inbox_oldest")?
            .filter(|d| !d.is_empty())
            .into_iter()
            .collect()
    };
    let mut pending: Vec<(String, i64)> = Vec::new();
    for d in days {
        let first: Day = d.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
        if let Some(left) =
            deadlines::unacked_warning(first, policy.retention.unacked_days, now.day())
        {
            pending.push((first.to_string(), left));
        }
    }
    pending.sort();
    Ok(Queue {
        rows: rows.into_iter().map(|(_, c, st, ds)| (c, st, ds)).collect(),
        pending,
        withdrawn,
        online: answer,
    })
}
