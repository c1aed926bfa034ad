//! Filing rules for what arrives: a case's id, the thread a report or
//! follow-up must be bound to, and what filing one item did.

use dropbox_crypto::CaseId;
use dropbox_crypto::bundle::Kind;

/// A case's id: derived from the report's delete token, a secret only the
/// report's recipients hold, so every member files the same report under
/// the same id (the id team events name), and the server, which knows only
/// the token's hash, cannot compute it.
pub fn case_id_of(token: &dropbox_crypto::bundle::DeleteToken) -> CaseId {
    // One derivation for every client, with its test vector in
    // dropbox-crypto (PROTOCOL §15.10).
    token.case_id()
}

/// Why an item cannot be filed: it is quarantined (reported once, acked)
/// instead of failing every sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The bundle's kind, when its header decoded.
    pub kind: Option<Kind>,
    /// Why, for a person.
    pub reason: String,
    /// Forged or tampered with, not merely unreadable: worth an ALERT.
    pub alert: bool,
}

/// What filing one ciphertext did.
#[derive(Debug, PartialEq, Eq)]
pub enum Filed {
    /// A report or follow-up this store already has.
    Duplicate(String),
    /// A new case.
    NewCase(String),
    /// A follow-up joined an existing case.
    Followup(String),
    /// A follow-up with the number of one already filed but other content:
    /// filed beside it and flagged, never dropped.
    Conflict(String),
    /// The report itself reached a case this store had from a grant, and
    /// the grant did not match it: the report replaced the granted copy.
    GrantCorrected(String),
    /// The reporter withdrew the report of this case (protocol 1.5): it
    /// is closed unless a member keeps it. `None` when this store never
    /// held the case (withdrawn before it arrived): nothing is filed.
    Withdrawn(Option<String>),
    /// Not encrypted to this member.
    Unreadable,
    /// A follow-up whose case this store does not hold (yet): left on the
    /// drop box for a later sync.
    Pending,
    /// Cannot be filed (see [`Refusal`]).
    Refused(Refusal),
}

/// The mailbox of a reporter's reply keys.
pub fn mailbox_of(keys: &dropbox_crypto::bundle::ReplyKeys) -> dropbox_crypto::MailboxId {
    dropbox_crypto::MailboxId::from_key_bytes(keys.sign.to_bytes())
}

/// A report's, follow-up's or withdrawal's unsigned thread must be the one its reply keys
/// make: a report that starts a thread names it, a follow-up must.
pub fn thread_binding(h: &dropbox_crypto::bundle::Header) -> Result<(), String> {
    match (&h.reply, h.thread) {
        (Some(r), Some(t)) if dropbox_crypto::codename::thread_of(&mailbox_of(r)) == t => Ok(()),
        (Some(_), Some(_)) => Err("its thread is not the one its reply keys make".into()),
        (None, None) if h.kind == Kind::Report => Ok(()),
        (None, Some(_)) => Err("it names a thread without reply keys".into()),
        _ => Err("it has reply keys without a thread, or a follow-up without either".into()),
    }
}

/// What a member is told when a withdrawal reaches a case.
pub fn withdrawn_alert(case: &str) -> String {
    format!(
        "case {case}: the reporter WITHDREW the report; it is closed and purged after the backup window unless a member keeps it (`reviewer hold {case} --reason …`, which the reporter is told)"
    )
}
