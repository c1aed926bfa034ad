//! The team roster: members' public keys and the team's policy, signed by the
//! admins and chained from the team fingerprint.
//!
//! Invariants enforced here (DESIGN "Roster", docs/PROTOCOL.md §Roster):
//! - the team fingerprint is the sha256 of roster #1's payload;
//! - roster n+1 has `seq` n+1, `prev` = sha256(payload n), and is signed by
//!   `threshold` distinct admins of roster n (roster #1 by its own admins);
//! - a member whose keys change is also signed for by that member's previous
//!   `sign` key;
//! - the head is not expired and expires at most 90 days ahead;
//! - ids, keys and NFKC-normalised names are unique;
//! - names hold no invisible, control, private-use or unassigned character,
//!   and no two names share a UTS 39 confusable skeleton (`text`).

use std::collections::{BTreeSet, HashSet};

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::dsse::{self, DsseError, Envelope, ROSTER_TYPE};
use crate::ids::{MemberId, Sha256Digest, TeamFingerprint};
use crate::jcs;
use crate::keys::{AgeRecipient, SignPublicKey, SignSecretKey};
use crate::text::{self, Line};
use crate::time::{Day, UnixTime};

/// The `type` field of every roster payload.
pub const ROSTER_KIND: &str = "dropbox-roster/1";
/// A roster may expire at most this many days ahead.
pub const MAX_EXPIRY_DAYS: i64 = 90;
/// Upper bound on members, to bound verification work.
pub const MAX_MEMBERS: usize = 256;

/// Why a roster or chain was refused. Each kind has its own variant (and
/// [`RosterError::code`]) so callers and the shared vectors can tell them apart.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RosterError {
    /// The envelope or its payload is malformed, of an unknown or wrong
    /// type, or not canonical.
    #[error(transparent)]
    Envelope(#[from] DsseError),
    /// The payload is canonical JSON but not a valid roster.
    #[error("invalid roster: {0}")]
    Invalid(String),
    /// No rosters were given.
    #[error("empty roster chain")]
    EmptyChain,
    /// Roster #1's hash is not the team fingerprint the client trusts.
    #[error("the first roster does not match the team fingerprint")]
    FingerprintMismatch,
    /// A signature by a known member that does not verify.
    #[error("bad signature by {0}")]
    BadSignature(String),
    /// Fewer distinct admins signed than the threshold requires.
    #[error("too few admin signatures on roster #{seq}: {got} of {needed}")]
    TooFewSignatures {
        /// The roster's seq.
        seq: u64,
        /// Valid distinct admin signatures found.
        got: usize,
        /// The threshold in force.
        needed: usize,
    },
    /// `seq` is not the previous seq + 1.
    #[error("roster #{found} does not follow #{previous}")]
    WrongSeq {
        /// The previous roster's seq.
        previous: u64,
        /// The seq found.
        found: u64,
    },
    /// `prev` does not name the previous roster: a fork.
    #[error("roster #{0} forks the chain: prev does not match the previous roster")]
    Fork(u64),
    /// The chain ends below a head this client has already seen.
    #[error("rollback: served head #{served} is older than the #{pinned} already seen")]
    Rollback {
        /// The highest seq seen before.
        pinned: u64,
        /// The served head's seq.
        served: u64,
    },
    /// The head roster has expired.
    #[error("the roster expired on {0}; ask the team's admins to publish a new one")]
    Expired(Day),
    /// The head expires more than 90 days ahead.
    #[error("the roster expires on {0}, more than 90 days ahead")]
    ExpiryTooFar(Day),
    /// A member's keys changed without their previous `sign` key's signature.
    #[error("keys of member {0} changed without a signature by their previous key")]
    KeyContinuity(MemberId),
    /// Two members share an id.
    #[error("duplicate member id {0}")]
    DuplicateId(MemberId),
    /// Two members (or two roles of one member) share a key.
    #[error("duplicate key {0}")]
    DuplicateKey(String),
    /// Two members' names are equal after NFKC normalisation.
    #[error("duplicate member name \"{}\"", Line(.0))]
    DuplicateName(String),
    /// A member's name holds a character names may not hold
    /// ([`crate::text::name_forbids`]).
    #[error(
        "the name of member {member} holds U+{:04X}, an invisible, control, private-use or unassigned character: choose a name without it",
        u32::from(*.found)
    )]
    NameCharacter {
        /// The member.
        member: MemberId,
        /// The first such character.
        found: char,
    },
    /// Two members' names have one UTS 39 confusable skeleton: they can look
    /// the same in a list of recipients.
    #[error(
        "the names of members {first} (\"{}\") and {second} (\"{}\") look alike: choose names that differ visibly",
        Line(.first_name), Line(.second_name)
    )]
    ConfusableName {
        /// The member listed first.
        first: MemberId,
        /// Their name.
        first_name: String,
        /// The member listed later.
        second: MemberId,
        /// Their name.
        second_name: String,
    },
}

