//! Group commit: concurrent writers share one sync.
//!
//! A request that must be durable before it is answered hands its work to
//! a [`Group`] and waits. One thread takes every job queued at that moment
//! as a batch, stages each (a job that fails alone fails alone), then
//! makes the whole batch durable with one sync (for submissions: the
//! fsyncs of every file and of the blob directory, issued at once, then one
//! database commit; for request nonces: one database commit). Only then is each
//! waiter released; if that sync fails, every waiter of the batch gets the
//! error (a full disk as `disk-full`, anything else as a 500) and what
//! was staged is undone. While a batch syncs the next one queues, so the
//! busier the server, the more requests each sync covers.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, mpsc};

use dropbox_crypto::time::Day;
use tokio::sync::oneshot;

use crate::blobs::Blobs;
use crate::disk::Disk;
use crate::error::ApiError;
use crate::store::{Store, StoreError, Submission};

/// The most jobs one sync covers.
pub const MAX_BATCH: usize = 256;

/// What a [`Group`] makes durable.
pub trait Durable: Send + 'static {
    /// One request's work.
    type Job: Send + 'static;
    /// A job staged, waiting for its batch's sync.
    type Staged: Send + 'static;
    /// What its waiter gets once it is durable.
    type Out: Send + 'static;

    /// Does one job's work short of its sync; an error fails that job only.
    fn stage(&mut self, job: Self::Job) -> Result<Self::Staged, ApiError>;

    /// Makes every staged job of a batch durable at once.
    fn sync(&mut self, staged: &mut [Self::Staged]) -> Result<(), ApiError>;

    /// A staged job's answer, once its batch is durable.
    fn finish(&mut self, staged: Self::Staged) -> Self::Out;

    /// Undoes a staged job whose batch failed to sync.
    fn undo(&mut self, staged: Self::Staged);
}

type Waiter<D> = (
    <D as Durable>::Job,
    oneshot::Sender<Result<<D as Durable>::Out, ApiError>>,
);

/// Hands jobs to the one thread that batches and syncs them.
pub struct Group<D: Durable> {
    jobs: Mutex<mpsc::Sender<Waiter<D>>>,
}

impl<D: Durable> Group<D> {
    /// Starts the thread that runs `durable`'s batches.
    pub fn spawn(mut durable: D) -> Self {
        let (tx, rx) = mpsc::channel::<Waiter<D>>();
        std::thread::Builder::new()
            .name("group-commit".into())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    let mut batch = vec![first];
                    while batch.len() < MAX_BATCH {
                        match rx.try_recv() {
                            Ok(w) => batch.push(w),
                            Err(_) => break,
                        }
                    }
                    // A panic in one batch (its waiters then get an
                    // error: their senders are dropped) must not end the
                    // thread every later submission and signed request
                    // waits on.
                    let run = std::panic::AssertUnwindSafe(|| run_batch(&mut durable, batch));
                    if std::panic::catch_unwind(run).is_err() {
                        tracing::error!("a group commit batch panicked; its requests failed");
                    }
                }
            })
            .expect("a thread can be started at start-up");
        Group {
            jobs: Mutex::new(tx),
        }
    }

    /// Queues `job` and waits until the sync of its batch: `Ok` only once
    /// it is durable.
    pub async fn commit(&self, job: D::Job) -> Result<D::Out, ApiError> {
        self.queue(job)?
            .await
            .map_err(|_| ApiError::internal("the group commit thread is gone"))?
    }

    /// [`Group::commit`] from a blocking thread.
    pub fn commit_blocking(&self, job: D::Job) -> Result<D::Out, ApiError> {
        self.queue(job)?
            .blocking_recv()
            .map_err(|_| ApiError::internal("the group commit thread is gone"))?
    }

    fn queue(&self, job: D::Job) -> Result<oneshot::Receiver<Result<D::Out, ApiError>>, ApiError> {
        let (done, wait) = oneshot::channel();
        crate::locks::lock(&self.jobs, "group commit queue")
            .send((job, done))
            .map_err(|_| ApiError::internal("the group commit thread is gone"))?;
        Ok(wait)
    }
}

