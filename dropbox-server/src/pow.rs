//! The optional proof-of-work upload token (DESIGN "Server": abuse).
//!
//! On clearnet an operator may require uploads to carry a token minted by
//! solving a small proof of work, so flooding the drop box costs CPU. Limits
//! key on the token, never on the client's address:
//!
//! 1. `GET /v1/pow` → `{"challenge": C, "bits": N}` (or `{"bits": 0}` when
//!    off). C = base64url(day ‖ 16 random bytes ‖ HMAC-SHA256(server key,
//!    day ‖ random)[..16]): stateless, valid the day it was made and the next.
//! 2. The client finds a nonce (a string of at most 64 characters) with
//!    sha256(C ‖ ":" ‖ nonce) starting with N zero bits.
//! 3. `POST /v1/pow` `{"challenge": C, "nonce": n}` → `{"token": T,
//!    "uploads": K}`; each challenge is accepted once.
//! 4. Uploads carry `Dropbox-Upload-Token: T`; each token allows K uploads
//!    (tus creation or a streamed POST). Tokens live in memory only and die
//!    with the process or at the end of the next day.
//!
//! Replicas sharing a store (ciphertexts in a bucket) share the key (in
//! the store's meta table) and keep redeemed challenges and tokens there,
//! as hashes with their day, so a challenge from one replica is redeemed
//! once on any and a token is spent on any.
//!
//! The two handlers are in `routes::pow`; this module keeps the tokens.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::http::HeaderMap;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::error::ApiError;
use crate::state::Shared;

/// The header an upload carries its token in.
pub const TOKEN_HEADER: &str = "dropbox-upload-token";

/// Proof-of-work settings and the tokens handed out.
pub struct Pow {
    /// Leading zero bits required (0: off).
    pub bits: u8,
    /// Uploads one token allows.
    pub uploads: u32,
    key: [u8; 32],
    /// Redeemed challenges with their day: a challenge is redeemable only on
    /// its day and the next, so older entries are dropped (the set stays
    /// bounded by what can be solved within that validity).
    used: Mutex<HashMap<String, i64>>,
    tokens: Mutex<HashMap<String, (i64, u32)>>,
}

impl Pow {
    /// Settings with a fresh random key.
    pub fn new(bits: u8, uploads: u32) -> Self {
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        Self::with_key(bits, uploads, key)
    }

    /// Settings with `key` (replicas share one).
    pub fn with_key(bits: u8, uploads: u32, key: [u8; 32]) -> Self {
        Pow {
            bits,
            uploads: uploads.max(1),
            key,
            used: Mutex::new(HashMap::new()),
            tokens: Mutex::new(HashMap::new()),
        }
    }

    fn mac(&self, msg: &[u8]) -> [u8; 16] {
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(&self.key).expect("any key length");
        m.update(msg);
        let out = m.finalize().into_bytes();
        out[..16].try_into().expect("16 of 32 bytes")
    }

    /// A new challenge for `day` (days since the epoch).
    pub fn challenge(&self, day: i64) -> String {
        let mut msg = Vec::with_capacity(24);
        msg.extend_from_slice(&day.to_be_bytes());
        let mut r = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut r);
        msg.extend_from_slice(&r);
        let tag = self.mac(&msg);
        msg.extend_from_slice(&tag);
        URL_SAFE_NO_PAD.encode(msg)
    }

    /// Checks a solution; on success returns a token.
    pub fn redeem(&self, challenge: &str, nonce: &str, today: i64) -> Result<String, ApiError> {
        let bad = |m: &str| ApiError::Forbidden("pow", m.to_owned());
        let day = self.check(challenge, nonce, today)?;
        {
            let mut used = crate::locks::lock(&self.used, "proof-of-work tokens");
            used.retain(|_, d| *d + 1 >= today);
            if used.insert(challenge.to_owned(), day).is_some() {
                return Err(bad("challenge already used"));
            }
        }
        let token = new_token();
        let mut tokens = crate::locks::lock(&self.tokens, "proof-of-work tokens");
        tokens.retain(|_, (d, _)| *d + 1 >= today);
        tokens.insert(token.clone(), (today, self.uploads));
        Ok(token)
    }

    /// Checks that `nonce` solves a challenge this key made for `today` or
    /// the day before; returns the challenge's day.
    fn check(&self, challenge: &str, nonce: &str, today: i64) -> Result<i64, ApiError> {
        let bad = |m: &str| ApiError::Forbidden("pow", m.to_owned());
        let raw = URL_SAFE_NO_PAD
            .decode(challenge)
            .map_err(|_| bad("malformed challenge"))?;
        if raw.len() != 40 || nonce.is_empty() || nonce.len() > 64 {
            return Err(bad("malformed challenge or nonce"));
        }
        let day = i64::from_be_bytes(raw[..8].try_into().expect("8 bytes"));
        let tag: [u8; 16] = raw[24..].try_into().expect("16 bytes");
        if self.mac(&raw[..24]) != tag {
            return Err(bad("not a challenge from this server"));
        }
        if day != today && day + 1 != today {
            return Err(bad("challenge expired; ask for a new one"));
        }
        if !meets(challenge, nonce, self.bits) {
            return Err(bad("the nonce does not solve the challenge"));
        }
        Ok(day)
    }

    fn need(&self) -> ApiError {
        ApiError::Forbidden(
            "pow-required",
            format!(
                "this drop box requires an upload token: solve GET /v1/pow ({} bits)",
                self.bits
            ),
        )
    }

    /// Spends one upload of the request's token.
    pub fn spend(&self, headers: &HeaderMap, today: i64) -> Result<(), ApiError> {
        let need = || self.need();
        let token = headers
            .get(TOKEN_HEADER)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(need)?;
        let mut tokens = crate::locks::lock(&self.tokens, "proof-of-work tokens");
        match tokens.get_mut(token) {
            Some((day, left)) if *left > 0 && *day + 1 >= today => {
                *left -= 1;
                if *left == 0 {
                    tokens.remove(token);
                }
                Ok(())
            }
            _ => Err(need()),
        }
    }
}

