//! `dropbox-server demo`: a throw-away drop box with a complete team.
//!
//! The members' reviewer homes are made by the real `reviewer` and the
//! sample reports are sent by the real `dropbox-submit`, both run from the
//! directory this executable is in (`cargo build` puts the three side by
//! side). Running them rather than linking their libraries keeps the server
//! free of the clients' OpenPGP stack, which needs system libraries the
//! server does not, and makes the demo's keys exactly what a team gets.

use std::ffi::OsStr;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use serde::Deserialize;
use tokio::net::TcpListener;

use dropbox_crypto::time::UnixTime;
use dropbox_term::outln;

use crate::output::{DemoMemberView, DemoView};
use crate::state::{AppState, Config, system_clock};

/// The passphrase of both demo members' keys. Printed: it protects
/// throw-away keys only.
pub const PASSPHRASE: &str = "demo-passphrase";

/// The reply the tour sends and the reporter then reads.
const TOUR_REPLY: &str = "Thank you, we are looking into it.";

/// Variables a person's shell may hold for the clients; the demo's own runs
/// must not follow them to another drop box or home.
const FOREIGN_ENV: [&str; 11] = [
    "REVIEWER_HOME",
    "REVIEWER_SERVER",
    "REVIEWER_TEAM",
    "REVIEWER_PROXY",
    "REVIEWER_NEW_PASSPHRASE",
    "REVIEWER_PASSPHRASE",
    "DROPBOX_SERVER",
    "DROPBOX_TEAM",
    "DROPBOX_PROXY",
    "DROPBOX_CODENAME",
    "DROPBOX_SUBMIT_STATE",
];

/// A demo member: id, display name, admin or not.
const MEMBERS: [(&str, &str, bool); 2] = [
    ("alice", "Alice (demo admin)", true),
    ("bob", "Bob (demo reviewer)", false),
];

/// One sample report the demo sends as a reporter would.
struct Sample {
    title: &'static str,
    body: &'static str,
    category: &'static str,
    severity: &'static str,
    /// A file to attach: its name and contents.
    attach: Option<(&'static str, &'static str)>,
    /// Ask for a codename (replies and follow-ups).
    replies: bool,
    /// A member the report leaves out.
    leave_out: Option<&'static str>,
}

const SAMPLES: [Sample; 3] = [
    Sample {
        title: "Password reset links work more than once",
        body: "A password reset link still works after it was used: anyone who \
               later reads the mail can take over the account. Steps attached.",
        category: "vulnerability",
        severity: "high",
        attach: Some((
            "reset-steps.txt",
            "1. Ask for a password reset for a test account.\n\
             2. Open the link and set a new password.\n\
             3. Open the same link again: it still sets a password.\n",
        )),
        replies: false,
        leave_out: None,
    },
    Sample {
        title: "Phishing mail that looks like it comes from our helpdesk",
        body: "Three people in my office got a mail from \"helpdesk\" asking them \
               to confirm their password on a look-alike page. Is this yours? \
               I will check for your answer with my codename.",
        category: "digital-security",
        severity: "medium",
        attach: None,
        replies: true,
        leave_out: None,
    },
    Sample {
        title: "Concern about moderation in the community chat",
        body: "This concerns how bob moderated last week's discussion, so I left \
               him out of this report.",
        category: "code-of-conduct",
        severity: "low",
        attach: None,
        replies: false,
        leave_out: Some("bob"),
    },
];

/// The programs the demo runs, found beside this executable.
struct Tools {
    dir: PathBuf,
    reviewer: PathBuf,
    submit: PathBuf,
}

impl Tools {
    fn beside_me() -> anyhow::Result<Self> {
        let exe = std::env::current_exe().context("cannot find this program's own path")?;
        let dir = exe
            .parent()
            .context("this program's path has no directory")?
            .to_owned();
        let reviewer = dir.join("reviewer");
        let submit = dir.join("dropbox-submit");
        let missing: Vec<&str> = [("reviewer", &reviewer), ("dropbox-submit", &submit)]
            .into_iter()
            .filter(|(_, p)| !p.is_file())
            .map(|(n, _)| n)
            .collect();
        if !missing.is_empty() {
            bail!(
                "the demo runs `reviewer` and `dropbox-submit` from {}, which lacks {}: \
                 build all three with `cargo build --release --bins` (or start the demo with ./demo.sh)",
                dir.display(),
                missing.join(" and ")
            );
        }
        Ok(Tools {
            dir,
            reviewer,
            submit,
        })
    }

