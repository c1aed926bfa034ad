//! `dropbox-submit followup`: a message in an existing conversation,
//! signed with the codename's key and encrypted like a report.
//!
//! Who may read it and its number come from the mailbox (the thread
//! record and follow-up copies in the own log, and the team's replies),
//! never from this machine: see `crate::thread`.

use anyhow::{Context, bail};

use dropbox_crypto::bundle::{Header, Kind, ReplyKeys};
use dropbox_crypto::codename::{CodenameKeys, WithdrawSecret};
use dropbox_crypto::messages::Followup;
use dropbox_crypto::roster::VerifiedChain;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{MemberId, Sha256Digest};

use crate::cli;
use crate::client::{self, Client};
use crate::commands::shown as path_arg;
use crate::commands::{attachments, encrypt_to_file, replies, replies::read_codename, upload};
use crate::consent::{self, Delivery, Facts, What};
use crate::l10n::untrusted;
use crate::output::FollowupView;
use crate::thread;

/// Runs the command.
pub fn run(a: &cli::Followup) -> anyhow::Result<()> {
    // Before any network: a script that forgot --yes learns it at once.
    consent::check_can_ask(a.yes)?;
    let client = Client::new(&a.team)?;
    let chain = client::verified_chain(&a.team, Some(&client))?;
    let roster = &chain.head().roster;
    let mut leave_out: Vec<MemberId> = Vec::new();
    for l in &a.leave_out {
        match roster.member_str(l) {
            Some(m) => leave_out.push(m.id.clone()),
            None => {
                let ids: Vec<&str> = roster.members.iter().map(|m| m.id.as_str()).collect();
                bail!("{}", crate::commands::not_a_member(l, &ids));
            }
        }
    }
    let codename = read_codename(a.codename_file.as_deref())?;
    let keys = codename.derive(&chain.fingerprint);
    let sent = send(a, &client, &chain, &keys, &|f| {
        consent::confirm(f, a.yes, a.team.json)
    })?;
    let names: Vec<&str> = roster
        .members
        .iter()
        .filter(|m| sent.recipients.contains(&m.id))
        .map(|m| m.name.as_str())
        .collect();
    if a.team.json {
        dropbox_term::print_json(&FollowupView {
            id: sent.id.clone(),
            receipt: sent.receipt.to_string(),
            seq: sent.seq,
            recipients: sent.recipients.iter().map(|m| m.to_string()).collect(),
            left_out: sent.left_out.iter().map(|m| m.to_string()).collect(),
            replies: replies::json_of(&sent.replies),
            consent: sent.consent.clone(),
            keep: a.keep.as_ref().map(|p| p.display().to_string()),
        })?;
    } else {
        // Working out the recipients read the mailbox, which starts the
        // drop box's clock on these replies: so they are shown here, not
        // left to expire unseen.
        if !sent.replies.is_empty() {
            outln!("{}", t!("followup-replies-so-far"));
            outln!();
            replies::print(&sent.replies);
        }
        outln!(
            "{}",
            t!(
                "followup-received",
                seq = sent.seq.to_string(),
                receipt = sent.receipt.to_string()
            )
        );
        outln!(
            "{}",
            t!("followup-readable", names = untrusted(&names.join(", ")))
        );
        if let Some(k) = &a.keep {
            outln!("{}", t!("keep-saved", file = path_arg(k)));
        }
    }
    Ok(())
}

/// What [`send`] sent.
pub struct Sent {
    /// The receipt.
    pub receipt: Sha256Digest,
    /// The drop box's id for it.
    pub id: String,
    /// Its number in the conversation.
    pub seq: u64,
    /// Who can read it.
    pub recipients: Vec<MemberId>,
    /// Whom the thread leaves out.
    pub left_out: Vec<MemberId>,
    /// The team's replies, read from the mailbox to work out the readers
    /// (the read marks them read on the drop box).
    pub replies: Vec<dropbox_crypto::messages::ChainReply>,
    /// What the reporter agreed to.
    pub consent: Facts,
}

