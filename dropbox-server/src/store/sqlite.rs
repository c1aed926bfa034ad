//! The SQLite metadata store (the default): one file in the data directory.
//!
//! Invariants: every time stored is a day (`YYYY-MM-DD`), never a time of
//! day; every id is random; no column holds a client address, user agent or
//! anything from a request beyond what the API defines. The database runs in
//! WAL mode with `synchronous=FULL`, so a committed row survives power loss.
//! Migrations are append-only and tracked with `PRAGMA user_version`.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use dropbox_crypto::time::Day;

use super::{
    DATA_TABLES, Dump, DumpedOwn, DumpedReply, DumpedSubmission, MAX_OWN_ITEMS, MetadataStore,
    NONCE_KEY, OwnItem, SharedUpload, StoreError, StoredReply, Submission, UploadPart, hex,
    nonce_hash, parse_nonce_key,
};

/// One schema step: SQL, or Rust where a value must be computed (a hash).
enum Migration {
    Sql(&'static str),
    Rust(fn(&rusqlite::Transaction<'_>) -> Result<(), StoreError>),
}

const MIGRATIONS: &[Migration] = &[
    // 1: the first schema.
    Migration::Sql(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE rosters (seq INTEGER PRIMARY KEY, envelope TEXT NOT NULL);
     CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        receipt TEXT NOT NULL,
        delete_hash TEXT,
        day TEXT NOT NULL,
        first_ack_day TEXT
     );
     CREATE TABLE acks (
        submission TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        member TEXT NOT NULL,
        day TEXT NOT NULL,
        PRIMARY KEY (submission, member)
     );
     CREATE TABLE uploads (
        id TEXT PRIMARY KEY,
        length INTEGER NOT NULL,
        delete_hash TEXT,
        day TEXT NOT NULL
     );
     CREATE TABLE replies (
        id TEXT PRIMARY KEY,
        mailbox TEXT NOT NULL,
        data BLOB NOT NULL,
        day TEXT NOT NULL,
        read_day TEXT
     );
     CREATE INDEX replies_mailbox ON replies(mailbox);
     CREATE TABLE mailboxes (id TEXT PRIMARY KEY, day TEXT NOT NULL);
     CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        data BLOB NOT NULL,
        day TEXT NOT NULL
     );
     CREATE TABLE nonces (
        keyid TEXT NOT NULL,
        nonce TEXT NOT NULL,
        expires_day TEXT NOT NULL,
        PRIMARY KEY (keyid, nonce)
     );
     CREATE TABLE escrow (
        member TEXT NOT NULL,
        week TEXT NOT NULL,
        share BLOB NOT NULL,
        day TEXT NOT NULL,
        PRIMARY KEY (member, week)
     );",
    ),
    // 2: each event remembers the roster head in force when it was
    // appended, so clients verify it against the roster at its position.
    Migration::Sql("ALTER TABLE events ADD COLUMN roster_seq INTEGER NOT NULL DEFAULT 1;"),
    // 3: nonces kept as a keyed hash of (keyid, nonce), with no keyid
    // column, so a seized database does not count each member's requests.
    Migration::Rust(hash_nonces),
    // 4 (protocol 1.3): the reporter's own log in its mailbox (thread
    // records and copies of its follow-ups, readable only with the
    // codename), and the roster head each reply was posted under, so the
    // reporter verifies a reply against the roster in force then. Replies
    // stored before are stamped with today's head: a reply by a key since
    // rotated out is then refused rather than trusted.
    Migration::Sql(
        "CREATE TABLE own (
        id TEXT PRIMARY KEY,
        mailbox TEXT NOT NULL,
        data BLOB NOT NULL,
        day TEXT NOT NULL
     );
     CREATE INDEX own_mailbox ON own(mailbox);
     ALTER TABLE replies ADD COLUMN roster_seq INTEGER NOT NULL DEFAULT 1;
     UPDATE replies SET roster_seq = (SELECT COALESCE(MAX(seq), 1) FROM rosters);",
    ),
    // 5 (protocol 1.4): members' signed drop keys, served next to the
    // roster until their last day.
    Migration::Sql(
        "CREATE TABLE dropkeys (
        member TEXT NOT NULL,
        not_before TEXT NOT NULL,
        not_after TEXT NOT NULL,
        envelope TEXT NOT NULL,
        PRIMARY KEY (member, not_before)
     );",
    ),
    // 6: a withdrawal names its report by the delete token's hash alone;
    // without an index each one scanned every stored submission.
    Migration::Sql("CREATE INDEX submissions_delete_hash ON submissions(delete_hash);"),
    // 7 (protocol 1.7): the hash of the withdrawal secret, which the
    // mailbox route matches instead of the delete token (that one is in
    // every recipient's header: THREAT_MODEL residual risk 32). Rows from
    // before have none, so no mailbox request deletes them. Nothing looks
    // submissions up by delete hash any more.
    Migration::Sql(
        "ALTER TABLE submissions ADD COLUMN withdraw_hash TEXT;
     ALTER TABLE uploads ADD COLUMN withdraw_hash TEXT;
     CREATE INDEX submissions_withdraw_hash ON submissions(withdraw_hash);
     DROP INDEX submissions_delete_hash;",
    ),
    // 8 (issue 21): uploads shared by replicas keep their progress here
    // and their parts as objects (`routes::shared`); a local upload's
    // progress stays its spool file's length.
    Migration::Sql(
        "ALTER TABLE uploads ADD COLUMN received INTEGER NOT NULL DEFAULT 0;
     ALTER TABLE uploads ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
     ALTER TABLE uploads ADD COLUMN finisher TEXT;
     ALTER TABLE uploads ADD COLUMN head BLOB;
     CREATE TABLE upload_parts (
        upload TEXT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        name TEXT NOT NULL,
        len INTEGER NOT NULL,
        PRIMARY KEY (upload, start)
     );
     CREATE TABLE pow_challenges (hash BLOB PRIMARY KEY, day TEXT NOT NULL);
     CREATE TABLE pow_tokens (hash BLOB PRIMARY KEY, day TEXT NOT NULL, uploads INTEGER NOT NULL);",
    ),
];

/// Migration 3: a fresh nonce key, the nonces table rebuilt as keyed
/// hashes. The nonces already remembered are carried over (hashed), so an
/// upgrade opens no replay window.
fn hash_nonces(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    use rand::RngCore;
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    rand::rngs::OsRng.fill_bytes(&mut key[..]);
    let key_hex = zeroize::Zeroizing::new(hex(&key[..]));
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)",
        params![NONCE_KEY, key_hex.as_str()],
    )?;
    tx.execute_batch(
        "CREATE TABLE nonce_hashes (
            hash BLOB PRIMARY KEY,
            expires_day TEXT NOT NULL
         ) WITHOUT ROWID;",
    )?;
    let old: Vec<(String, String, String)> = {
        let mut st = tx.prepare("SELECT keyid, nonce, expires_day FROM nonces")?;
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    for (keyid, nonce, expires) in old {
        tx.execute(
            "INSERT OR IGNORE INTO nonce_hashes (hash, expires_day) VALUES (?1, ?2)",
            params![&nonce_hash(&key, &keyid, &nonce)[..], expires],
        )?;
    }
    tx.execute_batch(
        "DROP TABLE nonces;
         ALTER TABLE nonce_hashes RENAME TO nonces;",
    )?;
    Ok(())
}

