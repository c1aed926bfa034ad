//! Retention: what the server deletes, and when (DESIGN "Server":
//! retention). Every deletion, by rule or by a delete token, goes through
//! [`delete_submission`]: the row first (so it is never listed again), then
//! the ciphertext (file or object), then a WAL checkpoint so the row leaves the disk.

use dropbox_crypto::time::Day;

use crate::error::ApiError;
use crate::state::Shared;

/// What one purge removed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Purged {
    /// Submissions removed.
    pub submissions: usize,
    /// Replies removed.
    pub replies: usize,
    /// Team events removed.
    pub events: usize,
    /// Escrow shares removed.
    pub escrow: usize,
}

/// How long team events are kept (clients re-post snapshots before this).
pub const EVENT_DAYS: u32 = 30;

/// Deletes one submission durably. It works on a full disk (deleting is
/// how a team frees it): the row's removal may use the ballast.
pub async fn delete_submission(state: &Shared, id: &str) -> Result<(), ApiError> {
    let id2 = id.to_owned();
    state.db_member(move |s| s.delete_submission(&id2)).await?;
    state.ciphertexts.remove(id).await?;
    state.db_member(|s| s.checkpoint()).await?;
    Ok(())
}

/// Applies every retention rule as of `today` (the real clock in
/// production; tests pass other days through the same path).
pub async fn purge(state: &Shared, today: Day) -> Result<Purged, ApiError> {
    let roster = state.roster();
    let members = roster.member_ids();
    let r = roster.head.policy.retention.clone();
    let due = state
        .db(move |s| {
            s.due_for_purge(
                today,
                &members,
                r.all_acked_days,
                r.first_ack_days,
                r.unacked_days,
            )
        })
        .await?;
    let mut out = Purged::default();
    for id in &due {
        delete_submission(state, id).await?;
        out.submissions += 1;
    }
    let (read_days, days, backup_days) = (r.reply_read_days, r.reply_days, r.backup_days);
    let members = roster.member_ids();
    let (replies, events, escrow) = state
        .db(move |s| {
            let replies = s.purge_replies(today, read_days, days)?;
            let events = s.purge_events(today, EVENT_DAYS)?;
            let escrow = s.purge_escrow(today, backup_days)?;
            s.purge_dropkeys(today, &members)?;
            s.checkpoint()?;
            Ok((replies, events, escrow))
        })
        .await?;
    out.replies = replies;
    out.events = events;
    out.escrow = escrow;
    Ok(out)
}

/// Settles the data directory's file times as of `today` (see
/// [`crate::blobs::Blobs::settle`]); run at start and after each midnight.
/// Logs only what failed, never counts: the number of files settled is the
/// number of reports that arrived since the last pass.
pub async fn settle_times(state: &Shared, today: Day) {
    let blobs = state.blobs.clone();
    let reserve = state.cfg.reserve_bytes;
    match tokio::task::spawn_blocking(move || blobs.settle(today, reserve)).await {
        Ok(s) => {
            for f in s.failed.iter().take(5) {
                tracing::warn!("could not settle file times (retried tomorrow): {f}");
            }
        }
        Err(e) => tracing::warn!("could not settle file times: {e}"),
    }
}
