//! Sync with the drop box: the roster first, then this member's queued
//! events and replies, the team's event log, new items filed or
//! quarantined and acked, parked events, snapshots.
//!
//! Sync is restartable: an item is filed and committed before it is acked,
//! and an item already filed is not filed twice, so a sync killed at any
//! point and run again neither loses nor duplicates a case.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, mpsc};

use anyhow::Context;
use serde::Serialize;
use sha2::{Digest, Sha256};

use dropbox_crypto::bundle::Kind;
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_crypto::wire::{ACK_BATCH_MAX, AckBatch, AckOutcome, FetchedItems};
use dropbox_crypto::{Sha256Digest, SubmissionId};

use crate::domain::ingest::{Filed, Refusal};
use crate::remote::Api;
use crate::services::dropkeys;
use crate::services::ingest::{FACTS_HEAD, file_ciphertext_with, quarantine_facts_of};
use crate::services::roster::check_pages;
use crate::services::session::Session;
use crate::services::teamlog::{self, Ctx};

/// An item set aside instead of filed.
#[derive(Debug, Clone, Serialize)]
pub struct Quarantined {
    /// The drop box's id of the item.
    pub id: String,
    /// Why, for a person.
    pub reason: String,
    /// Forged or tampered with, not merely unreadable.
    pub alert: bool,
}

/// What one sync did (`reviewer sync --json` prints it as it is).
#[derive(Debug, Default, Clone, Serialize)]
pub struct Outcome {
    /// Reports filed as new cases.
    pub new_cases: usize,
    /// Follow-ups filed (and reports this store already had).
    pub followups: usize,
    /// Items not encrypted to this member.
    pub unreadable: usize,
    /// Follow-ups left on the drop box for their report.
    pub followups_waiting: usize,
    /// Withdrawals left on the drop box because their report is not in
    /// this store (yet).
    pub withdrawals_waiting: usize,
    /// Items set aside.
    pub quarantined: Vec<Quarantined>,
    /// Conflicts and corrected grants, for a person to look at.
    pub alerts: Vec<String>,
    /// Own events and replies posted.
    pub events_posted: usize,
    /// Colleagues' events applied.
    pub events_applied: usize,
    /// Events waiting for their case to reach this store.
    pub events_waiting: u64,
    /// Events encrypted to others only.
    pub events_not_for_me: usize,
    /// Events refused (forged, foreign, out of place).
    pub events_rejected: Vec<String>,
    /// Cases granted to this member.
    pub granted: usize,
    /// Cases the team purged.
    pub purged: Vec<String>,
    /// Snapshots queued for colleagues.
    pub snapshots: usize,
    /// Pages that do not match the roster's hash, or could not be checked.
    pub page_alerts: Vec<String>,
    /// Items that could not be handled; they stay for the next sync.
    pub errors: Vec<String>,
    /// Drop keys made, destroyed and published (protocol 1.4).
    pub drop_keys: dropkeys::Rotation,
}

