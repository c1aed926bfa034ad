//! The air gap (DESIGN "Reviewer"): `reviewer fetch --out DIR` on an online
//! machine copies the roster chain and the new ciphertexts; `reviewer
//! import DIR --outbox OUT` on the offline machine verifies, decrypts and
//! files them, writes the acks to OUT and removes the fetched ciphertext;
//! `reviewer fetch --post OUT` back online sends the acks.
//!
//! The team event log crosses too: `fetch --out` copies it (the online side
//! does not know how far the offline store got, so it copies what the
//! drop box still holds), `import` applies what is new and writes this
//! member's queued events and replies to OUT, and `fetch --post` posts them.
//!
//! Only ciphertext and public data cross the gap.

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use dropbox_crypto::Sha256Digest;
use dropbox_crypto::wire::{EventItem, EventPage};

use crate::domain::ingest::Filed;
use crate::remote::Api;
use crate::services::ingest::file_ciphertext;
use crate::services::session::Session;
use crate::services::session::online;
use crate::services::teamlog::{self, Ctx};

#[derive(Serialize, Deserialize)]
struct Fetched {
    id: String,
    receipt: String,
}

#[derive(Serialize, Deserialize, Default)]
struct Outbox {
    acks: Vec<String>,
    /// Queued events and replies: (kind, mailbox for a reply, base64 age file).
    #[serde(default)]
    posts: Vec<(String, String, String)>,
}

/// `reviewer fetch --out DIR`.
pub fn fetch_out(home: &Path, server: Option<&str>, dir: &Path, json: bool) -> anyhow::Result<()> {
    let (cfg, server, keys) = online(home, server)?;
    let api = Api::signing(&server, &keys.id, &keys.transport)?;
    std::fs::create_dir_all(dir.join("items"))?;
    std::fs::write(
        dir.join("roster.json"),
        serde_json::to_vec_pretty(&api.chain()?)?,
    )?;
    let mut fetched = Vec::new();
    for (id, receipt, _day, _size) in api.inbox()? {
        match api.fetch_checked(&id, &receipt)? {
            Ok(ct) => {
                std::fs::write(dir.join("items").join(format!("{id}.age")), &ct)?;
                fetched.push(Fetched { id, receipt });
            }
            Err(e) => errln!("warning: {e}; it stays for the next fetch"),
        }
    }
    std::fs::write(dir.join("items.json"), serde_json::to_vec_pretty(&fetched)?)?;
    let mut events = Vec::new();
    let mut after = 0u64;
    loop {
        let (status, body) = api.call("GET", "/v1/events", Some(&format!("after={after}")), b"")?;
        if status != 200 {
            anyhow::bail!("the drop box refused the event log ({status})");
        }
        let page = serde_json::from_slice::<EventPage>(&body)
            .context("the drop box sent a malformed event log")?
            .events;
        match page.last().map(|e| e.seq) {
            Some(last) => after = last,
            None => break,
        }
        events.extend(page);
    }
    std::fs::write(dir.join("events.json"), serde_json::to_vec(&events)?)?;
    cfg.save(home)?;
    crate::output::said(
        json,
        serde_json::json!({"dir": dir, "items": fetched.len()}),
        format_args!(
            "Fetched {} into {}. Carry it to the offline machine: reviewer import {} --outbox OUT",
            dropbox_term::count(fetched.len() as u64, "item", "items"),
            dir.display(),
            dir.display()
        ),
    );
    Ok(())
}

