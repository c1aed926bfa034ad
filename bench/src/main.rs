//! dropbox-bench: the helper `bench/run.sh` uses.
//!
//! - `team DIR [--max-bytes N]`: a throw-away team (alice and bob admins,
//!   carol reviewer, fresh random keys). Writes `DIR/roster.json` (roster #1
//!   signed by both admins, for `dropbox-server init`), `DIR/recipients.txt`
//!   (the members' age recipients, one a line, for `age -R`) and
//!   `DIR/identities.txt` (their age identities, for `age -d -i`).
//! - `load --addr HOST:PORT[,HOST:PORT…] --file F [--clients 64]
//!   [--requests 2000] [--max-secs 60]`: POSTs F to /v1/submissions from
//!   that many threads, one connection per request (the server closes
//!   each connection after one request), until the request budget or the
//!   time is spent. Given several addresses (replicas of one drop box),
//!   request i goes to address i mod n: a round-robin without a load
//!   balancer in between. With `--fresh-to RECIPIENTS` (age recipients,
//!   one a line) each request sends its own age file of F's size, made to
//!   them before the clock starts, not F itself (a store that
//!   deduplicates, as Garage does, would write identical bodies once).
//! - `tus --addr HOST:PORT[,HOST:PORT…] --file F [--part 8388608]`: one tus
//!   upload of F (create on the first address, then PATCHes of `part`
//!   bytes, part k to address k mod n); prints its time, the last PATCH's
//!   (which completes the report) and the receipt.
//! - `ports [--count 1]`: that many free loopback TCP ports, one a line
//!   (for the object store `bench/replicas.sh` starts).
//! - `fsync --dir D [--size 4096] [--count 2000] [--threads 1]
//!   [--mode file|commit]`: the durable-disk baseline. `file` creates a
//!   file, writes `size` bytes and fsyncs it (what `dd conv=fsync` does);
//!   `commit` also renames it into a second directory and fsyncs that
//!   directory (the file-system part of the server's commit, without its
//!   SQLite transaction).
//!
//! For the reviewer's benchmark (`bench/reviewer.sh`):
//!
//! - `member DIR --id ID`: a member with fresh keys whose secrets stay in
//!   plain files: `DIR/card.json` (the card `reviewer team init --member`
//!   takes) and `DIR/transport.hex` (the seed of the key that signs its
//!   HTTP requests). The benchmark lists the inbox as this member.
//! - `submit --addr HOST:PORT --chain ROSTER --team FP [--count 10000]
//!   [--body-bytes 4096] [--attach-bytes 0] [--threads 8]`: makes `count`
//!   reports the way `dropbox-submit send` does (a bundle of kind report
//!   with a title, a body of `body-bytes` bytes and, if `attach-bytes` is
//!   not 0, one attachment of that many bytes, encrypted to every member
//!   of the roster head with the codename slot a decoy, since no replies
//!   are asked for) and POSTs each to /v1/submissions with its
//!   `Dropbox-Delete-Hash`.
//! - `report --chain ROSTER --team FP --attach FILE --out OUT`: one such
//!   report with FILE as its only attachment, streamed to the age file OUT.
//! - `inbox --addr HOST:PORT --id ID --seed FILE [--repeat 3]`: pages
//!   through `GET /v1/inbox` as that member with signed requests, one
//!   connection per request as the reviewer's client does, and times it.
//!
//! For the page's benchmark (`bench/page.sh`):
//!
//! - `codename --team FP [--codename "W1 … W8"] [--repeat 5]`: derives a
//!   codename's keys with the library (`Codename::derive`: Argon2id,
//!   m = 19 MiB, t = 2, p = 1, then HKDF) `repeat` times and prints the
//!   times and their median, and the keys' public halves, so the page's
//!   derivation of the same codename can be checked against it.
//!
//! Every command prints `key=value` lines for the shell to read.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use dropbox_crypto::bundle::{AttachmentMeta, BundleWriter, Header, Kind};
use dropbox_crypto::codename::Codename;
use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::keys::{AgeIdentity, AgeRecipient, SignSecretKey};
use dropbox_crypto::roster::{self, Member, Policy, Role, Roster};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{MemberId, TeamFingerprint, envelope, jcs};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("team") => team(&args[1..]),
        Some("load") => load(&args[1..]),
        Some("fsync") => fsync(&args[1..]),
        Some("member") => member(&args[1..]),
        Some("submit") => submit(&args[1..]),
        Some("report") => report(&args[1..]),
        Some("inbox") => inbox(&args[1..]),
        Some("codename") => codename(&args[1..]),
        Some("tus") => tus(&args[1..]),
        Some("ports") => ports(&args[1..]),
        _ => Err("usage: dropbox-bench team DIR [--max-bytes N] | load --addr A[,B…] --file F [--fresh-to RECIPIENTS] [--clients N] [--requests N] [--max-secs S] | tus --addr A[,B…] --file F [--part BYTES] | ports [--count N] | fsync --dir D [--size N] [--count N] [--threads N] [--mode file|commit] | member DIR --id ID | submit --addr A --chain ROSTER --team FP [--count N] [--body-bytes N] [--attach-bytes N] [--threads N] | report --chain ROSTER --team FP --attach FILE --out OUT | inbox --addr A --id ID --seed FILE [--repeat N] | codename --team FP [--codename WORDS] [--repeat N]".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dropbox-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

type Res = Result<(), String>;

/// `--name value` pairs after the positional arguments.
fn flags(args: &[String]) -> Result<(Vec<String>, BTreeMap<String, String>), String> {
    let mut pos = Vec::new();
    let mut map = BTreeMap::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some(name) = a.strip_prefix("--") {
            let v = it.next().ok_or_else(|| format!("--{name} needs a value"))?;
            map.insert(name.to_owned(), v.clone());
        } else {
            pos.push(a.clone());
        }
    }
    Ok((pos, map))
}

