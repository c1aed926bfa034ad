//! Roster trust: the served chain verified against the team fingerprint
//! and the pinned head, alerts on a new head or a change to this member's
//! own entry, the saved copy offline commands verify, and the page check.

use std::path::Path;

use anyhow::Context;

use dropbox_crypto::roster::{self, VerifiedChain};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{Sha256Digest, TeamFingerprint};

use crate::error::Failure;
use crate::home::{self, Config};
use crate::keys::MemberKeys;
use crate::remote::agent;

/// Verifies the served chain, alerting loudly on a new head or a change to
/// this member's own entry (`now`: the caller's clock, which the chain's
/// expiry is checked against and the check is dated by).
pub fn check_roster(
    home: &Path,
    served: Vec<dropbox_crypto::dsse::Envelope>,
    cfg: &mut Config,
    keys: &MemberKeys,
    now: UnixTime,
) -> anyhow::Result<VerifiedChain> {
    let fp: TeamFingerprint = cfg
        .team
        .as_deref()
        .context("no team fingerprint: pass --team the first time")?
        .parse()
        .context("the team fingerprint must be 64 hex digits")?;
    let chain = roster::verify_chain(&fp, &served, now).map_err(|e| {
        Failure::Roster(format!(
            "the drop box serves a roster chain that does not verify; do not trust it and tell your admins: {e}"
        ))
    })?;
    if let Some((seq, hash)) = &cfg.head {
        let hash: Sha256Digest = hash.parse()?;
        chain.check_pin(*seq, &hash).map_err(|e| {
            Failure::Roster(format!(
                "the drop box rolled the roster back or forked it: {e}"
            ))
        })?;
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
    let own = head.roster.member(&keys.id).ok_or_else(|| {
        Failure::Roster(format!(
            "you ({}) are not a member of the current roster",
            keys.id
        ))
    })?;
    let own_json = serde_json::to_string(own)?;
    if cfg.own_entry.as_ref().is_some_and(|o| *o != own_json) {
        errln!(
            "ALERT: your own roster entry changed; if you did not ask for it, tell your team now"
        );
    }
    cfg.own_entry = Some(own_json);
    // Offline commands (annotations, due, retention) use this copy.
    home::write_atomic(
        &home.join(home::ROSTER),
        &serde_json::to_vec_pretty(&served)?,
    )?;
    cfg.checked_at = Some(now.0);
    Ok(chain)
}

/// Checks that every endpoint the roster names (and the drop box synced
/// with) serves the page whose hash the roster names; .onion endpoints need
/// Tor and are left to a check over it.
pub fn check_pages(server: &str, chain: &VerifiedChain) -> Vec<String> {
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

/// The roster chain this store last verified (saved by sync and import), for
/// commands that work offline: verified as of the last check, or `now`
/// when no check was dated.
pub fn local_chain(home: &Path, cfg: &Config, now: UnixTime) -> anyhow::Result<VerifiedChain> {
    let fp = cfg
        .team
        .as_deref()
        .context("no team yet: run `reviewer sync --server URL --team FINGERPRINT` first")?
        .parse()
        .context("the saved team fingerprint is malformed")?;
    let bytes = std::fs::read(home.join(home::ROSTER))
        .context("no roster saved yet: run `reviewer sync` first")?;
    let served = dropbox_crypto::roster::parse_chain_json(&bytes)?;
    let at = cfg.checked_at.map_or(now, UnixTime);
    dropbox_crypto::roster::verify_chain(&fp, &served, at)
        .context("the saved roster chain does not verify; run `reviewer sync`")
}
