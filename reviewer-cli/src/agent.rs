//! The agent: one unlock per working session, as ssh-agent and gpg-agent do.
//!
//! The first command that needs the keys unlocks them (scrypt or the age
//! plugin) and starts `reviewer agent`, a detached process from the same
//! binary, which keeps the unlocked key file's contents in locked memory
//! (mlock, MADV_DONTDUMP, not dumpable) for an idle time, reset by each use. Later
//! commands ask it over `HOME/agent/socket` (mode 0600, in a 0700
//! directory): both ends check the other's uid with SO_PEERCRED, and the
//! client refuses a socket or directory it does not own or that others can
//! reach. The agent hands the keys to the client (same uid, same binary);
//! it never writes them anywhere, zeroizes them on exit, and exits when
//! idle, on `reviewer lock`, on SIGTERM, when its socket is removed or
//! replaced, when its home disappears, and when `keys.age` changes.
//! `reviewer lock` also ends the member's windows (`reviewer ui`), which
//! hold the keys themselves: each listens on `ui-PID.sock` beside the
//! agent's socket ([`WindowLock`]).
//!
//! A client that gives a passphrase (REVIEWER_PASSPHRASE) gets the keys
//! only if it is the one that unlocked them: the agent keeps a salted
//! SHA-256 of it, in the same locked memory, so a wrong passphrase fails as
//! it always did. Everything here fails quietly towards unlocking as
//! before: a dead, stale or unreachable agent costs one unlock, no error.
//!
//! Wire format, one exchange per connection: the client writes one JSON
//! [`Request`] and shuts its side down; the agent answers one JSON
//! [`Reply`] and closes.

use std::io::{Read, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use age::secrecy::{ExposeSecret, SecretString};
use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::home::{self, Config};

/// The protocol version both ends must speak.
const VERSION: u32 = 1;
/// The largest request or reply either end reads.
const MAX_MESSAGE: u64 = 64 * 1024;
/// The largest key file the agent keeps (a few hundred bytes in practice).
const MAX_KEYS: usize = 2048;
/// How often the agent looks at its socket, its home and the clock.
const TICK: Duration = Duration::from_secs(2);
/// How long either end waits for the other within one exchange.
const EXCHANGE: Duration = Duration::from_secs(5);
/// The idle time when neither REVIEWER_AGENT_IDLE nor config.json sets one.
pub const DEFAULT_IDLE: Duration = Duration::from_secs(15 * 60);

/// The `reviewer` binary, set by `main`: a library caller (the unit tests,
/// the team simulation) never starts an agent.
static EXE: OnceLock<PathBuf> = OnceLock::new();

/// Lets this process use and start agents, spawning `exe agent`.
pub fn enable(exe: PathBuf) {
    let _ = EXE.set(exe);
}

/// What a client asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Hand the keys over (and reset the idle time).
    Keys,
    /// Keep these keys (the first message, from the command that started
    /// the agent).
    Load,
    /// End now.
    Lock,
    /// The agent's pid and protections, for tests and `ps`-less checks.
    Status,
}

/// One request.
#[derive(Default, Serialize, Deserialize)]
pub struct Request {
    /// [`VERSION`].
    pub v: u32,
    /// What is asked (absent: an unknown request, refused).
    pub op: Option<Op>,
    /// The passphrase the client was given, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passphrase: Option<Wiped>,
    /// With `load`: the key file's plaintext, base64 (no JSON escapes, so
    /// no unzeroized scratch copies while parsing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys: Option<Wiped>,
}

/// A secret string in a message, zeroized when dropped.
#[derive(Serialize, Deserialize)]
#[serde(transparent)]
pub struct Wiped(pub String);

