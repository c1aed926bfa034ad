//! Command-line arguments (clap derive only).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// dropbox-server: the ciphertext-only drop box. It stores encrypted
/// reports and never sees plaintext, keys or client addresses.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None, after_help = "\
Examples:
  dropbox-server demo
  dropbox-server init --data /var/lib/dropbox --roster roster.json
  dropbox-server serve --data /var/lib/dropbox --listen 127.0.0.1:8080
  dropbox-server check --data /var/lib/dropbox
  dropbox-server page-hash")]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a data directory from a signed roster and print the team
    /// fingerprint.
    #[command(
        after_help = "The roster file is a DSSE envelope, or a JSON array of envelopes (the chain from #1).\n\nExample:\n  dropbox-server init --data /var/lib/dropbox --roster roster.json --json"
    )]
    Init {
        /// The data directory to create.
        #[arg(long, env = "DROPBOX_DATA")]
        data: PathBuf,
        /// The signed roster (or chain) from the team's admins.
        #[arg(long)]
        roster: PathBuf,
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Serve a data directory.
    #[command(
        after_help = "Settings come from flags, then DROPBOX_* environment variables, then DATA/config.json.\n\nExample:\n  dropbox-server serve --data /var/lib/dropbox --listen 127.0.0.1:8080 --reviewer-listen 127.0.0.1:8081"
    )]
    Serve(ServeArgs),
    /// Verify every stored report against its receipt (size and sha256) and
    /// the database's integrity; print one line per damaged thing.
    #[command(
        after_help = "Exit status: 0 when everything is intact, 3 when something is damaged (each named on its own line), 1 when the check could not run.\nSafe to run while `serve` runs.\n\nExample:\n  dropbox-server check --data /var/lib/dropbox"
    )]
    Check {
        /// The data directory (made by `init`).
        #[arg(long, env = "DROPBOX_DATA")]
        data: PathBuf,
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print the sha256 of the embedded page (for the roster's page_sha256).
    PageHash {
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Start a throw-away demo drop box with a demo team on localhost.
    #[command(
        after_help = "Example:\n  dropbox-server demo --data ./dropbox-demo --listen 127.0.0.1:8080"
    )]
    Demo {
        /// Where the demo's data and the demo team's keys go (recreated).
        #[arg(long, default_value = "dropbox-demo")]
        data: PathBuf,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
    },
}

/// `serve` flags.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The data directory (made by `init`).
    #[arg(long, env = "DROPBOX_DATA")]
    pub data: PathBuf,
    /// Address for the page and public API.
    #[arg(long, env = "DROPBOX_LISTEN")]
    pub listen: Option<SocketAddr>,
    /// Optional separate address for the reviewer API.
    #[arg(long, env = "DROPBOX_REVIEWER_LISTEN")]
    pub reviewer_listen: Option<SocketAddr>,
    /// Requests served at once.
    #[arg(long, env = "DROPBOX_MAX_CONCURRENCY")]
    pub max_concurrency: Option<usize>,
    /// Seconds allowed for request headers.
    #[arg(long, env = "DROPBOX_HEADER_TIMEOUT")]
    pub header_timeout: Option<u64>,
    /// Seconds allowed between two chunks of a body.
    #[arg(long, env = "DROPBOX_BODY_TIMEOUT")]
    pub body_timeout: Option<u64>,
    /// Free disk space (MiB) always kept in reserve.
    #[arg(long, env = "DROPBOX_RESERVE_MIB")]
    pub reserve_mib: Option<u64>,
    /// Daily digest: a shell command that receives a fixed JSON message on
    /// stdin when reports wait (e.g. "curl -sS --data-binary @- https://hooks.example/x").
    #[arg(long, env = "DROPBOX_NOTIFY_COMMAND")]
    pub notify_command: Option<String>,
    /// Hour of the day (UTC, 0-23) the digest goes out.
    #[arg(long, env = "DROPBOX_NOTIFY_HOUR", value_parser = clap::value_parser!(u8).range(0..24))]
    pub notify_hour: Option<u8>,
    /// Send the digest every day, whether or not reports wait.
    #[arg(long, env = "DROPBOX_NOTIFY_DAILY")]
    pub notify_daily: bool,
    /// Serve the no-JavaScript form at /nojs. Off by default: the server
    /// sees such a report before it encrypts it, and the form says so.
    #[arg(long, env = "DROPBOX_NOJS_FORM")]
    pub nojs_form: bool,
    /// Require a proof-of-work upload token with this many leading zero bits
    /// (0 or absent: off). Limits key on the token, never on the address.
    #[arg(long, env = "DROPBOX_POW_BITS", value_parser = clap::value_parser!(u8).range(0..=32))]
    pub pow_bits: Option<u8>,
}
