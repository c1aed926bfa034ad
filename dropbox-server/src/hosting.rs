//! Many teams in one deployment: a hosting directory holds one ordinary
//! data directory per team (`teams/NAME/`, made by `team add`), each with
//! its own roster chain, database, files, quotas and addresses. One
//! `serve --hosting DIR` answers them all on one address and sends each
//! request to the team its address names, so nothing of one team is
//! reachable through another's address: every team keeps its own state
//! (roster, nonces, uploads), exactly as a drop box of its own would.
//!
//! An address is a host name (`drop.acme.example`: the team has the whole
//! host) or a host name and one path segment, its prefix
//! (`drop.helpdesk.example/acme`: the team is at `/acme/`). A host carries
//! one bare team or any number of prefixed ones, never both, so a request
//! names at most one team. The prefix is taken off before the team's own
//! routes see the request ([`Mount`] keeps it): signatures are checked
//! over the path as the client sent it, prefix included, so a request
//! signed for one team's address is refused at another's on the same host.
//!
//! Teams are added and removed while the server runs: it looks at the
//! directory every few seconds. `team add` builds a team under a hidden
//! name and renames it into place once whole; `team remove` renames it
//! away (the server stops answering for it at the team's next request, or
//! its next look) and deletes it. Both hold the hosting directory's lock,
//! so two of them never check host names at once, and each first deletes
//! what an earlier one killed halfway left.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, RwLock};

use anyhow::{Context, bail};
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use tower::ServiceExt;

use dropbox_crypto::TeamFingerprint;
use dropbox_crypto::time::UnixTime;

use crate::error::ApiError;
use crate::state::{AppState, Clock, Config, Shared};

/// The folder of a hosting directory that holds the teams.
pub const TEAMS_DIR: &str = "teams";
/// A hosted team's settings file, in its data directory.
pub const TEAM_FILE: &str = "team.json";
/// The hosting directory's lock file (`team add` and `team remove` hold
/// it exclusively).
pub const LOCK_FILE: &str = ".lock";
/// The folder of a hosting directory holding, for a host whose teams are
/// in a registry, each team's local scratch (by incarnation id).
pub const REPLICA_DIR: &str = "replica";
const ADDING: &str = ".adding-";
const REMOVING: &str = ".removing-";

/// A team's name on its host: 1 to 63 of `a-z 0-9 -`, not starting with
/// `-` (it names a directory).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TeamName(String);

/// Why a team name, host name or address was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NameError {
    /// Not a team name.
    #[error("a team name is 1 to 63 of a-z, 0-9 and -, not starting with -: {0:?}")]
    Team(String),
    /// Not a host name.
    #[error("a host name is a DNS name or an IP address, without scheme, port or path: {0:?}")]
    Host(String),
    /// Not a path prefix.
    #[error(
        "a path prefix is 1 to 63 of a-z, 0-9 and -, not starting with -, and not a route of the server (v1, v2…, healthz, nojs): {0:?}"
    )]
    Prefix(String),
}

impl FromStr for TeamName {
    type Err = NameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let ok = (1..=63).contains(&s.len())
            && !s.starts_with('-')
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(TeamName(s.to_owned()))
        } else {
            Err(NameError::Team(s.to_owned()))
        }
    }
}

impl fmt::Display for TeamName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A host name a team answers on (a DNS name, an onion address, an IP
/// address), lower case, without port or trailing dot.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct HostName(String);

impl FromStr for HostName {
    type Err = NameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let h = s.trim_end_matches('.').to_ascii_lowercase();
        let bracketed = h.starts_with('[') && h.ends_with(']') && h.len() > 2;
        let ok = !h.is_empty()
            && h.len() <= 253
            && (bracketed
                && h[1..h.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
                || !bracketed
                    && h.split('.').all(|label| {
                        (1..=63).contains(&label.len())
                            && label
                                .bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    }));
        if ok {
            Ok(HostName(h))
        } else {
            Err(NameError::Host(s.to_owned()))
        }
    }
}

impl TryFrom<String> for HostName {
    type Error = NameError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<HostName> for String {
    fn from(h: HostName) -> String {
        h.0
    }
}

impl fmt::Display for HostName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl HostName {
    /// The host a request's `Host` header names (its port dropped), if it
    /// is a valid host name.
    pub fn of_header(value: &str) -> Option<HostName> {
        let host = if value.starts_with('[') {
            // [v6]:port
            &value[..=value.find(']')?]
        } else {
            value.rsplit_once(':').map_or(value, |(h, _)| h)
        };
        host.parse().ok()
    }
}

/// The path segment a team is reached under on a host shared by several
/// (`acme` in `drop.helpdesk.example/acme`): the rules of a team name, and
/// never a top-level route of the server (`v1`, and `v2`… to come,
/// `healthz`, `nojs`), so a client that forgets the prefix is never taken
/// for one that names a team.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Prefix(String);

impl FromStr for Prefix {
    type Err = NameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let version =
            s.len() > 1 && s.starts_with('v') && s[1..].bytes().all(|b| b.is_ascii_digit());
        if s.parse::<TeamName>().is_err() || version || matches!(s, "healthz" | "nojs") {
            return Err(NameError::Prefix(s.to_owned()));
        }
        Ok(Prefix(s.to_owned()))
    }
}

impl fmt::Display for Prefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a team is reached: a host name of its own (`drop.acme.example`),
/// or a host name and a path prefix (`drop.helpdesk.example/acme`, served
/// at `https://drop.helpdesk.example/acme/`). Written as that text in
/// `team.json`, the registry's settings and `team add --host`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Address {
    /// The host name.
    pub host: HostName,
    /// The path prefix, when the host is shared by several teams.
    pub prefix: Option<Prefix>,
}

impl Address {
    /// Whether `self` and `other` cannot both be served: the same host,
    /// unless both have prefixes and they differ (a host is one bare
    /// team's, or prefixed teams').
    pub fn clashes(&self, other: &Address) -> bool {
        self.host == other.host
            && (self.prefix.is_none() || other.prefix.is_none() || self.prefix == other.prefix)
    }

    /// The path the team's page is at: `/` or `/PREFIX/`.
    pub fn path(&self) -> String {
        match &self.prefix {
            Some(p) => format!("/{p}/"),
            None => "/".to_owned(),
        }
    }
}

impl FromStr for Address {
    type Err = NameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // One trailing slash is forgiven (`host/acme/`, as a URL's path).
        let t = s.strip_suffix('/').unwrap_or(s);
        let (host, prefix) = match t.split_once('/') {
            Some((h, p)) => (h, Some(p.parse::<Prefix>()?)),
            None => (t, None),
        };
        Ok(Address {
            host: host.parse()?,
            prefix,
        })
    }
}

