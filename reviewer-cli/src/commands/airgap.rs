//! The air gap (DESIGN "Reviewer"): `reviewer fetch --out DIR` on an online
//! machine copies the roster chain and the new ciphertexts; `reviewer
//! import DIR --outbox OUT` on the offline machine verifies, decrypts and
//! files them, writes the acks to OUT and removes the fetched ciphertext;
//! `reviewer fetch --post OUT` back online sends the acks.
//!
//! Only ciphertext and public data cross the gap.

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use dropbox_crypto::Sha256Digest;

use crate::commands::sync::{Api, Filed, check_roster, file_ciphertext, online};
use crate::config::Config;
use crate::keys::{KeyStore, passphrase};
use crate::store::CaseStore;

#[derive(Serialize, Deserialize)]
struct Fetched {
    id: String,
    receipt: String,
}

#[derive(Serialize, Deserialize, Default)]
struct Outbox {
    acks: Vec<String>,
}

/// `reviewer fetch --out DIR`.
pub fn fetch_out(home: &Path, server: Option<&str>, dir: &Path) -> anyhow::Result<()> {
    let (cfg, server, keys) = online(home, server)?;
    let api = Api::new(&server, &keys);
    std::fs::create_dir_all(dir.join("items"))?;
    std::fs::write(
        dir.join("roster.json"),
        serde_json::to_vec_pretty(&api.chain()?)?,
    )?;
    let mut fetched = Vec::new();
    for (id, receipt) in api.inbox()? {
        match api.fetch_checked(&id, &receipt)? {
            Ok(ct) => {
                std::fs::write(dir.join("items").join(format!("{id}.age")), &ct)?;
                fetched.push(Fetched { id, receipt });
            }
            Err(e) => eprintln!("warning: {e}; it stays for the next fetch"),
        }
    }
    std::fs::write(dir.join("items.json"), serde_json::to_vec_pretty(&fetched)?)?;
    cfg.save(home)?;
    println!(
        "Fetched {} items into {}. Carry it to the offline machine: reviewer import {} --outbox OUT",
        fetched.len(),
        dir.display(),
        dir.display()
    );
    Ok(())
}

/// `reviewer import DIR --outbox OUT` (offline).
pub fn import(home: &Path, dir: &Path, outbox: &Path, json: bool) -> anyhow::Result<()> {
    let mut cfg = Config::load(home)?;
    let keys = KeyStore::new(home).unlock(passphrase(false)?)?;
    let served = dropbox_crypto::roster::parse_chain_json(
        &std::fs::read(dir.join("roster.json"))
            .context("no roster.json in the fetched directory")?,
    )?;
    let chain = check_roster(served, &mut cfg, &keys)?;
    let items: Vec<Fetched> = serde_json::from_slice(
        &std::fs::read(dir.join("items.json")).context("no items.json in the fetched directory")?,
    )?;
    let mut store = CaseStore::open(home, &keys.age)?;
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
                &mut store,
                &keys,
                &chain.fingerprint,
                &ct[..],
                Some(&it.id),
                &it.receipt,
            ) {
                Ok(Filed::Unreadable) => store.record_unreadable(&it.id)?,
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
    std::fs::create_dir_all(outbox)?;
    std::fs::write(outbox.join("acks.json"), serde_json::to_vec_pretty(&out)?)?;
    cfg.save(home)?;
    if json {
        println!(
            "{}",
            serde_json::json!({"filed": filed, "acks": out.acks.len(), "errors": errors})
        );
    } else {
        println!(
            "Filed {filed} new items; {} acks written to {}.",
            out.acks.len(),
            outbox.display()
        );
        for e in &errors {
            eprintln!("error: {e}");
        }
    }
    Ok(())
}

/// `reviewer fetch --post OUT`.
pub fn post(home: &Path, server: Option<&str>, outbox: &Path) -> anyhow::Result<()> {
    let (_, server, keys) = online(home, server)?;
    let api = Api::new(&server, &keys);
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
            eprintln!("warning: the ack of {id} was refused ({status})");
        }
    }
    println!("Posted {done} of {} acks.", out.acks.len());
    Ok(())
}
