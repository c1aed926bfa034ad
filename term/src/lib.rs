//! What the command-line programs (`dropbox-submit`, `dropbox-server`,
//! `reviewer`) share about talking to a terminal and to scripts: the
//! escaping print macros, the exit statuses, and closed pipes. The contract
//! itself is written down in docs/CLI.md.
//!
//! Everything a program prints for a person goes through [`outln!`],
//! [`out!`] and [`errln!`]: they escape control characters, bidi controls
//! and the other characters `dropbox_crypto::text::escape_text` names
//! (newlines and tabs stay), so text a reporter, a member or a server wrote
//! can never drive the terminal (THREAT_MODEL.md "Terminal escapes").
//! Machine output goes through [`jsonln!`] or [`print_json`] unchanged:
//! serde_json already escapes every control character in it. The programs'
//! `clippy.toml` forbids the std print macros, so nothing bypasses this.
//!
//! One-line fields (a title, a name, a file name) are also wrapped in
//! `dropbox_crypto::text::Line` where they are formatted, so a newline in
//! them cannot start a line that looks like the program's own.
//!
//! A closed standard output (`dropbox-submit verify … | head -1`) is not an
//! error: later output is dropped and the command finishes its work, so its
//! exit status says what it did rather than that nobody read the end. A
//! half-done submission or sync must not be cut short because a reader went
//! away, nor reported as done when it was not.
//!
//! [`l10n`] is the Fluent loader of the programs that speak the
//! reporters' languages (`dropbox-submit`, the server's no-JavaScript form).

pub mod l10n;

use std::ffi::OsString;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

/// Standard output can no longer be written (closed or failed): later
/// output is dropped instead of failing each time.
static STDOUT_GONE: AtomicBool = AtomicBool::new(false);
/// Writing standard output failed for a reason other than a closed pipe (a
/// full disk behind `> file`): the command's output is incomplete, so it
/// cannot exit 0.
static STDOUT_FAILED: AtomicBool = AtomicBool::new(false);

/// An exit status of the programs (docs/CLI.md). It never depends on
/// `--json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Exit {
    /// 0: done.
    Ok = 0,
    /// 1: not done; the message on standard error says why.
    Error = 1,
    /// 2: the command line was wrong (clap's own status for usage errors).
    Usage = 2,
    /// 3: the team's roster did not verify, or raised an alert: nothing
    /// from it was trusted.
    RosterAlert = 3,
    /// 4: partly done: some items failed, each named on standard error (and
    /// in the `--json` output).
    Partial = 4,
}

impl Exit {
    /// Every status, in order.
    pub const ALL: [Exit; 5] = [
        Exit::Ok,
        Exit::Error,
        Exit::Usage,
        Exit::RosterAlert,
        Exit::Partial,
    ];

    /// The number the process exits with.
    pub const fn code(self) -> u8 {
        self as u8
    }
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e.code())
    }
}

/// The exit statuses as every command's `--help` ends with them (appended
/// by [`with_contract`]).
pub const EXIT_CODES_HELP: &str = "\
Exit status (the same with or without --json):
  0  done
  1  error: not done; the message on standard error says why
  2  usage error: unknown command, flag or value
  3  the team's roster did not verify or raised an alert: nothing was trusted
  4  partly done: some items failed, each one named
A closed standard output (`| head`) is not an error. See docs/CLI.md.";

/// Appends [`EXIT_CODES_HELP`] to the help of `cmd` and of every
/// subcommand below it, after the command's own text (its examples).
pub fn with_contract(cmd: clap::Command) -> clap::Command {
    let after = match cmd.get_after_help() {
        Some(text) => format!("{text}\n\n{EXIT_CODES_HELP}"),
        None => EXIT_CODES_HELP.to_owned(),
    };
    let after_long = cmd
        .get_after_long_help()
        .map(|text| format!("{text}\n\n{EXIT_CODES_HELP}"));
    let mut cmd = cmd.after_help(after);
    if let Some(long) = after_long {
        cmd = cmd.after_long_help(long);
    }
    cmd.mut_subcommands(with_contract)
}

/// Parses the process's arguments into `P` under the contract: see
/// [`parse_from`].
pub fn parse<P: clap::Parser>() -> P {
    parse_from(std::env::args_os())
}

/// Parses `args` into `P` with [`with_contract`] applied to its help. Help
/// and version go to standard output and exit 0 (quietly if it is closed);
/// a usage error goes to standard error and exits 2 ([`Exit::Usage`]).
pub fn parse_from<P, I, T>(args: I) -> P
where
    P: clap::Parser,
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut cmd = with_contract(P::command());
    // clap's `Error::exit` already ignores a closed pipe and uses 2 for
    // usage errors, 0 for help and version.
    let matches = cmd
        .try_get_matches_from_mut(args)
        .unwrap_or_else(|e| e.exit());
    P::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit())
}

