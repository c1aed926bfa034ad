//! What needs a member's eye besides the cases: the items sync set aside
//! (`reviewer quarantine`) and the roster's standing alerts. The command
//! and the window's team view both read them here, so they show the same.

use serde::Serialize;

use crate::services::session::Session;

/// How long before the roster expires the team is warned.
const EXPIRY_WARNING_DAYS: i64 = 14;

/// One item set aside instead of filed: what is known without its
/// plaintext. `reason` may hold text from the sender (a header that does
/// not parse is quoted): show it as text.
#[derive(Debug, Clone, Serialize)]
pub struct Quarantined {
    /// The drop box's id of the item.
    pub id: String,
    /// The day it arrived, if the drop box said.
    pub day: Option<String>,
    /// Its size in bytes.
    pub size: u64,
    /// How many age recipient stanzas its header has.
    pub stanzas: u64,
    /// The bundle kind, if one decoded.
    pub kind: Option<String>,
    /// The day it was set aside.
    pub quarantined: String,
    /// Why.
    pub reason: String,
    /// Forged or tampered with, not merely unreadable.
    pub alert: bool,
}

impl Quarantined {
    fn from_facts(q: &serde_json::Value) -> Self {
        let text = |k: &str| q[k].as_str().filter(|t| !t.is_empty()).map(str::to_owned);
        Quarantined {
            id: text("id").unwrap_or_default(),
            day: text("day"),
            size: q["size"].as_u64().unwrap_or(0),
            stanzas: q["stanzas"].as_u64().unwrap_or(0),
            kind: text("kind"),
            quarantined: text("quarantined").unwrap_or_default(),
            reason: text("reason").unwrap_or_default(),
            alert: q["alert"] == true,
        }
    }
}

/// The quarantined items' facts as stored, in the order set aside
/// (`reviewer quarantine --json` prints them as they are).
pub fn quarantined_facts(s: &Session) -> anyhow::Result<Vec<serde_json::Value>> {
    s.store.quarantined()
}

/// The quarantined items, typed, in the order set aside.
pub fn quarantined(s: &Session) -> anyhow::Result<Vec<Quarantined>> {
    Ok(quarantined_facts(s)?
        .iter()
        .map(Quarantined::from_facts)
        .collect())
}

/// One of the roster's standing alerts. Typed rather than a sentence, so
/// the window can say it in the member's language; `Display` is the
/// English line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "alert", rename_all = "kebab-case")]
pub enum RosterAlert {
    /// This store has no verified roster yet.
    NoRoster,
    /// The roster expires within [`EXPIRY_WARNING_DAYS`] days (or has).
    RosterExpires {
        /// The roster's sequence number.
        seq: u64,
        /// The day it expires, `YYYY-MM-DD`.
        expires: String,
        /// Days from today until then (negative: expired).
        days_left: i64,
    },
}

impl std::fmt::Display for RosterAlert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RosterAlert::NoRoster => f.write_str(
                "this store has no verified roster yet: sync with --server and --team first",
            ),
            RosterAlert::RosterExpires { seq, expires, .. } => write!(
                f,
                "the roster (#{seq}) expires on {expires}: the admins must sign the next one before then"
            ),
        }
    }
}

/// The roster's standing alerts, by the session's clock: the roster
/// expires soon (the admins must sign the next one before it does, or
/// every sync fails), or this store has no verified roster yet.
pub fn roster(s: &Session) -> Vec<RosterAlert> {
    let Some(chain) = s.chain.as_ref() else {
        return vec![RosterAlert::NoRoster];
    };
    let r = &chain.head().roster;
    let today = s.now().day();
    let mut out = Vec::new();
    if r.expires <= today.add_days(EXPIRY_WARNING_DAYS) {
        out.push(RosterAlert::RosterExpires {
            seq: r.seq,
            expires: r.expires.to_string(),
            days_left: today.days_until(r.expires),
        });
    }
    out
}