impl TryFrom<String> for Address {
    type Error = NameError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Address> for String {
    fn from(a: Address) -> String {
        a.to_string()
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.prefix {
            Some(p) => write!(f, "{}/{p}", self.host),
            None => write!(f, "{}", self.host),
        }
    }
}

/// The first of `addresses` that clashes with one of `others`, with the
/// one it clashes with.
fn clash<'a>(
    addresses: &'a [Address],
    others: &'a [Address],
) -> Option<(&'a Address, &'a Address)> {
    addresses
        .iter()
        .find_map(|a| others.iter().find(|o| a.clashes(o)).map(|o| (a, o)))
}

/// The path prefix a request arrived under (`/acme`), which the hosting
/// dispatcher took off before the team's routes saw it: a request
/// extension, read where the path as the client sent it matters (the
/// signature's `@path`) and where the server names one of its own URLs
/// (a tus upload's `Location`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount(pub String);

/// A hosted team's own settings (`teams/NAME/team.json`): its addresses
/// and what its host allows it. Everything else (listen address, timeouts,
/// the disk's reserve) is the host's, for all teams.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TeamFile {
    /// The addresses it answers on (e.g. its own host name and an onion
    /// address, or `drop.helpdesk.example/acme` on a host shared with
    /// other teams).
    pub hosts: Vec<Address>,
    /// Storage quota in MiB (reports held and uploads in progress).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_mib: Option<u64>,
    /// Reports taken per day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submissions_per_day: Option<u32>,
    /// Uploads holding data at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_uploads: Option<usize>,
    /// Proof-of-work bits for upload tokens (0: off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pow_bits: Option<u8>,
    /// The daily digest's command, for this team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_command: Option<String>,
    /// The digest's hour (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_hour: Option<u8>,
}

impl TeamFile {
    /// The host's `base` settings with this team's own over them, for the
    /// team `name` in its data directory `data`.
    pub fn config(&self, base: &Config, name: &TeamName, data: PathBuf) -> Config {
        let mut c = base.clone();
        c.data = data;
        // Refused by `team add` when it would overflow.
        c.storage_quota = self.storage_mib.map(|m| m.saturating_mul(1 << 20));
        c.submissions_per_day = self.submissions_per_day;
        if let Some(n) = self.open_uploads {
            c.max_open_uploads = n.max(1);
        }
        c.pow_bits = self.pow_bits.unwrap_or(0).min(32);
        c.notify = self
            .notify_command
            .clone()
            .map(|command| crate::notify::Notify {
                command,
                hour: self.notify_hour.unwrap_or(9).min(23),
                daily: false,
                team: Some(name.0.clone()),
            });
        // One member key may be in several teams' rosters here.
        c.require_authority = true;
        // The host's form setting never applies: the form makes the server
        // see a report's text.
        c.nojs_form = false;
        c
    }
}

fn teams_dir(hosting: &Path) -> PathBuf {
    hosting.join(TEAMS_DIR)
}

/// Takes the hosting directory's lock, waiting for another `team add` or
/// `team remove` to finish; `None` when `wait` is false and it is held.
fn lock(hosting: &Path, wait: bool) -> anyhow::Result<Option<std::fs::File>> {
    std::fs::create_dir_all(hosting)
        .with_context(|| format!("cannot create {}", hosting.display()))?;
    let p = hosting.join(LOCK_FILE);
    // Read-only where it exists (flock needs no write access): a `team
    // list` run as another user then never leaves a lock file the service
    // user cannot open.
    let f = match std::fs::File::open(&p) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .mode(0o600)
                .open(&p)
        }
        other => other,
    }
    .with_context(|| format!("cannot open {}", p.display()))?;
    if wait {
        f.lock()
            .with_context(|| format!("cannot lock {}", p.display()))?;
        return Ok(Some(f));
    }
    match f.try_lock() {
        Ok(()) => Ok(Some(f)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", p.display()))
        }
    }
}

/// Deletes what an `add` or `remove` killed halfway left in `teams/`: a
/// half-built team, or a team taken out of service but not yet deleted
/// (its data must go: removing a team removes its data for good). Only
/// under the lock, when neither can be in progress. Returns the entries
/// deleted.
fn clean_leftovers(hosting: &Path) -> Vec<PathBuf> {
    let mut gone = Vec::new();
    let Ok(entries) = std::fs::read_dir(teams_dir(hosting)) else {
        return gone;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if (name.starts_with(ADDING) || name.starts_with(REMOVING))
            && std::fs::remove_dir_all(e.path()).is_ok()
        {
            gone.push(e.path());
        }
    }
    gone
}

/// A hosted team's settings, from its directory's `team.json`.
pub fn read_team_file(dir: &Path) -> anyhow::Result<TeamFile> {
    let p = dir.join(TEAM_FILE);
    let bytes = std::fs::read(&p).with_context(|| format!("cannot read {}", p.display()))?;
    serde_json::from_slice(&bytes).with_context(|| format!("invalid {}", p.display()))
}

/// The teams a hosting directory holds, by name (hidden entries, a team
/// being added or removed, are skipped).
fn team_dirs(hosting: &Path) -> anyhow::Result<Vec<(TeamName, PathBuf)>> {
    let dir = teams_dir(hosting);
    let entries = std::fs::read_dir(&dir).with_context(|| {
        format!(
            "{} is not a hosting directory (no {TEAMS_DIR}/): make it with `dropbox-server team add --hosting {}`",
            hosting.display(),
            hosting.display()
        )
    })?;
    let mut out = Vec::new();
    for e in entries {
        let e = e.with_context(|| format!("cannot list {}", dir.display()))?;
        let name = e.file_name().to_string_lossy().into_owned();
        if let Ok(n) = name.parse::<TeamName>()
            && e.path().join(crate::commands::DB_FILE).exists()
        {
            out.push((n, e.path()));
        }
    }
    out.sort();
    Ok(out)
}

/// What `team add` made, and what it could not check.
#[derive(Debug)]
pub struct Added {
    /// The new team's fingerprint.
    pub fingerprint: TeamFingerprint,
    /// Teams whose `team.json` could not be read, so their addresses were
    /// not compared with the new team's (a running server refuses to serve
    /// two teams whose addresses clash, whichever it meets second).
    pub unchecked: Vec<(TeamName, String)>,
}

