//! Replays the fuzz targets' seed corpora (`fuzz/corpus/<target>/`) through
//! the same entry points the targets call (`dropbox_crypto::fuzzing`), as an
//! ordinary test on stable Rust.
//!
//! Why: the fuzzers need nightly flags and only build in CI, so this is what
//! keeps every seed (valid inputs, near misses, and any `regression-*` input
//! a fuzzer once crashed on) from panicking again in every `cargo test`.
//! A panic fails the test; the message names the file that caused it.

/// Runs `entry` on every seed of `target`.
fn replay(target: &str, entry: fn(&[u8])) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crypto/ sits in the workspace root");
    dropbox_crypto::fuzzing::replay(root, target, entry);
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
fn hybrid_stanza_corpus() {
    replay("hybrid_stanza", dropbox_crypto::fuzzing::hybrid_stanza);
}

#[test]
fn jcs_corpus() {
    replay("jcs", dropbox_crypto::fuzzing::jcs);
}

#[test]
fn reporter_messages_corpus() {
    replay(
        "reporter_messages",
        dropbox_crypto::fuzzing::reporter_messages,
    );
}

#[test]
fn ack_batch_corpus() {
    replay("ack_batch", dropbox_crypto::fuzzing::ack_batch);
}

#[test]
fn fetch_response_corpus() {
    replay("fetch_response", dropbox_crypto::fuzzing::fetch_response);
}
