//! `reviewer ui`: triage in a browser window on the member's own machine
//! (issue 22). A local web interface bound to 127.0.0.1 on a random port,
//! serving the page of web/ui-dist (embedded here) and a JSON API that
//! calls the same services as the commands, so events, access log and
//! policy are the same whichever door a member uses.
//!
//! Who may talk to it (THREAT_MODEL.md, "The reviewer's window"): the
//! address carries a one-time secret in its fragment (never sent in a
//! request line, so never in a log or a Referer). It never rides on a
//! command line, which every user of the machine can read in /proc: the
//! browser is given a 0600 file in the member's 0700 agent directory that
//! forwards to the address, removed once the page has used it. The page
//! exchanges the secret,
//! once, for a session token it keeps in a JavaScript variable; every API
//! request without that token is refused (401). The Host header must name
//! this listener (a DNS-rebinding page has its own name in Host) and an
//! Origin, when present, must be this origin (a cross-site request), else
//! 403. Strict CSP, no caching, no Referer. It stops after the idle time
//! (the agent's, unless `--idle` says otherwise), on `reviewer lock`
//! (which reaches it over `HOME/agent/ui-PID.sock`, see
//! [`crate::agent::WindowLock`]) or on Ctrl-C.

mod api;

use std::future::IntoFuture;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use zeroize::Zeroizing;

use dropbox_crypto::keys::SignSecretKey;

use crate::agent::WindowLock;
use crate::keys::{KeyStore, MemberKeys};
use crate::services::session::Session;

/// The page, built by `npm run build:ui` in web/ (committed).
const PAGE: &str = include_str!("../../../../web/ui-dist/index.html");
const SCRIPT: &str = include_str!("../../../../web/ui-dist/ui.js");
const STYLE: &str = include_str!("../../../../web/ui-dist/ui.css");

/// No inline script or style, nothing from another origin, no framing.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The window's state, shared by the requests.
pub(crate) struct App {
    pub(crate) home: PathBuf,
    /// The drop box URL given with `--server` (else the saved one).
    pub(crate) server: Option<String>,
    /// The member's keys, unlocked once; the lock also runs the requests
    /// that touch the store one at a time, as the commands would.
    pub(crate) keys: Mutex<MemberKeys>,
    /// The one-time secret of the address, until the page exchanges it.
    secret: Mutex<Option<Zeroizing<String>>>,
    /// The file that forwards the browser to the address (with its
    /// secret), until the page has used it.
    opener: Mutex<Option<OpenerFile>>,
    /// The session token the page holds in memory.
    token: Zeroizing<String>,
    /// The hosts (with port) this listener answers to.
    hosts: [String; 2],
    /// The origins a request may come from.
    origins: [String; 2],
    /// The last request with the token.
    last: Mutex<Instant>,
    /// The sync started from the window, if any.
    pub(crate) sync: Mutex<api::SyncJob>,
    pub(crate) bar: indicatif::ProgressBar,
}

impl App {
    /// Runs `f` on a session of its own (the keys copied, so services that
    /// take the session by value can), one request at a time.
    pub(crate) fn work<T>(
        &self,
        f: impl FnOnce(Session) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let keys = self.keys.lock().map_err(|_| {
            anyhow::anyhow!("an earlier request failed midway; restart `reviewer ui`")
        })?;
        let s = Session::open_with(&self.home, copy_keys(&keys)?)?;
        f(s)
    }
}

/// The keys again, for one more session (a `MemberKeys` is not `Clone` so
/// that no copy is made by accident; this one is deliberate and zeroized on
/// drop like the first).
pub(crate) fn copy_keys(k: &MemberKeys) -> anyhow::Result<MemberKeys> {
    Ok(MemberKeys {
        id: k.id.clone(),
        age: k
            .age
            .expose_string()
            .parse()
            .map_err(|e| anyhow::anyhow!("cannot copy the age identity: {e}"))?,
        sign: SignSecretKey::from_seed(&k.sign.expose_seed()),
        transport: SignSecretKey::from_seed(&k.transport.expose_seed()),
    })
}

fn random_text() -> Zeroizing<String> {
    let mut b = Zeroizing::new([0u8; 32]);
    rand::Rng::fill(&mut rand::rngs::OsRng, &mut b[..]);
    Zeroizing::new(URL_SAFE_NO_PAD.encode(&b[..]))
}

