//! `dropbox-submit open`: decrypt a copy kept with `send --keep` or
//! `followup --keep` (or the page's "save a copy") with the codename alone,
//! and show it; `--out DIR` saves its attachments.
//!
//! The copy is exactly the ciphertext uploaded (PROTOCOL §7.6), which
//! carries the codename's slot: so nothing but the codename and the team
//! fingerprint is needed, no drop box and no network.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use dropbox_crypto::bundle::{BundleReader, Header, Kind, safe_name};
use dropbox_crypto::codename::CodenameKeys;
use dropbox_crypto::envelope;
use dropbox_crypto::ids::TeamFingerprint;
use dropbox_crypto::messages;

use crate::cli::Open;
use crate::commands::replies::read_codename;
use crate::commands::shown;
use crate::l10n::{self, untrusted};
use crate::output::{AttachmentView, OpenView};

/// A kept copy, decrypted and checked.
pub struct Copy {
    /// Its header.
    pub header: Header,
    /// The text: a report's body, or a follow-up's signed message.
    pub body: String,
    /// A follow-up's number.
    pub seq: Option<u64>,
    /// Where each attachment was saved, with `--out`.
    pub saved: Vec<Option<PathBuf>>,
}

/// Decrypts and checks `path` with the codename's keys; with `out`, saves
/// the attachments there (only once the whole bundle is authentic; a name
/// already taken is refused, never overwritten).
pub fn read_copy(
    path: &Path,
    team: &TeamFingerprint,
    keys: &CodenameKeys,
    out: Option<&Path>,
) -> anyhow::Result<Copy> {
    let file = File::open(path).with_context(|| t!("error-cannot-read", file = shown(path)))?;
    let plain = envelope::decrypt_with(BufReader::new(file), &[&keys.identity], &[&keys.hybrid])
        .with_context(|| t!("error-copy-codename", file = shown(path)))?;
    let mut bundle =
        BundleReader::new(plain).with_context(|| t!("error-copy-damaged", file = shown(path)))?;
    let kind = bundle.header().kind;
    if bundle
        .header()
        .reply
        .as_ref()
        .is_some_and(|r| r.sign != keys.mailbox_key.public())
    {
        bail!("{}", t!("error-copy-other", file = shown(path)));
    }
    if !matches!(kind, Kind::Report | Kind::Followup) {
        bail!(
            "{}",
            t!(
                "error-copy-kind",
                file = shown(path),
                kind = format!("{kind:?}")
            )
        );
    }
    if let Some(dir) = out {
        std::fs::create_dir_all(dir)
            .with_context(|| t!("error-cannot-create", file = shown(dir)))?;
    }
    // Attachments go to temporary names first and are renamed only after
    // the trailer has authenticated them.
    let mut pending: Vec<(PathBuf, PathBuf)> = Vec::new();
    let result = (|| -> anyhow::Result<()> {
        while bundle.remaining_attachments() > 0 {
            match out {
                Some(dir) => {
                    let tmp = dir.join(format!(
                        ".dropbox-open-{}",
                        dropbox_crypto::SubmissionId::random()
                    ));
                    let mut f = File::create(&tmp)
                        .with_context(|| t!("error-cannot-create", file = shown(&tmp)))?;
                    let meta = bundle.copy_attachment(&mut f)?.clone();
                    f.flush()?;
                    pending.push((tmp, dir.join(safe_name(&meta.name))));
                }
                None => {
                    bundle.copy_attachment(&mut std::io::sink())?;
                }
            }
        }
        Ok(())
    })();
    let header = result.and_then(|()| {
        let h = bundle.header().clone();
        bundle
            .finish()
            .map(|_| h)
            .with_context(|| t!("error-copy-altered", file = shown(path)))
    });
    let header = match header {
        Ok(h) => h,
        Err(e) => {
            for (tmp, _) in &pending {
                let _ = std::fs::remove_file(tmp);
            }
            return Err(e);
        }
    };
    let mut saved = Vec::new();
    for (tmp, want) in &pending {
        if want.exists() {
            let _ = std::fs::remove_file(tmp);
            saved.push(None);
            errln!("{}", t!("warn-attachment-exists", file = shown(want)));
            continue;
        }
        std::fs::rename(tmp, want).with_context(|| t!("error-cannot-save", file = shown(want)))?;
        saved.push(Some(want.clone()));
    }
    if saved.is_empty() {
        saved = vec![None; header.attachments.len()];
    }
    let (body, seq) = match (&header.kind, &header.signed) {
        (Kind::Followup, Some(env)) => {
            let f = messages::verify_followup_signature(env, team)
                .with_context(|| t!("error-copy-signature", file = shown(path)))?;
            if f.mailbox != keys.mailbox() {
                bail!("{}", t!("error-copy-other", file = shown(path)));
            }
            (f.body, Some(f.seq))
        }
        (Kind::Followup, None) => bail!("{}", t!("error-copy-signature", file = shown(path))),
        _ => (header.body.clone().unwrap_or_default(), None),
    };
    Ok(Copy {
        header,
        body,
        seq,
        saved,
    })
}

