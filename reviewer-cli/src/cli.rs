//! Command-line arguments (clap derive only).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use dropbox_crypto::messages::Status;

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
    // The binary's name, not the package's: completions and man pages are
    // for the command people type.
    name = "reviewer",
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
REVIEWER_PASSPHRASE for scripts and tests (a new one for `key lock` or
`key transport` from REVIEWER_NEW_PASSPHRASE, if set); a new passphrase needs at
least 8 characters however it is given. Keys locked to a hardware key
(`key new --plugin-identity`) ask its age plugin instead. REVIEWER_PROXY (e.g.
socks5h://127.0.0.1:9050) sends every request through Tor or another proxy.

  reviewer set 0a1b… --status triaged --severity high --tlp AMBER
  reviewer assign 0a1b… bob
  reviewer step 0a1b… notified --detail \"mailed the vendor's PSIRT\"
  reviewer due
  reviewer close 0a1b… --reason fixed
  reviewer share 0a1b… --pgp vendor.asc --out share.asc --fields title,body
  reviewer stats --year 2026 --chart report.svg

Every annotation is a signed team event, encrypted to the case's
recipients and posted with the next sync; `reviewer due` and `reviewer
list --overdue` follow the roster's policy."
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
    #[command(
        after_help = "Examples:\n  reviewer key new --name \"Alice Example\" --id alice > alice.card.json\n  reviewer key show --json"
    )]
    Key(KeyCmd),
    /// The team roster: create, change, sign, publish.
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  reviewer team init --name \"Example Team\" --member alice.card.json --endpoint https://drop.example.org --out roster.json\n  reviewer team publish --server https://drop.example.org --chain roster.json"
    )]
    Team(TeamCmd),
    /// Verify the roster, fetch new reports, decrypt and file them as
    /// cases, and acknowledge every item.
    ///
    /// An item that cannot be filed (no bundle inside, a forged follow-up, a
    /// conversation the reporter left you out of) is reported once,
    /// quarantined (`reviewer quarantine`) and acked; a follow-up whose
    /// report has not arrived waits on the drop box; team events whose case
    /// has not arrived wait in the store and apply when it does.
    ///
    /// Exit status, the same with and without --json: 0 when every item was
    /// handled; 4 when some could not be (a download or ack failed, the
    /// disk is full: they stay for the next sync); 3 when the roster cannot
    /// be trusted; 1 when the sync could not run.
    #[command(
        after_help = "Examples:\n  reviewer sync --server https://drop.example.org --team 3f5c…   # the first time\n  reviewer sync\n  reviewer sync --json | jq .new_cases"
    )]
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
    #[command(
        after_help = "Examples:\n  reviewer fetch --out /media/usb/fetched --home /media/usb/online\n  reviewer fetch --post /media/usb/outbox --home /media/usb/online --json"
    )]
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
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Air gap, offline side: verify, decrypt and file what `fetch --out`
    /// copied, write the acks to an outbox, remove the fetched ciphertext.
    #[command(
        after_help = "Examples:\n  reviewer import /media/usb/fetched --outbox /media/usb/outbox"
    )]
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
    #[command(
        after_help = "Examples:\n  reviewer open report.age\n  reviewer open report.age --team 3f5c… --json"
    )]
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
    /// List cases: the open ones (the active store), or with --closed the
    /// closed ones still within their backup window, or with --all both.
    /// Columns: the id's first digits (enough to type back), the day the
    /// report was written, status, triaged severity, the reporter's guess,
    /// TLP, owner, title.
    #[command(
        after_help = "Examples:\n  reviewer list\n  reviewer list --status new --mine\n  reviewer list --overdue --json\n  reviewer list --closed\n  reviewer list --all --json"
    )]
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
        /// Only cases owned by this member id.
        #[arg(long)]
        owner: Option<String>,
        /// Only cases you own.
        #[arg(long, conflicts_with = "owner")]
        mine: bool,
        /// Only cases with a deadline past due.
        #[arg(long)]
        overdue: bool,
        /// Only closed cases still within their backup window (they can be
        /// reopened until their purge day).
        #[arg(long, conflicts_with = "all")]
        closed: bool,
        /// Open and closed cases (those not purged yet).
        #[arg(long)]
        all: bool,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Find cases whose text (title, report, follow-ups, notes, attachment
    /// names) contains every term; nothing is indexed on disk.
    #[command(
        after_help = "Examples:\n  reviewer search \"login page\" xss\n  reviewer search phishing --json"
    )]
    Search {
        /// The terms.
        #[arg(required = true)]
        terms: Vec<String>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Items set aside because they cannot be filed (no bundle inside, a
    /// forged follow-up, a conversation the reporter left you out of): list
    /// them, or show what is known of one (size, day, recipient stanzas,
    /// bundle kind, why). Sync reported each once and acked it, so none
    /// blocks a sync.
    #[command(after_help = "Examples:\n  reviewer quarantine\n  reviewer quarantine 7d0c… --json")]
    Quarantine {
        /// One item's id (default: list them all).
        id: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one case.
    #[command(
        after_help = "Examples:\n  reviewer show 0a1b…\n  reviewer show 0a1b… --json | jq .state.status"
    )]
    Show {
        /// The case id.
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Annotate a case: status (new, triaged, accepted, invalid, fixing,
    /// disclosed; closing is `reviewer close`), severity (critical, high,
    /// medium, low), TLP label (RED, AMBER+STRICT, AMBER, GREEN, CLEAR),
    /// owner. Each change is kept in the case's timeline; a value the case
    /// already has is "no change" and recorded nowhere.
    #[command(
        after_help = "Examples:\n  reviewer set 0a1b… --status triaged --severity high --tlp AMBER\n  reviewer set 0a1b… --status accepted --tell-reporter\n  reviewer set 0a1b… --shareable title,body --json"
    )]
    Set {
        /// The case id.
        id: String,
        /// New status (to close a case: `reviewer close`).
        #[arg(long, value_parser = SettableStatus)]
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
        /// Name an outside party's OpenPGP fingerprint a TLP:RED case may
        /// be shared with (repeatable).
        #[arg(long = "party", value_name = "FINGERPRINT")]
        parties: Vec<String>,
        /// Name the organisation (mail domain) an AMBER+STRICT case may be
        /// shared within.
        #[arg(long, value_name = "DOMAIN")]
        organisation: Option<String>,
        /// The fields a community alert may carry (comma-separated: title,
        /// body, category, severity).
        #[arg(long, value_name = "FIELDS", value_delimiter = ',')]
        shareable: Option<Vec<String>>,
        /// Also send the reporter a short signed reply saying the new
        /// status (the policy promises to keep reporters informed).
        #[arg(long, requires = "status")]
        tell_reporter: bool,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Hand a case to a member (its owner).
    #[command(after_help = "Examples:\n  reviewer assign 0a1b… bob")]
    Assign {
        /// The case id.
        id: String,
        /// The member id.
        member: String,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Record a step of the response or disclosure schedule:
    /// acknowledged, next-steps, responded, notified (the affected party),
    /// party-responded, escalated, disclosed.
    #[command(
        after_help = "Examples:\n  reviewer step 0a1b… acknowledged\n  reviewer step 0a1b… notified --detail \"mailed the vendor's PSIRT\""
    )]
    Step {
        /// The case id.
        id: String,
        /// The step.
        step: String,
        /// Who, how (e.g. "mailed the vendor's PSIRT").
        #[arg(long, default_value = "")]
        detail: String,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Record a disclosure date agreed with the affected party, and why it
    /// differs from the schedule.
    #[command(
        after_help = "Examples:\n  reviewer agree 0a1b… --date 2027-03-01 --reason \"the vendor ships the fix in February\""
    )]
    Agree {
        /// The case id.
        id: String,
        /// The agreed day (YYYY-MM-DD).
        #[arg(long)]
        date: String,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Remove the reporter's contact details (`contact`) or a note
    /// (`note:N`, N as `show` numbers them) from the case, for every member.
    #[command(
        after_help = "Examples:\n  reviewer redact 0a1b… contact\n  reviewer redact 0a1b… note:2"
    )]
    Redact {
        /// The case id.
        id: String,
        /// `contact` or `note:N`.
        field: String,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Close a case: its details leave the active store at once and are
    /// purged for good after the backup window.
    #[command(
        after_help = "Examples:\n  reviewer close 0a1b… --reason fixed\n  reviewer close 0a1b… --reason duplicate --json"
    )]
    Close {
        /// The case id.
        id: String,
        /// Why.
        #[arg(long, default_value = "resolved")]
        reason: String,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Bring a closed case back within the backup window.
    #[command(
        after_help = "Examples:\n  reviewer reopen 0a1b… --reason \"the fix was incomplete\""
    )]
    Reopen {
        /// The case id.
        id: String,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Postpone the purge of a closed case.
    #[command(
        after_help = "Examples:\n  reviewer hold 0a1b… --reason \"legal hold\" --until 2027-06-30"
    )]
    Hold {
        /// The case id.
        id: String,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Keep it until this day (YYYY-MM-DD; default: 30 days from today).
        #[arg(long)]
        until: Option<String>,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Purge the closed cases whose backup window ended (also done
    /// automatically at the start of every command).
    #[command(
        after_help = "Examples:\n  reviewer purge --dry-run\n  reviewer purge --as-of 2027-01-15 --json\n  reviewer purge --trust-clock"
    )]
    Purge {
        /// Only show what would be purged on this day; never purges.
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<String>,
        /// Only show what would be purged today.
        #[arg(long)]
        dry_run: bool,
        /// Purge by the clock even though it moved by more than two days
        /// since the last run.
        #[arg(long)]
        trust_clock: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// What is due, most urgent first, with what to do next.
    #[command(
        after_help = "Examples:\n  reviewer due\n  reviewer due --mine --as-of 2027-01-15\n  reviewer due --online --json"
    )]
    Due {
        /// As if today were this day (nothing is changed).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<String>,
        /// Only cases you own, or nobody owns.
        #[arg(long)]
        mine: bool,
        /// Also ask the drop box (the one sync uses) which items wait
        /// unacknowledged, so none reaches the server's cap unread.
        #[arg(long)]
        online: bool,
        /// With --online: the drop box's URL (default: the one sync uses).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The access log: who opened, changed, shared, exported, closed,
    /// reopened a case, and when.
    #[command(after_help = "Examples:\n  reviewer log\n  reviewer log 0a1b… --json")]
    Log {
        /// One case (default: every case in the store).
        id: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Counts for an annual report, only from what retention keeps; cells
    /// under 3 are hidden.
    #[command(
        after_help = "Examples:\n  reviewer stats --year 2026\n  reviewer stats --year 2026 --chart report.svg --json"
    )]
    Stats {
        /// Only this year.
        #[arg(long)]
        year: Option<i32>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Also draw a chart (SVG).
        #[arg(long, value_name = "FILE.svg")]
        chart: Option<PathBuf>,
    },
    /// Write an encrypted backup of the store, readable only within the
    /// backup window (its key needs an escrow share the drop box deletes
    /// afterwards).
    #[command(after_help = "Examples:\n  reviewer backup --out backup-2026-w49.age")]
    Backup {
        /// The drop box's URL (default: the one sync uses).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Restore a backup (within its window), without the cases purged
    /// since.
    #[command(after_help = "Examples:\n  reviewer restore backup-2026-w49.age")]
    Restore {
        /// The backup file.
        file: PathBuf,
        /// The drop box's URL (default: the one sync uses).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Encrypt a case, or chosen fields, to an outside party's OpenPGP
    /// certificate, as its TLP label allows; recorded on the case.
    #[command(
        after_help = "Examples:\n  reviewer share 0a1b… --pgp vendor.asc --out share.asc\n  reviewer share 0a1b… --pgp vendor.asc --out share.asc --fields title,body"
    )]
    Share {
        /// The case id.
        id: String,
        /// The outside party's certificate (armored or binary).
        #[arg(long, value_name = "CERT")]
        pgp: PathBuf,
        /// Where to write the encrypted message.
        #[arg(long)]
        out: PathBuf,
        /// Only these fields (comma-separated: title, body, category,
        /// severity, contact, credit, notes, followups, attachments).
        #[arg(long, value_delimiter = ',')]
        fields: Option<Vec<String>>,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Write a community alert with only the fields marked shareable;
    /// refused unless the case is TLP:GREEN or TLP:CLEAR.
    #[command(after_help = "Examples:\n  reviewer alert 0a1b… --out alert.txt")]
    Alert {
        /// The case id.
        id: String,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Import a report that arrived as OpenPGP-encrypted mail (armored, or a
    /// MIME message), decrypted with the team's OpenPGP key.
    #[command(
        after_help = "Examples:\n  reviewer import-pgp report.eml\n  reviewer import-pgp report.asc --json"
    )]
    ImportPgp {
        /// The mail or message file.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Reply to the reporter of a case: signed by you, encrypted to their
    /// codename and the case's recipients, posted to their mailbox.
    #[command(
        after_help = "Examples:\n  reviewer reply 0a1b… --message \"Thank you, we are looking into it.\"\n  reviewer reply 0a1b… --file answer.txt --json"
    )]
    Reply {
        /// The case id.
        id: String,
        /// The message.
        #[arg(long, conflicts_with = "file", required_unless_present = "file")]
        message: Option<String>,
        /// Read the message from a file.
        #[arg(long)]
        file: Option<PathBuf>,
        /// Print {"seq", "posted", "queued_because"} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add a note to a case.
    #[command(after_help = "Examples:\n  reviewer note 0a1b… \"reproduced on 2.4.1\"")]
    Note {
        /// The case id.
        id: String,
        /// The note.
        text: String,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Triage in a browser window on this machine: a local web interface
    /// on 127.0.0.1 (a random port), reached with a one-time secret, going
    /// through the same rules as these commands. It stops after --idle
    /// without a request, on `reviewer lock`, or on Ctrl-C.
    #[command(
        after_help = "Examples:\n  reviewer ui\n  reviewer ui --no-open --idle 5m\n  reviewer ui --no-open --json"
    )]
    Ui {
        /// Print the address (with its one-time secret) instead of opening
        /// the default browser.
        #[arg(long)]
        no_open: bool,
        /// Stop after this long without a request from the window (e.g.
        /// 5m, 90s; default and longest: the agent's idle time,
        /// REVIEWER_AGENT_IDLE or config.json's agent_idle_minutes, else
        /// 15m). `reviewer lock` stops it at once.
        #[arg(long, value_name = "DURATION")]
        idle: Option<String>,
        /// The drop box's URL for the window's sync (default: the saved one).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// Print the address as JSON (`{"url"}`).
        #[arg(long)]
        json: bool,
    },
    /// Delete a case's report from the drop box with its delete token (the
    /// case stays in this store).
    #[command(after_help = "Examples:\n  reviewer delete 0a1b…")]
    Delete {
        /// The case id.
        id: String,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Write an attachment of a case to a file, standard output or a
    /// directory, with its detected type. An existing file is kept unless
    /// --force is given.
    #[command(
        after_help = "Examples:\n  reviewer attachment 0a1b… 0 --out screenshot.png\n  reviewer attachment 0a1b… 0 --out - | sha256sum\n  reviewer attachment 0a1b… 1 --out-dir ~/evidence --force"
    )]
    Attachment {
        /// The case id.
        id: String,
        /// The attachment's number (from `show`).
        n: usize,
        /// Where to write it (`-`: standard output, never a terminal).
        #[arg(long, required_unless_present = "out_dir", conflicts_with = "out_dir")]
        out: Option<PathBuf>,
        /// Write it into this directory under the sender's file name, made
        /// safe (no path separators, no leading dot, no control or
        /// invisible characters).
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        /// Overwrite a file that exists.
        #[arg(long)]
        force: bool,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Print a completion script for a shell (bash, elvish, fish,
    /// powershell, zsh), generated from these definitions.
    #[command(after_help = "Examples:
  reviewer completions bash > ~/.local/share/bash-completion/completions/reviewer
  reviewer completions zsh > ~/.zfunc/_reviewer
  reviewer completions fish > ~/.config/fish/completions/reviewer.fish")]
    Completions(dropbox_term::CompletionsArgs),
    /// Write the man pages (reviewer.1, reviewer-list.1, …), generated from
    /// these definitions, into a directory.
    #[command(after_help = "Examples:
  reviewer man --out ~/.local/share/man/man1
  reviewer man --out target/man --json")]
    Man(dropbox_term::ManArgs),
    /// End the agent that keeps your unlocked keys now, instead of after
    /// its idle time, and close your open windows (`reviewer ui`): the
    /// next command asks for the passphrase (or the hardware key) again.
    /// Says whether an agent was running; exits 0 either way.
    #[command(after_help = "Examples:\n  reviewer lock\n  reviewer lock --json")]
    Lock {
        /// Print JSON: {"was_running": true|false, "windows_closed": N}.
        #[arg(long)]
        json: bool,
    },
    /// The agent process itself, started by the first command that unlocks
    /// the keys (not for people to run).
    #[command(
        hide = true,
        after_help = "Examples:\n  reviewer agent --idle-secs 900   # run by reviewer itself, its socket on stdin"
    )]
    Agent {
        /// Seconds without a request before it ends.
        #[arg(long)]
        idle_secs: u64,
    },
}

