//! The member's home directory: where it is, and the only code that names
//! the files in it (every other module asks here), so a reader sees in one
//! place what a seized laptop holds. `config.json` is read and written here
//! too: which drop box and team this member syncs with, and the roster head
//! last seen (to alert on changes).

use std::path::{Path, PathBuf};

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
    /// How long the agent keeps the unlocked keys after their last use, in
    /// minutes (0: no agent); REVIEWER_AGENT_IDLE overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_idle_minutes: Option<u64>,
}

impl Config {
    /// Reads it (empty if absent).
    pub fn load(home: &Path) -> anyhow::Result<Self> {
        match std::fs::read(home.join(CONFIG)) {
            Ok(b) => serde_json::from_slice(&b).context("config.json is corrupt"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(e).context("cannot read config.json"),
        }
    }

    /// Writes it atomically.
    pub fn save(&self, home: &Path) -> anyhow::Result<()> {
        write_atomic(&home.join(CONFIG), &serde_json::to_vec_pretty(self)?)
    }
}

/// Saved settings (this file's [`Config`]).
pub const CONFIG: &str = "config.json";
/// The roster chain last verified, for offline commands.
pub const ROSTER: &str = "roster.json";
/// The case store's database (every case sealed to the store key).
pub const CASES_DB: &str = "cases.sqlite3";
/// The store key, encrypted to the member's age identity.
pub const STORE_KEY: &str = "store.key.age";
/// Attachments, each sealed to its case's key.
pub const ATTACHMENTS: &str = "attachments";
/// Downloads in progress (unlinked at once; the directory stays).
pub const TMP: &str = "tmp";
/// Attachment files written by a sync batch not yet committed (sealed to
/// their case keys, like the store's own), renamed into `attachments/`
/// by the commit (the store's `staging` module).
pub const STAGED: &str = "staged";
/// The home's lock (empty; [`lock`]).
pub const LOCK: &str = "home.lock";
/// The team's OpenPGP keys for sharing, encrypted.
pub const TEAM_PGP: &str = "team-pgp.age";
/// The member's keys, sealed by passphrase, plugin or card.
pub const KEYS: &str = "keys.age";
/// The member's keys sealed to an age plugin (a hardware key).
pub const KEYS_PLUGIN: &str = "keys.plugin";
/// The card a hardware-locked key needs.
pub const CARD: &str = "card.json";
/// The transport key alone (the air gap's online side).
pub const TRANSPORT: &str = "transport.age";
/// The transport key sealed to an age plugin.
pub const TRANSPORT_PLUGIN: &str = "transport.plugin";
/// Keys being rotated in, before the roster names them.
pub const KEYS_NEXT: &str = "keys.next.age";
/// The card of keys being rotated in.
pub const CARD_NEXT: &str = "card.next.json";
/// A trial seal while changing how the keys are locked.
pub const KEYS_RELOCK: &str = "keys.relock.age";
/// A trial seal of the next keys while changing how keys are locked.
pub const KEYS_NEXT_RELOCK: &str = "keys.next.relock.age";

/// The agent's directory (mode 0700; holds only its socket).
pub const AGENT_DIR: &str = "agent";
/// The agent's socket in [`AGENT_DIR`] (mode 0600): no secret at rest, a
/// way to the unlocked keys while the agent runs.
pub const AGENT_SOCKET: &str = "socket";

/// Writes a file whole or not at all: a temporary file beside it, then a
/// rename, so a crash never leaves half a key, roster or export behind.
pub fn write_atomic(path: &Path, data: &[u8]) -> anyhow::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    // Synced before the rename: a crash must leave the old file or the new
    // one whole, never an empty one under the real name.
    let mut f =
        std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::io::Write::write_all(&mut f, data)
        .and_then(|()| f.sync_all())
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    // The rename itself is durable only once the directory is synced.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .with_context(|| format!("cannot sync {}", dir.display()))?;
    }
    Ok(())
}

/// An exclusive lock on a home (`flock` on [`LOCK`]), released when
/// dropped or when the process ends, however it ends. Held by a sync
/// batch from its start until its attachment files are renamed, and by
/// the opening of a case store while it finishes a committed batch's
/// renames: two processes never move the same staged files at once, and
/// a staged file no batch holds is a leftover.
#[derive(Debug)]
pub struct HomeLock(#[allow(dead_code)] std::fs::File);

/// Takes the home's lock, waiting for its holder when `wait`; `None`
/// when `wait` is false and another holds it.
pub fn lock(home: &Path, wait: bool) -> anyhow::Result<Option<HomeLock>> {
    let p = home.join(LOCK);
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&p)
        .with_context(|| format!("cannot open {}", p.display()))?;
    if wait {
        f.lock()
            .with_context(|| format!("cannot lock {}", p.display()))?;
        return Ok(Some(HomeLock(f)));
    }
    match f.try_lock() {
        Ok(()) => Ok(Some(HomeLock(f))),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", p.display()))
        }
    }
}

/// The home directory: --home, REVIEWER_HOME, else the platform's data
/// directory.
pub fn home_dir(flag: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(h) = flag {
        return Ok(h.to_owned());
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .ok_or_else(|| anyhow::anyhow!("no home directory: pass --home or set REVIEWER_HOME"))?;
    Ok(base.join("dropbox-reviewer"))
}
