//! Reading cases, for `reviewer list`, `show`, `search`, `attachment` and
//! the window (`reviewer ui`) alike: which cases a filter keeps, opening a
//! case (and logging that it was read), who was left out, exporting an
//! attachment with the type it really has.

use std::io::Write;

use anyhow::{Context, bail};

use dropbox_crypto::bundle::Severity;
use dropbox_crypto::messages::{Status, Tlp};
use dropbox_crypto::time::Day;

use crate::domain::case::{Annotations, Case};
use crate::domain::search;
use crate::services::session::Session;
use crate::store::index::Summary;

/// Filters for `reviewer list` and the window's inbox.
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

/// A case a filter kept.
pub struct Row {
    /// The case.
    pub case: Case,
    /// Its annotations folded.
    pub state: Annotations,
    /// The deadlines past due (none for a closed case).
    pub overdue: Vec<String>,
    /// When a closed case is purged.
    pub purge: Option<Day>,
}

fn parse<T: std::str::FromStr<Err = String>>(v: Option<&str>) -> anyhow::Result<Option<T>> {
    v.map(str::parse::<T>)
        .transpose()
        .map_err(|e| anyhow::anyhow!(e))
}

/// A [`Filter`] parsed once for a listing, the same for [`list`] and
/// [`list_index`].
struct Parsed<'a> {
    filter: &'a Filter<'a>,
    status: Option<Status>,
    severity: Option<Severity>,
    tlp: Option<Tlp>,
    owner: Option<String>,
}

impl<'a> Parsed<'a> {
    fn new(s: &Session, filter: &'a Filter<'a>) -> anyhow::Result<Self> {
        Ok(Parsed {
            filter,
            status: parse::<Status>(filter.status)?,
            severity: parse::<Severity>(filter.severity)?,
            tlp: parse::<Tlp>(filter.tlp)?,
            owner: if filter.mine {
                Some(s.keys.id.to_string())
            } else {
                filter.owner.map(str::to_owned)
            },
        })
    }

    /// Whether a case open (no purge day) or closed is listed at all. A
    /// closed case keeps its row only until its purge day: the automatic
    /// purge at Session::open has removed the others.
    fn wanted(&self, purge: Option<Day>) -> bool {
        match purge {
            None => !self.filter.closed,
            Some(_) => self.filter.closed || self.filter.all,
        }
    }

    /// Whether a case with these annotations and overdue deadlines is kept.
    fn keeps(
        &self,
        status: Status,
        severity: Option<Severity>,
        tlp: Tlp,
        owner: Option<&str>,
        overdue: &[String],
    ) -> bool {
        !(self.status.is_some_and(|v| status != v)
            || self.severity.is_some_and(|v| severity != Some(v))
            || self.tlp.is_some_and(|v| tlp != v)
            || self.owner.as_deref().is_some_and(|o| owner != Some(o))
            || (self.filter.overdue && overdue.is_empty()))
    }
}

/// The cases `filter` keeps, in the store's order; and every id in the
/// store (for the short id prefixes).
pub fn list(s: &Session, filter: &Filter<'_>) -> anyhow::Result<(Vec<Row>, Vec<String>)> {
    let f = Parsed::new(s, filter)?;
    let policy = s.policy();
    let now = s.now();
    let all_ids = s.store.all_ids()?;
    let mut rows = Vec::new();
    for (id, purge) in all_ids.iter().filter(|(_, purge)| f.wanted(*purge)) {
        let c = s.store.case(id)?;
        let st = c.state();
        let overdue = if purge.is_some() {
            Vec::new()
        } else {
            crate::domain::due::overdue(&c, &st, &policy, now)?
        };
        if !f.keeps(
            st.status,
            st.severity,
            st.tlp,
            st.owner.as_ref().map(|m| m.as_str()),
            &overdue,
        ) {
            continue;
        }
        rows.push(Row {
            case: c,
            state: st,
            overdue,
            purge: *purge,
        });
    }
    Ok((rows, all_ids.into_iter().map(|(i, _)| i).collect()))
}

