//! The server's metadata store: the only module with SQL.
//!
//! One trait, [`MetadataStore`], holds every operation the server runs on
//! its metadata, with two implementations: SQLite in the data directory
//! (the default, [`sqlite`]) and PostgreSQL shared by any number of
//! processes ([`pg`]). Handlers hold a [`Store`], which owns either and
//! dereferences to the trait, so a call site reads the same for both.
//!
//! Invariants in both: every time stored is a day, never a time of day;
//! every id is random; no column holds a client address, user agent or
//! anything from a request beyond what the API defines; a request nonce is
//! refused once remembered (a primary key, not a check before the insert);
//! a write has reached stable storage when its call returns.

pub mod pg;
pub mod sqlite;

use std::ops::{Deref, DerefMut};
use std::path::Path;

use dropbox_crypto::time::Day;

pub use pg::{PgStore, PgUrl};
pub use sqlite::SqliteStore;

/// A store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// SQLite refused (disk full, read-only, corrupt, …).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL refused, or the connection to it failed.
    #[error("PostgreSQL error: {0}")]
    Postgres(#[from] postgres::Error),
    /// The database was made by a newer version of this program.
    #[error(
        "database schema version {0} is newer than this program understands; upgrade dropbox-server"
    )]
    TooNew(i64),
    /// The PostgreSQL database holds no drop box (`init` was not run on it).
    #[error("the PostgreSQL database holds no drop box")]
    NotInitialised,
    /// The PostgreSQL server is set up to record what the store must not
    /// (e.g. commit timestamps).
    #[error("PostgreSQL setting refused: {0}")]
    Setting(String),
    /// A stored value could not be read back.
    #[error("corrupt database value: {0}")]
    Corrupt(String),
    /// The database was made by an older version of this program and was
    /// not upgraded yet (`migrate` copies a database as it is, never
    /// upgrading its source).
    #[error(
        "database schema version {0} is older than this program's: start `dropbox-server serve` of this version on it once (it upgrades the schema), stop it, and run again"
    )]
    TooOld(i64),
    /// An import's target already holds a drop box's rows.
    #[error("the target database already holds rows (table {0}); give it an empty database")]
    NotEmpty(&'static str),
}

impl StoreError {
    /// Whether the database found no room on the disk (`SQLITE_FULL`, or
    /// PostgreSQL's `disk_full`).
    pub fn is_disk_full(&self) -> bool {
        match self {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
                e.code == rusqlite::ErrorCode::DiskFull
            }
            StoreError::Postgres(e) => e.code() == Some(&postgres::error::SqlState::DISK_FULL),
            _ => false,
        }
    }
}

/// The meta key of the nonce-hashing key (32 random bytes, hex).
const NONCE_KEY: &str = "nonce_key";

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// HMAC-SHA256(key, len(keyid) ‖ keyid ‖ nonce): the length prefix keeps
/// ("ab", "c…") and ("a", "bc…") apart.
fn nonce_hash(key: &[u8; 32], keyid: &str, nonce: &str) -> [u8; 32] {
    use hmac::{Hmac, Mac};
    let mut m =
        <Hmac<sha2::Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    m.update(&(keyid.len() as u64).to_be_bytes());
    m.update(keyid.as_bytes());
    m.update(nonce.as_bytes());
    m.finalize().into_bytes().into()
}

/// Reads the nonce key back from its meta value.
fn parse_nonce_key(key_hex: Option<String>) -> Result<zeroize::Zeroizing<[u8; 32]>, StoreError> {
    let key_hex =
        zeroize::Zeroizing::new(key_hex.ok_or_else(|| StoreError::Corrupt("no nonce key".into()))?);
    let bad = || StoreError::Corrupt("malformed nonce key".into());
    if key_hex.len() != 64 || !key_hex.is_ascii() {
        return Err(bad());
    }
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    for (i, b) in key.iter_mut().enumerate() {
        *b = u8::from_str_radix(&key_hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Ok(key)
}

/// Most items one mailbox's own log holds: a conversation has one thread
/// record and a copy of each follow-up.
pub const MAX_OWN_ITEMS: u64 = 1000;

/// A submission's metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// Random id (32 hex).
    pub id: String,
    /// Ciphertext bytes.
    pub size: u64,
    /// sha256 of the ciphertext (the reporter's receipt).
    pub receipt: String,
    /// sha256 of the delete token, if the upload carried one.
    pub delete_hash: Option<String>,
    /// sha256 of the withdrawal secret (protocol 1.7), if the upload
    /// carried one.
    pub withdraw_hash: Option<String>,
    /// The day it arrived.
    pub day: Day,
}

/// One reply waiting in a mailbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReply {
    /// Random id.
    pub id: String,
    /// The age ciphertext.
    pub data: Vec<u8>,
    /// The day it was posted.
    pub day: Day,
    /// The roster head when it was posted.
    pub roster_seq: u64,
}

