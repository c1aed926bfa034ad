//! Reading cases: `reviewer list`, `show`, `search`, `quarantine`,
//! `attachment`, `delete`.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, bail};

use dropbox_crypto::text::Line;
use dropbox_crypto::time::UnixTime;

pub use crate::services::cases::{Filter, safe_file_name};

use crate::output::{count, when};
use crate::remote::Api;
use crate::services::cases;
use crate::services::session::{Session, server_url};

/// Runs `reviewer list`.
pub fn list(home: &Path, filter: &Filter<'_>, json: bool) -> anyhow::Result<()> {
    let s = Session::open(home)?;
    let (rows, all_ids) = cases::list_index(&s, filter)?;
    if json {
        let out: Vec<_> = rows
            .iter()
            .map(|r| {
                let c = &r.summary;
                serde_json::json!({
                    "id": r.id, "title": c.title, "status": c.status, "tlp": c.tlp,
                    "severity": c.severity, "owner": c.owner,
                    "category": c.category, "severity_guess": c.severity_guess,
                    "day": c.day.to_string(), "attachments": c.attachments,
                    "followups": c.followups, "overdue": r.overdue,
                    "purge_day": r.purge.map(|d| d.to_string()),
                })
            })
            .collect();
        jsonln!("{}", serde_json::Value::Array(out));
        return Ok(());
    }
    if rows.is_empty() {
        outln!(
            "{}",
            if filter.closed {
                "No closed cases within their backup window."
            } else {
                "No cases."
            }
        );
        return Ok(());
    }
    let short = crate::domain::caseid::short_len(all_ids.iter().map(String::as_str));
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let c = &r.summary;
            let mut title = c.title.as_deref().unwrap_or("(no title)").to_owned();
            if !r.overdue.is_empty() {
                title.push_str(&format!("  [overdue: {}]", r.overdue.join(", ")));
            }
            if let Some(d) = r.purge {
                title.push_str(&format!("  [purged on {d}]"));
            }
            vec![
                r.id.chars().take(short).collect(),
                c.day.to_string(),
                c.status.to_string(),
                c.severity.map_or("-".into(), |v| v.to_string()),
                c.severity_guess.map_or("-".into(), |v| v.to_string()),
                c.tlp.to_string(),
                c.owner.clone().unwrap_or_else(|| "-".into()),
                title,
            ]
        })
        .collect();
    for line in crate::output::table(
        &[
            "ID", "RECEIVED", "STATUS", "SEVERITY", "GUESS", "TLP", "OWNER", "TITLE",
        ],
        &table,
    ) {
        outln!("{line}");
    }
    Ok(())
}

