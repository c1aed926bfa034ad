//! The list index: what `reviewer list` shows of each case, kept beside the
//! case in its row so a listing reads one column instead of decrypting and
//! parsing every case (issue 17: 1,000 cases took 0.75 s, two X25519
//! unwraps and a JSON parse each).
//!
//! Each entry is sealed with XChaCha20-Poly1305 under a key derived from
//! the store key (HKDF-SHA256), its case id as associated data, so the
//! database alone says nothing more than before and an entry moved to
//! another row does not open. It is written by the same statement as the
//! case's content (every path that changes a case seals both), so it is
//! never ahead of or behind the case it describes; purging the row purges
//! it. An entry that is missing (a store made before migration 6, a case
//! restored from a backup), that does not open, or that is of another
//! format is rebuilt from the case itself when it is next read.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use dropbox_crypto::bundle::Severity;
use dropbox_crypto::keys::AgeIdentity;
use dropbox_crypto::messages::{Status, Tlp};
use dropbox_crypto::time::{Day, UnixTime};

use crate::domain::case::Case;
use crate::domain::deadlines::Facts;

/// The format written now; an entry of another is rebuilt.
pub const FORMAT: u32 = 1;

const NONCE_LEN: usize = 24;

/// What a listing shows of one case, and what its deadlines need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// [`FORMAT`] when written.
    pub format: u32,
    /// The report's title.
    pub title: Option<String>,
    /// The report's category.
    pub category: Option<String>,
    /// The reporter's severity guess.
    pub severity_guess: Option<Severity>,
    /// The day the report was made.
    pub day: Day,
    /// Attachments, the follow-ups' included.
    pub attachments: usize,
    /// Follow-ups.
    pub followups: usize,
    /// Workflow status.
    pub status: Status,
    /// TLP label.
    pub tlp: Tlp,
    /// Triaged severity.
    pub severity: Option<Severity>,
    /// Owner (a member id).
    pub owner: Option<String>,
    /// What the policy clocks need (`overdue` depends on the time of the
    /// listing, so it is computed then).
    facts: FactsEntry,
}

/// [`Facts`] as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct FactsEntry {
    imported: i64,
    acknowledged: Option<i64>,
    next_steps: Option<i64>,
    responded: Option<i64>,
    severity: Option<Severity>,
    severity_guess: Option<Severity>,
    vulnerability: bool,
    notified: Option<i64>,
    party_responded: Option<i64>,
    escalated: Option<i64>,
    disclosed: Option<i64>,
    agreed_disclosure: Option<(Day, String)>,
    closed: bool,
}

impl Summary {
    /// A case's entry.
    pub fn of(case: &Case) -> Self {
        let st = case.state();
        let f = crate::domain::due::facts(case, &st);
        let t = |u: Option<UnixTime>| u.map(|u| u.0);
        Summary {
            format: FORMAT,
            title: case.report.title.clone(),
            category: case.report.category.clone(),
            severity_guess: case.report.severity,
            day: case.report.created,
            attachments: case.all_attachments().len(),
            followups: case.followups.len(),
            status: st.status,
            tlp: st.tlp,
            severity: st.severity,
            owner: st.owner.as_ref().map(|m| m.as_str().to_owned()),
            facts: FactsEntry {
                imported: f.imported.0,
                acknowledged: t(f.acknowledged),
                next_steps: t(f.next_steps),
                responded: t(f.responded),
                severity: f.severity,
                severity_guess: f.severity_guess,
                vulnerability: f.vulnerability,
                notified: t(f.notified),
                party_responded: t(f.party_responded),
                escalated: t(f.escalated),
                disclosed: t(f.disclosed),
                agreed_disclosure: f.agreed_disclosure,
                closed: f.closed,
            },
        }
    }

    /// The facts the policy clocks need.
    pub fn facts(&self) -> Facts {
        let f = &self.facts;
        let t = |u: Option<i64>| u.map(UnixTime);
        Facts {
            imported: UnixTime(f.imported),
            acknowledged: t(f.acknowledged),
            next_steps: t(f.next_steps),
            responded: t(f.responded),
            severity: f.severity,
            severity_guess: f.severity_guess,
            vulnerability: f.vulnerability,
            notified: t(f.notified),
            party_responded: t(f.party_responded),
            escalated: t(f.escalated),
            disclosed: t(f.disclosed),
            agreed_disclosure: f.agreed_disclosure.clone(),
            closed: f.closed,
        }
    }
}