/// The statuses `reviewer set --status` offers: every one but `closed`,
/// which has its own command (`reviewer close`, with a reason and the
/// purge it starts). Its possible values feed `--help` and the shell
/// completions.
#[derive(Debug, Clone, Copy)]
pub struct SettableStatus;

impl SettableStatus {
    fn names() -> impl Iterator<Item = &'static str> {
        Status::ALL
            .into_iter()
            .filter(|s| *s != Status::Closed)
            .map(Status::as_str)
    }
}

impl clap::builder::TypedValueParser for SettableStatus {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let given = value.to_string_lossy();
        let want = given.trim().to_ascii_lowercase();
        if Self::names().any(|n| n == want) {
            return Ok(want);
        }
        if want == Status::Closed.as_str() {
            return Err(clap::Error::raw(
                ErrorKind::InvalidValue,
                "`set --status` does not close a case: close it with `reviewer close ID --reason ...`\n",
            )
            .with_cmd(cmd));
        }
        let mut e = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
        e.insert(
            ContextKind::InvalidArg,
            ContextValue::String(arg.map_or("--status".into(), |a| a.to_string())),
        );
        e.insert(
            ContextKind::InvalidValue,
            ContextValue::String(given.into()),
        );
        e.insert(
            ContextKind::ValidValue,
            ContextValue::Strings(Self::names().map(str::to_owned).collect()),
        );
        Err(e)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            Self::names().map(clap::builder::PossibleValue::new),
        ))
    }
}

