//! The reviewer's case store: SQLite on disk, encrypted at rest.
//!
//! Each case has its own age identity (the *case key*). The case's content
//! (report fields, annotations, access log) is a JSON document sealed
//! (XChaCha20-Poly1305, [`seal`]) under a key derived from the case key,
//! and its attachments are files sealed under another ([`attachfile`];
//! age files encrypted to the case key before issue 17). Inside a
//! sync batch new attachment files are staged and take their names only
//! with the batch's commit ([`staging`]). The case
//! key itself is stored sealed under a key derived from the *store key*,
//! an age identity kept in `store.key.age`, encrypted to the member's own
//! age identity, so unlocking the store needs the member's passphrase.
//! Both are bound to their case id. Rows written before issue 17 hold age
//! encryptions (the content to the case key, the case key to the store
//! key); they are read as they are and rewritten sealed when the case next
//! changes.
//! Purging a case deletes its row and so its wrapped key (crypto-shredding):
//! `secure_delete=ON` and a WAL checkpoint follow every purge. No plaintext
//! is written to the database, temp files or logs.
//!
//! The *active store* is the open cases. A closed case keeps its row until
//! its purge day (`purge_after`), so it can be reopened within the backup
//! window, but no command but `reopen`, `hold`, `log` and the purge reads it.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use rusqlite::{Connection, OptionalExtension, params};
use zeroize::Zeroizing;

use dropbox_crypto::envelope;
use dropbox_crypto::keys::{AgeIdentity, AgeRecipient};
use dropbox_crypto::time::Day;

pub mod attachfile;
pub mod index;
pub mod seal;
pub mod staging;

pub use crate::domain::case::Case;
pub use crate::domain::retention::Counter;
use crate::home;
use index::{IndexKey, Summary};
use seal::{Format, Kind, SealKey};

/// What [`CaseStore::attachment_sink`] gives: an attachment file sealed
/// ([`attachfile::SealWriter`]) on a thread of its own past its first
/// MiB.
pub type AttachmentSink =
    envelope::EncryptPipe<attachfile::SealWriter<std::io::BufWriter<Writeback>>>;

/// The buffer between an attachment's sealed stream and its file: four of
/// its encrypted 64 KiB chunks, so the file takes writes of 256 KiB
/// instead of one per chunk. On this project's 2-core ext4 machine the
/// kernel's copy into the page cache was a fifth of a 1 GiB sync's
/// profile with 64 KiB writes (22%: bench/RESULTS.md, "Issue 17, session
/// 13: release builds"), and the export's writes are 256 KiB pieces for
/// the same reason.
const STORE_WRITE: usize = 4 * (64 * 1024 + 16);

/// Bytes written to an attachment file between two starts of its
/// writeback ([`Writeback`]).
const WRITEBACK_BYTES: u64 = 16 << 20;

/// An attachment file that starts the disk's writeback of every
/// [`WRITEBACK_BYTES`] written, so the disk writes while the sync still
/// decrypts, instead of all at the batch's fsync: the kernel starts on its
/// own only once a tenth of memory is dirty, and the fsync of a 1 GiB
/// attachment took 0.57 s at the end of its sync (issue 17, item 2;
/// bench/RESULTS.md). Only a head start: durability still comes from the
/// batch's fsyncs (`staging`).
pub struct Writeback {
    file: std::fs::File,
    written: u64,
    /// Where the writeback not yet started begins.
    started: u64,
}

impl Writeback {
    fn new(file: std::fs::File) -> Self {
        Writeback {
            file,
            written: 0,
            started: 0,
        }
    }
}

