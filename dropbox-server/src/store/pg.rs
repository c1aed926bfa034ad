//! The PostgreSQL metadata store, for drop boxes whose metadata lives in a
//! database server (`serve --metadata postgres://…`).
//!
//! The same discipline as SQLite: days are `DATE` columns (a type that
//! cannot hold a time of day), no column defaults to `now()`, ids are
//! random, nothing from a request's connection is stored. Each process
//! holds one connection; several processes may share the database, so every
//! rule that spans rows holds there too: a nonce is refused by its primary
//! key inside the inserting transaction (a second process waits for the
//! first's commit, then finds the row), and appends that feed a cursor
//! (submissions, events) take a table lock so they commit in the order of
//! their sequence numbers. Every write commits with `synchronous_commit =
//! on` before its call returns. The schema is migrated in one transaction
//! under an advisory lock, so processes starting together do not race.

use std::cell::RefCell;
use std::str::FromStr;

use postgres::types::{FromSql, IsNull, ToSql, Type, to_sql_checked};
use postgres::{Client, NoTls, Transaction};

use dropbox_crypto::time::Day;

use super::{
    DATA_TABLES, Dump, DumpedOwn, DumpedReply, DumpedSubmission, MAX_OWN_ITEMS, MetadataStore,
    NONCE_KEY, OwnItem, SharedUpload, StoreError, StoredReply, Submission, UploadPart,
    UploadProgress, UploadRow, hex, nonce_hash, parse_nonce_key,
};

/// Where the metadata lives: a `postgres://` URL. It may carry a password,
/// so it is wiped when dropped and never printed.
#[derive(Clone)]
pub struct PgUrl(zeroize::Zeroizing<String>, Option<String>);

impl FromStr for PgUrl {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if !(s.starts_with("postgres://") || s.starts_with("postgresql://")) {
            return Err("expected a postgres://… URL".into());
        }
        // Parsed now so a typo fails at start-up, not at the first request.
        postgres::Config::from_str(s).map_err(|e| format!("not a PostgreSQL URL: {e}"))?;
        Ok(PgUrl(zeroize::Zeroizing::new(s.to_owned()), None))
    }
}

impl std::fmt::Debug for PgUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PgUrl(…)")
    }
}

impl PgUrl {
    pub(crate) fn config(&self) -> postgres::Config {
        let mut c = postgres::Config::from_str(&self.0).expect("checked when parsed");
        if let Some(db) = &self.1 {
            c.dbname(db);
        }
        c
    }

    /// The same server, user and password, database `name` (a hosted
    /// team's own database, named in the host's registry).
    pub fn with_database(&self, name: &str) -> PgUrl {
        PgUrl(self.0.clone(), Some(name.to_owned()))
    }
}

/// A day as PostgreSQL's `DATE` (days since 2000-01-01, big-endian i32).
#[derive(Debug, Clone, Copy)]
struct PgDay(Day);

fn pg_epoch() -> Day {
    Day::new(2000, 1, 1).expect("a valid date")
}

impl ToSql for PgDay {
    fn to_sql(
        &self,
        _: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        let days = i32::try_from(pg_epoch().days_until(self.0))?;
        out.extend_from_slice(&days.to_be_bytes());
        Ok(IsNull::No)
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::DATE
    }
    to_sql_checked!();
}

impl<'a> FromSql<'a> for PgDay {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        let days = i32::from_be_bytes(raw.try_into()?);
        // 'infinity' and '-infinity' are no day the store writes.
        if days == i32::MAX || days == i32::MIN {
            return Err("an infinite date".into());
        }
        Ok(PgDay(pg_epoch().add_days(i64::from(days))))
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::DATE
    }
}

fn day(r: &postgres::Row, i: usize) -> Result<Day, postgres::Error> {
    Ok(r.try_get::<_, PgDay>(i)?.0)
}

fn opt_day(r: &postgres::Row, i: usize) -> Result<Option<Day>, postgres::Error> {
    Ok(r.try_get::<_, Option<PgDay>>(i)?.map(|d| d.0))
}