/// What `team add` refuses in a team's settings before making anything.
fn check_new_team(team: &TeamFile) -> anyhow::Result<()> {
    if team.hosts.is_empty() {
        bail!("a team needs at least one address (--host) to be reached at");
    }
    for (i, a) in team.hosts.iter().enumerate() {
        if let Some(b) = team.hosts[..i].iter().find(|b| a.clashes(b)) {
            bail!(
                "the addresses {b} and {a} cannot both be served: a host carries one team without a prefix, or teams with distinct prefixes"
            );
        }
    }
    if let Some(m) = team.storage_mib {
        crate::commands::mib_to_bytes(m)?;
    }
    Ok(())
}

/// `team add`: creates the team's data directory from its signed roster
/// and settings. Refuses a name or host name already in use.
pub fn add(
    hosting: &Path,
    name: &TeamName,
    roster_file: &Path,
    team: &TeamFile,
    now: UnixTime,
) -> anyhow::Result<Added> {
    check_new_team(team)?;
    let dir = teams_dir(hosting);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    // Held until the new team is in place: another add checking host names
    // meanwhile would not see this one's.
    let _lock = lock(hosting, true)?;
    clean_leftovers(hosting);
    let target = dir.join(&name.0);
    if target.exists() {
        bail!("a team named {name} is already hosted here");
    }
    let mut unchecked = Vec::new();
    for (other, path) in team_dirs(hosting)? {
        let theirs = match read_team_file(&path) {
            Ok(t) => t,
            Err(e) => {
                unchecked.push((other, format!("{e:#}")));
                continue;
            }
        };
        if let Some((mine, theirs)) = clash(&team.hosts, &theirs.hosts) {
            bail!("{}", clash_message(mine, theirs, &other.0));
        }
    }
    // Built under a hidden name and renamed into place whole: a running
    // server never sees half a team.
    let building = dir.join(format!("{ADDING}{name}-{}", random_suffix()));
    let result = (|| {
        let fp = crate::commands::init(&building, roster_file, now)?;
        let json = serde_json::to_vec_pretty(team)?;
        std::fs::write(building.join(TEAM_FILE), json)
            .with_context(|| format!("cannot write {TEAM_FILE}"))?;
        std::fs::rename(&building, &target)
            .with_context(|| format!("cannot move the new team to {}", target.display()))?;
        crate::blobs::sync_dir(&dir).with_context(|| format!("cannot sync {}", dir.display()))?;
        Ok(fp)
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&building);
    }
    result.map(|fingerprint| Added {
        fingerprint,
        unchecked,
    })
}