/// A case a filter kept, from the list index (`reviewer list`).
pub struct ListRow {
    /// The case id.
    pub id: String,
    /// Its list index entry.
    pub summary: Summary,
    /// The deadlines past due (none for a closed case).
    pub overdue: Vec<String>,
    /// When a closed case is purged.
    pub purge: Option<Day>,
}

/// What [`list`] keeps, from the store's list index instead of the cases
/// themselves: the same rows, in the same order, with what `reviewer list`
/// shows of each; and every id in the store (for the short id prefixes).
pub fn list_index(s: &Session, filter: &Filter<'_>) -> anyhow::Result<(Vec<ListRow>, Vec<String>)> {
    let f = Parsed::new(s, filter)?;
    let policy = s.policy();
    let now = s.now();
    let entries = s.store.summaries()?;
    let mut rows = Vec::new();
    for (id, purge, sum) in &entries {
        if !f.wanted(*purge) {
            continue;
        }
        let overdue = if purge.is_some() {
            Vec::new()
        } else {
            crate::domain::due::overdue_of(&sum.facts(), &policy, now)?
        };
        if !f.keeps(
            sum.status,
            sum.severity,
            sum.tlp,
            sum.owner.as_deref(),
            &overdue,
        ) {
            continue;
        }
        rows.push(ListRow {
            id: id.clone(),
            summary: sum.clone(),
            overdue,
            purge: *purge,
        });
    }
    Ok((rows, entries.into_iter().map(|(i, _, _)| i).collect()))
}

/// Every open case whose text holds all `terms` (case-insensitive), found
/// by decrypting the cases in memory, so no plaintext index ever reaches
/// the disk.
pub fn search(s: &Session, terms: &[String]) -> anyhow::Result<Vec<(Case, Annotations)>> {
    if terms.iter().all(|t| t.trim().is_empty()) {
        bail!("give at least one search term");
    }
    let terms: Vec<String> = terms.iter().map(|t| t.to_lowercase()).collect();
    let mut hits = Vec::new();
    for c in s.store.cases()? {
        let st = c.state();
        if search::matches(&c, &st, &terms) {
            hits.push((c, st));
        }
    }
    Ok(hits)
}

/// Opens a case to read it, and logs that this member did (`show`, the
/// window's case view).
pub fn read(s: &mut Session, id: &str) -> anyhow::Result<(Case, Annotations)> {
    let id = &s.store.resolve_id(id)?;
    let mut c = s.store.open_case(id)?;
    c.access(s.now().0, s.keys.id.as_str(), "opened");
    s.store.update_case(&c, None)?;
    let st = c.state();
    Ok((c, st))
}

/// The members of the roster the reporter chose from (the current one when
/// that is no longer known here; none before the first sync), to count
/// those left out against.
pub fn roster_members(s: &Session, case: &Case) -> Vec<String> {
    s.chain
        .as_ref()
        .map(|ch| {
            &ch.at(case.report.roster_seq)
                .unwrap_or_else(|| ch.head())
                .roster
        })
        .map_or_else(Vec::new, |ro| {
            ro.members.iter().map(|m| m.id.to_string()).collect()
        })
}

/// Those of `members` the reporter left out of `case`.
pub fn left_out(case: &Case, members: &[String]) -> Vec<String> {
    members
        .iter()
        .filter(|m| !case.report.recipients.iter().any(|r| r.as_str() == *m))
        .cloned()
        .collect()
}