impl Drop for Wiped {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl Wiped {
    fn expose(&self) -> &str {
        &self.0
    }
}

/// One reply.
#[derive(Default, Serialize, Deserialize)]
pub struct Reply {
    /// Whether the request was done.
    pub ok: bool,
    /// Why not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// With `keys`: the key file's plaintext, base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys: Option<Wiped>,
    /// With `status`: the agent's pid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<u32>,
    /// With `status`: whether the agent could be core-dumped or traced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dumpable: Option<bool>,
    /// With `status`: whether its secrets are in locked memory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// With `status`: whether that memory is excluded from core dumps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dontdump: Option<bool>,
}

impl Reply {
    fn refuse(why: &str) -> Self {
        Reply {
            error: Some(why.to_owned()),
            ..Reply::default()
        }
    }
}

/// The agent's settings for one home: REVIEWER_AGENT=off or
/// REVIEWER_AGENT_IDLE (seconds, or with an s/m/h suffix; 0 is off), else
/// config.json's `agent_idle_minutes` (0 is off), else
/// [`DEFAULT_IDLE`]. None: no agent.
pub fn idle_time(home: &Path) -> Option<Duration> {
    if let Ok(v) = std::env::var("REVIEWER_AGENT")
        && matches!(v.trim(), "off" | "0" | "no" | "false")
    {
        return None;
    }
    let idle = match std::env::var("REVIEWER_AGENT_IDLE") {
        // A setting that does not parse is no reason to refuse the command:
        // the default stands.
        Ok(v) => parse_duration(&v).unwrap_or(DEFAULT_IDLE),
        Err(_) => match Config::load(home).ok().and_then(|c| c.agent_idle_minutes) {
            Some(m) => Duration::from_secs(m.saturating_mul(60)),
            None => DEFAULT_IDLE,
        },
    };
    (!idle.is_zero()).then_some(idle)
}

/// "900", "90s", "15m", "1h".
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let (n, unit) = match s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => (&s[..i], &s[i..]),
        None => (s, "s"),
    };
    let n: u64 = n.parse().ok()?;
    let secs = match unit {
        "s" => n,
        "m" => n.checked_mul(60)?,
        "h" => n.checked_mul(3600)?,
        _ => return None,
    };
    Some(Duration::from_secs(secs))
}

fn uid() -> u32 {
    rustix::process::getuid().as_raw()
}

/// Why a path may not be trusted: not ours, or reachable by others.
fn untrusted(meta: &std::fs::Metadata, what: &str) -> Option<String> {
    if meta.uid() != uid() {
        return Some(format!("{what} belongs to uid {}, not to you", meta.uid()));
    }
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Some(format!("{what} has mode {mode:04o}; others could reach it"));
    }
    None
}

/// The agent of one home, as its clients see it.
pub struct Client {
    home: PathBuf,
    dir: PathBuf,
    socket: PathBuf,
    idle: Duration,
}

/// What a client found at the socket.
enum Found {
    /// Nothing there, or nothing listening (a stale socket).
    Nothing,
    /// Something it must not talk to.
    Untrusted(String),
    /// A live agent.
    Agent(UnixStream),
}

impl Client {
    /// The agent of `home`, unless this process may not use one or the
    /// member turned it off.
    pub fn for_home(home: &Path) -> Option<Self> {
        EXE.get()?;
        let idle = idle_time(home)?;
        Some(Self::at(home, idle))
    }

    fn at(home: &Path, idle: Duration) -> Self {
        let home = std::path::absolute(home).unwrap_or_else(|_| home.to_owned());
        let dir = home.join(home::AGENT_DIR);
        let socket = dir.join(home::AGENT_SOCKET);
        Client {
            home,
            dir,
            socket,
            idle,
        }
    }

    fn connect(&self) -> Found {
        match std::fs::symlink_metadata(&self.dir) {
            Ok(m) if !m.is_dir() => {
                return Found::Untrusted(format!("{} is not a directory", self.dir.display()));
            }
            Ok(m) => {
                if let Some(why) = untrusted(&m, &self.dir.display().to_string()) {
                    return Found::Untrusted(why);
                }
            }
            Err(_) => return Found::Nothing,
        }
        let meta = match std::fs::symlink_metadata(&self.socket) {
            Ok(m) => m,
            Err(_) => return Found::Nothing,
        };
        if !meta.file_type().is_socket() {
            return Found::Untrusted(format!("{} is not a socket", self.socket.display()));
        }
        if let Some(why) = untrusted(&meta, &self.socket.display().to_string()) {
            return Found::Untrusted(why);
        }
        let Ok(stream) = UnixStream::connect(&self.socket) else {
            return Found::Nothing;
        };
        match rustix::net::sockopt::socket_peercred(&stream) {
            Ok(c) if c.uid.as_raw() == uid() => Found::Agent(stream),
            Ok(c) => Found::Untrusted(format!(
                "the process behind {} runs as uid {}, not as you",
                self.socket.display(),
                c.uid.as_raw()
            )),
            Err(_) => Found::Nothing,
        }
    }

    /// The key file's plaintext from a running agent, or None (no agent,
    /// a stale one, another passphrase): the caller unlocks as before.
    pub fn keys(&self, passphrase: Option<&SecretString>) -> Option<Zeroizing<Vec<u8>>> {
        let stream = match self.connect() {
            Found::Agent(s) => s,
            Found::Nothing => return None,
            Found::Untrusted(why) => {
                errln!("reviewer: not using the agent: {why}; unlocking without it");
                return None;
            }
        };
        let req = Request {
            v: VERSION,
            op: Some(Op::Keys),
            passphrase: passphrase.map(|p| Wiped(p.expose_secret().to_owned())),
            keys: None,
        };
        let reply = exchange(stream, &req).ok()?;
        if !reply.ok {
            return None;
        }
        let b64 = reply.keys.as_ref()?.expose();
        STANDARD.decode(b64).ok().map(Zeroizing::new)
    }