fn run_batch<D: Durable>(durable: &mut D, batch: Vec<Waiter<D>>) {
    let mut staged = Vec::with_capacity(batch.len());
    let mut waiters = Vec::with_capacity(batch.len());
    for (job, done) in batch {
        match durable.stage(job) {
            Ok(s) => {
                staged.push(s);
                waiters.push(done);
            }
            Err(e) => {
                let _ = done.send(Err(e));
            }
        }
    }
    if staged.is_empty() {
        return;
    }
    match durable.sync(&mut staged) {
        Ok(()) => {
            for (s, done) in staged.into_iter().zip(waiters) {
                let _ = done.send(Ok(durable.finish(s)));
            }
        }
        Err(e) => {
            tracing::error!("a group commit of {} jobs failed: {e}", staged.len());
            for (s, done) in staged.into_iter().zip(waiters) {
                durable.undo(s);
                let _ = done.send(Err(each(&e)));
            }
        }
    }
}

/// The error each waiter of a failed batch gets: a full disk stays
/// `disk-full` (507, which clients report plainly); anything else is a 500.
fn each(e: &ApiError) -> ApiError {
    match e {
        ApiError::DiskFull => ApiError::DiskFull,
        e => ApiError::internal(e.to_string()),
    }
}

/// A submission to commit: its temp file (written, with its mode and
/// times, not synced), its id and row, and the upload it completes, if
/// any.
#[derive(Debug)]
pub struct NewSubmission {
    /// The written temp file.
    pub tmp: PathBuf,
    /// Its row.
    pub row: Submission,
    /// The tus upload it completes.
    pub upload: Option<String>,
}

/// Submissions: each staged by renaming its file into `blobs/`; a batch is
/// made durable by the fsyncs of all its files and of `blobs/`, issued at
/// once, then one database transaction with every row.
pub struct Submissions {
    /// The store the rows go to.
    pub store: Arc<Mutex<Store>>,
    /// The data directory's files, when reports' ciphertexts live there
    /// (None: they are already stored, and durable, in another
    /// `CiphertextStore` before the job is queued; only rows commit here).
    pub blobs: Option<Blobs>,
}

impl Durable for Submissions {
    type Job = NewSubmission;
    type Staged = NewSubmission;
    type Out = ();

    fn stage(&mut self, job: NewSubmission) -> Result<NewSubmission, ApiError> {
        if let Some(blobs) = &self.blobs {
            blobs.place(&job.tmp, &job.row.id)?;
        }
        Ok(job)
    }

    fn sync(&mut self, staged: &mut [NewSubmission]) -> Result<(), ApiError> {
        // The files and their names first: a row must never name bytes a
        // crash could still lose.
        if let Some(blobs) = &self.blobs {
            let ids: Vec<&str> = staged.iter().map(|s| s.row.id.as_str()).collect();
            blobs.sync_placed(&ids)?;
        }
        let rows: Vec<(Option<&str>, &Submission)> = staged
            .iter()
            .map(|s| (s.upload.as_deref(), &s.row))
            .collect();
        let mut store = crate::locks::lock(&self.store, "store");
        store.insert_submissions(&rows)?;
        Ok(())
    }

    fn finish(&mut self, _: NewSubmission) {}

    fn undo(&mut self, staged: NewSubmission) {
        // Another store's object is removed by the request that stored it.
        let Some(blobs) = &self.blobs else { return };
        // A tus upload's file is the upload's only copy, and its row and
        // slot are still there: put it back where the upload keeps it, so
        // the reporter's retry of the last part completes it instead of
        // finding nothing. A plain submission's file is removed (its
        // sender was told it failed and sends it again whole).
        if staged.upload.is_some()
            && std::fs::rename(blobs.path(&staged.row.id), &staged.tmp).is_ok()
        {
            return;
        }
        let _ = blobs.remove(&staged.row.id);
    }
}

/// A request signature's nonce to remember before the request is served
/// (`auth`): who signed (keyid), the nonce, and the day it may be
/// forgotten after.
#[derive(Debug)]
pub struct Nonce {
    /// The signature's keyid.
    pub keyid: String,
    /// Its nonce.
    pub nonce: String,
    /// Kept until the end of this day.
    pub expires: Day,
    /// Today (older nonces are dropped).
    pub today: Day,
    /// Not seen before (set by the sync).
    fresh: bool,
}

impl Nonce {
    /// A nonce to remember.
    pub fn new(keyid: &str, nonce: &str, expires: Day, today: Day) -> Self {
        Nonce {
            keyid: keyid.to_owned(),
            nonce: nonce.to_owned(),
            expires,
            today,
            fresh: false,
        }
    }
}

