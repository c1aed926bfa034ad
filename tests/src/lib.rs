//! Helpers for the end-to-end tests: locate and run the workspace's real
//! binaries.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Builds the workspace's binaries once per test process: `cargo test`
/// builds only the binaries of the package under test, and these tests run
/// the other packages' binaries.
fn build_binaries() {
    static BUILT: OnceLock<()> = OnceLock::new();
    BUILT.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "--workspace", "--bins", "--quiet"]);
        if !cfg!(debug_assertions) {
            cmd.arg("--release");
        }
        let status = cmd
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build for the end-to-end binaries");
        assert!(status.success(), "cargo build --workspace --bins failed");
    });
}

/// The path of a workspace binary, built if needed.
pub fn binary(name: &str) -> PathBuf {
    build_binaries();
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
    Command::new(&path).args(args).output().unwrap_or_else(|e| {
        panic!(
            "cannot run {}: {e} (build with cargo build --workspace)",
            path.display()
        )
    })
}
