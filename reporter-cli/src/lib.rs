//! `dropbox-submit`: the reporters' command-line client (DESIGN
//! "Reporter"). It verifies the team's roster chain from the fingerprint
//! (pinning the highest head seen), builds and encrypts the bundle on this
//! machine with the fixed stanza shape, uploads it with a progress bar and
//! checks the receipt; with a codename it reads replies (verifying each
//! member's signature) and sends signed follow-ups.

// The escaping print macros (outln!, out!, errln!, jsonln!) in every
// module.
#[macro_use]
extern crate dropbox_term;

pub mod attest;
pub mod cli;
pub mod client;
pub mod commands;
pub mod consent;
pub mod output;
pub mod scrub;
pub mod thread;
