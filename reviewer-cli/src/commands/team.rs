//! `reviewer team`: create, change, sign and publish the roster.
//!
//! A chain file is a JSON array of signed rosters, #1 first. The last one
//! may be a *proposal* that still lacks admin signatures: each admin runs
//! `reviewer team sign FILE` until the threshold of the previous roster is
//! met, then anyone publishes it.

use std::path::Path;

use anyhow::{Context, bail};

use dropbox_crypto::dsse::{self, Envelope};
use dropbox_crypto::roster::{self, Member, Policy, Role, Roster, RosterError, VerifiedRoster};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{Sha256Digest, TeamFingerprint};

use crate::cli::{ChainArgs, TeamCmd};
use crate::keys::{KeyStore, MemberKeys};

fn load_chain(path: &Path) -> anyhow::Result<Vec<Envelope>> {
    let b = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    roster::parse_chain_json(&b)
        .with_context(|| format!("{} is not a roster chain", path.display()))
}

fn save_chain(path: &Path, chain: &[Envelope]) -> anyhow::Result<()> {
    crate::home::write_atomic(path, &serde_json::to_vec_pretty(chain)?)
}

fn read_card(path: &Path) -> anyhow::Result<Member> {
    let b = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_slice(&b).with_context(|| format!("{} is not a member card", path.display()))
}

/// How far a chain verifies: the verified rosters, and the state of the
/// last entry if it is a proposal still short of signatures.
struct ChainState {
    fingerprint: TeamFingerprint,
    verified: Vec<VerifiedRoster>,
    proposal: Option<(Roster, usize, usize)>,
    /// A member whose keys the proposal changes and who has not signed it
    /// with their previous `sign` key yet.
    waiting_for: Option<dropbox_crypto::MemberId>,
}

fn examine(chain: &[Envelope]) -> anyhow::Result<ChainState> {
    let first = chain.first().context("the chain file is empty")?;
    let fp = TeamFingerprint(Sha256Digest::of(&first.parse(dsse::ROSTER_TYPE)?.payload));
    let mut verified: Vec<VerifiedRoster> = Vec::new();
    for (i, env) in chain.iter().enumerate() {
        let r = match verified.last() {
            None => roster::verify_first(&fp, env),
            Some(prev) => roster::verify_next(prev, env),
        };
        match r {
            Ok(v) => verified.push(v),
            Err(RosterError::TooFewSignatures { got, needed, .. }) if i + 1 == chain.len() => {
                let proposal: Roster = env.parse(dsse::ROSTER_TYPE)?.payload_as()?;
                return Ok(ChainState {
                    fingerprint: fp,
                    verified,
                    proposal: Some((proposal, got, needed)),
                    waiting_for: None,
                });
            }
            Err(RosterError::KeyContinuity(m)) if i + 1 == chain.len() => {
                let proposal: Roster = env.parse(dsse::ROSTER_TYPE)?.payload_as()?;
                let needed = verified.last().map_or(1, |p| p.roster.threshold as usize);
                return Ok(ChainState {
                    fingerprint: fp,
                    verified,
                    proposal: Some((proposal, needed, needed)),
                    waiting_for: Some(m),
                });
            }
            Err(e) => {
                return Err(anyhow::Error::new(e)
                    .context(format!("roster #{} in the chain does not verify", i + 1)));
            }
        }
    }
    Ok(ChainState {
        fingerprint: fp,
        verified,
        proposal: None,
        waiting_for: None,
    })
}

fn report(state: &ChainState, json: bool) {
    let (seq, complete, got, needed) = match &state.proposal {
        Some((r, got, needed)) => (r.seq, false, *got, *needed),
        None => {
            let h = &state.verified.last().expect("non-empty").roster;
            (h.seq, true, 0, 0)
        }
    };
    if json {
        jsonln!(
            "{}",
            serde_json::json!({
                "fingerprint": state.fingerprint.to_string(), "seq": seq, "complete": complete,
                "signatures": got, "needed": needed,
                "waiting_for": state.waiting_for.as_ref().map(|m| m.to_string()),
            })
        );
    } else if let Some(m) = &state.waiting_for {
        outln!(
            "Roster #{seq} changes the keys of {m}: {m} must sign it with their current keys (`reviewer team sign FILE`)."
        );
    } else if complete {
        outln!(
            "Roster #{seq} is fully signed. Team fingerprint: {}",
            state.fingerprint
        );
        outln!("Publish it with `reviewer team publish --server URL --chain FILE`.");
    } else {
        outln!("Roster #{seq} has {got} of the {needed} admin signatures it needs.");
        outln!("Pass the file to the other admins: `reviewer team sign FILE`.");
        outln!("Team fingerprint: {}", state.fingerprint);
    }
}

