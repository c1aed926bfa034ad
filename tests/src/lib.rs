//! Helpers for the end-to-end tests: build and start the workspace's real
//! binaries on loopback, a minimal HTTP/1.1 client (raw sockets, so tests
//! can also misbehave on purpose: slow headers, dropped connections), a
//! demo team with fixed keys, and signed requests.

pub mod garage;
pub mod homes;
pub mod pg;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::keys::{AgeIdentity, SignSecretKey};
use dropbox_crypto::roster::{Member, Policy, Role, Roster};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{MemberId, TeamFingerprint};

/// Builds the workspace's binaries once per test process: `cargo test`
/// builds only the binaries of the package under test, and these tests run
/// the other packages' binaries.
fn build_binaries() {
    static BUILT: OnceLock<()> = OnceLock::new();
    BUILT.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "--workspace", "--bins", "--quiet"]);
        if !cfg!(debug_assertions) {
            cmd.arg("--release");
        }
        let status = cmd
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build for the end-to-end binaries");
        assert!(status.success(), "cargo build --workspace --bins failed");
    });
}

/// The path of a workspace binary, built if needed.
pub fn binary(name: &str) -> PathBuf {
    build_binaries();
    // Integration tests run from target/<profile>/deps; binaries sit one up.
    let mut p = std::env::current_exe().expect("test binary path");
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.push(name);
    p
}

