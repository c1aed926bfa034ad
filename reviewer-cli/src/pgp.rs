//! OpenPGP for the reviewer: sharing a case with an outside party, and
//! importing a report that arrived as OpenPGP-encrypted mail (DESIGN
//! "Reviewer", "Sharing under TLP"; POLICY "Traffic Light Protocol").
//!
//! - [`encrypt_to`] encrypts to an outside party's [`Certificate`] so that
//!   any OpenPGP implementation (GnuPG in particular) can decrypt it: v4
//!   packets, SEIPD v1 unless the certificate says it reads v2, ASCII armor.
//! - [`decrypt_mail`] decrypts a report with the team's OpenPGP secret key
//!   ([`TeamKey`]): a bare message (armored or binary), an RFC 822 mail with
//!   inline PGP, or PGP/MIME (RFC 3156). [`find_pgp_message`] is the pure
//!   extraction step, kept apart so a fuzz target can call it.
//!
//! Invariants:
//! - Everything here parses untrusted input: inputs and decrypted plaintexts
//!   over [`MAX_INPUT`] bytes are refused, never read further.
//! - Only the standard policy of Sequoia is used, at the current time: an
//!   expired, revoked or policy-rejected certificate gets nothing encrypted
//!   to it.
//! - A message that is not encrypted is refused: a mailed report must be
//!   encrypted to the team key. Signatures are not checked (the sender of a
//!   report is not known in advance).
//! - Decryption errors stay coarse (not for the team key, decryption failed)
//!   so they teach an attacker nothing.
//! - Decrypted plaintext and the secret key's armored export live in
//!   [`Zeroizing`] buffers. Limit: the MIME parser's own decoded copies of
//!   quoted-printable or base64 parts are freed without being wiped.

use std::fmt;
use std::io::{Read, Write};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use mail_parser::{MessageParser, MimeHeaders, PartType};
use openpgp::cert::prelude::*;
use openpgp::crypto::{KeyPair, Password, S2K, SessionKey};
use openpgp::packet::key::SecretKeyMaterial;
use openpgp::packet::{PKESK, Packet, SKESK};
use openpgp::parse::Parse;
use openpgp::parse::stream::{
    DecryptionHelper, DecryptorBuilder, MessageLayer, MessageStructure, VerificationHelper,
};
use openpgp::policy::StandardPolicy;
use openpgp::serialize::SerializeInto;
use openpgp::serialize::stream::{Armorer, Encryptor, LiteralWriter, Message as PgpMessage};
use openpgp::types::{KeyFlags, RevocationStatus, SymmetricAlgorithm};
use sequoia_openpgp as openpgp;
use zeroize::Zeroizing;

/// The largest input (mail, message, key file) and the largest decrypted
/// plaintext accepted: 64 MiB.
pub const MAX_INPUT: usize = 64 * 1024 * 1024;

/// How deep mails nested in mails (message/rfc822) are searched for a PGP
/// message.
const MAX_NESTING: usize = 4;

/// Sequoia's standard policy; `new` is const, so one shared instance.
static POLICY: StandardPolicy<'static> = StandardPolicy::new();

const ARMOR_BEGIN: &[u8] = b"-----BEGIN PGP MESSAGE-----";
const ARMOR_END: &[u8] = b"-----END PGP MESSAGE-----";

/// What went wrong with OpenPGP data; each says what the user can do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PgpError {
    /// The input is larger than [`MAX_INPUT`].
    #[error("the input is larger than the {limit}-byte limit; refusing to parse it")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The data is not one OpenPGP certificate.
    #[error(
        "not an OpenPGP certificate ({0}); export exactly one with `gpg --export --armor FINGERPRINT`"
    )]
    NotACertificate(String),
    /// The key file holds no secret key material.
    #[error(
        "the file holds no OpenPGP secret key; export it with `gpg --export-secret-keys --armor FINGERPRINT`"
    )]
    NotASecretKey,
    /// The certificate is rejected by the standard policy (e.g. SHA-1 self
    /// signatures, weak algorithms).
    #[error(
        "the certificate is not valid under the standard policy ({0}); ask its owner for an updated one"
    )]
    CertificateRejected(String),
    /// The certificate has expired.
    #[error("the certificate has expired; ask its owner for a renewed one")]
    CertificateExpired,
    /// The certificate is revoked.
    #[error("the certificate is revoked; ask its owner for their new one")]
    CertificateRevoked,
    /// The certificate has no valid, live, encryption-capable key.
    #[error(
        "the certificate has no valid encryption-capable key (all expired, revoked or missing); ask its owner for an updated one"
    )]
    NoEncryptionKey,
    /// The team key has no usable signing key.
    #[error("the team's OpenPGP key has no valid signing key")]
    NoSigningKey,
    /// The team key has no secret key that can decrypt.
    #[error(
        "the team key holds no secret encryption key; export the full secret key, subkeys included"
    )]
    NoDecryptionKey,
    /// A secret key is protected by a passphrase and none was given.
    #[error("the secret key is protected by a passphrase; supply it")]
    SecretKeyLocked,
    /// The passphrase does not unlock the secret key.
    #[error("wrong passphrase for the secret key; try again")]
    WrongPassphrase,
    /// No OpenPGP message was found in the input.
    #[error(
        "no OpenPGP message found (expected an armored `BEGIN PGP MESSAGE` block, a binary message, inline PGP or PGP/MIME mail)"
    )]
    NoPgpMessage,
    /// The OpenPGP message is truncated or damaged.
    #[error("the OpenPGP message is truncated or damaged; ask for it to be sent again")]
    MalformedMessage,
    /// The mail's MIME structure is broken.
    #[error("malformed MIME mail: {0}")]
    MalformedMime(String),
    /// The message is not encrypted at all.
    #[error("the message is not encrypted; reports must be encrypted to the team key")]
    NotEncrypted,
    /// The message is not encrypted to the team key.
    #[error(
        "the message is not encrypted to the team key; check the sender used the current team certificate"
    )]
    NotForTeamKey,
    /// Decryption or its integrity check failed.
    #[error("decryption failed: the message was damaged or altered")]
    DecryptionFailed,
    /// The decrypted plaintext is neither a MIME entity nor UTF-8 text.
    #[error("the decrypted message is neither a MIME entity nor UTF-8 text")]
    NotUtf8,
    /// The string is not an OpenPGP fingerprint.
    #[error("not an OpenPGP fingerprint (expected 40 or 64 hex digits): {0:?}")]
    InvalidFingerprint(String),
    /// An unexpected failure inside the OpenPGP library.
    #[error("OpenPGP library error: {0}")]
    Openpgp(String),
}

