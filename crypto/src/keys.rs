//! Public and secret key types, with strict ed25519 on both sides.
//!
//! Verification uses `verify_strict` and additionally refuses public keys
//! whose encoding is not canonical, so it agrees with `@noble/curves` run with
//! `zip215: false` (the shared vectors under `tests/vectors/ed25519/` prove
//! it). Secret types zeroize on drop, are not `Clone` and print redacted.

use std::fmt;
use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signer as _, SigningKey};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The text prefix of an ed25519 public key in rosters and cards.
pub const ED25519_PREFIX: &str = "ed25519:";

/// A key or signature that could not be parsed or did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// Not `ed25519:` followed by the standard base64 of 32 bytes.
    #[error("invalid ed25519 public key {0:?}: expected \"ed25519:\" and 44 base64 characters")]
    Ed25519Encoding(String),
    /// A public key that is not a canonical encoding of a curve point, or a
    /// small-order point.
    #[error("ed25519 public key is not a canonical, full-order point")]
    WeakKey,
    /// Not an `age1…` X25519 recipient.
    #[error("invalid age recipient {0:?}: expected an X25519 recipient \"age1...\"")]
    AgeRecipient(String),
    /// Not an `AGE-SECRET-KEY-1…` identity.
    #[error("invalid age identity")]
    AgeIdentity,
    /// A signature is not 64 bytes of standard base64.
    #[error("malformed signature")]
    MalformedSignature,
    /// A signature that does not verify under the strict rules.
    #[error("signature does not verify")]
    BadSignature,
}

/// An ed25519 public key (`ed25519:<base64>`), known to be canonical and not
/// of small order.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SignPublicKey(ed25519_dalek::VerifyingKey);

impl SignPublicKey {
    /// Parses raw key bytes, refusing non-canonical and small-order points.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, KeyError> {
        let vk = ed25519_dalek::VerifyingKey::from_bytes(bytes).map_err(|_| KeyError::WeakKey)?;
        // from_bytes accepts a y coordinate >= p; noble (zip215: false) does not.
        if vk.to_bytes() != *bytes || !y_is_canonical(bytes) || vk.is_weak() {
            return Err(KeyError::WeakKey);
        }
        Ok(SignPublicKey(vk))
    }

    /// The raw 32 bytes.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// Verifies `sig` over `msg` with the strict rules.
    pub fn verify(&self, msg: &[u8], sig: &[u8]) -> Result<(), KeyError> {
        let sig: [u8; 64] = sig.try_into().map_err(|_| KeyError::MalformedSignature)?;
        // R must be a canonical encoding too, as in noble's strict mode.
        let r: [u8; 32] = sig[..32].try_into().expect("64-byte signature");
        if !y_is_canonical(&r) {
            return Err(KeyError::BadSignature);
        }
        let sig = ed25519_dalek::Signature::from_bytes(&sig);
        self.0
            .verify_strict(msg, &sig)
            .map_err(|_| KeyError::BadSignature)
    }
}

/// Whether the 255-bit y coordinate of an encoded point is below p = 2^255 − 19.
fn y_is_canonical(enc: &[u8; 32]) -> bool {
    let mut y = *enc;
    y[31] &= 0x7f;
    // p = 0x7fff…ffed (little-endian: ed ff … ff 7f). y >= p only when every
    // byte from 1 to 30 is 0xff, byte 31 is 0x7f and byte 0 >= 0xed.
    !(y[31] == 0x7f && y[1..31].iter().all(|&b| b == 0xff) && y[0] >= 0xed)
}

impl fmt::Display for SignPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{ED25519_PREFIX}{}", STANDARD.encode(self.0.to_bytes()))
    }
}

impl fmt::Debug for SignPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SignPublicKey({self})")
    }
}

impl FromStr for SignPublicKey {
    type Err = KeyError;
    fn from_str(s: &str) -> Result<Self, KeyError> {
        let err = || KeyError::Ed25519Encoding(s.to_owned());
        let b64 = s.strip_prefix(ED25519_PREFIX).ok_or_else(err)?;
        let bytes = decode_b64_exact(b64).ok_or_else(err)?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| err())?;
        SignPublicKey::from_bytes(&bytes)
    }
}

/// Decodes standard padded base64, refusing non-canonical encodings.
pub(crate) fn decode_b64_exact(s: &str) -> Option<Vec<u8>> {
    let bytes = STANDARD.decode(s).ok()?;
    (STANDARD.encode(&bytes) == s).then_some(bytes)
}

impl Serialize for SignPublicKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SignPublicKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// An ed25519 secret key. Zeroized on drop; never printed.
pub struct SignSecretKey(SigningKey);

