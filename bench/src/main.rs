//! dropbox-bench: the helper `bench/run.sh` uses.
//!
//! - `team DIR [--max-bytes N]`: a throw-away team (alice and bob admins,
//!   carol reviewer, fresh random keys). Writes `DIR/roster.json` (roster #1
//!   signed by both admins, for `dropbox-server init`), `DIR/recipients.txt`
//!   (the members' age recipients, one a line, for `age -R`) and
//!   `DIR/identities.txt` (their age identities, for `age -d -i`).
//! - `load --addr HOST:PORT --file F [--clients 64] [--requests 2000]
//!   [--max-secs 60]`: POSTs F to /v1/submissions from that many threads,
//!   one connection per request (the server closes each connection after
//!   one request), until the request budget or the time is spent.
//! - `fsync --dir D [--size 4096] [--count 2000] [--threads 1]
//!   [--mode file|commit]`: the durable-disk baseline. `file` creates a
//!   file, writes `size` bytes and fsyncs it (what `dd conv=fsync` does);
//!   `commit` also renames it into a second directory and fsyncs that
//!   directory (the file-system part of the server's commit, without its
//!   SQLite transaction).
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

use dropbox_crypto::MemberId;
use dropbox_crypto::keys::{AgeIdentity, SignSecretKey};
use dropbox_crypto::roster::{Member, Policy, Role, Roster};
use dropbox_crypto::time::UnixTime;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("team") => team(&args[1..]),
        Some("load") => load(&args[1..]),
        Some("fsync") => fsync(&args[1..]),
        _ => Err("usage: dropbox-bench team DIR [--max-bytes N] | load --addr A --file F [--clients N] [--requests N] [--max-secs S] | fsync --dir D [--size N] [--count N] [--threads N] [--mode file|commit]".into()),
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

/// One POST on a fresh connection; the status code, or an error.
fn post_once(addr: SocketAddr, head: &[u8], body: &[u8]) -> Result<u16, String> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10))
        .map_err(|e| format!("connect: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .map_err(|e| e.to_string())?;
    s.set_nodelay(true).map_err(|e| e.to_string())?;
    s.write_all(head).map_err(|e| format!("write: {e}"))?;
    s.write_all(body).map_err(|e| format!("write: {e}"))?;
    let mut raw = Vec::with_capacity(1024);
    s.read_to_end(&mut raw).map_err(|e| format!("read: {e}"))?;
    let line = raw.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = String::from_utf8_lossy(line);
    line.split(' ')
        .nth(1)
        .and_then(|c| c.trim().parse().ok())
        .ok_or_else(|| format!("no status line in {:?}", line))
}

fn load(args: &[String]) -> Res {
    let (_, m) = flags(args)?;
    let addr: SocketAddr = m
        .get("addr")
        .ok_or("load: --addr is required")?
        .parse()
        .map_err(|e| format!("--addr: {e}"))?;
    let file = m.get("file").ok_or("load: --file is required")?;
    let body = Arc::new(std::fs::read(file).map_err(|e| format!("{file}: {e}"))?);
    let clients: usize = num(&m, "clients", 64)?;
    let requests: usize = num(&m, "requests", 2000)?;
    let max_secs: u64 = num(&m, "max-secs", 60)?;
    let head = Arc::new(
        format!(
            "POST /v1/submissions HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .into_bytes(),
    );
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let deadline = start + Duration::from_secs(max_secs);
    let workers: Vec<_> = (0..clients)
        .map(|_| {
            let (head, body, next) = (head.clone(), body.clone(), next.clone());
            std::thread::spawn(move || {
                let mut out: Vec<(Result<u16, String>, Duration)> = Vec::new();
                while next.fetch_add(1, Ordering::Relaxed) < requests && Instant::now() < deadline {
                    let t = Instant::now();
                    let r = post_once(addr, &head, &body);
                    out.push((r, t.elapsed()));
                }
                (out, Instant::now())
            })
        })
        .collect();
    let mut ok = Vec::new();
    let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
    let mut first_error = None;
    let mut end = start;
    for w in workers {
        let (out, done) = w.join().map_err(|_| "a load thread panicked")?;
        end = end.max(done);
        for (r, d) in out {
            match r {
                Ok(201) => ok.push(d),
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
    println!("body_bytes={}", body.len());
    println!("sent={sent}");
    println!("created={}", ok.len());
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
