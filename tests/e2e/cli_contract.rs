//! The command-line contract (issue 16, docs/CLI.md) on the real binaries:
//! every command and subcommand, found by reading `--help` (so a new one
//! without examples fails here), has an "Examples:" block that uses it and
//! the exit-status block; a usage error exits 2; a failing command exits
//! with the same status with and without `--json`; a closed standard output
//! is quiet and changes no exit status.
//!
//! The programs under the contract are listed in [`PROGRAMS`]; adding one
//! is one line there.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;

use dropbox_crypto::roster::Policy;
use dropbox_e2e::{TempDir, first_roster, init_data, run, team};

/// A program under the contract, and one command line that fails (an
/// error, exit 1, not a usage error) without any setup; `--json` is
/// appended to it for the comparison, so the command must take `--json`.
struct Program {
    name: &'static str,
    failing: &'static [&'static str],
}

/// Every program under the contract, one line each.
#[rustfmt::skip]
const PROGRAMS: &[Program] = &[
    Program { name: "dropbox-submit", failing: &["verify", "--team", "0000000000000000000000000000000000000000000000000000000000000000", "--roster-file", "/nonexistent/roster.json"] },
    Program { name: "dropbox-server", failing: &["check", "--data", "/nonexistent/dropbox-data"] },
    Program { name: "reviewer", failing: &["--home", "/nonexistent/reviewer-home", "list"] },
];

/// The exit-status block's lines, as docs/CLI.md gives them.
const EXIT_LINES: [&str; 5] = [
    "  0  done",
    "  1  error",
    "  2  usage error",
    "  3  the team's roster did not verify or raised an alert",
    "  4  partly done",
];

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn run_args(name: &str, args: &[String]) -> Output {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(name, &args)
}

/// The subcommands a help text lists under "Commands:" (clap's own `help`
/// left out).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim_end() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        // Continuation lines of a long description are indented deeper.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .map(str::to_owned)
        .collect()
}

/// Every command path of `program`, the program itself (empty path) first,
/// read from the help texts (once per program: several tests walk them).
fn command_paths(program: &str) -> Vec<Vec<String>> {
    static FOUND: Mutex<BTreeMap<String, Vec<Vec<String>>>> = Mutex::new(BTreeMap::new());
    if let Some(p) = FOUND.lock().unwrap().get(program) {
        return p.clone();
    }
    let paths = walk_commands(program);
    FOUND
        .lock()
        .unwrap()
        .insert(program.to_owned(), paths.clone());
    paths
}

fn walk_commands(program: &str) -> Vec<Vec<String>> {
    let mut paths = vec![Vec::new()];
    let mut i = 0;
    while i < paths.len() {
        let mut args = paths[i].clone();
        args.push("--help".into());
        let out = run_args(program, &args);
        assert!(out.status.success(), "{program} {args:?}: {out:?}");
        for sub in subcommands(&text(&out.stdout)) {
            let mut p = paths[i].clone();
            p.push(sub);
            paths.push(p);
        }
        i += 1;
    }
    paths
}

#[test]
fn every_command_has_examples_and_the_exit_statuses_in_its_help() {
    for p in PROGRAMS {
        let paths = command_paths(p.name);
        assert!(paths.len() > 2, "{}: no subcommands found", p.name);
        for path in paths {
            let shown = format!("{} {}", p.name, path.join(" "));
            let mut args = path.clone();
            args.push("--help".into());
            let out = run_args(p.name, &args);
            let help = text(&out.stdout);
            assert!(out.status.success(), "{shown} --help: {out:?}");
            assert!(
                out.stderr.is_empty(),
                "{shown} --help: {}",
                text(&out.stderr)
            );
            let examples: Vec<&str> = help
                .lines()
                .skip_while(|l| l.trim_end() != "Examples:")
                .skip(1)
                .take_while(|l| !l.trim().is_empty())
                .collect();
            assert!(
                examples.iter().any(|l| l.contains(shown.trim_end())),
                "`{shown} --help` has no \"Examples:\" block that uses it:\n{help}"
            );
            assert!(help.contains("\nExit status"), "{shown} --help:\n{help}");
            for line in EXIT_LINES {
                assert!(
                    help.contains(line),
                    "`{shown} --help` does not give `{line}`:\n{help}"
                );
            }
        }
    }
}