/// Syncs an open session (without the automatic purge, which runs once
/// the roster is verified) with `server`; `team` pins the fingerprint the
/// first time; `bar` counts the items (hidden or not, as the caller
/// chose). Warnings a person must see at once (a refused event, a
/// quarantined item) go to stderr as they happen.
pub fn run(
    mut s: Session,
    server: &str,
    team: Option<&str>,
    bar: &indicatif::ProgressBar,
) -> anyhow::Result<Outcome> {
    let server = server.to_owned();
    s.cfg.server = Some(server.clone());
    if let Some(t) = team {
        s.cfg.team = Some(t.to_owned());
    }
    let served = Api::new(&server, &s.keys)?.chain()?;
    s.adopt_chain(served)?;
    let mut out = Outcome {
        page_alerts: check_pages(&server, s.chain()?),
        ..Outcome::default()
    };
    for a in &out.page_alerts {
        errln!("{a}");
    }
    let api = Api::new(&server, &s.keys)?;
    out.drop_keys = dropkeys::rotate(&s, &api)?;
    let drop_ids = dropkeys::identities(&s)?;
    let drop_ids: Vec<_> = drop_ids.iter().map(|d| &d.identity).collect();
    let (posted, errors) = teamlog::post_outbox(&api, &mut s.store)?;
    out.events_posted = posted;
    out.errors = errors;
    let ctx = Ctx {
        keys: &s.keys,
        chain: s.chain.as_ref().context("the roster was not saved")?,
        now: s.now(),
    };
    let pulled = teamlog::pull(&api, &mut s.store, &ctx)?;
    for r in &pulled.rejected {
        errln!("ALERT: refused {r}");
    }
    let unacked_days = ctx.chain.head().roster.policy.retention.unacked_days;
    let today = ctx.now.day();
    let items = api.inbox()?;
    bar.set_length(items.len() as u64);
    // Only items not handled before are fetched (one already filed, its
    // ack lost, is acked again without a download).
    let need = items
        .iter()
        .map(|(id, _, _, _)| Ok(s.store.item(id)?.is_none()))
        .collect::<anyhow::Result<Vec<bool>>>()?;
    let tmp = s.home.join(crate::home::TMP);
    let mut unacked: Vec<String> = Vec::new();
    let mut acks = Acks::Batch;
    let (jobs, job_rx) = mpsc::channel::<Job>();
    let job_rx = Mutex::new(job_rx);
    // Until a drop box before protocol 1.11 says it has no batch download.
    let batches = AtomicBool::new(true);
    // The item the filing is on or waits for: only its download may stream
    // straight into the filing (see `WHOLE_MAX`). None until the first
    // batch has begun: it waits for the home's lock (another sync), and a
    // download streaming meanwhile would stall until a proxy cuts it.
    let head = AtomicUsize::new(usize::MAX);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        // Downloads run ahead on a few connections while this thread
        // decrypts and files, in inbox order (a report before its
        // follow-ups), at most IN_FLIGHT items ahead. Moved in, so however
        // this ends the download threads see the end of their jobs.
        let jobs = jobs;
        let (done_tx, done) = mpsc::channel::<(usize, Got)>();
        for _ in 0..need.iter().filter(|n| **n).count().min(FETCHERS) {
            let (job_rx, done_tx, api, items, tmp, head, batches) = (
                &job_rx,
                done_tx.clone(),
                &api,
                &items,
                &tmp,
                &head,
                &batches,
            );
            scope.spawn(move || {
                // The queue's lock is released inside next_job, so the
                // downloads themselves run in parallel.
                'jobs: while let Ok((job, created, queued)) = next_job(job_rx) {
                    if job.len() > 1 && batches.load(Ordering::SeqCst) {
                        match download_many(api, &job, items, created, &done_tx) {
                            Batch::Done => continue,
                            Batch::Stopped => break,
                            Batch::NoRoute => batches.store(false, Ordering::SeqCst),
                            // One by one, so one unreadable item does not
                            // hold back the others, sync after sync.
                            Batch::Failed => {}
                        }
                    }
                    for i in job {
                        // Signed as made now by the queueing thread's
                        // clock: the job may have waited, and its items
                        // one after another may outlast the drop box's
                        // window for a signature's age.
                        let since = i64::try_from(queued.elapsed().as_secs()).unwrap_or(0);
                        let created = UnixTime(created.0.saturating_add(since));
                        let (id, receipt, _, size) = &items[i];
                        let to = Dest { tmp, head };
                        if !download(api, i, (id, *size), receipt, created, &to, &done_tx) {
                            break 'jobs;
                        }
                    }
                }
            });
        }
        drop(done_tx);
        let mut begun = false;
        if !items.is_empty() {
            s.store.begin_batch()?;
            begun = true;
            head.store(
                need.iter().position(|n| *n).unwrap_or(usize::MAX),
                Ordering::SeqCst,
            );
        }
        let mut ahead = Ahead::new(plan_jobs(&items, &need));
        let weight = |job: &[usize]| -> u64 {
            job.iter()
                .map(|i| items[*i].3)
                .filter(|size| *size <= WHOLE_MAX)
                .sum()
        };
        for job in ahead.next(weight) {
            jobs.send((job, api.stamp(), std::time::Instant::now()))?;
        }
        let mut arrived: HashMap<usize, Got> = HashMap::new();
        let mut batch: Vec<(&str, &str)> = Vec::new();
        let mut in_batch = 0;
        for (i, (id, receipt, day, _)) in items.iter().enumerate() {
            bar.inc(1);
            if in_batch == 0 && !std::mem::take(&mut begun) {
                s.store.begin_batch()?;
            }
            in_batch += 1;
            let ack = if need[i] {
                head.store(i, Ordering::SeqCst);
                let fetched = loop {
                    if let Some(f) = arrived.remove(&i) {
                        break f;
                    }
                    let (j, f) = done.recv().context("a download thread ended")?;
                    arrived.insert(j, f);
                };
                ahead.filed(i);
                for job in ahead.next(weight) {
                    jobs.send((job, api.stamp(), std::time::Instant::now()))?;
                }
                match fetched? {
                    Err(e) => {
                        out.errors.push(e);
                        false
                    }
                    Ok(fetched) => {
                        s.store.begin_item()?;
                        let mut ct = Ciphertext::new(fetched);
                        let r = file_one(
                            &mut s.store,
                            &ctx,
                            &drop_ids,
                            &mut out,
                            &mut ct,
                            id,
                            receipt,
                            day,
                            unacked_days,
                        );
                        // None: the download broke off or did not match
                        // its receipt after the filing had read it, or the
                        // filing failed; what it wrote (the database, and
                        // its staged attachment files) is undone and the
                        // item stays for the next sync.
                        let keep = match r {
                            Ok(k) => k,
                            Err(e) => {
                                s.store.end_item(false)?;
                                return Err(e);
                            }
                        };
                        s.store.end_item(keep.is_some())?;
                        keep.unwrap_or(false)
                    }
                }
            } else {
                true
            };
            if ack {
                batch.push((id, day));
            } else {
                unacked.push(day.clone());
            }
            if in_batch >= BATCH || i + 1 == items.len() {
                // Acked only once the batch that filed them is committed
                // and synced: a sync killed before the ack files them again
                // next time (at least once), never loses one.
                s.store.commit_batch()?;
                in_batch = 0;
                acks.send(&api, &mut s.store, &batch, &mut out, &mut unacked)?;
                batch.clear();
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    // Team events that came before their case (a report filed just now, a
    // grant received in this pull) apply now, in log order.
    let unparked = teamlog::apply_parked(&mut s.store, &ctx)?;
    for r in &unparked.rejected {
        errln!("ALERT: refused {r}");
    }
    out.events_applied = pulled.applied + unparked.applied;
    out.events_not_for_me = pulled.not_for_me;
    out.granted = pulled.granted;
    out.purged = pulled.purged.clone();
    out.purged.extend(unparked.purged.iter().cloned());
    out.events_rejected = pulled.rejected.clone();
    out.events_rejected
        .extend(unparked.rejected.iter().cloned());
    out.events_waiting = s.store.parked_count()?;
    // `reviewer due` warns before the server's cap purges what stays unacked.
    let oldest = unacked.iter().min().cloned().unwrap_or_default();
    s.store.set_meta("inbox_oldest", &oldest)?;
    if unacked.is_empty() {
        dropkeys::mark_synced(&s, today)?;
    }
    out.snapshots = teamlog::queue_snapshots(&mut s.store, &ctx)?;
    let (posted_after, errors_after) = teamlog::post_outbox(&api, &mut s.store)?;
    out.events_posted += posted_after;
    out.errors.extend(errors_after);
    Ok(out)
}

/// Downloads running ahead of the filing.
const FETCHERS: usize = 4;
/// Jobs (an item, or a batch of small ones) downloaded ahead of the one
/// being filed, at most.
const IN_FLIGHT: usize = 16;
/// What the items downloaded whole ahead of the filing may weigh
/// together, at most (they wait in memory).
const AHEAD_BYTES: u64 = 16 << 20;
/// Items up to this size are downloaded many in one request
/// (`POST /v1/fetch`, protocol 1.11): a sync of thousands of short reports
/// (each padded to 64 KiB, about 66 KiB encrypted) would otherwise spend
/// most of its time, on both sides, on a signed request per item.
const SMALL_MAX: u64 = 256 << 10;
/// Small items in one batch download, at most.
const GROUP_MAX: usize = 64;
/// What the items of one batch download weigh together, at most.
const GROUP_BYTES: u64 = 2 << 20;

/// The downloads sent ahead of the filing: at most [`IN_FLIGHT`] jobs and
/// [`AHEAD_BYTES`] of items downloaded whole, so memory stays bounded
/// however far the downloads could run ahead.
struct Ahead {
    plan: std::iter::Peekable<std::vec::IntoIter<Vec<usize>>>,
    /// Each job sent and not yet filed: its last item, and its weight.
    sent: std::collections::VecDeque<(usize, u64)>,
    bytes: u64,
}

impl Ahead {
    fn new(plan: Vec<Vec<usize>>) -> Self {
        Ahead {
            plan: plan.into_iter().peekable(),
            sent: std::collections::VecDeque::new(),
            bytes: 0,
        }
    }

    /// The jobs to send now; `weight` is what a job holds in memory.
    fn next(&mut self, weight: impl Fn(&[usize]) -> u64) -> Vec<Vec<usize>> {
        let mut out = Vec::new();
        while self.sent.len() < IN_FLIGHT {
            let Some(job) = self.plan.peek() else { break };
            let w = weight(job);
            // One job at least, whatever it weighs.
            if !self.sent.is_empty() && self.bytes + w > AHEAD_BYTES {
                break;
            }
            let Some(job) = self.plan.next() else { break };
            let Some(last) = job.last().copied() else {
                continue;
            };
            self.sent.push_back((last, w));
            self.bytes += w;
            out.push(job);
        }
        out
    }

    /// Item `i` was handed to the filing: the last of its job frees the
    /// job's place.
    fn filed(&mut self, i: usize) {
        if self.sent.front().is_some_and(|(last, _)| *last == i)
            && let Some((_, w)) = self.sent.pop_front()
        {
            self.bytes -= w;
        }
    }
}
/// Items filed in one store transaction, then acked in one request.
const BATCH: usize = 256;

/// A download job: its items (one, or a batch of small ones), and the
/// time its requests are signed as made (the queueing thread's clock) and
/// when that was.
type Job = (Vec<usize>, UnixTime, std::time::Instant);

/// The next job for a download thread; an error once no more will come.
fn next_job(jobs: &Mutex<mpsc::Receiver<Job>>) -> Result<Job, mpsc::RecvError> {
    jobs.lock().unwrap_or_else(|e| e.into_inner()).recv()
}

/// The downloads of the items `need` marks, in inbox order: a run of
/// small items together (up to [`GROUP_MAX`] of them and [`GROUP_BYTES`]),
/// any other item alone.
fn plan_jobs(items: &[(String, String, String, u64)], need: &[bool]) -> Vec<Vec<usize>> {
    let mut plan: Vec<Vec<usize>> = Vec::new();
    let mut group: Vec<usize> = Vec::new();
    let mut bytes = 0;
    for (i, (_, _, _, size)) in items.iter().enumerate() {
        if !need[i] {
            continue;
        }
        if *size > SMALL_MAX {
            if !group.is_empty() {
                plan.push(std::mem::take(&mut group));
            }
            bytes = 0;
            plan.push(vec![i]);
            continue;
        }
        if !group.is_empty() && (group.len() == GROUP_MAX || bytes + size > GROUP_BYTES) {
            plan.push(std::mem::take(&mut group));
            bytes = 0;
        }
        group.push(i);
        bytes += size;
    }
    if !group.is_empty() {
        plan.push(group);
    }
    plan
}

/// How a batch download went.
enum Batch {
    /// Every item was handed to the filing thread.
    Done,
    /// The filing thread has stopped listening.
    Stopped,
    /// The drop box has no batch download (before protocol 1.11).
    NoRoute,
    /// The batch failed as a whole (refused, cut short, an item not
    /// matching its record): nothing of it was handed on.
    Failed,
}

/// Downloads the small items `job` in one request and hands each to the
/// filing thread, checked against its receipt; if the batch fails as a
/// whole, hands on nothing (the caller downloads them one by one).
fn download_many(
    api: &Api<'_>,
    job: &[usize],
    items: &[(String, String, String, u64)],
    created: UnixTime,
    done: &mpsc::Sender<(usize, Got)>,
) -> Batch {
    let Ok(ids) = job
        .iter()
        .map(|i| items[*i].0.parse())
        .collect::<Result<Vec<SubmissionId>, _>>()
    else {
        return Batch::Failed;
    };
    let bytes = job.iter().map(|i| items[*i].3).sum();
    let body = match api.fetch_many(&ids, bytes, created) {
        Ok(None) => return Batch::NoRoute,
        Ok(Some(Ok(body))) => body,
        Ok(Some(Err(_))) | Err(_) => return Batch::Failed,
    };
    let Ok(got) = FetchedItems::parse(&body, &ids) else {
        return Batch::Failed;
    };
    let all = job.iter().zip(got.0).all(|(i, item)| {
        let (id, receipt, _, _) = &items[*i];
        let one = match item.stored {
            None => Err(format!("{id}: the drop box no longer has this item")),
            Some((r, _)) if r.to_string() != *receipt => {
                Err(format!("{id}: the ciphertext does not match its receipt"))
            }
            Some((_, data)) => Ok(Fetched::Whole(data.to_vec())),
        };
        done.send((*i, Ok(one))).is_ok()
    });
    if all { Batch::Done } else { Batch::Stopped }
}

/// Items up to this size are downloaded whole (and checked against their
/// receipt) before the filing reads them. A larger one whose download
/// starts while the filing is on it (the head of the queue: a sync's first
/// large item, or one the filing waits for) is streamed: handed to the
/// filing in memory as it arrives, hashed on the download thread, a few
/// pieces ahead at most ([`STREAM_AHEAD`]), since the filing reads that
/// item and no other until it ends. Any other large item is spooled:
/// written to an unlinked file in the home's `tmp/` as fast as it
/// arrives, hashed on the download thread, while the filing reads the file
/// as it grows. Either way memory stays flat whatever their size and the
/// download, the hash and the filing's decryption overlap. A body is never
/// left unread while the filing is busy with another item: a proxy in
/// front of the drop box (nginx's `send_timeout`) cuts a response its
/// client stops reading, so a sync that held back the bodies of the items
/// behind the one being filed filed about one large item per run. The
/// stream saves the spool's write and read of the whole ciphertext through
/// the page cache (15% of a 1 GiB sync's profile: bench/RESULTS.md,
/// "Issue 17, session 13: release builds").
///
/// What the filing writes of a streamed or spooled item is staged (its
/// attachment files under temporary names, its rows in the item's
/// savepoint) and counts only once the whole matched its receipt: the
/// files take their names in the batch's commit
/// ([`crate::store::staging`]), so a download cut or altered half-way, or
/// a sync killed, leaves the case store as it was.
const WHOLE_MAX: u64 = 1 << 20;
/// How much a streaming or spooling download reads at once.
const CHUNK: usize = 256 << 10;
/// Pieces of [`CHUNK`] a streamed download may be ahead of the filing.
const STREAM_AHEAD: usize = 16;

/// Where a download thread puts a large body: the spool directory, and
/// the item the filing is on.
struct Dest<'a> {
    tmp: &'a std::path::Path,
    head: &'a AtomicUsize,
}

