//! The window's JSON API: each handler parses, calls a service on a
//! session of its own (as a command would), and returns a view. Reporter
//! text goes out as JSON strings; the page renders it as text.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::domain::case::{Annotations, Case};
use crate::domain::deadlines::{self, Urgency};
use crate::domain::stats;
use crate::services::alerts;
use crate::services::annotate::{self, Changes};
use crate::services::cases::{self, Filter};
use crate::services::reply::Posted;
use crate::services::session::{Session, server_url};

use super::App;

type Shared = Arc<App>;

/// A failed request: the one-line error a command would print.
struct Failed(StatusCode, String);

impl IntoResponse for Failed {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<anyhow::Error> for Failed {
    fn from(e: anyhow::Error) -> Self {
        Failed(StatusCode::BAD_REQUEST, format!("{e:#}"))
    }
}

type Answer = Result<Json<Value>, Failed>;

/// Runs `f` off the async threads, on a session of its own.
async fn work<T: Send + 'static>(
    app: &Shared,
    f: impl FnOnce(Session) -> anyhow::Result<T> + Send + 'static,
) -> Result<T, Failed> {
    let app = app.clone();
    tokio::task::spawn_blocking(move || app.work(f))
        .await
        .map_err(|e| Failed(StatusCode::INTERNAL_SERVER_ERROR, format!("{e}")))?
        .map_err(Failed::from)
}