#[test]
fn a_usage_error_exits_2_with_or_without_json() {
    for p in PROGRAMS {
        let none = run(p.name, &[]);
        assert_eq!(
            none.status.code(),
            Some(2),
            "{} with no arguments: {none:?}",
            p.name
        );
        for path in command_paths(p.name) {
            for json in [false, true] {
                let mut args = path.clone();
                args.push("--no-such-flag-anywhere".into());
                if json {
                    args.push("--json".into());
                }
                let out = run_args(p.name, &args);
                assert_eq!(out.status.code(), Some(2), "{} {args:?}: {out:?}", p.name);
                assert!(out.stdout.is_empty(), "{} {args:?}: {out:?}", p.name);
                assert!(
                    text(&out.stderr).contains("--no-such-flag-anywhere"),
                    "{} {args:?}: {out:?}",
                    p.name
                );
            }
        }
    }
}

/// A mistyped team fingerprint is a malformed argument like any other:
/// exit 2 before anything is fetched or read, with or without `--json`,
/// saying what a fingerprint looks like (a valid one is an error, 1, below).
#[test]
fn a_malformed_team_fingerprint_is_a_usage_error() {
    let short = "ab".repeat(31);
    let not_hex = "zz".repeat(32);
    for bad in ["00", short.as_str(), not_hex.as_str(), ""] {
        for json in [false, true] {
            let mut args = vec![
                "verify",
                "--team",
                bad,
                "--roster-file",
                "/nonexistent/r.json",
            ];
            if json {
                args.push("--json");
            }
            let out = run("dropbox-submit", &args);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
            assert!(out.stdout.is_empty(), "{args:?}: {out:?}");
            assert!(
                text(&out.stderr).contains("64 hex digits"),
                "{args:?}: {}",
                text(&out.stderr)
            );
        }
    }
    // Through the environment too (DROPBOX_TEAM), and for every command
    // that takes the team.
    for cmd in ["send", "verify", "replies", "followup"] {
        let out = dropbox_e2e::command("dropbox-submit")
            .args([cmd, "--roster-file", "/nonexistent/r.json"])
            .env("DROPBOX_TEAM", "not-a-fingerprint")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd}: {out:?}");
        assert!(
            text(&out.stderr).contains("64 hex digits"),
            "{cmd}: {out:?}"
        );
    }
}

/// Runs `program args` with and without `--json` and checks both exit with
/// `want` and say why: an error on standard error, the failed items of a
/// partly done command (4) on either stream (`check` lists them as its
/// result).
fn same_status_with_json(program: &str, args: &[&str], want: i32) {
    let plain = run(program, args);
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let json = run(program, &with_json);
    for (o, a) in [(&plain, args), (&json, &with_json[..])] {
        assert_eq!(o.status.code(), Some(want), "{program} {a:?}: {o:?}");
        let said = !o.stderr.is_empty() || (want == 4 && !o.stdout.is_empty());
        assert!(said, "{program} {a:?} said nothing: {o:?}");
    }
}

#[test]
fn a_failing_command_exits_the_same_with_and_without_json() {
    for p in PROGRAMS {
        same_status_with_json(p.name, p.failing, 1);
    }
}

/// A team's roster #1 written by `dropbox-server init` into `dir`; returns
/// the roster file, the data directory and the fingerprint.
fn roster(dir: &TempDir) -> (String, String, String) {
    let t = team();
    let (data, fp) = init_data(dir, &first_roster(&t, Policy::default()), &t);
    (s(&dir.join("roster.json")), s(&data), fp.to_string())
}

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