/// One item of a reporter's own log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnItem {
    /// Random id.
    pub id: String,
    /// The age ciphertext (encrypted to the codename only).
    pub data: Vec<u8>,
    /// The day it was posted.
    pub day: Day,
}

/// An open upload as stored: (length, delete hash, withdraw hash).
pub type UploadRow = (u64, Option<String>, Option<String>);

/// The tables a drop box's rows live in, besides `meta` (where a new
/// store's own nonce key is the only row before `init` or an import).
pub(crate) const DATA_TABLES: &[&str] = &[
    "rosters",
    "submissions",
    "acks",
    "uploads",
    "mailboxes",
    "replies",
    "own",
    "events",
    "nonces",
    "escrow",
    "dropkeys",
    "upload_parts",
    "pow_challenges",
    "pow_tokens",
];

/// A submission row as `migrate` copies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DumpedSubmission {
    /// Its arrival position (SQLite's rowid, PostgreSQL's `pos`): inbox
    /// cursors name a submission and page by this order.
    pub pos: u64,
    /// The row.
    pub row: Submission,
    /// The day of its first ack, if any (retention counts from it).
    pub first_ack_day: Option<Day>,
}

/// A reply row as `migrate` copies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DumpedReply {
    /// Its position (replies are read in this order).
    pub pos: u64,
    /// The reply as read.
    pub reply: StoredReply,
    /// Its mailbox.
    pub mailbox: String,
    /// The day it was first read, if it was.
    pub read_day: Option<Day>,
}

/// An own-log row as `migrate` copies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DumpedOwn {
    /// Its position (the log is read in this order).
    pub pos: u64,
    /// The item.
    pub item: OwnItem,
    /// Its mailbox.
    pub mailbox: String,
}

/// An event row: (seq, roster seq, data, day).
pub type DumpedEvent = (u64, u64, Vec<u8>, Day);
/// An escrow row: (member, week, share, day).
pub type DumpedEscrow = (String, String, Vec<u8>, Day);
/// A drop key row: (member, not before, not after, envelope).
pub type DumpedDropkey = (String, Day, Day, String);

/// Every row of a drop box's metadata but its open uploads, as `migrate`
/// copies it from one store to another ([`MetadataStore::export`],
/// [`MetadataStore::import`]). Positions and sequence numbers are kept, so
/// a reviewer's event cursor and an inbox cursor stay valid, and the
/// nonce-hashing key travels with the nonce hashes, so a request used
/// before the move stays refused after it.
#[derive(Default, Clone, PartialEq, Eq)]
pub struct Dump {
    /// The meta table (fingerprint, where ciphertexts are, roster and
    /// digest state, the nonce-hashing key): wiped when dropped.
    pub meta: Vec<(String, zeroize::Zeroizing<String>)>,
    /// The roster chain: (seq, envelope JSON).
    pub rosters: Vec<(u64, String)>,
    /// Submissions, in arrival order.
    pub submissions: Vec<DumpedSubmission>,
    /// Acks: (submission, member, day).
    pub acks: Vec<(String, String, Day)>,
    /// Mailboxes: (id, day of last use).
    pub mailboxes: Vec<(String, Day)>,
    /// Replies, in posting order.
    pub replies: Vec<DumpedReply>,
    /// Own-log items, in posting order.
    pub own: Vec<DumpedOwn>,
    /// Events, by seq.
    pub events: Vec<DumpedEvent>,
    /// The highest event seq ever handed out (events purged since
    /// included): the next event gets a higher one, never a seq a
    /// reviewer's cursor has already passed.
    pub events_high: u64,
    /// Remembered request nonces: (keyed hash, expiry day).
    pub nonces: Vec<(Vec<u8>, Day)>,
    /// Escrow shares.
    pub escrow: Vec<DumpedEscrow>,
    /// Drop keys.
    pub dropkeys: Vec<DumpedDropkey>,
    /// Redeemed proof-of-work challenges: (keyed hash, day), so one
    /// redeemed before the move stays redeemed.
    pub pow_challenges: Vec<(Vec<u8>, Day)>,
    /// Proof-of-work tokens: (keyed hash, day, uploads left).
    pub pow_tokens: Vec<(Vec<u8>, Day, i32)>,
    /// Open tus uploads, counted only: they are not copied (their
    /// reporters' clients start them again).
    pub open_uploads: u64,
}

