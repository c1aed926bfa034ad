//! Shared server state: configuration, the store, the files, the current
//! roster and the clock.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use dropbox_crypto::TeamFingerprint;
use dropbox_crypto::dsse::Envelope;
use dropbox_crypto::roster::{self, Roster};
use dropbox_crypto::time::{Day, UnixTime};

use crate::blobs::Blobs;
use crate::error::ApiError;
use crate::store::{Store, StoreError};
use crate::uploads::{UploadSlot, Uploads};

/// Tunables, from flags, then environment, then DATA/config.json.
#[derive(Debug, Clone)]
pub struct Config {
    /// The data directory.
    pub data: PathBuf,
    /// Requests served at once; more wait for a slot (taken once a
    /// request's headers have arrived).
    pub max_concurrency: usize,
    /// Connections open at once, reading headers included.
    pub max_connections: usize,
    /// Time allowed to send the request headers.
    pub header_timeout: Duration,
    /// Time allowed between two chunks of a request body.
    pub body_timeout: Duration,
    /// Resumable uploads open at once.
    pub max_open_uploads: usize,
    /// An upload idle this long is dropped.
    pub upload_idle: Duration,
    /// An upload that received nothing for this long is dropped.
    pub upload_start: Duration,
    /// Free disk space always kept in reserve.
    pub reserve_bytes: u64,
    /// What transfers whose age header is not checked yet may reserve in
    /// all.
    pub unverified_reserve_bytes: u64,
    /// Largest tus part.
    pub part_size: u64,
    /// The daily digest, if configured.
    pub notify: Option<crate::notify::Notify>,
    /// Serve the no-JavaScript form (off by default: the server would see
    /// the report before encrypting it).
    pub nojs_form: bool,
    /// Proof-of-work bits for upload tokens (0: off).
    pub pow_bits: u8,
    /// Uploads one proof-of-work token allows.
    pub pow_uploads: u32,
    /// Where the metadata lives when not in the data directory's SQLite
    /// file: a PostgreSQL database.
    pub metadata: Option<crate::store::PgUrl>,
    /// Where reports' ciphertexts live when not in the data directory's
    /// `blobs/`: an S3-compatible bucket (`--blobs`).
    pub blobs: Option<crate::ciphertexts::s3::S3Location>,
    /// The team's storage quota in bytes: reports held and uploads in
    /// progress together (None: only the disk's reserve limits it).
    pub storage_quota: Option<u64>,
    /// Reports accepted per day, by the server's day (None: no limit).
    pub submissions_per_day: Option<u32>,
    /// A member's signature must cover `@authority`: set for every team of
    /// a drop box hosting many (`hosting`), where one member key may be in
    /// several rosters.
    pub require_authority: bool,
}

impl Config {
    /// Defaults for a data directory.
    pub fn new(data: PathBuf) -> Self {
        Config {
            data,
            max_concurrency: 64,
            max_connections: 512,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            max_open_uploads: 64,
            upload_idle: Duration::from_secs(30 * 60),
            upload_start: Duration::from_secs(120),
            reserve_bytes: 64 << 20,
            unverified_reserve_bytes: 16 << 20,
            part_size: 8 << 20,
            notify: None,
            nojs_form: false,
            pow_bits: 0,
            pow_uploads: 3,
            metadata: None,
            blobs: None,
            storage_quota: None,
            submissions_per_day: None,
            require_authority: false,
        }
    }
}

/// A source of the current time (tests inject a fixed one).
pub type Clock = Arc<dyn Fn() -> UnixTime + Send + Sync>;

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(UnixTime::now)
}

/// The verified roster chain the server serves and authenticates against.
#[derive(Debug, Clone)]
pub struct RosterState {
    /// The team fingerprint.
    pub fingerprint: TeamFingerprint,
    /// The chain, seq 1 first.
    pub chain: Vec<Envelope>,
    /// The head.
    pub head: Roster,
}

impl RosterState {
    /// Member ids of the head.
    pub fn member_ids(&self) -> Vec<String> {
        self.head.members.iter().map(|m| m.id.to_string()).collect()
    }
}

