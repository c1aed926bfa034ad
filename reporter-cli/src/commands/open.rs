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
    let file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let plain = envelope::decrypt_with(BufReader::new(file), &[&keys.identity], &[&keys.hybrid])
        .with_context(|| {
            format!(
                "{} does not open with this codename for this team (a copy kept by `send --keep`, `followup --keep` or the page opens only with the codename it was sent with)",
                path.display()
            )
        })?;
    let mut bundle = BundleReader::new(plain)
        .with_context(|| format!("{} is not an intact report copy", path.display()))?;
    let kind = bundle.header().kind;
    if bundle
        .header()
        .reply
        .as_ref()
        .is_some_and(|r| r.sign != keys.mailbox_key.public())
    {
        bail!(
            "{} belongs to another codename's conversation",
            path.display()
        );
    }
    if !matches!(kind, Kind::Report | Kind::Followup) {
        bail!(
            "{} holds no report or follow-up of yours (it is a {kind:?} bundle)",
            path.display()
        );
    }
    if let Some(dir) = out {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
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
                        .with_context(|| format!("cannot create {}", tmp.display()))?;
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
            .with_context(|| format!("{} was altered or cut short", path.display()))
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
            errln!(
                "warning: {} exists already and was left as it is; its attachment was not saved",
                want.display()
            );
            continue;
        }
        std::fs::rename(tmp, want).with_context(|| format!("cannot save {}", want.display()))?;
        saved.push(Some(want.clone()));
    }
    if saved.is_empty() {
        saved = vec![None; header.attachments.len()];
    }
    let (body, seq) = match (&header.kind, &header.signed) {
        (Kind::Followup, Some(env)) => {
            let f = messages::verify_followup_signature(env, team)
                .with_context(|| format!("{}: its signature does not verify", path.display()))?;
            if f.mailbox != keys.mailbox() {
                bail!(
                    "{} is a follow-up of another codename's conversation",
                    path.display()
                );
            }
            (f.body, Some(f.seq))
        }
        (Kind::Followup, None) => bail!("{}: an unsigned follow-up", path.display()),
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
        errln!("deriving your codename's keys…");
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
    match c.seq {
        Some(n) => outln!("Your follow-up #{n} of {}", h.created),
        None => outln!("Your report of {}", h.created),
    }
    outln!(
        "Sent to:  {}",
        h.recipients
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let Some(t) = &h.title {
        outln!("Title:    {t}");
    }
    if let Some(t) = &h.category {
        outln!("Category: {t}");
    }
    if let Some(s) = h.severity {
        outln!("Severity: {s}");
    }
    if let Some(t) = &h.contact {
        outln!("Contact:  {t}");
    }
    if let Some(t) = &h.credit {
        outln!("Credit:   {t}");
    }
    outln!();
    for line in c.body.lines() {
        outln!("    {line}");
    }
    if !attachments.is_empty() {
        outln!();
        outln!("Attachments:");
        for at in &attachments {
            match &at.saved {
                Some(p) => outln!(
                    "  {} ({}, {} bytes), saved as {p}",
                    at.name,
                    at.media_type,
                    at.size
                ),
                None => outln!("  {} ({}, {} bytes)", at.name, at.media_type, at.size),
            }
        }
        if a.out.is_none() {
            outln!("Save them with --out DIR.");
        }
    }
    Ok(())
}
