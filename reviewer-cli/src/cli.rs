//! Command-line arguments (clap derive only).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// reviewer: a team member's client for the drop box. Keys and plaintext
/// stay on this machine.
///
/// Words used here: a *member card* is the public part of a member's keys
/// (JSON, from `reviewer key new`); the *roster* is the team's signed list
/// of members, keys and policy, chained from roster #1 whose hash is the
/// *team fingerprint*; a roster change is a *proposal* until `threshold`
/// admins have signed it.
#[derive(Debug, Parser)]
#[command(
    version,
    about,
    long_about,
    after_help = "\
Examples:
  reviewer key new --name \"Alice Example\" --id alice > alice.card.json
  reviewer team init --name \"Example Security Team\" --member alice.card.json \\
      --member bob.card.json --admin alice --admin bob \\
      --endpoint https://drop.example.org --out roster.json
  reviewer team sign roster.json            # as bob: adds the second signature
  reviewer team remove --chain roster.json --member carol --out roster.json
  reviewer team publish --server https://drop.example.org --chain roster.json
  reviewer sync --server https://drop.example.org --team 3f5c…
  reviewer list --json
  reviewer show 0a1b…

The passphrase protecting the keys is read from the terminal, or from
REVIEWER_PASSPHRASE for scripts and tests.