fn num<T: std::str::FromStr>(
    m: &BTreeMap<String, String>,
    k: &str,
    default: T,
) -> Result<T, String> {
    match m.get(k) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|_| format!("--{k}: not a number: {v}")),
    }
}

fn team(args: &[String]) -> Res {
    let (pos, m) = flags(args)?;
    let dir = PathBuf::from(pos.first().ok_or("team: DIR is required")?);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let policy = Policy {
        max_submission_bytes: num(&m, "max-bytes", Policy::default().max_submission_bytes)?,
        ..Policy::default()
    };
    struct M {
        id: MemberId,
        age: AgeIdentity,
        sign: SignSecretKey,
        transport: SignSecretKey,
        roles: Vec<Role>,
    }
    let members: Vec<M> = [
        ("alice", vec![Role::Admin, Role::Reviewer]),
        ("bob", vec![Role::Admin, Role::Reviewer]),
        ("carol", vec![Role::Reviewer]),
    ]
    .into_iter()
    .map(|(id, roles)| M {
        id: id.parse().expect("valid member id"),
        age: AgeIdentity::generate(),
        sign: SignSecretKey::generate(),
        transport: SignSecretKey::generate(),
        roles,
    })
    .collect();
    let cards = members
        .iter()
        .map(|x| Member {
            id: x.id.clone(),
            name: format!("{} (bench)", x.id),
            roles: x.roles.clone(),
            age: x.age.recipient(),
            sign: x.sign.public(),
            transport: Some(x.transport.public()),
        })
        .collect();
    let roster = Roster::first(
        "Bench Team",
        cards,
        vec!["http://127.0.0.1:1".into()],
        UnixTime::now().day().add_days(30),
        policy,
    );
    roster.validate().map_err(|e| format!("roster: {e}"))?;
    let env = roster.sign(&[
        (&members[0].id, &members[0].sign),
        (&members[1].id, &members[1].sign),
    ]);
    let write = |name: &str, text: Vec<u8>| {
        let p = dir.join(name);
        std::fs::write(&p, text).map_err(|e| format!("{}: {e}", p.display()))
    };
    write("roster.json", env.to_json())?;
    write(
        "recipients.txt",
        members
            .iter()
            .map(|x| format!("{}\n", x.age.recipient()))
            .collect::<String>()
            .into_bytes(),
    )?;
    write(
        "identities.txt",
        members
            .iter()
            .map(|x| format!("{}\n", x.age.expose_string().as_str()))
            .collect::<String>()
            .into_bytes(),
    )?;
    println!("members={}", members.len());
    println!(
        "max_submission_bytes={}",
        roster.policy.max_submission_bytes
    );
    Ok(())
}

