//! `dropbox-submit send`: build the report bundle, encrypt it here to the
//! chosen members (and the codename, if replies are wanted), upload it.

use anyhow::{Context, bail};

use dropbox_crypto::bundle::{Header, Kind, ReplyKeys, Severity};
use dropbox_crypto::codename::{Codename, CodenameKeys, WithdrawSecret};
use dropbox_crypto::roster::VerifiedChain;
use dropbox_crypto::time::UnixTime;

use crate::cli::Send;
use crate::client::{self, Client};
use crate::commands::shown;
use crate::commands::{attachments, encrypt_to_file, recipients, upload};
use crate::consent::{self, Delivery, Facts, What};
use crate::l10n::untrusted;
use crate::output::SendView;

fn severity(s: &str) -> anyhow::Result<Severity> {
    Ok(match s.to_ascii_lowercase().as_str() {
        "critical" => Severity::Critical,
        "high" => Severity::High,
        "medium" => Severity::Medium,
        "low" => Severity::Low,
        _ => bail!("{}", t!("error-severity")),
    })
}

/// Runs the command.
pub fn run(a: &Send) -> anyhow::Result<()> {
    // Before any network: a script that forgot --yes learns it at once.
    consent::check_can_ask(a.yes)?;
    // Not worth asking for consent to send nothing.
    if a.body.as_deref().is_none_or(|b| b.trim().is_empty())
        && a.body_file.is_none()
        && a.attach.is_empty()
    {
        bail!("{}", t!("error-empty"));
    }
    let client = if a.output.is_some() && a.team.roster_file.is_some() {
        None
    } else {
        Some(Client::new(&a.team)?)
    };
    let chain = client::verified_chain(&a.team, client.as_ref())?;
    if let Some(c) = &client
        && !client::origin_listed(&c.base, &chain)
    {
        errln!(
            "{}",
            t!("warn-endpoint-unlisted", server = untrusted(&c.base))
        );
    }
    let to = recipients(&chain.head().roster, &a.leave_out)?;
    let facts = facts(a, client.as_ref(), &chain, &to);
    consent::confirm(&facts, a.yes, a.team.json)?;
    let codename = a.replies.then(Codename::generate);
    let keys = codename.as_ref().map(|c| {
        if !a.team.json {
            errln!("{}", t!("deriving-keys"));
        }
        c.derive(&chain.fingerprint)
    });
    let (receipt, id, len) = send(a, client.as_ref(), &chain, keys.as_ref())?;
    if a.team.json {
        dropbox_term::print_json(&SendView {
            id,
            receipt,
            size: len,
            output: a.output.as_ref().map(|p| p.display().to_string()),
            codename: codename.as_ref().map(|c| c.expose()),
            mailbox: keys.as_ref().map(|k| k.mailbox().to_string()),
            consent: &facts,
            keep: a.keep.as_ref().map(|p| p.display().to_string()),
        })?;
        return Ok(());
    }
    match &id {
        Some(_) => outln!("{}", t!("send-received")),
        None => {
            let file = a.output.as_deref().unwrap_or(std::path::Path::new(""));
            let file = untrusted(&file.display().to_string());
            outln!("{}", t!("send-written", file = file));
        }
    }
    outln!("{}", t!("send-receipt", receipt = receipt.as_str()));
    if let Some(k) = &a.keep {
        outln!("{}", t!("keep-saved", file = shown(k)));
    }
    let roster = &chain.head().roster;
    let left_out: Vec<&str> = roster
        .members
        .iter()
        .filter(|m| !to.contains(&m.id))
        .map(|m| m.name.as_str())
        .collect();
    if !left_out.is_empty() {
        outln!(
            "{}",
            t!(
                "send-left-out",
                count = left_out.len(),
                names = untrusted(&left_out.join(", "))
            )
        );
    }
    if let Some(c) = &codename {
        outln!();
        outln!("{}", t!("send-codename-heading"));
        outln!();
        outln!("    {}", c.expose());
        outln!();
        outln!("{}", t!("send-codename-use"));
    }
    Ok(())
}

/// The facts `send` asks the reporter to agree to.
pub fn facts(
    a: &Send,
    client: Option<&Client>,
    chain: &VerifiedChain,
    to: &[dropbox_crypto::MemberId],
) -> Facts {
    let delivery = match (&a.output, client) {
        (None, Some(c)) => Delivery::Server {
            url: c.base.clone(),
        },
        (p, _) => Delivery::File {
            path: p
                .as_deref()
                .unwrap_or(std::path::Path::new(""))
                .display()
                .to_string(),
        },
    };
    let mut f = Facts::new(What::Report, &chain.head().roster, to, delivery);
    f.contact_given = a.contact.as_deref().is_some_and(|c| !c.trim().is_empty());
    f.credit_given = a.credit.as_deref().is_some_and(|c| !c.trim().is_empty());
    f.codename = a.replies;
    f.keep = a.keep.as_ref().map(|p| p.display().to_string());
    f
}

