//! `reviewer`: a team member's client (DESIGN "Reviewer").
//!
//! The member's keys, encrypted at rest; the team roster's life cycle;
//! `sync` into an encrypted case store; annotations shared with the team as
//! signed, encrypted events; the policy's clocks; retention with
//! crypto-shredding, expiring backups and the counters that outlive a
//! purge; sharing under TLP over OpenPGP; the air gap.
//!
//! Layers, imports going one way only (`.ci/layers.sh` checks it):
//!
//! - [`commands`]: one thin module per command family; parse, call a
//!   service, print through [`output`] and the `term` macros.
//! - [`services`]: the work, on an open [`services::session::Session`]:
//!   roster trust, ingest, the team log, retention, replies, sync. They may
//!   warn on stderr (`errln!`) but never print results.
//! - [`domain`]: pure rules with the clock passed in (cases and their
//!   annotations, the event fold, deadlines, retention rules, statistics,
//!   search); imports nothing of this crate.
//! - [`store`] (the only SQL), [`remote`] (the only HTTP), [`keys`] and
//!   [`pgp`] (secrets and OpenPGP), [`home`] (the only code naming files
//!   in the member's home): below the services, above the domain.

// First, so the print macros are in scope in every module below.
#[macro_use]
pub mod term;

pub mod agent;
pub mod cli;
pub mod commands;
pub mod domain;
pub mod error;
pub mod home;
pub mod keys;
pub mod output;
pub mod pgp;
pub mod remote;
pub mod services;
pub mod store;