/// A coarse type from the first bytes, to show beside the claimed one.
pub fn detect(head: &[u8]) -> &'static str {
    match head {
        [0x7f, b'E', b'L', b'F', ..] | [b'M', b'Z', ..] => "executable",
        [b'%', b'P', b'D', b'F', ..] => "pdf",
        [0x89, b'P', b'N', b'G', ..] => "png",
        [0xff, 0xd8, 0xff, ..] => "jpeg",
        [b'P', b'K', 3, 4, ..] => "zip (or an office document, which may hold macros)",
        [0xd0, 0xcf, 0x11, 0xe0, ..] => "office document (may hold macros)",
        [b'<', ..] => "html",
        _ => "unknown",
    }
}

/// Whether a detected type can carry active content (macros, scripts,
/// code): the member is warned to open it only in a sandbox.
pub fn active_content(detected: &str) -> bool {
    matches!(
        detected,
        "executable" | "pdf" | "office document (may hold macros)" | "html"
    ) || detected.starts_with("zip")
}

/// The warning the CLI and the window give for active content.
pub fn active_warning(detected: &str) -> String {
    format!(
        "{detected} can carry active content; open it only in a sandbox without network (e.g. bubblewrap) or clean it with mat2"
    )
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

/// An attachment exported.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Exported {
    /// The case.
    pub case: String,
    /// The sender's file name (untrusted text).
    pub name: String,
    /// The type the sender claimed.
    pub claimed: String,
    /// The type its first bytes show.
    pub detected: &'static str,
    /// Whether that type can carry active content.
    pub active_content: bool,
}

/// An attachment's claimed type and file name, before it is written.
pub fn attachment_meta(s: &Session, id: &str, n: usize) -> anyhow::Result<(String, String)> {
    let id = &s.store.resolve_id(id)?;
    let c = s.store.open_case(id)?;
    c.all_attachments()
        .get(n)
        .map(|a| (a.media_type.clone(), a.name.clone()))
        .with_context(|| format!("case {id} has no attachment {n}"))
}

/// Decrypts attachment `n` of case `id` into `w`, logs the export, and
/// says what type it really is. The caller removes what it created when
/// this fails (half an attachment is not one).
pub fn export(s: &mut Session, id: &str, n: usize, w: &mut dyn Write) -> anyhow::Result<Exported> {
    export_then(s, id, n, w, || Ok(()))
}

/// [`export`], calling `logged` once every byte is in `w` and the access
/// is logged: a file is never kept without its log entry (if `logged`
/// fails, the log tells of plaintext that was written but not kept).
fn export_then(
    s: &mut Session,
    id: &str,
    n: usize,
    w: &mut dyn Write,
    logged: impl FnOnce() -> anyhow::Result<()>,
) -> anyhow::Result<Exported> {
    let id = &s.store.resolve_id(id)?;
    let mut c = s.store.open_case(id)?;
    let (claimed, name) = c
        .all_attachments()
        .get(n)
        .map(|a| (a.media_type.clone(), a.name.clone()))
        .with_context(|| format!("case {id} has no attachment {n}"))?;
    let mut h = Head {
        inner: w,
        head: Vec::new(),
    };
    s.store.read_attachment(id, n, &mut h)?;
    h.flush().context("cannot write the attachment")?;
    c.access(
        s.now().0,
        s.keys.id.as_str(),
        format!("exported attachment {n}"),
    );
    s.store.update_case(&c, None)?;
    logged()?;
    let detected = detect(&h.head);
    Ok(Exported {
        case: id.clone(),
        name,
        claimed,
        detected,
        active_content: active_content(detected),
    })
}

/// Exports attachment `n` of case `id` into directory `dir` under the
/// sender's file name made safe; an existing file is kept unless `force`.
pub fn export_to_dir(
    s: &mut Session,
    id: &str,
    n: usize,
    dir: &std::path::Path,
    force: bool,
) -> anyhow::Result<(std::path::PathBuf, Exported)> {
    if !dir.is_dir() {
        bail!("{} is not a directory", dir.display());
    }
    let (_, name) = attachment_meta(s, id, n)?;
    let out = dir.join(safe_file_name(&name, n));
    let e = export_to_file(s, id, n, &out, force)?;
    Ok((out, e))
}

