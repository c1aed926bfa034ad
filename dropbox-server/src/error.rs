//! The server's one error type, which becomes a JSON response.
//!
//! A 4xx says what was wrong with the request (`{"error": code, "message":
//! text}`); a 5xx says only "internal error" and the detail goes to the log
//! (which never holds request metadata).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use dropbox_crypto::wire::ErrorBody;

/// What went wrong with a request.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ApiError {
    /// 400: the request is malformed.
    #[error("{1}")]
    BadRequest(&'static str, String),
    /// 401: the request signature is missing or invalid.
    #[error("{1}")]
    Unauthorized(&'static str, String),
    /// 403: signed, but not allowed (e.g. a wrong delete token).
    #[error("{1}")]
    Forbidden(&'static str, String),
    /// 404.
    #[error("not found")]
    NotFound,
    /// 409: conflicts with the current state (e.g. a stale upload offset).
    #[error("{1}")]
    Conflict(&'static str, String),
    /// 413: over the size limit.
    #[error("{0}")]
    TooLarge(String),
    /// 415: wrong content type.
    #[error("{0}")]
    UnsupportedMedia(String),
    /// 422: well-formed but refused (a bad age header, a bad roster).
    #[error("{1}")]
    Unprocessable(&'static str, String),
    /// 507 `quota` or 429 `daily-limit`: the team's quota set by its host
    /// (storage, reports per day) is used up.
    #[error("{1}")]
    Quota(&'static str, String),
    /// 503: cannot store more now; try later.
    #[error("{0}")]
    Unavailable(String),
    /// 503 `disk-full`: the data volume has no room (below the operator's
    /// reserve, or full); clients say so plainly.
    #[error("the drop box's disk is full")]
    DiskFull,
    /// 412: a tus request without `Tus-Resumable: 1.0.0`.
    #[error("Tus-Resumable: 1.0.0 is required")]
    TusVersion,
    /// 408: the client was too slow.
    #[error("request body timed out")]
    Timeout,
    /// 500: anything else; the detail is logged, not sent.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// A 500 from any error.
    pub fn internal(e: impl std::fmt::Display) -> Self {
        ApiError::Internal(e.to_string())
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(e: crate::store::StoreError) -> Self {
        if e.is_disk_full() {
            return ApiError::DiskFull;
        }
        ApiError::internal(e)
    }
}

impl From<std::io::Error> for ApiError {
    fn from(e: std::io::Error) -> Self {
        use std::io::ErrorKind;
        match e.kind() {
            // Refuse, loudly for the operator, without losing anything
            // already stored: the client may retry later.
            // Counted in the hourly refusal line, not logged each time.
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => ApiError::DiskFull,
            ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => {
                tracing::error!(
                    "the data directory is not writable ({e}): check its mount and permissions"
                );
                ApiError::Unavailable(
                    "the drop box cannot store anything right now; try again later".into(),
                )
            }
            _ => ApiError::internal(e),
        }
    }
}

impl ApiError {
    /// What a client is told: the status, the error code and the message
    /// (an internal error's detail is logged here, once, and not told).
    /// Called once per answer.
    pub fn public(&self) -> (StatusCode, &'static str, String) {
        match self {
            ApiError::BadRequest(c, m) => (StatusCode::BAD_REQUEST, *c, m.clone()),
            ApiError::Unauthorized(c, m) => (StatusCode::UNAUTHORIZED, *c, m.clone()),
            ApiError::Forbidden(c, m) => (StatusCode::FORBIDDEN, *c, m.clone()),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not-found", "not found".into()),
            ApiError::Conflict(c, m) => (StatusCode::CONFLICT, *c, m.clone()),
            ApiError::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, "too-large", m.clone()),
            ApiError::UnsupportedMedia(m) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                m.clone(),
            ),
            ApiError::Unprocessable(c, m) => (StatusCode::UNPROCESSABLE_ENTITY, *c, m.clone()),
            ApiError::Quota(c, m) => (
                if *c == "daily-limit" {
                    StatusCode::TOO_MANY_REQUESTS
                } else {
                    StatusCode::INSUFFICIENT_STORAGE
                },
                *c,
                m.clone(),
            ),
            ApiError::Unavailable(m) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable", m.clone()),
            ApiError::DiskFull => (
                StatusCode::SERVICE_UNAVAILABLE,
                "disk-full",
                "the drop box's disk is full; try again later".into(),
            ),
            ApiError::TusVersion => (
                StatusCode::PRECONDITION_FAILED,
                "tus-version",
                "Tus-Resumable: 1.0.0 is required".into(),
            ),
            ApiError::Timeout => (
                StatusCode::REQUEST_TIMEOUT,
                "timeout",
                "request body timed out".into(),
            ),
            ApiError::Internal(detail) => {
                tracing::error!("internal error: {detail}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "internal error".into(),
                )
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message) = self.public();
        let body =
            serde_json::to_string(&ErrorBody::new(code, message)).expect("two strings serialize");
        let mut resp = (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
        if status == StatusCode::PRECONDITION_FAILED {
            resp.headers_mut()
                .insert("tus-version", HeaderValue::from_static("1.0.0"));
        }
        if matches!(
            status,
            StatusCode::SERVICE_UNAVAILABLE | StatusCode::INSUFFICIENT_STORAGE
        ) {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("600"));
        }
        if status == StatusCode::TOO_MANY_REQUESTS {
            // The limit is per day (UTC).
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("3600"));
        }
        resp
    }
}
