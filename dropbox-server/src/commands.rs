//! The subcommands' logic, callable from tests.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use serde::Deserialize;
use tokio::net::TcpListener;

use dropbox_crypto::dsse::{self, Envelope};
use dropbox_crypto::roster::{self, Roster};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{Sha256Digest, TeamFingerprint};

use dropbox_term::outln;

use crate::blobs::Blobs;
use crate::ciphertexts::CiphertextStore;
use crate::ciphertexts::s3::{S3, S3Location};
use crate::cli::ServeArgs;
use crate::output::ServeView;
pub use crate::output::{CheckReport, Damage};
use crate::state::{AppState, Config, system_clock};
use crate::store::Store;

/// The roster chain given to `init` does not verify: exit status 3
/// (`dropbox_term::Exit::RosterAlert`), as for the clients.
#[derive(Debug, thiserror::Error)]
#[error("the roster chain does not verify; ask the team's admins for a correctly signed roster")]
pub struct UntrustedRoster;

/// The database file inside a data directory.
pub const DB_FILE: &str = "dropbox.sqlite3";

/// Reads a roster file: one envelope, or a JSON array (the chain).
pub fn read_chain(path: &Path) -> anyhow::Result<Vec<Envelope>> {
    let bytes = std::fs::read(path)
        .with_context(|| format!("cannot read roster file {}", path.display()))?;
    let trimmed = bytes.trim_ascii_start();
    let chain = if trimmed.starts_with(b"[") {
        roster::parse_chain_json(trimmed)?
    } else {
        vec![Envelope::from_json(bytes.trim_ascii())?]
    };
    Ok(chain)
}

/// `init`: verifies the chain and creates the data directory. Returns the
/// team fingerprint.
pub fn init(data: &Path, roster_file: &Path, now: UnixTime) -> anyhow::Result<TeamFingerprint> {
    init_with(data, roster_file, None, None, now)
}

/// [`init`] with the metadata in PostgreSQL at `metadata`, when given: its
/// tables are created there, and the data directory holds the rest; and
/// with reports' ciphertexts in the bucket `blobs`, when given (checked:
/// an object is written and removed there first).
pub fn init_with(
    data: &Path,
    roster_file: &Path,
    metadata: Option<&crate::store::PgUrl>,
    blobs: Option<&S3Location>,
    now: UnixTime,
) -> anyhow::Result<TeamFingerprint> {
    let chain = read_chain(roster_file)?;
    let first = chain.first().context("the roster file holds no roster")?;
    let parsed = first
        .parse(dsse::ROSTER_TYPE)
        .context("the first roster is malformed")?;
    let fp = TeamFingerprint(Sha256Digest::of(&parsed.payload));
    roster::verify_chain(&fp, &chain, now).context(UntrustedRoster)?;
    let db = data.join(DB_FILE);
    if db.exists() {
        bail!(
            "{} already holds a drop box; use a new directory",
            data.display()
        );
    }
    if let Some(location) = blobs {
        probe_bucket(location)?;
    }
    std::fs::create_dir_all(data).with_context(|| format!("cannot create {}", data.display()))?;
    Blobs::open(data)
        .with_context(|| format!("cannot create the file store in {}", data.display()))?;
    let store = match metadata {
        Some(url) => {
            let store = Store::create_postgres(url)
                .context("cannot create the drop box's tables in PostgreSQL")?;
            if store.meta("fingerprint")?.is_some() {
                bail!("that PostgreSQL database already holds a drop box; use a new database");
            }
            store
        }
        None => Store::open(&db)
            .with_context(|| format!("cannot create the database in {}", data.display()))?,
    };
    for env in &chain {
        let r: Roster = env.parse(dsse::ROSTER_TYPE)?.payload_as()?;
        let json = String::from_utf8(env.to_json())?;
        store.append_roster(r.seq, &json)?;
    }
    let kept = if blobs.is_some() { "s3" } else { "local" };
    store.set_meta(crate::state::CIPHERTEXTS_META, kept)?;
    store.set_meta("fingerprint", &fp.to_string())?;
    Ok(fp)
}

/// Writes and removes one object in the bucket, so a wrong bucket, endpoint
/// or key is found before a reporter's submission finds it.
fn probe_bucket(location: &S3Location) -> anyhow::Result<()> {
    let s3 = S3::open(location).context("cannot use the --blobs object store")?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    // A location holding objects is another drop box's (or an earlier
    // one's): two drop boxes must never share one.
    let held = rt
        .block_on(s3.list())
        .context("cannot list the --blobs bucket (check AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)")?;
    if !held.is_empty() {
        anyhow::bail!(
            "the --blobs location already holds {} objects (another drop box's, or an earlier one's): give each drop box its own bucket or prefix",
            held.len()
        );
    }
    rt.block_on(s3.probe())
        .context("cannot write to the --blobs bucket (check AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)")
}

