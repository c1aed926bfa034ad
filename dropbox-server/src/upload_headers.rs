//! The headers of upload requests (`POST /v1/submissions`, tus creation
//! and `PATCH`), parsed by pure functions: the handlers call them, and so
//! does the `upload_requests` fuzz target (fuzz/, via [`crate::fuzzing`]).
//! docs/PROTOCOL.md §"Submissions" and §"Resumable uploads".

use axum::http::{HeaderMap, header};

use dropbox_crypto::{Sha256Digest, SubmissionId};

use crate::error::ApiError;

/// The header carrying sha256(delete token).
pub const DELETE_HASH_HEADER: &str = "dropbox-delete-hash";
/// The header carrying sha256(withdrawal secret) (protocol 1.7).
pub const WITHDRAW_HASH_HEADER: &str = "dropbox-withdraw-hash";
/// The tus protocol version served.
pub const TUS_VERSION: &str = "1.0.0";
/// The content type of a tus `PATCH`.
pub const PATCH_CONTENT_TYPE: &str = "application/offset+octet-stream";

/// A header's value as text; `None` when absent or not visible ASCII.
fn text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// A length or offset: decimal digits only (no sign, no spaces), as tus
/// and HTTP define them.
fn number(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A sha256 header, when present: 64 lowercase hex digits, else 400
/// with `code`.
fn hash_header(
    headers: &HeaderMap,
    name: &str,
    code: &'static str,
    shown: &str,
) -> Result<Option<String>, ApiError> {
    match headers.get(name) {
        None => Ok(None),
        Some(v) => {
            let s = v.to_str().unwrap_or("");
            s.parse::<Sha256Digest>()
                .map(|d| Some(d.to_string()))
                .map_err(|_| {
                    ApiError::BadRequest(code, format!("{shown} must be 64 lowercase hex digits"))
                })
        }
    }
}

/// `Dropbox-Delete-Hash`, when present: 64 lowercase hex digits.
pub fn delete_hash(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    hash_header(
        headers,
        DELETE_HASH_HEADER,
        "bad-delete-hash",
        "Dropbox-Delete-Hash",
    )
}

/// `Dropbox-Withdraw-Hash` (protocol 1.7), when present: 64 lowercase hex
/// digits. A client before 1.7 sends none; its report is then not
/// withdrawable through the mailbox route.
pub fn withdraw_hash(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    hash_header(
        headers,
        WITHDRAW_HASH_HEADER,
        "bad-withdraw-hash",
        "Dropbox-Withdraw-Hash",
    )
}

/// 413 for a submission over the policy's limit `max`.
pub fn too_large(max: u64) -> ApiError {
    ApiError::TooLarge(format!(
        "submissions are limited to {max} bytes by the team's policy"
    ))
}

/// What a streamed `POST /v1/submissions` declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostHeaders {
    /// `Content-Length`, when the body is not chunked.
    pub declared: Option<u64>,
    /// sha256 of the delete token, if sent.
    pub delete_hash: Option<String>,
    /// sha256 of the withdrawal secret, if sent.
    pub withdraw_hash: Option<String>,
}

/// Checks a streamed submission's headers against the policy's size
/// limit `max` (413 when the declared length is over it).
pub fn post_headers(headers: &HeaderMap, max: u64) -> Result<PostHeaders, ApiError> {
    let delete_hash = delete_hash(headers)?;
    let withdraw_hash = withdraw_hash(headers)?;
    let declared = text(headers, header::CONTENT_LENGTH.as_str()).and_then(number);
    if declared.is_some_and(|n| n > max) {
        return Err(too_large(max));
    }
    Ok(PostHeaders {
        declared,
        delete_hash,
        withdraw_hash,
    })
}

/// `Tus-Resumable: 1.0.0`, which every tus request but `OPTIONS` carries.
pub fn require_tus(headers: &HeaderMap) -> Result<(), ApiError> {
    match text(headers, "tus-resumable") {
        Some(TUS_VERSION) => Ok(()),
        _ => Err(ApiError::TusVersion),
    }
}

/// What a tus creation (`POST /v1/uploads`) declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateHeaders {
    /// `Upload-Length`: 1 to `max` bytes.
    pub length: u64,
    /// sha256 of the delete token, if sent.
    pub delete_hash: Option<String>,
    /// sha256 of the withdrawal secret, if sent.
    pub withdraw_hash: Option<String>,
}

