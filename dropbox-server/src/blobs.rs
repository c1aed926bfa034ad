//! Ciphertext files: one file per submission under `DATA/blobs/`, written to
//! `DATA/tmp/` first.
//!
//! The durable commit is: write the temp file, fsync it, set its times to
//! midnight UTC of the day, rename it into `blobs/`, fsync the directory.
//! Only then does the caller commit the database row and answer 201, so a
//! crash at any point leaves either nothing listed or a complete file.
//! Files in `tmp/` are partial by definition and are removed at start-up.

use std::fs::{File, FileTimes};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use dropbox_crypto::time::Day;

/// The data directory's file layout.
#[derive(Debug, Clone)]
pub struct Blobs {
    root: PathBuf,
}

impl Blobs {
    /// Uses (and creates) `blobs/` and `tmp/` under `data`.
    pub fn open(data: &Path) -> io::Result<Self> {
        let b = Blobs {
            root: data.to_owned(),
        };
        std::fs::create_dir_all(b.dir())?;
        std::fs::create_dir_all(b.tmp_dir())?;
        Ok(b)
    }

    /// The layout under `data`, creating nothing (for `check`).
    pub fn at(data: &Path) -> Self {
        Blobs {
            root: data.to_owned(),
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

    /// Makes a temp file durable and moves it into place as `id`.
    pub fn commit(&self, tmp: &Path, id: &str, day: Day) -> io::Result<()> {
        let f = File::options().write(true).open(tmp)?;
        f.sync_all()?;
        set_day_times(&f, day)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(tmp, self.path(id))?;
        sync_dir(&self.dir())?;
        Ok(())
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
            // An upload's file is named by `upload_file(id)`, not by its id.
            if !keep.iter().any(|id| crate::state::upload_file(id) == name) {
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
