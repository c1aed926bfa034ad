//! Annotations, for `reviewer set`, `assign`, `note`, `step`, `agree`,
//! `redact`, `close`, `reopen`, `hold` and the window (`reviewer ui`) alike:
//! one rule each, whichever door the member comes in by.
//!
//! Each change is a team event (see `teamlog`): applied here at once, and
//! posted with the next sync to the case's recipients still in the roster.

use anyhow::{Context, bail};

use dropbox_crypto::MemberId;
use dropbox_crypto::bundle::Severity;
use dropbox_crypto::messages::{EventBody, Status, StepKind, Tlp};
use dropbox_crypto::time::Day;

use crate::domain::case::{Case, describe};
use crate::services::session::Session;
use crate::services::teamlog;

/// Changes to a case's annotations (`reviewer set`).
#[derive(Debug, Default)]
pub struct Changes<'a> {
    /// New status.
    pub status: Option<&'a str>,
    /// New triaged severity.
    pub severity: Option<&'a str>,
    /// New TLP label.
    pub tlp: Option<&'a str>,
    /// New owner (a member id).
    pub owner: Option<&'a str>,
    /// Outside parties named for TLP:RED.
    pub parties: &'a [String],
    /// The organisation named for AMBER+STRICT.
    pub organisation: Option<&'a str>,
    /// Fields a community alert may carry.
    pub shareable: Option<&'a [String]>,
}

/// The fields a community alert or a share may name.
pub const FIELDS: [&str; 9] = [
    "title",
    "body",
    "category",
    "severity",
    "contact",
    "credit",
    "notes",
    "followups",
    "attachments",
];

/// What an annotation command did: printed as its `message`, or with
/// `--json` as `{"case", "changes", "message", "purge_day"}` (docs/CLI.md).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Done {
    /// The case changed.
    pub case: String,
    /// Each event recorded, described as the case's log describes it.
    pub changes: Vec<String>,
    /// The sentence for a person.
    pub message: String,
    /// When a closed or held case will be purged (`null`: not closed, or
    /// held without end).
    pub purge_day: Option<Day>,
}

impl Done {
    pub(crate) fn new(case: &str, bodies: &[EventBody], message: String) -> Self {
        Done {
            case: case.to_owned(),
            changes: bodies.iter().map(describe).collect(),
            message,
            purge_day: None,
        }
    }
}

fn record_all(s: &mut Session, id: &str, bodies: &[EventBody]) -> anyhow::Result<Case> {
    let mut case = s.store.open_case(id)?;
    let (ctx, store) = s.parts()?;
    for b in bodies {
        teamlog::record(store, &ctx, &mut case, b.clone())?;
    }
    Ok(case)
}

fn member_on_case(s: &Session, case: &Case, m: &str) -> anyhow::Result<MemberId> {
    let m: MemberId = m.parse()?;
    let head = &s.chain()?.head().roster;
    if head.member(&m).is_none() {
        bail!("{m} is not in the current roster");
    }
    if !case.report.recipients.contains(&m) {
        bail!(
            "{m} is not among this case's recipients (the reporter left them out), so cannot own it"
        );
    }
    Ok(m)
}

