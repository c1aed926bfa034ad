//! The rules, pure: no files, no network, no clock (`now` is a parameter),
//! nothing else of this crate. Each has unit tests.

pub mod case;
pub mod caseid;
pub mod deadlines;
pub mod due;
pub mod ingest;
pub mod policy;
pub mod retention;
pub mod search;
pub mod snapshot;
pub mod stats;
