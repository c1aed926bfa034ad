//! The bundle: the plaintext inside every age envelope.
//!
//! ```text
//! "DROPBOX-BUNDLE-1\n" ‖ u32be(len(header)) ‖ header (JCS JSON)
//!   ‖ attachment bytes, in header order ‖ trailer (JCS JSON) ‖ zero padding
//! ```
//!
//! The padding brings the total to max(64 KiB, PADMÉ(L)), L being everything
//! before it. Encoding and decoding stream: attachments pass through in
//! constant memory whatever their size. A decoder's caller must not act on
//! attachment bytes until [`BundleReader::finish`] has checked the trailer.
//! Spec: docs/PROTOCOL.md §Bundle.

use std::fmt;
use std::io::{self, BufRead, BufReader, Read, Write};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::{UnicodeNormalization, is_nfc};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::dsse::Envelope;
use crate::ids::{CaseId, MemberId, Sha256Digest};
use crate::jcs::{self, JcsError};
use crate::keys::{AgeRecipient, SignPublicKey};
use crate::padme::padded_len;
use crate::time::Day;

/// The first bytes of every bundle.
pub const MAGIC: &[u8] = b"DROPBOX-BUNDLE-1\n";
/// Largest header, in bytes.
pub const MAX_HEADER: u32 = 64 * 1024;
/// Largest trailer, in bytes.
pub const MAX_TRAILER: usize = 64 * 1024;
/// Most attachments in one bundle.
pub const MAX_ATTACHMENTS: usize = 100;
/// Longest attachment name, in bytes.
pub const MAX_NAME: usize = 255;

const CHUNK: usize = 64 * 1024;

/// Why a bundle was refused. Each malformed case DESIGN lists has its own
/// variant.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BundleError {
    /// Does not start with `DROPBOX-BUNDLE-1\n`.
    #[error("not a drop box bundle (bad magic)")]
    BadMagic,
    /// The header length is over 64 KiB.
    #[error("bundle header of {0} bytes is over the 64 KiB limit")]
    HeaderTooLarge(u32),
    /// The header is not canonical JSON.
    #[error("bundle header: {0}")]
    HeaderJson(JcsError),
    /// The header is canonical JSON but not a valid header.
    #[error("invalid bundle header: {0}")]
    HeaderInvalid(String),
    /// More than 100 attachments.
    #[error("more than {MAX_ATTACHMENTS} attachments")]
    TooManyAttachments,
    /// Attachment sizes overflow, or an attachment's data is not the size the
    /// header declares.
    #[error("attachment sizes do not add up")]
    SizeMismatch,
    /// The data ends before the header's sizes are reached, or before the
    /// trailer.
    #[error("bundle is truncated")]
    Truncated,
    /// The trailer is not canonical JSON of the right shape.
    #[error("invalid bundle trailer: {0}")]
    TrailerInvalid(String),
    /// An attachment's sha256 differs from the trailer's.
    #[error("attachment {0} does not match the trailer's digest")]
    TrailerMismatch(usize),
    /// A padding byte is not zero.
    #[error("bundle padding is not all zero")]
    PaddingNonZero,
    /// More padding than max(64 KiB, PADMÉ(L)) requires.
    #[error("bundle has more padding than its length requires")]
    PaddingTooLong,
    /// Less padding than max(64 KiB, PADMÉ(L)) requires.
    #[error("bundle has less padding than its length requires")]
    PaddingTooShort,
    /// Reading the source or writing the sink failed (a tampered age
    /// ciphertext shows up here too).
    #[error("I/O error: {0}")]
    Io(#[from] io::Error),
}

