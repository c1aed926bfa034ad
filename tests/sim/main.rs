//! The team simulation (issue 14): three members and a reporter in one
//! process, the drop box server on loopback in a tokio runtime, the
//! reviewer's and the reporter client's code called as libraries with keys
//! already unlocked, and one simulated clock per seed (the seed's thread
//! sets `dropbox_crypto::time::sim_clock`, its server gets the same time
//! injected), so days pass without faketime.
//!
//! Each seed drives a random interleaving of reports (with and without a
//! codename, some leaving a member out), follow-ups, replies, annotations,
//! grants, closes, reopens, reporter reads, syncs by any member and days
//! passing (with the server's retention run for each new day). After a
//! final round of syncs it checks:
//!
//! - (a) every pair of members holding a case shows the same state
//!   (status, severity, TLP, owner, notes, replies, follow-ups, open or
//!   closed);
//! - (b) no reporter message is lost: every recipient holds the report
//!   (unless the team purged it), and every follow-up the server accepted
//!   is in the case of every recipient who holds it;
//! - (c) a member left out of a report never holds anything readable of
//!   its thread: her identity is tried on every ciphertext the server
//!   stores (submissions, replies, events; before each retention run and
//!   at the end) and her store holds no case of it;
//! - (d) the reporter's replies view is exactly the replies the team
//!   posted and the server has not purged by its rules: no gap, no
//!   duplicate the model did not expect.
//!
//! `SIM_SEEDS` (default 200) seeds from `SIM_FIRST_SEED` (default 1) run;
//! `SIM_SEED=N` replays one; `SIM_STEPS` (default 50) steps per seed;
//! `SIM_KEEP_GOING=1` runs every seed after a failure and sums up which
//! invariants broke on which seeds; `SIM_JOBS` (default: the cores) seeds
//! run at once, each with its own server and clock. A failure prints the seed, what broke,
//! the command that replays it and the seed's steps.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use clap::Parser;
use rand::rngs::StdRng;
use rand::{Rng, RngCore, SeedableRng};

use dropbox_crypto::bundle::{self, Kind};
use dropbox_crypto::codename::{CodenameKeys, keys_from_seed};
use dropbox_crypto::keys::{AgeIdentity, SignSecretKey};
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::{Day, UnixTime, sim_clock};
use dropbox_crypto::{TeamFingerprint, envelope};
use dropbox_e2e::{TestMember, first_roster, sign_roster, team};
use dropbox_reviewer::commands::annotate::{self, Changes};
use dropbox_reviewer::commands::{reply as rreply, sync as rsync};
use dropbox_reviewer::domain::case::Case;
use dropbox_reviewer::keys::MemberKeys;
use dropbox_reviewer::remote::Api;
use dropbox_reviewer::services::session::Session;
use dropbox_reviewer::services::teamlog;
use dropbox_reviewer::store::CaseStore;
use dropbox_server::state::{AppState, Shared};
use dropbox_submit::cli::{Cli, Command};

/// Simulated days stay below the server's 30-day windows (events, first
/// acks, unread replies), so everything lost would be a bug, not retention.
const MAX_DAYS: i64 = 25;
/// Reports per seed, at most.
const MAX_REPORTS: usize = 6;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a tokio runtime")
    })
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().map(|v| {
        v.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a number, not {v:?}"))
    })
}

/// Scratch space: RAM when there is some (the stores fsync every write).
fn scratch_root() -> PathBuf {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        shm.to_owned()
    } else {
        std::env::temp_dir()
    }
}

/// A member's keys, unlocked (a fresh copy per command, as each command
/// of the real binary unlocks its own).
fn keys_of(m: &TestMember) -> MemberKeys {
    MemberKeys {
        id: m.id.clone(),
        age: m.age.expose_string().parse().expect("an age identity"),
        sign: SignSecretKey::from_seed(&m.sign.expose_seed()),
        transport: SignSecretKey::from_seed(&m.transport.expose_seed()),
    }
}

/// A reply the model knows was posted.
#[derive(Clone, Debug)]
struct ModelReply {
    seq: u64,
    member: String,
    body: String,
    posted: Day,
    read: Option<Day>,
    purged: bool,
}

/// One report and its thread, as the model knows them.
struct Report {
    token: String,
    keys: Option<CodenameKeys>,
    /// Member indices the report went to.
    recipients: Vec<usize>,
    left_out: Option<usize>,
    case_id: Option<String>,
    /// Follow-up bodies the server accepted.
    followups: Vec<String>,
    /// Names of the attachments of the report and of accepted follow-ups.
    attachments: Vec<String>,
    /// Text of the thread only its recipients may ever hold in the clear.
    canaries: Vec<String>,
    replies: Vec<ModelReply>,
}

impl Report {
    fn mailbox(&self) -> Option<String> {
        self.keys.as_ref().map(|k| k.mailbox().to_string())
    }
}

/// A broken invariant (or an unexpected error) in one seed.
struct Failure {
    invariant: &'static str,
    detail: String,
}

type Res<T> = Result<T, Failure>;

fn fail<T>(invariant: &'static str, detail: impl Into<String>) -> Res<T> {
    Err(Failure {
        invariant,
        detail: detail.into(),
    })
}

const UNEXPECTED: &str = "unexpected error";

fn unexpected(what: &str, e: anyhow::Error) -> Failure {
    Failure {
        invariant: UNEXPECTED,
        detail: format!("{what}: {e:#}"),
    }
}

