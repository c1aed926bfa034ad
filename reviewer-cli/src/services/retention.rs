//! Retention (POLICY "Retention"): a closed case leaves the active store at
//! once, stays recoverable for the backup window, and is then purged for
//! good: its key is destroyed and only counters remain (per month, type and
//! severity, and time-to-acknowledge / time-to-close histograms).
//!
//! The automatic purge at the start of every command uses the session's
//! clock (the real one, outside tests) and skips itself, with a warning, when the clock moved by more than two
//! days since the last run (a wrong clock must not destroy cases early);
//! `reviewer purge --trust-clock` then purges by the clock as it is.
//! `--as-of` only ever simulates. The rules themselves are in
//! `domain::retention`.

use anyhow::Context;

use dropbox_crypto::messages::EventBody;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::{Day, UnixTime};

use crate::domain::case::Case;
use crate::domain::retention::{Clock, clock_moved, counters_for};
use crate::services::session::Session;
use crate::services::teamlog;
use crate::store::CaseStore;

/// Compares the real clock with the last run's.
pub fn clock(store: &CaseStore, now: UnixTime) -> anyhow::Result<Clock> {
    let last: Option<i64> = store.meta("last_run")?.map(|s| s.parse()).transpose()?;
    Ok(clock_moved(last, now))
}

/// Accepts the clock as it is now.
pub fn trust_clock(store: &CaseStore, now: UnixTime) -> anyhow::Result<()> {
    store.set_meta("last_run", &now.0.to_string())
}

/// The closed cases whose purge day has come by `as_of`: (id, purge day).
pub fn due(store: &CaseStore, as_of: Day) -> anyhow::Result<Vec<(String, Day)>> {
    Ok(store
        .all_ids()?
        .into_iter()
        .filter_map(|(id, d)| d.filter(|d| *d <= as_of).map(|d| (id, d)))
        .collect())
}

/// Purges one case for good, keeping its counters (`now` ends the clocks
/// of a case purged before it was closed).
pub fn purge_case_at(
    store: &mut CaseStore,
    case: &Case,
    today: Day,
    policy: &Policy,
    now: UnixTime,
) -> anyhow::Result<()> {
    store.purge(&case.id, today, &counters_for(case, policy, now))
}

/// Purges every closed case whose day has come by `today`, telling the team
/// (a `purge` event, so members whose clocks lag purge too). Returns the ids.
pub fn purge_due(s: &mut Session, today: Day) -> anyhow::Result<Vec<String>> {
    let policy = s.policy();
    let mut done = Vec::new();
    for (id, _) in due(&s.store, today)? {
        let mut case = s.store.case(&id)?;
        if s.chain.is_some() && !case.state().purged {
            let (ctx, store) = s.parts()?;
            teamlog::record(store, &ctx, &mut case, EventBody::Purge)?;
        }
        let now = s.now();
        purge_case_at(&mut s.store, &case, today, &policy, now)
            .with_context(|| format!("cannot purge case {id}"))?;
        done.push(id);
    }
    Ok(done)
}

/// Events expire on the drop box after 30 days, backups after the backup
/// window: past both (and a week's margin), a purged case's hash has no
/// use, and only the counters remain.
pub fn forget_old_purges(s: &Session, today: Day) -> anyhow::Result<()> {
    let keep = i64::from(s.store.backup_days.max(30)) + 7;
    s.store.forget_purged(today.add_days(-keep))?;
    Ok(())
}

