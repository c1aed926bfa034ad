//! Disk space: the operator's reserve, the space uploads may take while
//! their bytes arrive, and the ballast kept aside so members can still
//! work on a full disk (issue 15; docs/OPERATIONS.md "Disk space").
//!
//! Invariants:
//! - Nothing is reserved for a declared length (`Content-Length`,
//!   `Upload-Length`): a transfer reserves a window ahead of the bytes it
//!   is about to write ([`STEP`], or [`UNVERIFIED_STEP`] until its age header
//!   has been checked) and takes the next one only after the last is on
//!   disk, where free space counts it. So an anonymous client holds at most
//!   one window per request in flight, and what unverified transfers hold in
//!   all is capped (`Config::unverified_reserve_bytes`).
//! - A transfer is refused when free space minus every window held would
//!   fall below `Config::reserve_bytes`.
//! - `DATA/ballast` ([`BALLAST_BYTES`], allocated) is released the first
//!   time a member's read, ack or delete finds the disk full; from then on
//!   ("disk full") every other write is refused with 503 `disk-full`, so the
//!   released space serves the members' nonces, acks and deletions, until
//!   free space is back above the reserve and the ballast is remade.
//! - Refusals are counted, never described: the hourly log line says how
//!   many, nothing about a client.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::error::ApiError;

/// The ballast's file name in the data directory.
pub const BALLAST_FILE: &str = "ballast";
/// Space kept aside for members' reads, acks and deletes on a full disk.
pub const BALLAST_BYTES: u64 = 16 << 20;
/// The window a transfer whose age header checked out reserves ahead.
pub const STEP: u64 = 1 << 20;
/// The window a transfer reserves ahead until its age header is checked
/// (a header is at most 64 KiB).
pub const UNVERIFIED_STEP: u64 = 64 << 10;

/// Why a write was refused, counted for the hourly log line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Free space would fall below the reserve.
    Space,
    /// The disk is full (the ballast is in use).
    Full,
    /// Unverified uploads already hold their cap.
    Unverified,
    /// Too many uploads in progress.
    Uploads,
}

#[derive(Debug, Default)]
struct Book {
    /// Bytes held by windows of transfers in flight.
    reserved: u64,
    /// The part of `reserved` held by transfers not yet verified.
    unverified: u64,
}

/// The data volume's accounting (one per server).
#[derive(Debug)]
pub struct Disk {
    data: PathBuf,
    reserve: u64,
    unverified_cap: u64,
    book: Mutex<Book>,
    full: AtomicBool,
    counts: [AtomicU64; 4],
}

impl Disk {
    /// Accounting for `data`; makes the ballast if it is missing and there
    /// is room for it, and starts in "disk full" when there is not.
    pub fn open(data: &Path, reserve: u64, unverified_cap: u64) -> Self {
        let d = Disk {
            data: data.to_owned(),
            reserve,
            unverified_cap,
            book: Mutex::new(Book::default()),
            full: AtomicBool::new(false),
            counts: Default::default(),
        };
        if !d.ballast_ok() && make_ballast(&d.ballast_path()).is_err() {
            let _ = std::fs::remove_file(d.ballast_path());
            d.full.store(true, Ordering::SeqCst);
        }
        d
    }

    fn ballast_path(&self) -> PathBuf {
        self.data.join(BALLAST_FILE)
    }

    fn ballast_ok(&self) -> bool {
        std::fs::metadata(self.ballast_path()).is_ok_and(|m| m.len() >= BALLAST_BYTES)
    }

    /// Bytes free on the data volume.
    pub fn free(&self) -> io::Result<u64> {
        crate::blobs::free_space(&self.data)
    }

    /// Whether the ballast is in use: only members' reads, acks and
    /// deletes are served.
    pub fn is_full(&self) -> bool {
        self.full.load(Ordering::SeqCst)
    }

    /// Counts a refusal.
    pub fn count(&self, why: Refusal) {
        self.counts[why as usize].fetch_add(1, Ordering::Relaxed);
    }

    /// The refusals since the last call, and resets them: (space, full,
    /// unverified, uploads).
    pub fn take_counts(&self) -> [u64; 4] {
        std::array::from_fn(|i| self.counts[i].swap(0, Ordering::Relaxed))
    }

    fn refuse(&self, why: Refusal) -> ApiError {
        self.count(why);
        match why {
            Refusal::Space | Refusal::Full => ApiError::DiskFull,
            Refusal::Unverified | Refusal::Uploads => {
                ApiError::Unavailable("too many uploads in progress; try again later".into())
            }
        }
    }

    /// Refuses every write but members' reads, acks and deletes while the
    /// disk is full.
    pub fn refuse_if_full(&self) -> Result<(), ApiError> {
        if self.is_full() {
            return Err(self.refuse(Refusal::Full));
        }
        Ok(())
    }

    /// A refusal counted under "too many uploads in progress".
    pub fn too_many_uploads(&self) -> ApiError {
        self.refuse(Refusal::Uploads)
    }

