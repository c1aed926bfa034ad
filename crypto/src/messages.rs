//! Replies, follow-ups and team events: the signed messages that travel
//! inside age envelopes (as a bundle header's `signed` field).
//!
//! - A reply is signed by a member's `sign` key and names the team, the
//!   mailbox and a per-mailbox sequence number, so the reporter sees "from
//!   <member>" and notices gaps.
//! - A follow-up is signed by the codename's ed25519 key (keyid
//!   `mbx:<mailbox>`); its thread is sha256 of that key, and it lists the
//!   sha256 of each attachment so they are covered by the signature.
//! - A team event is signed by a member and names the team, the case, a
//!   random event id, the roster seq and the last log seq the author had seen.
//! - A thread record (protocol 1.3) is signed by the codename's key and
//!   kept in the reporter's own log in the mailbox, readable only with the
//!   codename: it names who the thread's first report went to and who it
//!   left out, so every later follow-up, from any client, keeps the
//!   recusal without state on the reporter's device.
//!
//! Recusal (protocol 1.3): follow-ups and replies carry the recipients they
//! were meant for, signed, so neither client nor member can silently widen
//! a thread to a member its first report left out.
//!
//! Spec: docs/PROTOCOL.md §Messages.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::bundle::Severity;
use crate::codename::thread_of;
use crate::dsse::{
    DsseError, EVENT_TYPE, Envelope, FOLLOWUP_TYPE, REPLY_TYPE, THREAD_TYPE, WITHDRAWAL_TYPE,
};
use crate::ids::{CaseId, EventId, MailboxId, MemberId, Sha256Digest, TeamFingerprint};
use crate::jcs;
use crate::keys::{SignPublicKey, SignSecretKey};
use crate::roster::{Roster, VerifiedChain};
use crate::time::Day;

/// `type` of a reply payload.
pub const REPLY_KIND: &str = "dropbox-reply/1";
/// `type` of a follow-up payload.
pub const FOLLOWUP_KIND: &str = "dropbox-followup/1";
/// `type` of an event payload.
pub const EVENT_KIND: &str = "dropbox-event/1";
/// `type` of a thread record payload (protocol 1.3).
pub const THREAD_KIND: &str = "dropbox-thread/1";
/// `type` of a withdrawal payload (protocol 1.5).
pub const WITHDRAWAL_KIND: &str = "dropbox-withdrawal/1";

/// Why a signed message was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MessageError {
    /// The envelope or payload is malformed or of the wrong type.
    #[error(transparent)]
    Envelope(#[from] DsseError),
    /// Canonical JSON that is not a valid message.
    #[error("invalid message: {0}")]
    Invalid(String),
    /// For another team.
    #[error("message is for another team")]
    WrongTeam,
    /// For another mailbox or thread.
    #[error("message is for another mailbox or thread")]
    WrongMailbox,
    /// The author is not a member of the roster in force.
    #[error("{0} is not a member of the roster")]
    NotMember(String),
    /// No valid signature by the claimed author.
    #[error("no valid signature by the message's author")]
    BadSignature,
    /// The attachments do not match the signed digests.
    #[error("attachments do not match the signed digests")]
    AttachmentMismatch,
    /// An event claims to have seen log entries after its own position.
    #[error("event claims to have seen the future")]
    FutureSeq,
    /// A reply signed with a key its author no longer held (removed from
    /// the team, or the key rotated out) when the reply was posted.
    #[error("{0} no longer held this key when the reply was posted")]
    FormerKey(String),
}

impl MessageError {
    /// A stable code for test vectors shared with the page.
    pub fn code(&self) -> &'static str {
        match self {
            MessageError::Envelope(e) => e.code(),
            MessageError::Invalid(_) => "message-invalid",
            MessageError::WrongTeam => "message-wrong-team",
            MessageError::WrongMailbox => "message-wrong-mailbox",
            MessageError::NotMember(_) => "message-not-member",
            MessageError::BadSignature => "message-bad-signature",
            MessageError::AttachmentMismatch => "message-attachment-mismatch",
            MessageError::FutureSeq => "message-future-seq",
            MessageError::FormerKey(_) => "message-former-key",
        }
    }
}

/// A reply from a member to a reporter's mailbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Always [`REPLY_KIND`].
    #[serde(rename = "type")]
    pub kind: String,
    /// The team.
    pub team: TeamFingerprint,
    /// The reporter's mailbox.
    pub mailbox: MailboxId,
    /// 1, 2, … per mailbox, so the reporter can see gaps.
    pub seq: u64,
    /// The author.
    pub member: MemberId,
    /// The day written.
    pub created: Day,
    /// The text.
    pub body: String,
    /// The roster the author acted under (protocol 1.3; absent from 1.2
    /// replies): the reporter verifies the reply against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roster_seq: Option<u64>,
    /// The case's recipients as the author's store has them, sorted
    /// (protocol 1.3; absent from 1.2 replies): the reporter's next
    /// follow-up goes to these members, never to one the case left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<MemberId>>,
}

