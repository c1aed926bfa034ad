//! End-to-end tests: the real binaries on ephemeral loopback ports.

mod abuse;
mod agent;
mod api;
mod auth;
mod casework;
mod check;
mod cli_contract;
mod consent;
mod daily;
mod demo;
mod deploy;
mod docs;
mod dropkeys;
mod durability;
mod escapes;
mod fulldisk;
mod hardware;
mod hosted_replicas;
mod hosting;
mod languages;
mod metadata;
mod migrate;
mod parsing;
mod pgmeta;
mod prefixes;
mod recusal;
mod replicas;
mod reviewer;
mod s3;
mod spool;
mod start;
mod submit;
mod sync_stream;
mod team_setup;
mod ui;
mod uploads;
mod web;
mod withdraw;
mod withdraw_dates;

use dropbox_e2e::run;

/// The server reports its version.
#[test]
fn the_server_reports_its_version() {
    let out = run("dropbox-server", &["--version"]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("dropbox-server"));
}
