//! `migrate`: moves a single-machine drop box (SQLite and `blobs/` in its
//! data directory) to the scaled setup: its metadata into a PostgreSQL
//! database and, when given, its reports' ciphertexts into an
//! S3-compatible bucket (issue 21 item 4; docs/OPERATIONS.md, "Moving to
//! PostgreSQL and a bucket"), and a hosted team into a registry of teams
//! on replicas (`team add --from`, [`crate::hosting::add_registered_from`]).
//!
//! Invariants:
//! - The source is only read. Its data directory is locked as `serve`
//!   locks it ([`crate::commands::lock_data_dir`]), so no server changes it
//!   meanwhile and none starts on it until the copy is done.
//! - Every ciphertext is checked against its submission's receipt (size
//!   and sha256) in the source, and again read back from the bucket after
//!   its PUT; a mismatch or a missing file stops everything, naming the
//!   report.
//! - Rows reach the target in one transaction, after every ciphertext was
//!   copied and checked: a run killed or failed before holds no row there
//!   and may simply run again (objects it left in the bucket are named by
//!   the source's reports and written again; a failed run removes those it
//!   wrote).
//! - Positions and sequence numbers are kept, and the nonce-hashing key
//!   goes with the nonce hashes ([`crate::store::Dump`]): reviewers' cursors
//!   continue and a request used before the move stays refused after it.
//! - Open tus uploads are not moved: their reporters' clients start them
//!   again (the summary counts them).

use std::path::Path;

use anyhow::{Context, bail};

use crate::blobs::Blobs;
use crate::ciphertexts::CiphertextStore;
use crate::ciphertexts::s3::{S3, S3Location};
use crate::commands::{DB_FILE, lock_data_dir, verify};
use crate::output::MigrateView;
use crate::state::CIPHERTEXTS_META;
use crate::store::{PgUrl, Store};

/// Where a drop box moves to.
#[derive(Debug)]
pub struct Targets {
    /// The PostgreSQL database for the metadata (new, or empty).
    pub metadata: PgUrl,
    /// The bucket for reports' ciphertexts; `None` keeps them in the data
    /// directory's `blobs/`.
    pub blobs: Option<S3Location>,
}

impl Targets {
    /// Sorts `--to` values by their scheme: one `postgres://…` (required)
    /// and at most one `s3://…`. Errors never repeat a value (a URL may
    /// carry a password).
    pub fn parse<S: AsRef<str>>(values: &[S]) -> anyhow::Result<Self> {
        let mut metadata = None;
        let mut blobs = None;
        for v in values {
            let v = v.as_ref();
            if v.starts_with("postgres://") || v.starts_with("postgresql://") {
                if metadata.is_some() {
                    bail!("--to names two PostgreSQL databases; give one");
                }
                metadata = Some(crate::commands::metadata_url(v, "--to")?);
            } else if v.starts_with("s3://") {
                if blobs.is_some() {
                    bail!("--to names two buckets; give one");
                }
                blobs = Some(crate::commands::blobs_location(v, "--to")?);
            } else {
                bail!("--to takes a postgres://… database and an s3://BUCKET[/PREFIX] location");
            }
        }
        let Some(metadata) = metadata else {
            bail!(
                "--to needs a postgres://… database: migrate moves the metadata to PostgreSQL (a drop box keeping SQLite keeps its reports in its data directory; docs/OPERATIONS.md, \"Moving to PostgreSQL and a bucket\")"
            );
        };
        Ok(Targets { metadata, blobs })
    }
}

/// One step done, for the progress lines on standard error.
#[derive(Debug)]
pub enum Progress<'a> {
    /// A report's ciphertext was checked (and copied, with a bucket):
    /// (how many so far, of how many, its id).
    Report(usize, usize, &'a str),
    /// The rows were committed to the target.
    Committed,
}

