//! Ciphertext files: one file per submission under `DATA/blobs/`, written to
//! `DATA/tmp/` first.
//!
//! The durable commit is: write the temp file, fsync it, set its mode to
//! 0600 and its times to midnight UTC of the day, rename it into `blobs/`,
//! fsync the directory. Only then does the caller commit the database row
//! and answer 201, so a crash at any point leaves either nothing listed or a
//! complete file. Files in `tmp/` are partial by definition and are removed
//! at start-up. Concurrent submissions share their syncs and the database
//! commit ([`Blobs::prepare`], [`Blobs::place`], [`Blobs::sync_placed`],
//! driven by `group`): a request only writes its file; the group's thread
//! renames every file of a batch into place, fsyncs them all and the
//! directory at once, then commits their rows, and only then is any 201 of
//! the batch sent.
//!
//! A file's ctime (inode change time) cannot be set: the kernel stamps it
//! on every rename, chmod or time change, so a committed file's ctime is its
//! arrival to the nanosecond. [`Blobs::settle`], run at start and after
//! each midnight, therefore rewrites every file whose ctime is still its
//! arrival's, i.e. within the day the file is dated (copy,
//! fsync, rename over): the copy's ctime (and inode number) is the pass's,
//! shared by every file it settled, in id order, which is random. It then
//! sets the times of upload files, the database files and the directories
//! to midnight. What remains finer than a day is what happened since the
//! last pass: the current day (THREAT_MODEL.md, "File times").

use std::fs::{File, FileTimes, Permissions};
use std::io;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use dropbox_crypto::time::Day;

/// The mode of every file the server writes under `blobs/` and `tmp/`,
/// whatever the umask.
pub const FILE_MODE: u32 = 0o600;

const DAY_SECS: i64 = 86_400;

/// Threads a batch's file fsyncs are spread over: enough for the file
/// system to see them together, few enough to start cheaply per batch.
pub const SYNC_LANES: usize = 16;

/// The data directory's file layout.
#[derive(Debug, Clone)]
pub struct Blobs {
    root: PathBuf,
    /// Held while a committed file is removed or rewritten, so settling a
    /// file can never bring back one a deletion just removed.
    files: Arc<Mutex<()>>,
}

/// What one [`Blobs::settle`] pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Settled {
    /// Report files rewritten.
    pub rewritten: usize,
    /// Files whose times could not be settled (retried at the next pass),
    /// with why.
    pub failed: Vec<String>,
}

impl Blobs {
    /// Uses (and creates) `blobs/` and `tmp/` under `data`.
    pub fn open(data: &Path) -> io::Result<Self> {
        let b = Blobs::at(data);
        std::fs::create_dir_all(b.dir())?;
        std::fs::create_dir_all(b.tmp_dir())?;
        Ok(b)
    }

    /// The layout under `data`, creating nothing (for `check`).
    pub fn at(data: &Path) -> Self {
        Blobs {
            root: data.to_owned(),
            files: Arc::new(Mutex::new(())),
        }
    }

    /// Where committed ciphertexts live.
    pub fn dir(&self) -> PathBuf {
        self.root.join("blobs")
    }