/// `reviewer import DIR --outbox OUT` (offline).
pub fn import(home: &Path, dir: &Path, outbox: &Path, json: bool) -> anyhow::Result<()> {
    let mut s = Session::open_quiet(home)?;
    let served = dropbox_crypto::roster::parse_chain_json(
        &std::fs::read(dir.join("roster.json"))
            .context("no roster.json in the fetched directory")?,
    )?;
    s.adopt_chain(served)?;
    let items: Vec<Fetched> = serde_json::from_slice(
        &std::fs::read(dir.join("items.json")).context("no items.json in the fetched directory")?,
    )?;
    let events: Vec<EventItem> = match std::fs::read(dir.join("events.json")) {
        Ok(b) => serde_json::from_slice(&b).context("events.json is malformed")?,
        Err(_) => Vec::new(),
    };
    let now = s.now();
    let pulled = {
        let ctx = Ctx {
            keys: &s.keys,
            chain: s.chain.as_ref().context("no roster")?,
            now,
        };
        let mut events = Some(events);
        teamlog::apply_log(&mut s.store, &ctx, |after| {
            Ok(events
                .take()
                .unwrap_or_default()
                .into_iter()
                .filter(|e| e.seq > after)
                .collect())
        })?
    };
    for r in &pulled.rejected {
        errln!("ALERT: refused {r}");
    }
    let keys = &s.keys;
    let chain = s.chain.as_ref().context("no roster")?;
    let store = &mut s.store;
    let mut out = Outbox::default();
    let (mut filed, mut errors) = (0, Vec::new());
    for it in &items {
        let path = dir.join("items").join(format!(
            "{}.age",
            it.id.parse::<dropbox_crypto::SubmissionId>()?
        ));
        if store.item(&it.id)?.is_none() {
            let ct = std::fs::read(&path).with_context(|| format!("missing {}", path.display()))?;
            if Sha256Digest::of(&ct).to_string() != it.receipt {
                errors.push(format!("{}: does not match its receipt", it.id));
                continue;
            }
            match file_ciphertext(
                store,
                keys,
                &chain.fingerprint,
                &ct[..],
                Some(&it.id),
                &it.receipt,
                now,
            ) {
                Ok(Filed::Unreadable) => store.record_unreadable(&it.id)?,
                // Its report has not come through the gap yet: not acked,
                // so a later fetch brings it again.
                Ok(Filed::Pending) => continue,
                Ok(Filed::Refused(r)) => {
                    let facts = crate::services::ingest::quarantine_facts(
                        &it.id,
                        "",
                        &ct[..],
                        &r,
                        now.day(),
                    )?;
                    store.quarantine(&it.id, &facts)?;
                    errln!(
                        "{}quarantined item {}: {} (`reviewer quarantine {}` shows what is known of it)",
                        if r.alert { "ALERT: " } else { "warning: " },
                        it.id,
                        r.reason,
                        it.id
                    );
                }
                Ok(Filed::GrantCorrected(case)) => {
                    errln!(
                        "ALERT: case {case}: the report differs from the grant of it you received; the report replaced it"
                    );
                    filed += 1;
                }
                Ok(_) => filed += 1,
                Err(e) => {
                    errors.push(format!("{}: {e:#}", it.id));
                    continue;
                }
            }
        }
        out.acks.push(it.id.clone());
        // The ciphertext has served its purpose on this side of the gap.
        let _ = std::fs::remove_file(&path);
    }
    // Team events that came before their case apply now, in log order.
    let unparked = teamlog::apply_parked(store, &Ctx { keys, chain, now })?;
    for r in &unparked.rejected {
        errln!("ALERT: refused {r}");
    }
    for item in store.outbox()? {
        out.posts.push((
            item.kind.clone(),
            item.target.clone(),
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &item.data),
        ));
    }
    std::fs::create_dir_all(outbox)?;
    crate::home::write_atomic(&outbox.join("acks.json"), &serde_json::to_vec_pretty(&out)?)?;
    // Written out: they cross the gap now. An event learns its log position
    // when the log comes back through the next import.
    for item in store.outbox()? {
        store.posted(&item, None)?;
    }
    if json {
        jsonln!(
            "{}",
            serde_json::json!({"filed": filed, "acks": out.acks.len(), "errors": errors})
        );
    } else {
        outln!(
            "Filed {}; {} written to {}.",
            dropbox_term::count(filed as u64, "new item", "new items"),
            dropbox_term::count(out.acks.len() as u64, "ack", "acks"),
            outbox.display()
        );
        for e in &errors {
            errln!("error: {e}");
        }
    }
    // Partly done is its own exit status, with or without --json.
    if !errors.is_empty() {
        return Err(crate::error::Failure::Partial {
            failed: errors.len(),
            retry: "import",
        }
        .into());
    }
    Ok(())
}

/// `reviewer fetch --post OUT`.
pub fn post(home: &Path, server: Option<&str>, outbox: &Path, json: bool) -> anyhow::Result<()> {
    let (_, server, keys) = online(home, server)?;
    let api = Api::signing(&server, &keys.id, &keys.transport)?;
    let out: Outbox = serde_json::from_slice(
        &std::fs::read(outbox.join("acks.json")).context("no acks.json in the outbox")?,
    )?;
    let mut done = 0;
    for id in &out.acks {
        let id: dropbox_crypto::SubmissionId =
            id.parse().context("a malformed id in the outbox")?;
        let (status, _) = api.call("POST", &format!("/v1/submissions/{id}/ack"), None, b"")?;
        if status == 204 || status == 404 {
            done += 1;
        } else {
            errln!("warning: the ack of {id} was refused ({status})");
        }
    }
    let mut sent = 0;
    for (kind, target, data) in &out.posts {
        let data = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, data)
            .context("a malformed post in the outbox")?;
        let path = match kind.as_str() {
            "event" => "/v1/events".to_owned(),
            "reply" => format!(
                "/v1/mailboxes/{}/replies",
                target
                    .parse::<dropbox_crypto::MailboxId>()
                    .context("a malformed mailbox in the outbox")?
            ),
            other => anyhow::bail!("the outbox holds an unknown kind {other:?}"),
        };
        let (status, body) = api.call("POST", &path, None, &data)?;
        if status == 201 {
            sent += 1;
        } else {
            errln!(
                "warning: a queued {kind} was refused ({status}): {}",
                String::from_utf8_lossy(&body)
            );
        }
    }
    crate::output::said(
        json,
        serde_json::json!({
            "acks_posted": done, "acks": out.acks.len(),
            "posts_sent": sent, "posts": out.posts.len(),
        }),
        format_args!(
            "Posted {done} of {} and {sent} of {}.",
            dropbox_term::count(out.acks.len() as u64, "ack", "acks"),
            dropbox_term::count(
                out.posts.len() as u64,
                "event or reply",
                "events and replies"
            )
        ),
    );
    Ok(())
}
