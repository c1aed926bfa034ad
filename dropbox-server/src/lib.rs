//! `dropbox-server`: the ciphertext-only drop box (DESIGN "Server").
//!
//! It accepts encrypted submissions (one streamed body, or tus resumable
//! uploads), checks only their age header, stores them durably as files
//! with a row in SQLite, and serves them to team members whose requests are
//! signed with a key in the current roster. It never holds plaintext or
//! keys, and stores no client address, user agent or time finer than a day.
//!
//! `app(state)` builds the router and `serve::serve(listener, router, cfg,
//! shutdown)` runs it, so tests drive either in-process or on port 0.

pub mod auth;
pub mod blobs;
pub mod ciphertexts;
pub mod cli;
pub mod commands;
pub mod demo;
pub mod disk;
pub mod error;
pub mod fuzzing;
pub mod group;
pub mod hosting;
pub mod l10n;
pub mod locks;
pub mod migrate;
pub mod notify;
pub mod output;
pub mod pow;
pub mod quota;
pub mod retention;
pub mod routes;
pub mod serve;
pub mod state;
pub mod store;
pub mod upload_headers;
pub mod uploads;

pub use routes::app;