impl std::fmt::Debug for Dump {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Counts only: the meta table holds the nonce-hashing key.
        f.debug_struct("Dump")
            .field("meta", &self.meta.len())
            .field("rosters", &self.rosters.len())
            .field("submissions", &self.submissions.len())
            .field("acks", &self.acks.len())
            .field("replies", &self.replies.len())
            .field("own", &self.own.len())
            .field("events", &self.events.len())
            .field("events_high", &self.events_high)
            .field("nonces", &self.nonces.len())
            .finish_non_exhaustive()
    }
}

impl Dump {
    /// A meta value.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Sets a meta value.
    pub fn set_meta(&mut self, key: &str, value: &str) {
        match self.meta.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = zeroize::Zeroizing::new(value.to_owned()),
            None => self
                .meta
                .push((key.to_owned(), zeroize::Zeroizing::new(value.to_owned()))),
        }
    }

    /// The highest event seq to continue from: the stored high-water mark,
    /// or the last event's seq if higher.
    pub fn events_next_after(&self) -> u64 {
        self.events
            .iter()
            .map(|e| e.0)
            .max()
            .unwrap_or(0)
            .max(self.events_high)
    }
}

/// An open tus upload as replicas share it (ciphertexts in a bucket:
/// `routes::shared`): every replica reads its progress here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedUpload {
    /// Bytes stored, as parts, so far.
    pub received: u64,
    /// Declared length.
    pub length: u64,
    /// Its age header arrived and checked out.
    pub verified: bool,
    /// The submission id the latest attempt to finish it claimed: only
    /// that attempt may turn it into a submission.
    pub finisher: Option<String>,
    /// sha256(delete token).
    pub delete_hash: Option<String>,
    /// sha256(withdrawal secret).
    pub withdraw_hash: Option<String>,
    /// The upload's first bytes while its age header has not checked out
    /// (at most the largest header and one byte), so each part's check
    /// reads them here rather than every part back from the bucket.
    pub head: Vec<u8>,
}

/// One stored part of a shared upload: bytes `start..start + len`, in the
/// part object called `name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadPart {
    /// Its first byte's offset in the upload.
    pub start: u64,
    /// Its object's name under the upload (random, so two replicas writing
    /// the same offset never overwrite each other's part).
    pub name: String,
    /// Its length.
    pub len: u64,
}

