//! One module per subcommand group.

pub mod airgap;
pub mod key;
pub mod sync;
pub mod team;
