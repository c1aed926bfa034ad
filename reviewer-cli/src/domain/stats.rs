//! Statistics from what retention keeps: counters, never a row per incident.
//!
//! After a case is purged (../shared/POLICY.md "Retention"), only counters
//! per month remain ([`CounterRow`]): cases by type and severity, the
//! time-to-acknowledge and time-to-close histograms ([`BUCKETS`]) and missed
//! deadlines by clock. [`report`] turns them into the figures the team gives
//! funders and the community (POLICY "People and roles": the annual report),
//! which [`render_text`], JSON (`Report` is `Serialize`) and [`render_svg`]
//! show. Pure: no I/O, no SQL, no clock.
//!
//! # Small cells
//!
//! Counts of 1 or 2 could point at a person, so (DESIGN "Reviewer": "cells
//! under 3 hidden in exports") no number in a report is ever derived from
//! the exact value of such a count. The rule:
//!
//! - The *finest cells* are the counters themselves, one per (month, metric,
//!   key), duplicate rows summed: for cases, month × type × severity; for
//!   the histograms, month × bucket; for overdue, month × clock. A finest
//!   cell of 1 or 2 is *hidden*: only the fact that it is 1 or 2 is used.
//! - Every figure shown (a cell of any breakdown, and every total) is a sum
//!   of finest cells. With `V` the sum of its visible finest cells and `H`
//!   the number of hidden ones it includes, it is shown as:
//!   the exact `V` when `H = 0`; `<3` when it is one hidden cell and nothing
//!   else (`V = 0`, `H = 1`); otherwise the range `V+H–V+2H`, which holds
//!   whatever the hidden cells are.
//! - So each figure depends only on which cells are hidden and on the exact
//!   visible ones: toggling any hidden cell between 1 and 2 changes nothing
//!   in the report (a test checks exactly that), and no subtraction between
//!   figures, totals or breakdowns can recover a hidden value. A figure that
//!   is exactly 1 or 2 can never be shown as such, since visible cells are 0
//!   or at least 3.
//! - In JSON an exact figure is a number; `<3` and ranges (`"11–12"`) are
//!   strings, so a hidden value never appears as a number.
//!
//! The price: fine monthly counters that are small blur the yearly figures
//! into ranges. The limit: different populations (cases opened in a month,
//! cases closed in a month) are hidden independently, so a reader who knows
//! that every case opened in a period also closed in it could compare the
//! cases total with a time-to-close range.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::str::FromStr;

use dropbox_crypto::time::Day;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::domain::deadlines::Clock;

/// The severity part of a case counter's key before triage.
pub const UNTRIAGED: &str = "untriaged";

/// Histogram buckets for time to acknowledge and to close: label and the
/// largest number of whole hours it holds (inclusive), in order.
pub const BUCKETS: [(&str, i64); 7] = [
    ("<=1d", 24),
    ("<=2d", 48),
    ("<=4d", 96),
    ("<=1w", 168),
    ("<=2w", 336),
    ("<=30d", 720),
    (">30d", i64::MAX),
];

/// The label of the first bucket holding `hours` (negative counts as 0).
pub fn bucket(hours: i64) -> &'static str {
    BUCKETS
        .iter()
        .find(|(_, max)| hours <= *max)
        .map_or(BUCKETS[BUCKETS.len() - 1].0, |(label, _)| label)
}

/// The counter month (`YYYY-MM`) a day belongs to.
pub fn month_of(day: Day) -> String {
    let (y, m, _) = day.ymd();
    format!("{y:04}-{m:02}")
}

/// What a counter counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Metric {
    /// Cases opened; key `type/severity` (severity may be `untriaged`).
    Cases,
    /// Cases acknowledged; key a [`BUCKETS`] label.
    TimeToAck,
    /// Cases closed; key a [`BUCKETS`] label.
    TimeToClose,
    /// Deadlines missed; key a clock name (`acknowledge`, `next-steps`, …).
    Overdue,
}

impl Metric {
    /// Every metric.
    pub const ALL: [Metric; 4] = [
        Metric::Cases,
        Metric::TimeToAck,
        Metric::TimeToClose,
        Metric::Overdue,
    ];