/// `key` subcommands.
#[derive(Debug, Subcommand)]
pub enum KeyCmd {
    /// Create this member's age identity, sign key and transport key,
    /// encrypted at rest under a passphrase or locked to a hardware key
    /// (an age plugin identity); print the member card.
    #[command(after_help = "Examples:
  reviewer key new --name \"Ana Lima\"
  age-plugin-yubikey --generate > yubikey.txt
  reviewer key new --name \"Ana Lima\" --plugin-identity yubikey.txt")]
    New {
        /// Display name.
        #[arg(long)]
        name: String,
        /// Member id (a-z, 0-9, '.', '_', '-'); default: from the name.
        #[arg(long)]
        id: Option<String>,
        /// How the keys are locked at rest.
        #[command(flatten)]
        lock: LockArgs,
        /// Print the card as compact JSON.
        #[arg(long)]
        json: bool,
    },
    /// Make new keys to replace these (a lost device, a departure from a
    /// shared machine); print the new card for `reviewer team rekey`. The
    /// current keys stay in use until `reviewer key activate`.
    #[command(after_help = "Examples:\n  reviewer key rotate > alice.next.card.json")]
    Rotate {
        /// Print the card as compact JSON.
        #[arg(long)]
        json: bool,
    },
    /// Switch to the rotated keys once the drop box's roster names them:
    /// the case store is re-wrapped to the new keys and the old ones are
    /// destroyed. Sync first: items still encrypted to the old keys cannot
    /// be read afterwards.
    #[command(after_help = "Examples:\n  reviewer key activate --server https://drop.example.org")]
    Activate {
        /// The drop box's URL (default: the one sync uses).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Lock the keys differently: to a hardware key (an age plugin
    /// identity), or back to a passphrase. The new lock is tried before
    /// the old one is given up.
    #[command(after_help = "Examples:
  reviewer key lock --plugin-identity yubikey.txt
  reviewer key lock              # back to a (new) passphrase")]
    Lock {
        /// How the keys are locked at rest.
        #[command(flatten)]
        lock: LockArgs,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Make a home for the air gap's online machine holding only the
    /// transport key (it signs requests; it cannot decrypt reports or sign
    /// as the member), under its own passphrase or hardware key.
    #[command(after_help = "Examples:
  reviewer key transport --out /media/usb/online-home
  reviewer --home /media/usb/online-home fetch --server https://drop.example.org --out /media/usb/fetched")]
    Transport {
        /// The new home directory (empty or absent).
        #[arg(long)]
        out: PathBuf,
        /// How the transport key is locked.
        #[command(flatten)]
        lock: LockArgs,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Print this member's card (public keys only).
    #[command(after_help = "Examples:\n  reviewer key show\n  reviewer key show --json")]
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
    /// Create roster #1 from member cards, signed by this member. The
    /// summary it prints (members, endpoints, policy) is what the other
    /// admins see before they sign; once signed, roster #1 goes to the
    /// operator for `dropbox-server init`.
    #[command(
        after_help = "Examples:\n  reviewer team init --name \"Example Security Team\" --member alice.card.json --member bob.card.json --admin alice --admin bob --endpoint https://drop.example.org --out roster.json\n  reviewer team init --name \"Example Team\" --member alice.card.json --endpoint https://drop.example.org --timezone Europe/Berlin --ack-hours 24 --backup-days 14 --category vulnerability --category other --out roster.json\n  reviewer team init --name \"Example Team\" --member alice.card.json --endpoint https://drop.example.org --policy policy.json --max-submission-bytes 104857600 --out roster.json"
    )]
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
        // Last: its "Policy" help heading covers every option after it.
        /// The policy (default: the protocol's defaults).
        #[command(flatten)]
        policy: PolicyArgs,
    },
    /// Add this member's signature to the last roster in a chain file.
    #[command(after_help = "Examples:\n  reviewer team sign roster.json")]
    Sign {
        /// The chain file.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Propose the next roster with a member added.
    #[command(
        after_help = "Examples:\n  reviewer team add --chain roster.json --member carol.card.json --out roster.json"
    )]
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
    #[command(
        after_help = "Examples:\n  reviewer team remove --chain roster.json --member carol --out roster.json"
    )]
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
    /// Propose the next roster with a later expiry and, if given, new
    /// endpoints, a new page hash (after a page upgrade: `dropbox-server
    /// page-hash`) or policy changes.
    #[command(
        after_help = "Examples:\n  reviewer team renew --chain roster.json --out roster.json\n  reviewer team renew --chain roster.json --page-sha256 \"$(dropbox-server page-hash)\" --out roster.json\n  reviewer team renew --chain roster.json --critical-hours 12 --disclosure-days 7,30,90 --out roster.json\n  reviewer team renew --chain roster.json --policy policy.json --all-acked-days 3 --first-ack-days 14 --unacked-days 30 --reply-read-days 3 --reply-days 14 --next-steps-hours 72 --high-business-days 3 --medium-days 10 --low-days 20"
    )]
    Renew {
        /// Chain in and out.
        #[command(flatten)]
        chain: ChainArgs,
        /// Days until the new roster expires (at most 90).
        #[arg(long, default_value_t = 90)]
        expires_days: i64,
        /// Where the drop box is served (repeatable; replaces the list).
        #[arg(long = "endpoint", value_name = "URL")]
        endpoints: Vec<String>,
        /// sha256 of the page the endpoints must serve.
        #[arg(long)]
        page_sha256: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        // Last: its "Policy" help heading covers every option after it.
        /// Policy changes (default: the current roster's policy).
        #[command(flatten)]
        policy: PolicyArgs,
    },
    /// Propose the next roster with a member's keys replaced by those of a
    /// new card (from `reviewer key rotate`); the member signs it with
    /// their current keys, besides the admins.
    #[command(
        after_help = "Examples:\n  reviewer team rekey --chain roster.json --member alice.next.card.json --out roster.json"
    )]
    Rekey {
        /// Chain in and out.
        #[command(flatten)]
        chain: ChainArgs,
        /// The member's new card.
        #[arg(long, value_name = "CARD.json")]
        member: PathBuf,
        /// Days until the new roster expires (at most 90).
        #[arg(long, default_value_t = 90)]
        expires_days: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Give a new or re-keyed member the open cases whose recipients
    /// include them (never those the reporter left them out of).
    #[command(after_help = "Examples:\n  reviewer team grant dave")]
    Grant {
        /// The member id.
        member: String,
        /// The drop box's URL (default: the one sync uses).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// The team's OpenPGP secret key (for `reviewer import-pgp`), kept
    /// encrypted in this store; held by the members the team names.
    #[command(
        after_help = "Examples:\n  reviewer team pgp-key team-secret.asc\n  reviewer team pgp-key team-secret.asc --locked"
    )]
    PgpKey {
        /// The secret key file (armored or binary).
        file: PathBuf,
        /// Read the key's passphrase from REVIEWER_PGP_PASSPHRASE or the
        /// terminal.
        #[arg(long)]
        locked: bool,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Sign roster #1 with the team's OpenPGP key (see `pgp-key`) and store
    /// the signature on the drop box, so reporters can bridge from the key
    /// in the team's security.txt (`dropbox-submit --team-pgp CERT`).
    #[command(after_help = "Examples:\n  reviewer team attest")]
    Attest {
        /// The drop box's URL (default: the one sync uses).
        #[arg(long, env = "REVIEWER_SERVER")]
        server: Option<String>,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
    /// Publish the chain's last roster to the drop box (PUT /v1/roster).
    #[command(
        after_help = "Examples:\n  reviewer team publish --server https://drop.example.org --chain roster.json"
    )]
    Publish {
        /// The drop box's URL.
        #[arg(long, env = "REVIEWER_SERVER")]
        server: String,
        /// The chain file.
        #[arg(long)]
        chain: PathBuf,
        /// Print JSON (docs/CLI.md gives its shape).
        #[arg(long)]
        json: bool,
    },
}