fn day_col(s: String) -> Result<Day, rusqlite::Error> {
    s.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn submission_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Submission> {
    Ok(Submission {
        id: r.get(0)?,
        size: r.get::<_, i64>(1)? as u64,
        receipt: r.get(2)?,
        delete_hash: r.get(3)?,
        day: day_col(r.get(4)?)?,
        withdraw_hash: r.get(5)?,
    })
}

/// The SQLite metadata store.
pub struct SqliteStore {
    conn: Connection,
    /// Keys the nonce hashes (from the meta table, made by migration 3).
    nonce_key: zeroize::Zeroizing<[u8; 32]>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(path)?;
        Self::setup(conn)
    }

    /// Opens an existing database as it is, neither creating nor migrating
    /// it (for `check`, which must not change what it inspects).
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // Reading the header makes SQLite notice a file that is no database.
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > MIGRATIONS.len() as i64 {
            return Err(StoreError::TooNew(version));
        }
        // `check` verifies no request, so it needs no nonce key.
        Ok(SqliteStore {
            conn,
            nonce_key: zeroize::Zeroizing::new([0u8; 32]),
        })
    }

    /// Opens an existing database read-only, as it is (for `migrate`,
    /// which leaves its source as it found it: a read-write connection
    /// would checkpoint the WAL into the file when it closes).
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > MIGRATIONS.len() as i64 {
            return Err(StoreError::TooNew(version));
        }
        // An export verifies no request: no nonce key needed.
        Ok(SqliteStore {
            conn,
            nonce_key: zeroize::Zeroizing::new([0u8; 32]),
        })
    }

    /// An in-memory store, for unit tests.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Self, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut store = SqliteStore {
            conn,
            nonce_key: zeroize::Zeroizing::new([0u8; 32]),
        };
        store.migrate()?;
        let key_hex = zeroize::Zeroizing::new(
            store
                .meta(NONCE_KEY)?
                .ok_or_else(|| StoreError::Corrupt("no nonce key".into()))?,
        );
        let bad = || StoreError::Corrupt("malformed nonce key".into());
        if key_hex.len() != 64 || !key_hex.is_ascii() {
            return Err(bad());
        }
        for (i, b) in store.nonce_key.iter_mut().enumerate() {
            *b = u8::from_str_radix(&key_hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
        }
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::TooNew(version));
        }
        let tx = self.conn.transaction()?;
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            match m {
                Migration::Sql(sql) => tx.execute_batch(sql)?,
                Migration::Rust(f) => f(&tx)?,
            }
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        if version < known {
            // Rows a migration removed (e.g. plain nonces) leave the WAL too.
            self.checkpoint()?;
        }
        Ok(())
    }
}