    /// The stored name: `cases`, `time-to-ack`, `time-to-close`, `overdue`.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Cases => "cases",
            Metric::TimeToAck => "time-to-ack",
            Metric::TimeToClose => "time-to-close",
            Metric::Overdue => "overdue",
        }
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A metric name that is not one of [`Metric::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown metric {0:?}: expected cases, time-to-ack, time-to-close or overdue")]
pub struct UnknownMetric(pub String);

impl FromStr for Metric {
    type Err = UnknownMetric;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Metric::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| UnknownMetric(s.to_owned()))
    }
}

/// One stored counter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CounterRow {
    /// `YYYY-MM`.
    pub month: String,
    /// What it counts.
    pub metric: Metric,
    /// Which cell: see [`Metric`].
    pub key: String,
    /// How many.
    pub count: u64,
}

/// One figure as shown, after small-cell hiding (module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// The exact count (never 1 or 2).
    Exact(u64),
    /// A single hidden count: 1 or 2.
    Hidden,
    /// A sum including hidden counts: somewhere in `min..=max`.
    Range {
        /// Smallest possible value.
        min: u64,
        /// Largest possible value.
        max: u64,
    },
}

impl Value {
    /// Whether the figure is exact.
    pub fn is_exact(self) -> bool {
        matches!(self, Value::Exact(_))
    }

    /// The smallest value it may have.
    pub fn min(self) -> u64 {
        match self {
            Value::Exact(n) | Value::Range { min: n, .. } => n,
            Value::Hidden => 1,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` so table columns can align it with `{:>5}`.
        f.pad(&match self {
            Value::Exact(n) => n.to_string(),
            Value::Hidden => "<3".to_owned(),
            Value::Range { min, max } => format!("{min}–{max}"),
        })
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Exact(n) => s.serialize_u64(*n),
            other => s.collect_str(other),
        }
    }
}

/// Visible sum and number of hidden finest cells behind one figure.
#[derive(Clone, Copy, Debug, Default)]
struct Acc {
    visible: u64,
    hidden: u64,
}

impl Acc {
    fn add_cell(&mut self, count: u64) {
        if matches!(count, 1 | 2) {
            self.hidden += 1;
        } else {
            self.visible = self.visible.saturating_add(count);
        }
    }

    fn value(self) -> Value {
        match (self.visible, self.hidden) {
            (v, 0) => Value::Exact(v),
            (0, 1) => Value::Hidden,
            (v, h) => Value::Range {
                min: v.saturating_add(h),
                max: v.saturating_add(h.saturating_mul(2)),
            },
        }
    }
}

/// One breakdown: figures by key, in display order, and their total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// (key, figure), in display order.
    pub cells: Vec<(String, Value)>,
    /// The sum of every cell, hidden by the same rule.
    pub total: Value,
}

impl Table {
    /// The figure for `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<Value> {
        self.cells.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }
}

struct Cells<'a>(&'a [(String, Value)]);

impl Serialize for Cells<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl Serialize for Table {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("cells", &Cells(&self.cells))?;
        m.serialize_entry("total", &self.total)?;
        m.end()
    }
}

fn serialize_month_tables<S: Serializer>(
    rows: &[(String, Table)],
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(Some(rows.len()))?;
    for (k, t) in rows {
        m.serialize_entry(k, t)?;
    }
    m.end()
}

/// The case counts, broken down several ways; every breakdown has the same
/// total.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cases {
    /// All cases.
    pub total: Value,
    /// By type (the report category), alphabetically.
    pub by_type: Table,
    /// By severity: critical, high, medium, low, then `untriaged` and any
    /// other.
    pub by_severity: Table,
    /// By month, ascending (all twelve months when a year is chosen).
    pub by_month: Table,
    /// By `type/severity`.
    pub by_type_severity: Table,
    /// For each month of `by_month`, by type.
    #[serde(serialize_with = "serialize_month_tables")]
    pub by_month_type: Vec<(String, Table)>,
}

/// The statistics `reviewer stats` shows; its JSON is what `--json` prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The year it covers; `None` for all counters kept.
    pub year: Option<i32>,
    /// Cases opened.
    pub cases: Cases,
    /// Time to acknowledge, by [`BUCKETS`] label.
    pub time_to_ack: Table,
    /// Time to close, by [`BUCKETS`] label.
    pub time_to_close: Table,
    /// Missed deadlines by clock.
    pub overdue: Table,
}