/// One schema step.
enum Migration {
    Sql(&'static str),
    Rust(fn(&mut Transaction<'_>) -> Result<(), StoreError>),
}

/// Append-only, as SQLite's; the version is kept in `dropbox_schema`.
const MIGRATIONS: &[Migration] = &[
    // 1: the schema as SQLite's stands after its migration 7. `pos` keeps
    // arrival order where SQLite used the rowid.
    Migration::Sql(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE rosters (seq BIGINT PRIMARY KEY, envelope TEXT NOT NULL);
     CREATE TABLE submissions (
        pos BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        id TEXT PRIMARY KEY,
        size BIGINT NOT NULL,
        receipt TEXT NOT NULL,
        delete_hash TEXT,
        withdraw_hash TEXT,
        day DATE NOT NULL,
        first_ack_day DATE
     );
     CREATE INDEX submissions_withdraw_hash ON submissions(withdraw_hash);
     CREATE TABLE acks (
        submission TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        member TEXT NOT NULL,
        day DATE NOT NULL,
        PRIMARY KEY (submission, member)
     );
     CREATE TABLE uploads (
        id TEXT PRIMARY KEY,
        length BIGINT NOT NULL,
        delete_hash TEXT,
        withdraw_hash TEXT,
        day DATE NOT NULL
     );
     CREATE TABLE mailboxes (id TEXT PRIMARY KEY, day DATE NOT NULL);
     CREATE TABLE replies (
        pos BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        id TEXT PRIMARY KEY,
        mailbox TEXT NOT NULL,
        data BYTEA NOT NULL,
        day DATE NOT NULL,
        read_day DATE,
        roster_seq BIGINT NOT NULL
     );
     CREATE INDEX replies_mailbox ON replies(mailbox);
     CREATE TABLE own (
        pos BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        id TEXT PRIMARY KEY,
        mailbox TEXT NOT NULL,
        data BYTEA NOT NULL,
        day DATE NOT NULL
     );
     CREATE INDEX own_mailbox ON own(mailbox);
     CREATE TABLE events (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        roster_seq BIGINT NOT NULL,
        data BYTEA NOT NULL,
        day DATE NOT NULL
     );
     CREATE TABLE nonces (hash BYTEA PRIMARY KEY, expires_day DATE NOT NULL);
     CREATE TABLE escrow (
        member TEXT NOT NULL,
        week TEXT NOT NULL,
        share BYTEA NOT NULL,
        day DATE NOT NULL,
        PRIMARY KEY (member, week)
     );
     CREATE TABLE dropkeys (
        member TEXT NOT NULL,
        not_before DATE NOT NULL,
        not_after DATE NOT NULL,
        envelope TEXT NOT NULL,
        PRIMARY KEY (member, not_before)
     );",
    ),
    // 2: the nonce-hashing key, shared by every process on this database
    // so a nonce hashes the same on each.
    Migration::Rust(make_nonce_key),
    // 3 (issue 21): uploads shared by replicas keep their progress here and
    // their parts as objects (`routes::shared`). `seq` orders bodiless
    // uploads for the cap on them: a counter, not a time.
    Migration::Sql(
        "ALTER TABLE uploads ADD COLUMN received BIGINT NOT NULL DEFAULT 0;
     ALTER TABLE uploads ADD COLUMN verified BOOLEAN NOT NULL DEFAULT false;
     ALTER TABLE uploads ADD COLUMN finisher TEXT;
     ALTER TABLE uploads ADD COLUMN head BYTEA;
     ALTER TABLE uploads ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY;
     ALTER TABLE uploads ALTER COLUMN received DROP DEFAULT;
     ALTER TABLE uploads ALTER COLUMN verified DROP DEFAULT;
     CREATE TABLE upload_parts (
        upload TEXT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
        start BIGINT NOT NULL,
        name TEXT NOT NULL,
        len BIGINT NOT NULL,
        PRIMARY KEY (upload, start)
     );
     CREATE TABLE pow_challenges (hash BYTEA PRIMARY KEY, day DATE NOT NULL);
     CREATE TABLE pow_tokens (hash BYTEA PRIMARY KEY, day DATE NOT NULL, uploads INTEGER NOT NULL);",
    ),
    // 4 (issue 21): the part a replica is writing now, so an upload whose
    // first part is still arriving is not taken for a bodiless one.
    Migration::Sql("ALTER TABLE uploads ADD COLUMN writing TEXT;"),
];

fn make_nonce_key(tx: &mut Transaction<'_>) -> Result<(), StoreError> {
    use rand::RngCore;
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    rand::rngs::OsRng.fill_bytes(&mut key[..]);
    let key_hex = zeroize::Zeroizing::new(hex(&key[..]));
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ($1, $2)",
        &[&NONCE_KEY, &key_hex.as_str()],
    )?;
    Ok(())
}

/// The advisory lock taken while migrating ("dropbox" in ASCII).
const MIGRATION_LOCK: i64 = 0x0064_726f_7062_6f78;

/// The advisory lock the replica leading maintenance holds ("dbx-lead").
const LEAD_LOCK: i64 = 0x6462_782d_6c65_6164;

/// Runs `f` on the connection in `slot`, (re)connecting with `config`
/// first if there is none or it closed; off tokio's threads.
pub(crate) fn with_connection<T: Send>(
    slot: &RefCell<Option<Client>>,
    config: &postgres::Config,
    f: impl FnOnce(&mut Client) -> Result<T, StoreError> + Send,
) -> Result<T, StoreError> {
    let mut slot = slot.borrow_mut();
    let slot: &mut Option<Client> = &mut slot;
    off_runtime(move || {
        let client = match slot {
            Some(c) if !c.is_closed() => c,
            _ => slot.insert(connect(config)?),
        };
        f(client)
    })
}

/// Runs `f` where the synchronous client may block: the `postgres` crate
/// drives its connection on a runtime of its own, which must not start
/// inside tokio's (the server opens its store from async code).
pub(crate) fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if tokio::runtime::Handle::try_current().is_err() {
        return f();
    }
    std::thread::scope(|s| match s.spawn(f).join() {
        Ok(v) => v,
        Err(panic) => std::panic::resume_unwind(panic),
    })
}

pub(crate) fn connect(config: &postgres::Config) -> Result<Client, StoreError> {
    let mut c = config.connect(NoTls)?;
    // Durable means committed on disk before the reply, whatever the
    // server's default; `UTC` keeps the session's notion of a day fixed.
    c.batch_execute("SET synchronous_commit = on; SET TIME ZONE 'UTC';")?;
    // Commit timestamps would date every row to the second.
    let track: String = c
        .query_one("SHOW track_commit_timestamp", &[])?
        .try_get(0)?;
    if track != "off" {
        return Err(StoreError::Setting(
            "track_commit_timestamp is on: it records when each row was written; turn it off"
                .into(),
        ));
    }
    Ok(c)
}

fn migrate(c: &mut Client, create: bool) -> Result<(), StoreError> {
    let mut tx = c.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    let exists: bool = tx
        .query_one("SELECT to_regclass('dropbox_schema') IS NOT NULL", &[])?
        .try_get(0)?;
    if !exists {
        if !create {
            return Err(StoreError::NotInitialised);
        }
        tx.batch_execute(
            "CREATE TABLE dropbox_schema (version INTEGER NOT NULL);
             INSERT INTO dropbox_schema (version) VALUES (0);",
        )?;
    }
    let version: i32 = tx
        .query_one("SELECT version FROM dropbox_schema", &[])?
        .try_get(0)?;
    let known = MIGRATIONS.len() as i32;
    if version > known {
        return Err(StoreError::TooNew(i64::from(version)));
    }
    for m in MIGRATIONS.iter().skip(version.max(0) as usize) {
        match m {
            Migration::Sql(sql) => tx.batch_execute(sql)?,
            Migration::Rust(f) => f(&mut tx)?,
        }
    }
    tx.execute("UPDATE dropbox_schema SET version = $1", &[&known])?;
    tx.commit()?;
    Ok(())
}

/// The PostgreSQL metadata store.
pub struct PgStore {
    /// None until connected, or after the connection was handed off to be
    /// dropped; a closed one is replaced on the next call.
    client: RefCell<Option<Client>>,
    config: postgres::Config,
    /// Keys the nonce hashes (from the meta table, made by migration 2).
    nonce_key: zeroize::Zeroizing<[u8; 32]>,
}

impl PgStore {
    /// Connects to an initialised drop box, upgrading its schema.
    pub fn open(url: &PgUrl) -> Result<Self, StoreError> {
        Self::connect(url, false)
    }

    /// Connects, creating the schema if the database has none (`init`).
    pub fn create(url: &PgUrl) -> Result<Self, StoreError> {
        Self::connect(url, true)
    }

    fn connect(url: &PgUrl, create: bool) -> Result<Self, StoreError> {
        let mut store = PgStore {
            client: RefCell::new(None),
            config: url.config(),
            nonce_key: zeroize::Zeroizing::new([0u8; 32]),
        };
        store.with(|c| migrate(c, create))?;
        store.nonce_key = parse_nonce_key(store.meta(NONCE_KEY)?)?;
        Ok(store)
    }