/// Runs the command.
pub fn run(a: &Open) -> anyhow::Result<()> {
    let codename = read_codename(a.codename_file.as_deref())?;
    if !a.json {
        errln!("{}", t!("deriving-keys"));
    }
    let keys = codename.derive(&a.team);
    let c = read_copy(&a.file, &a.team, &keys, a.out.as_deref())?;
    let h = &c.header;
    let attachments: Vec<AttachmentView> = h
        .attachments
        .iter()
        .zip(&c.saved)
        .map(|(m, s)| AttachmentView {
            name: m.name.clone(),
            media_type: m.media_type.clone(),
            size: m.size,
            saved: s.as_ref().map(|p| p.display().to_string()),
        })
        .collect();
    if a.json {
        dropbox_term::print_json(&OpenView {
            kind: match h.kind {
                Kind::Followup => "followup",
                _ => "report",
            },
            seq: c.seq,
            day: h.created.to_string(),
            recipients: h.recipients.iter().map(|m| m.to_string()).collect(),
            title: h.title.clone(),
            body: c.body.clone(),
            category: h.category.clone(),
            severity: h.severity.map(|s| s.to_string()),
            contact: h.contact.clone(),
            credit: h.credit.clone(),
            attachments,
        })?;
        return Ok(());
    }
    let day = h.created.to_string();
    match c.seq {
        Some(n) => outln!("{}", t!("open-followup", seq = n.to_string(), day = day)),
        None => outln!("{}", t!("open-report", day = day)),
    }
    let recipients = h
        .recipients
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let fields = [
        ("open-sent-to", Some(recipients)),
        ("open-title", h.title.clone()),
        ("open-category", h.category.clone()),
        ("open-severity", h.severity.map(|s| s.to_string())),
        ("open-contact", h.contact.clone()),
        ("open-credit", h.credit.clone()),
    ];
    // The values line up after the longest label of this language.
    let labels: Vec<String> = fields.iter().map(|(id, _)| l10n::say(id, &[])).collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    for (label, (_, value)) in labels.iter().zip(&fields) {
        if let Some(v) = value {
            outln!("{:<width$} {}", label, dropbox_crypto::text::Line(v));
        }
    }
    outln!();
    for line in c.body.lines() {
        outln!("    {line}");
    }
    if !attachments.is_empty() {
        outln!();
        outln!("{}", t!("open-attachments"));
        for at in &attachments {
            let name = untrusted(&at.name);
            let kind = untrusted(&at.media_type);
            match &at.saved {
                Some(p) => outln!(
                    "  {}",
                    t!(
                        "open-attachment-saved",
                        name = name,
                        media = kind,
                        size = at.size,
                        file = untrusted(p)
                    )
                ),
                None => outln!(
                    "  {}",
                    t!("open-attachment", name = name, media = kind, size = at.size)
                ),
            }
        }
        if a.out.is_none() {
            outln!("{}", t!("open-save-hint"));
        }
    }
    Ok(())
}
