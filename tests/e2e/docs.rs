//! The command lines the docs show (issue 20, item 5): every `reviewer`,
//! `dropbox-submit` and `dropbox-server` line in a code block of README.md,
//! docs/REVIEWING.md and docs/OPERATIONS.md must parse with the programs'
//! own clap definitions, so a renamed flag or subcommand fails CI instead of
//! a reader's first try.
//!
//! Each binary's `main` parses with `dropbox_term::parse::<Cli>()`, which
//! is clap's `try_get_matches_from` on `Cli::command()` with only the help
//! text extended; `Cli::try_parse_from` here runs the same definitions
//! without running the command (`serve` or `demo` would never return, and
//! `init` would write a data directory).

use std::path::Path;

use clap::Parser;
use clap::error::ErrorKind;

/// The docs whose command lines are checked, from the workspace root.
const DOCS: [&str; 3] = ["README.md", "docs/REVIEWING.md", "docs/OPERATIONS.md"];

/// The programs whose lines are checked.
const PROGRAMS: [&str; 3] = ["reviewer", "dropbox-submit", "dropbox-server"];

/// The fenced-block languages whose lines a shell runs.
const SHELL: [&str; 4] = ["sh", "bash", "shell", "console"];

/// Commands that run the command after their own options.
const WRAPPERS: [&str; 7] = [
    "systemd-run",
    "sudo",
    "torsocks",
    "env",
    "exec",
    "nohup",
    "time",
];

/// One command line found in a doc.
#[derive(Debug)]
struct Found {
    doc: &'static str,
    line: usize,
    words: Vec<String>,
}

/// The lines of fenced code blocks, with backslash continuations joined,
/// and the 1-based line number each starts on.
pub(crate) fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_block = false;
    let mut pending: Option<(usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(lang) = line.trim_start().strip_prefix("```") {
            // Shell blocks only: a bare block is a diagram or a listing.
            in_block = !in_block && SHELL.contains(&lang.trim());
            pending = None;
            continue;
        }
        if !in_block {
            continue;
        }
        let (start, mut joined) = pending.take().unwrap_or((i + 1, String::new()));
        joined.push_str(line.trim());
        match joined.strip_suffix('\\') {
            Some(rest) => pending = Some((start, format!("{} ", rest.trim_end()))),
            None => out.push((start, joined)),
        }
    }
    out
}