/// The `q` quantile (0..=1) of sorted samples, nearest rank.
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn print_latencies(prefix: &str, lat: &mut [Duration]) {
    lat.sort();
    println!("{prefix}p50_ms={}", ms(quantile(lat, 0.50)));
    println!("{prefix}p99_ms={}", ms(quantile(lat, 0.99)));
    println!(
        "{prefix}max_ms={}",
        ms(lat.last().copied().unwrap_or_default())
    );
}

/// One request on a fresh connection: its status code and headers (names
/// in lower case), or an error.
fn request(
    addr: SocketAddr,
    head: &[u8],
    body: &[u8],
) -> Result<(u16, Vec<(String, String)>), String> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10))
        .map_err(|e| format!("connect: {e}"))?;
    // A tus upload's last part composes the whole report before its answer.
    s.set_read_timeout(Some(Duration::from_secs(600)))
        .map_err(|e| e.to_string())?;
    s.set_nodelay(true).map_err(|e| e.to_string())?;
    s.write_all(head).map_err(|e| format!("write: {e}"))?;
    s.write_all(body).map_err(|e| format!("write: {e}"))?;
    let mut raw = Vec::with_capacity(1024);
    s.read_to_end(&mut raw).map_err(|e| format!("read: {e}"))?;
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let text = String::from_utf8_lossy(&raw[..end]);
    let mut lines = text.split("\r\n");
    let line = lines.next().unwrap_or_default();
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|c| c.trim().parse().ok())
        .ok_or_else(|| format!("no status line in {line:?}"))?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Ok((status, headers))
}

/// One POST on a fresh connection; the status code, or an error.
fn post_once(addr: SocketAddr, head: &[u8], body: &[u8]) -> Result<u16, String> {
    request(addr, head, body).map(|(status, _)| status)
}

/// `--addr A[,B…]`: one server, or several replicas of one drop box.
fn addrs(m: &BTreeMap<String, String>, cmd: &str) -> Result<Vec<SocketAddr>, String> {
    m.get("addr")
        .ok_or(format!("{cmd}: --addr is required"))?
        .split(',')
        .map(|a| a.trim().parse().map_err(|e| format!("--addr {a}: {e}")))
        .collect()
}

