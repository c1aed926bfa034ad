//! Receiving submissions: one streamed body (`POST /v1/submissions`) or a
//! tus 1.0 resumable upload (`/v1/uploads`), both in constant memory.
//!
//! Before a byte is kept, the age header is checked (binary v1, X25519 and
//! grease only, 1 to members + 2 recipients); the size is held to the
//! roster's limit (413, partial data removed); the commit is durable (see
//! `blobs`) and the row is committed before 201 with the receipt.

use std::io::{Read, Seek, SeekFrom};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use dropbox_crypto::agehdr::{self, AgeHeaderError, HeaderRules};
use dropbox_crypto::time::Day;
use dropbox_crypto::wire::SubmissionReceipt;
use dropbox_crypto::{Sha256Digest, SubmissionId};

use crate::blobs::upload_file;
use crate::disk::{Disk, Reservation, STEP};
use crate::error::ApiError;
use crate::state::Shared;
use crate::store::Submission;
use crate::uploads::{PatchStart, UploadSlot};

pub use crate::upload_headers::DELETE_HASH_HEADER;
use crate::upload_headers::{TUS_VERSION, too_large, upload_id};

pub mod shared;

/// Removes a temp file when dropped, unless disarmed.
struct TempGuard(Option<PathBuf>);

impl TempGuard {
    fn disarm(&mut self) {
        self.0 = None;
    }
}

