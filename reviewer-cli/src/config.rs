//! `HOME/config.json`: which drop box and team this member syncs with, and
//! the roster head last seen (to alert on changes).

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

/// The member's saved settings.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Config {
    /// The drop box's URL.
    pub server: Option<String>,
    /// The team fingerprint.
    pub team: Option<String>,
    /// The roster head last seen: seq and hash.
    pub head: Option<(u64, String)>,
    /// This member's own roster entry as last seen (JSON).
    pub own_entry: Option<String>,
    /// When the saved roster chain (`roster.json`) was last verified (Unix
    /// seconds): offline commands verify it as of then.
    #[serde(default)]
    pub checked_at: Option<i64>,
}

impl Config {
    /// Reads it (empty if absent).
    pub fn load(home: &Path) -> anyhow::Result<Self> {
        match std::fs::read(home.join("config.json")) {
            Ok(b) => serde_json::from_slice(&b).context("config.json is corrupt"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(e).context("cannot read config.json"),
        }
    }

    /// Writes it atomically.
    pub fn save(&self, home: &Path) -> anyhow::Result<()> {
        crate::write_atomic(&home.join("config.json"), &serde_json::to_vec_pretty(self)?)
    }
}
