//! Attachment files written inside a sync batch, kept out of sight until
//! the batch's database commit (issue 17: a large download streams into
//! the filing before its receipt is checked).
//!
//! Inside a batch every attachment file the filing writes goes to a new
//! file in the home's `staged/` directory, and a renumbering of a case's
//! files links them to new staged names instead of moving them, so the
//! case's own files stay exactly as they were until the commit. What the
//! commit must do to them is a list of [`Op`]s, kept per item: an item
//! undone (a download cut short or altered, a filing that failed) deletes
//! its staged files and nothing else changes. The list of the batch's kept
//! items is written into the database *in the commit's transaction*, then
//! carried out, then cleared; a process killed between the commit and the
//! end of the list has it carried out when the store is next opened
//! ([`apply`]). An item refused (quarantined: its record is kept) deletes
//! its staged files too ([`Staging::drop_item`]).
//!
//! Every step is gated on a staged file of its own that the step itself
//! consumes (a rename moves it away, a removal deletes its marker last),
//! so carrying out a list again from its start, after a crash part-way,
//! skips what was done and ends in the same files: no step ever runs
//! twice against a later step's result. A staged file that is gone when
//! its rename is due, its attachment missing too, was lost, not done: an
//! error naming the case and the attachment, never a step skipped.
//!
//! A batch holds the home's lock ([`crate::home::lock`]) from its start
//! until its list is carried out, and a store opened with a committed
//! list pending carries it out under the lock: two processes never carry
//! out one list at once (a `reviewer show` started between a sync's
//! commit and its renames would otherwise race it for the same staged
//! files). Whatever is in `staged/` when a store is opened, the lock
//! taken and no list pending, belongs to no batch: a process killed
//! before its commit left it, and it is deleted ([`sweep`]).

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::home::HomeLock;

/// The `meta` key the list of a committed batch is kept under until it
/// has been carried out.
pub const PENDING: &str = "pending_file_ops";

/// One step of a commit, paths relative to the home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    /// Rename staged file `from` to `to` (replacing it), if `from` is
    /// still there.
    Place {
        /// The staged file.
        from: String,
        /// The attachment file it becomes.
        to: String,
    },
    /// If marker `mark` is still there, remove `at`, then the marker.
    Drop {
        /// The staged marker, the step's gate.
        mark: String,
        /// The attachment file removed.
        at: String,
    },
}

/// The steps of the batch being filed.
#[derive(Debug)]
pub struct Staging {
    /// Of the items kept so far, in order.
    batch: Vec<Op>,
    /// Of the item being filed.
    item: Vec<Op>,
    /// The home's, held until the batch's list is carried out (dropped
    /// last: a batch abandoned deletes its staged files first).
    lock: Option<HomeLock>,
    /// The staged files' directory, opened as the batch began: a `syncfs`
    /// through it reports every write error on its filesystem since then
    /// (Linux tracks them per open file), not only those after the sync
    /// began. `None` if it could not be opened (each file is synced).
    fs: Option<std::fs::File>,
}