/// Moves the drop box in `data` to `to`; see the module doc. `progress`
/// hears of each report as it is done.
pub fn migrate(
    data: &Path,
    to: &Targets,
    progress: &mut dyn FnMut(Progress<'_>),
) -> anyhow::Result<MigrateView> {
    if data.join(crate::hosting::TEAM_FILE).exists() {
        bail!(
            "{} is a hosted team's directory: move it to a registry of teams on replicas with `dropbox-server team add NAME --from {} --metadata … --blobs …` (docs/OPERATIONS.md, \"Many teams on replicas\")",
            data.display(),
            data.display()
        );
    }
    migrate_team(data, to, progress).map(|(_, view)| view)
}

/// [`migrate`] for a single drop box or a hosted team's directory (`team
/// add --from`), which is locked against its `serve --hosting` as a data
/// directory is against `serve`. Also returns the team's fingerprint.
pub fn migrate_team(
    data: &Path,
    to: &Targets,
    progress: &mut dyn FnMut(Progress<'_>),
) -> anyhow::Result<(dropbox_crypto::TeamFingerprint, MigrateView)> {
    let db = data.join(DB_FILE);
    if !db.exists() {
        bail!(
            "{} holds no drop box in SQLite (no {DB_FILE}): pass the data directory of a drop box made by `init` without --metadata",
            data.display()
        );
    }
    let _lock = lock_data_dir(data)?.with_context(|| {
        format!(
            "{} is in use by a running `dropbox-server serve` (or another migrate): stop it, then run migrate again",
            data.display()
        )
    })?;
    let mut source = Store::open_read_only(&db)
        .with_context(|| format!("cannot open the database in {}", data.display()))?;
    source.check_integrity().context(
        "the source database is damaged: run `dropbox-server check` and restore it from a backup",
    )?;
    let mut dump = source.export().context("cannot read the source database")?;
    drop(source);
    let Some(fingerprint) = dump.meta("fingerprint").and_then(|f| f.parse().ok()) else {
        bail!(
            "{} holds no initialised drop box (no team fingerprint)",
            data.display()
        );
    };
    let in_bucket = dump.meta(CIPHERTEXTS_META) == Some("s3");
    if in_bucket {
        // Every report is checked against its receipt where it is read
        // from, and this command reads only `DATA/blobs/`.
        bail!(
            "this drop box keeps its reports in a bucket: migrate moves a drop box whose reports are in its data directory (moving only the metadata of a drop box on a bucket is not built yet)"
        );
    }

    // Both targets are checked before a byte is copied.
    let mut target = Store::create_postgres(&to.metadata)
        .context("cannot create the drop box's tables in the --to PostgreSQL database")?;
    if let Some(table) = target.first_table_in_use()? {
        bail!(
            "the --to PostgreSQL database already holds a drop box's rows (table {table}): give migrate a new, empty database"
        );
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let bucket = match &to.blobs {
        None => None,
        Some(location) => {
            let s3 = S3::open(location).context("cannot use the --to object store")?;
            let ours: std::collections::HashSet<&str> =
                dump.submissions.iter().map(|s| s.row.id.as_str()).collect();
            let held = rt.block_on(s3.list()).context(
                "cannot list the --to bucket (check AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)",
            )?;
            // An interrupted run of this migration leaves objects named by
            // this drop box's reports: they are written again. Anything
            // else is another drop box's.
            let foreign = held
                .iter()
                .filter(|o| !s3.report_id(o).is_some_and(|n| ours.contains(n)))
                .count();
            if foreign > 0 {
                bail!(
                    "the --to bucket location already holds {foreign} objects that are not this drop box's reports (another drop box's?): give it its own bucket or prefix"
                );
            }
            Some(s3)
        }
    };

    let local = Blobs::at(data);
    let total = dump.submissions.len();
    let mut written: Vec<&str> = Vec::new();
    let mut bytes: u64 = 0;
    let copied: anyhow::Result<()> = (|| {
        for (i, s) in dump.submissions.iter().enumerate() {
            let id = s.row.id.as_str();
            // The source first: a damaged file is never copied as if whole.
            if let Some(problem) = rt.block_on(verify(&local, &s.row, "file")) {
                bail!(
                    "report {id}: {problem} in {}; nothing was committed to the target (run `dropbox-server check --data {}`, restore the file from a backup, and run migrate again)",
                    data.display(),
                    data.display()
                );
            }
            if let Some(s3) = &bucket {
                // `S3::put` reads the file and never moves it (only the
                // local store moves a file it takes), so the source stays.
                rt.block_on(s3.put(&local.path(id), id, s.row.day))
                    .with_context(|| format!("report {id}: cannot store it in the bucket"))?;
                written.push(id);
                if let Some(problem) = rt.block_on(verify(s3, &s.row, "object")) {
                    bail!(
                        "report {id}: read back from the bucket, {problem}; nothing was committed to the target"
                    );
                }
            }
            bytes += s.row.size;
            progress(Progress::Report(i + 1, total, id));
        }
        Ok(())
    })();
    if let Err(e) = copied {
        if let Some(s3) = &bucket {
            // The target is left as it was found: no row, and none of the
            // objects this run wrote.
            for id in &written {
                let _ = rt.block_on(s3.remove(id));
            }
        }
        return Err(e);
    }

    let ciphertexts = if bucket.is_some() { "s3" } else { "local" };
    dump.set_meta(CIPHERTEXTS_META, ciphertexts);
    target
        .import(&dump)
        .context("cannot write the rows to the --to PostgreSQL database (nothing was committed; run migrate again)")?;
    progress(Progress::Committed);
    // Read back: the target holds what was read from the source.
    let mut back = target
        .export()
        .context("cannot read the rows back from PostgreSQL")?;
    back.open_uploads = dump.open_uploads;
    if back != dump {
        bail!(
            "the rows read back from PostgreSQL differ from the source's ({back:?} against {dump:?}): do not serve the target; report this as a bug"
        );
    }
    let view = MigrateView {
        reports: total as u64,
        bytes,
        events: dump.events.len() as u64,
        replies: dump.replies.len() as u64,
        open_uploads_not_migrated: dump.open_uploads,
        metadata: "postgres".into(),
        ciphertexts: ciphertexts.into(),
    };
    Ok((fingerprint, view))
}
