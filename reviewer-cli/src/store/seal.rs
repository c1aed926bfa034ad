//! Symmetric sealing of the case store's own records (issue 17): a case's
//! key wrapped under a key derived from the store key, and its content
//! under a key derived from the case key, both with XChaCha20-Poly1305 and
//! the case id as associated data.
//!
//! These were age encryptions to the store's own X25519 keys, two per new
//! case plus one per change (an ephemeral key and a Diffie-Hellman each),
//! about half of a sync's per-report CPU. Nothing outside this store reads
//! them, so a public-key step bought nothing: the keys they derive from are
//! the ones the age files were encrypted to, and they live where those
//! did. Binding each to its case id means a row's key or content copied
//! into another case's row does not open there.
//!
//! A sealed blob starts with [`MAGIC`]; a blob that starts with age's own
//! header is of the format written before and is still read (it is
//! rewritten in this format when its case next changes).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use dropbox_crypto::keys::AgeIdentity;

/// What starts a blob sealed here.
pub const MAGIC: &[u8] = b"dropbox-seal/1\n";

/// What starts an age file (the format before this one).
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

const NONCE_LEN: usize = 24;

/// The format a stored blob is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Sealed here ([`MAGIC`]).
    Sealed,
    /// An age file, as written before issue 17.
    Age,
}

impl Format {
    /// The format of a stored blob; `None` if it is neither.
    pub fn of(blob: &[u8]) -> Option<Self> {
        if blob.starts_with(MAGIC) {
            Some(Format::Sealed)
        } else if blob.starts_with(AGE_MAGIC) {
            Some(Format::Age)
        } else {
            None
        }
    }
}

/// What a sealed blob holds; part of its associated data, so one kind is
/// never opened as another.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A case key, under the store's wrap key.
    CaseKey,
    /// A case's content, under its case key's record key.
    Case,
}

impl Kind {
    fn label(self) -> &'static [u8] {
        match self {
            Kind::CaseKey => b"case-key\n",
            Kind::Case => b"case\n",
        }
    }
}

/// A 32-byte XChaCha20-Poly1305 key derived from an age identity.
pub struct SealKey(Zeroizing<[u8; 32]>);

impl SealKey {
    fn derive(salt: &[u8], from: &AgeIdentity) -> Self {
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(salt), from.expose_string().as_bytes());
        let mut k = Zeroizing::new([0u8; 32]);
        hk.expand(b"key", k.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 length");
        SealKey(k)
    }

    /// The key case keys are wrapped under, derived from the store key.
    pub fn wrap_key(store_key: &AgeIdentity) -> Self {
        Self::derive(b"dropbox/v1/case-key-wrap", store_key)
    }

    /// The key a case's content is sealed under, derived from its case
    /// key (so the content goes wherever the case key goes: a backup
    /// restored into another store re-wraps only the key).
    pub fn record_key(case_key: &AgeIdentity) -> Self {
        Self::derive(b"dropbox/v1/case-record", case_key)
    }

