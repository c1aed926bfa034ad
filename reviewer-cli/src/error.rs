//! The failures a script must tell apart, by exit status (docs/CLI.md,
//! `dropbox_term::Exit`):
//! everything else is a plain error (1). Services return these inside
//! `anyhow::Error`; `main` finds them in the chain whatever the context
//! added above, and whether or not `--json` was given.

use dropbox_term::Exit;

/// A failure with its own exit status.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The roster cannot be trusted (exit 3).
    #[error("ALERT: {0}")]
    Roster(String),
    /// Some items failed (exit 4).
    #[error("{} could not be handled; {} for the next {retry}", dropbox_term::count(*.failed as u64, "item", "items"), if *.failed == 1 { "it stays" } else { "they stay" })]
    Partial {
        /// How many.
        failed: usize,
        /// The command that retries them ("sync", "import").
        retry: &'static str,
    },
}

impl Failure {
    /// The exit status it stands for.
    pub fn exit(&self) -> Exit {
        match self {
            Failure::Roster(_) => Exit::RosterAlert,
            Failure::Partial { .. } => Exit::Partial,
        }
    }
}

/// The exit status for an error: the first [`Failure`] in its chain, else 1.
pub fn exit_code(e: &anyhow::Error) -> Exit {
    e.chain()
        .find_map(|c| c.downcast_ref::<Failure>())
        .map_or(Exit::Error, Failure::exit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn the_exit_code_survives_context_added_above() {
        let e: anyhow::Result<()> = Err(Failure::Roster("forked".into()).into());
        let e = e.context("cannot sync").unwrap_err();
        assert_eq!(exit_code(&e), Exit::RosterAlert);
        let p = anyhow::Error::from(Failure::Partial {
            failed: 2,
            retry: "sync",
        });
        assert_eq!(exit_code(&p), Exit::Partial);
        assert_eq!(exit_code(&anyhow::anyhow!("disk")), Exit::Error);
    }
}
