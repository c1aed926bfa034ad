//! Drop keys (protocol 1.4, PROTOCOL §4.5): the member's schedule of
//! short-lived post-quantum identities. On each `sync`, when the roster's
//! policy turns drop keys on (`drop_key_days`), the current window's and
//! the next ones' identities are made and their recipients published,
//! signed with the member's `sign` key, for reporters to encrypt to. The
//! automatic purge of every command (and `reviewer purge`) destroys those
//! whose window and grace have passed, by removing them from
//! `dropkeys.age`, the only place they live.

use anyhow::Context;
use serde::Serialize;

use dropbox_crypto::dropkey::{self, DropKey};
use dropbox_crypto::hybrid::HybridIdentity;
use dropbox_crypto::time::Day;

use crate::keys::{DropIdentity, KeyStore};
use crate::remote::Api;
use crate::services::session::Session;

/// The store meta key of the day of the last sync that read the inbox:
/// items sent before it were filed while their drop identity lived.
const SYNCED_META: &str = "dropkeys_synced";

/// What one rotation did.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Rotation {
    /// Identities made for coming windows.
    pub created: usize,
    /// Drop keys published (every one still valid).
    pub published: usize,
}

/// The window the team's roster sets, when drop keys are on.
fn window(s: &Session) -> anyhow::Result<Option<u32>> {
    let Some(chain) = s.chain.as_ref() else {
        return Ok(None);
    };
    let head = &chain.head().roster;
    if head.member(&s.keys.id).is_none() {
        return Ok(None);
    }
    Ok(head
        .policy
        .drop_key_days
        .map(|_| dropkey::window_days(&head.policy)))
}

/// Destroys every drop identity whose window and grace have passed by
/// `today`; how many. Runs without the drop box.
pub fn destroy_expired(s: &Session) -> anyhow::Result<usize> {
    let ks = KeyStore::new(&s.home);
    let mut ids = ks.load_drop(&s.keys.age)?;
    let window = window(s)?.unwrap_or(dropkey::DEFAULT_WINDOW_DAYS);
    let today = s.now().day();
    let before = ids.len();
    ids.retain(|d| dropkey::destroy_on(d.not_after, window) > today);
    let destroyed = before - ids.len();
    if destroyed > 0 {
        ks.save_drop(&s.keys.age.recipient(), &ids)?;
    }
    Ok(destroyed)
}

/// Makes the identities of the current and coming windows, and publishes
/// every key still valid. Nothing when the
/// roster has drop keys off or this member is not in it.
pub fn rotate(s: &Session, api: &Api) -> anyhow::Result<Rotation> {
    // Destruction is left to the automatic purge and `purge`, which run
    // only on a clock they trust: a clock run ahead must not destroy keys
    // whose items are still on their way.
    let mut out = Rotation::default();
    let Some(window) = window(s)? else {
        return Ok(out);
    };
    let today = s.now().day();
    let ks = KeyStore::new(&s.home);
    let mut ids = ks.load_drop(&s.keys.age)?;
    for w in dropkey::schedule(today, window) {
        if !ids.iter().any(|d| d.not_before == w.0) {
            ids.push(DropIdentity {
                not_before: w.0,
                not_after: w.1,
                identity: HybridIdentity::generate(),
            });
            out.created += 1;
        }
    }
    if out.created > 0 {
        ks.save_drop(&s.keys.age.recipient(), &ids)?;
    }
    let chain = s.chain()?;
    let envs: Vec<_> = ids
        .iter()
        .filter(|d| d.not_after >= today)
        .map(|d| {
            DropKey::new(
                chain.fingerprint,
                s.keys.id.clone(),
                d.identity.recipient(),
                (d.not_before, d.not_after),
            )
            .sign(&s.keys.sign)
        })
        .collect();
    let body = serde_json::to_vec(&envs)?;
    let (status, resp) = api.send(
        "PUT",
        "/v1/dropkeys",
        &body,
        &[("content-type", "application/json")],
    )?;
    if status != 204 {
        anyhow::bail!(
            "the drop box refused your drop keys ({status}): {}",
            Api::refusal(status, &resp)
        );
    }
    out.published = envs.len();
    Ok(out)
}

/// The drop identities items may be encrypted to (for filing).
pub fn identities(s: &Session) -> anyhow::Result<Vec<DropIdentity>> {
    KeyStore::new(&s.home)
        .load_drop(&s.keys.age)
        .context("cannot read your drop identities")
}

/// Notes that a sync read the whole inbox on `today`.
pub fn mark_synced(s: &Session, today: Day) -> anyhow::Result<()> {
    s.store.set_meta(SYNCED_META, &today.to_string())
}

/// A drop identity that will be destroyed before items sent to it since
/// the last sync are filed: when it goes, and the window it covered.
#[derive(Debug, Clone, Serialize)]
pub struct AtRisk {
    /// The window's first day.
    pub not_before: Day,
    /// The window's last day.
    pub not_after: Day,
    /// The day the identity is destroyed.
    pub destroyed_on: Day,
    /// Days left until then.
    pub days_left: i64,
}

/// The drop identities destroyed within `warn_days` of `today` that may
/// still have unsynced items: their window ended after the last sync.
pub fn at_risk(s: &Session, today: Day, warn_days: i64) -> anyhow::Result<Vec<AtRisk>> {
    let Some(window) = window(s)? else {
        return Ok(Vec::new());
    };
    let synced: Option<Day> = s.store.meta(SYNCED_META)?.and_then(|d| d.parse().ok());
    let ids = identities(s)?;
    Ok(ids
        .iter()
        .filter(|d| synced.is_none_or(|day| day <= d.not_after))
        .filter_map(|d| {
            let on = dropkey::destroy_on(d.not_after, window);
            let left = today.days_until(on);
            (left > 0 && left <= warn_days && d.not_before <= today).then_some(AtRisk {
                not_before: d.not_before,
                not_after: d.not_after,
                destroyed_on: on,
                days_left: left,
            })
        })
        .collect())
}