/// `reviewer set ID ...`: records only what differs from the case's
/// current state; a value it already has is named in the message and
/// recorded nowhere (no event, no log line).
pub fn set(s: &mut Session, id: &str, ch: &Changes<'_>) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    let case = s.store.open_case(id)?;
    let st = case.state();
    let mut bodies = Vec::new();
    let mut same = Vec::new();
    if let Some(v) = ch.status {
        let value: Status = v.parse().map_err(|e: String| anyhow::anyhow!(e))?;
        if value == Status::Closed {
            bail!("use `reviewer close {id} --reason ...` to close a case");
        }
        if value == st.status {
            same.push(format!("status {value}"));
        } else {
            bodies.push(EventBody::Status { value });
        }
    }
    if let Some(v) = ch.severity {
        let value: Severity = v.parse().map_err(|e: String| anyhow::anyhow!(e))?;
        if st.severity == Some(value) {
            same.push(format!("severity {value}"));
        } else {
            bodies.push(EventBody::Severity { value });
        }
    }
    if let Some(v) = ch.tlp {
        let value: Tlp = v.parse().map_err(|e: String| anyhow::anyhow!(e))?;
        if st.tlp == value {
            same.push(format!("TLP:{value}"));
        } else {
            bodies.push(EventBody::Tlp { value });
        }
    }
    if let Some(o) = ch.owner {
        let member = member_on_case(s, &case, o)?;
        if st.owner.as_ref() == Some(&member) {
            same.push(format!("owner {member}"));
        } else {
            bodies.push(EventBody::Owner { member });
        }
    }
    for p in ch.parties {
        let fp: crate::pgp::PgpFingerprint = p.parse().context("--party")?;
        let fingerprint = fp.to_string();
        if st.parties.contains(&fingerprint) {
            same.push(format!("party {fingerprint}"));
        } else {
            bodies.push(EventBody::Party { fingerprint });
        }
    }
    if let Some(o) = ch.organisation {
        let name = o.trim().trim_start_matches('@').to_ascii_lowercase();
        if name.is_empty() || !name.contains('.') || name.contains(char::is_whitespace) {
            bail!("--organisation must be a mail domain, e.g. example.org");
        }
        if st.organisation.as_deref() == Some(name.as_str()) {
            same.push(format!("organisation {name}"));
        } else {
            bodies.push(EventBody::Organisation { name });
        }
    }
    if let Some(f) = ch.shareable {
        for x in f {
            if !FIELDS.contains(&x.as_str()) {
                bail!("unknown field {x:?}: use {}", FIELDS.join(", "));
            }
        }
        if st.shareable == f {
            same.push(format!("shareable {}", f.join(",")));
        } else {
            bodies.push(EventBody::Shareable { fields: f.to_vec() });
        }
    }
    if bodies.is_empty() && same.is_empty() {
        bail!(
            "nothing to change: give --status, --severity, --tlp, --owner, --party, --organisation or --shareable"
        );
    }
    let unchanged = if same.is_empty() {
        String::new()
    } else {
        format!(" (already: {})", same.join(", "))
    };
    if bodies.is_empty() {
        return Ok(Done::new(
            id,
            &bodies,
            format!("No change: case {id} already has {}.", same.join(", ")),
        ));
    }
    record_all(s, id, &bodies)?;
    Ok(Done::new(
        id,
        &bodies,
        format!("Updated case {id}; the change goes to the team with the next sync.{unchanged}"),
    ))
}

/// `reviewer assign ID MEMBER`.
pub fn assign(s: &mut Session, id: &str, member: &str) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    let case = s.store.open_case(id)?;
    let m = member_on_case(s, &case, member)?;
    if case.state().owner.as_ref() == Some(&m) {
        return Ok(Done::new(
            id,
            &[],
            format!("No change: case {id} already has owner {m}."),
        ));
    }
    let bodies = [EventBody::Owner { member: m.clone() }];
    record_all(s, id, &bodies)?;
    Ok(Done::new(
        id,
        &bodies,
        format!("Case {id} is now owned by {m}."),
    ))
}

/// `reviewer note ID TEXT`.
pub fn note(s: &mut Session, id: &str, text: &str) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    if text.trim().is_empty() {
        bail!("the note is empty");
    }
    let bodies = [EventBody::Note {
        text: text.to_owned(),
    }];
    record_all(s, id, &bodies)?;
    Ok(Done::new(id, &bodies, format!("Noted on case {id}.")))
}

/// `reviewer step ID STEP [--detail D]`.
pub fn step(s: &mut Session, id: &str, step: &str, detail: &str) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    let kind: StepKind = step.parse().map_err(|e: String| anyhow::anyhow!(e))?;
    let case = s.store.open_case(id)?;
    if matches!(
        kind,
        StepKind::Notified | StepKind::PartyResponded | StepKind::Escalated
    ) && !case.is_vulnerability()
    {
        errln!("note: the disclosure schedule applies to vulnerability reports; recorded anyway");
    }
    let bodies = [EventBody::Step {
        step: kind,
        detail: detail.to_owned(),
    }];
    record_all(s, id, &bodies)?;
    Ok(Done::new(
        id,
        &bodies,
        format!("Recorded {kind} on case {id}."),
    ))
}