/// Exports attachment `n` of case `id` to the file `out`; an existing file
/// is kept unless `force`, and nothing is left behind on failure.
///
/// The bytes go to a temporary file beside `out` (mode 0600, so the
/// plaintext is never readable by others, whatever the umask), which takes
/// the name `out` only once it is whole and logged: a failure part-way (a tampered or
/// truncated store file, a full disk, an interrupted command) never leaves
/// half an attachment under that name. Neither file is synced, as `age -d`
/// does not sync its output: the store keeps the attachment, and a new
/// export after a crash writes it again.
pub fn export_to_file(
    s: &mut Session,
    id: &str,
    n: usize,
    out: &std::path::Path,
    force: bool,
) -> anyhow::Result<Exported> {
    // Checked before a file is created for it.
    attachment_meta(s, id, n)?;
    if !force && std::fs::symlink_metadata(out).is_ok() {
        bail!("{} exists: pass --force to overwrite it", out.display());
    }
    let part = Part::create(out)?;
    let mut f = &part.file;
    export_then(s, id, n, &mut f, || part.keep(out, force))
}

/// The temporary file an export is written to, removed unless kept.
struct Part {
    path: std::path::PathBuf,
    file: std::fs::File,
}

impl Part {
    /// A new file beside `out`, hidden, readable by its owner only.
    fn create(out: &std::path::Path) -> anyhow::Result<Part> {
        use std::os::unix::fs::OpenOptionsExt;
        let dir = match out.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => std::path::Path::new("."),
        };
        let name = out
            .file_name()
            .with_context(|| format!("{} is not a file name", out.display()))?;
        // The part's name adds 23 bytes to the file's: a file name near
        // the 255-byte limit (a sender's choice) is cut, on a character
        // boundary, so the part can still be made.
        let name = name.to_string_lossy();
        let mut end = name.len().min(200);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        let name = &name[..end];
        let mut tries = 0;
        loop {
            let path = dir.join(format!(".{name}.{:016x}.part", rand::random::<u64>()));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&path)
            {
                Ok(file) => return Ok(Part { path, file }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && tries < 8 => {
                    tries += 1;
                }
                Err(e) => bail!("cannot create {}: {e}", out.display()),
            }
        }
    }

    /// Gives the whole file the name `out`: over an existing file only if
    /// `force`.
    fn keep(&self, out: &std::path::Path, force: bool) -> anyhow::Result<()> {
        let taken = || anyhow::anyhow!("{} exists: pass --force to overwrite it", out.display());
        if !force {
            // A link fails if the name exists, even if it appeared since
            // the check above; a file system without links (FAT) falls back
            // to that check and a rename.
            match std::fs::hard_link(&self.path, out) {
                Ok(()) => return Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(taken()),
                Err(_) if std::fs::symlink_metadata(out).is_ok() => return Err(taken()),
                Err(_) => {}
            }
        }
        std::fs::rename(&self.path, out).with_context(|| format!("cannot write {}", out.display()))
    }
}