impl Reply {
    /// A reply ready to sign.
    pub fn new(
        team: TeamFingerprint,
        mailbox: MailboxId,
        seq: u64,
        member: MemberId,
        created: Day,
        body: String,
    ) -> Self {
        Reply {
            kind: REPLY_KIND.into(),
            team,
            mailbox,
            seq,
            member,
            created,
            body,
            roster_seq: None,
            recipients: None,
        }
    }

    /// The same reply naming the roster its author acts under and the
    /// case's recipients (sorted and deduplicated here): what every 1.3
    /// reply carries.
    pub fn with_case(mut self, roster_seq: u64, recipients: &[MemberId]) -> Self {
        self.roster_seq = Some(roster_seq);
        self.recipients = Some(sorted(recipients));
        self
    }

    /// Signs it with the member's `sign` key.
    pub fn sign(&self, key: &SignSecretKey) -> Envelope {
        Envelope::sign(
            REPLY_TYPE,
            &jcs::to_canonical(self),
            &[(self.member.as_str(), key)],
        )
    }
}

/// Verifies a reply against the roster, for this team and mailbox.
pub fn verify_reply(
    env: &Envelope,
    roster: &Roster,
    team: &TeamFingerprint,
    mailbox: &MailboxId,
) -> Result<Reply, MessageError> {
    let parsed = env.parse(REPLY_TYPE)?;
    let reply: Reply = parsed.payload_as().map_err(shape)?;
    if reply.kind != REPLY_KIND {
        return Err(MessageError::Invalid("type".into()));
    }
    if &reply.team != team {
        return Err(MessageError::WrongTeam);
    }
    if &reply.mailbox != mailbox {
        return Err(MessageError::WrongMailbox);
    }
    let member = roster
        .member(&reply.member)
        .ok_or_else(|| MessageError::NotMember(reply.member.to_string()))?;
    signed_by(&parsed, reply.member.as_str(), &member.sign)?;
    Ok(reply)
}

/// Where a reply's author stands in the head roster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// A member of the head roster, with the key that signed.
    Member,
    /// Still a member, but the signing key has since been rotated out.
    FormerKey,
    /// No longer a member of the team.
    FormerMember,
}

/// A reply verified against the chain, with its author's display name and
/// standing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainReply {
    /// The reply.
    pub reply: Reply,
    /// The author's name in the roster the reply was verified against.
    pub name: String,
    /// Whether the author still holds that key in the head roster.
    pub standing: Standing,
}

/// Verifies a reply found in a mailbox against the roster in force when it
/// was written and posted (protocol 1.3). `posted_seq` is the roster head
/// the server had when the reply was posted (the mailbox item's
/// `roster_seq`).
///
/// The rule: the reply's signed `roster_seq` (or, for a 1.2 reply, the
/// posted one) names the roster it is checked against; it may not be after
/// `posted_seq`, which may not be after the chain's head. Then every roster
/// from that one up to `posted_seq` must still list the author with the
/// same `sign` key: a key removed or rotated out before the reply was
/// posted is refused (`message-former-key`), however old the roster it
/// names. A key rotated out or removed *after* posting still verifies,
/// and [`Standing`] says so.
pub fn verify_reply_in_chain(
    env: &Envelope,
    chain: &VerifiedChain,
    mailbox: &MailboxId,
    posted_seq: u64,
) -> Result<ChainReply, MessageError> {
    let head = chain.head().roster.seq;
    if posted_seq == 0 || posted_seq > head {
        return Err(MessageError::Invalid(
            "reply posted under a roster this chain does not have".into(),
        ));
    }
    // Parse once (without trusting anything) for the roster it names.
    let claimed: Reply = env.parse(REPLY_TYPE)?.payload_as().map_err(shape)?;
    let written = claimed.roster_seq.unwrap_or(posted_seq);
    if written == 0 || written > posted_seq {
        return Err(MessageError::Invalid(
            "reply names a roster newer than its posting".into(),
        ));
    }
    let at = chain
        .at(written)
        .ok_or_else(|| MessageError::Invalid("reply names an unknown roster".into()))?;
    let reply = verify_reply(env, &at.roster, &chain.fingerprint, mailbox)?;
    let member = at
        .roster
        .member(&reply.member)
        .ok_or_else(|| MessageError::NotMember(reply.member.to_string()))?;
    let key = member.sign;
    let name = member.name.clone();
    for r in &chain.rosters {
        let s = r.roster.seq;
        if s > written && s <= posted_seq {
            let same = r
                .roster
                .member(&reply.member)
                .is_some_and(|m| m.sign == key);
            if !same {
                return Err(MessageError::FormerKey(reply.member.to_string()));
            }
        }
    }
    let standing = match chain.head().roster.member(&reply.member) {
        Some(m) if m.sign == key => Standing::Member,
        Some(_) => Standing::FormerKey,
        None => Standing::FormerMember,
    };
    Ok(ChainReply {
        reply,
        name,
        standing,
    })
}

