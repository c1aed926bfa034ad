//! `reviewer sync`, `reviewer open`, `reviewer list`, `reviewer show`,
//! `reviewer attachment`: fetch, decrypt and file reports as cases, and
//! read them.
//!
//! Sync is restartable: an item is filed and committed before it is acked,
//! and an item already filed is not filed twice, so a sync killed at any
//! point and run again neither loses nor duplicates a case.

use std::io::{Read, Write};
use std::path::Path;

use anyhow::{Context, bail};
use sha2::{Digest, Sha256};

use dropbox_crypto::bundle::{BundleReader, Kind};
use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::roster::{self, VerifiedChain};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{CaseId, Sha256Digest, TeamFingerprint, envelope, messages};

use crate::config::Config;
use crate::keys::{KeyStore, MemberKeys, passphrase};
use crate::store::{Case, CaseStore, TimelineEntry};

/// Signed HTTP to the drop box as this member.
pub struct Api<'a> {
    agent: ureq::Agent,
    base: String,
    keys: &'a MemberKeys,
}

impl<'a> Api<'a> {
    /// A client for `server`.
    pub fn new(server: &str, keys: &'a MemberKeys) -> Self {
        Api {
            agent: ureq::Agent::config_builder()
                .http_status_as_error(false)
                .build()
                .into(),
            base: server.trim_end_matches('/').to_owned(),
            keys,
        }
    }

    /// A signed request without a body, with extra headers.
    pub fn call_with(
        &self,
        method: &str,
        path: &str,
        extra: &[(&str, &str)],
    ) -> anyhow::Result<(u16, Vec<u8>)> {
        self.request(method, path, None, b"", extra)
    }

    /// A signed request; returns the status and body.
    pub fn call(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: &[u8],
    ) -> anyhow::Result<(u16, Vec<u8>)> {
        self.request(method, path, query, body, &[])
    }

    fn request(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: &[u8],
        extra: &[(&str, &str)],
    ) -> anyhow::Result<(u16, Vec<u8>)> {
        let h = Signer::new(&KeyId::Member(self.keys.id.clone()), &self.keys.transport).sign(
            method,
            path,
            query,
            (!body.is_empty()).then_some(body),
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
        let url = match query {
            Some(q) => format!("{}{path}?{q}", self.base),
            None => format!("{}{path}", self.base),
        };
        let req = ureq::http::Request::builder()
            .method(method)
            .uri(&url)
            .header("Signature-Input", &h.signature_input)
            .header("Signature", &h.signature);
        let mut req = match &h.content_digest {
            Some(d) => req.header("Content-Digest", d),
            None => req,
        };
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let mut resp = self
            .agent
            .run(req.body(body.to_vec())?)
            .with_context(|| format!("cannot reach {}", self.base))?;
        let status = resp.status().as_u16();
        let data = resp
            .body_mut()
            .with_config()
            .limit(u64::MAX)
            .read_to_vec()?;
        Ok((status, data))
    }

    /// Every item this member has not acked, paging through the inbox:
    /// (id, receipt).
    pub fn inbox(&self) -> anyhow::Result<Vec<(String, String)>> {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let query = cursor.as_ref().map(|c| format!("cursor={c}"));
            let (status, body) = self.call("GET", "/v1/inbox", query.as_deref(), b"")?;
            if status != 200 {
                bail!(
                    "the drop box refused the inbox ({status}): {}",
                    String::from_utf8_lossy(&body)
                );
            }
            let v: serde_json::Value = serde_json::from_slice(&body)?;
            for item in v["items"].as_array().cloned().unwrap_or_default() {
                let id: dropbox_crypto::SubmissionId = item["id"]
                    .as_str()
                    .unwrap_or_default()
                    .parse()
                    .context("the drop box sent a malformed id")?;
                items.push((
                    id.to_string(),
                    item["receipt"].as_str().unwrap_or_default().to_owned(),
                ));
            }
            match v["cursor"].as_str() {
                Some(c) => cursor = Some(c.to_owned()),
                None => return Ok(items),
            }
        }
    }