struct Sim {
    rng: StdRng,
    dir: PathBuf,
    url: String,
    fp: TeamFingerprint,
    state: Shared,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    team: Vec<TestMember>,
    homes: Vec<PathBuf>,
    synced: Vec<bool>,
    reports: Vec<Report>,
    day0: Day,
    now: i64,
    /// The server's clock: the same simulated time as this thread's.
    clock: Arc<AtomicI64>,
    trace: Vec<String>,
    /// Invariants broken so far.
    found: Vec<Failure>,
    /// What each left-out member's key opened on the server, by item.
    readable: std::cell::RefCell<BTreeMap<(usize, String), Option<Seen>>>,
}

/// What a member's key opened of a server item.
#[derive(Clone)]
struct Seen {
    kind: Kind,
    title: Option<String>,
    thread: Option<dropbox_crypto::Sha256Digest>,
    /// An event's case.
    case: Option<String>,
}

impl Drop for Sim {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(h) = self.server.take() {
            let _ = runtime().block_on(h);
        }
        sim_clock::set(None);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Sim {
    fn new(seed: u64) -> Self {
        let day0 = Day::new(2026, 3, 2).expect("a day");
        let now = day0.start().0 + 9 * 3600;
        sim_clock::set(Some(UnixTime(now)));
        let clock = Arc::new(AtomicI64::new(now));
        let dir = scratch_root().join(format!(
            "dropbox-sim-{seed}-{}",
            dropbox_crypto::SubmissionId::random()
        ));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        let team = team();
        let roster = first_roster(&team, Policy::default());
        std::fs::write(
            dir.join("roster.json"),
            sign_roster(&roster, &team).to_json(),
        )
        .expect("write the roster");
        let data = dir.join("data");
        let fp = dropbox_server::commands::init(&data, &dir.join("roster.json"), UnixTime(now))
            .expect("init the drop box");
        let cfg = dropbox_server::state::Config::new(data);
        let server_clock = clock.clone();
        let state = AppState::open(
            cfg.clone(),
            Arc::new(move || UnixTime(server_clock.load(Ordering::SeqCst))),
        )
        .expect("open the drop box");
        let rt = runtime();
        let listener = rt
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let router = dropbox_server::app(state.clone());
        let server = rt.spawn(async move {
            dropbox_server::serve::serve(listener, router, &cfg, async {
                let _ = rx.await;
            })
            .await
        });
        let homes: Vec<PathBuf> = team
            .iter()
            .map(|m| {
                let h = dir.join(m.id.as_str());
                std::fs::create_dir_all(&h).expect("home");
                h
            })
            .collect();
        Sim {
            rng: StdRng::seed_from_u64(seed),
            dir,
            url,
            fp,
            state,
            stop: Some(tx),
            server: Some(server),
            synced: vec![false; team.len()],
            team,
            homes,
            reports: Vec::new(),
            day0,
            now,
            clock,
            trace: Vec::new(),
            found: Vec::new(),
            readable: Default::default(),
        }
    }

    fn today(&self) -> Day {
        UnixTime(self.now).day()
    }

    fn name(&self, m: usize) -> &str {
        self.team[m].id.as_str()
    }

    /// A minute passes with every step, so events are ordered in time too.
    fn tick(&mut self) {
        self.set_now(self.now + 60);
    }

    fn set_now(&mut self, now: i64) {
        self.now = now;
        self.clock.store(now, Ordering::SeqCst);
        sim_clock::set(Some(UnixTime(now)));
    }

    fn session(&self, m: usize) -> Res<Session> {
        Session::open_with(&self.homes[m], keys_of(&self.team[m]))
            .map_err(|e| unexpected(&format!("{} opens her home", self.name(m)), e))
    }

    /// The member's cases, open and closed, read without running any
    /// command.
    fn cases(&self, m: usize) -> Res<Vec<Case>> {
        let store = CaseStore::open(&self.homes[m], &self.team[m].age)
            .map_err(|e| unexpected("open a store", e))?;
        let read = || -> anyhow::Result<Vec<Case>> {
            store
                .all_ids()?
                .iter()
                .map(|(id, _)| store.case(id))
                .collect()
        };
        read().map_err(|e| unexpected("read a store", e))
    }

    fn was_purged(&self, m: usize, case: &str) -> Res<bool> {
        let store = CaseStore::open(&self.homes[m], &self.team[m].age)
            .map_err(|e| unexpected("open a store", e))?;
        store
            .was_purged(case)
            .map_err(|e| unexpected("read a store", e))
    }

    /// The member's case of report `r`, if she holds it.
    fn held(&self, m: usize, r: usize) -> Res<Option<Case>> {
        Ok(self.cases(m)?.into_iter().find(|c| self.is_case_of(c, r)))
    }

    fn is_case_of(&self, c: &Case, r: usize) -> bool {
        c.report.title.as_deref() == Some(self.reports[r].token.as_str())
    }

    fn reporter_args(&self, sub: &str, extra: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = vec![
            "dropbox-submit".into(),
            sub.into(),
            "--server".into(),
            self.url.clone(),
            "--team".into(),
            self.fp.to_string(),
            "--state".into(),
            self.dir.join("reporter").display().to_string(),
            "--json".into(),
        ];
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    }

    fn reporter_chain(
        &self,
        team: &dropbox_submit::cli::Team,
    ) -> anyhow::Result<(
        dropbox_submit::client::Client,
        dropbox_crypto::roster::VerifiedChain,
    )> {
        let client = dropbox_submit::client::Client::new(team)?;
        let chain = dropbox_submit::client::verified_chain(team, Some(&client))?;
        Ok((client, chain))
    }

    // ----- operations -----

    fn op_report(&mut self) -> Res<()> {
        let n = self.reports.len();
        let token = format!("report-{n}");
        let codename = self.rng.gen_bool(0.75);
        let left_out = self
            .rng
            .gen_bool(0.4)
            .then(|| self.rng.gen_range(0..self.team.len()));
        let keys = codename.then(|| {
            let mut seed = [0u8; 32];
            self.rng.fill_bytes(&mut seed);
            keys_from_seed(&seed)
        });
        let body = format!("body of {token}");
        let mut canaries = vec![body.clone()];
        let attached = self.maybe_attachment(&token, &mut canaries);
        let path = attached.as_ref().map(|n| self.dir.join("files").join(n));
        let path = path.as_ref().map(|p| p.display().to_string());
        let mut extra = vec!["--title", token.as_str(), "--body", body.as_str()];
        if let Some(p) = &path {
            extra.extend(["--attach", p.as_str()]);
        }
        let lo;
        if let Some(x) = left_out {
            lo = self.name(x).to_owned();
            extra.extend(["--leave-out", lo.as_str()]);
        }
        if codename {
            extra.push("--replies");
        }
        let args = self.reporter_args("send", &extra);
        let Command::Send(a) = Cli::try_parse_from(&args).expect("send arguments").command else {
            unreachable!()
        };
        let sent = self.reporter_chain(&a.team).and_then(|(client, chain)| {
            dropbox_submit::commands::send::send(&a, Some(&client), &chain, keys.as_ref())
        });
        sent.map_err(|e| unexpected(&format!("the reporter sends {token}"), e))?;
        self.trace.push(format!(
            "reporter sends {token} (codename: {codename}, left out: {})",
            left_out.map_or("nobody", |x| self.team[x].id.as_str())
        ));
        let recipients = (0..self.team.len())
            .filter(|&i| Some(i) != left_out)
            .collect();
        self.reports.push(Report {
            token,
            keys,
            recipients,
            left_out,
            case_id: None,
            followups: Vec::new(),
            attachments: attached.into_iter().collect(),
            canaries,
            replies: Vec::new(),
        });
        Ok(())
    }

    fn op_followup(&mut self, r: usize) -> Res<()> {
        let body = format!(
            "follow-up {} of {}",
            self.reports[r].followups.len() + 1,
            self.reports[r].token
        );
        let tag = format!(
            "{}-f{}",
            self.reports[r].token,
            self.reports[r].followups.len() + 1
        );
        let mut canaries = vec![body.clone()];
        let attached = self.maybe_attachment(&tag, &mut canaries);
        let path = attached.as_ref().map(|n| self.dir.join("files").join(n));
        let path = path.as_ref().map(|p| p.display().to_string());
        // What a reporter types: the message (and a file), nothing about
        // recipients or numbers (the client must work those out).
        let mut extra = vec!["--message", body.as_str()];
        if let Some(p) = &path {
            extra.extend(["--attach", p.as_str()]);
        }
        let args = self.reporter_args("followup", &extra);
        let Command::Followup(a) = Cli::try_parse_from(&args)
            .expect("followup arguments")
            .command
        else {
            unreachable!()
        };
        let keys = self.reports[r].keys.as_ref().expect("a codename");
        let sent = self.reporter_chain(&a.team).and_then(|(client, chain)| {
            dropbox_submit::commands::followup::send(&a, &client, &chain, keys, &|_| Ok(()))
        });
        match sent {
            Ok(_) => {
                self.trace.push(format!(
                    "reporter sends {body:?}{}",
                    attached
                        .as_ref()
                        .map_or(String::new(), |n| format!(" with {n}"))
                ));
                let rep = &mut self.reports[r];
                rep.followups.push(body);
                rep.attachments.extend(attached);
                rep.canaries.extend(canaries);
            }
            // A client may refuse (e.g. it cannot tell the thread's
            // recipients yet): nothing was sent, nothing is expected.
            Err(e) => self
                .trace
                .push(format!("reporter's follow-up {body:?} refused: {e:#}")),
        }
        Ok(())
    }

    /// A small file to attach, now and then: its name, and its text among
    /// the thread's canaries.
    fn maybe_attachment(&mut self, tag: &str, canaries: &mut Vec<String>) -> Option<String> {
        if !self.rng.gen_bool(0.3) {
            return None;
        }
        let name = format!("{tag}.txt");
        let text = format!("attachment {name} of the thread");
        let dir = self.dir.join("files");
        std::fs::create_dir_all(&dir).expect("files directory");
        std::fs::write(dir.join(&name), &text).expect("write an attachment");
        canaries.push(text);
        Some(name)
    }

    fn op_read_replies(&mut self, r: usize) -> Res<()> {
        let args = self.reporter_args("replies", &[]);
        let Command::Replies(a) = Cli::try_parse_from(&args)
            .expect("replies arguments")
            .command
        else {
            unreachable!()
        };
        let keys = self.reports[r].keys.as_ref().expect("a codename");
        let (shown, problems) = self
            .reporter_chain(&a.team)
            .and_then(|(client, chain)| {
                dropbox_submit::commands::replies::fetch(&client, &chain, keys)
            })
            .map_err(|e| unexpected("the reporter reads replies", e))?;
        let today = self.today();
        let rep = &mut self.reports[r];
        let mut got: Vec<(u64, String, String)> = shown
            .iter()
            .map(|s| {
                (
                    s.reply.seq,
                    s.reply.member.to_string(),
                    s.reply.body.clone(),
                )
            })
            .collect();
        got.sort();
        let mut want: Vec<(u64, String, String)> = rep
            .replies
            .iter()
            .filter(|x| !x.purged)
            .map(|x| (x.seq, x.member.clone(), x.body.clone()))
            .collect();
        want.sort();
        for x in rep.replies.iter_mut().filter(|x| !x.purged) {
            x.read.get_or_insert(today);
        }
        self.trace.push(format!(
            "reporter reads {} replies of {}",
            got.len(),
            rep.token
        ));
        if !problems.is_empty() {
            return fail(
                "(d) reporter's replies view",
                format!(
                    "{}: replies that failed verification: {problems:?}",
                    rep.token
                ),
            );
        }
        if got != want {
            let seqs: Vec<u64> = got.iter().map(|g| g.0).collect();
            return fail(
                "(d) reporter's replies view",
                format!(
                    "{}: the reporter sees {got:?} (gaps {:?}), the team posted and the server keeps {want:?}",
                    rep.token,
                    dropbox_crypto::messages::reply_gaps(&seqs)
                ),
            );
        }
        Ok(())
    }

    fn op_sync(&mut self, m: usize) -> Res<Option<String>> {
        // As `reviewer sync` does: the purge runs once the roster is checked.
        let s = Session::open_quiet_with(&self.homes[m], keys_of(&self.team[m]))
            .map_err(|e| unexpected(&format!("{} opens her home", self.name(m)), e))?;
        let team = (!self.synced[m]).then(|| self.fp.to_string());
        let r = rsync::sync_in(s, &self.url, team.as_deref(), false);
        self.synced[m] = true;
        let outcome = r.err().map(|e| format!("{e:#}"));
        self.trace.push(format!(
            "{} syncs{}",
            self.name(m),
            outcome
                .as_ref()
                .map_or(String::new(), |e| format!(": error: {e}"))
        ));
        self.learn_case_ids(m)?;
        Ok(outcome)
    }

    fn learn_case_ids(&mut self, m: usize) -> Res<()> {
        if self.reports.iter().all(|r| r.case_id.is_some()) {
            return Ok(());
        }
        let cases = self.cases(m)?;
        for rep in &mut self.reports {
            if rep.case_id.is_none()
                && let Some(c) = cases
                    .iter()
                    .find(|c| c.report.title.as_deref() == Some(rep.token.as_str()))
            {
                rep.case_id = Some(c.id.clone());
            }
        }
        Ok(())
    }

    /// A report member `m` holds, chosen at random, with her case.
    fn pick_held(&mut self, m: usize, open: Option<bool>) -> Res<Option<(usize, Case)>> {
        let mut held = Vec::new();
        for c in self.cases(m)? {
            if let Some(r) = (0..self.reports.len()).find(|&r| self.is_case_of(&c, r))
                && open.is_none_or(|o| o == c.state().closed.is_none())
            {
                held.push((r, c));
            }
        }
        if held.is_empty() {
            return Ok(None);
        }
        let i = self.rng.gen_range(0..held.len());
        Ok(Some(held.swap_remove(i)))
    }

    fn op_annotate(&mut self, m: usize) -> Res<()> {
        let Some((r, c)) = self.pick_held(m, Some(true))? else {
            return Ok(());
        };
        let who = self.name(m).to_owned();
        let token = self.reports[r].token.clone();
        let mut s = self.session(m)?;
        let kind = self.rng.gen_range(0..5);
        let (what, result) = match kind {
            0 => {
                let v = ["triaged", "accepted", "invalid", "fixing", "disclosed"]
                    [self.rng.gen_range(0..5)];
                let ch = Changes {
                    status: Some(v),
                    ..Changes::default()
                };
                (format!("status {v}"), annotate::set(&mut s, &c.id, &ch))
            }
            1 => {
                let v = ["low", "medium", "high", "critical"][self.rng.gen_range(0..4)];
                let ch = Changes {
                    severity: Some(v),
                    ..Changes::default()
                };
                (format!("severity {v}"), annotate::set(&mut s, &c.id, &ch))
            }
            2 => {
                let v =
                    ["RED", "AMBER+STRICT", "AMBER", "GREEN", "CLEAR"][self.rng.gen_range(0..5)];
                let ch = Changes {
                    tlp: Some(v),
                    ..Changes::default()
                };
                (format!("TLP {v}"), annotate::set(&mut s, &c.id, &ch))
            }
            3 => {
                let to = &c.report.recipients[self.rng.gen_range(0..c.report.recipients.len())];
                (
                    format!("owner {to}"),
                    annotate::assign(&mut s, &c.id, to.as_str()),
                )
            }
            _ => {
                let text = format!("note by {who} at step {}", self.trace.len());
                let r = annotate::note(&mut s, &c.id, &text);
                (format!("note {text:?}"), r)
            }
        };
        result.map_err(|e| unexpected(&format!("{who} sets {what} on {token}"), e))?;
        self.trace.push(format!("{who} sets {what} on {token}"));
        Ok(())
    }

    fn op_close_or_reopen(&mut self, m: usize) -> Res<()> {
        let close = self.rng.gen_bool(0.6);
        let Some((r, c)) = self.pick_held(m, Some(close))? else {
            return Ok(());
        };
        let who = self.name(m).to_owned();
        let token = self.reports[r].token.clone();
        let mut s = self.session(m)?;
        let (what, result) = if close {
            ("closes", annotate::close(&mut s, &c.id, "done"))
        } else {
            ("reopens", annotate::reopen(&mut s, &c.id, "more to do"))
        };
        result.map_err(|e| unexpected(&format!("{who} {what} {token}"), e))?;
        self.trace.push(format!("{who} {what} {token}"));
        Ok(())
    }

    fn op_reply(&mut self, m: usize) -> Res<()> {
        let Some((r, c)) = self.pick_held(m, Some(true))? else {
            return Ok(());
        };
        if self.reports[r].keys.is_none() {
            return Ok(());
        }
        let who = self.name(m).to_owned();
        let token = self.reports[r].token.clone();
        // The number this member's client must pick: one past the highest
        // it knows of (the team's log as synced, and its own).
        let st = c.state();
        let known = st
            .replies
            .iter()
            .map(|x| x.seq)
            .max()
            .unwrap_or(0)
            .max(c.replies_sent);
        let body = format!("reply by {who} to {token} at step {}", self.trace.len());
        let s = self.session(m)?;
        rreply::reply_in(s, &c.id, &body)
            .map(drop)
            .map_err(|e| unexpected(&format!("{who} replies on {token}"), e))?;
        let after = self
            .held(m, r)?
            .ok_or_else(|| unexpected("reply", anyhow::anyhow!("the case vanished")))?;
        let seq = after
            .state()
            .replies
            .iter()
            .find(|x| x.body == body)
            .map(|x| x.seq);
        let Some(seq) = seq else {
            return fail(
                "(d) reporter's replies view",
                format!("{who}'s reply on {token} is not in her own case"),
            );
        };
        if seq != known + 1 {
            return fail(
                "(d) reporter's replies view",
                format!(
                    "{who} replied on {token} as #{seq}, her store knew replies up to #{known}"
                ),
            );
        }
        self.trace.push(format!("{who} replies #{seq} on {token}"));
        self.reports[r].canaries.push(body.clone());
        let today = self.today();
        self.reports[r].replies.push(ModelReply {
            seq,
            member: who,
            body,
            posted: today,
            read: None,
            purged: false,
        });
        Ok(())
    }

    fn op_grant(&mut self, m: usize) -> Res<()> {
        let to = (m + self.rng.gen_range(1..self.team.len())) % self.team.len();
        let mut s = self.session(m)?;
        let target = self.team[to].id.clone();
        let api = Api::new(&self.url, &s.keys).map_err(|e| unexpected("api", e))?;
        let Some(chain) = s.chain.as_ref() else {
            return Ok(());
        };
        let ctx = teamlog::Ctx {
            keys: &s.keys,
            chain,
            now: s.now(),
        };
        let (n, _) = teamlog::grant(&api, &mut s.store, &ctx, &target)
            .map_err(|e| unexpected(&format!("{} grants to {target}", self.team[m].id), e))?;
        self.trace
            .push(format!("{} grants {n} cases to {target}", self.team[m].id));
        Ok(())
    }

    /// `reviewer purge --trust-clock`: what a member runs after the
    /// automatic purge held back because days passed since her last
    /// command; closed cases past their backup window go, for the team too.
    fn op_purge(&mut self, m: usize) -> Res<()> {
        let mut s = Session::open_quiet_with(&self.homes[m], keys_of(&self.team[m]))
            .map_err(|e| unexpected("open a home", e))?;
        dropbox_reviewer::commands::purge::command(&mut s, None, false, true, true)
            .map_err(|e| unexpected(&format!("{} purges", self.name(m)), e))?;
        self.trace
            .push(format!("{} runs purge --trust-clock", self.name(m)));
        Ok(())
    }

    /// Copies the day the server saw each reply read (whoever read the
    /// mailbox: `replies`, or a client that reads it to work out a
    /// follow-up) into the model, which then expects the server's purge by
    /// its rules.
    fn note_reads(&mut self) -> Res<()> {
        let db = rusqlite::Connection::open(self.dir.join("data/dropbox.sqlite3"))
            .map_err(|e| unexpected("open the server's database", e.into()))?;
        let mut q = db
            .prepare("SELECT mailbox, data, read_day FROM replies WHERE read_day IS NOT NULL")
            .map_err(|e| unexpected("query", e.into()))?;
        let rows: Vec<(String, Vec<u8>, String)> = q
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(|r| r.collect())
            .map_err(|e| unexpected("query", e.into()))?;
        for (mailbox, data, read) in rows {
            let read: Day = read
                .parse()
                .map_err(|e| unexpected("a read day", anyhow::anyhow!("{e}")))?;
            let Some(rep) = self
                .reports
                .iter_mut()
                .find(|r| r.mailbox().as_deref() == Some(mailbox.as_str()))
            else {
                continue;
            };
            let keys = rep.keys.as_ref().expect("a mailbox has keys");
            let body = envelope::decrypt_vec(&data, &[&keys.identity])
                .ok()
                .and_then(|plain| bundle::decode_slice(&plain, 16 << 20).ok())
                .and_then(|d| signed_field(&d.header, "body"));
            if let Some(x) = rep
                .replies
                .iter_mut()
                .find(|x| Some(&x.body) == body.as_ref())
            {
                x.read = Some(read);
            }
        }
        Ok(())
    }

    fn op_day(&mut self) -> Res<()> {
        let days = self.rng.gen_range(1..=3);
        if self.today().days_since_epoch() + days - self.day0.days_since_epoch() > MAX_DAYS {
            return Ok(());
        }
        // What the server is about to delete is checked first.
        let r = self.check_server_ciphertexts();
        self.soft(r)?;
        self.note_reads()?;
        let day = self.today().add_days(days);
        self.set_now(day.start().0 + 9 * 3600);
        let purged = runtime()
            .block_on(dropbox_server::retention::purge(&self.state, day))
            .map_err(|e| unexpected("server retention", anyhow::anyhow!("{e}")))?;
        let (read_cut, cut) = {
            let r = Policy::default().retention;
            (
                day.add_days(-i64::from(r.reply_read_days)),
                day.add_days(-i64::from(r.reply_days)),
            )
        };
        for rep in &mut self.reports {
            for x in &mut rep.replies {
                if x.read.is_some_and(|d| d <= read_cut) || x.posted <= cut {
                    x.purged = true;
                }
            }
        }
        self.trace.push(format!(
            "{days} days pass: {day}; server retention {purged:?}"
        ));
        Ok(())
    }

    fn step(&mut self) -> Res<()> {
        self.tick();
        let m = self.rng.gen_range(0..self.team.len());
        let with_codename: Vec<usize> = (0..self.reports.len())
            .filter(|&r| self.reports[r].keys.is_some())
            .collect();
        let roll = self.rng.gen_range(0..100);
        match roll {
            0..=9 if self.reports.len() < MAX_REPORTS => self.op_report(),
            0..=9 => self.op_sync(m).map(drop),
            10..=21 if !with_codename.is_empty() => {
                let r = with_codename[self.rng.gen_range(0..with_codename.len())];
                self.op_followup(r)
            }
            22..=26 if !with_codename.is_empty() => {
                let r = with_codename[self.rng.gen_range(0..with_codename.len())];
                self.op_read_replies(r)
            }
            27..=36 => self.op_reply(m),
            37..=54 => self.op_annotate(m),
            55..=60 => self.op_close_or_reopen(m),
            61..=63 => self.op_grant(m),
            64..=68 => self.op_day(),
            69..=70 => self.op_purge(m),
            _ => self.op_sync(m).map(drop),
        }
    }

    // ----- invariants -----

    /// (c) on the server: no ciphertext of a thread decrypts with the
    /// identity of a member its report left out.
    fn check_server_ciphertexts(&self) -> Res<()> {
        let left: Vec<usize> = self.reports.iter().filter_map(|r| r.left_out).collect();
        if left.is_empty() {
            return Ok(());
        }
        let mut items: Vec<(String, Option<String>, Vec<u8>)> = Vec::new();
        {
            let db = rusqlite::Connection::open(self.dir.join("data/dropbox.sqlite3"))
                .map_err(|e| unexpected("open the server's database", e.into()))?;
            let mut q = db
                .prepare("SELECT id FROM submissions")
                .map_err(|e| unexpected("query", e.into()))?;
            let ids: Vec<String> = q
                .query_map([], |r| r.get(0))
                .and_then(|r| r.collect())
                .map_err(|e| unexpected("query", e.into()))?;
            for id in ids {
                if let Ok(ct) = std::fs::read(self.state.blobs.path(&id)) {
                    items.push((format!("submission {id}"), None, ct));
                }
            }
            let mut q = db
                .prepare("SELECT id, mailbox, data FROM replies")
                .map_err(|e| unexpected("query", e.into()))?;
            let rows: Vec<(String, String, Vec<u8>)> = q
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .and_then(|r| r.collect())
                .map_err(|e| unexpected("query", e.into()))?;
            for (id, mailbox, data) in rows {
                items.push((format!("reply {id}"), Some(mailbox), data));
            }
            let mut q = db
                .prepare("SELECT seq, data FROM events")
                .map_err(|e| unexpected("query", e.into()))?;
            let rows: Vec<(i64, Vec<u8>)> = q
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .and_then(|r| r.collect())
                .map_err(|e| unexpected("query", e.into()))?;
            for (seq, data) in rows {
                items.push((format!("event #{seq}"), None, data));
            }
        }
        let left: BTreeSet<usize> = left.into_iter().collect();
        for &x in &left {
            let id: &AgeIdentity = &self.team[x].age;
            for (what, mailbox, ct) in &items {
                // A stored ciphertext never changes: each is tried once per
                // member, and what it held is judged again as the model
                // learns case ids.
                let seen = self
                    .readable
                    .borrow_mut()
                    .entry((x, what.clone()))
                    .or_insert_with(|| {
                        let plain = envelope::decrypt_vec(ct, &[id]).ok()?;
                        let h = bundle::decode_slice(&plain, 64 << 20).ok()?.header;
                        Some(Seen {
                            case: event_case(&h),
                            kind: h.kind,
                            title: h.title,
                            thread: h.thread,
                        })
                    })
                    .clone();
                let Some(h) = seen else {
                    continue;
                };
                for rep in self.reports.iter().filter(|r| r.left_out == Some(x)) {
                    let thread = rep.keys.as_ref().map(|k| k.thread());
                    let hit = match h.kind {
                        Kind::Report => h.title.as_deref() == Some(rep.token.as_str()),
                        Kind::Followup => thread.is_some() && h.thread == thread,
                        Kind::Reply => mailbox.is_some() && *mailbox == rep.mailbox(),
                        Kind::Event => rep.case_id.is_some() && h.case == rep.case_id,
                        _ => false,
                    };
                    if hit {
                        return fail(
                            "(c) left-out member reads nothing of the thread",
                            format!(
                                "{} was left out of {} but her key decrypts the server's {what} ({:?}) of that thread",
                                self.team[x].id, rep.token, h.kind
                            ),
                        );
                    }
                }
            }
        }
        Ok(())
    }

    /// Three rounds of syncs by every member; returns what the last round
    /// still could not handle (checked after the invariants, which say more).
    fn final_round(&mut self) -> Res<Vec<(usize, String)>> {
        let mut last: Vec<Option<String>> = vec![None; self.team.len()];
        for _ in 0..3 {
            for (m, l) in last.iter_mut().enumerate() {
                self.tick();
                *l = self.op_sync(m)?;
            }
        }
        Ok(last
            .into_iter()
            .enumerate()
            .filter_map(|(m, e)| e.map(|e| (m, e)))
            .collect())
    }

    /// Records a broken invariant and goes on (so one seed shows every
    /// invariant it breaks); unexpected errors still end the seed.
    fn soft(&mut self, r: Res<()>) -> Res<()> {
        match r {
            Err(f) if f.invariant != UNEXPECTED => {
                if !self.found.iter().any(|x| x.invariant == f.invariant) {
                    self.trace
                        .push(format!("BROKEN {}: {}", f.invariant, f.detail));
                    self.found.push(f);
                }
                Ok(())
            }
            other => other,
        }
    }

    fn check(&mut self) -> Res<()> {
        let r = self.check_server_ciphertexts();
        self.soft(r)?;
        let mut all = Vec::new();
        for m in 0..self.team.len() {
            all.push(self.cases(m)?);
        }
        for r in 0..self.reports.len() {
            let held: Vec<Option<&Case>> = all
                .iter()
                .map(|cases| cases.iter().find(|c| self.is_case_of(c, r)))
                .collect();
            let x = self.check_holders(r, &held);
            self.soft(x)?;
            let x = self.check_converged(r, &held);
            self.soft(x)?;
        }
        // (d) a last read of every mailbox.
        for r in 0..self.reports.len() {
            if self.reports[r].keys.is_some() {
                let x = self.op_read_replies(r);
                self.soft(x)?;
            }
        }
        Ok(())
    }

    /// (c) in the left-out member's store, (b) in every recipient's.
    fn check_holders(&self, r: usize, held: &[Option<&Case>]) -> Res<()> {
        let rep = &self.reports[r];
        let mut purged_somewhere = false;
        if let Some(id) = &rep.case_id {
            for m in 0..self.team.len() {
                purged_somewhere |= self.was_purged(m, id)?;
            }
        }
        for (m, case) in held.iter().enumerate() {
            if rep.left_out == Some(m) {
                if let Some(c) = case {
                    return fail(
                        "(c) left-out member reads nothing of the thread",
                        format!(
                            "{} was left out of {} but holds it as case {}",
                            self.team[m].id, rep.token, c.id
                        ),
                    );
                }
                if let Some((file, canary)) = find_canary(&self.homes[m], &rep.canaries) {
                    return fail(
                        "(c) left-out member reads nothing of the thread",
                        format!(
                            "{} was left out of {} but {} holds its text {canary:?} in the clear",
                            self.team[m].id,
                            rep.token,
                            file.display()
                        ),
                    );
                }
                continue;
            }
            let Some(c) = case else {
                if rep.recipients.contains(&m) && !purged_somewhere {
                    return fail(
                        "(b) no reporter message lost",
                        format!(
                            "{} is a recipient of {} but does not hold it after the final syncs",
                            self.team[m].id, rep.token
                        ),
                    );
                }
                continue;
            };
            let names: Vec<&str> = c
                .all_attachments()
                .iter()
                .map(|a| a.name.as_str())
                .collect();
            for a in &rep.attachments {
                if !names.contains(&a.as_str()) {
                    return fail(
                        "(b) no reporter message lost",
                        format!(
                            "{} holds {} without the attachment {a} the reporter sent (she has {names:?})",
                            self.team[m].id, rep.token
                        ),
                    );
                }
            }
            for f in &rep.followups {
                if !c.followups.iter().any(|x| &x.body == f) {
                    return fail(
                        "(b) no reporter message lost",
                        format!(
                            "{} holds {} but not the follow-up {f:?} the server accepted (she has {:?})",
                            self.team[m].id,
                            rep.token,
                            c.followups
                                .iter()
                                .map(|x| (x.seq, x.body.as_str()))
                                .collect::<Vec<_>>()
                        ),
                    );
                }
            }
        }
        Ok(())
    }

    /// (a) every pair of members holding the case agrees.
    fn check_converged(&self, r: usize, held: &[Option<&Case>]) -> Res<()> {
        let states: Vec<(usize, serde_json::Value)> = held
            .iter()
            .enumerate()
            .filter_map(|(m, c)| c.map(|c| (m, comparable(c))))
            .collect();
        let Some((m0, s0)) = states.first() else {
            return Ok(());
        };
        for (m, s) in &states[1..] {
            if s != s0 {
                return fail(
                    "(a) holders converge",
                    format!(
                        "{} differs between {} and {}:\n  {}: {s0}\n  {}: {s}",
                        self.reports[r].token,
                        self.team[*m0].id,
                        self.team[*m].id,
                        self.team[*m0].id,
                        self.team[*m].id
                    ),
                );
            }
        }
        Ok(())
    }
}

/// The first file under `dir` (database and WAL included) holding one of
/// `canaries`.
fn find_canary(dir: &Path, canaries: &[String]) -> Option<(PathBuf, String)> {
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).ok()?.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                for c in canaries {
                    if bytes.windows(c.len()).any(|w| w == c.as_bytes()) {
                        return Some((p, c.clone()));
                    }
                }
            }
        }
    }
    None
}

