//! Reports' ciphertexts in an S3-compatible bucket (`--blobs
//! s3://BUCKET[/PREFIX]`), through the `object_store` crate.
//!
//! One object per report, named `PREFIX/ID` by the report's random id:
//! no date, no size, no client data in the name, and no user metadata,
//! tags or content type on the object. Bodies up to [`PART`] go up in one
//! PUT; larger ones as a multipart upload read from the spool file a part
//! at a time (at most [`PARTS_IN_FLIGHT`] + 1 parts in memory, whatever
//! the size). The PUT's or the completion's success is the durable commit
//! the row waits for.
//!
//! The endpoint and credentials come from the usual `AWS_*` environment
//! variables (docs/OPERATIONS.md). Errors are redacted: the bucket, the
//! prefix, the endpoint and the access key id never appear in what is
//! logged or printed, so `--blobs` and credentials stay out of journals.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use dropbox_crypto::time::Day;
use futures_util::future::BoxFuture;
use futures_util::{StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder, AmazonS3ConfigKey};
use object_store::path::Path as ObjectPath;
use object_store::{
    ClientConfigKey, ObjectStore, ObjectStoreExt, PutMultipartOptions, PutOptions, PutPayload,
    RetryConfig, WriteMultipart,
};
use tokio::io::AsyncReadExt;

use super::{ByteStream, CiphertextError, CiphertextStore};
use crate::blobs::Blobs;

/// The size of each part of a multipart upload, and the largest body sent
/// in one PUT (S3 wants parts of at least 5 MiB but the last).
pub const PART: usize = 8 << 20;

/// Parts of one upload sent at once.
pub const PARTS_IN_FLIGHT: usize = 2;

/// An orphan (an object no row names) younger than this is left alone: it
/// may be a report being committed right now, by this server or by another
/// sharing the bucket.
pub const ORPHAN_AGE: Duration = Duration::from_secs(3600);

/// Where the ciphertexts go: `s3://BUCKET[/PREFIX]`. Prints as
/// `s3://(redacted)`: the value stays out of errors and logs.
#[derive(Clone, PartialEq, Eq)]
pub struct S3Location {
    bucket: String,
    prefix: Option<String>,
}

impl std::fmt::Debug for S3Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("S3Location(redacted)")
    }
}

/// A `--blobs` value that is not `s3://BUCKET[/PREFIX]`; says what is
/// wrong without repeating it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LocationError {
    /// Not an `s3://` URL.
    #[error("it must start with s3:// (s3://BUCKET or s3://BUCKET/PREFIX)")]
    Scheme,
    /// The bucket name is not one S3 accepts.
    #[error("the bucket name must be 3 to 63 characters of a-z, 0-9, '.' and '-'")]
    Bucket,
    /// The prefix has an empty, `.` or `..` segment or other characters.
    #[error("the prefix must be /-separated names of A-Z, a-z, 0-9, '.', '_' and '-'")]
    Prefix,
}

impl std::str::FromStr for S3Location {
    type Err = LocationError;

    fn from_str(s: &str) -> Result<Self, LocationError> {
        let rest = s.strip_prefix("s3://").ok_or(LocationError::Scheme)?;
        let rest = rest.trim_end_matches('/');
        let (bucket, prefix) = match rest.split_once('/') {
            Some((b, p)) => (b, Some(p)),
            None => (rest, None),
        };
        let bucket_ok = (3..=63).contains(&bucket.len())
            && bucket
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'.' || c == b'-')
            && !bucket.starts_with(['.', '-'])
            && !bucket.ends_with(['.', '-']);
        if !bucket_ok {
            return Err(LocationError::Bucket);
        }
        if let Some(p) = prefix {
            let ok = p.split('/').all(|seg| {
                !seg.is_empty()
                    && seg != "."
                    && seg != ".."
                    && seg
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
            });
            if !ok {
                return Err(LocationError::Prefix);
            }
        }
        Ok(S3Location {
            bucket: bucket.to_owned(),
            prefix: prefix.map(str::to_owned),
        })
    }
}

/// An S3-compatible bucket holding reports' ciphertexts.
#[derive(Debug, Clone)]
pub struct S3 {
    store: Arc<AmazonS3>,
    prefix: Option<String>,
    /// What must never appear in a message: bucket, prefix, endpoint,
    /// access key id.
    redact: Arc<Vec<String>>,
}

