//! DSSE envelopes: the one shape every signed object takes.
//!
//! Each kind has its own `payloadType`, and the signature covers the DSSE
//! pre-authentication encoding (PAE) of type and payload, so a signature of
//! one kind can never be read as another. The payload itself must be
//! canonical JSON ([`crate::jcs`]).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use crate::jcs;
use crate::keys::{KeyError, SignPublicKey, SignSecretKey, decode_b64_exact};

/// Payload type of a roster.
pub const ROSTER_TYPE: &str = "application/vnd.dropbox.roster.v1+json";
/// Payload type of a reply from the team to a reporter.
pub const REPLY_TYPE: &str = "application/vnd.dropbox.reply.v1+json";
/// Payload type of a team event.
pub const EVENT_TYPE: &str = "application/vnd.dropbox.event.v1+json";
/// Payload type of a reporter's follow-up.
pub const FOLLOWUP_TYPE: &str = "application/vnd.dropbox.followup.v1+json";
/// Payload type of a reporter's thread record (protocol 1.3): who the
/// thread's first report went to and who it left out.
pub const THREAD_TYPE: &str = "application/vnd.dropbox.thread.v1+json";
/// Payload type of a reporter's withdrawal of its report (protocol 1.4).
pub const WITHDRAWAL_TYPE: &str = "application/vnd.dropbox.withdrawal.v1+json";
/// Payload type of a drop key (reserved: DESIGN "Planned next").
pub const DROPKEY_TYPE: &str = "application/vnd.dropbox.dropkey.v1+json";

/// The payload types this version knows; any other is refused.
pub const KNOWN_TYPES: [&str; 7] = [
    ROSTER_TYPE,
    REPLY_TYPE,
    EVENT_TYPE,
    FOLLOWUP_TYPE,
    THREAD_TYPE,
    WITHDRAWAL_TYPE,
    DROPKEY_TYPE,
];

/// Largest envelope accepted, before any parsing.
pub const MAX_ENVELOPE_BYTES: usize = 1 << 20;

/// Why an envelope was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DsseError {
    /// Not a DSSE JSON object, or over the size limit.
    #[error("malformed DSSE envelope: {0}")]
    Malformed(String),
    /// The `payloadType` is not one this version knows.
    #[error("unknown payloadType {0:?}")]
    UnknownPayloadType(String),
    /// The `payloadType` is known but not the one expected here.
    #[error("wrong payloadType: expected {expected}, found {found}")]
    WrongPayloadType {
        /// What the caller asked for.
        expected: &'static str,
        /// What the envelope says.
        found: String,
    },
    /// A signature entry that is not 64 bytes of standard base64, or lacks a
    /// keyid.
    #[error("malformed signature entry")]
    MalformedSignature,
    /// The payload is not canonical JSON.
    #[error("payload is not canonical JSON: {0}")]
    Payload(#[from] jcs::JcsError),
}

impl DsseError {
    /// A stable code for test vectors shared with the page.
    pub fn code(&self) -> &'static str {
        match self {
            DsseError::Malformed(_) => "dsse-malformed",
            DsseError::UnknownPayloadType(_) => "dsse-unknown-payload-type",
            DsseError::WrongPayloadType { .. } => "dsse-wrong-payload-type",
            DsseError::MalformedSignature => "dsse-malformed-signature",
            DsseError::Payload(e) => e.code(),
        }
    }
}

/// One signature in an envelope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// Who signed: a member id, or `mbx:<mailbox id>` for a codename key.
    pub keyid: String,
    /// Standard base64 of the 64-byte ed25519 signature.
    pub sig: String,
}

/// A DSSE envelope as it travels (JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// Standard base64 of the payload bytes.
    pub payload: String,
    /// What the payload is.
    #[serde(rename = "payloadType")]
    pub payload_type: String,
    /// The signatures over PAE(payloadType, payload).
    pub signatures: Vec<Signature>,
}

/// An envelope whose structure, type and payload form have been checked;
/// its signatures have not (that needs the signer's keys).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// The payload type, one of [`KNOWN_TYPES`].
    pub payload_type: &'static str,
    /// The canonical payload bytes.
    pub payload: Vec<u8>,
    /// (keyid, 64-byte signature) pairs, in envelope order.
    pub signatures: Vec<(String, [u8; 64])>,
}

/// The DSSE v1 pre-authentication encoding.
pub fn pae(payload_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + payload_type.len() + 32);
    out.extend_from_slice(b"DSSEv1 ");
    out.extend_from_slice(payload_type.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload_type.as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload);
    out
}

