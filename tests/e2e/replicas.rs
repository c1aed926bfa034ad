//! Stateless replicas (issue 21 item 3): two `serve` processes share one
//! PostgreSQL database and one Garage bucket, both started by the tests on
//! loopback. A tus upload's parts alternate between the replicas and the
//! report arrives intact; a part sent to one replica at an offset the
//! other already moved past is refused; a signed request used on one is a
//! replay on the other; a member removed through one replica is refused on
//! the other at once; a replica killed with SIGKILL halfway through a part
//! loses only that part, and the upload resumes on the other; no part
//! object outlives its upload; a proof-of-work challenge from one replica
//! is redeemed once on any, and its token spent across them.

use std::io::Write;
use std::net::TcpStream;

use dropbox_crypto::roster::{Policy, Roster};
use dropbox_e2e::garage::Garage;
use dropbox_e2e::homes::{arg, must};
use dropbox_e2e::pg::PgCluster;
use dropbox_e2e::{Server, TempDir, TestMember, as_member, first_roster, http, sign_roster, team};

use crate::uploads::{
    PART, age_file, fetch, sha256_hex, tus_create, tus_offset, tus_patch, upload_id,
};

const BUCKET: &str = "replicas";

/// One drop box on PostgreSQL and a bucket, served by two replicas (each
/// with its own directory for spooled parts).
struct Pair {
    garage: Garage,
    _pg: PgCluster,
    dir: TempDir,
    team: Vec<TestMember>,
    roster: Roster,
    flags: Vec<String>,
    /// Extra environment of every replica (a moved clock).
    clock: Vec<(String, String)>,
    a: Server,
    b: Server,
}

impl Pair {
    fn start(tag: &str) -> Pair {
        Self::start_with(tag, &[])
    }

    fn start_with(tag: &str, extra: &[&str]) -> Pair {
        Self::start_clock(tag, extra, Vec::new())
    }

    /// [`Pair::start_with`], every replica started with `clock` in its
    /// environment.
    fn start_clock(tag: &str, extra: &[&str], clock: Vec<(String, String)>) -> Pair {
        let garage = Garage::start();
        garage.create_bucket(BUCKET);
        let pg = PgCluster::start();
        let url = pg.create_db("team");
        let dir = TempDir::new(tag);
        let team = team();
        let roster = first_roster(&team, Policy::default());
        let chain = dir.join("roster.json");
        std::fs::write(&chain, sign_roster(&roster, &team).to_json()).unwrap();
        let blobs = format!("s3://{BUCKET}");
        let init = dropbox_e2e::command("dropbox-server")
            .args(["init", "--data", &arg(&dir.join("a"))])
            .args(["--roster", &arg(&chain)])
            .args(["--metadata", &url, "--blobs", &blobs])
            .envs(garage.env())
            .output()
            .unwrap();
        must(init, "init --metadata --blobs");
        let mut flags = vec!["--metadata".to_owned(), url, "--blobs".to_owned(), blobs];
        flags.extend(extra.iter().map(|s| s.to_string()));
        let a = Self::replica(&garage, &dir, "a", &flags, &clock);
        let b = Self::replica(&garage, &dir, "b", &flags, &clock);
        Pair {
            garage,
            _pg: pg,
            dir,
            team,
            roster,
            flags,
            clock,
            a,
            b,
        }
    }

    fn replica(
        garage: &Garage,
        dir: &TempDir,
        name: &str,
        flags: &[String],
        clock: &[(String, String)],
    ) -> Server {
        let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
        let mut env = garage.env();
        env.extend_from_slice(clock);
        Server::start_env(&dir.join(name), &flags, &env)
    }

    /// The bucket's keys.
    fn keys(&self) -> Vec<String> {
        let mut k: Vec<String> = self
            .garage
            .listing(BUCKET)
            .into_iter()
            .map(|o| o.key)
            .collect();
        k.sort();
        k
    }
}