/// A text field of a bundle's signed payload, read without verifying.
fn signed_field(h: &bundle::Header, field: &str) -> Option<String> {
    let env = h.signed.as_ref()?;
    let payload = STANDARD.decode(&env.payload).ok()?;
    let v: serde_json::Value = serde_json::from_slice(&payload).ok()?;
    v[field].as_str().map(str::to_owned)
}

/// The case of an event the member could decrypt.
fn event_case(h: &bundle::Header) -> Option<String> {
    signed_field(h, "case")
}

/// What members holding the same case must agree on.
fn comparable(c: &Case) -> serde_json::Value {
    let st = c.state();
    let mut followups: Vec<(u64, String)> = c
        .followups
        .iter()
        .map(|f| (f.seq, f.body.clone()))
        .collect();
    followups.sort();
    serde_json::json!({
        "status": st.status,
        "severity": st.severity,
        "tlp": st.tlp,
        "owner": st.owner,
        "notes": st.notes,
        "replies": st.replies,
        "closed": st.closed,
        "followups": followups,
    })
}

/// Runs one seed; returns every invariant it broke (an unexpected error
/// ends it early) and its trace.
fn run_seed(seed: u64, steps: u64) -> (Vec<Failure>, Vec<String>) {
    let mut sim = Sim::new(seed);
    let result = (|| -> Res<()> {
        for _ in 0..steps {
            let r = sim.step();
            sim.soft(r)?;
        }
        let unsettled = sim.final_round()?;
        sim.check()?;
        if let Some((m, e)) = unsettled.first() {
            let r = fail(
                "final syncs settle",
                format!(
                    "{}'s third final sync still fails: {e} (an item no sync can handle blocks every sync)",
                    sim.team[*m].id
                ),
            );
            sim.soft(r)?;
        }
        Ok(())
    })();
    let mut found = std::mem::take(&mut sim.found);
    if let Err(f) = result {
        sim.trace
            .push(format!("ENDED {}: {}", f.invariant, f.detail));
        found.push(f);
    }
    (found, std::mem::take(&mut sim.trace))
}