/// Builds, encrypts and uploads (or writes to `--output`) the report, with
/// the codename's keys already derived when replies are wanted (the team
/// simulation calls this without argon2 per report). Returns the receipt,
/// the drop box's id (none when written to a file) and the size.
pub fn send(
    a: &Send,
    client: Option<&Client>,
    chain: &VerifiedChain,
    keys: Option<&CodenameKeys>,
) -> anyhow::Result<(String, Option<String>, u64)> {
    let roster = &chain.head().roster;
    let to = recipients(roster, &a.leave_out)?;
    let body = match (&a.body, &a.body_file) {
        (Some(b), _) => Some(b.clone()),
        (None, Some(f)) => Some(std::fs::read_to_string(f).with_context(|| {
            t!(
                "error-cannot-read",
                file = untrusted(&f.display().to_string())
            )
        })?),
        (None, None) => None,
    };
    if body.as_deref().is_none_or(|b| b.trim().is_empty()) && a.attach.is_empty() {
        bail!("{}", t!("error-empty"));
    }
    if let Some(c) = &a.category
        && !roster.policy.categories.contains(c)
    {
        bail!(
            "{}",
            t!(
                "error-category",
                name = untrusted(c),
                categories = untrusted(&roster.policy.categories.join(", "))
            )
        );
    }
    let mut h = Header::new(Kind::Report, UnixTime::now().day(), roster.seq, to.clone());
    h.title = a.title.clone();
    h.body = body;
    h.category = a.category.clone();
    h.severity = a.severity.as_deref().map(severity).transpose()?;
    h.contact = a.contact.clone();
    h.credit = a.credit.clone();
    let files = attachments(&a.attach, a.team.json)?;
    h.attachments = files.iter().map(|f| f.meta.clone()).collect();
    if let Some(k) = keys {
        h.reply = Some(ReplyKeys {
            age: k.identity.recipient(),
            sign: k.mailbox_key.public(),
        });
        h.thread = Some(k.thread());
        // Derived from the codename (protocol 1.5), so `withdraw` can
        // delete the report with nothing else kept.
        h.delete_token = k.delete_token.clone();
    }
    let delete_hash = h.delete_token.hash().to_string();
    // Protocol 1.7: the secret `withdraw` sends is in no header, so only
    // the codename deletes the report through the mailbox route.
    let withdraw_hash = match keys {
        Some(k) => k.withdraw_secret.hash(),
        None => WithdrawSecret::generate().hash(),
    }
    .to_string();
    let slots = crate::commands::submission_slots(client, chain, &to, keys)?;
    let (out, temporary) = match &a.output {
        Some(p) => (p.clone(), false),
        None => (
            std::env::temp_dir().join(format!(
                "dropbox-submit-{}.age",
                dropbox_crypto::SubmissionId::random()
            )),
            true,
        ),
    };
    let result = (|| -> anyhow::Result<(String, Option<String>, u64)> {
        let (receipt, len) = encrypt_to_file(&out, h, &files, slots)?;
        let id = match &client {
            Some(c) if a.output.is_none() => Some(upload(
                c,
                &out,
                len,
                &receipt,
                &delete_hash,
                &withdraw_hash,
                a.team.json,
            )?),
            _ => None,
        };
        Ok((receipt.to_string(), id, len))
    })();
    // The copy is of what the drop box accepted, byte for byte: the
    // codename slot in it is what lets the codename alone open it.
    let result = result.and_then(|r| {
        if let (Some(keep), Some(_)) = (&a.keep, &r.1) {
            std::fs::copy(&out, keep)
                .with_context(|| t!("error-keep-report", file = shown(keep)))?;
        }
        Ok(r)
    });
    if temporary {
        let _ = std::fs::remove_file(&out);
    }
    let (receipt, id, len) = result?;
    // Every accepted report is followed by one own-log post: its thread
    // record, or a cover record when it has no codename.
    let mut record_failed = None;
    if let (Some(c), Some(_)) = (client, &id)
        && let Err(e) = crate::thread::post_thread_record(c, chain, keys, &to)
    {
        record_failed = Some(e);
    }
    if let (Some(e), Some(_)) = (&record_failed, keys) {
        errln!(
            "{}",
            t!("warn-record-failed", error = untrusted(&format!("{e:#}")))
        );
    }
    Ok((receipt, id, len))
}