/// Request nonces: a batch is remembered in one database transaction, so
/// the signed requests that arrive together (a sync's downloads) share one
/// commit; each waiter learns whether its nonce was new (false: a replay).
pub struct Nonces {
    /// The store the nonces go to.
    pub store: Arc<Mutex<Store>>,
    /// Whose ballast makes room on a full disk.
    pub disk: Arc<Disk>,
}

impl Durable for Nonces {
    type Job = Nonce;
    type Staged = Nonce;
    type Out = bool;

    fn stage(&mut self, job: Nonce) -> Result<Nonce, ApiError> {
        Ok(job)
    }

    fn sync(&mut self, staged: &mut [Nonce]) -> Result<(), ApiError> {
        let mut store = crate::locks::lock(&self.store, "store");
        let items: Vec<(&str, &str, Day, Day)> = staged
            .iter()
            .map(|n| (n.keyid.as_str(), n.nonce.as_str(), n.expires, n.today))
            .collect();
        let mut fresh = store.remember_nonces(&items);
        // A full disk must not lock the team out: the ballast makes room
        // for the whole batch at once (released here, not by each waiter,
        // so every request of the batch is retried, not only the one
        // that happened to remove the file).
        if fresh.as_ref().is_err_and(StoreError::is_disk_full) && self.disk.release_ballast() {
            fresh = store.remember_nonces(&items);
        }
        for (n, f) in staged.iter_mut().zip(fresh?) {
            n.fresh = f;
        }
        Ok(())
    }

    fn finish(&mut self, staged: Nonce) -> bool {
        staged.fresh
    }

    fn undo(&mut self, _: Nonce) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A failed batch puts a tus upload's file back where the upload
    /// keeps it (a retry of its last part completes it), and removes a
    /// plain submission's.
    #[test]
    fn a_failed_batch_gives_an_upload_its_file_back() {
        let root = std::env::temp_dir().join(format!(
            "dropbox-group-{}",
            dropbox_crypto::SubmissionId::random()
        ));
        std::fs::create_dir_all(&root).unwrap();
        let blobs = Blobs::open(&root).unwrap();
        let mut subs = Submissions {
            store: Arc::new(Mutex::new(Store::open_in_memory().unwrap())),
            blobs: Some(blobs.clone()),
        };
        let job = |name: &str, upload: Option<&str>| {
            let tmp = blobs.tmp_path(name);
            std::fs::write(&tmp, b"ciphertext").unwrap();
            NewSubmission {
                tmp,
                row: Submission {
                    id: dropbox_crypto::SubmissionId::random().to_string(),
                    size: 10,
                    receipt: "00".repeat(32),
                    delete_hash: None,
                    withdraw_hash: None,
                    day: Day::new(2026, 12, 6).unwrap(),
                },
                upload: upload.map(str::to_owned),
            }
        };
        let upload = subs.stage(job("upload-x", Some("x"))).unwrap();
        let post = subs.stage(job("post-y", None)).unwrap();
        let (upload_tmp, upload_id) = (upload.tmp.clone(), upload.row.id.clone());
        let (post_tmp, post_id) = (post.tmp.clone(), post.row.id.clone());
        assert!(blobs.path(&upload_id).exists() && !upload_tmp.exists());
        subs.undo(upload);
        subs.undo(post);
        assert_eq!(std::fs::read(&upload_tmp).unwrap(), b"ciphertext");
        assert!(!blobs.path(&upload_id).exists());
        assert!(!blobs.path(&post_id).exists() && !post_tmp.exists());
        let _ = std::fs::remove_dir_all(&root);
    }

    use std::future::Future;
    use std::sync::mpsc::{Receiver, Sender};

    /// Records batches; its sync reports it has started, waits to be told
    /// how to end, and ends so.
    struct Fake {
        entered: Sender<Vec<u32>>,
        outcome: Receiver<Option<std::io::ErrorKind>>,
        undone: Arc<Mutex<Vec<u32>>>,
    }

    impl Durable for Fake {
        type Job = u32;
        type Staged = u32;
        type Out = u32;

        fn stage(&mut self, job: u32) -> Result<u32, ApiError> {
            if job == 0 {
                return Err(ApiError::BadRequest("job", "zero".into()));
            }
            Ok(job)
        }