    /// Starts an agent holding `keys` (unlocked with `passphrase`, if by
    /// one). Quiet: without an agent, the next command unlocks again.
    pub fn start(&self, keys: &[u8], passphrase: Option<&SecretString>) {
        let _ = self.try_start(keys, passphrase);
    }

    fn try_start(&self, keys: &[u8], passphrase: Option<&SecretString>) -> anyhow::Result<()> {
        let exe = EXE.get().context("no agent in this process")?;
        use std::os::unix::fs::DirBuilderExt;
        match std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&self.dir)
            .map_err(|e| e.kind())
        {
            Ok(()) | Err(std::io::ErrorKind::AlreadyExists) => {}
            Err(e) => anyhow::bail!("cannot create {}: {e}", self.dir.display()),
        }
        let meta = std::fs::symlink_metadata(&self.dir)?;
        if !meta.is_dir() {
            anyhow::bail!("{} is not a directory", self.dir.display());
        }
        if let Some(why) = untrusted(&meta, "the agent directory") {
            anyhow::bail!(why);
        }
        // Whatever is there is dead, stale or untrusted (a live agent would
        // have answered): removing it also ends an agent that watches it.
        match std::fs::remove_file(&self.socket) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
        let listener = UnixListener::bind(&self.socket)?;
        std::fs::set_permissions(&self.socket, std::fs::Permissions::from_mode(0o600))?;
        let spawned = std::process::Command::new(exe)
            .arg("--home")
            .arg(&self.home)
            .arg("agent")
            .arg("--idle-secs")
            .arg(self.idle.as_secs().to_string())
            // The agent inherits no pipe of ours: a test harness (or a
            // shell's $(…)) waits for its pipes to close.
            .stdin(std::os::fd::OwnedFd::from(listener))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .env_remove("REVIEWER_PASSPHRASE")
            .env_remove("REVIEWER_NEW_PASSPHRASE")
            .current_dir("/")
            .spawn();
        if let Err(e) = spawned {
            let _ = std::fs::remove_file(&self.socket);
            return Err(e.into());
        }
        let req = Request {
            v: VERSION,
            op: Some(Op::Load),
            passphrase: passphrase.map(|p| Wiped(p.expose_secret().to_owned())),
            keys: Some(Wiped(STANDARD.encode(keys))),
        };
        // The keys go to the agent just started and to nothing else: the
        // path is connected to again, so whoever swapped the socket since
        // (a home another user can write to) must not be the peer. A
        // socket's SO_PEERCRED names the process that called listen():
        // this one, which bound the listener the agent was handed.
        let loaded = UnixStream::connect(&self.socket)
            .map_err(anyhow::Error::from)
            .and_then(|s| {
                anyhow::ensure!(
                    peer_is(&s, std::process::id()),
                    "the socket is not the one handed to the agent just started"
                );
                exchange(s, &req)
            });
        match loaded {
            Ok(r) if r.ok => Ok(()),
            _ => {
                let _ = std::fs::remove_file(&self.socket);
                anyhow::bail!("the agent did not start")
            }
        }
    }

    /// Ends a running agent: whether one was running.
    pub fn stop(&self) -> bool {
        match self.connect() {
            Found::Agent(s) => {
                let req = Request {
                    v: VERSION,
                    op: Some(Op::Lock),
                    ..Request::default()
                };
                exchange(s, &req).is_ok_and(|r| r.ok)
            }
            // A socket nobody serves, or one not to be trusted: gone too.
            Found::Untrusted(_) | Found::Nothing => {
                let _ = std::fs::remove_file(&self.socket);
                false
            }
        }
    }
}

/// `reviewer lock`: ends the agent of `home` and every window (`reviewer
/// ui`) open on it; whether an agent was running, and how many windows
/// closed.
pub fn lock(home: &Path) -> (bool, usize) {
    let client = Client::at(home, DEFAULT_IDLE);
    let agent = client.stop();
    (agent, close_windows(&client.dir))
}

/// The prefix and suffix of a window's lock socket in [`home::AGENT_DIR`]
/// (`ui-PID.sock`): the agent's directory, so the same 0700 directory and
/// uid checks guard both.
const WINDOW_PREFIX: &str = "ui-";
const WINDOW_SUFFIX: &str = ".sock";
/// What `reviewer lock` writes to a window, and what the window answers
/// once its listener is closed.
const WINDOW_LOCK: &[u8] = b"lock\n";
const WINDOW_GONE: &[u8] = b"gone\n";
/// How long `reviewer lock` waits for a window to close its listener
/// (a busy machine may take seconds to wind down a web server).
const WINDOW_WAIT: Duration = Duration::from_secs(30);

