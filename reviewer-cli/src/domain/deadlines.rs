//! The policy clocks of one case: what is due when, and what to do next.
//!
//! Implements "Response times" and "Vulnerability disclosure schedule" of
//! ../shared/POLICY.md with the numbers of the roster's `policy` (DESIGN
//! "Roster", "Reviewer": the policy engine). Pure: no I/O and no clock reads;
//! the caller passes the case's recorded [`Facts`] and, where needed, `now`.
//!
//! The rules, exactly:
//!
//! - Every clock starts at [`Facts::imported`], the first local import.
//! - [`Clock::Acknowledge`]: due `imported + ack_hours` hours; done when
//!   [`Facts::acknowledged`] is recorded.
//! - [`Clock::NextSteps`]: due `imported + ack_hours + next_steps_hours`
//!   hours; done at [`Facts::next_steps`].
//! - [`Clock::Respond`]: only once triaged ([`Facts::severity`] set; the
//!   reporter's guess never starts it); done at [`Facts::responded`]. Due
//!   from `imported` by the triaged severity:
//!   - critical: `critical_hours` hours later (elapsed time);
//!   - high: `high_business_days` business days in the policy's time zone:
//!     from the local import date, step forward one day at a time counting
//!     only Monday to Friday, and keep the local time of day. An import on a
//!     Saturday or Sunday counts from the following Monday 00:00 local. So
//!     Friday 16:00 + 5 is the next Friday 16:00, and any weekend import + 5
//!     is the Monday 00:00 eight or nine days later (the end of the fifth
//!     business day; Friday 00:00 would give only four);
//!   - medium: `medium_days` calendar days, low: `low_days` calendar days.
//! - Calendar days (medium, low, and the disclosure schedule) are counted in
//!   the policy's time zone and keep the local time of day, so a DST change
//!   inside the window moves the deadline by an hour of elapsed time but not
//!   on the wall clock. A local time that does not exist or exists twice on
//!   the target day (a DST gap or fold) resolves the way RFC 5545 and
//!   Temporal do ("compatible"): later across a gap, the earlier of the two
//!   in a fold.
//! - Vulnerability cases ([`Facts::vulnerability`]) add the disclosure
//!   schedule, counted from the moment `T` the affected party was notified:
//!   - [`Clock::NotifyParty`]: due with the acknowledgement
//!     (`imported + ack_hours`); done at [`Facts::notified`];
//!   - once notified, [`Clock::PartyResponse`]: due `T + disclosure_days[0]`
//!     days; done at [`Facts::party_responded`];
//!   - once notified, [`Clock::Escalate`]: due `T + disclosure_days[1]` days.
//!     Left out entirely when the party responded before it fell due (there
//!     is nothing to escalate). Otherwise done at the first of
//!     [`Facts::escalated`] and a late [`Facts::party_responded`];
//!   - [`Clock::Disclose`]: due `T + disclosure_days[2]` days, or, when a
//!     date was agreed ([`Facts::agreed_disclosure`], earlier or later), at
//!     00:00 local time on that date; produced once notified or once a date
//!     is agreed; done at [`Facts::disclosed`].
//! - A closed case ([`Facts::closed`]) has no deadlines at all.
//! - The time zone is looked up first, for every case, so a roster with an
//!   unknown zone fails loudly instead of only on some cases.
//!
//! Time zones come from the tz database bundled into `jiff`, never from the
//! host, so every member's machine computes the same instants.

use std::fmt;
use std::str::FromStr;

use dropbox_crypto::bundle::Severity;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::{Day, UnixTime};
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};

const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;

