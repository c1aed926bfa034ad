//! Identifier newtypes: parsed once at the boundary, so an invalid id cannot
//! exist inside the program.

use std::fmt;
use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// An identifier string that failed validation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// A member id must be 1–64 characters of `a-z 0-9 . _ -`, starting with
    /// a letter or digit.
    #[error("invalid member id {0:?}: use 1-64 characters a-z, 0-9, '.', '_' or '-'")]
    MemberId(String),
    /// A sha256 digest must be 64 lowercase hex digits.
    #[error("invalid sha256 digest {0:?}: expected 64 lowercase hex digits")]
    Digest(String),
    /// A mailbox id must be the unpadded base64url of a 32-byte key.
    #[error("invalid mailbox id {0:?}")]
    MailboxId(String),
    /// A random id must be 32 lowercase hex digits.
    #[error("invalid id {0:?}: expected 32 lowercase hex digits")]
    RandomId(String),
}

macro_rules! string_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
        impl TryFrom<String> for $t {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, IdError> {
                s.parse()
            }
        }
        impl TryFrom<&str> for $t {
            type Error = IdError;
            fn try_from(s: &str) -> Result<Self, IdError> {
                s.parse()
            }
        }
    };
}

/// A team member's id in the roster (`alice`, `m-2`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MemberId(String);

impl MemberId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for MemberId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        let b = s.as_bytes();
        let ok = !b.is_empty()
            && b.len() <= 64
            && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
            && b.iter().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
            });
        if ok {
            Ok(MemberId(s.to_owned()))
        } else {
            Err(IdError::MemberId(s.to_owned()))
        }
    }
}

impl fmt::Display for MemberId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
string_serde!(MemberId);

/// A SHA-256 digest, written as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sha256Digest(pub [u8; 32]);

impl Sha256Digest {
    /// The digest of `data`.
    pub fn of(data: &[u8]) -> Self {
        Sha256Digest(Sha256::digest(data).into())
    }

    /// The first 12 hex digits, for people to compare by eye.
    pub fn short(&self) -> String {
        self.to_string()[..12].to_owned()
    }
}

impl fmt::Display for Sha256Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Sha256Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256Digest({self})")
    }
}

pub(crate) fn parse_hex32(s: &str) -> Option<[u8; 32]> {
    let b = s.as_bytes();
    if b.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in b.chunks(2).enumerate() {
        let hi = hex_val(pair[0])?;
        let lo = hex_val(pair[1])?;
        out[i] = hi << 4 | lo;
    }
    Some(out)
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

impl FromStr for Sha256Digest {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        parse_hex32(s)
            .map(Sha256Digest)
            .ok_or_else(|| IdError::Digest(s.to_owned()))
    }
}
string_serde!(Sha256Digest);

/// The team fingerprint: sha256 of the first roster's payload. It is the
/// trust anchor a reporter brings from the team's own website.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TeamFingerprint(pub Sha256Digest);

impl TeamFingerprint {
    /// The raw 32 bytes (used in the codename salt).
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0.0
    }
}

impl fmt::Display for TeamFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Debug for TeamFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TeamFingerprint({})", self.0)
    }
}

impl FromStr for TeamFingerprint {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        s.parse().map(TeamFingerprint)
    }
}
string_serde!(TeamFingerprint);

/// A reporter's mailbox: the unpadded base64url of the codename's ed25519
/// public key.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct MailboxId([u8; 32]);

impl MailboxId {
    /// The mailbox of an ed25519 public key.
    pub fn from_key_bytes(key: [u8; 32]) -> Self {
        MailboxId(key)
    }

    /// The ed25519 public key bytes this id names.
    pub fn key_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Display for MailboxId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&URL_SAFE_NO_PAD.encode(self.0))
    }
}

impl fmt::Debug for MailboxId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MailboxId({self})")
    }
}

impl FromStr for MailboxId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        let err = || IdError::MailboxId(s.to_owned());
        if s.len() != 43 {
            return Err(err());
        }
        let bytes = URL_SAFE_NO_PAD.decode(s).map_err(|_| err())?;
        let key: [u8; 32] = bytes.try_into().map_err(|_| err())?;
        // Refuse non-canonical encodings (stray low bits in the last char).
        let id = MailboxId(key);
        if id.to_string() != s {
            return Err(err());
        }
        Ok(id)
    }
}
string_serde!(MailboxId);

macro_rules! random_id {
    ($(#[$doc:meta])* $t:ident, $err:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $t(pub [u8; 16]);

        impl $t {
            /// A fresh random id (128 bits from the OS).
            pub fn random() -> Self {
                use rand::RngCore;
                let mut b = [0u8; 16];
                rand::rngs::OsRng.fill_bytes(&mut b);
                $t(b)
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                for b in self.0 {
                    write!(f, "{b:02x}")?;
                }
                Ok(())
            }
        }

        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({self})", stringify!($t))
            }
        }

        impl FromStr for $t {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, IdError> {
                let b = s.as_bytes();
                let mut out = [0u8; 16];
                if b.len() != 32 {
                    return Err(IdError::$err(s.to_owned()));
                }
                for (i, pair) in b.chunks(2).enumerate() {
                    match (hex_val(pair[0]), hex_val(pair[1])) {
                        (Some(h), Some(l)) => out[i] = h << 4 | l,
                        _ => return Err(IdError::$err(s.to_owned())),
                    }
                }
                Ok($t(out))
            }
        }
        string_serde!($t);
    };
}

random_id!(
    /// A submission on the server: 128 random bits, 32 lowercase hex digits.
    SubmissionId, RandomId
);
random_id!(
    /// A case in the reviewers' stores.
    CaseId, RandomId
);
random_id!(
    /// A team event, unique so replays can be dropped.
    EventId, RandomId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_ids_are_restricted() {
        assert!("alice".parse::<MemberId>().is_ok());
        assert!("m-2.b_c".parse::<MemberId>().is_ok());
        for bad in ["", "Alice", "-a", "a b", "é", &"a".repeat(65)] {
            assert!(bad.parse::<MemberId>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn digests_are_lowercase_hex() {
        let d = Sha256Digest::of(b"abc");
        assert_eq!(
            d.to_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(d.to_string().parse::<Sha256Digest>().unwrap(), d);
        assert!(
            d.to_string()
                .to_uppercase()
                .parse::<Sha256Digest>()
                .is_err()
        );
    }

    #[test]
    fn mailbox_ids_are_canonical() {
        let id = MailboxId::from_key_bytes([7; 32]);
        let s = id.to_string();
        assert_eq!(s.parse::<MailboxId>().unwrap(), id);
        // Flip the lowest bit of the last character: for 32 bytes it is a
        // padding bit, so the result decodes to the same key non-canonically.
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut tweaked = s.into_bytes();
        let last = tweaked.last_mut().unwrap();
        let idx = ALPHABET.iter().position(|c| c == last).unwrap();
        *last = ALPHABET[idx ^ 1];
        let tweaked = String::from_utf8(tweaked).unwrap();
        assert!(tweaked.parse::<MailboxId>().is_err());
    }
}