/// The roster's policy: a whole policy file, then single fields over it.
/// Each flag replaces one field of the file's policy (or, without a file,
/// of the default policy for `team init` and the current one for `team
/// renew`).
#[derive(Args, Debug, Default)]
#[command(next_help_heading = "Policy")]
pub struct PolicyArgs {
    /// A policy as JSON, in the roster's shape (`policy` in
    /// docs/PROTOCOL.md): every field present, none unknown.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// The IANA time zone for business days (e.g. Europe/Berlin).
    #[arg(long, value_name = "TZ")]
    pub timezone: Option<String>,
    /// Acknowledge a report within this many hours.
    #[arg(long, value_name = "HOURS")]
    pub ack_hours: Option<u32>,
    /// Say the next steps within this many hours after acknowledging.
    #[arg(long, value_name = "HOURS")]
    pub next_steps_hours: Option<u32>,
    /// Respond to a critical report within this many hours.
    #[arg(long, value_name = "HOURS")]
    pub critical_hours: Option<u32>,
    /// Respond to a high-severity report within this many business days.
    #[arg(long, value_name = "DAYS")]
    pub high_business_days: Option<u32>,
    /// Respond to a medium-severity report within this many days.
    #[arg(long, value_name = "DAYS")]
    pub medium_days: Option<u32>,
    /// Respond to a low-severity report within this many days.
    #[arg(long, value_name = "DAYS")]
    pub low_days: Option<u32>,
    /// The disclosure schedule after notifying the affected party: ask to
    /// respond, escalate, disclose (days, increasing).
    #[arg(
        long,
        value_name = "ASK,ESCALATE,DISCLOSE",
        value_delimiter = ',',
        num_args = 1
    )]
    pub disclosure_days: Option<Vec<u32>>,
    /// Purge an item this many days after every member acked it.
    #[arg(long, value_name = "DAYS")]
    pub all_acked_days: Option<u32>,
    /// …or this many days after the first ack, whichever is earlier.
    #[arg(long, value_name = "DAYS")]
    pub first_ack_days: Option<u32>,
    /// Purge an item nobody acked after this many days.
    #[arg(long, value_name = "DAYS")]
    pub unacked_days: Option<u32>,
    /// Purge a reply this many days after the reporter read it.
    #[arg(long, value_name = "DAYS")]
    pub reply_read_days: Option<u32>,
    /// …or this many days after it was posted.
    #[arg(long, value_name = "DAYS")]
    pub reply_days: Option<u32>,
    /// A closed case stays recoverable (and backups readable) this many
    /// days.
    #[arg(long, value_name = "DAYS")]
    pub backup_days: Option<u32>,
    /// The largest accepted submission, in bytes of ciphertext.
    #[arg(long, value_name = "BYTES")]
    pub max_submission_bytes: Option<u64>,
    /// A report category the page offers (repeatable; replaces the list).
    #[arg(long = "category", value_name = "NAME")]
    pub categories: Vec<String>,
    /// Encrypt reports to members' drop keys valid this many days (1-90;
    /// forward secrecy, docs/PROTOCOL.md §4.5); 0 turns drop keys off.
    #[arg(long, value_name = "DAYS")]
    pub drop_key_days: Option<u32>,
}