/// A download as the filing thread receives it; the inner error says
/// what was wrong with this one item.
type Got = anyhow::Result<Result<Fetched, String>>;

/// A downloaded item's ciphertext.
enum Fetched {
    /// All of it, checked against its receipt.
    Whole(Vec<u8>),
    /// Being spooled: the filing may read it before it is all there and
    /// checked, so what it filed counts only once the end says so.
    Spooled(Arc<Spool>),
    /// Being streamed, with the same proviso.
    Streamed(Stream),
}

/// A large download handed to the filing in memory as it arrives.
struct Stream {
    pieces: mpsc::Receiver<Piece>,
    /// Pieces read, back to the download thread to fill again.
    back: mpsc::SyncSender<Vec<u8>>,
    cur: Vec<u8>,
    /// How far into `cur`.
    at: usize,
    /// Once the body has ended: whether the whole matched its receipt.
    end: Option<Result<(), String>>,
}

/// What a streaming download hands the filing.
enum Piece {
    Data(Vec<u8>),
    /// The end, and whether the whole matched its receipt.
    End(Result<(), String>),
}

impl Stream {
    /// The filing's end, and the download thread's: where to send the
    /// pieces, where the used ones come back.
    fn new() -> (Self, mpsc::SyncSender<Piece>, mpsc::Receiver<Vec<u8>>) {
        let (pieces_tx, pieces) = mpsc::sync_channel(STREAM_AHEAD);
        let (back, back_rx) = mpsc::sync_channel(STREAM_AHEAD);
        let stream = Stream {
            pieces,
            back,
            cur: Vec::new(),
            at: 0,
            end: None,
        };
        (stream, pieces_tx, back_rx)
    }