    /// Runs `f` on the connection, (re)connecting first if there is none.
    fn with<T: Send>(
        &self,
        f: impl FnOnce(&mut Client) -> Result<T, StoreError> + Send,
    ) -> Result<T, StoreError> {
        with_connection(&self.client, &self.config, f)
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        // Dropping the client drops its runtime, which tokio forbids on
        // its own threads.
        if let Some(c) = self.client.get_mut().take() {
            off_runtime(move || drop(c));
        }
    }
}

const SUBMISSION_COLUMNS: &str = "id, size, receipt, delete_hash, day, withdraw_hash";

fn submission_row(r: &postgres::Row) -> Result<Submission, postgres::Error> {
    Ok(Submission {
        id: r.try_get(0)?,
        size: r.try_get::<_, i64>(1)? as u64,
        receipt: r.try_get(2)?,
        delete_hash: r.try_get(3)?,
        day: day(r, 4)?,
        withdraw_hash: r.try_get(5)?,
    })
}

fn insert_submission_in(tx: &mut Transaction<'_>, s: &Submission) -> Result<(), postgres::Error> {
    tx.execute(
        "INSERT INTO submissions (id, size, receipt, delete_hash, day, withdraw_hash)
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[
            &s.id,
            &(s.size as i64),
            &s.receipt,
            &s.delete_hash,
            &PgDay(s.day),
            &s.withdraw_hash,
        ],
    )?;
    Ok(())
}

/// Inbox cursors read `pos`: a row must not commit after one with a later
/// position, or a reader between the two commits would skip it for good.
fn lock_submissions(tx: &mut Transaction<'_>) -> Result<(), postgres::Error> {
    tx.batch_execute("LOCK TABLE submissions IN SHARE ROW EXCLUSIVE MODE")
}

impl MetadataStore for PgStore {
    fn check_integrity(&self) -> Result<(), StoreError> {
        self.with(|c| {
            c.query_one("SELECT 1 FROM dropbox_schema", &[])?;
            Ok(())
        })
    }

    /// PostgreSQL checks its own pages (data checksums, `amcheck`); there
    /// is no file here for `check` to read.
    fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        self.check_integrity()?;
        Ok(Vec::new())
    }

    fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.with(|c| {
            Ok(
                c.query_opt("SELECT value FROM meta WHERE key = $1", &[&key])?
                    .map(|r| r.try_get(0))
                    .transpose()?,
            )
        })
    }

    fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO meta (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                &[&key, &value],
            )?;
            Ok(())
        })
    }

    fn rosters(&self) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            c.query("SELECT envelope FROM rosters ORDER BY seq", &[])?
                .iter()
                .map(|r| Ok(r.try_get(0)?))
                .collect()
        })
    }

    fn rosters_after(&self, seq: u64) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            c.query(
                "SELECT envelope FROM rosters WHERE seq > $1 ORDER BY seq",
                &[&(seq as i64)],
            )?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
        })
    }

    fn append_roster(&self, seq: u64, envelope_json: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO rosters (seq, envelope) VALUES ($1, $2)",
                &[&(seq as i64), &envelope_json],
            )?;
            Ok(())
        })
    }

    fn insert_submission(&self, s: &Submission) -> Result<(), StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            lock_submissions(&mut tx)?;
            insert_submission_in(&mut tx, s)?;
            tx.commit()?;
            Ok(())
        })
    }

    fn insert_submissions(
        &mut self,
        rows: &[(Option<&str>, &Submission)],
    ) -> Result<(), StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            lock_submissions(&mut tx)?;
            for (upload, s) in rows {
                insert_submission_in(&mut tx, s)?;
                if let Some(u) = upload {
                    tx.execute("DELETE FROM uploads WHERE id = $1", &[u])?;
                }
            }
            tx.commit()?;
            Ok(())
        })
    }

    fn submission(&self, id: &str) -> Result<Option<Submission>, StoreError> {
        self.with(|c| {
            let sql = format!("SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE id = $1");
            Ok(c.query_opt(&sql, &[&id])?
                .map(|r| submission_row(&r))
                .transpose()?)
        })
    }

    fn submissions(&self) -> Result<Vec<Submission>, StoreError> {
        self.with(|c| {
            let sql = format!("SELECT {SUBMISSION_COLUMNS} FROM submissions ORDER BY pos");
            c.query(&sql, &[])?
                .iter()
                .map(|r| Ok(submission_row(r)?))
                .collect()
        })
    }

    fn inbox(
        &self,
        member: &str,
        after: Option<&str>,
        limit: u32,
    ) -> Result<Vec<Submission>, StoreError> {
        self.with(|c| {
            // A cursor naming a row since deleted starts from the beginning,
            // as SQLite's does.
            let sql = format!(
                "SELECT {SUBMISSION_COLUMNS} FROM submissions s
                 WHERE s.pos > COALESCE((SELECT pos FROM submissions WHERE id = $1), 0)
                   AND NOT EXISTS (SELECT 1 FROM acks a WHERE a.submission = s.id AND a.member = $2)
                 ORDER BY s.pos LIMIT $3"
            );
            c.query(&sql, &[&after, &member, &i64::from(limit)])?
                .iter()
                .map(|r| Ok(submission_row(r)?))
                .collect()
        })
    }

    fn ack(&mut self, id: &str, member: &str, today: Day) -> Result<bool, StoreError> {
        Ok(self.ack_many(&[id.to_owned()], member, today)?[0])
    }

    fn ack_many(
        &mut self,
        ids: &[String],
        member: &str,
        today: Day,
    ) -> Result<Vec<bool>, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                // The update finds the row and locks it, so a purge on
                // another process cannot remove it before the ack lands.
                let found = tx.execute(
                    "UPDATE submissions SET first_ack_day = COALESCE(first_ack_day, $2)
                     WHERE id = $1",
                    &[id, &PgDay(today)],
                )? > 0;
                if found {
                    tx.execute(
                        "INSERT INTO acks (submission, member, day) VALUES ($1, $2, $3)
                         ON CONFLICT (submission, member) DO NOTHING",
                        &[id, &member, &PgDay(today)],
                    )?;
                }
                out.push(found);
            }
            tx.commit()?;
            Ok(out)
        })
    }

    fn delete_submission(&self, id: &str) -> Result<bool, StoreError> {
        self.with(|c| Ok(c.execute("DELETE FROM submissions WHERE id = $1", &[&id])? > 0))
    }

    fn submission_by_withdraw_hash(&self, hash: &str) -> Result<Option<String>, StoreError> {
        self.with(|c| {
            Ok(c.query_opt(
                "SELECT id FROM submissions WHERE withdraw_hash = $1 LIMIT 1",
                &[&hash],
            )?
            .map(|r| r.try_get(0))
            .transpose()?)
        })
    }

    fn usage(&self, today: Day) -> Result<(u64, u32), StoreError> {
        self.with(|c| {
            let r = c.query_one(
                "SELECT COALESCE(SUM(size), 0)::BIGINT, COUNT(*) FILTER (WHERE day = $1)::BIGINT FROM submissions",
                &[&PgDay(today)],
            )?;
            let (bytes, count): (i64, i64) = (r.try_get(0)?, r.try_get(1)?);
            Ok((
                bytes.max(0) as u64,
                count.clamp(0, i64::from(u32::MAX)) as u32,
            ))
        })
    }

    fn submission_ids(&self) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            c.query("SELECT id FROM submissions ORDER BY pos", &[])?
                .iter()
                .map(|r| Ok(r.try_get(0)?))
                .collect()
        })
    }

    fn due_for_purge(
        &self,
        today: Day,
        members: &[String],
        all_acked_days: u32,
        first_ack_days: u32,
        unacked_days: u32,
    ) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            let rows = c.query(
                "SELECT id, day, first_ack_day FROM submissions ORDER BY pos",
                &[],
            )?;
            let mut due = Vec::new();
            for r in &rows {
                let id: String = r.try_get(0)?;
                let read_acks = || -> Result<Vec<(String, Day)>, StoreError> {
                    c.query("SELECT member, day FROM acks WHERE submission = $1", &[&id])?
                        .iter()
                        .map(|a| Ok((a.try_get(0)?, day(a, 1)?)))
                        .collect()
                };
                if crate::store::purge_due(
                    today,
                    day(r, 1)?,
                    opt_day(r, 2)?,
                    members,
                    [all_acked_days, first_ack_days, unacked_days],
                    read_acks,
                )? {
                    due.push(id);
                }
            }
            Ok(due)
        })
    }

    fn insert_upload(
        &self,
        id: &str,
        length: u64,
        delete_hash: Option<&str>,
        withdraw_hash: Option<&str>,
        today: Day,
    ) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO uploads (id, length, delete_hash, day, withdraw_hash, received, verified)
                 VALUES ($1, $2, $3, $4, $5, 0, false)",
                &[
                    &id,
                    &(length as i64),
                    &delete_hash,
                    &PgDay(today),
                    &withdraw_hash,
                ],
            )?;
            Ok(())
        })
    }

    fn upload(&self, id: &str) -> Result<Option<UploadRow>, StoreError> {
        self.with(|c| {
            let Some(r) = c.query_opt(
                "SELECT length, delete_hash, withdraw_hash FROM uploads WHERE id = $1",
                &[&id],
            )?
            else {
                return Ok(None);
            };
            Ok(Some((
                r.try_get::<_, i64>(0)? as u64,
                r.try_get(1)?,
                r.try_get(2)?,
            )))
        })
    }

    fn uploads(&self) -> Result<Vec<(String, u64)>, StoreError> {
        self.with(|c| {
            c.query("SELECT id, length FROM uploads", &[])?
                .iter()
                .map(|r| Ok((r.try_get(0)?, r.try_get::<_, i64>(1)? as u64)))
                .collect()
        })
    }

    fn delete_upload(&self, id: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute("DELETE FROM uploads WHERE id = $1", &[&id])?;
            Ok(())
        })
    }

    fn complete_upload(&mut self, upload_id: &str, s: &Submission) -> Result<(), StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            lock_submissions(&mut tx)?;
            tx.execute("DELETE FROM uploads WHERE id = $1", &[&upload_id])?;
            insert_submission_in(&mut tx, s)?;
            tx.commit()?;
            Ok(())
        })
    }

    fn shared_upload(&self, id: &str) -> Result<Option<SharedUpload>, StoreError> {
        self.with(|c| {
            let Some(r) = c.query_opt(
                "SELECT received, length, verified, finisher, delete_hash, withdraw_hash, head
                 FROM uploads WHERE id = $1",
                &[&id],
            )?
            else {
                return Ok(None);
            };
            Ok(Some(SharedUpload {
                received: r.try_get::<_, i64>(0)? as u64,
                length: r.try_get::<_, i64>(1)? as u64,
                verified: r.try_get(2)?,
                finisher: r.try_get(3)?,
                delete_hash: r.try_get(4)?,
                withdraw_hash: r.try_get(5)?,
                head: r.try_get::<_, Option<Vec<u8>>>(6)?.unwrap_or_default(),
            }))
        })
    }

    fn advance_upload(
        &mut self,
        id: &str,
        part: &UploadPart,
        head: &[u8],
        today: Day,
    ) -> Result<bool, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            // The row's lock makes a second replica's update at the same
            // offset wait for this commit, then find the offset moved.
            let n = tx.execute(
                "UPDATE uploads SET received = $1, day = $2,
                        head = COALESCE(head, ''::bytea) || $6
                 WHERE id = $3 AND received = $4 AND received + $5 <= length",
                &[
                    &((part.start + part.len) as i64),
                    &PgDay(today),
                    &id,
                    &(part.start as i64),
                    &(part.len as i64),
                    &head,
                ],
            )?;
            if n == 1 {
                tx.execute(
                    "INSERT INTO upload_parts (upload, start, name, len) VALUES ($1, $2, $3, $4)",
                    &[&id, &(part.start as i64), &part.name, &(part.len as i64)],
                )?;
            }
            tx.commit()?;
            Ok(n == 1)
        })
    }

    fn upload_parts(&self, id: &str) -> Result<Vec<UploadPart>, StoreError> {
        self.with(|c| {
            c.query(
                "SELECT start, name, len FROM upload_parts WHERE upload = $1 ORDER BY start",
                &[&id],
            )?
            .iter()
            .map(|r| {
                Ok(UploadPart {
                    start: r.try_get::<_, i64>(0)? as u64,
                    name: r.try_get(1)?,
                    len: r.try_get::<_, i64>(2)? as u64,
                })
            })
            .collect()
        })
    }

    fn begin_part(&self, id: &str, name: &str, today: Day) -> Result<bool, StoreError> {
        self.with(|c| {
            let n = c.execute(
                "UPDATE uploads SET writing = $2, day = $3 WHERE id = $1",
                &[&id, &name, &PgDay(today)],
            )?;
            Ok(n == 1)
        })
    }

    fn end_part(&self, id: &str, name: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "UPDATE uploads SET writing = NULL WHERE id = $1 AND writing = $2",
                &[&id, &name],
            )?;
            Ok(())
        })
    }

    fn upload_progress(&self) -> Result<Vec<UploadProgress>, StoreError> {
        self.with(|c| {
            c.query("SELECT id, received, writing FROM uploads", &[])?
                .iter()
                .map(|r| {
                    Ok(UploadProgress {
                        id: r.try_get(0)?,
                        received: r.try_get::<_, i64>(1)? as u64,
                        writing: r.try_get(2)?,
                    })
                })
                .collect()
        })
    }

    fn short_parts(&self, id: &str, below: u64) -> Result<u64, StoreError> {
        self.with(|c| {
            Ok(c.query_one(
                "SELECT COUNT(*) FROM upload_parts WHERE upload = $1 AND len < $2",
                &[&id, &(below as i64)],
            )?
            .try_get::<_, i64>(0)? as u64)
        })
    }

    fn mark_upload_verified(&self, id: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "UPDATE uploads SET verified = true, head = NULL WHERE id = $1",
                &[&id],
            )?;
            Ok(())
        })
    }

    fn claim_upload_finish(&self, id: &str, submission: &str) -> Result<bool, StoreError> {
        self.with(|c| {
            let n = c.execute(
                "UPDATE uploads SET finisher = $1 WHERE id = $2 AND received = length",
                &[&submission, &id],
            )?;
            Ok(n == 1)
        })
    }

    fn finish_shared_upload(&mut self, id: &str, s: &Submission) -> Result<bool, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            lock_submissions(&mut tx)?;
            let n = tx.execute(
                "DELETE FROM uploads WHERE id = $1 AND finisher = $2",
                &[&id, &s.id],
            )?;
            if n != 1 {
                return Ok(false);
            }
            insert_submission_in(&mut tx, s)?;
            tx.commit()?;
            Ok(true)
        })
    }

    fn open_upload_usage(&self) -> Result<(usize, u64), StoreError> {
        self.with(|c| {
            let r = c.query_one(
                "SELECT COUNT(*) FILTER (WHERE received > 0), COALESCE(SUM(length) FILTER (WHERE received > 0), 0)::BIGINT
                 FROM uploads",
                &[],
            )?;
            Ok((
                r.try_get::<_, i64>(0)? as usize,
                r.try_get::<_, i64>(1)? as u64,
            ))
        })
    }

    fn stale_uploads(&self, today: Day, pending: usize) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            c.query(
                "SELECT id FROM uploads
                 WHERE day < $1 OR (received = 0 AND writing IS NULL AND day < $2)
                 UNION
                 (SELECT id FROM uploads WHERE received = 0 AND writing IS NULL
                  ORDER BY seq DESC OFFSET $3)",
                &[&PgDay(today.add_days(-1)), &PgDay(today), &(pending as i64)],
            )?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
        })
    }

    fn swap_meta(&self, key: &str, old: Option<&str>, new: &str) -> Result<bool, StoreError> {
        self.with(|c| {
            let n = match old {
                None => c.execute(
                    "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                    &[&key, &new],
                )?,
                Some(old) => c.execute(
                    "UPDATE meta SET value = $3 WHERE key = $1 AND value = $2",
                    &[&key, &old, &new],
                )?,
            };
            Ok(n == 1)
        })
    }

    fn meta_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                &[&key, &value],
            )?;
            Ok(
                c.query_one("SELECT value FROM meta WHERE key = $1", &[&key])?
                    .try_get(0)?,
            )
        })
    }

    fn redeem_pow(
        &self,
        challenge: &[u8; 32],
        token: &[u8; 32],
        today: Day,
        uploads: u32,
    ) -> Result<bool, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let old = PgDay(today.add_days(-1));
            tx.execute("DELETE FROM pow_challenges WHERE day < $1", &[&old])?;
            tx.execute("DELETE FROM pow_tokens WHERE day < $1", &[&old])?;
            // The primary key decides between processes, as for nonces.
            let n = tx.execute(
                "INSERT INTO pow_challenges (hash, day) VALUES ($1, $2)
                 ON CONFLICT (hash) DO NOTHING",
                &[&&challenge[..], &PgDay(today)],
            )?;
            if n == 1 {
                tx.execute(
                    "INSERT INTO pow_tokens (hash, day, uploads) VALUES ($1, $2, $3)",
                    &[&&token[..], &PgDay(today), &(uploads as i32)],
                )?;
            }
            tx.commit()?;
            Ok(n == 1)
        })
    }

    fn spend_pow(&self, token: &[u8; 32], today: Day) -> Result<bool, StoreError> {
        self.with(|c| {
            let n = c.execute(
                "UPDATE pow_tokens SET uploads = uploads - 1
                 WHERE hash = $1 AND uploads > 0 AND day >= $2",
                &[&&token[..], &PgDay(today.add_days(-1))],
            )?;
            Ok(n == 1)
        })
    }

    fn try_lead(&self) -> Result<bool, StoreError> {
        // A session lock: a replica killed while it leads lets go with
        // its connection.
        self.with(|c| {
            Ok(
                c.query_one("SELECT pg_try_advisory_lock($1)", &[&LEAD_LOCK])?
                    .try_get(0)?,
            )
        })
    }

    fn end_lead(&self) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute("SELECT pg_advisory_unlock($1)", &[&LEAD_LOCK])?;
            Ok(())
        })
    }

    fn remember_nonces(
        &mut self,
        items: &[(&str, &str, Day, Day)],
    ) -> Result<Vec<bool>, StoreError> {
        let key = &self.nonce_key;
        self.with(|c| {
            if let Some(today) = items.iter().map(|i| i.3).min() {
                c.execute(
                    "DELETE FROM nonces WHERE expires_day < $1",
                    &[&PgDay(today)],
                )?;
            }
            // Inserted in hash order: two processes' batches then take
            // their row locks in the same order and cannot deadlock.
            let mut order: Vec<(usize, [u8; 32], Day)> = items
                .iter()
                .enumerate()
                .map(|(i, (keyid, nonce, expires, _))| (i, nonce_hash(key, keyid, nonce), *expires))
                .collect();
            order.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
            let mut out = vec![false; items.len()];
            let mut tx = c.transaction()?;
            for (i, hash, expires) in &order {
                // The primary key decides: a row another process committed
                // (or is committing: this waits for it) makes this a replay.
                let n = tx.execute(
                    "INSERT INTO nonces (hash, expires_day) VALUES ($1, $2)
                     ON CONFLICT (hash) DO NOTHING",
                    &[&&hash[..], &PgDay(*expires)],
                )?;
                out[*i] = n == 1;
            }
            tx.commit()?;
            Ok(out)
        })
    }

    fn touch_mailbox(&self, id: &str, today: Day) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO mailboxes (id, day) VALUES ($1, $2)
                 ON CONFLICT (id) DO UPDATE SET day = GREATEST(mailboxes.day, excluded.day)",
                &[&id, &PgDay(today)],
            )?;
            Ok(())
        })
    }

    fn insert_own(
        &mut self,
        id: &str,
        mailbox: &str,
        data: &[u8],
        today: Day,
    ) -> Result<bool, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            // Touching the mailbox first locks its row, so two processes
            // posting to one log count one after the other.
            tx.execute(
                "INSERT INTO mailboxes (id, day) VALUES ($1, $2)
                 ON CONFLICT (id) DO UPDATE SET day = GREATEST(mailboxes.day, excluded.day)",
                &[&mailbox, &PgDay(today)],
            )?;
            let n: i64 = tx
                .query_one("SELECT COUNT(*) FROM own WHERE mailbox = $1", &[&mailbox])?
                .try_get(0)?;
            if n as u64 >= MAX_OWN_ITEMS {
                // Dropped uncommitted: a refused post does not touch it.
                return Ok(false);
            }
            tx.execute(
                "INSERT INTO own (id, mailbox, data, day) VALUES ($1, $2, $3, $4)",
                &[&id, &mailbox, &data, &PgDay(today)],
            )?;
            tx.commit()?;
            Ok(true)
        })
    }

    fn own_log(&self, mailbox: &str) -> Result<Vec<OwnItem>, StoreError> {
        self.with(|c| {
            c.query(
                "SELECT id, data, day FROM own WHERE mailbox = $1 ORDER BY pos",
                &[&mailbox],
            )?
            .iter()
            .map(|r| {
                Ok(OwnItem {
                    id: r.try_get(0)?,
                    data: r.try_get(1)?,
                    day: day(r, 2)?,
                })
            })
            .collect()
        })
    }

    fn insert_reply(
        &self,
        id: &str,
        mailbox: &str,
        data: &[u8],
        today: Day,
    ) -> Result<(), StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            tx.execute(
                "INSERT INTO mailboxes (id, day) VALUES ($1, $2)
                 ON CONFLICT (id) DO UPDATE SET day = GREATEST(mailboxes.day, excluded.day)",
                &[&mailbox, &PgDay(today)],
            )?;
            tx.execute(
                "INSERT INTO replies (id, mailbox, data, day, roster_seq)
                 VALUES ($1, $2, $3, $4, (SELECT COALESCE(MAX(seq), 1) FROM rosters))",
                &[&id, &mailbox, &data, &PgDay(today)],
            )?;
            tx.commit()?;
            Ok(())
        })
    }

    fn read_mailbox(&mut self, mailbox: &str, today: Day) -> Result<Vec<StoredReply>, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let out = tx
                .query(
                    "SELECT id, data, day, roster_seq FROM replies WHERE mailbox = $1 ORDER BY pos",
                    &[&mailbox],
                )?
                .iter()
                .map(|r| {
                    Ok(StoredReply {
                        id: r.try_get(0)?,
                        data: r.try_get(1)?,
                        day: day(r, 2)?,
                        roster_seq: r.try_get::<_, i64>(3)? as u64,
                    })
                })
                .collect::<Result<Vec<_>, postgres::Error>>()?;
            tx.execute(
                "UPDATE replies SET read_day = $2 WHERE mailbox = $1 AND read_day IS NULL",
                &[&mailbox, &PgDay(today)],
            )?;
            tx.commit()?;
            Ok(out)
        })
    }

    fn purge_replies(&self, today: Day, read_days: u32, days: u32) -> Result<usize, StoreError> {
        let read_cut = PgDay(today.add_days(-i64::from(read_days)));
        let cut = PgDay(today.add_days(-i64::from(days)));
        self.with(|c| {
            let n = c.execute(
                "DELETE FROM replies WHERE (read_day IS NOT NULL AND read_day <= $1) OR day <= $2",
                &[&read_cut, &cut],
            )?;
            let mut tx = c.transaction()?;
            tx.execute(
                "DELETE FROM own WHERE mailbox IN (SELECT id FROM mailboxes WHERE day <= $1
                   AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.mailbox = mailboxes.id))",
                &[&cut],
            )?;
            tx.execute(
                "DELETE FROM mailboxes WHERE day <= $1
                   AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.mailbox = mailboxes.id)",
                &[&cut],
            )?;
            tx.commit()?;
            Ok(n as usize)
        })
    }

    fn append_event(&self, data: &[u8], today: Day) -> Result<u64, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            // Readers page by seq: appends commit in seq order (see
            // `lock_submissions`).
            tx.batch_execute("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE")?;
            let seq: i64 = tx
                .query_one(
                    "INSERT INTO events (data, day, roster_seq)
                     VALUES ($1, $2, (SELECT COALESCE(MAX(seq), 1) FROM rosters))
                     RETURNING seq",
                    &[&data, &PgDay(today)],
                )?
                .try_get(0)?;
            tx.commit()?;
            Ok(seq as u64)
        })
    }

    fn events(&self, after: u64, limit: u32) -> Result<Vec<(u64, u64, Vec<u8>)>, StoreError> {
        self.with(|c| {
            c.query(
                "SELECT seq, roster_seq, data FROM events WHERE seq > $1 ORDER BY seq LIMIT $2",
                &[&(after as i64), &i64::from(limit)],
            )?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get::<_, i64>(0)? as u64,
                    r.try_get::<_, i64>(1)? as u64,
                    r.try_get(2)?,
                ))
            })
            .collect()
        })
    }

    fn purge_events(&self, today: Day, days: u32) -> Result<usize, StoreError> {
        let cut = PgDay(today.add_days(-i64::from(days)));
        self.with(|c| Ok(c.execute("DELETE FROM events WHERE day <= $1", &[&cut])? as usize))
    }

    fn put_escrow(
        &self,
        member: &str,
        week: &str,
        share: &[u8],
        today: Day,
    ) -> Result<bool, StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO escrow (member, week, share, day) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (member, week) DO NOTHING",
                &[&member, &week, &share, &PgDay(today)],
            )?;
            Ok(())
        })?;
        // The same share again is fine; a different one is refused.
        Ok(self.escrow(member, week)?.map(|(s, _)| s).as_deref() == Some(share))
    }

    fn escrow(&self, member: &str, week: &str) -> Result<Option<(Vec<u8>, Day)>, StoreError> {
        self.with(|c| {
            let Some(r) = c.query_opt(
                "SELECT share, day FROM escrow WHERE member = $1 AND week = $2",
                &[&member, &week],
            )?
            else {
                return Ok(None);
            };
            Ok(Some((r.try_get(0)?, day(&r, 1)?)))
        })
    }

    fn purge_escrow(&self, today: Day, days: u32) -> Result<usize, StoreError> {
        let cut = PgDay(today.add_days(-i64::from(days)));
        self.with(|c| Ok(c.execute("DELETE FROM escrow WHERE day <= $1", &[&cut])? as usize))
    }

    fn put_dropkey(
        &self,
        member: &str,
        not_before: Day,
        not_after: Day,
        envelope: &str,
    ) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO dropkeys (member, not_before, not_after, envelope)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (member, not_before)
                 DO UPDATE SET not_after = excluded.not_after, envelope = excluded.envelope",
                &[&member, &PgDay(not_before), &PgDay(not_after), &envelope],
            )?;
            Ok(())
        })
    }

    fn dropkeys(&self, today: Day) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            // Byte order, as SQLite sorts, whatever the database's collation.
            c.query(
                "SELECT envelope FROM dropkeys WHERE not_after >= $1
                 ORDER BY member COLLATE \"C\", not_before",
                &[&PgDay(today)],
            )?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
        })
    }

    fn purge_dropkeys(&self, today: Day, members: &[String]) -> Result<usize, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let mut n = tx.execute(
                "DELETE FROM dropkeys WHERE not_after < $1",
                &[&PgDay(today)],
            )?;
            n += tx.execute("DELETE FROM dropkeys WHERE member <> ALL($1)", &[&members])?;
            tx.commit()?;
            Ok(n as usize)
        })
    }

    /// Marks the space of deleted rows free at once rather than at the
    /// next autovacuum (PostgreSQL has no `secure_delete`: the bytes stay
    /// until reused; OPERATIONS.md says so).
    fn checkpoint(&self) -> Result<(), StoreError> {
        self.with(|c| {
            c.batch_execute(
                "VACUUM submissions, acks, uploads, mailboxes, replies, own, events, nonces,
                 escrow, dropkeys",
            )?;
            Ok(())
        })
    }

    fn first_table_in_use(&self) -> Result<Option<&'static str>, StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            table_in_use(&mut tx)
        })
    }

    /// Read in one repeatable-read transaction: a snapshot, whatever
    /// other processes commit meanwhile. Text keys in byte order, as
    /// SQLite sorts, so two engines' exports compare equal.
    fn export(&mut self) -> Result<Dump, StoreError> {
        self.with(|c| {
            let mut tx = c
                .build_transaction()
                .isolation_level(postgres::IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()?;
            let u = |v: i64| v as u64;
            let mut dump = Dump::default();
            for r in tx.query("SELECT key, value FROM meta ORDER BY key COLLATE \"C\"", &[])? {
                dump.meta
                    .push((r.try_get(0)?, zeroize::Zeroizing::new(r.try_get(1)?)));
            }
            for r in tx.query("SELECT seq, envelope FROM rosters ORDER BY seq", &[])? {
                dump.rosters.push((u(r.try_get(0)?), r.try_get(1)?));
            }
            let sql = format!(
                "SELECT {SUBMISSION_COLUMNS}, pos, first_ack_day FROM submissions ORDER BY pos"
            );
            for r in tx.query(&sql, &[])? {
                dump.submissions.push(DumpedSubmission {
                    row: submission_row(&r)?,
                    pos: u(r.try_get(6)?),
                    first_ack_day: opt_day(&r, 7)?,
                });
            }
            for r in tx.query(
                "SELECT submission, member, day FROM acks
                 ORDER BY submission COLLATE \"C\", member COLLATE \"C\"",
                &[],
            )? {
                dump.acks.push((r.try_get(0)?, r.try_get(1)?, day(&r, 2)?));
            }
            for r in tx.query("SELECT id, day FROM mailboxes ORDER BY id COLLATE \"C\"", &[])? {
                dump.mailboxes.push((r.try_get(0)?, day(&r, 1)?));
            }
            for r in tx.query(
                "SELECT pos, id, mailbox, data, day, read_day, roster_seq
                 FROM replies ORDER BY pos",
                &[],
            )? {
                dump.replies.push(DumpedReply {
                    pos: u(r.try_get(0)?),
                    reply: StoredReply {
                        id: r.try_get(1)?,
                        data: r.try_get(3)?,
                        day: day(&r, 4)?,
                        roster_seq: u(r.try_get(6)?),
                    },
                    mailbox: r.try_get(2)?,
                    read_day: opt_day(&r, 5)?,
                });
            }
            for r in tx.query(
                "SELECT pos, id, mailbox, data, day FROM own ORDER BY pos",
                &[],
            )? {
                dump.own.push(DumpedOwn {
                    pos: u(r.try_get(0)?),
                    item: OwnItem {
                        id: r.try_get(1)?,
                        data: r.try_get(3)?,
                        day: day(&r, 4)?,
                    },
                    mailbox: r.try_get(2)?,
                });
            }
            for r in tx.query(
                "SELECT seq, roster_seq, data, day FROM events ORDER BY seq",
                &[],
            )? {
                dump.events.push((
                    u(r.try_get(0)?),
                    u(r.try_get(1)?),
                    r.try_get(2)?,
                    day(&r, 3)?,
                ));
            }
            // The identity's sequence remembers the highest seq given,
            // purged events' included (NULL before the first).
            let high: Option<i64> = tx
                .query_one(
                    "SELECT last_value FROM pg_sequences
                     WHERE schemaname || '.' || sequencename = pg_get_serial_sequence('events', 'seq')",
                    &[],
                )?
                .try_get(0)?;
            dump.events_high = high.map_or(0, u);
            for r in tx.query("SELECT hash, expires_day FROM nonces ORDER BY hash", &[])? {
                dump.nonces.push((r.try_get(0)?, day(&r, 1)?));
            }
            for r in tx.query(
                "SELECT member, week, share, day FROM escrow
                 ORDER BY member COLLATE \"C\", week COLLATE \"C\"",
                &[],
            )? {
                dump.escrow
                    .push((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, day(&r, 3)?));
            }
            for r in tx.query(
                "SELECT member, not_before, not_after, envelope FROM dropkeys
                 ORDER BY member COLLATE \"C\", not_before",
                &[],
            )? {
                dump.dropkeys
                    .push((r.try_get(0)?, day(&r, 1)?, day(&r, 2)?, r.try_get(3)?));
            }
            for r in tx.query("SELECT hash, day FROM pow_challenges ORDER BY hash", &[])? {
                dump.pow_challenges.push((r.try_get(0)?, day(&r, 1)?));
            }
            for r in tx.query("SELECT hash, day, uploads FROM pow_tokens ORDER BY hash", &[])? {
                dump.pow_tokens.push((r.try_get(0)?, day(&r, 1)?, r.try_get(2)?));
            }
            let n: i64 = tx
                .query_one("SELECT COUNT(*) FROM uploads", &[])?
                .try_get(0)?;
            dump.open_uploads = u(n);
            tx.commit()?;
            Ok(dump)
        })
    }

    fn import(&mut self, dump: &Dump) -> Result<(), StoreError> {
        let key = parse_nonce_key(dump.meta(NONCE_KEY).map(str::to_owned))?;
        self.with(|c| {
            let mut tx = c.transaction()?;
            // Another import (or `init`) on the same database waits here,
            // then finds the rows.
            tx.batch_execute(
                "LOCK TABLE meta, rosters, submissions, events IN SHARE ROW EXCLUSIVE MODE",
            )?;
            if let Some(t) = table_in_use(&mut tx)? {
                return Err(StoreError::NotEmpty(t));
            }
            let i = |v: u64| v as i64;
            for (k, v) in &dump.meta {
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ($1, $2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    &[k, &v.as_str()],
                )?;
            }
            for (seq, env) in &dump.rosters {
                tx.execute(
                    "INSERT INTO rosters (seq, envelope) VALUES ($1, $2)",
                    &[&i(*seq), env],
                )?;
            }
            // Positions kept: an inbox cursor names a submission and pages
            // by `pos`; a reviewer's event cursor is a seq.
            let st = tx.prepare(
                "INSERT INTO submissions
                 (pos, id, size, receipt, delete_hash, withdraw_hash, day, first_ack_day)
                 OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )?;
            for s in &dump.submissions {
                tx.execute(
                    &st,
                    &[
                        &i(s.pos),
                        &s.row.id,
                        &i(s.row.size),
                        &s.row.receipt,
                        &s.row.delete_hash,
                        &s.row.withdraw_hash,
                        &PgDay(s.row.day),
                        &s.first_ack_day.map(PgDay),
                    ],
                )?;
            }
            let st = tx.prepare("INSERT INTO acks (submission, member, day) VALUES ($1, $2, $3)")?;
            for (sub, member, d) in &dump.acks {
                tx.execute(&st, &[sub, member, &PgDay(*d)])?;
            }
            let st = tx.prepare("INSERT INTO mailboxes (id, day) VALUES ($1, $2)")?;
            for (id, d) in &dump.mailboxes {
                tx.execute(&st, &[id, &PgDay(*d)])?;
            }
            let st = tx.prepare(
                "INSERT INTO replies (pos, id, mailbox, data, day, read_day, roster_seq)
                 OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )?;
            for r in &dump.replies {
                tx.execute(
                    &st,
                    &[
                        &i(r.pos),
                        &r.reply.id,
                        &r.mailbox,
                        &r.reply.data,
                        &PgDay(r.reply.day),
                        &r.read_day.map(PgDay),
                        &i(r.reply.roster_seq),
                    ],
                )?;
            }
            let st = tx.prepare(
                "INSERT INTO own (pos, id, mailbox, data, day)
                 OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5)",
            )?;
            for o in &dump.own {
                tx.execute(
                    &st,
                    &[
                        &i(o.pos),
                        &o.item.id,
                        &o.mailbox,
                        &o.item.data,
                        &PgDay(o.item.day),
                    ],
                )?;
            }
            let st = tx.prepare(
                "INSERT INTO events (seq, roster_seq, data, day)
                 OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4)",
            )?;
            for (seq, roster_seq, data, d) in &dump.events {
                tx.execute(&st, &[&i(*seq), &i(*roster_seq), data, &PgDay(*d)])?;
            }
            let st = tx.prepare("INSERT INTO nonces (hash, expires_day) VALUES ($1, $2)")?;
            for (hash, d) in &dump.nonces {
                tx.execute(&st, &[hash, &PgDay(*d)])?;
            }
            let st = tx.prepare(
                "INSERT INTO escrow (member, week, share, day) VALUES ($1, $2, $3, $4)",
            )?;
            for (member, week, share, d) in &dump.escrow {
                tx.execute(&st, &[member, week, share, &PgDay(*d)])?;
            }
            let st = tx.prepare(
                "INSERT INTO dropkeys (member, not_before, not_after, envelope)
                 VALUES ($1, $2, $3, $4)",
            )?;
            for (member, nb, na, env) in &dump.dropkeys {
                tx.execute(&st, &[member, &PgDay(*nb), &PgDay(*na), env])?;
            }
            let st = tx.prepare("INSERT INTO pow_challenges (hash, day) VALUES ($1, $2)")?;
            for (hash, d) in &dump.pow_challenges {
                tx.execute(&st, &[hash, &PgDay(*d)])?;
            }
            let st =
                tx.prepare("INSERT INTO pow_tokens (hash, day, uploads) VALUES ($1, $2, $3)")?;
            for (hash, d, uploads) in &dump.pow_tokens {
                tx.execute(&st, &[hash, &PgDay(*d), uploads])?;
            }
            // Explicit values leave the identities' sequences where they
            // were: the next row continues after the highest copied (for
            // events, after the highest seq ever given).
            let highs = [
                (
                    "submissions",
                    "pos",
                    dump.submissions.iter().map(|s| s.pos).max(),
                ),
                ("replies", "pos", dump.replies.iter().map(|r| r.pos).max()),
                ("own", "pos", dump.own.iter().map(|o| o.pos).max()),
                ("events", "seq", Some(dump.events_next_after())),
            ];
            for (table, column, high) in highs {
                let high = i(high.unwrap_or(0));
                tx.execute(
                    "SELECT setval(pg_get_serial_sequence($1, $2), GREATEST($3::BIGINT, 1), $3::BIGINT > 0)",
                    &[&table, &column, &high],
                )?;
            }
            tx.commit()?;
            Ok(())
        })?;
        self.nonce_key = key;
        Ok(())
    }
}

/// The first of [`DATA_TABLES`] holding a row, or `meta` when it holds
/// more than the nonce key.
fn table_in_use(tx: &mut Transaction<'_>) -> Result<Option<&'static str>, StoreError> {
    for t in DATA_TABLES {
        // A table name from the constant list, never from input.
        let used: bool = tx
            .query_one(&format!("SELECT EXISTS (SELECT 1 FROM {t})"), &[])?
            .try_get(0)?;
        if used {
            return Ok(Some(t));
        }
    }
    let used: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM meta WHERE key <> $1)",
            &[&NONCE_KEY],
        )?
        .try_get(0)?;
    Ok(used.then_some("meta"))
}