    /// Where partial files live.
    pub fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }

    /// The committed file of a submission. Ids are validated 32-hex strings,
    /// so they cannot escape the directory.
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir().join(id)
    }

    /// A temp file path.
    pub fn tmp_path(&self, name: &str) -> PathBuf {
        self.tmp_dir().join(name)
    }

    /// Creates (or truncates) a temp file, readable by the server alone
    /// whatever the umask.
    pub fn create_tmp(&self, name: &str) -> io::Result<File> {
        let f = File::options()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(FILE_MODE)
            .open(self.tmp_path(name))?;
        // The umask can only take bits away; put back any it took.
        f.set_permissions(Permissions::from_mode(FILE_MODE))?;
        Ok(f)
    }

    /// Makes a temp file durable and moves it into place as `id`.
    pub fn commit(&self, tmp: &Path, id: &str, day: Day) -> io::Result<()> {
        let f = File::options().write(true).open(tmp)?;
        f.sync_all()?;
        f.set_permissions(Permissions::from_mode(FILE_MODE))?;
        set_day_times(&f, day)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(tmp, self.path(id))?;
        sync_dir(&self.dir())?;
        Ok(())
    }

    /// The first half of a commit shared with others (`group`): gives a
    /// written temp file its mode and day times, ready to be placed. No
    /// sync here: the batch's [`Blobs::sync_placed`] covers it.
    pub fn prepare(&self, tmp: &Path, day: Day) -> io::Result<()> {
        let f = File::options().write(true).open(tmp)?;
        f.set_permissions(Permissions::from_mode(FILE_MODE))?;
        set_day_times(&f, day)
    }

    /// Moves a prepared temp file into place as `id`; durable only after
    /// the next [`Blobs::sync_placed`] that names it.
    pub fn place(&self, tmp: &Path, id: &str) -> io::Result<()> {
        std::fs::rename(tmp, self.path(id))
    }

    /// Makes the files placed as `ids` durable, bytes, times and directory
    /// entries: every file's fsync and the directory's are issued at once,
    /// from up to [`SYNC_LANES`] threads, so the file system covers them
    /// with as few journal commits as it can instead of one per request
    /// (issue 17). Returns once all of them have completed.
    pub fn sync_placed(&self, ids: &[&str]) -> io::Result<()> {
        let paths: Vec<PathBuf> = ids.iter().map(|id| self.path(id)).collect();
        let per_lane = paths.len().div_ceil(SYNC_LANES).max(1);
        let dir = self.dir();
        std::thread::scope(|scope| {
            let lanes: Vec<_> = paths
                .chunks(per_lane)
                .map(|chunk| {
                    scope.spawn(move || {
                        chunk
                            .iter()
                            .try_for_each(|p| File::open(p).and_then(|f| f.sync_all()))
                    })
                })
                .collect();
            let dir_synced = sync_dir(&dir);
            for lane in lanes {
                lane.join()
                    .map_err(|_| io::Error::other("a file sync thread panicked"))??;
            }
            dir_synced
        })
    }

    /// Opens a committed file for reading without updating its access
    /// time, so fetching a report leaves no trace of when it was read (falls
    /// back to a plain open where O_NOATIME is not permitted).
    pub fn open_for_read(&self, id: &str) -> io::Result<File> {
        use std::os::unix::fs::OpenOptionsExt;
        let path = self.path(id);
        let noatime = rustix::fs::OFlags::NOATIME.bits() as i32;
        match File::options().read(true).custom_flags(noatime).open(&path) {
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => File::open(&path),
            other => other,
        }
    }

    /// Removes a committed file (after its row is gone).
    pub fn remove(&self, id: &str) -> io::Result<()> {
        let _files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        match std::fs::remove_file(self.path(id)) {
            Ok(()) => sync_dir(&self.dir()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Removes every temp file except those of the open uploads whose ids
    /// are in `keep`.
    pub fn clean_tmp(&self, keep: &[String]) -> io::Result<usize> {
        let mut n = 0;
        for e in std::fs::read_dir(self.tmp_dir())? {
            let e = e?;
            let name = e.file_name().to_string_lossy().into_owned();
            // An upload's file is named by `upload_file(id)`, not by its id;
            // versions before 0.2 named it `upload-<id>`: rename those.
            if let Some(id) = keep.iter().find(|id| name == format!("upload-{id}")) {
                std::fs::rename(e.path(), self.tmp_path(&upload_file(id)))?;
                continue;
            }
            if !keep.iter().any(|id| upload_file(id) == name) {
                std::fs::remove_file(e.path())?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Removes committed files with no row (a crash between rename and the
    /// row commit): they were never acknowledged to anyone.
    pub fn remove_orphans(&self, known: &[String]) -> io::Result<usize> {
        let mut n = 0;
        for e in std::fs::read_dir(self.dir())? {
            let e = e?;
            let name = e.file_name().to_string_lossy().into_owned();
            if !known.contains(&name) {
                std::fs::remove_file(e.path())?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Settles the times of the data directory as of `today` (see the
    /// module comment): rewrites every report file not yet settled, then
    /// sets the access and modification times of the upload files, the
    /// database files and the directories to midnight UTC of `today`.
    /// A report file is rewritten only while that leaves `reserve` bytes
    /// free. Errors are collected, not fatal: what failed is retried next
    /// pass.
    pub fn settle(&self, today: Day, reserve: u64) -> Settled {
        let mut out = Settled::default();
        let mut names: Vec<String> = match std::fs::read_dir(self.dir()) {
            Ok(d) => d
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect(),
            Err(e) => {
                out.failed.push(format!("{}: {e}", self.dir().display()));
                Vec::new()
            }
        };
        // Ids are random: settling in id order leaves ctimes and inode
        // numbers in an order that says nothing about arrival.
        names.sort();
        for name in &names {
            match self.rewrite(name, reserve) {
                Ok(true) => out.rewritten += 1,
                Ok(false) => {}
                Err(e) => {
                    let _ = std::fs::remove_file(self.tmp_path(&settle_file(name)));
                    out.failed.push(format!("report file {name}: {e}"));
                }
            }
        }
        if out.rewritten > 0
            && let Err(e) = sync_dir(&self.dir())
        {
            out.failed.push(format!("{}: {e}", self.dir().display()));
        }
        let midnight = day_start(today);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.tmp_dir())
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        for f in [
            crate::commands::DB_FILE.to_owned(),
            format!("{}-wal", crate::commands::DB_FILE),
            format!("{}-shm", crate::commands::DB_FILE),
            // Made at start, or remade when space returns: a time of day.
            crate::disk::BALLAST_FILE.to_owned(),
        ] {
            let p = self.root.join(f);
            if p.exists() {
                paths.push(p);
            }
        }
        // Directories last: the rewrites above changed them.
        paths.extend([self.dir(), self.tmp_dir(), self.root.clone()]);
        for p in paths {
            // By path, never through a new descriptor: closing a descriptor
            // of the database file would drop SQLite's locks on it.
            if let Err(e) = set_path_times(&p, midnight, midnight) {
                out.failed.push(format!("{}: {e}", p.display()));
            }
        }
        out
    }

    /// Rewrites one committed file if it is not settled yet; true if it
    /// was rewritten.
    fn rewrite(&self, id: &str, reserve: u64) -> io::Result<bool> {
        let _files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let mut src = match self.open_for_read(id) {
            Ok(f) => f,
            // Removed since the listing.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e),
        };
        let meta = src.metadata()?;
        if !meta.is_file() || !needs_settling(&meta) {
            return Ok(false);
        }
        // The copy must not eat the space kept for reports and requests.
        if free_space(&self.root)? < meta.len().saturating_add(reserve) {
            return Err(io::Error::other("not enough free disk space to rewrite it"));
        }
        let day = meta.mtime() - meta.mtime().rem_euclid(DAY_SECS);
        let tmp = settle_file(id);
        let mut dst = self.create_tmp(&tmp)?;
        io::copy(&mut src, &mut dst)?;
        dst.sync_all()?;
        dst.set_times(
            FileTimes::new()
                .set_accessed(at_secs(day))
                .set_modified(at_secs(day)),
        )?;
        dst.sync_all()?;
        drop(dst);
        std::fs::rename(self.tmp_path(&tmp), self.path(id))?;
        Ok(true)
    }
}

/// The temp file a settling rewrite of `id` goes through.
fn settle_file(id: &str) -> String {
    format!("settle-{id}")
}

/// Whether a committed file still carries the ctime of its arrival: a
/// ctime within the day its modification time names. A pass runs after
/// that day has ended, so a settled file's ctime is on a later day. (A
/// file settled on its own day, at a start-up, is rewritten once more
/// after midnight; one committed across midnight keeps a ctime a moment
/// after it, THREAT_MODEL.md §4.)
pub fn needs_settling(meta: &std::fs::Metadata) -> bool {
    let day = meta.mtime() - meta.mtime().rem_euclid(DAY_SECS);
    meta.ctime() < day + DAY_SECS
}

fn day_start(day: Day) -> i64 {
    day.start().0
}

fn at_secs(secs: i64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).unwrap_or(0))
}

fn set_path_times(path: &Path, accessed: i64, modified: i64) -> io::Result<()> {
    use rustix::fs::{AtFlags, CWD, Timespec, Timestamps, utimensat};
    let ts = |secs: i64| Timespec {
        tv_sec: secs,
        tv_nsec: 0,
    };
    utimensat(
        CWD,
        path,
        &Timestamps {
            last_access: ts(accessed),
            last_modification: ts(modified),
        },
        AtFlags::SYMLINK_NOFOLLOW,
    )
    .map_err(io::Error::from)
}

/// Sets a file's access and modification times to midnight UTC of `day`, so
/// file times reveal nothing finer than the day.
pub fn set_day_times(f: &File, day: Day) -> io::Result<()> {
    let secs = u64::try_from(day.start().0).unwrap_or(0);
    let t = SystemTime::UNIX_EPOCH + Duration::from_secs(secs);
    f.set_times(FileTimes::new().set_accessed(t).set_modified(t))
}

/// fsyncs a directory so a rename or removal in it is durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Bytes available to this process on the file system holding `path`.
pub fn free_space(path: &Path) -> io::Result<u64> {
    let st = rustix::fs::statvfs(path).map_err(io::Error::from)?;
    Ok(st.f_bavail.saturating_mul(st.f_frsize))
}

/// The domain-separation label of an upload's temp file name.
const UPLOAD_FILE_LABEL: &str = "dropbox-server upload file v1\n";

/// The temp file name of an upload: a hash of its id, because the id is
/// the upload's only credential and a file name must not hand it to
/// whoever reads the directory.
pub fn upload_file(id: &str) -> String {
    let digest = dropbox_crypto::Sha256Digest::of(format!("{UPLOAD_FILE_LABEL}{id}").as_bytes());
    format!("upload-{digest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch() -> PathBuf {
        let d = std::env::temp_dir().join(format!(
            "dropbox-blobs-{}",
            dropbox_crypto::SubmissionId::random()
        ));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn settling_rewrites_an_arrival_day_file_and_keeps_its_bytes() {
        let root = scratch();
        let b = Blobs::open(&root).unwrap();
        let day = dropbox_crypto::time::UnixTime::now().day();
        std::io::Write::write_all(&mut b.create_tmp("post-x").unwrap(), b"ciphertext").unwrap();
        b.commit(&b.tmp_path("post-x"), "aa", day).unwrap();
        let before = std::fs::metadata(b.path("aa")).unwrap();
        assert!(needs_settling(&before), "its ctime is its arrival, today");
        assert_eq!(before.permissions().mode() & 0o777, FILE_MODE);

        // Not while it would eat into the reserve.
        let s = b.settle(day.add_days(1), u64::MAX / 2);
        assert_eq!((s.rewritten, s.failed.len()), (0, 1), "{s:?}");
        assert_eq!(std::fs::metadata(b.path("aa")).unwrap().ino(), before.ino());

        let s = b.settle(day.add_days(1), 0);
        assert_eq!((s.rewritten, s.failed.len()), (1, 0), "{s:?}");
        let after = std::fs::metadata(b.path("aa")).unwrap();
        assert_ne!(after.ino(), before.ino(), "a new inode");
        assert_eq!(after.mtime(), day.start().0);
        assert_eq!(after.atime(), day.start().0);
        assert_eq!(after.permissions().mode() & 0o777, FILE_MODE);
        assert_eq!(std::fs::read(b.path("aa")).unwrap(), b"ciphertext");
        assert_eq!(
            std::fs::metadata(b.dir()).unwrap().mtime(),
            day.add_days(1).start().0
        );
        assert_eq!(std::fs::read_dir(b.tmp_dir()).unwrap().count(), 0);

        // A file whose ctime is past its day (as a settled file's is) is
        // left alone.
        std::io::Write::write_all(&mut b.create_tmp("post-y").unwrap(), b"old").unwrap();
        b.commit(&b.tmp_path("post-y"), "bb", day.add_days(-1))
            .unwrap();
        let old = std::fs::metadata(b.path("bb")).unwrap();
        assert!(!needs_settling(&old));
        b.settle(day.add_days(1), 0);
        assert_eq!(std::fs::metadata(b.path("bb")).unwrap().ino(), old.ino());
        let _ = std::fs::remove_dir_all(root);
    }

    /// An open upload's file from a version that named it by the id is
    /// renamed to the hashed name at start, not removed; strays are.
    #[test]
    fn start_up_renames_an_id_named_upload_file_and_removes_strays() {
        let root = scratch();
        let b = Blobs::open(&root).unwrap();
        let id = "0123456789abcdef0123456789abcdef".to_owned();
        std::fs::write(b.tmp_path(&format!("upload-{id}")), b"part").unwrap();
        std::fs::write(b.tmp_path("post-x"), b"partial").unwrap();
        assert_eq!(b.clean_tmp(std::slice::from_ref(&id)).unwrap(), 1);
        let hashed = upload_file(&id);
        assert!(!hashed.contains(&id));
        assert_eq!(std::fs::read(b.tmp_path(&hashed)).unwrap(), b"part");
        assert_eq!(std::fs::read_dir(b.tmp_dir()).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(root);
    }
}
