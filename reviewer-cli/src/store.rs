//! The reviewer's case store: SQLite on disk, encrypted at rest.
//!
//! Each case has its own age identity (the *case key*). The case's content
//! (report fields, annotations, timeline) is a JSON document encrypted to
//! the case key, and its attachments are age files encrypted to it too. The
//! case key itself is stored wrapped (age-encrypted) to the *store key*,
//! an age identity kept in `store.key.age`, encrypted to the member's own
//! age identity, so unlocking the store needs the member's passphrase.
//! Deleting a case's row destroys its wrapped key (crypto-shredding):
//! `secure_delete=ON` and a WAL checkpoint follow every deletion. No
//! plaintext is written to the database, temp files or logs.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use dropbox_crypto::bundle::{AttachmentMeta, Header};
use dropbox_crypto::envelope;
use dropbox_crypto::keys::{AgeIdentity, AgeRecipient};

const MIGRATIONS: &[&str] = &["CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        wrapped_key BLOB NOT NULL,
        data BLOB NOT NULL
     );
     CREATE TABLE items (
        server_id TEXT PRIMARY KEY,
        case_id TEXT,
        state TEXT NOT NULL,
        acked INTEGER NOT NULL DEFAULT 0
     );"];

/// One entry of a case's timeline.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The day.
    pub day: String,
    /// Who (member id, or "reporter").
    pub who: String,
    /// What happened.
    pub what: String,
}

/// A case's decrypted content.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Case {
    /// Random case id (32 hex).
    pub id: String,
    /// The first report's bundle header.
    pub report: Header,
    /// Server item id and receipt of the report, if it came from a server.
    pub server_id: Option<String>,
    /// sha256 of the ciphertext.
    pub receipt: String,
    /// Status.
    pub status: String,
    /// TLP label.
    pub tlp: String,
    /// Follow-ups from the reporter: (day, text, attachments).
    pub followups: Vec<(String, String, Vec<AttachmentMeta>)>,
    /// The triaged severity.
    #[serde(default)]
    pub severity: Option<String>,
    /// The member who owns the case.
    #[serde(default)]
    pub owner: Option<String>,
    /// Notes: (day, member, text).
    #[serde(default)]
    pub notes: Vec<(String, String, String)>,
    /// Replies this store has sent to the reporter (their sequence).
    #[serde(default)]
    pub replies_sent: u64,
    /// The timeline.
    pub timeline: Vec<TimelineEntry>,
}

/// The open store.
pub struct CaseStore {
    conn: Connection,
    dir: PathBuf,
    store_key: AgeIdentity,
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

impl CaseStore {
    /// Opens (creating on first use) the store in `home`, unlocking the
    /// store key with the member's age identity.
    pub fn open(home: &Path, member: &AgeIdentity) -> anyhow::Result<Self> {
        std::fs::create_dir_all(home.join("attachments"))?;
        let key_path = home.join("store.key.age");
        let store_key = if key_path.exists() {
            let ct = std::fs::read(&key_path)?;
            let text = dec(member, &ct).context("the store key does not open with your keys")?;
            std::str::from_utf8(&text)?
                .parse()
                .context("corrupt store key")?
        } else {
            let k = AgeIdentity::generate();
            let ct = enc(&member.recipient(), k.expose_string().as_bytes())?;
            let tmp = key_path.with_extension("tmp");
            std::fs::write(&tmp, ct)?;
            std::fs::rename(&tmp, &key_path)?;
            k
        };
        let conn = Connection::open(home.join("cases.sqlite3"))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > MIGRATIONS.len() as i64 {
            bail!("the case store was made by a newer reviewer; upgrade");
        }
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            conn.execute_batch(m)?;
            conn.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        Ok(CaseStore {
            conn,
            dir: home.to_owned(),
            store_key,
        })
    }

    /// A case's key (unwrapped with the store key).
    pub fn key_of(&self, id: &str) -> anyhow::Result<AgeIdentity> {
        self.case_key(id)
    }