Not built yet: annotations, replies, search, retention, sharing (issues #6, #7, #9)."
)]
pub struct Cli {
    /// Where this member's keys and state live (default: the platform's
    /// data directory, e.g. ~/.local/share/dropbox-reviewer).
    #[arg(long, global = true, env = "REVIEWER_HOME")]
    pub home: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// This member's keys.
    #[command(subcommand)]
    Key(KeyCmd),
    /// The team roster: create, change, sign, publish.
    #[command(subcommand)]
    Team(TeamCmd),
    /// Verify the roster, fetch new reports, decrypt and file them as
    /// cases, and acknowledge every item.
    Sync {
        /// The drop box's URL (remembered after the first use).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// The team fingerprint (remembered after the first use).
        #[arg(long, env = "REVIEWER_TEAM")]
        team: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Air gap, online side: copy the roster and new ciphertexts to a
    /// directory (--out DIR), or send the acks an offline import wrote
    /// (--post OUT).
    Fetch {
        /// The drop box's URL (default: the one sync uses).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// Where to put what is fetched.
        #[arg(long, conflicts_with = "post", required_unless_present = "post")]
        out: Option<PathBuf>,
        /// An outbox written by `reviewer import`, to post.
        #[arg(long)]
        post: Option<PathBuf>,
    },
    /// Air gap, offline side: verify, decrypt and file what `fetch --out`
    /// copied, write the acks to an outbox, remove the fetched ciphertext.
    Import {
        /// The directory `fetch --out` wrote.
        dir: PathBuf,
        /// Where to write the acks for `fetch --post`.
        #[arg(long)]
        outbox: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Decrypt a submission file (e.g. from `dropbox-submit --output`) into
    /// the store.
    Open {
        /// The age file.
        file: PathBuf,
        /// The team fingerprint (default: the one sync uses).
        #[arg(long)]
        team: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// List cases.
    List {
        /// Only cases with this status.
        #[arg(long)]
        status: Option<String>,
        /// Only cases with this triaged severity.
        #[arg(long)]
        severity: Option<String>,
        /// Only cases with this TLP label.
        #[arg(long)]
        tlp: Option<String>,
        /// Only cases this member owns.
        #[arg(long)]
        owner: Option<String>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Find cases whose text (title, report, follow-ups, notes, attachment
    /// names) contains every term; nothing is indexed on disk.
    Search {
        /// The terms.
        #[arg(required = true)]
        terms: Vec<String>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Show one case.
    Show {
        /// The case id.
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Annotate a case: status (new, triaged, accepted, invalid, fixing,
    /// disclosed, closed), severity (critical, high, medium, low), TLP label
    /// (RED, AMBER+STRICT, AMBER, GREEN, CLEAR), owner. Each change is kept
    /// in the case's timeline.
    Set {
        /// The case id.
        id: String,
        /// New status.
        #[arg(long)]
        status: Option<String>,
        /// New triaged severity.
        #[arg(long)]
        severity: Option<String>,
        /// New TLP label.
        #[arg(long)]
        tlp: Option<String>,
        /// New owner (member id).
        #[arg(long)]
        owner: Option<String>,
        /// Also send the reporter a short signed reply saying the new
        /// status (the policy promises to keep reporters informed).
        #[arg(long, requires = "status")]
        tell_reporter: bool,
    },
    /// Reply to the reporter of a case: signed by you, encrypted to their
    /// codename and the case's recipients, posted to their mailbox.
    Reply {
        /// The case id.
        id: String,
        /// The message.
        #[arg(long, conflicts_with = "file", required_unless_present = "file")]
        message: Option<String>,
        /// Read the message from a file.
        #[arg(long)]
        file: Option<PathBuf>,
    },
    /// Add a note to a case.
    Note {
        /// The case id.
        id: String,
        /// The note.
        text: String,
    },
    /// Delete a case's report from the drop box with its delete token (the
    /// case stays in this store).
    Delete {
        /// The case id.
        id: String,
    },
    /// Write an attachment of a case to a file, with its detected type.
    Attachment {
        /// The case id.
        id: String,
        /// The attachment's number (from `show`).
        n: usize,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
    },
}

/// `key` subcommands.
#[derive(Debug, Subcommand)]
pub enum KeyCmd {
    /// Create this member's age identity, sign key and transport key,
    /// encrypted at rest under a passphrase; print the member card.
    New {
        /// Display name.
        #[arg(long)]
        name: String,
        /// Member id (a-z, 0-9, '.', '_', '-'); default: from the name.
        #[arg(long)]
        id: Option<String>,
        /// Print the card as compact JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print this member's card (public keys only).
    Show {
        /// Compact JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Where a roster chain file is read from and written to.
#[derive(Debug, Args)]
pub struct ChainArgs {
    /// The chain file (a JSON array of signed rosters, #1 first; the last
    /// may be a proposal still collecting signatures).
    #[arg(long)]
    pub chain: PathBuf,
    /// Where to write the chain with the new proposal (default: --chain).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// `team` subcommands.
#[derive(Debug, Subcommand)]
pub enum TeamCmd {
    /// Create roster #1 from member cards, signed by this member.
    Init {
        /// The team's name.
        #[arg(long)]
        name: String,
        /// A member card file (repeatable; include your own).
        #[arg(long = "member", value_name = "CARD.json", required = true)]
        members: Vec<PathBuf>,
        /// A member id who is an admin (repeatable; default: you).
        #[arg(long = "admin", value_name = "ID")]
        admins: Vec<String>,
        /// Admin signatures needed for the next roster (default: 2 with two
        /// or more admins, else 1).
        #[arg(long)]
        threshold: Option<u32>,
        /// Where the drop box is served (repeatable).
        #[arg(long = "endpoint", value_name = "URL", required = true)]
        endpoints: Vec<String>,
        /// Days until the roster expires (at most 90).
        #[arg(long, default_value_t = 90)]
        expires_days: i64,
        /// sha256 of the page the endpoints must serve (`dropbox-server page-hash`).
        #[arg(long)]
        page_sha256: Option<String>,
        /// Where to write the chain.
        #[arg(long)]
        out: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add this member's signature to the last roster in a chain file.
    Sign {
        /// The chain file.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Propose the next roster with a member added.
    Add {
        /// Chain in and out.
        #[command(flatten)]
        chain: ChainArgs,
        /// The new member's card.
        #[arg(long, value_name = "CARD.json")]
        member: PathBuf,
        /// Make the new member an admin.
        #[arg(long)]
        admin: bool,
        /// Days until the new roster expires (at most 90).
        #[arg(long, default_value_t = 90)]
        expires_days: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Propose the next roster with a member removed; their requests are
    /// refused once it is published.
    Remove {
        /// Chain in and out.
        #[command(flatten)]
        chain: ChainArgs,
        /// The member id to remove.
        #[arg(long, value_name = "ID")]
        member: String,
        /// Days until the new roster expires (at most 90).
        #[arg(long, default_value_t = 90)]
        expires_days: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Propose the next roster with nothing changed but a later expiry.
    Renew {
        /// Chain in and out.
        #[command(flatten)]
        chain: ChainArgs,
        /// Days until the new roster expires (at most 90).
        #[arg(long, default_value_t = 90)]
        expires_days: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Publish the chain's last roster to the drop box (PUT /v1/roster).
    Publish {
        /// The drop box's URL.
        #[arg(long, env = "REVIEWER_SERVER")]
        server: String,
        /// The chain file.
        #[arg(long)]
        chain: PathBuf,
    },
}