impl Staging {
    /// A batch's staging, under the home's lock.
    pub fn new(lock: HomeLock, home: &Path) -> Self {
        let dir = Self::dir(home);
        let fs = std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::File::open(&dir))
            .ok();
        Staging {
            batch: Vec::new(),
            item: Vec::new(),
            lock: Some(lock),
            fs,
        }
    }

    /// Where a staged file may be made.
    pub fn dir(home: &Path) -> PathBuf {
        home.join(crate::home::STAGED)
    }

    /// A fresh staged file name (relative to the home), its directory
    /// made.
    fn name(home: &Path) -> anyhow::Result<String> {
        std::fs::create_dir_all(Self::dir(home))?;
        Ok(format!(
            "{}/{}.{:016x}.stage",
            crate::home::STAGED,
            std::process::id(),
            rand::random::<u64>()
        ))
    }

    /// A new, empty, staged file's path (relative to `home`) and the file.
    fn create(home: &Path) -> anyhow::Result<(String, std::fs::File)> {
        let rel = Self::name(home)?;
        let f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(home.join(&rel))
            .with_context(|| format!("cannot create {}", home.join(&rel).display()))?;
        Ok((rel, f))
    }

    /// A staged file that the commit renames to `to`.
    pub fn file_for(&mut self, home: &Path, to: String) -> anyhow::Result<std::fs::File> {
        let (from, f) = Self::create(home)?;
        self.item.push(Op::Place { from, to });
        Ok(f)
    }

    /// What `at` will hold once the steps so far are carried out: a
    /// staged file, `at` itself, or nothing.
    fn resolve(&self, home: &Path, at: &str) -> Option<PathBuf> {
        let last = self
            .batch
            .iter()
            .chain(&self.item)
            .rev()
            .find(|op| match op {
                Op::Place { to, .. } => to == at,
                Op::Drop { at: a, .. } => a == at,
            });
        match last {
            Some(Op::Place { from, .. }) => Some(home.join(from)),
            Some(Op::Drop { .. }) => None,
            None => Some(home.join(at)).filter(|p| p.exists()),
        }
    }

    /// Moves the files `from[j]` to `to[j]` at the commit, whatever the
    /// two lists share: what each holds now is linked to a staged name
    /// first, then every `from` is removed, then the staged names placed.
    pub fn moves(&mut self, home: &Path, from: &[String], to: &[String]) -> anyhow::Result<()> {
        // What each holds, before any of this move's steps.
        let now: Vec<Option<PathBuf>> = from.iter().map(|f| self.resolve(home, f)).collect();
        for (f, n) in from.iter().zip(&now) {
            if n.is_some() {
                let (mark, _) = Self::create(home)?;
                self.item.push(Op::Drop {
                    mark,
                    at: f.clone(),
                });
            }
        }
        for (t, n) in to.iter().zip(&now) {
            let Some(n) = n else { continue };
            let staged = Self::name(home)?;
            std::fs::hard_link(n, home.join(&staged))
                .with_context(|| format!("cannot link {}", n.display()))?;
            self.item.push(Op::Place {
                from: staged,
                to: t.clone(),
            });
        }
        Ok(())
    }

    /// The item being filed is kept, or undone (its staged files deleted).
    pub fn end_item(&mut self, home: &Path, keep: bool) {
        if keep {
            self.batch.append(&mut self.item);
        } else {
            discard(home, &std::mem::take(&mut self.item));
        }
    }

    /// The item being filed was refused: what it staged goes, whether or
    /// not its record (a quarantine) is kept.
    pub fn drop_item(&mut self, home: &Path) {
        discard(home, &std::mem::take(&mut self.item));
    }

    /// The steps of the kept items, for the commit, and the home's lock,
    /// to hold until they are carried out; the staging is empty after.
    pub fn take(&mut self, home: &Path) -> (Vec<Op>, Option<HomeLock>) {
        discard(home, &std::mem::take(&mut self.item));
        (std::mem::take(&mut self.batch), self.lock.take())
    }

    /// The staged directory opened as the batch began, for
    /// [`sync_staged`].
    pub fn take_fs(&mut self) -> Option<std::fs::File> {
        self.fs.take()
    }

    /// A batch never committed: every staged file goes.
    pub fn abandon(&mut self, home: &Path) {
        let (ops, lock) = self.take(home);
        discard(home, &ops);
        drop(lock);
    }
}

/// Deletes the staged files of steps not carried out.
fn discard(home: &Path, ops: &[Op]) {
    for op in ops {
        let staged = match op {
            Op::Place { from, .. } => from,
            Op::Drop { mark, .. } => mark,
        };
        let _ = std::fs::remove_file(home.join(staged));
    }
}