    /// Runs `reviewer --home HOME ARGS…` under the demo passphrase.
    fn reviewer<S: AsRef<OsStr>>(&self, home: &Path, args: &[S]) -> anyhow::Result<Vec<u8>> {
        let mut cmd = Command::new(&self.reviewer);
        cmd.arg("--home").arg(home).args(args);
        run(cmd, "reviewer")
    }

    /// Runs `dropbox-submit ARGS…`.
    fn submit<S: AsRef<OsStr>>(&self, args: &[S]) -> anyhow::Result<Vec<u8>> {
        let mut cmd = Command::new(&self.submit);
        cmd.args(args);
        run(cmd, "dropbox-submit")
    }
}

/// Runs a client to the end; its stdout, or an error carrying its last
/// line of stderr (its own one-line report).
fn run(mut cmd: Command, name: &str) -> anyhow::Result<Vec<u8>> {
    for v in FOREIGN_ENV {
        cmd.env_remove(v);
    }
    // The passphrase, set after the removal above, is the demo's own.
    if name == "reviewer" {
        cmd.env("REVIEWER_PASSPHRASE", PASSPHRASE);
    }
    let out = cmd.output().with_context(|| format!("cannot run {name}"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        bail!(
            "setting up the demo team failed: {}",
            err.lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("(no message)")
        );
    }
    Ok(out.stdout)
}

/// Writes a file only its owner can read (umask or not).
fn write_private(path: &Path, data: &[u8]) -> anyhow::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    f.write_all(data)
        .with_context(|| format!("cannot write {}", path.display()))
}

/// Makes a directory only its owner can enter.
fn private_dir(dir: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))
}

/// Empties `data` if it is an old demo, and makes it anew, private.
fn recreate(data: &Path) -> anyhow::Result<()> {
    let marker = data.join("DEMO-DATA-DIRECTORY");
    if data.exists() {
        if !marker.exists() {
            bail!(
                "{} exists and is not a demo directory; choose another --data",
                data.display()
            );
        }
        std::fs::remove_dir_all(data)
            .with_context(|| format!("cannot remove the old demo in {}", data.display()))?;
    }
    private_dir(data)?;
    std::fs::write(
        &marker,
        "Throw-away demo drop box: `dropbox-server demo` deletes and recreates this directory.\n",
    )?;
    Ok(())
}

/// Paths inside the demo directory.
struct Layout {
    data: PathBuf,
    members: PathBuf,
    reporter: PathBuf,
    roster: PathBuf,
    server: PathBuf,
}

impl Layout {
    fn new(data: PathBuf) -> Self {
        Layout {
            members: data.join("members"),
            reporter: data.join("reporter"),
            roster: data.join("roster.json"),
            server: data.join("server"),
            data,
        }
    }

    fn home(&self, id: &str) -> PathBuf {
        self.members.join(id)
    }

    fn codename(&self) -> PathBuf {
        self.reporter.join("codename.txt")
    }

    fn submit_state(&self) -> PathBuf {
        self.reporter.join("state")
    }
}

/// Each member makes keys with `reviewer key new`; alice, the admin, signs
/// roster #1 with `reviewer team init`.
fn make_team(tools: &Tools, l: &Layout, url: &str, page: &str) -> anyhow::Result<()> {
    private_dir(&l.members)?;
    let mut cards = Vec::new();
    for (id, name, _) in MEMBERS {
        let card = tools.reviewer(
            &l.home(id),
            &["key", "new", "--name", name, "--id", id, "--json"],
        )?;
        let path = l.members.join(format!("{id}.card.json"));
        std::fs::write(&path, card)?;
        cards.push(path);
    }
    let mut args: Vec<&OsStr> = ["team", "init", "--name", "Demo Team"]
        .iter()
        .map(OsStr::new)
        .collect();
    for c in &cards {
        args.extend([OsStr::new("--member"), c.as_os_str()]);
    }
    for (id, _, admin) in MEMBERS {
        if admin {
            args.extend([OsStr::new("--admin"), OsStr::new(id)]);
        }
    }
    args.extend(
        [
            "--endpoint",
            url,
            "--expires-days",
            "30",
            "--page-sha256",
            page,
            "--out",
        ]
        .map(OsStr::new),
    );
    args.extend([l.roster.as_os_str(), OsStr::new("--json")]);
    tools.reviewer(&l.home(MEMBERS[0].0), &args)?;
    Ok(())
}