impl RosterError {
    /// A stable code for test vectors shared with the page.
    pub fn code(&self) -> &'static str {
        match self {
            RosterError::Envelope(e) => e.code(),
            RosterError::Invalid(_) => "roster-invalid",
            RosterError::EmptyChain => "roster-empty-chain",
            RosterError::FingerprintMismatch => "roster-fingerprint-mismatch",
            RosterError::BadSignature(_) => "roster-bad-signature",
            RosterError::TooFewSignatures { .. } => "roster-too-few-signatures",
            RosterError::WrongSeq { .. } => "roster-wrong-seq",
            RosterError::Fork(_) => "roster-fork",
            RosterError::Rollback { .. } => "roster-rollback",
            RosterError::Expired(_) => "roster-expired",
            RosterError::ExpiryTooFar(_) => "roster-expiry-too-far",
            RosterError::KeyContinuity(_) => "roster-key-continuity",
            RosterError::DuplicateId(_) => "roster-duplicate-id",
            RosterError::DuplicateKey(_) => "roster-duplicate-key",
            RosterError::DuplicateName(_) => "roster-duplicate-name",
            RosterError::NameCharacter { .. } => "roster-name-character",
            RosterError::ConfusableName { .. } => "roster-confusable-name",
        }
    }
}

/// What a member may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Signs rosters.
    Admin,
    /// Reads reports.
    Reviewer,
}

/// A team member's public entry; also the "member card" `reviewer key new`
/// prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Stable id.
    pub id: MemberId,
    /// Display name (unique after NFKC).
    pub name: String,
    /// Roles; a card may leave them empty, a roster may not.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The X25519 recipient reports are encrypted to.
    pub age: AgeRecipient,
    /// Signs rosters, replies and events.
    pub sign: SignPublicKey,
    /// Signs HTTP requests; absent means `sign` does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transport: Option<SignPublicKey>,
}

impl Member {
    /// The key that signs this member's HTTP requests.
    pub fn transport_key(&self) -> &SignPublicKey {
        self.transport.as_ref().unwrap_or(&self.sign)
    }

    /// Whether the member holds `role`.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    fn same_keys(&self, other: &Member) -> bool {
        self.age == other.age && self.sign == other.sign && self.transport == other.transport
    }
}

/// Retention periods (days) the server and reviewer apply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// Purge an item this long after every current member acked it.
    pub all_acked_days: u32,
    /// …or this long after the first ack, whichever is earlier.
    pub first_ack_days: u32,
    /// Purge an item nobody acked after this long.
    pub unacked_days: u32,
    /// Purge a reply this long after the reporter read it.
    pub reply_read_days: u32,
    /// …or this long after it was posted.
    pub reply_days: u32,
    /// A closed case stays recoverable (and backups readable) this long.
    pub backup_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            all_acked_days: 7,
            first_ack_days: 30,
            unacked_days: 60,
            reply_read_days: 7,
            reply_days: 30,
            backup_days: 7,
        }
    }
}

/// How soon a response is due, by triaged severity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseTimes {
    /// Critical: hours.
    pub critical_hours: u32,
    /// High: business days in the policy's time zone.
    pub high_business_days: u32,
    /// Medium: days.
    pub medium_days: u32,
    /// Low: days.
    pub low_days: u32,
}

impl Default for ResponseTimes {
    fn default() -> Self {
        ResponseTimes {
            critical_hours: 24,
            high_business_days: 5,
            medium_days: 14,
            low_days: 30,
        }
    }
}