impl BundleError {
    /// A stable code for test vectors shared with the page.
    pub fn code(&self) -> &'static str {
        match self {
            BundleError::BadMagic => "bundle-bad-magic",
            BundleError::HeaderTooLarge(_) => "bundle-header-too-large",
            BundleError::HeaderJson(_) => "bundle-header-json",
            BundleError::HeaderInvalid(_) => "bundle-header-invalid",
            BundleError::TooManyAttachments => "bundle-too-many-attachments",
            BundleError::SizeMismatch => "bundle-size-mismatch",
            BundleError::Truncated => "bundle-truncated",
            BundleError::TrailerInvalid(_) => "bundle-trailer-invalid",
            BundleError::TrailerMismatch(_) => "bundle-trailer-mismatch",
            BundleError::PaddingNonZero => "bundle-padding-non-zero",
            BundleError::PaddingTooLong => "bundle-padding-too-long",
            BundleError::PaddingTooShort => "bundle-padding-too-short",
            BundleError::Io(_) => "bundle-io",
        }
    }
}

/// What a bundle carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A new report.
    Report,
    /// A reporter's follow-up in an existing thread.
    Followup,
    /// A team member's reply to a reporter.
    Reply,
    /// A team event (annotation).
    Event,
    /// A reviewer's backup.
    Backup,
    /// An item of a reporter's own log in its mailbox (protocol 1.3): a
    /// thread record or a copy of a follow-up, encrypted to the codename
    /// only.
    Own,
    /// A reporter's withdrawal of its report (protocol 1.5), signed by the
    /// codename's key and encrypted like a follow-up.
    Withdrawal,
}

/// Who encrypted the bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    /// The reporter's own device (page or CLI).
    Client,
    /// The server's no-JavaScript form: the operator could have read it.
    Server,
}

/// A severity: the reporter's guess in a report, the triaged one in a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Highest.
    Critical,
    /// High.
    High,
    /// Medium.
    Medium,
    /// Low.
    Low,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        })
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "critical" => Severity::Critical,
            "high" => Severity::High,
            "medium" => Severity::Medium,
            "low" => Severity::Low,
            _ => {
                return Err(format!(
                    "unknown severity {s:?}: use critical, high, medium or low"
                ));
            }
        })
    }
}

/// The keys a reporter's codename derives, carried so the team can reply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplyKeys {
    /// The codename's X25519 recipient.
    pub age: AgeRecipient,
    /// The codename's ed25519 key (the mailbox key).
    pub sign: SignPublicKey,
}

/// One attachment's metadata, in the header.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentMeta {
    /// File name: no path, NFC-normalised, 1–255 bytes.
    pub name: String,
    /// The media type the sender claims.
    #[serde(rename = "type")]
    pub media_type: String,
    /// Size in bytes.
    pub size: u64,
}

impl AttachmentMeta {
    /// Metadata for a file, with its name reduced to a safe base name.
    pub fn new(name: &str, media_type: &str, size: u64) -> Self {
        AttachmentMeta {
            name: safe_name(name),
            media_type: media_type.to_owned(),
            size,
        }
    }
}

/// Reduces a file name to what a bundle may carry: the last path component,
/// NFC-normalised, without control characters, at most 255 bytes.
pub fn safe_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let mut out: String = base.nfc().filter(|c| !c.is_control()).collect();
    while out.len() > MAX_NAME {
        out.pop();
    }
    if out.is_empty() || out == "." || out == ".." {
        out = "attachment".into();
    }
    out
}

/// 32 random bytes whose sha256 the server keeps: whoever can decrypt the
/// bundle can ask the server to delete it.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct DeleteToken([u8; 32]);

