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
