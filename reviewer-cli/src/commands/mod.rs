//! One module per subcommand group.

pub mod key;
pub mod team;