/// Equal, in time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `15m`, `1h`, `90s`, `2d`, or minutes without a unit.
pub fn parse_idle(text: &str) -> anyhow::Result<Duration> {
    let t = text.trim();
    let (n, unit) = t
        .find(|c: char| !c.is_ascii_digit())
        .map_or((t, "m"), |i| t.split_at(i));
    let n: u64 = n
        .parse()
        .with_context(|| format!("--idle {text:?}: give a number and s, m, h or d (e.g. 15m)"))?;
    let secs = match unit {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        _ => bail!("--idle {text:?}: the unit is s, m, h or d (e.g. 15m)"),
    };
    if secs == 0 {
        bail!("--idle must be longer than nothing");
    }
    Ok(Duration::from_secs(secs))
}

/// Runs `reviewer ui`.
pub fn run(
    home: &Path,
    server: Option<&str>,
    idle: Option<&str>,
    no_open: bool,
    json: bool,
) -> anyhow::Result<()> {
    // The keys stay unlocked in the window no longer than in the agent:
    // its idle time unless a shorter one is asked for (with the agent off,
    // the default's).
    let limit = crate::agent::idle_time(home).unwrap_or(crate::agent::DEFAULT_IDLE);
    let idle = match idle {
        Some(t) => {
            let asked = parse_idle(t)?;
            if asked > limit {
                bail!(
                    "--idle {t}: longer than the agent's idle time ({} s): the keys stay unlocked in the window no longer than in the agent (REVIEWER_AGENT_IDLE or config.json's agent_idle_minutes set it)",
                    limit.as_secs()
                );
            }
            asked
        }
        None => limit,
    };
    // Before the keys are in memory: no core dump holds them, and no other
    // process of the member's (a debugger, /proc/PID/mem) reads them, as
    // for the agent.
    #[cfg(target_os = "linux")]
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
        .context("cannot keep the window's memory out of core dumps")?;
    let keys_path = home.join(crate::home::KEYS);
    let keys_stamp = crate::agent::stamp(&keys_path);
    let keys = KeyStore::new(home).unlock()?;
    // Fails now, in the terminal, rather than in the window.
    drop(Session::open_with(home, copy_keys(&keys)?)?);
    let lock = WindowLock::listen(home)?;
    let listener =
        std::net::TcpListener::bind(("127.0.0.1", 0)).context("cannot listen on 127.0.0.1")?;
    listener.set_nonblocking(true)?;
    let port = listener.local_addr()?.port();
    let secret = random_text();
    let app = Arc::new(App {
        home: home.to_owned(),
        server: server.map(str::to_owned),
        keys: Mutex::new(keys),
        secret: Mutex::new(Some(secret.clone())),
        opener: Mutex::new(None),
        token: random_text(),
        hosts: [format!("127.0.0.1:{port}"), format!("localhost:{port}")],
        origins: [
            format!("http://127.0.0.1:{port}"),
            format!("http://localhost:{port}"),
        ],
        last: Mutex::new(Instant::now()),
        sync: Mutex::new(api::SyncJob::default()),
        bar: indicatif::ProgressBar::hidden(),
    });
    // The secret rides in the fragment, which the browser never sends.
    let url = Zeroizing::new(format!("http://127.0.0.1:{port}/#{}", secret.as_str()));
    if no_open {
        crate::output::said(
            json,
            serde_json::json!({ "url": url.as_str(), "dumpable": crate::agent::dumpable() }),
            format_args!(
                "Open {} in your browser (once; the address works one time). Ctrl-C stops.",
                url.as_str()
            ),
        );
    } else {
        let file = OpenerFile::write(home, &url)?;
        let path = file.path.clone();
        *app.opener.lock().unwrap_or_else(|e| e.into_inner()) = Some(file);
        open_browser(&path)?;
        crate::output::said(
            json,
            serde_json::json!({ "opened": true, "port": port, "dumpable": crate::agent::dumpable() }),
            format_args!("The window is open in your browser (127.0.0.1:{port}). Ctrl-C stops."),
        );
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the window's runtime")?;
    let why = rt.block_on(serve(
        app.clone(),
        listener,
        idle,
        lock,
        keys_path,
        keys_stamp,
    ));
    // Unused, the forwarding file goes with the window.
    app.opener.lock().unwrap_or_else(|e| e.into_inner()).take();
    let why = why?;
    errln!("reviewer ui: stopped ({why}).");
    Ok(())
}

/// A page in the member's agent directory (0700, checked by
/// [`WindowLock::listen`]) that forwards the browser to the window's
/// address: what the browser is given instead of the address, whose secret
/// any user could read on a command line. Removed on drop.
struct OpenerFile {
    path: PathBuf,
}

impl OpenerFile {
    fn write(home: &Path, url: &str) -> anyhow::Result<Self> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let dir = std::path::absolute(home)
            .unwrap_or_else(|_| home.to_owned())
            .join(crate::home::AGENT_DIR);
        let path = dir.join(format!("ui-{}-open.html", std::process::id()));
        // One left by an earlier process with this pid is stale.
        let _ = std::fs::remove_file(&path);
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        // The address is ours (digits and base64url), nothing to escape.
        let page = Zeroizing::new(format!(
            "<!doctype html>\n<html><head><meta charset=\"utf-8\">\n\
             <meta http-equiv=\"refresh\" content=\"0;url={url}\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n\
             <title>reviewer ui</title></head>\n\
             <body><p><a href=\"{url}\">Open the reviewer window</a></p></body></html>\n"
        ));
        f.write_all(page.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(OpenerFile { path })
    }
}

impl Drop for OpenerFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn open_browser(file: &Path) -> anyhow::Result<()> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let status = std::process::Command::new(opener)
        .arg(file)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .with_context(|| {
            format!("cannot start {opener} to open the browser: run `reviewer ui --no-open` and open the address yourself")
        })?;
    if !status.success() {
        bail!(
            "{opener} could not open the browser ({status}): run `reviewer ui --no-open` and open the address yourself"
        );
    }
    Ok(())
}

