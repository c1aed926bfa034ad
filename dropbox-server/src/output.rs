//! What `--json` prints: one JSON object per command, whose shape is part of
//! the command-line contract (docs/CLI.md "dropbox-server"). Views built for
//! output, not the rows or files the drop box stores, so a change to the
//! database does not silently change what scripts read. Fields are only
//! ever added.

use serde::Serialize;

/// `init --json`.
#[derive(Debug, Serialize)]
pub struct InitView {
    /// The team fingerprint (hex sha256 of roster #1) to publish.
    pub fingerprint: String,
    /// The data directory created.
    pub data: String,
}

/// `page-hash --json`.
#[derive(Debug, Serialize)]
pub struct PageHashView {
    /// sha256 of the embedded reporter page (hex), for the roster's
    /// `page_sha256`.
    pub page_sha256: String,
}

/// `migrate --json`: what was moved.
#[derive(Debug, Serialize)]
pub struct MigrateView {
    /// Reports whose ciphertexts were checked against their receipts (and
    /// copied, with a bucket).
    pub reports: u64,
    /// Their bytes.
    pub bytes: u64,
    /// Events in the team's log.
    pub events: u64,
    /// Replies waiting in mailboxes.
    pub replies: u64,
    /// Open tus uploads left behind: their reporters start them again.
    pub open_uploads_not_migrated: u64,
    /// Where the metadata is now: `"postgres"`.
    pub metadata: String,
    /// Where the ciphertexts are now: `"s3"` or `"local"` (the data
    /// directory's `blobs/`).
    pub ciphertexts: String,
}

/// `serve --json`: one line once every address is bound.
#[derive(Debug, Serialize)]
pub struct ServeView {
    /// The page and public API, `http://ADDR:PORT`.
    pub listening: String,
    /// The separate reviewer API, or null when it is served on `listening`.
    pub reviewer_listening: Option<String>,
}

/// `demo --json`: one line once the demo drop box listens.
#[derive(Debug, Serialize)]
pub struct DemoView {
    /// The demo team's fingerprint.
    pub fingerprint: String,
    /// The reporter page, with the fingerprint in its link.
    pub page: String,
    /// Where the demo listens, `http://ADDR:PORT`.
    pub listening: String,
    /// The demo's data directory (recreated on each start).
    pub data: String,
    /// The directory holding each demo member's reviewer home (its keys,
    /// under the demo passphrase, and its case store).
    pub keys: String,
    /// The demo members' passphrase (throw-away keys only).
    pub passphrase: String,
    /// The demo members and their reviewer homes (`reviewer --home`).
    pub members: Vec<DemoMemberView>,
    /// The file holding the codename of the sample report that has one
    /// (`dropbox-submit replies --codename-file`).
    pub codename_file: String,
    /// The case id of that report, the same for every member.
    pub codename_case: String,
}

/// One demo member in `demo --json`.
#[derive(Debug, Serialize)]
pub struct DemoMemberView {
    /// The member id.
    pub id: String,
    /// The member's reviewer home.
    pub home: String,
}

/// One thing `check` found damaged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Damage {
    /// What is damaged: `database`, or `report <id>` (its file in blobs/).
    pub what: String,
    /// What is wrong with it.
    pub problem: String,
}

/// What `check` found (`check --json`).
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    /// Reports whose files were read and hashed.
    pub reports_checked: usize,
    /// Everything found damaged; empty when all is intact.
    pub damaged: Vec<Damage>,
}
