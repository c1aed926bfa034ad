//! One module per subcommand group.

pub mod airgap;
pub mod annotate;
pub mod backup;
pub mod key;
pub mod report;
pub mod share;
pub mod sync;
pub mod team;
