//! `reviewer sync`, `reviewer open`, `reviewer list`, `reviewer show`,
//! `reviewer attachment`, `reviewer reply`, `reviewer search`,
//! `reviewer delete`: fetch, decrypt and file reports as cases, read them,
//! answer the reporter.
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
use dropbox_crypto::keys::SignSecretKey;
use dropbox_crypto::roster::{self, VerifiedChain};
use dropbox_crypto::text::Line;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{CaseId, MemberId, Sha256Digest, TeamFingerprint, envelope, messages};

use crate::case::{Case, Followup};
use crate::config::Config;
use crate::keys::{KeyStore, MemberKeys, TransportKeys};
use crate::session::Session;
use crate::store::{CaseStore, OutItem};
use crate::teamlog::{self, Ctx};

/// Signed HTTP to the drop box as this member.
pub struct Api<'a> {
    agent: ureq::Agent,
    base: String,
    id: KeyId,
    transport: &'a SignSecretKey,
}

impl<'a> Api<'a> {
    /// A client for `server`.
    pub fn new(server: &str, keys: &'a MemberKeys) -> anyhow::Result<Self> {
        Self::signing(server, &keys.id, &keys.transport)
    }

    /// A client for `server` that holds only the transport key (the air
    /// gap's online side).
    pub fn signing(
        server: &str,
        id: &MemberId,
        transport: &'a SignSecretKey,
    ) -> anyhow::Result<Self> {
        Ok(Api {
            agent: agent(None)?,
            base: server.trim_end_matches('/').to_owned(),
            id: KeyId::Member(id.clone()),
            transport,
        })
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
        let h = Signer::new(&self.id, self.transport).sign(
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

    /// What to tell the member when the drop box refused a request: its
    /// disk being full is said plainly (its JSON error `disk-full`), as
    /// nothing the member does fixes it; otherwise the status and message.
    pub fn refusal(status: u16, body: &[u8]) -> String {
        let v = serde_json::from_slice::<serde_json::Value>(body).unwrap_or_default();
        match (v["error"].as_str(), v["message"].as_str()) {
            (Some("disk-full"), _) => "the drop box's disk is full".to_owned(),
            (_, Some(m)) => format!("the drop box answered {status}: {m}"),
            _ => format!("the drop box answered {status}"),
        }
    }

    /// Every item this member has not acked, paging through the inbox:
    /// (id, receipt, day it arrived).
    pub fn inbox(&self) -> anyhow::Result<Vec<(String, String, String)>> {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let query = cursor.as_ref().map(|c| format!("cursor={c}"));
            let (status, body) = self.call("GET", "/v1/inbox", query.as_deref(), b"")?;
            if status != 200 {
                bail!(
                    "the drop box refused the inbox: {}",
                    Self::refusal(status, &body)
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
                    item["day"].as_str().unwrap_or_default().to_owned(),
                ));
            }
            match v["cursor"].as_str() {
                Some(c) => cursor = Some(c.to_owned()),
                None => return Ok(items),
            }
        }
    }