impl DeleteToken {
    /// A fresh random token.
    pub fn generate() -> Self {
        use rand::RngCore;
        let mut b = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut b);
        DeleteToken(b)
    }

    /// A token with these bytes (vectors, tests).
    pub fn from_bytes(b: [u8; 32]) -> Self {
        DeleteToken(b)
    }

    /// The hash the upload carries in `Dropbox-Delete-Hash`.
    pub fn hash(&self) -> Sha256Digest {
        Sha256Digest::of(&self.0)
    }

    /// The token as it travels in a DELETE request (unpadded base64url).
    pub fn expose_text(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0)
    }

    /// Parses the text form.
    pub fn from_text(s: &str) -> Option<Self> {
        let b = URL_SAFE_NO_PAD.decode(s).ok()?;
        let t = DeleteToken(b.try_into().ok()?);
        (t.expose_text() == s).then_some(t)
    }

    /// The id of the case this report becomes in every recipient's store
    /// (docs/PROTOCOL.md §15.10, "How `reviewer` names cases"): the first
    /// 16 bytes of sha256(`dropbox/v1/case-id\n` ‖ the token's text form).
    /// Every recipient derives the same id; the server, which holds only
    /// the token's hash, cannot.
    pub fn case_id(&self) -> CaseId {
        let text = zeroize::Zeroizing::new(self.expose_text());
        let mut h = Sha256::new();
        h.update(CASE_ID_LABEL.as_bytes());
        h.update(text.as_bytes());
        let d = h.finalize();
        let mut b = [0u8; 16];
        b.copy_from_slice(&d[..16]);
        CaseId(b)
    }
}

/// The domain-separation label of [`DeleteToken::case_id`].
pub const CASE_ID_LABEL: &str = "dropbox/v1/case-id\n";

impl fmt::Debug for DeleteToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DeleteToken(redacted)")
    }
}

impl Serialize for DeleteToken {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.expose_text())
    }
}

impl<'de> Deserialize<'de> for DeleteToken {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DeleteToken::from_text(&s).ok_or_else(|| serde::de::Error::custom("invalid delete_token"))
    }
}

/// The bundle header.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// What this bundle is.
    pub kind: Kind,
    /// The day it was made (never a time of day).
    pub created: Day,
    /// The roster the sender encrypted against.
    pub roster_seq: u64,
    /// The member ids the sender chose as recipients.
    pub recipients: Vec<MemberId>,
    /// See [`DeleteToken`].
    pub delete_token: DeleteToken,
    /// Report title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Report or message text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// One of the roster policy's categories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The reporter's severity guess.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Optional contact details the reporter chose to give.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// How the reporter wants to be credited ("" or absent: not credited).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// The codename's keys, when the reporter wants replies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<ReplyKeys>,
    /// sha256 of the codename's ed25519 key, on follow-ups (and reports that
    /// start a thread).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread: Option<Sha256Digest>,
    /// Who encrypted it.
    pub via: Via,
    /// The signed message, for follow-ups, replies and events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<Envelope>,
    /// The attachments, in the order their bytes follow.
    pub attachments: Vec<AttachmentMeta>,
}

impl Header {
    /// A header of `kind` made today with nothing else filled in.
    pub fn new(kind: Kind, created: Day, roster_seq: u64, recipients: Vec<MemberId>) -> Self {
        Header {
            kind,
            created,
            roster_seq,
            recipients,
            delete_token: DeleteToken::generate(),
            title: None,
            body: None,
            category: None,
            severity: None,
            contact: None,
            credit: None,
            reply: None,
            thread: None,
            via: Via::Client,
            signed: None,
            attachments: Vec::new(),
        }
    }

    /// Total attachment bytes, or `None` if the sizes overflow.
    pub fn attachments_len(&self) -> Option<u64> {
        self.attachments
            .iter()
            .try_fold(0u64, |acc, a| acc.checked_add(a.size))
    }