/// Runs `reviewer show ID`.
pub fn show(home: &Path, id: &str, json: bool) -> anyhow::Result<()> {
    let mut s = Session::open(home)?;
    let (c, st) = cases::read(&mut s, id)?;
    if json {
        let mut v = serde_json::to_value(&c)?;
        v["state"] = serde_json::to_value(&st)?;
        jsonln!("{v}");
        return Ok(());
    }
    let r = &c.report;
    outln!("Case {} — {} (TLP:{})", c.id, st.status, st.tlp);
    if let Some(w) = &c.withdrawal {
        outln!(
            "WITHDRAWN by the reporter on {}{}",
            w.day,
            if w.reason.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", Line(&w.reason))
            }
        );
        outln!("{}", withdrawn_status(&st, s.store.backup_days));
    }
    outln!(
        "Title:     {}",
        Line(r.title.as_deref().unwrap_or("(none)"))
    );
    outln!(
        "Category:  {}",
        Line(r.category.as_deref().unwrap_or("(none)"))
    );
    outln!(
        "Reporter's severity guess: {}",
        r.severity.map_or("(none)".into(), |s| s.to_string())
    );
    outln!("Received:  {} (receipt {})", r.created, c.receipt);
    outln!("Imported:  {}", when(c.imported));
    if let Some(g) = &c.from_grant {
        outln!(
            "Source:    granted by {g}; the report itself has not reached this store to check the grant against"
        );
    }
    outln!(
        "Replies:   {}",
        if r.reply.is_some() {
            "possible (the reporter has a codename)"
        } else {
            "not possible"
        }
    );
    if let Some(contact) = &r.contact {
        outln!("Contact:   {}", Line(contact));
    }
    if let Some(credit) = &r.credit {
        outln!("Credit as: {}", Line(credit));
    }
    // Those left out are counted against the roster the reporter chose
    // from (the current one when that is no longer known here).
    let members = cases::roster_members(&s, &c);
    let members: Vec<&str> = members.iter().map(String::as_str).collect();
    outln!("Recipients: {}", recipients_line(&r.recipients, &members));
    outln!();
    outln!("{}", r.body.as_deref().unwrap_or(""));
    // Attachments are numbered across the case (as `reviewer attachment`
    // takes them) and listed under the message that carried them.
    let mut n = 0;
    let mut attachments = |list: &[dropbox_crypto::bundle::AttachmentMeta]| {
        for a in list {
            outln!(
                "Attachment {n}: {} ({}, {}, type claimed by the sender)",
                Line(&a.name),
                Line(&a.media_type),
                count(a.size as usize, "byte", "bytes")
            );
            n += 1;
        }
    };
    attachments(&r.attachments);
    outln!(
        "Severity:  {}   Owner: {}",
        st.severity
            .map_or("(not triaged)".into(), |s| s.to_string()),
        st.owner.as_ref().map_or("(none)", |m| m.as_str())
    );
    if let Some(o) = &st.organisation {
        outln!("Organisation (AMBER+STRICT): {o}");
    }
    for p in &st.parties {
        outln!("Outside party (TLP:RED): {p}");
    }
    if let Some(d) = &st.disclosure {
        outln!("Disclosure agreed for {} ({})", d.day, d.reason);
    }
    for (i, n) in st.notes.iter().enumerate() {
        outln!("Note {} by {} on {}: {}", i + 1, n.member, n.day, n.text);
    }
    for st in &st.steps {
        outln!(
            "Step {} by {} at {} {}",
            st.step,
            st.member,
            when(st.at),
            st.detail
        );
    }
    for r in &st.replies {
        outln!();
        outln!("Reply #{} by {} on {}:", r.seq, r.member, r.day);
        outln!("{}", r.body);
    }
    for f in &c.followups {
        outln!();
        if f.conflict {
            outln!(
                "Follow-up #{} on {} — CONFLICT: another follow-up above has this number and different content; both are signed with the reporter's codename:",
                f.seq,
                f.day
            );
        } else {
            outln!("Follow-up #{} on {}:", f.seq, f.day);
        }
        outln!("{}", f.body);
        attachments(&f.attachments);
    }
    outln!();
    outln!("Log:");
    for a in &c.log {
        outln!("  {}  {:<10} {}", when(a.at), a.who, Line(&a.what));
    }
    Ok(())
}