    /// A submission's ciphertext, checked against its receipt; the error
    /// says what was wrong with this one item.
    pub fn fetch_checked(
        &self,
        id: &str,
        receipt: &str,
    ) -> anyhow::Result<Result<Vec<u8>, String>> {
        let (status, ct) = self.call("GET", &format!("/v1/submissions/{id}"), None, b"")?;
        Ok(if status != 200 {
            Err(format!("{id}: the drop box answered {status}"))
        } else if Sha256Digest::of(&ct).to_string() != receipt {
            Err(format!("{id}: the ciphertext does not match its receipt"))
        } else {
            Ok(ct)
        })
    }

    /// The served roster chain.
    pub fn chain(&self) -> anyhow::Result<Vec<dropbox_crypto::dsse::Envelope>> {
        let mut resp = self
            .agent
            .get(&format!("{}/v1/roster", self.base))
            .call()
            .with_context(|| format!("cannot reach {}", self.base))?;
        let b = resp
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_vec()?;
        Ok(roster::parse_chain_json(&b)?)
    }
}

/// Verifies the served chain, alerting loudly on a new head or a change to
/// this member's own entry.
pub fn check_roster(
    served: Vec<dropbox_crypto::dsse::Envelope>,
    cfg: &mut Config,
    keys: &MemberKeys,
) -> anyhow::Result<VerifiedChain> {
    let fp: TeamFingerprint = cfg
        .team
        .as_deref()
        .context("no team fingerprint: pass --team the first time")?
        .parse()
        .context("the team fingerprint must be 64 hex digits")?;
    let chain = roster::verify_chain(&fp, &served, UnixTime::now())
        .context("ALERT: the drop box serves a roster chain that does not verify; do not trust it and tell your admins")?;
    if let Some((seq, hash)) = &cfg.head {
        let hash: Sha256Digest = hash.parse()?;
        chain
            .check_pin(*seq, &hash)
            .context("ALERT: the drop box rolled the roster back or forked it")?;
    }
    let head = chain.head();
    let head_id = (head.roster.seq, head.hash.to_string());
    if cfg.head.as_ref() != Some(&head_id) {
        if cfg.head.is_some() {
            eprintln!(
                "ALERT: new roster head #{} ({}); check with your admins that they published it",
                head.roster.seq,
                head.hash.short()
            );
        }
        cfg.head = Some(head_id);
    }
    let own = head
        .roster
        .member(&keys.id)
        .with_context(|| format!("you ({}) are not a member of the current roster", keys.id))?;
    let own_json = serde_json::to_string(own)?;
    if cfg.own_entry.as_ref().is_some_and(|o| *o != own_json) {
        eprintln!(
            "ALERT: your own roster entry changed; if you did not ask for it, tell your team now"
        );
    }
    cfg.own_entry = Some(own_json);
    Ok(chain)
}

/// What filing one ciphertext did.
#[derive(Debug, PartialEq, Eq)]
pub enum Filed {
    /// A new case.
    NewCase(String),
    /// A follow-up joined an existing case.
    Followup(String),
    /// Not encrypted to this member.
    Unreadable,
}