    /// A submission's ciphertext streamed into an unnamed temporary file in
    /// `dir` (ciphertext only, so memory stays flat whatever its size),
    /// checked against its receipt and rewound; the inner error says what
    /// was wrong with this one item.
    pub fn fetch_to_file(
        &self,
        id: &str,
        receipt: &str,
        dir: &Path,
    ) -> anyhow::Result<Result<std::fs::File, String>> {
        let path = format!("/v1/submissions/{id}");
        let h = Signer::new(&self.id, self.transport).sign(
            "GET",
            &path,
            None,
            None,
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
        let mut resp = self
            .agent
            .get(&format!("{}{path}", self.base))
            .header("Signature-Input", &h.signature_input)
            .header("Signature", &h.signature)
            .call()
            .with_context(|| format!("cannot reach {}", self.base))?;
        let status = resp.status().as_u16();
        if status != 200 {
            let body = resp
                .body_mut()
                .with_config()
                .limit(64 << 10)
                .read_to_vec()
                .unwrap_or_default();
            return Ok(Err(format!("{id}: {}", Self::refusal(status, &body))));
        }
        std::fs::create_dir_all(dir)?;
        let tmp = dir.join(format!("{id}.fetch"));
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)
            .with_context(|| format!("cannot create {}", tmp.display()))?;
        // Unlinked at once: nothing is left behind if this process dies.
        std::fs::remove_file(&tmp)?;
        let mut hashing = HashWrite(Sha256::new(), &mut file);
        std::io::copy(
            &mut resp.body_mut().with_config().limit(u64::MAX).reader(),
            &mut hashing,
        )
        .with_context(|| format!("{id}: the download broke off"))?;
        let got = Sha256Digest(hashing.0.finalize().into());
        if got.to_string() != receipt {
            return Ok(Err(format!(
                "{id}: the ciphertext does not match its receipt"
            )));
        }
        std::io::Seek::rewind(&mut file)?;
        Ok(Ok(file))
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
            Err(format!("{id}: {}", Self::refusal(status, &ct)))
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

/// The HTTP client every command uses: statuses are answers, not errors;
/// `REVIEWER_PROXY` (e.g. `socks5h://127.0.0.1:9050` for Tor, so a .onion
/// drop box and its reviewer API are reachable) carries every request.
pub fn agent(timeout: Option<std::time::Duration>) -> anyhow::Result<ureq::Agent> {
    let mut cfg = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .user_agent("reviewer")
        .timeout_global(timeout);
    if let Ok(p) = std::env::var("REVIEWER_PROXY")
        && !p.is_empty()
    {
        let proxy = ureq::Proxy::new(&p)
            .with_context(|| format!("REVIEWER_PROXY={p} is not a usable proxy URL"))?;
        cfg = cfg.proxy(Some(proxy));
    }
    Ok(cfg.build().into())
}

/// Verifies the served chain, alerting loudly on a new head or a change to
/// this member's own entry.
pub fn check_roster(
    home: &Path,
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
    let now = UnixTime::now();
    let chain = roster::verify_chain(&fp, &served, now)
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
            errln!(
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
        errln!(
            "ALERT: your own roster entry changed; if you did not ask for it, tell your team now"
        );
    }
    cfg.own_entry = Some(own_json);
    // Offline commands (annotations, due, retention) use this copy.
    crate::write_atomic(
        &home.join("roster.json"),
        &serde_json::to_vec_pretty(&served)?,
    )?;
    cfg.checked_at = Some(now.0);
    Ok(chain)
}

/// A case's id: derived from the report's delete token, a secret only the
/// report's recipients hold, so every member files the same report under
/// the same id (the id team events name), and the server, which knows only
/// the token's hash, cannot compute it.
pub fn case_id_of(token: &dropbox_crypto::bundle::DeleteToken) -> CaseId {
    let d = Sha256Digest::of(format!("dropbox/v1/case-id\n{}", token.expose_text()).as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&d.0[..16]);
    CaseId(b)
}

/// Why an item cannot be filed: it is quarantined (reported once, acked)
/// instead of failing every sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The bundle's kind, when its header decoded.
    pub kind: Option<Kind>,
    /// Why, for a person.
    pub reason: String,
    /// Forged or tampered with, not merely unreadable: worth an ALERT.
    pub alert: bool,
}

/// What filing one ciphertext did.
#[derive(Debug, PartialEq, Eq)]
pub enum Filed {
    /// A report or follow-up this store already has.
    Duplicate(String),
    /// A new case.
    NewCase(String),
    /// A follow-up joined an existing case.
    Followup(String),
    /// A follow-up with the number of one already filed but other content:
    /// filed beside it and flagged, never dropped.
    Conflict(String),
    /// The report itself reached a case this store had from a grant, and
    /// the grant did not match it: the report replaced the granted copy.
    GrantCorrected(String),
    /// Not encrypted to this member.
    Unreadable,
    /// A follow-up whose case this store does not hold (yet): left on the
    /// drop box for a later sync.
    Pending,
    /// Cannot be filed (see [`Refusal`]).
    Refused(Refusal),
}

fn refused(kind: Option<Kind>, alert: bool, reason: impl Into<String>) -> anyhow::Result<Filed> {
    Ok(Filed::Refused(Refusal {
        kind,
        reason: reason.into(),
        alert,
    }))
}

/// The mailbox of a reporter's reply keys.
fn mailbox_of(keys: &dropbox_crypto::bundle::ReplyKeys) -> dropbox_crypto::MailboxId {
    dropbox_crypto::MailboxId::from_key_bytes(keys.sign.to_bytes())
}

/// A report's or follow-up's unsigned thread must be the one its reply keys
/// make: a report that starts a thread names it, a follow-up must.
fn thread_binding(h: &dropbox_crypto::bundle::Header) -> Result<(), String> {
    match (&h.reply, h.thread) {
        (Some(r), Some(t)) if dropbox_crypto::codename::thread_of(&mailbox_of(r)) == t => Ok(()),
        (Some(_), Some(_)) => Err("its thread is not the one its reply keys make".into()),
        (None, None) if h.kind == Kind::Report => Ok(()),
        (None, Some(_)) => Err("it names a thread without reply keys".into()),
        _ => Err("it has reply keys without a thread, or a follow-up without either".into()),
    }
}

/// A writer that remembers whether writing failed (the disk, not the
/// bundle: worth retrying) and hashes what it wrote.
struct Tracked<'a, W: Write> {
    hash: Sha256,
    inner: &'a mut W,
    failed: bool,
}