/// Makes a batch's staged files durable, and their directory, before the
/// batch commits: its items are acked once it has, and a file renamed
/// into place after a power cut could otherwise come back empty or short
/// while its case lists it (ext4 orders a new file's data before a
/// rename over an old one only).
pub fn sync_staged(home: &Path, ops: &[Op], fs: Option<&std::fs::File>) -> anyhow::Result<()> {
    let files: Vec<PathBuf> = ops
        .iter()
        .filter_map(|op| match op {
            Op::Place { from, .. } => Some(home.join(from)),
            Op::Drop { .. } => None,
        })
        .collect();
    if files.is_empty() {
        return Ok(());
    }
    sync_paths(fs, &files, &[Staging::dir(home)])
}

/// Files and directories synced one `fsync` each up to this many; from
/// this many on, one `syncfs` of the home's filesystem instead. Each
/// fsync is a flush of the disk's cache, and flushes do not overlap: on
/// this project's machine 0.8 ms each whatever the file's size, one
/// thread or 16 (`dropbox-bench fsync`), two per report with an
/// attachment (its file, its case's directory), more than the rest of
/// its filing (issue 17; bench/RESULTS.md).
const SYNCFS_FROM: usize = 8;

/// The most data of the whole system waiting to be written (`Dirty` and
/// `Writeback` in /proc/meminfo, KiB) for which a batch uses `syncfs`:
/// it waits for other programs' unwritten data on the filesystem too, so
/// with more than this pending (a large copy under way) the batch syncs
/// its own paths one by one rather than wait for that.
const SYNCFS_MAX_DIRTY_KIB: u64 = 128 * 1024;

/// Whether `paths` paths are synced with one `syncfs` (see
/// [`SYNCFS_FROM`]), given the system's unwritten data in KiB (`None`:
/// unknown).
fn use_syncfs(paths: usize, dirty_kib: Option<u64>) -> bool {
    paths >= SYNCFS_FROM && dirty_kib.is_some_and(|k| k <= SYNCFS_MAX_DIRTY_KIB)
}

/// The system's data waiting to be written, in KiB: `Dirty` plus
/// `Writeback` from /proc/meminfo (`None` where it cannot be read).
fn dirty_kib() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let field = |name: &str| -> Option<u64> {
        info.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    };
    Some(field("Dirty")? + field("Writeback")?)
}

/// Whether a `syncfs` through `fs` makes what it covers durable and
/// reports its write errors: only on Linux 5.8 or later (earlier ones
/// return success whatever writeback failed) and on a filesystem whose
/// own sync writes to its disk: ext2/3/4, XFS, Btrfs. Not on stacked or
/// FUSE filesystems (eCryptfs, gocryptfs, sshfs), whose `syncfs` may
/// reach no disk at all, nor on any other: there each path is synced.
fn syncfs_works(fs: &std::fs::File) -> bool {
    const EXT4: u64 = 0xEF53;
    const XFS: u64 = 0x5846_5342;
    const BTRFS: u64 = 0x9123_683E;
    let kernel_ok = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .ok()
        .and_then(|r| {
            let mut v = r.trim().split(['.', '-']).map(|p| p.parse::<u32>().ok());
            Some((v.next()??, v.next()??))
        })
        .is_some_and(|v| v >= (5, 8));
    kernel_ok
        && rustix::fs::fstatfs(fs).is_ok_and(|st| matches!(st.f_type as u64, EXT4 | XFS | BTRFS))
}

/// Makes `files` (their data) and `dirs` (their entries) durable: one
/// fsync each, or one `syncfs` through `fs` when there are many
/// ([`use_syncfs`]) and it works there ([`syncfs_works`]). `fs` is on the
/// filesystem of every path (the batch's renames out of `staged/` need
/// that already).
fn sync_paths(
    fs: Option<&std::fs::File>,
    files: &[PathBuf],
    dirs: &[PathBuf],
) -> anyhow::Result<()> {
    let one_call =
        fs.filter(|fs| use_syncfs(files.len() + dirs.len(), dirty_kib()) && syncfs_works(fs));
    sync_paths_by(files, dirs, one_call)
}