/// Runs a binary and returns its output, panicking with the command line if
/// it cannot be started.
pub fn run(name: &str, args: &[&str]) -> Output {
    command(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", binary(name).display()))
}

/// The locale every child the helpers start runs under, whatever the
/// runner's: tests match English text, and a runner with
/// `LANG=de_DE.UTF-8` would otherwise see `dropbox-submit` speak German.
pub const PINNED_LOCALE: &str = "C.UTF-8";

/// A workspace binary to run, with its locale pinned ([`pin_locale`]):
/// start every child with this, not `Command::new(binary(..))`.
pub fn command(name: &str) -> Command {
    let mut c = Command::new(binary(name));
    pin_locale(&mut c);
    c
}

/// Pins a child to English: every variable a program of ours reads for
/// its language (`dropbox-submit`: `DROPBOX_SUBMIT_LANG`, then `LC_ALL`,
/// `LC_MESSAGES`, `LANG`; the server and the reviewer read none today, and
/// get the same, so a language added to them later cannot leak in) and
/// GNU's `LANGUAGE`. A test that wants a language sets it after this.
pub fn pin_locale(c: &mut Command) -> &mut Command {
    c.env_remove("DROPBOX_SUBMIT_LANG")
        .env_remove("LANGUAGE")
        .env("LC_ALL", PINNED_LOCALE)
        .env("LC_MESSAGES", PINNED_LOCALE)
        .env("LANG", PINNED_LOCALE)
}

/// A temporary directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// A fresh directory under the system temp dir.
    pub fn new(tag: &str) -> Self {
        let p = std::env::temp_dir().join(format!(
            "dropbox-e2e-{tag}-{}",
            dropbox_crypto::SubmissionId::random()
        ));
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    /// A path inside.
    pub fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A team member with keys from a fixed seed.
pub struct TestMember {
    /// Id.
    pub id: MemberId,
    /// Age identity.
    pub age: AgeIdentity,
    /// Sign key.
    pub sign: SignSecretKey,
    /// Transport key (signs requests).
    pub transport: SignSecretKey,
    /// Roles.
    pub roles: Vec<Role>,
}

impl TestMember {
    /// A member whose keys derive from `n`.
    pub fn new(id: &str, n: u8, roles: &[Role]) -> Self {
        TestMember {
            id: id.parse().unwrap(),
            age: AgeIdentity::from_secret_bytes(&[n; 32]),
            sign: SignSecretKey::from_seed(&[n.wrapping_add(50); 32]),
            transport: SignSecretKey::from_seed(&[n.wrapping_add(100); 32]),
            roles: roles.to_vec(),
        }
    }

    /// The roster entry.
    pub fn card(&self) -> Member {
        Member {
            id: self.id.clone(),
            name: format!("{} (test)", self.id),
            roles: self.roles.clone(),
            age: self.age.recipient(),
            sign: self.sign.public(),
            transport: Some(self.transport.public()),
        }
    }
}

/// alice and bob (admins), carol (reviewer).
pub fn team() -> Vec<TestMember> {
    vec![
        TestMember::new("alice", 1, &[Role::Admin, Role::Reviewer]),
        TestMember::new("bob", 2, &[Role::Admin, Role::Reviewer]),
        TestMember::new("carol", 3, &[Role::Reviewer]),
    ]
}

/// Roster #1 for `team` with `policy`, expiring in 30 days.
pub fn first_roster(team: &[TestMember], policy: Policy) -> Roster {
    Roster::first(
        "E2E Team",
        team.iter().map(TestMember::card).collect(),
        vec!["http://127.0.0.1:1".into()],
        UnixTime::now().day().add_days(30),
        policy,
    )
}

/// Signs a roster with the first two members (the admins).
pub fn sign_roster(r: &Roster, team: &[TestMember]) -> dropbox_crypto::dsse::Envelope {
    r.sign(&[(&team[0].id, &team[0].sign), (&team[1].id, &team[1].sign)])
}

/// Writes roster #1 to `dir/roster.json` and runs `dropbox-server init`;
/// returns the data directory and the fingerprint.
pub fn init_data(
    dir: &TempDir,
    roster: &Roster,
    team: &[TestMember],
) -> (PathBuf, TeamFingerprint) {
    let env = sign_roster(roster, team);
    let roster_path = dir.join("roster.json");
    std::fs::write(&roster_path, env.to_json()).unwrap();
    let data = dir.join("data");
    let out = run(
        "dropbox-server",
        &[
            "init",
            "--data",
            data.to_str().unwrap(),
            "--roster",
            roster_path.to_str().unwrap(),
            "--json",
        ],
    );
    assert!(
        out.status.success(),
        "init failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (data, v["fingerprint"].as_str().unwrap().parse().unwrap())
}

/// A running `dropbox-server serve`, killed on drop.
pub struct Server {
    /// The process.
    pub child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its data directory.
    pub data: PathBuf,
    /// Its stderr (the log), as a file.
    pub log: PathBuf,
}

impl Server {
    /// Starts `serve` on an ephemeral loopback port with extra flags, and
    /// waits for it to print its address.
    pub fn start(data: &Path, extra: &[&str]) -> Self {
        Self::start_env(data, extra, &[])
    }

    /// Like [`Server::start`], with extra environment variables (e.g.
    /// [`faketime`] to move its clock).
    pub fn start_env(data: &Path, extra: &[&str], env: &[(String, String)]) -> Self {
        Self::spawn(command("dropbox-server"), data, extra, env)
    }

    /// Like [`Server::start_env`], under the file-creation mask `umask`
    /// (octal, e.g. "000"), set by a shell that then execs the server (so
    /// the child's pid is the server's).
    pub fn start_umask(data: &Path, extra: &[&str], env: &[(String, String)], umask: &str) -> Self {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", &format!("umask {umask} && exec \"$0\" \"$@\"")])
            .arg(binary("dropbox-server"));
        pin_locale(&mut cmd);
        Self::spawn(cmd, data, extra, env)
    }

    /// `serve --hosting DIR`: every team of a hosting directory on one
    /// ephemeral loopback port.
    pub fn start_hosting(dir: &Path, extra: &[&str]) -> Self {
        Self::spawn_as(command("dropbox-server"), "--hosting", dir, extra, &[])
    }

    /// [`Server::start_hosting`] with `env` (a registry's bucket
    /// credentials).
    pub fn start_hosting_env(dir: &Path, extra: &[&str], env: &[(String, String)]) -> Self {
        Self::spawn_as(command("dropbox-server"), "--hosting", dir, extra, env)
    }

    fn spawn(cmd: Command, data: &Path, extra: &[&str], env: &[(String, String)]) -> Self {
        Self::spawn_as(cmd, "--data", data, extra, env)
    }

    fn spawn_as(
        mut cmd: Command,
        flag: &str,
        data: &Path,
        extra: &[&str],
        env: &[(String, String)],
    ) -> Self {
        let log = data.with_extension(format!("log-{}", dropbox_crypto::SubmissionId::random()));
        let mut child = cmd
            .envs(env.iter().map(|(k, v)| (k, v)))
            .args([
                "serve",
                flag,
                data.to_str().unwrap(),
                "--listen",
                "127.0.0.1:0",
            ])
            .args(extra)
            .env("DROPBOX_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("start dropbox-server");
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| {
                panic!(
                    "dropbox-server did not start: {line:?}; log: {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                )
            })
            .parse()
            .unwrap();
        Server {
            child,
            addr,
            data: data.to_owned(),
            log,
        }
    }

    /// Kills it with SIGKILL (no cleanup, as a crash would).
    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// The log so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill9();
        let _ = std::fs::remove_file(&self.log);
    }
}