/// Sequence numbers missing from a mailbox's replies (1-based, up to the
/// highest seen).
pub fn reply_gaps(seqs: &[u64]) -> Vec<u64> {
    let max = seqs.iter().copied().max().unwrap_or(0);
    (1..=max).filter(|s| !seqs.contains(s)).collect()
}

/// A reporter's follow-up in a thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Followup {
    /// Always [`FOLLOWUP_KIND`].
    #[serde(rename = "type")]
    pub kind: String,
    /// The team.
    pub team: TeamFingerprint,
    /// The reporter's mailbox (the signing key).
    pub mailbox: MailboxId,
    /// sha256 of the mailbox key.
    pub thread: Sha256Digest,
    /// 1, 2, … per thread.
    pub seq: u64,
    /// The day written.
    pub created: Day,
    /// The text.
    pub body: String,
    /// sha256 of each attachment, in bundle order.
    pub attachments: Vec<Sha256Digest>,
    /// The members it is encrypted to, sorted (protocol 1.3; absent from
    /// 1.2 follow-ups). A member not in it files nothing of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<MemberId>>,
}

impl Followup {
    /// A follow-up ready to sign.
    pub fn new(
        team: TeamFingerprint,
        mailbox: MailboxId,
        seq: u64,
        created: Day,
        body: String,
        attachments: Vec<Sha256Digest>,
    ) -> Self {
        Followup {
            kind: FOLLOWUP_KIND.into(),
            team,
            thread: thread_of(&mailbox),
            mailbox,
            seq,
            created,
            body,
            attachments,
            recipients: None,
        }
    }

    /// The same follow-up naming the members it is encrypted to (sorted
    /// and deduplicated here): what every 1.3 follow-up carries.
    pub fn with_recipients(mut self, recipients: &[MemberId]) -> Self {
        self.recipients = Some(sorted(recipients));
        self
    }

    /// Signs it with the codename's mailbox key.
    pub fn sign(&self, key: &SignSecretKey) -> Envelope {
        let keyid = format!("mbx:{}", self.mailbox);
        Envelope::sign(FOLLOWUP_TYPE, &jcs::to_canonical(self), &[(&keyid, key)])
    }
}

/// Verifies a follow-up for this team, returning it; `attachments` are the
/// digests the bundle's trailer checked.
pub fn verify_followup(
    env: &Envelope,
    team: &TeamFingerprint,
    attachments: &[Sha256Digest],
) -> Result<Followup, MessageError> {
    let f = verify_followup_signature(env, team)?;
    if f.attachments != attachments {
        return Err(MessageError::AttachmentMismatch);
    }
    Ok(f)
}

/// Verifies a follow-up's signature, type, team and thread, but not its
/// attachments: for the copies a reporter keeps in its own log, which
/// carry no attachment bytes.
pub fn verify_followup_signature(
    env: &Envelope,
    team: &TeamFingerprint,
) -> Result<Followup, MessageError> {
    let parsed = env.parse(FOLLOWUP_TYPE)?;
    let f: Followup = parsed.payload_as().map_err(shape)?;
    if f.kind != FOLLOWUP_KIND {
        return Err(MessageError::Invalid("type".into()));
    }
    if &f.team != team {
        return Err(MessageError::WrongTeam);
    }
    if f.thread != thread_of(&f.mailbox) {
        return Err(MessageError::WrongMailbox);
    }
    let key =
        SignPublicKey::from_bytes(f.mailbox.key_bytes()).map_err(|_| MessageError::BadSignature)?;
    signed_by(&parsed, &format!("mbx:{}", f.mailbox), &key)?;
    Ok(f)
}

/// A reporter's withdrawal of the report that started its thread
/// (protocol 1.5): signed by the codename's mailbox key, encrypted to the
/// thread's readers like a follow-up. Its recipients close the case
/// unless one of them records a reason to keep it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    /// Always [`WITHDRAWAL_KIND`].
    #[serde(rename = "type")]
    pub kind: String,
    /// The team.
    pub team: TeamFingerprint,
    /// The reporter's mailbox (the signing key).
    pub mailbox: MailboxId,
    /// sha256 of the mailbox key: the thread withdrawn.
    pub thread: Sha256Digest,
    /// The day written.
    pub created: Day,
    /// Why, in the reporter's words (may be empty).
    pub body: String,
    /// The members it is encrypted to, sorted: a member not in it files
    /// nothing of it.
    pub recipients: Vec<MemberId>,
}

impl Withdrawal {
    /// A withdrawal ready to sign.
    pub fn new(
        team: TeamFingerprint,
        mailbox: MailboxId,
        created: Day,
        body: String,
        recipients: &[MemberId],
    ) -> Self {
        Withdrawal {
            kind: WITHDRAWAL_KIND.into(),
            team,
            thread: thread_of(&mailbox),
            mailbox,
            created,
            body,
            recipients: sorted(recipients),
        }
    }