impl Drop for TempGuard {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

fn header_error(e: AgeHeaderError) -> ApiError {
    ApiError::Unprocessable("bad-age-header", format!("refused: {e}"))
}

/// Checks the age header at the start of `prefix`. `Ok(false)` means more
/// bytes are needed.
fn check_prefix(prefix: &[u8], rules: &HeaderRules, complete: bool) -> Result<bool, ApiError> {
    match agehdr::parse(prefix) {
        Ok(h) => rules.check(&h).map(|()| true).map_err(header_error),
        Err(AgeHeaderError::Truncated) if !complete => Ok(false),
        Err(e) => Err(header_error(e)),
    }
}

fn rules(state: &Shared) -> (HeaderRules, u64) {
    let r = state.roster();
    (
        HeaderRules::for_roster(r.head.members.len()),
        r.head.policy.max_submission_bytes,
    )
}

/// `POST /v1/submissions`: one streamed body.
pub async fn post_submission(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let (rules, max) = rules(&state);
    let crate::upload_headers::PostHeaders {
        declared,
        delete_hash,
        withdraw_hash,
    } = crate::upload_headers::post_headers(&headers, max)?;
    crate::pow::check_upload(&state, &headers).await?;
    // A declared length that cannot fit is refused at once, but nothing is
    // held for it: space is reserved a window at a time as bytes arrive.
    state.disk.has_room_for(declared.unwrap_or(0))?;
    let mut quota = crate::quota::admit(&state, declared.unwrap_or(0), 1, true).await?;
    let submission = SubmissionId::random();
    let id = submission.to_string();
    let tmp = state.blobs.tmp_path(&format!("post-{id}"));
    let mut guard = TempGuard(Some(tmp.clone()));
    let created = state.blobs.create_tmp(&format!("post-{id}"))?;
    let mut file = Spool::start(created, state.disk.clone(), declared);
    let mut size: u64 = 0;
    // Incremental: each byte of the header is parsed once, however small
    // the chunks it arrives in (re-parsing a growing buffer was quadratic).
    let mut head = agehdr::HeaderParser::new();
    let mut checked = false;
    let mut stream = body.into_data_stream();
    loop {
        let next = tokio::time::timeout(state.cfg.body_timeout, stream.next())
            .await
            .map_err(|_| ApiError::Timeout)?;
        let Some(chunk) = next else { break };
        let chunk = chunk
            .map_err(|e| ApiError::BadRequest("body", format!("reading the body failed: {e}")))?;
        size += chunk.len() as u64;
        if size > max {
            return Err(too_large(max));
        }
        if !checked && head.feed(&chunk).map_err(header_error)? {
            let h = head.header().expect("a complete header");
            rules.check(&h).map_err(header_error)?;
            checked = true;
            file.verified().await?;
        }
        file.write(chunk).await?;
    }
    if !checked {
        // The body ended inside the header.
        let h = head.finish().map_err(header_error)?;
        rules.check(&h).map_err(header_error)?;
    }
    let day = state.today();
    let receipt = file.finish(day).await?;
    if size > declared.unwrap_or(0) {
        // Sent without a length (or more than it said): the rest is
        // admitted now, before anything is committed.
        let more = crate::quota::admit(&state, size - declared.unwrap_or(0), 0, true).await?;
        quota = crate::quota::Ticket::join(quota, more);
    }
    let sub = Submission {
        id: id.clone(),
        size,
        receipt: receipt.to_string(),
        delete_hash,
        withdraw_hash,
        day,
    };
    commit(&state, tmp, sub, None).await?;
    drop(quota);
    guard.disarm();
    Ok((
        StatusCode::CREATED,
        Json(SubmissionReceipt {
            id: submission,
            receipt,
            size,
        }),
    )
        .into_response())
}

/// A body's bytes hashed and written off the request task, which meanwhile
/// receives the next chunks: receiving, hashing and writing overlap (issue
/// 17: a 1 GiB upload had them one after another on the request task).
///
/// The writer ([`write_body`], on a blocking thread) holds the transfer's
/// disk windows itself: it takes the next window only once the last one's
/// bytes are in the file, as before, but the request task no longer waits
/// for that at every window. It writes up to [`WRITE_BYTES`] at a time from
/// the chunks as they came (no copy), starts the disk's writeback of every
/// [`WRITEBACK_BYTES`] written, and makes a large body's data durable itself
/// before the group commit, so the group's sync of it (and of every
/// submission batched with it) is left only the metadata. A small declared
/// body skips the threads ([`SMALL_BODY`]).
enum Spool {
    /// A small declared body, gathered until its end.
    Small {
        file: std::fs::File,
        disk: Arc<Disk>,
        declared: Option<u64>,
        queued: Vec<Spooled>,
        hash: Sha256,
    },
    /// The writer and the hasher, each on a blocking thread.
    Threads {
        write: tokio::sync::mpsc::Sender<Spooled>,
        hash: tokio::sync::mpsc::Sender<Bytes>,
        writer: tokio::task::JoinHandle<Result<(), ApiError>>,
        hasher: tokio::task::JoinHandle<Sha256Digest>,
    },
}

enum Spooled {
    Data(Bytes),
    /// The age header checked out: the windows leave the unverified cap.
    Verified,
    /// The body is complete: write what is left and date the file so.
    /// Without it (the request failed) the writer drops what is queued and
    /// stops.
    End(Day),
}

/// Chunks queued for each thread, at most (hyper's reads are up to about
/// 400 KiB: a few MiB in memory per upload).
const SPOOLED: usize = 16;

/// Bytes gathered into one write.
const WRITE_BYTES: usize = 1 << 20;

/// Bytes written between two starts of the file's writeback: the disk
/// writes while the body still arrives, instead of all at the final fsync.
const WRITEBACK_BYTES: u64 = 16 << 20;

/// The file being written, with the chunks not yet in it.
struct Writer {
    file: std::fs::File,
    queued: std::collections::VecDeque<Bytes>,
    queued_bytes: usize,
    written: u64,
    /// Where the writeback not yet started begins.
    unsynced: u64,
}

impl Writer {
    /// Writes every queued chunk (vectored, so no chunk is copied into a
    /// buffer first) and starts the writeback of what is past
    /// [`WRITEBACK_BYTES`].
    fn drain(&mut self) -> std::io::Result<()> {
        use std::io::{IoSlice, Write};
        while !self.queued.is_empty() {
            let slices: Vec<IoSlice<'_>> = self.queued.iter().map(|b| IoSlice::new(b)).collect();
            let n = self.file.write_vectored(&slices)?;
            if n == 0 {
                return Err(std::io::ErrorKind::WriteZero.into());
            }
            self.written += n as u64;
            self.queued_bytes -= n;
            let mut left = n;
            while left > 0 {
                let front = self.queued.front_mut().expect("written bytes were queued");
                if front.len() <= left {
                    left -= front.len();
                    self.queued.pop_front();
                } else {
                    let _ = front.split_to(left);
                    left = 0;
                }
            }
        }
        if self.written - self.unsynced >= WRITEBACK_BYTES {
            // POSIX_FADV_DONTNEED starts the writeback of the range's dirty
            // pages without waiting for it (and drops those already clean):
            // the safe stand-in for sync_file_range(SYNC_FILE_RANGE_WRITE).
            // Only a head start: durability still comes from the fsyncs.
            let len = std::num::NonZeroU64::new(self.written - self.unsynced);
            let _ =
                rustix::fs::fadvise(&self.file, self.unsynced, len, rustix::fs::Advice::DontNeed);
            self.unsynced = self.written;
        }
        Ok(())
    }