impl Envelope {
    /// Signs `payload` (already canonical) with each of `signers`.
    pub fn sign(payload_type: &str, payload: &[u8], signers: &[(&str, &SignSecretKey)]) -> Self {
        let mut env = Envelope {
            payload: STANDARD.encode(payload),
            payload_type: payload_type.to_owned(),
            signatures: Vec::new(),
        };
        for (keyid, key) in signers {
            let sig = key.sign(&pae(payload_type, payload));
            env.push_signature(keyid, sig);
        }
        env
    }

    fn push_signature(&mut self, keyid: &str, sig: [u8; 64]) {
        self.signatures.retain(|s| s.keyid != keyid);
        self.signatures.push(Signature {
            keyid: keyid.to_owned(),
            sig: STANDARD.encode(sig),
        });
    }

    /// Adds one signature (threshold signing passes the envelope between
    /// admins, each adding theirs).
    pub fn add_signature(&mut self, keyid: &str, key: &SignSecretKey) -> Result<(), DsseError> {
        let payload = decode_b64_exact(&self.payload)
            .ok_or_else(|| DsseError::Malformed("payload is not canonical base64".into()))?;
        let sig = key.sign(&pae(&self.payload_type, &payload));
        self.push_signature(keyid, sig);
        Ok(())
    }

    /// Parses envelope JSON bytes (size-limited, strict).
    pub fn from_json(bytes: &[u8]) -> Result<Self, DsseError> {
        if bytes.len() > MAX_ENVELOPE_BYTES {
            return Err(DsseError::Malformed("envelope too large".into()));
        }
        let v = jcs::parse_strict(bytes).map_err(|e| DsseError::Malformed(e.to_string()))?;
        serde_json::from_value(v).map_err(|e| DsseError::Malformed(e.to_string()))
    }

    /// The envelope as canonical JSON.
    pub fn to_json(&self) -> Vec<u8> {
        jcs::to_canonical(self)
    }

    /// Checks structure, payload type (must be `expected`), signature form and
    /// payload canonicality.
    pub fn parse(&self, expected: &'static str) -> Result<Parsed, DsseError> {
        let payload_type = KNOWN_TYPES
            .iter()
            .copied()
            .find(|t| *t == self.payload_type)
            .ok_or_else(|| DsseError::UnknownPayloadType(self.payload_type.clone()))?;
        if payload_type != expected {
            return Err(DsseError::WrongPayloadType {
                expected,
                found: self.payload_type.clone(),
            });
        }
        let payload = decode_b64_exact(&self.payload)
            .ok_or_else(|| DsseError::Malformed("payload is not canonical base64".into()))?;
        let mut signatures = Vec::with_capacity(self.signatures.len());
        for s in &self.signatures {
            if s.keyid.is_empty() || s.keyid.len() > 128 {
                return Err(DsseError::MalformedSignature);
            }
            let sig = decode_b64_exact(&s.sig).ok_or(DsseError::MalformedSignature)?;
            let sig: [u8; 64] = sig.try_into().map_err(|_| DsseError::MalformedSignature)?;
            signatures.push((s.keyid.clone(), sig));
        }
        jcs::parse_canonical(&payload)?;
        Ok(Parsed {
            payload_type,
            payload,
            signatures,
        })
    }
}

impl Parsed {
    /// Verifies one signature entry against `key` with strict ed25519.
    pub fn verify_one(&self, sig: &[u8; 64], key: &SignPublicKey) -> Result<(), KeyError> {
        key.verify(&pae(self.payload_type, &self.payload), sig)
    }

    /// The payload deserialised into `T` (already known canonical).
    pub fn payload_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, jcs::JcsError> {
        jcs::from_canonical(&self.payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pae_matches_the_dsse_spec_example() {
        assert_eq!(
            pae("http://example.com/HelloWorld", b"hello world"),
            b"DSSEv1 29 http://example.com/HelloWorld 11 hello world".to_vec()
        );
    }

    #[test]
    fn a_signature_of_one_kind_is_not_another() {
        let key = SignSecretKey::from_seed(&[3; 32]);
        let env = Envelope::sign(REPLY_TYPE, br#"{"a":1}"#, &[("alice", &key)]);
        let parsed = env.parse(REPLY_TYPE).unwrap();
        parsed
            .verify_one(&parsed.signatures[0].1, &key.public())
            .unwrap();
        let mut other = env.clone();
        other.payload_type = EVENT_TYPE.into();
        let p = other.parse(EVENT_TYPE).unwrap();
        assert!(p.verify_one(&p.signatures[0].1, &key.public()).is_err());
        assert!(matches!(
            env.parse(EVENT_TYPE),
            Err(DsseError::WrongPayloadType { .. })
        ));
        let mut unknown = env;
        unknown.payload_type = "application/json".into();
        assert_eq!(
            unknown.parse(REPLY_TYPE).unwrap_err().code(),
            "dsse-unknown-payload-type"
        );
    }
}
