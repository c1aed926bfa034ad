//! Case ids as people type them: any unique prefix of at least
//! [`MIN_PREFIX`] hex digits names a case, as git does for commits. Every
//! command taking a case id resolves it here, through
//! `CaseStore::resolve_id`, so the rule is the same everywhere.

/// The fewest hex digits a case id prefix may have.
pub const MIN_PREFIX: usize = 4;

/// Why a case id given on the command line names no single case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CaseIdError {
    /// Not hexadecimal.
    #[error("{0:?} is not a case id: case ids are hexadecimal (`reviewer list` shows them)")]
    NotHex(String),
    /// Fewer than [`MIN_PREFIX`] digits.
    #[error("case id {0:?} is too short: give at least 4 hex digits")]
    TooShort(String),
    /// No case in the store starts with it.
    #[error(
        "no case {0} in this store (`reviewer list --all` shows the cases here; a purged case is gone for good)"
    )]
    NotFound(String),
    /// Several cases start with it.
    #[error("case id {given} is ambiguous: it starts {}; give more digits", .candidates.join(", "))]
    Ambiguous {
        /// What was typed.
        given: String,
        /// Every case id it starts, sorted.
        candidates: Vec<String>,
    },
}

/// The one id in `ids` that `given` is a prefix of (case-insensitive).
pub fn resolve<'a>(
    given: &str,
    ids: impl IntoIterator<Item = &'a str>,
) -> Result<String, CaseIdError> {
    let want = given.trim().to_ascii_lowercase();
    if want.is_empty() || !want.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(CaseIdError::NotHex(given.to_owned()));
    }
    if want.len() < MIN_PREFIX {
        return Err(CaseIdError::TooShort(given.to_owned()));
    }
    let mut found: Vec<String> = ids
        .into_iter()
        .filter(|id| id.starts_with(&want))
        .map(str::to_owned)
        .collect();
    // A full id always names itself, even if it were also a prefix.
    if let Some(exact) = found.iter().find(|id| **id == want) {
        return Ok(exact.clone());
    }
    found.sort();
    found.dedup();
    match found.len() {
        0 => Err(CaseIdError::NotFound(given.to_owned())),
        1 => Ok(found.remove(0)),
        _ => Err(CaseIdError::Ambiguous {
            given: given.to_owned(),
            candidates: found,
        }),
    }
}

/// How many leading digits `list` shows of each id: at least 8, and as
/// many as it takes for no two of `ids` to look the same, so every id
/// shown can be typed back as it is.
pub fn short_len<'a>(ids: impl IntoIterator<Item = &'a str>) -> usize {
    let mut ids: Vec<&str> = ids.into_iter().collect();
    ids.sort_unstable();
    let common = ids
        .windows(2)
        .map(|w| {
            w[0].bytes()
                .zip(w[1].bytes())
                .take_while(|(a, b)| a == b)
                .count()
        })
        .max()
        .unwrap_or(0);
    (common + 1).max(8)
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 3] = [
        "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "0a1bffff4e5f60718293a4b5c6d7e8f9",
        "9f00aa11223344556677889900aabbcc",
    ];

    #[test]
    fn the_short_ids_list_shows_are_unique() {
        assert_eq!(short_len(IDS), 8);
        assert_eq!(short_len(std::iter::empty()), 8);
        let close = ["0a1b2c3d4e5f0000", "0a1b2c3d4e5f1111", "ffff000000000000"];
        assert_eq!(short_len(close), 13);
        for id in close {
            assert_eq!(resolve(&id[..13], close).unwrap(), id);
        }
    }

    #[test]
    fn a_unique_prefix_names_its_case() {
        assert_eq!(resolve("9f00", IDS).unwrap(), IDS[2]);
        assert_eq!(resolve("0a1b2", IDS).unwrap(), IDS[0]);
        assert_eq!(resolve(IDS[1], IDS).unwrap(), IDS[1]);
        // Typed in capitals, or with a stray space from a copy.
        assert_eq!(resolve(" 0A1BF ", IDS).unwrap(), IDS[1]);
    }

    #[test]
    fn an_ambiguous_prefix_lists_every_candidate() {
        let e = resolve("0a1b", IDS).unwrap_err();
        assert_eq!(
            e,
            CaseIdError::Ambiguous {
                given: "0a1b".into(),
                candidates: vec![IDS[0].into(), IDS[1].into()],
            }
        );
        let text = e.to_string();
        assert!(text.contains(IDS[0]) && text.contains(IDS[1]), "{text}");
    }

    #[test]
    fn short_foreign_and_unknown_ids_are_refused() {
        assert_eq!(
            resolve("0a1", IDS).unwrap_err(),
            CaseIdError::TooShort("0a1".into())
        );
        assert_eq!(
            resolve("", IDS).unwrap_err(),
            CaseIdError::NotHex("".into())
        );
        // A placeholder copied from the docs, a path, an SQL pattern.
        for bad in ["0a1b…", "../0a1b", "0a1b%", "0a1b_"] {
            assert_eq!(
                resolve(bad, IDS).unwrap_err(),
                CaseIdError::NotHex(bad.into()),
                "{bad}"
            );
        }
        assert_eq!(
            resolve("abcd", IDS).unwrap_err(),
            CaseIdError::NotFound("abcd".into())
        );
        assert_eq!(
            resolve("abcd", std::iter::empty()).unwrap_err(),
            CaseIdError::NotFound("abcd".into())
        );
    }
}
