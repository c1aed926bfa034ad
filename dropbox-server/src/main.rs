//! `dropbox-server`: parse arguments, call the library, report errors as
//! one line. Exit statuses (docs/CLI.md, `dropbox_term::Exit`): 0 ok, 1
//! error, 2 usage, 3 the roster does not verify (`init`), 4 `check` found
//! damage; never dependent on `--json`.

use std::process::ExitCode;

use dropbox_server::cli::{Cli, Command, TeamCommand};
use dropbox_server::commands::{self, UntrustedRoster};
use dropbox_server::output::{InitView, PageHashView};
use dropbox_term::{Exit, errln, outln};

fn main() -> ExitCode {
    let cli: Cli = dropbox_term::parse();
    // Errors and warnings only by default: no per-request lines, ever.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DROPBOX_LOG")
                .unwrap_or_else(|_| "warn,dropbox_server=info".into()),
        )
        .without_time()
        .with_target(false)
        // Colour codes only for a person at a terminal, never in a file or
        // the journal.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        // A line that cannot be written (the log's disk is full) is lost,
        // not reported with eprintln!, which panics the thread that logged
        // it: that killed the group-commit thread on a full disk.
        .log_internal_errors(false)
        .init();
    dropbox_term::finish(match run(cli) {
        Ok(exit) => exit,
        Err(e) => {
            errln!("dropbox-server: {e:#}");
            if e.downcast_ref::<UntrustedRoster>().is_some() {
                Exit::RosterAlert
            } else {
                Exit::Error
            }
        }
    })
}

fn run(cli: Cli) -> anyhow::Result<Exit> {
    match cli.command {
        Command::Init {
            data,
            roster,
            metadata,
            blobs,
            json,
        } => {
            let now = dropbox_crypto::time::UnixTime::now();
            let metadata = metadata
                .map(|m| commands::metadata_url(&m, "--metadata or DROPBOX_METADATA"))
                .transpose()?;
            let blobs = blobs
                .map(|b| commands::blobs_location(&b, "--blobs or DROPBOX_BLOBS"))
                .transpose()?;
            let fp = commands::init_with(&data, &roster, metadata.as_ref(), blobs.as_ref(), now)?;
            if json {
                dropbox_term::print_json(&InitView {
                    fingerprint: fp.to_string(),
                    data: data.display().to_string(),
                })?;
            } else {
                outln!("Created the drop box in {}.", data.display());
                outln!("Team fingerprint: {fp}");
                outln!(
                    "Publish it on the team's own website; reporters' links carry it as /#team={fp}"
                );
            }
            Ok(Exit::Ok)
        }
        Command::PageHash { json } => {
            let h = commands::page_hash();
            if json {
                dropbox_term::print_json(&PageHashView {
                    page_sha256: h.to_string(),
                })?;
            } else {
                outln!("{h}");
            }
            Ok(Exit::Ok)
        }
        Command::Check { data, blobs, json } => {
            let blobs = blobs
                .map(|b| commands::blobs_location(&b, "--blobs or DROPBOX_BLOBS"))
                .transpose()?;
            let report = commands::check_with(&data, blobs.as_ref())?;
            if json {
                dropbox_term::print_json(&report)?;
            } else {
                for d in &report.damaged {
                    outln!("damaged: {}: {}", d.what, d.problem);
                }
                if report.damaged.is_empty() {
                    outln!(
                        "checked the database and {} reports: all intact",
                        report.reports_checked
                    );
                } else {
                    outln!(
                        "checked the database and {} reports: {} damaged (listed above); restore them from a backup",
                        report.reports_checked,
                        report.damaged.len()
                    );
                }
            }
            // Damage is named item by item: the check itself ran.
            Ok(if report.damaged.is_empty() {
                Exit::Ok
            } else {
                Exit::Partial
            })
        }
        Command::Serve(args) => {
            let json = args.json;
            let settings = commands::settings(&args)?;
            runtime()?.block_on(commands::serve(settings, json))?;
            Ok(Exit::Ok)
        }
        Command::Team(t) => team(t),
        Command::Migrate { from, to, json } => {
            use dropbox_server::migrate::{self, Targets};
            let targets = Targets::parse(&to)?;
            let view = migrate::migrate(&from, &targets, &mut migrate_progress)?;
            if json {
                dropbox_term::print_json(&view)?;
            } else {
                outln!(
                    "Moved {} reports ({} bytes), {} events and {} replies: metadata in PostgreSQL, reports' ciphertexts {}.",
                    view.reports,
                    view.bytes,
                    view.events,
                    view.replies,
                    if view.ciphertexts == "s3" {
                        "in the bucket"
                    } else {
                        "still in the data directory"
                    }
                );
                if view.open_uploads_not_migrated > 0 {
                    outln!(
                        "{} resumable uploads in progress were not moved: their reporters' clients start them again.",
                        view.open_uploads_not_migrated
                    );
                }
                if view.ciphertexts == "s3" {
                    outln!(
                        "Serve it with --metadata and --blobs naming the targets, each replica with a data directory of its own; do not serve {} again.",
                        from.display()
                    );
                } else {
                    outln!(
                        "Serve it with --data {} --metadata naming the database: its dropbox.sqlite3 is no longer used, and serving without --metadata would serve the old copy.",
                        from.display()
                    );
                }
            }
            Ok(Exit::Ok)
        }
        Command::Demo { data, listen, json } => {
            runtime()?.block_on(dropbox_server::demo::demo(&data, listen, json))?;
            Ok(Exit::Ok)
        }
        Command::Completions(a) => {
            dropbox_term::print_completions::<Cli>(a.shell);
            Ok(Exit::Ok)
        }
        Command::Man(a) => {
            dropbox_term::man_command::<Cli>(&a)?;
            Ok(Exit::Ok)
        }
    }
}