impl SignSecretKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        SignSecretKey(SigningKey::generate(&mut rand::rngs::OsRng))
    }

    /// The key with this 32-byte seed (used for derived and test keys).
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        SignSecretKey(SigningKey::from_bytes(seed))
    }

    /// The seed, for storing the key encrypted at rest.
    pub fn expose_seed(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.0.to_bytes())
    }

    /// The public half.
    pub fn public(&self) -> SignPublicKey {
        SignPublicKey(self.0.verifying_key())
    }

    /// Signs `msg` (ed25519 is deterministic: the same key and message give
    /// the same signature).
    pub fn sign(&self, msg: &[u8]) -> [u8; 64] {
        self.0.sign(msg).to_bytes()
    }
}

impl fmt::Debug for SignSecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SignSecretKey({}, secret redacted)", self.public())
    }
}

/// An X25519 age recipient (`age1…`).
#[derive(Clone)]
pub struct AgeRecipient(age::x25519::Recipient);

impl AgeRecipient {
    /// The age library's recipient, for encryption.
    pub fn as_age(&self) -> &age::x25519::Recipient {
        &self.0
    }
}

impl PartialEq for AgeRecipient {
    fn eq(&self, other: &Self) -> bool {
        self.to_string() == other.to_string()
    }
}
impl Eq for AgeRecipient {}

impl fmt::Display for AgeRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Debug for AgeRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AgeRecipient({self})")
    }
}

impl FromStr for AgeRecipient {
    type Err = KeyError;
    fn from_str(s: &str) -> Result<Self, KeyError> {
        let r: age::x25519::Recipient = s
            .parse()
            .map_err(|_| KeyError::AgeRecipient(s.to_owned()))?;
        // Refuse mixed case and other spellings that parse but differ.
        if r.to_string() != s {
            return Err(KeyError::AgeRecipient(s.to_owned()));
        }
        Ok(AgeRecipient(r))
    }
}

impl Serialize for AgeRecipient {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AgeRecipient {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// An X25519 age identity. Zeroized on drop (inside the age crate); never
/// printed.
pub struct AgeIdentity(age::x25519::Identity);

impl AgeIdentity {
    /// A fresh random identity.
    pub fn generate() -> Self {
        AgeIdentity(age::x25519::Identity::generate())
    }

    /// The identity with these 32 secret bytes (used for derived keys).
    pub fn from_secret_bytes(bytes: &[u8; 32]) -> Self {
        let hrp = bech32::Hrp::parse_unchecked("AGE-SECRET-KEY-");
        let encoded = Zeroizing::new(
            bech32::encode::<bech32::Bech32>(hrp, bytes)
                .expect("32 bytes fit in bech32")
                .to_uppercase(),
        );
        AgeIdentity(encoded.parse().expect("a freshly encoded identity parses"))
    }

    /// The `AGE-SECRET-KEY-1…` string, for storing it encrypted at rest or
    /// handing it to the `age` CLI.
    pub fn expose_string(&self) -> Zeroizing<String> {
        use secrecy::ExposeSecret;
        Zeroizing::new(self.0.to_string().expose_secret().to_owned())
    }

    /// The public recipient.
    pub fn recipient(&self) -> AgeRecipient {
        AgeRecipient(self.0.to_public())
    }

    /// The age library's identity, for decryption.
    pub fn as_age(&self) -> &age::x25519::Identity {
        &self.0
    }
}

impl FromStr for AgeIdentity {
    type Err = KeyError;
    fn from_str(s: &str) -> Result<Self, KeyError> {
        s.trim()
            .parse()
            .map(AgeIdentity)
            .map_err(|_| KeyError::AgeIdentity)
    }
}

impl fmt::Debug for AgeIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AgeIdentity({}, secret redacted)", self.recipient())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_and_verify_round_trip() {
        let sk = SignSecretKey::from_seed(&[1; 32]);
        let pk = sk.public();
        let sig = sk.sign(b"hello");
        pk.verify(b"hello", &sig).unwrap();
        assert_eq!(pk.verify(b"hellp", &sig), Err(KeyError::BadSignature));
        assert_eq!(pk.to_string().parse::<SignPublicKey>().unwrap(), pk);
    }

    #[test]
    fn small_order_and_non_canonical_keys_are_refused() {
        // The identity point (y = 1) has order 1.
        let mut id = [0u8; 32];
        id[0] = 1;
        assert_eq!(SignPublicKey::from_bytes(&id), Err(KeyError::WeakKey));
        // y = p + 1 is a non-canonical spelling of the identity.
        let mut nc = [0xffu8; 32];
        nc[0] = 0xee;
        nc[31] = 0x7f;
        assert!(SignPublicKey::from_bytes(&nc).is_err());
    }

    #[test]
    fn age_identity_from_bytes_matches_its_recipient() {
        let id = AgeIdentity::from_secret_bytes(&[9; 32]);
        let again: AgeIdentity = id.expose_string().parse().unwrap();
        assert_eq!(id.recipient(), again.recipient());
        assert!(id.recipient().to_string().starts_with("age1"));
        assert!(!format!("{id:?}").contains("AGE-SECRET"));
    }
}