fn lib_err(e: impl fmt::Display) -> PgpError {
    PgpError::Openpgp(e.to_string())
}

fn check_size(data: &[u8]) -> Result<(), PgpError> {
    if data.len() > MAX_INPUT {
        return Err(PgpError::TooLarge { limit: MAX_INPUT });
    }
    Ok(())
}

// --- Fingerprints ---------------------------------------------------------

/// An OpenPGP fingerprint: uppercase hex, no spaces; 40 digits (v4) or 64
/// (v6).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PgpFingerprint(String);

impl PgpFingerprint {
    /// The fingerprint as uppercase hex.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn of(fpr: &openpgp::Fingerprint) -> Self {
        PgpFingerprint(fpr.to_hex().to_ascii_uppercase())
    }
}

impl TryFrom<&str> for PgpFingerprint {
    type Error = PgpError;

    /// Accepts spaces (as GnuPG prints them) and lowercase.
    fn try_from(s: &str) -> Result<Self, PgpError> {
        let hex: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let ok = matches!(hex.len(), 40 | 64) && hex.bytes().all(|b| b.is_ascii_hexdigit());
        if !ok {
            return Err(PgpError::InvalidFingerprint(s.to_owned()));
        }
        Ok(PgpFingerprint(hex.to_ascii_uppercase()))
    }
}

impl FromStr for PgpFingerprint {
    type Err = PgpError;

    fn from_str(s: &str) -> Result<Self, PgpError> {
        PgpFingerprint::try_from(s)
    }
}

impl fmt::Display for PgpFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

// --- Certificates ---------------------------------------------------------

/// An outside party's OpenPGP certificate (public key material only).
#[derive(Debug, Clone)]
pub struct Certificate {
    cert: Cert,
}

impl Certificate {
    /// Parses one certificate, armored or binary. A secret key (TSK) is
    /// accepted but its secret parts are dropped at once.
    pub fn from_bytes(data: &[u8]) -> Result<Self, PgpError> {
        check_size(data)?;
        let cert = Cert::from_bytes(data).map_err(|e| PgpError::NotACertificate(e.to_string()))?;
        Ok(Certificate {
            cert: cert.strip_secret_key_material(),
        })
    }

    /// The primary key's fingerprint.
    pub fn fingerprint(&self) -> PgpFingerprint {
        PgpFingerprint::of(&self.cert.fingerprint())
    }

    /// Every user id as stored (lossy UTF-8), valid or not: for display.
    pub fn user_ids(&self) -> Vec<String> {
        self.cert
            .userids()
            .map(|u| String::from_utf8_lossy(u.userid().value()).into_owned())
            .collect()
    }

    /// The email addresses of the user ids that are valid under the standard
    /// policy now and not revoked, lowercased, without duplicates.
    pub fn emails(&self) -> Vec<String> {
        let Ok(vc) = self.cert.with_policy(&POLICY, None) else {
            return Vec::new();
        };
        let mut out: Vec<String> = vc
            .userids()
            .filter(|u| !matches!(u.revocation_status(), RevocationStatus::Revoked(_)))
            .filter_map(|u| {
                u.userid()
                    .email()
                    .ok()
                    .flatten()
                    .map(str::to_ascii_lowercase)
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The domain parts of [`Certificate::emails`], lowercased, without
    /// duplicates: what the TLP AMBER+STRICT check compares with the
    /// organisation named on the case. Only valid, unrevoked user ids count,
    /// since this decides who may receive a case.
    pub fn domains(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .emails()
            .iter()
            .filter_map(|e| e.rsplit_once('@').map(|(_, d)| d.to_owned()))
            .filter(|d| !d.is_empty())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The certificate, ASCII-armored (`BEGIN PGP PUBLIC KEY BLOCK`).
    pub fn to_armored(&self) -> String {
        let bytes = self
            .cert
            .armored()
            .to_vec()
            .expect("serialising a parsed certificate into memory cannot fail");
        String::from_utf8(bytes).expect("ASCII armor is ASCII")
    }
}

/// Encrypts `plaintext` to every valid, unrevoked, live encryption-capable
/// (transport or storage) key of `cert` under the standard policy now, and
/// returns an ASCII-armored OpenPGP message. `filename`, if given, is
/// recorded (without any directory) in the literal data packet.
pub fn encrypt_to(
    cert: &Certificate,
    plaintext: &[u8],
    filename: Option<&str>,
) -> Result<String, PgpError> {
    let vc = cert
        .cert
        .with_policy(&POLICY, None)
        .map_err(|e| PgpError::CertificateRejected(e.to_string()))?;
    if let RevocationStatus::Revoked(_) = vc.revocation_status() {
        return Err(PgpError::CertificateRevoked);
    }
    vc.alive().map_err(|_| PgpError::CertificateExpired)?;
    let recipients: Vec<_> = vc
        .keys()
        .supported()
        .alive()
        .revoked(false)
        .key_flags(
            KeyFlags::empty()
                .set_transport_encryption()
                .set_storage_encryption(),
        )
        .collect();
    if recipients.is_empty() {
        return Err(PgpError::NoEncryptionKey);
    }

    let mut sink = Vec::new();
    let message = PgpMessage::new(&mut sink);
    let message = Armorer::new(message).build().map_err(lib_err)?;
    let message = Encryptor::for_recipients(message, recipients)
        .build()
        .map_err(lib_err)?;
    let mut literal = LiteralWriter::new(message);
    if let Some(name) = filename.map(base_name).filter(|n| !n.is_empty()) {
        // The literal packet holds at most 255 bytes of file name.
        let mut end = name.len().min(255);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        literal = literal.filename(&name[..end]).map_err(lib_err)?;
    }
    let mut w = literal.build().map_err(lib_err)?;
    w.write_all(plaintext).map_err(lib_err)?;
    w.finalize().map_err(lib_err)?;
    String::from_utf8(sink).map_err(lib_err)
}

/// The last component of a path, `/` or `\` separated.
fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or("").trim()
}

// --- The team key ---------------------------------------------------------

/// The team's OpenPGP secret key, used to decrypt mailed reports. Secret key
/// material is held unlocked in memory (Sequoia keeps it encrypted in
/// memory and wipes it on drop). No `Clone`, and `Debug` shows only the
/// fingerprint.
pub struct TeamKey {
    tsk: Cert,
}

impl fmt::Debug for TeamKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TeamKey")
            .field("fingerprint", &self.fingerprint().0)
            .finish_non_exhaustive()
    }
}

impl TeamKey {
    /// Parses a secret key (armored or binary), unlocking any
    /// passphrase-protected secret key material with `passphrase`. Secret
    /// key stubs (GnuPG's "offline" keys) are left as they are.
    pub fn from_bytes(data: &[u8], passphrase: Option<&str>) -> Result<Self, PgpError> {
        check_size(data)?;
        let cert = Cert::from_bytes(data).map_err(|e| PgpError::NotACertificate(e.to_string()))?;
        if !cert.is_tsk() {
            return Err(PgpError::NotASecretKey);
        }
        let password = passphrase.map(Password::from);
        let mut unlocked: Vec<Packet> = Vec::new();
        for ka in cert.keys().secret() {
            let key = ka.key();
            let SecretKeyMaterial::Encrypted(e) = key.optional_secret().expect("secret() filter")
            else {
                continue;
            };
            if matches!(e.s2k(), S2K::Private { .. } | S2K::Unknown { .. }) {
                // A stub without key material (gnu-dummy, smartcard).
                continue;
            }
            let Some(password) = &password else {
                return Err(PgpError::SecretKeyLocked);
            };
            let key = key
                .clone()
                .decrypt_secret(password)
                .map_err(|_| PgpError::WrongPassphrase)?;
            unlocked.push(if ka.primary() {
                key.role_into_primary().into()
            } else {
                key.role_into_subordinate().into()
            });
        }
        let (tsk, _) = cert.insert_packets(unlocked).map_err(lib_err)?;
        let team = TeamKey { tsk };
        if team.decryption_keys().is_empty() {
            return Err(PgpError::NoDecryptionKey);
        }
        Ok(team)
    }

