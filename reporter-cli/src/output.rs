//! What `--json` prints: one JSON object per command, whose shape is part of
//! the command-line contract (docs/CLI.md "dropbox-submit"). These are
//! views built for output, not the structs the roster, the bundle or the
//! mailbox are stored as, so changing a format on disk or on the wire does
//! not silently change what scripts read. Fields are only ever added.

use serde::Serialize;

use dropbox_crypto::messages::{ChainReply, Standing};

/// A member as `verify` lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MemberView {
    /// The member id (what `--leave-out` takes).
    pub id: String,
    /// The display name.
    pub name: String,
}

/// `verify --json`.
#[derive(Debug, Serialize)]
pub struct VerifyView {
    /// The team's name.
    pub team: String,
    /// The roster's number.
    pub seq: u64,
    /// The roster head's hash (hex sha256).
    pub head: String,
    /// The last day the roster is valid (YYYY-MM-DD).
    pub expires: String,
    /// Who receives a report unless left out.
    pub members: Vec<MemberView>,
    /// The team's report categories.
    pub categories: Vec<String>,
    /// Whether the server's URL is among the team's endpoints; null with
    /// `--roster-file` (no server asked).
    pub endpoint_listed: Option<bool>,
}

/// `send --json`. It borrows the codename rather than copy a secret.
#[derive(Debug, Serialize)]
pub struct SendView<'a> {
    /// The drop box's id for the report; null when written to `--output`.
    pub id: Option<String>,
    /// sha256 of the ciphertext sent (hex).
    pub receipt: String,
    /// Bytes of ciphertext.
    pub size: u64,
    /// The file written with `--output`, else null.
    pub output: Option<String>,
    /// The codename with `--replies` (shown only this once), else null.
    pub codename: Option<&'a str>,
    /// The codename's mailbox id, else null.
    pub mailbox: Option<String>,
    /// What the reporter agreed to before anything was encrypted
    /// (`crate::consent::Facts`; docs/CLI.md).
    pub consent: &'a crate::consent::Facts,
    /// The saved copy, with `--keep`, else null.
    pub keep: Option<String>,
}

/// `withdraw --json`.
#[derive(Debug, Serialize)]
pub struct WithdrawView {
    /// Whether the drop box still held the report and deleted it now.
    pub deleted: bool,
    /// The drop box's id for the withdrawal.
    pub id: String,
    /// sha256 of the withdrawal's ciphertext (hex).
    pub receipt: String,
    /// The members who can read the withdrawal.
    pub recipients: Vec<String>,
}

/// One of the team's replies, verified.
#[derive(Debug, Serialize)]
pub struct ReplyView {
    /// Its number in the conversation.
    pub seq: u64,
    /// The author's member id.
    pub member: String,
    /// The author's name.
    pub name: String,
    /// The author has left the team since.
    pub former_member: bool,
    /// The author signed with a key they have since replaced.
    pub former_key: bool,
    /// The day it was written (YYYY-MM-DD).
    pub day: String,
    /// The text.
    pub body: String,
}

impl ReplyView {
    /// The view of a verified reply.
    pub fn of(s: &ChainReply) -> Self {
        ReplyView {
            seq: s.reply.seq,
            member: s.reply.member.to_string(),
            name: s.name.clone(),
            former_member: s.standing == Standing::FormerMember,
            former_key: s.standing == Standing::FormerKey,
            day: s.reply.created.to_string(),
            body: s.reply.body.clone(),
        }
    }
}

/// `replies --json`.
#[derive(Debug, Serialize)]
pub struct RepliesView {
    /// The verified replies, oldest first.
    pub replies: Vec<ReplyView>,
    /// Reply numbers missing between those shown (withheld or expired).
    pub missing: Vec<u64>,
    /// Messages that failed verification and were ignored, one line each.
    pub problems: Vec<String>,
    /// The whole conversation, oldest first: your report and follow-ups
    /// (from `--copy` files and your mailbox's own log) and the replies.
    pub conversation: Vec<EntryView>,
}

/// `followup --json`.
#[derive(Debug, Serialize)]
pub struct FollowupView {
    /// The drop box's id for the follow-up.
    pub id: String,
    /// sha256 of the ciphertext sent (hex).
    pub receipt: String,
    /// Its number in the conversation.
    pub seq: u64,
    /// Member ids who can read it.
    pub recipients: Vec<String>,
    /// Member ids the conversation leaves out.
    pub left_out: Vec<String>,
    /// The team's replies read to work out the readers (their reading
    /// starts their expiry on the drop box, so they are shown here).
    pub replies: Vec<ReplyView>,
    /// What the reporter agreed to before it was encrypted.
    pub consent: crate::consent::Facts,
    /// The saved copy, with `--keep`, else null.
    pub keep: Option<String>,
}

/// An attachment of a kept copy.
#[derive(Debug, Serialize)]
pub struct AttachmentView {
    /// Its file name.
    pub name: String,
    /// The media type it was sent as.
    pub media_type: String,
    /// Bytes.
    pub size: u64,
    /// Where `--out` saved it, else null.
    pub saved: Option<String>,
}

/// `open --json`.
#[derive(Debug, Serialize)]
pub struct OpenView {
    /// `report` or `followup`.
    pub kind: &'static str,
    /// A follow-up's number, else null.
    pub seq: Option<u64>,
    /// The day it was made (YYYY-MM-DD).
    pub day: String,
    /// The member ids it was encrypted to.
    pub recipients: Vec<String>,
    /// The title, if any.
    pub title: Option<String>,
    /// The text.
    pub body: String,
    /// The category, if any.
    pub category: Option<String>,
    /// The severity guess, if any.
    pub severity: Option<String>,
    /// The contact details given, if any.
    pub contact: Option<String>,
    /// The credit asked for, if any.
    pub credit: Option<String>,
    /// The attachments.
    pub attachments: Vec<AttachmentView>,
}

/// One message of the conversation, yours or the team's.
#[derive(Clone, Debug, Serialize)]
pub struct EntryView {
    /// `report`, `followup` (yours) or `reply` (the team's).
    pub kind: &'static str,
    /// `you`, or the replying member's id.
    pub from: String,
    /// A follow-up's or reply's number, else null.
    pub seq: Option<u64>,
    /// The day written (YYYY-MM-DD).
    pub day: String,
    /// A report's title, else null.
    pub title: Option<String>,
    /// The text.
    pub body: String,
    /// Attachment names (from kept copies only; the mailbox's copies of
    /// your follow-ups carry none).
    pub attachments: Vec<String>,
}

/// `replies --export FILE`: the conversation as one file.
#[derive(Debug, Serialize)]
pub struct ExportView {
    /// The team fingerprint.
    pub team: String,
    /// The codename's mailbox id.
    pub mailbox: String,
    /// Oldest first; on one day, yours before the team's.
    pub conversation: Vec<EntryView>,
}