    fn case_key(&self, id: &str) -> anyhow::Result<AgeIdentity> {
        let wrapped: Vec<u8> = self
            .conn
            .query_row("SELECT wrapped_key FROM cases WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .with_context(|| format!("no case {id}"))?;
        let text = dec(&self.store_key, &wrapped)?;
        std::str::from_utf8(&text)?
            .parse()
            .context("corrupt case key")
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

    /// Marks an item acked on the server.
    pub fn mark_acked(&self, server_id: &str) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE items SET acked = 1 WHERE server_id = ?1",
            [server_id],
        )?;
        Ok(())
    }

    /// The directory a case's attachments live in.
    pub fn attachment_dir(&self, case: &str) -> PathBuf {
        self.dir.join("attachments").join(case)
    }

    /// A fresh case key: its identity, and where to write attachments.
    pub fn new_case_key(&self) -> AgeIdentity {
        AgeIdentity::generate()
    }

    /// Stores a new case (and its server item) in one transaction.
    pub fn insert_case(&mut self, case: &Case, key: &AgeIdentity) -> anyhow::Result<()> {
        let wrapped = enc(&self.store_key.recipient(), key.expose_string().as_bytes())?;
        let data = enc(&key.recipient(), &Zeroizing::new(serde_json::to_vec(case)?))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO cases (id, wrapped_key, data) VALUES (?1, ?2, ?3)",
            params![case.id, wrapped, data],
        )?;
        if let Some(s) = &case.server_id {
            tx.execute(
                "INSERT INTO items (server_id, case_id, state) VALUES (?1, ?2, 'filed')",
                params![s, case.id],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Rewrites a case's content, recording `server_id` as handled.
    pub fn update_case(&mut self, case: &Case, server_id: Option<&str>) -> anyhow::Result<()> {
        let key = self.case_key(&case.id)?;
        let data = enc(&key.recipient(), &Zeroizing::new(serde_json::to_vec(case)?))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE cases SET data = ?2 WHERE id = ?1",
            params![case.id, data],
        )?;
        if let Some(s) = server_id {
            tx.execute(
                "INSERT INTO items (server_id, case_id, state) VALUES (?1, ?2, 'filed')",
                params![s, case.id],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Decrypts one case.
    pub fn case(&self, id: &str) -> anyhow::Result<Case> {
        let key = self.case_key(id)?;
        let data: Vec<u8> =
            self.conn
                .query_row("SELECT data FROM cases WHERE id = ?1", [id], |r| r.get(0))?;
        Ok(serde_json::from_slice(&dec(&key, &data)?)?)
    }

    /// Every case id.
    pub fn ids(&self) -> anyhow::Result<Vec<String>> {
        let mut st = self.conn.prepare("SELECT id FROM cases ORDER BY rowid")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every case, decrypted.
    pub fn cases(&self) -> anyhow::Result<Vec<Case>> {
        self.ids()?.iter().map(|id| self.case(id)).collect()
    }

    /// A sink that writes attachment `n` of a case encrypted to the case
    /// key; call `finish()` on it when done.
    pub fn attachment_sink(
        &self,
        case: &str,
        key: &AgeIdentity,
        n: usize,
    ) -> anyhow::Result<age::stream::StreamWriter<std::io::BufWriter<std::fs::File>>> {
        let dir = self.attachment_dir(case);
        std::fs::create_dir_all(&dir)?;
        let f = std::fs::File::create(dir.join(format!("{n}.age")))?;
        Ok(envelope::encrypt_to(
            std::io::BufWriter::new(f),
            &[key.recipient()],
        )?)
    }

    /// Decrypts attachment `n` of a case into `out`.
    pub fn read_attachment(
        &self,
        case: &str,
        n: usize,
        out: &mut impl Write,
    ) -> anyhow::Result<u64> {
        let key = self.case_key(case)?;
        let f = std::fs::File::open(self.attachment_dir(case).join(format!("{n}.age")))
            .with_context(|| format!("case {case} has no attachment {n}"))?;
        let mut r = envelope::decrypt(std::io::BufReader::new(f), &[&key])?;
        Ok(std::io::copy(&mut r, out)?)
    }
}
