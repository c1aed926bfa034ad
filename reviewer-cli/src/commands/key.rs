//! `reviewer key`: this member's keys.

use std::path::Path;

use anyhow::Context;

use crate::cli::KeyCmd;
use crate::keys::{KeyStore, id_from_name, passphrase};

/// Runs a `key` subcommand.
pub fn run(home: &Path, cmd: &KeyCmd) -> anyhow::Result<()> {
    let store = KeyStore::new(home);
    match cmd {
        KeyCmd::New { name, id, json } => {
            let id = id.clone().unwrap_or_else(|| id_from_name(name));
            let id = id
                .parse()
                .with_context(|| format!("{id:?} cannot be a member id"))?;
            let card = store.create(id, name, passphrase(true)?)?;
            print_card(&card, *json)?;
            if !json {
                eprintln!(
                    "Keys saved (encrypted) in {}. Give the card above to your team's admins.",
                    home.display()
                );
            }
        }
        KeyCmd::Show { json } => print_card(&store.card()?, *json)?,
        KeyCmd::Rotate { json } => {
            let card = store.rotate(passphrase(false)?)?;
            print_card(&card, *json)?;
            if !json {
                eprintln!(
                    "New keys made; the current ones stay in use. An admin proposes them with `reviewer team rekey --member CARD`, you sign that roster with `reviewer team sign`, and once it is published: `reviewer key activate`."
                );
            }
        }
        KeyCmd::Activate { server } => activate(home, server.as_deref())?,
    }
    Ok(())
}

fn print_card(card: &dropbox_crypto::roster::Member, json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string(card)?);
    } else {
        println!("{}", serde_json::to_string_pretty(card)?);
    }
    Ok(())
}

/// `reviewer key activate`: checks the drop box's roster names the pending
/// keys, re-wraps the case store (and the team OpenPGP key, if held) to the
/// new age identity, then replaces the keys.
fn activate(home: &Path, server: Option<&str>) -> anyhow::Result<()> {
    let server = crate::commands::sync::server_url(home, server)?;
    let store = KeyStore::new(home);
    let pass = passphrase(false)?;
    let old = store.unlock(pass.clone())?;
    let next = store.unlock_next(pass)?;
    let mut cfg = crate::config::Config::load(home)?;
    let api = crate::commands::sync::Api::new(&server, &next)?;
    let chain = crate::commands::sync::check_roster(home, api.chain()?, &mut cfg, &next)?;
    let entry = chain
        .head()
        .roster
        .member(&next.id)
        .context("you are not in the drop box's roster")?;
    if entry.age != next.age.recipient() || entry.sign != next.sign.public() {
        anyhow::bail!(
            "the drop box's roster #{} does not name your new keys yet: publish the rekey roster first",
            chain.head().roster.seq
        );
    }
    for file in ["store.key.age", "team-pgp.age"] {
        let path = home.join(file);
        if !path.exists() {
            continue;
        }
        let plain = zeroize::Zeroizing::new(
            dropbox_crypto::envelope::decrypt_vec(&std::fs::read(&path)?, &[&old.age])
                .with_context(|| format!("{file} does not open with your current keys"))?,
        );
        let ct = dropbox_crypto::envelope::encrypt_vec(
            vec![dropbox_crypto::envelope::Slot::Real(next.age.recipient())],
            &plain,
        )?;
        crate::write_atomic(&path, &ct)?;
    }
    store.activate()?;
    cfg.save(home)?;
    println!(
        "Your new keys are active (roster #{}); the old ones are destroyed.",
        chain.head().roster.seq
    );
    Ok(())
}
