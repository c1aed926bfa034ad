//! Drop keys (protocol 1.4): short-lived post-quantum recipients that each
//! member publishes, signed by their `sign` key, so that reporters encrypt
//! to a key the member destroys once its window and a grace period are over
//! (forward secrecy for submissions), and never to X25519 alone.
//!
//! Windows are whole UTC days aligned on 1970-01-01, the same for every
//! member (so a key's dates say nothing about who made it): a window of `W`
//! days starts on a day that is a multiple of `W` since the epoch, and its
//! key is valid from `not_before` through `not_after = not_before + W`
//! inclusive, one day overlapping the next window's key, so a reporter
//! whose clock is a day off still finds a valid key. The length comes from
//! the roster's `policy.drop_key_days` (default [`DEFAULT_WINDOW_DAYS`]).
//!
//! Spec: docs/PROTOCOL.md §4.5.

use serde::{Deserialize, Serialize};

use crate::dsse::{DROPKEY_TYPE, DsseError, Envelope};
use crate::hybrid::HybridRecipient;
use crate::ids::{MemberId, TeamFingerprint};
use crate::jcs;
use crate::keys::SignSecretKey;
use crate::roster::{Policy, Roster};
use crate::time::Day;

/// `type` of a drop key payload.
pub const DROPKEY_KIND: &str = "dropbox-dropkey/1";
/// The window when the roster's policy does not set one: a week.
pub const DEFAULT_WINDOW_DAYS: u32 = 7;
/// The shortest window a roster may set.
pub const MIN_WINDOW_DAYS: u32 = 1;
/// The longest window a roster may set.
pub const MAX_WINDOW_DAYS: u32 = 90;
/// Windows a member's client keeps published after the current one, so a
/// member who is away still has valid keys out.
pub const AHEAD_WINDOWS: i64 = 2;

/// Why a drop key was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DropKeyError {
    /// The envelope or payload is malformed or of the wrong type.
    #[error(transparent)]
    Envelope(#[from] DsseError),
    /// Canonical JSON that is not a valid drop key.
    #[error("invalid drop key: {0}")]
    Invalid(String),
    /// For another team.
    #[error("drop key is for another team")]
    WrongTeam,
    /// Its member is not in the roster.
    #[error("drop key of {0}, who is not a member of the roster")]
    NotMember(String),
    /// Not signed by the member's current `sign` key.
    #[error("drop key is not signed by its member's sign key")]
    BadSignature,
    /// No signed, unexpired drop key for this member today.
    #[error("{0} has no valid drop key for today; ask them to run `reviewer sync`")]
    NoCurrentKey(MemberId),
}

impl DropKeyError {
    /// A stable code, as for the other formats.
    pub fn code(&self) -> &'static str {
        match self {
            DropKeyError::Envelope(e) => e.code(),
            DropKeyError::Invalid(_) => "dropkey-invalid",
            DropKeyError::WrongTeam => "dropkey-wrong-team",
            DropKeyError::NotMember(_) => "dropkey-not-member",
            DropKeyError::BadSignature => "dropkey-bad-signature",
            DropKeyError::NoCurrentKey(_) => "dropkey-none-current",
        }
    }
}

/// A member's drop key: a hybrid recipient and the days it is valid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DropKey {
    /// Always [`DROPKEY_KIND`].
    #[serde(rename = "type")]
    pub kind: String,
    /// The team.
    pub team: TeamFingerprint,
    /// Whose key it is (and the signature's keyid).
    pub member: MemberId,
    /// The `age1pq1…` recipient.
    pub recipient: HybridRecipient,
    /// First day it may be used.
    pub not_before: Day,
    /// Last day it may be used (inclusive).
    pub not_after: Day,
}

impl DropKey {
    /// A drop key ready to sign.
    pub fn new(
        team: TeamFingerprint,
        member: MemberId,
        recipient: HybridRecipient,
        (not_before, not_after): (Day, Day),
    ) -> Self {
        DropKey {
            kind: DROPKEY_KIND.into(),
            team,
            member,
            recipient,
            not_before,
            not_after,
        }
    }

