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

use crate::cli::{ChainArgs, PolicyArgs, TeamCmd};
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
        if seq == 1 {
            // The drop box starts from roster #1 (`init`); PUT only takes
            // the rosters after it.
            outln!(
                "Hand the chain file to the drop box's operator for `dropbox-server init --roster FILE`, and the team fingerprint to reviewers and reporters."
            );
        } else {
            outln!("Publish it with `reviewer team publish --server URL --chain FILE`.");
        }
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
    crate::domain::policy::check(&next.policy)?;
    next.validate()?;
    if !json {
        outln!("{}", summary(&next, Some(head)));
    }
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
            policy,
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
                policy_from(policy, Policy::default())?,
            );
            if let Some(t) = threshold {
                r.threshold = *t;
            }
            if let Some(h) = page_sha256 {
                r.page_sha256 = Some(h.parse().context("--page-sha256 must be 64 hex digits")?);
            }
            crate::domain::policy::check(&r.policy)?;
            r.validate()?;
            if !json {
                outln!("{}", summary(&r, None));
            }
            let chain = vec![r.sign(&[(&keys.id, &keys.sign)])];
            save_chain(out, &chain)?;
            report(&examine(&chain)?, *json);
        }
        TeamCmd::Sign { file, json } => {
            let mut chain = load_chain(file)?;
            let keys = unlock(home)?;
            let r: Roster = chain
                .last()
                .context("the chain file is empty")?
                .parse(dsse::ROSTER_TYPE)?
                .payload_as()?;
            // Roster #1 is signed by its own admins; every later one by the
            // admins of the roster before it (and a re-keyed member).
            let governing = if r.seq == 1 {
                Some(r.clone())
            } else {
                examine(&chain[..chain.len() - 1])
                    .ok()
                    .and_then(|s| s.verified.last().map(|v| v.roster.clone()))
            };
            if !json {
                errln!(
                    "Signing:\n{}",
                    summary(&r, governing.as_ref().filter(|g| g.seq < r.seq))
                );
            }
            let counts = governing.as_ref().is_some_and(|g| {
                g.member(&keys.id).is_some_and(|m| {
                    m.has(Role::Admin) || r.member(&keys.id).is_some_and(|n| new_keys(m, n))
                })
            });
            if !counts {
                let of = governing.as_ref().map_or(r.seq, |g| g.seq);
                errln!(
                    "warning: {} is not an admin of roster #{of}: the signature is added but does not count toward the admin signatures roster #{} needs.",
                    keys.id,
                    r.seq
                );
            }
            let last = chain.last_mut().context("the chain file is empty")?;
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
            policy,
            json,
        } => propose(home, chain, *expires_days, *json, |r| {
            if !endpoints.is_empty() {
                r.endpoints = endpoints.clone();
            }
            r.policy = policy_from(policy, r.policy.clone())?;
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

/// The policy `a` describes: its `--policy` file (else `base`), with each
/// single-field flag over it.
fn policy_from(a: &PolicyArgs, base: Policy) -> anyhow::Result<Policy> {
    let mut p = match &a.policy {
        Some(path) => {
            let b =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            serde_json::from_slice(&b).with_context(|| {
                format!(
                    "{} is not a roster policy (every field of docs/PROTOCOL.md's policy, none other)",
                    path.display()
                )
            })?
        }
        None => base,
    };
    let set = |to: &mut u32, v: Option<u32>| {
        if let Some(v) = v {
            *to = v;
        }
    };
    if let Some(tz) = &a.timezone {
        p.timezone = tz.clone();
    }
    set(&mut p.ack_hours, a.ack_hours);
    set(&mut p.next_steps_hours, a.next_steps_hours);
    let r = &mut p.response_by_severity;
    set(&mut r.critical_hours, a.critical_hours);
    set(&mut r.high_business_days, a.high_business_days);
    set(&mut r.medium_days, a.medium_days);
    set(&mut r.low_days, a.low_days);
    let t = &mut p.retention;
    set(&mut t.all_acked_days, a.all_acked_days);
    set(&mut t.first_ack_days, a.first_ack_days);
    set(&mut t.unacked_days, a.unacked_days);
    set(&mut t.reply_read_days, a.reply_read_days);
    set(&mut t.reply_days, a.reply_days);
    set(&mut t.backup_days, a.backup_days);
    if let Some(d) = &a.disclosure_days {
        p.disclosure_days = <[u32; 3]>::try_from(d.as_slice()).map_err(|_| {
            anyhow::anyhow!("--disclosure-days takes three days (ask,escalate,disclose), not {d:?}")
        })?;
    }
    if let Some(b) = a.max_submission_bytes {
        p.max_submission_bytes = b;
    }
    if !a.categories.is_empty() {
        p.categories = a.categories.clone();
    }
    if let Some(d) = a.drop_key_days {
        p.drop_key_days = (d != 0).then_some(d);
    }
    Ok(p)
}

/// The lines a signer reads before signing `r`: who, where, and the
/// policy, each line that differs from `prev` followed by what it was.
fn summary(r: &Roster, prev: Option<&Roster>) -> String {
    let mut out = format!(
        "Roster #{} of {:?}, expires {}, {} member{}:\n",
        r.seq,
        r.team,
        r.expires,
        r.members.len(),
        if r.members.len() == 1 { "" } else { "s" }
    );
    for m in &r.members {
        let admin = if m.has(Role::Admin) { " (admin)" } else { "" };
        let what = match prev.and_then(|p| p.member(&m.id)) {
            None if prev.is_some() => "  [new]",
            Some(old) if new_keys(old, m) => "  [new keys]",
            _ => "",
        };
        out += &format!("  {} {:?}{admin}{what}\n", m.id, m.name);
    }
    if let Some(p) = prev {
        for m in p.members.iter().filter(|m| r.member(&m.id).is_none()) {
            out += &format!("  {} {:?}  [removed]\n", m.id, m.name);
        }
    }
    for (label, now, was) in fields(r)
        .into_iter()
        .zip(
            prev.map(fields)
                .into_iter()
                .flatten()
                .map(Some)
                .chain(std::iter::repeat(None)),
        )
        .map(|((l, v), w)| (l, v, w.map(|(_, w)| w)))
    {
        match was {
            Some(w) if w != now => out += &format!("  {label}: {now}  (was: {w})\n"),
            _ => out += &format!("  {label}: {now}\n"),
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// A roster's settings as labelled lines, in the order `summary` shows them.
fn fields(r: &Roster) -> Vec<(&'static str, String)> {
    let p = &r.policy;
    let s = &p.response_by_severity;
    let t = &p.retention;
    let d = p.disclosure_days;
    vec![
        (
            "next roster needs",
            format!(
                "{} admin signature{}",
                r.threshold,
                if r.threshold == 1 { "" } else { "s" }
            ),
        ),
        ("endpoints", r.endpoints.join(", ")),
        (
            "page sha256",
            r.page_sha256
                .map_or_else(|| "(not pinned)".to_owned(), |h| h.to_string()),
        ),
        ("time zone", p.timezone.clone()),
        (
            "acknowledge",
            format!(
                "within {} h, next steps {} h later",
                p.ack_hours, p.next_steps_hours
            ),
        ),
        (
            "respond",
            format!(
                "critical {} h, high {} business days, medium {} days, low {} days",
                s.critical_hours, s.high_business_days, s.medium_days, s.low_days
            ),
        ),
        (
            "disclosure",
            format!(
                "ask {}, escalate {}, disclose {} days after notifying",
                d[0], d[1], d[2]
            ),
        ),
        (
            "retention",
            format!(
                "items {} days after all acked or {} after the first ack, {} unacked; replies {} days after read or {} after posting; closed cases {} days",
                t.all_acked_days,
                t.first_ack_days,
                t.unacked_days,
                t.reply_read_days,
                t.reply_days,
                t.backup_days
            ),
        ),
        (
            "largest submission",
            format!("{} bytes", p.max_submission_bytes),
        ),
        ("categories", p.categories.join(", ")),
    ]
}

/// Whether `now` carries other keys than `before` (a `team rekey`).
fn new_keys(before: &Member, now: &Member) -> bool {
    before.age != now.age || before.sign != now.sign || before.transport != now.transport
}