/// Why the window stopped, and the `reviewer lock` waiting to hear so.
struct Stop {
    why: &'static str,
    locker: Option<std::os::unix::net::UnixStream>,
}

async fn serve(
    app: Arc<App>,
    listener: std::net::TcpListener,
    idle: Duration,
    mut lock: WindowLock,
    keys_path: PathBuf,
    keys_stamp: Option<crate::agent::Stamp>,
) -> anyhow::Result<&'static str> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let router = api::routes()
        .route("/", axum::routing::get(page))
        .route("/ui.js", axum::routing::get(script))
        .route("/ui.css", axum::routing::get(style))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app.clone());
    let locks = lock
        .take_listener()
        .context("the window's lock socket is gone")?;
    locks.set_nonblocking(true)?;
    let locks = tokio::net::UnixListener::from_std(locks)?;
    let (tx, rx) = tokio::sync::oneshot::channel::<Stop>();
    let watch = app.clone();
    tokio::spawn(async move {
        let ctrl_c = tokio::signal::ctrl_c();
        tokio::pin!(ctrl_c);
        let mut tick = tokio::time::interval(Duration::from_millis(500));
        let stop = loop {
            tokio::select! {
                _ = &mut ctrl_c => break Stop { why: "Ctrl-C", locker: None },
                Ok((conn, _)) = locks.accept() => {
                    if let Ok(conn) = conn.into_std()
                        && WindowLock::ours(&conn)
                    {
                        let _ = conn.set_nonblocking(false);
                        break Stop { why: "locked by `reviewer lock`", locker: Some(conn) };
                    }
                }
                _ = tick.tick() => {
                    if !lock.present() {
                        break Stop { why: "locked: its lock socket was removed", locker: None };
                    }
                    // Rotated, relocked or activated keys: the old ones
                    // are no longer to be used, as the agent stops too.
                    if crate::agent::stamp(&keys_path) != keys_stamp {
                        break Stop { why: "keys.age changed", locker: None };
                    }
                    let last = *watch.last.lock().unwrap_or_else(|e| e.into_inner());
                    if last.elapsed() >= idle {
                        break Stop { why: "idle", locker: None };
                    }
                }
            }
        };
        let _ = tx.send(stop);
        // The socket goes when the window does.
        drop(lock);
    });
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let stopped = Arc::new(Mutex::new(None::<Stop>));
    let stopped2 = stopped.clone();
    let stopper = tokio::spawn(async move {
        if let Ok(w) = rx.await {
            *stopped2.lock().unwrap_or_else(|e| e.into_inner()) = Some(w);
        }
        let _ = stop_tx.send(());
    });
    let served = axum::serve(listener, router).with_graceful_shutdown(async move {
        let _ = stop_rx.await;
    });
    // A connection that does not finish must not keep a locked window
    // open: after the stop, it gets a moment, then the listener is gone.
    let stopped3 = stopped.clone();
    let served = served.into_future();
    let bounded = async move {
        tokio::pin!(served);
        tokio::select! {
            r = &mut served => r,
            _ = async {
                while stopped3.lock().unwrap_or_else(|e| e.into_inner()).is_none() {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                tokio::time::sleep(Duration::from_secs(2)).await;
            } => Ok(()),
        }
    };
    bounded.await.context("the window's server failed")?;
    stopper.abort();
    let stop = stopped.lock().unwrap_or_else(|e| e.into_inner()).take();
    let Some(mut stop) = stop else {
        return Ok("stopped");
    };
    // The listener is closed now: `reviewer lock` may say the window is
    // gone.
    if let Some(conn) = stop.locker.as_mut() {
        WindowLock::answer(conn);
    }
    Ok(stop.why)
}

