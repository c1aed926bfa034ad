//! `reviewer key`: this member's keys.

use std::path::Path;

use anyhow::Context;

use crate::cli::KeyCmd;
use crate::keys::{KeyStore, Lock, PluginKey, id_from_name, passphrase};

/// `reviewer lock`: ends the agent and the member's windows now; says
/// whether an agent was running and how many windows closed.
pub fn lock_agent(home: &Path, json: bool) -> anyhow::Result<()> {
    let (was_running, windows) = crate::agent::lock(home);
    if json {
        jsonln!(
            "{}",
            serde_json::json!({ "was_running": was_running, "windows_closed": windows })
        );
        return Ok(());
    }
    if was_running {
        outln!("Locked: the agent that kept your unlocked keys has ended.");
    } else if windows == 0 {
        outln!("No agent was running; nothing to lock.");
    }
    if windows > 0 {
        outln!(
            "Closed {windows} reviewer window{} (`reviewer ui`).",
            if windows == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

/// Runs a `key` subcommand.
pub fn run(home: &Path, cmd: &KeyCmd) -> anyhow::Result<()> {
    let store = KeyStore::new(home);
    match cmd {
        KeyCmd::New {
            name,
            id,
            lock,
            json,
        } => {
            let id = id.clone().unwrap_or_else(|| id_from_name(name));
            let id = id
                .parse()
                .with_context(|| format!("{id:?} cannot be a member id"))?;
            // A name a roster would refuse is refused now, before any key.
            dropbox_crypto::roster::check_name(&id, name)?;
            let card = store.create(id, name, &new_lock(lock)?)?;
            print_card(&card, *json)?;
            if !json {
                errln!(
                    "Keys saved (encrypted) in {}. Give the card above to your team's admins.",
                    home.display()
                );
            }
        }
        KeyCmd::Show { json } => print_card(&store.card()?, *json)?,
        KeyCmd::Rotate { json } => {
            let card = store.rotate()?;
            print_card(&card, *json)?;
            if !json {
                errln!(
                    "New keys made; the current ones stay in use. An admin proposes them with `reviewer team rekey --member CARD`, you sign that roster with `reviewer team sign`, and once it is published: `reviewer key activate`."
                );
            }
        }
        KeyCmd::Activate { server, json } => activate(home, server.as_deref(), *json)?,
        KeyCmd::Lock { lock, json } => {
            let old = store.lock()?;
            let new = new_lock(lock)?;
            store.relock(&old, &new)?;
            if *json {
                let plugin = match &new {
                    Lock::Plugin(key) => Some(key.plugin().to_string()),
                    Lock::Passphrase(_) => None,
                };
                jsonln!(
                    "{}",
                    serde_json::json!({"locked_to": if plugin.is_some() { "plugin" } else { "passphrase" }, "plugin": plugin})
                );
            }
            match new {
                Lock::Plugin(key) => errln!(
                    "Your keys are now locked to the hardware key (age-plugin-{}); keep a copy of {} elsewhere: it names the key.",
                    key.plugin(),
                    home.join(crate::home::KEYS_PLUGIN).display()
                ),
                Lock::Passphrase(_) => errln!("Your keys are now locked with the passphrase."),
            }
        }
        KeyCmd::Transport { out, lock, json } => {
            let keys = store.unlock()?;
            store.export_transport(&keys, out, &new_lock(lock)?)?;
            if *json {
                jsonln!("{}", serde_json::json!({"home": out}));
            }
            errln!(
                "{} now holds your transport key alone. Move it to the online machine and use it there as --home for `reviewer fetch --out` and `reviewer fetch --post`; it cannot decrypt reports or sign as you.",
                out.display()
            );
        }
    }
    Ok(())
}

/// The lock `key new`, `key lock` and `key transport` were asked for: a plugin identity
/// file, else a new passphrase.
fn new_lock(args: &crate::cli::LockArgs) -> anyhow::Result<Lock> {
    match &args.plugin_identity {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Ok(Lock::Plugin(
                PluginKey::parse(&text, args.plugin_recipient.as_deref())
                    .with_context(|| format!("{}", path.display()))?,
            ))
        }
        None => Ok(Lock::Passphrase(passphrase(true)?)),
    }
}

fn print_card(card: &dropbox_crypto::roster::Member, json: bool) -> anyhow::Result<()> {
    if json {
        jsonln!("{}", serde_json::to_string(card)?);
    } else {
        jsonln!("{}", serde_json::to_string_pretty(card)?);
    }
    Ok(())
}

/// `reviewer key activate`: checks the drop box's roster names the pending
/// keys, re-wraps the case store, the drop identities (and the team OpenPGP
/// key, if held) to the new age identity, then replaces the keys.
fn activate(home: &Path, server: Option<&str>, json: bool) -> anyhow::Result<()> {
    let server = crate::services::session::server_url(home, server)?;
    let store = KeyStore::new(home);
    let lock = store.lock()?;
    let old = store.unlock_with(&lock)?;
    let next = store.unlock_next(&lock)?;
    let mut cfg = crate::home::Config::load(home)?;
    let api = crate::remote::Api::new(&server, &next)?;
    let chain = crate::services::roster::check_roster(
        home,
        api.chain()?,
        &mut cfg,
        &next,
        dropbox_crypto::time::UnixTime::now(),
    )?;
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
    // The drop identities (protocol 1.4) are encrypted to the long-term age
    // key too: without this they would be unreadable after the switch, and
    // every report sent to a drop key made before it lost. Each file is
    // rewritten whole before the keys switch; one that already opens with
    // the new key (an activate cut short and run again) is rewritten as is.
    for file in [
        crate::home::STORE_KEY,
        crate::home::TEAM_PGP,
        crate::keys::DROP_KEYS,
    ] {
        let path = home.join(file);
        if !path.exists() {
            continue;
        }
        let plain = zeroize::Zeroizing::new(
            dropbox_crypto::envelope::decrypt_vec(&std::fs::read(&path)?, &[&old.age, &next.age])
                .with_context(|| format!("{file} does not open with your current keys"))?,
        );
        let ct = dropbox_crypto::envelope::encrypt_vec(
            vec![dropbox_crypto::envelope::Slot::Real(next.age.recipient())],
            &plain,
        )?;
        crate::home::write_atomic(&path, &ct)?;
    }
    store.activate()?;
    cfg.save(home)?;
    crate::output::said(
        json,
        serde_json::json!({"active": true, "roster_seq": chain.head().roster.seq}),
        format_args!(
            "Your new keys are active (roster #{}); the old ones are destroyed.",
            chain.head().roster.seq
        ),
    );
    Ok(())
}