impl std::io::Write for Writeback {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.started >= WRITEBACK_BYTES {
            // POSIX_FADV_DONTNEED starts the writeback of the range's
            // dirty pages without waiting for it (the safe stand-in for
            // sync_file_range, as the server's writer does); the sync
            // never reads them back.
            let len = std::num::NonZeroU64::new(self.written - self.started);
            let _ =
                rustix::fs::fadvise(&self.file, self.started, len, rustix::fs::Advice::DontNeed);
            self.started = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

const MIGRATIONS: &[&str] = &[
    "CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        wrapped_key BLOB NOT NULL,
        data BLOB NOT NULL
     );
     CREATE TABLE items (
        server_id TEXT PRIMARY KEY,
        case_id TEXT,
        state TEXT NOT NULL,
        acked INTEGER NOT NULL DEFAULT 0
     );",
    // 2: retention and team events (issues #7, #9). `purge_after` is the
    // day after which a closed case is purged (NULL while open). `purged`
    // keeps only a hash of each purged case's id, so a late event or a
    // restored backup cannot bring it back. `counters` is all that outlives
    // a purge.
    "ALTER TABLE cases ADD COLUMN purge_after TEXT;
     CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        case_id TEXT,
        event_id TEXT,
        data BLOB NOT NULL
     );
     CREATE TABLE seen_events (event_id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
     CREATE TABLE purged (hash TEXT PRIMARY KEY, day TEXT NOT NULL);
     CREATE TABLE counters (
        month TEXT NOT NULL,
        metric TEXT NOT NULL,
        key TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (month, metric, key)
     );",
    // 3: finding a follow-up's case without decrypting every case. The tag
    // is keyed with the store key, so the database alone does not link a
    // case to the reporter's mailbox.
    "ALTER TABLE cases ADD COLUMN thread_tag TEXT;
     CREATE INDEX cases_thread ON cases(thread_tag);",
    // 4: the day an open case's events need a snapshot (NULL: none
    // pending), so a sync finds those cases without decrypting every one.
    // A day is what `purge_after` already shows of a case.
    "ALTER TABLE cases ADD COLUMN snapshot_due TEXT;",
    // 5: issue 14. Items this member cannot file (no bundle inside, a
    // forged follow-up, a thread it was left out of) are quarantined and
    // acked instead of failing every sync; their facts are sealed to the
    // store key. Team events that arrive before their case are parked (the
    // log's ciphertext as served, which only this member's key opens) under
    // a keyed tag of the case id, and applied when the case arrives.
    "CREATE TABLE quarantine (server_id TEXT PRIMARY KEY, data BLOB NOT NULL);
     CREATE TABLE parked_events (
        seq INTEGER PRIMARY KEY,
        roster_seq INTEGER NOT NULL,
        case_tag TEXT NOT NULL,
        data BLOB NOT NULL
     );
     CREATE INDEX parked_case ON parked_events(case_tag);",
    // 6: issue 17. The list index: each case's listing entry, sealed under
    // a key derived from the store key ([`index`]), in the case's own row
    // so it is written with the case and purged with it. NULL: not built
    // yet (rebuilt when next listed).
    "ALTER TABLE cases ADD COLUMN summary BLOB;",
];

/// One team event parked until its case arrives.
#[derive(Debug, Clone)]
pub struct Parked {
    /// Its position in the team's log.
    pub seq: u64,
    /// The roster it was placed under.
    pub roster_seq: u64,
    /// The log's ciphertext.
    pub data: Vec<u8>,
}

/// Something waiting to be posted to the drop box.
#[derive(Debug, Clone)]
pub struct OutItem {
    /// Row id.
    pub id: i64,
    /// `event` or `reply`.
    pub kind: String,
    /// For a reply, the mailbox id.
    pub target: String,
    /// For an event, its case (to record the seq it gets).
    pub case_id: Option<String>,
    /// For an event, its id.
    pub event_id: Option<String>,
    /// The age ciphertext.
    pub data: Vec<u8>,
}

impl OutItem {
    /// A team event to post; `case` to record the seq it gets (none for a
    /// grant, which is not part of this store's copy of the case).
    pub fn event(case: Option<&str>, event_id: &str, data: Vec<u8>) -> Self {
        OutItem {
            id: 0,
            kind: "event".into(),
            target: String::new(),
            case_id: case.map(str::to_owned),
            event_id: Some(event_id.to_owned()),
            data,
        }
    }
}

/// The open store.
pub struct CaseStore {
    conn: Connection,
    dir: PathBuf,
    store_key: AgeIdentity,
    index_key: IndexKey,
    wrap_key: SealKey,
    /// The roster policy's backup window (days), for `purge_after`.
    pub backup_days: u32,
    /// Inside a batch: the attachment files its items wrote, kept out of
    /// `attachments/` until its commit ([`staging`]). A mutex only so the
    /// store's `&self` writers can add to it.
    staging: std::sync::Mutex<Option<staging::Staging>>,
}

impl Drop for CaseStore {
    /// A batch never committed leaves no staged file behind.
    fn drop(&mut self) {
        let staged = self
            .staging
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(mut st) = staged {
            st.abandon(&self.dir);
        }
    }
}

fn enc(to: &AgeRecipient, plain: &[u8]) -> anyhow::Result<Vec<u8>> {
    Ok(envelope::encrypt_vec(
        vec![envelope::Slot::Real(to.clone())],
        plain,
    )?)
}

fn dec(id: &AgeIdentity, ct: &[u8]) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    Ok(Zeroizing::new(
        envelope::decrypt_vec(ct, &[id]).context("a stored case does not decrypt")?,
    ))
}

/// A case sealed for the database, with the days shown beside it.
struct Sealed {
    /// The case key wrapped anew, when the row's was of the age format.
    wrapped_key: Option<Vec<u8>>,
    data: Vec<u8>,
    purge_after: Option<String>,
    snapshot_due: Option<String>,
    summary: Vec<u8>,
}

/// Writes a case's sealed content and days (one statement for every path
/// that changes a case).
fn write_sealed(tx: &Connection, id: &str, s: &Sealed) -> rusqlite::Result<usize> {
    tx.execute(
        "UPDATE cases SET data = ?2, purge_after = ?3, snapshot_due = ?4, summary = ?5,
            wrapped_key = COALESCE(?6, wrapped_key)
         WHERE id = ?1",
        params![
            id,
            s.data,
            s.purge_after,
            s.snapshot_due,
            s.summary,
            s.wrapped_key
        ],
    )
}

/// Adds a counter row; `sum` adds to an existing count, else the larger
/// count wins (merging a backup, whose counts only ever grew).
fn upsert_counter(tx: &Connection, c: &Counter, sum: bool) -> rusqlite::Result<usize> {
    let sql = if sum {
        "INSERT INTO counters (month, metric, key, count) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (month, metric, key) DO UPDATE SET count = count + excluded.count"
    } else {
        "INSERT INTO counters (month, metric, key, count) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (month, metric, key) DO UPDATE SET count = MAX(count, excluded.count)"
    };
    tx.execute(sql, params![c.month, c.metric, c.key, c.count as i64])
}

impl CaseStore {
    /// Opens (creating on first use) the store in `home`, unlocking the
    /// store key with the member's age identity.
    pub fn open(home: &Path, member: &AgeIdentity) -> anyhow::Result<Self> {
        std::fs::create_dir_all(home.join(home::ATTACHMENTS))?;
        let key_path = home.join(home::STORE_KEY);
        let store_key = if key_path.exists() {
            let ct = std::fs::read(&key_path)?;
            let text = dec(member, &ct).context("the store key does not open with your keys")?;
            std::str::from_utf8(&text)?
                .parse()
                .context("corrupt store key")?
        } else {
            let k = AgeIdentity::generate();
            let ct = enc(&member.recipient(), k.expose_string().as_bytes())?;
            // Synced before the rename (and the rename synced): a crash
            // must never leave a store whose key is an empty file.
            home::write_atomic(&key_path, &ct)?;
            k
        };
        let conn = Connection::open(home.join(home::CASES_DB))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Issue 17: without this the last connection to close checkpoints
        // and deletes the WAL, so every command made it anew (its header
        // synced, then the home directory) and unlinked it again, about
        // three quarters of `reviewer show`'s 60 ms. Kept, the next command
        // writes into it; a purge still checkpoints and truncates it.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )?;
        Self::init(conn, home, store_key)
    }