const SEVERITY_ORDER: [&str; 5] = ["critical", "high", "medium", "low", UNTRIAGED];

fn is_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
        && matches!(s[5..].parse::<u8>(), Ok(1..=12))
}

/// Splits a case key into (type, severity); a key without `/` is untriaged.
fn split_case_key(key: &str) -> (&str, &str) {
    key.split_once('/').unwrap_or((key, UNTRIAGED))
}

/// A breakdown: `always` keys first (in that order, even when zero), then the
/// others present, alphabetically.
fn table(accs: &BTreeMap<String, Acc>, always: &[&str]) -> Table {
    let mut cells: Vec<(String, Value)> = always
        .iter()
        .map(|k| {
            let v = accs.get(*k).copied().unwrap_or_default().value();
            ((*k).to_owned(), v)
        })
        .collect();
    for (k, a) in accs {
        if !always.contains(&k.as_str()) {
            cells.push((k.clone(), a.value()));
        }
    }
    let mut total = Acc::default();
    for a in accs.values() {
        total.visible = total.visible.saturating_add(a.visible);
        total.hidden += a.hidden;
    }
    Table {
        cells,
        total: total.value(),
    }
}

/// Aggregates the counters, keeping only `year`'s months when given (module
/// docs: small cells). Rows whose month is not `YYYY-MM` count only when no
/// year is chosen.
pub fn report(rows: &[CounterRow], year: Option<i32>) -> Report {
    let prefix = year.map(|y| format!("{y:04}-"));
    // The finest cells: duplicate rows summed before any hiding.
    let mut fine: BTreeMap<(Metric, &str, &str), u64> = BTreeMap::new();
    for r in rows {
        if let Some(p) = &prefix
            && !(is_month(&r.month) && r.month.starts_with(p.as_str()))
        {
            continue;
        }
        let c = fine.entry((r.metric, &r.month, &r.key)).or_default();
        *c = c.saturating_add(r.count);
    }

    let mut months: Vec<String> = match year {
        Some(y) => (1..=12).map(|m| format!("{y:04}-{m:02}")).collect(),
        None => Vec::new(),
    };
    let mut by_type = BTreeMap::new();
    let mut by_sev = BTreeMap::new();
    let mut by_month = BTreeMap::new();
    let mut by_ts = BTreeMap::new();
    let mut by_mt: BTreeMap<String, BTreeMap<String, Acc>> = BTreeMap::new();
    let mut ack = BTreeMap::new();
    let mut close = BTreeMap::new();
    let mut overdue = BTreeMap::new();
    let add =
        |m: &mut BTreeMap<String, Acc>, k: &str, c| m.entry(k.to_owned()).or_default().add_cell(c);
    for (&(metric, month, key), &c) in &fine {
        match metric {
            Metric::Cases => {
                let (ty, sev) = split_case_key(key);
                add(&mut by_type, ty, c);
                add(&mut by_sev, sev, c);
                add(&mut by_month, month, c);
                add(&mut by_ts, &format!("{ty}/{sev}"), c);
                add(by_mt.entry(month.to_owned()).or_default(), ty, c);
                if !months.iter().any(|m| m == month) {
                    months.push(month.to_owned());
                }
            }
            Metric::TimeToAck => add(&mut ack, key, c),
            Metric::TimeToClose => add(&mut close, key, c),
            Metric::Overdue => add(&mut overdue, key, c),
        }
    }
    months.sort();
    let month_keys: Vec<&str> = months.iter().map(String::as_str).collect();
    let bucket_keys: Vec<&str> = BUCKETS.iter().map(|(l, _)| *l).collect();
    let clock_keys: Vec<&str> = Clock::ALL.iter().map(|c| c.as_str()).collect();
    let severities: Vec<&str> = SEVERITY_ORDER[..4]
        .iter()
        .copied()
        .chain(by_sev.contains_key(UNTRIAGED).then_some(UNTRIAGED))
        .collect();

    // `type/severity` cells grouped by type, severities in their order.
    let mut ts_keys: Vec<&String> = by_ts.keys().collect();
    ts_keys.sort_by_key(|k| {
        let (ty, sev) = split_case_key(k);
        let rank = SEVERITY_ORDER.iter().position(|s| *s == sev);
        (
            ty.to_owned(),
            rank.unwrap_or(SEVERITY_ORDER.len()),
            sev.to_owned(),
        )
    });
    let ts_order: Vec<&str> = ts_keys.iter().map(|k| k.as_str()).collect();

    let by_type = table(&by_type, &[]);
    let empty = BTreeMap::new();
    let cases = Cases {
        total: by_type.total,
        by_severity: table(&by_sev, &severities),
        by_month: table(&by_month, &month_keys),
        by_type_severity: table(&by_ts, &ts_order),
        by_month_type: months
            .iter()
            .map(|m| (m.clone(), table(by_mt.get(m).unwrap_or(&empty), &[])))
            .collect(),
        by_type,
    };
    Report {
        year,
        cases,
        time_to_ack: table(&ack, &bucket_keys),
        time_to_close: table(&close, &bucket_keys),
        overdue: table(&overdue, &clock_keys),
    }
}

