//! End-to-end tests: the real binaries, started as a user would.

use dropbox_e2e::run;

/// Each program starts and reports its version; until its issue lands it
/// refuses other commands with exit code 2 rather than pretending to work.
#[test]
fn every_binary_starts_and_refuses_unbuilt_commands() {
    for bin in ["dropbox-server", "reviewer", "dropbox-submit"] {
        let out = run(bin, &["--version"]);
        assert!(out.status.success(), "{bin} --version: {out:?}");
        assert!(String::from_utf8_lossy(&out.stdout).starts_with(bin));
        let out = run(bin, &["serve"]);
        assert_eq!(out.status.code(), Some(2), "{bin} serve: {out:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("not built yet"));
    }
}
