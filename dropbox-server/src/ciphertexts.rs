//! Where reports' ciphertexts are kept, behind one trait
//! ([`CiphertextStore`]) with two implementations: the data directory's
//! `blobs/` ([`Blobs`], the default: one file per report) and an
//! S3-compatible bucket ([`s3::S3`], `--blobs s3://BUCKET[/PREFIX]`).
//!
//! Either way a report's ciphertext is stored durably under its random id
//! before its row is committed and before any 201 (`routes::submit`): a
//! row never names bytes a crash or a failed store could lose, and a
//! store that fails leaves no row. The local directory's files are
//! committed by the group commit's shared fsyncs ([`CiphertextStore::local`],
//! `group`); other stores take each report with [`CiphertextStore::put`]
//! (its PUT or multipart completion is the durable commit), after which
//! the group commits only the row. What a bucket learns is in
//! THREAT_MODEL.md §4 and docs/OPERATIONS.md ("Ciphertext in an
//! S3-compatible store").

pub mod s3;

use std::collections::HashSet;
use std::io;
use std::path::Path;

use bytes::Bytes;
use dropbox_crypto::time::Day;
use futures_util::future::BoxFuture;
use futures_util::stream::BoxStream;

use crate::blobs::Blobs;

/// A report's ciphertext as it is read: chunks in order.
pub type ByteStream = BoxStream<'static, io::Result<Bytes>>;

/// Storing or reading a ciphertext failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CiphertextError {
    /// No ciphertext is stored under that id.
    #[error("no such ciphertext")]
    NotFound,
    /// The data directory failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The object store failed or refused; the text never holds the
    /// bucket, the endpoint or a credential.
    #[error("the object store failed: {0}")]
    Remote(String),
}

impl From<CiphertextError> for crate::error::ApiError {
    fn from(e: CiphertextError) -> Self {
        use crate::error::ApiError;
        match e {
            CiphertextError::NotFound => ApiError::NotFound,
            CiphertextError::Io(e) => ApiError::from(e),
            CiphertextError::Remote(detail) => {
                // Said once here, for the operator; the client learns only
                // that nothing was stored and it may retry.
                tracing::error!("the object store failed: {detail}");
                ApiError::Unavailable(
                    "the drop box cannot store or read reports right now; try again later".into(),
                )
            }
        }
    }
}

/// Where reports' ciphertexts live. Every method takes a report's id (a
/// validated random 32-hex string) and nothing else about it: no day, no
/// size, no client data reaches the store's names or metadata.
pub trait CiphertextStore: Send + Sync + std::fmt::Debug {
    /// The data directory's files, when that is where ciphertexts live:
    /// then submissions are committed by the group commit's shared fsyncs
    /// instead of [`CiphertextStore::put`] (issue 17's speed).
    fn local(&self) -> Option<&Blobs>;

    /// Stores the bytes of the written file `file` durably as report `id`
    /// (dated `day` where the store keeps dates: the local directory's
    /// file times). The file may be moved: after success the caller removes
    /// it if it is still there. On failure nothing is stored under `id`.
    fn put<'a>(
        &'a self,
        file: &'a Path,
        id: &'a str,
        day: Day,
    ) -> BoxFuture<'a, Result<(), CiphertextError>>;

    /// Report `id`'s ciphertext, streamed.
    fn get<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<ByteStream, CiphertextError>>;

    /// Removes report `id`'s ciphertext (after its row is gone); one
    /// already gone is not an error.
    fn remove<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<(), CiphertextError>>;

    /// Stored ciphertexts that no row names (`known`): a crash between the
    /// store and the row's commit left them, never acknowledged. The data
    /// directory, this drop box's alone, removes them; a bucket, which a
    /// misconfiguration can share with another drop box, only counts those
    /// over an hour old. Returns how many were found.
    fn remove_orphans<'a>(
        &'a self,
        known: &'a HashSet<String>,
    ) -> BoxFuture<'a, Result<usize, CiphertextError>>;

    /// Where tus uploads' parts go when every replica must reach them (a
    /// bucket): then an upload may continue on any replica
    /// (`routes::shared`). `None`: uploads are spooled in the data
    /// directory of the one server holding it.
    fn parts(&self) -> Option<&dyn UploadParts>;
}

