//! One module per subcommand, plus what they share: building and
//! encrypting a bundle to a file while hashing the ciphertext.

pub mod followup;
pub mod open;
pub mod replies;
pub mod send;
pub mod verify;
pub mod withdraw;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use sha2::{Digest, Sha256};

use dropbox_crypto::bundle::{AttachmentMeta, BundleWriter, Header};
use dropbox_crypto::envelope::{self, HybridSlot, Slot};
use dropbox_crypto::roster::Roster;
use dropbox_crypto::wire::{PowChallenge, PowSolution, PowToken};
use dropbox_crypto::{MemberId, Sha256Digest};

use crate::l10n::untrusted;

/// The members who will receive a submission: everyone but those left out.
pub fn recipients(roster: &Roster, leave_out: &[String]) -> anyhow::Result<Vec<MemberId>> {
    for l in leave_out {
        if roster.member_str(l).is_none() {
            let ids: Vec<&str> = roster.members.iter().map(|m| m.id.as_str()).collect();
            bail!("{}", not_a_member(l, &ids));
        }
    }
    let chosen: Vec<MemberId> = roster
        .members
        .iter()
        .filter(|m| !leave_out.iter().any(|l| l == m.id.as_str()))
        .map(|m| m.id.clone())
        .collect();
    if chosen.is_empty() {
        bail!("{}", t!("error-no-recipient"));
    }
    Ok(chosen)
}

/// The error for a `--leave-out` that names no member.
pub fn not_a_member(given: &str, ids: &[&str]) -> String {
    t!(
        "error-not-member",
        name = untrusted(given),
        names = untrusted(&ids.join(", "))
    )
}

/// Where an attachment's bytes come from.
enum Source {
    /// Read from the file as it is.
    File(PathBuf),
    /// An image with its metadata removed, held in memory (never written to
    /// disk in the clear).
    Scrubbed(zeroize::Zeroizing<Vec<u8>>),
}

/// An attachment ready to go into a bundle.
pub struct Attachment {
    /// Its header entry.
    pub meta: AttachmentMeta,
    source: Source,
}

impl Attachment {
    /// A reader over its bytes.
    pub fn reader(&self) -> anyhow::Result<Box<dyn std::io::Read + '_>> {
        Ok(match &self.source {
            Source::File(p) => {
                Box::new(File::open(p).with_context(|| t!("error-cannot-read", file = shown(p)))?)
            }
            Source::Scrubbed(b) => Box::new(&b[..]),
        })
    }

    /// sha256 of its bytes (signed in follow-ups).
    pub fn digest(&self) -> anyhow::Result<Sha256Digest> {
        let mut h = Sha256::new();
        std::io::copy(&mut self.reader()?, &mut h)?;
        Ok(Sha256Digest(h.finalize().into()))
    }
}

/// Largest image cleaned in memory; larger JPEG/PNG files are refused
/// rather than sent with their metadata.
const MAX_SCRUB: u64 = 256 << 20;

/// Prepares attachments: JPEG and PNG lose their metadata (what was removed
/// is reported on stderr), other types are sent as they are with a warning.
pub fn attachments(files: &[PathBuf], quiet: bool) -> anyhow::Result<Vec<Attachment>> {
    files
        .iter()
        .map(|f| {
            let meta =
                std::fs::metadata(f).with_context(|| t!("error-cannot-read", file = shown(f)))?;
            if !meta.is_file() {
                bail!("{}", t!("error-not-file", file = shown(f)));
            }
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut head = [0u8; 8];
            let n = std::io::Read::read(&mut File::open(f)?, &mut head)?;
            if crate::scrub::kind(&head[..n]).is_some() {
                if meta.len() > MAX_SCRUB {
                    bail!("{}", t!("error-image-large", file = shown(f)));
                }
                let data = zeroize::Zeroizing::new(std::fs::read(f)?);
                let cleaned = crate::scrub::scrub(&data)
                    .with_context(|| t!("error-image-parse", file = shown(f)))?;
                if !quiet {
                    if cleaned.removed.is_empty() {
                        errln!("{}", t!("attach-clean", name = untrusted(&name)));
                    } else {
                        errln!(
                            "{}",
                            t!(
                                "attach-removed",
                                name = untrusted(&name),
                                removed = cleaned.removed.join(", ")
                            )
                        );
                    }
                }
                let meta = AttachmentMeta::new(&name, media_type(&name), cleaned.data.len() as u64);
                return Ok(Attachment {
                    meta,
                    source: Source::Scrubbed(zeroize::Zeroizing::new(cleaned.data)),
                });
            }
            if !quiet {
                errln!("{}", t!("attach-as-is", name = untrusted(&name)));
            }
            Ok(Attachment {
                meta: AttachmentMeta::new(&name, media_type(&name), meta.len()),
                source: Source::File(f.clone()),
            })
        })
        .collect()
}

/// A path as a message argument.
pub(crate) fn shown(p: &Path) -> crate::l10n::Value<'static> {
    untrusted(&p.display().to_string())
}

/// A media type from a file name's extension (the team sees it as a claim
/// only; `reviewer` detects the real type).
pub fn media_type(name: &str) -> &'static str {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "log" | "md" => "text/plain",
        "html" | "htm" => "text/html",
        "json" => "application/json",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "zip" => "application/zip",
        "eml" => "message/rfc822",
        _ => "application/octet-stream",
    }
}

