//! A throwaway PostgreSQL cluster for the tests: Debian's `initdb` and
//! `pg_ctl` (package `postgresql`) in a temporary directory, listening on a
//! unix socket there only (no TCP port to collide with other tests), stopped
//! and removed on drop. As root (CI), the cluster runs as the `postgres`
//! user, since PostgreSQL refuses to run as root.
//!
//! When PostgreSQL is not installed, [`PgCluster::start`] panics with what
//! to install: a test that needs it fails, it does not skip.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A running cluster.
pub struct PgCluster {
    /// The directory holding the cluster, its socket and its log.
    pub dir: PathBuf,
    bin: PathBuf,
    /// Whether commands run as the `postgres` user (this process is root).
    as_postgres: bool,
}

/// The newest `/usr/lib/postgresql/*/bin` holding `initdb`.
fn bin_dir() -> Option<PathBuf> {
    let mut dirs: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| {
            let e = e.ok()?;
            let v: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    dirs.sort();
    dirs.pop().map(|(_, b)| b)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

impl PgCluster {
    /// Creates and starts a cluster; panics (failing the test) when
    /// PostgreSQL is not installed or does not start.
    pub fn start() -> Self {
        crate::apt_need("/usr/lib/postgresql/*/bin/initdb", "postgresql");
        let bin = bin_dir().unwrap_or_else(|| {
            panic!(
                "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): \
                 `apt-get install postgresql` (CI's .ci/run installs it)"
            )
        });
        let dir = std::env::temp_dir().join(format!(
            "dropbox-pg-{}",
            &dropbox_crypto::SubmissionId::random().to_string()[..12]
        ));
        std::fs::create_dir(&dir).unwrap();
        let as_postgres = is_root();
        if as_postgres {
            let ok = Command::new("chown")
                .args(["postgres:postgres", dir.to_str().unwrap()])
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "cannot hand {} to the postgres user", dir.display());
        }
        let c = PgCluster {
            dir,
            bin,
            as_postgres,
        };
        let data = c.dir.join("data");
        let out = c.run(
            "initdb",
            &[
                "-D",
                data.to_str().unwrap(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        );
        assert!(out.status.success(), "initdb failed: {}", text(&out));
        // A unix socket in the cluster's directory, no TCP listener.
        let opts = format!(
            "-c listen_addresses='' -k {} -c fsync=off -c max_connections=40",
            c.dir.display()
        );
        let log = c.dir.join("log");
        let out = c.run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-o",
                &opts,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "-t",
                "120",
                "start",
            ],
        );
        assert!(
            out.status.success(),
            "pg_ctl start failed: {}; log: {}",
            text(&out),
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        c
    }

    /// Runs one of the cluster's programs, as `postgres` when root.
    fn run(&self, program: &str, args: &[&str]) -> Output {
        let exe = self.bin.join(program);
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("setpriv");
            c.args([
                "--reuid=postgres",
                "--regid=postgres",
                "--init-groups",
                "--",
            ])
            .arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        cmd.args(args)
            .current_dir(&self.dir)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()))
    }

    /// The socket directory, percent-encoded for a URL's host.
    fn host(&self) -> String {
        self.dir.to_str().unwrap().replace('/', "%2F")
    }

    /// Creates database `name` and returns its `postgres://` URL.
    pub fn create_db(&self, name: &str) -> String {
        let mut c = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .expect("connect to the test cluster");
        // A name from the test itself, not from input: no parameter can
        // stand for an identifier.
        c.batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .expect("create the test database");
        self.url(name)
    }

    /// The URL of database `name` over the cluster's socket.
    pub fn url(&self, name: &str) -> String {
        format!("postgres://postgres@{}/{name}", self.host())
    }

    /// `pg_dump` of database `name`, as SQL text (schema and data).
    pub fn dump(&self, name: &str) -> String {
        let out = self.run(
            "pg_dump",
            &[
                "-h",
                self.dir.to_str().unwrap(),
                "-U",
                "postgres",
                "--no-owner",
                name,
            ],
        );
        assert!(out.status.success(), "pg_dump failed: {}", text(&out));
        String::from_utf8(out.stdout).expect("pg_dump prints UTF-8")
    }

    /// Like [`crate::init_data`], with the metadata in a new database
    /// `db` of this cluster: returns the data directory, the fingerprint
    /// and the database's URL.
    pub fn init_data(
        &self,
        dir: &crate::TempDir,
        roster: &dropbox_crypto::roster::Roster,
        team: &[crate::TestMember],
        db: &str,
    ) -> (PathBuf, dropbox_crypto::TeamFingerprint, String) {
        let url = self.create_db(db);
        let env = crate::sign_roster(roster, team);
        let roster_path = dir.join("roster.json");
        std::fs::write(&roster_path, env.to_json()).unwrap();
        let data = dir.join("data");
        let out = crate::run(
            "dropbox-server",
            &[
                "init",
                "--data",
                data.to_str().unwrap(),
                "--roster",
                roster_path.to_str().unwrap(),
                "--metadata",
                &url,
                "--json",
            ],
        );
        assert!(
            out.status.success(),
            "init --metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let fp = v["fingerprint"].as_str().unwrap().parse().unwrap();
        (data, fp, url)
    }

    /// The cluster's directory (data, socket, log).
    pub fn path(&self) -> &Path {
        &self.dir
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        let _ = self.run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
        );
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