    /// Signs it with the codename's mailbox key.
    pub fn sign(&self, key: &SignSecretKey) -> Envelope {
        let keyid = format!("mbx:{}", self.mailbox);
        Envelope::sign(WITHDRAWAL_TYPE, &jcs::to_canonical(self), &[(&keyid, key)])
    }
}

/// Verifies a withdrawal for this team: type, team, thread and the mailbox
/// key's signature. Binding it to a case (its mailbox must be the case's
/// reply key) is the reader's job, as for follow-ups.
pub fn verify_withdrawal(
    env: &Envelope,
    team: &TeamFingerprint,
) -> Result<Withdrawal, MessageError> {
    let parsed = env.parse(WITHDRAWAL_TYPE)?;
    let w: Withdrawal = parsed.payload_as().map_err(shape)?;
    if w.kind != WITHDRAWAL_KIND {
        return Err(MessageError::Invalid("type".into()));
    }
    if &w.team != team {
        return Err(MessageError::WrongTeam);
    }
    if w.thread != thread_of(&w.mailbox) {
        return Err(MessageError::WrongMailbox);
    }
    if w.recipients.is_empty() {
        return Err(MessageError::Invalid("recipients".into()));
    }
    let key =
        SignPublicKey::from_bytes(w.mailbox.key_bytes()).map_err(|_| MessageError::BadSignature)?;
    signed_by(&parsed, &format!("mbx:{}", w.mailbox), &key)?;
    Ok(w)
}

/// A reporter's thread record (protocol 1.3): posted to its own log right
/// after a report with a codename is accepted, readable only with the
/// codename, signed by the mailbox key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThreadRecord {
    /// Always [`THREAD_KIND`].
    #[serde(rename = "type")]
    pub kind: String,
    /// The team.
    pub team: TeamFingerprint,
    /// The reporter's mailbox (the signing key).
    pub mailbox: MailboxId,
    /// sha256 of the mailbox key.
    pub thread: Sha256Digest,
    /// The roster the first report was encrypted against.
    pub roster_seq: u64,
    /// The day of the first report.
    pub created: Day,
    /// The members the first report went to, sorted.
    pub recipients: Vec<MemberId>,
    /// The members of that roster it left out, sorted: nothing of the
    /// thread is ever encrypted to them.
    pub left_out: Vec<MemberId>,
}

impl ThreadRecord {
    /// The record of a first report to `recipients` under `roster`; every
    /// other member of `roster` is left out.
    pub fn new(
        team: TeamFingerprint,
        mailbox: MailboxId,
        roster: &Roster,
        created: Day,
        recipients: &[MemberId],
    ) -> Self {
        let left_out: Vec<MemberId> = roster
            .members
            .iter()
            .map(|m| m.id.clone())
            .filter(|id| !recipients.contains(id))
            .collect();
        ThreadRecord {
            kind: THREAD_KIND.into(),
            team,
            thread: thread_of(&mailbox),
            mailbox,
            roster_seq: roster.seq,
            created,
            recipients: sorted(recipients),
            left_out: sorted(&left_out),
        }
    }

    /// Signs it with the codename's mailbox key.
    pub fn sign(&self, key: &SignSecretKey) -> Envelope {
        let keyid = format!("mbx:{}", self.mailbox);
        Envelope::sign(THREAD_TYPE, &jcs::to_canonical(self), &[(&keyid, key)])
    }
}

/// Verifies a thread record for this team and mailbox: type, team,
/// mailbox, thread, and the mailbox key's signature.
pub fn verify_thread_record(
    env: &Envelope,
    team: &TeamFingerprint,
    mailbox: &MailboxId,
) -> Result<ThreadRecord, MessageError> {
    let parsed = env.parse(THREAD_TYPE)?;
    let t: ThreadRecord = parsed.payload_as().map_err(shape)?;
    if t.kind != THREAD_KIND {
        return Err(MessageError::Invalid("type".into()));
    }
    if &t.team != team {
        return Err(MessageError::WrongTeam);
    }
    if &t.mailbox != mailbox || t.thread != thread_of(mailbox) {
        return Err(MessageError::WrongMailbox);
    }
    let key =
        SignPublicKey::from_bytes(mailbox.key_bytes()).map_err(|_| MessageError::BadSignature)?;
    signed_by(&parsed, &format!("mbx:{mailbox}"), &key)?;
    Ok(t)
}

/// What a reporter's next follow-up may go to, from its thread record and
/// the newest verified reply's recipients (protocol 1.3): their union,
/// minus the record's `left_out` and `leave_out`, kept to the members of
/// `roster` (the head), in roster order. `None` when neither source names
/// any recipient: the caller refuses rather than default to everyone.
pub fn followup_recipients(
    record: Option<&ThreadRecord>,
    reply_recipients: Option<&[MemberId]>,
    roster: &Roster,
    leave_out: &[MemberId],
) -> Option<Vec<MemberId>> {
    if record.is_none() && reply_recipients.is_none() {
        return None;
    }
    let empty: &[MemberId] = &[];
    let base: Vec<&MemberId> = record
        .map_or(empty, |r| &r.recipients[..])
        .iter()
        .chain(reply_recipients.unwrap_or(empty))
        .collect();
    let excluded =
        |id: &MemberId| record.is_some_and(|r| r.left_out.contains(id)) || leave_out.contains(id);
    Some(
        roster
            .members
            .iter()
            .map(|m| &m.id)
            .filter(|id| base.contains(id) && !excluded(id))
            .cloned()
            .collect(),
    )
}

