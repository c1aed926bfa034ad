//! The table of open tus uploads (docs/PROTOCOL.md §15.7), in memory only:
//! idle times are never written down.
//!
//! Every request path reaches the table through [`Uploads`], whose one lock
//! helper recovers a poisoned lock (`crate::locks`): a panic in a critical
//! section leaves at worst one slot stale, which the PATCH guard's drop and
//! the idle expiry put right.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::error::ApiError;

/// Uploads that received nothing yet, kept in memory only; past this many,
/// a creation drops the oldest of them.
pub const PENDING_UPLOADS: usize = 4096;

/// A resumable upload in progress. Until its first part arrives an upload
/// is memory only (no file, no row), so bodiless creations cost no disk.
#[derive(Debug)]
pub struct UploadSlot {
    /// Bytes received.
    pub offset: u64,
    /// Declared length.
    pub length: u64,
    /// Last activity.
    pub touched: Instant,
    /// A PATCH is being written.
    pub busy: bool,
    /// Its file and row exist.
    pub persisted: bool,
    /// Its age header arrived and checked out.
    pub verified: bool,
    /// sha256(delete token), kept until the row is written.
    pub delete_hash: Option<String>,
    /// sha256(withdrawal secret) (protocol 1.7), kept until the row is
    /// written.
    pub withdraw_hash: Option<String>,
}

impl UploadSlot {
    /// A new upload of `length` bytes, created now, holding nothing.
    pub fn new(length: u64, delete_hash: Option<String>) -> Self {
        UploadSlot {
            offset: 0,
            length,
            touched: Instant::now(),
            busy: false,
            persisted: false,
            verified: false,
            delete_hash,
            withdraw_hash: None,
        }
    }

    /// The same upload, withdrawable with the secret hashing to `hash`.
    pub fn with_withdraw_hash(mut self, hash: Option<String>) -> Self {
        self.withdraw_hash = hash;
        self
    }

    /// An upload found on disk at start-up (its delete and withdraw hashes are in its row).
    pub fn restored(offset: u64, length: u64, verified: bool) -> Self {
        UploadSlot {
            offset,
            length,
            touched: Instant::now(),
            busy: false,
            persisted: true,
            verified,
            delete_hash: None,
            withdraw_hash: None,
        }
    }

    /// Holds data (or is receiving some): counts against the open uploads.
    pub fn active(&self) -> bool {
        self.offset > 0 || self.busy || self.persisted
    }
}

/// What a PATCH starts from, read while its upload was marked busy.
#[derive(Debug, Clone)]
pub struct PatchStart {
    /// Bytes already received.
    pub offset: u64,
    /// Declared length.
    pub length: u64,
    /// Its file and row exist.
    pub persisted: bool,
    /// Its age header already checked out.
    pub verified: bool,
    /// sha256(delete token), for the row the first part writes.
    pub delete_hash: Option<String>,
    /// sha256(withdrawal secret), for the same row.
    pub withdraw_hash: Option<String>,
}

/// The open uploads by id.
#[derive(Debug, Default)]
pub struct Uploads {
    slots: Mutex<HashMap<String, UploadSlot>>,
}

impl Uploads {
    /// A table holding `slots` (the uploads found at start-up).
    pub fn new(slots: HashMap<String, UploadSlot>) -> Self {
        Uploads {
            slots: Mutex::new(slots),
        }
    }

