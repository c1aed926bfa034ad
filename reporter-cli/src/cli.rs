//! Command-line arguments (clap derive only).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use dropbox_crypto::ids::TeamFingerprint;

/// dropbox-submit: send an encrypted report to a team's drop box, and talk
/// with the team afterwards using a codename.
///
/// Words used here: the *team fingerprint* is the identifier the team
/// publishes on its own website (a link to its drop box ends in
/// `#team=<fingerprint>`); the *roster* is the team's signed list of members
/// and their keys; the *recipients* are the members who can read your
/// report; a *codename* is eight words that let you read the team's replies.
#[derive(Debug, Parser)]
#[command(
    version,
    about,
    long_about,
    after_help = "\
Examples:
  dropbox-submit verify --server https://drop.example.org --team 3f5c…
  dropbox-submit send --server https://drop.example.org --team 3f5c… \\
      --title \"XSS in login\" --body-file report.txt --attach poc.html --replies
  dropbox-submit send --team 3f5c… --roster-file roster.json --output report.age --body \"…\"
  DROPBOX_CODENAME=\"…\" dropbox-submit replies --server https://drop.example.org --team 3f5c…
  dropbox-submit followup --server https://drop.example.org --team 3f5c… --message \"More details\"

High-risk reporters: use Tor (--proxy socks5h://127.0.0.1:9050 and the team's
.onion address), and check the fingerprint against the team's own website."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Where the team's drop box is and how to trust it.
#[derive(Debug, Args, Clone)]
pub struct Team {
    /// The drop box's URL (https://… or http://….onion).
    #[arg(long, env = "DROPBOX_SERVER")]
    pub server: Option<String>,
    /// The team fingerprint, from the team's own website.
    #[arg(long, env = "DROPBOX_TEAM", value_parser = team_fingerprint)]
    pub team: TeamFingerprint,
    /// Use a roster chain from a file instead of fetching it (offline use
    /// with --output).
    #[arg(long)]
    pub roster_file: Option<PathBuf>,
    /// The team's OpenPGP certificate (from its security.txt): also check
    /// the team's OpenPGP signature over roster #1, which the drop box
    /// serves, before trusting the fingerprint.
    #[arg(long, value_name = "CERT")]
    pub team_pgp: Option<PathBuf>,
    /// Proxy for all requests, e.g. socks5h://127.0.0.1:9050 for Tor.
    #[arg(long, env = "DROPBOX_PROXY")]
    pub proxy: Option<String>,
    /// Where the highest roster seen per team is remembered (rollback
    /// protection). Default: $XDG_DATA_HOME/dropbox-submit.
    #[arg(long, env = "DROPBOX_SUBMIT_STATE")]
    pub state: Option<PathBuf>,
    /// Print one JSON object instead of text (its shape: docs/CLI.md).
    /// The exit status is the same either way.
    #[arg(long)]
    pub json: bool,
}

/// `--team`: checked before anything runs, so a mistyped fingerprint is a
/// usage error (exit 2) like any other malformed argument.
fn team_fingerprint(s: &str) -> Result<TeamFingerprint, String> {
    s.trim().parse().map_err(|_| {
        String::from("the team fingerprint must be 64 hex digits, as the team publishes it")
    })
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Verify the team's roster and show who would receive a report.
    #[command(after_help = "\
Examples:
  dropbox-submit verify --server https://drop.example.org --team 3f5c…
  dropbox-submit verify --team 3f5c… --roster-file roster.json --json
  dropbox-submit verify --server http://abc….onion --team 3f5c… --proxy socks5h://127.0.0.1:9050")]
    Verify(Team),
    /// Encrypt a report on this machine and upload it (or write it to a file).
    #[command(after_help = "\
Examples:
  dropbox-submit send --server https://drop.example.org --team 3f5c… \\
      --title \"XSS in login\" --body-file report.txt --attach poc.html --replies
  dropbox-submit send --server https://drop.example.org --team 3f5c… \\
      --body \"…\" --leave-out mallory --json --yes
  dropbox-submit send --server https://drop.example.org --team 3f5c… \\
      --body-file report.txt --replies --keep report-copy.age
  dropbox-submit send --team 3f5c… --roster-file roster.json --output report.age --body \"…\"")]
    Send(Send),
    /// Read the team's replies with your codename.
    #[command(after_help = "\
