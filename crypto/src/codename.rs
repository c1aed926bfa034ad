//! Reporter codenames and the keys derived from them.
//!
//! A codename is 8 words from the EFF large wordlist (7776 words, ≈103 bits).
//! The derivation is fixed (DESIGN "Codename and mailbox"):
//!
//! ```text
//! seed     = argon2id(password = codename, salt = "dropbox-codename-v1" ‖ fingerprint,
//!                     m = 19 MiB, t = 2, p = 1, 32 bytes)
//! x25519   = HKDF-SHA256(ikm = seed, salt = "", info = "dropbox/v1/codename/x25519")
//! ed25519  = HKDF-SHA256(ikm = seed, salt = "", info = "dropbox/v1/codename/ed25519")
//! mailbox  = base64url(ed25519 public key);  thread = sha256(ed25519 public key)
//! ```
//!
//! The codename's text form is the words in lowercase joined by single
//! spaces; parsing accepts any whitespace and case.

use std::fmt;
use std::sync::OnceLock;

use hkdf::Hkdf;
use rand::Rng;
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::bundle::DeleteToken;
use crate::ids::{MailboxId, Sha256Digest, TeamFingerprint};
use crate::keys::{AgeIdentity, SignSecretKey};

/// Words in a codename.
pub const WORDS: usize = 8;
/// Salt prefix, versioned.
pub const SALT_PREFIX: &[u8] = b"dropbox-codename-v1";
/// HKDF label of the reply identity.
pub const LABEL_X25519: &[u8] = b"dropbox/v1/codename/x25519";
/// HKDF label of the mailbox key.
pub const LABEL_ED25519: &[u8] = b"dropbox/v1/codename/ed25519";
/// HKDF label of the codename's post-quantum age identity (protocol 1.4:
/// the codename slot of a submission encrypted to drop keys).
pub const LABEL_HYBRID: &[u8] = b"dropbox/v1/codename/mlkem768x25519";
/// HKDF label of the delete token of the report that starts the
/// codename's thread (protocol 1.5): the reporter can withdraw it with the
/// codename alone.
pub const LABEL_DELETE: &[u8] = b"dropbox/v1/codename/delete-token";
/// HKDF label of the withdrawal secret (protocol 1.7): what deletes the
/// thread's first report through the mailbox route. Unlike the delete
/// token it is in no header, so only the codename gives it.
pub const LABEL_WITHDRAW: &[u8] = b"dropbox/v1/codename/withdraw-secret";
/// argon2id memory cost in KiB (19 MiB).
pub const ARGON2_M_KIB: u32 = 19 * 1024;
/// argon2id passes.
pub const ARGON2_T: u32 = 2;
/// argon2id lanes.
pub const ARGON2_P: u32 = 1;

static WORDLIST_TEXT: &str = include_str!("../wordlists/eff_large_wordlist.txt");

/// The EFF large wordlist, in order.
pub fn wordlist() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| WORDLIST_TEXT.lines().collect())
}

/// A codename could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CodenameError {
    /// Not exactly 8 words.
    #[error("a codename has exactly 8 words, this has {0}")]
    WordCount(usize),
    /// A word that is not on the list (its position, 1-based).
    #[error("word {0} of the codename is not on the word list; check its spelling")]
    UnknownWord(usize),
}

/// A codename. Zeroized on drop; never printed by `Debug`.
pub struct Codename(Zeroizing<String>);

impl Codename {
    /// A fresh random codename.
    pub fn generate() -> Self {
        let list = wordlist();
        let mut rng = rand::rngs::OsRng;
        let words: Vec<&str> = (0..WORDS)
            .map(|_| list[rng.gen_range(0..list.len())])
            .collect();
        Codename(Zeroizing::new(words.join(" ")))
    }