impl<W: Write> Write for Tracked<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.inner.write(buf) {
            Ok(n) => {
                self.hash.update(&buf[..n]);
                Ok(n)
            }
            Err(e) => {
                self.failed = true;
                Err(e)
            }
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush().inspect_err(|_| self.failed = true)
    }
}

/// Copies the next attachment into `out`: its digest, or why the bundle
/// is bad (an error when the fault was writing, so the item is retried).
fn copy_next<R: Read, W: Write>(
    reader: &mut BundleReader<R>,
    out: &mut W,
) -> anyhow::Result<Result<Sha256Digest, String>> {
    let mut t = Tracked {
        hash: Sha256::new(),
        inner: out,
        failed: false,
    };
    match reader.copy_attachment(&mut t) {
        Ok(_) => Ok(Ok(Sha256Digest(t.hash.finalize().into()))),
        Err(e) if t.failed => Err(e).context("cannot store an attachment"),
        Err(e) => Ok(Err(format!("its attachments are malformed: {e}"))),
    }
}

/// Decrypts one ciphertext and files it: a new case, a follow-up joining
/// its case, or a reason to quarantine it.
///
/// A follow-up joins a case only when its signed thread is the case's,
/// its signer is the case's reply key (from the case's first report), and
/// this member is among the case's recipients and the follow-up's signed
/// ones (protocol 1.3); the unsigned header only finds the case.
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
        Err(envelope::EnvelopeError::Io(e)) => return Err(e).context("cannot read the item"),
        Err(e) => return refused(None, false, e.to_string()),
    };
    let mut reader = match BundleReader::new(plain) {
        Ok(r) => r,
        Err(e) => return refused(None, false, format!("no bundle inside: {e}")),
    };
    let header = reader.header().clone();
    let kind = Some(header.kind);
    if !matches!(header.kind, Kind::Report | Kind::Followup) {
        return refused(
            kind,
            false,
            format!("a {:?} bundle where a report was expected", header.kind),
        );
    }
    if let Err(why) = thread_binding(&header) {
        return refused(kind, true, why);
    }
    let case_id = case_id_of(&header.delete_token).to_string();
    let now = UnixTime::now();
    if header.kind == Kind::Report {
        if store.was_purged(&case_id)? {
            return refused(
                kind,
                false,
                "this report's case was closed and purged; retention does not let it back",
            );
        }
        if store.has_case(&case_id)? {
            let c = store.case(&case_id)?;
            if c.from_grant.is_some() {
                return check_granted(store, c, header, reader, server_id, receipt);
            }
            // The same report again (re-uploaded, or opened from a file
            // after a sync): one case, whatever the route.
            if let Some(sid) = server_id {
                store.link_item(sid, &case_id)?;
            }
            return Ok(Filed::Duplicate(case_id));
        }
        let key = store.new_case_key();
        for i in 0..header.attachments.len() {
            let mut sink = store.attachment_sink(&case_id, &key, i)?;
            if let Err(why) = copy_next(&mut reader, &mut sink)? {
                return refused(kind, false, why);
            }
            sink.finish()?.flush()?;
        }
        if let Err(e) = reader.finish() {
            return refused(
                kind,
                false,
                format!("its attachments do not match its trailer: {e}"),
            );
        }
        let mut case = Case {
            id: case_id.clone(),
            report: header,
            server_id: server_id.map(str::to_owned),
            receipt: receipt.to_owned(),
            imported: now.0,
            followups: Vec::new(),
            replies_sent: 0,
            events: Vec::new(),
            log: Vec::new(),
            from_grant: None,
        };
        case.access(now.0, keys.id.as_str(), "imported");
        store.insert_case(&case, &key)?;
        return Ok(Filed::NewCase(case_id));
    }
    // A follow-up: the unsigned header only finds the case; the signature
    // decides whether it belongs there.
    let Some(thread) = header.thread else {
        return refused(kind, true, "a follow-up without a thread");
    };
    let Some(mut c) = store.case_by_thread(&thread)? else {
        // Its report has not reached this store (yet), or this member was
        // left out of it. A follow-up that says so itself is refused now;
        // any other waits on the drop box for its report.
        let mut digests = Vec::new();
        for _ in 0..header.attachments.len() {
            match copy_next(&mut reader, &mut std::io::sink())? {
                Ok(d) => digests.push(d),
                Err(why) => return refused(kind, false, why),
            }
        }
        if reader.finish().is_err() {
            return refused(kind, false, "its attachments do not match its trailer");
        }
        let Some(env) = header.signed.as_ref() else {
            return refused(kind, true, "an unsigned follow-up");
        };
        return match messages::verify_followup(env, team, &digests) {
            Err(e) => refused(kind, true, format!("a follow-up with a bad signature: {e}")),
            Ok(f) if f.recipients.as_ref().is_some_and(|r| !r.contains(&keys.id)) => refused(
                kind,
                false,
                "a follow-up in a conversation the reporter left you out of: nothing filed",
            ),
            Ok(_) => Ok(Filed::Pending),
        };
    };
    if !c.report.recipients.contains(&keys.id) {
        return refused(
            kind,
            false,
            "a follow-up in a conversation the reporter left you out of: nothing filed",
        );
    }
    let n0 = c.all_attachments().len();
    let case_key = store.key_of(&c.id)?;
    let mut digests = Vec::new();
    for i in 0..header.attachments.len() {
        let mut sink = store.attachment_sink(&c.id, &case_key, n0 + i)?;
        match copy_next(&mut reader, &mut sink)? {
            Ok(d) => digests.push(d),
            Err(why) => return refused(kind, false, why),
        }
        sink.finish()?.flush()?;
    }
    if let Err(e) = reader.finish() {
        return refused(
            kind,
            false,
            format!("its attachments do not match its trailer: {e}"),
        );
    }
    let Some(env) = header.signed.as_ref() else {
        return refused(kind, true, "an unsigned follow-up");
    };
    let f = match messages::verify_followup(env, team, &digests) {
        Ok(f) => f,
        Err(e) => return refused(kind, true, format!("a follow-up with a bad signature: {e}")),
    };
    // The signer must be the case's own reply key: anyone can sign with
    // some mailbox key and name this thread in the unsigned header.
    let case_mailbox = c.report.reply.as_ref().map(mailbox_of);
    if Some(f.mailbox) != case_mailbox || Some(f.thread) != c.report.thread {
        return refused(
            kind,
            true,
            format!(
                "a forged follow-up for case {}: not signed by the reporter's codename",
                c.id
            ),
        );
    }
    if f.recipients.as_ref().is_some_and(|r| !r.contains(&keys.id)) {
        return refused(
            kind,
            false,
            "a follow-up the reporter did not encrypt to you (left out): nothing filed",
        );
    }
    let new = Followup {
        seq: f.seq,
        day: f.created,
        body: f.body,
        attachments: header.attachments.clone(),
        conflict: false,
    };
    let same_seq: Vec<&Followup> = c.followups.iter().filter(|x| x.seq == new.seq).collect();
    if same_seq
        .iter()
        .any(|x| x.day == new.day && x.body == new.body && x.attachments == new.attachments)
    {
        // The same follow-up again (a replay, or sent twice): filed once.
        store.link_item_if_new(server_id, &c.id)?;
        return Ok(Filed::Duplicate(c.id));
    }
    let conflict = !same_seq.is_empty();
    let what = if conflict {
        format!(
            "follow-up #{} (CONFLICT: another follow-up has this number)",
            new.seq
        )
    } else {
        format!("follow-up #{}", new.seq)
    };
    c.followups.push(Followup { conflict, ..new });
    c.access(now.0, "reporter", what);
    store.update_case(&c, server_id)?;
    Ok(if conflict {
        Filed::Conflict(c.id)
    } else {
        Filed::Followup(c.id)
    })
}

