//! End-to-end tests: the real binaries on ephemeral loopback ports.

mod api;
mod auth;
mod uploads;
mod durability;
mod abuse;
mod metadata;
mod submit;

use dropbox_e2e::run;

/// `reviewer` (not built yet) refuses every command with exit code 2 rather
/// than pretend to work; the server answers `--version`.
#[test]
fn the_unbuilt_reviewer_refuses_and_the_server_reports_its_version() {
    let out = run("dropbox-server", &["--version"]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("dropbox-server"));
    for bin in ["reviewer"] {
        let out = run(bin, &["--version"]);
        assert!(out.status.success(), "{bin} --version: {out:?}");
        let out = run(bin, &["sync"]);
        assert_eq!(out.status.code(), Some(2), "{bin} sync: {out:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("not built yet"));
    }
}