/// The purge at the start of every command.
pub fn automatic(s: &mut Session) -> anyhow::Result<()> {
    let now = s.now();
    match clock(&s.store, now)? {
        Clock::Plausible => {
            let purged = purge_due(s, now.day())?;
            if !purged.is_empty() {
                errln!(
                    "Purged {} whose backup window ended.",
                    dropbox_term::count(purged.len() as u64, "closed case", "closed cases")
                );
            }
            forget_old_purges(s, now.day())?;
            // Drop identities go after their window and grace whether or
            // not the member syncs (protocol 1.4).
            let destroyed = crate::services::dropkeys::destroy_expired(s)?;
            if destroyed > 0 {
                errln!(
                    "Destroyed {} whose window and grace ended.",
                    dropbox_term::count(destroyed as u64, "drop key", "drop keys")
                );
            }
            trust_clock(&s.store, now)
        }
        Clock::Jumped(secs) => {
            errln!(
                "warning: the clock moved {} since the last run, so the automatic purge did not run; if the clock is right, run `reviewer purge --trust-clock`",
                dropbox_term::count(secs.unsigned_abs() / 86_400, "day", "days")
            );
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use dropbox_crypto::bundle::{Header, Kind};

    use super::*;
    use crate::domain::case::CaseEvent;
    use crate::home;
    use crate::keys::MemberKeys;
    use crate::services::session::TimeSource;

    const D: i64 = 86_400;
    /// 2036-01-01T00:00:00Z: the case comes in. Years ahead of the real
    /// clock, so a service that read it instead of the session's would
    /// see a jump and purge nothing.
    const T0: i64 = 2_082_758_400;
    /// 2036-01-10T10:00:00Z: it is closed; with the default 7-day window
    /// its purge day is 2036-01-17.
    const CLOSED: i64 = T0 + 9 * D + 10 * 3_600;
    const ID: &str = "0123456789abcdef0123456789abcdef";

    /// A member's home in a temporary directory, removed when dropped.
    struct Home(PathBuf);

    impl Home {
        fn new() -> Self {
            static N: AtomicUsize = AtomicUsize::new(0);
            let dir = std::env::temp_dir().join(format!(
                "reviewer-retention-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::create_dir_all(&dir).unwrap();
            Home(dir)
        }
    }

    impl Drop for Home {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn day(t: i64) -> Day {
        UnixTime(t).day()
    }

    /// Midnight UTC of the day `days` after the close day.
    fn close_day_plus(days: i64) -> i64 {
        day(CLOSED).add_days(days).start().0
    }

    fn event(seq: u64, at: i64, body: EventBody) -> CaseEvent {
        CaseEvent {
            seq: Some(seq),
            local: 0,
            at,
            event_id: format!("e{seq}"),
            member: "alice".into(),
            basis: None,
            day: day(at),
            body,
        }
    }

    /// A session at `CLOSED` holding one case (with an attachment) that was
    /// closed then, nobody having acknowledged it.
    fn closed_case(home: &Home) -> Session {
        let keys = MemberKeys::generate("alice".parse().unwrap());
        let mut s =
            Session::open_with_clock(&home.0, keys, TimeSource::Fixed(UnixTime(CLOSED))).unwrap();
        let mut report = Header::new(Kind::Report, day(T0), 1, vec![]);
        report.title = Some("the secret title".into());
        let mut case = Case {
            id: ID.into(),
            report,
            server_id: None,
            receipt: String::new(),
            imported: T0,
            followups: vec![],
            replies_sent: 0,
            events: vec![],
            log: vec![],
            from_grant: None,
            withdrawal: None,
        };
        let key = s.store.new_case_key();
        s.store.insert_case(&case, &key).unwrap();
        let mut sink = s.store.attachment_sink(ID, &key, 0).unwrap();
        sink.write_all(b"a screenshot").unwrap();
        sink.finish().unwrap();
        case.add_event(event(
            1,
            CLOSED,
            EventBody::Close {
                reason: "done".into(),
            },
        ));
        s.store.update_case(&case, None).unwrap();
        s
    }

    /// Adds a team event to the stored case.
    fn add(s: &mut Session, e: CaseEvent) {
        let mut case = s.store.case(ID).unwrap();
        case.add_event(e);
        s.store.update_case(&case, None).unwrap();
    }

    /// The start of a command at `t`: the automatic purge by that clock.
    fn run_at(s: &mut Session, t: i64) {
        s.set_clock(TimeSource::Fixed(UnixTime(t)));
        automatic(s).unwrap();
    }

    /// Commands run at least daily from the session's time until `t`, the
    /// last at `t` (so the clock never moves more than a day at once).
    fn daily_until(s: &mut Session, t: i64) {
        while s.now().0 + D < t {
            let next = s.now().0 + D;
            run_at(s, next);
        }
        run_at(s, t);
    }

    fn held(s: &Session) -> bool {
        s.store.has_case(ID).unwrap()
    }

    #[test]
    fn a_closed_case_is_purged_the_day_its_backup_window_ends() {
        let home = Home::new();
        let mut s = closed_case(&home);
        assert_eq!(due(&s.store, day(CLOSED).add_days(7)).unwrap().len(), 1);
        for d in 1..=6 {
            daily_until(&mut s, close_day_plus(d) + 12 * 3_600);
            assert!(held(&s), "purged {d} days after the close");
        }
        daily_until(&mut s, close_day_plus(7) - 1);
        assert!(held(&s), "purged a second before the window ended");
        run_at(&mut s, close_day_plus(7));
        assert!(!held(&s), "not purged when the window ended");
        assert!(s.store.was_purged(ID).unwrap());
    }

    #[test]
    fn a_hold_keeps_a_case_past_the_window_and_an_earlier_one_does_not_shorten_it() {
        let home = Home::new();
        let mut s = closed_case(&home);
        let hold = |seq, days| {
            event(
                seq,
                CLOSED + 3_600,
                EventBody::Hold {
                    until: day(CLOSED).add_days(days),
                    reason: "legal".into(),
                },
            )
        };
        add(&mut s, hold(2, 3));
        daily_until(&mut s, close_day_plus(6));
        assert!(held(&s), "a hold before the window's end shortened it");
        add(&mut s, hold(3, 10));
        for d in 7..=9 {
            daily_until(&mut s, close_day_plus(d));
            assert!(held(&s), "purged on day {d} despite the hold");
        }
        daily_until(&mut s, close_day_plus(10));
        assert!(!held(&s), "not purged on the hold's day");
    }

    #[test]
    fn a_reopen_within_the_window_cancels_the_purge() {
        let home = Home::new();
        let mut s = closed_case(&home);
        daily_until(&mut s, close_day_plus(3));
        add(
            &mut s,
            event(
                2,
                close_day_plus(3),
                EventBody::Reopen {
                    reason: "more".into(),
                },
            ),
        );
        for d in 4..=20 {
            daily_until(&mut s, close_day_plus(d));
            assert!(held(&s), "a reopened case purged on day {d}");
        }
        assert_eq!(s.store.ids().unwrap(), [ID], "back in the active store");
        assert!(due(&s.store, day(close_day_plus(100))).unwrap().is_empty());
    }

    #[test]
    fn a_clock_jump_stops_the_automatic_purge_until_the_clock_is_trusted() {
        let home = Home::new();
        let mut s = closed_case(&home);
        daily_until(&mut s, close_day_plus(6));
        // Three days at once: past the purge day, but not trusted.
        let jumped = close_day_plus(9);
        run_at(&mut s, jumped);
        assert!(held(&s), "purged after a jump of more than two days");
        assert_eq!(
            clock(&s.store, s.now()).unwrap(),
            Clock::Jumped(jumped - close_day_plus(6))
        );
        // The next command at the same time still does not trust it.
        run_at(&mut s, jumped);
        assert!(held(&s));
        trust_clock(&s.store, s.now()).unwrap();
        run_at(&mut s, jumped);
        assert!(!held(&s), "trusting the clock did not resume the purge");
    }

    #[test]
    fn a_clock_jump_of_exactly_two_days_still_purges() {
        let home = Home::new();
        let mut s = closed_case(&home);
        daily_until(&mut s, close_day_plus(5));
        assert!(held(&s));
        run_at(&mut s, close_day_plus(7));
        assert!(!held(&s));
    }

    #[test]
    fn a_purged_case_leaves_only_counters() {
        let home = Home::new();
        let mut s = closed_case(&home);
        let attachments = s.store.attachment_dir(ID);
        assert!(attachments.exists());
        let want = counters_for(&s.store.case(ID).unwrap(), &s.policy(), UnixTime(CLOSED));
        daily_until(&mut s, close_day_plus(7));
        assert!(!held(&s));
        assert!(s.store.all_ids().unwrap().is_empty());
        assert!(!attachments.exists(), "the attachments outlived the purge");
        let counters = s.store.counters().unwrap();
        assert_eq!(counters.len(), want.len());
        for c in &want {
            assert!(counters.contains(c), "{c:?} missing from {counters:?}");
        }
        // Closed late, never acknowledged: the overdue clocks are counted.
        assert!(
            counters
                .iter()
                .any(|c| c.metric == "overdue" && c.key == "acknowledge"),
            "{counters:?}"
        );
        // Nothing names the case any more: not its id, not its content.
        for f in [home::CASES_DB.to_owned(), format!("{}-wal", home::CASES_DB)] {
            let bytes = std::fs::read(home.0.join(&f)).unwrap_or_default();
            for needle in [ID.as_bytes(), b"the secret title".as_slice()] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{f} still holds {:?}",
                    String::from_utf8_lossy(needle)
                );
            }
        }
        // A late purge or event for it finds only the hash.
        assert!(s.store.was_purged(ID).unwrap());
    }

    /// Every file under `dir`, recursively.
    fn files(dir: &std::path::Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(files(&p));
            } else {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn a_purged_case_leaves_nothing_of_its_list_index_entry() {
        let home = Home::new();
        let mut s = closed_case(&home);
        // Listed (closed cases are, with --all, until their purge day).
        let entries = s.store.summaries().unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].2.title.as_deref(), Some("the secret title"));
        let sealed = s.store.raw_summary(ID).unwrap().expect("an entry");
        daily_until(&mut s, close_day_plus(7));
        assert!(!held(&s));
        assert!(s.store.summaries().unwrap().is_empty());
        // Neither the entry (sealed) nor the title is left in any file of
        // the home: not the database, its WAL, nor anything beside them.
        drop(s);
        let all = files(&home.0);
        assert!(all.iter().any(|f| f.ends_with(home::CASES_DB)), "{all:?}");
        for f in all {
            let bytes = std::fs::read(&f).unwrap();
            for needle in [&sealed[..], b"the secret title".as_slice()] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{} still holds the purged case's list entry or title",
                    f.display()
                );
            }
        }
    }

    /// The same member's keys again (a new command unlocks them anew).
    fn keys_again(k: &MemberKeys) -> MemberKeys {
        use dropbox_crypto::keys::SignSecretKey;
        MemberKeys {
            id: k.id.clone(),
            age: k.age.expose_string().parse().unwrap(),
            sign: SignSecretKey::from_seed(&k.sign.expose_seed()),
            transport: SignSecretKey::from_seed(&k.transport.expose_seed()),
        }
    }

    #[test]
    fn opening_a_session_purges_by_its_clock_and_a_quiet_one_does_not() {
        let home = Home::new();
        let mut s = closed_case(&home);
        daily_until(&mut s, close_day_plus(6));
        let keys = keys_again(&s.keys);
        drop(s);
        let at = TimeSource::Fixed(UnixTime(close_day_plus(7)));
        let quiet = Session::open_quiet_with_clock(&home.0, keys_again(&keys), at).unwrap();
        assert!(held(&quiet), "a quiet session purged");
        assert_eq!(quiet.now(), UnixTime(close_day_plus(7)));
        drop(quiet);
        let s = Session::open_with_clock(&home.0, keys, at).unwrap();
        assert_eq!(s.now(), UnixTime(close_day_plus(7)));
        assert!(!held(&s), "opening on the purge day did not purge");
    }
}