    fn read(&mut self, out: &mut [u8]) -> usize {
        while self.at == self.cur.len() {
            if self.end.is_some() {
                return 0;
            }
            match self.pieces.recv() {
                Ok(Piece::Data(v)) => {
                    let used = std::mem::replace(&mut self.cur, v);
                    let _ = self.back.try_send(used);
                    self.at = 0;
                }
                Ok(Piece::End(r)) => self.end = Some(r),
                Err(_) => self.end = Some(Err("the download ended early".to_owned())),
            }
        }
        let n = out.len().min(self.cur.len() - self.at);
        out[..n].copy_from_slice(&self.cur[self.at..self.at + n]);
        self.at += n;
        n
    }
}

/// A large download's unlinked file, written by its download thread and
/// read by the filing.
struct Spool {
    file: std::fs::File,
    state: Mutex<Spooled>,
    grew: Condvar,
}

/// How far a spooled download has got.
#[derive(Default)]
struct Spooled {
    /// Bytes in the file.
    written: u64,
    /// Once the body has ended: whether the whole matched its receipt.
    end: Option<Result<(), String>>,
}

impl Spool {
    fn new(file: std::fs::File) -> Arc<Self> {
        Arc::new(Spool {
            file,
            state: Mutex::default(),
            grew: Condvar::new(),
        })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, Spooled> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records `n` more bytes written, or the end.
    fn grow(&self, n: u64, end: Option<Result<(), String>>) {
        let mut st = self.state();
        st.written += n;
        if end.is_some() {
            st.end = end;
        }
        self.grew.notify_all();
    }
}

/// Downloads item `i` for the filing thread and hashes it against its
/// receipt on this thread (so hashing overlaps the filing's decryption);
/// false once the filing thread has stopped listening.
fn download(
    api: &Api<'_>,
    i: usize,
    (id, size): (&str, u64),
    receipt: &str,
    created: UnixTime,
    to: &Dest<'_>,
    done: &mpsc::Sender<(usize, Got)>,
) -> bool {
    let tmp = to.tmp;
    let (len, mut body) = match api.fetch_open(id, size, created) {
        Ok(Ok(b)) => b,
        Ok(Err(why)) => return done.send((i, Ok(Err(why)))).is_ok(),
        Err(e) => return done.send((i, Err(e))).is_ok(),
    };
    if let Some(n) = len.filter(|n| *n <= WHOLE_MAX) {
        let mut ct = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
        let got = match body.read_to_end(&mut ct) {
            Ok(_) => check(id, receipt, Sha256::new_with_prefix(&ct)).map(|()| Fetched::Whole(ct)),
            Err(e) => Err(broke(id, &e)),
        };
        return done.send((i, Ok(got))).is_ok();
    }
    if to.head.load(Ordering::SeqCst) == i {
        let (stream, pieces_tx, back_rx) = Stream::new();
        if done.send((i, Ok(Ok(Fetched::Streamed(stream))))).is_err() {
            return false;
        }
        return pour(&mut body, &pieces_tx, &back_rx, id, receipt);
    }
    let spool = match spool_file(tmp, id) {
        Ok(f) => Spool::new(f),
        Err(e) => return done.send((i, Err(e))).is_ok(),
    };
    if done
        .send((i, Ok(Ok(Fetched::Spooled(spool.clone())))))
        .is_err()
    {
        return false;
    }
    fill(&spool, &mut body, id, receipt, tmp)
}

fn broke(id: &str, e: &std::io::Error) -> String {
    format!("{id}: the download broke off: {e}")
}

/// Whether a download matched its receipt.
fn check(id: &str, receipt: &str, hash: Sha256) -> Result<(), String> {
    if Sha256Digest(hash.finalize().into()).to_string() == receipt {
        Ok(())
    } else {
        Err(format!("{id}: the ciphertext does not match its receipt"))
    }
}

/// Reads `body` to its end into `spool` as fast as it comes, hashing it,
/// never waiting for the filing that reads the spool; then records
/// whether the whole matched its receipt. False if the spool was given up
/// (nobody reads it any more: the sync has ended).
fn fill(
    spool: &Arc<Spool>,
    body: &mut impl Read,
    id: &str,
    receipt: &str,
    tmp: &std::path::Path,
) -> bool {
    use std::os::unix::fs::FileExt;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    let mut at = 0u64;
    loop {
        if Arc::strong_count(spool) == 1 {
            return false;
        }
        let n = match read_full(body, &mut buf) {
            Ok(0) => break spool.grow(0, Some(check(id, receipt, hash))),
            Ok(n) => n,
            Err(e) => break spool.grow(0, Some(Err(broke(id, &e)))),
        };
        hash.update(&buf[..n]);
        if let Err(e) = spool.file.write_all_at(&buf[..n], at) {
            let why = format!("{id}: cannot write the download to {}: {e}", tmp.display());
            break spool.grow(0, Some(Err(why)));
        }
        at += n as u64;
        spool.grow(n as u64, None);
    }
    true
}

/// Reads `body` to its end into the filing's stream, hashing it; then
/// hands on whether the whole matched its receipt. False if the filing
/// stopped reading (the sync has ended).
fn pour(
    body: &mut impl Read,
    to: &mpsc::SyncSender<Piece>,
    back: &mpsc::Receiver<Vec<u8>>,
    id: &str,
    receipt: &str,
) -> bool {
    let mut hash = Sha256::new();
    loop {
        let mut buf = back.try_recv().unwrap_or_default();
        buf.resize(CHUNK, 0);
        let piece = match read_full(body, &mut buf) {
            Ok(0) => Piece::End(check(id, receipt, std::mem::take(&mut hash))),
            Ok(n) => {
                buf.truncate(n);
                hash.update(&buf);
                Piece::Data(buf)
            }
            Err(e) => Piece::End(Err(broke(id, &e))),
        };
        let end = matches!(piece, Piece::End(_));
        if to.send(piece).is_err() {
            return false;
        }
        if end {
            return true;
        }
    }
}

/// A file for one download in `tmp`, unlinked at once: nothing of it is
/// left behind if this process dies.
fn spool_file(tmp: &std::path::Path, id: &str) -> anyhow::Result<std::fs::File> {
    std::fs::create_dir_all(tmp)?;
    let path = tmp.join(format!("{id}.{}.fetch", SubmissionId::random()));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    std::fs::remove_file(&path)?;
    Ok(file)
}

/// Reads until `buf` is full or the input ends; how much it read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// A downloaded ciphertext as the filing reads it: its start kept and its
/// size counted for a quarantine's facts, so it is read only once.
struct Ciphertext {
    src: Fetched,
    /// How far into it.
    pos: u64,
    head: Vec<u8>,
    size: u64,
}

impl Ciphertext {
    fn new(src: Fetched) -> Self {
        Ciphertext {
            src,
            pos: 0,
            head: Vec::new(),
            size: 0,
        }
    }

