//! `dropbox-submit`: parse arguments, run the command, report errors as one
//! line. Exit statuses (docs/CLI.md, `dropbox_term::Exit`): 0 ok, 1 error,
//! 2 usage, 3 the roster did not verify; never dependent on `--json`.

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use dropbox_submit::cli::{Cli, Command};
use dropbox_submit::client::UntrustedRoster;
use dropbox_submit::commands;
use dropbox_submit::consent::ConsentNeeded;
use dropbox_submit::l10n;
use dropbox_term::{Exit, errln};

fn main() -> ExitCode {
    // What this program writes (kept copies, attachments opened in the
    // clear, an exported conversation, its state) is the reporter's alone.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    // `dropbox-submit --server … --title …` means `send`.
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language is needed before parsing, for --help and clap's errors
    // (an unknown --lang is then refused by clap, in English).
    let flag = l10n::flag_in(&args);
    let lang = flag.as_deref().and_then(|f| l10n::parse_lang(f).ok());
    l10n::set(l10n::choose(lang.as_deref(), |k| std::env::var_os(k)));
    // `--lang X` may come before the subcommand; what follows it decides.
    let at = match args.get(1).and_then(|a| a.to_str()) {
        Some("--lang") => 3,
        Some(a) if a.starts_with("--lang=") => 2,
        _ => 1,
    };
    if let Some(first) = args.get(at).and_then(|a| a.to_str())
        && first.starts_with("--")
        && !matches!(first, "--help" | "-h" | "--version" | "-V")
    {
        args.insert(at, "send".into());
    }
    // As dropbox_term::parse_from, with the translated command.
    let mut cmd = dropbox_term::with_contract(translated_help());
    let matches = cmd
        .try_get_matches_from_mut(args)
        .unwrap_or_else(|e| e.exit());
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit());
    let result = match &cli.command {
        Command::Verify(t) => commands::verify::run(t),
        Command::Send(a) => commands::send::run(a),
        Command::Replies(a) => commands::replies::run(a),
        Command::Followup(a) => commands::followup::run(a),
        Command::Withdraw(a) => commands::withdraw::run(a),
        Command::Open(a) => commands::open::run(a),
        Command::Completions(a) => {
            dropbox_term::print_completions::<Cli>(a.shell);
            Ok(())
        }
        Command::Man(a) => dropbox_term::man_command::<Cli>(a).map_err(anyhow::Error::from),
    };
    dropbox_term::finish(match result {
        Ok(()) => Exit::Ok,
        Err(e) => {
            errln!("dropbox-submit: {e:#}");
            if e.downcast_ref::<UntrustedRoster>().is_some() {
                Exit::RosterAlert
            } else if e.downcast_ref::<ConsentNeeded>().is_some() {
                Exit::Usage
            } else {
                Exit::Error
            }
        }
    })
}

/// The command with --help's opening text in the chosen language (the
/// flags' own help stays English: clap takes it from the doc comments).
fn translated_help() -> clap::Command {
    let about = l10n::say("help-about", &[]);
    let long = format!("{about}\n\n{}", l10n::say("help-words", &[]));
    Cli::command().about(about).long_about(long)
}
