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
  dropbox-server init --data /var/lib/dropbox --roster roster.json --blobs s3://reports
  dropbox-server serve --data /var/lib/dropbox --listen 127.0.0.1:8080
  dropbox-server check --data /var/lib/dropbox --json
  dropbox-server team add --hosting /var/lib/dropbox-host acme --roster acme.json --host drop.acme.example
  dropbox-server serve --hosting /var/lib/dropbox-host --listen 127.0.0.1:8080
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
        after_help = "The roster file is a DSSE envelope, or a JSON array of envelopes (the chain from #1).\n\nExamples:\n  dropbox-server init --data /var/lib/dropbox --roster roster.json\n  dropbox-server init --data /var/lib/dropbox --roster chain.json --json"
    )]
    Init {
        /// The data directory to create.
        #[arg(long, env = "DROPBOX_DATA")]
        data: PathBuf,
        /// The signed roster (or chain) from the team's admins.
        #[arg(long)]
        roster: PathBuf,
        /// Keep the metadata in this PostgreSQL database (postgres://…)
        /// instead of the data directory; `init` creates its tables.
        #[arg(long, env = "DROPBOX_METADATA", hide_env_values = true)]
        metadata: Option<zeroize::Zeroizing<String>>,
        /// Keep reports' ciphertexts in this S3-compatible bucket
        /// (s3://BUCKET or s3://BUCKET/PREFIX) instead of the data
        /// directory; endpoint and credentials from AWS_ENDPOINT_URL,
        /// AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.
        #[arg(long, env = "DROPBOX_BLOBS", hide_env_values = true)]
        blobs: Option<zeroize::Zeroizing<String>>,
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Serve a data directory.
    #[command(
        after_help = "Settings come from flags, then DROPBOX_* environment variables, then DATA/config.json.\n\nExamples:\n  dropbox-server serve --data /var/lib/dropbox --listen 127.0.0.1:8080\n  dropbox-server serve --data /var/lib/dropbox --listen 127.0.0.1:8080 --reviewer-listen 127.0.0.1:8081\n  DROPBOX_DATA=/var/lib/dropbox dropbox-server serve --listen 127.0.0.1:0 --json"
    )]
    Serve(ServeArgs),
    /// Verify every stored report against its receipt (size and sha256) and
    /// the database's integrity; print one line per damaged thing.
    #[command(
        after_help = "Exits 0 when everything is intact, 4 when something is damaged (each named on its own line), 1 when the check could not run.\nSafe to run while `serve` runs.\n\nExamples:\n  dropbox-server check --data /var/lib/dropbox\n  dropbox-server check --data /var/lib/dropbox --json"
    )]
    Check {
        /// The data directory (made by `init`).
        #[arg(long, env = "DROPBOX_DATA")]
        data: PathBuf,
        /// The bucket holding reports' ciphertexts (s3://BUCKET[/PREFIX]),
        /// as given to `init` and `serve`.
        #[arg(long, env = "DROPBOX_BLOBS", hide_env_values = true)]
        blobs: Option<zeroize::Zeroizing<String>>,
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a drop box from its data directory (SQLite, blobs/) to a
    /// PostgreSQL database and, optionally, an S3-compatible bucket,
    /// checking every report against its receipt. The drop box must not be
    /// served meanwhile; its data directory is left as it was.
    #[command(
        after_help = "Stop `serve` first. Rows are committed to PostgreSQL in one transaction once every report is copied and checked: a run that fails or is killed commits nothing and may run again. Open resumable uploads are not moved (their reporters start them again). Then serve with --metadata (and --blobs) naming the targets.\n\nExamples:\n  dropbox-server migrate --from /var/lib/dropbox --to 'postgres://dropbox@%2Frun%2Fpostgresql/team1' s3://dropbox-reports/team1\n  dropbox-server migrate --from /var/lib/dropbox --to 'postgres://dropbox@%2Frun%2Fpostgresql/team1' --json"
    )]
    Migrate {
        /// The data directory of the drop box to move (made by `init`
        /// without --metadata).
        #[arg(long)]
        from: PathBuf,
        /// Where to: a postgres://… database (new or empty; required) and
        /// an s3://BUCKET[/PREFIX] location (optional; without it the
        /// reports stay in the data directory's blobs/). Endpoint and
        /// credentials from the AWS_* environment, as for --blobs.
        #[arg(long, required = true, num_args = 1..=2)]
        to: Vec<zeroize::Zeroizing<String>>,
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Host many teams in one deployment: add, list and remove the teams of
    /// a hosting directory (served with `serve --hosting DIR`).
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  dropbox-server team add --hosting /var/lib/dropbox-host acme --roster acme.json --host drop.acme.example\n  dropbox-server team list --hosting /var/lib/dropbox-host --json\n  dropbox-server team remove --hosting /var/lib/dropbox-host acme --yes"
    )]
    Team(TeamCommand),
    /// Print the sha256 of the embedded page (for the roster's page_sha256).
    #[command(
        after_help = "Examples:\n  dropbox-server page-hash\n  dropbox-server page-hash --json"
    )]
    PageHash {
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Start a throw-away demo drop box on localhost: a demo team (alice
    /// and bob, with reviewer homes), three sample reports, and a tour of
    /// commands to paste. Runs `reviewer` and `dropbox-submit` from this
    /// program's directory.
    #[command(
        after_help = "Examples:\n  dropbox-server demo\n  dropbox-server demo --data ./dropbox-demo --listen 127.0.0.1:8080\n  dropbox-server demo --listen 127.0.0.1:0 --json"
    )]
    Demo {
        /// Where the demo's data and the demo team's keys go (recreated).
        #[arg(long, default_value = "dropbox-demo")]
        data: PathBuf,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Print one JSON object (where it listens, the fingerprint, the
        /// page, the members' homes and passphrase) instead of the tour.
        #[arg(long)]
        json: bool,
    },
    /// Print a completion script for a shell (bash, elvish, fish,
    /// powershell, zsh).
    #[command(
        after_help = "Examples:\n  dropbox-server completions bash > /etc/bash_completion.d/dropbox-server\n  dropbox-server completions zsh > ~/.zfunc/_dropbox-server"
    )]
    Completions(dropbox_term::CompletionsArgs),
    /// Write the man pages (dropbox-server.1, dropbox-server-serve.1, …)
    /// into a directory.
    #[command(
        after_help = "Examples:\n  dropbox-server man --out /usr/local/share/man/man1\n  dropbox-server man --out target/man --json"
    )]
    Man(dropbox_term::ManArgs),
}