    /// The one way to the table: a poisoned lock is recovered.
    fn table(&self) -> MutexGuard<'_, HashMap<String, UploadSlot>> {
        crate::locks::lock(&self.slots, "upload table")
    }

    /// Adds a new upload. Past [`PENDING_UPLOADS`] uploads holding nothing,
    /// the oldest of those is dropped first.
    pub fn create(&self, id: String, slot: UploadSlot) {
        let mut uploads = self.table();
        let pending = uploads.values().filter(|s| !s.active()).count();
        if pending >= PENDING_UPLOADS {
            let oldest = uploads
                .iter()
                .filter(|(_, s)| !s.active())
                .min_by_key(|(_, s)| s.touched)
                .map(|(id, _)| id.clone());
            if let Some(oldest) = oldest {
                uploads.remove(&oldest);
            }
        }
        uploads.insert(id, slot);
    }

    /// An upload's offset and declared length.
    pub fn position(&self, id: &str) -> Option<(u64, u64)> {
        self.table().get(id).map(|s| (s.offset, s.length))
    }

    /// Whether the upload has received data (or is receiving it).
    pub fn holds_data(&self, id: &str) -> bool {
        self.table().get(id).is_some_and(UploadSlot::active)
    }

    /// Whether the upload is open.
    pub fn contains(&self, id: &str) -> bool {
        self.table().contains_key(id)
    }

    /// How many uploads are open.
    pub fn len(&self) -> usize {
        self.table().len()
    }

    /// How many uploads hold data and the bytes they declared (what a
    /// team's quotas hold for them until they finish or expire). An upload
    /// that received nothing holds no share: bodiless creations, which
    /// cost an attacker nothing, cannot fill a team's quotas.
    pub fn declared(&self) -> (usize, u64) {
        let t = self.table();
        let active = t.values().filter(|s| s.active());
        active.fold((0, 0), |(n, b), s| (n + 1, b + s.length))
    }

    /// Whether no upload is open.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Marks the upload busy for one PATCH claiming `claimed` as its
    /// offset, refusing a PATCH already running (409 `busy`), a wrong
    /// offset (409 `offset`), and, with `too_many`, a first part while
    /// `max_open` other uploads hold data. The guard clears busy on drop.
    pub fn begin_patch(
        &self,
        id: &str,
        claimed: u64,
        max_open: usize,
        too_many: impl FnOnce() -> ApiError,
    ) -> Result<(PatchStart, PatchGuard<'_>), ApiError> {
        let mut uploads = self.table();
        let active = uploads
            .iter()
            .filter(|(k, s)| k.as_str() != id && s.active())
            .count();
        let slot = uploads.get_mut(id).ok_or(ApiError::NotFound)?;
        if slot.busy {
            return Err(ApiError::Conflict(
                "busy",
                "another request is writing this upload".into(),
            ));
        }
        if slot.offset != claimed {
            return Err(ApiError::Conflict(
                "offset",
                format!("Upload-Offset is {}, not {claimed}", slot.offset),
            ));
        }
        // Only uploads that hold data count against the open uploads.
        if !slot.active() && active >= max_open {
            return Err(too_many());
        }
        slot.busy = true;
        let start = PatchStart {
            offset: slot.offset,
            length: slot.length,
            persisted: slot.persisted,
            verified: slot.verified,
            delete_hash: slot.delete_hash.clone(),
            withdraw_hash: slot.withdraw_hash.clone(),
        };
        Ok((
            start,
            PatchGuard {
                uploads: self,
                id: id.to_owned(),
            },
        ))
    }

    /// Runs `f` on the upload's slot, if it is still open.
    fn update(&self, id: &str, f: impl FnOnce(&mut UploadSlot)) {
        if let Some(s) = self.table().get_mut(id) {
            f(s);
        }
    }

    /// Its file and row now exist.
    pub fn mark_persisted(&self, id: &str) {
        self.update(id, |s| s.persisted = true);
    }

    /// Its age header checked out.
    pub fn mark_verified(&self, id: &str) {
        self.update(id, |s| s.verified = true);
    }

    /// The bytes received so far.
    pub fn set_offset(&self, id: &str, offset: u64) {
        self.update(id, |s| s.offset = offset);
    }

    /// Drops the upload from the table; returns its slot.
    pub fn remove(&self, id: &str) -> Option<UploadSlot> {
        self.table().remove(id)
    }

    /// The uploads to expire at `now`: idle longer than `idle`, or longer
    /// than `start` when they received nothing. A busy upload is never
    /// idle.
    pub fn idle(&self, now: Instant, start: Duration, idle: Duration) -> Vec<String> {
        self.table()
            .iter()
            .filter(|(_, s)| {
                let limit = if s.offset == 0 { start } else { idle };
                !s.busy && now.saturating_duration_since(s.touched) > limit
            })
            .map(|(id, _)| id.clone())
            .collect()
    }
}

/// Marks an upload busy for one PATCH; clears it (and counts the PATCH as
/// activity) on drop, however the PATCH ends.
#[derive(Debug)]
pub struct PatchGuard<'a> {
    uploads: &'a Uploads,
    id: String,
}

