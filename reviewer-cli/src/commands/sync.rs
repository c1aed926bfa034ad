//! `reviewer sync` and `reviewer open FILE`: fetch or read reports and
//! file them as cases, then say what was done.

use std::path::Path;

use anyhow::{Context, bail};

use dropbox_crypto::TeamFingerprint;
use dropbox_crypto::time::UnixTime;

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
            "{} new cases, {} follow-ups, {} items not encrypted to you; {} team events applied, {} posted.",
            o.new_cases,
            o.followups,
            o.unreadable,
            o.events_applied,
            o.events_posted
        );
        if o.followups_waiting > 0 {
            outln!(
                "{} follow-ups wait on the drop box for their report (or a grant of it).",
                o.followups_waiting
            );
        }
        if o.events_waiting > 0 {
            outln!(
                "{} team events wait for their case to reach this store.",
                o.events_waiting
            );
        }
        if !o.quarantined.is_empty() {
            outln!(
                "{} items quarantined and acked (`reviewer quarantine` lists them).",
                o.quarantined.len()
            );
        }
        if o.granted > 0 {
            outln!("{} cases granted to you.", o.granted);
        }
        if !o.purged.is_empty() {
            outln!("{} cases purged by the team.", o.purged.len());
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
