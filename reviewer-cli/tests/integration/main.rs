//! Integration tests of the reviewer library against real outside programs,
//! gathered in one test binary so it links once.

mod fuzz_corpus;
mod pgp_gnupg;
