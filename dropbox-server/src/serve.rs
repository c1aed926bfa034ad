//! The accept loop: bounded connections, bounded concurrency (a handler
//! slot is taken only once a request's headers have arrived), header and
//! body timeouts, graceful shutdown, and no client address kept anywhere.
//! Also the maintenance loop: upload expiry, retention, the daily digest,
//! the ballast, and the hourly count of refusals.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::ServiceExt;

use crate::state::{Config, Shared};

/// Serves `router` on `listener` until `shutdown` resolves, then lets
/// requests in flight finish (for up to 30 s).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    cfg: &Config,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    // Every 4xx is a JSON error, the framework's own included (an unknown
    // route, a wrong method, a path or query that does not parse).
    let service = tower::Layer::layer(&axum::middleware::map_response(json_errors), router);
    let slots = Arc::new(Semaphore::new(cfg.max_concurrency));
    let connections = Arc::new(Semaphore::new(cfg.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let open = tokio::select! {
            _ = &mut shutdown => break,
            p = connections.clone().acquire_owned() => p.expect("semaphore never closed"),
        };
        let stream = tokio::select! {
            _ = &mut shutdown => break,
            r = listener.accept() => match r {
                // The peer address is dropped here, unread: nothing about the
                // client is kept or logged.
                Ok((stream, _)) => stream,
                Err(e) => {
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let mut builder = hyper::server::conn::http1::Builder::new();
        // The header timeout is also the idle timeout of a kept-alive
        // connection: hyper starts it again when it waits for the next
        // request's head, so a connection idle that long is closed.
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(cfg.header_timeout)
            .keep_alive(true);
        let (slots2, inner) = (slots.clone(), service.clone());
        let handler = tower::service_fn(move |req: axum::http::Request<Incoming>| {
            let (slots, inner) = (slots2.clone(), inner.clone());
            async move {
                // A handler slot is taken only once the request's headers
                // have arrived, and given back once its response has been
                // sent (the permit travels in the response body): a client
                // slow to send its headers, or a kept-alive connection
                // waiting for its next request, holds a connection, never
                // a slot, so it cannot keep others waiting.
                let permit = slots.acquire_owned().await.expect("semaphore never closed");
                let path = req.uri().path().to_owned();
                let signed = req.headers().contains_key("signature-input");
                let mut resp = inner.oneshot(req).await?;
                if !keeps_alive(&path, signed, resp.status()) {
                    resp.headers_mut()
                        .insert(header::CONNECTION, HeaderValue::from_static("close"));
                }
                Ok::<_, std::convert::Infallible>(resp.map(|body| {
                    Body::new(SlotBody {
                        body,
                        _slot: permit,
                    })
                }))
            }
        });
        let conn =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(handler));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            let _ = conn.await;
            drop(open);
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(Duration::from_secs(30)) => {
            tracing::warn!("shutting down with requests still in flight");
        }
    }
    Ok(())
}

/// Whether a connection stays open after this request: only after a
/// successful member-signed request of a sync (the inbox, fetches, acks,
/// events: thousands per sync, all signed and so linked anyway). Everything
/// else, a reporter's page, submissions, uploads and mailbox reads above
/// all, is answered with `Connection: close` as before keep-alive, so no
/// connection links a reporter's requests; so is every refusal.
fn keeps_alive(path: &str, signed: bool, status: StatusCode) -> bool {
    let is_sync = |p: &str| {
        p == "/v1/inbox"
            || p == "/v1/events"
            || p == ACKS_PATH
            || p == FETCH_PATH
            || p.starts_with("/v1/submissions/")
    };
    // A hosted team's path prefix (`/acme/v1/inbox`) is looked past.
    let unprefixed = path
        .strip_prefix('/')
        .and_then(|p| p.find('/').map(|i| &p[i..]));
    (is_sync(path) || unprefixed.is_some_and(is_sync)) && signed && status.is_success()
}

/// The batch ack endpoint's path (its handler is in `routes::reviewer`).
pub const ACKS_PATH: &str = "/v1/acks";
/// The batch download endpoint's path (protocol 1.11, `routes::reviewer`).
pub const FETCH_PATH: &str = "/v1/fetch";

/// A response body that holds its request's handler slot until the body
/// has been sent (hyper drops it then) or the connection is gone.
struct SlotBody {
    body: Body,
    _slot: OwnedSemaphorePermit,
}

impl http_body::Body for SlotBody {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        std::pin::Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

/// Turns a client error that is not already JSON into the JSON error object
/// `ApiError` gives (`{"error": code, "message": text}`), keeping its status
/// and other headers (e.g. `Allow` on a 405).
async fn json_errors(resp: Response) -> Response {
    let status = resp.status();
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !status.is_client_error() || is_json {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let text = axum::body::to_bytes(body, 4096)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
        .unwrap_or_default();
    let message = if text.is_empty() {
        status
            .canonical_reason()
            .unwrap_or("client error")
            .to_lowercase()
    } else {
        text
    };
    let code = match status {
        StatusCode::BAD_REQUEST => "bad-request",
        StatusCode::NOT_FOUND => "not-found",
        StatusCode::METHOD_NOT_ALLOWED => "method-not-allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "too-large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported-media-type",
        StatusCode::UNPROCESSABLE_ENTITY => "unprocessable",
        _ => "client-error",
    };
    let json = serde_json::to_string(&dropbox_crypto::wire::ErrorBody::new(code, message))
        .expect("two strings serialize");
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, Body::from(json))
}

/// Background work: every few seconds, expire idle uploads and remake the
/// ballast once there is room; every minute, send the digest when due and
/// log the refusals once an hour; apply retention at
/// start and then daily, by the real clock.
pub fn spawn_maintenance(state: Shared) {
    let tick = (state.cfg.upload_start.min(state.cfg.upload_idle) / 4)
        .clamp(Duration::from_secs(1), Duration::from_secs(5));
    let quick = state.clone();
    let retired = |s: &Shared| s.retired.load(std::sync::atomic::Ordering::SeqCst);
    tokio::spawn(async move {
        // A removed team's loops end, so nothing keeps its state (and its
        // deleted files) open.
        while !retired(&quick) {
            crate::routes::submit::expire_idle_uploads(&quick).await;
            // Reports are taken again soon after space is freed.
            quick.disk.restore_ballast();
            tokio::time::sleep(tick).await;
        }
    });
    tokio::spawn(async move {
        let mut last_purge = None;
        let mut last_counts = tokio::time::Instant::now();
        while !retired(&state) {
            if last_counts.elapsed() >= Duration::from_secs(3600) {
                last_counts = tokio::time::Instant::now();
                log_refusals(state.disk.take_counts());
            }
            // Replicas sharing one store take turns: the one holding the
            // store's lead lock runs this round (a lone server always
            // does), so the digest goes once and retention runs once.
            match state.db(|s| s.try_lead()).await {
                Ok(true) => {}
                Ok(false) => {
                    tokio::time::sleep(Duration::from_secs(60)).await;
                    continue;
                }
                Err(e) => {
                    tracing::warn!("could not take the maintenance turn: {e:?}");
                    tokio::time::sleep(Duration::from_secs(60)).await;
                    continue;
                }
            }
            if crate::routes::submit::shared::enabled(&state) {
                crate::routes::submit::shared::expire(&state).await;
            }
            if let Some(n) = state.cfg.notify.clone() {
                let waiting = state
                    .db(|s| Ok(!s.submission_ids()?.is_empty()))
                    .await
                    .unwrap_or(false);
                // The day it last went is in the store, so a replica
                // taking its turn, or a restarted server, does not send
                // that day's digest again. The day is claimed before the
                // send by a compare-and-set, not only under the lead lock:
                // a replica whose connection broke mid-round has lost the
                // lock without knowing, and must not send it a second time.
                // "none" until the first digest, so there is always a
                // value to compare and to give back.
                let stored = state
                    .db(|s| s.meta_or_insert(DIGEST_DAY, "none"))
                    .await
                    .ok();
                let last_notified = stored.as_deref().and_then(|d| d.parse::<i64>().ok());
                let now = (state.clock)();
                let day = now.day().days_since_epoch().to_string();
                let claimed = match &stored {
                    Some(old) if n.due(now, last_notified, waiting) => {
                        let (old, day2) = (old.clone(), day.clone());
                        // An error here (a lost reply to a claim that
                        // worked) loses at most that day's digest: once
                        // at most, never twice.
                        state
                            .db(move |s| s.swap_meta(DIGEST_DAY, Some(&old), &day2))
                            .await
                            .unwrap_or_else(|e| {
                                tracing::warn!("could not claim the digest's day: {e:?}");
                                false
                            })
                    }
                    _ => false,
                };
                if claimed {
                    let sent = match tokio::task::spawn_blocking(move || n.send()).await {
                        Ok(r) => r.map_err(|e| e.to_string()),
                        Err(e) => Err(e.to_string()),
                    };
                    if let Err(e) = sent {
                        tracing::warn!("daily digest failed: {e}");
                        // Given back, so the next round tries again.
                        let old = stored.unwrap_or_default();
                        let back = state
                            .db(move |s| s.swap_meta(DIGEST_DAY, Some(&day), &old))
                            .await;
                        if let Err(e) = back {
                            tracing::warn!("could not give back the digest's day: {e:?}");
                        }
                    }
                }
            }
            let today = state.today();
            if last_purge != Some(today) {
                match crate::retention::purge(&state, today).await {
                    Ok(p) => {
                        last_purge = Some(today);
                        if p.submissions + p.replies + p.events + p.escrow > 0 {
                            tracing::info!(
                                "retention removed {} submissions, {} replies, {} events, {} escrow shares",
                                p.submissions,
                                p.replies,
                                p.events,
                                p.escrow
                            );
                        }
                    }
                    Err(e) => tracing::error!("retention purge failed: {e}"),
                }
                // After the purge, whether or not it succeeded: nothing
                // from before today keeps a time finer than the day.
                crate::retention::settle_times(&state, today).await;
            }
            if let Err(e) = state.db(|s| s.end_lead()).await {
                tracing::warn!("could not end the maintenance turn: {e:?}");
            }
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
    });
}

/// The meta key holding the day (days since the epoch) the last digest
/// went out.
const DIGEST_DAY: &str = "digest_day";

/// One line for the last hour's refusals, when there were any: counts by
/// reason only, never anything about a client.
pub fn log_refusals([space, full, unverified, uploads]: [u64; 4]) {
    if space + full + unverified + uploads > 0 {
        tracing::warn!(
            "refused in the last hour: {space} for free space below the reserve, {full} on a full disk, {unverified} for unfinished uploads holding their cap, {uploads} for too many uploads in progress"
        );
    }
}

/// SIGINT and SIGTERM, caught from the moment this is made. Made before
/// the server says where it listens: a signal that arrived between the
/// first request and the first poll of a lazily registered handler killed
/// the process outright, losing the shutdown's last log line.
pub struct Shutdown {
    int: tokio::signal::unix::Signal,
    term: tokio::signal::unix::Signal,
}

impl Shutdown {
    /// Registers the handlers now.
    pub fn install() -> std::io::Result<Self> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Self {
            int: signal(SignalKind::interrupt())?,
            term: signal(SignalKind::terminate())?,
        })
    }

    /// Resolves on the first SIGINT or SIGTERM.
    pub async fn wait(mut self) {
        tokio::select! {
            _ = self.int.recv() => {}
            _ = self.term.recv() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sync's signed requests keep the connection, under a hosted team's
    /// path prefix too; a reporter's never do, nor refusals.
    #[test]
    fn only_a_syncs_signed_successes_keep_the_connection_prefix_or_not() {
        let ok = StatusCode::OK;
        for p in [
            "/v1/inbox",
            "/v1/events",
            "/v1/acks",
            "/v1/fetch",
            "/v1/submissions/ab",
        ] {
            assert!(keeps_alive(p, true, ok), "{p}");
            assert!(keeps_alive(&format!("/acme{p}"), true, ok), "/acme{p}");
            assert!(!keeps_alive(p, false, ok), "{p} unsigned");
            assert!(
                !keeps_alive(p, true, StatusCode::UNAUTHORIZED),
                "{p} refused"
            );
        }
        for p in [
            "/",
            "/v1/roster",
            "/acme/v1/uploads/ab",
            "/acme/",
            "/acme/v1/mailboxes/x",
        ] {
            assert!(!keeps_alive(p, true, ok), "{p}");
        }
    }
}