/// A parsed HTTP response.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Header (lowercased name, value) pairs.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Response {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

/// Sends one HTTP/1.1 request and reads the whole response (asking the
/// server to close the connection after it: it keeps signed reviewer
/// requests' connections alive otherwise).
pub fn http(
    addr: SocketAddr,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    http_host(addr, &addr.to_string(), method, target, headers, body)
}

/// [`http`] with `host` as the `Host` header (a drop box hosting many
/// teams routes on it).
pub fn http_host(
    addr: SocketAddr,
    host: &str,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut req = format!(
        "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    // The server may answer (e.g. 413) before reading the whole body.
    let _ = s.write_all(body);
    read_response(&mut s)
}

/// Reads a response from a stream until the connection closes.
pub fn read_response(s: &mut TcpStream) -> Response {
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no response head in {:?}", String::from_utf8_lossy(&raw)));
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Response {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(nl) = b.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&b[..nl]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&b[nl + 2..nl + 2 + size]);
        b = &b[nl + 2 + size + 2..];
    }
    out
}

/// A request signed as `keyid` with `key` (created now, fresh nonce).
// One argument per part of a signed request reads clearest at call sites.
#[allow(clippy::too_many_arguments)]
pub fn signed(
    addr: SocketAddr,
    method: &str,
    path: &str,
    query: Option<&str>,
    body: &[u8],
    keyid: &KeyId,
    key: &SignSecretKey,
    extra: &[(&str, &str)],
) -> Response {
    let h = Signer::new(keyid, key).sign(
        method,
        path,
        query,
        (!body.is_empty()).then_some(body),
        UnixTime::now(),
        &httpsig::new_nonce(),
    );
    let target = match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    };
    let mut headers: Vec<(&str, &str)> = vec![
        ("Signature-Input", &h.signature_input),
        ("Signature", &h.signature),
    ];
    if let Some(d) = &h.content_digest {
        headers.push(("Content-Digest", d));
    }
    headers.extend_from_slice(extra);
    http(addr, method, &target, &headers, body)
}

/// A request signed by a member's transport key.
pub fn as_member(
    addr: SocketAddr,
    m: &TestMember,
    method: &str,
    path: &str,
    query: Option<&str>,
    body: &[u8],
) -> Response {
    signed(
        addr,
        method,
        path,
        query,
        body,
        &KeyId::Member(m.id.clone()),
        &m.transport,
        &[],
    )
}

/// Posts replies to a reporter's mailbox the way a member's client does:
/// a reply signed as `member`, in a reply bundle encrypted to the codename
/// and to alice and bob (the report's recipients in these tests), posted
/// with alice's transport key.
pub struct Replies<'a> {
    /// The server.
    pub addr: SocketAddr,
    /// The test team (alice, bob, …).
    pub team: &'a [TestMember],
    /// The team fingerprint.
    pub fp: TeamFingerprint,
    /// The reporter's mailbox.
    pub mailbox: dropbox_crypto::MailboxId,
    /// The codename's recipient.
    pub codename: &'a dropbox_crypto::keys::AgeRecipient,
}

