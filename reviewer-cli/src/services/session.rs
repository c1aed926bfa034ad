//! What every command that touches cases starts with: the saved settings,
//! the unlocked keys, the case store, the roster chain last verified, and
//! the automatic purge (POLICY "Retention": closed cases are purged after
//! the backup window, by the real clock only).
//!
//! The session is the services' only clock: they read the time through
//! [`Session::now`], and functions without a session take it from their
//! caller, so the purge and deadline rules can be tested at any instant.

use std::path::{Path, PathBuf};

use anyhow::Context;

use dropbox_crypto::roster::{Policy, VerifiedChain};
use dropbox_crypto::time::UnixTime;

use crate::home::{self, Config};
use crate::keys::{KeyStore, MemberKeys, TransportKeys};
use crate::services::retention;
use crate::services::roster;
use crate::services::teamlog::Ctx;
use crate::store::CaseStore;

/// Where a session reads the time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TimeSource {
    /// The system clock (the only one the binary uses).
    #[default]
    System,
    /// A fixed instant, set and moved by a test.
    Fixed(UnixTime),
}

impl TimeSource {
    /// The time by this source.
    pub fn now(self) -> UnixTime {
        match self {
            TimeSource::System => UnixTime::now(),
            TimeSource::Fixed(t) => t,
        }
    }
}

/// An unlocked home directory.
pub struct Session {
    /// The home directory.
    pub home: PathBuf,
    /// Saved settings.
    pub cfg: Config,
    /// The member's keys.
    pub keys: MemberKeys,
    /// The case store.
    pub store: CaseStore,
    /// The roster chain last verified, once there is one.
    pub chain: Option<VerifiedChain>,
    /// Where [`Session::now`] reads the time.
    clock: TimeSource,
}

impl Session {
    /// Unlocks the home directory and runs the automatic purge.
    pub fn open(home: &Path) -> anyhow::Result<Self> {
        let mut s = Self::open_quiet(home)?;
        retention::automatic(&mut s)?;
        Ok(s)
    }

    /// Unlocks the home directory without purging (for commands that must
    /// see the store as it is: `purge` itself, `restore`).
    pub fn open_quiet(home: &Path) -> anyhow::Result<Self> {
        let keys = KeyStore::new(home).unlock()?;
        Self::open_quiet_with(home, keys)
    }

    /// Opens the home directory with keys already unlocked, and runs the
    /// automatic purge (a caller that keeps the keys in memory, such as the
    /// team simulation, pays for scrypt once, not per command).
    pub fn open_with(home: &Path, keys: MemberKeys) -> anyhow::Result<Self> {
        Self::open_with_clock(home, keys, TimeSource::System)
    }

    /// [`Session::open_with`] by `clock`: the automatic purge, and every
    /// service on this session, read the time from it.
    pub fn open_with_clock(
        home: &Path,
        keys: MemberKeys,
        clock: TimeSource,
    ) -> anyhow::Result<Self> {
        let mut s = Self::open_quiet_with_clock(home, keys, clock)?;
        retention::automatic(&mut s)?;
        Ok(s)
    }

    /// [`Session::open_quiet`] with keys already unlocked.
    pub fn open_quiet_with(home: &Path, keys: MemberKeys) -> anyhow::Result<Self> {
        Self::open_quiet_with_clock(home, keys, TimeSource::System)
    }

    /// [`Session::open_quiet_with`] by `clock`.
    pub fn open_quiet_with_clock(
        home: &Path,
        keys: MemberKeys,
        clock: TimeSource,
    ) -> anyhow::Result<Self> {
        let cfg = Config::load(home)?;
        let mut store = CaseStore::open(home, &keys.age)?;
        let chain = if home.join(home::ROSTER).exists() && cfg.team.is_some() {
            Some(roster::local_chain(home, &cfg, clock.now())?)
        } else {
            None
        };
        if let Some(c) = &chain {
            store.backup_days = c.head().roster.policy.retention.backup_days;
        }
        Ok(Session {
            home: home.to_owned(),
            cfg,
            keys,
            store,
            chain,
            clock,
        })
    }

    /// Verifies a roster chain the drop box served (or the air gap carried),
    /// with the alerts `check_roster` raises, saves it, and then runs the
    /// automatic purge under its policy.
    pub fn adopt_chain(
        &mut self,
        served: Vec<dropbox_crypto::dsse::Envelope>,
    ) -> anyhow::Result<()> {
        let now = self.now();
        let chain = roster::check_roster(&self.home, served, &mut self.cfg, &self.keys, now)?;
        self.cfg.save(&self.home)?;
        self.store.backup_days = chain.head().roster.policy.retention.backup_days;
        self.chain = Some(chain);
        retention::automatic(self)
    }

    /// The team's policy (the defaults before the first sync).
    pub fn policy(&self) -> Policy {
        self.chain
            .as_ref()
            .map_or_else(Policy::default, |c| c.head().roster.policy.clone())
    }

    /// The chain, or a clear error before the first sync.
    pub fn chain(&self) -> anyhow::Result<&VerifiedChain> {
        self.chain
            .as_ref()
            .context("this store has no verified roster yet: run `reviewer sync --server URL --team FINGERPRINT` first")
    }

    /// Splits the session into what recording an event needs and the store.
    pub fn parts(&mut self) -> anyhow::Result<(Ctx<'_>, &mut CaseStore)> {
        let chain = self
            .chain
            .as_ref()
            .context("this store has no verified roster yet: run `reviewer sync --server URL --team FINGERPRINT` first")?;
        Ok((
            Ctx {
                keys: &self.keys,
                chain,
                now: self.now(),
            },
            &mut self.store,
        ))
    }

    /// Now, by this session's clock (the system's, unless a test set one).
    pub fn now(&self) -> UnixTime {
        self.clock.now()
    }

    /// Moves this session to another clock (a test stepping through days;
    /// the next [`retention::automatic`] run compares it with the last).
    pub fn set_clock(&mut self, clock: TimeSource) {
        self.clock = clock;
    }
}

/// What an online command needs: the saved settings (with `server`, if
/// given, taking precedence), the drop box URL, and the unlocked keys.
pub fn online(
    home: &Path,
    server: Option<&str>,
) -> anyhow::Result<(Config, String, TransportKeys)> {
    let mut cfg = Config::load(home)?;
    if let Some(s) = server {
        cfg.server = Some(s.to_owned());
    }
    let server = cfg
        .server
        .clone()
        .context("no drop box URL: pass --server (it is remembered after the first use)")?;
    let keys = KeyStore::new(home).unlock_transport()?;
    Ok((cfg, server, keys))
}

/// The drop box URL: `server` if given, else the saved one (without
/// unlocking anything).
pub fn server_url(home: &Path, server: Option<&str>) -> anyhow::Result<String> {
    match server {
        Some(s) => Ok(s.to_owned()),
        None => Config::load(home)?
            .server
            .context("no drop box URL: pass --server (it is remembered after the first sync)"),
    }
}
