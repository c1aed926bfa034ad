//! `dropbox-server`: parse arguments, call the library, report errors as
//! one line and a non-zero exit code.

use std::process::ExitCode;

use clap::Parser;
use dropbox_server::cli::{Cli, Command};
use dropbox_server::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
        .init();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dropbox-server: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `check`'s exit status when it found damage (1 means it could not run).
const DAMAGE_FOUND: u8 = 3;

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Init { data, roster, json } => {
            let fp = commands::init(&data, &roster, dropbox_crypto::time::UnixTime::now())?;
            if json {
                println!("{}", serde_json::json!({"fingerprint": fp.to_string()}));
            } else {
                println!("Created the drop box in {}.", data.display());
                println!("Team fingerprint: {fp}");
                println!(
                    "Publish it on the team's own website; reporters' links carry it as /#team={fp}"
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::PageHash { json } => {
            let h = commands::page_hash();
            if json {
                println!("{}", serde_json::json!({"page_sha256": h.to_string()}));
            } else {
                println!("{h}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { data, json } => {
            let report = commands::check(&data)?;
            if json {
                println!("{}", serde_json::to_string(&report)?);
            } else {
                for d in &report.damaged {
                    println!("damaged: {}: {}", d.what, d.problem);
                }
                if report.damaged.is_empty() {
                    println!(
                        "checked the database and {} reports: all intact",
                        report.reports_checked
                    );
                } else {
                    println!(
                        "checked the database and {} reports: {} damaged (listed above); restore them from a backup",
                        report.reports_checked,
                        report.damaged.len()
                    );
                }
            }
            Ok(if report.damaged.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(DAMAGE_FOUND)
            })
        }
        Command::Serve(args) => {
            let settings = commands::settings(&args)?;
            runtime()?.block_on(commands::serve(settings))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo { data, listen } => {
            runtime()?.block_on(commands::demo(&data, listen))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}
