//! Replays the `pgp_mail` fuzz target's seed corpus (fuzz/corpus/pgp_mail)
//! through the entry point the target calls, on stable Rust, so no seed ever
//! panics again in a plain `cargo test`.

#[test]
fn pgp_mail_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("reviewer-cli/ sits in the workspace root");
    dropbox_crypto::fuzzing::replay(root, "pgp_mail", dropbox_reviewer::pgp::fuzz_mail);
}