/// The team's information-handling policy (../shared/POLICY.md), as numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Largest accepted submission, in bytes of ciphertext.
    pub max_submission_bytes: u64,
    /// Report categories the page offers.
    pub categories: Vec<String>,
    /// Retention periods.
    pub retention: Retention,
    /// Acknowledge within this many hours.
    pub ack_hours: u32,
    /// Next steps within this many hours after the acknowledgement.
    pub next_steps_hours: u32,
    /// Response times by severity.
    pub response_by_severity: ResponseTimes,
    /// Disclosure schedule: ask to respond, escalate, disclose (days after
    /// notifying the affected party).
    pub disclosure_days: [u32; 3],
    /// IANA time zone for business days.
    pub timezone: String,
    /// Days each member's drop key is valid (protocol 1.4; absent means
    /// [`crate::dropkey::DEFAULT_WINDOW_DAYS`]). Optional so that every
    /// roster written before it keeps its exact bytes, and a roster that
    /// leaves it out stays readable by 1.3 clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drop_key_days: Option<u32>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            max_submission_bytes: 2 << 30,
            categories: vec![
                "vulnerability".into(),
                "harassment".into(),
                "code-of-conduct".into(),
                "digital-security".into(),
                "other".into(),
            ],
            retention: Retention::default(),
            ack_hours: 48,
            next_steps_hours: 48,
            response_by_severity: ResponseTimes::default(),
            disclosure_days: [7, 14, 21],
            timezone: "UTC".into(),
            drop_key_days: None,
        }
    }
}

/// A roster payload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roster {
    /// Always [`ROSTER_KIND`].
    #[serde(rename = "type")]
    pub kind: String,
    /// The team's display name.
    pub team: String,
    /// 1 for the first roster, +1 for each next one.
    pub seq: u64,
    /// sha256 of the previous roster's payload; absent on roster #1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<Sha256Digest>,
    /// The day this roster stops being valid as a head.
    pub expires: Day,
    /// How many distinct admins must sign the next roster.
    pub threshold: u32,
    /// Where the drop box is served (https, or http for .onion and loopback).
    pub endpoints: Vec<String>,
    /// sha256 of the page bundle the endpoints must serve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_sha256: Option<Sha256Digest>,
    /// The members.
    pub members: Vec<Member>,
    /// The policy.
    pub policy: Policy,
}

/// The default threshold for a roster with `admins` admins.
pub fn default_threshold(admins: usize) -> u32 {
    if admins >= 2 { 2 } else { 1 }
}

impl Roster {
    /// A first roster (seq 1).
    pub fn first(
        team: &str,
        members: Vec<Member>,
        endpoints: Vec<String>,
        expires: Day,
        policy: Policy,
    ) -> Self {
        let admins = members.iter().filter(|m| m.has(Role::Admin)).count();
        Roster {
            kind: ROSTER_KIND.into(),
            team: team.into(),
            seq: 1,
            prev: None,
            expires,
            threshold: default_threshold(admins),
            endpoints,
            page_sha256: None,
            members,
            policy,
        }
    }

    /// A copy as the next roster in the chain (seq + 1, prev set), to be
    /// edited and signed.
    pub fn next(&self) -> Self {
        let mut next = self.clone();
        next.seq = self.seq + 1;
        next.prev = Some(self.hash());
        next
    }

    /// The canonical payload bytes.
    pub fn payload(&self) -> Vec<u8> {
        jcs::to_canonical(self)
    }

    /// sha256 of the payload.
    pub fn hash(&self) -> Sha256Digest {
        Sha256Digest::of(&self.payload())
    }

    /// The member with this id.
    pub fn member(&self, id: &MemberId) -> Option<&Member> {
        self.members.iter().find(|m| &m.id == id)
    }

