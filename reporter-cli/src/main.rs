//! `dropbox-submit`: parse arguments, run the command, report errors as one
//! line. Exit codes: 0 ok, 1 error, 2 usage, 3 the roster did not verify.

use std::process::ExitCode;

use clap::Parser;
use dropbox_submit::cli::{Cli, Command};
use dropbox_submit::client::UntrustedRoster;
use dropbox_submit::commands;
use dropbox_term::errln;

fn main() -> ExitCode {
    // `dropbox-submit --server … --title …` means `send`.
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(first) = args.get(1).and_then(|a| a.to_str())
        && first.starts_with("--")
        && !matches!(first, "--help" | "-h" | "--version" | "-V")
    {
        args.insert(1, "send".into());
    }
    let cli = Cli::parse_from(args);
    let result = match &cli.command {
        Command::Verify(t) => commands::verify::run(t),
        Command::Send(a) => commands::send::run(a),
        Command::Replies(a) => commands::replies::run(a),
        Command::Followup(a) => commands::followup::run(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("dropbox-submit: {e:#}");
            if e.downcast_ref::<UntrustedRoster>().is_some() {
                ExitCode::from(3)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}