/// Sends a PATCH's head and the first `sent` bytes of `part`, then stops
/// (the connection stays open: the server is mid-part).
fn start_patch(
    addr: std::net::SocketAddr,
    id: &str,
    offset: u64,
    part: &[u8],
    sent: usize,
) -> TcpStream {
    let mut s = TcpStream::connect(addr).unwrap();
    let head = format!(
        "PATCH /v1/uploads/{id} HTTP/1.1\r\nHost: {addr}\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: {offset}\r\nContent-Length: {}\r\n\r\n",
        part.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(&part[..sent]).unwrap();
    s.flush().unwrap();
    s
}

/// (1) Parts alternate between the replicas and the report arrives intact
/// through either; a stale offset is refused on the other replica; a
/// replay is refused across them; a removed member is refused on the
/// replica that did not take the new roster.
#[test]
fn two_replicas_share_uploads_nonces_and_the_roster() {
    let p = Pair::start("replicas");
    let (a, b) = (p.a.addr, p.b.addr);
    let data = age_file(
        &p.roster,
        &["alice", "bob", "carol"],
        "Across replicas",
        20 << 20,
    );
    assert!(data.len() > 2 * PART, "three parts");
    let id = upload_id(&tus_create(a, data.len() as u64, &[]));
    assert_eq!(tus_offset(b, &id), Some(0), "created on A, known on B");
    let r = tus_patch(a, &id, 0, &data[..PART]);
    assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(tus_offset(b, &id), Some(PART as u64));
    // A part for an offset A already moved past is refused on B.
    let stale = tus_patch(b, &id, 0, &data[..PART]);
    assert_eq!(
        stale.status,
        409,
        "{}",
        String::from_utf8_lossy(&stale.body)
    );
    let r = tus_patch(b, &id, PART as u64, &data[PART..2 * PART]);
    assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
    assert!(
        p.keys().iter().any(|k| k.starts_with("uploads/")),
        "parts are objects"
    );
    let last = tus_patch(a, &id, 2 * PART as u64, &data[2 * PART..]);
    assert_eq!(last.status, 204, "{}", String::from_utf8_lossy(&last.body));
    let sub = last.header("dropbox-submission-id").unwrap().to_owned();
    assert_eq!(
        last.header("dropbox-receipt"),
        Some(sha256_hex(&data).as_str())
    );
    assert_eq!(
        tus_offset(b, &id),
        None,
        "a finished upload is gone on both"
    );
    assert_eq!(
        fetch(b, &p.team[0], &sub),
        data,
        "intact through the other replica"
    );
    assert_eq!(fetch(a, &p.team[2], &sub), data);
    assert_eq!(
        p.keys(),
        vec![sub.clone()],
        "one object per report, no part left"
    );

    // A small report in 1 KiB parts, alternating: its header is checked
    // across parts taken by different replicas.
    let small = age_file(&p.roster, &["alice"], "In small parts", 0);
    let id = upload_id(&tus_create(b, small.len() as u64, &[]));
    let mut last = None;
    assert!(small.len() > 2 * 1024, "the header spans several parts");
    for (i, chunk) in small.chunks(1024).enumerate() {
        let to = if i % 2 == 0 { a } else { b };
        let r = tus_patch(to, &id, (i * 1024) as u64, chunk);
        assert_eq!(
            r.status,
            204,
            "part {i}: {}",
            String::from_utf8_lossy(&r.body)
        );
        last = Some(r);
    }
    let last = last.unwrap();
    let small_sub = last.header("dropbox-submission-id").unwrap().to_owned();
    assert_eq!(
        last.header("dropbox-receipt"),
        Some(sha256_hex(&small).as_str())
    );
    assert_eq!(fetch(a, &p.team[0], &small_sub), small);
    // Not age, in small parts: refused at the part that shows it, and the
    // upload is gone on both replicas.
    let mut junk = b"age-encryption.org/v1\n--- not-a-mac\n".to_vec();
    junk.resize(4000, b'x');
    let id = upload_id(&tus_create(a, junk.len() as u64, &[]));
    assert_eq!(
        tus_patch(b, &id, 0, &junk[..3]).status,
        204,
        "too short to judge"
    );
    let refused = tus_patch(a, &id, 3, &junk[3..200]);
    assert_eq!(
        refused.status,
        422,
        "{}",
        String::from_utf8_lossy(&refused.body)
    );
    assert_eq!(tus_offset(b, &id), None);
    let mut keys = vec![sub.clone(), small_sub];
    keys.sort();
    assert_eq!(p.keys(), keys, "the refused upload's parts are gone");

    // A signed request used on one replica is a replay on the other.
    let sent = crate::pgmeta::sign("GET", "/v1/inbox", &p.team[1]);
    assert_eq!(crate::pgmeta::send(&p.a, "GET", &sent).status, 200);
    let replay = crate::pgmeta::send(&p.b, "GET", &sent);
    assert_eq!(
        replay.status,
        401,
        "{}",
        String::from_utf8_lossy(&replay.body)
    );
    assert_eq!(replay.json()["error"], "sig-replay");

    // carol removed through A is refused on B at her next request, and B
    // serves the new roster to reporters.
    assert_eq!(
        as_member(b, &p.team[2], "GET", "/v1/inbox", None, b"").status,
        200
    );
    let mut next = p.roster.next();
    next.members.retain(|m| m.id.as_str() != "carol");
    let env = sign_roster(&next, &p.team);
    let r = as_member(a, &p.team[0], "PUT", "/v1/roster", None, &env.to_json());
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let refused = as_member(b, &p.team[2], "GET", "/v1/inbox", None, b"");
    assert_eq!(
        refused.status,
        401,
        "{}",
        String::from_utf8_lossy(&refused.body)
    );
    let chain = http(b, "GET", "/v1/roster", &[], b"").json();
    assert_eq!(chain.as_array().unwrap().len(), 2, "B serves roster #2");
    // A roster #2 offered again through B is one B already has.
    let again = as_member(b, &p.team[0], "PUT", "/v1/roster", None, &env.to_json());
    assert_eq!(
        again.status,
        422,
        "{}",
        String::from_utf8_lossy(&again.body)
    );
}

/// (2) A replica killed with SIGKILL in the middle of a part: the part is
/// never recorded, the other replica reports the offset before it, and
/// the upload resumes and finishes there; the killed replica's stray part
/// object goes with the upload.
#[test]
fn a_replica_killed_mid_part_and_the_upload_resumed_on_the_other() {
    let mut p = Pair::start("replicas-kill");
    let data = age_file(&p.roster, &["alice"], "Killed midway", 12 << 20);
    let (a, b) = (p.a.addr, p.b.addr);
    let id = upload_id(&tus_create(a, data.len() as u64, &[]));
    let r = tus_patch(a, &id, 0, &data[..PART]);
    assert_eq!(r.status, 204);
    let half = (data.len() - PART) / 2;
    let conn = start_patch(a, &id, PART as u64, &data[PART..], half);
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.a.kill9();
    drop(conn);
    assert_eq!(
        tus_offset(b, &id),
        Some(PART as u64),
        "the cut part was never recorded"
    );
    let r = tus_patch(b, &id, PART as u64, &data[PART..]);
    assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
    let sub = r.header("dropbox-submission-id").unwrap().to_owned();
    assert_eq!(
        r.header("dropbox-receipt"),
        Some(sha256_hex(&data).as_str())
    );
    assert_eq!(fetch(b, &p.team[0], &sub), data);
    assert_eq!(
        p.keys(),
        vec![sub.clone()],
        "no part object outlives the upload"
    );
    // A replica started again on the same store serves the report too.
    p.a = Pair::replica(&p.garage, &p.dir, "a", &p.flags, &p.clock);
    assert_eq!(fetch(p.a.addr, &p.team[0], &sub), data);
}

/// (3) Proof of work across replicas: a challenge made by A is redeemed
/// on B, and only once (not again on A); the token's uploads are spent
/// on either replica, and counted together.
#[test]
fn a_proof_of_work_token_is_good_once_across_replicas() {
    let p = Pair::start_with("replicas-pow", &["--pow-bits", "8"]);
    let (a, b) = (p.a.addr, p.b.addr);
    let no_token = tus_create(b, 1000, &[]);
    assert_eq!(
        no_token.status,
        403,
        "{}",
        String::from_utf8_lossy(&no_token.body)
    );
    let challenge = http(a, "GET", "/v1/pow", &[], b"").json()["challenge"]
        .as_str()
        .unwrap()
        .to_owned();
    let nonce = dropbox_crypto::pow::solve(&challenge, 8);
    let solution = serde_json::json!({ "challenge": challenge, "nonce": nonce }).to_string();
    let json = [("Content-Type", "application/json")];
    let got = http(b, "POST", "/v1/pow", &json, solution.as_bytes());
    assert_eq!(got.status, 200, "{}", String::from_utf8_lossy(&got.body));
    let token = got.json()["token"].as_str().unwrap().to_owned();
    let again = http(a, "POST", "/v1/pow", &json, solution.as_bytes());
    assert_eq!(again.status, 403, "redeemed once across replicas");
    let with = [("Dropbox-Upload-Token", token.as_str())];
    assert_eq!(tus_create(a, 1000, &with).status, 201);
    assert_eq!(tus_create(b, 1000, &with).status, 201);
    assert_eq!(tus_create(a, 1000, &with).status, 201);
    let spent = tus_create(b, 1000, &with);
    assert_eq!(
        spent.status, 403,
        "three uploads per token, across replicas"
    );
}

/// (4) Uploads that stop, across replicas (issue 21 review): an upload
/// that received nothing goes after the start time whichever replica
/// watches it, as on one server (not a day later); one whose first part
/// is arriving slowly on a replica stays, and completes; an upload takes
/// at most 256 parts under 1 MiB that do not end it (each is an object to
/// store and fetch back), and then its rest in one part.
#[test]
fn stalled_uploads_go_after_the_start_time_but_a_slow_first_part_stays_and_tiny_parts_are_capped() {
    let p = Pair::start_with("replicas-idle", &["--upload-start-timeout", "2"]);
    let (a, b) = (p.a.addr, p.b.addr);
    let wait_gone = |id: &str| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while tus_offset(b, id).is_some() {
            assert!(
                std::time::Instant::now() < deadline,
                "a bodiless upload was not dropped within 30 s"
            );
            std::thread::sleep(std::time::Duration::from_millis(250));
        }
    };

    let report = age_file(&p.roster, &["alice"], "Arriving slowly", 0);
    let bodiless = upload_id(&tus_create(a, 1000, &[]));
    let slow = upload_id(&tus_create(a, report.len() as u64, &[]));
    // Half of the first part, then nothing for longer than the start
    // time (the body timeout is 30 s).
    let mut conn = start_patch(a, &slow, 0, &report, report.len() / 2);
    wait_gone(&bodiless);
    std::thread::sleep(std::time::Duration::from_secs(4));
    assert_eq!(
        tus_offset(b, &slow),
        Some(0),
        "an upload whose first part is arriving is not a bodiless one"
    );
    conn.write_all(&report[report.len() / 2..]).unwrap();
    let mut answer = String::new();
    std::io::Read::read_to_string(&mut conn, &mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 204"), "{answer}");
    assert!(
        answer.to_ascii_lowercase().contains("dropbox-receipt"),
        "{answer}"
    );

    // One-byte parts, alternating replicas: the 257th is refused and the
    // rest goes in one part.
    let tiny = age_file(&p.roster, &["alice"], &"In tiny parts. ".repeat(40), 0);
    assert!(tiny.len() > 300);
    let id = upload_id(&tus_create(b, tiny.len() as u64, &[]));
    for i in 0..256usize {
        let to = if i % 2 == 0 { a } else { b };
        let r = tus_patch(to, &id, i as u64, &tiny[i..i + 1]);
        assert_eq!(
            r.status,
            204,
            "part {i}: {}",
            String::from_utf8_lossy(&r.body)
        );
    }
    let refused = tus_patch(a, &id, 256, &tiny[256..257]);
    assert_eq!(
        refused.status,
        413,
        "{}",
        String::from_utf8_lossy(&refused.body)
    );
    assert_eq!(
        tus_offset(b, &id),
        Some(256),
        "the refused part is not kept"
    );
    let rest = tus_patch(b, &id, 256, &tiny[256..]);
    assert_eq!(rest.status, 204, "{}", String::from_utf8_lossy(&rest.body));
    let sub = rest.header("dropbox-submission-id").unwrap().to_owned();
    assert_eq!(fetch(a, &p.team[0], &sub), tiny);
}

/// (5) The daily digest goes once a day across replicas and restarts: the
/// day is claimed in PostgreSQL before the command runs, so two replicas
/// (each leading a round) and a replica restarted the same hour send it
/// once between them.
#[test]
fn the_daily_digest_goes_once_across_replicas_and_a_restart() {
    // The digest is due only within its hour, which must not end before
    // the first one went (the servers' clock is moved when it would).
    let (hour, clock) = dropbox_e2e::digest_hour();
    let out = TempDir::new("replicas-digest");
    let sent = out.join("sent");
    let command = format!("cat >/dev/null; echo sent >> '{}'", sent.display());
    let mut p = Pair::start_clock(
        "replicas-digest",
        &[
            "--notify-command",
            &command,
            "--notify-hour",
            &hour,
            "--notify-daily",
        ],
        clock,
    );
    let lines = || {
        std::fs::read_to_string(&sent)
            .map(|s| s.lines().count())
            .unwrap_or(0)
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while lines() == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "no digest within 30 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    // Both replicas have run a round by now (each runs one at start);
    // one restarted runs another.
    std::thread::sleep(std::time::Duration::from_secs(3));
    p.a.kill9();
    p.a = Pair::replica(&p.garage, &p.dir, "a", &p.flags, &p.clock);
    std::thread::sleep(std::time::Duration::from_secs(5));
    assert_eq!(lines(), 1, "the digest went once");
}