/// The parts of open tus uploads, each stored once under its upload's
/// random id and a random name (`store::UploadPart`): no offset, day or
/// client data in a name.
pub trait UploadParts: Send + Sync {
    /// Stores the file's bytes durably as part `name` of `upload`.
    fn put_part<'a>(
        &'a self,
        upload: &'a str,
        name: &'a str,
        file: &'a Path,
    ) -> BoxFuture<'a, Result<(), CiphertextError>>;

    /// Part `name` of `upload`, streamed.
    fn get_part<'a>(
        &'a self,
        upload: &'a str,
        name: &'a str,
    ) -> BoxFuture<'a, Result<ByteStream, CiphertextError>>;

    /// Removes part `name` of `upload` (one stored but never recorded).
    fn remove_part<'a>(
        &'a self,
        upload: &'a str,
        name: &'a str,
    ) -> BoxFuture<'a, Result<(), CiphertextError>>;

    /// Uploads holding parts whose newest part is over an hour old
    /// (candidates for the sweep of parts whose upload has no row).
    fn stray_uploads(&self) -> BoxFuture<'_, Result<Vec<String>, CiphertextError>>;

    /// Removes every part stored for `upload`, recorded or not (a replica
    /// killed between storing a part and recording it leaves one).
    fn remove_parts<'a>(&'a self, upload: &'a str) -> BoxFuture<'a, Result<(), CiphertextError>>;
}

impl CiphertextStore for Blobs {
    fn local(&self) -> Option<&Blobs> {
        Some(self)
    }

    fn put<'a>(
        &'a self,
        file: &'a Path,
        id: &'a str,
        day: Day,
    ) -> BoxFuture<'a, Result<(), CiphertextError>> {
        let (blobs, file, id) = (self.clone(), file.to_owned(), id.to_owned());
        Box::pin(async move {
            tokio::task::spawn_blocking(move || blobs.commit(&file, &id, day))
                .await
                .map_err(io::Error::other)??;
            Ok(())
        })
    }

    fn get<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<ByteStream, CiphertextError>> {
        Box::pin(async move {
            let file = self.open_for_read(id).map_err(|e| {
                if e.kind() == io::ErrorKind::NotFound {
                    CiphertextError::NotFound
                } else {
                    CiphertextError::Io(e)
                }
            })?;
            let file = tokio::fs::File::from_std(file);
            let stream: ByteStream = Box::pin(tokio_util::io::ReaderStream::with_capacity(
                file,
                256 * 1024,
            ));
            Ok(stream)
        })
    }

    fn remove<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<(), CiphertextError>> {
        Box::pin(async move { Ok(Blobs::remove(self, id)?) })
    }

    fn remove_orphans<'a>(
        &'a self,
        known: &'a HashSet<String>,
    ) -> BoxFuture<'a, Result<usize, CiphertextError>> {
        let known: Vec<String> = known.iter().cloned().collect();
        Box::pin(async move { Ok(Blobs::remove_orphans(self, &known)?) })
    }

    fn parts(&self) -> Option<&dyn UploadParts> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    fn temp_blobs() -> (std::path::PathBuf, Blobs) {
        let root = std::env::temp_dir().join(format!(
            "dropbox-ciphertexts-{}",
            dropbox_crypto::SubmissionId::random()
        ));
        std::fs::create_dir_all(&root).unwrap();
        let blobs = Blobs::open(&root).unwrap();
        (root, blobs)
    }

    async fn read_all(store: &dyn CiphertextStore, id: &str) -> Result<Vec<u8>, CiphertextError> {
        let mut s = store.get(id).await?;
        let mut out = Vec::new();
        while let Some(chunk) = s.next().await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out)
    }

    /// The local directory through the trait: a put file is read back
    /// intact, dated to its day and mode 0600; removing it twice is fine;
    /// a file no row names is an orphan and goes, a named one stays.
    #[tokio::test]
    async fn the_local_directory_stores_reads_and_removes_through_the_trait() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let (root, blobs) = temp_blobs();
        let store: &dyn CiphertextStore = &blobs;
        assert!(store.local().is_some());
        let day = Day::new(2026, 12, 6).unwrap();
        let body: Vec<u8> = (0..600_000u32).map(|i| (i % 251) as u8).collect();
        let (a, b) = (
            dropbox_crypto::SubmissionId::random().to_string(),
            dropbox_crypto::SubmissionId::random().to_string(),
        );
        for id in [&a, &b] {
            let tmp = blobs.tmp_path(&format!("post-{id}"));
            std::fs::write(&tmp, &body).unwrap();
            store.put(&tmp, id, day).await.unwrap();
            assert!(!tmp.exists(), "moved into place");
        }
        assert_eq!(read_all(store, &a).await.unwrap(), body);
        let meta = std::fs::metadata(blobs.path(&a)).unwrap();
        assert_eq!(meta.mtime(), day.start().0, "dated to the day only");
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        store.remove(&a).await.unwrap();
        store.remove(&a).await.unwrap();
        assert!(matches!(
            read_all(store, &a).await,
            Err(CiphertextError::NotFound)
        ));
        let known = HashSet::new();
        assert_eq!(store.remove_orphans(&known).await.unwrap(), 1);
        assert!(!blobs.path(&b).exists());
        let _ = std::fs::remove_dir_all(&root);
    }
}