/// Why a request was refused, before any handler ran.
pub(crate) type Refusal = (StatusCode, &'static str);

fn refuse(status: StatusCode, why: &str) -> Response {
    (status, axum::Json(serde_json::json!({ "error": why }))).into_response()
}

/// Host, Origin and the token, before any handler; the headers every
/// response carries, after.
async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let mut res = match check(&app, req.headers(), req.uri().path()) {
        Err((status, why)) => refuse(status, why),
        Ok(()) => next.run(req).await,
    };
    let h = res.headers_mut();
    for (k, v) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ] {
        h.insert(k, HeaderValue::from_static(v));
    }
    res
}

fn check(app: &App, headers: &HeaderMap, path: &str) -> Result<(), Refusal> {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    if !host.is_some_and(|h| app.hosts.iter().any(|a| a == h)) {
        return Err((
            StatusCode::FORBIDDEN,
            "this window answers only to its own address (Host)",
        ));
    }
    if let Some(o) = headers.get(header::ORIGIN) {
        let o = o.to_str().unwrap_or("");
        if !app.origins.iter().any(|a| a == o) {
            return Err((
                StatusCode::FORBIDDEN,
                "a request from another origin (Origin)",
            ));
        }
    }
    if headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site" || v == "same-site")
    {
        return Err((
            StatusCode::FORBIDDEN,
            "a request from another site (Sec-Fetch-Site)",
        ));
    }
    if path.starts_with("/api/") && path != "/api/session" {
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if !given.is_some_and(|t| same(t.as_bytes(), app.token.as_bytes())) {
            return Err((
                StatusCode::UNAUTHORIZED,
                "no valid session token: open the address `reviewer ui` printed",
            ));
        }
        *app.last.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
    }
    Ok(())
}

/// `POST /api/session {"secret"}`: the address's secret, once, for the
/// session token.
pub(crate) fn exchange(app: &App, given: &str) -> Result<serde_json::Value, Refusal> {
    let mut secret = app.secret.lock().unwrap_or_else(|e| e.into_inner());
    match secret.as_ref() {
        Some(s) if same(s.as_bytes(), given.as_bytes()) => {
            *secret = None;
            app.opener.lock().unwrap_or_else(|e| e.into_inner()).take();
            *app.last.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
            let member = app
                .keys
                .lock()
                .map(|k| k.id.to_string())
                .unwrap_or_default();
            Ok(serde_json::json!({ "token": app.token.as_str(), "member": member }))
        }
        Some(_) => Err((StatusCode::FORBIDDEN, "wrong secret")),
        None => Err((
            StatusCode::FORBIDDEN,
            "this address was used already: restart `reviewer ui` for a new one",
        )),
    }
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], body).into_response()
}

async fn page() -> Response {
    asset("text/html; charset=utf-8", PAGE)
}

async fn script() -> Response {
    asset("text/javascript; charset=utf-8", SCRIPT)
}

async fn style() -> Response {
    asset("text/css; charset=utf-8", STYLE)
}

async fn not_found() -> Response {
    refuse(StatusCode::NOT_FOUND, "no such page")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_times_parse_with_units() {
        assert_eq!(parse_idle("15m").unwrap(), Duration::from_secs(900));
        assert_eq!(parse_idle("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_idle("2h").unwrap(), Duration::from_secs(7200));
        assert_eq!(parse_idle("20").unwrap(), Duration::from_secs(1200));
        assert!(parse_idle("0s").is_err());
        assert!(parse_idle("m").is_err());
        assert!(parse_idle("5 weeks").is_err());
    }

    #[test]
    fn comparison_is_exact() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"abcd"));
    }
}