/// Replaces each `$(…)` with a word a flag's value can be, so a command
/// substitution in an example stays one argument.
fn without_substitutions(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("$(") {
        out.push_str(&rest[..at]);
        let mut depth = 0;
        let mut end = rest.len();
        for (j, c) in rest[at..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = at + j + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.push_str(&"ab".repeat(32));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Replaces each `<placeholder text>` (a letter after `<`, so never a
/// redirection) with one word.
fn without_placeholders(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        let starts_word = rest[at + 1..].starts_with(|c: char| c.is_ascii_alphabetic());
        match rest[at..].find('>') {
            Some(len) if starts_word => {
                out.push_str(&rest[..at]);
                out.push_str("PLACEHOLDER");
                rest = &rest[at + len + 1..];
            }
            _ => {
                out.push_str(&rest[..=at]);
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The binary a `cargo run -p PACKAGE --` line runs, with its arguments.
fn cargo_run(words: &[String]) -> Option<Vec<String>> {
    let at = words
        .windows(2)
        .position(|w| w[0] == "cargo" && w[1] == "run")?;
    let words = &words[at..];
    let dashes = words.iter().position(|w| w == "--")?;
    let package = words[..dashes]
        .windows(2)
        .find(|w| w[0] == "-p" || w[0] == "--package" || w[0] == "--bin")
        .map(|w| w[1].as_str())?;
    let program = match package {
        "dropbox-server" => "dropbox-server",
        "dropbox-submit" => "dropbox-submit",
        "dropbox-reviewer" | "reviewer" => "reviewer",
        _ => return None,
    };
    let mut cmd = vec![program.to_owned()];
    cmd.extend(words[dashes + 1..].iter().cloned());
    Some(cmd)
}

/// The program invocations in one shell line: each `&&`, `||`, `;` or `|`
/// segment whose words include a program (after environment assignments
/// or a wrapper such as `systemd-run … /usr/local/bin/dropbox-server`, or
/// as `cargo run -p PACKAGE -- …`), up to a redirection or a comment.
fn invocations(line: &str) -> Vec<Vec<String>> {
    let line = without_placeholders(&without_substitutions(line));
    let line = match line.find(" #") {
        Some(at) if !line[..at].contains('\'') && !line[..at].contains('"') => &line[..at],
        _ => &line,
    };
    let mut out = Vec::new();
    for seg in line.split(" && ").flat_map(|s| s.split(" || ")) {
        for seg in seg.split("; ").flat_map(|s| s.split(" | ")) {
            let Some(words) = shlex::split(seg) else {
                continue;
            };
            let words = cargo_run(&words).unwrap_or(words);
            // The command is the first word after VAR=value assignments, or
            // the program a wrapper runs; a program named as an argument
            // (`install target/release/dropbox-server …`, `cargo build -p
            // dropbox-server`) is not run.
            let first = words.iter().position(|w| !is_assignment(w));
            let Some(first) = first else { continue };
            let base = |w: &String| w.rsplit('/').next().unwrap_or(w).to_owned();
            let at = if PROGRAMS.contains(&base(&words[first]).as_str()) {
                first
            } else if WRAPPERS.contains(&words[first].as_str()) {
                match words[first..]
                    .iter()
                    .position(|w| PROGRAMS.contains(&base(w).as_str()))
                {
                    Some(i) => first + i,
                    None => continue,
                }
            } else {
                continue;
            };
            let mut cmd: Vec<String> = Vec::new();
            for w in &words[at..] {
                if w.starts_with('#') || w.starts_with('>') || w.starts_with('<') || w == "2>" {
                    break;
                }
                if w.starts_with("2>") || w.starts_with("&>") {
                    break;
                }
                cmd.push(w.clone());
            }
            let base = cmd[0].rsplit('/').next().unwrap_or(&cmd[0]).to_owned();
            cmd[0] = base;
            out.push(cmd);
        }
    }
    out
}

/// `NAME=value`, as a shell sets a variable for one command.
fn is_assignment(w: &str) -> bool {
    w.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

fn found_in(doc: &'static str) -> Vec<Found> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let text = std::fs::read_to_string(root.join(doc)).unwrap();
    code_lines(&text)
        .into_iter()
        .flat_map(|(line, l)| {
            invocations(&l)
                .into_iter()
                .map(move |words| Found { doc, line, words })
        })
        .collect()
}

/// The inline code spans of the prose (outside fenced blocks, a span may
/// run over a line break) that start with a program's name, with the line
/// each starts on.
fn inline_spans(text: &str) -> Vec<(usize, String)> {
    let mut prose = String::new();
    let mut starts = Vec::new();
    let mut in_block = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            prose.push('\n');
            starts.push(i + 1);
            continue;
        }
        if !in_block {
            prose.push_str(line.trim());
        }
        prose.push(' ');
        starts.push(i + 1);
    }
    let mut out = Vec::new();
    let mut line_of = |byte: usize| 1 + prose[..byte].matches(' ').count().min(starts.len() - 1);
    let mut parts = prose.split('`');
    let mut at = 0;
    // Odd-numbered parts are inside backticks.
    while let (Some(outside), Some(inside)) = (parts.next(), parts.next()) {
        at += outside.len() + 1;
        let first = inside.split_whitespace().next().unwrap_or("");
        if PROGRAMS.contains(&first) {
            let _ = &mut line_of;
            out.push((at, inside.split_whitespace().collect::<Vec<_>>().join(" ")));
        }
        at += inside.len() + 1;
    }
    out.into_iter().map(|(b, s)| (line_of(b), s)).collect()
}

/// For a synopsis in prose (`reviewer share ID --pgp CERT [--fields
/// F,...]`, `reviewer team init|add|remove`): its subcommands exist (each
/// of `a|b` alternatives) and every `--flag` is one that subcommand takes.
fn names_exist(span: &str) -> Result<(), String> {
    use clap::CommandFactory;
    let words: Vec<&str> = span.split_whitespace().collect();
    let mut cmd = match words[0] {
        "reviewer" => dropbox_reviewer::cli::Cli::command(),
        "dropbox-submit" => dropbox_submit::cli::Cli::command(),
        "dropbox-server" => dropbox_server::cli::Cli::command(),
        other => panic!("not a program of this project: {other}"),
    };
    cmd.build();
    let mut rest = &words[1..];
    let mut path = words[0].to_owned();
    while let Some(w) = rest.first() {
        if w.starts_with('-') || !cmd.has_subcommands() {
            break;
        }
        let alternatives: Vec<&str> = w.split('|').collect();
        for a in &alternatives {
            if cmd.find_subcommand(a).is_none() {
                return Err(format!("`{path}` has no subcommand `{a}`"));
            }
        }
        if alternatives.len() > 1 {
            return Ok(());
        }
        cmd = cmd.find_subcommand(w).expect("checked").clone();
        path = format!("{path} {w}");
        rest = &rest[1..];
    }
    for w in rest {
        let w = w.trim_matches(|c| c == '[' || c == ']');
        let Some(long) = w.strip_prefix("--") else {
            continue;
        };
        let long = long.split('=').next().unwrap_or(long);
        if long.is_empty() || long == "help" {
            continue;
        }
        // Prose may name a subcommand's option without the subcommand
        // (`dropbox-submit --team-pgp CERT`): it must exist below.
        fn takes(cmd: &clap::Command, long: &str) -> bool {
            cmd.get_arguments().any(|a| a.get_long() == Some(long))
                || cmd.get_subcommands().any(|s| takes(s, long))
        }
        if !takes(&cmd, long) {
            return Err(format!("`{path}` has no option --{long}"));
        }
    }
    Ok(())
}

/// `Ok` for a line the program's definitions accept (help and version
/// requests included), else clap's message.
fn parses(words: &[String]) -> Result<(), String> {
    let first = parses_as_is(words);
    // A placeholder may stand for a value the parser checks (a team
    // fingerprint is 64 hex digits): try it as one before failing.
    if first.is_err() && words.iter().any(|w| w == "PLACEHOLDER") {
        let hex = "ab".repeat(32);
        let filled: Vec<String> = words
            .iter()
            .map(|w| {
                if w == "PLACEHOLDER" {
                    hex.clone()
                } else {
                    w.clone()
                }
            })
            .collect();
        if parses_as_is(&filled).is_ok() {
            return Ok(());
        }
    }
    first
}

fn parses_as_is(words: &[String]) -> Result<(), String> {
    let r = match words[0].as_str() {
        "reviewer" => dropbox_reviewer::cli::Cli::try_parse_from(words).map(|_| ()),
        "dropbox-submit" => dropbox_submit::cli::Cli::try_parse_from(words).map(|_| ()),
        "dropbox-server" => dropbox_server::cli::Cli::try_parse_from(words).map(|_| ()),
        other => panic!("not a program of this project: {other}"),
    };
    match r {
        Ok(()) => Ok(()),
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

#[test]
fn every_command_line_in_the_docs_parses() {
    let mut failures = Vec::new();
    for doc in DOCS {
        let found = found_in(doc);
        // The extractor must find lines, or the test proves nothing.
        for program in PROGRAMS {
            let n = found.iter().filter(|f| f.words[0] == program).count();
            let least = match (doc, program) {
                ("README.md", "dropbox-server" | "dropbox-submit") => 1,
                ("docs/REVIEWING.md", "reviewer") => 10,
                ("docs/OPERATIONS.md", "dropbox-server" | "reviewer") => 2,
                _ => 0,
            };
            assert!(
                n >= least,
                "{doc}: found only {n} `{program}` lines in code blocks"
            );
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        let spans = inline_spans(&text);
        if doc == "docs/REVIEWING.md" {
            assert!(spans.len() >= 20, "{doc}: only {} spans found", spans.len());
        }
        for (line, span) in spans {
            if let Err(e) = names_exist(&span) {
                failures.push(format!("{doc}:{line}: `{span}`: {e}"));
            }
        }
        for f in found {
            if let Err(e) = parses(&f.words) {
                failures.push(format!(
                    "{}:{}: `{}` does not parse:\n{e}",
                    f.doc,
                    f.line,
                    f.words.join(" ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The extractor itself: continuations, substitutions, wrappers, pipes,
/// redirections and comments.
#[test]
fn the_extractor_finds_the_commands_a_shell_would_run() {
    let md = "text\n```sh\nreviewer team renew --chain r.json \\\n  --page-sha256 $(dropbox-server page-hash) # renew\n\
              REVIEWER_PROXY=socks5h://127.0.0.1:9050 reviewer sync --json | jq .new_cases\n\
              systemd-run --wait -p X=y /usr/local/bin/dropbox-server init --data /d > out.json\n\
              cargo build && dropbox-submit --help\n\
              cargo run --release -p dropbox-submit -- send --team <fingerprint printed> < in.txt\n\
              cargo test -p dropbox-e2e\n```\nreviewer not-in-a-block\n";
    let lines = code_lines(md);
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0].0, 3);
    let all: Vec<Vec<String>> = lines.iter().flat_map(|(_, l)| invocations(l)).collect();
    let h = "ab".repeat(32);
    let want: Vec<Vec<&str>> = vec![
        vec![
            "reviewer",
            "team",
            "renew",
            "--chain",
            "r.json",
            "--page-sha256",
            &h,
        ],
        vec!["reviewer", "sync", "--json"],
        vec!["dropbox-server", "init", "--data", "/d"],
        vec!["dropbox-submit", "--help"],
        vec!["dropbox-submit", "send", "--team", "PLACEHOLDER"],
    ];
    assert_eq!(all, want);
    assert!(parses(&all[0]).is_ok());
    let renamed: Vec<String> = ["reviewer", "team", "renew", "--chain-file", "r.json"]
        .map(String::from)
        .to_vec();
    assert!(parses(&renamed).is_err(), "a renamed flag fails");
}

/// docs/REVIEWING.md: "Every command that prints has `--json`; every
/// command has `--help` with examples." (The examples are parsed by
/// reviewer-cli's own `every_example_in_the_help_parses`.)
#[test]
fn every_reviewer_command_has_json_and_examples() {
    use clap::CommandFactory;
    // Output for another program, not for a person or a script reading
    // results: a shell's completion script, a man page.
    const NOT_RESULTS: [&str; 2] = ["completions", "man"];
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for sub in cmd.get_subcommands() {
            let path = format!("{path} {}", sub.get_name());
            // Hidden ones (`reviewer agent`, the agent process) are not
            // for people or scripts.
            if NOT_RESULTS.contains(&sub.get_name()) || sub.is_hide_set() {
                continue;
            }
            let examples = sub
                .get_after_help()
                .is_some_and(|h| h.to_string().contains("Examples:"));
            if !examples {
                missing.push(format!("`{path}` has no examples"));
            }
            if sub.has_subcommands() {
                walk(sub, &path, missing);
            } else if !sub.get_arguments().any(|a| a.get_long() == Some("json")) {
                missing.push(format!("`{path}` has no --json"));
            }
        }
    }
    let mut missing = Vec::new();
    walk(
        &dropbox_reviewer::cli::Cli::command(),
        "reviewer",
        &mut missing,
    );
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// PROTOCOL.md's error table gives, for a tus request without
/// `Tus-Resumable: 1.0.0`, the status the real server answers (it once said
/// 400 where the server answers 412, as tus 1.0 asks).
#[test]
fn the_protocols_error_table_gives_the_tus_version_status_the_server_answers() {
    use dropbox_crypto::roster::Policy;
    use dropbox_e2e::{Server, TempDir, first_roster, http, init_data, team};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let protocol = std::fs::read_to_string(root.join("docs/PROTOCOL.md")).unwrap();
    let rows: Vec<&str> = protocol
        .lines()
        .filter(|l| l.contains("| `tus-version` |"))
        .collect();
    assert_eq!(rows.len(), 1, "one table row for tus-version: {rows:?}");
    let documented: u16 = rows[0]
        .trim_start_matches('|')
        .split('|')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let dir = TempDir::new("docs-tus");
    let t = team();
    let (data, _) = init_data(&dir, &first_roster(&t, Policy::default()), &t);
    let srv = Server::start(&data, &[]);
    let r = http(
        srv.addr,
        "POST",
        "/v1/uploads",
        &[("Upload-Length", "100")],
        b"",
    );
    assert_eq!(r.json()["error"], "tus-version");
    assert_eq!(r.status, documented, "PROTOCOL.md's row: {}", rows[0]);
    let prose = format!("(else {documented} `tus-version`)");
    assert!(protocol.contains(&prose), "the tus section says {prose}");
}