/// Works out the follow-up's readers and number from the mailbox, then
/// builds, encrypts, uploads and records it, with the codename's keys
/// already derived (the team simulation calls this without argon2 per
/// message). `confirm` sees the facts once the readers are known and
/// before anything is encrypted; an error from it stops the follow-up.
pub fn send(
    a: &cli::Followup,
    client: &Client,
    chain: &VerifiedChain,
    keys: &CodenameKeys,
    confirm: &dyn Fn(&Facts) -> anyhow::Result<()>,
) -> anyhow::Result<Sent> {
    let roster = &chain.head().roster;
    let leave_out: Vec<MemberId> = a
        .leave_out
        .iter()
        .filter_map(|l| roster.member_str(l).map(|m| m.id.clone()))
        .collect();
    let own = thread::read_own(client, chain, keys)?;
    let (shown, problems) = replies::fetch(client, chain, keys)?;
    if !a.team.json {
        for p in own.problems.iter().chain(&problems) {
            errln!("{}", t!("warn-problem", problem = untrusted(p)));
        }
    }
    let next = thread::next_followup(chain, &own, &shown, &leave_out)?;
    let to = next.recipients;
    let seq = a.seq.unwrap_or(next.seq);
    let mut facts = Facts::new(
        What::Followup,
        roster,
        &to,
        Delivery::Server {
            url: client.base.clone(),
        },
    );
    facts.keep = a.keep.as_ref().map(|p| p.display().to_string());
    confirm(&facts)?;
    // The signature covers each attachment's sha256 (after cleaning).
    let files = attachments(&a.attach, a.team.json)?;
    let digests = files
        .iter()
        .map(|f| f.digest())
        .collect::<anyhow::Result<Vec<_>>>()?;
    let today = UnixTime::now().day();
    let f = Followup::new(
        chain.fingerprint,
        keys.mailbox(),
        seq,
        today,
        a.message.clone(),
        digests,
    )
    .with_recipients(&to);
    let signed = f.sign(&keys.mailbox_key);
    let mut h = Header::new(Kind::Followup, today, roster.seq, to.clone());
    h.signed = Some(signed.clone());
    h.thread = Some(keys.thread());
    h.reply = Some(ReplyKeys {
        age: keys.identity.recipient(),
        sign: keys.mailbox_key.public(),
    });
    h.attachments = files.iter().map(|f| f.meta.clone()).collect();
    let delete_hash = h.delete_token.hash().to_string();
    let slots = crate::commands::submission_slots(Some(client), chain, &to, Some(keys))?;
    let out = std::env::temp_dir().join(format!(
        "dropbox-submit-{}.age",
        dropbox_crypto::SubmissionId::random()
    ));
    let result = encrypt_to_file(&out, h, &files, slots).and_then(|(receipt, len)| {
        let id = upload(
            client,
            &out,
            len,
            &receipt,
            &delete_hash,
            &WithdrawSecret::generate().hash().to_string(),
            a.team.json,
        )?;
        // Exactly what the drop box accepted: its codename slot opens it.
        if let Some(keep) = &a.keep {
            std::fs::copy(&out, keep)
                .with_context(|| t!("error-keep-followup", file = path_arg(keep)))?;
        }
        Ok((receipt, id))
    });
    let _ = std::fs::remove_file(&out);
    let (receipt, id) = result?;
    // Its number is known to the next follow-up, from any client, only
    // through this copy.
    let copy = thread::post_followup_copy(client, keys, signed, roster.seq);
    if let Err(e) = &copy {
        errln!(
            "{}",
            t!(
                "warn-copy-failed",
                error = untrusted(&format!("{e:#}")),
                next = (seq + 1).to_string()
            )
        );
    }
    Ok(Sent {
        receipt,
        id,
        seq,
        recipients: to,
        left_out: next.left_out,
        replies: shown,
        consent: facts,
    })
}
