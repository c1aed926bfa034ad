//! `reviewer`: a team member's client (DESIGN "Reviewer").
//!
//! Built so far: the member's keys, encrypted at rest under a passphrase;
//! the team roster's life cycle (create, add and remove members, renew,
//! threshold signing passed between admins as files, publication); `sync`
//! into an encrypted case store, `open`, `list`, `show`, `attachment`.
//! Still to come (issues #6, #7, #9): annotations and team events, replies,
//! search, delete, the air gap, retention, sharing, statistics.

pub mod cli;
pub mod commands;
pub mod config;
pub mod deadlines;
pub mod keys;
pub mod pgp;
pub mod stats;
pub mod store;

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
