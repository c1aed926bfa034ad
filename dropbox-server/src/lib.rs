//! The ciphertext-only drop box server.
//!
//! Only the shared crypto library exists so far; this program's commands are
//! built in issue #4 (see docs/ and ../shared/DESIGN.md).

/// What the program prints when asked for something it cannot do yet.
pub const NOT_YET: &str =
    "dropbox-server: this command is not built yet (tracked in issue #4); only --version works";