/// A window's end of `reviewer lock`: a Unix socket the window listens on
/// while it runs, removed when it ends.
pub struct WindowLock {
    path: PathBuf,
    listener: Option<UnixListener>,
}

impl WindowLock {
    /// Listens for `reviewer lock` on `HOME/agent/ui-PID.sock`. Fails when
    /// the agent's directory cannot be made or is not to be trusted: a
    /// window `reviewer lock` could not end would break its promise.
    pub fn listen(home: &Path) -> anyhow::Result<Self> {
        use std::os::unix::fs::DirBuilderExt;
        let dir = std::path::absolute(home)
            .unwrap_or_else(|_| home.to_owned())
            .join(home::AGENT_DIR);
        match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
            Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
                return Err(e).with_context(|| format!("cannot create {}", dir.display()));
            }
            _ => {}
        }
        let meta = std::fs::symlink_metadata(&dir)?;
        anyhow::ensure!(meta.is_dir(), "{} is not a directory", dir.display());
        if let Some(why) = untrusted(&meta, &dir.display().to_string()) {
            anyhow::bail!("{why}: `reviewer lock` could not reach the window");
        }
        let path = dir.join(format!(
            "{WINDOW_PREFIX}{}{WINDOW_SUFFIX}",
            std::process::id()
        ));
        // A socket left by an earlier process with this pid is dead.
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path)
            .with_context(|| format!("cannot listen on {}", path.display()))?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
        Ok(WindowLock {
            path,
            listener: Some(listener),
        })
    }

    /// The listener, for the window's event loop (once).
    pub fn take_listener(&mut self) -> Option<UnixListener> {
        self.listener.take()
    }

    /// Whether the socket is still there: removing it (or the home) locks
    /// the window too, as it ends the agent.
    pub fn present(&self) -> bool {
        std::fs::symlink_metadata(&self.path).is_ok_and(|m| m.file_type().is_socket())
    }

    /// Whether a connection came from this user (SO_PEERCRED), the only
    /// one whose `reviewer lock` counts.
    pub fn ours(stream: &impl std::os::fd::AsFd) -> bool {
        rustix::net::sockopt::socket_peercred(stream).is_ok_and(|c| c.uid.as_raw() == uid())
    }

    /// Tells `reviewer lock`, on `stream`, that the window is gone.
    pub fn answer(stream: &mut UnixStream) {
        // The request is read first: a Unix socket closed with unread
        // bytes resets the peer, which would lose the answer.
        let _ = stream.set_read_timeout(Some(EXCHANGE));
        let _ = stream.set_write_timeout(Some(EXCHANGE));
        let mut request = Vec::new();
        let _ = (&mut *stream).take(16).read_to_end(&mut request);
        let _ = stream.write_all(WINDOW_GONE);
    }
}

impl Drop for WindowLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Ends every window listening in `dir`; how many answered. A socket
/// nobody serves is removed.
fn close_windows(dir: &Path) -> usize {
    let Ok(meta) = std::fs::symlink_metadata(dir) else {
        return 0;
    };
    if !meta.is_dir() || untrusted(&meta, "").is_some() {
        return 0;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut closed = 0;
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(WINDOW_PREFIX) && name.ends_with(WINDOW_SUFFIX)) {
            continue;
        }
        let path = e.path();
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_socket() && untrusted(&m, "").is_none() => {}
            _ => continue,
        }
        let Ok(mut s) = UnixStream::connect(&path) else {
            let _ = std::fs::remove_file(&path);
            continue;
        };
        if !WindowLock::ours(&s) {
            continue;
        }
        let _ = s.set_read_timeout(Some(WINDOW_WAIT));
        let _ = s.set_write_timeout(Some(EXCHANGE));
        if s.write_all(WINDOW_LOCK).is_err() {
            continue;
        }
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut answer = Vec::new();
        let _ = (&mut s).take(16).read_to_end(&mut answer);
        if answer == WINDOW_GONE {
            closed += 1;
        }
    }
    closed
}

/// Whether the process at the other end of `stream` is `pid`, running as
/// this uid.
fn peer_is(stream: &UnixStream, pid: u32) -> bool {
    rustix::net::sockopt::socket_peercred(stream).is_ok_and(|c| {
        c.uid.as_raw() == uid() && c.pid.as_raw_nonzero().get().unsigned_abs() == pid
    })
}

