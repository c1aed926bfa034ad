//! Days and instants as the wire formats carry them.
//!
//! Payloads never carry a time of day (DESIGN: "a day, never a time of day"),
//! so [`Day`] is the only calendar type on the wire. Instants ([`UnixTime`])
//! appear only in request signatures and in callers' clocks.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Seconds since the Unix epoch, UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixTime(pub i64);

impl UnixTime {
    /// The system clock now (or this thread's simulated one, when the
    /// `sim-clock` feature is on and a test has set it).
    pub fn now() -> Self {
        #[cfg(feature = "sim-clock")]
        if let Some(t) = sim_clock::get() {
            return t;
        }
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        UnixTime(i64::try_from(secs).unwrap_or(i64::MAX))
    }

    /// The UTC day this instant falls on.
    pub fn day(self) -> Day {
        Day(self.0.div_euclid(86_400))
    }
}

/// A clock a test can set for the calling thread, so the reviewer and the
/// reporter's client it calls read a simulated day (the team simulation
/// advances days without faketime, and runs seeds on several threads, each
/// with its own time; its in-process servers take an injected clock). Only
/// with the `sim-clock` feature, which only the test crate turns on: the
/// binaries never read anything but the system clock.
#[cfg(feature = "sim-clock")]
pub mod sim_clock {
    use std::cell::Cell;

    use super::UnixTime;

    thread_local! {
        static NOW: Cell<Option<i64>> = const { Cell::new(None) };
    }

    /// Sets the time `UnixTime::now()` returns on this thread (`None`:
    /// back to the system clock).
    pub fn set(at: Option<UnixTime>) {
        NOW.with(|n| n.set(at.map(|t| t.0)));
    }

    /// This thread's simulated time, if set.
    pub fn get() -> Option<UnixTime> {
        NOW.with(Cell::get).map(UnixTime)
    }
}

/// A calendar day in UTC, written `YYYY-MM-DD` (years 0000–9999).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i64);

/// A day string that is not `YYYY-MM-DD` or not a real date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a day in YYYY-MM-DD form: {0:?}")]
pub struct DayError(pub String);

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

const MIN_DAY: i64 = -719_528; // 0000-01-01
const MAX_DAY: i64 = 2_932_896; // 9999-12-31

impl Day {
    /// Builds a day from its parts.
    pub fn new(year: i64, month: i64, day: i64) -> Result<Self, DayError> {
        let err = || DayError(format!("{year}-{month}-{day}"));
        if !(0..=9999).contains(&year) || !(1..=12).contains(&month) || day < 1 {
            return Err(err());
        }
        let n = days_from_civil(year, month, day);
        // Round-tripping catches day 31 of a 30-day month, 29 February, …
        if civil_from_days(n) != (year, month, day) {
            return Err(err());
        }
        Ok(Day(n))
    }

    /// Today in UTC by the system clock.
    pub fn today() -> Self {
        UnixTime::now().day()
    }

    /// Midnight UTC at the start of this day.
    pub fn start(self) -> UnixTime {
        UnixTime(self.0 * 86_400)
    }

    /// This day moved by `days` (negative goes back), kept within years
    /// 0000–9999.
    pub fn add_days(self, days: i64) -> Self {
        Day(self.0.saturating_add(days).clamp(MIN_DAY, MAX_DAY))
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.0 - self.0
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i64 {
        self.0
    }

    /// (year, month, day).
    pub fn ymd(self) -> (i64, i64, i64) {
        civil_from_days(self.0)
    }

    /// Day of the week, Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.0 + 3).rem_euclid(7) as u8 + 1
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl FromStr for Day {
    type Err = DayError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let b = s.as_bytes();
        // Exactly YYYY-MM-DD: no signs, no times, no week dates.
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(DayError(s.to_owned()));
        }
        let num =
            |r: std::ops::Range<usize>| s[r].parse::<i64>().map_err(|_| DayError(s.to_owned()));
        Day::new(num(0..4)?, num(5..7)?, num(8..10)?).map_err(|_| DayError(s.to_owned()))
    }
}

impl TryFrom<String> for Day {
    type Error = DayError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Day> for String {
    fn from(d: Day) -> String {
        d.to_string()
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_round_trips_and_refuses_other_shapes() {
        let d: Day = "2026-11-24".parse().unwrap();
        assert_eq!(d.to_string(), "2026-11-24");
        assert_eq!(d.start().day(), d);
        assert_eq!(d.add_days(7).to_string(), "2026-12-01");
        assert_eq!(d.days_until(d.add_days(90)), 90);
        assert_eq!(d.weekday(), 2, "2026-11-24 is a Tuesday");
        assert_eq!("1970-01-01".parse::<Day>().unwrap().start(), UnixTime(0));
        assert_eq!(
            "2024-02-29"
                .parse::<Day>()
                .unwrap()
                .add_days(365)
                .to_string(),
            "2025-02-28"
        );
        for bad in [
            "2026-2-01",
            "2026-02-30",
            "+2026-01-01",
            "2026-01-01T00:00",
            "",
        ] {
            assert!(bad.parse::<Day>().is_err(), "{bad}");
        }
    }
}
