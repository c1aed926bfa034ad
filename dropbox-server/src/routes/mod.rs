//! The HTTP routes and the layers every response passes through.

pub mod nojs;
pub mod own;
pub mod pow;
pub mod public;
pub mod reviewer;
pub mod submit;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::{get, post, put};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::state::Shared;

/// Largest body a reviewer request may carry (replies, events, rosters).
pub const REVIEWER_BODY_LIMIT: usize = 16 << 20;

/// The strict Content-Security-Policy: only this origin's own resources.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The public routes: page, roster, submissions, uploads, mailbox reads.
pub fn public_routes() -> Router<Shared> {
    Router::new()
        .route("/", get(public::page))
        .route("/app.js", get(public::app_js))
        .route("/healthz", get(public::healthz))
        .route("/.well-known/security.txt", get(public::security_txt))
        .route("/v1/roster", get(public::roster_chain))
        .route("/v1/roster/{seq}", get(public::roster_at))
        .route("/v1/roster/attestation", get(public::attestation))
        .route("/v1/dropkeys", get(public::dropkeys))
        .route("/v1/submissions", post(submit::post_submission))
        .route(
            "/v1/uploads",
            post(submit::tus_create).options(submit::tus_options),
        )
        .route(
            "/v1/uploads/{id}",
            axum::routing::head(submit::tus_head)
                .patch(submit::tus_patch)
                .delete(submit::tus_delete),
        )
        .route("/v1/mailboxes/{id}", get(reviewer::read_mailbox))
        .route(
            "/v1/mailboxes/{id}/own",
            get(own::read_own)
                .post(own::post_own)
                .layer(request_timeout(60)),
        )
        .route(
            "/v1/mailboxes/{id}/report",
            axum::routing::delete(own::withdraw_report),
        )
        .route(
            "/nojs",
            get(nojs::form)
                .post(nojs::submit)
                .layer(request_timeout(60)),
        )
        .route(
            "/v1/pow",
            get(pow::get_challenge)
                .post(pow::post_solution)
                .layer(request_timeout(30)),
        )
        .layer(DefaultBodyLimit::max(nojs::MAX_TEXT * 4))
}

/// The signed reviewer API.
pub fn reviewer_routes() -> Router<Shared> {
    Router::new()
        .route("/v1/inbox", get(reviewer::inbox))
        .route(
            "/v1/submissions/{id}",
            get(reviewer::fetch).delete(reviewer::delete),
        )
        .route("/v1/submissions/{id}/ack", post(reviewer::ack))
        .route(crate::serve::ACKS_PATH, post(reviewer::ack_batch))
        .route(crate::serve::FETCH_PATH, post(reviewer::fetch_batch))
        .route("/v1/mailboxes/{id}/replies", post(reviewer::post_reply))
        .route(
            "/v1/events",
            post(reviewer::post_event).get(reviewer::events),
        )
        .route(
            "/v1/escrow/{week}",
            put(reviewer::put_escrow).get(reviewer::get_escrow),
        )
        .route("/v1/dropkeys", put(reviewer::put_dropkeys))
        .layer(DefaultBodyLimit::max(REVIEWER_BODY_LIMIT))
        .layer(request_timeout(120))
}

/// Buffered bodies (signed requests, forms) must arrive within a bounded
/// time, so slow clients cannot hold the connection slots. Streamed uploads
/// have their own per-chunk timeout instead.
fn request_timeout(secs: u64) -> tower_http::timeout::TimeoutLayer {
    tower_http::timeout::TimeoutLayer::with_status_code(
        axum::http::StatusCode::REQUEST_TIMEOUT,
        std::time::Duration::from_secs(secs),
    )
}

/// Before any request is answered, a replica takes up the rosters others
/// published: a member removed through one replica is refused on every
/// one, and reporters are never handed a stale roster.
async fn catch_up_roster(
    axum::extract::State(state): axum::extract::State<Shared>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if let Err(e) = state.catch_up_roster().await {
        return e.into_response();
    }
    next.run(req).await
}

/// Adds the security headers DESIGN lists to every response.
pub fn with_headers(router: Router<Shared>, state: Shared) -> Router {
    let set = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    router
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            catch_up_roster,
        ))
        .layer(set(header::CACHE_CONTROL, "no-store"))
        .layer(set(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(set(header::REFERRER_POLICY, "no-referrer"))
        .layer(set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set(header::X_FRAME_OPTIONS, "DENY"))
        .layer(set(
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ))
        .layer(set(
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ))
        .layer(set(
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
        .with_state(state)
}

/// One router with everything (no separate reviewer listener).
pub fn app(state: Shared) -> Router {
    with_headers(
        public_routes()
            .route(
                "/v1/roster",
                put(reviewer::put_roster)
                    .layer::<_, std::convert::Infallible>(DefaultBodyLimit::max(
                        REVIEWER_BODY_LIMIT,
                    ))
                    .layer(request_timeout(120)),
            )
            .route(
                "/v1/roster/attestation",
                put(reviewer::put_attestation).layer(request_timeout(60)),
            )
            .merge(reviewer_routes()),
        state,
    )
}

/// The public router alone (with `--reviewer-listen`).
pub fn public_app(state: Shared) -> Router {
    with_headers(public_routes(), state)
}

/// The reviewer router alone (with `--reviewer-listen`), plus the roster
/// chain reviewers sync against.
pub fn reviewer_app(state: Shared) -> Router {
    with_headers(
        reviewer_routes()
            .route(
                "/v1/roster",
                get(public::roster_chain).put(reviewer::put_roster),
            )
            .route(
                "/v1/roster/attestation",
                get(public::attestation).put(reviewer::put_attestation),
            )
            .route("/healthz", get(public::healthz)),
        state,
    )
}