/// Decrypts one ciphertext and files it (new case or follow-up).
pub fn file_ciphertext(
    store: &mut CaseStore,
    keys: &MemberKeys,
    team: &TeamFingerprint,
    ct: impl Read,
    server_id: Option<&str>,
    receipt: &str,
) -> anyhow::Result<Filed> {
    let plain = match envelope::decrypt(ct, &[&keys.age]) {
        Ok(p) => p,
        Err(envelope::EnvelopeError::NoMatchingKey) => return Ok(Filed::Unreadable),
        Err(e) => return Err(e.into()),
    };
    let mut reader = BundleReader::new(plain).context("the report inside is malformed")?;
    let header = reader.header().clone();
    let case_id = CaseId::random().to_string();
    let key = store.new_case_key();
    // Follow-ups go to the case of their thread, bound to its first reply keys.
    let existing = match (header.kind, header.thread) {
        (Kind::Followup, Some(t)) => store
            .cases()?
            .into_iter()
            .find(|c| c.report.thread == Some(t)),
        _ => None,
    };
    if header.kind == Kind::Followup && existing.is_none() {
        bail!("a follow-up for a conversation this store does not have");
    }
    let target = existing.as_ref().map_or(case_id.clone(), |c| c.id.clone());
    let n0 = existing.as_ref().map_or(0, |c| {
        c.report.attachments.len() + c.followups.iter().map(|f| f.2.len()).sum::<usize>()
    });
    let mut digests = Vec::new();
    for i in 0..header.attachments.len() {
        let mut sink = match &existing {
            Some(c) => store.attachment_sink(&c.id, &store.key_of(&c.id)?, n0 + i)?,
            None => store.attachment_sink(&case_id, &key, i)?,
        };
        let mut hashing = HashWrite(Sha256::new(), &mut sink);
        reader.copy_attachment(&mut hashing)?;
        digests.push(Sha256Digest(hashing.0.finalize().into()));
        sink.finish()?.flush()?;
    }
    reader
        .finish()
        .context("the report's attachments do not match its trailer")?;
    let today = UnixTime::now().day().to_string();
    match existing {
        Some(mut c) => {
            let env = header.signed.as_ref().context("unsigned follow-up")?;
            let f = messages::verify_followup(env, team, &digests)
                .context("a follow-up with a bad signature")?;
            if Some(header.reply.as_ref().map(|r| r.sign))
                != Some(c.report.reply.as_ref().map(|r| r.sign))
            {
                bail!("a follow-up whose reply keys differ from the case's: refused");
            }
            c.followups
                .push((f.created.to_string(), f.body, header.attachments.clone()));
            c.timeline.push(TimelineEntry {
                day: today,
                who: "reporter".into(),
                what: format!("follow-up #{}", f.seq),
            });
            store.update_case(&c, server_id)?;
            Ok(Filed::Followup(target))
        }
        None => {
            let case = Case {
                id: case_id.clone(),
                report: header,
                server_id: server_id.map(str::to_owned),
                receipt: receipt.to_owned(),
                status: "new".into(),
                tlp: "AMBER".into(),
                followups: Vec::new(),
                severity: None,
                owner: None,
                notes: Vec::new(),
                replies_sent: 0,
                timeline: vec![TimelineEntry {
                    day: today,
                    who: keys.id.to_string(),
                    what: "imported".into(),
                }],
            };
            store.insert_case(&case, &key)?;
            Ok(Filed::NewCase(case_id))
        }
    }
}

struct HashWrite<'a, W: Write>(Sha256, &'a mut W);

impl<W: Write> Write for HashWrite<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.1.write(buf)?;
        self.0.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.1.flush()
    }
}

/// What an online command needs: the saved settings (with `server`, if
/// given, taking precedence), the drop box URL, and the unlocked keys.
pub fn online(home: &Path, server: Option<&str>) -> anyhow::Result<(Config, String, MemberKeys)> {
    let mut cfg = Config::load(home)?;
    if let Some(s) = server {
        cfg.server = Some(s.to_owned());
    }
    let server = cfg
        .server
        .clone()
        .context("no drop box URL: pass --server (it is remembered after the first use)")?;
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    Ok((cfg, server, keys))
}

