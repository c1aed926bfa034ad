//! Replays the fuzz targets' seed corpora (`fuzz/corpus/<target>/`) through
//! the same entry points the targets call (`dropbox_crypto::fuzzing`), as an
//! ordinary test on stable Rust.
//!
//! Why: the fuzzers need nightly flags and only build in CI, so this is what
//! keeps every seed (valid inputs, near misses, and any `regression-*` input
//! a fuzzer once crashed on) from panicking again in every `cargo test`.
//! A panic fails the test; the message names the file that caused it.

use std::path::{Path, PathBuf};

/// Runs `entry` on every file in `fuzz/corpus/<target>/`, naming the file if
/// it panics.
fn replay(target: &str, entry: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crypto/ sits in the workspace root")
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(
        files.len() >= 3,
        "{} holds {} seeds; keep at least 3 (valid inputs and near misses)",
        dir.display(),
        files.len()
    );
    for file in &files {
        let data =
            std::fs::read(file).unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
        // A guard rather than catch_unwind: the panic itself still fails the
        // test, and the guard names the seed as the panic unwinds past it.
        let _guard = NameOnPanic(file);
        entry(&data);
    }
}

/// Prints which seed was being replayed if dropped during a panic.
struct NameOnPanic<'a>(&'a Path);

impl Drop for NameOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("fuzz seed panicked: {}", self.0.display());
        }
    }
}

#[test]
fn bundle_decode_corpus() {
    replay("bundle_decode", dropbox_crypto::fuzzing::bundle_decode);
}

#[test]
fn roster_chain_corpus() {
    replay("roster_chain", dropbox_crypto::fuzzing::roster_chain);
}

#[test]
fn signature_headers_corpus() {
    replay(
        "signature_headers",
        dropbox_crypto::fuzzing::signature_headers,
    );
}

#[test]
fn age_header_corpus() {
    replay("age_header", dropbox_crypto::fuzzing::age_header);
}

#[test]
fn jcs_corpus() {
    replay("jcs", dropbox_crypto::fuzzing::jcs);
}