    fn queue(&mut self, b: Bytes) -> std::io::Result<()> {
        self.queued_bytes += b.len();
        self.queued.push_back(b);
        if self.queued_bytes >= WRITE_BYTES {
            self.drain()?;
        }
        Ok(())
    }
}

/// Does a body's file work in order: windows taken before the bytes they
/// cover are written, writes gathered, a large body's writeback started and
/// its data synced at the end, the file's times set to `day`. `None` from
/// `next` before [`Spooled::End`]: the request failed, stop.
fn write_body(
    file: std::fs::File,
    disk: &Disk,
    declared: Option<u64>,
    mut next: impl FnMut() -> Option<Spooled>,
) -> Result<(), ApiError> {
    let mut reservation = Reservation::new(disk, false);
    let mut out = Writer {
        file,
        queued: Default::default(),
        queued_bytes: 0,
        written: 0,
        unsynced: 0,
    };
    let mut received: u64 = 0;
    let day = loop {
        match next() {
            Some(Spooled::Data(b)) => {
                let n = b.len() as u64;
                received += n;
                if !reservation.covers(n) {
                    // The last window's bytes go to the file first, so free
                    // space counts them when the next window is taken.
                    out.drain()?;
                    let expected = declared.map_or(STEP, |d| d.saturating_sub(received - n));
                    reservation.next_window(n, expected)?;
                }
                reservation.consume(n);
                out.queue(b)?;
            }
            Some(Spooled::Verified) => reservation.verified(),
            Some(Spooled::End(day)) => break day,
            None => return Ok(()),
        }
    };
    out.drain()?;
    if out.written >= WRITEBACK_BYTES {
        // Most of it is on its way to the disk already; waiting here keeps
        // the rest off the group commit's thread.
        out.file.sync_data()?;
    }
    // The mode was set at creation; the times are the day's (no sync here:
    // the group's covers them).
    crate::blobs::set_day_times(&out.file, day)?;
    Ok(())
}

/// Bodies declared this small are gathered in memory and written by one
/// blocking call at their end, hashed on the request task: two threads and
/// their wake-ups per chunk cost more than the work (issue 17's 4 KiB load).
/// A report's bundle is padded to at least 64 KiB, so its ciphertext is a
/// little more; at most 8 MiB in all for 64 requests at once.
const SMALL_BODY: u64 = 128 << 10;

impl Spool {
    fn start(file: std::fs::File, disk: Arc<Disk>, declared: Option<u64>) -> Self {
        if declared.is_some_and(|d| d <= SMALL_BODY) {
            return Spool::Small {
                file,
                disk,
                declared,
                queued: Vec::new(),
                hash: Sha256::new(),
            };
        }
        let (write, mut chunks) = tokio::sync::mpsc::channel::<Spooled>(SPOOLED);
        let writer = tokio::task::spawn_blocking(move || {
            write_body(file, &disk, declared, || chunks.blocking_recv())
        });
        let (hash, mut to_hash) = tokio::sync::mpsc::channel::<Bytes>(SPOOLED);
        let hasher = tokio::task::spawn_blocking(move || {
            let mut h = Sha256::new();
            while let Some(b) = to_hash.blocking_recv() {
                h.update(&b);
            }
            Sha256Digest(h.finalize().into())
        });
        Spool::Threads {
            write,
            hash,
            writer,
            hasher,
        }
    }

    /// The writer's error, once it has stopped on one (the spool is not
    /// used after).
    async fn failed(writer: &mut tokio::task::JoinHandle<Result<(), ApiError>>) -> ApiError {
        match writer.await {
            Ok(Err(e)) => e,
            Ok(Ok(())) => ApiError::internal("the file writer stopped early"),
            Err(e) => ApiError::internal(e),
        }
    }

