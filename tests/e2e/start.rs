//! README's first two commands: after `git clone`, `./demo.sh` and
//! `./test.sh`, the second being exactly what CI (`.ci/run`) runs; on a
//! machine that lacks a package and may not install it, each says in one
//! line what is missing instead of failing somewhere in a build.

use std::path::{Path, PathBuf};
use std::process::Command;

use dropbox_e2e::TempDir;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

#[test]
fn readme_starts_with_the_demo_and_test_commands_ci_runs() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let start = readme
        .find("## Start here")
        .expect("README has a Start here section");
    let block = readme[start..]
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block under Start here");
    let commands: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(commands, ["./demo.sh", "./test.sh"], "{block}");
    let first_block = readme.find("```sh").unwrap();
    assert!(
        first_block > start,
        "no command comes before the Start here section"
    );
    let ci = std::fs::read_to_string(repo().join(".ci/run")).unwrap();
    let test_stage: Vec<&str> = ci
        .lines()
        .filter(|l| l.starts_with("stage \"test\""))
        .collect();
    assert_eq!(
        test_stage,
        ["stage \"test\" ./test.sh"],
        "CI runs README's command"
    );
    let script = std::fs::read_to_string(repo().join("test.sh")).unwrap();
    assert!(script.contains("exec cargo test --workspace \"$@\""));
}

/// A PATH holding `tools` (from the system's PATH) and an `id` that says
/// the user is not root, and nothing else.
fn bare_path(dir: &TempDir, tools: &[&str]) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let which = |t: &str| {
        let out = Command::new("sh")
            .args(["-c", &format!("command -v {t}")])
            .output()
            .unwrap();
        PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
    };
    for t in tools {
        let p = which(t);
        assert!(p.is_absolute(), "{t} is on this machine's PATH");
        std::os::unix::fs::symlink(p, bin.join(t)).unwrap();
    }
    let id = bin.join("id");
    std::fs::write(&id, "#!/bin/sh\necho 1000\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&id, std::fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

#[test]
fn without_root_a_missing_package_is_named_in_one_line() {
    let dir = TempDir::new("start-missing");
    // Everything but faketime (test.sh) and pkg-config (both scripts).
    let bin = bare_path(
        &dir,
        &[
            "bash",
            "dirname",
            "cargo",
            "cc",
            "grep",
            "dpkg-query",
            "age",
            "gpg",
        ],
    );
    for (script, missing) in [
        ("test.sh", "pkg-config faketime"),
        ("demo.sh", "pkg-config"),
    ] {
        let out = Command::new(bin.join("bash"))
            .arg(repo().join(script))
            .env("PATH", &bin)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{script}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{script}: one line: {err}");
        // (On a machine lacking the OpenSSL or clang headers as well, the
        // line names those too.)
        for pkg in missing.split(' ') {
            assert!(err.contains(pkg), "{script} names {pkg}: {err}");
        }
        assert!(err.contains("apt-get install"), "{script}: {err}");
        assert!(out.stdout.is_empty(), "{script} built or ran nothing");
    }
}
