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

/// A valid age header just under the 64 KiB limit (one X25519 stanza and
/// ~2,900 grease stanzas, which the rules allow in any number), then a
/// little payload.
fn big_header_file() -> Vec<u8> {
    let mut f = b"age-encryption.org/v1\n".to_vec();
    let b64 = "A".repeat(43);
    f.extend_from_slice(format!("-> X25519 {b64}\n{b64}\n").as_bytes());
    while f.len() < 64 * 1024 - 100 {
        f.extend_from_slice(b"-> x-grease a b\nAAAA\n");
    }
    f.extend_from_slice(format!("--- {b64}\n").as_bytes());
    f.extend_from_slice(&[7u8; 1024]);
    f
}

/// Regression: the server used to append each body chunk to a buffer and
/// parse the whole buffer again until the header was complete, so this
/// request (about 390 KB on the wire: a 64 KiB header in 1-byte chunks)
/// cost 36 s of server CPU. Now it costs well under a second (a generous
/// bound: the work is a few milliseconds' worth even in a debug build).
#[test]
fn a_header_sent_one_byte_per_chunk_costs_linear_work() {
    let dir = TempDir::new("parsing");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &["--body-timeout", "120"]);
    let file = big_header_file();
    let mut req = format!(
        "POST /v1/submissions HTTP/1.1\r\nHost: {}\r\nTransfer-Encoding: chunked\r\n\r\n",
        srv.addr
    )
    .into_bytes();
    for b in &file {
        req.extend_from_slice(b"1\r\n");
        req.push(*b);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    assert!(req.len() > 390_000, "{}", req.len());

    let pid = srv.child.id();
    let before = cpu_time(pid);
    let t0 = Instant::now();
    let mut s = TcpStream::connect(srv.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    s.write_all(&req).unwrap();
    let r = read_response(&mut s);
    let used = cpu_time(pid) - before;
    eprintln!("server CPU for the request: {used:?}");
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["size"], file.len());
    assert!(
        used < Duration::from_secs(1),
        "the server spent {used:?} of CPU on one {} byte request ({:?} wall)",
        req.len(),
        t0.elapsed()
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
