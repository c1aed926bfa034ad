//! dropbox-crypto's integration tests, in one binary (DESIGN build notes:
//! one integration-test binary per crate keeps link times down).

mod age_cli;
mod fuzz_corpus;
mod streaming;
mod vectors;

/// Counts live heap bytes for the constant-memory test.
#[global_allocator]
pub(crate) static ALLOCATOR: cap::Cap<std::alloc::System> =
    cap::Cap::new(std::alloc::System, usize::MAX);
