//! `GET /v1/pow` and `POST /v1/pow`: the proof-of-work exchange
//! (docs/PROTOCOL.md §15.6.1); the challenges and tokens are `crate::pow`'s.

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use dropbox_crypto::wire::{PowChallenge, PowSolution, PowToken};

use crate::error::ApiError;
use crate::state::Shared;

/// `GET /v1/pow`.
pub async fn get_challenge(State(state): State<Shared>) -> Response {
    let body = match &state.pow {
        Some(p) => PowChallenge {
            bits: u32::from(p.bits),
            challenge: Some(p.challenge(state.today().days_since_epoch())),
        },
        None => PowChallenge {
            bits: 0,
            challenge: None,
        },
    };
    Json(body).into_response()
}

/// `POST /v1/pow`.
pub async fn post_solution(
    State(state): State<Shared>,
    Json(s): Json<PowSolution>,
) -> Result<Response, ApiError> {
    let token = crate::pow::redeem(&state, &s.challenge, &s.nonce).await?;
    let uploads = state.pow.as_ref().map_or(0, |p| p.uploads);
    Ok(Json(PowToken { token, uploads }).into_response())
}