impl S3 {
    /// The bucket at `location`, with the endpoint, region and credentials
    /// of the `AWS_*` environment. Sends nothing yet.
    pub fn open(location: &S3Location) -> Result<Self, CiphertextError> {
        // reqwest's rustls has no crypto provider of its own here (no
        // aws-lc-rs): ring, as the clients use. Already set is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut redact = vec![location.bucket.clone()];
        redact.extend(location.prefix.clone());
        for var in ["AWS_ENDPOINT_URL", "AWS_ENDPOINT", "AWS_ACCESS_KEY_ID"] {
            if let Ok(v) = std::env::var(var)
                && v.len() >= 3
            {
                redact.push(v.trim_end_matches('/').to_owned());
            }
        }
        let redact = Arc::new(redact);
        let fail = |e: object_store::Error| CiphertextError::Remote(scrub(&e.to_string(), &redact));
        let store = AmazonS3Builder::from_env()
            .with_bucket_name(&location.bucket)
            // A store that is down fails a submission in seconds, not after
            // the crate's three minutes of retries: the reporter is told to
            // retry and nothing is committed.
            .with_retry(RetryConfig {
                max_retries: 3,
                retry_timeout: Duration::from_secs(20),
                ..RetryConfig::default()
            })
            .with_config(
                AmazonS3ConfigKey::Client(ClientConfigKey::ConnectTimeout),
                "5 seconds",
            )
            .with_config(
                AmazonS3ConfigKey::Client(ClientConfigKey::Timeout),
                "120 seconds",
            )
            .build()
            .map_err(fail)?;
        Ok(S3 {
            store: Arc::new(store),
            prefix: location.prefix.clone(),
            redact,
        })
    }

    fn key(&self, id: &str) -> ObjectPath {
        match &self.prefix {
            Some(p) => ObjectPath::from(format!("{p}/{id}")),
            None => ObjectPath::from(id),
        }
    }

    /// Where part `name` of tus upload `upload` goes: under `uploads/`,
    /// never a report's key (those are directly under the prefix).
    fn part_key(&self, upload: &str, name: &str) -> ObjectPath {
        self.key(&format!("uploads/{upload}/{name}"))
    }

    fn error(&self, e: object_store::Error) -> CiphertextError {
        match e {
            object_store::Error::NotFound { .. } => CiphertextError::NotFound,
            e => CiphertextError::Remote(scrub(&e.to_string(), &self.redact)),
        }
    }

    /// Writes and removes an empty object under a fresh random id: the
    /// bucket exists and these credentials may write and delete there.
    pub async fn probe(&self) -> Result<(), CiphertextError> {
        let key = self.key(&dropbox_crypto::SubmissionId::random().to_string());
        self.store
            .put_opts(&key, PutPayload::default(), PutOptions::default())
            .await
            .map_err(|e| self.error(e))?;
        self.store.delete(&key).await.map_err(|e| self.error(e))
    }

    /// Lists the objects under the prefix: key's last segment, size and
    /// last modification (for `check` and the orphan sweep).
    pub async fn list(&self) -> Result<Vec<object_store::ObjectMeta>, CiphertextError> {
        let prefix = self.prefix.as_deref().map(ObjectPath::from);
        self.store
            .list(prefix.as_ref())
            .map_err(|e| self.error(e))
            .try_collect()
            .await
    }

