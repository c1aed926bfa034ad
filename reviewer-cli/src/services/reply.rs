//! Replies to the reporter: signed by this member, encrypted to the
//! reporter's codename and to the case's recipients still in the roster,
//! queued, and posted at once when the drop box is reachable (else with the
//! next sync). Every reply is also a team event.

use anyhow::{Context, bail};

use dropbox_crypto::bundle::Kind;
use dropbox_crypto::{envelope, messages};

use crate::remote::Api;
use crate::services::session::Session;
use crate::services::teamlog;
use crate::store::OutItem;

/// Whether a queued reply reached the drop box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Posted {
    /// Posted to the reporter's mailbox.
    Now,
    /// Queued: the drop box is not reachable now (why); the next sync posts it.
    Unreachable(String),
    /// Queued: no drop box is set yet; the next sync posts it.
    NoServer,
}

/// A reply sent or queued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// Its number in the case's thread.
    pub seq: u64,
    /// Whether it was posted.
    pub posted: Posted,
}

/// Signs, encrypts, queues and records a reply in an open session, then
/// posts the outbox when the drop box is set and reachable.
pub fn send(s: &mut Session, id: &str, message: &str) -> anyhow::Result<Sent> {
    let id = &s.store.resolve_id(id)?;
    if message.trim().is_empty() {
        bail!("the reply is empty");
    }
    let mut c = s.store.open_case(id)?;
    let reply_keys = c
        .report
        .reply
        .clone()
        .context("the reporter did not ask for replies (no codename)")?;
    let mailbox = dropbox_crypto::MailboxId::from_key_bytes(reply_keys.sign.to_bytes());
    let chain = s.chain()?;
    let head = &chain.head().roster;
    // Only the case's recipients still in the roster, never a member the
    // reporter left out.
    let to = teamlog::recipients(&c, chain);
    // One sequence for the whole team: every reply is also a team event,
    // so the next number follows the highest any member sent (as far as
    // this store has synced; two members replying offline at once still
    // collide, and the reporter's page flags the duplicate).
    let st = c.state();
    let seq = st
        .replies
        .iter()
        .map(|r| r.seq)
        .max()
        .unwrap_or(0)
        .max(c.replies_sent)
        + 1;
    let now = s.now();
    let today = now.day();
    let r = messages::Reply::new(
        chain.fingerprint,
        mailbox,
        seq,
        s.keys.id.clone(),
        today,
        message.to_owned(),
    )
    // Protocol 1.3: the roster this member acts under (the reporter checks
    // the reply against it) and the case's recipients, so the reporter's
    // next follow-up goes to them and never to a member left out.
    .with_case(
        head.seq,
        &to.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
    );
    let mut h = dropbox_crypto::bundle::Header::new(
        Kind::Reply,
        today,
        head.seq,
        to.iter().map(|m| m.id.clone()).collect(),
    );
    h.signed = Some(r.sign(&s.keys.sign));
    let plain = zeroize::Zeroizing::new(dropbox_crypto::bundle::encode_to_vec(h, &[])?);
    let mut slots = vec![envelope::Slot::Real(reply_keys.age.clone())];
    slots.extend(to.iter().map(|m| envelope::Slot::Real(m.age.clone())));
    let ct = envelope::encrypt_vec(slots, &plain)?;
    c.replies_sent = seq;
    c.access(now.0, s.keys.id.as_str(), format!("reply #{seq} queued"));
    s.store.update_and_queue(
        &c,
        &OutItem {
            id: 0,
            kind: "reply".into(),
            target: mailbox.to_string(),
            case_id: None,
            event_id: None,
            data: ct,
        },
    )?;
    let mut events = vec![messages::EventBody::Reply {
        seq,
        body: message.to_owned(),
    }];
    // Replying acknowledges the report, for the team's clocks too.
    if c.state().acknowledged.is_none() {
        events.push(messages::EventBody::Step {
            step: messages::StepKind::Acknowledged,
            detail: format!("reply #{seq}"),
        });
    }
    let (ctx, store) = s.parts()?;
    for body in events {
        teamlog::record(store, &ctx, &mut c, body)?;
    }
    let posted = match s.cfg.server.clone() {
        Some(server) => {
            let api = Api::new(&server, &s.keys)?;
            match teamlog::post_outbox(&api, &mut s.store) {
                Ok((_, errors)) if errors.is_empty() => Posted::Now,
                Ok((_, errors)) => bail!("{}", errors.join("; ")),
                Err(e) => Posted::Unreachable(format!("{e:#}")),
            }
        }
        None => Posted::NoServer,
    };
    Ok(Sent { seq, posted })
}