/// One team, as `team list` shows it.
#[derive(Debug, Serialize)]
pub struct TeamView {
    /// Its name.
    pub name: String,
    /// Its addresses (`host` or `host/prefix`).
    pub hosts: Vec<String>,
    /// Its team fingerprint.
    pub fingerprint: String,
    /// Reports held.
    pub reports: usize,
    /// Their bytes.
    pub bytes: u64,
    /// Its storage quota in MiB, if any.
    pub storage_mib: Option<u64>,
    /// Reports it may take per day, if limited.
    pub submissions_per_day: Option<u32>,
    /// Why the team cannot be served (its settings or database cannot be
    /// read): the other fields are then empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// `team list`. A team whose settings or database cannot be read is listed
/// with its problem rather than hiding the others.
pub fn list(hosting: &Path) -> anyhow::Result<Vec<TeamView>> {
    let mut out = Vec::new();
    let teams = team_dirs(hosting)?;
    // Leftovers of a killed add or remove go now if no add or remove runs.
    if let Ok(Some(_lock)) = lock(hosting, false) {
        clean_leftovers(hosting);
    }
    for (name, dir) in teams {
        let view = (|| {
            let team = read_team_file(&dir)?;
            let store = crate::store::Store::open_existing(&dir.join(crate::commands::DB_FILE))
                .with_context(|| format!("cannot open team {name}'s database"))?;
            view_of(&name.0, &team, &store)
        })();
        out.push(view.unwrap_or_else(|e| problem_view(&name.0, e)));
    }
    Ok(out)
}

/// What `team list` shows of a team whose settings and store opened.
fn view_of(name: &str, team: &TeamFile, store: &crate::store::Store) -> anyhow::Result<TeamView> {
    let subs = store.submissions()?;
    Ok(TeamView {
        name: name.to_owned(),
        hosts: team.hosts.iter().map(ToString::to_string).collect(),
        fingerprint: store.meta("fingerprint")?.unwrap_or_default(),
        reports: subs.len(),
        bytes: subs.iter().map(|s| s.size).sum(),
        storage_mib: team.storage_mib,
        submissions_per_day: team.submissions_per_day,
        problem: None,
    })
}

/// A team `team list` could not read, with why.
fn problem_view(name: &str, e: anyhow::Error) -> TeamView {
    TeamView {
        name: name.to_owned(),
        hosts: Vec::new(),
        fingerprint: String::new(),
        reports: 0,
        bytes: 0,
        storage_mib: None,
        submissions_per_day: None,
        problem: Some(format!("{e:#}")),
    }
}

/// `team list` of a registry (replicas).
pub fn list_registered(source: &RegistrySource) -> anyhow::Result<Vec<TeamView>> {
    let mut out = Vec::new();
    for r in source.teams()? {
        let view = (|| {
            let team: TeamFile = serde_json::from_str(&r.settings)
                .with_context(|| format!("team {}'s settings in the registry", r.name))?;
            let (url, _) = source.places(&r.incarnation)?;
            let store = crate::store::Store::open_postgres(&url)
                .with_context(|| format!("cannot open team {}'s database", r.name))?;
            view_of(&r.name, &team, &store)
        })();
        out.push(view.unwrap_or_else(|e| problem_view(&r.name, e)));
    }
    Ok(out)
}

/// `team add` on a registry (replicas): the team gets a database of its
/// own and a place of its own in the bucket, is initialised there from its
/// signed roster, then registered; every replica serves it at its next
/// look. A failure before the registration drops what was made.
pub fn add_registered(
    source: &RegistrySource,
    scratch: &Path,
    name: &TeamName,
    roster_file: &Path,
    team: &TeamFile,
    now: UnixTime,
) -> anyhow::Result<Added> {
    register(source, name, team, |id, url, blobs| {
        let building = scratch.join(format!("{ADDING}{id}"));
        let fp = crate::commands::init_with(&building, roster_file, Some(url), Some(blobs), now);
        let _ = std::fs::remove_dir_all(&building);
        fp.map(|fp| (fp, ()))
    })
    .map(|(fingerprint, ())| Added {
        fingerprint,
        unchecked: Vec::new(),
    })
}

/// `team add --from`: an existing drop box (a single one's data directory,
/// or a hosted team's) joins the registry as the team `name`: its rows are
/// moved into the team's own database and its reports into the team's
/// place in the bucket, each checked against its receipt
/// ([`crate::migrate::migrate_team`]). The team is registered only once
/// all of it is there, so no replica serves it half moved.
pub fn add_registered_from(
    source: &RegistrySource,
    name: &TeamName,
    from: &Path,
    team: &TeamFile,
    progress: &mut dyn FnMut(crate::migrate::Progress<'_>),
) -> anyhow::Result<(TeamFingerprint, crate::output::MigrateView)> {
    register(source, name, team, |_, url, blobs| {
        let to = crate::migrate::Targets {
            metadata: url.clone(),
            blobs: Some(blobs.clone()),
        };
        crate::migrate::migrate_team(from, &to, progress)
    })
}

/// Registers the team `name` with the settings `team`, its database and
/// place in the bucket first filled by `fill` (given the new incarnation
/// id and both places); the database is dropped again if anything fails.
fn register<T>(
    source: &RegistrySource,
    name: &TeamName,
    team: &TeamFile,
    fill: impl FnOnce(
        &str,
        &crate::store::PgUrl,
        &crate::ciphertexts::s3::S3Location,
    ) -> anyhow::Result<(TeamFingerprint, T)>,
) -> anyhow::Result<(TeamFingerprint, T)> {
    check_new_team(team)?;
    let clash_with = |settings: &str, other: &str| {
        clash(&team.hosts, &hosts_in(settings))
            .map(|(mine, theirs)| clash_message(mine, theirs, other))
    };
    // Checked first for a clear answer before anything is made; checked
    // again, under a lock, when registering.
    for r in source.teams()? {
        if r.name == name.0 {
            bail!("a team named {name} is already hosted here");
        }
        if let Some(why) = clash_with(&r.settings, &r.name) {
            bail!("{why}");
        }
    }
    let id = random_suffix();
    let (url, blobs) = source.places(&id)?;
    let registry = || crate::locks::lock(&source.registry, "registry");
    if !registry().same_bucket(&source.blobs.canonical(), true)? {
        bail!(
            "this registry's teams keep their reports in another bucket or prefix than --blobs names: give the --blobs its teams were added with"
        );
    }
    registry()
        .create_database(&id)
        .context("cannot create the team's database (the registry's role needs CREATEDB)")?;
    let result = (|| {
        let filled = fill(&id, &url, &blobs)?;
        let settings = serde_json::to_string(team)?;
        let r = crate::store::registry::Registered {
            name: name.0.clone(),
            incarnation: id.clone(),
            settings,
        };
        registry().add(&r, clash_with)?;
        Ok(filled)
    })();
    if result.is_err()
        && let Err(e) = registry().drop_database(&id)
    {
        tracing::warn!("could not drop the new team's database again: {e}");
    }
    result
}

/// `team remove` on a registry (replicas): the team's row goes first, so
/// every replica stops serving it at its next look (within 3 s; this
/// waits that long), then its database is dropped (closing what a replica
/// still holds) and its reports are deleted from the bucket.
pub fn remove_registered(source: &RegistrySource, name: &TeamName) -> anyhow::Result<()> {
    let Some(r) = crate::locks::lock(&source.registry, "registry").remove(&name.0)? else {
        bail!("no team named {name} is hosted here");
    };
    let id = &r.incarnation;
    // From here the team is in no row: every error names what is left.
    let left = || {
        format!(
            "team {name} is no longer registered, but its database {} and its objects under teams/{id}/ in the bucket may be left: drop and delete them with PostgreSQL's and the bucket's own tools",
            crate::store::registry::database_of(id)
        )
    };
    std::thread::sleep(LOOK_WAIT);
    crate::locks::lock(&source.registry, "registry")
        .drop_database(id)
        .with_context(left)?;
    let (_, blobs) = source.places(id).with_context(left)?;
    let s3 = crate::ciphertexts::s3::S3::open(&blobs).with_context(left)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .with_context(left)?;
    // A replica slower to look than the wait may still have stored a part
    // or report as the database went: deleted until a listing after
    // another wait finds nothing.
    for _ in 0..5 {
        runtime.block_on(s3.remove_all()).with_context(left)?;
        std::thread::sleep(LOOK_WAIT);
        if runtime.block_on(s3.list()).with_context(left)?.is_empty() {
            return Ok(());
        }
    }
    Err(anyhow::anyhow!("objects keep appearing")).with_context(left)
}

/// Longer than a replica's look at the registry takes to come round.
const LOOK_WAIT: std::time::Duration = std::time::Duration::from_secs(4);

/// `team remove`: the team stops being served (within seconds, by a
/// running server) and its data directory is deleted.
pub fn remove(hosting: &Path, name: &TeamName) -> anyhow::Result<()> {
    let dir = teams_dir(hosting);
    let target = dir.join(&name.0);
    // Checked under the lock, which another add or remove may hold: the
    // team is the one named when this remove gets its turn.
    let _lock = lock(hosting, true)?;
    if !target.join(crate::commands::DB_FILE).exists() {
        bail!("no team named {name} is hosted in {}", hosting.display());
    }
    clean_leftovers(hosting);
    let away = dir.join(format!("{REMOVING}{name}-{}", random_suffix()));
    std::fs::rename(&target, &away)
        .with_context(|| format!("cannot take team {name} out of service"))?;
    crate::blobs::sync_dir(&dir).with_context(|| format!("cannot sync {}", dir.display()))?;
    // A server still finishing a request of the team's may create a file
    // in it meanwhile: try again a few times.
    let mut last = None;
    for _ in 0..20 {
        match std::fs::remove_dir_all(&away) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => last = Some(e),
        }
        std::thread::sleep(std::time::Duration::from_millis(250));
    }
    Err(last.expect("tried"))
        .with_context(|| format!("cannot delete {} (team {name})", away.display()))
}

/// Why `team add` refuses the address `mine`: team `other` has `theirs`.
fn clash_message(mine: &Address, theirs: &Address, other: &str) -> String {
    if mine == theirs {
        format!("the address {mine} is already team {other}'s")
    } else if theirs.prefix.is_none() {
        format!(
            "the host {} is team {other}'s alone (it has no prefix there): give this team another host name",
            mine.host
        )
    } else {
        format!(
            "the host {} carries teams under path prefixes (team {other} at {theirs}): give this team a prefix there too (--host {}/NAME) or another host name",
            mine.host, mine.host
        )
    }
}

fn random_suffix() -> String {
    use rand::RngCore;
    let mut b = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Which directory a team was started from: a team removed and added
/// again under its name between two looks is another directory, and must
/// be served afresh (its new roster, host names, quotas), not as the old.
fn dir_identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// A team being served.
struct Hosted {
    name: TeamName,
    /// Its data directory, and which directory that was at start.
    path: PathBuf,
    identity: Option<(u64, u64)>,
    /// The directory itself, held open: a deleted directory's inode is
    /// not given to a new one while open, so a team removed and added
    /// again under its name never has the identity of the old.
    _dir: std::fs::File,
    hosts: Vec<Address>,
    /// Its incarnation id, for a team of a registry (replicas): a team
    /// removed and added again under its name is another one.
    incarnation: Option<String>,
    state: Shared,
    app: Router,
}

/// A registry of teams in PostgreSQL, shared by replicas, and the bucket
/// under which each team has its own place (`teams/<incarnation>`).
pub struct RegistrySource {
    registry: std::sync::Mutex<crate::store::registry::Registry>,
    url: crate::store::PgUrl,
    blobs: crate::ciphertexts::s3::S3Location,
}

impl RegistrySource {
    /// Connects to the registry at `url` (creating its table if need be).
    pub fn open(
        url: &crate::store::PgUrl,
        blobs: &crate::ciphertexts::s3::S3Location,
    ) -> anyhow::Result<RegistrySource> {
        let registry = crate::store::registry::Registry::open(url)
            .context("cannot open the registry of hosted teams in PostgreSQL")?;
        if !registry
            .same_bucket(&blobs.canonical(), false)
            .context("cannot read the registry of hosted teams")?
        {
            bail!(
                "this registry's teams keep their reports in another bucket or prefix than --blobs names: give the --blobs its teams were added with"
            );
        }
        Ok(RegistrySource {
            registry: std::sync::Mutex::new(registry),
            url: url.clone(),
            blobs: blobs.clone(),
        })
    }

    fn teams(&self) -> anyhow::Result<Vec<crate::store::registry::Registered>> {
        Ok(crate::locks::lock(&self.registry, "registry").teams()?)
    }

    /// Where incarnation `id` keeps its metadata and its reports.
    fn places(
        &self,
        id: &str,
    ) -> anyhow::Result<(crate::store::PgUrl, crate::ciphertexts::s3::S3Location)> {
        let blobs = self
            .blobs
            .below(&format!("teams/{id}"))
            .map_err(|e| anyhow::anyhow!("the bucket's prefix: {e}"))?;
        Ok((
            self.url
                .with_database(&crate::store::registry::database_of(id)),
            blobs,
        ))
    }
}

/// The addresses in a registered team's settings (none if unreadable).
fn hosts_in(settings: &str) -> Vec<Address> {
    serde_json::from_str::<TeamFile>(settings)
        .map(|t| t.hosts)
        .unwrap_or_default()
}

/// Every team of a hosting directory, routed by address.
pub struct Hosting {
    dir: PathBuf,
    /// Teams from a registry in PostgreSQL (replicas) rather than from
    /// the directory's `teams/`; the directory then holds only each
    /// team's local scratch (spooled parts).
    registry: Option<RegistrySource>,
    base: Config,
    clock: Clock,
    teams: RwLock<HashMap<TeamName, Arc<Hosted>>>,
    by_host: RwLock<HashMap<Address, Arc<Hosted>>>,
    /// Teams that could not be started, and why: tried again at every
    /// look, logged once per reason.
    failed: std::sync::Mutex<HashMap<TeamName, String>>,
}

impl Hosting {
    /// Opens every team of `dir` with the host's `base` settings. A team
    /// that cannot be opened (a damaged database, a host name another team
    /// has) is logged and left out, and tried again at every look, so one
    /// team's trouble does not stop the others; only a directory that is
    /// not a hosting directory stops the start.
    pub fn open(dir: &Path, base: Config, clock: Clock) -> anyhow::Result<Arc<Hosting>> {
        Self::open_with(dir, None, base, clock)
    }

    /// [`Hosting::open`], with the teams read from `registry` when given
    /// (`dir` then holds each team's local scratch only).
    pub fn open_with(
        dir: &Path,
        registry: Option<RegistrySource>,
        base: Config,
        clock: Clock,
    ) -> anyhow::Result<Arc<Hosting>> {
        if let Some(source) = registry {
            std::fs::create_dir_all(dir.join(REPLICA_DIR))
                .with_context(|| format!("cannot create {}", dir.display()))?;
            let h = Arc::new(Hosting {
                dir: dir.to_owned(),
                registry: Some(source),
                base,
                clock,
                teams: RwLock::new(HashMap::new()),
                by_host: RwLock::new(HashMap::new()),
                failed: std::sync::Mutex::new(HashMap::new()),
            });
            h.rescan_registry()?;
            return Ok(h);
        }
        let h = Arc::new(Hosting {
            dir: dir.to_owned(),
            registry: None,
            base,
            clock,
            teams: RwLock::new(HashMap::new()),
            by_host: RwLock::new(HashMap::new()),
            failed: std::sync::Mutex::new(HashMap::new()),
        });
        // Refuses a directory that is not a hosting directory before
        // making anything in it.
        team_dirs(dir)?;
        let _lock = lock(dir, true)?;
        for (name, path) in team_dirs(dir)? {
            h.try_start(name, &path);
        }
        Ok(h)
    }

    /// Starts a team, logging a failure once per reason.
    fn try_start(&self, name: TeamName, path: &Path) -> bool {
        match self.start_team(name.clone(), path) {
            Ok(()) => {
                crate::locks::lock(&self.failed, "failed teams").remove(&name);
                true
            }
            Err(e) => {
                let why = format!("{e:#}");
                let mut failed = crate::locks::lock(&self.failed, "failed teams");
                if failed.get(&name) != Some(&why) {
                    tracing::error!("team {name} not served: {why}");
                    failed.insert(name, why);
                }
                false
            }
        }
    }

    /// How many teams are served.
    pub fn len(&self) -> usize {
        crate::locks::read(&self.teams, "teams").len()
    }

    /// Whether no team is served.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn start_team(&self, name: TeamName, path: &Path) -> anyhow::Result<()> {
        let team = read_team_file(path)?;
        let cfg = team.config(&self.base, &name, path.to_owned());
        self.start_team_with(name, path, team, cfg, None)
    }

    /// Starts a team of the registry in its local scratch directory.
    fn start_registered(&self, r: &crate::store::registry::Registered) -> anyhow::Result<()> {
        let name: TeamName = r.name.parse()?;
        let source = self.registry.as_ref().context("no registry")?;
        if !crate::store::registry::is_incarnation(&r.incarnation) {
            bail!("team {name} has a malformed incarnation id in the registry");
        }
        let mut team: TeamFile = serde_json::from_str(&r.settings)
            .with_context(|| format!("team {name}'s settings in the registry"))?;
        // A digest command runs a shell on every replica: it is never taken
        // from the registry, which whoever reaches the database can write
        // (`team add` sets none).
        if team.notify_command.take().is_some() {
            tracing::warn!("team {name}: the registry's digest command is ignored");
        }
        let path = self.dir.join(REPLICA_DIR).join(&r.incarnation);
        std::fs::create_dir_all(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        let mut cfg = team.config(&self.base, &name, path.clone());
        // The replicas' own digest command, for every team of the
        // registry; the team's hour, if its settings give one.
        cfg.notify = self.base.notify.clone().map(|n| crate::notify::Notify {
            hour: team.notify_hour.map_or(n.hour, |h| h.min(23)),
            team: Some(name.0.clone()),
            ..n
        });
        let (url, blobs) = source.places(&r.incarnation)?;
        cfg.metadata = Some(url);
        cfg.blobs = Some(blobs);
        self.start_team_with(name, &path, team, cfg, Some(r.incarnation.clone()))
    }

    /// Looks at the registry: serves teams added since, stops teams
    /// removed (or removed and added again: another incarnation).
    fn rescan_registry(&self) -> anyhow::Result<(Vec<TeamName>, Vec<TeamName>)> {
        let source = self.registry.as_ref().context("no registry")?;
        let now = source.teams()?;
        let running: Vec<(TeamName, Option<String>)> = crate::locks::read(&self.teams, "teams")
            .values()
            .map(|t| (t.name.clone(), t.incarnation.clone()))
            .collect();
        let mut stopped = Vec::new();
        for (name, incarnation) in running {
            let same = now
                .iter()
                .any(|r| r.name == name.0 && Some(&r.incarnation) == incarnation.as_ref());
            if !same {
                self.stop_team(&name);
                stopped.push(name);
            }
        }
        let mut started = Vec::new();
        for r in &now {
            let Ok(name) = r.name.parse::<TeamName>() else {
                tracing::warn!(
                    "the registry names a team {:?}, which is no team name: not served",
                    r.name
                );
                continue;
            };
            if crate::locks::read(&self.teams, "teams").contains_key(&name) {
                continue;
            }
            match self.start_registered(r) {
                Ok(()) => {
                    crate::locks::lock(&self.failed, "failed teams").remove(&name);
                    started.push(name);
                }
                Err(e) => {
                    let why = format!("{e:#}");
                    let mut failed = crate::locks::lock(&self.failed, "failed teams");
                    if failed.get(&name) != Some(&why) {
                        tracing::error!("team {name} not served: {why}");
                        failed.insert(name, why);
                    }
                }
            }
        }
        Ok((started, stopped))
    }

    fn start_team_with(
        &self,
        name: TeamName,
        path: &Path,
        team: TeamFile,
        cfg: Config,
        incarnation: Option<String>,
    ) -> anyhow::Result<()> {
        {
            let by_host = crate::locks::read(&self.by_host, "hosts");
            if let Some((mine, (theirs, other))) = team.hosts.iter().find_map(|a| {
                by_host
                    .iter()
                    .find(|(o, _)| a.clashes(o))
                    .map(|(o, t)| (a, (o, t.name.clone())))
            }) {
                bail!(
                    "team {name}'s address {mine} clashes with team {other}'s {theirs} (a host carries one team without a prefix, or teams with distinct prefixes)"
                );
            }
        }
        // Opened first: the identity is of the directory held.
        let dir =
            std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        let identity = {
            use std::os::unix::fs::MetadataExt;
            let m = dir
                .metadata()
                .with_context(|| format!("cannot read {}", path.display()))?;
            Some((m.dev(), m.ino()))
        };
        if dir_identity(path) != identity {
            bail!("team {name} was replaced while starting");
        }
        // As `serve --data` holds its directory: a `team add --from` moving
        // this team to a registry must not copy it while it changes, and
        // the team is not served while one does.
        if incarnation.is_none() {
            match dir.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => bail!(
                    "team {name}'s directory is in use by another process (a `team add --from` moving it to a registry?)"
                ),
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(e).with_context(|| format!("cannot lock {}", path.display()));
                }
            }
        }
        let state = AppState::open(cfg, self.clock.clone())
            .with_context(|| format!("cannot open team {name} in {}", path.display()))?;
        crate::serve::spawn_maintenance(state.clone());
        let hosted = Arc::new(Hosted {
            name: name.clone(),
            path: path.to_owned(),
            identity,
            _dir: dir,
            hosts: team.hosts.clone(),
            incarnation,
            app: crate::routes::app(state.clone()),
            state,
        });
        let mut by_host = crate::locks::write(&self.by_host, "hosts");
        for host in &team.hosts {
            by_host.insert(host.clone(), hosted.clone());
        }
        crate::locks::write(&self.teams, "teams").insert(name, hosted);
        Ok(())
    }