pub(super) fn routes() -> axum::Router<Shared> {
    axum::Router::new()
        .route("/api/session", post(session))
        .route("/api/inbox", get(inbox))
        .route("/api/case/{id}", get(case))
        .route("/api/case/{id}/{action}", post(act))
        .route("/api/case/{id}/download/{n}", post(download))
        .route("/api/sync", get(sync_state).post(sync_start))
        .route("/api/due", get(due))
        .route("/api/team", get(team))
        .route("/api/stats", get(stats))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Secret {
    secret: String,
}

async fn session(State(app): State<Shared>, Json(b): Json<Secret>) -> Response {
    match super::exchange(&app, &b.secret) {
        Ok(v) => Json(v).into_response(),
        Err((status, why)) => Failed(status, why.to_owned()).into_response(),
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct InboxQuery {
    status: Option<String>,
    severity: Option<String>,
    tlp: Option<String>,
    owner: Option<String>,
    #[serde(default)]
    mine: bool,
    #[serde(default)]
    overdue: bool,
    #[serde(default)]
    closed: bool,
    q: Option<String>,
}

fn some(v: &Option<String>) -> Option<&str> {
    v.as_deref().filter(|t| !t.is_empty())
}

async fn inbox(State(app): State<Shared>, Query(q): Query<InboxQuery>) -> Answer {
    let v = work(&app, move |s| {
        let filter = Filter {
            status: some(&q.status),
            severity: some(&q.severity),
            tlp: some(&q.tlp),
            owner: some(&q.owner),
            mine: q.mine,
            overdue: q.overdue,
            closed: q.closed,
            all: false,
        };
        let (mut rows, ids) = cases::list(&s, &filter)?;
        if let Some(terms) = some(&q.q) {
            let terms: Vec<String> = terms.split_whitespace().map(str::to_owned).collect();
            let hits: Vec<String> = cases::search(&s, &terms)?
                .into_iter()
                .map(|(c, _)| c.id)
                .collect();
            rows.retain(|r| hits.contains(&r.case.id));
        }
        let short = crate::domain::caseid::short_len(ids.iter().map(String::as_str));
        let out: Vec<Value> = rows
            .iter()
            .map(|r| {
                let (c, st) = (&r.case, &r.state);
                json!({
                    "id": c.id, "short": c.id.chars().take(short).collect::<String>(),
                    "title": c.report.title, "status": st.status, "tlp": st.tlp,
                    "severity": st.severity, "owner": st.owner,
                    "category": c.report.category, "severity_guess": c.report.severity,
                    "day": c.report.created.to_string(),
                    "attachments": c.all_attachments().len(),
                    "followups": c.followups.len(), "overdue": r.overdue,
                    "purge_day": r.purge.map(|d| d.to_string()),
                })
            })
            .collect();
        Ok(json!({ "member": s.keys.id, "cases": out }))
    })
    .await?;
    Ok(Json(v))
}

fn case_view(s: &Session, c: &Case, st: &Annotations) -> Value {
    let r = &c.report;
    let members = cases::roster_members(s, c);
    let left_out = cases::left_out(c, &members);
    // Numbered across the case, as `reviewer attachment` takes them.
    let mut attachments = Vec::new();
    let mut push = |list: &[dropbox_crypto::bundle::AttachmentMeta], from: Value| {
        for a in list {
            attachments.push(json!({
                "n": attachments.len(), "name": a.name, "claimed": a.media_type,
                "size": a.size, "from": from,
                "safe_name": cases::safe_file_name(&a.name, attachments.len()),
            }));
        }
    };
    push(&r.attachments, json!("report"));
    for f in &c.followups {
        push(&f.attachments, json!(f.seq));
    }
    let roster: Vec<Value> = s.chain.as_ref().map_or_else(Vec::new, |ch| {
        ch.head()
            .roster
            .members
            .iter()
            .filter(|m| r.recipients.contains(&m.id))
            .map(|m| json!({ "id": m.id, "name": m.name }))
            .collect()
    });
    json!({
        "id": c.id,
        "title": r.title, "body": r.body, "category": r.category,
        "severity_guess": r.severity, "received": r.created.to_string(),
        "receipt": c.receipt, "imported": c.imported,
        "contact": r.contact, "credit": r.credit,
        "replies_possible": r.reply.is_some(),
        "from_grant": c.from_grant,
        "recipients": r.recipients, "left_out": left_out, "owners": roster,
        "attachments": attachments,
        "followups": c.followups.iter().map(|f| json!({
            "seq": f.seq, "day": f.day.to_string(), "body": f.body,
            "conflict": f.conflict, "attachments": f.attachments.len(),
        })).collect::<Vec<_>>(),
        "state": st,
        "events": c.events.iter().map(|e| json!({
            "at": e.at, "member": e.member, "what": crate::domain::case::describe(&e.body),
        })).collect::<Vec<_>>(),
        "log": c.log,
        "purge_day": st.purge_after(s.store.backup_days).map(|d| d.to_string()),
        "me": s.keys.id,
    })
}

async fn case(State(app): State<Shared>, Path(id): Path<String>) -> Answer {
    let v = work(&app, move |mut s| {
        // A closed case has left the active store: the window shows what
        // `list --closed` shows, and offers to reopen or hold it.
        let full = s.store.resolve_id(&id)?;
        let c = s.store.case(&full)?;
        let st = c.state();
        if st.closed.is_some() {
            return Ok(json!({
                "id": c.id, "closed_view": true, "title": c.report.title,
                "state": st,
                "purge_day": st.purge_after(s.store.backup_days).map(|d| d.to_string()),
            }));
        }
        let (c, st) = cases::read(&mut s, &full)?;
        Ok(case_view(&s, &c, &st))
    })
    .await?;
    Ok(Json(v))
}

/// The fields any action may carry; each action reads its own.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Act {
    status: Option<String>,
    severity: Option<String>,
    tlp: Option<String>,
    owner: Option<String>,
    text: Option<String>,
    step: Option<String>,
    detail: Option<String>,
    date: Option<String>,
    reason: Option<String>,
    until: Option<String>,
    field: Option<String>,
    n: Option<usize>,
    dir: Option<String>,
    force: Option<bool>,
    cert: Option<String>,
    out: Option<String>,
    fields: Option<Vec<String>>,
}

fn need<'a>(v: &'a Option<String>, what: &str) -> anyhow::Result<&'a str> {
    some(v).ok_or_else(|| anyhow::anyhow!("give the {what}"))
}