fn load(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    // Several addresses: request i goes to address i mod n (round-robin
    // over replicas of one drop box, no load balancer in between).
    let addrs = Arc::new(addrs(&m, "load")?);
    let file = m.get("file").ok_or("load: --file is required")?;
    let body = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    let clients: usize = num(&m, "clients", 64)?;
    let requests: usize = num(&m, "requests", 2000)?;
    let max_secs: u64 = num(&m, "max-secs", 60)?;
    let size = body.len();
    // Each request its own age file, made before the clock starts: the
    // same bytes sent twice would let a deduplicating store (Garage keeps
    // one copy of identical blocks) skip the write a real report costs.
    let bodies: Arc<Vec<Vec<u8>>> = Arc::new(match m.get("fresh-to") {
        None => vec![body],
        Some(path) => {
            let recipients = recipients(path)?;
            (0..requests)
                .map(|_| age_file_of(&recipients, size))
                .collect::<Result<_, _>>()?
        }
    });
    let heads: Arc<Vec<Vec<u8>>> = Arc::new(
        addrs
            .iter()
            .map(|addr| {
                format!(
                    "POST /v1/submissions HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/octet-stream\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
                )
                .into_bytes()
            })
            .collect(),
    );
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let deadline = start + Duration::from_secs(max_secs);
    type Outcome = (usize, Result<u16, String>, Duration);
    let workers: Vec<_> = (0..clients)
        .map(|_| {
            let (addrs, heads, bodies, next) =
                (addrs.clone(), heads.clone(), bodies.clone(), next.clone());
            std::thread::spawn(move || {
                let mut out: Vec<Outcome> = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= requests || Instant::now() >= deadline {
                        break;
                    }
                    let to = i % addrs.len();
                    let t = Instant::now();
                    let r = post_once(addrs[to], &heads[to], &bodies[i % bodies.len()]);
                    out.push((to, r, t.elapsed()));
                }
                (out, Instant::now())
            })
        })
        .collect();
    let mut ok = Vec::new();
    let mut ok_by_addr = vec![0usize; addrs.len()];
    let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
    let mut first_error = None;
    let mut end = start;
    for w in workers {
        let (out, done) = w.join().map_err(|_| "a load thread panicked")?;
        end = end.max(done);
        for (to, r, d) in out {
            match r {
                Ok(201) => {
                    ok.push(d);
                    ok_by_addr[to] += 1;
                }
                Ok(code) => *statuses.entry(code.to_string()).or_default() += 1,
                Err(e) => {
                    *statuses.entry("error".into()).or_default() += 1;
                    first_error.get_or_insert(e);
                }
            }
        }
    }
    let elapsed = (end - start).as_secs_f64();
    let sent = ok.len() + statuses.values().sum::<usize>();
    println!("clients={clients}");
    println!("addrs={}", addrs.len());
    println!("body_bytes={size}");
    println!("distinct_bodies={}", bodies.len());
    println!("sent={sent}");
    println!("created={}", ok.len());
    println!(
        "created_by_addr={}",
        ok_by_addr
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",")
    );
    println!(
        "other={}",
        statuses
            .iter()
            .map(|(k, v)| format!("{k}:{v}"))
            .collect::<Vec<_>>()
            .join(",")
    );
    if let Some(e) = first_error {
        println!("first_error={}", e.replace('\n', " "));
    }
    println!("elapsed_s={elapsed:.3}");
    println!("per_s={:.1}", ok.len() as f64 / elapsed.max(1e-9));
    print_latencies("", &mut ok);
    Ok(())
}

/// The age recipients in FILE, one a line (as `age -R` reads them).
fn recipients(path: &str) -> Result<Vec<AgeRecipient>, String> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("{path}: {e}"))?
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.trim().parse().map_err(|e| format!("{path}: {l}: {e}")))
        .collect()
}

/// A writer whose bytes stay readable while an age stream holds it.
#[derive(Clone, Default)]
struct SharedBuf(Arc<std::sync::Mutex<Vec<u8>>>);

impl SharedBuf {
    fn len(&self) -> usize {
        self.0.lock().expect("not poisoned").len()
    }
}