/// The next follow-up number: one past the highest of the reporter's own
/// follow-ups (its own log) and any the team's replies acknowledge.
pub fn next_followup_seq(own: &[u64], acknowledged: &[u64]) -> u64 {
    own.iter().chain(acknowledged).copied().max().unwrap_or(0) + 1
}

fn sorted(ids: &[MemberId]) -> Vec<MemberId> {
    let mut v = ids.to_vec();
    v.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    v.dedup();
    v
}

/// A case's TLP label (TLP 2.0; `WHITE` from TLP 1.0 reads as CLEAR).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Tlp {
    /// Only those taking part in the exchange.
    #[serde(rename = "RED")]
    Red,
    /// The recipient's own organisation only.
    #[serde(rename = "AMBER+STRICT")]
    AmberStrict,
    /// The recipients' organisations, need to know (the default).
    #[serde(rename = "AMBER")]
    #[default]
    Amber,
    /// The community, not published.
    #[serde(rename = "GREEN")]
    Green,
    /// Anyone.
    #[serde(rename = "CLEAR")]
    Clear,
}

impl fmt::Display for Tlp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Tlp::Red => "RED",
            Tlp::AmberStrict => "AMBER+STRICT",
            Tlp::Amber => "AMBER",
            Tlp::Green => "GREEN",
            Tlp::Clear => "CLEAR",
        })
    }
}

impl FromStr for Tlp {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim().to_ascii_uppercase();
        let t = t.strip_prefix("TLP:").unwrap_or(&t);
        Ok(match t {
            "RED" => Tlp::Red,
            "AMBER+STRICT" => Tlp::AmberStrict,
            "AMBER" => Tlp::Amber,
            "GREEN" => Tlp::Green,
            "CLEAR" | "WHITE" => Tlp::Clear,
            _ => {
                return Err(format!(
                    "unknown TLP label {s:?}: use RED, AMBER+STRICT, AMBER, GREEN or CLEAR"
                ));
            }
        })
    }
}

impl<'de> Deserialize<'de> for Tlp {
    // On the wire only the exact labels (and TLP 1.0's WHITE) are read; the
    // lenient FromStr is for what people type.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "RED" | "AMBER+STRICT" | "AMBER" | "GREEN" | "CLEAR" | "WHITE" => {
                s.parse().map_err(serde::de::Error::custom)
            }
            _ => Err(serde::de::Error::custom(format!("unknown TLP label {s:?}"))),
        }
    }
}

/// A case's workflow status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not yet looked at.
    New,
    /// Acknowledged and assessed.
    Triaged,
    /// Accepted as valid.
    Accepted,
    /// Not valid.
    Invalid,
    /// Being fixed.
    Fixing,
    /// Disclosed.
    Disclosed,
    /// Closed.
    Closed,
}

impl Status {
    /// Every status, in workflow order.
    pub const ALL: [Status; 7] = [
        Status::New,
        Status::Triaged,
        Status::Accepted,
        Status::Invalid,
        Status::Fixing,
        Status::Disclosed,
        Status::Closed,
    ];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Triaged => "triaged",
            Status::Accepted => "accepted",
            Status::Invalid => "invalid",
            Status::Fixing => "fixing",
            Status::Disclosed => "disclosed",
            Status::Closed => "closed",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                format!(
                    "unknown status {s:?}: use new, triaged, accepted, invalid, fixing, disclosed or closed"
                )
            })
    }
}

/// A recorded step of the response and disclosure schedule (POLICY
/// "Response times", "Vulnerability disclosure schedule").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// The team acknowledged the report to the reporter.
    Acknowledged,
    /// The reporter was told the next steps.
    NextSteps,
    /// The response due by severity was given.
    Responded,
    /// The affected party was notified.
    Notified,
    /// The affected party answered.
    PartyResponded,
    /// The issue was raised with community members or providers.
    Escalated,
    /// The issue was disclosed.
    Disclosed,
}

impl fmt::Display for StepKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StepKind::Acknowledged => "acknowledged",
            StepKind::NextSteps => "next-steps",
            StepKind::Responded => "responded",
            StepKind::Notified => "notified",
            StepKind::PartyResponded => "party-responded",
            StepKind::Escalated => "escalated",
            StepKind::Disclosed => "disclosed",
        })
    }
}