    /// Reads what is left, then whether the whole matched its receipt.
    fn finish(&mut self) -> Result<(), String> {
        if let Err(e) = std::io::copy(self, &mut std::io::sink()) {
            return Err(format!("cannot read the download: {e}"));
        }
        let end = match &self.src {
            Fetched::Whole(_) => return Ok(()),
            Fetched::Spooled(sp) => sp.state().end.clone(),
            Fetched::Streamed(st) => st.end.clone(),
        };
        end.unwrap_or_else(|| Err("the download ended early".to_owned()))
    }
}

impl Read for Ciphertext {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        use std::os::unix::fs::FileExt;
        let n = match &mut self.src {
            Fetched::Whole(all) => {
                let pos = usize::try_from(self.pos)
                    .unwrap_or(usize::MAX)
                    .min(all.len());
                let n = out.len().min(all.len() - pos);
                out[..n].copy_from_slice(&all[pos..pos + n]);
                n
            }
            Fetched::Spooled(sp) => {
                let mut st = sp.state();
                while st.written <= self.pos && st.end.is_none() {
                    st = sp.grew.wait(st).unwrap_or_else(|e| e.into_inner());
                }
                let ready = st.written.saturating_sub(self.pos);
                drop(st);
                let n = out.len().min(usize::try_from(ready).unwrap_or(usize::MAX));
                sp.file.read_exact_at(&mut out[..n], self.pos)?;
                n
            }
            Fetched::Streamed(st) => st.read(out),
        };
        self.pos += n as u64;
        let keep = n.min(FACTS_HEAD.saturating_sub(self.head.len()));
        self.head.extend_from_slice(&out[..keep]);
        self.size += n as u64;
        Ok(n)
    }
}