    /// The report id an object of [`S3::list`] is stored under, when it
    /// sits directly under this location's prefix and is named by an id
    /// (what this drop box writes); `None` for anything else.
    pub fn report_id<'a>(&self, meta: &'a object_store::ObjectMeta) -> Option<&'a str> {
        let name = meta.location.filename()?;
        (name.parse::<dropbox_crypto::SubmissionId>().is_ok() && meta.location == self.key(name))
            .then_some(name)
    }

    /// The object at `key`, streamed, its errors redacted.
    async fn stream(&self, key: &ObjectPath) -> Result<ByteStream, CiphertextError> {
        let got = self.store.get(key).await.map_err(|e| self.error(e))?;
        let redact = self.redact.clone();
        let stream: ByteStream =
            Box::pin(got.into_stream().map(move |r| {
                r.map_err(|e| std::io::Error::other(scrub(&e.to_string(), &redact)))
            }));
        Ok(stream)
    }

    /// Sends the file's bytes as `key`: one PUT, or a multipart upload in
    /// parts of [`PART`], aborted if anything fails.
    async fn upload(&self, file: &Path, key: &ObjectPath) -> Result<(), CiphertextError> {
        let mut f = tokio::fs::File::open(file).await?;
        let len = f.metadata().await?.len();
        if len <= PART as u64 {
            let mut buf = Vec::with_capacity(len as usize);
            f.read_to_end(&mut buf).await?;
            self.store
                .put_opts(key, PutPayload::from(buf), PutOptions::default())
                .await
                .map_err(|e| self.error(e))?;
            return Ok(());
        }
        let upload = self
            .store
            .put_multipart_opts(key, PutMultipartOptions::default())
            .await
            .map_err(|e| self.error(e))?;
        let mut parts = WriteMultipart::new_with_chunk_size(upload, PART);
        let mut buf = vec![0u8; 1 << 20];
        let sent: Result<(), CiphertextError> = async {
            loop {
                parts
                    .wait_for_capacity(PARTS_IN_FLIGHT)
                    .await
                    .map_err(|e| self.error(e))?;
                let n = f.read(&mut buf).await?;
                if n == 0 {
                    return Ok(());
                }
                parts.write(&buf[..n]);
            }
        }
        .await;
        match sent {
            Ok(()) => parts.finish().await.map(drop).map_err(|e| self.error(e)),
            Err(e) => {
                // The parts sent so far are dropped by the store.
                let _ = parts.abort().await;
                Err(e)
            }
        }
    }
}

/// `text` with every secret-ish string in `redact` replaced.
fn scrub(text: &str, redact: &[String]) -> String {
    let mut out = text.to_owned();
    // Longest first, so an endpoint is not half-replaced by a bucket that
    // is part of it.
    let mut by_len: Vec<&String> = redact.iter().filter(|r| !r.is_empty()).collect();
    by_len.sort_by_key(|r| std::cmp::Reverse(r.len()));
    for r in by_len {
        out = out.replace(r.as_str(), "(redacted)");
    }
    out
}

impl CiphertextStore for S3 {
    fn local(&self) -> Option<&Blobs> {
        None
    }

    fn put<'a>(
        &'a self,
        file: &'a Path,
        id: &'a str,
        _day: Day,
    ) -> BoxFuture<'a, Result<(), CiphertextError>> {
        Box::pin(async move {
            let key = self.key(id);
            let result = self.upload(file, &key).await;
            if result.is_err() {
                // Nothing may stay under an id no row will name.
                let _ = self.store.delete(&key).await;
            }
            result
        })
    }

    fn get<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<ByteStream, CiphertextError>> {
        Box::pin(async move { self.stream(&self.key(id)).await })
    }

    fn remove<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<(), CiphertextError>> {
        Box::pin(async move {
            match self.store.delete(&self.key(id)).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(e) => Err(self.error(e)),
            }
        })
    }

    fn remove_orphans<'a>(
        &'a self,
        known: &'a HashSet<String>,
    ) -> BoxFuture<'a, Result<usize, CiphertextError>> {
        Box::pin(async move {
            let cutoff = chrono_cutoff();
            let mut n = 0;
            for meta in self.list().await? {
                let Some(name) = meta.location.filename() else {
                    continue;
                };
                // Only what looks like ours: a report id, directly under
                // the prefix.
                let ours = name.parse::<dropbox_crypto::SubmissionId>().is_ok()
                    && meta.location == self.key(name);
                if !ours || known.contains(name) || meta.last_modified.timestamp() > cutoff {
                    continue;
                }
                // Counted, never removed: a bucket location given to a
                // second drop box (a staging copy, an env file copied) would
                // otherwise have each delete the other's reports. `init`
                // refuses a location that holds objects; what an
                // interrupted run left is the operator's to remove.
                n += 1;
            }
            Ok(n)
        })
    }

    fn parts(&self) -> Option<&dyn super::UploadParts> {
        Some(self)
    }
}