    /// Signs it with the member's `sign` key.
    pub fn sign(&self, key: &SignSecretKey) -> Envelope {
        Envelope::sign(
            DROPKEY_TYPE,
            &jcs::to_canonical(self),
            &[(self.member.as_str(), key)],
        )
    }

    /// Whether a reporter may encrypt to it on `day`.
    pub fn valid_on(&self, day: Day) -> bool {
        self.not_before <= day && day <= self.not_after
    }
}

/// The window length the roster's policy sets, in days.
pub fn window_days(policy: &Policy) -> u32 {
    policy.drop_key_days.unwrap_or(DEFAULT_WINDOW_DAYS)
}

/// The window that starts on or before `day`: (`not_before`, `not_after`).
pub fn window_of(day: Day, window: u32) -> (Day, Day) {
    let w = i64::from(window.max(1));
    let start = day.add_days(-day.days_since_epoch().rem_euclid(w));
    (start, start.add_days(w))
}

/// The windows a member's client keeps keys for on `today`: the current one
/// and [`AHEAD_WINDOWS`] after it.
pub fn schedule(today: Day, window: u32) -> Vec<(Day, Day)> {
    let w = i64::from(window.max(1));
    let (first, _) = window_of(today, window);
    (0..=AHEAD_WINDOWS)
        .map(|i| window_of(first.add_days(i * w), window))
        .collect()
}

/// The first day on which the identity of a key that ends on `not_after`
/// is destroyed: after the window, a grace of one more window lets an item
/// uploaded on its last day still be synced.
pub fn destroy_on(not_after: Day, window: u32) -> Day {
    not_after.add_days(i64::from(window.max(1)) + 1)
}

/// Verifies a drop key against the roster, for this team: the payload's
/// shape, the team, the member, the member's signature, and a window no
/// longer than [`MAX_WINDOW_DAYS`]. Says nothing about today: see
/// [`current_key`].
pub fn verify(
    env: &Envelope,
    roster: &Roster,
    team: &TeamFingerprint,
) -> Result<DropKey, DropKeyError> {
    let parsed = env.parse(DROPKEY_TYPE)?;
    let key: DropKey = parsed
        .payload_as()
        .map_err(|e| DropKeyError::Envelope(DsseError::Payload(e)))?;
    if key.kind != DROPKEY_KIND {
        return Err(DropKeyError::Invalid("type".into()));
    }
    let span = key.not_before.days_until(key.not_after);
    if !(0..=i64::from(MAX_WINDOW_DAYS)).contains(&span) {
        return Err(DropKeyError::Invalid("window".into()));
    }
    if &key.team != team {
        return Err(DropKeyError::WrongTeam);
    }
    let member = roster
        .member(&key.member)
        .ok_or_else(|| DropKeyError::NotMember(key.member.to_string()))?;
    let signed = parsed
        .signatures
        .iter()
        .any(|(id, sig)| id == key.member.as_str() && parsed.verify_one(sig, &member.sign).is_ok());
    if !signed {
        return Err(DropKeyError::BadSignature);
    }
    Ok(key)
}