    async fn send(&mut self, m: Spooled) -> Result<(), ApiError> {
        match self {
            Spool::Small { queued, .. } => queued.push(m),
            Spool::Threads { write, writer, .. } => {
                if write.send(m).await.is_err() {
                    return Err(Self::failed(writer).await);
                }
            }
        }
        Ok(())
    }

    async fn write(&mut self, b: Bytes) -> Result<(), ApiError> {
        match self {
            Spool::Small { hash, .. } => hash.update(&b),
            Spool::Threads { hash, .. } => {
                if hash.send(b.clone()).await.is_err() {
                    return Err(ApiError::internal("the hashing thread stopped"));
                }
            }
        }
        self.send(Spooled::Data(b)).await
    }

    /// The body's age header checked out.
    async fn verified(&mut self) -> Result<(), ApiError> {
        self.send(Spooled::Verified).await
    }

    /// Everything written (a large body's data synced), the file dated
    /// `day`: the bytes' sha256.
    async fn finish(mut self, day: Day) -> Result<Sha256Digest, ApiError> {
        self.send(Spooled::End(day)).await?;
        match self {
            Spool::Small {
                file,
                disk,
                declared,
                queued,
                hash,
            } => {
                let mut queued = queued.into_iter();
                tokio::task::spawn_blocking(move || {
                    write_body(file, &disk, declared, || queued.next())
                })
                .await
                .map_err(ApiError::internal)??;
                Ok(Sha256Digest(hash.finalize().into()))
            }
            Spool::Threads {
                write,
                hash,
                writer,
                hasher,
            } => {
                drop((write, hash));
                writer.await.map_err(ApiError::internal)??;
                hasher.await.map_err(ApiError::internal)
            }
        }
    }
}

/// Commits a written temp file as submission `sub` (completing `upload`):
/// a tus upload's file gets its mode and times here (a POST's writer set
/// them), then the file's fsync, the directory's and the database commit,
/// shared with the submissions committed at the same time (`group`).
/// Returns once all of them cover it, and not before: every 201 is durable.
///
/// With another ciphertext store (an S3 bucket) the file's bytes are sent
/// there first (its PUT or multipart completion is their commit), then the
/// group commits the row alone; if the row fails, the object is removed
/// (once the store's answer that no row holds it is final),
/// and the temp file (a tus upload's spool) is removed only once the row is
/// committed, so a failed completion can be retried.
async fn commit(
    state: &Shared,
    tmp: PathBuf,
    sub: Submission,
    upload: Option<String>,
) -> Result<(), ApiError> {
    if state.ciphertexts.local().is_none() {
        // Its own task: a client hanging up mid-PUT would otherwise drop a
        // multipart upload unfinished and unaborted (its parts kept by the
        // store, unseen), or an object between its PUT and its row.
        let state = state.clone();
        return tokio::spawn(async move { commit_to_bucket(&state, tmp, sub, upload).await })
            .await
            .map_err(ApiError::internal)?;
    }
    if upload.is_some() {
        let (blobs, tmp2, day) = (state.blobs.clone(), tmp.clone(), sub.day);
        tokio::task::spawn_blocking(move || blobs.prepare(&tmp2, day))
            .await
            .map_err(ApiError::internal)??;
    }
    state
        .submissions
        .commit(crate::group::NewSubmission {
            tmp,
            row: sub,
            upload,
        })
        .await
}

/// [`commit`] to a bucket: the object, then the row.
async fn commit_to_bucket(
    state: &Shared,
    tmp: PathBuf,
    sub: Submission,
    upload: Option<String>,
) -> Result<(), ApiError> {
    let id = sub.id.clone();
    state.ciphertexts.put(&tmp, &id, sub.day).await?;
    let committed = state
        .submissions
        .commit(crate::group::NewSubmission {
            tmp: tmp.clone(),
            row: sub,
            upload,
        })
        .await;
    if let Err(e) = committed {
        // Never acknowledged: no object should outlive the row it
        // lacks. But an error at COMMIT (a connection to PostgreSQL
        // lost) may come after the row was committed: when the row is
        // there the report was stored after all, and the object goes
        // only when the store's answer that it is not is final.
        let id2 = id.clone();
        match state.db(move |s| s.submission(&id2)).await {
            // SQLite's answer is final. PostgreSQL's, on a new
            // connection, may come before a lost one's COMMIT is
            // visible: asked again after a pause, and only then is the
            // object removed (a still-unsure answer keeps it, counted at
            // start as one no row names, rather than risk a committed
            // report without its ciphertext).
            Ok(None) if state.cfg.metadata.is_none() || absent_after_a_pause(state, &id).await => {
                if let Err(r) = state.ciphertexts.remove(&id).await {
                    tracing::error!("could not remove an uncommitted report's object: {r}");
                }
            }
            Ok(None) => {
                tracing::warn!("kept the object of a report whose commit is uncertain");
            }
            // The id is this request's own: the report is stored.
            Ok(Some(_)) => {
                let _ = tokio::fs::remove_file(&tmp).await;
                return Ok(());
            }
            Err(r) => {
                tracing::warn!("kept an object whose commit is uncertain: {r:?}");
            }
        }
        return Err(e);
    }
    let _ = tokio::fs::remove_file(&tmp).await;
    Ok(())
}

/// Whether report `id` still has no row a few seconds after its commit
/// failed: by then a COMMIT the lost connection had sent is done or gone.
async fn absent_after_a_pause(state: &Shared, id: &str) -> bool {
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let id = id.to_owned();
    matches!(state.db(move |s| s.submission(&id)).await, Ok(None))
}

/// The next chunk of a tus part's body (`None` at its end), within the
/// body timeout; one that would take the part past `limit` bytes, with
/// `written` so far, is refused.
async fn next_part_chunk(
    state: &Shared,
    stream: &mut axum::body::BodyDataStream,
    written: u64,
    limit: u64,
) -> Result<Option<axum::body::Bytes>, ApiError> {
    let next = tokio::time::timeout(state.cfg.body_timeout, stream.next())
        .await
        .map_err(|_| ApiError::Timeout)?;
    let Some(chunk) = next else { return Ok(None) };
    let chunk =
        chunk.map_err(|e| ApiError::BadRequest("body", format!("reading the body failed: {e}")))?;
    if written + chunk.len() as u64 > limit {
        return Err(ApiError::TooLarge(format!(
            "a part may carry at most {limit} bytes here"
        )));
    }
    Ok(Some(chunk))
}

fn tus_headers(resp: &mut Response) {
    resp.headers_mut()
        .insert("tus-resumable", HeaderValue::from_static(TUS_VERSION));
}

/// `OPTIONS /v1/uploads`: what this tus server supports.
pub async fn tus_options(State(state): State<Shared>) -> Response {
    let max = state.roster().head.policy.max_submission_bytes;
    let mut resp = StatusCode::NO_CONTENT.into_response();
    tus_headers(&mut resp);
    let h = resp.headers_mut();
    h.insert("tus-version", HeaderValue::from_static(TUS_VERSION));
    h.insert(
        "tus-extension",
        HeaderValue::from_static("creation,termination"),
    );
    h.insert("tus-max-size", HeaderValue::from(max));
    resp
}

/// `POST /v1/uploads`: creates an upload of `Upload-Length` bytes. Nothing
/// is reserved or written until its first part arrives: the declared length
/// holds no disk, and bodiless creations cost only a little memory, pushing
/// out the oldest such upload beyond [`crate::uploads::PENDING_UPLOADS`].
pub async fn tus_create(
    State(state): State<Shared>,
    mount: Option<axum::Extension<crate::hosting::Mount>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (_, max) = rules(&state);
    let crate::upload_headers::CreateHeaders {
        length,
        delete_hash,
        withdraw_hash,
    } = crate::upload_headers::create_headers(&headers, max)?;
    crate::pow::check_upload(&state, &headers).await?;
    state.disk.has_room_for(length)?;
    // The open upload's slot counts against the quotas from here on.
    crate::quota::admit(&state, length, 1, false).await?;
    let id = SubmissionId::random().to_string();
    if shared::enabled(&state) {
        shared::create(&state, &id, length, delete_hash, withdraw_hash).await?;
    } else {
        state.uploads.create(
            id.clone(),
            UploadSlot::new(length, delete_hash).with_withdraw_hash(withdraw_hash),
        );
    }
    let mut resp = StatusCode::CREATED.into_response();
    tus_headers(&mut resp);
    resp.headers_mut().insert(
        header::LOCATION,
        // Under a hosted team's path prefix when it has one: the client
        // resolves it against the server's origin.
        HeaderValue::from_str(&format!(
            "{}/v1/uploads/{id}",
            mount.as_ref().map_or("", |m| m.0.0.as_str())
        ))
        .map_err(ApiError::internal)?,
    );
    Ok(resp)
}

/// `HEAD /v1/uploads/{id}`: the current offset.
pub async fn tus_head(
    State(state): State<Shared>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = upload_id(&id)?;
    let (offset, length) = if shared::enabled(&state) {
        shared::position(&state, &id).await?
    } else {
        state.uploads.position(&id).ok_or(ApiError::NotFound)?
    };
    let mut resp = StatusCode::OK.into_response();
    tus_headers(&mut resp);
    let h = resp.headers_mut();
    h.insert("upload-offset", HeaderValue::from(offset));
    h.insert("upload-length", HeaderValue::from(length));
    Ok(resp)
}

/// `PATCH /v1/uploads/{id}`: appends one part (at most 8 MiB) at
/// `Upload-Offset`. The last part completes the submission.
pub async fn tus_patch(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    crate::upload_headers::require_tus(&headers)?;
    let id = upload_id(&id)?;
    let claimed = crate::upload_headers::patch_headers(&headers)?;
    if shared::enabled(&state) {
        return shared::patch(&state, &id, claimed, body).await;
    }
    // An upload takes its share of the quotas with its first bytes (a
    // creation alone holds none): admitted now, counting the others that
    // hold data. The admission holds its share until `begin_patch` has
    // marked the upload busy (from then on it counts as holding data):
    // concurrent first parts cannot each pass before the others count.
    let admitted = match state.uploads.position(&id) {
        Some((0, length)) if !state.uploads.holds_data(&id) => {
            Some(crate::quota::admit(&state, length, 1, true).await?)
        }
        _ => None,
    };
    let (
        PatchStart {
            offset,
            length,
            persisted,
            verified,
            delete_hash,
            withdraw_hash,
        },
        _busy,
    ) = state
        .uploads
        .begin_patch(&id, claimed, state.cfg.max_open_uploads, || {
            state.disk.too_many_uploads()
        })?;
    drop(admitted);
    state.disk.refuse_if_full()?;
    let limit = state.cfg.part_size.min(length - offset);
    let path = state.blobs.tmp_path(&upload_file(&id));
    if !persisted {
        // The first part: now the upload gets its file and row.
        state.blobs.create_tmp(&upload_file(&id))?;
        let (id2, day) = (id.clone(), state.today());
        if let Err(e) = state
            .db(move |s| {
                s.insert_upload(
                    &id2,
                    length,
                    delete_hash.as_deref(),
                    withdraw_hash.as_deref(),
                    day,
                )
            })
            .await
        {
            let _ = std::fs::remove_file(&path);
            return Err(e);
        }
        state.uploads.mark_persisted(&id);
    }
    let mut file = tokio::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .await?;
    let mut reservation = Reservation::new(&state.disk, verified);
    let mut written: u64 = 0;
    let mut stream = body.into_data_stream();
    let result: Result<(), ApiError> = async {
        while let Some(chunk) = next_part_chunk(&state, &mut stream, written, limit).await? {
            let n = chunk.len() as u64;
            if !reservation.covers(n) {
                file.flush().await?;
                reservation.next_window(n, limit - written)?;
            }
            reservation.consume(n);
            file.write_all(&chunk).await?;
            written += chunk.len() as u64;
        }
        Ok(())
    }
    .await;
    // Whatever arrived before a dropped connection is kept: the client
    // resumes from the offset HEAD reports.
    file.sync_data().await?;
    let new_offset = offset + written;
    state.uploads.set_offset(&id, new_offset);
    if let Err(e) = result {
        // Over-long part: drop the excess so the offset stays exact.
        let f = std::fs::OpenOptions::new().write(true).open(&path)?;
        f.set_len(new_offset)?;
        return Err(e);
    }
    let (rules, _) = rules(&state);
    // Check the header as soon as it has arrived, so a bad upload stops early.
    let check_len = new_offset.min(agehdr::MAX_HEADER_BYTES as u64 + 1) as usize;
    let complete = new_offset == length;
    let prefix_ok = {
        let mut f = std::fs::File::open(&path)?;
        let mut prefix = vec![0u8; check_len];
        f.read_exact(&mut prefix)?;
        check_prefix(&prefix, &rules, complete)
    };
    match prefix_ok {
        Err(e) => {
            terminate(&state, &id).await;
            return Err(e);
        }
        Ok(true) => {
            state.uploads.mark_verified(&id);
        }
        Ok(false) => {}
    }
    if !complete {
        let mut resp = StatusCode::NO_CONTENT.into_response();
        tus_headers(&mut resp);
        resp.headers_mut()
            .insert("upload-offset", HeaderValue::from(new_offset));
        return Ok(resp);
    }
    let (sub_id, receipt) = finish_upload(&state, &id, length).await?;
    finished(new_offset, &sub_id, &receipt)
}

/// The answer to the PATCH that completed an upload: its offset, the new
/// submission's id and its receipt.
fn finished(offset: u64, sub_id: &str, receipt: &str) -> Result<Response, ApiError> {
    let mut resp = StatusCode::NO_CONTENT.into_response();
    tus_headers(&mut resp);
    let h = resp.headers_mut();
    h.insert("upload-offset", HeaderValue::from(offset));
    h.insert(
        "dropbox-submission-id",
        HeaderValue::from_str(sub_id).map_err(ApiError::internal)?,
    );
    h.insert(
        "dropbox-receipt",
        HeaderValue::from_str(receipt).map_err(ApiError::internal)?,
    );
    Ok(resp)
}

async fn finish_upload(
    state: &Shared,
    id: &str,
    length: u64,
) -> Result<(String, String), ApiError> {
    let path = state.blobs.tmp_path(&upload_file(id));
    let (id2, path2) = (id.to_owned(), path.clone());
    let (delete_hash, withdraw_hash) = state
        .db(move |s| Ok(s.upload(&id2)?.map(|u| (u.1, u.2)).unwrap_or_default()))
        .await?;
    let receipt = tokio::task::spawn_blocking(move || -> std::io::Result<String> {
        let mut f = std::fs::File::open(&path2)?;
        f.seek(SeekFrom::Start(0))?;
        let mut h = Sha256::new();
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
        }
        Ok(Sha256Digest(h.finalize().into()).to_string())
    })
    .await
    .map_err(ApiError::internal)??;
    let sub_id = SubmissionId::random().to_string();
    let day = state.today();
    let sub = Submission {
        id: sub_id.clone(),
        size: length,
        receipt: receipt.clone(),
        delete_hash,
        withdraw_hash,
        day,
    };
    commit(state, path, sub, Some(id.to_owned())).await?;
    state.uploads.remove(id);
    Ok((sub_id, receipt))
}