/// Regression: `dropbox-server init` of a roster below the signature
/// threshold exited 1 like any error, where the clients exit 3 for a roster
/// that does not verify.
#[test]
fn a_roster_that_does_not_verify_exits_3_with_and_without_json() {
    let dir = TempDir::new("contract-roster");
    let (roster_file, _, fp) = roster(&dir);
    // Another team's fingerprint: the roster is not the one asked for.
    let first = if fp.starts_with('0') { '1' } else { '0' };
    let wrong = format!("{first}{}", &fp[1..]);
    let state = s(&dir.join("state"));
    same_status_with_json(
        "dropbox-submit",
        &[
            "verify",
            "--team",
            &wrong,
            "--roster-file",
            &roster_file,
            "--state",
            &state,
        ],
        3,
    );
    // Only alice signs: below the threshold of 2.
    let t = team();
    let lone = first_roster(&t, Policy::default()).sign(&[(&t[0].id, &t[0].sign)]);
    let lone_file = dir.join("lone.json");
    std::fs::write(&lone_file, lone.to_json()).unwrap();
    for (i, json) in [false, true].into_iter().enumerate() {
        let data = s(&dir.join(&format!("lone-data-{i}")));
        let mut args = vec![
            "init",
            "--data",
            &data,
            "--roster",
            lone_file.to_str().unwrap(),
        ];
        if json {
            args.push("--json");
        }
        let o = run("dropbox-server", &args);
        assert_eq!(o.status.code(), Some(3), "{args:?}: {o:?}");
        assert!(text(&o.stderr).contains("does not verify"), "{o:?}");
    }
}

/// Regression: `dropbox-server check` exited 3 when it found damage, the
/// status the contract gives a roster alert; damage named item by item is
/// "partly done", 4, with or without --json.
#[test]
fn check_that_finds_damage_exits_4_with_and_without_json() {
    let dir = TempDir::new("contract-check");
    let (_, data, _) = roster(&dir);
    std::fs::write(
        Path::new(&data).join("dropbox.sqlite3"),
        b"not a database at all, and long enough to be read as one page",
    )
    .unwrap();
    same_status_with_json("dropbox-server", &["check", "--data", &data], 4);
    let json = run("dropbox-server", &["check", "--data", &data, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["damaged"][0]["what"], "database", "{v}");
}

/// Runs `program args` with a standard output whose reading end is closed
/// before it starts, so every write to it fails (EPIPE).
fn closed_stdout(program: &str, args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = dropbox_e2e::command(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(
        (out.status.code(), text(&out.stderr)),
        (Some(0), String::new()),
        "{program} {args:?} with a closed standard output"
    );
    out
}

#[test]
fn a_closed_pipe_is_quiet_for_help_on_every_command() {
    for p in PROGRAMS {
        for path in command_paths(p.name) {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push("--help");
            closed_stdout(p.name, &args);
        }
    }
}

/// Regression: `dropbox-server init … | head -1` panicked ("failed printing
/// to stdout"), exiting 101 with a panic message. A closed pipe is quiet,
/// and the command still does its work: the drop box exists afterwards.
#[test]
fn a_closed_pipe_is_quiet_and_the_work_is_done() {
    let dir = TempDir::new("contract-pipe");
    let (roster_file, data, fp) = roster(&dir);
    for json in [false, true] {
        let fresh = s(&dir.join(&format!("fresh-{json}")));
        let mut args = vec!["init", "--data", &fresh, "--roster", &roster_file];
        if json {
            args.push("--json");
        }
        closed_stdout("dropbox-server", &args);
        assert!(
            Path::new(&fresh).join("dropbox.sqlite3").exists(),
            "{args:?}"
        );
        let mut check = vec!["check", "--data", &data];
        let mut hash = vec!["page-hash"];
        if json {
            check.push("--json");
            hash.push("--json");
        }
        closed_stdout("dropbox-server", &check);
        closed_stdout("dropbox-server", &hash);
        let state = s(&dir.join("state"));
        let mut verify = vec![
            "verify",
            "--team",
            &fp,
            "--roster-file",
            &roster_file,
            "--state",
            &state,
        ];
        if json {
            verify.push("--json");
        }
        closed_stdout("dropbox-submit", &verify);
    }
}

/// An output that cannot be written for another reason than a closed pipe
/// (a full disk behind `> file`) is an error, said on standard error, not a
/// success nor a panic.
#[test]
fn a_full_output_is_an_error_of_one_line() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        panic!("this test needs /dev/full (Linux)");
    };
    for (program, args) in [
        ("dropbox-server", &["page-hash", "--json"][..]),
        ("dropbox-server", &["page-hash"][..]),
    ] {
        let out = dropbox_e2e::command(program)
            .args(args)
            .stdout(full.try_clone().unwrap())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{program} {args:?}: {err}");
        assert!(
            err.contains("cannot write the output") && err.trim().lines().count() == 1,
            "{program} {args:?}: {err}"
        );
    }
}