/// The key a reporter encrypts to for `member` on `today`: among the
/// published envelopes, the verified key of that member valid today with
/// the latest `not_before`. Envelopes that do not verify are passed over,
/// never used; without a valid one the member cannot be chosen
/// ([`DropKeyError::NoCurrentKey`]).
pub fn current_key(
    published: &[Envelope],
    roster: &Roster,
    team: &TeamFingerprint,
    member: &MemberId,
    today: Day,
) -> Result<DropKey, DropKeyError> {
    published
        .iter()
        .filter_map(|env| verify(env, roster, team).ok())
        .filter(|k| &k.member == member && k.valid_on(today))
        .max_by_key(|k| k.not_before)
        .ok_or_else(|| DropKeyError::NoCurrentKey(member.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hybrid::HybridIdentity;
    use crate::keys::AgeIdentity;
    use crate::roster::{Member, Role};
    use crate::{Sha256Digest, TeamFingerprint};

    fn day(s: &str) -> Day {
        s.parse().unwrap()
    }

    fn roster(sign: &SignSecretKey) -> Roster {
        let alice = Member {
            id: "alice".parse().unwrap(),
            name: "Alice".into(),
            roles: vec![Role::Admin],
            age: AgeIdentity::generate().recipient(),
            sign: sign.public(),
            transport: None,
        };
        Roster::first(
            "Team",
            vec![alice],
            vec!["https://example.org".into()],
            day("2030-01-01"),
            Policy::default(),
        )
    }

    /// The policy field is optional: absent, a roster's bytes are what they
    /// were before protocol 1.4; present, it is bounded.
    #[test]
    fn the_policy_window_is_optional_and_bounded() {
        let mut r = roster(&SignSecretKey::generate());
        let before = r.payload();
        assert!(!String::from_utf8_lossy(&before).contains("drop_key_days"));
        assert_eq!(window_days(&r.policy), DEFAULT_WINDOW_DAYS);
        r.policy.drop_key_days = Some(3);
        r.validate().unwrap();
        assert_eq!(window_days(&r.policy), 3);
        let back: Roster = jcs::from_canonical(&r.payload()).unwrap();
        assert_eq!(back, r);
        for bad in [0, 91] {
            r.policy.drop_key_days = Some(bad);
            assert!(r.validate().is_err(), "{bad}");
        }
    }

    #[test]
    fn windows_are_aligned_and_overlap_by_a_day() {
        let (a, b) = window_of(day("2026-12-06"), 7);
        assert_eq!(a.days_since_epoch() % 7, 0);
        assert!(a <= day("2026-12-06") && day("2026-12-06") <= b);
        assert_eq!(a.days_until(b), 7);
        let s = schedule(day("2026-12-06"), 7);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0], (a, b));
        assert_eq!(s[1].0, b, "the next key starts on the last day of this one");
        assert_eq!(window_of(a, 7), (a, b));
        assert_eq!(window_of(b, 7).0, b);
        assert_eq!(destroy_on(b, 7), b.add_days(8));
    }

    #[test]
    fn verify_and_pick_the_current_key() {
        let sign = SignSecretKey::generate();
        let r = roster(&sign);
        let team = TeamFingerprint(Sha256Digest([1; 32]));
        let alice: MemberId = "alice".parse().unwrap();
        let today = day("2026-12-06");
        let envs: Vec<Envelope> = schedule(today, 7)
            .into_iter()
            .map(|w| {
                let id = HybridIdentity::generate();
                DropKey::new(team, alice.clone(), id.recipient(), w).sign(&sign)
            })
            .collect();
        let k = current_key(&envs, &r, &team, &alice, today).unwrap();
        assert_eq!(k, verify(&envs[0], &r, &team).unwrap());
        // On the overlap day the newer key is chosen.
        let next = schedule(today, 7)[1].0;
        let k = current_key(&envs, &r, &team, &alice, next).unwrap();
        assert_eq!(k.not_before, next);

        // Expired: nothing valid after the last window.
        let far = schedule(today, 7)[2].1.add_days(1);
        assert_eq!(
            current_key(&envs, &r, &team, &alice, far).unwrap_err(),
            DropKeyError::NoCurrentKey(alice.clone())
        );
        // Signed by someone else: refused, and never picked.
        let mallory = SignSecretKey::generate();
        let forged = DropKey::new(
            team,
            alice.clone(),
            HybridIdentity::generate().recipient(),
            window_of(far, 7),
        )
        .sign(&mallory);
        assert_eq!(verify(&forged, &r, &team), Err(DropKeyError::BadSignature));
        assert!(current_key(&[forged], &r, &team, &alice, far).is_err());
        // Another team's key.
        let other = TeamFingerprint(Sha256Digest([2; 32]));
        assert_eq!(verify(&envs[0], &r, &other), Err(DropKeyError::WrongTeam));
        // A window longer than allowed.
        let long = DropKey::new(
            team,
            alice.clone(),
            HybridIdentity::generate().recipient(),
            (today, today.add_days(91)),
        )
        .sign(&sign);
        assert_eq!(
            verify(&long, &r, &team).unwrap_err().code(),
            "dropkey-invalid"
        );
    }
}