    fn stop_team(&self, name: &TeamName) {
        let Some(t) = crate::locks::write(&self.teams, "teams").remove(name) else {
            return;
        };
        self.retire(t);
    }

    /// Stops serving `t` if it is still the team served under its name (a
    /// team re-created under it meanwhile stays).
    fn stop_if_current(&self, t: &Arc<Hosted>) {
        let t = {
            let mut teams = crate::locks::write(&self.teams, "teams");
            match teams.get(&t.name) {
                Some(cur) if Arc::ptr_eq(cur, t) => teams.remove(&t.name),
                _ => None,
            }
        };
        if let Some(t) = t {
            tracing::info!("team {} was removed; no longer served", t.name);
            self.retire(t);
        }
    }

    fn retire(&self, t: Arc<Hosted>) {
        let mut by_host = crate::locks::write(&self.by_host, "hosts");
        for h in &t.hosts {
            // A team started since under this host name keeps it.
            if by_host.get(h).is_some_and(|cur| Arc::ptr_eq(cur, &t)) {
                by_host.remove(h);
            }
        }
        t.state
            .retired
            .store(true, std::sync::atomic::Ordering::SeqCst);
        // A registered team's local directory holds only spooled parts:
        // it goes with the team (its data is in PostgreSQL and the bucket).
        if t.incarnation.is_some() {
            let _ = std::fs::remove_dir_all(&t.path);
        }
    }