impl Drop for PatchGuard<'_> {
    fn drop(&mut self) {
        self.uploads.update(&self.id, |s| {
            s.busy = false;
            s.touched = Instant::now();
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_with(ids: &[&str]) -> Uploads {
        let t = Uploads::default();
        for id in ids {
            t.create((*id).to_owned(), UploadSlot::new(100, None));
        }
        t
    }

    fn too_many() -> ApiError {
        ApiError::Unavailable("too many".into())
    }

    #[test]
    fn expiry_takes_the_short_limit_until_a_byte_arrives_and_never_a_busy_upload() {
        let t = table_with(&["empty", "started", "busy"]);
        t.set_offset("started", 10);
        let (_, guard) = t.begin_patch("busy", 0, 64, too_many).unwrap();
        let (start, idle) = (Duration::from_secs(120), Duration::from_secs(1800));
        let now = Instant::now();
        assert!(t.idle(now, start, idle).is_empty(), "nothing is idle yet");
        let mut later = t.idle(now + Duration::from_secs(121), start, idle);
        later.sort();
        assert_eq!(later, ["empty"], "only the one that received nothing");
        let mut much_later = t.idle(now + Duration::from_secs(1801), start, idle);
        much_later.sort();
        assert_eq!(much_later, ["empty", "started"], "a busy upload stays");
        drop(guard);
        let mut after = t.idle(now + Duration::from_secs(3600), start, idle);
        after.sort();
        assert_eq!(after, ["busy", "empty", "started"]);
    }

    #[test]
    fn a_patch_is_refused_while_another_runs_or_at_a_wrong_offset() {
        let t = table_with(&["a"]);
        let (start, guard) = t.begin_patch("a", 0, 64, too_many).unwrap();
        assert_eq!((start.offset, start.length), (0, 100));
        let busy = t.begin_patch("a", 0, 64, too_many).unwrap_err();
        assert!(matches!(busy, ApiError::Conflict("busy", _)), "{busy:?}");
        drop(guard);
        t.set_offset("a", 40);
        let stale = t.begin_patch("a", 0, 64, too_many).unwrap_err();
        assert!(
            matches!(stale, ApiError::Conflict("offset", _)),
            "{stale:?}"
        );
        assert!(t.begin_patch("a", 40, 64, too_many).is_ok());
        assert!(matches!(
            t.begin_patch("gone", 0, 64, too_many).unwrap_err(),
            ApiError::NotFound
        ));
    }

    #[test]
    fn only_uploads_holding_data_count_against_the_open_limit() {
        let t = table_with(&["a", "b", "c"]);
        t.set_offset("a", 1);
        // "a" holds data: "b"'s first part would make two, over a limit of 1.
        let refused = t.begin_patch("b", 0, 1, too_many).unwrap_err();
        assert!(matches!(refused, ApiError::Unavailable(_)), "{refused:?}");
        // "a" itself may go on.
        assert!(t.begin_patch("a", 1, 1, too_many).is_ok());
    }

    #[test]
    fn past_the_pending_limit_a_creation_drops_the_oldest_empty_upload() {
        let t = Uploads::default();
        let old = Instant::now();
        let mut first = UploadSlot::new(1, None);
        first.touched = old;
        t.create("first".into(), first);
        let mut holding = UploadSlot::new(1, None);
        holding.touched = old;
        holding.offset = 1;
        t.create("holding".into(), holding);
        for i in 1..PENDING_UPLOADS {
            let mut s = UploadSlot::new(1, None);
            s.touched = old + Duration::from_secs(1);
            t.create(format!("p{i}"), s);
        }
        assert_eq!(t.len(), PENDING_UPLOADS + 1);
        t.create("new".into(), UploadSlot::new(1, None));
        assert_eq!(t.len(), PENDING_UPLOADS + 1);
        assert!(!t.contains("first"), "the oldest empty one went");
        assert!(
            t.contains("holding"),
            "one holding data is never pushed out"
        );
        assert!(t.contains("new"));
    }

    #[test]
    fn a_poisoned_table_is_recovered_not_a_panic_on_every_request() {
        let t = std::sync::Arc::new(table_with(&["a"]));
        let t2 = t.clone();
        let panicked = std::thread::spawn(move || {
            let _held = t2.table();
            panic!("a request handler panics holding the table");
        })
        .join();
        assert!(panicked.is_err());
        assert!(t.slots.is_poisoned());
        assert_eq!(t.position("a"), Some((0, 100)));
        assert!(!t.slots.is_poisoned(), "the poison is cleared once");
        t.set_offset("a", 5);
        assert_eq!(t.position("a"), Some((5, 100)));
    }
}