/// Every operation the server runs on its metadata. Each write is durable
/// (committed) when it returns; several rows written by one call are
/// committed together or not at all.
pub trait MetadataStore: Send {
    /// Checks the database is intact enough to serve.
    fn check_integrity(&self) -> Result<(), StoreError>;
    /// Every problem a full integrity check finds, one line each; empty
    /// when the database is intact.
    fn integrity_problems(&self) -> Result<Vec<String>, StoreError>;
    /// A meta value.
    fn meta(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Sets a meta value.
    fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// The roster chain, seq 1 first, as stored envelope JSON.
    fn rosters(&self) -> Result<Vec<String>, StoreError>;
    /// The rosters after `seq`, oldest first (envelope JSON): what another
    /// process sharing the store published.
    fn rosters_after(&self, seq: u64) -> Result<Vec<String>, StoreError>;
    /// Appends a roster (the caller verified it follows the head).
    fn append_roster(&self, seq: u64, envelope_json: &str) -> Result<(), StoreError>;
    /// Records a committed submission.
    fn insert_submission(&self, s: &Submission) -> Result<(), StoreError>;
    /// Records committed submissions in one transaction: for each, its
    /// row, and the upload it completes (whose row goes), if any.
    fn insert_submissions(
        &mut self,
        rows: &[(Option<&str>, &Submission)],
    ) -> Result<(), StoreError>;
    /// One submission.
    fn submission(&self, id: &str) -> Result<Option<Submission>, StoreError>;
    /// Every submission, in arrival order.
    fn submissions(&self) -> Result<Vec<Submission>, StoreError>;
    /// Submissions `member` has not acked, in arrival order, after the one
    /// with id `after` (the opaque cursor), at most `limit`.
    fn inbox(
        &self,
        member: &str,
        after: Option<&str>,
        limit: u32,
    ) -> Result<Vec<Submission>, StoreError>;
    /// Records `member`'s ack of a submission; returns false if there is no
    /// such submission.
    fn ack(&mut self, id: &str, member: &str, today: Day) -> Result<bool, StoreError>;
    /// Records `member`'s acks of `ids` in one transaction; for each id,
    /// whether it named a stored submission.
    fn ack_many(
        &mut self,
        ids: &[String],
        member: &str,
        today: Day,
    ) -> Result<Vec<bool>, StoreError>;
    /// Deletes a submission's row (the caller removes its file after).
    fn delete_submission(&self, id: &str) -> Result<bool, StoreError>;
    /// The submission stored with this withdraw hash, if any.
    fn submission_by_withdraw_hash(&self, hash: &str) -> Result<Option<String>, StoreError>;
    /// What the team's quotas count: the bytes of every report held, and
    /// how many reports arrived on `today`.
    fn usage(&self, today: Day) -> Result<(u64, u32), StoreError>;
    /// Every submission id, for start-up cleanup of orphaned files.
    fn submission_ids(&self) -> Result<Vec<String>, StoreError>;
    /// Submissions due for purge on `today` under the retention rules:
    /// `all_acked_days` after every one of `members` acked it, or
    /// `first_ack_days` after the first ack, or `unacked_days` after arrival
    /// when nobody acked.
    fn due_for_purge(
        &self,
        today: Day,
        members: &[String],
        all_acked_days: u32,
        first_ack_days: u32,
        unacked_days: u32,
    ) -> Result<Vec<String>, StoreError>;
    /// Records an open tus upload.
    fn insert_upload(
        &self,
        id: &str,
        length: u64,
        delete_hash: Option<&str>,
        withdraw_hash: Option<&str>,
        today: Day,
    ) -> Result<(), StoreError>;
    /// An open upload: (length, delete hash, withdraw hash).
    fn upload(&self, id: &str) -> Result<Option<UploadRow>, StoreError>;
    /// Every open upload: (id, length).
    fn uploads(&self) -> Result<Vec<(String, u64)>, StoreError>;
    /// Forgets an upload.
    fn delete_upload(&self, id: &str) -> Result<(), StoreError>;
    /// Turns a finished upload into a submission in one transaction.
    fn complete_upload(&mut self, upload_id: &str, s: &Submission) -> Result<(), StoreError>;
    /// A shared upload's progress (uploads whose parts are objects).
    fn shared_upload(&self, id: &str) -> Result<Option<SharedUpload>, StoreError>;
    /// Records `part` as the upload's next bytes, if it still has exactly
    /// `part.start` bytes (another replica may have moved it on), and
    /// appends `head` (the part's first bytes, while the header is
    /// unchecked) to its head: whether it was recorded. Dates the upload
    /// `today` (its idle expiry).
    fn advance_upload(
        &mut self,
        id: &str,
        part: &UploadPart,
        head: &[u8],
        today: Day,
    ) -> Result<bool, StoreError>;
    /// A shared upload's recorded parts, in order.
    fn upload_parts(&self, id: &str) -> Result<Vec<UploadPart>, StoreError>;
    /// A shared upload's age header checked out (its head is dropped).
    fn mark_upload_verified(&self, id: &str) -> Result<(), StoreError>;
    /// Claims finishing a complete shared upload as submission
    /// `submission`, taking over from any earlier attempt (one killed
    /// midway): whether the upload is still there and complete.
    fn claim_upload_finish(&self, id: &str, submission: &str) -> Result<bool, StoreError>;
    /// Turns a shared upload into submission `s` in one transaction, if
    /// the latest claim is still `s.id`'s: whether it did.
    fn finish_shared_upload(&mut self, id: &str, s: &Submission) -> Result<bool, StoreError>;
    /// Open uploads across every process sharing this store: how many hold
    /// data, and the sum of their declared lengths (quotas: a bodiless
    /// upload holds no share).
    fn open_upload_usage(&self) -> Result<(usize, u64), StoreError>;
    /// Shared uploads to drop on `today`: untouched since before
    /// yesterday, bodiless ones from before today, and bodiless ones
    /// beyond the newest `pending` (a flood of creations).
    fn stale_uploads(&self, today: Day, pending: usize) -> Result<Vec<String>, StoreError>;
    /// The value of meta `key`, set to `value` first if it has none: of
    /// processes starting together, all end up with the first one's.
    fn meta_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError>;
    /// Records a redeemed proof-of-work challenge (by its hash) and the
    /// token it bought, good for `uploads` uploads on `today` and the next
    /// day: false if the challenge was redeemed before (on any process).
    /// Forgets challenges and tokens too old to matter.
    fn redeem_pow(
        &self,
        challenge: &[u8; 32],
        token: &[u8; 32],
        today: Day,
        uploads: u32,
    ) -> Result<bool, StoreError>;
    /// Spends one upload of the token hashing to `token`: false if it is
    /// unknown, used up or expired.
    fn spend_pow(&self, token: &[u8; 32], today: Day) -> Result<bool, StoreError>;
    /// Whether this process leads the maintenance (retention, the digest)
    /// among the processes sharing the store; asked before each run and
    /// held until [`MetadataStore::end_lead`]. A store only one process
    /// opens always leads.
    fn try_lead(&self) -> Result<bool, StoreError>;
    /// Lets another process lead the next run.
    fn end_lead(&self) -> Result<(), StoreError>;
    /// Records nonces (keyid, nonce, expiry day, today) in one
    /// transaction: for each, whether it was new (false: a replay, or the
    /// same nonce earlier in `items`). Expired nonces are dropped first.
    /// Only a keyed hash of (keyid, nonce) is stored.
    fn remember_nonces(
        &mut self,
        items: &[(&str, &str, Day, Day)],
    ) -> Result<Vec<bool>, StoreError>;
    /// Creates a mailbox if it does not exist, and records today as its
    /// last use.
    fn touch_mailbox(&self, id: &str, today: Day) -> Result<(), StoreError>;
    /// Appends an item to a mailbox's own log; false (nothing stored) when
    /// the log already holds [`MAX_OWN_ITEMS`].
    fn insert_own(
        &mut self,
        id: &str,
        mailbox: &str,
        data: &[u8],
        today: Day,
    ) -> Result<bool, StoreError>;
    /// A mailbox's own log, in the order posted.
    fn own_log(&self, mailbox: &str) -> Result<Vec<OwnItem>, StoreError>;
    /// Stores a reply in a mailbox, stamped with the roster head.
    fn insert_reply(
        &self,
        id: &str,
        mailbox: &str,
        data: &[u8],
        today: Day,
    ) -> Result<(), StoreError>;
    /// A mailbox's replies, marking them read today.
    fn read_mailbox(&mut self, mailbox: &str, today: Day) -> Result<Vec<StoredReply>, StoreError>;
    /// Deletes replies read `read_days` ago or posted `days` ago, and
    /// mailboxes (with their own logs) unused for `days`; returns how many
    /// replies.
    fn purge_replies(&self, today: Day, read_days: u32, days: u32) -> Result<usize, StoreError>;
    /// Appends an event, stamped with the roster head in force; returns its
    /// sequence number.
    fn append_event(&self, data: &[u8], today: Day) -> Result<u64, StoreError>;
    /// Events after `after`, at most `limit`: (seq, roster seq, data).
    fn events(&self, after: u64, limit: u32) -> Result<Vec<(u64, u64, Vec<u8>)>, StoreError>;
    /// Drops events older than `days`.
    fn purge_events(&self, today: Day, days: u32) -> Result<usize, StoreError>;
    /// Stores a member's escrow share for a week; false if a different
    /// share is already stored for it.
    fn put_escrow(
        &self,
        member: &str,
        week: &str,
        share: &[u8],
        today: Day,
    ) -> Result<bool, StoreError>;
    /// A member's escrow share for a week, and the day it was stored.
    fn escrow(&self, member: &str, week: &str) -> Result<Option<(Vec<u8>, Day)>, StoreError>;
    /// Deletes escrow shares stored `days` ago or earlier.
    fn purge_escrow(&self, today: Day, days: u32) -> Result<usize, StoreError>;
    /// Stores a member's signed drop key for the window starting on
    /// `not_before`, replacing the one they published for it before.
    fn put_dropkey(
        &self,
        member: &str,
        not_before: Day,
        not_after: Day,
        envelope: &str,
    ) -> Result<(), StoreError>;
    /// The drop keys still valid on `today` or later, by member and window.
    fn dropkeys(&self, today: Day) -> Result<Vec<String>, StoreError>;
    /// Deletes drop keys whose last day is before `today`, and those of
    /// anyone not in `members`.
    fn purge_dropkeys(&self, today: Day, members: &[String]) -> Result<usize, StoreError>;
    /// Makes removed rows leave the disk where the engine allows it.
    fn checkpoint(&self) -> Result<(), StoreError>;
    /// The first table holding rows, if any (`migrate` refuses such a
    /// target). The nonce key a new store makes for itself is no row.
    fn first_table_in_use(&self) -> Result<Option<&'static str>, StoreError>;
    /// Every row but open uploads, read in one transaction (a consistent
    /// snapshot), for `migrate`.
    fn export(&mut self) -> Result<Dump, StoreError>;
    /// Writes `dump` into this store in one transaction, with the same
    /// positions and sequence numbers, its meta values (the nonce key
    /// included) replacing this store's; [`StoreError::NotEmpty`] if the
    /// store holds rows. Nothing is written unless everything is.
    fn import(&mut self, dump: &Dump) -> Result<(), StoreError>;
}

/// The store the server holds: SQLite or PostgreSQL behind one type.
///
/// A boxed trait object rather than an enum: adding an engine adds an
/// implementation, not a match arm in each of forty methods, and the
/// `Deref` keeps every call site (`s.inbox(…)`) as it was.
pub struct Store(Box<dyn MetadataStore>);

impl Store {
    /// Opens (creating if needed) the SQLite database at `path` and
    /// migrates it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Ok(Store(Box::new(SqliteStore::open(path)?)))
    }