impl Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A fresh age file of exactly `size` bytes (one chunk at most, so under
/// 64 KiB) to `recipients`: the header (its grease stanza is of random
/// length) is written first, then as much plaintext as leaves room for
/// the payload's nonce and tag.
fn age_file_of(recipients: &[AgeRecipient], size: usize) -> Result<Vec<u8>, String> {
    let buf = SharedBuf::default();
    let mut w = envelope::encrypt_to(buf.clone(), recipients).map_err(|e| e.to_string())?;
    // The header and the payload's 16-byte nonce are out; one chunk adds
    // a 16-byte tag.
    let room = size
        .checked_sub(buf.len() + 16)
        .filter(|n| *n <= 64 << 10)
        .ok_or_else(|| format!("an age file of {size} bytes cannot be one chunk here"))?;
    w.write_all(&vec![0u8; room]).map_err(|e| e.to_string())?;
    w.finish().map_err(|e| e.to_string())?;
    let out = std::mem::take(&mut *buf.0.lock().expect("not poisoned"));
    if out.len() != size {
        return Err(format!(
            "made an age file of {} bytes, not {size}",
            out.len()
        ));
    }
    Ok(out)
}

/// Free loopback ports (bound at once, then released) for a service the
/// benchmark starts.
fn ports(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    let n: usize = num(&m, "count", 1)?;
    let held = (0..n)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    for l in &held {
        println!("{}", l.local_addr().map_err(|e| e.to_string())?.port());
    }
    Ok(())
}

/// The value of header `name` (lower case) in a response.
fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A tus upload of a file, as the page sends one: create, then PATCHes of
/// `part` bytes, part k to address k mod n. Times the whole and the last
/// PATCH (which completes the report) and prints the receipt.
fn tus(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    let addrs = addrs(&m, "tus")?;
    let path = m.get("file").ok_or("tus: --file is required")?;
    // The server takes at most 8 MiB in one PATCH, as the page sends.
    let part: usize = num(&m, "part", 8 << 20)?;
    let mut file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let length = file.metadata().map_err(|e| format!("{path}: {e}"))?.len();
    let mut buf = vec![0u8; part.max(1)];
    let start = Instant::now();
    let create = format!(
        "POST /v1/uploads HTTP/1.1\r\nHost: {}\r\nTus-Resumable: 1.0.0\r\nUpload-Length: {length}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        addrs[0]
    );
    let (status, headers) = request(addrs[0], create.as_bytes(), b"")?;
    if status != 201 {
        return Err(format!("tus: creating the upload answered {status}"));
    }
    let location = header(&headers, "location")
        .ok_or("tus: no Location in the creation's answer")?
        .to_owned();
    let (mut offset, mut k) = (0u64, 0usize);
    let mut last = (Duration::ZERO, Vec::new());
    let mut parts = Vec::new();
    while offset < length {
        let n = (length - offset).min(buf.len() as u64) as usize;
        file.read_exact(&mut buf[..n])
            .map_err(|e| format!("{path}: {e}"))?;
        let addr = addrs[k % addrs.len()];
        let head = format!(
            "PATCH {location} HTTP/1.1\r\nHost: {addr}\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: {offset}\r\nContent-Length: {n}\r\nConnection: close\r\n\r\n"
        );
        let t = Instant::now();
        let (status, headers) = request(addr, head.as_bytes(), &buf[..n])?;
        let took = t.elapsed();
        if status != 204 {
            return Err(format!(
                "tus: the part at {offset} sent to {addr} answered {status}"
            ));
        }
        offset += n as u64;
        let told = header(&headers, "upload-offset").and_then(|o| o.parse::<u64>().ok());
        if told != Some(offset) {
            return Err(format!(
                "tus: after the part at {} the server reports offset {told:?}",
                offset - n as u64
            ));
        }
        parts.push(took);
        last = (took, headers);
        k += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let receipt =
        header(&last.1, "dropbox-receipt").ok_or("tus: no receipt after the last part")?;
    println!("addrs={}", addrs.len());
    println!("bytes={length}");
    println!("parts={k}");
    println!("elapsed_s={elapsed:.3}");
    println!("last_part_s={:.3}", last.0.as_secs_f64());
    println!("receipt={receipt}");
    print_latencies("part_", &mut parts);
    Ok(())
}

fn durable_write(
    dir: &Path,
    done: &Path,
    name: &str,
    data: &[u8],
    commit: bool,
) -> std::io::Result<()> {
    let p = dir.join(name);
    let mut f = File::create(&p)?;
    f.write_all(data)?;
    f.sync_all()?;
    drop(f);
    if commit {
        std::fs::rename(&p, done.join(name))?;
        File::open(done)?.sync_all()?;
    }
    Ok(())
}

fn fsync(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    let dir = PathBuf::from(m.get("dir").ok_or("fsync: --dir is required")?);
    let size: usize = num(&m, "size", 4096)?;
    let count: usize = num(&m, "count", 2000)?;
    let threads: usize = num(&m, "threads", 1)?;
    let commit = match m.get("mode").map(String::as_str) {
        None | Some("file") => false,
        Some("commit") => true,
        Some(o) => return Err(format!("--mode: file or commit, not {o}")),
    };
    let work = dir.join("work");
    let done = dir.join("done");
    for d in [&work, &done] {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    // Incompressible, like ciphertext.
    let mut data = vec![0u8; size];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for b in data.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
    let data = Arc::new(data);
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let handles: Vec<_> = (0..threads.max(1))
        .map(|_| {
            let (work, done, data, next) = (work.clone(), done.clone(), data.clone(), next.clone());
            std::thread::spawn(move || -> Result<Vec<Duration>, String> {
                let mut lat = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= count {
                        return Ok(lat);
                    }
                    let t = Instant::now();
                    durable_write(&work, &done, &format!("f{i}"), &data, commit)
                        .map_err(|e| format!("write {i}: {e}"))?;
                    lat.push(t.elapsed());
                }
            })
        })
        .collect();
    let mut lat = Vec::new();
    for h in handles {
        lat.extend(h.join().map_err(|_| "an fsync thread panicked")??);
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!("threads={}", threads.max(1));
    println!("count={}", lat.len());
    println!("elapsed_s={elapsed:.3}");
    println!("per_s={:.1}", lat.len() as f64 / elapsed.max(1e-9));
    print_latencies("", &mut lat);
    let _ = std::fs::remove_dir_all(&work);
    let _ = std::fs::remove_dir_all(&done);
    Ok(())
}

// --- the reviewer's benchmark --------------------------------------------------

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex32(s: &str) -> Result<[u8; 32], String> {
    let s = s.trim();
    if s.len() != 64 {
        return Err("a seed is 64 hex digits".into());
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|e| format!("seed: {e}"))?;
    }
    Ok(out)
}

fn member(args: &[String]) -> Res {
    let (pos, m) = flags(args)?;
    let dir = PathBuf::from(pos.first().ok_or("member: DIR is required")?);
    let id: MemberId = m
        .get("id")
        .ok_or("member: --id is required")?
        .parse()
        .map_err(|e| format!("--id: {e}"))?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let transport = SignSecretKey::generate();
    let card = Member {
        id: id.clone(),
        name: format!("{id} (bench)"),
        roles: Vec::new(),
        age: AgeIdentity::generate().recipient(),
        sign: SignSecretKey::generate().public(),
        transport: Some(transport.public()),
    };
    let write = |name: &str, text: Vec<u8>| {
        let p = dir.join(name);
        std::fs::write(&p, text).map_err(|e| format!("{}: {e}", p.display()))
    };
    write("card.json", jcs::to_canonical(&card))?;
    write(
        "transport.hex",
        format!("{}\n", hex(&transport.expose_seed()[..])).into_bytes(),
    )?;
    println!("id={id}");
    Ok(())
}

/// The verified roster chain in a file written by `reviewer team init`.
fn chain_of(m: &BTreeMap<String, String>) -> Result<roster::VerifiedChain, String> {
    let path = m.get("chain").ok_or("--chain is required")?;
    let fp: TeamFingerprint = m
        .get("team")
        .ok_or("--team is required")?
        .parse()
        .map_err(|e| format!("--team: {e}"))?;
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let envs = roster::parse_chain_json(&bytes).map_err(|e| format!("{path}: {e}"))?;
    roster::verify_chain(&fp, &envs, UnixTime::now()).map_err(|e| format!("{path}: {e}"))
}

/// A report header as `dropbox-submit send` makes it: to every member of
/// the head, no codename (so its slot is a decoy).
fn report_header(chain: &roster::VerifiedChain) -> (Header, Vec<envelope::Slot>) {
    let head = &chain.head().roster;
    let to: Vec<MemberId> = head.members.iter().map(|x| x.id.clone()).collect();
    let h = Header::new(Kind::Report, UnixTime::now().day(), head.seq, to.clone());
    let slots = envelope::submission_slots(head, &to, None).expect("members of the head");
    (h, slots)
}

/// Printable, incompressible-looking text of `n` bytes.
fn text(n: usize, seed: u64) -> String {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            char::from(b'a' + (x % 26) as u8)
        })
        .collect()
}