/// Where a host of many teams on replicas keeps them: the registry of
/// teams in PostgreSQL and the bucket (each team gets a database and a
/// place in the bucket of its own). Without them, the hosting directory.
#[derive(Debug, Clone, clap::Args)]
pub struct RegistryArgs {
    /// The registry of teams, for a host run as replicas (postgres://…;
    /// its role needs CREATEDB: each team gets a database of its own on
    /// that server) [default: none, teams in the hosting directory].
    #[arg(
        long,
        env = "DROPBOX_METADATA",
        hide_env_values = true,
        requires = "blobs",
        conflicts_with = "hosting"
    )]
    pub metadata: Option<zeroize::Zeroizing<String>>,
    /// The bucket of a host run as replicas (s3://BUCKET[/PREFIX]); each
    /// team's reports go under teams/ID in it [default: none].
    #[arg(
        long,
        env = "DROPBOX_BLOBS",
        hide_env_values = true,
        requires = "metadata",
        conflicts_with = "hosting"
    )]
    pub blobs: Option<zeroize::Zeroizing<String>>,
}

/// `team` subcommands.
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Add a team from its signed roster: it gets its own data directory
    /// under DIR/teams/NAME, answers on its host names, and a running
    /// `serve --hosting DIR` starts serving it within seconds.
    #[command(after_help = "Examples:
  dropbox-server team add --hosting /var/lib/dropbox-host acme --roster acme.json --host drop.acme.example
  dropbox-server team add --hosting /var/lib/dropbox-host ngo --roster ngo.json --host ngo.example --host abcd…xyz.onion --storage-mib 2048 --submissions-per-day 50 --json
  dropbox-server team add --hosting /var/lib/dropbox-host beta --roster beta.json --host drop.helpdesk.example/beta
  dropbox-server team add --metadata 'postgres://dropbox@db.internal/registry' --blobs s3://dropbox-reports acme --roster acme.json --host drop.acme.example
  dropbox-server team add --metadata 'postgres://dropbox@db.internal/registry' --blobs s3://dropbox-reports acme --from /var/lib/dropbox-host/teams/acme")]
    Add {
        /// The hosting directory (created if missing) [required without
        /// --metadata].
        #[arg(long, env = "DROPBOX_HOSTING", required_unless_present = "metadata")]
        hosting: Option<PathBuf>,
        /// The registry and bucket of a host run as replicas.
        #[command(flatten)]
        registry: RegistryArgs,
        /// The team's name on this host (a-z, 0-9, -).
        name: String,
        /// The team's signed roster (or chain).
        #[arg(long, required_unless_present = "from", conflicts_with = "from")]
        roster: Option<PathBuf>,
        /// Move an existing drop box into the registry as this team: a
        /// single drop box's data directory (made by `init`) or a hosted
        /// team's (DIR/teams/NAME, whose team.json gives the settings no
        /// flag gives). Its rows go to the team's database, its reports to
        /// its place in the bucket, each checked against its receipt; stop
        /// the server serving it first, and do not serve it again.
        #[arg(long, requires = "metadata", value_name = "DATA_DIR")]
        from: Option<PathBuf>,
        /// An address the team answers on (repeat for several, e.g. its
        /// onion address): a host name of its own (drop.acme.example), or
        /// a host name and a path prefix on a host shared with other
        /// teams (drop.helpdesk.example/acme, reached at
        /// https://drop.helpdesk.example/acme/). A host carries one team
        /// without a prefix, or teams with prefixes, never both.
        #[arg(
            long = "host",
            value_name = "HOST[/PREFIX]",
            required_unless_present = "from"
        )]
        hosts: Vec<String>,
        /// Storage quota in MiB: reports held and uploads in progress.
        #[arg(long)]
        storage_mib: Option<u64>,
        /// Reports the team may take per day (UTC).
        #[arg(long)]
        submissions_per_day: Option<u32>,
        /// Uploads that may hold data at once.
        #[arg(long)]
        open_uploads: Option<usize>,
        /// Proof-of-work bits for upload tokens (0: off).
        #[arg(long, value_parser = clap::value_parser!(u8).range(0..=32))]
        pow_bits: Option<u8>,
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List the hosted teams: name, host names, fingerprint, reports held
    /// and their size, quotas.
    #[command(after_help = "Examples:
  dropbox-server team list --hosting /var/lib/dropbox-host
  dropbox-server team list --hosting /var/lib/dropbox-host --json
  dropbox-server team list --metadata 'postgres://dropbox@db.internal/registry' --blobs s3://dropbox-reports")]
    List {
        /// The hosting directory [required without --metadata].
        #[arg(long, env = "DROPBOX_HOSTING", required_unless_present = "metadata")]
        hosting: Option<PathBuf>,
        /// The registry and bucket of a host run as replicas.
        #[command(flatten)]
        registry: RegistryArgs,
        /// Print a JSON array instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Remove a team for good: it is no longer served and its reports,
    /// roster and database are deleted.
    #[command(
        after_help = "Backups of the hosting directory still hold the team until they expire (docs/OPERATIONS.md).

Examples:
  dropbox-server team remove --hosting /var/lib/dropbox-host acme --yes
  dropbox-server team remove --metadata 'postgres://dropbox@db.internal/registry' --blobs s3://dropbox-reports acme --yes"
    )]
    Remove {
        /// The hosting directory [required without --metadata].
        #[arg(long, env = "DROPBOX_HOSTING", required_unless_present = "metadata")]
        hosting: Option<PathBuf>,
        /// The registry and bucket of a host run as replicas.
        #[command(flatten)]
        registry: RegistryArgs,
        /// The team's name.
        name: String,
        /// Confirm: the team's data is deleted and cannot be recovered.
        #[arg(long)]
        yes: bool,
        /// Print a JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// `serve` flags. Each help text names the default (checked against
/// `Config::new` by the test below).
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The data directory (made by `init`) [default: none; this or
    /// --hosting is required].
    #[arg(
        long,
        env = "DROPBOX_DATA",
        required_unless_present = "hosting",
        conflicts_with = "hosting"
    )]
    pub data: Option<PathBuf>,
    /// A hosting directory of many teams (made by `team add`), each served
    /// on its own host names [default: none].
    #[arg(long, env = "DROPBOX_HOSTING")]
    pub hosting: Option<PathBuf>,
    /// Address for the page and public API [default: none, required].
    #[arg(long, env = "DROPBOX_LISTEN")]
    pub listen: Option<SocketAddr>,
    /// Optional separate address for the reviewer API [default: none, the
    /// reviewer API is served on --listen].
    #[arg(long, env = "DROPBOX_REVIEWER_LISTEN")]
    pub reviewer_listen: Option<SocketAddr>,
    /// Requests served at once; a request takes a slot once its headers
    /// have arrived [default: 64].
    #[arg(long, env = "DROPBOX_MAX_CONCURRENCY")]
    pub max_concurrency: Option<usize>,
    /// Connections open at once, those still sending headers included
    /// [default: 512].
    #[arg(long, env = "DROPBOX_MAX_CONNECTIONS")]
    pub max_connections: Option<usize>,
    /// Seconds allowed for request headers [default: 10].
    #[arg(long, env = "DROPBOX_HEADER_TIMEOUT")]
    pub header_timeout: Option<u64>,
    /// Seconds allowed between two chunks of a body [default: 30].
    #[arg(long, env = "DROPBOX_BODY_TIMEOUT")]
    pub body_timeout: Option<u64>,
    /// Seconds a resumable upload may wait for its first bytes before it is
    /// dropped [default: 120].
    #[arg(long, env = "DROPBOX_UPLOAD_START_TIMEOUT")]
    pub upload_start_timeout: Option<u64>,
    /// Free disk space (MiB) always kept in reserve: reports are refused
    /// below it [default: 64].
    #[arg(long, env = "DROPBOX_RESERVE_MIB")]
    pub reserve_mib: Option<u64>,
    /// Disk space (MiB) that uploads whose age header has not arrived yet
    /// may reserve in all [default: 16].
    #[arg(long, env = "DROPBOX_UNVERIFIED_RESERVE_MIB")]
    pub unverified_reserve_mib: Option<u64>,
    /// Daily digest: a shell command that receives a fixed JSON message on
    /// stdin when reports wait (e.g. "curl -sS --data-binary @- https://hooks.example/x");
    /// on replicas of many teams, run for each team with its name in
    /// DROPBOX_TEAM [default: none, no digest].
    #[arg(long, env = "DROPBOX_NOTIFY_COMMAND", hide_env_values = true)]
    pub notify_command: Option<String>,
    /// Hour of the day (UTC, 0-23) the digest goes out [default: 9].
    #[arg(long, env = "DROPBOX_NOTIFY_HOUR", value_parser = clap::value_parser!(u8).range(0..24))]
    pub notify_hour: Option<u8>,
    /// Send the digest every day, whether or not reports wait [default:
    /// off].
    #[arg(long, env = "DROPBOX_NOTIFY_DAILY")]
    pub notify_daily: bool,
    /// Serve the no-JavaScript form at /nojs. Off by default: the server
    /// sees such a report before it encrypts it, and the form says so
    /// [default: off].
    #[arg(long, env = "DROPBOX_NOJS_FORM")]
    pub nojs_form: bool,
    /// Require a proof-of-work upload token with this many leading zero bits
    /// (0: off). Limits key on the token, never on the address [default: 0].
    #[arg(long, env = "DROPBOX_POW_BITS", value_parser = clap::value_parser!(u8).range(0..=32))]
    pub pow_bits: Option<u8>,
    /// The PostgreSQL database holding the metadata (postgres://…), as given
    /// to `init`; with --hosting, the registry of teams (`team add
    /// --metadata`) [default: the data directory's SQLite file].
    #[arg(long, env = "DROPBOX_METADATA", hide_env_values = true)]
    pub metadata: Option<zeroize::Zeroizing<String>>,
    /// The S3-compatible bucket holding reports' ciphertexts
    /// (s3://BUCKET[/PREFIX]), as given to `init` (with --hosting: to `team
    /// add`); endpoint and credentials from the AWS_* environment
    /// (docs/OPERATIONS.md) [default: none, the data directory's blobs/].
    #[arg(long, env = "DROPBOX_BLOBS", hide_env_values = true)]
    pub blobs: Option<zeroize::Zeroizing<String>>,
    /// Storage quota in MiB: reports held and uploads in progress
    /// together; beyond it reports are refused (507) [default: none].
    #[arg(long, env = "DROPBOX_STORAGE_MIB")]
    pub storage_mib: Option<u64>,
    /// Reports taken per day (UTC); beyond it reports are refused (429)
    /// [default: none].
    #[arg(long, env = "DROPBOX_SUBMISSIONS_PER_DAY")]
    pub submissions_per_day: Option<u32>,
    /// Uploads that may hold data at once [default: 64].
    #[arg(long, env = "DROPBOX_OPEN_UPLOADS")]
    pub open_uploads: Option<usize>,
    /// Print where it listens as one JSON object instead of `listening on`
    /// lines [default: off].
    #[arg(long)]
    pub json: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use crate::state::Config;

    /// Regression (issue 15): `serve --help` did not say what a flag
    /// defaults to. Every flag names its default, and the numbers are the
    /// ones the server uses.
    #[test]
    fn serve_help_shows_every_default() {
        let c = Config::new("x".into());
        let numbers = [
            ("max_concurrency", c.max_concurrency.to_string()),
            ("max_connections", c.max_connections.to_string()),
            ("header_timeout", c.header_timeout.as_secs().to_string()),
            ("body_timeout", c.body_timeout.as_secs().to_string()),
            ("upload_start_timeout", c.upload_start.as_secs().to_string()),
            ("reserve_mib", (c.reserve_bytes >> 20).to_string()),
            (
                "unverified_reserve_mib",
                (c.unverified_reserve_bytes >> 20).to_string(),
            ),
            ("pow_bits", c.pow_bits.to_string()),
            ("open_uploads", c.max_open_uploads.to_string()),
            ("notify_hour", "9".to_owned()),
        ];
        let mut cmd = super::Cli::command();
        let serve = cmd.find_subcommand_mut("serve").unwrap();
        for arg in serve.get_arguments() {
            let id = arg.get_id().as_str();
            if matches!(id, "data" | "help") {
                continue;
            }
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                help.contains("[default: "),
                "--{id} names no default: {help}"
            );
            if let Some((_, n)) = numbers.iter().find(|(k, _)| *k == id) {
                assert!(
                    help.contains(&format!("[default: {n}]")),
                    "--{id}: the help says {help}, the server uses {n}"
                );
            }
        }
    }
}