    /// Parses what a person typed.
    pub fn parse(input: &str) -> Result<Self, CodenameError> {
        let lowered = Zeroizing::new(input.to_lowercase());
        let words: Vec<&str> = lowered.split_whitespace().collect();
        if words.len() != WORDS {
            return Err(CodenameError::WordCount(words.len()));
        }
        let list = wordlist();
        for (i, w) in words.iter().enumerate() {
            if list.binary_search(w).is_err() {
                return Err(CodenameError::UnknownWord(i + 1));
            }
        }
        Ok(Codename(Zeroizing::new(words.join(" "))))
    }

    /// The normalised words, to show the reporter once.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Runs the fixed derivation for a team.
    pub fn derive(&self, team: &TeamFingerprint) -> CodenameKeys {
        let mut salt = Vec::with_capacity(SALT_PREFIX.len() + 32);
        salt.extend_from_slice(SALT_PREFIX);
        salt.extend_from_slice(team.as_bytes());
        let params = argon2::Params::new(ARGON2_M_KIB, ARGON2_T, ARGON2_P, Some(32))
            .expect("fixed argon2 parameters are valid");
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut seed = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(self.0.as_bytes(), &salt, seed.as_mut())
            .expect("fixed argon2 inputs are valid");
        keys_from_seed(&seed)
    }
}

/// Expands an argon2 output into the codename's two keys (exposed for the
/// shared vectors, which check both steps separately).
pub fn keys_from_seed(seed: &[u8; 32]) -> CodenameKeys {
    let hk = Hkdf::<Sha256>::new(None, seed);
    let mut x = Zeroizing::new([0u8; 32]);
    let mut e = Zeroizing::new([0u8; 32]);
    let mut q = Zeroizing::new([0u8; 32]);
    hk.expand(LABEL_X25519, x.as_mut())
        .expect("32 bytes is a valid HKDF length");
    hk.expand(LABEL_ED25519, e.as_mut())
        .expect("32 bytes is a valid HKDF length");
    hk.expand(LABEL_HYBRID, q.as_mut())
        .expect("32 bytes is a valid HKDF length");
    let mut d = [0u8; 32];
    hk.expand(LABEL_DELETE, &mut d)
        .expect("32 bytes is a valid HKDF length");
    let mut w = [0u8; 32];
    hk.expand(LABEL_WITHDRAW, &mut w)
        .expect("32 bytes is a valid HKDF length");
    let keys = CodenameKeys {
        identity: AgeIdentity::from_secret_bytes(&x),
        mailbox_key: SignSecretKey::from_seed(&e),
        hybrid: crate::hybrid::HybridIdentity::from_seed(&q),
        delete_token: DeleteToken::from_bytes(d),
        withdraw_secret: WithdrawSecret(w),
    };
    x.zeroize();
    e.zeroize();
    d.zeroize();
    w.zeroize();
    keys
}

impl fmt::Debug for Codename {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Codename(redacted)")
    }
}

/// The keys a codename gives.
pub struct CodenameKeys {
    /// Decrypts replies (and the reporter's own messages).
    pub identity: AgeIdentity,
    /// Signs mailbox reads and follow-ups.
    pub mailbox_key: SignSecretKey,
    /// The codename slot's post-quantum identity, for submissions
    /// encrypted to drop keys (protocol 1.4).
    pub hybrid: crate::hybrid::HybridIdentity,
    /// The delete token of the report that starts this codename's thread
    /// (protocol 1.5; a report sent before carries a random one): so the
    /// reporter can withdraw it with nothing kept but the codename.
    pub delete_token: DeleteToken,
    /// The secret whose hash the thread's first report is uploaded with
    /// (`Dropbox-Withdraw-Hash`, protocol 1.7), and which the mailbox
    /// route wants to delete it.
    pub withdraw_secret: WithdrawSecret,
}

/// 32 bytes whose sha256 an upload carries in `Dropbox-Withdraw-Hash`
/// (protocol 1.7): derived from the codename for the report that starts a
/// thread, random for anything else (so every upload looks the same to
/// the server). No header of any bundle carries it: holding the delete
/// token (every recipient does) is not enough to withdraw a report.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct WithdrawSecret([u8; 32]);