    /// Looks at the hosting directory again: serves teams added since,
    /// stops serving teams removed. Returns the names started and stopped.
    pub fn rescan(&self) -> (Vec<TeamName>, Vec<TeamName>) {
        if self.registry.is_some() {
            return self.rescan_registry().unwrap_or_else(|e| {
                tracing::warn!("could not read the registry of teams: {e:#}");
                (Vec::new(), Vec::new())
            });
        }
        // The whole look under the lock, skipped while an add or remove
        // runs (the next look comes in seconds): a team renamed away
        // between listing and opening it would otherwise be opened at its
        // old path, which makes it again, empty.
        let Ok(Some(_lock)) = lock(&self.dir, false) else {
            return (Vec::new(), Vec::new());
        };
        for p in clean_leftovers(&self.dir) {
            tracing::info!(
                "deleted {}, left by a team add or remove that did not finish",
                p.display()
            );
        }
        let Ok(now) = team_dirs(&self.dir) else {
            return (Vec::new(), Vec::new());
        };
        let running: Vec<(TeamName, Option<(u64, u64)>)> = crate::locks::read(&self.teams, "teams")
            .values()
            .map(|t| (t.name.clone(), t.identity))
            .collect();
        let mut stopped = Vec::new();
        for (name, identity) in running {
            // Gone, or replaced by a new team of the same name.
            let same = now
                .iter()
                .any(|(n, path)| *n == name && dir_identity(path) == identity);
            if !same {
                self.stop_team(&name);
                stopped.push(name);
            }
        }
        let mut started = Vec::new();
        for (name, path) in now {
            if crate::locks::read(&self.teams, "teams").contains_key(&name) {
                continue;
            }
            if self.try_start(name.clone(), &path) {
                started.push(name);
            }
        }
        (started, stopped)
    }

