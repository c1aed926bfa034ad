//! `reviewer`: parse arguments, run the command, report errors as one line
//! with a non-zero exit code.

use std::path::Path;
use std::process::ExitCode;

use dropbox_reviewer::cli::{Cli, Command};
use dropbox_reviewer::commands::annotate::Print;
use dropbox_reviewer::commands::{
    self, annotate, backup, cases, due, purge, reply, report, share, sync,
};
use dropbox_reviewer::errln;
use dropbox_reviewer::error::exit_code;
use dropbox_reviewer::home::home_dir;
use dropbox_reviewer::services::session::{Session, server_url};
use dropbox_reviewer::term::Exit;

fn run(home: &Path, command: &Command) -> anyhow::Result<()> {
    match command {
        Command::Key(k) => commands::key::run(home, k),
        Command::Team(t) => commands::team::run(home, t),
        Command::Sync { server, team, json } => {
            sync::sync(home, server.as_deref(), team.as_deref(), *json)
        }
        Command::Open { file, team, json } => sync::open(home, file, team.as_deref(), *json),
        Command::List {
            status,
            severity,
            tlp,
            owner,
            mine,
            overdue,
            closed,
            all,
            json,
        } => {
            let filter = cases::Filter {
                status: status.as_deref(),
                severity: severity.as_deref(),
                tlp: tlp.as_deref(),
                owner: owner.as_deref(),
                mine: *mine,
                overdue: *overdue,
                closed: *closed,
                all: *all,
            };
            cases::list(home, &filter, *json)
        }
        Command::Set {
            id,
            status,
            severity,
            tlp,
            owner,
            parties,
            organisation,
            shareable,
            tell_reporter,
            json,
        } => {
            let changes = annotate::Changes {
                status: status.as_deref(),
                severity: severity.as_deref(),
                tlp: tlp.as_deref(),
                owner: owner.as_deref(),
                parties,
                organisation: organisation.as_deref(),
                shareable: shareable.as_deref(),
            };
            let done = annotate::set(&mut Session::open(home)?, id, &changes)?;
            done.print(*json)?;
            // Only a status that changed is news to the reporter.
            let told = done.changes.iter().any(|c| c.starts_with("status -> "));
            match (tell_reporter, status) {
                (true, Some(s)) if told => reply::reply(
                    home,
                    id,
                    &format!("The status of your report is now: {s}."),
                    *json,
                ),
                _ => Ok(()),
            }
        }
        Command::Assign { id, member, json } => {
            annotate::assign(&mut Session::open(home)?, id, member)?.print(*json)
        }
        Command::Note { id, text, json } => {
            annotate::note(&mut Session::open(home)?, id, text)?.print(*json)
        }
        Command::Step {
            id,
            step,
            detail,
            json,
        } => annotate::step(&mut Session::open(home)?, id, step, detail)?.print(*json),
        Command::Agree {
            id,
            date,
            reason,
            json,
        } => annotate::agree(&mut Session::open(home)?, id, date, reason)?.print(*json),
        Command::Redact { id, field, json } => {
            annotate::redact(&mut Session::open(home)?, id, field)?.print(*json)
        }
        Command::Close { id, reason, json } => {
            annotate::close(&mut Session::open(home)?, id, reason)?.print(*json)
        }
        Command::Reopen { id, reason, json } => {
            annotate::reopen(&mut Session::open(home)?, id, reason)?.print(*json)
        }
        Command::Hold {
            id,
            reason,
            until,
            json,
        } => annotate::hold(&mut Session::open(home)?, id, reason, until.as_deref())?.print(*json),
        Command::Log { id, json } => annotate::log(&Session::open(home)?, id.as_deref(), *json),
        Command::Purge {
            as_of,
            dry_run,
            trust_clock,
            json,
        } => purge::command(
            &mut Session::open_quiet(home)?,
            as_of.as_deref(),
            *dry_run,
            *trust_clock,
            *json,
        ),
        Command::Due {
            as_of,
            mine,
            online,
            server,
            json,
        } => {
            let online = match (online, server) {
                (true, s) => Some(server_url(home, s.as_deref())?),
                (false, _) => None,
            };
            due::run(
                &Session::open(home)?,
                as_of.as_deref(),
                *mine,
                online.as_deref(),
                *json,
            )
        }
        Command::Stats { year, json, chart } => {
            report::stats(&Session::open(home)?, *year, *json, chart.as_deref())
        }
        Command::Backup { server, out, json } => {
            backup::backup(home, server.as_deref(), out, *json)
        }
        Command::Restore { file, server, json } => {
            backup::restore(home, server.as_deref(), file, *json)
        }
        Command::Share {
            id,
            pgp,
            out,
            fields,
            json,
        } => share::share(
            &mut Session::open(home)?,
            id,
            pgp,
            out,
            fields.as_deref(),
            *json,
        ),
        Command::Alert { id, out, json } => share::alert(&mut Session::open(home)?, id, out, *json),
        Command::ImportPgp { file, json } => {
            share::import_pgp(&mut Session::open(home)?, file, *json)
        }
        Command::Search { terms, json } => cases::search(home, terms, *json),
        Command::Reply {
            id,
            message,
            file,
            json,
        } => {
            let text = match (message, file) {
                (Some(m), _) => m.clone(),
                (None, Some(f)) => std::fs::read_to_string(f)
                    .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", f.display()))?,
                (None, None) => anyhow::bail!("pass --message or --file"),
            };
            reply::reply(home, id, &text, *json)
        }
        Command::Show { id, json } => cases::show(home, id, *json),
        Command::Quarantine { id, json } => cases::quarantine(home, id.as_deref(), *json),
        Command::Fetch {
            server,
            out,
            post,
            json,
        } => match (out, post) {
            (Some(out), _) => commands::airgap::fetch_out(home, server.as_deref(), out, *json),
            (None, Some(post)) => commands::airgap::post(home, server.as_deref(), post, *json),
            (None, None) => anyhow::bail!("pass --out DIR or --post OUT"),
        },
        Command::Import { dir, outbox, json } => commands::airgap::import(home, dir, outbox, *json),
        Command::Ui {
            no_open,
            idle,
            server,
            json,
        } => commands::ui::run(home, server.as_deref(), idle.as_deref(), *no_open, *json),
        Command::Delete { id, json } => cases::delete(home, id, *json),
        // Neither reads the home: they describe the program.
        Command::Completions(a) => {
            dropbox_reviewer::term::print_completions::<Cli>(a.shell);
            Ok(())
        }
        Command::Man(a) => Ok(dropbox_reviewer::term::man_command::<Cli>(a)?),
        Command::Lock { json } => commands::key::lock_agent(home, *json),
        Command::Agent { idle_secs } => {
            dropbox_reviewer::agent::serve(home, std::time::Duration::from_secs(*idle_secs))
        }
        Command::Attachment {
            id,
            n,
            out,
            out_dir,
            force,
            json,
        } => {
            let dest = match (out, out_dir) {
                (Some(f), _) => cases::Dest::File(f),
                (None, Some(d)) => cases::Dest::Dir(d),
                (None, None) => anyhow::bail!("pass --out FILE, --out - or --out-dir DIR"),
            };
            cases::attachment(home, id, *n, dest, *force, *json)
        }
    }
}

fn main() -> ExitCode {
    // Nothing this program writes is for anyone else: keys, state, exports.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    // Help ends with the exit statuses; a usage error exits 2.
    let cli: Cli = dropbox_reviewer::term::parse();
    // Only the binary starts agents, itself: never a test harness linking
    // the library, and never the agent again.
    if !matches!(cli.command, Command::Agent { .. })
        && let Ok(exe) = std::env::current_exe()
    {
        dropbox_reviewer::agent::enable(exe);
    }
    let exit = match home_dir(cli.home.as_deref()).and_then(|home| run(&home, &cli.command)) {
        Ok(()) => Exit::Ok,
        Err(e) => {
            errln!("reviewer: {e:#}");
            // The status never depends on --json (docs/CLI.md).
            exit_code(&e)
        }
    };
    // A closed stdout (`| head`) is not an error; a failed one is.
    dropbox_reviewer::term::finish(exit)
}