    /// The member with this id as text (signature keyids arrive as text).
    pub fn member_str(&self, id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.id.as_str() == id)
    }

    /// The admins.
    pub fn admins(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(|m| m.has(Role::Admin))
    }

    /// Signs this roster with the given members' keys.
    pub fn sign(&self, signers: &[(&MemberId, &SignSecretKey)]) -> Envelope {
        let s: Vec<(&str, &SignSecretKey)> =
            signers.iter().map(|(id, k)| (id.as_str(), *k)).collect();
        Envelope::sign(ROSTER_TYPE, &self.payload(), &s)
    }

    /// Checks everything that can be checked on one roster alone.
    pub fn validate(&self) -> Result<(), RosterError> {
        let invalid = |m: &str| Err(RosterError::Invalid(m.to_owned()));
        if self.kind != ROSTER_KIND {
            return invalid("type is not dropbox-roster/1");
        }
        if self.team.trim().is_empty() || self.team.len() > 200 {
            return invalid("team name must be 1-200 bytes");
        }
        if self.seq == 0 || (self.seq == 1) != self.prev.is_none() {
            return invalid("seq starts at 1, and only roster #1 has no prev");
        }
        if self.members.is_empty() || self.members.len() > MAX_MEMBERS {
            return invalid("a roster has 1-256 members");
        }
        let mut ids = HashSet::new();
        let mut names = NameCheck::default();
        let mut keys = HashSet::new();
        for m in &self.members {
            if !ids.insert(&m.id) {
                return Err(RosterError::DuplicateId(m.id.clone()));
            }
            names.add(&m.id, &m.name)?;
            let roles: BTreeSet<_> = m.roles.iter().collect();
            if roles.is_empty() || roles.len() != m.roles.len() {
                return invalid("each member has distinct roles, at least one");
            }
            let mut member_keys = vec![m.age.to_string(), m.sign.to_string()];
            if let Some(t) = &m.transport {
                member_keys.push(t.to_string());
            }
            for k in member_keys {
                if !keys.insert(k.clone()) {
                    return Err(RosterError::DuplicateKey(k));
                }
            }
        }
        let admins = self.admins().count();
        if admins == 0 {
            return invalid("a roster needs at least one admin");
        }
        if self.threshold == 0 || self.threshold as usize > admins {
            return invalid("threshold must be between 1 and the number of admins");
        }
        if self.endpoints.is_empty() {
            return invalid("a roster names at least one endpoint");
        }
        for e in &self.endpoints {
            if !endpoint_ok(e) {
                return Err(RosterError::Invalid(format!(
                    "endpoint {e:?} must be https://, or http:// on a .onion or loopback host"
                )));
            }
        }
        let p = &self.policy;
        let d = p.disclosure_days;
        if p.max_submission_bytes == 0 || p.max_submission_bytes > jcs::MAX_SAFE_INTEGER {
            return invalid("max_submission_bytes out of range");
        }
        if !(d[0] > 0 && d[0] <= d[1] && d[1] <= d[2]) {
            return invalid("disclosure_days must be increasing and positive");
        }
        if p.timezone.is_empty() || p.timezone.len() > 64 {
            return invalid("timezone must be an IANA time zone name");
        }
        if p.drop_key_days.is_some_and(|d| {
            !(crate::dropkey::MIN_WINDOW_DAYS..=crate::dropkey::MAX_WINDOW_DAYS).contains(&d)
        }) {
            return invalid("drop_key_days must be between 1 and 90");
        }
        Ok(())
    }
}

/// The member-name rules of one roster (docs/PROTOCOL.md §5.4), fed one
/// member at a time in roster order, so the first offending member is the
/// one reported, as on the page.
#[derive(Default)]
pub struct NameCheck {
    nfkc: HashSet<String>,
    skeletons: std::collections::HashMap<String, (MemberId, String)>,
}

impl NameCheck {
    /// Checks `name` alone, then against the names added before.
    pub fn add(&mut self, id: &MemberId, name: &str) -> Result<(), RosterError> {
        check_name(id, name)?;
        let normal: String = name.trim().nfkc().collect();
        if !self.nfkc.insert(normal.clone()) {
            return Err(RosterError::DuplicateName(normal));
        }
        match self.skeletons.entry(text::name_skeleton(name)) {
            std::collections::hash_map::Entry::Occupied(e) => {
                let (first, first_name) = e.get().clone();
                Err(RosterError::ConfusableName {
                    first,
                    first_name,
                    second: id.clone(),
                    second_name: name.to_owned(),
                })
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert((id.clone(), name.to_owned()));
                Ok(())
            }
        }
    }
}

/// The rules for one member name on its own: no character
/// [`text::name_forbids`], and 1-200 bytes after trimming and NFKC. `reviewer
/// key new` applies them before a roster exists.
pub fn check_name(id: &MemberId, name: &str) -> Result<(), RosterError> {
    if let Some(found) = name.chars().find(|&c| text::name_forbids(c)) {
        return Err(RosterError::NameCharacter {
            member: id.clone(),
            found,
        });
    }
    let normal: String = name.trim().nfkc().collect();
    if normal.is_empty() || normal.len() > 200 {
        return Err(RosterError::Invalid(format!(
            "the name of member {id} must be 1-200 bytes"
        )));
    }
    Ok(())
}