/// What the case store records about one case, as the clocks need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// First local import: all three clocks start here.
    pub imported: UnixTime,
    /// When the team acknowledged the report.
    pub acknowledged: Option<UnixTime>,
    /// When the reporter was told the next steps.
    pub next_steps: Option<UnixTime>,
    /// When the response due by severity was given.
    pub responded: Option<UnixTime>,
    /// The triaged severity; `None` until triage.
    pub severity: Option<Severity>,
    /// The reporter's guess: only orders the queue before triage.
    pub severity_guess: Option<Severity>,
    /// Whether the disclosure schedule applies.
    pub vulnerability: bool,
    /// When the affected party was notified.
    pub notified: Option<UnixTime>,
    /// When the affected party answered.
    pub party_responded: Option<UnixTime>,
    /// When the issue was raised with the community or providers.
    pub escalated: Option<UnixTime>,
    /// When the issue was disclosed.
    pub disclosed: Option<UnixTime>,
    /// A disclosure date agreed with the affected party, and why.
    pub agreed_disclosure: Option<(Day, String)>,
    /// Closed cases have no open clocks.
    pub closed: bool,
}

impl Facts {
    /// A case imported at `imported` with nothing else recorded yet.
    pub fn new(imported: UnixTime) -> Self {
        Facts {
            imported,
            acknowledged: None,
            next_steps: None,
            responded: None,
            severity: None,
            severity_guess: None,
            vulnerability: false,
            notified: None,
            party_responded: None,
            escalated: None,
            disclosed: None,
            agreed_disclosure: None,
            closed: false,
        }
    }
}

/// One of the policy's clocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Clock {
    /// Acknowledge the report.
    Acknowledge,
    /// Tell the reporter the next steps.
    NextSteps,
    /// Respond as the triaged severity requires.
    Respond,
    /// Forward the report to the affected party.
    NotifyParty,
    /// The affected party's answer is due.
    PartyResponse,
    /// Raise the issue with community members or providers.
    Escalate,
    /// Disclose to stakeholders.
    Disclose,
}

impl Clock {
    /// Every clock, in the order a case meets them.
    pub const ALL: [Clock; 7] = [
        Clock::Acknowledge,
        Clock::NextSteps,
        Clock::Respond,
        Clock::NotifyParty,
        Clock::PartyResponse,
        Clock::Escalate,
        Clock::Disclose,
    ];

