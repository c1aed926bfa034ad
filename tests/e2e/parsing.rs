//! The cost of hostile request bodies to the real server (issue 15, item
//! 5): the age header of a streamed submission is parsed incrementally, so
//! a header sent one byte per HTTP chunk costs the server work linear in
//! its size, and with proof of work on, a submission without a token is
//! refused before any of its body is read.

use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use dropbox_crypto::roster::Policy;
use dropbox_e2e::{Server, TempDir, first_roster, init_data, read_response, team};

/// The CPU time (user + system) a process has used so far, from
/// /proc/<pid>/stat.
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The command name (field 2) may hold spaces: count from after it.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    // Fields 14 and 15 (utime, stime) are the 12th and 13th after the name.
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    let out = std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .unwrap();
    let hz: u64 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    Duration::from_millis(ticks * 1000 / hz)
}

/// A valid age header of about `size` bytes (one X25519 stanza and as
/// many grease stanzas as fill it, which the rules allow in any number),
/// then a little payload.
fn header_file(size: usize) -> Vec<u8> {
    let mut f = b"age-encryption.org/v1\n".to_vec();
    let b64 = "A".repeat(43);
    f.extend_from_slice(format!("-> X25519 {b64}\n{b64}\n").as_bytes());
    while f.len() < size - 100 {
        f.extend_from_slice(b"-> x-grease a b\nAAAA\n");
    }
    f.extend_from_slice(format!("--- {b64}\n").as_bytes());
    f.extend_from_slice(&[7u8; 1024]);
    f
}

/// Sends `file` as a submission in 1-byte HTTP chunks and returns the
/// server CPU time it cost.
fn cpu_for_one_byte_chunks(srv: &Server, file: &[u8]) -> Duration {
    let mut req = format!(
        "POST /v1/submissions HTTP/1.1\r\nHost: {}\r\nTransfer-Encoding: chunked\r\n\r\n",
        srv.addr
    )
    .into_bytes();
    for b in file {
        req.extend_from_slice(b"1\r\n");
        req.push(*b);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    assert!(req.len() > 6 * file.len(), "{}", req.len());

    let pid = srv.child.id();
    let before = cpu_time(pid);
    let t0 = Instant::now();
    let mut s = TcpStream::connect(srv.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    s.write_all(&req).unwrap();
    let r = read_response(&mut s);
    let used = cpu_time(pid) - before;
    eprintln!(
        "server CPU for a {} byte request: {used:?} ({:?} wall)",
        req.len(),
        t0.elapsed()
    );
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["size"], file.len());
    used
}

/// Regression: the server used to append each body chunk to a buffer and
/// parse the whole buffer again until the header was complete, so a 64 KiB
/// header in 1-byte chunks (about 390 KB on the wire) cost 36 s of server
/// CPU. The test compares how the cost grows rather than timing one
/// request, since a loaded CI machine once took 1.3 s of CPU for the
/// linear work (a debug build, 390,000 chunks): four times the header must
/// cost about four times the CPU (the quadratic parse cost sixteen), and
/// the big one stays far under the 36 s the quadratic parse took.
#[test]
fn a_header_sent_one_byte_per_chunk_costs_linear_work() {
    let dir = TempDir::new("parsing");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &["--body-timeout", "120"]);
    // Warm the server (first-request allocations, page cache) so neither
    // measured request pays for it.
    cpu_for_one_byte_chunks(&srv, &header_file(4 * 1024));
    // Each size three times, alternated, the least of each kept: the cost
    // per chunk includes handing it to the writing and hashing threads,
    // which a loaded machine's scheduling made 3 us in one run and 11 us
    // in the next (a single pair once gave 14x for linear work).
    let (mut small, mut big) = (Duration::MAX, Duration::MAX);
    for _ in 0..3 {
        small = small.min(cpu_for_one_byte_chunks(&srv, &header_file(16 * 1024)));
        big = big.min(cpu_for_one_byte_chunks(&srv, &header_file(64 * 1024)));
    }
    // Clock ticks are 10 ms: never divide by less than one.
    let ratio = big.as_secs_f64() / small.as_secs_f64().max(0.01);
    assert!(
        ratio < 9.0,
        "4x the header cost {ratio:.1}x the server CPU ({small:?} -> {big:?}): \
         the header parse is no longer linear"
    );
    assert!(
        big < Duration::from_secs(10),
        "the server spent {big:?} of CPU on a 64 KiB header in 1-byte chunks"
    );
}

/// With proof of work on, a streamed submission without a token is refused
/// (403) from its headers alone: the body (declared, never sent) is not
/// waited for, so a client without a token cannot make the server read,
/// parse or store anything.
#[test]
fn without_a_token_the_body_is_never_read() {
    let dir = TempDir::new("parsing-pow");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &["--pow-bits", "12", "--body-timeout", "60"]);
    for head in [
        "Content-Length: 1000000".to_owned(),
        "Transfer-Encoding: chunked".to_owned(),
    ] {
        let mut s = TcpStream::connect(srv.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        let t0 = Instant::now();
        write!(
            s,
            "POST /v1/submissions HTTP/1.1\r\nHost: {}\r\n{head}\r\n\r\n",
            srv.addr
        )
        .unwrap();
        let r = read_response(&mut s);
        assert_eq!(
            r.status,
            403,
            "{head}: {}",
            String::from_utf8_lossy(&r.body)
        );
        assert_eq!(r.json()["error"], "pow-required", "{head}");
        assert!(
            t0.elapsed() < Duration::from_secs(10),
            "{head}: the answer waited for the body"
        );
    }
    assert!(
        std::fs::read_dir(data.join("tmp"))
            .unwrap()
            .next()
            .is_none(),
        "nothing was written for a request without a token"
    );
}