impl Pow {
    /// How many redeemed challenges and live tokens are remembered (for
    /// tests of the bound).
    pub fn remembered(&self) -> (usize, usize) {
        (
            crate::locks::lock(&self.used, "proof-of-work tokens").len(),
            crate::locks::lock(&self.tokens, "proof-of-work tokens").len(),
        )
    }
}

pub use dropbox_crypto::pow::{meets, solve};

/// A fresh random token.
fn new_token() -> String {
    let mut t = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut t);
    URL_SAFE_NO_PAD.encode(t)
}

fn sha256(s: &str) -> [u8; 32] {
    use sha2::Digest;
    Sha256::digest(s.as_bytes()).into()
}

/// Whether challenges and tokens are kept in the store replicas share.
fn shared(state: &Shared) -> bool {
    crate::routes::submit::shared::enabled(state)
}

/// The key replicas share, made by the first of them (meta `pow_key`).
pub fn shared_key(store: &crate::store::Store) -> Result<[u8; 32], crate::store::StoreError> {
    let mut fresh = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut fresh);
    let hex: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
    let held = zeroize::Zeroizing::new(store.meta_or_insert(POW_KEY, &hex)?);
    let bad = || crate::store::StoreError::Corrupt("malformed proof-of-work key".into());
    if held.len() != 64 || !held.is_ascii() {
        return Err(bad());
    }
    let mut key = [0u8; 32];
    for (i, k) in key.iter_mut().enumerate() {
        *k = u8::from_str_radix(&held[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Ok(key)
}

/// The meta key of the shared proof-of-work key.
const POW_KEY: &str = "pow_key";

/// Checks a solution and hands out a token (`POST /v1/pow`).
pub async fn redeem(state: &Shared, challenge: &str, nonce: &str) -> Result<String, ApiError> {
    let p = state.pow.as_ref().ok_or(ApiError::NotFound)?;
    let today = state.today();
    if !shared(state) {
        return p.redeem(challenge, nonce, today.days_since_epoch());
    }
    p.check(challenge, nonce, today.days_since_epoch())?;
    let token = new_token();
    let (c, t, uploads) = (sha256(challenge), sha256(&token), p.uploads);
    if state
        .db(move |s| s.redeem_pow(&c, &t, today, uploads))
        .await?
    {
        Ok(token)
    } else {
        Err(ApiError::Forbidden("pow", "challenge already used".into()))
    }
}

/// Spends a token if proof of work is on.
pub async fn check_upload(state: &Shared, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(p) = &state.pow else { return Ok(()) };
    if !shared(state) {
        return p.spend(headers, state.today().days_since_epoch());
    }
    let token = headers
        .get(TOKEN_HEADER)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| p.need())?;
    let (t, today) = (sha256(token), state.today());
    if state.db(move |s| s.spend_pow(&t, today)).await? {
        Ok(())
    } else {
        Err(p.need())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenge_solve_redeem_spend() {
        let p = Pow::new(8, 2);
        let c = p.challenge(100);
        let n = solve(&c, 8);
        assert!(
            p.redeem(&c, "not-a-solution-probably", 100).is_err()
                || meets(&c, "not-a-solution-probably", 8)
        );
        let t = p.redeem(&c, &n, 100).unwrap();
        assert!(
            p.redeem(&c, &n, 100).is_err(),
            "a challenge is accepted once"
        );
        assert!(
            p.redeem(&p.challenge(100), &n, 102).is_err(),
            "old challenges expire"
        );
        let mut h = HeaderMap::new();
        h.insert(TOKEN_HEADER, t.parse().unwrap());
        p.spend(&h, 100).unwrap();
        p.spend(&h, 101).unwrap();
        assert!(
            p.spend(&h, 101).is_err(),
            "a token allows a fixed number of uploads"
        );
        assert!(p.spend(&HeaderMap::new(), 100).is_err());
        let forged = URL_SAFE_NO_PAD.encode([0u8; 40]);
        assert!(p.redeem(&forged, "0", 0).is_err());
    }

    /// Regression: the set of redeemed challenges was never pruned, so it
    /// grew for as long as the process ran. A challenge is redeemable only
    /// on its day and the next; after that it is forgotten, and a used-up
    /// token is dropped at once.
    #[test]
    fn redeemed_challenges_are_forgotten_once_they_expire() {
        let p = Pow::new(1, 1);
        for _ in 0..50 {
            let c = p.challenge(200);
            p.redeem(&c, &solve(&c, 1), 200).unwrap();
        }
        assert_eq!(p.remembered(), (50, 50));
        let c = p.challenge(201);
        let t = p.redeem(&c, &solve(&c, 1), 201).unwrap();
        assert_eq!(p.remembered().0, 51, "day 200's are redeemable on day 201");
        let mut h = HeaderMap::new();
        h.insert(TOKEN_HEADER, t.parse().unwrap());
        p.spend(&h, 201).unwrap();
        assert_eq!(p.remembered().1, 50, "a used-up token is dropped");
        let c = p.challenge(202);
        p.redeem(&c, &solve(&c, 1), 202).unwrap();
        assert_eq!(
            p.remembered(),
            (2, 1),
            "day 200's challenges and tokens are gone on day 202"
        );
        // A forgotten challenge cannot be replayed: it has expired.
        let old = p.challenge(200);
        assert!(p.redeem(&old, &solve(&old, 1), 202).is_err());
    }
}