    /// Opens an existing SQLite database as it is, neither creating nor
    /// migrating it (for `check`).
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        Ok(Store(Box::new(SqliteStore::open_existing(path)?)))
    }

    /// Opens an existing SQLite database read-only (for `migrate`).
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        Ok(Store(Box::new(SqliteStore::open_read_only(path)?)))
    }

    /// An in-memory SQLite store, for unit tests.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Ok(Store(Box::new(SqliteStore::open_in_memory()?)))
    }

    /// Connects to the PostgreSQL drop box at `url`, upgrading its schema;
    /// [`StoreError::NotInitialised`] if `init` never made one there.
    pub fn open_postgres(url: &PgUrl) -> Result<Self, StoreError> {
        Ok(Store(Box::new(PgStore::open(url)?)))
    }

    /// Connects to the PostgreSQL database at `url`, creating the schema
    /// (for `init`).
    pub fn create_postgres(url: &PgUrl) -> Result<Self, StoreError> {
        Ok(Store(Box::new(PgStore::create(url)?)))
    }
}

impl Deref for Store {
    type Target = dyn MetadataStore;
    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

impl DerefMut for Store {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut *self.0
    }
}

/// The retention rule for one submission, the same whatever engine holds
/// it: due `unacked_days` after arrival when nobody acked it, else
/// `first_ack_days` after the first ack, or `all_acked_days` after the last
/// of `members` acked it once every one of them did. `acks` (member, day)
/// is read only when the rule needs it.
pub(crate) fn purge_due(
    today: Day,
    arrived: Day,
    first_ack: Option<Day>,
    members: &[String],
    [all_acked_days, first_ack_days, unacked_days]: [u32; 3],
    acks: impl FnOnce() -> Result<Vec<(String, Day)>, StoreError>,
) -> Result<bool, StoreError> {
    let Some(first) = first_ack else {
        return Ok(arrived.add_days(i64::from(unacked_days)) <= today);
    };
    if first.add_days(i64::from(first_ack_days)) <= today {
        return Ok(true);
    }
    let acks = acks()?;
    // The day the last current member acked, if all did.
    let mut last: Option<Day> = None;
    for m in members {
        match acks.iter().find(|(who, _)| who == m) {
            Some((_, d)) => last = Some(last.map_or(*d, |l| l.max(*d))),
            None => return Ok(false),
        }
    }
    Ok(last.is_some_and(|l| l.add_days(i64::from(all_acked_days)) <= today))
}
