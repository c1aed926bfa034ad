//! The accept loop: bounded concurrency, header and body timeouts, graceful
//! shutdown, and no client address kept anywhere.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::state::{Config, Shared};

/// Serves `router` on `listener` until `shutdown` resolves, then lets
/// requests in flight finish (for up to 30 s).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    cfg: &Config,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(cfg.max_concurrency));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            p = slots.clone().acquire_owned() => p.expect("semaphore never closed"),
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
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(cfg.header_timeout)
            // One request per connection: an idle keep-alive connection
            // would hold a slot, and closing also limits linkability.
            .keep_alive(false);
        let conn = builder.serve_connection(
            TokioIo::new(stream),
            TowerToHyperService::new(router.clone()),
        );
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            let _ = conn.await;
            drop(permit);
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

/// Background work: expire idle uploads every minute; apply retention at
/// start and then daily, by the real clock.
pub fn spawn_maintenance(state: Shared) {
    tokio::spawn(async move {
        let mut last_purge = None;
        let mut last_notified: Option<i64> = None;
        loop {
            crate::routes::submit::expire_idle_uploads(&state).await;
            if let Some(n) = state.cfg.notify.clone() {
                let waiting = state
                    .db(|s| Ok(!s.submission_ids()?.is_empty()))
                    .await
                    .unwrap_or(false);
                let now = (state.clock)();
                if n.due(now, last_notified, waiting) {
                    match tokio::task::spawn_blocking(move || n.send()).await {
                        Ok(Ok(())) => last_notified = Some(now.day().days_since_epoch()),
                        Ok(Err(e)) => tracing::warn!("daily digest failed: {e}"),
                        Err(e) => tracing::warn!("daily digest failed: {e}"),
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
            }
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
    });
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
