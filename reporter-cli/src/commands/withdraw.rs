//! `dropbox-submit withdraw`: take a report back with its codename
//! (protocol 1.5, docs/PROTOCOL.md §10.5).
//!
//! Two steps, each safe to repeat: a withdrawal signed with the codename's
//! key goes to the members who may read the conversation, worked out like
//! a follow-up's readers (so a member the report left out never receives
//! it); then the drop box's copy is deleted, if it is still there, with
//! the withdrawal secret the codename gives (protocol 1.7).

use anyhow::{Context, bail};

use dropbox_crypto::bundle::{Header, Kind, ReplyKeys};
use dropbox_crypto::codename::{CodenameKeys, WithdrawSecret};
use dropbox_crypto::httpsig::KeyId;
use dropbox_crypto::messages::Withdrawal;
use dropbox_crypto::roster::VerifiedChain;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{MemberId, Sha256Digest};

use crate::cli;
use crate::client::{self, Client};
use crate::commands::{encrypt_to_file, replies, replies::read_codename, upload};
use crate::l10n::untrusted;
use crate::output::WithdrawView;
use crate::thread;

/// What [`withdraw`] did.
pub struct Withdrawn {
    /// The drop box still held the report and deleted it now.
    pub deleted: bool,
    /// The withdrawal's receipt.
    pub receipt: Sha256Digest,
    /// The drop box's id for the withdrawal.
    pub id: String,
    /// Who can read the withdrawal.
    pub recipients: Vec<MemberId>,
}

/// Runs the command.
pub fn run(a: &cli::Withdraw) -> anyhow::Result<()> {
    let client = Client::new(&a.team)?;
    let chain = client::verified_chain(&a.team, Some(&client))?;
    let codename = read_codename(a.codename_file.as_deref())?;
    if !a.team.json {
        errln!("{}", t!("deriving-keys"));
    }
    let keys = codename.derive(&chain.fingerprint);
    let done = withdraw(a, &client, &chain, &keys)?;
    let roster = &chain.head().roster;
    let names: Vec<&str> = roster
        .members
        .iter()
        .filter(|m| done.recipients.contains(&m.id))
        .map(|m| m.name.as_str())
        .collect();
    if a.team.json {
        dropbox_term::print_json(&WithdrawView {
            deleted: done.deleted,
            id: done.id,
            receipt: done.receipt.to_string(),
            recipients: done.recipients.iter().map(|m| m.to_string()).collect(),
        })?;
        return Ok(());
    }
    if done.deleted {
        outln!("{}", t!("withdraw-deleted"));
    } else {
        outln!("{}", t!("withdraw-not-held"));
    }
    outln!(
        "{}",
        t!(
            "withdraw-received",
            receipt = done.receipt.to_string(),
            names = untrusted(&names.join(", "))
        )
    );
    outln!("{}", t!("withdraw-next"));
    Ok(())
}

/// Sends the signed withdrawal, then deletes the drop box's copy (if
/// there), with the codename's keys already derived.
pub fn withdraw(
    a: &cli::Withdraw,
    client: &Client,
    chain: &VerifiedChain,
    keys: &CodenameKeys,
) -> anyhow::Result<Withdrawn> {
    // The team first: deleting the drop box's copy and then failing to
    // tell the team (a member without a current drop key, a refused
    // upload) left the members' copies open for good, while the reporter
    // was told to try again. Told first, a failure deletes nothing.
    let sent =
        tell_the_team(a, client, chain, keys).with_context(|| t!("error-withdraw-untold"))?;
    let mailbox = keys.mailbox();
    // The withdrawal secret (protocol 1.7), not the delete token: that
    // one is in the report's header, so every recipient holds it.
    let secret = zeroize::Zeroizing::new(keys.withdraw_secret.expose_text());
    let (status, v) = client.signed_delete(
        &format!("/v1/mailboxes/{mailbox}/report"),
        &KeyId::Mailbox(mailbox),
        &keys.mailbox_key,
        &[("Dropbox-Withdraw-Secret", secret.as_str())],
    )?;
    let deleted = match status {
        204 => true,
        404 => false,
        _ => bail!(
            "{}",
            t!(
                "error-withdraw-refused",
                code = status.to_string(),
                detail = untrusted(&client::error_message(&v))
            )
        ),
    };
    Ok(Withdrawn { deleted, ..sent })
}

fn tell_the_team(
    a: &cli::Withdraw,
    client: &Client,
    chain: &VerifiedChain,
    keys: &CodenameKeys,
) -> anyhow::Result<Withdrawn> {
    let roster = &chain.head().roster;
    let own = thread::read_own(client, chain, keys)?;
    let (shown, problems) = replies::fetch(client, chain, keys)?;
    if !a.team.json {
        for p in own.problems.iter().chain(&problems) {
            errln!("{}", t!("warn-problem", problem = untrusted(p)));
        }
    }
    let to = thread::next_followup(chain, &own, &shown, &[])?.recipients;
    let today = UnixTime::now().day();
    let w = Withdrawal::new(
        chain.fingerprint,
        keys.mailbox(),
        today,
        a.reason.clone().unwrap_or_default(),
        &to,
    );
    let mut h = Header::new(Kind::Withdrawal, today, roster.seq, to.clone());
    h.signed = Some(w.sign(&keys.mailbox_key));
    h.thread = Some(keys.thread());
    h.reply = Some(ReplyKeys {
        age: keys.identity.recipient(),
        sign: keys.mailbox_key.public(),
    });
    let delete_hash = h.delete_token.hash().to_string();
    // The same slots as a follow-up: to drop keys when the team uses them.
    let slots = crate::commands::submission_slots(Some(client), chain, &to, Some(keys))?;
    let out = std::env::temp_dir().join(format!(
        "dropbox-submit-{}.age",
        dropbox_crypto::SubmissionId::random()
    ));
    let result = encrypt_to_file(&out, h, &[], slots).and_then(|(receipt, len)| {
        Ok((
            receipt,
            upload(
                client,
                &out,
                len,
                &receipt,
                &delete_hash,
                &WithdrawSecret::generate().hash().to_string(),
                a.team.json,
            )?,
        ))
    });
    let _ = std::fs::remove_file(&out);
    let (receipt, id) = result?;
    Ok(Withdrawn {
        deleted: false,
        receipt,
        id,
        recipients: to,
    })
}
