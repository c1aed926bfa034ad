//! `reviewer`: a team member's client (DESIGN "Reviewer").
//!
//! The member's keys, encrypted at rest; the team roster's life cycle;
//! `sync` into an encrypted case store; annotations shared with the team as
//! signed, encrypted events (`teamlog`); the policy's clocks (`deadlines`,
//! `due`); retention with crypto-shredding, expiring backups and the
//! counters that outlive a purge (`retention`, `stats`); sharing under TLP
//! over OpenPGP (`pgp`); the air gap.

// First, so the print macros are in scope in every module below.
#[macro_use]
pub mod term;

pub mod case;
pub mod cli;
pub mod commands;
pub mod config;
pub mod deadlines;
pub mod due;
pub mod keys;
pub mod pgp;
pub mod retention;
pub mod session;
pub mod stats;
pub mod store;
pub mod teamlog;

/// Writes a file whole or not at all: a temporary file beside it, then a
/// rename, so a crash never leaves half a key, roster or export behind.
pub fn write_atomic(path: &std::path::Path, data: &[u8]) -> anyhow::Result<()> {
    use anyhow::Context;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = std::path::PathBuf::from(tmp);
    // Synced before the rename: a crash must leave the old file or the new
    // one whole, never an empty one under the real name.
    let mut f =
        std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::io::Write::write_all(&mut f, data)
        .and_then(|()| f.sync_all())
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// The home directory: --home, REVIEWER_HOME, else the platform's data
/// directory.
pub fn home_dir(flag: Option<&std::path::Path>) -> anyhow::Result<std::path::PathBuf> {
    if let Some(h) = flag {
        return Ok(h.to_owned());
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".local/share"))
        })
        .ok_or_else(|| anyhow::anyhow!("no home directory: pass --home or set REVIEWER_HOME"))?;
    Ok(base.join("dropbox-reviewer"))
}