/// Runs `reviewer quarantine [ID]`: the items set aside, or one's facts.
pub fn quarantine(home: &Path, id: Option<&str>, json: bool) -> anyhow::Result<()> {
    let s = Session::open(home)?;
    let all = crate::services::alerts::quarantined_facts(&s)?;
    let Some(id) = id else {
        if json {
            jsonln!("{}", serde_json::Value::Array(all));
        } else if all.is_empty() {
            outln!("Nothing is quarantined.");
        } else {
            for q in &all {
                outln!(
                    "{}  {}  {}{}",
                    q["id"].as_str().unwrap_or_default(),
                    q["day"].as_str().filter(|d| !d.is_empty()).unwrap_or("-"),
                    if q["alert"] == true { "ALERT: " } else { "" },
                    q["reason"].as_str().unwrap_or_default()
                );
            }
        }
        return Ok(());
    };
    let q = all
        .into_iter()
        .find(|q| q["id"] == id)
        .with_context(|| format!("no quarantined item {id}"))?;
    if json {
        jsonln!("{q}");
    } else {
        outln!("Item:        {id}");
        outln!(
            "Arrived:     {}",
            q["day"]
                .as_str()
                .filter(|d| !d.is_empty())
                .unwrap_or("(not known)")
        );
        outln!(
            "Size:        {}",
            count(q["size"].as_u64().unwrap_or(0) as usize, "byte", "bytes")
        );
        outln!("Recipients:  {} age stanzas", q["stanzas"]);
        outln!(
            "Bundle kind: {}",
            q["kind"].as_str().unwrap_or("(no bundle could be decoded)")
        );
        outln!(
            "Set aside:   {}",
            q["quarantined"].as_str().unwrap_or_default()
        );
        outln!(
            "Why:         {}{}",
            if q["alert"] == true { "ALERT: " } else { "" },
            q["reason"].as_str().unwrap_or_default()
        );
    }
    Ok(())
}