Examples:
  dropbox-submit replies --server https://drop.example.org --team 3f5c…
  DROPBOX_CODENAME=\"…\" dropbox-submit replies --server https://drop.example.org --team 3f5c… --json
  dropbox-submit replies --server https://drop.example.org --team 3f5c… --codename-file codename.txt
  dropbox-submit replies --server https://drop.example.org --team 3f5c… \\
      --copy report-copy.age --copy followup-1.age --export conversation.json")]
    Replies(Replies),
    /// Send a follow-up message in your conversation with the team.
    #[command(after_help = "\
Examples:
  dropbox-submit followup --server https://drop.example.org --team 3f5c… --message \"More details\"
  dropbox-submit followup --server https://drop.example.org --team 3f5c… \\
      --message \"The fixed build\" --attach poc2.html --codename-file codename.txt --json --yes
  dropbox-submit followup --server https://drop.example.org --team 3f5c… \\
      --message \"One more detail\" --keep followup-1.age")]
    Followup(Followup),
    /// Withdraw your report with its codename: the drop box's copy is
    /// deleted if still there, and the team is told, signed with your
    /// codename, to close and delete the case.
    #[command(after_help = "\
Examples:
  dropbox-submit withdraw --server https://drop.example.org --team 3f5c…
  dropbox-submit withdraw --server https://drop.example.org --team 3f5c… \\
      --reason \"I reported it by mistake\" --codename-file codename.txt --json")]
    Withdraw(Withdraw),
    /// Open a copy kept with `send --keep`, `followup --keep` or the page's
    /// "save a copy", with your codename: no drop box needed.
    #[command(after_help = "\
Examples:
  dropbox-submit open --team 3f5c… report.age
  dropbox-submit open --team 3f5c… report.age --out attachments/ --codename-file codename.txt --json")]
    Open(Open),
    /// Print a completion script for a shell (bash, elvish, fish,
    /// powershell, zsh).
    #[command(after_help = "\
Examples:
  dropbox-submit completions bash > ~/.local/share/bash-completion/completions/dropbox-submit
  dropbox-submit completions fish > ~/.config/fish/completions/dropbox-submit.fish")]
    Completions(dropbox_term::CompletionsArgs),
    /// Write the man pages (dropbox-submit.1, dropbox-submit-send.1, …)
    /// into a directory.
    #[command(after_help = "\
Examples:
  dropbox-submit man --out ~/.local/share/man/man1
  dropbox-submit man --out target/man --json")]
    Man(dropbox_term::ManArgs),
}

/// `send` flags.
#[derive(Debug, Args)]
pub struct Send {
    /// Team and trust.
    #[command(flatten)]
    pub team: Team,
    /// A short title.
    #[arg(long)]
    pub title: Option<String>,
    /// The report text.
    #[arg(long, conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the report text from a file.
    #[arg(long)]
    pub body_file: Option<PathBuf>,
    /// A category from the team's list (see `verify`).
    #[arg(long)]
    pub category: Option<String>,
    /// Your severity guess: critical, high, medium or low.
    #[arg(long)]
    pub severity: Option<String>,
    /// How the team may contact you (optional; leave out to stay anonymous).
    #[arg(long)]
    pub contact: Option<String>,
    /// How you want to be credited (leave out: not credited).
    #[arg(long)]
    pub credit: Option<String>,
    /// A file to attach (repeatable). Only its base name is sent.
    #[arg(long = "attach", value_name = "FILE")]
    pub attach: Vec<PathBuf>,
    /// A member to leave out of the recipients (repeatable), e.g. when the
    /// report concerns them. They cannot read the report or anything
    /// derived from it.
    #[arg(long = "leave-out", visible_alias = "exclude", value_name = "MEMBER")]
    pub leave_out: Vec<String>,
    /// Get a codename to read replies and send follow-ups.
    #[arg(long, visible_alias = "reply")]
    pub replies: bool,
    /// Write the encrypted report to this file instead of uploading it.
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Agree without being asked to what `send` shows before it encrypts
    /// (what is kept, where, for how long, who can read it): for scripts.
    /// Without a terminal to ask on, `send` refuses to run without it.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Also save exactly the encrypted report uploaded to this file: it
    /// opens with your codename alone (`dropbox-submit open FILE`).
    #[arg(
        long,
        value_name = "FILE",
        requires = "replies",
        conflicts_with = "output"
    )]
    pub keep: Option<PathBuf>,
}