impl super::UploadParts for S3 {
    fn put_part<'a>(
        &'a self,
        upload: &'a str,
        name: &'a str,
        file: &'a Path,
    ) -> BoxFuture<'a, Result<(), CiphertextError>> {
        Box::pin(async move {
            let key = self.part_key(upload, name);
            let result = self.upload(file, &key).await;
            if result.is_err() {
                let _ = self.store.delete(&key).await;
            }
            result
        })
    }

    fn get_part<'a>(
        &'a self,
        upload: &'a str,
        name: &'a str,
    ) -> BoxFuture<'a, Result<ByteStream, CiphertextError>> {
        Box::pin(async move { self.stream(&self.part_key(upload, name)).await })
    }

    fn remove_part<'a>(
        &'a self,
        upload: &'a str,
        name: &'a str,
    ) -> BoxFuture<'a, Result<(), CiphertextError>> {
        Box::pin(async move {
            match self.store.delete(&self.part_key(upload, name)).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(e) => Err(self.error(e)),
            }
        })
    }

    fn stray_uploads(&self) -> BoxFuture<'_, Result<Vec<String>, CiphertextError>> {
        Box::pin(async move {
            let dir = self.key("uploads");
            let found: Vec<object_store::ObjectMeta> = self
                .store
                .list(Some(&dir))
                .map_err(|e| self.error(e))
                .try_collect()
                .await?;
            let cutoff = chrono_cutoff();
            let mut newest: std::collections::HashMap<String, i64> = Default::default();
            for meta in found {
                // PREFIX/uploads/UPLOAD/NAME: the segment before the name.
                let parts: Vec<_> = meta.location.parts().collect();
                let Some(upload) = parts
                    .len()
                    .checked_sub(2)
                    .map(|i| parts[i].as_ref().to_owned())
                else {
                    continue;
                };
                if upload.parse::<dropbox_crypto::SubmissionId>().is_err() {
                    continue;
                }
                let t = meta.last_modified.timestamp();
                let e = newest.entry(upload).or_insert(t);
                *e = (*e).max(t);
            }
            Ok(newest
                .into_iter()
                .filter(|(_, t)| *t <= cutoff)
                .map(|(u, _)| u)
                .collect())
        })
    }

    fn remove_parts<'a>(&'a self, upload: &'a str) -> BoxFuture<'a, Result<(), CiphertextError>> {
        Box::pin(async move {
            let dir = self.key(&format!("uploads/{upload}"));
            let found: Vec<object_store::ObjectMeta> = self
                .store
                .list(Some(&dir))
                .map_err(|e| self.error(e))
                .try_collect()
                .await?;
            for meta in found {
                match self.store.delete(&meta.location).await {
                    Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                    Err(e) => return Err(self.error(e)),
                }
            }
            Ok(())
        })
    }
}

/// Seconds since the epoch before which an orphan is old enough to go.
fn chrono_cutoff() -> i64 {
    dropbox_crypto::time::UnixTime::now().0 - ORPHAN_AGE.as_secs() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_is_a_bucket_and_an_optional_prefix_and_never_printed() {
        let l: S3Location = "s3://reports-1/team/a/".parse().unwrap();
        assert_eq!(l.bucket, "reports-1");
        assert_eq!(l.prefix.as_deref(), Some("team/a"));
        let l: S3Location = "s3://reports".parse().unwrap();
        assert_eq!(l.prefix, None);
        assert_eq!(format!("{l:?}"), "S3Location(redacted)");
        for bad in [
            "reports",
            "https://reports",
            "s3://",
            "s3://ab",
            "s3://Reports",
            "s3://-reports",
            "s3://reports/a//b",
            "s3://reports/../x",
            "s3://reports/a b",
        ] {
            let e = bad.parse::<S3Location>().unwrap_err().to_string();
            assert!(!e.contains(bad), "{e} repeats {bad}");
        }
    }

    #[test]
    fn scrubbing_hides_bucket_endpoint_and_key_id() {
        let r = vec![
            "reports".to_owned(),
            "http://127.0.0.1:3900".to_owned(),
            "GK0123".to_owned(),
        ];
        let s = scrub(
            "error sending request for url (http://127.0.0.1:3900/reports/x) with GK0123",
            &r,
        );
        assert!(
            !s.contains("reports") && !s.contains("3900") && !s.contains("GK0123"),
            "{s}"
        );
    }
}