    fn aead(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&self.0[..]))
    }

    fn aad(kind: Kind, id: &str) -> Vec<u8> {
        let mut aad = kind.label().to_vec();
        aad.extend_from_slice(id.as_bytes());
        aad
    }

    /// Seals `plain` for case `id`: [`MAGIC`], a random nonce, the
    /// ciphertext.
    pub fn seal(&self, kind: Kind, id: &str, plain: &[u8]) -> anyhow::Result<Vec<u8>> {
        let nonce: [u8; NONCE_LEN] = rand::random();
        let ct = self
            .aead()
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: &Self::aad(kind, id),
                },
            )
            .map_err(|_| anyhow::anyhow!("sealing a case store record failed"))?;
        let mut out = Vec::with_capacity(MAGIC.len() + NONCE_LEN + ct.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// Opens what [`SealKey::seal`] sealed for case `id`.
    pub fn open(&self, kind: Kind, id: &str, sealed: &[u8]) -> anyhow::Result<Zeroizing<Vec<u8>>> {
        let body = sealed
            .strip_prefix(MAGIC)
            .filter(|b| b.len() >= NONCE_LEN)
            .ok_or_else(|| anyhow::anyhow!("a stored record of case {id} is malformed"))?;
        let (nonce, ct) = body.split_at(NONCE_LEN);
        self.aead()
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ct,
                    aad: &Self::aad(kind, id),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| {
                anyhow::anyhow!(
                    "a stored record of case {id} does not open: damaged, or not this case's"
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use dropbox_crypto::bundle::{Header, Kind as BundleKind};
    use dropbox_crypto::envelope;
    use dropbox_crypto::time::UnixTime;
    use rusqlite::params;

    use super::*;
    use crate::domain::case::Case;
    use crate::store::CaseStore;

    const T0: i64 = 1_795_530_600;

    struct Scratch(std::path::PathBuf);

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn scratch() -> Scratch {
        let p = std::env::temp_dir().join(format!("reviewer-seal-{:016x}", rand::random::<u64>()));
        std::fs::create_dir_all(&p).unwrap();
        Scratch(p)
    }

    fn case(n: u8, title: &str) -> Case {
        let mut report = Header::new(BundleKind::Report, UnixTime(T0).day(), 1, vec![]);
        report.title = Some(title.into());
        let mut c = Case {
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
        };
        c.access(T0, "alice", "imported");
        c
    }

    fn json(c: &Case) -> serde_json::Value {
        serde_json::to_value(c).unwrap()
    }

    fn age_to(to: &AgeIdentity, plain: &[u8]) -> Vec<u8> {
        envelope::encrypt_vec(vec![envelope::Slot::Real(to.recipient())], plain).unwrap()
    }

    /// Rewrites case `c`'s row the way the reviewer wrote it before issue
    /// 17: its key age-encrypted to the store key, its content to the case
    /// key, no list index entry.
    fn write_old_format(st: &CaseStore, c: &Case) {
        let key = st.key_of(&c.id).unwrap();
        let wrapped = age_to(&st.store_key, key.expose_string().as_bytes());
        let data = age_to(&key, &serde_json::to_vec(c).unwrap());
        st.conn
            .execute(
                "UPDATE cases SET wrapped_key = ?2, data = ?3, summary = NULL WHERE id = ?1",
                params![c.id, wrapped, data],
            )
            .unwrap();
    }

    fn row(st: &CaseStore, id: &str) -> (Vec<u8>, Vec<u8>) {
        let (w, d, _) = st.raw_case(id).unwrap();
        (w, d)
    }

    #[test]
    fn a_new_case_is_sealed_and_needs_no_age_encryption() {
        let dir = scratch();
        let mut st = CaseStore::in_memory(&dir.0).unwrap();
        let c = case(1, "a title worth hiding");
        st.insert_case(&c, &st.new_case_key()).unwrap();
        let (w, d) = row(&st, &c.id);
        assert_eq!(Format::of(&w), Some(Format::Sealed));
        assert_eq!(Format::of(&d), Some(Format::Sealed));
        assert!(!String::from_utf8_lossy(&d).contains("worth hiding"));
        assert!(!String::from_utf8_lossy(&w).contains("AGE-SECRET-KEY"));
        assert_eq!(json(&st.case(&c.id).unwrap()), json(&c));
    }

    #[test]
    fn a_store_written_in_the_age_format_opens_reads_and_is_resealed_when_changed() {
        let dir = scratch();
        let member = AgeIdentity::generate();
        let (mut a, b) = (case(1, "old one"), case(2, "old two"));
        let (store_key, old_b) = {
            let mut st = CaseStore::open(&dir.0, &member).unwrap();
            for c in [&a, &b] {
                let key = st.new_case_key();
                st.insert_case(c, &key).unwrap();
                let title = c.report.title.as_ref().unwrap().as_bytes();
                let file = st.attachment_dir(&c.id).join("0.age");
                if c.id == b.id {
                    // b's attachment as written before issue 17: an age
                    // file to the case key.
                    std::fs::create_dir_all(st.attachment_dir(&c.id)).unwrap();
                    let f = std::fs::File::create(&file).unwrap();
                    let mut w = envelope::encrypt_to(f, &[key.recipient()]).unwrap();
                    w.write_all(title).unwrap();
                    w.finish().unwrap();
                } else {
                    let mut sink = st.attachment_sink(&c.id, &key, 0).unwrap();
                    sink.write_all(title).unwrap();
                    sink.finish().unwrap().flush().unwrap();
                }
                let head = std::fs::read(&file).unwrap();
                assert_eq!(
                    crate::store::attachfile::is_sealed(&head),
                    c.id == a.id,
                    "{}",
                    c.id
                );
                write_old_format(&st, c);
                assert_eq!(Format::of(&row(&st, &c.id).0), Some(Format::Age));
            }
            (st.store_key.expose_string(), row(&st, &b.id))
        };
        // Opened again (as the next command would): both read as they are.
        let mut st = CaseStore::open(&dir.0, &member).unwrap();
        assert_eq!(*st.store_key.expose_string(), *store_key);
        for c in [&a, &b] {
            assert_eq!(json(&st.case(&c.id).unwrap()), json(c));
            let mut out = Vec::new();
            st.read_attachment(&c.id, 0, &mut out).unwrap();
            assert_eq!(out, c.report.title.as_ref().unwrap().as_bytes());
        }
        let listed = st.summaries().unwrap();
        assert_eq!(listed[0].2.title.as_deref(), Some("old one"));
        assert_eq!(listed[1].2.title.as_deref(), Some("old two"));
        // A backup of the old format restores (its key unwraps).
        let old_key = st.key_of(&b.id).unwrap();
        let unwrapped = CaseStore::unwrap_with(&st.store_key, &b.id, &old_b.0).unwrap();
        assert_eq!(*unwrapped.expose_string(), *old_key.expose_string());
        // Changing a case rewrites its key and content sealed; the same key,
        // so its attachments still open; the other case is left as it was.
        a.access(T0 + 5, "alice", "viewed");
        st.update_case(&a, None).unwrap();
        let (w, d) = row(&st, &a.id);
        assert_eq!(Format::of(&w), Some(Format::Sealed));
        assert_eq!(Format::of(&d), Some(Format::Sealed));
        assert_eq!(row(&st, &b.id), old_b);
        drop(st);
        let st = CaseStore::open(&dir.0, &member).unwrap();
        assert_eq!(json(&st.case(&a.id).unwrap()), json(&a));
        let mut out = Vec::new();
        st.read_attachment(&a.id, 0, &mut out).unwrap();
        assert_eq!(out, b"old one");
        assert_eq!(json(&st.case(&b.id).unwrap()), json(&b));
    }

    #[test]
    fn a_row_moved_to_another_case_does_not_open_there() {
        let dir = scratch();
        let mut st = CaseStore::in_memory(&dir.0).unwrap();
        let (a, b, c) = (case(1, "a"), case(2, "b"), case(3, "c"));
        for x in [&a, &b, &c] {
            st.insert_case(x, &st.new_case_key()).unwrap();
        }
        let put = |st: &CaseStore, id: &str, (w, d): &(Vec<u8>, Vec<u8>)| {
            st.conn
                .execute(
                    "UPDATE cases SET wrapped_key = ?2, data = ?3 WHERE id = ?1",
                    params![id, w, d],
                )
                .unwrap();
        };
        // Case a's key and content, both copied into b's row: neither is
        // b's, so b does not open (and is not read as a).
        let ra = row(&st, &a.id);
        put(&st, &b.id, &ra);
        assert!(st.key_of(&b.id).is_err());
        assert!(st.case(&b.id).is_err());
        // Only the content moved, under c's own key: still refused.
        let rc = row(&st, &c.id);
        put(&st, &c.id, &(rc.0.clone(), ra.1.clone()));
        assert!(st.case(&c.id).is_err());
        // The same move between rows of the age format: refused too (the
        // case id inside the content is checked).
        put(&st, &c.id, &rc);
        write_old_format(&st, &a);
        put(&st, &c.id, &row(&st, &a.id));
        let e = st.case(&c.id).unwrap_err().to_string();
        assert!(e.contains("another case's"), "{e}");
        // The original rows still open where they belong.
        assert_eq!(json(&st.case(&a.id).unwrap()), json(&a));
    }

    #[test]
    fn a_sealed_record_opens_only_as_its_own_kind_case_and_key() {
        let k = SealKey::wrap_key(&AgeIdentity::generate());
        let sealed = k.seal(Kind::Case, "aa", b"secret words").unwrap();
        assert_eq!(Format::of(&sealed), Some(Format::Sealed));
        assert_eq!(
            &k.open(Kind::Case, "aa", &sealed).unwrap()[..],
            b"secret words"
        );
        assert!(k.open(Kind::Case, "ab", &sealed).is_err(), "another case");
        assert!(
            k.open(Kind::CaseKey, "aa", &sealed).is_err(),
            "another kind"
        );
        let other = SealKey::wrap_key(&AgeIdentity::generate());
        assert!(
            other.open(Kind::Case, "aa", &sealed).is_err(),
            "another key"
        );
        let mut bad = sealed.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert!(k.open(Kind::Case, "aa", &bad).is_err(), "altered");
        assert!(
            k.open(Kind::Case, "aa", &sealed[..MAGIC.len() + 10])
                .is_err()
        );
        assert!(
            !sealed.windows(6).any(|w| w == b"secret"),
            "plaintext in the sealed record"
        );
        // The wrap key and the record key of the same identity differ.
        let id = AgeIdentity::generate();
        let wrapped = SealKey::wrap_key(&id).seal(Kind::Case, "aa", b"x").unwrap();
        assert!(
            SealKey::record_key(&id)
                .open(Kind::Case, "aa", &wrapped)
                .is_err()
        );
    }
}
