//! The failures a script must tell apart, by exit status (docs/CLI.md):
//! everything else is a plain error (1). Services return these inside
//! `anyhow::Error`; `main` finds them in the chain whatever the context
//! added above, and whether or not `--json` was given.

/// Exit status of a run that worked.
pub const EXIT_OK: u8 = 0;
/// Exit status of any other failure.
pub const EXIT_ERROR: u8 = 1;
/// Exit status of a command line that does not parse (clap's own).
pub const EXIT_USAGE: u8 = 2;
/// Exit status of a roster alert: the served chain does not verify, was
/// rolled back or forked, or does not name this member.
pub const EXIT_ROSTER: u8 = 3;
/// Exit status of a run that did part of its work: some items failed and
/// stay for the next run.
pub const EXIT_PARTIAL: u8 = 4;

/// A failure with its own exit status.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The roster cannot be trusted (exit 3).
    #[error("ALERT: {0}")]
    Roster(String),
    /// Some items failed (exit 4).
    #[error("{failed} items could not be handled; they stay for the next {retry}")]
    Partial {
        /// How many.
        failed: usize,
        /// The command that retries them ("sync", "import").
        retry: &'static str,
    },
}

impl Failure {
    /// The exit status it stands for.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Roster(_) => EXIT_ROSTER,
            Failure::Partial { .. } => EXIT_PARTIAL,
        }
    }
}

/// The exit status for an error: the first [`Failure`] in its chain, else 1.
pub fn exit_code(e: &anyhow::Error) -> u8 {
    e.chain()
        .find_map(|c| c.downcast_ref::<Failure>())
        .map_or(EXIT_ERROR, Failure::exit_code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn the_exit_code_survives_context_added_above() {
        let e: anyhow::Result<()> = Err(Failure::Roster("forked".into()).into());
        let e = e.context("cannot sync").unwrap_err();
        assert_eq!(exit_code(&e), EXIT_ROSTER);
        let p = anyhow::Error::from(Failure::Partial {
            failed: 2,
            retry: "sync",
        });
        assert_eq!(exit_code(&p), EXIT_PARTIAL);
        assert_eq!(exit_code(&anyhow::anyhow!("disk")), EXIT_ERROR);
    }
}