/// Issue 20: every program prints shell completions and writes a man page
/// for each of its commands, generated from the same clap definitions as
/// `--help`, so neither can drift from the program.
#[test]
fn every_program_has_completions_and_a_man_page_per_command() {
    let dir = TempDir::new("contract-man");
    for p in PROGRAMS {
        let paths = command_paths(p.name);
        for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
            let out = run(p.name, &["completions", shell]);
            assert!(
                out.status.success(),
                "{} completions {shell}: {out:?}",
                p.name
            );
            let script = text(&out.stdout);
            // Every subcommand is offered.
            for path in paths.iter().filter(|p| p.len() == 1) {
                assert!(
                    script.contains(path[0].as_str()),
                    "{} completions {shell} lacks {}",
                    p.name,
                    path[0]
                );
            }
        }
        // The bash script is bash.
        let script = dir.join(&format!("{}.bash", p.name));
        std::fs::write(&script, run(p.name, &["completions", "bash"]).stdout).unwrap();
        let syntax = Command::new("bash")
            .arg("-n")
            .arg(&script)
            .output()
            .unwrap();
        assert!(syntax.status.success(), "{}: {syntax:?}", p.name);

        let man = dir.join(&format!("man-{}", p.name));
        let out = run(p.name, &["man", "--out", &s(&man), "--json"]);
        assert!(out.status.success(), "{} man: {out:?}", p.name);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let pages: Vec<String> = v["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect();
        for path in &paths {
            let mut name = vec![p.name.to_owned()];
            name.extend(path.iter().cloned());
            let file = man.join(format!("{}.1", name.join("-")));
            assert!(
                pages.contains(&s(&file)),
                "{}: no man page {} in {pages:?}",
                p.name,
                file.display()
            );
            let page = std::fs::read_to_string(&file).unwrap();
            assert!(page.starts_with(".ie") || page.contains(".TH"), "{page}");
            // The examples and the exit statuses, as `--help` gives them.
            assert!(page.contains("Examples:"), "{}: {page}", file.display());
            assert!(page.contains("usage error"), "{}: {page}", file.display());
        }
        assert_eq!(pages.len(), paths.len(), "{}: {pages:?}", p.name);
    }
    // The values a flag takes are completed too: `set --status` offers the
    // statuses it accepts, and not `closed`.
    let zsh = text(&run("reviewer", &["completions", "zsh"]).stdout);
    let status = zsh
        .lines()
        .find(|l| l.contains("--status=") && l.contains("triaged"))
        .unwrap_or_else(|| panic!("no --status values in:\n{zsh}"));
    assert!(
        status.contains(":STATUS:(new triaged accepted invalid fixing disclosed)'"),
        "{status}"
    );
}