fn unlock(home: &Path) -> anyhow::Result<MemberKeys> {
    KeyStore::new(home).unlock()
}

fn expiry(days: i64) -> anyhow::Result<dropbox_crypto::time::Day> {
    if !(1..=roster::MAX_EXPIRY_DAYS).contains(&days) {
        bail!(
            "--expires-days must be between 1 and {}",
            roster::MAX_EXPIRY_DAYS
        );
    }
    Ok(UnixTime::now().day().add_days(days))
}

/// Builds the next roster from a chain's verified head, lets `change` edit
/// it, signs it and appends it as a proposal.
fn propose(
    home: &Path,
    c: &ChainArgs,
    days: i64,
    json: bool,
    change: impl FnOnce(&mut Roster) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut chain = load_chain(&c.chain)?;
    let state = examine(&chain)?;
    if state.proposal.is_some() {
        bail!(
            "the chain already ends in a proposal that needs signatures; sign or publish it first"
        );
    }
    let head = &state.verified.last().expect("non-empty").roster;
    let mut next = head.next();
    next.expires = expiry(days)?;
    change(&mut next)?;
    next.validate()?;
    let keys = unlock(home)?;
    chain.push(next.sign(&[(&keys.id, &keys.sign)]));
    let out = c.out.as_deref().unwrap_or(&c.chain);
    save_chain(out, &chain)?;
    report(&examine(&chain)?, json);
    Ok(())
}