/// [`sync_paths`], the way chosen: a file gone is an error (a staged file
/// lost before the commit fails the commit); a directory gone is skipped
/// (a case purged meanwhile).
fn sync_paths_by(
    files: &[PathBuf],
    dirs: &[PathBuf],
    one_call: Option<&std::fs::File>,
) -> anyhow::Result<()> {
    let gone = |e: &std::io::Error| e.kind() == std::io::ErrorKind::NotFound;
    if let Some(fs) = one_call {
        for path in files {
            std::fs::metadata(path).with_context(|| format!("cannot sync {}", path.display()))?;
        }
        return rustix::fs::syncfs(fs)
            .map_err(std::io::Error::from)
            .context("cannot sync the case store's filesystem");
    }
    for path in files {
        std::fs::File::open(path)
            .and_then(|f| f.sync_data())
            .with_context(|| format!("cannot sync {}", path.display()))?;
    }
    for d in dirs {
        match std::fs::File::open(d).and_then(|f| f.sync_all()) {
            Err(e) if gone(&e) => {}
            r => r.with_context(|| format!("cannot sync {}", d.display()))?,
        }
    }
    Ok(())
}

/// Carries out a committed batch's steps, in order, skipping those done
/// already; then syncs the directories it changed, so the caller may
/// forget the list. The caller holds the home's lock.
///
/// A rename whose staged file is gone and whose attachment is missing
/// (and not removed by a later step carried out already) was never done:
/// its file was lost. The other steps are carried out, then that is an
/// error naming the case and the attachment, and the list stays.
pub fn apply(home: &Path, ops: &[Op]) -> anyhow::Result<()> {
    // Opened before the renames: a `syncfs` through it reports their
    // write errors.
    let fs = std::fs::File::open(Staging::dir(home)).ok();
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut lost: Vec<String> = Vec::new();
    for (k, op) in ops.iter().enumerate() {
        let (gate, target) = match op {
            Op::Place { from, to } => (home.join(from), home.join(to)),
            Op::Drop { mark, at } => (home.join(mark), home.join(at)),
        };
        if !gate.exists() {
            if let Op::Place { from, to } = op
                && !target.exists()
                && !dropped_later(home, &ops[k + 1..], to)
            {
                lost.push(format!("{}: its staged file {from} is gone", describe(to)));
            }
            continue;
        }
        if let Some(d) = target.parent() {
            std::fs::create_dir_all(d)?;
            if !dirs.iter().any(|x| x == d) {
                dirs.push(d.to_owned());
            }
        }
        match op {
            Op::Place { .. } => std::fs::rename(&gate, &target)
                .with_context(|| format!("cannot file {}", target.display()))?,
            Op::Drop { .. } => {
                match std::fs::remove_file(&target) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(e)
                            .with_context(|| format!("cannot remove {}", target.display()));
                    }
                }
                std::fs::remove_file(&gate)?;
            }
        }
    }
    dirs.push(Staging::dir(home));
    sync_paths(fs.as_ref(), &[], &dirs)?;
    if !lost.is_empty() {
        anyhow::bail!(
            "attachment files lost before they were filed (their cases' records say they exist): {}",
            lost.join("; ")
        );
    }
    Ok(())
}

/// Whether one of `later` steps, carried out already, removed `at`.
fn dropped_later(home: &Path, later: &[Op], at: &str) -> bool {
    later.iter().any(|op| match op {
        Op::Drop { mark, at: a } => a == at && !home.join(mark).exists(),
        Op::Place { .. } => false,
    })
}

/// "case C: attachment N" for an attachment's path relative to the home.
fn describe(rel: &str) -> String {
    let mut parts = rel.rsplit('/');
    let n = parts.next().and_then(|f| f.strip_suffix(".age"));
    match (parts.next(), n) {
        (Some(case), Some(n)) => format!("case {case}: attachment {n}"),
        _ => rel.to_owned(),
    }
}