/// Checks a tus creation's headers against the policy's size limit `max`.
pub fn create_headers(headers: &HeaderMap, max: u64) -> Result<CreateHeaders, ApiError> {
    require_tus(headers)?;
    let delete_hash = delete_hash(headers)?;
    let withdraw_hash = withdraw_hash(headers)?;
    let length = text(headers, "upload-length")
        .and_then(number)
        .ok_or_else(|| ApiError::BadRequest("upload-length", "Upload-Length is required".into()))?;
    if length > max {
        return Err(too_large(max));
    }
    if length == 0 {
        return Err(ApiError::BadRequest(
            "upload-length",
            "an upload cannot be empty".into(),
        ));
    }
    Ok(CreateHeaders {
        length,
        delete_hash,
        withdraw_hash,
    })
}

/// Checks a tus `PATCH`'s headers; returns its `Upload-Offset`.
pub fn patch_headers(headers: &HeaderMap) -> Result<u64, ApiError> {
    require_tus(headers)?;
    if text(headers, header::CONTENT_TYPE.as_str()) != Some(PATCH_CONTENT_TYPE) {
        return Err(ApiError::UnsupportedMedia(format!(
            "Content-Type must be {PATCH_CONTENT_TYPE}"
        )));
    }
    text(headers, "upload-offset")
        .and_then(number)
        .ok_or_else(|| ApiError::BadRequest("upload-offset", "Upload-Offset is required".into()))
}

/// An upload id from a URL path segment (an unknown shape is a 404, as an
/// unknown id is).
pub fn upload_id(id: &str) -> Result<String, ApiError> {
    id.parse::<SubmissionId>()
        .map(|i| i.to_string())
        .map_err(|_| ApiError::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut m = HeaderMap::new();
        for (k, v) in pairs {
            m.insert(*k, v.parse().unwrap());
        }
        m
    }

    #[test]
    fn lengths_and_offsets_are_plain_decimal() {
        let ok = h(&[("tus-resumable", TUS_VERSION), ("upload-length", "10")]);
        assert_eq!(create_headers(&ok, 100).unwrap().length, 10);
        for bad in ["+10", " 10", "1e3", "", "-1", "99999999999999999999999"] {
            let m = h(&[("tus-resumable", TUS_VERSION), ("upload-length", bad)]);
            assert!(create_headers(&m, 100).is_err(), "{bad:?}");
        }
        let m = h(&[("tus-resumable", TUS_VERSION), ("upload-length", "101")]);
        assert!(matches!(
            create_headers(&m, 100),
            Err(ApiError::TooLarge(_))
        ));
        let m = h(&[("upload-length", "10")]);
        assert!(matches!(create_headers(&m, 100), Err(ApiError::TusVersion)));
        let p = h(&[
            ("tus-resumable", TUS_VERSION),
            ("content-type", PATCH_CONTENT_TYPE),
            ("upload-offset", "0"),
        ]);
        assert_eq!(patch_headers(&p).unwrap(), 0);
        let hash = "ab".repeat(32);
        let w = h(&[
            ("tus-resumable", TUS_VERSION),
            ("upload-length", "10"),
            ("dropbox-withdraw-hash", &hash),
        ]);
        assert_eq!(create_headers(&w, 100).unwrap().withdraw_hash, Some(hash));
        for bad in [
            "AB".repeat(32),
            "ab".repeat(31),
            "zz".repeat(32),
            String::new(),
        ] {
            let w = h(&[
                ("tus-resumable", TUS_VERSION),
                ("upload-length", "10"),
                ("dropbox-withdraw-hash", &bad),
            ]);
            assert!(
                matches!(
                    create_headers(&w, 100),
                    Err(ApiError::BadRequest("bad-withdraw-hash", _))
                ),
                "{bad:?}"
            );
            let w = h(&[("dropbox-withdraw-hash", &bad)]);
            assert!(post_headers(&w, 100).is_err(), "{bad:?}");
        }
        let p = h(&[("tus-resumable", TUS_VERSION), ("upload-offset", "0")]);
        assert!(matches!(
            patch_headers(&p),
            Err(ApiError::UnsupportedMedia(_))
        ));
    }
}