impl FromStr for StepKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "acknowledged" => StepKind::Acknowledged,
            "next-steps" => StepKind::NextSteps,
            "responded" => StepKind::Responded,
            "notified" => StepKind::Notified,
            "party-responded" => StepKind::PartyResponded,
            "escalated" => StepKind::Escalated,
            "disclosed" => StepKind::Disclosed,
            _ => {
                return Err(format!(
                    "unknown step {s:?}: use acknowledged, next-steps, responded, notified, party-responded, escalated or disclosed"
                ));
            }
        })
    }
}

/// What a team event does to a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum EventBody {
    /// Sets the status.
    Status {
        /// The new status.
        value: Status,
    },
    /// Sets the triaged severity.
    Severity {
        /// The new severity.
        value: Severity,
    },
    /// Sets the TLP label.
    Tlp {
        /// The new label.
        value: Tlp,
    },
    /// Sets the owner.
    Owner {
        /// The new owner.
        member: MemberId,
    },
    /// Adds a note.
    Note {
        /// The text.
        text: String,
    },
    /// Redacts a field or note.
    Redaction {
        /// What is redacted.
        target: String,
    },
    /// Records a share with an outside party.
    Share {
        /// The OpenPGP fingerprint shared with.
        recipient: String,
        /// The fields shared.
        fields: Vec<String>,
    },
    /// Closes the case.
    Close {
        /// Why.
        reason: String,
    },
    /// Reopens it within the backup window.
    Reopen {
        /// Why.
        reason: String,
    },
    /// Purges it for good.
    Purge,
    /// Records a step of the response or disclosure schedule.
    Step {
        /// Which step.
        step: StepKind,
        /// A short free-text detail (who was notified, how).
        detail: String,
    },
    /// Records a disclosure date agreed with the affected party, and why.
    Disclosure {
        /// The agreed day.
        date: Day,
        /// Why it differs from the schedule.
        reason: String,
    },
    /// Postpones the purge of a closed case (legal hold, open question).
    Hold {
        /// Purge no earlier than this day.
        until: Day,
        /// Why.
        reason: String,
    },
    /// Names an outside party's OpenPGP certificate a TLP:RED case may go to.
    Party {
        /// The certificate's fingerprint (uppercase hex).
        fingerprint: String,
    },
    /// Names the organisation (a mail domain) an AMBER+STRICT case may go to.
    Organisation {
        /// The domain, lowercase.
        name: String,
    },
    /// Marks which fields a community alert may carry.
    Shareable {
        /// Field names.
        fields: Vec<String>,
    },
    /// Records a reply sent to the reporter, so the team shares one
    /// sequence of reply numbers and every member sees what was said.
    Reply {
        /// The reply's number in the mailbox.
        seq: u64,
        /// What it said.
        body: String,
    },
    /// The whole state of an open case, re-posted before events expire.
    Snapshot {
        /// The case state (canonical JSON object).
        state: serde_json::Value,
    },
}

/// A team event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Always [`EVENT_KIND`].
    #[serde(rename = "type")]
    pub kind: String,
    /// The team.
    pub team: TeamFingerprint,
    /// The case.
    pub case: CaseId,
    /// Unique per event, to drop replays.
    pub event_id: EventId,
    /// The roster the author acted under.
    pub roster_seq: u64,
    /// The last log seq the author had seen.
    pub last_seq: u64,
    /// The author.
    pub member: MemberId,
    /// The day written.
    pub created: Day,
    /// When written, Unix seconds on the author's clock (protocol 1.2):
    /// members then date an acknowledgement or a close alike, whenever
    /// each of them syncs. Absent from 1.1 events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// What it does.
    pub event: EventBody,
}

impl Event {
    /// An event ready to sign, with a fresh event id.
    pub fn new(
        team: TeamFingerprint,
        case: CaseId,
        roster_seq: u64,
        last_seq: u64,
        member: MemberId,
        created: Day,
        event: EventBody,
    ) -> Self {
        Event {
            kind: EVENT_KIND.into(),
            team,
            case,
            event_id: EventId::random(),
            roster_seq,
            last_seq,
            member,
            created,
            time: None,
            event,
        }
    }

    /// The same event stamped with the author's time, which must fall on
    /// its `created` day.
    pub fn at(mut self, time: crate::time::UnixTime) -> Self {
        debug_assert_eq!(time.day(), self.created);
        self.time = Some(time.0);
        self
    }

    /// The author's time, if it is on the event's day and not after
    /// `now` (an hour's clock skew allowed); else None, and the reader
    /// dates the event when it learns of it.
    pub fn plausible_time(&self, now: crate::time::UnixTime) -> Option<i64> {
        self.time
            .filter(|&t| crate::time::UnixTime(t).day() == self.created && t <= now.0 + 3600)
    }

    /// Signs it with the member's `sign` key.
    pub fn sign(&self, key: &SignSecretKey) -> Result<Envelope, jcs::JcsError> {
        Ok(Envelope::sign(
            EVENT_TYPE,
            &jcs::try_to_canonical(self)?,
            &[(self.member.as_str(), key)],
        ))
    }
}