/// Where `reviewer attachment` writes.
#[derive(Debug, Clone, Copy)]
pub enum Dest<'a> {
    /// This file (`-`: standard output).
    File(&'a Path),
    /// This directory, under the sender's file name made safe
    /// ([`safe_file_name`]).
    Dir(&'a Path),
}

/// Runs `reviewer attachment ID N (--out FILE | --out - | --out-dir DIR)`:
/// an existing file is kept unless `force`.
pub fn attachment(
    home: &Path,
    id: &str,
    n: usize,
    dest: Dest<'_>,
    force: bool,
    json: bool,
) -> anyhow::Result<()> {
    let mut s = Session::open(home)?;
    let id = &s.store.resolve_id(id)?;
    let (out, e) = match dest {
        Dest::File(p) if p.as_os_str() == "-" => {
            if json {
                bail!(
                    "--json and --out - both want standard output: write to a file, or leave out --json"
                );
            }
            if std::io::stdout().is_terminal() {
                bail!(
                    "standard output is a terminal, and an attachment's bytes could drive it: pipe it (e.g. `| less`) or write it with --out FILE"
                );
            }
            let mut w = std::io::stdout().lock();
            let e = cases::export(&mut s, id, n, &mut w)?;
            w.flush().context("cannot write to standard output")?;
            errln!(
                "Wrote attachment {n} to standard output (claimed type {}, detected {}).",
                e.claimed,
                e.detected
            );
            (None, e)
        }
        Dest::File(p) => (
            Some(p.to_owned()),
            cases::export_to_file(&mut s, id, n, p, force)?,
        ),
        Dest::Dir(d) => {
            let (p, e) = cases::export_to_dir(&mut s, id, n, d, force)?;
            (Some(p), e)
        }
    };
    if let Some(out) = out {
        let (claimed, detected) = (&e.claimed, e.detected);
        crate::output::said(
            json,
            serde_json::json!({
                "case": id, "file": out, "claimed": claimed, "detected": detected,
                "active_content": e.active_content,
            }),
            format_args!(
                "Wrote {} (claimed type {claimed}, detected {detected}).",
                out.display()
            ),
        );
    }
    if e.active_content {
        errln!("warning: {}", cases::active_warning(e.detected));
    }
    Ok(())
}

/// Runs `reviewer delete ID`: removes the case's report from the drop box,
/// proving with its delete token that this member could decrypt it.
pub fn delete(home: &Path, id: &str, json: bool) -> anyhow::Result<()> {
    let server = server_url(home, None)?;
    let mut s = Session::open(home)?;
    let id = &s.store.resolve_id(id)?;
    let mut c = s.store.case(id)?;
    let item = c
        .server_id
        .clone()
        .context("this case did not come from the drop box (it was opened from a file)")?;
    let api = Api::new(&server, &s.keys)?;
    let token = c.report.delete_token.expose_text();
    let (status, body) = api.call_with(
        "DELETE",
        &format!("/v1/submissions/{item}"),
        &[("Dropbox-Delete-Token", &token)],
    )?;
    match status {
        204 => crate::output::said(
            json,
            serde_json::json!({"case": id, "deleted": true}),
            format_args!("Deleted the report of case {id} from the drop box."),
        ),
        404 => crate::output::said(
            json,
            serde_json::json!({"case": id, "deleted": false}),
            format_args!("The drop box no longer holds the report of case {id}."),
        ),
        _ => bail!(
            "the drop box refused the deletion: {}",
            Api::refusal(status, &body)
        ),
    }
    c.access(
        UnixTime::now().0,
        s.keys.id.as_str(),
        "deleted the report from the drop box",
    );
    s.store.update_case(&c, None)?;
    Ok(())
}

/// Runs `reviewer search TERMS`: every open case whose text contains all
/// the terms (case-insensitive), found by decrypting the cases in memory, so
/// no plaintext index ever reaches the disk.
pub fn search(home: &Path, terms: &[String], json: bool) -> anyhow::Result<()> {
    if terms.is_empty() {
        bail!("give at least one search term");
    }
    let s = Session::open(home)?;
    let hits = cases::search(&s, terms)?;
    if json {
        let out: Vec<_> = hits
            .iter()
            .map(|(c, st)| serde_json::json!({"id": c.id, "title": c.report.title, "status": st.status}))
            .collect();
        jsonln!("{}", serde_json::Value::Array(out));
    } else if hits.is_empty() {
        outln!("No case matches.");
    } else {
        for (c, st) in &hits {
            outln!(
                "{}  {:<9} {}",
                c.id,
                st.status,
                Line(c.report.title.as_deref().unwrap_or("(no title)"))
            );
        }
    }
    Ok(())
}

/// The recipients line of `show`: who the reporter chose, and how many
/// members of the roster they chose from were left out ("alice, bob; 1
/// member left out").
fn recipients_line(recipients: &[dropbox_crypto::MemberId], members: &[&str]) -> String {
    let chosen: Vec<&str> = recipients.iter().map(|m| m.as_str()).collect();
    let mut line = if chosen.is_empty() {
        "(none named)".to_owned()
    } else {
        chosen.join(", ")
    };
    let out = members.iter().filter(|m| !chosen.contains(m)).count();
    if out > 0 {
        line.push_str(&format!("; {} left out", count(out, "member", "members")));
    } else if !members.is_empty() {
        line.push_str("; nobody left out");
    }
    line
}

/// What a withdrawal did to a case, for `show`: closed and when it goes,
/// kept by a hold, or reopened by a member.
fn withdrawn_status(st: &crate::domain::case::Annotations, backup_days: u32) -> String {
    match (&st.closed, &st.hold, st.purge_after(backup_days)) {
        (Some(_), Some(h), Some(p)) => format!(
            "  Kept by a hold until {} ({}); purged on {p}.",
            h.day,
            Line(&h.reason)
        ),
        (Some(_), None, Some(p)) => format!(
            "  Closed; purged on {p}. To keep it (a legal hold, an ongoing disclosure): `reviewer hold ID --reason …`."
        ),
        _ => "  Kept open by a member since the withdrawal.".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<dropbox_crypto::MemberId> {
        v.iter().map(|m| m.parse().unwrap()).collect()
    }

    #[test]
    fn the_recipients_line_counts_those_left_out() {
        let team = ["alice", "bob", "carol"];
        assert_eq!(
            recipients_line(&ids(&["alice", "bob"]), &team),
            "alice, bob; 1 member left out"
        );
        assert_eq!(
            recipients_line(&ids(&["alice"]), &team),
            "alice; 2 members left out"
        );
        assert_eq!(
            recipients_line(&ids(&["alice", "bob", "carol"]), &team),
            "alice, bob, carol; nobody left out"
        );
        // Before the first sync there is no roster to count against.
        assert_eq!(recipients_line(&ids(&["alice"]), &[]), "alice");
    }
}