/// The process's exit status for `exit`, made [`Exit::Error`] when the
/// output could not be written (it was reported on standard error then).
pub fn finish(exit: Exit) -> ExitCode {
    if exit == Exit::Ok && STDOUT_FAILED.load(Ordering::Relaxed) {
        return Exit::Error.into();
    }
    exit.into()
}

fn write_stdout(text: &str) {
    if STDOUT_GONE.load(Ordering::Relaxed) {
        return;
    }
    let mut w = io::stdout().lock();
    if let Err(e) = w.write_all(text.as_bytes()).and_then(|()| w.flush()) {
        STDOUT_GONE.store(true, Ordering::Relaxed);
        // A reader that went away (`| head`) is not an error.
        if e.kind() != io::ErrorKind::BrokenPipe {
            STDOUT_FAILED.store(true, Ordering::Relaxed);
            write_stderr(&format!("error: cannot write the output: {e}\n"));
        }
    }
}

fn write_stderr(text: &str) {
    let mut w = io::stderr().lock();
    // Nowhere is left to report a failure to write the error stream itself.
    let _ = w.write_all(text.as_bytes()).and_then(|()| w.flush());
}

/// Writes `args` to standard output, escaped for a terminal (use
/// [`outln!`] and [`out!`]).
pub fn out(args: fmt::Arguments<'_>) {
    write_stdout(&dropbox_crypto::text::escape_text(&args.to_string()));
}

/// Writes `args` to standard error, escaped for a terminal (use
/// [`errln!`]).
pub fn err(args: fmt::Arguments<'_>) {
    write_stderr(&dropbox_crypto::text::escape_text(&args.to_string()));
}

/// Writes JSON (already escaped by serde_json) and a newline to standard
/// output (use [`jsonln!`] or [`print_json`]).
pub fn json(args: fmt::Arguments<'_>) {
    write_stdout(&format!("{args}\n"));
}

/// Writes `value` as one line of JSON to standard output: what `--json`
/// prints. `value` is a view (a documented output struct), never a struct
/// as it is stored. The text is wiped after writing: a view may carry a
/// secret the person asked to see (`send --json` shows the codename).
pub fn print_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<()> {
    let mut text = zeroize::Zeroizing::new(serde_json::to_vec(value)?);
    text.push(b'\n');
    // serde_json writes valid UTF-8.
    write_stdout(std::str::from_utf8(&text).unwrap_or_default());
    Ok(())
}

/// The shells `completions SHELL` writes a script for (bash, elvish,
/// fish, powershell, zsh).
pub use clap_complete::Shell;

/// The arguments of every program's `completions` command.
#[derive(Debug, Clone, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The arguments of every program's `man` command.
#[derive(Debug, Clone, clap::Args)]
pub struct ManArgs {
    /// The directory to write the pages into (created if absent).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Print {"dir", "pages"} as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs a program's `man --out DIR [--json]`: writes the pages
/// ([`write_man_pages`]) and says where, as text or as `{"dir", "pages"}`.
pub fn man_command<P: clap::CommandFactory>(args: &ManArgs) -> io::Result<()> {
    let pages = write_man_pages::<P>(&args.out).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!(
                "cannot write the man pages into {}: {e}",
                args.out.display()
            ),
        )
    })?;
    if args.json {
        print_json(&serde_json::json!({"dir": args.out, "pages": pages}))?;
    } else {
        outln!(
            "Wrote {} into {} (`man -l {}` reads one).",
            count(pages.len() as u64, "man page", "man pages"),
            args.out.display(),
            pages
                .first()
                .map_or(String::new(), |p| p.display().to_string()),
        );
    }
    Ok(())
}

/// Writes the completion script of `P`'s command line for `shell` to
/// standard output (the `completions SHELL` command of every program).
/// The script is the program's own text, generated from its clap
/// definitions, so it is written as it is.
pub fn print_completions<P: clap::CommandFactory>(shell: Shell) {
    let mut cmd = P::command();
    let name = cmd.get_name().to_owned();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, name, &mut script);
    write_stdout(&String::from_utf8_lossy(&script));
}