    /// The team a request's address names, and the prefix it names it
    /// by (none on a host of its own).
    fn route(&self, req: &Request) -> Option<(Arc<Hosted>, Option<Prefix>)> {
        let host = req.headers().get(header::HOST)?.to_str().ok()?;
        let host = HostName::of_header(host)?;
        // An absolute-form target names its own host: it must be the same.
        if let Some(a) = req.uri().authority()
            && HostName::of_header(a.as_str()).as_ref() != Some(&host)
        {
            return None;
        }
        let by_host = crate::locks::read(&self.by_host, "hosts");
        let bare = Address {
            host: host.clone(),
            prefix: None,
        };
        if let Some(t) = by_host.get(&bare) {
            return Some((t.clone(), None));
        }
        let prefix: Prefix = first_segment(req.uri().path())?.parse().ok()?;
        let address = Address {
            host,
            prefix: Some(prefix.clone()),
        };
        by_host.get(&address).map(|t| (t.clone(), Some(prefix)))
    }

    /// The states of the teams served (for the shutdown's last lines).
    pub fn states(&self) -> Vec<Shared> {
        crate::locks::read(&self.teams, "teams")
            .values()
            .map(|t| t.state.clone())
            .collect()
    }

    /// One router for every team: each request goes to its host's team;
    /// an unknown host gets the same 404 whatever teams exist.
    pub fn router(self: &Arc<Self>) -> Router {
        Router::new().fallback(dispatch).with_state(self.clone())
    }

    /// Rescans every few seconds, as long as the server runs.
    pub fn spawn_rescan(self: &Arc<Self>) {
        let h = self.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(3)).await;
                let h2 = h.clone();
                let Ok((started, stopped)) = tokio::task::spawn_blocking(move || h2.rescan()).await
                else {
                    continue;
                };
                for n in started {
                    tracing::info!("now serving team {n}");
                }
                for n in stopped {
                    tracing::info!("team {n} was removed; no longer served");
                }
            }
        });
    }
}

/// The first segment of a path (`acme` of `/acme/v1/roster` and of
/// `/acme`).
fn first_segment(path: &str) -> Option<&str> {
    let rest = path.strip_prefix('/')?;
    Some(rest.split_once('/').map_or(rest, |(s, _)| s))
}

/// What the dispatcher does with a request that named a team by `prefix`.
#[derive(Debug, PartialEq, Eq)]
pub enum Mounted {
    /// Pass it on with this path and query (the prefix taken off).
    Inner(String),
    /// `/acme` alone: send the client to `/acme/`, where the page's
    /// relative addresses resolve under the prefix.
    Redirect(String),
}

/// The prefix a request's path names (its first segment, if that is a
/// prefix at all) and what becomes of the request under it, as the
/// dispatcher of a host shared by teams at prefixes reads it (for the
/// fuzz target: the path is untrusted input).
pub fn route_path(path: &str) -> Option<(Prefix, Option<Mounted>)> {
    let prefix: Prefix = first_segment(path)?.parse().ok()?;
    let mounted = unmount(&prefix, path, None);
    Some((prefix, mounted))
}

/// The request target `path_and_query` as the team's routes see it.
fn unmount(prefix: &Prefix, path: &str, query: Option<&str>) -> Option<Mounted> {
    let rest = path.strip_prefix('/')?.strip_prefix(prefix.0.as_str())?;
    let q = query.map_or(String::new(), |q| format!("?{q}"));
    if rest.is_empty() {
        return Some(Mounted::Redirect(format!("/{prefix}/{q}")));
    }
    // `/acmex/…` is not under `/acme`.
    rest.starts_with('/')
        .then(|| Mounted::Inner(format!("{rest}{q}")))
}

/// The answer to a request for no team: the same whatever teams exist.
fn not_found() -> Response {
    let mut r = ApiError::NotFound.into_response();
    plain_headers(&mut r);
    r
}