/// A buffer as large as any message either end accepts, so that reading
/// or writing one never reallocates: a moved buffer would leave a copy of
/// the keys behind, never zeroized.
fn message_buffer() -> Zeroizing<Vec<u8>> {
    Zeroizing::new(Vec::with_capacity(MAX_MESSAGE as usize))
}

/// `value` as JSON in a [`message_buffer`]; an error if it does not fit.
fn to_message(value: &impl Serialize) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    let mut body = message_buffer();
    let cap = body.capacity();
    serde_json::to_writer(&mut *body, value)?;
    anyhow::ensure!(body.capacity() == cap, "a message too large for the agent");
    Ok(body)
}

fn exchange(mut stream: UnixStream, req: &Request) -> anyhow::Result<Reply> {
    stream.set_read_timeout(Some(EXCHANGE))?;
    stream.set_write_timeout(Some(EXCHANGE))?;
    let body = to_message(req)?;
    stream.write_all(&body)?;
    stream.shutdown(std::net::Shutdown::Write)?;
    let mut buf = message_buffer();
    stream.take(MAX_MESSAGE).read_to_end(&mut buf)?;
    Ok(serde_json::from_slice(&buf)?)
}

/// Where each secret lives in the vault's mapping: the key file's bytes,
/// their length, the salt, and the passphrase check (a flag, then 32
/// bytes).
const KEYS_AT: usize = 0;
const LEN_AT: usize = MAX_KEYS;
const SALT_AT: usize = LEN_AT + 8;
const CHECK_AT: usize = SALT_AT + 32;
const VAULT_LEN: usize = CHECK_AT + 1 + 32;

/// The agent's secrets, in one anonymous mapping of their own that never
/// moves or grows: locked (mlock, out of swap) and excluded from core
/// dumps (MADV_DONTDUMP, on top of the process being not dumpable), both
/// through memmap2's safe calls.
struct Vault {
    mem: memmap2::MmapMut,
    locked: bool,
    dontdump: bool,
}

impl Vault {
    fn new() -> std::io::Result<Self> {
        let mut mem = memmap2::MmapMut::map_anon(VAULT_LEN)?;
        let locked = mem.lock().is_ok();
        #[cfg(target_os = "linux")]
        let dontdump = mem.advise(memmap2::Advice::DontDump).is_ok();
        #[cfg(not(target_os = "linux"))]
        let dontdump = false;
        mem[SALT_AT..SALT_AT + 32].copy_from_slice(&rand::random::<[u8; 32]>());
        Ok(Vault {
            mem,
            locked,
            dontdump,
        })
    }

    fn len(&self) -> usize {
        let mut b = [0u8; 8];
        b.copy_from_slice(&self.mem[LEN_AT..LEN_AT + 8]);
        u64::from_le_bytes(b) as usize
    }

    fn check(&self) -> Option<&[u8]> {
        (self.mem[CHECK_AT] == 1).then(|| &self.mem[CHECK_AT + 1..CHECK_AT + 33])
    }

    fn digest(&self, passphrase: &str) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(&self.mem[SALT_AT..SALT_AT + 32]);
        h.update(passphrase.as_bytes());
        h.finalize().into()
    }

    fn load(&mut self, keys: &[u8], passphrase: Option<&str>) -> Result<(), &'static str> {
        if keys.is_empty() || keys.len() > MAX_KEYS || self.len() != 0 {
            return Err("refused: nothing to keep, too much, or already loaded");
        }
        if let Some(p) = passphrase {
            let mut check = self.digest(p);
            self.mem[CHECK_AT] = 1;
            self.mem[CHECK_AT + 1..CHECK_AT + 33].copy_from_slice(&check);
            check.zeroize();
        }
        self.mem[KEYS_AT..KEYS_AT + keys.len()].copy_from_slice(keys);
        self.mem[LEN_AT..LEN_AT + 8].copy_from_slice(&(keys.len() as u64).to_le_bytes());
        Ok(())
    }

    fn keys_for(&self, passphrase: Option<&str>) -> Result<&[u8], &'static str> {
        let len = self.len();
        if len == 0 {
            return Err("no keys loaded");
        }
        // A client given a passphrase must give the one that unlocked the
        // keys: a wrong one fails as it did before there was an agent.
        if let (Some(p), Some(check)) = (passphrase, self.check())
            && self.digest(p)[..] != *check
        {
            return Err("another passphrase");
        }
        Ok(&self.mem[KEYS_AT..KEYS_AT + len])
    }
}

impl Drop for Vault {
    fn drop(&mut self) {
        // Zeroized while still mapped and locked; unmapping unlocks.
        self.mem[..].zeroize();
    }
}