/// `replies` flags.
#[derive(Debug, Args)]
pub struct Replies {
    /// Team and trust.
    #[command(flatten)]
    pub team: Team,
    /// Read the codename from this file instead of the terminal, standard
    /// input or DROPBOX_CODENAME.
    #[arg(long)]
    pub codename_file: Option<PathBuf>,
    /// A copy kept with `send --keep` or `followup --keep` to show in the
    /// conversation (repeatable).
    #[arg(long = "copy", value_name = "FILE")]
    pub copies: Vec<PathBuf>,
    /// Also write the whole conversation (your report and follow-ups from
    /// the copies and your mailbox, and the team's replies) to this file,
    /// as one JSON object.
    #[arg(long, value_name = "FILE")]
    pub export: Option<PathBuf>,
}

/// `followup` flags.
#[derive(Debug, Args)]
pub struct Followup {
    /// Team and trust.
    #[command(flatten)]
    pub team: Team,
    /// Read the codename from this file instead of the terminal, standard
    /// input or DROPBOX_CODENAME.
    #[arg(long)]
    pub codename_file: Option<PathBuf>,
    /// The message.
    #[arg(long)]
    pub message: String,
    /// A file to attach (repeatable).
    #[arg(long = "attach", value_name = "FILE")]
    pub attach: Vec<PathBuf>,
    /// A member to leave out of this follow-up too (repeatable). Members
    /// your report left out are always left out: who may read the
    /// conversation is read from your mailbox, not from this machine.
    #[arg(long = "leave-out", visible_alias = "exclude", value_name = "MEMBER")]
    pub leave_out: Vec<String>,
    /// Override this follow-up's number in your conversation. Normally
    /// worked out from your mailbox (one past your last follow-up); give it
    /// only when a warning asked you to.
    #[arg(long)]
    pub seq: Option<u64>,
    /// Agree without being asked to what `followup` shows before it
    /// encrypts (who can read it, for how long it is kept): for scripts.
    /// Without a terminal to ask on, `followup` refuses to run without it.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Also save exactly the encrypted follow-up uploaded to this file: it
    /// opens with your codename alone (`dropbox-submit open FILE`).
    #[arg(long, value_name = "FILE")]
    pub keep: Option<PathBuf>,
}

/// `open` flags.
#[derive(Debug, Args)]
pub struct Open {
    /// The team fingerprint the report was sent to (the codename's keys
    /// are bound to it).
    #[arg(long, env = "DROPBOX_TEAM", value_parser = team_fingerprint)]
    pub team: TeamFingerprint,
    /// Read the codename from this file instead of the terminal, standard
    /// input or DROPBOX_CODENAME.
    #[arg(long)]
    pub codename_file: Option<PathBuf>,
    /// Save the attachments into this directory (an existing file is
    /// never overwritten).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Print one JSON object instead of text (its shape: docs/CLI.md).
    #[arg(long)]
    pub json: bool,
    /// The kept copy.
    pub file: PathBuf,
}

/// `withdraw` flags.
#[derive(Debug, Args)]
pub struct Withdraw {
    /// Team and trust.
    #[command(flatten)]
    pub team: Team,
    /// Read the codename from this file instead of the terminal, standard
    /// input or DROPBOX_CODENAME.
    #[arg(long)]
    pub codename_file: Option<PathBuf>,
    /// Why, for the team (optional).
    #[arg(long)]
    pub reason: Option<String>,
}