const HIDING_NOTE: &str = "Counts of 1 or 2 are shown as <3; a figure that includes them is shown as the range it must lie in.";

fn push_table(out: &mut String, title: &str, head: &str, t: &Table) {
    let width = t
        .cells
        .iter()
        .map(|(k, _)| k.chars().count())
        .chain([head.len(), "total".len()])
        .max()
        .unwrap_or(0);
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "  {head:<width$}  count");
    for (k, v) in &t.cells {
        let _ = writeln!(out, "  {k:<width$}  {v:>5}");
    }
    let _ = writeln!(out, "  {:<width$}  {:>5}", "total", t.total);
    out.push('\n');
}

/// A readable plain-text report for a terminal.
pub fn render_text(r: &Report) -> String {
    let mut out = String::new();
    let _ = match r.year {
        Some(y) => writeln!(out, "Statistics for {y}"),
        None => writeln!(out, "Statistics for all kept counters"),
    };
    let _ = writeln!(out, "{HIDING_NOTE}\n");
    let _ = writeln!(out, "Cases: {}\n", r.cases.total);
    push_table(&mut out, "Cases by type", "type", &r.cases.by_type);
    push_table(
        &mut out,
        "Cases by severity",
        "severity",
        &r.cases.by_severity,
    );
    push_table(
        &mut out,
        "Cases by type and severity",
        "type/severity",
        &r.cases.by_type_severity,
    );

    // Months down, types across.
    let types: Vec<&str> = r
        .cases
        .by_type
        .cells
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    let mut header = vec!["month".to_owned()];
    header.extend(types.iter().map(|t| (*t).to_owned()));
    header.push("total".to_owned());
    let mut grid = vec![header];
    for (month, t) in &r.cases.by_month_type {
        let mut row = vec![month.clone()];
        row.extend(
            types
                .iter()
                .map(|ty| t.get(ty).unwrap_or(Value::Exact(0)).to_string()),
        );
        row.push(t.total.to_string());
        grid.push(row);
    }
    let widths: Vec<usize> = (0..grid[0].len())
        .map(|i| {
            grid.iter()
                .map(|row| row[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let _ = writeln!(out, "Cases by month and type");
    for row in &grid {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if i == 0 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect();
        let _ = writeln!(out, "  {}", cells.join("  ").trim_end());
    }
    out.push('\n');

    push_table(&mut out, "Time to acknowledge", "within", &r.time_to_ack);
    push_table(&mut out, "Time to close", "within", &r.time_to_close);
    push_table(&mut out, "Missed deadlines", "clock", &r.overdue);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Escapes text for XML character data and attribute values.
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids outright are dropped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

const PALETTE: [&str; 8] = [
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f",
];
const WIDTH: f64 = 760.0;
const LEFT: f64 = 50.0;
const RIGHT: f64 = 20.0;
/// Height drawn for a hidden cell, whatever it holds, so the picture tells
/// nothing more than "<3".
const HIDDEN_PX: f64 = 8.0;
const HATCH: &str = "url(#hidden)";

fn text(out: &mut String, x: f64, y: f64, anchor: &str, size: u32, s: &str) {
    let _ = writeln!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" font-size="{size}">{}</text>"#,
        xml_escape(s)
    );
}

fn rect(out: &mut String, x: f64, y: f64, w: f64, h: f64, fill: &str, tip: &str) {
    let _ = writeln!(
        out,
        r##"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="{fill}" stroke="#555" stroke-width="0.5"><title>{}</title></rect>"##,
        xml_escape(tip)
    );
}

/// The drawn height of one figure: exact and ranges by their (smallest)
/// value, hidden cells a fixed sliver.
fn px(v: Value, scale: f64) -> f64 {
    match v {
        Value::Exact(n) => n as f64 * scale,
        Value::Range { min, .. } => min as f64 * scale,
        Value::Hidden => HIDDEN_PX,
    }
}

fn fill_for(v: Value, color: &str) -> String {
    if v.is_exact() {
        color.to_owned()
    } else {
        HATCH.to_owned()
    }
}

/// The scale (pixels per case) fitting stacks of `stacks` into `height`.
fn scale_for<'a>(stacks: impl Iterator<Item = &'a [Value]>, height: f64) -> f64 {
    let (mut units, mut hidden) = (0u64, 0usize);
    for s in stacks {
        units = units.max(
            s.iter()
                .filter(|v| !matches!(v, Value::Hidden))
                .map(|v| v.min())
                .sum(),
        );
        hidden = hidden.max(s.iter().filter(|v| matches!(v, Value::Hidden)).count());
    }
    let room = (height - HIDDEN_PX * hidden as f64).max(height / 2.0);
    if units == 0 { 0.0 } else { room / units as f64 }
}

/// A bar chart of one table (one bar per cell) at `top`, `height` tall.
fn bar_chart(out: &mut String, title: &str, t: &Table, top: f64, height: f64, color: &str) {
    text(out, LEFT, top, "start", 14, title);
    let base = top + 20.0 + height;
    let n = t.cells.len().max(1) as f64;
    let slot = (WIDTH - LEFT - RIGHT) / n;
    let stacks: Vec<[Value; 1]> = t.cells.iter().map(|(_, v)| [*v]).collect();
    let scale = scale_for(stacks.iter().map(|s| &s[..]), height - 16.0);
    let _ = writeln!(
        out,
        r##"<line x1="{LEFT}" y1="{base:.1}" x2="{:.1}" y2="{base:.1}" stroke="#333"/>"##,
        WIDTH - RIGHT
    );
    for (i, (k, v)) in t.cells.iter().enumerate() {
        let x = LEFT + slot * i as f64 + slot * 0.15;
        let h = px(*v, scale);
        rect(
            out,
            x,
            base - h,
            slot * 0.7,
            h,
            &fill_for(*v, color),
            &format!("{k}: {v}"),
        );
        text(
            out,
            x + slot * 0.35,
            base - h - 4.0,
            "middle",
            11,
            &v.to_string(),
        );
        text(out, x + slot * 0.35, base + 14.0, "middle", 11, k);
    }
    text(
        out,
        LEFT,
        base + 30.0,
        "start",
        11,
        &format!("total: {}", t.total),
    );
}

/// A self-contained SVG bar chart for the annual report: cases per month
/// stacked by type, then the time-to-acknowledge and time-to-close
/// histograms. Hidden cells and ranges are drawn hatched and labelled
/// (`<3`, `11–12`); a hidden cell's bar has a fixed height. No scripts,
/// links, external fonts or images; all text is XML-escaped.
pub fn render_svg(r: &Report, title: &str) -> String {
    let types: Vec<&str> = r
        .cases
        .by_type
        .cells
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    let color =
        |ty: &str| PALETTE[types.iter().position(|t| *t == ty).unwrap_or(0) % PALETTE.len()];
    let legend_rows = types.len().div_ceil(4).max(1) as f64;
    let chart1_h = 220.0;
    let hist_h = 150.0;
    let chart1_top = 60.0;
    let legend_top = chart1_top + 20.0 + chart1_h + 34.0;
    let ack_top = legend_top + 18.0 * legend_rows + 30.0;
    let close_top = ack_top + 20.0 + hist_h + 60.0;
    let height = close_top + 20.0 + hist_h + 70.0;

    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0}" viewBox="0 0 {WIDTH} {height:.0}" font-family="sans-serif" role="img">"#
    );
    let _ = writeln!(out, "<title>{}</title>", xml_escape(title));
    out.push_str(concat!(
        r##"<defs><pattern id="hidden" patternUnits="userSpaceOnUse" width="6" height="6">"##,
        r##"<rect width="6" height="6" fill="#ddd"/><path d="M0,6 L6,0" stroke="#777" stroke-width="1"/>"##,
        "</pattern></defs>\n",
        r##"<rect width="100%" height="100%" fill="#fff"/>"##,
        "\n"
    ));
    text(&mut out, WIDTH / 2.0, 26.0, "middle", 18, title);
    text(&mut out, WIDTH / 2.0, 44.0, "middle", 11, HIDING_NOTE);

    // Cases per month, stacked by type.
    text(
        &mut out,
        LEFT,
        chart1_top,
        "start",
        14,
        &format!("Cases per month by type (total {})", r.cases.total),
    );
    let base = chart1_top + 20.0 + chart1_h;
    let months = &r.cases.by_month_type;
    let slot = (WIDTH - LEFT - RIGHT) / months.len().max(1) as f64;
    let stacks: Vec<Vec<Value>> = months
        .iter()
        .map(|(_, t)| t.cells.iter().map(|(_, v)| *v).collect())
        .collect();
    let scale = scale_for(stacks.iter().map(Vec::as_slice), chart1_h - 16.0);
    let _ = writeln!(
        out,
        r##"<line x1="{LEFT}" y1="{base:.1}" x2="{:.1}" y2="{base:.1}" stroke="#333"/>"##,
        WIDTH - RIGHT
    );
    for (i, (month, t)) in months.iter().enumerate() {
        let x = LEFT + slot * i as f64 + slot * 0.15;
        let w = slot * 0.7;
        let mut y = base;
        for (ty, v) in &t.cells {
            let h = px(*v, scale);
            y -= h;
            rect(
                &mut out,
                x,
                y,
                w,
                h,
                &fill_for(*v, color(ty)),
                &format!("{month} {ty}: {v}"),
            );
            if !v.is_exact() && h >= 10.0 {
                text(
                    &mut out,
                    x + w / 2.0,
                    y + h / 2.0 + 4.0,
                    "middle",
                    9,
                    &v.to_string(),
                );
            }
        }
        text(
            &mut out,
            x + w / 2.0,
            y - 4.0,
            "middle",
            11,
            &t.total.to_string(),
        );
        // "2026-03" → "03" under the bar; the year is in the title.
        let label = month.get(5..).filter(|_| r.year.is_some()).unwrap_or(month);
        text(&mut out, x + w / 2.0, base + 14.0, "middle", 11, label);
    }
    for (i, ty) in types.iter().enumerate() {
        let x = LEFT + 170.0 * (i % 4) as f64;
        let y = legend_top + 18.0 * (i / 4) as f64;
        rect(&mut out, x, y - 10.0, 12.0, 12.0, color(ty), ty);
        text(&mut out, x + 18.0, y, "start", 12, ty);
    }

    bar_chart(
        &mut out,
        "Time to acknowledge",
        &r.time_to_ack,
        ack_top,
        hist_h,
        PALETTE[0],
    );
    bar_chart(
        &mut out,
        "Time to close",
        &r.time_to_close,
        close_top,
        hist_h,
        PALETTE[2],
    );
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(month: &str, metric: Metric, key: &str, count: u64) -> CounterRow {
        CounterRow {
            month: month.into(),
            metric,
            key: key.into(),
            count,
        }
    }

    /// A year with one small cell (harassment/high in March: `small`) and
    /// the rest at least 3.
    fn sample(small: u64) -> Vec<CounterRow> {
        vec![
            row("2026-01", Metric::Cases, "vulnerability/high", 4),
            row("2026-01", Metric::Cases, "vulnerability/low", 3),
            row("2026-02", Metric::Cases, "vulnerability/high", 5),
            row("2026-03", Metric::Cases, "harassment/high", small),
            row("2026-03", Metric::Cases, "vulnerability/untriaged", 6),
            row("2026-01", Metric::TimeToAck, "<=1d", 7),
            row("2026-02", Metric::TimeToAck, "<=2d", 5),
            row("2026-03", Metric::TimeToAck, "<=4d", small),
            row("2026-02", Metric::TimeToClose, "<=2w", 12),
            row("2026-03", Metric::Overdue, "acknowledge", 3),
            row("2026-03", Metric::Overdue, "respond", small),
            // Another year, and a duplicate row summed with its twin.
            row("2025-12", Metric::Cases, "vulnerability/high", 9),
            row("2025-11", Metric::Cases, "harassment/low", 1),
            row("2025-11", Metric::Cases, "harassment/low", 3),
        ]
    }

    #[test]
    fn buckets_months_and_metric_names() {
        assert_eq!(bucket(-5), "<=1d");
        assert_eq!(bucket(24), "<=1d");
        assert_eq!(bucket(25), "<=2d");
        assert_eq!(bucket(168), "<=1w");
        assert_eq!(bucket(720), "<=30d");
        assert_eq!(bucket(721), ">30d");
        assert_eq!(bucket(i64::MAX), ">30d");
        assert_eq!(month_of("2026-03-31".parse().unwrap()), "2026-03");
        for m in Metric::ALL {
            assert_eq!(m.as_str().parse::<Metric>(), Ok(m));
        }
        assert!("Cases".parse::<Metric>().is_err());
    }

    #[test]
    fn aggregates_exact_counts_and_filters_by_year() {
        let rows: Vec<_> = sample(5);
        let r = report(&rows, Some(2026));
        let c = &r.cases;
        assert_eq!(c.total, Value::Exact(23));
        assert_eq!(c.by_type.get("vulnerability"), Some(Value::Exact(18)));
        assert_eq!(c.by_type.get("harassment"), Some(Value::Exact(5)));
        assert_eq!(c.by_severity.get("high"), Some(Value::Exact(14)));
        assert_eq!(c.by_severity.get("critical"), Some(Value::Exact(0)));
        assert_eq!(c.by_severity.get("untriaged"), Some(Value::Exact(6)));
        assert_eq!(c.by_month.cells.len(), 12);
        assert_eq!(c.by_month.get("2026-01"), Some(Value::Exact(7)));
        assert_eq!(c.by_month.get("2026-12"), Some(Value::Exact(0)));
        assert_eq!(c.by_month.get("2025-12"), None, "other years left out");
        assert_eq!(
            c.by_type_severity
                .cells
                .iter()
                .map(|(k, _)| k.as_str())
                .collect::<Vec<_>>(),
            [
                "harassment/high",
                "vulnerability/high",
                "vulnerability/low",
                "vulnerability/untriaged"
            ]
        );
        assert_eq!(
            c.by_month_type[2].1.get("harassment"),
            Some(Value::Exact(5))
        );
        assert_eq!(r.time_to_ack.cells[0], ("<=1d".into(), Value::Exact(7)));
        assert_eq!(r.time_to_ack.total, Value::Exact(17));
        assert_eq!(r.time_to_close.get("<=2w"), Some(Value::Exact(12)));
        assert_eq!(r.overdue.get("respond"), Some(Value::Exact(5)));
        assert_eq!(r.overdue.get("disclose"), Some(Value::Exact(0)));

        let all = report(&rows, None);
        assert_eq!(
            all.cases.total,
            Value::Exact(36),
            "1 + 3 summed to 4: visible"
        );
        assert_eq!(all.cases.by_month.cells.len(), 5, "only months with cases");
        assert_eq!(all.cases.by_month.cells[0].0, "2025-11");
        assert_eq!(report(&rows, Some(2024)).cases.total, Value::Exact(0));
    }

    #[test]
    fn small_cells_are_hidden_and_totals_become_ranges() {
        let r = report(&sample(2), Some(2026));
        let c = &r.cases;
        assert_eq!(c.by_type.get("harassment"), Some(Value::Hidden));
        assert_eq!(c.by_type.get("vulnerability"), Some(Value::Exact(18)));
        assert_eq!(c.total, Value::Range { min: 19, max: 20 });
        assert_eq!(c.by_type.total, c.total);
        assert_eq!(c.by_severity.total, c.total);
        assert_eq!(c.by_month.total, c.total);
        assert_eq!(
            c.by_severity.get("high"),
            Some(Value::Range { min: 10, max: 11 })
        );
        assert_eq!(
            c.by_month.get("2026-03"),
            Some(Value::Range { min: 7, max: 8 })
        );
        assert_eq!(r.overdue.total, Value::Range { min: 4, max: 5 });
        assert_eq!(Value::Range { min: 19, max: 20 }.to_string(), "19–20");
    }

    #[test]
    fn a_hidden_cell_of_two_cannot_be_told_from_one() {
        // Every output is identical whether the small cells hold 1 or 2, so
        // nothing (totals, other breakdowns, the chart) can give them away.
        let (one, two) = (
            report(&sample(1), Some(2026)),
            report(&sample(2), Some(2026)),
        );
        assert_eq!(one, two);
        assert_eq!(render_text(&one), render_text(&two));
        assert_eq!(
            serde_json::to_string(&one).unwrap(),
            serde_json::to_string(&two).unwrap()
        );
        assert_eq!(render_svg(&one, "2026"), render_svg(&two, "2026"));
    }

    /// Every number a person could read: JSON numbers, and digit runs in
    /// text and SVG text nodes.
    /// Labels that legitimately hold a 1 or a 2 (bucket names, the note on
    /// hiding) are left out first.
    fn digit_runs(s: &str) -> Vec<String> {
        let mut s = s.replace(HIDING_NOTE, "");
        for (label, _) in BUCKETS {
            s = s.replace(label, "");
        }
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn a_cell_of_two_never_appears_as_two() {
        let r = report(&sample(2), Some(2026));
        let json: serde_json::Value = serde_json::to_value(&r).unwrap();
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Number(n) => out.push(n.to_string()),
                serde_json::Value::String(s) => out.extend(digit_runs(s)),
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let mut nums = Vec::new();
        walk(&json, &mut nums);
        assert!(!nums.iter().any(|n| n == "2" || n == "1"), "{nums:?}");
        assert_eq!(json["cases"]["by_type"]["cells"]["harassment"], "<3");
        assert_eq!(json["cases"]["total"], "19–20");
        assert_eq!(json["cases"]["by_type"]["cells"]["vulnerability"], 18);
        assert_eq!(json["year"], 2026);

        let text = render_text(&r);
        let runs = digit_runs(&text);
        assert!(!runs.iter().any(|n| n == "2" || n == "1"), "{text}");
        assert!(text.contains("harassment"), "{text}");

        let svg = render_svg(&r, "Annual report 2026");
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let shown: Vec<String> = doc
            .descendants()
            .filter(|n| n.is_text())
            .flat_map(|n| digit_runs(n.text().unwrap_or("")))
            .collect();
        assert!(!shown.iter().any(|n| n == "2" || n == "1"), "{shown:?}");
    }

    #[test]
    fn svg_is_well_formed_and_self_contained() {
        let mut rows = sample(2);
        rows.push(row("2026-04", Metric::Cases, "<script>&\"'/high", 7));
        let r = report(&rows, Some(2026));
        let title = "Report <2026> & \"friends\" 'n'";
        let svg = render_svg(&r, title);
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(texts.contains(&title), "title escaped and round-trips");
        assert!(texts.contains(&"<script>&\"'"), "type name round-trips");
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("href"));
        assert!(!svg.contains("@import"));
        assert_eq!(svg.matches("http").count(), 1, "only the namespace name");
        assert_eq!(
            svg.matches("url(").count(),
            svg.matches("url(#hidden)").count()
        );
        for n in doc.descendants() {
            assert!(
                !matches!(
                    n.tag_name().name(),
                    "script" | "image" | "use" | "a" | "foreignObject" | "style"
                ),
                "{:?}",
                n.tag_name()
            );
            for a in n.attributes() {
                assert!(!a.name().starts_with("on"), "event handler {}", a.name());
            }
        }
        assert!(texts.contains(&"<3"), "hidden cells labelled");
    }

    #[test]
    fn empty_counters_render() {
        let r = report(&[], None);
        assert_eq!(r.cases.total, Value::Exact(0));
        assert!(render_text(&r).contains("Cases: 0"));
        roxmltree::Document::parse(&render_svg(&r, "")).unwrap();
        let r = report(&[], Some(2026));
        roxmltree::Document::parse(&render_svg(&r, "2026")).unwrap();
    }
}
