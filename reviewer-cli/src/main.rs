//! `reviewer`: parse arguments, run the command, report errors as one line
//! with a non-zero exit code.

use std::process::ExitCode;

use clap::Parser;
use dropbox_reviewer::cli::{Cli, Command};
use dropbox_reviewer::{commands, home_dir};

fn main() -> ExitCode {
    // Nothing this program writes is for anyone else: keys, state, exports.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let cli = Cli::parse();
    let result = home_dir(cli.home.as_deref()).and_then(|home| match &cli.command {
        Command::Key(k) => commands::key::run(&home, k),
        Command::Team(t) => commands::team::run(&home, t),
        Command::Sync { server, team, json } => {
            commands::sync::sync(&home, server.as_deref(), team.as_deref(), *json)
        }
        Command::Open { file, team, json } => {
            commands::sync::open(&home, file, team.as_deref(), *json)
        }
        Command::List {
            status,
            severity,
            tlp,
            owner,
            json,
        } => {
            let filter = commands::sync::Changes {
                status: status.as_deref(),
                severity: severity.as_deref(),
                tlp: tlp.as_deref(),
                owner: owner.as_deref(),
            };
            commands::sync::list(&home, &filter, *json)
        }
        Command::Set {
            id,
            status,
            severity,
            tlp,
            owner,
            tell_reporter,
        } => {
            let changes = commands::sync::Changes {
                status: status.as_deref(),
                severity: severity.as_deref(),
                tlp: tlp.as_deref(),
                owner: owner.as_deref(),
            };
            commands::sync::set(&home, id, &changes).and_then(|()| match (tell_reporter, status) {
                (true, Some(s)) => commands::sync::reply(
                    &home,
                    id,
                    &format!("The status of your report is now: {s}."),
                ),
                _ => Ok(()),
            })
        }
        Command::Note { id, text } => commands::sync::note(&home, id, text),
        Command::Search { terms, json } => commands::sync::search(&home, terms, *json),
        Command::Reply { id, message, file } => {
            let text = match (message, file) {
                (Some(m), _) => Ok(m.clone()),
                (None, Some(f)) => std::fs::read_to_string(f)
                    .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", f.display())),
                (None, None) => Err(anyhow::anyhow!("pass --message or --file")),
            };
            text.and_then(|t| commands::sync::reply(&home, id, &t))
        }
        Command::Show { id, json } => commands::sync::show(&home, id, *json),
        Command::Fetch { server, out, post } => match (out, post) {
            (Some(out), _) => commands::airgap::fetch_out(&home, server.as_deref(), out),
            (None, Some(post)) => commands::airgap::post(&home, server.as_deref(), post),
            (None, None) => Err(anyhow::anyhow!("pass --out DIR or --post OUT")),
        },
        Command::Import { dir, outbox, json } => {
            commands::airgap::import(&home, dir, outbox, *json)
        }
        Command::Delete { id } => commands::sync::delete(&home, id),
        Command::Attachment { id, n, out } => commands::sync::attachment(&home, id, *n, out),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reviewer: {e:#}");
            ExitCode::FAILURE
        }
    }
}