/// An `s3://BUCKET[/PREFIX]` from `from`, with an error that never repeats
/// the value.
pub fn blobs_location(value: &str, from: &str) -> anyhow::Result<S3Location> {
    value
        .parse()
        .map_err(|e| anyhow::anyhow!("invalid object store location in {from}: {e}"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<SocketAddr>,
    reviewer_listen: Option<SocketAddr>,
    max_concurrency: Option<usize>,
    max_connections: Option<usize>,
    header_timeout: Option<u64>,
    body_timeout: Option<u64>,
    upload_start_timeout: Option<u64>,
    reserve_mib: Option<u64>,
    unverified_reserve_mib: Option<u64>,
    notify_command: Option<String>,
    notify_hour: Option<u8>,
    #[serde(default)]
    notify_daily: bool,
    #[serde(default)]
    nojs_form: bool,
    pow_bits: Option<u8>,
    metadata: Option<String>,
    blobs: Option<String>,
    storage_mib: Option<u64>,
    submissions_per_day: Option<u32>,
    open_uploads: Option<usize>,
}

/// A PostgreSQL URL from `from`, with an error that never repeats the
/// URL (it may carry a password, and errors reach the journal).
pub fn metadata_url(url: &str, from: &str) -> anyhow::Result<crate::store::PgUrl> {
    url.parse()
        .map_err(|e| anyhow::anyhow!("invalid PostgreSQL URL in {from}: {e}"))
}

/// A quota in MiB as bytes, refusing one too large to count.
pub fn mib_to_bytes(mib: u64) -> anyhow::Result<u64> {
    mib.checked_mul(1 << 20)
        .with_context(|| format!("a storage quota of {mib} MiB is too large"))
}

/// Resolved `serve` settings.
#[derive(Debug)]
pub struct ServeSettings {
    /// Tunables.
    pub config: Config,
    /// Public address.
    pub listen: SocketAddr,
    /// Reviewer address, if separate.
    pub reviewer_listen: Option<SocketAddr>,
    /// `config.data` is a hosting directory of many teams.
    pub hosting: bool,
}

/// Merges flags and environment (already in `args`) over DATA/config.json.
pub fn settings(args: &ServeArgs) -> anyhow::Result<ServeSettings> {
    let (root, hosting) = match (&args.data, &args.hosting) {
        (Some(d), None) => (d.clone(), false),
        (None, Some(h)) => (h.clone(), true),
        _ => bail!("pass either --data (one team) or --hosting (many teams)"),
    };
    let file_path = root.join("config.json");
    let file: FileConfig = match std::fs::read(&file_path) {
        Ok(b) => serde_json::from_slice(&b)
            .with_context(|| format!("invalid {}", file_path.display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => FileConfig::default(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", file_path.display())),
    };
    let mut config = Config::new(root);
    if let Some(n) = args.max_concurrency.or(file.max_concurrency) {
        config.max_concurrency = n.max(1);
    }
    if let Some(n) = args.max_connections.or(file.max_connections) {
        config.max_connections = n.max(1);
    }
    if let Some(s) = args.upload_start_timeout.or(file.upload_start_timeout) {
        config.upload_start = Duration::from_secs(s.max(1));
    }
    if let Some(m) = args.unverified_reserve_mib.or(file.unverified_reserve_mib) {
        config.unverified_reserve_bytes = m << 20;
    }
    if let Some(s) = args.header_timeout.or(file.header_timeout) {
        config.header_timeout = Duration::from_secs(s.max(1));
    }
    if let Some(s) = args.body_timeout.or(file.body_timeout) {
        config.body_timeout = Duration::from_secs(s.max(1));
    }
    if let Some(m) = args.reserve_mib.or(file.reserve_mib) {
        config.reserve_bytes = m << 20;
    }
    if let Some(command) = args.notify_command.clone().or(file.notify_command) {
        let hour = args.notify_hour.or(file.notify_hour).unwrap_or(9);
        if hour > 23 {
            bail!("notify_hour must be 0-23");
        }
        config.notify = Some(crate::notify::Notify {
            command,
            hour,
            daily: args.notify_daily || file.notify_daily,
            team: None,
        });
    }
    config.nojs_form = args.nojs_form || file.nojs_form;
    config.pow_bits = args.pow_bits.or(file.pow_bits).unwrap_or(0).min(32);
    config.metadata = match (&args.metadata, file.metadata) {
        (Some(url), _) => Some(metadata_url(url, "--metadata or DROPBOX_METADATA")?),
        (None, Some(url)) => Some(metadata_url(
            &url,
            &format!("\"metadata\" in {}", file_path.display()),
        )?),
        (None, None) => None,
    };
    config.blobs = match (&args.blobs, file.blobs) {
        (Some(v), _) => Some(blobs_location(v, "--blobs or DROPBOX_BLOBS")?),
        (None, Some(v)) => Some(blobs_location(
            &v,
            &format!("\"blobs\" in {}", file_path.display()),
        )?),
        (None, None) => None,
    };
    config.storage_quota = args
        .storage_mib
        .or(file.storage_mib)
        .map(mib_to_bytes)
        .transpose()?;
    config.submissions_per_day = args.submissions_per_day.or(file.submissions_per_day);
    if let Some(n) = args.open_uploads.or(file.open_uploads) {
        config.max_open_uploads = n.max(1);
    }
    if hosting && config.metadata.is_some() != config.blobs.is_some() {
        bail!(
            "a host of many teams on replicas needs both --metadata (the registry of teams in PostgreSQL) and --blobs (the bucket): each team gets a database and a place in the bucket of its own"
        );
    }
    if hosting {
        // Each team's own settings are in its team.json (`team add`): one
        // given for the whole host would silently apply to no team.
        let per_team = [
            ("nojs_form", config.nojs_form),
            ("pow_bits", config.pow_bits > 0),
            // On replicas the registry holds no command (whoever writes
            // its database would run a shell on every replica): the
            // replicas' own command serves each team, told which.
            (
                "notify_command",
                config.notify.is_some() && config.metadata.is_none(),
            ),
            ("storage_mib", config.storage_quota.is_some()),
            ("submissions_per_day", config.submissions_per_day.is_some()),
            (
                "open_uploads",
                args.open_uploads.or(file.open_uploads).is_some(),
            ),
        ];
        if let Some((name, _)) = per_team.iter().find(|(_, set)| *set) {
            bail!(
                "{name} is set per team on a host of many teams: give it to `dropbox-server team add` (the team's team.json), not to serve"
            );
        }
        if args.reviewer_listen.or(file.reviewer_listen).is_some() {
            bail!("a host of many teams serves the reviewer API on --listen only");
        }
    }
    let listen = args
        .listen
        .or(file.listen)
        .context("no address to listen on: pass --listen, set DROPBOX_LISTEN, or put \"listen\" in config.json")?;
    Ok(ServeSettings {
        config,
        listen,
        reviewer_listen: args.reviewer_listen.or(file.reviewer_listen),
        hosting,
    })
}

/// Takes the data directory's lock (an `flock` on the directory itself,
/// so no file with a time of its own is added to it): held by `serve` on
/// a drop box whose metadata is the SQLite file, and by `migrate`, so
/// neither runs while the other does. `None` when another process holds it.
pub fn lock_data_dir(data: &Path) -> anyhow::Result<Option<std::fs::File>> {
    let f = std::fs::File::open(data)
        .with_context(|| format!("cannot open the data directory {}", data.display()))?;
    match f.try_lock() {
        Ok(()) => Ok(Some(f)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", data.display()))
        }
    }
}

/// `serve`: runs until SIGINT/SIGTERM. Prints each bound address on stdout
/// (`listening on http://…`, or one [`ServeView`] line with `json`), which
/// tests and scripts read.
pub async fn serve(s: ServeSettings, json: bool) -> anyhow::Result<()> {
    if s.hosting {
        return serve_hosting(s, json).await;
    }
    let data = s.config.data.clone();
    // Held until serve returns. With PostgreSQL, replicas may share a
    // directory's settings; with SQLite, `migrate` must not copy a drop
    // box that is changing.
    let _lock = if s.config.metadata.is_none() && data.exists() {
        Some(lock_data_dir(&data)?.with_context(|| {
            format!(
                "{} is in use by another dropbox-server (a `serve`, or a `migrate` moving it): stop it first",
                data.display()
            )
        })?)
    } else {
        None
    };
    let state = AppState::open(s.config, system_clock())
        .with_context(|| format!("cannot open the drop box in {}", data.display()))?;
    if state.ciphertexts.local().is_none() {
        // Reports stored by a run that crashed before their rows committed
        // were never acknowledged; an unreachable bucket is found now, not
        // by the first reporter.
        let known: std::collections::HashSet<String> = state
            .db(|s| s.submission_ids())
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .into_iter()
            .collect();
        let unknown = state
            .ciphertexts
            .remove_orphans(&known)
            .await
            .context("cannot list the --blobs bucket (check AWS_ENDPOINT_URL, AWS_REGION and the credentials)")?;
        if unknown > 0 {
            tracing::warn!(
                "{unknown} objects over an hour old in the --blobs location are named by no report of this drop box: left by an interrupted run, or another drop box uses the same location (docs/OPERATIONS.md, \"Ciphertext in an S3-compatible store\")"
            );
        }
    }
    if let Some(reason) = state.disk.degraded() {
        tracing::warn!(
            "{reason}: free space on {} or lower --reserve-mib",
            data.display()
        );
    }
    let shutdown = crate::serve::Shutdown::install().context("cannot catch SIGTERM")?;
    let public = TcpListener::bind(s.listen)
        .await
        .with_context(|| format!("cannot listen on {}", s.listen))?;
    let listening = format!("http://{}", public.local_addr()?);
    if !json {
        outln!("listening on {listening}");
    }
    let reviewer = match s.reviewer_listen {
        Some(a) => {
            let l = TcpListener::bind(a)
                .await
                .with_context(|| format!("cannot listen on {a}"))?;
            Some(l)
        }
        None => None,
    };
    let reviewer_listening = match &reviewer {
        Some(l) => Some(format!("http://{}", l.local_addr()?)),
        None => None,
    };
    if json {
        dropbox_term::print_json(&ServeView {
            listening,
            reviewer_listening,
        })?;
    } else if let Some(r) = &reviewer_listening {
        outln!("reviewer API listening on {r}");
    }
    crate::serve::spawn_maintenance(state.clone());
    let (tx, rx) = tokio::sync::watch::channel(false);
    let wait = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.changed().await;
    };
    let cfg = state.config_clone();
    let main = match reviewer {
        None => {
            let app = crate::routes::app(state.clone());
            let cfg = cfg.clone();
            let rx = rx.clone();
            tokio::spawn(async move { crate::serve::serve(public, app, &cfg, wait(rx)).await })
        }
        Some(rl) => {
            let app = crate::routes::public_app(state.clone());
            let rapp = crate::routes::reviewer_app(state.clone());
            let (cfg1, cfg2) = (cfg.clone(), cfg.clone());
            let (rx1, rx2) = (rx.clone(), rx.clone());
            tokio::spawn(async move { crate::serve::serve(rl, rapp, &cfg2, wait(rx2)).await });
            tokio::spawn(async move { crate::serve::serve(public, app, &cfg1, wait(rx1)).await })
        }
    };
    shutdown.wait().await;
    let _ = tx.send(true);
    main.await??;
    // The refusals since the last hourly line are not lost on a restart.
    crate::serve::log_refusals(state.disk.take_counts());
    Ok(())
}

/// `serve --hosting`: every team of the hosting directory on one address,
/// each request sent to the team its `Host` names.
async fn serve_hosting(s: ServeSettings, json: bool) -> anyhow::Result<()> {
    let dir = s.config.data.clone();
    // With --metadata and --blobs the teams come from the registry there
    // (replicas), each in its own database and place in the bucket.
    let mut base = s.config.clone();
    let registry = match (base.metadata.take(), base.blobs.take()) {
        (Some(url), Some(blobs)) => Some(crate::hosting::RegistrySource::open(&url, &blobs)?),
        _ => None,
    };
    let hosting = tokio::task::block_in_place(|| {
        crate::hosting::Hosting::open_with(&dir, registry, base, system_clock())
    })
    .with_context(|| format!("cannot open the hosting directory {}", dir.display()))?;
    if hosting.is_empty() {
        tracing::warn!(
            "{} hosts no team yet; add one with `dropbox-server team add --hosting {}`",
            dir.display(),
            dir.display()
        );
    }
    let shutdown = crate::serve::Shutdown::install().context("cannot catch SIGTERM")?;
    let public = TcpListener::bind(s.listen)
        .await
        .with_context(|| format!("cannot listen on {}", s.listen))?;
    let listening = format!("http://{}", public.local_addr()?);
    if json {
        dropbox_term::print_json(&ServeView {
            listening,
            reviewer_listening: None,
        })?;
    } else {
        outln!("listening on {listening}");
    }
    hosting.spawn_rescan();
    let (tx, rx) = tokio::sync::watch::channel(false);
    let app = hosting.router();
    let cfg = s.config.clone();
    let main = tokio::spawn(async move {
        let mut rx = rx;
        crate::serve::serve(public, app, &cfg, async move {
            let _ = rx.changed().await;
        })
        .await
    });
    shutdown.wait().await;
    let _ = tx.send(true);
    main.await??;
    for state in hosting.states() {
        crate::serve::log_refusals(state.disk.take_counts());
    }
    Ok(())
}

/// `check`: verifies the database (`PRAGMA integrity_check`) and every
/// report's ciphertext against its receipt (size and sha256): the files,
/// read without touching their access times, or with `blobs` the bucket's
/// objects, streamed. Safe while `serve` runs: a report deleted during the
/// check is skipped, not reported. An error means the check could not run
/// at all (no such drop box, or not the store `init` chose).
pub fn check(data: &Path) -> anyhow::Result<CheckReport> {
    check_with(data, None)
}

/// [`check`] with reports' ciphertexts in the bucket `blobs`.
pub fn check_with(data: &Path, blobs: Option<&S3Location>) -> anyhow::Result<CheckReport> {
    let db = data.join(DB_FILE);
    if !db.exists() {
        bail!(
            "{} holds no drop box (no {DB_FILE}); pass the data directory `serve` uses",
            data.display()
        );
    }
    let mut report = CheckReport {
        reports_checked: 0,
        damaged: Vec::new(),
    };
    let database = |problem: String| Damage {
        what: "database".into(),
        problem,
    };
    let store = match Store::open_existing(&db) {
        Ok(s) => s,
        Err(e) => {
            report.damaged.push(database(e.to_string()));
            return Ok(report);
        }
    };
    match store.integrity_problems() {
        Ok(problems) => report.damaged.extend(problems.into_iter().map(database)),
        Err(e) => report.damaged.push(database(e.to_string())),
    }
    let in_bucket = store
        .meta(crate::state::CIPHERTEXTS_META)
        .ok()
        .flatten()
        .is_some_and(|m| m == "s3");
    let ciphertexts: Box<dyn CiphertextStore> = match (blobs, in_bucket) {
        (Some(location), true) => {
            Box::new(S3::open(location).context("cannot use the --blobs object store")?)
        }
        (None, false) => Box::new(Blobs::at(data)),
        (Some(_), false) => bail!(
            "this drop box keeps its reports in the data directory (blobs/): check it without --blobs"
        ),
        (None, true) => bail!(
            "this drop box keeps its reports in an object store: pass the --blobs s3://… `serve` uses (or set DROPBOX_BLOBS)"
        ),
    };
    let thing = if in_bucket { "object" } else { "file" };
    let subs = match store.submissions() {
        Ok(s) => s,
        Err(e) => {
            report
                .damaged
                .push(database(format!("cannot list the reports: {e}")));
            return Ok(report);
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    for sub in subs {
        let problem = runtime.block_on(verify(ciphertexts.as_ref(), &sub, thing));
        // Deleted (by a member or retention) while we looked: not damage.
        if problem.is_some() && matches!(store.submission(&sub.id), Ok(None)) {
            continue;
        }
        report.reports_checked += 1;
        if let Some(problem) = problem {
            report.damaged.push(Damage {
                what: format!("report {}", sub.id),
                problem,
            });
        }
    }
    Ok(report)
}

/// What is wrong with one report's ciphertext, if anything.
pub(crate) async fn verify(
    ciphertexts: &dyn CiphertextStore,
    sub: &crate::store::Submission,
    thing: &str,
) -> Option<String> {
    use futures_util::StreamExt;
    use sha2::{Digest, Sha256};
    let mut stream = match ciphertexts.get(&sub.id).await {
        Err(crate::ciphertexts::CiphertextError::NotFound) => {
            return Some(format!("its {thing} is missing"));
        }
        Err(e) => return Some(format!("its {thing} cannot be read: {e}")),
        Ok(s) => s,
    };
    let mut h = Sha256::new();
    let mut size: u64 = 0;
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(b) => {
                h.update(&b);
                size += b.len() as u64;
            }
            Err(e) => return Some(format!("its {thing} cannot be read: {e}")),
        }
    }
    let digest = Sha256Digest(h.finalize().into()).to_string();
    if size != sub.size {
        Some(format!(
            "its {thing} holds {size} bytes, its receipt says {}",
            sub.size
        ))
    } else if digest != sub.receipt {
        Some(format!(
            "its contents do not match its receipt (sha256 {digest}, receipt {})",
            sub.receipt
        ))
    } else {
        None
    }
}

/// `page-hash`.
pub fn page_hash() -> Sha256Digest {
    crate::routes::public::page_hash()
}

/// The default demo directory, for help texts.
pub fn default_demo_dir() -> PathBuf {
    PathBuf::from("dropbox-demo")
}