impl MetadataStore for SqliteStore {
    /// Checks the database file is intact (`PRAGMA quick_check`).
    fn check_integrity(&self) -> Result<(), StoreError> {
        let r: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if r == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt(r))
        }
    }

    /// Every problem a full `PRAGMA integrity_check` finds, one line each;
    /// empty when the database is intact.
    fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        let mut st = self.conn.prepare("PRAGMA integrity_check")?;
        let rows: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(rows.into_iter().filter(|r| r != "ok").collect())
    }

    /// A meta value.
    fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// Sets a meta value.
    fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// The roster chain, seq 1 first, as stored envelope JSON.
    fn rosters(&self) -> Result<Vec<String>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT envelope FROM rosters ORDER BY seq")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn rosters_after(&self, seq: u64) -> Result<Vec<String>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT envelope FROM rosters WHERE seq > ?1 ORDER BY seq")?;
        let rows = st.query_map([seq as i64], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Appends a roster (the caller verified it follows the head).
    fn append_roster(&self, seq: u64, envelope_json: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO rosters (seq, envelope) VALUES (?1, ?2)",
            params![seq as i64, envelope_json],
        )?;
        Ok(())
    }

    /// Records a committed submission.
    fn insert_submission(&self, s: &Submission) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO submissions (id, size, receipt, delete_hash, day, withdraw_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                s.id,
                s.size as i64,
                s.receipt,
                s.delete_hash,
                s.day.to_string(),
                s.withdraw_hash
            ],
        )?;
        Ok(())
    }

    /// Records committed submissions in one transaction: for each, its
    /// row, and the upload it completes (whose row goes), if any.
    fn insert_submissions(
        &mut self,
        rows: &[(Option<&str>, &Submission)],
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO submissions (id, size, receipt, delete_hash, day, withdraw_hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut done = tx.prepare_cached("DELETE FROM uploads WHERE id = ?1")?;
            for (upload, s) in rows {
                insert.execute(params![
                    s.id,
                    s.size as i64,
                    s.receipt,
                    s.delete_hash,
                    s.day.to_string(),
                    s.withdraw_hash
                ])?;
                if let Some(u) = upload {
                    done.execute([u])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// One submission.
    fn submission(&self, id: &str) -> Result<Option<Submission>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, size, receipt, delete_hash, day, withdraw_hash FROM submissions WHERE id = ?1",
                [id],
                submission_row,
            )
            .optional()?)
    }

    /// Every submission, in arrival order.
    fn submissions(&self) -> Result<Vec<Submission>, StoreError> {
        let mut st = self.conn.prepare(
            "SELECT id, size, receipt, delete_hash, day, withdraw_hash FROM submissions ORDER BY rowid",
        )?;
        let rows = st.query_map([], submission_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Submissions `member` has not acked, in arrival order, after the one
    /// with id `after` (the opaque cursor), at most `limit`.
    fn inbox(
        &self,
        member: &str,
        after: Option<&str>,
        limit: u32,
    ) -> Result<Vec<Submission>, StoreError> {
        let after_rowid: i64 = match after {
            Some(id) => self
                .conn
                .query_row("SELECT rowid FROM submissions WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .optional()?
                .unwrap_or(0),
            None => 0,
        };
        let mut st = self.conn.prepare(
            "SELECT id, size, receipt, delete_hash, day, withdraw_hash FROM submissions s
             WHERE s.rowid > ?1
               AND NOT EXISTS (SELECT 1 FROM acks a WHERE a.submission = s.id AND a.member = ?2)
             ORDER BY s.rowid LIMIT ?3",
        )?;
        let rows = st.query_map(params![after_rowid, member, limit], submission_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records `member`'s ack of a submission; returns false if there is no
    /// such submission.
    fn ack(&mut self, id: &str, member: &str, today: Day) -> Result<bool, StoreError> {
        Ok(self.ack_many(&[id.to_owned()], member, today)?[0])
    }

    /// Records `member`'s acks of `ids` in one transaction (one sync of the
    /// database for the whole batch); for each id, whether it named a
    /// stored submission.
    fn ack_many(
        &mut self,
        ids: &[String],
        member: &str,
        today: Day,
    ) -> Result<Vec<bool>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(ids.len());
        {
            let mut exists = tx.prepare_cached("SELECT 1 FROM submissions WHERE id = ?1")?;
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO acks (submission, member, day) VALUES (?1, ?2, ?3)",
            )?;
            let mut first = tx.prepare_cached(
                "UPDATE submissions SET first_ack_day = ?2 WHERE id = ?1 AND first_ack_day IS NULL",
            )?;
            for id in ids {
                let found = exists.query_row([id], |_| Ok(())).optional()?.is_some();
                if found {
                    insert.execute(params![id, member, today.to_string()])?;
                    first.execute(params![id, today.to_string()])?;
                }
                out.push(found);
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// Deletes a submission's row (the caller removes its file after).
    fn delete_submission(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .execute("DELETE FROM submissions WHERE id = ?1", [id])?
            > 0)
    }

    /// The submission stored with this withdraw hash, if any (a
    /// reporter's withdrawal names its report by its secret only).
    fn submission_by_withdraw_hash(&self, hash: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM submissions WHERE withdraw_hash = ?1 LIMIT 1",
                [hash],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Every submission id, for start-up cleanup of orphaned files.
    fn usage(&self, today: Day) -> Result<(u64, u32), StoreError> {
        let (bytes, count): (i64, i64) = self.conn.query_row(
            "SELECT COALESCE(SUM(size), 0), COALESCE(SUM(day = ?1), 0) FROM submissions",
            [today.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((
            bytes.max(0) as u64,
            count.clamp(0, i64::from(u32::MAX)) as u32,
        ))
    }

    fn submission_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut st = self.conn.prepare("SELECT id FROM submissions")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

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
    ) -> Result<Vec<String>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT id, day, first_ack_day FROM submissions")?;
        let rows: Vec<(String, String, Option<String>)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let parse = |d: String| d.parse::<Day>().map_err(|_| StoreError::Corrupt(d));
        let mut acks = self
            .conn
            .prepare_cached("SELECT member, day FROM acks WHERE submission = ?1")?;
        let mut due = Vec::new();
        for (id, day, first_ack) in rows {
            let read_acks = || -> Result<Vec<(String, Day)>, StoreError> {
                let rows: Vec<(String, String)> = acks
                    .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()?;
                rows.into_iter().map(|(m, d)| Ok((m, parse(d)?))).collect()
            };
            if crate::store::purge_due(
                today,
                parse(day)?,
                first_ack.map(parse).transpose()?,
                members,
                [all_acked_days, first_ack_days, unacked_days],
                read_acks,
            )? {
                due.push(id);
            }
        }
        Ok(due)
    }

    /// Records an open tus upload.
    fn insert_upload(
        &self,
        id: &str,
        length: u64,
        delete_hash: Option<&str>,
        withdraw_hash: Option<&str>,
        today: Day,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO uploads (id, length, delete_hash, day, withdraw_hash)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id,
                length as i64,
                delete_hash,
                today.to_string(),
                withdraw_hash
            ],
        )?;
        Ok(())
    }

    /// An open upload: (length, delete hash, withdraw hash).
    #[allow(clippy::type_complexity)]
    fn upload(
        &self,
        id: &str,
    ) -> Result<Option<(u64, Option<String>, Option<String>)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT length, delete_hash, withdraw_hash FROM uploads WHERE id = ?1",
                [id],
                |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }

    /// Every open upload: (id, length).
    fn uploads(&self) -> Result<Vec<(String, u64)>, StoreError> {
        let mut st = self.conn.prepare("SELECT id, length FROM uploads")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Forgets an upload.
    fn delete_upload(&self, id: &str) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM uploads WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Turns a finished upload into a submission in one transaction.
    fn complete_upload(&mut self, upload_id: &str, s: &Submission) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM uploads WHERE id = ?1", [upload_id])?;
        tx.execute(
            "INSERT INTO submissions (id, size, receipt, delete_hash, day, withdraw_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                s.id,
                s.size as i64,
                s.receipt,
                s.delete_hash,
                s.day.to_string(),
                s.withdraw_hash
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn shared_upload(&self, id: &str) -> Result<Option<SharedUpload>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT received, length, verified, finisher, delete_hash, withdraw_hash, head
                 FROM uploads WHERE id = ?1",
                [id],
                |r| {
                    Ok(SharedUpload {
                        received: r.get::<_, i64>(0)? as u64,
                        length: r.get::<_, i64>(1)? as u64,
                        verified: r.get(2)?,
                        finisher: r.get(3)?,
                        delete_hash: r.get(4)?,
                        withdraw_hash: r.get(5)?,
                        head: r.get::<_, Option<Vec<u8>>>(6)?.unwrap_or_default(),
                    })
                },
            )
            .optional()?)
    }

    fn advance_upload(
        &mut self,
        id: &str,
        part: &UploadPart,
        head: &[u8],
        today: Day,
    ) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        // Joined here: SQLite's || makes text of blobs.
        let mut joined: Vec<u8> = tx
            .query_row("SELECT head FROM uploads WHERE id = ?1", [id], |r| {
                r.get::<_, Option<Vec<u8>>>(0)
            })
            .optional()?
            .flatten()
            .unwrap_or_default();
        joined.extend_from_slice(head);
        let n = tx.execute(
            "UPDATE uploads SET received = ?1, day = ?2, head = ?6
             WHERE id = ?3 AND received = ?4 AND received + ?5 <= length",
            params![
                (part.start + part.len) as i64,
                today.to_string(),
                id,
                part.start as i64,
                part.len as i64,
                joined
            ],
        )?;
        if n == 1 {
            tx.execute(
                "INSERT INTO upload_parts (upload, start, name, len) VALUES (?1, ?2, ?3, ?4)",
                params![id, part.start as i64, part.name, part.len as i64],
            )?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    fn upload_parts(&self, id: &str) -> Result<Vec<UploadPart>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT start, name, len FROM upload_parts WHERE upload = ?1 ORDER BY start",
        )?;
        let rows = st.query_map([id], |r| {
            Ok(UploadPart {
                start: r.get::<_, i64>(0)? as u64,
                name: r.get(1)?,
                len: r.get::<_, i64>(2)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn mark_upload_verified(&self, id: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE uploads SET verified = 1, head = NULL WHERE id = ?1",
            [id],
        )?;
        Ok(())
    }

    fn claim_upload_finish(&self, id: &str, submission: &str) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE uploads SET finisher = ?1 WHERE id = ?2 AND received = length",
            [submission, id],
        )?;
        Ok(n == 1)
    }

    fn finish_shared_upload(&mut self, id: &str, s: &Submission) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let n = tx.execute(
            "DELETE FROM uploads WHERE id = ?1 AND finisher = ?2",
            [id, s.id.as_str()],
        )?;
        if n != 1 {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO submissions (id, size, receipt, delete_hash, day, withdraw_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                s.id,
                s.size as i64,
                s.receipt,
                s.delete_hash,
                s.day.to_string(),
                s.withdraw_hash
            ],
        )?;
        tx.commit()?;
        Ok(true)
    }

    fn open_upload_usage(&self) -> Result<(usize, u64), StoreError> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FILTER (WHERE received > 0), COALESCE(SUM(length) FILTER (WHERE received > 0), 0) FROM uploads",
            [],
            |r| Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as u64)),
        )?)
    }

    fn stale_uploads(&self, today: Day, pending: usize) -> Result<Vec<String>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT id FROM uploads WHERE day < ?1 OR (received = 0 AND day < ?2)
             UNION
             SELECT id FROM (SELECT id FROM uploads WHERE received = 0
                             ORDER BY rowid DESC LIMIT -1 OFFSET ?3)",
        )?;
        let rows = st.query_map(
            params![
                today.add_days(-1).to_string(),
                today.to_string(),
                pending as i64
            ],
            |r| r.get(0),
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn meta_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING",
            params![key, value],
        )?;
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))?)
    }

    fn redeem_pow(
        &self,
        challenge: &[u8; 32],
        token: &[u8; 32],
        today: Day,
        uploads: u32,
    ) -> Result<bool, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let old = today.add_days(-1).to_string();
        tx.execute("DELETE FROM pow_challenges WHERE day < ?1", [&old])?;
        tx.execute("DELETE FROM pow_tokens WHERE day < ?1", [&old])?;
        let n = tx.execute(
            "INSERT INTO pow_challenges (hash, day) VALUES (?1, ?2) ON CONFLICT(hash) DO NOTHING",
            params![&challenge[..], today.to_string()],
        )?;
        if n == 1 {
            tx.execute(
                "INSERT INTO pow_tokens (hash, day, uploads) VALUES (?1, ?2, ?3)",
                params![&token[..], today.to_string(), uploads],
            )?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    fn spend_pow(&self, token: &[u8; 32], today: Day) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE pow_tokens SET uploads = uploads - 1
             WHERE hash = ?1 AND uploads > 0 AND day >= ?2",
            params![&token[..], today.add_days(-1).to_string()],
        )?;
        Ok(n == 1)
    }

    fn try_lead(&self) -> Result<bool, StoreError> {
        // One process holds the data directory (its lock file).
        Ok(true)
    }

    fn end_lead(&self) -> Result<(), StoreError> {
        Ok(())
    }

    /// Records nonces (keyid, nonce, expiry day, today) in one
    /// transaction, so they share one sync: for each, whether it was new
    /// (false: a replay, or the same nonce earlier in `items`). Expired
    /// nonces are dropped first. Only a keyed hash of (keyid, nonce) is
    /// stored, so the table does not say whose requests it remembers.
    fn remember_nonces(
        &mut self,
        items: &[(&str, &str, Day, Day)],
    ) -> Result<Vec<bool>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(items.len());
        {
            let mut expire = tx.prepare_cached("DELETE FROM nonces WHERE expires_day < ?1")?;
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO nonces (hash, expires_day) VALUES (?1, ?2)",
            )?;
            if let Some(today) = items.iter().map(|i| i.3).min() {
                expire.execute([today.to_string()])?;
            }
            for (keyid, nonce, expires, _) in items {
                let n = insert.execute(params![
                    &nonce_hash(&self.nonce_key, keyid, nonce)[..],
                    expires.to_string()
                ])?;
                out.push(n == 1);
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// Creates a mailbox if it does not exist, and records today as its
    /// last use: a mailbox (and the reporter's own log in it) is kept
    /// `reply_days` after its last read, reply or own post.
    fn touch_mailbox(&self, id: &str, today: Day) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO mailboxes (id, day) VALUES (?1, ?2)
             ON CONFLICT(id) DO UPDATE SET day = MAX(day, excluded.day)",
            params![id, today.to_string()],
        )?;
        Ok(())
    }

    /// Appends an item to a mailbox's own log; false (nothing stored) when
    /// the log already holds [`MAX_OWN_ITEMS`].
    fn insert_own(
        &mut self,
        id: &str,
        mailbox: &str,
        data: &[u8],
        today: Day,
    ) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let n: i64 = tx.query_row(
            "SELECT COUNT(*) FROM own WHERE mailbox = ?1",
            [mailbox],
            |r| r.get(0),
        )?;
        if n as u64 >= MAX_OWN_ITEMS {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO mailboxes (id, day) VALUES (?1, ?2)
             ON CONFLICT(id) DO UPDATE SET day = MAX(day, excluded.day)",
            params![mailbox, today.to_string()],
        )?;
        tx.execute(
            "INSERT INTO own (id, mailbox, data, day) VALUES (?1, ?2, ?3, ?4)",
            params![id, mailbox, data, today.to_string()],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// A mailbox's own log, in the order posted.
    fn own_log(&self, mailbox: &str) -> Result<Vec<OwnItem>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT id, data, day FROM own WHERE mailbox = ?1 ORDER BY rowid")?;
        let rows = st.query_map([mailbox], |r| {
            Ok(OwnItem {
                id: r.get(0)?,
                data: r.get(1)?,
                day: day_col(r.get(2)?)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores a reply in a mailbox.
    fn insert_reply(
        &self,
        id: &str,
        mailbox: &str,
        data: &[u8],
        today: Day,
    ) -> Result<(), StoreError> {
        self.touch_mailbox(mailbox, today)?;
        // Stamped with the roster head in the same statement, as events are.
        self.conn.execute(
            "INSERT INTO replies (id, mailbox, data, day, roster_seq)
             VALUES (?1, ?2, ?3, ?4, (SELECT COALESCE(MAX(seq), 1) FROM rosters))",
            params![id, mailbox, data, today.to_string()],
        )?;
        Ok(())
    }

    /// A mailbox's replies, marking them read today.
    fn read_mailbox(&mut self, mailbox: &str, today: Day) -> Result<Vec<StoredReply>, StoreError> {
        let tx = self.conn.transaction()?;
        let out = {
            let mut st = tx.prepare(
                "SELECT id, data, day, roster_seq FROM replies WHERE mailbox = ?1 ORDER BY rowid",
            )?;
            let rows = st.query_map([mailbox], |r| {
                Ok(StoredReply {
                    id: r.get(0)?,
                    data: r.get(1)?,
                    day: day_col(r.get(2)?)?,
                    roster_seq: r.get::<_, i64>(3)? as u64,
                })
            })?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        tx.execute(
            "UPDATE replies SET read_day = ?2 WHERE mailbox = ?1 AND read_day IS NULL",
            params![mailbox, today.to_string()],
        )?;
        tx.commit()?;
        Ok(out)
    }

    /// Deletes replies read `read_days` ago or posted `days` ago; returns
    /// how many.
    fn purge_replies(&self, today: Day, read_days: u32, days: u32) -> Result<usize, StoreError> {
        let read_cut = today.add_days(-i64::from(read_days)).to_string();
        let cut = today.add_days(-i64::from(days)).to_string();
        let n = self.conn.execute(
            "DELETE FROM replies WHERE (read_day IS NOT NULL AND read_day <= ?1) OR day <= ?2",
            params![read_cut, cut],
        )?;
        // A mailbox with no reply left in it is forgotten `days` after its
        // last use, and its own log with it.
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "DELETE FROM own WHERE mailbox IN (SELECT id FROM mailboxes WHERE day <= ?1
               AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.mailbox = mailboxes.id))",
            [&cut],
        )?;
        tx.execute(
            "DELETE FROM mailboxes WHERE day <= ?1 AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.mailbox = mailboxes.id)",
            [&cut],
        )?;
        tx.commit()?;
        Ok(n)
    }

    /// Appends an event, stamped with the roster head in force (read in the
    /// same statement, so a concurrent roster update cannot slip between);
    /// returns its sequence number.
    fn append_event(&self, data: &[u8], today: Day) -> Result<u64, StoreError> {
        self.conn.execute(
            "INSERT INTO events (data, day, roster_seq)
             VALUES (?1, ?2, (SELECT COALESCE(MAX(seq), 1) FROM rosters))",
            params![data, today.to_string()],
        )?;
        Ok(self.conn.last_insert_rowid() as u64)
    }

    /// Events after `after`, at most `limit`: (seq, roster seq, data).
    fn events(&self, after: u64, limit: u32) -> Result<Vec<(u64, u64, Vec<u8>)>, StoreError> {
        let mut st = self.conn.prepare(
            "SELECT seq, roster_seq, data FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let rows = st.query_map(params![after as i64, limit], |r| {
            Ok((
                r.get::<_, i64>(0)? as u64,
                r.get::<_, i64>(1)? as u64,
                r.get(2)?,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Drops events older than `days`.
    fn purge_events(&self, today: Day, days: u32) -> Result<usize, StoreError> {
        let cut = today.add_days(-i64::from(days)).to_string();
        Ok(self
            .conn
            .execute("DELETE FROM events WHERE day <= ?1", [cut])?)
    }

    /// Stores a member's escrow share for a week; false if a different
    /// share is already stored for it.
    fn put_escrow(
        &self,
        member: &str,
        week: &str,
        share: &[u8],
        today: Day,
    ) -> Result<bool, StoreError> {
        self.conn.execute(
            "INSERT INTO escrow (member, week, share, day) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(member, week) DO NOTHING",
            params![member, week, share, today.to_string()],
        )?;
        // The same share again is fine; a different one is refused.
        Ok(self.escrow(member, week)?.map(|(s, _)| s).as_deref() == Some(share))
    }

    /// A member's escrow share for a week, and the day it was stored.
    fn escrow(&self, member: &str, week: &str) -> Result<Option<(Vec<u8>, Day)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT share, day FROM escrow WHERE member = ?1 AND week = ?2",
                params![member, week],
                |r| Ok((r.get(0)?, day_col(r.get(1)?)?)),
            )
            .optional()?)
    }

    /// Deletes escrow shares stored `days` ago or earlier.
    fn purge_escrow(&self, today: Day, days: u32) -> Result<usize, StoreError> {
        let cut = today.add_days(-i64::from(days)).to_string();
        Ok(self
            .conn
            .execute("DELETE FROM escrow WHERE day <= ?1", [cut])?)
    }

    /// Stores a member's signed drop key for the window starting on
    /// `not_before`, replacing the one they published for it before.
    fn put_dropkey(
        &self,
        member: &str,
        not_before: Day,
        not_after: Day,
        envelope: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO dropkeys (member, not_before, not_after, envelope)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(member, not_before)
             DO UPDATE SET not_after = excluded.not_after, envelope = excluded.envelope",
            params![
                member,
                not_before.to_string(),
                not_after.to_string(),
                envelope
            ],
        )?;
        Ok(())
    }

    /// The drop keys still valid on `today` or later, as stored envelopes,
    /// by member and window.
    fn dropkeys(&self, today: Day) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT envelope FROM dropkeys WHERE not_after >= ?1
             ORDER BY member, not_before",
        )?;
        let rows = stmt.query_map([today.to_string()], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes drop keys whose last day is before `today`, and those of
    /// anyone not in `members` (removed from the roster).
    fn purge_dropkeys(&self, today: Day, members: &[String]) -> Result<usize, StoreError> {
        let mut n = self.conn.execute(
            "DELETE FROM dropkeys WHERE not_after < ?1",
            [today.to_string()],
        )?;
        let stored: Vec<String> = {
            let mut stmt = self.conn.prepare("SELECT DISTINCT member FROM dropkeys")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for m in stored.iter().filter(|m| !members.contains(m)) {
            n += self
                .conn
                .execute("DELETE FROM dropkeys WHERE member = ?1", [m])?;
        }
        Ok(n)
    }

    /// Shrinks the WAL after deletions so removed rows leave the disk.
    fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }

    fn first_table_in_use(&self) -> Result<Option<&'static str>, StoreError> {
        table_in_use(&self.conn)
    }

    /// Read in one transaction: a snapshot, whatever another connection
    /// commits meanwhile. The database must be at this program's schema
    /// (an export never upgrades what it reads).
    fn export(&mut self) -> Result<Dump, StoreError> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version < MIGRATIONS.len() as i64 {
            return Err(StoreError::TooOld(version));
        }
        if version > MIGRATIONS.len() as i64 {
            return Err(StoreError::TooNew(version));
        }
        let tx = self.conn.transaction()?;
        fn all<T>(
            tx: &rusqlite::Transaction<'_>,
            sql: &str,
            f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
        ) -> Result<Vec<T>, StoreError> {
            let mut st = tx.prepare(sql)?;
            let rows = st.query_map([], f)?;
            Ok(rows.collect::<Result<_, _>>()?)
        }
        let opt_day = |v: Option<String>| v.map(day_col).transpose();
        let dump = Dump {
            meta: all(&tx, "SELECT key, value FROM meta ORDER BY key", |r| {
                Ok((r.get(0)?, zeroize::Zeroizing::new(r.get(1)?)))
            })?,
            rosters: all(&tx, "SELECT seq, envelope FROM rosters ORDER BY seq", |r| {
                Ok((r.get::<_, i64>(0)? as u64, r.get(1)?))
            })?,
            submissions: all(
                &tx,
                "SELECT id, size, receipt, delete_hash, day, withdraw_hash, rowid, first_ack_day
                 FROM submissions ORDER BY rowid",
                |r| {
                    Ok(DumpedSubmission {
                        row: submission_row(r)?,
                        pos: r.get::<_, i64>(6)? as u64,
                        first_ack_day: opt_day(r.get(7)?)?,
                    })
                },
            )?,
            acks: all(
                &tx,
                "SELECT submission, member, day FROM acks ORDER BY submission, member",
                |r| Ok((r.get(0)?, r.get(1)?, day_col(r.get(2)?)?)),
            )?,
            mailboxes: all(&tx, "SELECT id, day FROM mailboxes ORDER BY id", |r| {
                Ok((r.get(0)?, day_col(r.get(1)?)?))
            })?,
            replies: all(
                &tx,
                "SELECT rowid, id, mailbox, data, day, read_day, roster_seq
                 FROM replies ORDER BY rowid",
                |r| {
                    Ok(DumpedReply {
                        pos: r.get::<_, i64>(0)? as u64,
                        reply: StoredReply {
                            id: r.get(1)?,
                            data: r.get(3)?,
                            day: day_col(r.get(4)?)?,
                            roster_seq: r.get::<_, i64>(6)? as u64,
                        },
                        mailbox: r.get(2)?,
                        read_day: opt_day(r.get(5)?)?,
                    })
                },
            )?,
            own: all(
                &tx,
                "SELECT rowid, id, mailbox, data, day FROM own ORDER BY rowid",
                |r| {
                    Ok(DumpedOwn {
                        pos: r.get::<_, i64>(0)? as u64,
                        item: OwnItem {
                            id: r.get(1)?,
                            data: r.get(3)?,
                            day: day_col(r.get(4)?)?,
                        },
                        mailbox: r.get(2)?,
                    })
                },
            )?,
            events: all(
                &tx,
                "SELECT seq, roster_seq, data, day FROM events ORDER BY seq",
                |r| {
                    Ok((
                        r.get::<_, i64>(0)? as u64,
                        r.get::<_, i64>(1)? as u64,
                        r.get(2)?,
                        day_col(r.get(3)?)?,
                    ))
                },
            )?,
            // AUTOINCREMENT remembers the highest seq ever given, purged
            // events' included.
            events_high: tx.query_row(
                "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0)",
                [],
                |r| r.get::<_, i64>(0),
            )? as u64,
            nonces: all(
                &tx,
                "SELECT hash, expires_day FROM nonces ORDER BY hash",
                |r| Ok((r.get(0)?, day_col(r.get(1)?)?)),
            )?,
            escrow: all(
                &tx,
                "SELECT member, week, share, day FROM escrow ORDER BY member, week",
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, day_col(r.get(3)?)?)),
            )?,
            dropkeys: all(
                &tx,
                "SELECT member, not_before, not_after, envelope FROM dropkeys
                 ORDER BY member, not_before",
                |r| {
                    Ok((
                        r.get(0)?,
                        day_col(r.get(1)?)?,
                        day_col(r.get(2)?)?,
                        r.get(3)?,
                    ))
                },
            )?,
            pow_challenges: all(
                &tx,
                "SELECT hash, day FROM pow_challenges ORDER BY hash",
                |r| Ok((r.get(0)?, day_col(r.get(1)?)?)),
            )?,
            pow_tokens: all(
                &tx,
                "SELECT hash, day, uploads FROM pow_tokens ORDER BY hash",
                |r| Ok((r.get(0)?, day_col(r.get(1)?)?, r.get(2)?)),
            )?,
            open_uploads: tx
                .query_row("SELECT COUNT(*) FROM uploads", [], |r| r.get::<_, i64>(0))?
                as u64,
        };
        tx.commit()?;
        Ok(dump)
    }

    fn import(&mut self, dump: &Dump) -> Result<(), StoreError> {
        let key = parse_nonce_key(dump.meta(NONCE_KEY).map(str::to_owned))?;
        let tx = self.conn.transaction()?;
        if let Some(t) = table_in_use(&tx)? {
            return Err(StoreError::NotEmpty(t));
        }
        let ds = |d: Day| d.to_string();
        for (k, v) in &dump.meta {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![k, v.as_str()],
            )?;
        }
        for (seq, env) in &dump.rosters {
            tx.execute(
                "INSERT INTO rosters (seq, envelope) VALUES (?1, ?2)",
                params![*seq as i64, env],
            )?;
        }
        {
            let mut st = tx.prepare(
                "INSERT INTO submissions
                 (rowid, id, size, receipt, delete_hash, day, withdraw_hash, first_ack_day)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for s in &dump.submissions {
                st.execute(params![
                    s.pos as i64,
                    s.row.id,
                    s.row.size as i64,
                    s.row.receipt,
                    s.row.delete_hash,
                    ds(s.row.day),
                    s.row.withdraw_hash,
                    s.first_ack_day.map(ds)
                ])?;
            }
            let mut st =
                tx.prepare("INSERT INTO acks (submission, member, day) VALUES (?1, ?2, ?3)")?;
            for (sub, member, day) in &dump.acks {
                st.execute(params![sub, member, ds(*day)])?;
            }
            let mut st = tx.prepare("INSERT INTO mailboxes (id, day) VALUES (?1, ?2)")?;
            for (id, day) in &dump.mailboxes {
                st.execute(params![id, ds(*day)])?;
            }
            let mut st = tx.prepare(
                "INSERT INTO replies (rowid, id, mailbox, data, day, read_day, roster_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for r in &dump.replies {
                st.execute(params![
                    r.pos as i64,
                    r.reply.id,
                    r.mailbox,
                    r.reply.data,
                    ds(r.reply.day),
                    r.read_day.map(ds),
                    r.reply.roster_seq as i64
                ])?;
            }
            let mut st = tx.prepare(
                "INSERT INTO own (rowid, id, mailbox, data, day) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for o in &dump.own {
                st.execute(params![
                    o.pos as i64,
                    o.item.id,
                    o.mailbox,
                    o.item.data,
                    ds(o.item.day)
                ])?;
            }
            let mut st = tx.prepare(
                "INSERT INTO events (seq, roster_seq, data, day) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (seq, roster_seq, data, day) in &dump.events {
                st.execute(params![*seq as i64, *roster_seq as i64, data, ds(*day)])?;
            }
            let mut st = tx.prepare("INSERT INTO nonces (hash, expires_day) VALUES (?1, ?2)")?;
            for (hash, day) in &dump.nonces {
                st.execute(params![hash, ds(*day)])?;
            }
            let mut st = tx
                .prepare("INSERT INTO escrow (member, week, share, day) VALUES (?1, ?2, ?3, ?4)")?;
            for (member, week, share, day) in &dump.escrow {
                st.execute(params![member, week, share, ds(*day)])?;
            }
            let mut st = tx.prepare(
                "INSERT INTO dropkeys (member, not_before, not_after, envelope)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (member, nb, na, env) in &dump.dropkeys {
                st.execute(params![member, ds(*nb), ds(*na), env])?;
            }
            let mut st = tx.prepare("INSERT INTO pow_challenges (hash, day) VALUES (?1, ?2)")?;
            for (hash, day) in &dump.pow_challenges {
                st.execute(params![hash, ds(*day)])?;
            }
            let mut st =
                tx.prepare("INSERT INTO pow_tokens (hash, day, uploads) VALUES (?1, ?2, ?3)")?;
            for (hash, day, uploads) in &dump.pow_tokens {
                st.execute(params![hash, ds(*day), uploads])?;
            }
        }
        // The next event continues after the highest seq ever given.
        let high = dump.events_next_after() as i64;
        if high > 0 {
            let n = tx.execute(
                "UPDATE sqlite_sequence SET seq = MAX(seq, ?1) WHERE name = 'events'",
                [high],
            )?;
            if n == 0 {
                tx.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES ('events', ?1)",
                    [high],
                )?;
            }
        }
        tx.commit()?;
        self.nonce_key = key;
        Ok(())
    }
}