/// What the agent does after an exchange.
#[derive(Debug, PartialEq, Eq)]
enum After {
    Continue,
    Used,
    Stop,
}

/// Answers one request against `vault`.
fn answer(vault: &mut Vault, req: &Request, keys_stamp_ok: bool) -> (Reply, After) {
    if req.v != VERSION {
        return (Reply::refuse("unsupported version"), After::Continue);
    }
    match req.op {
        None => (Reply::refuse("unknown request"), After::Continue),
        Some(Op::Load) => {
            let Some(keys) = req.keys.as_ref().map(Wiped::expose) else {
                return (Reply::refuse("no keys"), After::Continue);
            };
            let Ok(keys) = STANDARD.decode(keys).map(Zeroizing::new) else {
                return (Reply::refuse("keys not base64"), After::Continue);
            };
            match vault.load(&keys, req.passphrase.as_ref().map(Wiped::expose)) {
                Ok(()) => (
                    Reply {
                        ok: true,
                        ..Reply::default()
                    },
                    After::Used,
                ),
                Err(e) => (Reply::refuse(e), After::Continue),
            }
        }
        Some(Op::Keys) if !keys_stamp_ok => (Reply::refuse("keys.age changed"), After::Stop),
        Some(Op::Keys) => match vault.keys_for(req.passphrase.as_ref().map(Wiped::expose)) {
            Ok(k) => (
                Reply {
                    ok: true,
                    keys: Some(Wiped(STANDARD.encode(k))),
                    ..Reply::default()
                },
                After::Used,
            ),
            Err(e) => (Reply::refuse(e), After::Continue),
        },
        Some(Op::Lock) => (
            Reply {
                ok: true,
                ..Reply::default()
            },
            After::Stop,
        ),
        Some(Op::Status) => (
            Reply {
                ok: true,
                pid: Some(std::process::id()),
                dumpable: dumpable(),
                locked: Some(vault.locked),
                dontdump: Some(vault.dontdump),
                ..Reply::default()
            },
            After::Continue,
        ),
    }
}

/// Whether this process may be dumped (None where that cannot be asked).
#[cfg(target_os = "linux")]
pub(crate) fn dumpable() -> Option<bool> {
    rustix::process::dumpable_behavior()
        .ok()
        .map(|d| d != rustix::process::DumpableBehavior::NotDumpable)
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn dumpable() -> Option<bool> {
    None
}

/// Reads, answers and closes one connection; refuses another uid's.
fn serve_one(vault: &mut Vault, mut stream: UnixStream, keys_stamp_ok: bool) -> After {
    let _ = stream.set_read_timeout(Some(EXCHANGE));
    let _ = stream.set_write_timeout(Some(EXCHANGE));
    // Read whatever the peer sent before answering, so a refused one gets
    // its refusal rather than a broken pipe.
    let mut buf = message_buffer();
    let read = (&mut stream).take(MAX_MESSAGE).read_to_end(&mut buf);
    let (reply, after) = match rustix::net::sockopt::socket_peercred(&stream) {
        Ok(c) if c.uid.as_raw() == uid() => match read {
            Ok(_) => match serde_json::from_slice::<Request>(&buf) {
                Ok(req) => answer(vault, &req, keys_stamp_ok),
                Err(_) => (Reply::refuse("malformed request"), After::Continue),
            },
            Err(_) => (Reply::refuse("unreadable request"), After::Continue),
        },
        _ => (Reply::refuse("refused: another user"), After::Continue),
    };
    if let Ok(body) = to_message(&reply) {
        let _ = stream.write_all(&body);
    }
    after
}

/// What identifies a file's version: device, inode, mtime, size.
pub(crate) type Stamp = (u64, u64, i64, i64, u64);

/// Identifies a file: replaced or removed means changed.
pub(crate) fn stamp(path: &Path) -> Option<Stamp> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.dev(), m.ino(), m.mtime(), m.mtime_nsec(), m.size()))
}

