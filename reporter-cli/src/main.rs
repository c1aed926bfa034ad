//! `dropbox-submit`: parse arguments, run the command, report errors as one
//! line. Exit codes: 0 ok, 1 error, 2 usage, 3 the roster did not verify.

use std::process::ExitCode;

use clap::Parser;
use dropbox_submit::cli::{Cli, Command};
use dropbox_submit::client::UntrustedRoster;
use dropbox_submit::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Verify(t) => commands::verify::run(t),
        Command::Send(a) => commands::send::run(a),
        Command::Replies(a) => commands::replies::run(a),
        Command::Followup(a) => commands::followup::run(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dropbox-submit: {e:#}");
            if e.downcast_ref::<UntrustedRoster>().is_some() {
                ExitCode::from(3)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}
