//! A team as a new team makes one: real `reviewer` homes with keys from
//! `reviewer key new`, a first roster signed by `reviewer team init`, and a
//! drop box initialised with it by `dropbox-server init`. The end-to-end
//! modules that drive the clients build on this instead of each repeating
//! the setup.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::{TempDir, TestMember, command, run};

/// The passphrase of a member's home in these tests.
pub fn pass(id: &str) -> String {
    format!("{id} passphrase")
}

/// A path as the one argument a command takes.
pub fn arg(p: &Path) -> String {
    p.to_str().expect("test paths are UTF-8").to_owned()
}

/// The output, after asserting that the command succeeded.
pub fn must(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed ({:?}): {}{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Standard output as JSON.
pub fn as_json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&out.stdout)))
}

/// A team's files: one home per member under `dir/<id>`, each member's
/// card at `dir/<id>.card.json`, the roster chain and the server's data.
pub struct Homes {
    /// The fingerprint `team init` printed.
    pub fp: String,
    /// The roster chain (roster #1).
    pub chain: PathBuf,
    /// The drop box's data directory, initialised with the chain.
    pub data: PathBuf,
}

impl Homes {
    /// Makes a home and keys for each of `ids`, adds `others` (members
    /// whose keys the test holds, to forge with) to the roster, and has the
    /// first of `ids` sign roster #1 with `init` as extra `team init`
    /// arguments. The roster's endpoint is loopback's discard port, where
    /// nothing listens.
    pub fn new(
        dir: &TempDir,
        tag: &str,
        ids: &[&str],
        others: &[&TestMember],
        init: &[&str],
    ) -> Self {
        let mut args = vec![
            "team".to_owned(),
            "init".into(),
            "--name".into(),
            tag.into(),
        ];
        for id in ids {
            let out = must(
                command("reviewer")
                    .arg("--home")
                    .arg(dir.join(id))
                    .args(["key", "new", "--name", id, "--id", id, "--json"])
                    .env("REVIEWER_PASSPHRASE", pass(id))
                    .output()
                    .unwrap(),
                "reviewer key new",
            );
            let card = dir.join(&format!("{id}.card.json"));
            std::fs::write(&card, &out.stdout).unwrap();
            args.extend(["--member".into(), arg(&card)]);
        }
        for m in others {
            let card = dir.join(&format!("{}.card.json", m.id));
            std::fs::write(&card, serde_json::to_vec(&m.card()).unwrap()).unwrap();
            args.extend(["--member".into(), arg(&card)]);
        }
        args.extend(init.iter().map(|a| a.to_string()));
        let chain = dir.join("roster.json");
        args.extend([
            "--endpoint".into(),
            "http://127.0.0.1:9".into(),
            "--out".into(),
            arg(&chain),
            "--json".into(),
        ]);
        let out = must(
            command("reviewer")
                .arg("--home")
                .arg(dir.join(ids[0]))
                .args(&args)
                .env("REVIEWER_PASSPHRASE", pass(ids[0]))
                .output()
                .unwrap(),
            "reviewer team init",
        );
        let fp = as_json(&out)["fingerprint"]
            .as_str()
            .expect("team init prints the fingerprint")
            .to_owned();
        let data = dir.join("data");
        must(
            run(
                "dropbox-server",
                &["init", "--data", &arg(&data), "--roster", &arg(&chain)],
            ),
            "dropbox-server init",
        );
        Homes { fp, chain, data }
    }
}