    /// A store whose database lives in memory (SQLite `:memory:`, gone
    /// when it is dropped) with a fresh store key that is never written
    /// anywhere; its attachments are still files, sealed to their case
    /// keys, under `dir/attachments` (a temporary directory the caller
    /// owns and removes). For tests and simulations: the same migrations,
    /// SQL and sealing as [`CaseStore::open`], without a home.
    pub fn in_memory(dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir.join(home::ATTACHMENTS))?;
        Self::init(Connection::open_in_memory()?, dir, AgeIdentity::generate())
    }

    /// Migrates an open database and wraps it.
    fn init(conn: Connection, home: &Path, store_key: AgeIdentity) -> anyhow::Result<Self> {
        conn.pragma_update(None, "secure_delete", "ON")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > MIGRATIONS.len() as i64 {
            bail!("the case store was made by a newer reviewer; upgrade");
        }
        let mut conn = conn;
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            // One transaction per migration, its version number with it: a
            // crash leaves the store before or after it, never half-way.
            let tx = conn.transaction()?;
            tx.execute_batch(m)
                .with_context(|| format!("case store migration {} failed", i + 1))?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        let mut store = CaseStore {
            conn,
            dir: home.to_owned(),
            index_key: IndexKey::of(&store_key),
            wrap_key: SealKey::wrap_key(&store_key),
            store_key,
            backup_days: 7,
            staging: std::sync::Mutex::new(None),
        };
        store.finish_file_ops()?;
        store.backfill_thread_tags()?;
        Ok(store)
    }

    /// The keyed tag of a conversation thread.
    fn thread_tag(&self, thread: &dropbox_crypto::Sha256Digest) -> String {
        let mut input = Zeroizing::new(b"dropbox/v1/thread-tag\n".to_vec());
        input.extend_from_slice(self.store_key.expose_string().as_bytes());
        input.extend_from_slice(&thread.0);
        dropbox_crypto::Sha256Digest::of(&input).to_string()
    }

    /// Tags cases stored before migration 3 (or restored from a backup):
    /// decrypts each once.
    pub fn backfill_thread_tags(&mut self) -> anyhow::Result<()> {
        if self.meta("thread_tags")?.as_deref() == Some("1") {
            return Ok(());
        }
        for (id, _) in self.all_ids()? {
            if let Some(t) = self.case(&id)?.report.thread {
                let tag = self.thread_tag(&t);
                self.conn.execute(
                    "UPDATE cases SET thread_tag = ?2 WHERE id = ?1",
                    params![id, tag],
                )?;
            }
        }
        self.set_meta("thread_tags", "1")
    }

    /// The open cases whose snapshot is due by `today`; cases stored
    /// before migration 4 (or restored) get their day once, by decrypting.
    pub fn snapshots_due(&mut self, today: Day) -> anyhow::Result<Vec<String>> {
        if self.meta("snapshot_due")?.as_deref() != Some("1") {
            for id in self.ids()? {
                let due = self.case(&id)?.snapshot_due().map(|d| d.to_string());
                self.conn.execute(
                    "UPDATE cases SET snapshot_due = ?2 WHERE id = ?1",
                    params![id, due],
                )?;
            }
            self.set_meta("snapshot_due", "1")?;
        }
        let mut st = self.conn.prepare(
            "SELECT id FROM cases WHERE purge_after IS NULL AND snapshot_due <= ?1 ORDER BY rowid",
        )?;
        let rows = st.query_map([today.to_string()], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The case (open or closed) of a conversation thread.
    pub fn case_by_thread(
        &self,
        thread: &dropbox_crypto::Sha256Digest,
    ) -> anyhow::Result<Option<Case>> {
        let id: Option<String> = self
            .conn
            .query_row(
                "SELECT id FROM cases WHERE thread_tag = ?1",
                [self.thread_tag(thread)],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|id| self.case(&id)).transpose()
    }

    /// A case's key (unwrapped with the store key).
    pub fn key_of(&self, id: &str) -> anyhow::Result<AgeIdentity> {
        Ok(self.key_and_format(id)?.0)
    }

    /// A case's key and the format its wrapping is stored in.
    fn key_and_format(&self, id: &str) -> anyhow::Result<(AgeIdentity, Format)> {
        let wrapped: Vec<u8> = self
            .conn
            .query_row("SELECT wrapped_key FROM cases WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .with_context(|| format!("no case {id}"))?;
        let format = Format::of(&wrapped).with_context(|| format!("case {id}'s key is corrupt"))?;
        Ok((
            unwrap(&self.wrap_key, &self.store_key, id, &wrapped)?,
            format,
        ))
    }

    /// Unwraps case `id`'s key wrapped under a store key (this one's or a
    /// backup's), in either format.
    pub fn unwrap_with(
        store_key: &AgeIdentity,
        id: &str,
        wrapped: &[u8],
    ) -> anyhow::Result<AgeIdentity> {
        unwrap(&SealKey::wrap_key(store_key), store_key, id, wrapped)
    }

    /// Case `id`'s key wrapped under this store's key.
    fn wrap(&self, id: &str, key: &AgeIdentity) -> anyhow::Result<Vec<u8>> {
        self.wrap_key
            .seal(Kind::CaseKey, id, key.expose_string().as_bytes())
    }

    /// Whether a server item was already handled, and acked.
    pub fn item(&self, server_id: &str) -> anyhow::Result<Option<(String, bool)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT state, acked FROM items WHERE server_id = ?1",
                [server_id],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)? != 0)),
            )
            .optional()?)
    }

    /// Records an item this member cannot read.
    pub fn record_unreadable(&self, server_id: &str) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO items (server_id, case_id, state) VALUES (?1, NULL, 'unreadable')",
            [server_id],
        )?;
        Ok(())
    }

    /// Records a server item as a copy of an existing case's report.
    pub fn link_item(&self, server_id: &str, case: &str) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO items (server_id, case_id, state) VALUES (?1, ?2, 'filed')",
            params![server_id, case],
        )?;
        Ok(())
    }

    /// Records a server item (if any) as a copy of something `case` has.
    pub fn link_item_if_new(&self, server_id: Option<&str>, case: &str) -> anyhow::Result<()> {
        match server_id {
            Some(s) => self.link_item(s, case),
            None => Ok(()),
        }
    }

    /// Quarantines an item this member cannot file: records why (sealed to
    /// the store key) and marks it handled, so the sync acks it and goes on.
    pub fn quarantine(&mut self, server_id: &str, facts: &serde_json::Value) -> anyhow::Result<()> {
        let data = enc(
            &self.store_key.recipient(),
            &Zeroizing::new(serde_json::to_vec(facts)?),
        )?;
        let tx = self.conn.savepoint()?;
        tx.execute(
            "INSERT INTO quarantine (server_id, data) VALUES (?1, ?2)
             ON CONFLICT (server_id) DO UPDATE SET data = excluded.data",
            params![server_id, data],
        )?;
        tx.execute(
            "INSERT INTO items (server_id, case_id, state) VALUES (?1, NULL, 'quarantined')
             ON CONFLICT (server_id) DO UPDATE SET state = 'quarantined'",
            [server_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The quarantined items' facts, in the order quarantined.
    pub fn quarantined(&self) -> anyhow::Result<Vec<serde_json::Value>> {
        let mut st = self
            .conn
            .prepare("SELECT data FROM quarantine ORDER BY rowid")?;
        let rows = st.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
        let mut out = Vec::new();
        for data in rows {
            out.push(serde_json::from_slice(&dec(&self.store_key, &data?)?)?);
        }
        Ok(out)
    }

    /// The keyed tag of a case id (parked events are filed under it, so the
    /// database alone does not say which case they belong to).
    fn case_tag(&self, id: &str) -> String {
        let mut input = Zeroizing::new(b"dropbox/v1/case-tag\n".to_vec());
        input.extend_from_slice(self.store_key.expose_string().as_bytes());
        input.extend_from_slice(id.as_bytes());
        dropbox_crypto::Sha256Digest::of(&input).to_string()
    }

    /// Parks a team event whose case this store does not hold yet
    /// (idempotent: a sync killed before its cursor moved parks it again).
    pub fn park_event(&self, case: &str, p: &Parked) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO parked_events (seq, roster_seq, case_tag, data)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                p.seq as i64,
                p.roster_seq as i64,
                self.case_tag(case),
                p.data
            ],
        )?;
        Ok(())
    }

    /// The events parked for a case, in log order.
    pub fn parked_for(&self, case: &str) -> anyhow::Result<Vec<Parked>> {
        let mut st = self.conn.prepare(
            "SELECT seq, roster_seq, data FROM parked_events WHERE case_tag = ?1 ORDER BY seq",
        )?;
        let rows = st.query_map([self.case_tag(case)], |r| {
            Ok(Parked {
                seq: r.get::<_, i64>(0)? as u64,
                roster_seq: r.get::<_, i64>(1)? as u64,
                data: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The cases held here (open or closed) that have parked events.
    pub fn cases_with_parked(&self) -> anyhow::Result<Vec<String>> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM parked_events", [], |r| r.get(0))?;
        if n == 0 {
            return Ok(Vec::new());
        }
        let mut st = self
            .conn
            .prepare("SELECT 1 FROM parked_events WHERE case_tag = ?1 LIMIT 1")?;
        let mut out = Vec::new();
        for (id, _) in self.all_ids()? {
            if st.exists([self.case_tag(&id)])? {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// How many events are parked.
    pub fn parked_count(&self) -> anyhow::Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM parked_events", [], |r| {
                r.get::<_, i64>(0)
            })? as u64)
    }

    /// Commits what applying a parked event did (the case it changed, the
    /// event id seen) and unparks it, in one transaction.
    pub fn commit_unparked(
        &mut self,
        case: Option<&Case>,
        event_id: Option<&str>,
        seq: u64,
    ) -> anyhow::Result<()> {
        let sealed = match case {
            Some(c) => Some((c.id.clone(), self.seal(c)?)),
            None => None,
        };
        let tx = self.conn.savepoint()?;
        if let Some((id, s)) = sealed {
            write_sealed(&tx, &id, &s)?;
        }
        if let Some(e) = event_id {
            tx.execute(
                "INSERT OR IGNORE INTO seen_events (event_id, seq) VALUES (?1, ?2)",
                params![e, seq as i64],
            )?;
        }
        tx.execute("DELETE FROM parked_events WHERE seq = ?1", [seq as i64])?;
        tx.commit()?;
        Ok(())
    }

    /// Moves attachment files `from..from+count` of a case to start at
    /// `to` (when a report's own attachments change in number, the
    /// follow-ups' come after them). Inside a batch the files stay as they
    /// are until its commit, which moves them.
    pub fn renumber_attachments(
        &self,
        case: &str,
        from: usize,
        count: usize,
        to: usize,
    ) -> anyhow::Result<()> {
        if let Some(st) = self.staged().as_mut() {
            let rel = |k| Self::attachment_rel(case, k);
            let from: Vec<String> = (from..from + count).map(rel).collect();
            let to: Vec<String> = (to..to + count).map(rel).collect();
            return st.moves(&self.dir, &from, &to);
        }
        let dir = self.attachment_dir(case);
        for j in 0..count {
            let src = dir.join(format!("{}.age", from + j));
            if src.exists() {
                std::fs::rename(&src, dir.join(format!("{j}.moving")))?;
            }
        }
        for j in 0..count {
            let src = dir.join(format!("{j}.moving"));
            if src.exists() {
                std::fs::rename(&src, dir.join(format!("{}.age", to + j)))?;
            }
        }
        Ok(())
    }

    /// Marks an item acked on the server.
    pub fn mark_acked(&mut self, server_id: &str) -> anyhow::Result<()> {
        self.mark_acked_many(&[server_id])
    }

    /// Marks items acked on the server, in one transaction.
    pub fn mark_acked_many(&mut self, server_ids: &[&str]) -> anyhow::Result<()> {
        let tx = self.conn.savepoint()?;
        {
            let mut st = tx.prepare_cached("UPDATE items SET acked = 1 WHERE server_id = ?1")?;
            for id in server_ids {
                st.execute([id])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Starts a batch: what is written until [`CaseStore::commit_batch`] is
    /// one transaction, synced once at its commit (each method's own
    /// transaction nests in it as a savepoint). A batch never committed
    /// (the process killed, an error) leaves nothing of itself.
    ///
    /// The attachment files its items write are staged ([`staging`]):
    /// nothing under `attachments/` changes before the commit.
    ///
    /// It holds the home's lock until its files are renamed (waiting for
    /// another batch, in another process, to end first).
    pub fn begin_batch(&self) -> anyhow::Result<()> {
        let lock = home::lock(&self.dir, true)?.context("the home's lock was not taken")?;
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        *self.staged() = Some(staging::Staging::new(lock, &self.dir));
        Ok(())
    }

    /// Commits the batch (and, the database being in `synchronous=FULL`,
    /// syncs it before returning), then gives its kept items' staged
    /// files their names. The list of those renames is committed with
    /// the batch: a process killed before they are all done has them
    /// done when the store is next opened.
    pub fn commit_batch(&self) -> anyhow::Result<()> {
        let (ops, _lock) = self.commit_batch_rows()?;
        if ops.is_empty() {
            return Ok(());
        }
        self.apply_file_ops(&ops)
    }

    /// The commit of [`CaseStore::commit_batch`], with the list of its
    /// file steps, not yet carried out, and the home's lock to hold while
    /// they are.
    fn commit_batch_rows(&self) -> anyhow::Result<(Vec<staging::Op>, Option<home::HomeLock>)> {
        let (ops, lock, fs) = match self.staged().take() {
            Some(mut st) => {
                let (ops, lock) = st.take(&self.dir);
                (ops, lock, st.take_fs())
            }
            None => (Vec::new(), None, None),
        };
        if !ops.is_empty() {
            staging::sync_staged(&self.dir, &ops, fs.as_ref())?;
            self.set_meta(staging::PENDING, &serde_json::to_string(&ops)?)?;
        }
        self.conn.execute_batch("COMMIT")?;
        Ok((ops, lock))
    }

    /// Carries out a committed batch's file steps, then forgets them.
    fn apply_file_ops(&self, ops: &[staging::Op]) -> anyhow::Result<()> {
        staging::apply(&self.dir, ops)?;
        self.conn
            .execute("DELETE FROM meta WHERE key = ?1", [staging::PENDING])?;
        Ok(())
    }

    /// Finishes what a committed batch left to do to its files (its
    /// process died, or is doing it now: the home's lock makes the two
    /// take turns), and deletes the staged files of batches that died
    /// before their commit. A batch in progress holds the lock: a store
    /// opened meanwhile (`reviewer show` while a sync runs) neither waits
    /// for it nor touches its staged files.
    fn finish_file_ops(&self) -> anyhow::Result<()> {
        let pending = self.meta(staging::PENDING)?.is_some();
        let Some(_lock) = home::lock(&self.dir, pending)? else {
            return Ok(());
        };
        // Read again under the lock: its holder may have finished it.
        if let Some(json) = self.meta(staging::PENDING)? {
            let ops: Vec<staging::Op> = serde_json::from_str(&json)
                .context("the case store's list of pending attachment files is malformed")?;
            self.apply_file_ops(&ops)?;
        }
        staging::sweep(&self.dir);
        Ok(())
    }

    /// The staging of the batch in progress, if any.
    fn staged(&self) -> std::sync::MutexGuard<'_, Option<staging::Staging>> {
        self.staging.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Attachment `n` of `case`, relative to the home.
    fn attachment_rel(case: &str, n: usize) -> String {
        format!("{}/{case}/{n}.age", home::ATTACHMENTS)
    }

    /// The item being filed inside a batch was refused: the files it
    /// staged are deleted (its rows, a quarantine's record, may stay).
    pub fn drop_item_files(&self) {
        if let Some(st) = self.staged().as_mut() {
            st.drop_item(&self.dir);
        }
    }

    /// Marks where one item's writes start inside a batch.
    pub fn begin_item(&self) -> anyhow::Result<()> {
        self.conn.execute_batch("SAVEPOINT item")?;
        Ok(())
    }

    /// Ends one item's writes inside a batch: kept, or undone (an item that
    /// failed half-way leaves nothing of itself, the rest of the batch
    /// stays).
    pub fn end_item(&self, keep: bool) -> anyhow::Result<()> {
        self.conn.execute_batch(if keep {
            "RELEASE item"
        } else {
            "ROLLBACK TO item; RELEASE item"
        })?;
        if let Some(st) = self.staged().as_mut() {
            st.end_item(&self.dir, keep);
        }
        Ok(())
    }

    /// The directory a case's attachments live in.
    pub fn attachment_dir(&self, case: &str) -> PathBuf {
        self.dir.join(home::ATTACHMENTS).join(case)
    }

    /// A fresh case key.
    pub fn new_case_key(&self) -> AgeIdentity {
        AgeIdentity::generate()
    }

    fn seal(&self, case: &Case) -> anyhow::Result<Sealed> {
        let (key, format) = self.key_and_format(&case.id)?;
        let data = seal_case(&key, case)?;
        let wrapped_key = match format {
            Format::Sealed => None,
            Format::Age => Some(self.wrap(&case.id, &key)?),
        };
        let purge_after = case
            .state()
            .purge_after(self.backup_days)
            .map(|d| d.to_string());
        Ok(Sealed {
            wrapped_key,
            data,
            purge_after,
            snapshot_due: case.snapshot_due().map(|d| d.to_string()),
            summary: self.index_key.seal(&case.id, &Summary::of(case))?,
        })
    }

    /// Stores a new case (and its server item) in one transaction.
    pub fn insert_case(&mut self, case: &Case, key: &AgeIdentity) -> anyhow::Result<()> {
        let wrapped = self.wrap(&case.id, key)?;
        let data = seal_case(key, case)?;
        let tag = case.report.thread.map(|t| self.thread_tag(&t));
        let summary = self.index_key.seal(&case.id, &Summary::of(case))?;
        let tx = self.conn.savepoint()?;
        tx.execute(
            "INSERT INTO cases (id, wrapped_key, data, thread_tag, summary)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![case.id, wrapped, data, tag, summary],
        )?;
        if let Some(s) = &case.server_id {
            tx.execute(
                "INSERT OR IGNORE INTO items (server_id, case_id, state) VALUES (?1, ?2, 'filed')",
                params![s, case.id],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Rewrites a case's content, recording `server_id` as handled.
    pub fn update_case(&mut self, case: &Case, server_id: Option<&str>) -> anyhow::Result<()> {
        let sealed = self.seal(case)?;
        let tx = self.conn.savepoint()?;
        write_sealed(&tx, &case.id, &sealed)?;
        if let Some(s) = server_id {
            tx.execute(
                "INSERT INTO items (server_id, case_id, state) VALUES (?1, ?2, 'filed')",
                params![s, case.id],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Decrypts one case, open or closed.
    pub fn case(&self, id: &str) -> anyhow::Result<Case> {
        let key = self.key_of(id)?;
        let data: Vec<u8> =
            self.conn
                .query_row("SELECT data FROM cases WHERE id = ?1", [id], |r| r.get(0))?;
        let plain = match Format::of(&data) {
            Some(Format::Sealed) => SealKey::record_key(&key).open(Kind::Case, id, &data)?,
            Some(Format::Age) => dec(&key, &data)?,
            None => bail!("case {id}'s stored content is corrupt"),
        };
        let case: Case = serde_json::from_slice(&plain)?;
        // An age-format record is bound to its case only by the id inside.
        if case.id != id {
            bail!("the content stored under case {id} is another case's");
        }
        Ok(case)
    }

    /// An open case: a closed one has left the active store. A case its
    /// reporter withdrew stays readable until purged: its members decide
    /// from it whether to keep it (and reply saying so).
    pub fn open_case(&self, id: &str) -> anyhow::Result<Case> {
        let c = self.case(id)?;
        if c.state().closed.is_some() && c.withdrawal.is_none() {
            bail!(
                "case {id} is closed: its details have left the active store (within the backup window, `reviewer reopen {id} --reason ...` brings it back)"
            );
        }
        Ok(c)
    }

    /// The open cases' ids (the active store).
    pub fn ids(&self) -> anyhow::Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT id FROM cases WHERE purge_after IS NULL ORDER BY rowid")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every case id with its purge day (`None` while open).
    pub fn all_ids(&self) -> anyhow::Result<Vec<(String, Option<Day>)>> {
        let mut st = self
            .conn
            .prepare("SELECT id, purge_after FROM cases ORDER BY rowid")?;
        let rows = st.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
        })?;
        let mut out = Vec::new();
        for r in rows {
            let (id, day) = r?;
            let day = match day {
                Some(d) => Some(
                    d.parse()
                        .map_err(|e| anyhow::anyhow!("corrupt purge day: {e}"))?,
                ),
                None => None,
            };
            out.push((id, day));
        }
        Ok(out)
    }

    /// The full id of the case (open or closed) that `given` names: the
    /// id itself or a unique prefix of at least 4 hex digits
    /// ([`crate::domain::caseid`]). Every command taking a case id calls it
    /// first.
    pub fn resolve_id(&self, given: &str) -> anyhow::Result<String> {
        let ids = self.all_ids()?;
        Ok(crate::domain::caseid::resolve(
            given,
            ids.iter().map(|(id, _)| id.as_str()),
        )?)
    }

    /// Whether the store holds this case, open or closed.
    pub fn has_case(&self, id: &str) -> anyhow::Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM cases WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Every case's list index entry with its purge day (`None` while
    /// open), in the store's order, without decrypting a case: only an
    /// entry that is missing or does not open is rebuilt from its case (and
    /// written back, all in one transaction).
    pub fn summaries(&self) -> anyhow::Result<Vec<(String, Option<Day>, Summary)>> {
        let mut out = Vec::new();
        let mut stale = Vec::new();
        {
            let mut st = self
                .conn
                .prepare("SELECT id, purge_after, summary FROM cases ORDER BY rowid")?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let id: String = r.get(0)?;
                let day = r
                    .get::<_, Option<String>>(1)?
                    .map(|d| d.parse::<Day>())
                    .transpose()
                    .map_err(|e| anyhow::anyhow!("corrupt purge day: {e}"))?;
                let entry = r
                    .get_ref(2)?
                    .as_blob_or_null()?
                    .and_then(|b| self.index_key.open(&id, b));
                if entry.is_none() {
                    stale.push(out.len());
                }
                out.push((id, day, entry));
            }
        }
        if !stale.is_empty() {
            self.conn.execute_batch("SAVEPOINT list_index")?;
            let rebuilt = stale.iter().try_for_each(|&i| {
                let id = out[i].0.clone();
                let s = Summary::of(&self.case(&id)?);
                self.conn.execute(
                    "UPDATE cases SET summary = ?2 WHERE id = ?1",
                    params![id, self.index_key.seal(&id, &s)?],
                )?;
                out[i].2 = Some(s);
                anyhow::Ok(())
            });
            match rebuilt {
                Ok(()) => self.conn.execute_batch("RELEASE list_index")?,
                Err(e) => {
                    self.conn
                        .execute_batch("ROLLBACK TO list_index; RELEASE list_index")?;
                    return Err(e);
                }
            }
        }
        Ok(out
            .into_iter()
            .map(|(id, day, s)| (id, day, s.expect("every stale entry was rebuilt")))
            .collect())
    }

    /// A case's sealed list index entry as stored (for tests that look
    /// for it in the store's files).
    #[cfg(test)]
    pub fn raw_summary(&self, id: &str) -> anyhow::Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT summary FROM cases WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .flatten())
    }

    /// The open cases, decrypted.
    pub fn cases(&self) -> anyhow::Result<Vec<Case>> {
        self.ids()?.iter().map(|id| self.case(id)).collect()
    }

    /// A sink that writes attachment `n` of a case sealed under its case
    /// key ([`attachfile`]); call `finish()` on it when done. Inside a
    /// batch it writes a staged file that takes the attachment's name at
    /// the batch's commit. A large attachment is sealed and written on a
    /// thread of its own while the caller produces it
    /// ([`envelope::EncryptPipe`]), to the file in pieces of about 256 KiB
    /// ([`STORE_WRITE`]).
    pub fn attachment_sink(
        &self,
        case: &str,
        key: &AgeIdentity,
        n: usize,
    ) -> anyhow::Result<AttachmentSink> {
        let f = match self.staged().as_mut() {
            Some(st) => st.file_for(&self.dir, Self::attachment_rel(case, n))?,
            None => {
                let dir = self.attachment_dir(case);
                std::fs::create_dir_all(&dir)?;
                std::fs::File::create(dir.join(format!("{n}.age")))?
            }
        };
        let out = std::io::BufWriter::with_capacity(STORE_WRITE, Writeback::new(f));
        Ok(envelope::EncryptPipe::new(attachfile::SealWriter::new(
            out, key, case,
        )?))
    }

    /// Decrypts attachment `n` of a case into `out`, a sealed file
    /// ([`attachfile`]) or an age file of before (decrypting on a second
    /// thread while `out` is written, in constant memory:
    /// [`envelope::read_into`]). A stored file that was altered or cut
    /// short is an error, after `out` may have had part of it.
    pub fn read_attachment(
        &self,
        case: &str,
        n: usize,
        out: &mut (impl Write + ?Sized),
    ) -> anyhow::Result<u64> {
        use std::io::BufRead;
        let key = self.key_of(case)?;
        let f = std::fs::File::open(self.attachment_dir(case).join(format!("{n}.age")))
            .with_context(|| format!("case {case} has no attachment {n}"))?;
        let mut input = std::io::BufReader::new(f);
        let sealed = attachfile::is_sealed(
            input
                .fill_buf()
                .with_context(|| format!("cannot read attachment {n} of case {case}"))?,
        );
        let read = if sealed {
            attachfile::SealReader::new(input, &key, case)
                .map_err(|_| envelope::EnvelopeError::DecryptionFailed)
                .and_then(|r| envelope::read_into(r, out))
        } else {
            // Written before issue 17: an age file to the case key.
            envelope::decrypt_into(input, &[&key], out)
        };
        read.map_err(|e| match e {
            envelope::EnvelopeError::Io(e) => anyhow::anyhow!("cannot write attachment {n}: {e}"),
            e => anyhow::anyhow!("attachment {n} of case {case} cannot be read: {e}"),
        })
    }

    /// A stored setting.
    pub fn meta(&self, key: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// Stores a setting.
    pub fn set_meta(&self, key: &str, value: &str) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Rewrites a case and queues something to post, in one transaction,
    /// so an annotation is never applied locally without being sent.
    pub fn update_and_queue(&mut self, case: &Case, item: &OutItem) -> anyhow::Result<()> {
        let sealed = self.seal(case)?;
        let tx = self.conn.savepoint()?;
        write_sealed(&tx, &case.id, &sealed)?;
        tx.execute(
            "INSERT INTO outbox (kind, target, case_id, event_id, data) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![item.kind, item.target, item.case_id, item.event_id, item.data],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Everything waiting to be posted, oldest first.
    pub fn outbox(&self) -> anyhow::Result<Vec<OutItem>> {
        let mut st = self
            .conn
            .prepare("SELECT id, kind, target, case_id, event_id, data FROM outbox ORDER BY id")?;
        let rows = st.query_map([], |r| {
            Ok(OutItem {
                id: r.get(0)?,
                kind: r.get(1)?,
                target: r.get(2)?,
                case_id: r.get(3)?,
                event_id: r.get(4)?,
                data: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records that an outbox item was posted: an event gets its log seq.
    pub fn posted(&mut self, item: &OutItem, seq: Option<u64>) -> anyhow::Result<()> {
        let mut sealed = None;
        if let (Some(c), Some(e), Some(seq)) = (&item.case_id, &item.event_id, seq)
            && self.has_case(c)?
        {
            let mut case = self.case(c)?;
            for ev in &mut case.events {
                if &ev.event_id == e && ev.seq.is_none() {
                    ev.seq = Some(seq);
                }
            }
            sealed = Some((case.id.clone(), self.seal(&case)?));
        }
        let tx = self.conn.savepoint()?;
        if let Some((id, s)) = sealed {
            write_sealed(&tx, &id, &s)?;
        }
        if let (Some(e), Some(seq)) = (&item.event_id, seq) {
            tx.execute(
                "INSERT OR IGNORE INTO seen_events (event_id, seq) VALUES (?1, ?2)",
                params![e, seq as i64],
            )?;
        }
        tx.execute("DELETE FROM outbox WHERE id = ?1", [item.id])?;
        tx.commit()?;
        Ok(())
    }

    /// The log seq an event id was first seen at.
    pub fn seen_event(&self, event_id: &str) -> anyhow::Result<Option<u64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT seq FROM seen_events WHERE event_id = ?1",
                [event_id],
                |r| r.get::<_, i64>(0),
            )
            .optional()?
            .map(|s| s as u64))
    }

    /// Commits what one log entry did: the case it changed (if any), the
    /// event id seen, the cursor and the roster position, in one
    /// transaction, so a sync killed here neither loses nor applies an
    /// event twice.
    pub fn commit_log_entry(
        &mut self,
        case: Option<&Case>,
        event_id: Option<(&str, u64)>,
        cursor: u64,
        roster_pos: u64,
    ) -> anyhow::Result<()> {
        let sealed = match case {
            Some(c) => Some((c.id.clone(), self.seal(c)?)),
            None => None,
        };
        let tx = self.conn.savepoint()?;
        if let Some((id, s)) = sealed {
            write_sealed(&tx, &id, &s)?;
        }
        if let Some((e, seq)) = event_id {
            tx.execute(
                "INSERT OR IGNORE INTO seen_events (event_id, seq) VALUES (?1, ?2)",
                params![e, seq as i64],
            )?;
        }
        for (k, v) in [("events_cursor", cursor), ("events_roster", roster_pos)] {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![k, v.to_string()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Forgets the hashes of cases purged on or before `cut`: by then no
    /// event for them is left on the drop box and no backup holding them
    /// can be read, so nothing per incident needs to stay.
    pub fn forget_purged(&self, cut: Day) -> anyhow::Result<usize> {
        Ok(self
            .conn
            .execute("DELETE FROM purged WHERE day <= ?1", [cut.to_string()])?)
    }

    /// Whether a case with this id was purged here.
    pub fn was_purged(&self, id: &str) -> anyhow::Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM purged WHERE hash = ?1",
                [purged_hash(id)],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Destroys a case for good: its wrapped key and content, its
    /// attachments, the link from its server item; keeps only `counters`
    /// (added in the same transaction) and a hash of its id. Then
    /// checkpoints the WAL so the freed pages (zeroed by `secure_delete`)
    /// leave it too.
    pub fn purge(&mut self, id: &str, today: Day, counters: &[Counter]) -> anyhow::Result<()> {
        let tag = self.case_tag(id);
        let tx = self.conn.savepoint()?;
        tx.execute("DELETE FROM cases WHERE id = ?1", [id])?;
        // An acked item never comes back in this member's inbox, so its row
        // goes too; one not acked yet stays (unlinked) until the next sync
        // acks it.
        tx.execute("DELETE FROM items WHERE case_id = ?1 AND acked = 1", [id])?;
        tx.execute(
            "UPDATE items SET case_id = NULL, state = 'purged' WHERE case_id = ?1",
            [id],
        )?;
        tx.execute("UPDATE outbox SET case_id = NULL WHERE case_id = ?1", [id])?;
        tx.execute("DELETE FROM parked_events WHERE case_tag = ?1", [&tag])?;
        tx.execute(
            "INSERT OR IGNORE INTO purged (hash, day) VALUES (?1, ?2)",
            params![purged_hash(id), today.to_string()],
        )?;
        for c in counters {
            upsert_counter(&tx, c, true)?;
        }
        tx.commit()?;
        let dir = self.attachment_dir(id);
        if dir.exists() {
            std::fs::remove_dir_all(&dir)
                .with_context(|| format!("cannot remove {}", dir.display()))?;
        }
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// How far this store has read the team's event log.
    pub fn events_cursor(&self) -> anyhow::Result<u64> {
        Ok(self
            .meta("events_cursor")?
            .map(|s| s.parse())
            .transpose()
            .context("a corrupt event cursor")?
            .unwrap_or(0))
    }

    /// Every counter row.
    pub fn counters(&self) -> anyhow::Result<Vec<Counter>> {
        let mut st = self.conn.prepare(
            "SELECT month, metric, key, count FROM counters ORDER BY month, metric, key",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Counter {
                month: r.get(0)?,
                metric: r.get(1)?,
                key: r.get(2)?,
                count: r.get::<_, i64>(3)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Merges counter rows from a backup: the larger count wins, since both
    /// only ever grow.
    pub fn merge_counters(&mut self, counters: &[Counter]) -> anyhow::Result<()> {
        let tx = self.conn.savepoint()?;
        for c in counters {
            upsert_counter(&tx, c, false)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The store key (for backups).
    pub fn store_key(&self) -> &AgeIdentity {
        &self.store_key
    }

    /// A case's raw stored row: wrapped key, encrypted content, purge day.
    pub fn raw_case(&self, id: &str) -> anyhow::Result<(Vec<u8>, Vec<u8>, Option<String>)> {
        Ok(self.conn.query_row(
            "SELECT wrapped_key, data, purge_after FROM cases WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }

    /// Inserts a case row from a backup with its key wrapped to this
    /// store's key; false if the case is already here.
    pub fn insert_raw_case(
        &mut self,
        id: &str,
        key: &AgeIdentity,
        data: &[u8],
        purge_after: Option<&str>,
    ) -> anyhow::Result<bool> {
        if self.has_case(id)? {
            return Ok(false);
        }
        let wrapped = self.wrap(id, key)?;
        // Its list index entry is made by the next listing.
        self.conn.execute(
            "INSERT INTO cases (id, wrapped_key, data, purge_after) VALUES (?1, ?2, ?3, ?4)",
            params![id, wrapped, data, purge_after],
        )?;
        // Its thread tag and snapshot day are made by the next backfill.
        self.set_meta("thread_tags", "0")?;
        self.set_meta("snapshot_due", "0")?;
        Ok(true)
    }
}

/// Unwraps case `id`'s key: sealed under `wrap_key`, or (a row written
/// before issue 17) age-encrypted to `store_key`.
fn unwrap(
    wrap_key: &SealKey,
    store_key: &AgeIdentity,
    id: &str,
    wrapped: &[u8],
) -> anyhow::Result<AgeIdentity> {
    let text = match Format::of(wrapped) {
        Some(Format::Sealed) => wrap_key.open(Kind::CaseKey, id, wrapped)?,
        Some(Format::Age) => dec(store_key, wrapped)?,
        None => bail!("case {id}'s key is corrupt"),
    };
    std::str::from_utf8(&text)?
        .parse()
        .context("corrupt case key")
}

/// A case's content sealed under its case key's record key.
fn seal_case(key: &AgeIdentity, case: &Case) -> anyhow::Result<Vec<u8>> {
    SealKey::record_key(key).seal(
        Kind::Case,
        &case.id,
        &Zeroizing::new(serde_json::to_vec(case)?),
    )
}

fn purged_hash(id: &str) -> String {
    dropbox_crypto::Sha256Digest::of(format!("dropbox/v1/purged-case/{id}").as_bytes()).to_string()
}