/// Everything a handler needs.
pub struct AppState {
    /// Tunables.
    pub cfg: Config,
    /// Metadata.
    pub store: Arc<Mutex<Store>>,
    /// The data directory's files: temp files and upload spools always,
    /// reports' ciphertexts when they are kept there.
    pub blobs: Blobs,
    /// Where reports' ciphertexts live (`blobs` itself, or a bucket).
    pub ciphertexts: Arc<dyn crate::ciphertexts::CiphertextStore>,
    /// The roster.
    pub roster: RwLock<RosterState>,
    /// The clock.
    pub clock: Clock,
    /// Open uploads.
    pub uploads: Uploads,
    /// Disk space: reserve, windows in flight, ballast, refusal counts.
    pub disk: Arc<crate::disk::Disk>,
    /// Proof-of-work upload tokens, when required.
    pub pow: Option<crate::pow::Pow>,
    /// Where new submissions are committed, sharing syncs (`group`).
    pub submissions: crate::group::Group<crate::group::Submissions>,
    /// Where request nonces are remembered, sharing syncs (`group`).
    pub nonces: crate::group::Group<crate::group::Nonces>,
    /// What the quotas hold for requests in flight (`quota`).
    pub quota: crate::quota::InFlight,
    /// Set when a hosted team is removed: its background loops end, so
    /// nothing keeps its files open.
    pub retired: std::sync::atomic::AtomicBool,
}

/// The state as handlers receive it.
pub type Shared = Arc<AppState>;

/// Opening a data directory failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    /// The directory or its files cannot be used.
    #[error("data directory {0}: {1}")]
    Io(PathBuf, std::io::Error),
    /// The database cannot be used.
    #[error("database: {0}")]
    Store(#[from] StoreError),
    /// No roster: the directory was not initialised.
    #[error(
        "no roster in {0}: run `dropbox-server init --data DIR --roster FILE` (with the same --metadata, if any) first"
    )]
    NotInitialised(PathBuf),
    /// The ciphertext store cannot be used, or is not the one `init` chose.
    #[error("ciphertext store: {0}")]
    Ciphertexts(String),
    /// The stored chain no longer verifies (expired, or tampered with).
    #[error("the stored roster chain does not verify: {0}")]
    Roster(#[from] roster::RosterError),
}