impl Replies<'_> {
    /// Posts reply number `seq`, signed with `signer` and claiming `member`.
    pub fn post(&self, seq: u64, signer: &SignSecretKey, member: &str, text: &str) {
        self.post_reply(&self.reply(seq, member, text), signer);
    }

    /// A 1.2 reply (no roster seq, no recipients) ready to amend and sign.
    pub fn reply(&self, seq: u64, member: &str, text: &str) -> dropbox_crypto::messages::Reply {
        dropbox_crypto::messages::Reply::new(
            self.fp,
            self.mailbox,
            seq,
            member.parse().unwrap(),
            UnixTime::now().day(),
            text.into(),
        )
    }

    /// Posts `r` signed with `signer`.
    pub fn post_reply(&self, r: &dropbox_crypto::messages::Reply, signer: &SignSecretKey) {
        use dropbox_crypto::bundle::{self, Header, Kind};
        use dropbox_crypto::envelope::{self, Slot};
        let day = UnixTime::now().day();
        let mut h = Header::new(
            Kind::Reply,
            day,
            1,
            vec![self.team[0].id.clone(), self.team[1].id.clone()],
        );
        h.signed = Some(r.sign(signer));
        let plain = bundle::encode_to_vec(h, &[]).unwrap();
        let slots = vec![
            Slot::Real(self.codename.clone()),
            Slot::Real(self.team[0].age.recipient()),
            Slot::Real(self.team[1].age.recipient()),
        ];
        let ct = envelope::encrypt_vec(slots, &plain).unwrap();
        let path = format!("/v1/mailboxes/{}/replies", self.mailbox);
        let resp = as_member(self.addr, &self.team[0], "POST", &path, None, &ct);
        assert_eq!(resp.status, 201, "{}", String::from_utf8_lossy(&resp.body));
    }
}

/// Environment that moves a child process's real clock by `offset` (e.g.
/// `"+8d"`) with libfaketime (Debian `faketime`), leaving monotonic clocks
/// alone so timers still work.
pub fn faketime(offset: &str) -> Vec<(String, String)> {
    apt_need("faketime", "faketime");
    let lib = ["x86_64-linux-gnu", "aarch64-linux-gnu"]
        .iter()
        .map(|a| format!("/usr/lib/{a}/faketime/libfaketime.so.1"))
        .find(|p| Path::new(p).exists())
        .expect("libfaketime is not installed (apt-get install faketime)");
    vec![
        ("LD_PRELOAD".into(), lib),
        ("FAKETIME".into(), offset.into()),
        ("FAKETIME_DONT_FAKE_MONOTONIC".into(), "1".into()),
        ("FAKETIME_NO_CACHE".into(), "1".into()),
    ]
}

/// For a test of the daily digest, which is due only within its UTC hour
/// (`--notify-hour`): the hour to name, and the environment to start every
/// server of the test with (libfaketime, see [`faketime`]), so that the
/// servers' clock stays within that hour for about eight minutes (475 s) of
/// real time from now, however near its end the real hour is. A test that
/// named the current hour and ran past its end (a slow Garage or
/// PostgreSQL start on a loaded machine) never saw its digest. The clock
/// moves by at most 245 s: signed requests (±300 s) and the bucket's
/// request signatures (±15 min) still pass.
pub fn digest_hour() -> (String, Vec<(String, String)>) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs();
    let left = 3600 - now % 3600;
    let (offset, at) = if left <= 235 {
        // Into the next hour, 5 s past its start.
        (Some(format!("+{}", left + 5)), now + left)
    } else if left < 480 {
        // Back 240 s: the hour lasts 240 s longer for the servers.
        (Some("-240".to_owned()), now)
    } else {
        (None, now)
    };
    let hour = (at % 86_400 / 3600).to_string();
    (hour, offset.map(|o| faketime(&o)).unwrap_or_default())
}

