//! Reading cases: `reviewer list`, `show`, `search`, `quarantine`,
//! `attachment`, `delete`.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, bail};

use dropbox_crypto::messages;
use dropbox_crypto::text::Line;
use dropbox_crypto::time::UnixTime;

use crate::domain::search;
use crate::output::{detect, when};
use crate::remote::Api;
use crate::services::session::{Session, server_url};

/// Filters for `reviewer list`.
#[derive(Debug, Default)]
pub struct Filter<'a> {
    /// Status.
    pub status: Option<&'a str>,
    /// Triaged severity.
    pub severity: Option<&'a str>,
    /// TLP label.
    pub tlp: Option<&'a str>,
    /// Owner.
    pub owner: Option<&'a str>,
    /// Only this member's cases.
    pub mine: bool,
    /// Only cases with a deadline past due.
    pub overdue: bool,
}

/// Runs `reviewer list`.
pub fn list(home: &Path, filter: &Filter<'_>, json: bool) -> anyhow::Result<()> {
    let s = Session::open(home)?;
    let status = filter
        .status
        .map(|t| t.parse::<messages::Status>())
        .transpose()
        .map_err(|e| anyhow::anyhow!(e))?;
    let severity = filter
        .severity
        .map(|t| t.parse::<dropbox_crypto::bundle::Severity>())
        .transpose()
        .map_err(|e| anyhow::anyhow!(e))?;
    let tlp = filter
        .tlp
        .map(|t| t.parse::<messages::Tlp>())
        .transpose()
        .map_err(|e| anyhow::anyhow!(e))?;
    let me = s.keys.id.to_string();
    let owner = if filter.mine {
        Some(me.as_str())
    } else {
        filter.owner
    };
    let policy = s.policy();
    let now = UnixTime::now();
    let mut rows = Vec::new();
    for c in s.store.cases()? {
        let st = c.state();
        let overdue = crate::domain::due::overdue(&c, &st, &policy, now)?;
        if status.is_some_and(|v| st.status != v)
            || severity.is_some_and(|v| st.severity != Some(v))
            || tlp.is_some_and(|v| st.tlp != v)
            || owner.is_some_and(|o| st.owner.as_ref().map(|m| m.as_str()) != Some(o))
            || (filter.overdue && overdue.is_empty())
        {
            continue;
        }
        rows.push((c, st, overdue));
    }
    if json {
        let out: Vec<_> = rows
            .iter()
            .map(|(c, st, overdue)| {
                serde_json::json!({
                    "id": c.id, "title": c.report.title, "status": st.status, "tlp": st.tlp,
                    "severity": st.severity, "owner": st.owner,
                    "category": c.report.category, "severity_guess": c.report.severity,
                    "day": c.report.created.to_string(), "attachments": c.all_attachments().len(),
                    "followups": c.followups.len(), "overdue": overdue,
                })
            })
            .collect();
        jsonln!("{}", serde_json::Value::Array(out));
    } else if rows.is_empty() {
        outln!("No cases.");
    } else {
        for (c, st, overdue) in &rows {
            outln!(
                "{}  {:<9} {:<12} {:<8} {}{}",
                c.id,
                st.status,
                st.tlp,
                st.owner.as_ref().map_or("-", |m| m.as_str()),
                Line(c.report.title.as_deref().unwrap_or("(no title)")),
                if overdue.is_empty() {
                    String::new()
                } else {
                    format!("  [overdue: {}]", overdue.join(", "))
                }
            );
        }
    }
    Ok(())
}

/// Runs `reviewer show ID`.
pub fn show(home: &Path, id: &str, json: bool) -> anyhow::Result<()> {
    let mut s = Session::open(home)?;
    let mut c = s.store.open_case(id)?;
    c.access(UnixTime::now().0, s.keys.id.as_str(), "opened");
    s.store.update_case(&c, None)?;
    let st = c.state();
    if json {
        let mut v = serde_json::to_value(&c)?;
        v["state"] = serde_json::to_value(&st)?;
        jsonln!("{v}");
        return Ok(());
    }
    let r = &c.report;
    outln!("Case {} — {} (TLP:{})", c.id, st.status, st.tlp);
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
    outln!();
    outln!("{}", r.body.as_deref().unwrap_or(""));
    for (i, a) in c.all_attachments().iter().enumerate() {
        outln!(
            "Attachment {i}: {} ({}, {} bytes, type claimed by the sender)",
            Line(&a.name),
            Line(&a.media_type),
            a.size
        );
    }
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
    let all = s.store.quarantined()?;
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
        outln!("Size:        {} bytes", q["size"]);
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

/// Runs `reviewer attachment ID N --out FILE`.
pub fn attachment(home: &Path, id: &str, n: usize, out: &Path, json: bool) -> anyhow::Result<()> {
    let mut s = Session::open(home)?;
    let mut c = s.store.open_case(id)?;
    let claimed = c
        .all_attachments()
        .get(n)
        .map(|a| a.media_type.clone())
        .with_context(|| format!("case {id} has no attachment {n}"))?;
    let mut f =
        std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    s.store.read_attachment(id, n, &mut f)?;
    c.access(
        UnixTime::now().0,
        s.keys.id.as_str(),
        format!("exported attachment {n}"),
    );
    s.store.update_case(&c, None)?;
    let mut head = [0u8; 8];
    let got = std::fs::File::open(out)?.read(&mut head)?;
    let detected = detect(&head[..got]);
    let active = matches!(
        detected,
        "executable" | "pdf" | "office document (may hold macros)" | "html"
    ) || detected.starts_with("zip");
    crate::output::said(
        json,
        serde_json::json!({
            "case": id, "file": out, "claimed": claimed, "detected": detected,
            "active_content": active,
        }),
        format_args!(
            "Wrote {} (claimed type {claimed}, detected {detected}).",
            out.display()
        ),
    );
    if active {
        errln!(
            "warning: {detected} can carry active content; open it only in a sandbox without network (e.g. bubblewrap) or clean it with mat2"
        );
    }
    Ok(())
}

/// Runs `reviewer delete ID`: removes the case's report from the drop box,
/// proving with its delete token that this member could decrypt it.
pub fn delete(home: &Path, id: &str, json: bool) -> anyhow::Result<()> {
    let server = server_url(home, None)?;
    let mut s = Session::open(home)?;
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
    let terms: Vec<String> = terms.iter().map(|t| t.to_lowercase()).collect();
    let mut hits = Vec::new();
    for c in s.store.cases()? {
        let st = c.state();
        if search::matches(&c, &st, &terms) {
            hits.push((c, st));
        }
    }
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