/// `reviewer agent`: the agent process itself. Its listening socket is
/// its stdin (bound by the command that started it); its stdout and
/// stderr go nowhere.
pub fn serve(home: &Path, idle: Duration) -> anyhow::Result<()> {
    use std::os::fd::AsFd;
    // Before anything else: hold no terminal and no caller's pipe.
    let listener = std::io::stdin().as_fd().try_clone_to_owned()?;
    let null = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")?;
    rustix::stdio::dup2_stdin(&null)?;
    rustix::stdio::dup2_stdout(&null)?;
    rustix::stdio::dup2_stderr(&null)?;
    drop(null);
    let _ = rustix::process::setsid();
    #[cfg(target_os = "linux")]
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)?;
    std::env::set_current_dir("/")?;
    let listener = UnixListener::from(listener);
    rustix::net::sockopt::set_socket_timeout(
        &listener,
        rustix::net::sockopt::Timeout::Recv,
        Some(TICK),
    )?;
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    let socket = home.join(home::AGENT_DIR).join(home::AGENT_SOCKET);
    let ours = stamp(&socket).context("the agent's socket is gone")?;
    let keys_path = home.join(home::KEYS);
    let keys = stamp(&keys_path);
    let mut vault = Vault::new().context("cannot map memory for the keys")?;
    // Locked memory kept out of dumps is part of the promise: without it,
    // no agent.
    anyhow::ensure!(vault.locked, "cannot lock memory");
    #[cfg(target_os = "linux")]
    anyhow::ensure!(vault.dontdump, "cannot exclude memory from core dumps");
    let mut deadline = Instant::now() + idle;
    let mut tick = TICK;
    let mut remove_socket = true;
    while !stop.load(Ordering::SeqCst) {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        if stamp(&socket) != Some(ours) {
            // Removed, replaced, or the home is gone: not ours to remove.
            remove_socket = false;
            break;
        }
        let wait = TICK.min(deadline - now).max(Duration::from_millis(10));
        if wait != tick {
            rustix::net::sockopt::set_socket_timeout(
                &listener,
                rustix::net::sockopt::Timeout::Recv,
                Some(wait),
            )?;
            tick = wait;
        }
        match listener.accept() {
            Ok((s, _)) => match serve_one(&mut vault, s, stamp(&keys_path) == keys) {
                After::Continue => {}
                After::Used => deadline = Instant::now() + idle,
                After::Stop => break,
            },
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock
                        | std::io::ErrorKind::TimedOut
                        | std::io::ErrorKind::Interrupted
                ) => {}
            Err(e) => return Err(e.into()),
        }
    }
    if remove_socket && stamp(&socket) == Some(ours) {
        let _ = std::fs::remove_file(&socket);
    }
    drop(vault);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(op: Op, passphrase: Option<&str>, keys: Option<&[u8]>) -> Request {
        Request {
            v: VERSION,
            op: Some(op),
            passphrase: passphrase.map(|p| Wiped(p.to_owned())),
            keys: keys.map(|k| Wiped(STANDARD.encode(k))),
        }
    }

    fn over_socket(vault: &mut Vault, r: &Request) -> (Reply, After) {
        let (client, server) = UnixStream::pair().unwrap();
        let body = serde_json::to_vec(r).unwrap();
        let t = std::thread::spawn(move || {
            let mut client = client;
            client.write_all(&body).unwrap();
            client.shutdown(std::net::Shutdown::Write).unwrap();
            let mut out = Vec::new();
            client.read_to_end(&mut out).unwrap();
            out
        });
        let after = serve_one(vault, server, true);
        let out = t.join().unwrap();
        (serde_json::from_slice(&out).unwrap(), after)
    }

    #[test]
    fn the_keys_are_loaded_only_through_the_listener_this_process_made() {
        let (a, _b) = UnixStream::pair().unwrap();
        assert!(peer_is(&a, std::process::id()));
        assert!(!peer_is(&a, std::process::id() + 1));
        assert!(!peer_is(&a, 1));
    }

    #[test]
    fn messages_with_keys_never_move_in_memory() {
        // The largest key file and a long passphrase with characters JSON
        // escapes: serialising them must not outgrow the buffer (a
        // reallocation would leave an unzeroized copy behind).
        let req = Request {
            v: VERSION,
            op: Some(Op::Load),
            passphrase: Some(Wiped("\"\\\u{1}é".repeat(400))),
            keys: Some(Wiped(STANDARD.encode([7u8; MAX_KEYS]))),
        };
        let body = to_message(&req).unwrap();
        assert_eq!(body.capacity(), MAX_MESSAGE as usize);
        // Reading it back into a message buffer keeps it in place too.
        let (mut a, b) = UnixStream::pair().unwrap();
        a.write_all(&body).unwrap();
        drop(a);
        let mut buf = message_buffer();
        let at = buf.as_ptr();
        (&b).take(MAX_MESSAGE).read_to_end(&mut buf).unwrap();
        assert_eq!(buf.as_ptr(), at);
        assert_eq!(&buf[..], &body[..]);
        // What cannot fit is refused, not grown.
        let huge = Request {
            keys: Some(Wiped("x".repeat(MAX_MESSAGE as usize))),
            ..req
        };
        assert!(to_message(&huge).is_err());
    }

    #[test]
    fn keys_come_back_only_to_the_passphrase_that_loaded_them() {
        let mut v = Vault::new().unwrap();
        let (r, a) = over_socket(&mut v, &req(Op::Keys, None, None));
        assert!(!r.ok && r.error.as_deref() == Some("no keys loaded"));
        assert_eq!(a, After::Continue);
        let (r, a) = over_socket(
            &mut v,
            &req(Op::Load, Some("right one"), Some(b"{\"id\":\"x\"}")),
        );
        assert!(r.ok, "{:?}", r.error);
        assert_eq!(a, After::Used);
        // No passphrase (an interactive member): the agent is the unlock.
        let (r, a) = over_socket(&mut v, &req(Op::Keys, None, None));
        assert_eq!(
            STANDARD.decode(r.keys.as_ref().unwrap().expose()).unwrap(),
            b"{\"id\":\"x\"}"
        );
        assert_eq!(a, After::Used);
        let (r, _) = over_socket(&mut v, &req(Op::Keys, Some("right one"), None));
        assert!(r.ok);
        let (r, a) = over_socket(&mut v, &req(Op::Keys, Some("wrong one"), None));
        assert!(!r.ok && r.keys.is_none());
        assert_eq!(a, After::Continue);
        // A second load never replaces what is kept.
        let (r, _) = over_socket(&mut v, &req(Op::Load, None, Some(b"other")));
        assert!(!r.ok);
        let (r, a) = over_socket(&mut v, &req(Op::Lock, None, None));
        assert!(r.ok);
        assert_eq!(a, After::Stop);
    }

    #[test]
    fn a_changed_key_file_stops_the_agent_instead_of_answering() {
        let mut v = Vault::new().unwrap();
        v.load(b"keys", None).unwrap();
        let (r, a) = answer(&mut v, &req(Op::Keys, None, None), false);
        assert!(!r.ok && r.keys.is_none());
        assert_eq!(a, After::Stop);
    }

    #[test]
    fn malformed_oversized_and_other_version_requests_are_refused() {
        let mut v = Vault::new().unwrap();
        v.load(b"keys", None).unwrap();
        let (client, server) = UnixStream::pair().unwrap();
        let t = std::thread::spawn(move || {
            let mut client = client;
            client.write_all(b"{\"v\":1,\"op\":").unwrap();
            client.shutdown(std::net::Shutdown::Write).unwrap();
            let mut out = Vec::new();
            client.read_to_end(&mut out).unwrap();
            out
        });
        assert_eq!(serve_one(&mut v, server, true), After::Continue);
        let r: Reply = serde_json::from_slice(&t.join().unwrap()).unwrap();
        assert_eq!(r.error.as_deref(), Some("malformed request"));
        let mut old = req(Op::Keys, None, None);
        old.v = 0;
        let (r, _) = answer(&mut v, &old, true);
        assert!(!r.ok && r.keys.is_none());
        let unknown: Request = serde_json::from_str("{\"v\":1}").unwrap();
        assert!(!answer(&mut v, &unknown, true).0.ok);
        let mut big = Vault::new().unwrap();
        assert!(big.load(&[1; MAX_KEYS + 1], None).is_err());
        assert!(big.load(&[], None).is_err());
    }

    #[test]
    fn the_vault_is_locked_and_reports_so() {
        let mut v = Vault::new().unwrap();
        assert!(v.locked, "mlock of one page failed");
        #[cfg(target_os = "linux")]
        assert!(v.dontdump, "MADV_DONTDUMP failed");
        let (r, a) = answer(&mut v, &req(Op::Status, None, None), true);
        assert_eq!(r.pid, Some(std::process::id()));
        assert_eq!(r.locked, Some(true));
        #[cfg(target_os = "linux")]
        assert_eq!(r.dontdump, Some(true));
        assert_eq!(a, After::Continue);
    }

    #[test]
    fn idle_times_parse_with_units() {
        assert_eq!(parse_duration("900"), Some(Duration::from_secs(900)));
        assert_eq!(parse_duration("90s"), Some(Duration::from_secs(90)));
        assert_eq!(parse_duration("15m"), Some(Duration::from_secs(900)));
        assert_eq!(parse_duration("1h"), Some(Duration::from_secs(3600)));
        assert_eq!(parse_duration("0"), Some(Duration::ZERO));
        assert_eq!(parse_duration("soon"), None);
        assert_eq!(parse_duration("5d"), None);
    }

    #[test]
    fn sockets_others_can_reach_are_not_trusted() {
        let dir = std::env::temp_dir().join(format!("agent-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("f");
        std::fs::write(&f, b"").unwrap();
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(untrusted(&std::fs::metadata(&f).unwrap(), "f").is_none());
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o666)).unwrap();
        let why = untrusted(&std::fs::metadata(&f).unwrap(), "f").unwrap();
        assert!(why.contains("0666"), "{why}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