/// Decrypts and files one downloaded item (inside the caller's batch);
/// whether to ack it. An item that could not be handled is counted in
/// `out` and left for the next sync (`Ok(Some(false))`; `Ok(None)` when
/// the download turned out bad after the filing read it, or an error: the
/// caller undoes what it wrote).
#[allow(clippy::too_many_arguments)]
fn file_one(
    store: &mut crate::store::CaseStore,
    ctx: &Ctx<'_>,
    drop: &[&dropbox_crypto::hybrid::HybridIdentity],
    out: &mut Outcome,
    ct: &mut Ciphertext,
    id: &str,
    receipt: &str,
    day: &str,
    unacked_days: u32,
) -> anyhow::Result<Option<bool>> {
    let today = ctx.now.day();
    let filed = file_ciphertext_with(
        store,
        ctx.keys,
        drop,
        &ctx.chain.fingerprint,
        &mut *ct,
        Some(id),
        day.parse().ok(),
        receipt,
        ctx.now,
    );
    // Whatever the filing made of it, it counts only if every byte arrived
    // and matched the receipt (a streamed download is checked at its end):
    // a download cut short must not be quarantined and acked as malformed.
    if let Err(why) = ct.finish() {
        out.errors.push(why);
        return Ok(None);
    }
    let refusal = match filed {
        Ok(Filed::NewCase(_)) => {
            out.new_cases += 1;
            None
        }
        Ok(Filed::Followup(_) | Filed::Duplicate(_)) => {
            out.followups += 1;
            None
        }
        Ok(Filed::Conflict(case)) => {
            out.followups += 1;
            out.alerts.push(format!(
                "case {case}: two follow-ups with the same number and different content; both are kept (`reviewer show {case}`)"
            ));
            None
        }
        Ok(Filed::GrantCorrected(case)) => {
            out.alerts.push(format!(
                "ALERT: case {case}: the report differs from the grant of it you received; the report replaced it (its log names who granted it)"
            ));
            None
        }
        Ok(Filed::Withdrawn(Some(case))) => {
            out.alerts
                .push(crate::domain::ingest::withdrawn_alert(&case));
            None
        }
        Ok(Filed::Withdrawn(None)) => {
            // Its report is not in this store: deleted from the drop box
            // before this member fetched it, or not filed yet (its download
            // failed, or it comes later in the inbox). Acked now, the
            // withdrawal would be lost and the report later open as a live
            // case, so it waits on the drop box as long as its report could.
            if still_waits(day, unacked_days, today) {
                out.withdrawals_waiting += 1;
                return Ok(Some(false));
            }
            None
        }
        Ok(Filed::Unreadable) => {
            store.record_unreadable(id)?;
            out.unreadable += 1;
            None
        }
        Ok(Filed::Pending) => {
            if still_waits(day, unacked_days, today) {
                out.followups_waiting += 1;
                return Ok(Some(false));
            }
            Some(Refusal {
                kind: Some(Kind::Followup),
                reason: "a follow-up whose report never reached this store".into(),
                alert: false,
            })
        }
        Ok(Filed::Refused(r)) => Some(r),
        Err(e) => {
            out.errors.push(format!("{id}: {e:#}"));
            return Ok(None);
        }
    };
    if let Some(r) = refusal {
        let facts = quarantine_facts_of(id, day, &ct.head, ct.size, &r, today);
        store.quarantine(id, &facts)?;
        errln!(
            "{}quarantined item {id}: {} (`reviewer quarantine {id}` shows what is known of it)",
            if r.alert { "ALERT: " } else { "warning: " },
            r.reason
        );
        out.quarantined.push(Quarantined {
            id: id.to_owned(),
            reason: r.reason,
            alert: r.alert,
        });
    }
    // Every item is acked, readable or not, after the local commit.
    Ok(Some(true))
}