/// Runs a `team` subcommand.
pub fn run(home: &Path, cmd: &TeamCmd) -> anyhow::Result<()> {
    match cmd {
        TeamCmd::Grant {
            member,
            server,
            json,
        } => {
            let server = crate::services::session::server_url(home, server.as_deref())?;
            let member: dropbox_crypto::MemberId = member.parse()?;
            let mut s = crate::services::session::Session::open(home)?;
            let api = crate::remote::Api::new(&server, &s.keys)?;
            let ctx = crate::services::teamlog::Ctx {
                now: s.now(),
                keys: &s.keys,
                chain: s
                    .chain
                    .as_ref()
                    .context("this store has no verified roster yet: run `reviewer sync` first")?,
            };
            let (n, notes) = crate::services::teamlog::grant(&api, &mut s.store, &ctx, &member)?;
            for note in &notes {
                errln!("note: {note}");
            }
            crate::output::said(
                *json,
                serde_json::json!({"member": member, "granted": n, "notes": notes}),
                format_args!("Granted {n} open cases to {member}."),
            );
        }
        TeamCmd::Attest { server, json } => {
            let server = crate::services::session::server_url(home, server.as_deref())?;
            let s = crate::services::session::Session::open(home)?;
            crate::commands::share::attest(&s, &server, *json)?;
        }
        TeamCmd::PgpKey { file, locked, json } => {
            let s = crate::services::session::Session::open(home)?;
            crate::commands::share::set_team_key(&s, file, *locked, *json)?;
        }
        TeamCmd::Init {
            name,
            members,
            admins,
            threshold,
            endpoints,
            expires_days,
            page_sha256,
            out,
            json,
        } => {
            let keys = unlock(home)?;
            let mut cards = members
                .iter()
                .map(|p| read_card(p))
                .collect::<anyhow::Result<Vec<_>>>()?;
            if !cards.iter().any(|m| m.id == keys.id) {
                bail!(
                    "include your own card ({}) among the --member cards",
                    KeyStore::new(home).card_path().display()
                );
            }
            let admins: Vec<String> = if admins.is_empty() {
                vec![keys.id.to_string()]
            } else {
                admins.clone()
            };
            for a in &admins {
                if !cards.iter().any(|m| m.id.as_str() == a) {
                    bail!("--admin {a} is not among the member cards");
                }
            }
            for m in &mut cards {
                m.roles = if admins.iter().any(|a| a == m.id.as_str()) {
                    vec![Role::Admin, Role::Reviewer]
                } else {
                    vec![Role::Reviewer]
                };
            }
            let mut r = Roster::first(
                name,
                cards,
                endpoints.clone(),
                expiry(*expires_days)?,
                Policy::default(),
            );
            if let Some(t) = threshold {
                r.threshold = *t;
            }
            if let Some(h) = page_sha256 {
                r.page_sha256 = Some(h.parse().context("--page-sha256 must be 64 hex digits")?);
            }
            r.validate()?;
            let chain = vec![r.sign(&[(&keys.id, &keys.sign)])];
            save_chain(out, &chain)?;
            report(&examine(&chain)?, *json);
        }
        TeamCmd::Sign { file, json } => {
            let mut chain = load_chain(file)?;
            let keys = unlock(home)?;
            let last = chain.last_mut().context("the chain file is empty")?;
            let r: Roster = last.parse(dsse::ROSTER_TYPE)?.payload_as()?;
            if !json {
                errln!(
                    "Signing roster #{} of {:?} with {} members.",
                    r.seq,
                    r.team,
                    r.members.len()
                );
            }
            last.add_signature(keys.id.as_str(), &keys.sign)?;
            let state = examine(&chain)?;
            save_chain(file, &chain)?;
            report(&state, *json);
        }
        TeamCmd::Add {
            chain,
            member,
            admin,
            expires_days,
            json,
        } => {
            let mut card = read_card(member)?;
            card.roles = if *admin {
                vec![Role::Admin, Role::Reviewer]
            } else {
                vec![Role::Reviewer]
            };
            propose(home, chain, *expires_days, *json, |r| {
                if r.member(&card.id).is_some() {
                    bail!("{} is already a member", card.id);
                }
                r.members.push(card);
                Ok(())
            })?;
        }
        TeamCmd::Remove {
            chain,
            member,
            expires_days,
            json,
        } => {
            propose(home, chain, *expires_days, *json, |r| {
                let before = r.members.len();
                r.members.retain(|m| m.id.as_str() != member);
                if r.members.len() == before {
                    bail!("{member} is not a member");
                }
                let admins = r.admins().count();
                if r.threshold as usize > admins {
                    r.threshold = roster::default_threshold(admins);
                }
                Ok(())
            })?;
        }
        TeamCmd::Renew {
            chain,
            expires_days,
            endpoints,
            page_sha256,
            json,
        } => propose(home, chain, *expires_days, *json, |r| {
            if !endpoints.is_empty() {
                r.endpoints = endpoints.clone();
            }
            if let Some(h) = page_sha256 {
                r.page_sha256 = Some(h.parse().context("--page-sha256 must be 64 hex digits")?);
            }
            Ok(())
        })?,
        TeamCmd::Rekey {
            chain,
            member,
            expires_days,
            json,
        } => {
            let card = read_card(member)?;
            propose(home, chain, *expires_days, *json, |r| {
                let m = r
                    .members
                    .iter_mut()
                    .find(|m| m.id == card.id)
                    .with_context(|| format!("{} is not a member; use `team add`", card.id))?;
                if m.age == card.age && m.sign == card.sign && m.transport == card.transport {
                    bail!("the card carries the keys the roster already names");
                }
                m.age = card.age.clone();
                m.sign = card.sign;
                m.transport = card.transport;
                Ok(())
            })?;
        }
        TeamCmd::Publish {
            server,
            chain,
            json,
        } => publish(home, server, chain, *json)?,
    }
    Ok(())
}

fn publish(home: &Path, server: &str, chain_path: &Path, json: bool) -> anyhow::Result<()> {
    let chain = load_chain(chain_path)?;
    let state = examine(&chain)?;
    if let Some(m) = &state.waiting_for {
        bail!(
            "the last roster changes the keys of {m}, who has not signed it with their current keys yet"
        );
    }
    if let Some((r, got, needed)) = &state.proposal {
        bail!(
            "roster #{} has {got} of {needed} admin signatures; collect the rest with `reviewer team sign`",
            r.seq
        );
    }
    let keys = unlock(home)?;
    let body = chain.last().expect("non-empty").to_json();
    let base = server.trim_end_matches('/');
    let (status, text) = crate::remote::Api::new(server, &keys)?.send(
        "PUT",
        "/v1/roster",
        &body,
        &[("Content-Type", "application/json")],
    )?;
    if status != 200 {
        let why = dropbox_crypto::wire::ErrorBody::parse(&text).map_or_else(
            || String::from_utf8_lossy(&text).into_owned(),
            |e| e.message,
        );
        bail!("the drop box refused the roster ({status}): {why}");
    }
    let seq = state.verified.last().expect("non-empty").roster.seq;
    crate::output::said(
        json,
        serde_json::json!({"published": seq, "server": base}),
        format_args!("Published roster #{seq} to {base}."),
    );
    Ok(())
}