impl AppState {
    /// Opens an initialised data directory.
    pub fn open(cfg: Config, clock: Clock) -> Result<Shared, OpenError> {
        let io = |e| OpenError::Io(cfg.data.clone(), e);
        let (cfg_pow_bits, cfg_pow_uploads) = (cfg.pow_bits, cfg.pow_uploads);
        let db = cfg.data.join("dropbox.sqlite3");
        // Never create a database here: only `init` makes a drop box.
        if cfg.metadata.is_none() && !db.exists() {
            return Err(OpenError::NotInitialised(cfg.data.clone()));
        }
        let blobs = Blobs::open(&cfg.data).map_err(io)?;
        // Refuse to start on a data directory that cannot be written, rather
        // than accept uploads it would then fail to store.
        let probe = blobs.tmp_path("write-probe");
        std::fs::write(&probe, b"")
            .and_then(|()| std::fs::remove_file(&probe))
            .map_err(io)?;
        let store = match &cfg.metadata {
            Some(url) => match Store::open_postgres(url) {
                Err(StoreError::NotInitialised) => {
                    return Err(OpenError::NotInitialised(cfg.data.clone()));
                }
                other => other?,
            },
            None => Store::open(&db)?,
        };
        store.check_integrity()?;
        let ciphertexts = open_ciphertexts(&cfg, &store, &blobs)?;
        let fp: TeamFingerprint = store
            .meta("fingerprint")?
            .and_then(|f| f.parse().ok())
            .ok_or_else(|| OpenError::NotInitialised(cfg.data.clone()))?;
        let chain: Vec<Envelope> = store
            .rosters()?
            .iter()
            .map(|j| Envelope::from_json(j.as_bytes()))
            .collect::<Result<_, _>>()
            .map_err(roster::RosterError::from)?;
        // The served chain must verify, but an expired head must not stop
        // the server from keeping what it holds: reporters' clients refuse
        // it, and admins can publish a new roster through PUT /v1/roster.
        let verified = match roster::verify_chain(&fp, &chain, clock()) {
            Ok(c) => c,
            Err(roster::RosterError::Expired(day)) => {
                tracing::warn!(
                    "the roster expired on {day}; reporters will refuse it until a new one is published"
                );
                let head_day = UnixTime(day.start().0 - 1);
                roster::verify_chain(&fp, &chain, head_day)?
            }
            Err(e) => return Err(e.into()),
        };
        let head = verified.head().roster.clone();
        // Partial files from before a crash were never acknowledged.
        let open_uploads: Vec<String> = store.uploads()?.into_iter().map(|(id, _)| id).collect();
        let removed = blobs.clean_tmp(&open_uploads).map_err(io)?;
        let orphans = blobs.remove_orphans(&store.submission_ids()?).map_err(io)?;
        if removed + orphans > 0 {
            tracing::info!(
                "removed {removed} partial and {orphans} uncommitted files left by an interrupted run"
            );
        }
        let mut uploads = HashMap::new();
        let rules = dropbox_crypto::agehdr::HeaderRules::for_roster(head.members.len());
        // Uploads shared by replicas live in the store and the bucket
        // (`routes::submit::shared`), not in this process's table.
        let shared_uploads = ciphertexts.parts().is_some();
        for (id, length) in store.uploads()?.into_iter().filter(|_| !shared_uploads) {
            let path = blobs.tmp_path(&crate::blobs::upload_file(&id));
            let offset = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            let verified = header_checks_out(&path, &rules);
            uploads.insert(id, UploadSlot::restored(offset, length, verified));
        }
        let disk = Arc::new(crate::disk::Disk::open(
            &cfg.data,
            cfg.reserve_bytes,
            cfg.unverified_reserve_bytes,
        ));
        // Replicas share the proof-of-work key, so a challenge one made is
        // redeemed on any.
        let pow = match (cfg_pow_bits > 0, shared_uploads) {
            (false, _) => None,
            (true, false) => Some(crate::pow::Pow::new(cfg_pow_bits, cfg_pow_uploads)),
            (true, true) => Some(crate::pow::Pow::with_key(
                cfg_pow_bits,
                cfg_pow_uploads,
                crate::pow::shared_key(&store)?,
            )),
        };
        let store = Arc::new(Mutex::new(store));
        let submissions = crate::group::Group::spawn(crate::group::Submissions {
            store: store.clone(),
            blobs: ciphertexts.local().cloned(),
        });
        let nonces = crate::group::Group::spawn(crate::group::Nonces {
            store: store.clone(),
            disk: disk.clone(),
        });
        Ok(Arc::new(AppState {
            cfg,
            store,
            submissions,
            nonces,
            blobs,
            ciphertexts,
            roster: RwLock::new(RosterState {
                fingerprint: fp,
                chain,
                head,
            }),
            clock,
            uploads: Uploads::new(uploads),
            disk,
            pow,
            quota: crate::quota::InFlight::default(),
            retired: std::sync::atomic::AtomicBool::new(false),
        }))
    }

    /// A copy of the configuration.
    pub fn config_clone(&self) -> Config {
        self.cfg.clone()
    }

    /// Today, by the server's clock.
    pub fn today(&self) -> Day {
        (self.clock)().day()
    }