/// How acks are sent: in batches (`POST /v1/acks`, protocol 1.6), or one
/// request each for a drop box older than that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Acks {
    Batch,
    Single,
}

impl Acks {
    /// Acks `items` (id, day), committed locally already; marks the acked
    /// ones, and keeps the day of any refused in `unacked`.
    fn send(
        &mut self,
        api: &Api<'_>,
        store: &mut crate::store::CaseStore,
        items: &[(&str, &str)],
        out: &mut Outcome,
        unacked: &mut Vec<String>,
    ) -> anyhow::Result<()> {
        let mut acked: Vec<&str> = Vec::new();
        for chunk in items.chunks(ACK_BATCH_MAX) {
            if *self == Acks::Batch {
                let ids = chunk
                    .iter()
                    .map(|(id, _)| id.parse())
                    .collect::<Result<Vec<SubmissionId>, _>>()
                    .context("the drop box listed a malformed item id")?;
                let body = serde_json::to_vec(&AckBatch { ids })?;
                let (status, resp) = api.send(
                    "POST",
                    "/v1/acks",
                    &body,
                    &[("Content-Type", "application/json")],
                )?;
                match status {
                    200 => {
                        let o: AckOutcome = serde_json::from_slice(&resp)
                            .context("the drop box sent a malformed answer to a batch of acks")?;
                        let ok: HashSet<String> = o.acked.iter().map(ToString::to_string).collect();
                        for (id, day) in chunk {
                            if ok.contains(*id) {
                                acked.push(id);
                            } else {
                                out.errors.push(format!(
                                    "{id}: ack refused: the drop box no longer has this item"
                                ));
                                unacked.push((*day).to_owned());
                            }
                        }
                        continue;
                    }
                    // A drop box before protocol 1.6 has no such route.
                    404 | 405 => *self = Acks::Single,
                    _ => {
                        for (id, day) in chunk {
                            out.errors.push(format!(
                                "{id}: ack refused: {}",
                                Api::refusal(status, &resp)
                            ));
                            unacked.push((*day).to_owned());
                        }
                        continue;
                    }
                }
            }
            for (id, day) in chunk {
                let (status, body) =
                    api.call("POST", &format!("/v1/submissions/{id}/ack"), None, b"")?;
                if status == 204 {
                    acked.push(id);
                } else {
                    out.errors.push(format!(
                        "{id}: ack refused: {}",
                        Api::refusal(status, &body)
                    ));
                    unacked.push((*day).to_owned());
                }
            }
        }
        store.mark_acked_many(&acked)
    }
}