/// A line on standard error for each step of a move (the same with
/// `--json`, whose object goes to standard output at the end).
fn migrate_progress(p: dropbox_server::migrate::Progress<'_>) {
    use dropbox_server::migrate::Progress;
    match p {
        Progress::Report(n, total, id) => {
            errln!("report {n}/{total} checked against its receipt: {id}");
        }
        Progress::Committed => errln!("rows committed to PostgreSQL"),
    }
}

/// The registry a team command names with --metadata and --blobs, if any.
fn registry_of(
    r: &dropbox_server::cli::RegistryArgs,
) -> anyhow::Result<Option<dropbox_server::hosting::RegistrySource>> {
    let (Some(url), Some(blobs)) = (&r.metadata, &r.blobs) else {
        return Ok(None);
    };
    let url = dropbox_server::commands::metadata_url(url, "--metadata or DROPBOX_METADATA")?;
    let blobs = dropbox_server::commands::blobs_location(blobs, "--blobs or DROPBOX_BLOBS")?;
    Ok(Some(dropbox_server::hosting::RegistrySource::open(
        &url, &blobs,
    )?))
}

fn team(t: TeamCommand) -> anyhow::Result<Exit> {
    use dropbox_server::hosting::{self, Address, TeamFile, TeamName};
    match t {
        TeamCommand::Add {
            hosting: dir,
            registry,
            name,
            roster,
            from,
            hosts,
            storage_mib,
            submissions_per_day,
            open_uploads,
            pow_bits,
            json,
        } => {
            let name: TeamName = name.parse()?;
            let hosts = hosts
                .iter()
                .map(|h| h.parse::<Address>())
                .collect::<Result<Vec<_>, _>>()?;
            // A hosted team moved to a registry keeps its team.json's
            // settings where no flag is given.
            let mut file = match &from {
                Some(f) if f.join(hosting::TEAM_FILE).exists() => hosting::read_team_file(f)?,
                _ => TeamFile::default(),
            };
            if file.notify_command.take().is_some() {
                errln!(
                    "note: the team's digest command is not moved: on replicas, their own --notify-command serves every team (docs/OPERATIONS.md)"
                );
            }
            if !hosts.is_empty() {
                file.hosts = hosts;
            }
            if file.hosts.is_empty() {
                anyhow::bail!(
                    "give the team's addresses with --host (a host name, or host/prefix)"
                );
            }
            file.storage_mib = storage_mib.or(file.storage_mib);
            file.submissions_per_day = submissions_per_day.or(file.submissions_per_day);
            file.open_uploads = open_uploads.or(file.open_uploads);
            file.pow_bits = pow_bits.or(file.pow_bits);
            let now = dropbox_crypto::time::UnixTime::now();
            let mut moved = None;
            let added = match (registry_of(&registry)?, dir, &roster, &from) {
                (Some(source), _, _, Some(from)) => {
                    let (fingerprint, view) = hosting::add_registered_from(
                        &source,
                        &name,
                        from,
                        &file,
                        &mut migrate_progress,
                    )?;
                    moved = Some(view);
                    hosting::Added {
                        fingerprint,
                        unchecked: Vec::new(),
                    }
                }
                (Some(source), dir, Some(roster), None) => {
                    let scratch = dir.unwrap_or_else(std::env::temp_dir);
                    hosting::add_registered(&source, &scratch, &name, roster, &file, now)?
                }
                (None, Some(dir), Some(roster), None) => {
                    hosting::add(&dir, &name, roster, &file, now)?
                }
                (None, None, _, _) => {
                    anyhow::bail!("pass --hosting DIR, or --metadata and --blobs")
                }
                _ => anyhow::bail!("pass --roster, or --from with --metadata and --blobs"),
            };
            let fp = added.fingerprint;
            for (other, why) in &added.unchecked {
                errln!(
                    "warning: team {other}'s host names were not compared with the new team's: {why}"
                );
            }
            if json {
                dropbox_term::print_json(&serde_json::json!({
                    "name": name.to_string(),
                    "fingerprint": fp.to_string(),
                    "hosts": file.hosts.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    "moved": moved,
                }))?;
            } else {
                outln!("Added team {name} (fingerprint {fp}).");
                for h in &file.hosts {
                    outln!("  reachable at https://{}{}#team={fp}", h.host, h.path());
                }
                if let (Some(view), Some(from)) = (&moved, &from) {
                    outln!(
                        "Moved {} reports ({} bytes, each checked against its receipt), {} events and {} replies from {}; {} resumable uploads in progress were not moved. Do not serve {} again (for a hosted team: `dropbox-server team remove` it from its hosting directory once the replicas serve it).",
                        view.reports,
                        view.bytes,
                        view.events,
                        view.replies,
                        from.display(),
                        view.open_uploads_not_migrated,
                        from.display()
                    );
                }
            }
            Ok(Exit::Ok)
        }
        TeamCommand::List {
            hosting: dir,
            registry,
            json,
        } => {
            let teams = match (registry_of(&registry)?, &dir) {
                (Some(source), _) => hosting::list_registered(&source)?,
                (None, Some(dir)) => hosting::list(dir)?,
                (None, None) => anyhow::bail!("pass --hosting DIR, or --metadata and --blobs"),
            };
            if json {
                dropbox_term::print_json(&teams)?;
            } else if teams.is_empty() {
                outln!("no team is hosted here");
            } else {
                for t in &teams {
                    if let Some(why) = &t.problem {
                        outln!("{}  cannot be served: {why}", t.name);
                        continue;
                    }
                    let quota = t
                        .storage_mib
                        .map_or(String::new(), |m| format!(", quota {m} MiB"));
                    let daily = t
                        .submissions_per_day
                        .map_or(String::new(), |n| format!(", {n} reports a day"));
                    outln!(
                        "{}  {}  {}  {} reports, {} bytes{quota}{daily}",
                        t.name,
                        t.hosts.join(","),
                        t.fingerprint,
                        t.reports,
                        t.bytes
                    );
                }
            }
            Ok(Exit::Ok)
        }
        TeamCommand::Remove {
            hosting: dir,
            registry,
            name,
            yes,
            json,
        } => {
            let name: TeamName = name.parse()?;
            if !yes {
                anyhow::bail!(
                    "removing team {name} deletes its reports for good: run again with --yes"
                );
            }
            match (registry_of(&registry)?, dir) {
                (Some(source), _) => hosting::remove_registered(&source, &name)?,
                (None, Some(dir)) => hosting::remove(&dir, &name)?,
                (None, None) => anyhow::bail!("pass --hosting DIR, or --metadata and --blobs"),
            }
            if json {
                dropbox_term::print_json(&serde_json::json!({ "removed": name.to_string() }))?;
            } else {
                outln!("Removed team {name}: it is no longer served and its data is deleted.");
            }
            Ok(Exit::Ok)
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}