/// Whether a roster endpoint is acceptable: https anywhere; plain http only
/// for .onion (Tor authenticates it) and loopback (tests and the demo). No
/// user info, query or fragment.
pub fn endpoint_ok(e: &str) -> bool {
    let (https, rest) = if let Some(r) = e.strip_prefix("https://") {
        (true, r)
    } else if let Some(r) = e.strip_prefix("http://") {
        (false, r)
    } else {
        return false;
    };
    if e.len() > 512
        || e.contains(['?', '#', '@', '\\'])
        || e.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return false;
    }
    let authority = rest.split('/').next().unwrap_or("");
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        match v6.split_once(']') {
            Some((h, p)) => (h, p.strip_prefix(':')),
            None => return false,
        }
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    if port.is_some_and(|p| p.parse::<u16>().is_err()) {
        return false;
    }
    let name_ok = !host.is_empty()
        && host
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b':'));
    if !name_ok {
        return false;
    }
    let loopback = host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    https || loopback || (host.ends_with(".onion") && host.len() > ".onion".len())
}

/// One roster whose envelope has been checked against its predecessor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedRoster {
    /// The roster.
    pub roster: Roster,
    /// sha256 of its payload.
    pub hash: Sha256Digest,
    /// The envelope as received.
    pub envelope: Envelope,
}

/// A chain verified from a team fingerprint to its head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedChain {
    /// The trust anchor.
    pub fingerprint: TeamFingerprint,
    /// Every roster, seq 1 first.
    pub rosters: Vec<VerifiedRoster>,
}

impl VerifiedChain {
    /// The newest roster.
    pub fn head(&self) -> &VerifiedRoster {
        self.rosters
            .last()
            .expect("a verified chain is never empty")
    }

    /// The roster with this seq.
    pub fn at(&self, seq: u64) -> Option<&VerifiedRoster> {
        seq.checked_sub(1)
            .and_then(|i| self.rosters.get(usize::try_from(i).ok()?))
    }

    /// Refuses a chain that goes back on what this client saw: a head older
    /// than `pinned_seq` (rollback) or a different roster at that seq (fork).
    pub fn check_pin(
        &self,
        pinned_seq: u64,
        pinned_hash: &Sha256Digest,
    ) -> Result<(), RosterError> {
        let served = self.head().roster.seq;
        match self.at(pinned_seq) {
            None => Err(RosterError::Rollback {
                pinned: pinned_seq,
                served,
            }),
            Some(r) if &r.hash != pinned_hash => Err(RosterError::Fork(pinned_seq)),
            Some(_) => Ok(()),
        }
    }
}

fn parse_roster(env: &Envelope) -> Result<(Roster, dsse::Parsed, Sha256Digest), RosterError> {
    let parsed = env.parse(ROSTER_TYPE)?;
    let roster: Roster = parsed.payload_as().map_err(DsseError::from)?;
    roster.validate()?;
    let hash = Sha256Digest::of(&parsed.payload);
    Ok((roster, parsed, hash))
}

/// Counts distinct admins of `signing` whose signatures on `parsed` verify,
/// refusing any signature by a known member that does not verify. Returns
/// the set of member ids whose signature verified.
fn verified_signers(
    parsed: &dsse::Parsed,
    signing: &Roster,
) -> Result<BTreeSet<MemberId>, RosterError> {
    let mut ok = BTreeSet::new();
    for (keyid, sig) in &parsed.signatures {
        // A signature by someone the signing roster does not know cannot be
        // checked; it is ignored, never counted.
        let Some(member) = signing.member_str(keyid) else {
            continue;
        };
        parsed
            .verify_one(sig, &member.sign)
            .map_err(|_| RosterError::BadSignature(keyid.clone()))?;
        ok.insert(member.id.clone());
    }
    Ok(ok)
}

fn check_threshold(
    seq: u64,
    signers: &BTreeSet<MemberId>,
    signing: &Roster,
) -> Result<(), RosterError> {
    let got = signers
        .iter()
        .filter(|id| signing.member(id).is_some_and(|m| m.has(Role::Admin)))
        .count();
    let needed = signing.threshold as usize;
    if got < needed {
        return Err(RosterError::TooFewSignatures { seq, got, needed });
    }
    Ok(())
}

