//! `reviewer sync` and `reviewer open FILE`: fetch or read reports and
//! file them as cases, then say what was done.

use std::path::Path;

use anyhow::{Context, bail};

use dropbox_crypto::TeamFingerprint;
use dropbox_crypto::time::UnixTime;
use dropbox_term::count;

use crate::domain::ingest::Filed;
use crate::error::Failure;
use crate::services;
use crate::services::ingest::{file_ciphertext, receipt_of};
use crate::services::session::{Session, server_url};

/// Runs `reviewer sync`: the roster, then this member's queued events and
/// replies, the team's event log, new reports, snapshots, the purge.
pub fn sync(
    home: &Path,
    server: Option<&str>,
    team: Option<&str>,
    json: bool,
) -> anyhow::Result<()> {
    let server = server_url(home, server)?;
    // One unlock (scrypt is the slow part of a small sync); the roster is
    // checked before anything else is done with the store.
    sync_in(Session::open_quiet(home)?, &server, team, json)
}

/// [`sync`] in a session already open (without the automatic purge, which
/// runs once the roster is verified), printing what it did.
pub fn sync_in(s: Session, server: &str, team: Option<&str>, json: bool) -> anyhow::Result<()> {
    let bar = crate::output::progress(json);
    let o = services::sync::run(s, server, team, &bar)?;
    for a in &o.alerts {
        errln!("{a}");
    }
    if json {
        jsonln!("{}", serde_json::to_string(&o)?);
    } else {
        outln!(
            "{}, {}, {} not encrypted to you; {} applied, {} posted.",
            count(o.new_cases as u64, "new case", "new cases"),
            count(o.followups as u64, "follow-up", "follow-ups"),
            count(o.unreadable as u64, "item", "items"),
            count(o.events_applied as u64, "team event", "team events"),
            o.events_posted
        );
        if o.followups_waiting > 0 {
            outln!(
                "{} on the drop box for their report (or a grant of it).",
                count(
                    o.followups_waiting as u64,
                    "follow-up waits",
                    "follow-ups wait"
                )
            );
        }
        if o.withdrawals_waiting > 0 {
            outln!(
                "{} on the drop box for a report this store does not hold.",
                count(
                    o.withdrawals_waiting as u64,
                    "withdrawal waits",
                    "withdrawals wait"
                )
            );
        }
        if o.events_waiting > 0 {
            outln!(
                "{} for their case to reach this store.",
                count(
                    o.events_waiting as u64,
                    "team event waits",
                    "team events wait"
                )
            );
        }
        if !o.quarantined.is_empty() {
            outln!(
                "{} and acked (`reviewer quarantine` lists them).",
                count(
                    o.quarantined.len() as u64,
                    "item quarantined",
                    "items quarantined"
                )
            );
        }
        if o.granted > 0 {
            outln!(
                "{} to you.",
                count(o.granted as u64, "case granted", "cases granted")
            );
        }
        if !o.purged.is_empty() {
            outln!(
                "{} by the team.",
                count(o.purged.len() as u64, "case purged", "cases purged")
            );
        }
        for e in &o.errors {
            errln!("error: {e}");
        }
    }
    // The exit status never depends on the output format.
    if !o.errors.is_empty() {
        return Err(Failure::Partial {
            failed: o.errors.len(),
            retry: "sync",
        }
        .into());
    }
    Ok(())
}

/// Runs `reviewer open FILE`.
pub fn open(home: &Path, file: &Path, team: Option<&str>, json: bool) -> anyhow::Result<()> {
    let mut s = Session::open(home)?;
    let team: TeamFingerprint = team
        .map(str::to_owned)
        .or(s.cfg.team.clone())
        .context("pass --team (the team fingerprint)")?
        .parse()?;
    let open = || {
        std::fs::File::open(file)
            .map(std::io::BufReader::new)
            .with_context(|| format!("cannot read {}", file.display()))
    };
    let receipt = receipt_of(open()?)
        .with_context(|| format!("cannot read {}", file.display()))?
        .to_string();
    let filed = file_ciphertext(
        &mut s.store,
        &s.keys,
        &team,
        open()?,
        None,
        &receipt,
        UnixTime::now(),
    )?;
    match (filed, json) {
        (Filed::Unreadable, _) => bail!("{} is not encrypted to you", file.display()),
        (Filed::Withdrawn(None), _) => bail!(
            "{} withdraws a report this store does not have: nothing to file",
            file.display()
        ),
        (Filed::Withdrawn(Some(id)), true) => jsonln!("{}", serde_json::json!({"case": id})),
        (Filed::Withdrawn(Some(id)), false) => {
            outln!("{}", crate::domain::ingest::withdrawn_alert(&id))
        }
        (Filed::Pending, _) => bail!(
            "{} is a follow-up for a conversation this store does not have (yet): sync first",
            file.display()
        ),
        (Filed::Refused(r), _) => bail!(
            "{}{} cannot be filed: {}",
            if r.alert { "ALERT: " } else { "" },
            file.display(),
            r.reason
        ),
        (Filed::GrantCorrected(id), _) => {
            errln!(
                "ALERT: case {id}: this report differs from the grant of it you received; the report replaced it (its log names who granted it)"
            );
            if json {
                jsonln!("{}", serde_json::json!({"case": id}))
            } else {
                outln!("Filed as case {id}.")
            }
        }
        (
            Filed::NewCase(id) | Filed::Followup(id) | Filed::Duplicate(id) | Filed::Conflict(id),
            true,
        ) => jsonln!("{}", serde_json::json!({"case": id})),
        (Filed::Duplicate(id), false) => outln!("This report is already case {id}."),
        (Filed::Conflict(id), false) => outln!(
            "Filed in case {id}, beside another follow-up with the same number and different content (a conflict, shown by `reviewer show {id}`)."
        ),
        (Filed::NewCase(id) | Filed::Followup(id), false) => outln!("Filed as case {id}."),
    }
    Ok(())
}
