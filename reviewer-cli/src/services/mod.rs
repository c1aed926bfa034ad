//! The work commands ask for, on an open [`session::Session`]: each service
//! reads and writes through the store, the remote client and the keys, and
//! decides by the domain's rules. Results are returned, never printed.

pub mod alerts;
pub mod annotate;
pub mod cases;
pub mod dropkeys;
pub mod due;
pub mod ingest;
pub mod reply;
pub mod retention;
pub mod roster;
pub mod session;
pub mod share;
pub mod stats;
pub mod sync;
pub mod teamlog;
#[cfg(test)]
mod testkit;