#[derive(Deserialize)]
struct Sent {
    codename: Option<String>,
}

#[derive(Deserialize)]
struct Listed {
    id: String,
    title: String,
}

/// Sends the samples as a reporter, then syncs bob so the tour can name
/// the case ids (the same for every member). Returns the id of the case
/// with a codename.
fn send_samples(tools: &Tools, l: &Layout, url: &str, fp: &str) -> anyhow::Result<String> {
    private_dir(&l.reporter)?;
    let state = l.submit_state();
    for s in &SAMPLES {
        let mut args: Vec<&OsStr> = [
            "send",
            "--yes",
            "--server",
            url,
            "--team",
            fp,
            "--title",
            s.title,
            "--body",
            s.body,
            "--category",
            s.category,
            "--severity",
            s.severity,
            "--json",
            "--state",
        ]
        .map(OsStr::new)
        .to_vec();
        args.push(state.as_os_str());
        let attachment;
        if let Some((name, text)) = s.attach {
            attachment = l.reporter.join(name);
            write_private(&attachment, text.as_bytes())?;
            args.extend([OsStr::new("--attach"), attachment.as_os_str()]);
        }
        if s.replies {
            args.push(OsStr::new("--replies"));
        }
        if let Some(m) = s.leave_out {
            args.extend([OsStr::new("--leave-out"), OsStr::new(m)]);
        }
        let out = tools.submit(&args)?;
        let sent: Sent = serde_json::from_slice(&out).context("dropbox-submit's JSON")?;
        if let Some(c) = sent.codename.map(zeroize::Zeroizing::new) {
            write_private(&l.codename(), format!("{}\n", c.as_str()).as_bytes())?;
        }
        // Zeroize the copy of the codename in the output.
        drop(zeroize::Zeroizing::new(out));
    }
    let bob = l.home("bob");
    tools.reviewer(&bob, &["sync", "--server", url, "--team", fp, "--json"])?;
    let listed: Vec<Listed> = serde_json::from_slice(&tools.reviewer(&bob, &["list", "--json"])?)
        .context("reviewer list's JSON")?;
    let with_codename = SAMPLES
        .iter()
        .find(|s| s.replies)
        .map(|s| s.title)
        .unwrap_or_default();
    listed
        .into_iter()
        .find(|c| c.title == with_codename)
        .map(|c| c.id)
        .context("bob's sync did not file the sample report with a codename")
}