impl WithdrawSecret {
    /// A fresh random secret (an upload nobody can withdraw).
    pub fn generate() -> Self {
        use rand::RngCore;
        let mut b = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut b);
        WithdrawSecret(b)
    }

    /// A secret with these bytes (tests).
    pub fn from_bytes(b: [u8; 32]) -> Self {
        WithdrawSecret(b)
    }

    /// The hash the upload carries in `Dropbox-Withdraw-Hash`.
    pub fn hash(&self) -> Sha256Digest {
        Sha256Digest::of(&self.0)
    }

    /// The secret as a withdrawal sends it (unpadded base64url).
    pub fn expose_text(&self) -> String {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(self.0)
    }

    /// Parses the text form (canonical only).
    pub fn from_text(s: &str) -> Option<Self> {
        use base64::Engine;
        let b = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(s)
            .ok()?;
        let t = WithdrawSecret(b.try_into().ok()?);
        (t.expose_text() == s).then_some(t)
    }
}

impl fmt::Debug for WithdrawSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WithdrawSecret(redacted)")
    }
}

impl CodenameKeys {
    /// The mailbox id.
    pub fn mailbox(&self) -> MailboxId {
        MailboxId::from_key_bytes(self.mailbox_key.public().to_bytes())
    }

    /// The thread id reports and follow-ups carry.
    pub fn thread(&self) -> Sha256Digest {
        thread_of(&self.mailbox())
    }

    /// The keyid that signs as this mailbox.
    pub fn keyid(&self) -> String {
        format!("mbx:{}", self.mailbox())
    }
}

/// The thread id of a mailbox: sha256 of its ed25519 key.
pub fn thread_of(mailbox: &MailboxId) -> Sha256Digest {
    Sha256Digest::of(mailbox.key_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordlist_is_the_eff_large_list() {
        let l = wordlist();
        assert_eq!(l.len(), 7776);
        assert_eq!(l[0], "abacus");
        assert_eq!(l[7775], "zoom");
        assert!(
            l.windows(2).all(|w| w[0] < w[1]),
            "sorted, for binary search"
        );
    }

    #[test]
    fn parse_normalises_and_refuses() {
        let c = Codename::parse("  Abacus abdomen\tabdominal abide abiding ability ablaze able ")
            .unwrap();
        assert_eq!(
            c.expose(),
            "abacus abdomen abdominal abide abiding ability ablaze able"
        );
        assert_eq!(
            Codename::parse("abacus").unwrap_err(),
            CodenameError::WordCount(1)
        );
        assert_eq!(
            Codename::parse("abacus abdomen abdominal abide abiding ability ablaze zzzz")
                .unwrap_err(),
            CodenameError::UnknownWord(8)
        );
        assert_eq!(
            Codename::parse(Codename::generate().expose())
                .unwrap()
                .expose()
                .split(' ')
                .count(),
            8
        );
    }

    #[test]
    fn derivation_is_deterministic_and_team_bound() {
        let c =
            Codename::parse("abacus abdomen abdominal abide abiding ability ablaze able").unwrap();
        let t1 = TeamFingerprint(Sha256Digest([1; 32]));
        let t2 = TeamFingerprint(Sha256Digest([2; 32]));
        let a = c.derive(&t1);
        let b = c.derive(&t1);
        let other = c.derive(&t2);
        assert_eq!(a.mailbox(), b.mailbox());
        assert_eq!(a.identity.recipient(), b.identity.recipient());
        assert_ne!(a.mailbox(), other.mailbox());
        assert_eq!(a.delete_token, b.delete_token);
        assert_ne!(a.delete_token, other.delete_token);
        // Not the key bytes under another name.
        assert_ne!(a.delete_token.hash(), a.thread());
        assert_eq!(a.keyid(), format!("mbx:{}", a.mailbox()));
    }
}