/// Verifies roster #1 against the team fingerprint.
pub fn verify_first(
    fingerprint: &TeamFingerprint,
    env: &Envelope,
) -> Result<VerifiedRoster, RosterError> {
    let (roster, parsed, hash) = parse_roster(env)?;
    if hash != fingerprint.0 {
        return Err(RosterError::FingerprintMismatch);
    }
    if roster.seq != 1 {
        return Err(RosterError::WrongSeq {
            previous: 0,
            found: roster.seq,
        });
    }
    let signers = verified_signers(&parsed, &roster)?;
    check_threshold(1, &signers, &roster)?;
    Ok(VerifiedRoster {
        roster,
        hash,
        envelope: env.clone(),
    })
}

/// Verifies that `env` is a valid successor of `current` (signatures,
/// sequence, prev, key continuity). Expiry is the caller's concern: see
/// [`check_head_expiry`].
pub fn verify_next(
    current: &VerifiedRoster,
    env: &Envelope,
) -> Result<VerifiedRoster, RosterError> {
    let (roster, parsed, hash) = parse_roster(env)?;
    let prev = &current.roster;
    if roster.seq != prev.seq + 1 {
        return Err(RosterError::WrongSeq {
            previous: prev.seq,
            found: roster.seq,
        });
    }
    if roster.prev.as_ref() != Some(&current.hash) {
        return Err(RosterError::Fork(roster.seq));
    }
    let signers = verified_signers(&parsed, prev)?;
    check_threshold(roster.seq, &signers, prev)?;
    for m in &roster.members {
        if let Some(old) = prev.member(&m.id)
            && !old.same_keys(m)
            && !signers.contains(&m.id)
        {
            return Err(RosterError::KeyContinuity(m.id.clone()));
        }
    }
    Ok(VerifiedRoster {
        roster,
        hash,
        envelope: env.clone(),
    })
}

/// Refuses a head that has expired at `now`, or that expires more than 90
/// days after `now`.
pub fn check_head_expiry(head: &Roster, now: UnixTime) -> Result<(), RosterError> {
    if now >= head.expires.start() {
        return Err(RosterError::Expired(head.expires));
    }
    if now.day().days_until(head.expires) > MAX_EXPIRY_DAYS {
        return Err(RosterError::ExpiryTooFar(head.expires));
    }
    Ok(())
}

/// Verifies a whole chain from the fingerprint to its head at time `now`.
pub fn verify_chain(
    fingerprint: &TeamFingerprint,
    chain: &[Envelope],
    now: UnixTime,
) -> Result<VerifiedChain, RosterError> {
    let (first, rest) = chain.split_first().ok_or(RosterError::EmptyChain)?;
    let mut rosters = vec![verify_first(fingerprint, first)?];
    // Every id ever seen, with its last keys: an id removed and later
    // re-added must come back with the same keys, or it would be a new
    // member wearing an old name.
    let mut seen: std::collections::HashMap<MemberId, Member> = rosters[0]
        .roster
        .members
        .iter()
        .map(|m| (m.id.clone(), m.clone()))
        .collect();
    for env in rest {
        let prev = rosters.last().expect("non-empty");
        let next = verify_next(prev, env)?;
        for m in &next.roster.members {
            if prev.roster.member(&m.id).is_none()
                && seen.get(&m.id).is_some_and(|old| !old.same_keys(m))
            {
                return Err(RosterError::KeyContinuity(m.id.clone()));
            }
            seen.insert(m.id.clone(), m.clone());
        }
        rosters.push(next);
    }
    let chain = VerifiedChain {
        fingerprint: *fingerprint,
        rosters,
    };
    check_head_expiry(&chain.head().roster, now)?;
    Ok(chain)
}

/// Parses a served chain (a JSON array of envelopes).
pub fn parse_chain_json(bytes: &[u8]) -> Result<Vec<Envelope>, RosterError> {
    if bytes.len() > 64 * dsse::MAX_ENVELOPE_BYTES {
        return Err(DsseError::Malformed("roster chain too large".into()).into());
    }
    let v = jcs::parse_strict(bytes).map_err(|e| DsseError::Malformed(e.to_string()))?;
    serde_json::from_value(v).map_err(|e| DsseError::Malformed(e.to_string()).into())
}

/// The fingerprint a first roster gives its team.
pub fn fingerprint_of(first: &Roster) -> TeamFingerprint {
    TeamFingerprint(first.hash())
}