/// The first of [`DATA_TABLES`] holding a row, or `meta` when it holds
/// more than the nonce key.
fn table_in_use(conn: &Connection) -> Result<Option<&'static str>, StoreError> {
    for t in DATA_TABLES {
        // A table name from the constant list, never from input.
        let used: bool =
            conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {t})"), [], |r| {
                r.get(0)
            })?;
        if used {
            return Ok(Some(t));
        }
    }
    let used: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM meta WHERE key <> ?1)",
        [NONCE_KEY],
        |r| r.get(0),
    )?;
    Ok(used.then_some("meta"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        s.parse().unwrap()
    }

    fn sub(id: &str, day: &str) -> Submission {
        Submission {
            id: id.into(),
            size: 10,
            receipt: "r".into(),
            delete_hash: None,
            withdraw_hash: None,
            day: d(day),
        }
    }

    #[test]
    fn a_withdrawal_finds_its_submission_by_the_withdraw_hash_alone() {
        let s = SqliteStore::open_in_memory().unwrap();
        let mut a = sub("a", "2026-11-01");
        a.delete_hash = Some("h1".into());
        a.withdraw_hash = Some("w1".into());
        s.insert_submission(&a).unwrap();
        s.insert_submission(&sub("b", "2026-11-01")).unwrap();
        assert_eq!(
            s.submission_by_withdraw_hash("w1").unwrap().as_deref(),
            Some("a")
        );
        // The delete token's hash (in every recipient's header) is not
        // the withdrawal secret's.
        assert_eq!(s.submission_by_withdraw_hash("h1").unwrap(), None);
        assert_eq!(s.submission("a").unwrap().unwrap(), a);
        let plan: String = s
            .conn
            .query_row(
                "EXPLAIN QUERY PLAN SELECT id FROM submissions WHERE withdraw_hash = ?1 LIMIT 1",
                ["w1"],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("submissions_withdraw_hash"), "{plan}");
    }

    #[test]
    fn a_report_stored_before_1_7_keeps_its_delete_hash_and_has_no_withdraw_hash() {
        let dir = std::env::temp_dir().join(format!(
            "dropbox-store-{}",
            dropbox_crypto::SubmissionId::random()
        ));
        std::fs::create_dir(&dir).unwrap();
        let path = dir.join("db.sqlite3");
        {
            // A database as migration 6 left it, holding one report and
            // one open upload.
            let mut conn = Connection::open(&path).unwrap();
            let tx = conn.transaction().unwrap();
            for m in &MIGRATIONS[..6] {
                match m {
                    Migration::Sql(sql) => tx.execute_batch(sql).unwrap(),
                    Migration::Rust(f) => f(&tx).unwrap(),
                }
            }
            tx.pragma_update(None, "user_version", 6).unwrap();
            tx.execute(
                "INSERT INTO submissions (id, size, receipt, delete_hash, day)
                 VALUES ('old', 1, 'r', 'h1', '2026-11-01')",
                [],
            )
            .unwrap();
            tx.execute(
                "INSERT INTO uploads (id, length, delete_hash, day) VALUES ('up', 9, 'h2', '2026-11-01')",
                [],
            )
            .unwrap();
            tx.commit().unwrap();
        }
        let s = SqliteStore::open(&path).unwrap();
        let old = s.submission("old").unwrap().unwrap();
        assert_eq!(old.delete_hash.as_deref(), Some("h1"));
        assert_eq!(old.withdraw_hash, None);
        assert_eq!(s.submission_by_withdraw_hash("h1").unwrap(), None);
        assert_eq!(s.upload("up").unwrap(), Some((9, Some("h2".into()), None)));
        drop(s);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn inbox_hides_what_a_member_acked() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        s.insert_submission(&sub("a", "2026-11-01")).unwrap();
        s.insert_submission(&sub("b", "2026-11-01")).unwrap();
        assert!(s.ack("a", "alice", d("2026-11-02")).unwrap());
        assert!(!s.ack("zzz", "alice", d("2026-11-02")).unwrap());
        let ids: Vec<_> = s
            .inbox("alice", None, 10)
            .unwrap()
            .into_iter()
            .map(|x| x.id)
            .collect();
        assert_eq!(ids, ["b"]);
        let ids: Vec<_> = s
            .inbox("bob", Some("a"), 10)
            .unwrap()
            .into_iter()
            .map(|x| x.id)
            .collect();
        assert_eq!(ids, ["b"]);
    }

    #[test]
    fn retention_rules() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let members = vec!["alice".to_owned(), "bob".to_owned()];
        s.insert_submission(&sub("unacked", "2026-01-01")).unwrap();
        s.insert_submission(&sub("all", "2026-01-01")).unwrap();
        s.insert_submission(&sub("one", "2026-01-01")).unwrap();
        s.ack("all", "alice", d("2026-01-02")).unwrap();
        s.ack("all", "bob", d("2026-01-03")).unwrap();
        s.ack("one", "alice", d("2026-01-02")).unwrap();
        let due = |day: &str| s.due_for_purge(d(day), &members, 7, 30, 60).unwrap();
        assert!(due("2026-01-09").is_empty());
        assert_eq!(due("2026-01-10"), ["all"]);
        assert_eq!(due("2026-02-01"), ["all", "one"]);
        assert_eq!(due("2026-03-02"), ["unacked", "all", "one"]);
    }

    #[test]
    fn the_own_log_lives_and_dies_with_its_mailbox() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        assert!(
            s.insert_own("o1", "mbx-a", b"record", d("2026-01-01"))
                .unwrap()
        );
        assert!(
            s.insert_own("o2", "mbx-a", b"copy", d("2026-01-02"))
                .unwrap()
        );
        assert!(
            s.insert_own("o3", "mbx-b", b"cover", d("2026-01-01"))
                .unwrap()
        );
        let ids = |s: &SqliteStore, m: &str| -> Vec<String> {
            s.own_log(m).unwrap().into_iter().map(|o| o.id).collect()
        };
        assert_eq!(ids(&s, "mbx-a"), ["o1", "o2"]);
        // Read on day 20: mbx-a is kept 30 days from then; mbx-b, never
        // used again, goes 30 days after its post.
        s.read_mailbox("mbx-a", d("2026-01-20")).unwrap();
        s.touch_mailbox("mbx-a", d("2026-01-20")).unwrap();
        s.purge_replies(d("2026-01-31"), 7, 30).unwrap();
        assert_eq!(ids(&s, "mbx-a"), ["o1", "o2"]);
        assert!(ids(&s, "mbx-b").is_empty());
        s.purge_replies(d("2026-02-19"), 7, 30).unwrap();
        assert!(ids(&s, "mbx-a").is_empty());
    }

    #[test]
    fn replies_remember_the_roster_head_they_were_posted_under() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        s.append_roster(1, "{}").unwrap();
        s.insert_reply("r1", "mbx", b"one", d("2026-01-01"))
            .unwrap();
        s.append_roster(2, "{}").unwrap();
        s.insert_reply("r2", "mbx", b"two", d("2026-01-01"))
            .unwrap();
        let seqs: Vec<u64> = s
            .read_mailbox("mbx", d("2026-01-02"))
            .unwrap()
            .into_iter()
            .map(|r| r.roster_seq)
            .collect();
        assert_eq!(seqs, [1, 2]);
    }

    fn one_nonce(s: &mut SqliteStore, keyid: &str, nonce: &str, expires: Day, today: Day) -> bool {
        s.remember_nonces(&[(keyid, nonce, expires, today)])
            .unwrap()[0]
    }

    #[test]
    fn nonces_are_single_use() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        assert!(one_nonce(
            &mut s,
            "alice",
            "n1",
            d("2026-01-02"),
            d("2026-01-01")
        ));
        assert!(!one_nonce(
            &mut s,
            "alice",
            "n1",
            d("2026-01-02"),
            d("2026-01-01")
        ));
        assert!(one_nonce(
            &mut s,
            "bob",
            "n1",
            d("2026-01-02"),
            d("2026-01-01")
        ));
        // One batch (requests that arrived together): the same nonce twice
        // is new once.
        let (e, t) = (d("2026-01-02"), d("2026-01-01"));
        let fresh = s
            .remember_nonces(&[
                ("carol", "n2", e, t),
                ("alice", "n3", e, t),
                ("carol", "n2", e, t),
            ])
            .unwrap();
        assert_eq!(fresh, [true, true, false]);
    }

    /// Regression (issue 15): the nonces table named the member of every
    /// signed request, so a seized database counted each member's requests.
    /// It now holds keyed hashes only, and the upgrade carries the nonces
    /// already remembered over, so no request can be replayed across it.
    #[test]
    fn nonces_are_stored_as_keyed_hashes_and_survive_the_upgrade() {
        let conn = Connection::open_in_memory().unwrap();
        for m in &MIGRATIONS[..2] {
            let Migration::Sql(sql) = m else {
                panic!("migrations 1 and 2 are SQL")
            };
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 2).unwrap();
        conn.execute(
            "INSERT INTO nonces (keyid, nonce, expires_day) VALUES ('alice', 'n-before', '2026-01-02')",
            [],
        )
        .unwrap();
        let mut s = SqliteStore::setup(conn).unwrap();
        let (today, expires) = (d("2026-01-01"), d("2026-01-02"));
        assert!(
            !one_nonce(&mut s, "alice", "n-before", expires, today),
            "a nonce remembered before the upgrade is still a replay"
        );
        assert!(one_nonce(&mut s, "alice", "n-after", expires, today));
        assert!(!one_nonce(&mut s, "alice", "n-after", expires, today));
        let columns: Vec<String> = s
            .conn
            .prepare("SELECT name FROM pragma_table_info('nonces')")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(columns, ["hash", "expires_day"]);
        let stored: Vec<Vec<u8>> = s
            .conn
            .prepare("SELECT hash FROM nonces")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(stored.len(), 2);
        for h in &stored {
            assert_eq!(h.len(), 32);
            assert!(!h.windows(5).any(|w| w == b"alice"));
        }
        // Another drop box (another key) hashes the same request otherwise.
        let other = SqliteStore::open_in_memory().unwrap();
        assert_ne!(
            nonce_hash(&s.nonce_key, "alice", "n-after"),
            nonce_hash(&other.nonce_key, "alice", "n-after")
        );
    }
    /// `migrate`'s copy, engine to engine: every row but open uploads
    /// arrives with its position, the event seq continues after the
    /// highest ever given (purged events included), a nonce used before
    /// is still refused, inbox cursors page as before, and a target
    /// holding rows is refused with nothing written.
    #[test]
    fn an_export_imports_whole_and_keeps_cursors_and_used_nonces() {
        let mut a = SqliteStore::open_in_memory().unwrap();
        let t = d("2026-01-01");
        a.set_meta("fingerprint", "fp").unwrap();
        a.append_roster(1, "{\"r\":1}").unwrap();
        for id in ["s1", "s2", "s3"] {
            a.insert_submission(&sub(id, "2026-01-01")).unwrap();
        }
        assert!(a.delete_submission("s2").unwrap());
        a.ack("s1", "alice", d("2026-01-02")).unwrap();
        a.insert_reply("r1", "mbx", b"reply", t).unwrap();
        a.read_mailbox("mbx", d("2026-01-03")).unwrap();
        assert!(a.insert_own("o1", "mbx", b"own", t).unwrap());
        for e in [b"e1", b"e2", b"e3"] {
            a.append_event(e, t).unwrap();
        }
        a.append_event(b"e4", d("2026-01-20")).unwrap();
        // e1..e3 purged: the high-water mark (4) is kept, not only the
        // rows.
        assert_eq!(a.purge_events(d("2026-01-10"), 5).unwrap(), 3);
        assert!(one_nonce(&mut a, "alice", "used", d("2026-02-01"), t));
        assert!(a.put_escrow("alice", "2026-W01", b"share", t).unwrap());
        a.put_dropkey("alice", t, d("2026-02-01"), "dk").unwrap();
        a.insert_upload("up", 9, None, None, t).unwrap();

        let dump = a.export().unwrap();
        assert_eq!(dump.open_uploads, 1);
        assert_eq!(dump.events_high, 4);
        assert_eq!(
            dump.submissions.iter().map(|s| s.pos).collect::<Vec<_>>(),
            [1, 3]
        );
        let mut b = SqliteStore::open_in_memory().unwrap();
        assert_eq!(b.first_table_in_use().unwrap(), None);
        b.import(&dump).unwrap();
        let mut again = b.export().unwrap();
        assert_eq!(again.open_uploads, 0, "open uploads are not copied");
        again.open_uploads = dump.open_uploads;
        assert!(again == dump, "{again:?} against {dump:?}");

        assert_eq!(b.append_event(b"e5", t).unwrap(), 5);
        assert!(
            !one_nonce(&mut b, "alice", "used", d("2026-02-01"), t),
            "a nonce used before the move is a replay after it"
        );
        assert!(one_nonce(&mut b, "alice", "fresh", d("2026-02-01"), t));
        b.insert_submission(&sub("s4", "2026-01-02")).unwrap();
        let ids = |v: Vec<Submission>| v.into_iter().map(|x| x.id).collect::<Vec<_>>();
        assert_eq!(ids(b.inbox("bob", Some("s1"), 10).unwrap()), ["s3", "s4"]);
        assert_eq!(ids(b.inbox("alice", None, 10).unwrap()), ["s3", "s4"]);

        let mut c = SqliteStore::open_in_memory().unwrap();
        c.append_roster(1, "{}").unwrap();
        assert!(matches!(
            c.import(&dump),
            Err(StoreError::NotEmpty("rosters"))
        ));
        assert_eq!(c.submissions().unwrap(), []);
    }
}