fn submit(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    let addr: SocketAddr = m
        .get("addr")
        .ok_or("submit: --addr is required")?
        .parse()
        .map_err(|e| format!("--addr: {e}"))?;
    let chain = Arc::new(chain_of(&m)?);
    let count: usize = num(&m, "count", 10_000)?;
    let body_bytes: usize = num(&m, "body-bytes", 4096)?;
    let attach_bytes: usize = num(&m, "attach-bytes", 0)?;
    let threads: usize = num(&m, "threads", 8)?;
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let workers: Vec<_> = (0..threads.max(1))
        .map(|_| {
            let (chain, next) = (chain.clone(), next.clone());
            std::thread::spawn(move || -> Result<u64, String> {
                let mut bytes = 0;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= count {
                        return Ok(bytes);
                    }
                    let (mut h, slots) = report_header(&chain);
                    h.title = Some(format!("bench report {i}"));
                    h.body = Some(text(body_bytes, i as u64 + 1));
                    // Text of its own seed, so no two attachments are alike.
                    let attachment = text(attach_bytes, (count + i) as u64 + 1);
                    let attachments: Vec<&[u8]> = if attach_bytes > 0 {
                        h.attachments = vec![AttachmentMeta::new(
                            "notes.txt",
                            "text/plain",
                            attach_bytes as u64,
                        )];
                        vec![attachment.as_bytes()]
                    } else {
                        vec![]
                    };
                    let delete_hash = h.delete_token.hash().to_string();
                    let plain = dropbox_crypto::bundle::encode_to_vec(h, &attachments)
                        .map_err(|e| format!("bundle: {e}"))?;
                    let ct = envelope::encrypt_vec(slots, &plain)
                        .map_err(|e| format!("encrypt: {e}"))?;
                    let head = format!(
                        "POST /v1/submissions HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/octet-stream\r\nDropbox-Delete-Hash: {delete_hash}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        ct.len()
                    );
                    match post_once(addr, head.as_bytes(), &ct)? {
                        201 => bytes += ct.len() as u64,
                        code => return Err(format!("report {i}: the server answered {code}")),
                    }
                }
            })
        })
        .collect();
    let mut bytes = 0;
    for w in workers {
        bytes += w.join().map_err(|_| "a submit thread panicked")??;
    }
    println!("count={count}");
    println!("bytes={bytes}");
    println!("ciphertext_bytes_each={}", bytes / count.max(1) as u64);
    println!("elapsed_s={:.3}", start.elapsed().as_secs_f64());
    Ok(())
}

