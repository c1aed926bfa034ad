//! A team's quotas, set by whoever hosts its drop box: the bytes it may
//! hold (reports kept and uploads in progress together) and the reports it
//! may take per day. Counted from the database (days only, as everything
//! it keeps), the open uploads' declared lengths and what requests in
//! flight have been admitted for, so concurrent submissions cannot
//! overshoot together.

use std::sync::Mutex;

use crate::error::ApiError;
use crate::state::Shared;

/// What admitted requests hold until their report is committed.
#[derive(Debug, Default)]
pub struct InFlight {
    /// Admissions run one at a time per team (each reads the database).
    admit: tokio::sync::Mutex<()>,
    held: Mutex<Held>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Held {
    bytes: u64,
    reports: u32,
}

/// What one admitted request holds; given back when dropped (by then its
/// report is in the database, or it failed).
pub struct Ticket {
    state: Option<Shared>,
    held: Held,
}

impl Ticket {
    /// One ticket holding what two held.
    pub fn join(mut a: Ticket, mut b: Ticket) -> Ticket {
        let state = a.state.take().or_else(|| b.state.take());
        let held = Held {
            bytes: a.held.bytes + b.held.bytes,
            reports: a.held.reports + b.held.reports,
        };
        // Both emptied: only the joined ticket gives back.
        a.held = Held::default();
        b.held = Held::default();
        Ticket { state, held }
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if let Some(state) = &self.state {
            let mut h = crate::locks::lock(&state.quota.held, "quota");
            h.bytes = h.bytes.saturating_sub(self.held.bytes);
            h.reports = h.reports.saturating_sub(self.held.reports);
        }
    }
}

/// Admits `bytes` more and `reports` more new reports for this team, or
/// refuses with `quota` (507) or `daily-limit` (429). Open uploads count
/// with their declared length: a tus creation admits with `hold: false`,
/// as its slot then counts.
pub async fn admit(
    state: &Shared,
    bytes: u64,
    reports: u32,
    hold: bool,
) -> Result<Ticket, ApiError> {
    let (storage, per_day) = (state.cfg.storage_quota, state.cfg.submissions_per_day);
    if storage.is_none() && per_day.is_none() {
        return Ok(Ticket {
            state: None,
            held: Held::default(),
        });
    }
    let _one_at_a_time = state.quota.admit.lock().await;
    // Read what is held BEFORE the database: a request that commits and
    // lets go in between is then counted twice (refusing early), never
    // not at all.
    let held = *crate::locks::lock(&state.quota.held, "quota");
    let (open, open_bytes) = if crate::routes::submit::shared::enabled(state) {
        // Uploads shared by replicas are counted where they all see them.
        state.db(|s| s.open_upload_usage()).await?
    } else {
        state.uploads.declared()
    };
    let today = state.today();
    let (stored, today_count) = state.db(move |s| s.usage(today)).await?;
    if let Some(max) = storage {
        let used = stored.saturating_add(open_bytes).saturating_add(held.bytes);
        if used.saturating_add(bytes) > max {
            return Err(ApiError::Quota(
                "quota",
                format!(
                    "this drop box is full: its host allows the team {} MiB and {} MiB are in use; try again later or reach the team another way",
                    max >> 20,
                    used.div_ceil(1 << 20)
                ),
            ));
        }
    }
    if let Some(max) = per_day {
        let taken = u64::from(today_count) + open as u64 + u64::from(held.reports);
        if taken + u64::from(reports) > u64::from(max) {
            return Err(ApiError::Quota(
                "daily-limit",
                format!(
                    "this drop box has taken the {max} reports a day its host allows; try again tomorrow (UTC) or reach the team another way"
                ),
            ));
        }
    }
    if !hold {
        return Ok(Ticket {
            state: None,
            held: Held::default(),
        });
    }
    let mut h = crate::locks::lock(&state.quota.held, "quota");
    h.bytes = h.bytes.saturating_add(bytes);
    h.reports = h.reports.saturating_add(reports);
    Ok(Ticket {
        state: Some(state.clone()),
        held: Held { bytes, reports },
    })
}