/// Writes a man page (section 1) for `P`'s command and for each of its
/// subcommands into `dir`, created if absent: `PROGRAM.1`,
/// `PROGRAM-COMMAND.1`, …, with the help texts, examples and exit
/// statuses `--help` shows. Returns the files written, the program's first.
pub fn write_man_pages<P: clap::CommandFactory>(dir: &Path) -> io::Result<Vec<PathBuf>> {
    fn walk(cmd: &clap::Command, dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
        out.push(clap_mangen::Man::new(cmd.clone()).generate_to(dir)?);
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, dir, out)?;
        }
        Ok(())
    }
    std::fs::create_dir_all(dir)?;
    let mut cmd = with_contract(P::command()).disable_help_subcommand(true);
    // Built, so each subcommand knows its full name (`reviewer-team-init`).
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, dir, &mut out)?;
    Ok(out)
}

/// `n` and a noun that agrees with it: "1 follow-up", "0 follow-ups",
/// "2 replies". `plural` is the noun for every count but 1.
pub fn count(n: u64, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// `println!` for people: the text is escaped (see the crate doc).
#[macro_export]
macro_rules! outln {
    () => {
        $crate::out(::std::format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::out(::std::format_args!("{}\n", ::std::format_args!($($arg)*)))
    };
}

/// `print!` for people: the text is escaped (see the crate doc).
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::out(::std::format_args!($($arg)*))
    };
}

/// `eprintln!` for people: the text is escaped (see the crate doc).
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::err(::std::format_args!("{}\n", ::std::format_args!($($arg)*)))
    };
}

/// `println!` for JSON output, which serde_json has escaped already.
#[macro_export]
macro_rules! jsonln {
    ($($arg:tt)*) => {
        $crate::json(::std::format_args!($($arg)*))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(clap::Parser)]
    #[command(name = "prog", after_help = "Examples:\n  prog run")]
    struct Prog {
        #[command(subcommand)]
        cmd: Sub,
    }

    #[derive(clap::Subcommand)]
    enum Sub {
        /// Run it.
        #[command(after_help = "Examples:\n  prog run --fast")]
        Run {
            /// Fast.
            #[arg(long)]
            fast: bool,
        },
        /// A group.
        #[command(subcommand)]
        Team(TeamSub),
    }

    #[derive(clap::Subcommand)]
    enum TeamSub {
        /// Start one.
        Init,
    }

    #[test]
    fn man_pages_cover_every_command_with_its_examples_and_statuses() {
        let dir = std::env::temp_dir().join(format!("term-man-{}", std::process::id()));
        let pages = write_man_pages::<Prog>(&dir).unwrap();
        let names: Vec<String> = pages
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["prog.1", "prog-run.1", "prog-team.1", "prog-team-init.1"]
        );
        let run = std::fs::read_to_string(&pages[1]).unwrap();
        assert!(run.contains("\\-\\-fast"), "{run}");
        assert!(run.contains("prog run"), "{run}");
        assert!(run.contains("usage error"), "the exit statuses: {run}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn counted_nouns_agree_with_their_number() {
        assert_eq!(count(0, "follow-up", "follow-ups"), "0 follow-ups");
        assert_eq!(count(1, "follow-up", "follow-ups"), "1 follow-up");
        assert_eq!(count(2, "reply", "replies"), "2 replies");
    }

    fn cli() -> clap::Command {
        clap::Command::new("prog")
            .after_help("Examples:\n  prog run")
            .subcommand(
                clap::Command::new("run")
                    .after_help("Examples:\n  prog run --fast")
                    .subcommand(clap::Command::new("deep")),
            )
    }

    #[test]
    fn every_command_ends_its_help_with_the_exit_codes_after_its_examples() {
        let mut cmd = with_contract(cli());
        let top = cmd.render_help().to_string();
        assert!(
            top.contains("Examples:\n  prog run\n\nExit status"),
            "{top}"
        );
        let run = cmd.find_subcommand_mut("run").unwrap();
        let help = run.render_help().to_string();
        assert!(help.contains("prog run --fast\n\nExit status"), "{help}");
        let deep = run.find_subcommand_mut("deep").unwrap();
        assert!(deep.render_help().to_string().contains(EXIT_CODES_HELP));
    }

    #[test]
    fn the_help_names_every_exit_status_once() {
        for e in Exit::ALL {
            let line = format!("\n  {}  ", e.code());
            assert_eq!(
                EXIT_CODES_HELP.matches(&line).count(),
                1,
                "status {e:?} in {EXIT_CODES_HELP}"
            );
        }
    }

    #[test]
    fn a_failed_output_turns_success_into_an_error_but_keeps_other_statuses() {
        STDOUT_FAILED.store(true, Ordering::Relaxed);
        let ok = finish(Exit::Ok);
        let partial = finish(Exit::Partial);
        STDOUT_FAILED.store(false, Ordering::Relaxed);
        assert_eq!(ok, ExitCode::from(1));
        assert_eq!(partial, ExitCode::from(4));
        assert_eq!(finish(Exit::Ok), ExitCode::from(0));
    }
}