impl Drop for Part {
    /// Removes the temporary name: after a rename it is gone already,
    /// after a link the file stays under `out` alone.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file name of 255 bytes (the most a file system takes; a sender's
    /// choice) still gets its part file and its final name, and the part
    /// is gone after.
    #[test]
    fn an_export_to_the_longest_file_name_is_made() {
        let dir = std::env::temp_dir().join(format!(
            "reviewer-part-{}",
            dropbox_crypto::SubmissionId::random()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join(format!("{}é.pdf", "a".repeat(249)));
        assert_eq!(out.file_name().unwrap().len(), 255);
        {
            let part = Part::create(&out).unwrap();
            std::io::Write::write_all(&mut &part.file, b"plain").unwrap();
            part.keep(&out, false).unwrap();
        }
        assert_eq!(std::fs::read(&out).unwrap(), b"plain");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    mod list_index {
        use dropbox_crypto::messages::{EventBody, Status, Tlp};

        use crate::domain::ingest::Filed;
        use crate::services::teamlog::apply_parked;
        use crate::services::testkit::{
            Desk, Fu, Team, case_of, codename, event, followup, report,
        };
        use crate::store::index::Summary;

        const ALICE: usize = 0;
        const BOB: usize = 1;

        /// Every case's index entry is what its case says now, and the
        /// index holds exactly the store's cases, in the store's order.
        fn follows(d: &Desk) {
            let entries = d.store.summaries().unwrap();
            let ids = d.store.all_ids().unwrap();
            assert_eq!(
                entries
                    .iter()
                    .map(|(i, p, _)| (i.clone(), *p))
                    .collect::<Vec<_>>(),
                ids
            );
            for (id, _, s) in &entries {
                assert_eq!(s, &Summary::of(&d.store.case(id).unwrap()), "case {id}");
            }
        }

        #[test]
        fn the_index_follows_every_change_a_sync_makes() {
            let team = Team::new();
            let mut d = Desk::new();
            follows(&d);
            let thread = codename(1);
            let (h1, ct1) = report(&team, &[ALICE, BOB], Some(&thread), "leak", &[b"one"]);
            let (h2, ct2) = report(&team, &[ALICE, BOB], None, "second", &[]);
            let (id1, id2) = (case_of(&h1), case_of(&h2));
            // An event before its case: parked, applied when it comes.
            let early = event(
                &team,
                BOB,
                &id2,
                EventBody::Tlp { value: Tlp::Red },
                &[ALICE, BOB],
            );
            d.pull(&team, ALICE, &[(1, early)]);
            assert!(matches!(
                d.file(&team, ALICE, &ct1, "s1"),
                Filed::NewCase(_)
            ));
            follows(&d);
            assert!(matches!(
                d.file(&team, ALICE, &ct2, "s2"),
                Filed::NewCase(_)
            ));
            apply_parked(&mut d.store, &team.ctx(ALICE)).unwrap();
            follows(&d);
            assert_eq!(d.store.summaries().unwrap()[1].2.tlp, Tlp::Red);
            let fu = followup(
                &team,
                &thread,
                &thread,
                Fu {
                    seq: 1,
                    body: "more",
                    to: &[ALICE, BOB],
                    signed_to: &[ALICE, BOB],
                    files: &[b"two"],
                },
            );
            d.file(&team, ALICE, &fu, "s3");
            follows(&d);
            let s = &d.store.summaries().unwrap()[0].2;
            assert_eq!((s.followups, s.attachments), (1, 2), "{s:?}");
            let evs: Vec<(u64, Vec<u8>)> = [
                EventBody::Severity {
                    value: dropbox_crypto::bundle::Severity::High,
                },
                EventBody::Owner {
                    member: "bob".parse().unwrap(),
                },
                EventBody::Status {
                    value: Status::Accepted,
                },
                EventBody::Close {
                    reason: "done".into(),
                },
            ]
            .into_iter()
            .enumerate()
            .map(|(i, b)| (i as u64 + 2, event(&team, BOB, &id1, b, &[ALICE, BOB])))
            .collect();
            for e in evs {
                d.pull(&team, ALICE, &[e]);
                follows(&d);
            }
            let (_, purge, s) = d.store.summaries().unwrap().remove(0);
            assert_eq!(s.owner.as_deref(), Some("bob"));
            assert_eq!(s.severity, Some(dropbox_crypto::bundle::Severity::High));
            assert!(purge.is_some(), "closed: a purge day");
        }
    }

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

    #[test]
    fn active_types_are_flagged() {
        assert!(active_content(detect(b"%PDF-1.7")));
        assert!(active_content(detect(b"<html>")));
        assert!(active_content(detect(b"PK\x03\x04")));
        assert!(!active_content(detect(b"\x89PNG\r\n")));
        assert!(!active_content(detect(b"hello")));
    }
}