async fn act(
    State(app): State<Shared>,
    Path((id, action)): Path<(String, String)>,
    Json(b): Json<Act>,
) -> Answer {
    let v = work(&app, move |mut s| -> anyhow::Result<Value> {
        let s = &mut s;
        let done = match action.as_str() {
            "set" => annotate::set(
                s,
                &id,
                &Changes {
                    status: some(&b.status),
                    severity: some(&b.severity),
                    tlp: some(&b.tlp),
                    owner: some(&b.owner),
                    ..Changes::default()
                },
            )?,
            "note" => annotate::note(s, &id, need(&b.text, "note")?)?,
            "step" => annotate::step(
                s,
                &id,
                need(&b.step, "step")?,
                b.detail.as_deref().unwrap_or(""),
            )?,
            "agree" => annotate::agree(s, &id, need(&b.date, "date")?, need(&b.reason, "reason")?)?,
            "redact" => annotate::redact(s, &id, need(&b.field, "field")?)?,
            "close" => annotate::close(s, &id, need(&b.reason, "reason")?)?,
            "reopen" => annotate::reopen(s, &id, need(&b.reason, "reason")?)?,
            "hold" => annotate::hold(s, &id, need(&b.reason, "reason")?, some(&b.until))?,
            "export" => {
                let n = b.n.ok_or_else(|| anyhow::anyhow!("give the attachment's number"))?;
                let dir = need(&b.dir, "directory to save it in")?;
                let (file, e) = cases::export_to_dir(
                    s,
                    &id,
                    n,
                    std::path::Path::new(dir),
                    b.force.unwrap_or(false),
                )?;
                let warning = e.active_content.then(|| cases::active_warning(e.detected));
                return Ok(json!({
                    "message": format!("Wrote {} (claimed type {}, detected {}).", file.display(), e.claimed, e.detected),
                    "file": file, "claimed": e.claimed, "detected": e.detected,
                    "active_content": e.active_content, "warning": warning,
                }));
            }
            "share" => {
                let out = std::path::PathBuf::from(need(&b.out, "file to write the share to")?);
                let d = crate::services::share::share(
                    s,
                    &id,
                    std::path::Path::new(need(&b.cert, "recipient's OpenPGP certificate file")?),
                    &out,
                    b.fields.as_deref().filter(|f| !f.is_empty()),
                )?;
                return Ok(json!({
                    "message": format!(
                        "Wrote {} for {} (TLP:{}; fields: {}). The share is recorded on the case.",
                        out.display(), d.recipient, d.tlp, d.fields.join(", ")
                    ),
                    "recipient": d.recipient, "tlp": d.tlp, "fields": d.fields,
                }));
            }
            "reply" => {
                let text = need(&b.text, "reply")?.to_owned();
                let mut fresh = Session::open_with(&s.home, super::copy_keys(&s.keys)?)?;
                let sent = crate::services::reply::send(&mut fresh, &id, &text)?;
                let seq = sent.seq;
                let message = match &sent.posted {
                    Posted::Now => format!("Reply #{seq} posted to the reporter's mailbox."),
                    Posted::Unreachable(e) => format!(
                        "Reply #{seq} queued; the drop box is not reachable now ({e}), the next sync posts it."
                    ),
                    Posted::NoServer => format!("Reply #{seq} queued; the next sync posts it."),
                };
                return Ok(json!({ "message": message, "seq": seq, "posted": sent.posted == Posted::Now }));
            }
            other => anyhow::bail!("no action {other:?}"),
        };
        Ok(serde_json::to_value(&done)?)
    })
    .await?;
    Ok(Json(v))
}

/// The decrypted bytes of an attachment, as a download: never a type the
/// browser would render, never inline.
async fn download(
    State(app): State<Shared>,
    Path((id, n)): Path<(String, usize)>,
) -> Result<Response, Failed> {
    let (bytes, e) = work(&app, move |mut s| {
        let mut buf = Vec::new();
        let e = cases::export(&mut s, &id, n, &mut buf)?;
        Ok((zeroize::Zeroizing::new(buf), e))
    })
    .await?;
    let warning = if e.active_content {
        cases::active_warning(e.detected)
    } else {
        String::new()
    };
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_owned()),
            (header::CONTENT_DISPOSITION, "attachment".to_owned()),
            (
                header::HeaderName::from_static("x-detected-type"),
                e.detected.to_owned(),
            ),
            (header::HeaderName::from_static("x-warning"), warning),
        ],
        bytes.to_vec(),
    )
        .into_response())
}

/// The sync the window started: running, its progress, how it ended.
#[derive(Default)]
pub(crate) struct SyncJob {
    running: bool,
    outcome: Option<Value>,
    error: Option<String>,
}

async fn sync_start(State(app): State<Shared>) -> Answer {
    {
        let mut job = app.sync.lock().unwrap_or_else(|e| e.into_inner());
        if job.running {
            return Err(Failed(StatusCode::CONFLICT, "a sync is running".into()));
        }
        *job = SyncJob {
            running: true,
            ..SyncJob::default()
        };
    }
    app.bar.reset();
    app.bar.set_length(0);
    app.bar.set_message("fetching");
    let worker = app.clone();
    tokio::task::spawn_blocking(move || {
        let r = (|| -> anyhow::Result<Value> {
            let server = server_url(&worker.home, worker.server.as_deref())?;
            let keys = worker
                .keys
                .lock()
                .map_err(|_| anyhow::anyhow!("an earlier request failed midway"))?;
            let s = Session::open_quiet_with(&worker.home, super::copy_keys(&keys)?)?;
            let o = crate::services::sync::run(s, &server, None, &worker.bar)?;
            Ok(serde_json::to_value(&o)?)
        })();
        let mut job = worker.sync.lock().unwrap_or_else(|e| e.into_inner());
        job.running = false;
        match r {
            Ok(v) => job.outcome = Some(v),
            Err(e) => job.error = Some(format!("{e:#}")),
        }
    });
    Ok(Json(json!({ "running": true })))
}

