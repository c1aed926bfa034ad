//! `dropbox-submit`: parse arguments, run the command, report errors as one
//! line. Exit statuses (docs/CLI.md, `dropbox_term::Exit`): 0 ok, 1 error,
//! 2 usage, 3 the roster did not verify; never dependent on `--json`.

use std::process::ExitCode;

use dropbox_submit::cli::{Cli, Command};
use dropbox_submit::client::UntrustedRoster;
use dropbox_submit::commands;
use dropbox_submit::consent::ConsentNeeded;
use dropbox_term::{Exit, errln};

fn main() -> ExitCode {
    // `dropbox-submit --server … --title …` means `send`.
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(first) = args.get(1).and_then(|a| a.to_str())
        && first.starts_with("--")
        && !matches!(first, "--help" | "-h" | "--version" | "-V")
    {
        args.insert(1, "send".into());
    }
    let cli: Cli = dropbox_term::parse_from(args);
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