    /// Generates a new team key: Ed25519 primary (certification), Ed25519
    /// signing subkey, Cv25519 encryption subkey (transport and storage), v4
    /// (RFC 4880 profile) so that GnuPG 2.2 users can encrypt to it; no
    /// expiry, since it is rotated when a holder leaves.
    pub fn generate(userid: &str) -> Result<Self, PgpError> {
        let (tsk, _revocation) = CertBuilder::new()
            .set_profile(openpgp::Profile::RFC4880)
            .map_err(lib_err)?
            .set_cipher_suite(CipherSuite::Cv25519)
            .add_userid(userid)
            .add_signing_subkey()
            .add_subkey(
                KeyFlags::empty()
                    .set_transport_encryption()
                    .set_storage_encryption(),
                None,
                None,
            )
            .generate()
            .map_err(lib_err)?;
        Ok(TeamKey { tsk })
    }

    /// The primary key's fingerprint.
    pub fn fingerprint(&self) -> PgpFingerprint {
        PgpFingerprint::of(&self.tsk.fingerprint())
    }

    /// An ASCII-armored detached signature over `data` by a valid signing
    /// key: the team's attestation of roster #1 (DESIGN "Roster"), which
    /// `dropbox-submit --team-pgp CERT` checks against the key the team's
    /// security.txt names.
    pub fn sign_detached(&self, data: &[u8]) -> Result<String, PgpError> {
        let policy = StandardPolicy::new();
        let keypair = self
            .tsk
            .keys()
            .unencrypted_secret()
            .with_policy(&policy, None)
            .supported()
            .alive()
            .revoked(false)
            .for_signing()
            .next()
            .ok_or(PgpError::NoSigningKey)?
            .key()
            .clone()
            .into_keypair()
            .map_err(lib_err)?;
        let mut sink = Vec::new();
        let message = PgpMessage::new(&mut sink);
        let message = Armorer::new(message)
            .kind(openpgp::armor::Kind::Signature)
            .build()
            .map_err(lib_err)?;
        let mut signer = openpgp::serialize::stream::Signer::new(message, keypair)
            .map_err(lib_err)?
            .detached()
            .build()
            .map_err(lib_err)?;
        signer.write_all(data).map_err(lib_err)?;
        signer.finalize().map_err(lib_err)?;
        String::from_utf8(sink).map_err(lib_err)
    }

    /// The public certificate, to publish so reporters can encrypt to it.
    pub fn certificate(&self) -> Certificate {
        Certificate {
            cert: self.tsk.clone().strip_secret_key_material(),
        }
    }

    /// The whole secret key, ASCII-armored and unprotected: the caller stores
    /// it encrypted at rest.
    pub fn to_armored_secret(&self) -> Zeroizing<String> {
        let bytes = Zeroizing::new(
            self.tsk
                .as_tsk()
                .armored()
                .to_vec()
                .expect("serialising a parsed key into memory cannot fail"),
        );
        Zeroizing::new(
            std::str::from_utf8(&bytes)
                .expect("ASCII armor is ASCII")
                .to_owned(),
        )
    }

    /// Key pairs for every unlocked secret key flagged for encryption.
    /// Expired or revoked keys still decrypt what was sent to them before.
    fn decryption_keys(&self) -> Vec<KeyPair> {
        let flags = KeyFlags::empty()
            .set_transport_encryption()
            .set_storage_encryption();
        let Ok(vc) = self.tsk.with_policy(&POLICY, None) else {
            return Vec::new();
        };
        vc.keys()
            .secret()
            .key_flags(flags)
            .filter(|ka| ka.key().has_unencrypted_secret())
            .filter_map(|ka| ka.key().clone().into_keypair().ok())
            .collect()
    }
}

// --- Decryption -----------------------------------------------------------

/// A decrypted report that arrived by mail.
pub struct Mail {
    /// The protected (encrypted) Subject if there is one, else the outer
    /// mail's.
    pub subject: Option<String>,
    /// The From address (inner if present, else outer), as `Name <addr>`.
    /// Not authenticated.
    pub from: Option<String>,
    /// The text body.
    pub body: Zeroizing<String>,
    /// The attachments, decoded.
    pub attachments: Vec<MailAttachment>,
}

/// One attachment of a decrypted mail.
pub struct MailAttachment {
    /// The file name, without any directory; `attachment-N` if it had none.
    pub name: String,
    /// The declared media type, lowercased (the claim, not a detection).
    pub media_type: String,
    /// The decoded bytes.
    pub data: Zeroizing<Vec<u8>>,
}

impl fmt::Debug for Mail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mail")
            .field("body", &"[redacted]")
            .field("attachments", &self.attachments.len())
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for MailAttachment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MailAttachment")
            .field("name", &self.name)
            .field("media_type", &self.media_type)
            .field("len", &self.data.len())
            .finish()
    }
}