fn report(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    let chain = chain_of(&m)?;
    let attach = PathBuf::from(m.get("attach").ok_or("report: --attach is required")?);
    let out = PathBuf::from(m.get("out").ok_or("report: --out is required")?);
    let size = std::fs::metadata(&attach)
        .map_err(|e| format!("{}: {e}", attach.display()))?
        .len();
    let (mut h, slots) = report_header(&chain);
    h.title = Some("bench report with a large attachment".into());
    h.body = Some(text(4096, 1));
    h.attachments = vec![AttachmentMeta::new(
        "attachment.bin",
        "application/octet-stream",
        size,
    )];
    let delete_hash = h.delete_token.hash().to_string();
    let file = File::create(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let age = envelope::encrypt(std::io::BufWriter::with_capacity(256 << 10, file), slots)
        .map_err(|e| format!("encrypt: {e}"))?;
    let mut w = BundleWriter::new(age, h).map_err(|e| format!("bundle: {e}"))?;
    let src = File::open(&attach).map_err(|e| format!("{}: {e}", attach.display()))?;
    w.write_attachment(std::io::BufReader::with_capacity(256 << 10, src))
        .map_err(|e| format!("bundle: {e}"))?;
    let mut buf = w
        .finish()
        .map_err(|e| format!("bundle: {e}"))?
        .finish()
        .map_err(|e| format!("encrypt: {e}"))?;
    buf.flush().map_err(|e| e.to_string())?;
    println!("delete_hash={delete_hash}");
    println!(
        "bytes={}",
        std::fs::metadata(&out).map_err(|e| e.to_string())?.len()
    );
    Ok(())
}

/// One signed GET on a fresh connection: (status, body).
fn signed_get(
    addr: SocketAddr,
    signer: &Signer<'_>,
    path: &str,
    query: Option<&str>,
) -> Result<(u16, Vec<u8>), String> {
    let h = signer.sign(
        "GET",
        path,
        query,
        None,
        UnixTime::now(),
        &httpsig::new_nonce(),
    );
    let target = match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    };
    let head = format!(
        "GET {target} HTTP/1.1\r\nHost: {addr}\r\nSignature-Input: {}\r\nSignature: {}\r\nConnection: close\r\n\r\n",
        h.signature_input, h.signature
    );
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10))
        .map_err(|e| format!("connect: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .map_err(|e| e.to_string())?;
    s.write_all(head.as_bytes())
        .map_err(|e| format!("write: {e}"))?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).map_err(|e| format!("read: {e}"))?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("no end of headers")?;
    let headers = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let status = headers
        .split(' ')
        .nth(1)
        .and_then(|c| c.trim().parse().ok())
        .ok_or("no status line")?;
    let mut body = raw[split + 4..].to_vec();
    if headers.contains("transfer-encoding: chunked") {
        let mut out = Vec::new();
        let mut rest = &body[..];
        loop {
            let eol = rest
                .windows(2)
                .position(|w| w == b"\r\n")
                .ok_or("bad chunk")?;
            let n = usize::from_str_radix(String::from_utf8_lossy(&rest[..eol]).trim(), 16)
                .map_err(|e| format!("chunk size: {e}"))?;
            if n == 0 {
                break;
            }
            out.extend_from_slice(&rest[eol + 2..eol + 2 + n]);
            rest = &rest[eol + 2 + n + 2..];
        }
        body = out;
    }
    Ok((status, body))
}

