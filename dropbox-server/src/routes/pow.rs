//! `GET /v1/pow` and `POST /v1/pow`: the proof-of-work exchange
//! (docs/PROTOCOL.md §15.6.1); the challenges and tokens are `crate::pow`'s.

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::error::ApiError;
use crate::state::Shared;

/// `GET /v1/pow`.
pub async fn get_challenge(State(state): State<Shared>) -> Response {
    match &state.pow {
        Some(p) => Json(
            json!({"challenge": p.challenge(state.today().days_since_epoch()), "bits": p.bits}),
        )
        .into_response(),
        None => Json(json!({"bits": 0})).into_response(),
    }
}

/// The body of `POST /v1/pow`.
#[derive(Deserialize)]
pub struct Solution {
    challenge: String,
    nonce: String,
}

/// `POST /v1/pow`.
pub async fn post_solution(
    State(state): State<Shared>,
    Json(s): Json<Solution>,
) -> Result<Response, ApiError> {
    let p = state.pow.as_ref().ok_or(ApiError::NotFound)?;
    let token = p.redeem(&s.challenge, &s.nonce, state.today().days_since_epoch())?;
    Ok(Json(json!({"token": token, "uploads": p.uploads})).into_response())
}
