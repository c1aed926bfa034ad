//! `dropbox-submit followup`: a message in an existing conversation,
//! signed with the codename's key and encrypted like a report.

use dropbox_crypto::Sha256Digest;
use dropbox_crypto::bundle::{Header, Kind, ReplyKeys};
use dropbox_crypto::codename::CodenameKeys;
use dropbox_crypto::envelope;
use dropbox_crypto::messages::Followup;
use dropbox_crypto::roster::VerifiedChain;
use dropbox_crypto::time::UnixTime;

use crate::cli;
use crate::client::{self, Client};
use crate::commands::{attachments, encrypt_to_file, recipients, replies::read_codename, upload};

/// Runs the command.
pub fn run(a: &cli::Followup) -> anyhow::Result<()> {
    let client = Client::new(&a.team)?;
    let chain = client::verified_chain(&a.team, Some(&client))?;
    let codename = read_codename(a.codename_file.as_deref())?;
    let keys = codename.derive(&chain.fingerprint);
    let (receipt, id) = send(a, &client, &chain, &keys)?;
    if a.team.json {
        println!(
            "{}",
            serde_json::json!({"id": id, "receipt": receipt.to_string()})
        );
    } else {
        println!("Your follow-up was received. Receipt: {receipt}");
    }
    Ok(())
}

/// Builds, encrypts and uploads the follow-up with the codename's keys
/// already derived (the team simulation calls this without argon2 per
/// message). Returns the receipt and the drop box's id for it.
pub fn send(
    a: &cli::Followup,
    client: &Client,
    chain: &VerifiedChain,
    keys: &CodenameKeys,
) -> anyhow::Result<(Sha256Digest, String)> {
    let roster = &chain.head().roster;
    let to = recipients(roster, &a.leave_out)?;
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
        a.seq,
        today,
        a.message.clone(),
        digests,
    );
    let mut h = Header::new(Kind::Followup, today, roster.seq, to.clone());
    h.signed = Some(f.sign(&keys.mailbox_key));
    h.thread = Some(keys.thread());
    h.reply = Some(ReplyKeys {
        age: keys.identity.recipient(),
        sign: keys.mailbox_key.public(),
    });
    h.attachments = files.iter().map(|f| f.meta.clone()).collect();
    let delete_hash = h.delete_token.hash().to_string();
    let slots = envelope::submission_slots(roster, &to, Some(&keys.identity.recipient()))?;
    let out = std::env::temp_dir().join(format!(
        "dropbox-submit-{}.age",
        dropbox_crypto::SubmissionId::random()
    ));
    let result = encrypt_to_file(&out, h, &files, slots).and_then(|(receipt, len)| {
        Ok((
            receipt,
            upload(client, &out, len, &receipt, &delete_hash, a.team.json)?,
        ))
    });
    let _ = std::fs::remove_file(&out);
    result
}