/// The outer mail's headers, when the message came inside one.
#[derive(Default)]
struct Outer {
    subject: Option<String>,
    from: Option<String>,
}

/// Finds the OpenPGP message in `input`: a bare armored block or binary
/// message, the armored block in an RFC 822 mail's text (after undoing
/// quoted-printable or base64), or the encrypted part of a PGP/MIME mail.
/// Returns the armored block or the binary message bytes. Pure; meant for
/// fuzzing.
pub fn find_pgp_message(input: &[u8]) -> Result<Vec<u8>, PgpError> {
    locate(input).map(|(message, _)| message)
}

fn locate(input: &[u8]) -> Result<(Vec<u8>, Outer), PgpError> {
    check_size(input)?;
    let trimmed = input.trim_ascii_start();
    if trimmed.starts_with(ARMOR_BEGIN) {
        return Ok((armored_block(trimmed)?.to_vec(), Outer::default()));
    }
    if looks_binary_openpgp(input) {
        return Ok((input.to_vec(), Outer::default()));
    }
    if let Some(mail) = MessageParser::new().parse(input)
        && let Some(found) = scan_message(&mail, 0)?
    {
        let outer = Outer {
            subject: mail.subject().map(str::to_owned),
            from: mail.from().and_then(|a| a.first()).map(format_addr),
        };
        return Ok((found, outer));
    }
    // Not a mail the parser understood, but plain text with a block in it.
    if find_line_start(input, ARMOR_BEGIN).is_some() {
        return Ok((armored_block(input)?.to_vec(), Outer::default()));
    }
    Err(PgpError::NoPgpMessage)
}

/// Whether `data` starts like a binary OpenPGP message: an ESK, marker,
/// encrypted, compressed, literal or signature packet.
fn looks_binary_openpgp(data: &[u8]) -> bool {
    let Some(&b) = data.first() else {
        return false;
    };
    if b & 0x80 == 0 {
        return false;
    }
    let tag = if b & 0x40 != 0 {
        b & 0x3f
    } else {
        (b >> 2) & 0x0f
    };
    // PKESK 1, signature 2, SKESK 3, one-pass 4, compressed 8, SED 9,
    // marker 10, literal 11, SEIPD 18, AED 20.
    matches!(tag, 1..=4 | 8..=11 | 18 | 20)
}