/// Whether a follow-up whose report this store lacks still waits on the
/// drop box: its report (or a grant of it) may still come, and only when
/// the drop box would drop it unacked is it set aside.
fn still_waits(arrived: &str, unacked_days: u32, today: Day) -> bool {
    arrived
        .parse::<Day>()
        .ok()
        .map(|d| d.add_days(i64::from(unacked_days) - 1))
        .is_some_and(|d| d > today)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body that ends `cut` bytes in with an error, as a connection a
    /// proxy cut.
    struct Cut<'a>(&'a [u8], usize);

    impl Read for Cut<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            if self.1 == 0 {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "cut",
                ));
            }
            let n = out.len().min(self.1).min(self.0.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            self.1 -= n;
            Ok(n)
        }
    }

    /// Issue 17 item 2: a large download is read to its end at its own
    /// pace while the filing reads nothing of it (the filing is busy with
    /// an earlier item): a body left unread is cut by a proxy's
    /// `send_timeout`. The filing then reads it all, checked against its
    /// receipt at the end; a cut or altered body says so at the end.
    #[test]
    fn a_large_download_is_read_to_its_end_while_the_filing_reads_none_of_it() {
        let body: Vec<u8> = (0..40u32 << 20).map(|i| (i % 251) as u8).collect();
        let receipt = Sha256Digest(Sha256::digest(&body).into()).to_string();
        let tmp =
            std::env::temp_dir().join(format!("reviewer-spool-{:016x}", rand::random::<u64>()));
        let body = Arc::new(body);
        let run = |limit: usize, receipt: &str| {
            let spool = Spool::new(spool_file(&tmp, "x").unwrap());
            let mut ct = Ciphertext::new(Fetched::Spooled(spool.clone()));
            let (tx, rx) = mpsc::channel();
            let (body, receipt, tmp) = (body.clone(), receipt.to_owned(), tmp.clone());
            std::thread::spawn(move || {
                let read = fill(&spool, &mut Cut(&body, limit), "x", &receipt, &tmp);
                tx.send(read).unwrap();
            });
            assert_eq!(
                rx.recv_timeout(std::time::Duration::from_secs(120)),
                Ok(true),
                "the download waited for the filing"
            );
            let mut got = Vec::new();
            ct.read_to_end(&mut got).unwrap();
            (got, ct.finish())
        };
        let (got, end) = run(usize::MAX, &receipt);
        assert!(got == *body, "read back whole");
        assert_eq!(end, Ok(()));
        let (got, end) = run(usize::MAX, &"0".repeat(64));
        assert_eq!(got.len(), body.len());
        assert!(end.unwrap_err().contains("does not match its receipt"));
        let (got, end) = run(10 << 20, &receipt);
        assert_eq!(got.len(), 10 << 20);
        assert!(end.unwrap_err().contains("broke off"));
        let _ = std::fs::remove_dir_all(&tmp);
    }

    /// Issue 17 item 2: the item being filed streams from its download
    /// into the filing in memory, a few pieces ahead at most, checked
    /// against its receipt at the end: whole, it reads back as sent; a
    /// cut or altered body reads as far as it came and says so at the
    /// end; a filing that stops reading stops the download.
    #[test]
    fn a_streamed_download_reads_back_whole_and_a_cut_or_altered_one_says_so_at_its_end() {
        let body: Vec<u8> = (0..20u32 << 20).map(|i| (i % 251) as u8).collect();
        let receipt = Sha256Digest(Sha256::digest(&body).into()).to_string();
        let body = Arc::new(body);
        let run = |limit: usize, receipt: &str, read: Option<usize>| {
            let (stream, to, back) = Stream::new();
            let mut ct = Ciphertext::new(Fetched::Streamed(stream));
            let (body, receipt) = (body.clone(), receipt.to_owned());
            let poured =
                std::thread::spawn(move || pour(&mut Cut(&body, limit), &to, &back, "x", &receipt));
            let mut got = Vec::new();
            let end = match read {
                None => {
                    ct.read_to_end(&mut got).unwrap();
                    ct.finish()
                }
                Some(n) => {
                    got.resize(n, 0);
                    ct.read_exact(&mut got).unwrap();
                    drop(ct);
                    Err("stopped".to_owned())
                }
            };
            (got, end, poured.join().unwrap())
        };
        let (got, end, poured) = run(usize::MAX, &receipt, None);
        assert!(got == *body, "read back whole");
        assert_eq!((end, poured), (Ok(()), true));
        let (got, end, _) = run(usize::MAX, &"0".repeat(64), None);
        assert_eq!(got.len(), body.len());
        assert!(end.unwrap_err().contains("does not match its receipt"));
        let (got, end, _) = run(10 << 20, &receipt, None);
        assert_eq!(got.len(), 10 << 20);
        assert!(end.unwrap_err().contains("broke off"));
        let (got, _, poured) = run(usize::MAX, &receipt, Some(3 << 20));
        assert!(got[..] == body[..3 << 20]);
        assert!(!poured, "the download went on after the filing stopped");
    }

    #[test]
    fn small_items_are_planned_in_batches_and_large_ones_alone_in_inbox_order() {
        let item = |size: u64| (String::new(), String::new(), String::new(), size);
        let mut items = vec![item(100), item(SMALL_MAX), item(SMALL_MAX + 1), item(5)];
        let mut need = vec![true, true, true, true];
        assert_eq!(plan_jobs(&items, &need), vec![vec![0, 1], vec![2], vec![3]]);
        // Items already filed are not downloaded, and do not split a batch.
        need[2] = false;
        assert_eq!(plan_jobs(&items, &need), vec![vec![0, 1, 3]]);
        // A batch holds at most GROUP_MAX items and GROUP_BYTES.
        items = vec![item(10); GROUP_MAX * 2 + 1];
        need = vec![true; items.len()];
        let plan = plan_jobs(&items, &need);
        assert_eq!(
            plan.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![GROUP_MAX, GROUP_MAX, 1]
        );
        items = vec![item(SMALL_MAX); 40];
        need = vec![true; items.len()];
        let plan = plan_jobs(&items, &need);
        let per = usize::try_from(GROUP_BYTES / SMALL_MAX).unwrap();
        assert_eq!(plan[0].len(), per);
        assert!(
            plan.iter()
                .all(|j| j.len() as u64 * SMALL_MAX <= GROUP_BYTES)
        );
        assert_eq!(
            plan.concat(),
            (0..40).collect::<Vec<_>>(),
            "in order, each once"
        );
    }

    #[test]
    fn downloads_run_ahead_by_at_most_a_number_of_jobs_and_of_bytes_held() {
        // Jobs of one item each, of 4 MiB held in memory: four ahead.
        let plan: Vec<Vec<usize>> = (0..40).map(|i| vec![i]).collect();
        let mut ahead = Ahead::new(plan);
        let heavy = |_: &[usize]| 4 << 20;
        let first = ahead.next(heavy);
        assert_eq!(first.len(), 4);
        assert!(
            ahead.next(heavy).is_empty(),
            "nothing more until one is filed"
        );
        ahead.filed(0);
        assert_eq!(ahead.next(heavy), vec![vec![4]]);
        // Jobs that hold nothing (streamed): IN_FLIGHT ahead.
        let plan: Vec<Vec<usize>> = (0..40).map(|i| vec![i]).collect();
        let mut ahead = Ahead::new(plan);
        assert_eq!(ahead.next(|_| 0).len(), IN_FLIGHT);
        // A batch's place is freed by its last item only.
        let mut ahead = Ahead::new(vec![vec![0, 1, 2], vec![3]]);
        assert_eq!(ahead.next(|_| AHEAD_BYTES).len(), 1, "one at least");
        ahead.filed(0);
        ahead.filed(1);
        assert!(ahead.next(|_| AHEAD_BYTES).is_empty());
        ahead.filed(2);
        assert_eq!(ahead.next(|_| AHEAD_BYTES), vec![vec![3]]);
    }

    #[test]
    fn a_pending_followup_waits_until_the_last_day_before_the_cap() {
        let arrived: Day = "2026-03-01".parse().unwrap();
        let day = |n| arrived.add_days(n);
        assert!(still_waits("2026-03-01", 7, day(0)));
        assert!(still_waits("2026-03-01", 7, day(5)));
        // Day 7 of 7 unacked days is the last the drop box keeps it.
        assert!(!still_waits("2026-03-01", 7, day(6)));
        assert!(!still_waits("2026-03-01", 7, day(30)));
        // A day the drop box garbled never waits forever.
        assert!(!still_waits("not a day", 7, day(0)));
    }
}