/// Verifies an event found at `log_seq` in the server's log against the
/// roster in force at that position. Replays (a seen `event_id`) are the
/// caller's store's to drop.
pub fn verify_event(
    env: &Envelope,
    roster: &Roster,
    team: &TeamFingerprint,
    log_seq: u64,
) -> Result<Event, MessageError> {
    let parsed = env.parse(EVENT_TYPE)?;
    let ev: Event = parsed.payload_as().map_err(shape)?;
    if ev.kind != EVENT_KIND {
        return Err(MessageError::Invalid("type".into()));
    }
    if &ev.team != team {
        return Err(MessageError::WrongTeam);
    }
    if ev.last_seq >= log_seq {
        return Err(MessageError::FutureSeq);
    }
    if ev.roster_seq > roster.seq {
        return Err(MessageError::Invalid(
            "event names a roster newer than its position".into(),
        ));
    }
    let member = roster
        .member(&ev.member)
        .ok_or_else(|| MessageError::NotMember(ev.member.to_string()))?;
    signed_by(&parsed, ev.member.as_str(), &member.sign)?;
    Ok(ev)
}

fn shape(e: jcs::JcsError) -> MessageError {
    MessageError::Envelope(DsseError::Payload(e))
}

fn signed_by(
    parsed: &crate::dsse::Parsed,
    keyid: &str,
    key: &SignPublicKey,
) -> Result<(), MessageError> {
    let ok = parsed
        .signatures
        .iter()
        .any(|(id, sig)| id == keyid && parsed.verify_one(sig, key).is_ok());
    if ok {
        Ok(())
    } else {
        Err(MessageError::BadSignature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::AgeIdentity;
    use crate::roster::{Member, Policy, Role, VerifiedRoster};
    use crate::time::UnixTime;

    fn member(id: &str, n: u8) -> (Member, SignSecretKey) {
        let sign = SignSecretKey::from_seed(&[n; 32]);
        let m = Member {
            id: id.parse().unwrap(),
            name: id.to_uppercase(),
            roles: vec![Role::Admin, Role::Reviewer],
            age: AgeIdentity::from_secret_bytes(&[n + 100; 32]).recipient(),
            sign: sign.public(),
            transport: None,
        };
        (m, sign)
    }

    fn chain_of(rosters: Vec<Roster>) -> VerifiedChain {
        let fingerprint = TeamFingerprint(rosters[0].hash());
        VerifiedChain {
            fingerprint,
            rosters: rosters
                .into_iter()
                .map(|roster| VerifiedRoster {
                    hash: roster.hash(),
                    envelope: Envelope::sign(crate::dsse::ROSTER_TYPE, b"{}", &[]),
                    roster,
                })
                .collect(),
        }
    }

    #[test]
    fn a_reply_counts_only_under_a_key_its_author_held_when_it_was_posted() {
        let (alice, alice_key) = member("alice", 1);
        let (carol, carol_key) = member("carol", 3);
        let r1 = Roster::first(
            "T",
            vec![alice.clone(), carol.clone()],
            vec![],
            "2027-01-01".parse().unwrap(),
            Policy::default(),
        );
        // #2 removes carol; #3 rotates alice's key.
        let mut r2 = r1.next();
        r2.members.retain(|m| m.id.as_str() != "carol");
        let mut r3 = r2.next();
        let alice_new = SignSecretKey::from_seed(&[9; 32]);
        r3.members[0].sign = alice_new.public();
        let chain = chain_of(vec![r1, r2, r3]);
        let mailbox = MailboxId::from_key_bytes([7; 32]);
        let day: Day = "2026-11-24".parse().unwrap();
        let reply = |who: &str, seq: Option<u64>| {
            let r = Reply::new(
                chain.fingerprint,
                mailbox,
                1,
                who.parse().unwrap(),
                day,
                "x".into(),
            );
            match seq {
                Some(s) => r.with_case(s, &[]),
                None => r,
            }
        };
        let check = |env: &Envelope, posted: u64| {
            verify_reply_in_chain(env, &chain, &mailbox, posted).map(|r| r.standing)
        };
        let carol_1 = reply("carol", Some(1)).sign(&carol_key);
        assert_eq!(check(&carol_1, 1), Ok(Standing::FormerMember));
        assert_eq!(
            check(&carol_1, 2),
            Err(MessageError::FormerKey("carol".into())),
            "posted after her removal, whatever roster it names"
        );
        let alice_old = reply("alice", Some(2)).sign(&alice_key);
        assert_eq!(check(&alice_old, 2), Ok(Standing::FormerKey));
        assert!(matches!(
            check(&alice_old, 3),
            Err(MessageError::FormerKey(_))
        ));
        // A 1.2 reply is checked against the roster it was posted under.
        let alice_12 = reply("alice", None).sign(&alice_key);
        assert_eq!(check(&alice_12, 3), Err(MessageError::BadSignature));
        let alice_now = reply("alice", Some(3)).sign(&alice_new);
        assert_eq!(check(&alice_now, 3), Ok(Standing::Member));
        assert!(matches!(
            check(&alice_now, 2),
            Err(MessageError::Invalid(_))
        ));
        assert!(matches!(
            check(&alice_now, 4),
            Err(MessageError::Invalid(_))
        ));
    }

    #[test]
    fn a_withdrawal_counts_only_under_its_mailbox_key() {
        let team = TeamFingerprint(Sha256Digest([7; 32]));
        let key = SignSecretKey::from_seed(&[1; 32]);
        let mallory = SignSecretKey::from_seed(&[2; 32]);
        let mailbox = MailboxId::from_key_bytes(key.public().to_bytes());
        let day: Day = "2026-11-24".parse().unwrap();
        let bob: MemberId = "bob".parse().unwrap();
        let alice: MemberId = "alice".parse().unwrap();
        let w = Withdrawal::new(team, mailbox, day, "sorry".into(), &[bob, alice]);
        let got = verify_withdrawal(&w.sign(&key), &team).unwrap();
        assert_eq!(got, w);
        let ids: Vec<&str> = got.recipients.iter().map(|m| m.as_str()).collect();
        assert_eq!(ids, ["alice", "bob"], "sorted");
        // Naming the mailbox is not enough: its key must sign.
        let forged = Envelope::sign(
            WITHDRAWAL_TYPE,
            &jcs::to_canonical(&w),
            &[(&format!("mbx:{mailbox}"), &mallory)],
        );
        assert_eq!(
            verify_withdrawal(&forged, &team),
            Err(MessageError::BadSignature)
        );
        let other = TeamFingerprint(Sha256Digest([8; 32]));
        assert_eq!(
            verify_withdrawal(&w.sign(&key), &other),
            Err(MessageError::WrongTeam)
        );
        // A follow-up is not a withdrawal.
        let f = Followup::new(team, mailbox, 1, day, "x".into(), vec![]);
        assert!(verify_withdrawal(&f.sign(&key), &team).is_err());
    }

    #[test]
    fn a_followup_never_goes_to_a_member_the_thread_left_out() {
        let (alice, _) = member("alice", 1);
        let (bob, _) = member("bob", 2);
        let (carol, _) = member("carol", 3);
        let roster = Roster::first(
            "T",
            vec![alice, bob, carol],
            vec![],
            "2027-01-01".parse().unwrap(),
            Policy::default(),
        );
        let id = |s: &str| -> MemberId { s.parse().unwrap() };
        let mailbox = MailboxId::from_key_bytes([7; 32]);
        let rec = ThreadRecord::new(
            TeamFingerprint(roster.hash()),
            mailbox,
            &roster,
            "2026-11-24".parse().unwrap(),
            &[id("bob"), id("alice")],
        );
        assert_eq!(rec.left_out, [id("carol")]);
        assert_eq!(rec.recipients, [id("alice"), id("bob")]);
        let all = [id("alice"), id("bob"), id("carol")];
        assert_eq!(
            followup_recipients(Some(&rec), Some(&all), &roster, &[]),
            Some(vec![id("alice"), id("bob")]),
            "a reply cannot bring carol back"
        );
        assert_eq!(
            followup_recipients(Some(&rec), None, &roster, &[id("bob")]),
            Some(vec![id("alice")])
        );
        assert_eq!(
            followup_recipients(None, Some(&[id("bob")]), &roster, &[]),
            Some(vec![id("bob")])
        );
        assert_eq!(followup_recipients(None, None, &roster, &[]), None);
        assert_eq!(next_followup_seq(&[], &[]), 1);
        assert_eq!(next_followup_seq(&[2, 1], &[3]), 4);
    }

    #[test]
    fn an_events_time_counts_only_on_its_day_and_not_ahead_of_the_reader() {
        let day: Day = "2026-11-24".parse().unwrap();
        let noon = UnixTime(day.start().0 + 12 * 3600);
        let ev = Event::new(
            TeamFingerprint(Sha256Digest([1; 32])),
            CaseId([2; 16]),
            1,
            0,
            "alice".parse().unwrap(),
            day,
            EventBody::Purge,
        );
        assert_eq!(ev.plausible_time(noon), None, "1.1 events carry none");
        let ev = ev.at(noon);
        assert_eq!(ev.plausible_time(noon), Some(noon.0));
        // Read half an hour earlier by a clock behind the author's: skew.
        assert_eq!(ev.plausible_time(UnixTime(noon.0 - 1800)), Some(noon.0));
        // Read a day earlier: the author's clock is not believed.
        assert_eq!(ev.plausible_time(UnixTime(noon.0 - 86_400)), None);
        // A time off the event's own day is not believed either.
        let mut off = ev.clone();
        off.time = Some(noon.0 + 86_400);
        assert_eq!(off.plausible_time(UnixTime(noon.0 + 2 * 86_400)), None);
        // It round-trips through canonical JSON, and is omitted when absent.
        let json = crate::jcs::try_to_canonical(&ev).unwrap();
        assert!(String::from_utf8_lossy(&json).contains(&format!("\"time\":{}", noon.0)));
    }
}