/// The report reached a case this store holds from a grant: the report
/// wins. A grant whose report or receipt differ from it (a member who
/// rewrote the case before granting it) is replaced, and the caller alerts.
fn check_granted(
    store: &mut CaseStore,
    mut c: Case,
    header: dropbox_crypto::bundle::Header,
    mut reader: BundleReader<impl Read>,
    server_id: Option<&str>,
    receipt: &str,
) -> anyhow::Result<Filed> {
    let kind = Some(header.kind);
    let mut real = header;
    let redacted_contact = c.state().redactions.iter().any(|r| r == "contact");
    if redacted_contact {
        real.contact = None;
    }
    let grantor = c.from_grant.take().unwrap_or_default();
    let now = UnixTime::now();
    // A grant too large to carry its attachments leaves them out (and says
    // so): that alone is no mismatch, the report fills them in.
    let without_files = c.report.attachments.is_empty() && !real.attachments.is_empty();
    let mut compared = real.clone();
    if without_files {
        compared.attachments.clear();
    }
    let matches = compared == c.report && receipt == c.receipt;
    if matches && !without_files {
        c.server_id = c.server_id.or(server_id.map(str::to_owned));
        c.access(
            now.0,
            "reporter",
            format!("the report arrived and matches {grantor}'s grant"),
        );
        store.update_case(&c, server_id)?;
        return Ok(Filed::Duplicate(c.id));
    }
    let key = store.key_of(&c.id)?;
    let (old_n, new_n) = (c.report.attachments.len(), real.attachments.len());
    let later: usize = c.followups.iter().map(|f| f.attachments.len()).sum();
    if old_n != new_n && later > 0 {
        // Out of the way first, so the report's own files cannot clobber
        // the follow-ups'.
        store.renumber_attachments(&c.id, old_n, later, old_n.max(new_n) + later)?;
    }
    for i in 0..new_n {
        let mut sink = store.attachment_sink(&c.id, &key, i)?;
        if let Err(why) = copy_next(&mut reader, &mut sink)? {
            return refused(kind, false, why);
        }
        sink.finish()?.flush()?;
    }
    if let Err(e) = reader.finish() {
        return refused(
            kind,
            false,
            format!("its attachments do not match its trailer: {e}"),
        );
    }
    if old_n != new_n && later > 0 {
        store.renumber_attachments(&c.id, old_n.max(new_n) + later, later, new_n)?;
    }
    c.report = real;
    c.receipt = receipt.to_owned();
    c.server_id = server_id.map(str::to_owned);
    if matches {
        c.access(
            now.0,
            "reporter",
            format!("the report arrived and matches {grantor}'s grant; its attachments filled in"),
        );
        store.update_case(&c, server_id)?;
        return Ok(Filed::Duplicate(c.id));
    }
    c.access(
        now.0,
        "reporter",
        format!("ALERT: the report differs from {grantor}'s grant of it; the report replaced it"),
    );
    store.update_case(&c, server_id)?;
    Ok(Filed::GrantCorrected(c.id))
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
pub fn online(
    home: &Path,
    server: Option<&str>,
) -> anyhow::Result<(Config, String, TransportKeys)> {
    let mut cfg = Config::load(home)?;
    if let Some(s) = server {
        cfg.server = Some(s.to_owned());
    }
    let server = cfg
        .server
        .clone()
        .context("no drop box URL: pass --server (it is remembered after the first use)")?;
    let keys = KeyStore::new(home).unlock_transport()?;
    Ok((cfg, server, keys))
}

/// The drop box URL: `server` if given, else the saved one (without
/// unlocking anything).
pub fn server_url(home: &Path, server: Option<&str>) -> anyhow::Result<String> {
    match server {
        Some(s) => Ok(s.to_owned()),
        None => Config::load(home)?
            .server
            .context("no drop box URL: pass --server (it is remembered after the first sync)"),
    }
}

/// A time for people: `YYYY-MM-DD HH:MM UTC`.
pub fn when(at: i64) -> String {
    let t = UnixTime(at);
    let secs = at.rem_euclid(86_400);
    format!("{} {:02}:{:02} UTC", t.day(), secs / 3600, secs % 3600 / 60)
}

/// Checks that every endpoint the roster names (and the drop box synced
/// with) serves the page whose hash the roster names; .onion endpoints need
/// Tor and are left to a check over it.
fn check_pages(server: &str, chain: &VerifiedChain) -> Vec<String> {
    let head = &chain.head().roster;
    let Some(want) = head.page_sha256 else {
        return Vec::new();
    };
    let Ok(agent) = agent(Some(std::time::Duration::from_secs(20))) else {
        return vec!["warning: REVIEWER_PROXY is not usable; the pages were not checked".into()];
    };
    let mut urls: Vec<String> = vec![server.trim_end_matches('/').to_owned()];
    for e in &head.endpoints {
        let e = e.trim_end_matches('/').to_owned();
        if !urls.contains(&e) {
            urls.push(e);
        }
    }
    let mut alerts = Vec::new();
    for u in urls {
        if u.contains(".onion") {
            continue;
        }
        let got = agent
            .get(&format!("{u}/"))
            .call()
            .ok()
            .and_then(|mut r| r.body_mut().with_config().limit(8 << 20).read_to_vec().ok());
        match got {
            Some(page) if Sha256Digest::of(&page) == want => {}
            Some(_) => alerts.push(format!(
                "ALERT: {u} serves a page other than the one roster #{} names; reporters there may be attacked, tell your admins",
                head.seq
            )),
            None => alerts.push(format!("warning: could not fetch the page at {u} to check it")),
        }
    }
    alerts
}

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
/// runs once the roster is verified).
pub fn sync_in(mut s: Session, server: &str, team: Option<&str>, json: bool) -> anyhow::Result<()> {
    let server = server.to_owned();
    s.cfg.server = Some(server.clone());
    if let Some(t) = team {
        s.cfg.team = Some(t.to_owned());
    }
    let served = Api::new(&server, &s.keys)?.chain()?;
    s.adopt_chain(served)?;
    let page_alerts = check_pages(&server, s.chain()?);
    for a in &page_alerts {
        errln!("{a}");
    }
    let api = Api::new(&server, &s.keys)?;
    let (posted, mut errors) = teamlog::post_outbox(&api, &mut s.store)?;
    let ctx = Ctx {
        keys: &s.keys,
        chain: s.chain.as_ref().context("the roster was not saved")?,
    };
    let pulled = teamlog::pull(&api, &mut s.store, &ctx)?;
    for r in &pulled.rejected {
        errln!("ALERT: refused {r}");
    }
    let (mut new_cases, mut followups, mut unreadable, mut pending) = (0, 0, 0, 0);
    let mut quarantined: Vec<serde_json::Value> = Vec::new();
    let mut alerts: Vec<String> = Vec::new();
    let unacked_days = ctx.chain.head().roster.policy.retention.unacked_days;
    let today = UnixTime::now().day();
    let items = api.inbox()?;
    let bar = progress(items.len() as u64, json);
    let mut unacked: Vec<String> = Vec::new();
    for (id, receipt, day) in items {
        bar.inc(1);
        // Whatever ends this turn early leaves the item unacked.
        unacked.push(day.clone());
        let handled = s.store.item(&id)?;
        if handled.is_none() {
            let ct = match api.fetch_to_file(&id, &receipt, &s.home.join("tmp"))? {
                Ok(ct) => ct,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            let mut probe = ct.try_clone()?;
            let filed = file_ciphertext(
                &mut s.store,
                &s.keys,
                &ctx.chain.fingerprint,
                std::io::BufReader::new(ct),
                Some(&id),
                &receipt,
            );
            let refusal = match filed {
                Ok(Filed::NewCase(_)) => {
                    new_cases += 1;
                    None
                }
                Ok(Filed::Followup(_) | Filed::Duplicate(_)) => {
                    followups += 1;
                    None
                }
                Ok(Filed::Conflict(case)) => {
                    followups += 1;
                    alerts.push(format!(
                        "case {case}: two follow-ups with the same number and different content; both are kept (`reviewer show {case}`)"
                    ));
                    None
                }
                Ok(Filed::GrantCorrected(case)) => {
                    alerts.push(format!(
                        "ALERT: case {case}: the report differs from the grant of it you received; the report replaced it (its log names who granted it)"
                    ));
                    None
                }
                Ok(Filed::Unreadable) => {
                    s.store.record_unreadable(&id)?;
                    unreadable += 1;
                    None
                }
                Ok(Filed::Pending) => {
                    // Its report may still come (or a grant of it); only
                    // when the drop box would drop it unacked is it set aside.
                    let last_day = day
                        .parse::<dropbox_crypto::time::Day>()
                        .ok()
                        .map(|d| d.add_days(i64::from(unacked_days) - 1));
                    if last_day.is_some_and(|d| d > today) {
                        pending += 1;
                        continue;
                    }
                    Some(Refusal {
                        kind: Some(Kind::Followup),
                        reason: "a follow-up whose report never reached this store".into(),
                        alert: false,
                    })
                }
                Ok(Filed::Refused(r)) => Some(r),
                Err(e) => {
                    errors.push(format!("{id}: {e:#}"));
                    continue;
                }
            };
            if let Some(r) = refusal {
                std::io::Seek::rewind(&mut probe)?;
                let facts = quarantine_facts(&id, &day, probe, &r)?;
                s.store.quarantine(&id, &facts)?;
                errln!(
                    "{}quarantined item {id}: {} (`reviewer quarantine {id}` shows what is known of it)",
                    if r.alert { "ALERT: " } else { "warning: " },
                    r.reason
                );
                quarantined
                    .push(serde_json::json!({"id": id, "reason": r.reason, "alert": r.alert}));
            }
        }
        // Every item is acked, readable or not, after the local commit.
        let (status, body) = api.call("POST", &format!("/v1/submissions/{id}/ack"), None, b"")?;
        if status == 204 {
            s.store.mark_acked(&id)?;
            unacked.pop();
        } else {
            errors.push(format!(
                "{id}: ack refused: {}",
                Api::refusal(status, &body)
            ));
        }
    }
    bar.finish_and_clear();
    // Team events that came before their case (a report filed just now, a
    // grant received in this pull) apply now, in log order.
    let unparked = teamlog::apply_parked(&mut s.store, &ctx)?;
    for r in &unparked.rejected {
        errln!("ALERT: refused {r}");
    }
    let events_applied = pulled.applied + unparked.applied;
    let mut purged = pulled.purged.clone();
    purged.extend(unparked.purged.iter().cloned());
    let mut rejected = pulled.rejected.clone();
    rejected.extend(unparked.rejected.iter().cloned());
    let waiting = s.store.parked_count()?;
    for a in &alerts {
        errln!("{a}");
    }
    // `reviewer due` warns before the server's cap purges what stays unacked.
    let oldest = unacked.iter().min().cloned().unwrap_or_default();
    s.store.set_meta("inbox_oldest", &oldest)?;
    let snapshots = teamlog::queue_snapshots(&mut s.store, &ctx, UnixTime::now().day())?;
    let (posted_after, errors_after) = teamlog::post_outbox(&api, &mut s.store)?;
    errors.extend(errors_after);
    if json {
        jsonln!(
            "{}",
            serde_json::json!({
                "new_cases": new_cases, "followups": followups, "unreadable": unreadable,
                "followups_waiting": pending, "quarantined": quarantined, "alerts": alerts,
                "events_posted": posted + posted_after, "events_applied": events_applied,
                "events_waiting": waiting,
                "events_not_for_me": pulled.not_for_me, "events_rejected": rejected,
                "granted": pulled.granted, "purged": purged, "snapshots": snapshots,
                "page_alerts": page_alerts, "errors": errors,
            })
        );
    } else {
        outln!(
            "{new_cases} new cases, {followups} follow-ups, {unreadable} items not encrypted to you; {events_applied} team events applied, {} posted.",
            posted + posted_after
        );
        if pending > 0 {
            outln!(
                "{pending} follow-ups wait on the drop box for their report (or a grant of it)."
            );
        }
        if waiting > 0 {
            outln!("{waiting} team events wait for their case to reach this store.");
        }
        if !quarantined.is_empty() {
            outln!(
                "{} items quarantined and acked (`reviewer quarantine` lists them).",
                quarantined.len()
            );
        }
        if pulled.granted > 0 {
            outln!("{} cases granted to you.", pulled.granted);
        }
        if !purged.is_empty() {
            outln!("{} cases purged by the team.", purged.len());
        }
        for e in &errors {
            errln!("error: {e}");
        }
    }
    // The exit status never depends on the output format.
    if !errors.is_empty() {
        bail!(
            "{} items could not be handled; they stay for the next sync",
            errors.len()
        );
    }
    Ok(())
}

/// What a quarantined item shows without its plaintext: its size, the day
/// it arrived, how many recipient stanzas its age header has, the bundle
/// kind if it decoded, and why it was set aside.
pub fn quarantine_facts(
    id: &str,
    day: &str,
    mut ct: impl Read,
    r: &Refusal,
) -> anyhow::Result<serde_json::Value> {
    let mut head = Vec::new();
    let first = (&mut ct).take(64 << 10).read_to_end(&mut head)? as u64;
    let size = first + std::io::copy(&mut ct, &mut std::io::sink())?;
    let stanzas = head
        .split(|b| *b == b'\n')
        .take_while(|l| !l.starts_with(b"---"))
        .filter(|l| l.starts_with(b"-> "))
        .count();
    Ok(serde_json::json!({
        "id": id,
        "day": day,
        "size": size,
        "stanzas": stanzas,
        "kind": r.kind,
        "reason": r.reason,
        "alert": r.alert,
        "quarantined": UnixTime::now().day().to_string(),
    }))
}

/// A progress bar on the terminal for long work (hidden for JSON output
/// and when stderr is not a terminal).
pub fn progress(len: u64, json: bool) -> indicatif::ProgressBar {
    if json || len < 2 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} items")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message("fetching");
    bar
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
    let mut hashing = HashWrite(Sha256::new(), &mut std::io::sink());
    std::io::copy(&mut open()?, &mut hashing)?;
    let receipt = Sha256Digest(hashing.0.finalize().into()).to_string();
    let filed = file_ciphertext(&mut s.store, &s.keys, &team, open()?, None, &receipt)?;
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
        let overdue = crate::due::overdue(&c, &st, &policy, now)?;
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
pub fn attachment(home: &Path, id: &str, n: usize, out: &Path) -> anyhow::Result<()> {
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
    outln!(
        "Wrote {} (claimed type {claimed}, detected {detected}).",
        out.display()
    );
    if matches!(
        detected,
        "executable" | "pdf" | "office document (may hold macros)" | "html"
    ) || detected.starts_with("zip")
    {
        errln!(
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
        204 => outln!("Deleted the report of case {id} from the drop box."),
        404 => outln!("The drop box no longer holds the report of case {id}."),
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

/// Runs `reviewer reply ID (--message T | --file F)`: a reply signed by
/// this member, encrypted to the reporter's codename and to the case's
/// recipients still in the roster, queued, and posted at once when the drop
/// box is reachable (else with the next sync).
pub fn reply(home: &Path, id: &str, message: &str) -> anyhow::Result<()> {
    if message.trim().is_empty() {
        bail!("the reply is empty");
    }
    reply_in(Session::open(home)?, id, message)
}

/// [`reply`] in a session already open.
pub fn reply_in(mut s: Session, id: &str, message: &str) -> anyhow::Result<()> {
    if message.trim().is_empty() {
        bail!("the reply is empty");
    }
    let mut c = s.store.open_case(id)?;
    let reply_keys = c
        .report
        .reply
        .clone()
        .context("the reporter did not ask for replies (no codename)")?;
    let mailbox = dropbox_crypto::MailboxId::from_key_bytes(reply_keys.sign.to_bytes());
    let chain = s.chain()?;
    let head = &chain.head().roster;
    // Only the case's recipients still in the roster, never a member the
    // reporter left out.
    let to = teamlog::recipients(&c, chain);
    // One sequence for the whole team: every reply is also a team event,
    // so the next number follows the highest any member sent (as far as
    // this store has synced; two members replying offline at once still
    // collide, and the reporter's page flags the duplicate).
    let st = c.state();
    let seq = st
        .replies
        .iter()
        .map(|r| r.seq)
        .max()
        .unwrap_or(0)
        .max(c.replies_sent)
        + 1;
    let today = UnixTime::now().day();
    let r = messages::Reply::new(
        chain.fingerprint,
        mailbox,
        seq,
        s.keys.id.clone(),
        today,
        message.to_owned(),
    )
    // Protocol 1.3: the roster this member acts under (the reporter checks
    // the reply against it) and the case's recipients, so the reporter's
    // next follow-up goes to them and never to a member left out.
    .with_case(
        head.seq,
        &to.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
    );
    let mut h = dropbox_crypto::bundle::Header::new(
        Kind::Reply,
        today,
        head.seq,
        to.iter().map(|m| m.id.clone()).collect(),
    );
    h.signed = Some(r.sign(&s.keys.sign));
    let plain = zeroize::Zeroizing::new(dropbox_crypto::bundle::encode_to_vec(h, &[])?);
    let mut slots = vec![envelope::Slot::Real(reply_keys.age.clone())];
    slots.extend(to.iter().map(|m| envelope::Slot::Real(m.age.clone())));
    let ct = envelope::encrypt_vec(slots, &plain)?;
    c.replies_sent = seq;
    c.access(
        UnixTime::now().0,
        s.keys.id.as_str(),
        format!("reply #{seq} queued"),
    );
    s.store.update_and_queue(
        &c,
        &OutItem {
            id: 0,
            kind: "reply".into(),
            target: mailbox.to_string(),
            case_id: None,
            event_id: None,
            data: ct,
        },
    )?;
    let mut events = vec![messages::EventBody::Reply {
        seq,
        body: message.to_owned(),
    }];
    // Replying acknowledges the report, for the team's clocks too.
    if c.state().acknowledged.is_none() {
        events.push(messages::EventBody::Step {
            step: messages::StepKind::Acknowledged,
            detail: format!("reply #{seq}"),
        });
    }
    let (ctx, store) = s.parts()?;
    for body in events {
        teamlog::record(store, &ctx, &mut c, body)?;
    }
    match s.cfg.server.clone() {
        Some(server) => {
            let api = Api::new(&server, &s.keys)?;
            match teamlog::post_outbox(&api, &mut s.store) {
                Ok((_, errors)) if errors.is_empty() => {
                    outln!("Reply #{seq} posted to the reporter's mailbox.")
                }
                Ok((_, errors)) => bail!("{}", errors.join("; ")),
                Err(e) => outln!(
                    "Reply #{seq} queued; the drop box is not reachable now ({e:#}), the next sync posts it."
                ),
            }
        }
        None => outln!("Reply #{seq} queued; the next sync posts it."),
    }
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
        let r = &c.report;
        let st = c.state();
        let mut text = zeroize::Zeroizing::new(String::new());
        for part in [&r.title, &r.body, &r.category, &r.contact, &r.credit]
            .into_iter()
            .flatten()
        {
            text.push_str(part);
            text.push('\n');
        }
        for a in c.all_attachments() {
            text.push_str(&a.name);
            text.push('\n');
        }
        for f in &c.followups {
            text.push_str(&f.body);
            text.push('\n');
        }
        for n in &st.notes {
            text.push_str(&n.text);
            text.push('\n');
        }
        for r in &st.replies {
            text.push_str(&r.body);
            text.push('\n');
        }
        let lower = zeroize::Zeroizing::new(text.to_lowercase());
        if terms.iter().all(|t| lower.contains(t.as_str())) {
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