    /// Refuses at once a transfer of `n` bytes that could not fit now
    /// (nothing is held: the bytes must still find room as they arrive).
    pub fn has_room_for(&self, n: u64) -> Result<(), ApiError> {
        self.refuse_if_full()?;
        let free = self.free()?;
        let reserved = crate::locks::lock(&self.book, "disk book").reserved;
        if free < n.saturating_add(reserved).saturating_add(self.reserve) {
            return Err(self.refuse(Refusal::Space));
        }
        Ok(())
    }

    fn take(&self, n: u64, verified: bool) -> Result<(), ApiError> {
        self.refuse_if_full()?;
        let free = self.free()?;
        let mut book = crate::locks::lock(&self.book, "disk book");
        if !verified && book.unverified.saturating_add(n) > self.unverified_cap {
            drop(book);
            return Err(self.refuse(Refusal::Unverified));
        }
        if free < n.saturating_add(book.reserved).saturating_add(self.reserve) {
            drop(book);
            return Err(self.refuse(Refusal::Space));
        }
        book.reserved += n;
        if !verified {
            book.unverified += n;
        }
        Ok(())
    }

    fn give_back(&self, n: u64, verified: bool) {
        let mut book = crate::locks::lock(&self.book, "disk book");
        book.reserved = book.reserved.saturating_sub(n);
        if !verified {
            book.unverified = book.unverified.saturating_sub(n);
        }
    }

    /// Releases the ballast because a member's request found the disk
    /// full; true if it was there to release (the caller retries).
    pub fn release_ballast(&self) -> bool {
        let was_full = self.full.swap(true, Ordering::SeqCst);
        let released = std::fs::remove_file(self.ballast_path()).is_ok();
        if !was_full {
            tracing::error!(
                "the data volume is full: released the {} MiB kept aside so members can still read, ack and delete; every other write is refused until space is freed",
                BALLAST_BYTES >> 20
            );
        }
        released
    }

    /// Remakes the ballast once free space is back above the reserve and
    /// the ballast (run from the maintenance loop).
    pub fn restore_ballast(&self) {
        if !self.is_full() {
            return;
        }
        let room = self
            .free()
            .is_ok_and(|f| f >= self.reserve.saturating_add(2 * BALLAST_BYTES));
        if room && make_ballast(&self.ballast_path()).is_ok() {
            self.full.store(false, Ordering::SeqCst);
            tracing::warn!("the data volume has room again: accepting reports");
        }
    }

    /// Why submissions are being refused right now, if they are.
    pub fn degraded(&self) -> Option<String> {
        if self.is_full() {
            return Some(
                "the disk is full; reports are refused, members can still read, ack and delete"
                    .into(),
            );
        }
        match self.free() {
            Ok(free) if free < self.reserve => Some(format!(
                "free disk space ({} MiB) is below the reserve ({} MiB); reports are refused",
                free >> 20,
                self.reserve >> 20
            )),
            Ok(_) => None,
            Err(e) => Some(format!("cannot read the free disk space: {e}")),
        }
    }
}

/// Allocates the ballast (written out where the file system cannot
/// allocate without writing), durably.
fn make_ballast(path: &Path) -> io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("new");
    let mut f = std::fs::File::create(&tmp)?;
    let allocated =
        rustix::fs::fallocate(&f, rustix::fs::FallocateFlags::empty(), 0, BALLAST_BYTES).is_ok();
    if !allocated {
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..(BALLAST_BYTES >> 20) {
            f.write_all(&zeros)?;
        }
    }
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })?;
    Ok(())
}

/// Disk space held for one transfer's next bytes; released on drop.
pub struct Reservation<'a> {
    disk: &'a Disk,
    held: u64,
    left: u64,
    verified: bool,
}

impl<'a> Reservation<'a> {
    /// Holds nothing yet; `verified` when the age header was already checked
    /// (a tus upload's later parts).
    pub fn new(disk: &'a Disk, verified: bool) -> Self {
        Reservation {
            disk,
            held: 0,
            left: 0,
            verified,
        }
    }

    /// Whether the next `n` bytes fit in the window held.
    pub fn covers(&self, n: u64) -> bool {
        n <= self.left
    }

    /// Gives back the window (the caller has flushed its bytes to the file,
    /// so free space counts them) and takes the next: at least `n` bytes, a
    /// step if `expected` (the bytes still to come) allows.
    pub fn next_window(&mut self, n: u64, expected: u64) -> Result<(), ApiError> {
        self.give_back();
        let step = if self.verified { STEP } else { UNVERIFIED_STEP };
        let want = n.max(step.min(expected));
        self.disk.take(want, self.verified)?;
        self.held = want;
        self.left = want;
        Ok(())
    }

    /// Counts `n` bytes written out of the window.
    pub fn consume(&mut self, n: u64) {
        self.left = self.left.saturating_sub(n);
    }

    /// The transfer's age header checked out: its window leaves the
    /// unverified cap.
    pub fn verified(&mut self) {
        if !self.verified {
            let mut book = crate::locks::lock(&self.disk.book, "disk book");
            book.unverified = book.unverified.saturating_sub(self.held);
            self.verified = true;
        }
    }

    fn give_back(&mut self) {
        self.disk.give_back(self.held, self.verified);
        self.held = 0;
        self.left = 0;
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        self.give_back();
    }
}