/// How the keys are locked at rest.
#[derive(clap::Args, Debug)]
pub struct LockArgs {
    /// Lock the keys to this age plugin identity file (a hardware key, as
    /// `age-plugin-yubikey --generate` prints it) instead of a passphrase.
    /// Its `age-plugin-NAME` must be on PATH whenever the keys are used.
    #[arg(long, value_name = "FILE")]
    pub plugin_identity: Option<PathBuf>,
    /// The plugin recipient (`age1NAME1…`) to lock to, when the identity
    /// file has no `# recipient:` line.
    #[arg(long, value_name = "RECIPIENT", requires = "plugin_identity")]
    pub plugin_recipient: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every example line in every command's help, as a command line.
    fn examples(cmd: &clap::Command, out: &mut Vec<String>) {
        for text in [cmd.get_after_help(), cmd.get_after_long_help()]
            .into_iter()
            .flatten()
        {
            // A line ending in a backslash goes on, as in a shell.
            let text = text.to_string().replace("\\\n", " ");
            for line in text.lines() {
                let Some(l) = line.trim().strip_prefix("reviewer ") else {
                    continue;
                };
                // What a shell does after the command is not the command's.
                let end = [" | ", " > ", "  #"]
                    .iter()
                    .filter_map(|s| l.find(s))
                    .min()
                    .unwrap_or(l.len());
                out.push(format!("reviewer {}", &l[..end]));
            }
        }
        for sub in cmd.get_subcommands() {
            examples(sub, out);
        }
    }

    /// The examples in `--help` are command lines that parse: a renamed
    /// flag or subcommand fails here, not in a reader's terminal.
    #[test]
    fn every_example_in_the_help_parses() {
        let mut all = Vec::new();
        examples(&Cli::command(), &mut all);
        assert!(all.len() > 60, "too few examples found: {}", all.len());
        for line in &all {
            let line = line.replace("$(dropbox-server page-hash)", &"ab".repeat(32));
            let words = shlex::split(&line).unwrap_or_else(|| panic!("unbalanced quotes: {line}"));
            if let Err(e) = Cli::try_parse_from(&words) {
                panic!("the help's example `{line}` does not parse:\n{e}");
            }
        }
    }

    /// Every command and subcommand has examples.
    #[test]
    fn every_command_has_examples() {
        fn walk(cmd: &clap::Command, path: &str) {
            for sub in cmd.get_subcommands() {
                let path = format!("{path} {}", sub.get_name());
                let help = sub
                    .get_after_help()
                    .map(|h| h.to_string())
                    .unwrap_or_default();
                assert!(help.contains("Examples:"), "`{path}` has no examples");
                walk(sub, &path);
            }
        }
        walk(&Cli::command(), "reviewer");
    }
}