fn plain_headers(r: &mut Response) {
    for (name, value) in [
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ] {
        r.headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
}

async fn dispatch(State(h): State<Arc<Hosting>>, mut req: Request<Body>) -> Response {
    // A team removed since the last look (its directory renamed away, or
    // replaced) stops answering at once: one stat per request, rather than
    // taking reports for a team being deleted for up to a look's interval.
    let team = h.route(&req).filter(|(t, _)| {
        let here = dir_identity(&t.path) == t.identity;
        if !here {
            h.stop_if_current(t);
        }
        here
    });
    let Some((team, prefix)) = team else {
        return not_found();
    };
    if let Some(prefix) = prefix {
        match unmount(&prefix, req.uri().path(), req.uri().query()) {
            Some(Mounted::Inner(target)) => {
                let mut parts = req.uri().clone().into_parts();
                let Ok(pq) = target.parse() else {
                    return not_found();
                };
                parts.path_and_query = Some(pq);
                let Ok(uri) = axum::http::Uri::from_parts(parts) else {
                    return not_found();
                };
                *req.uri_mut() = uri;
                req.extensions_mut().insert(Mount(format!("/{prefix}")));
            }
            Some(Mounted::Redirect(to)) => {
                let Ok(to) = HeaderValue::from_str(&to) else {
                    return not_found();
                };
                let mut r = axum::http::StatusCode::PERMANENT_REDIRECT.into_response();
                r.headers_mut().insert(header::LOCATION, to);
                plain_headers(&mut r);
                return r;
            }
            None => return not_found(),
        }
    }
    match team.app.clone().oneshot(req).await {
        Ok(r) => r,
        Err(never) => match never {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_names_name_directories_only() {
        for ok in ["acme", "a", "press-desk-2"] {
            assert!(ok.parse::<TeamName>().is_ok(), "{ok}");
        }
        for bad in [
            "",
            "-x",
            "Acme",
            "a/b",
            "..",
            ".hidden",
            "a b",
            &"x".repeat(64),
        ] {
            assert!(bad.parse::<TeamName>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_host_header_names_its_host_without_port() {
        let h = |s: &str| HostName::of_header(s).map(|h| h.0);
        assert_eq!(
            h("Drop.Example.org:8443").as_deref(),
            Some("drop.example.org")
        );
        assert_eq!(h("drop.example.org.").as_deref(), Some("drop.example.org"));
        assert_eq!(h("127.0.0.1:80").as_deref(), Some("127.0.0.1"));
        assert_eq!(h("[::1]:8080").as_deref(), Some("[::1]"));
        assert_eq!(h("localhost").as_deref(), Some("localhost"));
        for bad in ["", ":80", "a..b", "a/b", "a b", "[::1", "x@y"] {
            assert_eq!(h(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_team_file_sets_its_quotas_and_always_requires_the_authority() {
        let t: TeamFile = serde_json::from_str(
            r#"{"hosts": ["a.example"], "storage_mib": 5, "submissions_per_day": 3}"#,
        )
        .unwrap();
        let c = t.config(
            &Config::new("/x".into()),
            &"a".parse().unwrap(),
            "/x/teams/a".into(),
        );
        assert_eq!(c.storage_quota, Some(5 << 20));
        assert_eq!(c.submissions_per_day, Some(3));
        assert!(c.require_authority);
        assert!(serde_json::from_str::<TeamFile>(r#"{"hosts": ["a/b/c"]}"#).is_err());
        assert!(serde_json::from_str::<TeamFile>(r#"{"hosts": [], "listen": "x"}"#).is_err());
    }

    #[test]
    fn an_address_is_a_host_and_at_most_one_prefix_that_is_no_route() {
        let a = |s: &str| s.parse::<Address>().map(|a| a.to_string());
        assert_eq!(a("Drop.Example.org").unwrap(), "drop.example.org");
        assert_eq!(a("drop.example.org/acme").unwrap(), "drop.example.org/acme");
        assert_eq!(
            a("drop.example.org/acme/").unwrap(),
            "drop.example.org/acme"
        );
        assert_eq!(a("drop.example.org/v1x").unwrap(), "drop.example.org/v1x");
        assert_eq!(a("drop.example.org/").unwrap(), "drop.example.org");
        for bad in [
            "drop.example.org/v1",
            "drop.example.org/v2",
            "drop.example.org/healthz",
            "drop.example.org/nojs",
            "drop.example.org/Acme",
            "drop.example.org/a/b",
            "drop.example.org/.well-known",
            "drop.example.org/app.js",
            "drop.example.org//acme",
            "drop.example.org:8080/acme",
            "/acme",
        ] {
            assert!(a(bad).is_err(), "{bad:?}");
        }
        let t: TeamFile =
            serde_json::from_str(r#"{"hosts": ["h.example/acme", "x.onion"]}"#).unwrap();
        assert_eq!(t.hosts[0].path(), "/acme/");
        assert_eq!(t.hosts[1].path(), "/");
        assert!(serde_json::from_str::<TeamFile>(r#"{"hosts": ["h.example/v1"]}"#).is_err());
    }

    #[test]
    fn a_host_carries_one_bare_team_or_distinct_prefixes() {
        let a = |s: &str| s.parse::<Address>().unwrap();
        assert!(a("h.example").clashes(&a("h.example")));
        assert!(a("h.example").clashes(&a("h.example/acme")));
        assert!(a("h.example/acme").clashes(&a("h.example")));
        assert!(a("h.example/acme").clashes(&a("h.example/acme")));
        assert!(!a("h.example/acme").clashes(&a("h.example/beta")));
        assert!(!a("h.example/acme").clashes(&a("g.example/acme")));
        assert!(!a("h.example").clashes(&a("g.example")));
        // One team may not list a host both ways either.
        let both = TeamFile {
            hosts: vec![a("h.example"), a("h.example/acme")],
            ..TeamFile::default()
        };
        assert!(check_new_team(&both).is_err());
        let two = TeamFile {
            hosts: vec![a("h.example/acme"), a("h.example/acme-2")],
            ..TeamFile::default()
        };
        assert!(check_new_team(&two).is_ok());
        let msg = clash_message(&a("h.example"), &a("h.example/acme"), "acme");
        assert!(msg.contains("--host h.example/NAME"), "{msg}");
    }

    #[test]
    fn the_prefix_comes_off_before_the_team_routes_and_alone_redirects() {
        let p: Prefix = "acme".parse().unwrap();
        let inner = |s: &str| Some(Mounted::Inner(s.to_owned()));
        assert_eq!(unmount(&p, "/acme/v1/roster", None), inner("/v1/roster"));
        assert_eq!(
            unmount(&p, "/acme/v1/inbox", Some("cursor=x")),
            inner("/v1/inbox?cursor=x")
        );
        assert_eq!(unmount(&p, "/acme/", None), inner("/"));
        assert_eq!(
            unmount(&p, "/acme", Some("a=b")),
            Some(Mounted::Redirect("/acme/?a=b".into()))
        );
        assert_eq!(
            unmount(&p, "/acme", None),
            Some(Mounted::Redirect("/acme/".into()))
        );
        assert_eq!(unmount(&p, "/acmex/v1/roster", None), None);
        assert_eq!(unmount(&p, "/beta/v1/roster", None), None);
        assert_eq!(first_segment("/acme/v1/roster"), Some("acme"));
        assert_eq!(first_segment("/acme"), Some("acme"));
        assert_eq!(first_segment("/"), Some(""));
        assert_eq!(first_segment("acme"), None);
    }
}
