//! The reporter's side of a thread without local state (protocol 1.3,
//! PROTOCOL §10.4 and §15.9): the thread record and follow-up copies in
//! the mailbox's own log, and what the next follow-up may go to and which
//! number it takes, worked out from the own log and the team's replies.
//!
//! Invariant: a follow-up is never encrypted to a member the thread's
//! first report left out. When neither a thread record nor a reply naming
//! the case's recipients can be read, the follow-up is refused rather
//! than sent to everyone.

use anyhow::{Context, bail};
use rand::RngCore;

use dropbox_crypto::bundle::{self, BundleWriter, Header, Kind};
use dropbox_crypto::codename::{CodenameKeys, keys_from_seed};
use dropbox_crypto::dsse::{Envelope, FOLLOWUP_TYPE, THREAD_TYPE};
use dropbox_crypto::httpsig::KeyId;
use dropbox_crypto::messages::{self, Followup, ThreadRecord};
use dropbox_crypto::roster::VerifiedChain;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::wire::OwnItem;
use dropbox_crypto::{MemberId, envelope};

use crate::client::Client;

/// Encrypts `signed` (a thread record or a follow-up copy) to the codename
/// alone, as an `own` bundle.
fn own_item(keys: &CodenameKeys, signed: Envelope, roster_seq: u64) -> anyhow::Result<Vec<u8>> {
    let mut h = Header::new(Kind::Own, UnixTime::now().day(), roster_seq, Vec::new());
    h.signed = Some(signed);
    let age = envelope::encrypt_to(Vec::new(), &[keys.identity.recipient()])?;
    Ok(BundleWriter::new(age, h)?.finish()?.finish()?)
}

/// Posts one item to the mailbox's own log.
fn post(client: &Client, keys: &CodenameKeys, data: &[u8]) -> anyhow::Result<()> {
    let mailbox = keys.mailbox();
    let token = crate::commands::upload_token(client)?;
    let extra: Vec<(&str, &str)> = token
        .as_deref()
        .map(|t| ("Dropbox-Upload-Token", t))
        .into_iter()
        .collect();
    let (status, v) = client.signed_post(
        &format!("/v1/mailboxes/{mailbox}/own"),
        &KeyId::Mailbox(mailbox),
        &keys.mailbox_key,
        data,
        &extra,
    )?;
    if status != 201 {
        bail!(
            "the drop box answered {status} when storing your conversation's record: {}",
            crate::client::error_message(&v)
        );
    }
    Ok(())
}

/// Right after a report is accepted: posts its thread record (who it went
/// to, who it left out) when it has a codename, or else a cover record of
/// the same size under a throwaway key, so the server cannot tell whether
/// a codename exists.
pub fn post_thread_record(
    client: &Client,
    chain: &VerifiedChain,
    keys: Option<&CodenameKeys>,
    recipients: &[MemberId],
) -> anyhow::Result<()> {
    let roster = &chain.head().roster;
    let today = UnixTime::now().day();
    let cover;
    let keys = match keys {
        Some(k) => k,
        None => {
            let mut seed = zeroize::Zeroizing::new([0u8; 32]);
            rand::rngs::OsRng.fill_bytes(seed.as_mut());
            cover = keys_from_seed(&seed);
            &cover
        }
    };
    let record = ThreadRecord::new(chain.fingerprint, keys.mailbox(), roster, today, recipients);
    let data = own_item(keys, record.sign(&keys.mailbox_key), roster.seq)?;
    post(client, keys, &data)
}

/// After a follow-up's upload was accepted: keeps a copy of its signed
/// message (no attachments) in the own log, so every client later knows
/// its number.
pub fn post_followup_copy(
    client: &Client,
    keys: &CodenameKeys,
    signed: Envelope,
    roster_seq: u64,
) -> anyhow::Result<()> {
    let data = own_item(keys, signed, roster_seq)?;
    post(client, keys, &data)
}

/// What the own log says.
#[derive(Default)]
pub struct OwnLog {
    /// The thread record (the first one, if a client posted it twice).
    pub record: Option<ThreadRecord>,
    /// The reporter's own follow-ups, in the order kept.
    pub followups: Vec<Followup>,
    /// Items that did not verify (shown as warnings, never trusted).
    pub problems: Vec<String>,
}

/// Reads and verifies the mailbox's own log.
pub fn read_own(
    client: &Client,
    chain: &VerifiedChain,
    keys: &CodenameKeys,
) -> anyhow::Result<OwnLog> {
    let mailbox = keys.mailbox();
    let (status, v) = client.signed_get(
        &format!("/v1/mailboxes/{mailbox}/own"),
        &KeyId::Mailbox(mailbox),
        &keys.mailbox_key,
    )?;
    if status != 200 {
        bail!(
            "the drop box answered {status} for your conversation's record: {}",
            crate::client::error_message(&v)
        );
    }
    let mut log = OwnLog::default();
    // Each item is parsed on its own, so a malformed one is reported
    // without hiding the others.
    for item in v.as_array().cloned().unwrap_or_default() {
        let got = (|| -> anyhow::Result<()> {
            let item: OwnItem = crate::client::parse(item).context("malformed")?;
            let plain = envelope::decrypt_vec(&item.data, &[&keys.identity])?;
            let d = bundle::decode_slice(&plain, 0)?;
            if d.header.kind != Kind::Own {
                bail!("not an item of your own log");
            }
            let env = d.header.signed.context("unsigned")?;
            match env.payload_type.as_str() {
                THREAD_TYPE => {
                    let r = messages::verify_thread_record(&env, &chain.fingerprint, &mailbox)?;
                    log.record.get_or_insert(r);
                }
                FOLLOWUP_TYPE => {
                    let f = messages::verify_followup_signature(&env, &chain.fingerprint)?;
                    if f.mailbox != mailbox {
                        bail!("a follow-up of another mailbox");
                    }
                    log.followups.push(f);
                }
                other => bail!("unexpected item {other}"),
            }
            Ok(())
        })();
        if let Err(e) = got {
            log.problems
                .push(format!("an item of your own log was ignored ({e:#})"));
        }
    }
    Ok(log)
}

/// The recipients of the next follow-up and its number.
pub struct Next {
    /// Who the follow-up is encrypted to, in roster order.
    pub recipients: Vec<MemberId>,
    /// Its number.
    pub seq: u64,
    /// Members of the head the thread leaves out (for the message).
    pub left_out: Vec<MemberId>,
}

/// Works out the next follow-up from the own log and the verified replies
/// (newest last); `leave_out` are members to leave out of this one too.
pub fn next_followup(
    chain: &VerifiedChain,
    own: &OwnLog,
    replies: &[messages::ChainReply],
    leave_out: &[MemberId],
) -> anyhow::Result<Next> {
    let roster = &chain.head().roster;
    let newest = replies
        .iter()
        .rev()
        .find_map(|r| r.reply.recipients.as_deref());
    let recipients = messages::followup_recipients(own.record.as_ref(), newest, roster, leave_out)
        .with_context(|| t!("error-readers-unknown"))?;
    if recipients.is_empty() {
        bail!("{}", t!("error-no-reader-left"));
    }
    let own_seqs: Vec<u64> = own.followups.iter().map(|f| f.seq).collect();
    let seq = messages::next_followup_seq(&own_seqs, &[]);
    let left_out = roster
        .members
        .iter()
        .map(|m| m.id.clone())
        .filter(|id| !recipients.contains(id))
        .collect();
    Ok(Next {
        recipients,
        seq,
        left_out,
    })
}
