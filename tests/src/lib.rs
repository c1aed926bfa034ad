//! Helpers for the end-to-end tests: locate and run the workspace's real
//! binaries.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The path of a workspace binary built by `cargo test`.
pub fn binary(name: &str) -> PathBuf {
    // Integration tests run from target/<profile>/deps; binaries sit one up.
    let mut p = std::env::current_exe().expect("test binary path");
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.push(name);
    p
}

/// Runs a binary and returns its output, panicking with the command line if
/// it cannot be started.
pub fn run(name: &str, args: &[&str]) -> Output {
    let path = binary(name);
    Command::new(&path)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e} (build with cargo build --workspace)", path.display()))
}