    /// Checks what the type system does not.
    pub fn validate(&self) -> Result<(), BundleError> {
        let invalid = |m: String| Err(BundleError::HeaderInvalid(m));
        if self.attachments.len() > MAX_ATTACHMENTS {
            return Err(BundleError::TooManyAttachments);
        }
        // Sizes beyond 2^53 cannot be written in canonical JSON anyway, and
        // their sum must not overflow.
        match self.attachments_len() {
            Some(total) if total <= jcs::MAX_SAFE_INTEGER => {}
            _ => return Err(BundleError::SizeMismatch),
        }
        for (i, a) in self.attachments.iter().enumerate() {
            if a.name.is_empty()
                || a.name.len() > MAX_NAME
                || a.name.contains(['/', '\\'])
                || a.name == "."
                || a.name == ".."
                || a.name.chars().any(char::is_control)
                || !is_nfc(&a.name)
            {
                return invalid(format!("attachment {i} has an unsafe name"));
            }
            if a.media_type.is_empty()
                || a.media_type.len() > 255
                || a.media_type
                    .chars()
                    .any(|c| c.is_control() || c.is_whitespace())
            {
                return invalid(format!("attachment {i} has an invalid media type"));
            }
        }
        if self.recipients.is_empty()
            && matches!(self.kind, Kind::Report | Kind::Followup | Kind::Withdrawal)
        {
            return invalid("a report names at least one recipient".into());
        }
        let signed_kind = matches!(
            self.kind,
            Kind::Followup | Kind::Reply | Kind::Event | Kind::Own | Kind::Withdrawal
        );
        if signed_kind != self.signed.is_some() {
            return invalid(
                "follow-ups, withdrawals, replies, events and own-log items (only) carry a signed message"
                    .into(),
            );
        }
        Ok(())
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Trailer {
    sha256: Vec<Sha256Digest>,
}

/// Writes a bundle to `W` as a stream.
pub struct BundleWriter<W: Write> {
    out: W,
    written: u64,
    header: Header,
    next: usize,
    digests: Vec<Sha256Digest>,
}

impl<W: Write> BundleWriter<W> {
    /// Validates `header` and writes the magic, length and header.
    pub fn new(mut out: W, header: Header) -> Result<Self, BundleError> {
        header.validate()?;
        let json = jcs::try_to_canonical(&header).map_err(BundleError::HeaderJson)?;
        let len = u32::try_from(json.len()).unwrap_or(u32::MAX);
        if len > MAX_HEADER {
            return Err(BundleError::HeaderTooLarge(len));
        }
        out.write_all(MAGIC)?;
        out.write_all(&len.to_be_bytes())?;
        out.write_all(&json)?;
        Ok(BundleWriter {
            out,
            written: (MAGIC.len() + 4 + json.len()) as u64,
            header,
            next: 0,
            digests: Vec::new(),
        })
    }

    /// The header being written.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Copies the next attachment from `src`, which must yield exactly the
    /// size its header entry declares.
    pub fn write_attachment<R: Read>(&mut self, src: R) -> Result<(), BundleError> {
        let meta = self
            .header
            .attachments
            .get(self.next)
            .ok_or(BundleError::SizeMismatch)?;
        let size = meta.size;
        let mut hasher = Sha256::new();
        let mut src = src.take(size);
        let mut buf = vec![0u8; CHUNK];
        let mut copied = 0u64;
        loop {
            let n = match src.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            hasher.update(&buf[..n]);
            self.out.write_all(&buf[..n])?;
            copied += n as u64;
        }
        buf.zeroize();
        if copied != size {
            return Err(BundleError::SizeMismatch);
        }
        self.written += size;
        self.digests.push(Sha256Digest(hasher.finalize().into()));
        self.next += 1;
        Ok(())
    }

    /// Writes the trailer and padding; returns the sink.
    pub fn finish(mut self) -> Result<W, BundleError> {
        if self.next != self.header.attachments.len() {
            return Err(BundleError::SizeMismatch);
        }
        let trailer = jcs::to_canonical(&Trailer {
            sha256: std::mem::take(&mut self.digests),
        });
        self.out.write_all(&trailer)?;
        self.written += trailer.len() as u64;
        let mut pad = padded_len(self.written) - self.written;
        let zeros = [0u8; 4096];
        while pad > 0 {
            let n = pad.min(zeros.len() as u64) as usize;
            self.out.write_all(&zeros[..n])?;
            pad -= n as u64;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Reads a bundle from `R` as a stream.
pub struct BundleReader<R: Read> {
    inner: BufReader<R>,
    header: Header,
    consumed: u64,
    next: usize,
    digests: Vec<Sha256Digest>,
}

fn read_exact_or_truncated<R: Read>(r: &mut R, buf: &mut [u8]) -> Result<(), BundleError> {
    r.read_exact(buf).map_err(|e| {
        if e.kind() == io::ErrorKind::UnexpectedEof {
            BundleError::Truncated
        } else {
            BundleError::Io(e)
        }
    })
}

impl<R: Read> BundleReader<R> {
    /// Reads and checks the magic and header.
    pub fn new(src: R) -> Result<Self, BundleError> {
        let mut inner = BufReader::with_capacity(CHUNK, src);
        let mut magic = [0u8; MAGIC.len()];
        read_exact_or_truncated(&mut inner, &mut magic).map_err(|e| match e {
            BundleError::Truncated => BundleError::BadMagic,
            e => e,
        })?;
        if magic != MAGIC {
            return Err(BundleError::BadMagic);
        }
        let mut len = [0u8; 4];
        read_exact_or_truncated(&mut inner, &mut len)?;
        let len = u32::from_be_bytes(len);
        if len > MAX_HEADER {
            return Err(BundleError::HeaderTooLarge(len));
        }
        let mut json = vec![0u8; len as usize];
        read_exact_or_truncated(&mut inner, &mut json)?;
        let value = jcs::parse_canonical(&json).map_err(BundleError::HeaderJson)?;
        // Count attachments before typed parsing so an oversized list gets
        // its own error.
        if value
            .get("attachments")
            .and_then(|a| a.as_array())
            .is_some_and(|a| a.len() > MAX_ATTACHMENTS)
        {
            return Err(BundleError::TooManyAttachments);
        }
        let header: Header =
            serde_json::from_value(value).map_err(|e| BundleError::HeaderInvalid(e.to_string()))?;
        header.validate()?;
        Ok(BundleReader {
            inner,
            header,
            consumed: (MAGIC.len() + 4) as u64 + u64::from(len),
            next: 0,
            digests: Vec::new(),
        })
    }

    /// The checked header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// How many attachments remain to be read.
    pub fn remaining_attachments(&self) -> usize {
        self.header.attachments.len() - self.next
    }

    /// The SHA-256 of the attachment [`copy_attachment`](Self::copy_attachment)
    /// copied last (as copied: checked against the trailer only by
    /// [`finish`](Self::finish)), so a caller that needs it (a follow-up's
    /// signature covers it) does not hash the bytes a second time.
    pub fn last_digest(&self) -> Option<&Sha256Digest> {
        self.digests.last()
    }

    /// Copies the next attachment into `out`. Its bytes are not yet
    /// authenticated against the trailer: keep them provisional until
    /// [`finish`](Self::finish) succeeds.
    pub fn copy_attachment<W: Write>(
        &mut self,
        out: &mut W,
    ) -> Result<&AttachmentMeta, BundleError> {
        let idx = self.next;
        let size = self
            .header
            .attachments
            .get(idx)
            .ok_or(BundleError::SizeMismatch)?
            .size;
        let mut hasher = Sha256::new();
        let mut left = size;
        while left > 0 {
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            if buf.is_empty() {
                return Err(BundleError::Truncated);
            }
            let n = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n])?;
            self.inner.consume(n);
            left -= n as u64;
        }
        self.consumed += size;
        self.digests.push(Sha256Digest(hasher.finalize().into()));
        self.next += 1;
        Ok(&self.header.attachments[idx])
    }

    /// Skips any attachments not read, then checks the trailer and the
    /// padding. Only after this succeeds are the attachments authentic.
    pub fn finish(mut self) -> Result<Header, BundleError> {
        while self.next < self.header.attachments.len() {
            self.copy_attachment(&mut io::sink())?;
        }
        let trailer = self.read_trailer()?;
        if trailer.sha256.len() != self.digests.len() {
            return Err(BundleError::TrailerInvalid(
                "wrong number of digests".into(),
            ));
        }
        for (i, (want, got)) in trailer.sha256.iter().zip(&self.digests).enumerate() {
            if want != got {
                return Err(BundleError::TrailerMismatch(i));
            }
        }
        self.check_padding()?;
        Ok(self.header)
    }

    fn read_trailer(&mut self) -> Result<Trailer, BundleError> {
        // The trailer ends at the first zero byte (JSON never contains one)
        // or at the end of the data.
        let mut json = Vec::new();
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            if buf.is_empty() {
                break;
            }
            let (n, done) = match buf.iter().position(|&b| b == 0) {
                Some(p) => (p, true),
                None => (buf.len(), false),
            };
            if json.len() + n > MAX_TRAILER {
                return Err(BundleError::TrailerInvalid("trailer too large".into()));
            }
            json.extend_from_slice(&buf[..n]);
            self.inner.consume(n);
            if done {
                break;
            }
        }
        if json.is_empty() {
            return Err(BundleError::Truncated);
        }
        self.consumed += json.len() as u64;
        let v =
            jcs::parse_canonical(&json).map_err(|e| BundleError::TrailerInvalid(e.to_string()))?;
        serde_json::from_value(v).map_err(|e| BundleError::TrailerInvalid(e.to_string()))
    }

    fn check_padding(&mut self) -> Result<(), BundleError> {
        let expected = padded_len(self.consumed) - self.consumed;
        let mut seen = 0u64;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            if buf.is_empty() {
                break;
            }
            if buf.iter().any(|&b| b != 0) {
                return Err(BundleError::PaddingNonZero);
            }
            seen += buf.len() as u64;
            let n = buf.len();
            self.inner.consume(n);
            if seen > expected {
                return Err(BundleError::PaddingTooLong);
            }
        }
        if seen < expected {
            return Err(BundleError::PaddingTooShort);
        }
        Ok(())
    }
}

/// Encodes a whole bundle in memory (small bundles: replies, events, tests).
pub fn encode_to_vec(header: Header, attachments: &[&[u8]]) -> Result<Vec<u8>, BundleError> {
    let mut w = BundleWriter::new(Vec::new(), header)?;
    for a in attachments {
        w.write_attachment(*a)?;
    }
    w.finish()
}

/// A bundle decoded whole in memory.
#[derive(Debug)]
pub struct Decoded {
    /// The header.
    pub header: Header,
    /// The attachments' bytes, checked against the trailer.
    pub attachments: Vec<Vec<u8>>,
}

/// Decodes a whole bundle in memory, refusing attachments larger than
/// `max_attachment_bytes` in total.
pub fn decode_slice(data: &[u8], max_attachment_bytes: u64) -> Result<Decoded, BundleError> {
    let mut r = BundleReader::new(data)?;
    if r.header()
        .attachments_len()
        .is_none_or(|t| t > max_attachment_bytes)
    {
        return Err(BundleError::SizeMismatch);
    }
    let mut attachments = Vec::new();
    while r.remaining_attachments() > 0 {
        let mut buf = Vec::new();
        r.copy_attachment(&mut buf)?;
        attachments.push(buf);
    }
    let header = r.finish()?;
    Ok(Decoded {
        header,
        attachments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vector docs/PROTOCOL.md §15.10 gives for case ids.
    #[test]
    fn case_id_test_vector() {
        let bytes: [u8; 32] = std::array::from_fn(|i| i as u8);
        let t = DeleteToken::from_bytes(bytes);
        assert_eq!(
            t.expose_text(),
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"
        );
        assert_eq!(t.case_id().to_string(), "4df6462671f189e506437c0ce9e41fe4");
        assert_eq!(
            DeleteToken::from_bytes([0x2a; 32]).case_id().to_string(),
            "99b83435935868db1be0a7e5f89f8837"
        );
    }

    fn header(atts: &[(&str, u64)]) -> Header {
        let mut h = Header::new(
            Kind::Report,
            "2026-11-24".parse().unwrap(),
            1,
            vec!["alice".parse().unwrap()],
        );
        h.delete_token = DeleteToken::from_bytes([1; 32]);
        h.title = Some("t".into());
        h.attachments = atts
            .iter()
            .map(|(n, s)| AttachmentMeta::new(n, "application/octet-stream", *s))
            .collect();
        h
    }

    #[test]
    fn round_trip_with_attachments() {
        let h = header(&[("a.txt", 3), ("b.bin", 70_000)]);
        let big = vec![7u8; 70_000];
        let enc = encode_to_vec(h.clone(), &[b"abc", &big]).unwrap();
        assert_eq!(crate::padme::padme(enc.len() as u64), enc.len() as u64);
        let dec = decode_slice(&enc, u64::MAX).unwrap();
        assert_eq!(dec.header, h);
        assert_eq!(dec.attachments, vec![b"abc".to_vec(), big]);
    }

    #[test]
    fn small_bundles_pad_to_64k() {
        let enc = encode_to_vec(header(&[]), &[]).unwrap();
        assert_eq!(enc.len(), 64 * 1024);
    }

    #[test]
    fn tampering_is_caught_with_its_own_error() {
        let enc = encode_to_vec(header(&[("a", 3)]), &[b"abc"]).unwrap();
        let hlen = u32::from_be_bytes(enc[17..21].try_into().unwrap()) as usize;
        let att = 21 + hlen;
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (
                {
                    let mut e = enc.clone();
                    e[0] = b'X';
                    e
                },
                "bundle-bad-magic",
            ),
            (
                {
                    let mut e = enc.clone();
                    e[att] ^= 1;
                    e
                },
                "bundle-trailer-mismatch",
            ),
            (
                {
                    let mut e = enc.clone();
                    *e.last_mut().unwrap() = 1;
                    e
                },
                "bundle-padding-non-zero",
            ),
            (
                {
                    let mut e = enc.clone();
                    e.push(0);
                    e
                },
                "bundle-padding-too-long",
            ),
            (
                {
                    let mut e = enc.clone();
                    e.pop();
                    e
                },
                "bundle-padding-too-short",
            ),
            (enc[..att + 1].to_vec(), "bundle-truncated"),
            (
                {
                    let mut e = enc.clone();
                    e[17..21].copy_from_slice(&(MAX_HEADER + 1).to_be_bytes());
                    e
                },
                "bundle-header-too-large",
            ),
        ];
        for (bytes, code) in cases {
            let err = decode_slice(&bytes, u64::MAX).unwrap_err();
            assert_eq!(err.code(), code, "{err}");
        }
    }

    #[test]
    fn writer_refuses_wrong_sizes() {
        let mut w = BundleWriter::new(Vec::new(), header(&[("a", 3)])).unwrap();
        assert!(matches!(
            w.write_attachment(&b"ab"[..]),
            Err(BundleError::SizeMismatch)
        ));
        let w = BundleWriter::new(Vec::new(), header(&[("a", 3)])).unwrap();
        assert!(matches!(w.finish(), Err(BundleError::SizeMismatch)));
    }

    #[test]
    fn names_are_reduced_to_safe_base_names() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("C:\\Users\\me\\photo.jpg"), "photo.jpg");
        assert_eq!(safe_name("e\u{301}.txt"), "\u{e9}.txt");
        assert_eq!(safe_name(".."), "attachment");
        assert_eq!(safe_name("a\u{0}b"), "ab");
    }
}
