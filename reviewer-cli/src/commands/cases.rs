//! Reading cases: `reviewer list`, `show`, `search`, `quarantine`,
//! `attachment`, `delete`.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, bail};

use dropbox_crypto::messages;
use dropbox_crypto::text::Line;
use dropbox_crypto::time::UnixTime;

use crate::domain::search;
use crate::output::{count, detect, when};
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
    /// Only the closed cases still within their backup window.
    pub closed: bool,
    /// Open and closed cases alike.
    pub all: bool,
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
    let now = s.now();
    let all_ids = s.store.all_ids()?;
    // A closed case keeps its row (and so is listed) only until its purge
    // day: the automatic purge at Session::open has removed the others.
    let wanted = all_ids.iter().filter(|(_, purge)| match purge {
        None => !filter.closed,
        Some(_) => filter.closed || filter.all,
    });
    let mut rows = Vec::new();
    for (id, purge) in wanted {
        let c = s.store.case(id)?;
        let st = c.state();
        let overdue = if purge.is_some() {
            Vec::new()
        } else {
            crate::domain::due::overdue(&c, &st, &policy, now)?
        };
        if status.is_some_and(|v| st.status != v)
            || severity.is_some_and(|v| st.severity != Some(v))
            || tlp.is_some_and(|v| st.tlp != v)
            || owner.is_some_and(|o| st.owner.as_ref().map(|m| m.as_str()) != Some(o))
            || (filter.overdue && overdue.is_empty())
        {
            continue;
        }
        rows.push((c, st, overdue, *purge));
    }
    if json {
        let out: Vec<_> = rows
            .iter()
            .map(|(c, st, overdue, purge)| {
                serde_json::json!({
                    "id": c.id, "title": c.report.title, "status": st.status, "tlp": st.tlp,
                    "severity": st.severity, "owner": st.owner,
                    "category": c.report.category, "severity_guess": c.report.severity,
                    "day": c.report.created.to_string(), "attachments": c.all_attachments().len(),
                    "followups": c.followups.len(), "overdue": overdue,
                    "purge_day": purge.map(|d| d.to_string()),
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
    let short = crate::domain::caseid::short_len(all_ids.iter().map(|(id, _)| id.as_str()));
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|(c, st, overdue, purge)| {
            let mut title = c.report.title.as_deref().unwrap_or("(no title)").to_owned();
            if !overdue.is_empty() {
                title.push_str(&format!("  [overdue: {}]", overdue.join(", ")));
            }
            if let Some(d) = purge {
                title.push_str(&format!("  [purged on {d}]"));
            }
            vec![
                c.id.chars().take(short).collect(),
                c.report.created.to_string(),
                st.status.to_string(),
                st.severity.map_or("-".into(), |v| v.to_string()),
                c.report.severity.map_or("-".into(), |v| v.to_string()),
                st.tlp.to_string(),
                st.owner.as_ref().map_or("-".into(), |m| m.to_string()),
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
    let id = &s.store.resolve_id(id)?;
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
    let roster = s
        .chain
        .as_ref()
        .map(|ch| &ch.at(r.roster_seq).unwrap_or_else(|| ch.head()).roster);
    let members: Vec<&str> = roster.map_or_else(Vec::new, |ro| {
        ro.members.iter().map(|m| m.id.as_str()).collect()
    });
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

/// Remembers the first bytes written through it, to detect the type.
struct Head<W> {
    inner: W,
    head: Vec<u8>,
}

impl<W: Write> Write for Head<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        let room = 8usize.saturating_sub(self.head.len()).min(n);
        self.head.extend_from_slice(&buf[..room]);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The sender's file name made safe to create in a directory: no path
/// separators, no leading dot (no hidden file, no `..`), none of the
/// characters a name may not hold (controls, bidi and other invisible
/// characters); empty, it is `attachment-N`.
pub fn safe_file_name(name: &str, n: usize) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || dropbox_crypto::text::name_forbids(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim();
    let cleaned = cleaned.trim_start_matches('.');
    if cleaned.is_empty() || cleaned.chars().all(|c| c == '_') {
        format!("attachment-{n}")
    } else {
        cleaned.to_owned()
    }
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
    let mut c = s.store.open_case(id)?;
    let (claimed, name) = c
        .all_attachments()
        .get(n)
        .map(|a| (a.media_type.clone(), a.name.clone()))
        .with_context(|| format!("case {id} has no attachment {n}"))?;
    let out: std::path::PathBuf = match dest {
        Dest::File(p) => p.to_owned(),
        Dest::Dir(d) => {
            if !d.is_dir() {
                bail!("{} is not a directory", d.display());
            }
            d.join(safe_file_name(&name, n))
        }
    };
    let to_stdout = out.as_os_str() == "-";
    let head = if to_stdout {
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
        let mut w = Head {
            inner: std::io::stdout().lock(),
            head: Vec::new(),
        };
        s.store.read_attachment(id, n, &mut w)?;
        w.flush().context("cannot write to standard output")?;
        w.head
    } else {
        let f = if force {
            std::fs::File::create(&out)
        } else {
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&out)
        };
        let f = f.map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow::anyhow!("{} exists: pass --force to overwrite it", out.display())
            } else {
                anyhow::anyhow!("cannot create {}: {e}", out.display())
            }
        })?;
        let mut w = Head {
            inner: std::io::BufWriter::new(f),
            head: Vec::new(),
        };
        let wrote = s
            .store
            .read_attachment(id, n, &mut w)
            .and_then(|_| Ok(w.flush()?));
        if let Err(e) = wrote {
            // Half an attachment is not one: nothing is left behind.
            let _ = std::fs::remove_file(&out);
            return Err(e);
        }
        w.head
    };
    c.access(
        s.now().0,
        s.keys.id.as_str(),
        format!("exported attachment {n}"),
    );
    s.store.update_case(&c, None)?;
    let detected = detect(&head);
    let active = matches!(
        detected,
        "executable" | "pdf" | "office document (may hold macros)" | "html"
    ) || detected.starts_with("zip");
    if to_stdout {
        errln!(
            "Wrote attachment {n} to standard output (claimed type {claimed}, detected {detected})."
        );
    } else {
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
    }
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

    #[test]
    fn a_sender_file_name_cannot_leave_the_directory_or_hide() {
        for (given, safe) in [
            ("poc.html", "poc.html"),
            ("../../.bashrc", "_.._.bashrc"),
            ("/etc/passwd", "_etc_passwd"),
            ("..\\evil.exe", "_evil.exe"),
            (".hidden", "hidden"),
            ("...", "attachment-3"),
            ("a\u{202e}gnp.exe", "a_gnp.exe"),
            ("tab\there\n.txt", "tab_here_.txt"),
            ("\u{1b}[2J", "_[2J"),
            ("", "attachment-3"),
            ("rapport été.pdf", "rapport été.pdf"),
        ] {
            assert_eq!(safe_file_name(given, 3), safe, "{given:?}");
        }
    }

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
