//! The offline review client for team members.
//!
//! Only the shared crypto library exists so far; this program's commands are
//! built in issue #6 (see docs/ and ../shared/DESIGN.md).

/// What the program prints when asked for something it cannot do yet.
pub const NOT_YET: &str =
    "reviewer: this command is not built yet (tracked in issue #6); only --version works";