/// A word for a POSIX shell: as is when it is plain, else single-quoted.
fn sh(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-:=@%+,".contains(&b));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

fn sh_path(p: &Path) -> String {
    sh(&p.to_string_lossy())
}

/// `demo`: recreates `data` as a throw-away drop box for a demo team (alice,
/// an admin, and bob, with reviewer homes under `data/members/`), sends
/// three sample reports, and serves it on `listen` until SIGINT/SIGTERM.
/// Prints a tour of commands to paste, or with `json` one [`DemoView`]
/// line.
pub async fn demo(data: &Path, listen: SocketAddr, json: bool) -> anyhow::Result<()> {
    let tools = Tools::beside_me()?;
    // Listen first: a demo already running there keeps its directory.
    let listener = TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    recreate(data)?;
    let l = Layout::new(std::path::absolute(data).context("cannot resolve --data")?);
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}");
    let page_hash = crate::routes::public::page_hash().to_string();
    let shutdown = crate::serve::Shutdown::install().context("cannot catch SIGTERM")?;

    let (tools, l) = tokio::task::spawn_blocking({
        let url = url.clone();
        move || make_team(&tools, &l, &url, &page_hash).map(|()| (tools, l))
    })
    .await??;
    let fp = crate::commands::init(&l.server, &l.roster, UnixTime::now())?.to_string();
    let state = AppState::open(Config::new(l.server.clone()), system_clock())?;
    crate::serve::spawn_maintenance(state.clone());
    let app = crate::routes::app(state.clone());
    let cfg = state.config_clone();
    let server =
        tokio::spawn(
            async move { crate::serve::serve(listener, app, &cfg, shutdown.wait()).await },
        );
    let (tools, l, case) = tokio::task::spawn_blocking({
        let (url, fp) = (url.clone(), fp.clone());
        move || send_samples(&tools, &l, &url, &fp).map(|c| (tools, l, c))
    })
    .await??;

    let page = format!("{url}/#team={fp}");
    if json {
        dropbox_term::print_json(&DemoView {
            fingerprint: fp.clone(),
            page,
            listening: url.clone(),
            data: l.data.display().to_string(),
            keys: l.members.display().to_string(),
            passphrase: PASSPHRASE.into(),
            members: MEMBERS
                .iter()
                .map(|(id, _, _)| DemoMemberView {
                    id: (*id).into(),
                    home: l.home(id).display().to_string(),
                })
                .collect(),
            codename_file: l.codename().display().to_string(),
            codename_case: case,
        })?;
    } else {
        print_tour(&tools, &l, &url, &fp, &case);
    }
    server.await??;
    Ok(())
}

fn print_tour(tools: &Tools, l: &Layout, url: &str, fp: &str, case: &str) {
    let [attached, with_codename, leaves_out] = [0, 1, 2].map(|i| SAMPLES[i].title);
    outln!(
        "Demo drop box for \"Demo Team\", with throw-away data in {}.",
        l.data.display()
    );
    outln!();
    outln!("  Reporter page:     {url}/#team={fp}");
    outln!("  Team fingerprint:  {fp}");
    outln!(
        "  Members:           alice (admin) and bob, reviewer homes in {}",
        l.members.display()
    );
    outln!("  Their passphrase:  {PASSPHRASE} (for this demo only)");
    outln!();
    outln!("Three sample reports are waiting:");
    outln!("  \"{attached}\", with an attachment;");
    outln!("  \"{with_codename}\", whose reporter has a codename for replies;");
    outln!("  \"{leaves_out}\", which leaves bob out.");
    outln!("bob has synced already (so the case id below is known); alice has not.");
    outln!();
    outln!("A tour: paste each indented line into another terminal.");
    outln!();
    outln!("1. Open the reporter page in a browser:");
    outln!("    {url}/#team={fp}");
    outln!();
    outln!(
        "2. Work as alice (the passphrase in the environment is for this demo only; reviewer asks for a real one):"
    );
    outln!(
        "    export PATH={}:\"$PATH\" REVIEWER_HOME={} REVIEWER_PASSPHRASE={}",
        sh_path(&tools.dir),
        sh_path(&l.home("alice")),
        sh(PASSPHRASE)
    );
    outln!();
    outln!("3. Fetch, decrypt and file the reports, and list the cases:");
    outln!("    reviewer sync --server {url} --team {fp}");
    outln!("    reviewer list");
    outln!();
    outln!("4. Read the report whose reporter has a codename:");
    outln!("    reviewer show {case}");
    outln!();
    outln!("5. Triage it:");
    outln!("    reviewer set {case} --status triaged --severity medium");
    outln!();
    outln!("6. Reply to the reporter, and share the triage with bob:");
    outln!("    reviewer reply {case} --message {}", sh(TOUR_REPLY));
    outln!("    reviewer sync");
    outln!();
    outln!("7. Read the reply as the reporter, with the codename dropbox-submit gave them:");
    outln!(
        "    dropbox-submit replies --server {url} --team {fp} --codename-file {} --state {}",
        sh_path(&l.codename()),
        sh_path(&l.submit_state())
    );
    outln!();
    outln!("8. Close the case, and tell the team:");
    outln!("    reviewer close {case} --reason fixed");
    outln!("    reviewer sync");
    outln!();
    outln!(
        "Ctrl-C stops the demo; the next `dropbox-server demo` starts afresh. How a team works with reviewer: docs/REVIEWING.md."
    );
    outln!();
    outln!("listening on {url}");
}