    /// The kebab-case name (`next-steps`), as shown and as stored in the
    /// `overdue` counters.
    pub fn as_str(self) -> &'static str {
        match self {
            Clock::Acknowledge => "acknowledge",
            Clock::NextSteps => "next-steps",
            Clock::Respond => "respond",
            Clock::NotifyParty => "notify-party",
            Clock::PartyResponse => "party-response",
            Clock::Escalate => "escalate",
            Clock::Disclose => "disclose",
        }
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A clock name that is not one of [`Clock::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown clock {0:?}: expected one of acknowledge, next-steps, respond, notify-party, party-response, escalate, disclose"
)]
pub struct UnknownClock(pub String);

impl FromStr for Clock {
    type Err = UnknownClock;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Clock::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| UnknownClock(s.to_owned()))
    }
}

/// One deadline of one case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// Which clock.
    pub clock: Clock,
    /// When it falls due.
    pub due: UnixTime,
    /// When it was met (possibly late); `None` while open.
    pub done: Option<UnixTime>,
    /// What to do next: one short imperative sentence.
    pub action: String,
}

/// Why the deadlines could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DeadlineError {
    /// The roster's policy names a time zone the bundled tz database lacks.
    #[error(
        "unknown time zone {0:?} in the roster's policy: use an IANA name such as Europe/Berlin"
    )]
    UnknownTimeZone(String),
    /// A deadline falls outside the dates the calendar can represent
    /// (years -9999 to 9999); the recorded times or policy numbers are absurd.
    #[error(
        "a deadline falls outside the representable dates: check the case's times and the policy's numbers"
    )]
    OutOfRange,
}

fn out_of_range<E>(_: E) -> DeadlineError {
    DeadlineError::OutOfRange
}

/// `t` plus `n` units of `unit` seconds, exactly.
fn plus(t: UnixTime, n: u64, unit: i64) -> Result<UnixTime, DeadlineError> {
    i64::try_from(n)
        .ok()
        .and_then(|n| n.checked_mul(unit))
        .and_then(|s| t.0.checked_add(s))
        .map(UnixTime)
        .ok_or(DeadlineError::OutOfRange)
}

fn to_local(tz: &TimeZone, t: UnixTime) -> Result<DateTime, DeadlineError> {
    Ok(tz.to_datetime(Timestamp::from_second(t.0).map_err(out_of_range)?))
}

fn from_local(tz: &TimeZone, dt: DateTime) -> Result<UnixTime, DeadlineError> {
    // `to_timestamp` resolves gaps and folds "compatibly" (module docs).
    Ok(UnixTime(
        tz.to_timestamp(dt).map_err(out_of_range)?.as_second(),
    ))
}

fn add_date_days(date: Date, days: i64) -> Result<Date, DeadlineError> {
    let span = Span::new().try_days(days).map_err(out_of_range)?;
    date.checked_add(span).map_err(out_of_range)
}

/// `t` plus `days` calendar days in `tz`, keeping the local time of day.
fn plus_local_days(tz: &TimeZone, t: UnixTime, days: u32) -> Result<UnixTime, DeadlineError> {
    let local = to_local(tz, t)?;
    let date = add_date_days(local.date(), i64::from(days))?;
    from_local(tz, date.to_datetime(local.time()))
}

fn is_weekend(date: Date) -> bool {
    date.weekday().to_monday_one_offset() >= 6
}

/// `t` plus `n` business days (Monday to Friday) in `tz`; see the module
/// docs for the weekend rule.
fn plus_business_days(tz: &TimeZone, t: UnixTime, n: u32) -> Result<UnixTime, DeadlineError> {
    let local = to_local(tz, t)?;
    let (mut date, mut time) = (local.date(), local.time());
    if is_weekend(date) {
        while is_weekend(date) {
            date = date.tomorrow().map_err(out_of_range)?;
        }
        time = Time::midnight();
    }
    // From a weekday, five business days are exactly one week.
    date = add_date_days(date, i64::from(n / 5) * 7)?;
    for _ in 0..n % 5 {
        date = date.tomorrow().map_err(out_of_range)?;
        while is_weekend(date) {
            date = date.tomorrow().map_err(out_of_range)?;
        }
    }
    from_local(tz, date.to_datetime(time))
}

/// 00:00 local time in `tz` on `day`.
fn start_of_local_day(tz: &TimeZone, day: Day) -> Result<UnixTime, DeadlineError> {
    let (y, m, d) = day.ymd();
    let date = Date::new(
        i16::try_from(y).map_err(out_of_range)?,
        i8::try_from(m).map_err(out_of_range)?,
        i8::try_from(d).map_err(out_of_range)?,
    )
    .map_err(out_of_range)?;
    from_local(tz, date.to_datetime(Time::midnight()))
}

/// Looks the policy's IANA time zone up in the bundled tz database.
pub fn time_zone(p: &Policy) -> Result<TimeZone, DeadlineError> {
    jiff::tz::db()
        .get(&p.timezone)
        .map_err(|_| DeadlineError::UnknownTimeZone(p.timezone.clone()))
}

/// Every clock of the case, in [`Clock::ALL`] order, by the rules in the
/// module docs. Met deadlines stay in the list with `done` set.
pub fn deadlines(f: &Facts, p: &Policy) -> Result<Vec<Deadline>, DeadlineError> {
    let tz = time_zone(p)?;
    if f.closed {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    let mut push = |clock, due, done, action: String| {
        out.push(Deadline {
            clock,
            due,
            done,
            action,
        })
    };

    let ack_due = plus(f.imported, p.ack_hours.into(), HOUR)?;
    push(
        Clock::Acknowledge,
        ack_due,
        f.acknowledged,
        "Acknowledge the report to the reporter.".into(),
    );
    let next_due = plus(
        f.imported,
        u64::from(p.ack_hours) + u64::from(p.next_steps_hours),
        HOUR,
    )?;
    push(
        Clock::NextSteps,
        next_due,
        f.next_steps,
        "Tell the reporter the next steps.".into(),
    );

    if let Some(sev) = f.severity {
        let r = &p.response_by_severity;
        let due = match sev {
            Severity::Critical => plus(f.imported, r.critical_hours.into(), HOUR)?,
            Severity::High => plus_business_days(&tz, f.imported, r.high_business_days)?,
            Severity::Medium => plus_local_days(&tz, f.imported, r.medium_days)?,
            Severity::Low => plus_local_days(&tz, f.imported, r.low_days)?,
        };
        push(
            Clock::Respond,
            due,
            f.responded,
            format!("Send the response due for a {sev}-severity report."),
        );
    }

    if f.vulnerability {
        push(
            Clock::NotifyParty,
            ack_due,
            f.notified,
            "Forward the report to the affected party and ask them to respond.".into(),
        );
        let [respond_days, escalate_days, disclose_days] = p.disclosure_days;
        if let Some(t) = f.notified {
            push(
                Clock::PartyResponse,
                plus_local_days(&tz, t, respond_days)?,
                f.party_responded,
                "Remind the affected party that their response is due.".into(),
            );
            let esc_due = plus_local_days(&tz, t, escalate_days)?;
            let answered_in_time = f.party_responded.is_some_and(|r| r < esc_due);
            if !answered_in_time {
                let done = match (f.escalated, f.party_responded) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                push(
                    Clock::Escalate,
                    esc_due,
                    done,
                    "Raise the issue with the relevant community members or providers.".into(),
                );
            }
        }
        let disclose = match (&f.agreed_disclosure, f.notified) {
            (Some((day, why)), _) => Some((
                start_of_local_day(&tz, *day)?,
                format!("Disclose to stakeholders on the agreed date ({why})."),
            )),
            (None, Some(t)) => Some((
                plus_local_days(&tz, t, disclose_days)?,
                "Disclose to stakeholders, crediting the reporter unless they declined.".into(),
            )),
            (None, None) => None,
        };
        if let Some((due, action)) = disclose {
            push(Clock::Disclose, due, f.disclosed, action);
        }
    }
    Ok(out)
}

/// How pressing one deadline is at a given moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// Open, and `now` is at or past the due instant.
    Overdue,
    /// Open, and due within the next 24 hours (`due - now <= 86 400 s`).
    DueToday,
    /// Open, and due later than that.
    Upcoming,
    /// Met (`done` is set), whether on time or late.
    Done,
}

/// The urgency of `d` at `now`; see [`Urgency`] for the exact boundaries.
pub fn urgency(d: &Deadline, now: UnixTime) -> Urgency {
    if d.done.is_some() {
        Urgency::Done
    } else if now >= d.due {
        Urgency::Overdue
    } else if d.due.0.saturating_sub(now.0) <= DAY {
        Urgency::DueToday
    } else {
        Urgency::Upcoming
    }
}

/// A case's place in the work queue: sort ascending, most urgent first.
///
/// Ordered by, in turn: the urgency of the case's earliest open deadline
/// (cases with nothing open last), that deadline's due instant, then the
/// severity, critical first and unknown last. The severity is the triaged
/// one once there is one; before triage the reporter's guess stands in, so
/// the guess orders the queue only until triage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QueueKey {
    urgency: Urgency,
    due: i64,
    severity_rank: u8,
}

/// The queue key of one case, from its facts and its [`deadlines`] at `now`.
pub fn queue_key(f: &Facts, deadlines: &[Deadline], now: UnixTime) -> QueueKey {
    let first_open = deadlines
        .iter()
        .filter(|d| d.done.is_none())
        .min_by_key(|d| d.due);
    let severity_rank = match f.severity.or(f.severity_guess) {
        Some(Severity::Critical) => 0,
        Some(Severity::High) => 1,
        Some(Severity::Medium) => 2,
        Some(Severity::Low) => 3,
        None => 4,
    };
    QueueKey {
        urgency: first_open.map_or(Urgency::Done, |d| urgency(d, now)),
        due: first_open.map_or(i64::MAX, |d| d.due.0),
        severity_rank,
    }
}

/// Days left before the server's `unacked_days` cap purges an item nobody
/// acknowledged, first seen on `first_seen`, counted from `today`: the purge
/// day is `first_seen + unacked_days`. `Some` only when 14 days or fewer
/// remain; 0 means the purge is due today, negative that it is past.
pub fn unacked_warning(first_seen: Day, unacked_days: u32, today: Day) -> Option<i64> {
    let purge = first_seen.add_days(i64::from(unacked_days));
    let left = today.days_until(purge);
    (left <= 14).then_some(left)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The instant of a local wall-clock time in `tz`.
    fn at(tz: &str, y: i16, mo: i8, d: i8, h: i8, mi: i8) -> UnixTime {
        let tz = jiff::tz::db().get(tz).unwrap();
        let dt = jiff::civil::date(y, mo, d).at(h, mi, 0, 0);
        UnixTime(tz.to_timestamp(dt).unwrap().as_second())
    }

    fn policy(tz: &str) -> Policy {
        Policy {
            timezone: tz.into(),
            ..Policy::default()
        }
    }

    fn find(ds: &[Deadline], c: Clock) -> Option<&Deadline> {
        ds.iter().find(|d| d.clock == c)
    }

    fn due(f: &Facts, p: &Policy, c: Clock) -> UnixTime {
        find(&deadlines(f, p).unwrap(), c)
            .unwrap_or_else(|| panic!("no {c} deadline"))
            .due
    }

    const T0: UnixTime = UnixTime(1_767_225_600); // 2026-01-01T00:00:00Z

    #[test]
    fn acknowledge_and_next_steps_count_hours_from_import() {
        let p = policy("UTC");
        let mut f = Facts::new(T0);
        let ds = deadlines(&f, &p).unwrap();
        assert_eq!(
            ds.iter().map(|d| d.clock).collect::<Vec<_>>(),
            [Clock::Acknowledge, Clock::NextSteps],
            "untriaged, not a vulnerability: no respond or disclosure clocks"
        );
        assert_eq!(ds[0].due, UnixTime(T0.0 + 48 * HOUR));
        assert_eq!(ds[1].due, UnixTime(T0.0 + 96 * HOUR));
        assert!(ds.iter().all(|d| d.done.is_none()));
        f.acknowledged = Some(UnixTime(T0.0 + 5));
        f.next_steps = Some(UnixTime(T0.0 + 100 * HOUR));
        let ds = deadlines(&f, &p).unwrap();
        assert_eq!(ds[0].done, f.acknowledged);
        assert_eq!(ds[1].done, f.next_steps, "late still counts as done");
    }

    #[test]
    fn urgency_boundaries() {
        let d = Deadline {
            clock: Clock::Acknowledge,
            due: UnixTime(1_000_000),
            done: None,
            action: String::new(),
        };
        assert_eq!(urgency(&d, UnixTime(1_000_000)), Urgency::Overdue);
        assert_eq!(urgency(&d, UnixTime(1_000_001)), Urgency::Overdue);
        assert_eq!(urgency(&d, UnixTime(999_999)), Urgency::DueToday);
        assert_eq!(urgency(&d, UnixTime(1_000_000 - DAY)), Urgency::DueToday);
        assert_eq!(
            urgency(&d, UnixTime(1_000_000 - DAY - 1)),
            Urgency::Upcoming
        );
        let done = Deadline {
            done: Some(UnixTime(2_000_000)),
            ..d
        };
        assert_eq!(urgency(&done, UnixTime(3_000_000)), Urgency::Done);
    }

    #[test]
    fn respond_by_severity() {
        let p = policy("UTC");
        let mut f = Facts::new(T0);
        f.severity_guess = Some(Severity::Critical);
        assert!(
            find(&deadlines(&f, &p).unwrap(), Clock::Respond).is_none(),
            "the reporter's guess never starts the respond clock"
        );
        f.severity = Some(Severity::Critical);
        assert_eq!(due(&f, &p, Clock::Respond), UnixTime(T0.0 + 24 * HOUR));
        f.severity = Some(Severity::Medium);
        assert_eq!(due(&f, &p, Clock::Respond), UnixTime(T0.0 + 14 * DAY));
        f.severity = Some(Severity::Low);
        assert_eq!(due(&f, &p, Clock::Respond), UnixTime(T0.0 + 30 * DAY));
        f.responded = Some(UnixTime(T0.0 + DAY));
        let ds = deadlines(&f, &p).unwrap();
        assert_eq!(find(&ds, Clock::Respond).unwrap().done, f.responded);
    }

    #[test]
    fn high_from_friday_afternoon_is_next_friday_same_local_time() {
        let p = policy("Europe/Berlin");
        // 2026-01-09 is a Friday; 16:00 CET is 15:00 UTC.
        let mut f = Facts::new(at("Europe/Berlin", 2026, 1, 9, 16, 0));
        assert_eq!(f.imported, UnixTime(1_767_970_800));
        f.severity = Some(Severity::High);
        let d = due(&f, &p, Clock::Respond);
        assert_eq!(d, at("Europe/Berlin", 2026, 1, 16, 16, 0));
        assert_eq!(d, UnixTime(1_767_970_800 + 7 * DAY));
    }

    #[test]
    fn high_from_weekend_counts_from_monday_midnight() {
        let p = policy("Europe/Berlin");
        for (day, hour) in [(10, 9), (11, 23)] {
            // Saturday 2026-01-10 09:00 and Sunday 2026-01-11 23:00: counted
            // from Monday 2026-01-12 00:00 CET; five business days later is
            // Monday 2026-01-19 00:00 CET (2026-01-18T23:00Z).
            let mut f = Facts::new(at("Europe/Berlin", 2026, 1, day, hour, 0));
            f.severity = Some(Severity::High);
            let d = due(&f, &p, Clock::Respond);
            assert_eq!(d, UnixTime(1_768_777_200), "imported on the {day}th");
            assert_eq!(d, at("Europe/Berlin", 2026, 1, 19, 0, 0));
        }
        // Three business days from Saturday: Thursday 00:00.
        let mut p3 = p.clone();
        p3.response_by_severity.high_business_days = 3;
        let mut f = Facts::new(at("Europe/Berlin", 2026, 1, 10, 9, 0));
        f.severity = Some(Severity::High);
        assert_eq!(
            due(&f, &p3, Clock::Respond),
            at("Europe/Berlin", 2026, 1, 15, 0, 0)
        );
        // Wednesday + 3 crosses the weekend: Monday, same time.
        let mut f = Facts::new(at("Europe/Berlin", 2026, 1, 14, 10, 30));
        f.severity = Some(Severity::High);
        assert_eq!(
            due(&f, &p3, Clock::Respond),
            at("Europe/Berlin", 2026, 1, 19, 10, 30)
        );
    }

    #[test]
    fn dst_change_inside_the_window_keeps_local_time() {
        let p = policy("Europe/Berlin");
        // Berlin moves to CEST on Sunday 2026-03-29. Friday 2026-03-27 16:00
        // CET = 15:00Z; the next Friday 16:00 CEST = 14:00Z: one hour less
        // elapsed than a full week.
        let mut f = Facts::new(UnixTime(1_774_623_600));
        assert_eq!(f.imported, at("Europe/Berlin", 2026, 3, 27, 16, 0));
        f.severity = Some(Severity::High);
        assert_eq!(
            due(&f, &p, Clock::Respond),
            UnixTime(1_774_623_600 + 7 * DAY - HOUR)
        );
        // Medium: 14 calendar days, 2026-04-10 16:00 CEST.
        f.severity = Some(Severity::Medium);
        assert_eq!(
            due(&f, &p, Clock::Respond),
            UnixTime(1_774_623_600 + 14 * DAY - HOUR)
        );
        // Critical counts elapsed hours: the wall clock moves instead.
        f.severity = Some(Severity::Critical);
        assert_eq!(
            due(&f, &p, Clock::Respond),
            UnixTime(1_774_623_600 + 24 * HOUR)
        );
        // A low-severity import at 02:30 on 2026-02-27 lands in the gap
        // (02:00-03:00 does not exist on 2026-03-29): resolved to 03:30.
        f.severity = Some(Severity::Low);
        assert_eq!(p.response_by_severity.low_days, 30);
        f.imported = at("Europe/Berlin", 2026, 2, 27, 2, 30);
        assert_eq!(
            due(&f, &p, Clock::Respond),
            at("Europe/Berlin", 2026, 3, 29, 3, 30)
        );
    }

    fn vuln(notified: Option<UnixTime>) -> Facts {
        let mut f = Facts::new(T0);
        f.vulnerability = true;
        f.notified = notified;
        f
    }

    #[test]
    fn disclosure_schedule_from_notification() {
        let p = policy("UTC");
        let f = vuln(None);
        let ds = deadlines(&f, &p).unwrap();
        let notify = find(&ds, Clock::NotifyParty).unwrap();
        assert_eq!(notify.due, UnixTime(T0.0 + 48 * HOUR));
        assert!(find(&ds, Clock::PartyResponse).is_none());
        assert!(find(&ds, Clock::Disclose).is_none());

        let t = UnixTime(T0.0 + 10 * HOUR);
        let f = vuln(Some(t));
        let ds = deadlines(&f, &p).unwrap();
        assert_eq!(find(&ds, Clock::NotifyParty).unwrap().done, Some(t));
        assert_eq!(
            find(&ds, Clock::PartyResponse).unwrap().due,
            UnixTime(t.0 + 7 * DAY)
        );
        assert_eq!(
            find(&ds, Clock::Escalate).unwrap().due,
            UnixTime(t.0 + 14 * DAY)
        );
        assert_eq!(
            find(&ds, Clock::Disclose).unwrap().due,
            UnixTime(t.0 + 21 * DAY)
        );
    }

    #[test]
    fn party_responded_before_escalation_drops_the_escalate_clock() {
        let p = policy("UTC");
        let t = T0;
        let esc_due = UnixTime(t.0 + 14 * DAY);
        let mut f = vuln(Some(t));
        f.party_responded = Some(UnixTime(esc_due.0 - 1));
        let ds = deadlines(&f, &p).unwrap();
        assert!(find(&ds, Clock::Escalate).is_none());
        assert_eq!(
            find(&ds, Clock::PartyResponse).unwrap().done,
            f.party_responded
        );

        // Answering at the due instant is not "before": the clock stays, met
        // by the (late) answer.
        f.party_responded = Some(esc_due);
        let ds = deadlines(&f, &p).unwrap();
        let esc = find(&ds, Clock::Escalate).unwrap();
        assert_eq!(esc.due, esc_due);
        assert_eq!(esc.done, Some(esc_due));

        // Escalated first, answered later: done when escalated.
        f.escalated = Some(UnixTime(esc_due.0 + 10));
        f.party_responded = Some(UnixTime(esc_due.0 + 99));
        let ds = deadlines(&f, &p).unwrap();
        assert_eq!(find(&ds, Clock::Escalate).unwrap().done, f.escalated);

        // No answer, not escalated: open.
        f.escalated = None;
        f.party_responded = None;
        let ds = deadlines(&f, &p).unwrap();
        assert_eq!(find(&ds, Clock::Escalate).unwrap().done, None);
    }

    #[test]
    fn agreed_disclosure_date_later_or_earlier() {
        let p = policy("Europe/Berlin");
        let t = at("Europe/Berlin", 2026, 6, 1, 12, 0);
        let mut f = vuln(Some(t));
        assert_eq!(
            due(&f, &p, Clock::Disclose),
            at("Europe/Berlin", 2026, 6, 22, 12, 0)
        );
        f.agreed_disclosure = Some(("2026-07-15".parse().unwrap(), "fix ships".into()));
        let ds = deadlines(&f, &p).unwrap();
        let d = find(&ds, Clock::Disclose).unwrap();
        // 00:00 CEST = 22:00Z the day before.
        assert_eq!(d.due, UnixTime(1_784_066_400));
        assert_eq!(d.due, at("Europe/Berlin", 2026, 7, 15, 0, 0));
        assert!(d.action.contains("fix ships"), "{}", d.action);
        f.agreed_disclosure = Some(("2026-06-05".parse().unwrap(), "exploited".into()));
        assert_eq!(
            due(&f, &p, Clock::Disclose),
            at("Europe/Berlin", 2026, 6, 5, 0, 0)
        );
        f.disclosed = Some(at("Europe/Berlin", 2026, 6, 5, 9, 0));
        let ds = deadlines(&f, &p).unwrap();
        assert_eq!(find(&ds, Clock::Disclose).unwrap().done, f.disclosed);
        // An agreed date alone (notification not recorded) still sets it.
        f.notified = None;
        assert_eq!(
            due(&f, &p, Clock::Disclose),
            at("Europe/Berlin", 2026, 6, 5, 0, 0)
        );
    }

    #[test]
    fn closed_cases_have_no_deadlines() {
        let mut f = vuln(Some(T0));
        f.severity = Some(Severity::Critical);
        f.closed = true;
        assert_eq!(deadlines(&f, &policy("UTC")).unwrap(), []);
    }

    #[test]
    fn unknown_time_zone_is_an_error() {
        let f = Facts::new(T0);
        for tz in ["Mars/Olympus_Mons", "", "Europe/Berlin "] {
            assert_eq!(
                deadlines(&f, &policy(tz)),
                Err(DeadlineError::UnknownTimeZone(tz.into())),
                "{tz:?}"
            );
        }
    }

    #[test]
    fn absurd_numbers_are_out_of_range_not_a_panic() {
        let mut p = policy("UTC");
        p.response_by_severity.low_days = u32::MAX;
        p.response_by_severity.high_business_days = u32::MAX;
        let mut f = Facts::new(T0);
        for s in [Severity::Low, Severity::High] {
            f.severity = Some(s);
            assert_eq!(deadlines(&f, &p), Err(DeadlineError::OutOfRange));
        }
        let f = Facts::new(UnixTime(i64::MAX - 10));
        assert_eq!(deadlines(&f, &p), Err(DeadlineError::OutOfRange));
    }

    #[test]
    fn clock_names_round_trip() {
        for c in Clock::ALL {
            assert_eq!(c.to_string().parse::<Clock>(), Ok(c));
        }
        assert_eq!(Clock::NextSteps.to_string(), "next-steps");
        assert!("NextSteps".parse::<Clock>().is_err());
    }

    #[test]
    fn queue_orders_by_earliest_open_due_then_severity() {
        let p = policy("UTC");
        let now = UnixTime(T0.0 + 47 * HOUR);
        let key = |f: &Facts| queue_key(f, &deadlines(f, &p).unwrap(), now);

        let mut older = Facts::new(UnixTime(T0.0 - 10)); // due 10 s earlier
        older.severity_guess = Some(Severity::Low);
        let mut crit_guess = Facts::new(T0);
        crit_guess.severity_guess = Some(Severity::Critical);
        let mut low_guess = Facts::new(T0);
        low_guess.severity_guess = Some(Severity::Low);
        let no_guess = Facts::new(T0);
        let mut acked = Facts::new(UnixTime(T0.0 - 100 * DAY));
        acked.acknowledged = Some(T0);
        acked.next_steps = Some(T0);
        let mut cases = [&no_guess, &acked, &low_guess, &crit_guess, &older];
        cases.sort_by_key(|f| key(f));
        assert_eq!(
            cases,
            [&older, &crit_guess, &low_guess, &no_guess, &acked],
            "earliest due first; the guess breaks ties; nothing open last"
        );
        assert_eq!(key(&older).urgency, Urgency::DueToday);

        // Once triaged, the triaged severity replaces the guess.
        let mut triaged_low = crit_guess.clone();
        triaged_low.severity = Some(Severity::Low);
        triaged_low.responded = Some(T0);
        let mut other = Facts::new(T0);
        other.severity_guess = Some(Severity::Medium);
        assert!(key(&other) < key(&triaged_low));
        assert!(key(&crit_guess) < key(&other));
    }

    #[test]
    fn unacked_warning_window() {
        let first: Day = "2026-01-01".parse().unwrap();
        // Purged on 2026-03-02 (first + 60).
        assert_eq!(unacked_warning(first, 60, first), None);
        assert_eq!(unacked_warning(first, 60, first.add_days(45)), None);
        assert_eq!(unacked_warning(first, 60, first.add_days(46)), Some(14));
        assert_eq!(unacked_warning(first, 60, first.add_days(60)), Some(0));
        assert_eq!(unacked_warning(first, 60, first.add_days(61)), Some(-1));
    }
}
