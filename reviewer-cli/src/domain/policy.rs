//! What a team may put in its roster's policy, beyond the shape the roster
//! itself checks: a time zone the deadlines can use, clocks and retention
//! periods a person could have meant, categories the page can offer. Checked
//! before an admin signs, so a typo never reaches the other admins' `team
//! sign` or the drop box.

use std::collections::HashSet;

use dropbox_crypto::roster::Policy;

/// The longest clock in hours (a year): more is a typo, not a promise.
pub const MAX_HOURS: u32 = 24 * 366;
/// The longest period in days (ten years).
pub const MAX_DAYS: u32 = 3_660;
/// How many categories the page offers at most.
pub const MAX_CATEGORIES: usize = 32;
/// The longest category name, in bytes.
pub const MAX_CATEGORY_BYTES: usize = 64;

/// Why a policy cannot be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// The time zone is not in the bundled tz database.
    #[error("unknown time zone {0:?}: use an IANA name such as Europe/Berlin or UTC")]
    TimeZone(String),
    /// A clock or period is 0 or beyond its bound.
    #[error("{field} must be between 1 and {max}, not {value}")]
    OutOfRange {
        /// The policy field (as its flag names it).
        field: &'static str,
        /// The value given.
        value: u64,
        /// The largest accepted value.
        max: u64,
    },
    /// The disclosure schedule is not three increasing days.
    #[error("disclosure days must be three days, increasing (ask, escalate, disclose), not {0:?}")]
    Disclosure(Vec<u32>),
    /// No categories, too many, or one the page cannot show.
    #[error("{0}")]
    Categories(String),
}

/// Checks `p` as a team would sign it.
pub fn check(p: &Policy) -> Result<(), PolicyError> {
    if jiff::tz::db().get(&p.timezone).is_err() {
        return Err(PolicyError::TimeZone(p.timezone.clone()));
    }
    let r = &p.response_by_severity;
    let t = &p.retention;
    let bounded: [(&'static str, u32, u32); 13] = [
        ("ack hours", p.ack_hours, MAX_HOURS),
        ("next-steps hours", p.next_steps_hours, MAX_HOURS),
        ("critical hours", r.critical_hours, MAX_HOURS),
        ("high business days", r.high_business_days, MAX_DAYS),
        ("medium days", r.medium_days, MAX_DAYS),
        ("low days", r.low_days, MAX_DAYS),
        ("all-acked days", t.all_acked_days, MAX_DAYS),
        ("first-ack days", t.first_ack_days, MAX_DAYS),
        ("unacked days", t.unacked_days, MAX_DAYS),
        ("reply-read days", t.reply_read_days, MAX_DAYS),
        ("reply days", t.reply_days, MAX_DAYS),
        ("backup days", t.backup_days, MAX_DAYS),
        ("the last disclosure day", p.disclosure_days[2], MAX_DAYS),
    ];
    for (field, value, max) in bounded {
        if !(1..=max).contains(&value) {
            return Err(PolicyError::OutOfRange {
                field,
                value: value.into(),
                max: max.into(),
            });
        }
    }
    if let Some(w) = p.drop_key_days {
        let (min, max) = (
            dropbox_crypto::dropkey::MIN_WINDOW_DAYS,
            dropbox_crypto::dropkey::MAX_WINDOW_DAYS,
        );
        if !(min..=max).contains(&w) {
            return Err(PolicyError::OutOfRange {
                field: "drop-key days",
                value: w.into(),
                max: max.into(),
            });
        }
    }
    let d = p.disclosure_days;
    if !(d[0] > 0 && d[0] <= d[1] && d[1] <= d[2]) {
        return Err(PolicyError::Disclosure(d.to_vec()));
    }
    // Canonical JSON (and the page's JavaScript) holds integers up to 2^53.
    const MAX_SAFE: u64 = (1 << 53) - 1;
    if !(1..=MAX_SAFE).contains(&p.max_submission_bytes) {
        return Err(PolicyError::OutOfRange {
            field: "max submission bytes",
            value: p.max_submission_bytes,
            max: MAX_SAFE,
        });
    }
    check_categories(&p.categories)
}

fn check_categories(cats: &[String]) -> Result<(), PolicyError> {
    let bad = |m: String| Err(PolicyError::Categories(m));
    if cats.is_empty() || cats.len() > MAX_CATEGORIES {
        return bad(format!(
            "a policy offers 1 to {MAX_CATEGORIES} categories, not {}",
            cats.len()
        ));
    }
    let mut seen = HashSet::new();
    for c in cats {
        if c.trim() != c
            || c.is_empty()
            || c.len() > MAX_CATEGORY_BYTES
            || c.chars().any(|ch| ch.is_control())
        {
            return bad(format!(
                "category {c:?} must be 1-{MAX_CATEGORY_BYTES} bytes without control characters or surrounding spaces"
            ));
        }
        if !seen.insert(c.to_lowercase()) {
            return bad(format!("category {c:?} is listed twice"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_passes() {
        check(&Policy::default()).unwrap();
    }

    #[test]
    fn typos_a_team_makes_are_refused() {
        let with = |f: &dyn Fn(&mut Policy)| {
            let mut p = Policy::default();
            f(&mut p);
            check(&p)
        };
        assert_eq!(
            with(&|p| p.timezone = "Europe/Berln".into()),
            Err(PolicyError::TimeZone("Europe/Berln".into()))
        );
        assert!(matches!(
            with(&|p| p.ack_hours = 0),
            Err(PolicyError::OutOfRange {
                field: "ack hours",
                ..
            })
        ));
        assert!(matches!(
            with(&|p| p.retention.backup_days = 36_500),
            Err(PolicyError::OutOfRange {
                field: "backup days",
                ..
            })
        ));
        assert!(matches!(
            with(&|p| p.disclosure_days = [30, 14, 90]),
            Err(PolicyError::Disclosure(_))
        ));
        assert!(matches!(
            with(&|p| p.max_submission_bytes = 0),
            Err(PolicyError::OutOfRange { .. })
        ));
        assert!(matches!(
            with(&|p| p.categories.clear()),
            Err(PolicyError::Categories(_))
        ));
        assert!(matches!(
            with(&|p| p.categories = vec!["Other".into(), "other".into()]),
            Err(PolicyError::Categories(_))
        ));
        assert!(matches!(
            with(&|p| p.categories = vec![" padded".into()]),
            Err(PolicyError::Categories(_))
        ));
        for w in [0, 91] {
            assert!(matches!(
                with(&|p| p.drop_key_days = Some(w)),
                Err(PolicyError::OutOfRange {
                    field: "drop-key days",
                    ..
                })
            ));
        }
        // Edge values that are meant.
        with(&|p| {
            p.timezone = "America/Argentina/Buenos_Aires".into();
            p.ack_hours = MAX_HOURS;
            p.disclosure_days = [1, 1, 1];
            p.drop_key_days = Some(90);
            p.categories = vec!["a".repeat(MAX_CATEGORY_BYTES)];
        })
        .unwrap();
    }
}