/// The key entries are sealed with, derived from the store key.
pub struct IndexKey(Zeroizing<[u8; 32]>);

impl IndexKey {
    /// The index key of a store key.
    pub fn of(store_key: &AgeIdentity) -> Self {
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(
            Some(b"dropbox/v1/list-index"),
            store_key.expose_string().as_bytes(),
        );
        let mut k = Zeroizing::new([0u8; 32]);
        hk.expand(b"key", k.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 length");
        IndexKey(k)
    }

    fn aead(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&self.0[..]))
    }

    /// Seals a case's entry (nonce, then ciphertext).
    pub fn seal(&self, id: &str, s: &Summary) -> anyhow::Result<Vec<u8>> {
        let plain = Zeroizing::new(serde_json::to_vec(s)?);
        let nonce: [u8; NONCE_LEN] = rand::random();
        let ct = self
            .aead()
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &plain,
                    aad: id.as_bytes(),
                },
            )
            .map_err(|_| anyhow::anyhow!("sealing a list index entry failed"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// Opens case `id`'s entry; `None` if it does not open as this
    /// format's (to be rebuilt).
    pub fn open(&self, id: &str, sealed: &[u8]) -> Option<Summary> {
        if sealed.len() < NONCE_LEN {
            return None;
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        let plain = Zeroizing::new(
            self.aead()
                .decrypt(
                    XNonce::from_slice(nonce),
                    Payload {
                        msg: ct,
                        aad: id.as_bytes(),
                    },
                )
                .ok()?,
        );
        let s: Summary = serde_json::from_slice(&plain).ok()?;
        (s.format == FORMAT).then_some(s)
    }
}

#[cfg(test)]
mod tests {
    use dropbox_crypto::bundle::{Header, Kind};
    use dropbox_crypto::messages::EventBody;
    use rusqlite::params;

    use super::*;
    use crate::domain::case::CaseEvent;
    use crate::store::CaseStore;

    const T0: i64 = 1_795_530_600;

    struct Scratch(std::path::PathBuf);

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn scratch() -> Scratch {
        let p = std::env::temp_dir().join(format!("reviewer-index-{:016x}", rand::random::<u64>()));
        std::fs::create_dir_all(&p).unwrap();
        Scratch(p)
    }

    fn case(n: u8, title: &str) -> Case {
        let mut report = Header::new(Kind::Report, UnixTime(T0).day(), 1, vec![]);
        report.title = Some(title.into());
        Case {
            id: format!("{n:02x}").repeat(16),
            report,
            server_id: None,
            receipt: String::new(),
            imported: T0,
            followups: vec![],
            replies_sent: 0,
            events: vec![],
            log: vec![],
            from_grant: None,
            withdrawal: None,
        }
    }

    /// A store of three cases, the second triaged.
    fn store(dir: &Scratch) -> (CaseStore, Vec<Case>) {
        let mut st = CaseStore::in_memory(&dir.0).unwrap();
        let mut cases = Vec::new();
        for (n, title) in [(1, "first"), (2, "second"), (3, "third")] {
            let mut c = case(n, title);
            st.insert_case(&c, &st.new_case_key()).unwrap();
            if n == 2 {
                c.add_event(CaseEvent {
                    seq: Some(1),
                    local: 0,
                    at: T0 + 60,
                    event_id: "e1".into(),
                    member: "alice".into(),
                    basis: None,
                    day: UnixTime(T0).day(),
                    body: EventBody::Severity {
                        value: Severity::Critical,
                    },
                });
                st.update_case(&c, None).unwrap();
            }
            cases.push(c);
        }
        (st, cases)
    }

    fn expected(cases: &[Case]) -> Vec<(String, Option<Day>, Summary)> {
        cases
            .iter()
            .map(|c| (c.id.clone(), None, Summary::of(c)))
            .collect()
    }

    #[test]
    fn a_listing_reads_the_index_and_not_the_cases() {
        let dir = scratch();
        let (st, cases) = store(&dir);
        assert_eq!(st.summaries().unwrap(), expected(&cases));
        assert_eq!(
            st.summaries().unwrap()[1].2.severity,
            Some(Severity::Critical)
        );
        // With every case's content unreadable, the listing is unchanged:
        // it never decrypts a case whose entry is good.
        st.conn
            .execute("UPDATE cases SET data = x'00'", [])
            .unwrap();
        assert_eq!(st.summaries().unwrap(), expected(&cases));
    }

    #[test]
    fn a_missing_moved_or_damaged_entry_is_rebuilt_from_its_case_and_kept() {
        let dir = scratch();
        let (st, cases) = store(&dir);
        let (a, b, c) = (&cases[0].id, &cases[1].id, &cases[2].id);
        let entry = |id: &str| -> Vec<u8> {
            st.conn
                .query_row("SELECT summary FROM cases WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .unwrap()
        };
        let (ea, eb) = (entry(a), entry(b));
        // A store made before the index (NULL), one case's entry copied
        // over another's (bound to its own id, it does not open there),
        // and a damaged one.
        st.conn
            .execute("UPDATE cases SET summary = NULL WHERE id = ?1", [a])
            .unwrap();
        st.conn
            .execute(
                "UPDATE cases SET summary = ?2 WHERE id = ?1",
                params![b, ea],
            )
            .unwrap();
        let mut bad = entry(c);
        let last = bad.len() - 1;
        bad[last] ^= 1;
        st.conn
            .execute(
                "UPDATE cases SET summary = ?2 WHERE id = ?1",
                params![c, bad],
            )
            .unwrap();
        assert_eq!(st.summaries().unwrap(), expected(&cases));
        // Written back: the next listing no longer needs the cases.
        assert!(IndexKey::of(&st.store_key).open(b, &entry(b)).is_some());
        assert_ne!(entry(b), eb, "a fresh seal");
        st.conn
            .execute("UPDATE cases SET data = x'00'", [])
            .unwrap();
        assert_eq!(st.summaries().unwrap(), expected(&cases));
    }

    #[test]
    fn the_wal_outlives_a_command_and_loses_nothing() {
        let dir = scratch();
        let member = AgeIdentity::generate();
        let wal = dir.0.join(format!("{}-wal", crate::home::CASES_DB));
        let c = case(1, "kept");
        {
            let mut st = CaseStore::open(&dir.0, &member).unwrap();
            st.insert_case(&c, &st.new_case_key()).unwrap();
        }
        // Closed without a checkpoint: the WAL stays for the next command
        // (which then neither makes nor syncs a new one) ...
        assert!(wal.exists(), "the WAL was removed at close");
        // ... and the case committed into it is there when reopened.
        let mut st = CaseStore::open(&dir.0, &member).unwrap();
        assert_eq!(
            st.case(&c.id).unwrap().report.title.as_deref(),
            Some("kept")
        );
        // A purge still empties it (its pages zeroed, then truncated).
        st.purge(&c.id, UnixTime(T0).day(), &[]).unwrap();
        assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
    }

    #[test]
    fn an_entry_of_another_format_or_store_key_does_not_open() {
        let c = case(1, "t");
        let key = IndexKey::of(&AgeIdentity::generate());
        let mut old = Summary::of(&c);
        old.format = FORMAT + 1;
        assert!(key.open(&c.id, &key.seal(&c.id, &old).unwrap()).is_none());
        let sealed = key.seal(&c.id, &Summary::of(&c)).unwrap();
        assert_eq!(key.open(&c.id, &sealed), Some(Summary::of(&c)));
        assert!(
            IndexKey::of(&AgeIdentity::generate())
                .open(&c.id, &sealed)
                .is_none()
        );
        assert!(key.open(&c.id, &sealed[..10]).is_none());
        // No plaintext in the entry.
        assert!(
            !String::from_utf8_lossy(&sealed).contains("\"title\""),
            "the entry is not sealed"
        );
    }
}