/// `reviewer agree ID --date D --reason R`.
pub fn agree(s: &mut Session, id: &str, date: &str, reason: &str) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    let date: Day = date.parse().context("--date must be YYYY-MM-DD")?;
    if reason.trim().is_empty() {
        bail!("say why the disclosure date differs from the schedule (--reason)");
    }
    let bodies = [EventBody::Disclosure {
        date,
        reason: reason.to_owned(),
    }];
    record_all(s, id, &bodies)?;
    Ok(Done::new(
        id,
        &bodies,
        format!("Disclosure of case {id} agreed for {date}."),
    ))
}

/// `reviewer redact ID FIELD`.
pub fn redact(s: &mut Session, id: &str, field: &str) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    let case = s.store.open_case(id)?;
    let target = if field == "contact" {
        if case.report.contact.is_none() {
            bail!("case {id} holds no contact details");
        }
        "contact".to_owned()
    } else if let Some(n) = field.strip_prefix("note:") {
        let notes = case.state().notes;
        let i: usize = n
            .parse()
            .context("note:N takes the note's number from `show`")?;
        let note = i
            .checked_sub(1)
            .and_then(|i| notes.get(i))
            .with_context(|| format!("case {id} has no note {i}"))?;
        format!("note:{}", note.id)
    } else {
        bail!("redact `contact` or `note:N`");
    };
    let bodies = [EventBody::Redaction { target }];
    record_all(s, id, &bodies)?;
    Ok(Done::new(
        id,
        &bodies,
        format!("Redacted {field} from case {id}."),
    ))
}

/// `reviewer close ID --reason R`.
pub fn close(s: &mut Session, id: &str, reason: &str) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    let bodies = [EventBody::Close {
        reason: reason.to_owned(),
    }];
    let case = record_all(s, id, &bodies)?;
    let purge = case
        .state()
        .purge_after(s.store.backup_days)
        .context("the case did not close")?;
    Ok(Done {
        purge_day: Some(purge),
        ..Done::new(
            id,
            &bodies,
            format!(
                "Closed case {id}. Its details have left the active store; it can be reopened until it is purged on {purge}."
            ),
        )
    })
}

fn closed_case(s: &Session, id: &str) -> anyhow::Result<Case> {
    let c = s.store.case(id).with_context(|| {
        format!("no case {id} (a case purged after its backup window cannot come back)")
    })?;
    if c.state().closed.is_none() {
        bail!("case {id} is open");
    }
    Ok(c)
}

/// `reviewer reopen ID --reason R`.
pub fn reopen(s: &mut Session, id: &str, reason: &str) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    let mut case = closed_case(s, id)?;
    let body = EventBody::Reopen {
        reason: reason.to_owned(),
    };
    let (ctx, store) = s.parts()?;
    teamlog::record(store, &ctx, &mut case, body.clone())?;
    Ok(Done::new(id, &[body], format!("Reopened case {id}.")))
}

/// `reviewer hold ID --reason R [--until D]`. On a case its reporter
/// withdrew, the reporter is told in a signed reply that the team keeps
/// it, until when and why.
pub fn hold(s: &mut Session, id: &str, reason: &str, until: Option<&str>) -> anyhow::Result<Done> {
    let id = &s.store.resolve_id(id)?;
    let mut case = closed_case(s, id)?;
    let until: Day = match until {
        Some(u) => u.parse().context("--until must be YYYY-MM-DD")?,
        None => s.now().day().add_days(30),
    };
    let body = EventBody::Hold {
        until,
        reason: reason.to_owned(),
    };
    let (ctx, store) = s.parts()?;
    teamlog::record(store, &ctx, &mut case, body.clone())?;
    let purge = case.state().purge_after(s.store.backup_days);
    let mut message = format!(
        "Case {id} is held; it will be purged on {}.",
        purge.map_or("(never)".into(), |d| d.to_string())
    );
    // A reporter who withdrew the report is told that the team keeps it,
    // until when and why (protocol 1.5).
    if case.withdrawal.is_some() && case.report.reply.is_some() {
        let text = format!(
            "We received your withdrawal. We must keep your report until {until}: {reason}. It stays closed, and is deleted after that."
        );
        let sent = crate::services::reply::send(s, id, &text)?;
        message.push_str(&format!(
            " The reporter withdrew it and is told so in reply #{}{}.",
            sent.seq,
            match sent.posted {
                crate::services::reply::Posted::Now => "",
                _ => " (queued for the next sync)",
            }
        ));
    }
    Ok(Done {
        purge_day: purge,
        ..Done::new(id, &[body], message)
    })
}
