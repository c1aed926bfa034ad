//! Rules every metadata store must keep alike, written once and run
//! against each engine: SQLite in the unit tests, PostgreSQL in the e2e
//! tests (which start a real cluster). Panics on the first broken rule.

use dropbox_crypto::time::Day;

use super::{MetadataStore, UploadPart, UploadProgress};

fn day(s: &str) -> Day {
    s.parse().expect("a test day")
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// Meta values changed by compare-and-set (the digest's day, claimed by
/// one replica before it sends): of two changes from one value, one wins.
pub fn meta_swaps(s: &mut dyn MetadataStore) {
    assert!(s.swap_meta("swap_test", None, "1").unwrap(), "absent: set");
    assert!(
        !s.swap_meta("swap_test", None, "2").unwrap(),
        "no longer absent"
    );
    assert!(!s.swap_meta("swap_test", Some("0"), "2").unwrap(), "not 0");
    assert!(s.swap_meta("swap_test", Some("1"), "2").unwrap());
    assert!(
        !s.swap_meta("swap_test", Some("1"), "3").unwrap(),
        "the loser"
    );
    assert_eq!(s.meta("swap_test").unwrap().as_deref(), Some("2"));
}

/// Shared uploads (replicas): which uploads the day's rules and the cap on
/// bodiless ones drop, and that an upload whose first part is being
/// written is never taken for a bodiless one.
pub fn shared_upload_rules(s: &mut dyn MetadataStore) {
    let (today, yesterday, before) = (day("2026-12-07"), day("2026-12-06"), day("2026-12-05"));
    s.insert_upload("a-new", 100, None, None, today).unwrap();
    s.insert_upload("b-bodiless", 100, None, None, yesterday)
        .unwrap();
    s.insert_upload("c-arriving", 100, None, None, yesterday)
        .unwrap();
    s.insert_upload("d-old", 100, None, None, before).unwrap();
    // c's first part began yesterday and is still arriving.
    assert!(s.begin_part("c-arriving", "p1", yesterday).unwrap());
    assert!(!s.begin_part("gone", "p1", today).unwrap());
    assert_eq!(
        sorted(s.stale_uploads(today, 4096).unwrap()),
        ["b-bodiless", "d-old"],
        "bodiless from before today and untouched since before yesterday go; a part arriving keeps c"
    );
    // Past the cap every bodiless one goes, but not one being written.
    assert_eq!(
        sorted(s.stale_uploads(today, 0).unwrap()),
        ["a-new", "b-bodiless", "d-old"]
    );
    let progress = s.upload_progress().unwrap();
    assert!(progress.contains(&UploadProgress {
        id: "c-arriving".into(),
        received: 0,
        writing: Some("p1".into()),
    }));
    // Only the part that set the mark clears it.
    s.end_part("c-arriving", "p0").unwrap();
    assert!(
        !s.stale_uploads(today, 4096)
            .unwrap()
            .contains(&"c-arriving".to_owned())
    );
    s.end_part("c-arriving", "p1").unwrap();
    assert!(
        s.stale_uploads(today, 4096)
            .unwrap()
            .contains(&"c-arriving".to_owned())
    );

    // A recorded part ends the bodiless rules and counts as short or not.
    let part = |start, len, name: &str| UploadPart {
        start,
        name: name.into(),
        len,
    };
    assert!(
        s.advance_upload("c-arriving", &part(0, 10, "p1"), b"", today)
            .unwrap()
    );
    assert!(
        !s.advance_upload("c-arriving", &part(0, 10, "p2"), b"", today)
            .unwrap()
    );
    assert!(
        s.advance_upload("c-arriving", &part(10, 60, "p3"), b"", today)
            .unwrap()
    );
    assert_eq!(s.short_parts("c-arriving", 20).unwrap(), 1);
    assert_eq!(s.short_parts("c-arriving", 61).unwrap(), 2);
    assert_eq!(s.short_parts("a-new", 61).unwrap(), 0);
    assert!(
        !s.stale_uploads(today, 0)
            .unwrap()
            .contains(&"c-arriving".to_owned())
    );
    assert_eq!(s.open_upload_usage().unwrap(), (1, 100));
    // Leaves the store as it found it (the callers go on with it).
    for id in ["a-new", "b-bodiless", "c-arriving", "d-old"] {
        s.delete_upload(id).unwrap();
    }
    assert!(s.uploads().unwrap().is_empty());
    assert_eq!(
        s.short_parts("c-arriving", 61).unwrap(),
        0,
        "parts go with their upload"
    );
}