    /// Runs `f` on the store off the async threads.
    pub async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = store
                .lock()
                .map_err(|_| ApiError::internal("store lock poisoned"))?;
            f(&mut guard).map_err(ApiError::from)
        })
        .await
        .map_err(ApiError::internal)?
    }

    /// [`AppState::db`] for a member's read, ack or delete: if the disk is
    /// full, the ballast is released and `f` runs once more, so the team can
    /// still fetch and remove what fills it.
    pub async fn db_member<T: Send + 'static>(
        &self,
        f: impl Fn(&mut Store) -> Result<T, StoreError> + Send + Sync + 'static,
    ) -> Result<T, ApiError> {
        let f = Arc::new(f);
        let again = f.clone();
        match self.db(move |s| f(s)).await {
            Err(ApiError::DiskFull) if self.disk.release_ballast() => {
                self.db(move |s| again(s)).await
            }
            other => other,
        }
    }

    /// A snapshot of the roster.
    pub fn roster(&self) -> RosterState {
        crate::locks::read(&self.roster, "roster").clone()
    }

    /// Takes up the rosters another replica published since this one read
    /// its chain (only when replicas share the store: a lone server holds
    /// every roster it was given). Each must extend the chain as a
    /// `PUT /v1/roster` would: the database is not trusted to forge one.
    pub async fn catch_up_roster(&self) -> Result<(), ApiError> {
        if self.ciphertexts.parts().is_none() {
            return Ok(());
        }
        let head = self.roster().head.seq;
        let newer = self.db(move |s| s.rosters_after(head)).await?;
        if newer.is_empty() {
            return Ok(());
        }
        let mut r = crate::locks::write(&self.roster, "roster");
        if r.head.seq != head {
            // Another request caught up meanwhile.
            return Ok(());
        }
        let mut chain = r.chain.clone();
        for json in &newer {
            chain.push(Envelope::from_json(json.as_bytes()).map_err(ApiError::internal)?);
        }
        // As at start-up: an expired head still verifies up to its last day.
        let verified = match roster::verify_chain(&r.fingerprint, &chain, (self.clock)()) {
            Err(roster::RosterError::Expired(day)) => {
                roster::verify_chain(&r.fingerprint, &chain, UnixTime(day.start().0 - 1))
            }
            other => other,
        }
        .map_err(|e| {
            tracing::error!("a roster in the shared store does not extend the chain: {e}");
            ApiError::internal(e)
        })?;
        r.head = verified.head().roster.clone();
        r.chain = chain;
        Ok(())
    }
}

/// The meta key recording where `init` put the ciphertexts.
pub const CIPHERTEXTS_META: &str = "ciphertexts";

/// The ciphertext store `cfg` names, refusing one other than `init`
/// recorded: a drop box started on the wrong one would list reports it
/// cannot serve, or sweep away as orphans files it should keep.
fn open_ciphertexts(
    cfg: &Config,
    store: &Store,
    blobs: &Blobs,
) -> Result<Arc<dyn crate::ciphertexts::CiphertextStore>, OpenError> {
    let recorded = store.meta(CIPHERTEXTS_META)?;
    match (&cfg.blobs, recorded.as_deref()) {
        (Some(location), Some("s3")) => crate::ciphertexts::s3::S3::open(location)
            .map(|s| Arc::new(s) as Arc<dyn crate::ciphertexts::CiphertextStore>)
            .map_err(|e| OpenError::Ciphertexts(e.to_string())),
        (None, None | Some("local")) => Ok(Arc::new(blobs.clone())),
        (Some(_), _) => Err(OpenError::Ciphertexts(
            "this drop box keeps its reports' ciphertexts in the data directory (blobs/): serve it without --blobs".into(),
        )),
        (None, Some(_)) => Err(OpenError::Ciphertexts(
            "this drop box keeps its reports' ciphertexts in an object store: pass the --blobs s3://… that `init` was given (or set DROPBOX_BLOBS)".into(),
        )),
    }
}

/// Whether an upload's file starts with a complete age header the rules
/// accept (an upload found at start-up).
fn header_checks_out(path: &std::path::Path, rules: &dropbox_crypto::agehdr::HeaderRules) -> bool {
    use std::io::Read;
    let mut prefix = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        f.take(dropbox_crypto::agehdr::MAX_HEADER_BYTES as u64 + 1)
            .read_to_end(&mut prefix)
    });
    read.is_ok() && dropbox_crypto::agehdr::parse(&prefix).is_ok_and(|h| rules.check(&h).is_ok())
}
