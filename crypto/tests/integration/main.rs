//! dropbox-crypto's integration tests, in one binary (DESIGN build notes:
//! one integration-test binary per crate keeps link times down).

mod age_cli;
mod fuzz_corpus;
mod hybrid;
mod vectors;