async fn sync_state(State(app): State<Shared>) -> Answer {
    let job = app.sync.lock().unwrap_or_else(|e| e.into_inner());
    Ok(Json(json!({
        "running": job.running,
        "position": app.bar.position(),
        "length": app.bar.length(),
        "message": app.bar.message(),
        "outcome": job.outcome,
        "error": job.error,
    })))
}

async fn due(State(app): State<Shared>) -> Answer {
    let v = work(&app, move |s| {
        let now = s.now();
        let q = crate::services::due::queue(&s, now, false, None)?;
        let mut rows = Vec::new();
        for (c, st, ds) in &q.rows {
            for d in ds {
                let urgency = match deadlines::urgency(d, now) {
                    Urgency::Overdue => "overdue",
                    Urgency::DueToday => "due soon",
                    _ => "upcoming",
                };
                rows.push(json!({
                    "case": c.id, "title": c.report.title, "status": st.status,
                    "owner": st.owner, "what": d.clock.to_string(),
                    "due": crate::output::when(d.due.0), "due_at": d.due.0,
                    "urgency": urgency,
                    "next": d.action,
                }));
            }
        }
        let pending: Vec<Value> = q
            .pending
            .iter()
            .map(|(d, left)| json!({ "oldest": d, "days_left": left }))
            .collect();
        Ok(json!({ "as_of": now.day().to_string(), "rows": rows, "unacknowledged_items": pending }))
    })
    .await?;
    Ok(Json(v))
}

async fn team(State(app): State<Shared>) -> Answer {
    let last_sync: Vec<Value> = {
        let job = app.sync.lock().unwrap_or_else(|e| e.into_inner());
        job.outcome
            .as_ref()
            .map(|o| {
                ["alerts", "page_alerts", "events_rejected"]
                    .iter()
                    .flat_map(|k| o[k].as_array().cloned().unwrap_or_default())
                    .collect()
            })
            .unwrap_or_default()
    };
    let v = work(&app, move |s| {
        // The last sync's alerts (conflicts, corrected grants, pages: the
        // CLI's English lines); the roster's standing ones typed, so the
        // window says them in its language; the quarantined items on
        // their own.
        let alerts = last_sync;
        let roster_alerts = alerts::roster(&s);
        let quarantined = alerts::quarantined(&s)?;
        let Some(chain) = s.chain.as_ref() else {
            return Ok(json!({ "members": [], "alerts": alerts, "roster_alerts": roster_alerts,
                "quarantined": quarantined, "name": null, "fingerprint": null, "seq": null }));
        };
        let r = &chain.head().roster;
        Ok(json!({
            "name": r.team, "fingerprint": chain.fingerprint.to_string(), "seq": r.seq,
            "expires": r.expires.to_string(),
            "members": r.members.iter().map(|m| json!({
                "id": m.id, "name": m.name,
                "roles": m.roles.iter().map(|x| format!("{x:?}").to_lowercase()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "alerts": alerts,
            "roster_alerts": roster_alerts,
            "quarantined": quarantined,
        }))
    })
    .await?;
    Ok(Json(v))
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct StatsQuery {
    year: Option<i32>,
}

async fn stats(State(app): State<Shared>, Query(q): Query<StatsQuery>) -> Answer {
    let v = work(&app, move |s| {
        let report = crate::services::stats::report(&s, q.year)?;
        let title = match q.year {
            Some(y) => format!("Reports received in {y}"),
            None => "Reports received".to_owned(),
        };
        // The CLI's chart, as an image (img-src data:): never markup in
        // the page.
        let svg = stats::render_svg(&report, &title);
        let chart = format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(svg.as_bytes())
        );
        Ok(json!({ "text": stats::render_text(&report), "chart": chart, "title": title }))
    })
    .await?;
    Ok(Json(v))
}