/// Drops an upload and its data.
async fn terminate(state: &Shared, id: &str) {
    let slot = state.uploads.remove(id);
    // One that never received a part has no file and no row.
    if slot.is_some_and(|s| !s.persisted) {
        return;
    }
    let _ = std::fs::remove_file(state.blobs.tmp_path(&upload_file(id)));
    let id2 = id.to_owned();
    let _ = state.db(move |s| s.delete_upload(&id2)).await;
}

/// `DELETE /v1/uploads/{id}` (tus termination).
pub async fn tus_delete(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    crate::upload_headers::require_tus(&headers)?;
    let id = upload_id(&id)?;
    if shared::enabled(&state) {
        shared::delete(&state, &id).await?;
    } else if !state.uploads.contains(&id) {
        return Err(ApiError::NotFound);
    } else {
        terminate(&state, &id).await;
    }
    let mut resp = StatusCode::NO_CONTENT.into_response();
    tus_headers(&mut resp);
    Ok(resp)
}

/// Drops uploads idle longer than the configured time, and sooner those
/// that received nothing (`upload_start`).
pub async fn expire_idle_uploads(state: &Shared) {
    if shared::enabled(state) {
        shared::expire_idle(state).await;
    }
    let idle = state.uploads.idle(
        Instant::now(),
        state.cfg.upload_start,
        state.cfg.upload_idle,
    );
    for id in idle {
        terminate(state, &id).await;
    }
}