/// The armored block starting at the first `BEGIN PGP MESSAGE` line of
/// `data`, up to and including its END line.
fn armored_block(data: &[u8]) -> Result<&[u8], PgpError> {
    let start = find_line_start(data, ARMOR_BEGIN).ok_or(PgpError::NoPgpMessage)?;
    let rest = &data[start..];
    let end = find(rest, ARMOR_END).ok_or(PgpError::MalformedMessage)?;
    Ok(&rest[..end + ARMOR_END.len()])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The first occurrence of `needle` at the start of a line.
fn find_line_start(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = find(&haystack[from..], needle) {
        let at = from + i;
        if at == 0 || haystack[at - 1] == b'\n' {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Searches a parsed mail: the encrypted part of a PGP/MIME
/// multipart/encrypted first, then every leaf part's decoded text, then
/// nested mails.
fn scan_message(
    mail: &mail_parser::Message<'_>,
    depth: usize,
) -> Result<Option<Vec<u8>>, PgpError> {
    for part in &mail.parts {
        let Some(ct) = part.content_type() else {
            continue;
        };
        let is_pgp_mime = ct.ctype().eq_ignore_ascii_case("multipart")
            && ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("encrypted"));
        if !is_pgp_mime {
            continue;
        }
        let protocol = ct.attribute("protocol").unwrap_or("");
        if !protocol.eq_ignore_ascii_case("application/pgp-encrypted") {
            return Err(PgpError::MalformedMime(format!(
                "multipart/encrypted with protocol {protocol:?}, not application/pgp-encrypted"
            )));
        }
        let encrypted = part
            .sub_parts()
            .and_then(|ids| ids.get(1))
            .and_then(|&id| mail.parts.get(id as usize))
            .ok_or_else(|| {
                PgpError::MalformedMime(
                    "multipart/encrypted without its second, encrypted part".into(),
                )
            })?;
        let data = encrypted.contents();
        let trimmed = data.trim_ascii_start();
        if find_line_start(data, ARMOR_BEGIN).is_some() {
            return Ok(Some(armored_block(data)?.to_vec()));
        }
        if looks_binary_openpgp(trimmed) {
            return Ok(Some(trimmed.to_vec()));
        }
        return Err(PgpError::MalformedMime(
            "the encrypted part of multipart/encrypted holds no OpenPGP message".into(),
        ));
    }
    for part in &mail.parts {
        match &part.body {
            PartType::Text(_)
            | PartType::Html(_)
            | PartType::Binary(_)
            | PartType::InlineBinary(_) => {
                let data = part.contents();
                if find_line_start(data, ARMOR_BEGIN).is_some() {
                    return Ok(Some(armored_block(data)?.to_vec()));
                }
            }
            PartType::Message(nested) if depth < MAX_NESTING => {
                if let Some(found) = scan_message(nested, depth + 1)? {
                    return Ok(Some(found));
                }
            }
            PartType::Message(_) | PartType::Multipart(_) => {}
        }
    }
    Ok(None)
}

fn format_addr(addr: &mail_parser::Addr<'_>) -> String {
    match (addr.name(), addr.address()) {
        (Some(n), Some(a)) if !n.is_empty() => format!("{n} <{a}>"),
        (_, Some(a)) => a.to_owned(),
        (Some(n), None) => n.to_owned(),
        (None, None) => String::new(),
    }
}

/// What the decryption helper saw go wrong; read after a failure.
const FAIL_NONE: u8 = 0;
const FAIL_NOT_FOR_US: u8 = 1;
const FAIL_NOT_ENCRYPTED: u8 = 2;
const FAIL_DAMAGED: u8 = 3;

struct Helper {
    keys: Vec<KeyPair>,
    failure: Arc<AtomicU8>,
}

impl VerificationHelper for Helper {
    fn get_certs(&mut self, _ids: &[openpgp::KeyHandle]) -> openpgp::Result<Vec<Cert>> {
        // Signatures are not checked: a report's sender is not known.
        Ok(Vec::new())
    }

    fn check(&mut self, structure: MessageStructure) -> openpgp::Result<()> {
        let encrypted = structure
            .into_iter()
            .any(|layer| matches!(layer, MessageLayer::Encryption { .. }));
        if encrypted {
            Ok(())
        } else {
            self.failure.store(FAIL_NOT_ENCRYPTED, Ordering::SeqCst);
            Err(anyhow::anyhow!("message is not encrypted"))
        }
    }
}

impl DecryptionHelper for Helper {
    fn decrypt(
        &mut self,
        pkesks: &[PKESK],
        _skesks: &[SKESK],
        sym_algo: Option<SymmetricAlgorithm>,
        decrypt: &mut dyn FnMut(Option<SymmetricAlgorithm>, &SessionKey) -> bool,
    ) -> openpgp::Result<Option<Cert>> {
        // Whether a PKESK named one of our keys: then a failure is damage,
        // not a message for someone else.
        let mut addressed_to_us = false;
        for pkesk in pkesks {
            for pair in &mut self.keys {
                // A wildcard recipient (hidden, `gpg --throw-keyids`) may be
                // any of our keys.
                let ours = match pkesk.recipient() {
                    None => true,
                    Some(r) => {
                        let named = r.aliases(pair.public().key_handle());
                        addressed_to_us |= named;
                        named
                    }
                };
                if !ours {
                    continue;
                }
                if let Some((algo, session_key)) = pkesk.decrypt(pair, sym_algo)
                    && decrypt(algo, &session_key)
                {
                    return Ok(None);
                }
            }
        }
        let failure = if addressed_to_us {
            FAIL_DAMAGED
        } else {
            FAIL_NOT_FOR_US
        };
        self.failure.store(failure, Ordering::SeqCst);
        Err(anyhow::anyhow!("no session key"))
    }
}

/// Decrypts `message` (armored or binary) with the team key into a
/// zeroizing buffer, at most [`MAX_INPUT`] bytes of plaintext.
fn decrypt_message(key: &TeamKey, message: &[u8]) -> Result<Zeroizing<Vec<u8>>, PgpError> {
    let keys = key.decryption_keys();
    if keys.is_empty() {
        return Err(PgpError::NoDecryptionKey);
    }
    let failure = Arc::new(AtomicU8::new(FAIL_NONE));
    let helper = Helper {
        keys,
        failure: Arc::clone(&failure),
    };
    let classify = |parse_error: PgpError| match failure.load(Ordering::SeqCst) {
        FAIL_NOT_FOR_US => PgpError::NotForTeamKey,
        FAIL_NOT_ENCRYPTED => PgpError::NotEncrypted,
        FAIL_DAMAGED => PgpError::DecryptionFailed,
        _ => parse_error,
    };
    let builder = DecryptorBuilder::from_bytes(message).map_err(|_| PgpError::MalformedMessage)?;
    let mut decryptor = builder
        .with_policy(&POLICY, None, helper)
        .map_err(|_| classify(PgpError::MalformedMessage))?;
    let plaintext = read_limited(&mut decryptor, MAX_INPUT)
        .map_err(|e| classify(e.unwrap_or(PgpError::DecryptionFailed)))?;
    if !decryptor.message_processed() {
        return Err(classify(PgpError::DecryptionFailed));
    }
    Ok(plaintext)
}

/// Reads everything into a zeroizing buffer that is grown by hand, so no
/// unwiped copy is left behind by a reallocation. `Err(None)` is a read
/// error, `Err(Some(_))` the size limit.
fn read_limited(r: &mut dyn Read, limit: usize) -> Result<Zeroizing<Vec<u8>>, Option<PgpError>> {
    let mut buf = Zeroizing::new(Vec::with_capacity(64 * 1024));
    let mut chunk = Zeroizing::new([0u8; 16 * 1024]);
    loop {
        let n = r.read(&mut chunk[..]).map_err(|_| None)?;
        if n == 0 {
            return Ok(buf);
        }
        if buf.len() + n > limit {
            return Err(Some(PgpError::TooLarge { limit }));
        }
        if buf.len() + n > buf.capacity() {
            let mut bigger =
                Zeroizing::new(Vec::with_capacity((buf.capacity() * 2).max(buf.len() + n)));
            bigger.extend_from_slice(&buf);
            buf = bigger;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// Decrypts a report that arrived by mail (see [`find_pgp_message`] for the
/// shapes accepted) with the team key. A decrypted MIME entity gives its
/// text body, attachments and protected Subject; any other plaintext must be
/// UTF-8 and is the body.
pub fn decrypt_mail(key: &TeamKey, input: &[u8]) -> Result<Mail, PgpError> {
    let (message, outer) = locate(input)?;
    let plaintext = decrypt_message(key, &message)?;
    mail_from_plaintext(&plaintext, outer.subject, outer.from)
}

/// What a decrypted message says: a MIME entity gives its text body,
/// attachments and protected Subject (else the outer mail's `subject` and
/// `from`); any other plaintext must be UTF-8 and is the body. Pure, so a
/// fuzz target can drive it.
pub fn mail_from_plaintext(
    plaintext: &[u8],
    subject: Option<String>,
    from: Option<String>,
) -> Result<Mail, PgpError> {
    if looks_like_mime(plaintext)
        && let Some(inner) = MessageParser::new().parse(plaintext)
    {
        let mut mail = mail_from_mime(&inner);
        mail.subject = mail.subject.or(subject);
        mail.from = mail.from.or(from);
        return Ok(mail);
    }
    let body = std::str::from_utf8(plaintext).map_err(|_| PgpError::NotUtf8)?;
    Ok(Mail {
        subject,
        from,
        body: Zeroizing::new(body.to_owned()),
        attachments: Vec::new(),
    })
}

/// The fuzz target's entry (fuzz/fuzz_targets/pgp_mail.rs): everything that
/// reads a mailed report before and after decryption, on any bytes.
pub fn fuzz_mail(data: &[u8]) {
    let _ = find_pgp_message(data);
    let _ = mail_from_plaintext(data, None, None);
}

/// Whether `data` starts with a header block (then a blank line) that has a
/// Content-Type field: a MIME entity, as PGP/MIME encrypts.
fn looks_like_mime(data: &[u8]) -> bool {
    let mut has_content_type = false;
    let mut first = true;
    for line in data.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return !first && has_content_type;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            if first {
                return false;
            }
            continue;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return false;
        };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|&b| b.is_ascii_graphic()) {
            return false;
        }
        has_content_type |= name.eq_ignore_ascii_case(b"content-type");
        first = false;
    }
    false
}

fn mail_from_mime(inner: &mail_parser::Message<'_>) -> Mail {
    // The legacy display part of protected headers repeats the headers as
    // text; it is not the body.
    let is_display_part = |id: u32| {
        id != 0
            && inner
                .part(id)
                .and_then(|p| p.content_type())
                .is_some_and(|ct| ct.attribute("protected-headers").is_some())
    };
    let mut body = Zeroizing::new(String::new());
    for (i, &id) in inner.text_body.iter().enumerate() {
        if is_display_part(id) {
            continue;
        }
        if let Some(text) = inner.body_text(i) {
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            body.push_str(&text);
        }
    }
    let attachments = inner
        .attachments
        .iter()
        .filter(|&&id| !is_display_part(id))
        .filter_map(|&id| inner.part(id))
        .enumerate()
        .map(|(n, part)| MailAttachment {
            name: attachment_name(part.attachment_name(), n + 1),
            media_type: media_type(part),
            data: Zeroizing::new(part.contents().to_vec()),
        })
        .collect();
    Mail {
        subject: inner.subject().map(str::to_owned),
        from: inner.from().and_then(|a| a.first()).map(format_addr),
        body,
        attachments,
    }
}

/// A safe file name: the last path component, control characters replaced;
/// `attachment-N` when nothing usable is left.
fn attachment_name(claimed: Option<&str>, n: usize) -> String {
    let name: String = base_name(claimed.unwrap_or(""))
        .chars()
        .map(|c| if c.is_control() { '_' } else { c })
        .collect();
    if name.is_empty() || name == "." || name == ".." {
        format!("attachment-{n}")
    } else {
        name
    }
}

fn media_type(part: &mail_parser::MessagePart<'_>) -> String {
    match part.content_type() {
        Some(ct) => match ct.subtype() {
            Some(sub) => format!("{}/{}", ct.ctype(), sub).to_ascii_lowercase(),
            None => ct.ctype().to_ascii_lowercase(),
        },
        None if part.is_message() => "message/rfc822".to_owned(),
        None => "application/octet-stream".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FPR: &str = "0123456789ABCDEF0123456789ABCDEF01234567";

    fn team() -> TeamKey {
        TeamKey::generate("Team <team@example.net>").unwrap()
    }

    /// A MIME entity as PGP/MIME encrypts it: protected Subject, a text
    /// body and a base64 attachment with a path in its name.
    fn inner_entity() -> String {
        [
            "Content-Type: multipart/mixed; boundary=\"inner\"; protected-headers=\"v1\"",
            "Subject: Protected subject",
            "From: Reporter <rep@example.com>",
            "",
            "--inner",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "The body, caf=C3=A9.",
            "--inner",
            "Content-Type: application/octet-stream; name=\"poc.bin\"",
            "Content-Disposition: attachment; filename=\"../../etc/poc.bin\"",
            "Content-Transfer-Encoding: base64",
            "",
            "AAEC/w==",
            "--inner--",
            "",
        ]
        .join("\r\n")
    }

    fn pgp_mime(armored: &str) -> String {
        format!(
            "From: Outer <outer@example.com>\r\nSubject: ...\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=\"b\"\r\n\r\n\
             This is an OpenPGP/MIME encrypted message.\r\n--b\r\n\
             Content-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--b\r\n\
             Content-Type: application/octet-stream; name=\"encrypted.asc\"\r\n\r\n{armored}\r\n--b--\r\n"
        )
    }

    fn inline_qp(armored: &str) -> String {
        // Quoted-printable turns every '=' of the armor into "=3D".
        let qp = armored.replace('=', "=3D");
        format!(
            "From: someone@example.com\nSubject: Outer subject\nMIME-Version: 1.0\n\
             Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: quoted-printable\n\n\
             Hello, see below.\n\n{qp}\n-- \nsig\n"
        )
    }

    #[test]
    fn fingerprint_accepts_spaces_and_lowercase() {
        let spaced = "0123 4567 89ab cdef 0123  4567 89AB CDEF 0123 4567";
        let f: PgpFingerprint = spaced.parse().unwrap();
        assert_eq!(f.to_string(), FPR);
        assert_eq!(PgpFingerprint::try_from(FPR).unwrap().as_str(), FPR);
        let v6 = "ab".repeat(32);
        assert_eq!(
            PgpFingerprint::try_from(v6.as_str()).unwrap().as_str(),
            "AB".repeat(32)
        );
    }

    #[test]
    fn fingerprint_refuses_wrong_length_and_non_hex() {
        for bad in [
            "",
            "0123",
            &FPR[..39],
            &format!("{FPR}0"),
            &FPR.replace('A', "G"),
            &"0".repeat(48),
        ] {
            assert!(
                matches!(
                    bad.parse::<PgpFingerprint>(),
                    Err(PgpError::InvalidFingerprint(_))
                ),
                "{bad:?} was accepted"
            );
        }
    }

    #[test]
    fn find_pgp_message_bare_armor_with_leading_whitespace() {
        let input = b"\n\n  -----BEGIN PGP MESSAGE-----\n\nwcBMA\n=abcd\n-----END PGP MESSAGE-----\ntrailing";
        let found = find_pgp_message(input).unwrap();
        assert!(found.starts_with(ARMOR_BEGIN));
        assert!(found.ends_with(ARMOR_END));
        assert!(!found.ends_with(b"trailing"));
    }

    #[test]
    fn find_pgp_message_binary() {
        let input = [0xc1u8, 0x5e, 0x03, 0x00];
        assert_eq!(find_pgp_message(&input).unwrap(), input.to_vec());
    }

    #[test]
    fn find_pgp_message_inline_quoted_printable() {
        let armored = "-----BEGIN PGP MESSAGE-----\n\nhQEMA+x=\n=Ab1=\n-----END PGP MESSAGE-----";
        let found = find_pgp_message(inline_qp(armored).as_bytes()).unwrap();
        assert_eq!(String::from_utf8(found).unwrap(), armored);
    }

    #[test]
    fn find_pgp_message_inline_base64() {
        use base64::Engine as _;
        let armored = "-----BEGIN PGP MESSAGE-----\n\nhQEMA+x=\n=Ab1=\n-----END PGP MESSAGE-----";
        let b64 = base64::engine::general_purpose::STANDARD.encode(format!("hi\n{armored}\n"));
        let mail = format!(
            "From: a@example.com\nSubject: s\nMIME-Version: 1.0\nContent-Type: text/plain\n\
             Content-Transfer-Encoding: base64\n\n{b64}\n"
        );
        let found = find_pgp_message(mail.as_bytes()).unwrap();
        assert_eq!(String::from_utf8(found).unwrap(), armored);
    }

    #[test]
    fn find_pgp_message_pgp_mime() {
        let armored =
            "-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA+x\r\n=Ab1=\r\n-----END PGP MESSAGE-----";
        let found = find_pgp_message(pgp_mime(armored).as_bytes()).unwrap();
        assert_eq!(String::from_utf8(found).unwrap(), armored);
    }

    #[test]
    fn find_pgp_message_pgp_mime_without_encrypted_part_is_malformed() {
        let mail = "Subject: x\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=\"b\"\r\n\r\n\
             --b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--b--\r\n";
        assert!(matches!(
            find_pgp_message(mail.as_bytes()),
            Err(PgpError::MalformedMime(_))
        ));
    }

    #[test]
    fn find_pgp_message_refuses_garbage() {
        for garbage in [
            &b""[..],
            b"hello world",
            b"Subject: hi\n\nno message here\n",
            b"> -----BEGIN PGP MESSAGE-----\n> quoted only\n",
            b"\x00\x01\x02garbage",
        ] {
            assert!(
                matches!(find_pgp_message(garbage), Err(PgpError::NoPgpMessage)),
                "{garbage:?}"
            );
        }
    }

    #[test]
    fn find_pgp_message_unterminated_armor_is_malformed() {
        let input = b"-----BEGIN PGP MESSAGE-----\n\nhQEMA\n";
        assert!(matches!(
            find_pgp_message(input),
            Err(PgpError::MalformedMessage)
        ));
    }

    #[test]
    fn oversized_input_is_refused() {
        let big = vec![b'a'; MAX_INPUT + 1];
        assert!(matches!(
            find_pgp_message(&big),
            Err(PgpError::TooLarge { .. })
        ));
        assert!(matches!(
            decrypt_mail(&team(), &big),
            Err(PgpError::TooLarge { .. })
        ));
    }

    #[test]
    fn decrypt_mail_round_trip_bare_and_inline() {
        let team = team();
        let armored = encrypt_to(
            &team.certificate(),
            "Plain report, ünïcode.".as_bytes(),
            None,
        )
        .unwrap();
        let mail = decrypt_mail(&team, armored.as_bytes()).unwrap();
        assert_eq!(mail.body.as_str(), "Plain report, ünïcode.");
        assert!(mail.subject.is_none() && mail.attachments.is_empty());

        let mail = decrypt_mail(&team, inline_qp(&armored).as_bytes()).unwrap();
        assert_eq!(mail.body.as_str(), "Plain report, ünïcode.");
        assert_eq!(mail.subject.as_deref(), Some("Outer subject"));
        assert_eq!(mail.from.as_deref(), Some("someone@example.com"));
    }

    #[test]
    fn decrypt_mail_round_trip_binary() {
        let team = team();
        let armored = encrypt_to(&team.certificate(), b"binary please", None).unwrap();
        let mut reader = openpgp::armor::Reader::from_bytes(
            armored.as_bytes(),
            openpgp::armor::ReaderMode::Tolerant(Some(openpgp::armor::Kind::Message)),
        );
        let mut binary = Vec::new();
        reader.read_to_end(&mut binary).unwrap();
        assert!(looks_binary_openpgp(&binary));
        assert_eq!(
            decrypt_mail(&team, &binary).unwrap().body.as_str(),
            "binary please"
        );
    }

    #[test]
    fn decrypt_mail_pgp_mime_takes_protected_subject_body_and_attachment() {
        let team = team();
        let armored = encrypt_to(&team.certificate(), inner_entity().as_bytes(), None).unwrap();
        let mail = decrypt_mail(&team, pgp_mime(&armored).as_bytes()).unwrap();
        assert_eq!(mail.subject.as_deref(), Some("Protected subject"));
        assert_eq!(mail.from.as_deref(), Some("Reporter <rep@example.com>"));
        assert_eq!(mail.body.trim_end(), "The body, café.");
        assert_eq!(mail.attachments.len(), 1, "{:?}", mail.attachments);
        let a = &mail.attachments[0];
        assert_eq!(a.name, "poc.bin");
        assert_eq!(a.media_type, "application/octet-stream");
        assert_eq!(&a.data[..], &[0, 1, 2, 0xff]);
    }

    #[test]
    fn non_utf8_plaintext_is_a_clear_error() {
        let team = team();
        let armored = encrypt_to(&team.certificate(), &[0xff, 0xfe, 0x00], None).unwrap();
        assert!(matches!(
            decrypt_mail(&team, armored.as_bytes()),
            Err(PgpError::NotUtf8)
        ));
    }

    #[test]
    fn wrong_key_is_not_for_team_key() {
        let ours = team();
        let theirs = team();
        let armored = encrypt_to(&theirs.certificate(), b"secret", None).unwrap();
        assert!(matches!(
            decrypt_mail(&ours, armored.as_bytes()),
            Err(PgpError::NotForTeamKey)
        ));
    }

    #[test]
    fn unencrypted_message_is_refused() {
        let mut sink = Vec::new();
        let message = PgpMessage::new(&mut sink);
        let message = Armorer::new(message).build().unwrap();
        let mut w = LiteralWriter::new(message).build().unwrap();
        w.write_all(b"in the clear").unwrap();
        w.finalize().unwrap();
        assert!(matches!(
            decrypt_mail(&team(), &sink),
            Err(PgpError::NotEncrypted)
        ));
    }

    #[test]
    fn tampered_message_fails() {
        let team = team();
        let armored = encrypt_to(&team.certificate(), &[b'x'; 4000], None).unwrap();
        let mut reader = openpgp::armor::Reader::from_bytes(
            armored.as_bytes(),
            openpgp::armor::ReaderMode::Tolerant(Some(openpgp::armor::Kind::Message)),
        );
        let mut binary = Vec::new();
        reader.read_to_end(&mut binary).unwrap();
        let n = binary.len();
        binary[n - 30] ^= 0x01;
        let err = decrypt_mail(&team, &binary).unwrap_err();
        assert!(matches!(err, PgpError::DecryptionFailed), "{err:?}");
    }

    #[test]
    fn team_key_round_trips_through_armored_secret() {
        let team = team();
        let armored = team.to_armored_secret();
        assert!(armored.starts_with("-----BEGIN PGP PRIVATE KEY BLOCK-----"));
        let again = TeamKey::from_bytes(armored.as_bytes(), None).unwrap();
        assert_eq!(again.fingerprint(), team.fingerprint());
        let msg = encrypt_to(&team.certificate(), b"to the team", None).unwrap();
        assert_eq!(
            decrypt_mail(&again, msg.as_bytes()).unwrap().body.as_str(),
            "to the team"
        );
    }

    #[test]
    fn public_certificate_is_not_a_team_key() {
        let cert = team().certificate().to_armored();
        assert!(cert.starts_with("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
        assert!(matches!(
            TeamKey::from_bytes(cert.as_bytes(), None),
            Err(PgpError::NotASecretKey)
        ));
    }

    fn locked_key(passphrase: &str) -> Vec<u8> {
        let (tsk, _) = CertBuilder::general_purpose(Some("Locked <l@example.net>"))
            .set_password(Some(passphrase.into()))
            .generate()
            .unwrap();
        tsk.as_tsk().armored().to_vec().unwrap()
    }

    #[test]
    fn locked_key_needs_the_right_passphrase() {
        let data = locked_key("correct horse");
        assert!(matches!(
            TeamKey::from_bytes(&data, None),
            Err(PgpError::SecretKeyLocked)
        ));
        assert!(matches!(
            TeamKey::from_bytes(&data, Some("wrong")),
            Err(PgpError::WrongPassphrase)
        ));
        let team = TeamKey::from_bytes(&data, Some("correct horse")).unwrap();
        let msg = encrypt_to(&team.certificate(), b"unlocked", None).unwrap();
        assert_eq!(
            decrypt_mail(&team, msg.as_bytes()).unwrap().body.as_str(),
            "unlocked"
        );
        // The export is unlocked: it loads without a passphrase.
        TeamKey::from_bytes(team.to_armored_secret().as_bytes(), None).unwrap();
    }

    #[test]
    fn certificate_accepts_tsk_but_keeps_only_public_parts() {
        let team = team();
        let cert = Certificate::from_bytes(team.to_armored_secret().as_bytes()).unwrap();
        assert!(!cert.cert.is_tsk());
        assert_eq!(cert.fingerprint(), team.fingerprint());
    }

    #[test]
    fn certificate_refuses_garbage_and_messages() {
        assert!(matches!(
            Certificate::from_bytes(b"not a key"),
            Err(PgpError::NotACertificate(_))
        ));
        let msg = encrypt_to(&team().certificate(), b"x", None).unwrap();
        assert!(matches!(
            Certificate::from_bytes(msg.as_bytes()),
            Err(PgpError::NotACertificate(_))
        ));
    }

    #[test]
    fn domains_come_from_valid_user_ids_lowercased() {
        let (cert, _) = CertBuilder::general_purpose([
            "Alice <Alice@Example.ORG>",
            "Alice at work <alice@cert.example.org>",
            "No email here",
        ])
        .generate()
        .unwrap();
        let cert = Certificate { cert };
        assert_eq!(cert.user_ids().len(), 3);
        assert_eq!(
            cert.emails(),
            ["alice@cert.example.org", "alice@example.org"]
        );
        assert_eq!(cert.domains(), ["cert.example.org", "example.org"]);
    }

    #[test]
    fn revoked_user_id_gives_no_domain() {
        let (cert, _) = CertBuilder::general_purpose(["A <a@keep.example>", "A <a@gone.example>"])
            .generate()
            .unwrap();
        let mut signer = cert
            .primary_key()
            .key()
            .clone()
            .parts_into_secret()
            .unwrap()
            .into_keypair()
            .unwrap();
        let uid = cert
            .userids()
            .find(|u| u.userid().value() == b"A <a@gone.example>")
            .unwrap();
        let rev = uid
            .userid()
            .bind(
                &mut signer,
                &cert,
                openpgp::packet::signature::SignatureBuilder::new(
                    openpgp::types::SignatureType::CertificationRevocation,
                ),
            )
            .unwrap();
        let (cert, _) = cert.insert_packets(rev).unwrap();
        let cert = Certificate { cert };
        assert_eq!(cert.domains(), ["keep.example"]);
    }

    #[test]
    fn expired_certificate_gets_nothing() {
        let t0 = std::time::SystemTime::now() - std::time::Duration::from_secs(10 * 86400);
        let (cert, _) = CertBuilder::general_purpose(Some("Old <o@example.org>"))
            .set_creation_time(t0)
            .set_validity_period(std::time::Duration::from_secs(86400))
            .generate()
            .unwrap();
        let cert = Certificate { cert };
        assert!(matches!(
            encrypt_to(&cert, b"x", None),
            Err(PgpError::CertificateExpired)
        ));
    }

    #[test]
    fn revoked_certificate_gets_nothing() {
        let (cert, rev) = CertBuilder::general_purpose(Some("R <r@example.org>"))
            .generate()
            .unwrap();
        let (cert, _) = cert.insert_packets(rev).unwrap();
        let cert = Certificate { cert };
        assert!(matches!(
            encrypt_to(&cert, b"x", None),
            Err(PgpError::CertificateRevoked)
        ));
    }

    #[test]
    fn certificate_without_encryption_subkey_gets_nothing() {
        let (cert, _) = CertBuilder::new()
            .add_userid("Sign only <s@example.org>")
            .add_signing_subkey()
            .generate()
            .unwrap();
        let cert = Certificate { cert };
        assert!(matches!(
            encrypt_to(&cert, b"x", None),
            Err(PgpError::NoEncryptionKey)
        ));
    }

    #[test]
    fn attachment_names_lose_paths() {
        assert_eq!(attachment_name(Some("..\\..\\evil.exe"), 1), "evil.exe");
        assert_eq!(attachment_name(Some("a/b/"), 2), "attachment-2");
        assert_eq!(attachment_name(Some(".."), 3), "attachment-3");
        assert_eq!(attachment_name(None, 4), "attachment-4");
        assert_eq!(attachment_name(Some("x\u{7}y.txt"), 5), "x_y.txt");
    }

    #[test]
    fn mime_detection_needs_headers_with_content_type() {
        assert!(looks_like_mime(b"Content-Type: text/plain\r\n\r\nbody"));
        assert!(looks_like_mime(
            b"Subject: a\n folded\nContent-type: text/plain\n\nbody"
        ));
        assert!(!looks_like_mime(b"Subject: only a subject\n\nbody"));
        assert!(!looks_like_mime(
            b"Dear team: here is a report\n\nContent-Type: x"
        ));
        assert!(!looks_like_mime(b"Content-Type: text/plain"));
        assert!(!looks_like_mime(b"\nContent-Type: text/plain\n\n"));
    }
}