        fn sync(&mut self, staged: &mut [u32]) -> Result<(), ApiError> {
            self.entered.send(staged.to_vec()).unwrap();
            match self.outcome.recv().unwrap() {
                None => Ok(()),
                Some(kind) => Err(ApiError::from(std::io::Error::from(kind))),
            }
        }

        fn finish(&mut self, staged: u32) -> u32 {
            staged * 10
        }

        fn undo(&mut self, staged: u32) {
            self.undone.lock().unwrap().push(staged);
        }
    }

    /// A group, what its syncs see, how they end, what was undone.
    type Harness = (
        Arc<Group<Fake>>,
        Receiver<Vec<u32>>,
        Sender<Option<std::io::ErrorKind>>,
        Arc<Mutex<Vec<u32>>>,
    );

    fn fake() -> Harness {
        let (entered, entered_rx) = mpsc::channel();
        let (outcome_tx, outcome) = mpsc::channel();
        let undone = Arc::default();
        let g = Group::spawn(Fake {
            entered,
            outcome,
            undone: Arc::clone(&undone),
        });
        (Arc::new(g), entered_rx, outcome_tx, undone)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_waiter_is_released_only_after_its_batch_s_sync() {
        let (g, entered, outcome, undone) = fake();
        let g2 = g.clone();
        let waiter = tokio::spawn(async move { g2.commit(7).await });
        let batch = tokio::task::spawn_blocking(move || (entered.recv().unwrap(), entered))
            .await
            .unwrap();
        assert_eq!(batch.0, vec![7]);
        // The sync has begun and not ended: the waiter is still waiting.
        tokio::task::yield_now().await;
        assert!(!waiter.is_finished(), "released before its sync ended");
        outcome.send(None).unwrap();
        assert_eq!(waiter.await.unwrap().unwrap(), 70, "its own answer");
        assert!(undone.lock().unwrap().is_empty());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failed_sync_fails_every_waiter_of_its_batch_and_only_that_batch() {
        let (g, entered, outcome, undone) = fake();
        // The first batch holds the thread in its sync while three more
        // jobs (and one that fails to stage) queue behind it.
        let g1 = g.clone();
        let first = tokio::spawn(async move { g1.commit(1).await });
        let (b1, entered) = tokio::task::spawn_blocking(move || (entered.recv().unwrap(), entered))
            .await
            .unwrap();
        assert_eq!(b1, vec![1]);
        // Each polled once: queued (a job is queued at its first poll).
        let mut queued: Vec<_> = [2, 0, 3, 4].map(|job| Box::pin(g.commit(job))).into();
        for f in &mut queued {
            std::future::poll_fn(|cx| {
                assert!(f.as_mut().poll(cx).is_pending());
                std::task::Poll::Ready(())
            })
            .await;
        }
        outcome.send(None).unwrap();
        assert_eq!(first.await.unwrap().unwrap(), 10);
        let (b2, _entered) =
            tokio::task::spawn_blocking(move || (entered.recv().unwrap(), entered))
                .await
                .unwrap();
        assert_eq!(b2, vec![2, 3, 4], "one batch, the unstageable job left out");
        // The disk is full at the sync: every waiter of the batch hears so.
        outcome.send(Some(std::io::ErrorKind::StorageFull)).unwrap();
        let mut results = Vec::new();
        for q in queued {
            results.push(q.await);
        }
        assert!(matches!(results[1], Err(ApiError::BadRequest("job", _))));
        for i in [0, 2, 3] {
            assert!(
                matches!(results[i], Err(ApiError::DiskFull)),
                "{:?}",
                results[i]
            );
        }
        assert_eq!(*undone.lock().unwrap(), vec![2, 3, 4]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_io_error_at_the_sync_is_an_internal_error_for_each_waiter() {
        let (g, entered, outcome, undone) = fake();
        let g1 = g.clone();
        let w = tokio::spawn(async move { g1.commit(5).await });
        let _ = tokio::task::spawn_blocking(move || entered.recv().unwrap())
            .await
            .unwrap();
        outcome.send(Some(std::io::ErrorKind::Other)).unwrap();
        assert!(matches!(w.await.unwrap(), Err(ApiError::Internal(_))));
        assert_eq!(*undone.lock().unwrap(), vec![5]);
    }
}