/// Counts and hashes what passes through, so the receipt is known without
/// reading the ciphertext back.
struct Hashing<W: Write> {
    inner: W,
    hasher: Sha256,
    len: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The slots of a submission: post-quantum, to each chosen member's drop
/// key, when the roster turns drop keys on (protocol 1.4); else X25519 to
/// their long-term keys.
pub enum Slots {
    /// X25519 stanzas.
    Classic(Vec<Slot>),
    /// `mlkem768x25519` stanzas.
    Hybrid(Vec<HybridSlot>),
}

/// The slots for sending to `to` with the codename `keys` (if any). When
/// the head roster sets `drop_key_days`, every chosen member's drop key is
/// fetched from the drop box and must be signed by them under the roster
/// and valid today: an unsigned, forged or expired one is refused, never
/// replaced by their long-term key.
pub fn submission_slots(
    client: Option<&crate::client::Client>,
    chain: &dropbox_crypto::roster::VerifiedChain,
    to: &[MemberId],
    keys: Option<&dropbox_crypto::codename::CodenameKeys>,
) -> anyhow::Result<Slots> {
    let roster = &chain.head().roster;
    if roster.policy.drop_key_days.is_none() {
        let codename = keys.map(|k| k.identity.recipient());
        return Ok(Slots::Classic(envelope::submission_slots(
            roster,
            to,
            codename.as_ref(),
        )?));
    }
    let client = client.context(
        "this team's reports are encrypted to drop keys, which only the drop box serves: send without --output",
    )?;
    let (status, v) = client.get_json("/v1/dropkeys", &[])?;
    if status != 200 {
        bail!("{}", t!("error-dropkeys-status", code = status.to_string()));
    }
    let envs: Vec<dropbox_crypto::dsse::Envelope> =
        serde_json::from_value(v).with_context(|| t!("error-dropkeys-malformed"))?;
    let today = dropbox_crypto::time::UnixTime::now().day();
    let chosen = to
        .iter()
        .map(|m| {
            dropbox_crypto::dropkey::current_key(&envs, roster, &chain.fingerprint, m, today)
                .map(|k| (m.clone(), k.recipient))
                .with_context(|| t!("error-drop-key", member = m.as_str()))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let codename = keys.map(|k| k.hybrid.recipient());
    Ok(Slots::Hybrid(envelope::submission_hybrid_slots(
        roster,
        &chosen,
        codename.as_ref(),
    )?))
}

/// Encrypts the bundle of `header` and `files` to `out` with the fixed
/// stanza shape, streaming. Returns (sha256 of the ciphertext, its length).
pub fn encrypt_to_file(
    out: &Path,
    header: Header,
    files: &[Attachment],
    slots: Slots,
) -> anyhow::Result<(Sha256Digest, u64)> {
    let file = File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let hashing = Hashing {
        inner: BufWriter::with_capacity(256 * 1024, file),
        hasher: Sha256::new(),
        len: 0,
    };
    let age = match slots {
        Slots::Classic(slots) => envelope::encrypt(hashing, slots)?,
        Slots::Hybrid(slots) => envelope::encrypt_hybrid(hashing, slots)?,
    };
    let mut bundle = BundleWriter::new(age, header)?;
    for f in files {
        bundle.write_attachment(f.reader()?).with_context(|| {
            format!("{} changed while it was being read; try again", f.meta.name)
        })?;
    }
    let mut hashing = bundle.finish()?.finish()?;
    hashing.flush()?;
    hashing
        .inner
        .into_inner()
        .map_err(|e| e.into_error())?
        .sync_all()?;
    Ok((Sha256Digest(hashing.hasher.finalize().into()), hashing.len))
}

/// Uploads an encrypted file and checks the server's receipt against ours.
/// `withdraw_hash` is sha256 of the withdrawal secret (protocol 1.7): the
/// codename's for a report that starts a thread, a random one's for
/// anything else, so every upload carries one and none stands out.
pub fn upload(
    client: &crate::client::Client,
    path: &Path,
    len: u64,
    receipt: &Sha256Digest,
    delete_hash: &str,
    withdraw_hash: &str,
    json: bool,
) -> anyhow::Result<String> {
    let mut headers = vec![
        ("Dropbox-Delete-Hash", delete_hash.to_owned()),
        ("Dropbox-Withdraw-Hash", withdraw_hash.to_owned()),
    ];
    if let Some(token) = upload_token(client)? {
        headers.push(("Dropbox-Upload-Token", token));
    }
    let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let v = client.tus_upload(path, len, &headers, json)?;
    if v["receipt"].as_str() != Some(receipt.to_string().as_str()) {
        bail!(
            "{}",
            t!(
                "error-receipt",
                receipt = untrusted(&v["receipt"].to_string()),
                expected = receipt.to_string()
            )
        );
    }
    Ok(v["id"].as_str().unwrap_or_default().to_owned())
}

/// Solves the server's proof of work when it asks for one (see
/// `GET /v1/pow`); `None` when it does not.
pub fn upload_token(client: &crate::client::Client) -> anyhow::Result<Option<String>> {
    let (status, v) = client.get_json("/v1/pow", &[])?;
    // A server without proof of work (an older one answers 404) asks for
    // none.
    let asked: Option<PowChallenge> = (status == 200)
        .then(|| crate::client::parse(v).ok())
        .flatten();
    let Some(PowChallenge { bits, challenge }) = asked.filter(|c| c.bits > 0) else {
        return Ok(None);
    };
    if bits > 32 {
        bail!("{}", t!("error-pow-unreasonable", bits = bits.to_string()));
    }
    let challenge = challenge.unwrap_or_default();
    let nonce = dropbox_crypto::pow::solve(&challenge, bits as u8);
    let body = serde_json::to_string(&PowSolution { challenge, nonce })?;
    let (status, v) = client.post_json("/v1/pow", &body)?;
    if status != 200 {
        bail!(
            "the drop box refused the proof of work ({status}): {}",
            crate::client::error_message(&v)
        );
    }
    Ok(crate::client::parse::<PowToken>(v).ok().map(|t| t.token))
}