#[test]
fn team_simulation() {
    let steps = env_u64("SIM_STEPS").unwrap_or(50);
    let seeds: Vec<u64> = match env_u64("SIM_SEED") {
        Some(s) => vec![s],
        None => {
            let first = env_u64("SIM_FIRST_SEED").unwrap_or(1);
            let n = env_u64("SIM_SEEDS").unwrap_or(200);
            (first..first + n).collect()
        }
    };
    let keep_going = std::env::var_os("SIM_KEEP_GOING").is_some();
    // Seeds are independent (each has its own server, homes and clock), so
    // they run on as many threads as there are cores.
    let jobs = env_u64("SIM_JOBS").map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        |j| j.max(1) as usize,
    );
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    type Outcome = (u64, Vec<Failure>, Vec<String>);
    let results: Mutex<Vec<Outcome>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(seeds.len()) {
            scope.spawn(|| {
                while !stop.load(Ordering::SeqCst) {
                    let Some(&seed) = seeds.get(next.fetch_add(1, Ordering::SeqCst)) else {
                        return;
                    };
                    let (found, trace) = run_seed(seed, steps);
                    if !found.is_empty() {
                        if !keep_going {
                            stop.store(true, Ordering::SeqCst);
                        }
                        results
                            .lock()
                            .expect("no worker panicked")
                            .push((seed, found, trace));
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().expect("no worker panicked");
    results.sort_by_key(|r| r.0);
    let mut failures: BTreeMap<&'static str, Vec<u64>> = BTreeMap::new();
    let mut first: Option<String> = None;
    for (seed, found, trace) in &results {
        let seed = *seed;
        if first.is_none() {
            let tail: Vec<String> = trace
                .iter()
                .enumerate()
                .skip(trace.len().saturating_sub(200))
                .map(|(i, t)| format!("  {i:>3}  {t}"))
                .collect();
            let broken: Vec<String> = found
                .iter()
                .map(|f| format!("  {}: {}", f.invariant, f.detail))
                .collect();
            first = Some(format!(
                "seed {seed} broke:\n{}\nreplay: SIM_SEED={seed} SIM_STEPS={steps} cargo test -p dropbox-e2e --test sim\nsteps:\n{}",
                broken.join("\n"),
                tail.join("\n")
            ));
        }
        for f in found {
            eprintln!("seed {seed} FAILED: {}: {}", f.invariant, f.detail);
            failures.entry(f.invariant).or_default().push(seed);
        }
    }
    if let Some(first) = first {
        let summary: Vec<String> = failures
            .iter()
            .map(|(k, v)| format!("  {k}: {} seeds, e.g. {:?}", v.len(), &v[..v.len().min(8)]))
            .collect();
        panic!(
            "the team simulation broke an invariant\n{first}\nfailures by invariant:\n{}",
            summary.join("\n")
        );
    }
}