fn inbox(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    let addr: SocketAddr = m
        .get("addr")
        .ok_or("inbox: --addr is required")?
        .parse()
        .map_err(|e| format!("--addr: {e}"))?;
    let id: MemberId = m
        .get("id")
        .ok_or("inbox: --id is required")?
        .parse()
        .map_err(|e| format!("--id: {e}"))?;
    let seed_path = m.get("seed").ok_or("inbox: --seed is required")?;
    let seed = std::fs::read_to_string(seed_path).map_err(|e| format!("{seed_path}: {e}"))?;
    let key = SignSecretKey::from_seed(&unhex32(&seed)?);
    let signer = Signer::new(&KeyId::Member(id), &key);
    let repeat: usize = num(&m, "repeat", 3)?;
    let mut times = Vec::new();
    let (mut items, mut pages) = (0, 0);
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        let mut cursor: Option<String> = None;
        (items, pages) = (0, 0);
        loop {
            let query = cursor.as_ref().map(|c| format!("cursor={c}"));
            let (status, body) = signed_get(addr, &signer, "/v1/inbox", query.as_deref())?;
            if status != 200 {
                return Err(format!(
                    "the inbox answered {status}: {}",
                    String::from_utf8_lossy(&body)
                ));
            }
            let v: serde_json::Value =
                serde_json::from_slice(&body).map_err(|e| format!("inbox JSON: {e}"))?;
            pages += 1;
            items += v["items"].as_array().map_or(0, Vec::len);
            match v["cursor"].as_str() {
                Some(c) => cursor = Some(c.to_owned()),
                None => break,
            }
        }
        times.push(start.elapsed());
    }
    let all: Vec<String> = times
        .iter()
        .map(|t| format!("{:.6}", t.as_secs_f64()))
        .collect();
    times.sort();
    let median = times[times.len() / 2].as_secs_f64();
    println!("items={items}");
    println!("pages={pages}");
    println!("runs_s={}", all.join(" "));
    println!("elapsed_s={median:.6}");
    println!("per_item_us={:.1}", median * 1e6 / (items.max(1) as f64));
    Ok(())
}

// --- the page's benchmark ------------------------------------------------------

fn codename(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    let team: TeamFingerprint = m
        .get("team")
        .ok_or("codename: --team FP is required")?
        .parse()
        .map_err(|e| format!("--team: {e}"))?;
    let code = match m.get("codename") {
        Some(c) => Codename::parse(c).map_err(|e| format!("--codename: {e}"))?,
        None => Codename::generate(),
    };
    let repeat: usize = num(&m, "repeat", 5)?;
    let mut runs = Vec::new();
    let mut keys = None;
    for _ in 0..repeat.max(1) {
        let t0 = Instant::now();
        let k = code.derive(&team);
        runs.push(t0.elapsed());
        keys = Some(k);
    }
    let keys = keys.expect("at least one run");
    println!("codename={}", code.expose());
    println!(
        "runs_ms={}",
        runs.iter().map(|d| ms(*d)).collect::<Vec<_>>().join(" ")
    );
    runs.sort();
    println!("median_ms={}", ms(quantile(&runs, 0.5)));
    println!("x25519_recipient={}", keys.identity.recipient());
    println!("mailbox={}", keys.mailbox());
    Ok(())
}