/// Installs a Debian package when `command` is missing and this process may
/// (root, as in CI); a test then fails on its own clear message if it is
/// still missing.
pub fn apt_need(command: &str, package: &str) {
    let present = Command::new("sh")
        .args(["-c", &format!("command -v {command}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if present || not_root() {
        return;
    }
    // Several tests may ask at once: apt waits for its lock.
    let _ = Command::new("apt-get")
        .args([
            "-o",
            "DPkg::Lock::Timeout=300",
            "install",
            "-y",
            "-q",
            package,
        ])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output();
}

fn not_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() != "0")
        .unwrap_or(true)
}

/// A loopback TCP proxy in front of `target` that cuts the connection
/// carrying the first tus PATCH once `cut_after` bytes of it went through,
/// as a dropped Wi-Fi or Tor circuit would; every other byte is passed on.
/// `cuts()` tells whether the cut happened, so a test can fail when its
/// upload was too small to be cut.
pub struct CuttingProxy {
    /// Where clients connect.
    pub addr: SocketAddr,
    cut: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl CuttingProxy {
    /// Starts the proxy on an ephemeral loopback port.
    pub fn start(target: SocketAddr, cut_after: usize) -> Self {
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let cut = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = cut.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(mut client) = client else { continue };
                let Ok(mut server) = TcpStream::connect(target) else {
                    continue;
                };
                let flag = flag.clone();
                std::thread::spawn(move || {
                    let (Ok(mut back), Ok(mut to_client)) =
                        (server.try_clone(), client.try_clone())
                    else {
                        return;
                    };
                    std::thread::spawn(move || std::io::copy(&mut back, &mut to_client));
                    let mut buf = vec![0u8; 64 << 10];
                    let mut patch_bytes: Option<usize> = None;
                    loop {
                        let n = match client.read(&mut buf) {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        let chunk = &buf[..n];
                        if patch_bytes.is_none()
                            && !flag.load(Ordering::SeqCst)
                            && chunk.windows(18).any(|w| w == b"PATCH /v1/uploads/")
                        {
                            patch_bytes = Some(0);
                        }
                        if let Some(sent) = patch_bytes.as_mut() {
                            *sent += n;
                            if *sent > cut_after && !flag.swap(true, Ordering::SeqCst) {
                                // Pass on part of this chunk, then drop both sides.
                                let _ = server.write_all(&chunk[..n / 2]);
                                let _ = server.shutdown(std::net::Shutdown::Both);
                                let _ = client.shutdown(std::net::Shutdown::Both);
                                return;
                            }
                        }
                        if server.write_all(chunk).is_err() {
                            break;
                        }
                    }
                    let _ = server.shutdown(std::net::Shutdown::Write);
                });
            }
        });
        CuttingProxy { addr, cut }
    }

    /// Whether the connection was cut.
    pub fn cut(&self) -> bool {
        self.cut.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// A submission's ciphertext fetched as `member`, checked to hash to its
/// `receipt` (what the uploader was told).
pub fn fetch_submission(addr: SocketAddr, member: &TestMember, id: &str, receipt: &str) -> Vec<u8> {
    let got = as_member(
        addr,
        member,
        "GET",
        &format!("/v1/submissions/{id}"),
        None,
        b"",
    );
    assert_eq!(got.status, 200, "GET /v1/submissions/{id}");
    assert_eq!(
        dropbox_crypto::Sha256Digest::of(&got.body).to_string(),
        receipt,
        "the receipt is the sha256 of what the drop box holds"
    );
    got.body
}

/// `--yes` for the `dropbox-submit` commands that ask for consent before
/// encrypting (`send`, `followup`, and `dropbox-submit --server …`, which
/// means `send`); nothing for the others. Tests run without a terminal, so
/// those commands refuse without it.
pub fn consent<'a>(args: &[&str]) -> &'a [&'a str] {
    match args.first() {
        Some(&"send" | &"followup") => &["--yes"],
        Some(a) if a.starts_with("--") => &["--yes"],
        _ => &[],
    }
}