/// Deletes every staged file: the caller holds the home's lock and has
/// carried out any committed list, so no batch holds any of them (a
/// process killed before its commit left them, or an older reviewer).
pub fn sweep(home: &Path) {
    let Ok(entries) = std::fs::read_dir(Staging::dir(home)) else {
        return;
    };
    for e in entries.flatten() {
        if e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    use dropbox_crypto::keys::AgeIdentity;

    use super::*;
    use crate::store::CaseStore;
    use crate::store::attachfile::SealReader;

    const CASE: &str = "0123456789abcdef0123456789abcdef";

    struct Scratch(PathBuf);

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn scratch() -> Scratch {
        let p = std::env::temp_dir().join(format!("reviewer-stage-{:016x}", rand::random::<u64>()));
        std::fs::create_dir_all(&p).unwrap();
        Scratch(p)
    }

    fn write(st: &CaseStore, key: &AgeIdentity, n: usize, text: &str) {
        let mut sink = st.attachment_sink(CASE, key, n).unwrap();
        sink.write_all(text.as_bytes()).unwrap();
        sink.finish().unwrap().flush().unwrap();
    }

    /// Every attachment file of the case, in order, decrypted; panics on
    /// a gap (a file missing before the last).
    fn files(home: &Path, key: &AgeIdentity) -> Vec<String> {
        let dir = home.join(crate::home::ATTACHMENTS).join(CASE);
        let count = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
        (0..count)
            .map(|n| {
                let f = std::fs::File::open(dir.join(format!("{n}.age")))
                    .unwrap_or_else(|e| panic!("attachment {n} of {count}: {e}"));
                let mut s = String::new();
                SealReader::new(f, key, CASE)
                    .unwrap()
                    .read_to_string(&mut s)
                    .unwrap();
                s
            })
            .collect()
    }

    /// A batch syncs its paths with one `syncfs` from [`SYNCFS_FROM`] of
    /// them on, unless much other data waits to be written or that is
    /// unknown; the amount is read from this system.
    #[test]
    fn many_paths_are_synced_in_one_call_unless_much_else_is_unwritten() {
        assert!(!use_syncfs(SYNCFS_FROM - 1, Some(0)));
        assert!(use_syncfs(SYNCFS_FROM, Some(0)));
        assert!(use_syncfs(500, Some(SYNCFS_MAX_DIRTY_KIB)));
        assert!(!use_syncfs(500, Some(SYNCFS_MAX_DIRTY_KIB + 1)));
        assert!(!use_syncfs(500, None));
        assert!(
            dirty_kib().is_some(),
            "/proc/meminfo has no Dirty or Writeback"
        );
    }

    /// Both ways of syncing a batch's paths succeed on real files and
    /// directories, and fail on a path that is not there; a batch of
    /// more attachments than [`SYNCFS_FROM`] commits every file whole.
    #[test]
    fn a_batch_of_many_attachments_syncs_and_commits_them_all() {
        let dir = scratch();
        let (member, key) = (AgeIdentity::generate(), AgeIdentity::generate());
        let st = CaseStore::open(&dir.0, &member).unwrap();
        st.begin_batch().unwrap();
        st.begin_item().unwrap();
        let texts: Vec<String> = (0..SYNCFS_FROM + 4).map(|i| format!("file {i}")).collect();
        for (i, t) in texts.iter().enumerate() {
            write(&st, &key, i, t);
        }
        let staged_files: Vec<PathBuf> = std::fs::read_dir(Staging::dir(&dir.0))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(staged_files.len(), texts.len());
        // A directory gone (a case purged meanwhile) is skipped; a file
        // gone is an error either way.
        let dirs = [Staging::dir(&dir.0), dir.0.clone(), dir.0.join("purged")];
        let fs = std::fs::File::open(Staging::dir(&dir.0)).unwrap();
        for one_call in [Some(&fs), None] {
            sync_paths_by(&staged_files, &dirs, one_call).unwrap();
        }
        let gone = [dir.0.join("not-there")];
        for one_call in [Some(&fs), None] {
            let e = sync_paths_by(&gone, &dirs, one_call).unwrap_err();
            assert!(format!("{e:#}").contains("not-there"), "{e:#}");
        }
        // A filesystem whose sync reaches no disk (procfs here) never
        // takes the one call.
        assert!(!syncfs_works(
            &std::fs::File::open("/proc/self/status").unwrap()
        ));
        st.end_item(true).unwrap();
        st.commit_batch().unwrap();
        assert_eq!(files(&dir.0, &key), texts);
        assert_eq!(staged(&dir.0), 0);
    }

    fn staged(home: &Path) -> usize {
        std::fs::read_dir(Staging::dir(home)).map_or(0, |d| d.count())
    }

    /// A download found cut or altered after the filing wrote its
    /// attachment undoes the item: the case's files are as they were and
    /// no staged file is left; a batch never committed (an error, the
    /// process ending) leaves nothing either.
    #[test]
    fn an_undone_item_or_an_uncommitted_batch_leaves_the_files_as_they_were() {
        let dir = scratch();
        let (member, key) = (AgeIdentity::generate(), AgeIdentity::generate());
        {
            let st = CaseStore::open(&dir.0, &member).unwrap();
            write(&st, &key, 0, "report");
            st.begin_batch().unwrap();
            st.begin_item().unwrap();
            write(&st, &key, 1, "half a follow-up");
            st.renumber_attachments(CASE, 0, 1, 5).unwrap();
            assert_eq!(staged(&dir.0), 3, "the new file, a link and a marker");
            assert_eq!(files(&dir.0, &key), ["report"], "visible before the commit");
            st.end_item(false).unwrap();
            assert_eq!(staged(&dir.0), 0);
            st.begin_item().unwrap();
            write(&st, &key, 1, "a follow-up never committed");
            st.end_item(true).unwrap();
        }
        assert_eq!(staged(&dir.0), 0);
        assert_eq!(files(&dir.0, &key), ["report"]);
    }

    /// An attachment large enough for its file's writeback to be started
    /// twice while it is written (`Writeback`, every 16 MiB) is whole
    /// after the commit: starting the writeback drops no byte.
    #[test]
    fn a_large_attachment_written_with_early_writeback_reads_back_whole() {
        use sha2::{Digest, Sha256};
        let dir = scratch();
        let (member, key) = (AgeIdentity::generate(), AgeIdentity::generate());
        let st = CaseStore::open(&dir.0, &member).unwrap();
        st.begin_batch().unwrap();
        st.begin_item().unwrap();
        let mut sink = st.attachment_sink(CASE, &key, 0).unwrap();
        let mut want = Sha256::new();
        let mut piece = vec![0u8; 1 << 20];
        for i in 0..40u32 {
            for (j, b) in piece.iter_mut().enumerate() {
                *b = (i as usize * 7 + j * 13 + j / 251) as u8;
            }
            want.update(&piece);
            sink.write_all(&piece).unwrap();
        }
        sink.finish().unwrap().flush().unwrap();
        st.end_item(true).unwrap();
        st.commit_batch().unwrap();
        let f = std::fs::File::open(
            dir.0
                .join(crate::home::ATTACHMENTS)
                .join(CASE)
                .join("0.age"),
        )
        .unwrap();
        let mut got = Sha256::new();
        let n = std::io::copy(&mut SealReader::new(f, &key, CASE).unwrap(), &mut got).unwrap();
        assert_eq!(n, 40 << 20);
        assert_eq!(got.finalize(), want.finalize());
    }

    /// A batch whose staged file is gone before its commit (so it could
    /// not be synced) does not commit: its item is not acked, and the case
    /// does not list a file that is not there.
    #[test]
    fn a_staged_file_gone_before_the_commit_fails_the_commit_naming_it() {
        let dir = scratch();
        let (member, key) = (AgeIdentity::generate(), AgeIdentity::generate());
        let st = CaseStore::open(&dir.0, &member).unwrap();
        st.begin_batch().unwrap();
        st.begin_item().unwrap();
        write(&st, &key, 0, "report");
        st.end_item(true).unwrap();
        for e in std::fs::read_dir(Staging::dir(&dir.0)).unwrap() {
            std::fs::remove_file(e.unwrap().path()).unwrap();
        }
        let err = st.commit_batch().unwrap_err();
        assert!(format!("{err:#}").contains("cannot sync"), "{err:#}");
        assert!(st.meta(PENDING).unwrap().is_none(), "nothing committed");
    }

    /// Whatever is in `staged/` when a store is opened and no batch holds
    /// the home's lock is a leftover (a process killed before its commit,
    /// whichever process it was: a pid is reused), and it is deleted; a
    /// batch in progress holds the lock, so a store opened meanwhile (a
    /// `reviewer show` while a sync runs) leaves its staged files alone.
    #[test]
    fn staged_files_no_batch_holds_are_swept_at_open_and_a_running_batchs_kept() {
        let dir = scratch();
        let (member, key) = (AgeIdentity::generate(), AgeIdentity::generate());
        let st = CaseStore::open(&dir.0, &member).unwrap();
        let sd = Staging::dir(&dir.0);
        std::fs::create_dir_all(&sd).unwrap();
        // Beyond any pid_max: no such process.
        let dead = sd.join("4294967295.00000000000000aa.stage");
        // Named after a process that runs: this one.
        let alive = sd.join(format!("{}.00000000000000bb.stage", std::process::id()));
        std::fs::write(&dead, b"ct").unwrap();
        std::fs::write(&alive, b"ct").unwrap();
        st.begin_batch().unwrap();
        st.begin_item().unwrap();
        write(&st, &key, 0, "streaming in");
        assert_eq!(staged(&dir.0), 3);
        drop(CaseStore::open(&dir.0, &member).unwrap());
        assert_eq!(staged(&dir.0), 3, "an open during a batch swept its files");
        st.end_item(true).unwrap();
        st.commit_batch().unwrap();
        assert_eq!(files(&dir.0, &key), ["streaming in"]);
        drop(CaseStore::open(&dir.0, &member).unwrap());
        assert!(!dead.exists());
        assert!(!alive.exists(), "a leftover outlived the open");
        assert_eq!(staged(&dir.0), 0);
        assert_eq!(files(&dir.0, &key), ["streaming in"]);
    }

    /// A store opened between a batch's commit and its renames (`reviewer
    /// show` started while a sync commits) waits for them under the home's
    /// lock rather than carrying out the same list at the same time.
    #[test]
    fn a_store_opened_between_a_commit_and_its_renames_waits_for_them() {
        let dir = scratch();
        let (member, key) = (AgeIdentity::generate(), AgeIdentity::generate());
        let st = CaseStore::open(&dir.0, &member).unwrap();
        write(&st, &key, 0, "report");
        st.begin_batch().unwrap();
        st.begin_item().unwrap();
        write(&st, &key, 1, "follow-up");
        st.renumber_attachments(CASE, 1, 1, 2).unwrap();
        write(&st, &key, 1, "in its place");
        st.end_item(true).unwrap();
        let (ops, lock) = st.commit_batch_rows().unwrap();
        // flock locks an open file, so a second open of the lock file in
        // this process contends as another process would.
        let (tx, rx) = std::sync::mpsc::channel();
        let (home, secret) = (dir.0.clone(), member.expose_string().to_string());
        let other = std::thread::spawn(move || {
            let member: AgeIdentity = secret.parse().unwrap();
            let r = CaseStore::open(&home, &member).map(drop);
            tx.send(r.map_err(|e| format!("{e:#}"))).unwrap();
        });
        std::thread::sleep(std::time::Duration::from_millis(500));
        assert!(
            rx.try_recv().is_err(),
            "the store opened (and finished the renames) while the committing batch held the lock"
        );
        st.apply_file_ops(&ops).unwrap();
        drop(lock);
        let opened = rx.recv_timeout(std::time::Duration::from_secs(60)).unwrap();
        opened.unwrap();
        other.join().unwrap();
        assert_eq!(files(&dir.0, &key), ["report", "in its place", "follow-up"]);
        assert_eq!(staged(&dir.0), 0);
        assert_eq!(st.meta(PENDING).unwrap(), None);
    }

    /// A staged file gone when its rename is due, its attachment missing
    /// too, is an error naming the case and the attachment, at the commit
    /// and at every open after, never a rename counted as done (which
    /// would leave the case without the file and its item acked).
    #[test]
    fn a_staged_file_lost_before_its_rename_is_an_error_never_done() {
        let dir = scratch();
        let (member, key) = (AgeIdentity::generate(), AgeIdentity::generate());
        let st = CaseStore::open(&dir.0, &member).unwrap();
        write(&st, &key, 0, "report");
        st.begin_batch().unwrap();
        st.begin_item().unwrap();
        write(&st, &key, 1, "follow-up");
        st.end_item(true).unwrap();
        let (ops, lock) = st.commit_batch_rows().unwrap();
        let Some(Op::Place { from, .. }) = ops.first() else {
            panic!("{ops:?}")
        };
        std::fs::remove_file(dir.0.join(from)).unwrap();
        let e = format!("{:#}", st.apply_file_ops(&ops).unwrap_err());
        assert!(e.contains(&format!("case {CASE}: attachment 1")), "{e}");
        drop(lock);
        drop(st);
        let again = CaseStore::open(&dir.0, &member)
            .err()
            .expect("opened as if done");
        let again = format!("{again:#}");
        assert!(
            again.contains(&format!("case {CASE}: attachment 1")),
            "{again}"
        );
    }

    /// The worst renumbering a sync files (a grant's report replaced by
    /// the real one with another number of attachments, follow-ups after
    /// them), committed, then the process killed after each step of the
    /// renames: the next open finishes them, and every case file ends
    /// where it belongs with nothing stale or staged left.
    #[test]
    fn a_kill_after_the_commit_at_any_rename_is_finished_at_the_next_open() {
        for (old_n, new_n) in [(1usize, 3usize), (3, 1)] {
            let later = 2;
            let want: Vec<String> = (0..new_n)
                .map(|i| format!("new report {i}"))
                .chain((0..later).map(|j| format!("follow-up {j}")))
                .collect();
            let mut k = 0;
            loop {
                let dir = scratch();
                let (member, key) = (AgeIdentity::generate(), AgeIdentity::generate());
                let st = CaseStore::open(&dir.0, &member).unwrap();
                for i in 0..old_n {
                    write(&st, &key, i, &format!("grant's {i}"));
                }
                for j in 0..later {
                    write(&st, &key, old_n + j, &format!("follow-up {j}"));
                }
                st.begin_batch().unwrap();
                st.begin_item().unwrap();
                // As ingest's check_granted does it.
                let far = old_n.max(new_n) + later;
                st.renumber_attachments(CASE, old_n, later, far).unwrap();
                for i in 0..new_n {
                    write(&st, &key, i, &format!("new report {i}"));
                }
                st.renumber_attachments(CASE, far, later, new_n).unwrap();
                st.end_item(true).unwrap();
                let (ops, lock) = st.commit_batch_rows().unwrap();
                let done = k >= ops.len();
                // Killed after k steps.
                apply(&dir.0, &ops[..k.min(ops.len())]).unwrap();
                drop(lock);
                drop(st);
                drop(CaseStore::open(&dir.0, &member).unwrap());
                assert_eq!(
                    files(&dir.0, &key),
                    want,
                    "{old_n} -> {new_n}, killed after {k} steps"
                );
                assert_eq!(staged(&dir.0), 0);
                let st = CaseStore::open(&dir.0, &member).unwrap();
                assert_eq!(st.meta(PENDING).unwrap(), None);
                if done {
                    break;
                }
                k += 1;
            }
        }
    }
}