/// Runs `reviewer sync`.
pub fn sync(
    home: &Path,
    server: Option<&str>,
    team: Option<&str>,
    json: bool,
) -> anyhow::Result<()> {
    let (mut cfg, server, keys) = online(home, server)?;
    if let Some(t) = team {
        cfg.team = Some(t.to_owned());
    }
    let api = Api::new(&server, &keys);
    let chain = check_roster(api.chain()?, &mut cfg, &keys)?;
    cfg.save(home)?;
    let mut store = CaseStore::open(home, &keys.age)?;
    let (mut new_cases, mut followups, mut unreadable, mut errors) = (0, 0, 0, Vec::new());
    for (id, receipt) in api.inbox()? {
        let handled = store.item(&id)?;
        if handled.is_none() {
            let ct = match api.fetch_checked(&id, &receipt)? {
                Ok(ct) => ct,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            match file_ciphertext(
                &mut store,
                &keys,
                &chain.fingerprint,
                &ct[..],
                Some(&id),
                &receipt,
            ) {
                Ok(Filed::NewCase(_)) => new_cases += 1,
                Ok(Filed::Followup(_)) => followups += 1,
                Ok(Filed::Unreadable) => {
                    store.record_unreadable(&id)?;
                    unreadable += 1;
                }
                Err(e) => {
                    errors.push(format!("{id}: {e:#}"));
                    continue;
                }
            }
        }
        // Every item is acked, readable or not, after the local commit.
        let (status, _) = api.call("POST", &format!("/v1/submissions/{id}/ack"), None, b"")?;
        if status == 204 {
            store.mark_acked(&id)?;
        } else {
            errors.push(format!("{id}: ack refused ({status})"));
        }
    }
    if json {
        println!(
            "{}",
            serde_json::json!({"new_cases": new_cases, "followups": followups, "unreadable": unreadable, "errors": errors})
        );
    } else {
        println!(
            "{new_cases} new cases, {followups} follow-ups, {unreadable} items not encrypted to you."
        );
        for e in &errors {
            eprintln!("error: {e}");
        }
    }
    if !errors.is_empty() && !json {
        bail!(
            "{} items could not be filed; they stay on the server for the next sync",
            errors.len()
        );
    }
    Ok(())
}

/// Runs `reviewer open FILE`.
pub fn open(home: &Path, file: &Path, team: Option<&str>, json: bool) -> anyhow::Result<()> {
    let cfg = Config::load(home)?;
    let team: TeamFingerprint = team
        .map(str::to_owned)
        .or(cfg.team)
        .context("pass --team (the team fingerprint)")?
        .parse()?;
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    let mut store = CaseStore::open(home, &keys.age)?;
    let ct = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let receipt = Sha256Digest::of(&ct).to_string();
    let filed = file_ciphertext(&mut store, &keys, &team, &ct[..], None, &receipt)?;
    match (filed, json) {
        (Filed::Unreadable, _) => bail!("{} is not encrypted to you", file.display()),
        (Filed::NewCase(id) | Filed::Followup(id), true) => {
            println!("{}", serde_json::json!({"case": id}))
        }
        (Filed::NewCase(id) | Filed::Followup(id), false) => println!("Filed as case {id}."),
    }
    Ok(())
}

/// Runs `reviewer list`.
pub fn list(home: &Path, filter: &Changes<'_>, json: bool) -> anyhow::Result<()> {
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    let store = CaseStore::open(home, &keys.age)?;
    let tlp = filter
        .tlp
        .map(|t| {
            t.parse::<dropbox_crypto::messages::Tlp>()
                .map(|t| t.to_string())
        })
        .transpose()
        .map_err(|e| anyhow::anyhow!(e))?;
    let cases: Vec<Case> = store
        .cases()?
        .into_iter()
        .filter(|c| filter.status.is_none_or(|s| c.status == s))
        .filter(|c| {
            filter
                .severity
                .is_none_or(|s| c.severity.as_deref() == Some(s))
        })
        .filter(|c| tlp.as_ref().is_none_or(|t| &c.tlp == t))
        .filter(|c| filter.owner.is_none_or(|o| c.owner.as_deref() == Some(o)))
        .collect();
    if json {
        let out: Vec<_> = cases
            .iter()
            .map(|c| {
                serde_json::json!({
                    "id": c.id, "title": c.report.title, "status": c.status, "tlp": c.tlp,
                    "severity": c.severity, "owner": c.owner,
                    "category": c.report.category, "severity_guess": c.report.severity,
                    "day": c.report.created.to_string(), "attachments": c.report.attachments.len(),
                    "followups": c.followups.len(),
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(out));
    } else if cases.is_empty() {
        println!("No cases.");
    } else {
        for c in &cases {
            println!(
                "{}  {:<8} {:<6} {}",
                c.id,
                c.status,
                c.tlp,
                c.report.title.as_deref().unwrap_or("(no title)")
            );
        }
    }
    Ok(())
}

/// Runs `reviewer show ID`.
pub fn show(home: &Path, id: &str, json: bool) -> anyhow::Result<()> {
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    let store = CaseStore::open(home, &keys.age)?;
    let c = store.case(id)?;
    if json {
        println!("{}", serde_json::to_string(&c)?);
        return Ok(());
    }
    let r = &c.report;
    println!("Case {} — {} (TLP:{})", c.id, c.status, c.tlp);
    println!("Title:     {}", r.title.as_deref().unwrap_or("(none)"));
    println!("Category:  {}", r.category.as_deref().unwrap_or("(none)"));
    println!(
        "Reporter's severity guess: {}",
        r.severity.map_or("(none)".into(), |s| s.to_string())
    );
    println!("Received:  {} (receipt {})", r.created, c.receipt);
    println!(
        "Replies:   {}",
        if r.reply.is_some() {
            "possible (the reporter has a codename)"
        } else {
            "not possible"
        }
    );
    if let Some(contact) = &r.contact {
        println!("Contact:   {contact}");
    }
    if let Some(credit) = &r.credit {
        println!("Credit as: {credit}");
    }
    println!();
    println!("{}", r.body.as_deref().unwrap_or(""));
    for (i, a) in r.attachments.iter().enumerate() {
        println!(
            "Attachment {i}: {} ({}, {} bytes, type claimed by the sender)",
            a.name, a.media_type, a.size
        );
    }
    println!(
        "Severity:  {}   Owner: {}",
        c.severity.as_deref().unwrap_or("(not triaged)"),
        c.owner.as_deref().unwrap_or("(none)")
    );
    for (day, who, text) in &c.notes {
        println!("Note by {who} on {day}: {text}");
    }
    for (day, text, _) in &c.followups {
        println!();
        println!("Follow-up on {day}:");
        println!("{text}");
    }
    println!();
    println!("Timeline:");
    for t in &c.timeline {
        println!("  {}  {:<10} {}", t.day, t.who, t.what);
    }
    Ok(())
}

/// Runs `reviewer attachment ID N --out FILE`.
pub fn attachment(home: &Path, id: &str, n: usize, out: &Path) -> anyhow::Result<()> {
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    let store = CaseStore::open(home, &keys.age)?;
    let c = store.case(id)?;
    let claimed = c
        .report
        .attachments
        .get(n)
        .map(|a| a.media_type.clone())
        .unwrap_or_default();
    let mut f =
        std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    store.read_attachment(id, n, &mut f)?;
    let mut head = [0u8; 8];
    let got = std::fs::File::open(out)?.read(&mut head)?;
    let detected = detect(&head[..got]);
    println!(
        "Wrote {} (claimed type {claimed}, detected {detected}).",
        out.display()
    );
    if matches!(
        detected,
        "executable" | "pdf" | "office document (may hold macros)" | "html"
    ) {
        eprintln!(
            "warning: {detected} can carry active content; open it only in a sandbox without network (e.g. bubblewrap) or clean it with mat2"
        );
    }
    Ok(())
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

/// Runs `reviewer delete ID`: removes the case's report from the drop box,
/// proving with its delete token that this member could decrypt it.
pub fn delete(home: &Path, id: &str) -> anyhow::Result<()> {
    let (_, server, keys) = online(home, None)?;
    let store = CaseStore::open(home, &keys.age)?;
    let c = store.case(id)?;
    let item = c
        .server_id
        .as_deref()
        .context("this case did not come from the drop box (it was opened from a file)")?;
    let api = Api::new(&server, &keys);
    let token = c.report.delete_token.expose_text();
    let (status, body) = api.call_with(
        "DELETE",
        &format!("/v1/submissions/{item}"),
        &[("Dropbox-Delete-Token", &token)],
    )?;
    match status {
        204 => println!("Deleted the report of case {id} from the drop box."),
        404 => println!("The drop box no longer holds the report of case {id}."),
        _ => bail!(
            "the drop box refused the deletion ({status}): {}",
            String::from_utf8_lossy(&body)
        ),
    }
    Ok(())
}

/// Changes to a case's annotations.
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
}

const STATUSES: [&str; 7] = [
    "new",
    "triaged",
    "accepted",
    "invalid",
    "fixing",
    "disclosed",
    "closed",
];
const SEVERITIES: [&str; 4] = ["critical", "high", "medium", "low"];

/// Runs `reviewer set ID ...`: each change is kept in the case's timeline
/// with who and when. (Sharing it with the team as signed events is #9.)
pub fn set(home: &Path, id: &str, ch: &Changes<'_>) -> anyhow::Result<()> {
    if ch.status.is_none() && ch.severity.is_none() && ch.tlp.is_none() && ch.owner.is_none() {
        bail!("nothing to change: give --status, --severity, --tlp or --owner");
    }
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    let mut store = CaseStore::open(home, &keys.age)?;
    let mut c = store.case(id)?;
    let day = UnixTime::now().day().to_string();
    let who = keys.id.to_string();
    let log = |what: String| c_timeline(&day, &who, what);
    let mut entries = Vec::new();
    if let Some(s) = ch.status {
        if !STATUSES.contains(&s) {
            bail!("status must be one of {}", STATUSES.join(", "));
        }
        entries.push(log(format!("status {} -> {s}", c.status)));
        c.status = s.to_owned();
    }
    if let Some(s) = ch.severity {
        if !SEVERITIES.contains(&s) {
            bail!("severity must be one of {}", SEVERITIES.join(", "));
        }
        entries.push(log(format!("severity -> {s}")));
        c.severity = Some(s.to_owned());
    }
    if let Some(t) = ch.tlp {
        let t: dropbox_crypto::messages::Tlp = t.parse().map_err(|e: String| anyhow::anyhow!(e))?;
        entries.push(log(format!("TLP:{} -> TLP:{t}", c.tlp)));
        c.tlp = t.to_string();
    }
    if let Some(o) = ch.owner {
        let o: dropbox_crypto::MemberId = o.parse()?;
        entries.push(log(format!("owner -> {o}")));
        c.owner = Some(o.to_string());
    }
    c.timeline.extend(entries);
    store.update_case(&c, None)?;
    println!("Updated case {id}.");
    Ok(())
}

fn c_timeline(day: &str, who: &str, what: String) -> TimelineEntry {
    TimelineEntry {
        day: day.to_owned(),
        who: who.to_owned(),
        what,
    }
}

/// Runs `reviewer note ID TEXT`.
pub fn note(home: &Path, id: &str, text: &str) -> anyhow::Result<()> {
    if text.trim().is_empty() {
        bail!("the note is empty");
    }
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    let mut store = CaseStore::open(home, &keys.age)?;
    let mut c = store.case(id)?;
    let day = UnixTime::now().day().to_string();
    c.notes
        .push((day.clone(), keys.id.to_string(), text.to_owned()));
    c.timeline
        .push(c_timeline(&day, keys.id.as_str(), "note added".into()));
    store.update_case(&c, None)?;
    println!("Noted on case {id}.");
    Ok(())
}

/// Runs `reviewer reply ID (--message T | --file F)`: a reply signed by
/// this member, encrypted to the reporter's codename and to the case's
/// recipients still in the roster, posted to the reporter's mailbox.
pub fn reply(home: &Path, id: &str, message: &str) -> anyhow::Result<()> {
    if message.trim().is_empty() {
        bail!("the reply is empty");
    }
    let (mut cfg, server, keys) = online(home, None)?;
    let api = Api::new(&server, &keys);
    let chain = check_roster(api.chain()?, &mut cfg, &keys)?;
    cfg.save(home)?;
    let mut store = CaseStore::open(home, &keys.age)?;
    let mut c = store.case(id)?;
    let reply_keys = c
        .report
        .reply
        .clone()
        .context("the reporter did not ask for replies (no codename)")?;
    let mailbox = dropbox_crypto::MailboxId::from_key_bytes(reply_keys.sign.to_bytes());
    let head = &chain.head().roster;
    // Only the case's recipients still in the roster, never a member the
    // reporter left out.
    let to: Vec<_> = c
        .report
        .recipients
        .iter()
        .filter_map(|r| head.member(r))
        .collect();
    let seq = c.replies_sent + 1;
    let today = UnixTime::now().day();
    let r = messages::Reply::new(
        chain.fingerprint,
        mailbox,
        seq,
        keys.id.clone(),
        today,
        message.to_owned(),
    );
    let mut h = dropbox_crypto::bundle::Header::new(
        Kind::Reply,
        today,
        head.seq,
        to.iter().map(|m| m.id.clone()).collect(),
    );
    h.signed = Some(r.sign(&keys.sign));
    let plain = zeroize::Zeroizing::new(dropbox_crypto::bundle::encode_to_vec(h, &[])?);
    let mut slots = vec![envelope::Slot::Real(reply_keys.age.clone())];
    slots.extend(to.iter().map(|m| envelope::Slot::Real(m.age.clone())));
    let ct = envelope::encrypt_vec(slots, &plain)?;
    let (status, body) = api.call(
        "POST",
        &format!("/v1/mailboxes/{mailbox}/replies"),
        None,
        &ct,
    )?;
    if status != 201 {
        bail!(
            "the drop box refused the reply ({status}): {}",
            String::from_utf8_lossy(&body)
        );
    }
    c.replies_sent = seq;
    c.timeline.push(TimelineEntry {
        day: today.to_string(),
        who: keys.id.to_string(),
        what: format!("reply #{seq} sent"),
    });
    store.update_case(&c, None)?;
    println!("Reply #{seq} posted to the reporter's mailbox.");
    Ok(())
}

/// Runs `reviewer search TERMS`: every case whose text contains all the
/// terms (case-insensitive), found by decrypting the cases in memory, so no
/// plaintext index ever reaches the disk.
pub fn search(home: &Path, terms: &[String], json: bool) -> anyhow::Result<()> {
    if terms.is_empty() {
        bail!("give at least one search term");
    }
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    let store = CaseStore::open(home, &keys.age)?;
    let terms: Vec<String> = terms.iter().map(|t| t.to_lowercase()).collect();
    let mut hits = Vec::new();
    for c in store.cases()? {
        let r = &c.report;
        let mut text = zeroize::Zeroizing::new(String::new());
        for part in [&r.title, &r.body, &r.category, &r.contact, &r.credit]
            .into_iter()
            .flatten()
        {
            text.push_str(part);
            text.push('\n');
        }
        for a in &r.attachments {
            text.push_str(&a.name);
            text.push('\n');
        }
        for (_, body, _) in &c.followups {
            text.push_str(body);
            text.push('\n');
        }
        for (_, _, note) in &c.notes {
            text.push_str(note);
            text.push('\n');
        }
        let lower = zeroize::Zeroizing::new(text.to_lowercase());
        if terms.iter().all(|t| lower.contains(t.as_str())) {
            hits.push(c);
        }
    }
    if json {
        let out: Vec<_> = hits
            .iter()
            .map(|c| serde_json::json!({"id": c.id, "title": c.report.title, "status": c.status}))
            .collect();
        println!("{}", serde_json::Value::Array(out));
    } else if hits.is_empty() {
        println!("No case matches.");
    } else {
        for c in &hits {
            println!(
                "{}  {:<8} {}",
                c.id,
                c.status,
                c.report.title.as_deref().unwrap_or("(no title)")
            );
        }
    }
    Ok(())
}
