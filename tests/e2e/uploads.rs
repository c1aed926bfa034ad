//! tus 1.0 resumable uploads and streamed submissions against the real
//! server: a ~20 MiB upload in 8 MiB parts; a connection dropped halfway
//! through a part, resumed from the offset HEAD reports, completed with the
//! right receipt and fetched back byte for byte; a wrong offset (409); the
//! policy's size limit (413 at creation, on a streamed POST, with partial
//! data removed); non-age data refused (422, removed); and a full disk
//! refused with 503 and `Retry-After` rather than accepted.
//!
//! The helpers here (age files, a tus client, a client that tolerates a dead
//! server) are shared by the other files of this group.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

use dropbox_crypto::bundle::{self, AttachmentMeta, Header, Kind};
use dropbox_crypto::envelope::{self, Slot};
use dropbox_crypto::roster::{Policy, Roster};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{MemberId, Sha256Digest};
use dropbox_e2e::{
    Response, Server, TempDir, TestMember, as_member, first_roster, http, init_data, team,
};

/// The tus protocol header every tus request carries.
pub const TUS: (&str, &str) = ("Tus-Resumable", "1.0.0");
/// The largest tus part the server takes.
pub const PART: usize = 8 << 20;

/// An age file for `roster`, encrypted to the members `to` (decoys for the
/// others, as the page does): a report bundle whose title and body are
/// `text`, with one attachment of `attachment` bytes made of `text`
/// repeated (none when 0).
pub fn age_file(roster: &Roster, to: &[&str], text: &str, attachment: usize) -> Vec<u8> {
    age_file_and_plaintext(roster, to, text, attachment).0
}

/// [`age_file`] and the bundle it encrypts.
pub fn age_file_and_plaintext(
    roster: &Roster,
    to: &[&str],
    text: &str,
    attachment: usize,
) -> (Vec<u8>, Vec<u8>) {
    let ids: Vec<MemberId> = to.iter().map(|s| s.parse().unwrap()).collect();
    let mut h = Header::new(Kind::Report, UnixTime::now().day(), roster.seq, ids.clone());
    h.title = Some(text.into());
    h.body = Some(text.into());
    let mut att = Vec::with_capacity(attachment);
    while att.len() < attachment {
        att.extend_from_slice(text.as_bytes());
        att.push(b'\n');
    }
    att.truncate(attachment);
    let plain = if attachment > 0 {
        h.attachments.push(AttachmentMeta::new(
            "evidence.bin",
            "application/octet-stream",
            attachment as u64,
        ));
        bundle::encode_to_vec(h, &[&att]).unwrap()
    } else {
        bundle::encode_to_vec(h, &[]).unwrap()
    };
    let slots = envelope::submission_slots(roster, &ids, None).unwrap();
    (envelope::encrypt_vec(slots, &plain).unwrap(), plain)
}

/// The receipt the server must give for `data`.
pub fn sha256_hex(data: &[u8]) -> String {
    Sha256Digest::of(data).to_string()
}

/// The names of the files in the data directory's `tmp/`.
pub fn tmp_files(data: &Path) -> Vec<String> {
    std::fs::read_dir(data.join("tmp"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// Asserts a 4xx/5xx body is the server's JSON error object.
pub fn assert_json_error(r: &Response, status: u16, what: &str) {
    assert_eq!(
        r.status,
        status,
        "{what}: {}",
        String::from_utf8_lossy(&r.body)
    );
    let v = r.json();
    assert!(
        v["error"].is_string() && v["message"].is_string(),
        "{what}: not a JSON error object: {v}"
    );
}

/// Every item of `m`'s inbox, following the cursor.
pub fn inbox_all(addr: SocketAddr, m: &TestMember) -> Vec<serde_json::Value> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..100 {
        let q = cursor.as_ref().map(|c| format!("cursor={c}"));
        let r = as_member(addr, m, "GET", "/v1/inbox", q.as_deref(), b"");
        assert_eq!(r.status, 200, "inbox: {}", String::from_utf8_lossy(&r.body));
        let v = r.json();
        items.extend(v["items"].as_array().unwrap().iter().cloned());
        match v["cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => return items,
        }
    }
    panic!("the inbox cursor never ended");
}

/// Fetches a submission's bytes as `m`.
pub fn fetch(addr: SocketAddr, m: &TestMember, id: &str) -> Vec<u8> {
    let r = as_member(addr, m, "GET", &format!("/v1/submissions/{id}"), None, b"");
    assert_eq!(
        r.status,
        200,
        "fetch {id}: {}",
        String::from_utf8_lossy(&r.body)
    );
    r.body
}

/// `POST /v1/uploads` for `length` bytes.
pub fn tus_create(addr: SocketAddr, length: u64, extra: &[(&str, &str)]) -> Response {
    let len = length.to_string();
    let mut h = vec![TUS, ("Upload-Length", len.as_str())];
    h.extend_from_slice(extra);
    http(addr, "POST", "/v1/uploads", &h, b"")
}

/// The upload id from a creation response's `Location`.
pub fn upload_id(created: &Response) -> String {
    assert_eq!(
        created.status,
        201,
        "create: {}",
        String::from_utf8_lossy(&created.body)
    );
    assert_eq!(created.header("tus-resumable"), Some("1.0.0"));
    created
        .header("location")
        .and_then(|l| l.strip_prefix("/v1/uploads/"))
        .unwrap_or_else(|| panic!("no upload Location: {created:?}"))
        .to_owned()
}

/// One `PATCH` of `part` at `offset`.
pub fn tus_patch(addr: SocketAddr, id: &str, offset: u64, part: &[u8]) -> Response {
    let off = offset.to_string();
    http(
        addr,
        "PATCH",
        &format!("/v1/uploads/{id}"),
        &[
            TUS,
            ("Content-Type", "application/offset+octet-stream"),
            ("Upload-Offset", &off),
        ],
        part,
    )
}

/// The offset `HEAD` reports, or `None` if the upload is unknown (404).
pub fn tus_offset(addr: SocketAddr, id: &str) -> Option<u64> {
    let r = http(addr, "HEAD", &format!("/v1/uploads/{id}"), &[TUS], b"");
    match r.status {
        404 => None,
        200 => Some(r.header("upload-offset").unwrap().parse().unwrap()),
        s => panic!("HEAD answered {s}: {r:?}"),
    }
}

/// Uploads `data` from `offset` in parts of at most 8 MiB; returns the final
/// PATCH's response (204 with the submission id and receipt).
pub fn tus_send_rest(addr: SocketAddr, id: &str, data: &[u8], mut offset: usize) -> Response {
    loop {
        let end = (offset + PART).min(data.len());
        let r = tus_patch(addr, id, offset as u64, &data[offset..end]);
        assert_eq!(
            r.status,
            204,
            "PATCH at {offset}: {}",
            String::from_utf8_lossy(&r.body)
        );
        assert_eq!(
            r.header("upload-offset"),
            Some(end.to_string().as_str()),
            "Upload-Offset after a part"
        );
        if end == data.len() {
            return r;
        }
        assert!(
            r.header("dropbox-submission-id").is_none(),
            "a submission id before the last part"
        );
        offset = end;
    }
}

/// A whole tus upload of `data`; returns (submission id, receipt).
pub fn tus_upload(addr: SocketAddr, data: &[u8], extra: &[(&str, &str)]) -> (String, String) {
    let id = upload_id(&tus_create(addr, data.len() as u64, extra));
    let r = tus_send_rest(addr, &id, data, 0);
    (
        r.header("dropbox-submission-id").unwrap().to_owned(),
        r.header("dropbox-receipt").unwrap().to_owned(),
    )
}

/// A streamed `POST /v1/submissions`; returns (id, receipt) from the 201.
pub fn post_submission(addr: SocketAddr, data: &[u8], extra: &[(&str, &str)]) -> (String, String) {
    let r = http(addr, "POST", "/v1/submissions", extra, data);
    assert_eq!(r.status, 201, "POST: {}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    (
        v["id"].as_str().unwrap().to_owned(),
        v["receipt"].as_str().unwrap().to_owned(),
    )
}

/// Parses a raw HTTP/1.1 response (None if there is no complete head).
pub fn parse_response(raw: &[u8]) -> Option<Response> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"))
    {
        let mut out = Vec::new();
        let mut b = &body[..];
        while let Some(nl) = b.windows(2).position(|w| w == b"\r\n") {
            let size = usize::from_str_radix(String::from_utf8_lossy(&b[..nl]).trim(), 16).ok()?;
            if size == 0 || b.len() < nl + 2 + size {
                break;
            }
            out.extend_from_slice(&b[nl + 2..nl + 2 + size]);
            b = &b[(nl + 4 + size).min(b.len())..];
        }
        body = out;
    }
    Some(Response {
        status,
        headers,
        body,
    })
}

/// Sends a raw request (`head` is everything up to and including the blank
/// line) and reads the answer; `None` if the server could not be reached or
/// closed without a response. Never panics on a dead server.
pub fn raw_request(
    addr: SocketAddr,
    head: &str,
    body: &[u8],
    timeout: Duration,
) -> Option<Response> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).ok()?;
    s.set_read_timeout(Some(timeout)).ok()?;
    s.set_write_timeout(Some(timeout)).ok()?;
    if s.write_all(head.as_bytes()).is_err() {
        return None;
    }
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    parse_response(&raw)
}

/// A `POST /v1/submissions` of `data` that tolerates a dead server.
pub fn try_post(addr: SocketAddr, data: &[u8]) -> Option<Response> {
    let head = format!(
        "POST /v1/submissions HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\n\r\n",
        data.len()
    );
    raw_request(addr, &head, data, Duration::from_secs(30))
}

fn start(policy: Policy, extra: &[&str]) -> (TempDir, Vec<TestMember>, Roster, Server) {
    let dir = TempDir::new("uploads");
    let t = team();
    let roster = first_roster(&t, policy);
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, extra);
    (dir, t, roster, srv)
}

/// (a) A ~20 MiB age file in three parts: HEAD tracks the offset, only the
/// last part names the submission, the receipt is the ciphertext's sha256,
/// the upload is gone afterwards and the reviewer fetches the same bytes.
#[test]
fn a_twenty_mib_upload_in_eight_mib_parts() {
    let (_dir, t, roster, srv) = start(Policy::default(), &[]);
    let data = age_file(&roster, &["alice", "carol"], "twenty mebibytes", 19 << 20);
    assert!(data.len() > 2 * PART, "three parts: {}", data.len());
    let opts = http(srv.addr, "OPTIONS", "/v1/uploads", &[TUS], b"");
    assert_eq!(opts.status, 204);
    assert_eq!(opts.header("tus-version"), Some("1.0.0"));
    assert!(opts.header("tus-extension").unwrap().contains("creation"));

    let id = upload_id(&tus_create(srv.addr, data.len() as u64, &[]));
    assert_eq!(tus_offset(srv.addr, &id), Some(0));
    let r = tus_patch(srv.addr, &id, 0, &data[..PART]);
    assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
    assert!(r.header("dropbox-submission-id").is_none());
    assert_eq!(tus_offset(srv.addr, &id), Some(PART as u64));
    // A part over 8 MiB is refused.
    let r = tus_patch(srv.addr, &id, PART as u64, &data[PART..2 * PART + 1]);
    assert_json_error(&r, 413, "a part over 8 MiB");
    let now = tus_offset(srv.addr, &id).unwrap() as usize;
    let r = tus_send_rest(srv.addr, &id, &data, now);
    let receipt = r.header("dropbox-receipt").unwrap();
    assert_eq!(receipt, sha256_hex(&data));
    let sub = r.header("dropbox-submission-id").unwrap().to_owned();
    assert_eq!(sub.len(), 32);
    assert_ne!(sub, id, "the submission id is not the upload id");
    assert_eq!(tus_offset(srv.addr, &id), None, "a finished upload is gone");
    assert!(
        tmp_files(&srv.data).is_empty(),
        "{:?}",
        tmp_files(&srv.data)
    );

    let items = inbox_all(srv.addr, &t[0]);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], sub.as_str());
    assert_eq!(items[0]["receipt"], receipt);
    assert_eq!(items[0]["size"], data.len() as u64);
    assert!(fetch(srv.addr, &t[2], &sub) == data, "fetched bytes differ");
}

/// (b) The connection drops halfway through a PATCH (full Content-Length
/// declared, half the part sent): HEAD then reports exactly what arrived, a
/// PATCH at the stale offset is refused, and resuming from HEAD's offset
/// completes with the right receipt and identical bytes.
#[test]
fn a_dropped_connection_resumes_from_the_reported_offset() {
    let (_dir, t, roster, srv) = start(Policy::default(), &[]);
    let data = age_file(&roster, &["bob"], "dropped halfway", 13 << 20);
    assert!(data.len() > PART + (1 << 20));
    let hash = "ab".repeat(32);
    let created = tus_create(
        srv.addr,
        data.len() as u64,
        &[("Dropbox-Delete-Hash", &hash)],
    );
    let id = upload_id(&created);
    let r = tus_patch(srv.addr, &id, 0, &data[..PART]);
    assert_eq!(r.status, 204);

    // The second part: declare all of it, send a little over half, hang up.
    let part = &data[PART..(2 * PART).min(data.len())];
    let sent = part.len() / 2 + 12_345;
    let mut s = TcpStream::connect(srv.addr).unwrap();
    let head = format!(
        "PATCH /v1/uploads/{id} HTTP/1.1\r\nHost: {}\r\nTus-Resumable: 1.0.0\r\n\
         Content-Type: application/offset+octet-stream\r\nUpload-Offset: {PART}\r\n\
         Content-Length: {}\r\n\r\n",
        srv.addr,
        part.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(&part[..sent]).unwrap();
    s.flush().unwrap();
    drop(s);

    // The server notices the hang-up shortly; the offset must then be
    // exactly what arrived (never what was merely declared).
    let expected = (PART + sent) as u64;
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut seen = HashSet::new();
    loop {
        let off = tus_offset(srv.addr, &id).expect("the upload survives a dropped part");
        seen.insert(off);
        if off == expected {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "HEAD never reported {expected}; saw {seen:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        seen.iter().all(|&o| o == PART as u64 || o == expected),
        "{seen:?}"
    );
    // The stale offset conflicts.
    let r = tus_patch(srv.addr, &id, PART as u64, part);
    assert_json_error(&r, 409, "PATCH at the stale offset");
    assert_eq!(tus_offset(srv.addr, &id), Some(expected));

    let r = tus_send_rest(srv.addr, &id, &data, expected as usize);
    let sub = r.header("dropbox-submission-id").unwrap().to_owned();
    assert_eq!(
        r.header("dropbox-receipt"),
        Some(sha256_hex(&data).as_str())
    );
    let items = inbox_all(srv.addr, &t[0]);
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["id"], sub.as_str());
    assert_eq!(items[0]["deletable"], true, "the delete hash was kept");
    assert!(
        fetch(srv.addr, &t[1], &sub) == data,
        "the resumed upload's bytes differ"
    );
    assert!(tmp_files(&srv.data).is_empty());
}

/// (c) Offsets must match: behind or ahead is 409 and changes nothing.
#[test]
fn a_wrong_offset_is_a_conflict() {
    let (_dir, _t, roster, srv) = start(Policy::default(), &[]);
    let data = age_file(&roster, &["alice"], "offsets", 0);
    let id = upload_id(&tus_create(srv.addr, data.len() as u64, &[]));
    let r = tus_patch(srv.addr, &id, 5, &data[5..100]);
    assert_json_error(&r, 409, "an offset ahead");
    assert_eq!(tus_offset(srv.addr, &id), Some(0));
    let r = tus_patch(srv.addr, &id, 0, &data[..1000]);
    assert_eq!(r.status, 204);
    let r = tus_patch(srv.addr, &id, 0, &data[..1000]);
    assert_json_error(&r, 409, "an offset behind (a replayed part)");
    let r = tus_patch(srv.addr, &id, 999, &data[999..]);
    assert_json_error(&r, 409, "an overlapping offset");
    assert_eq!(tus_offset(srv.addr, &id), Some(1000));
    // Not the tus content type: refused, nothing written.
    let r = http(
        srv.addr,
        "PATCH",
        &format!("/v1/uploads/{id}"),
        &[
            TUS,
            ("Upload-Offset", "1000"),
            ("Content-Type", "text/plain"),
        ],
        &data[1000..],
    );
    assert_json_error(&r, 415, "a PATCH without the tus content type");
    assert_eq!(tus_offset(srv.addr, &id), Some(1000));
    let r = tus_send_rest(srv.addr, &id, &data, 1000);
    assert_eq!(
        r.header("dropbox-receipt"),
        Some(sha256_hex(&data).as_str())
    );
}

/// (c) The roster's `max_submission_bytes` holds: 413 when creating a larger
/// upload, for a POST declaring more, and for a streamed (chunked) POST that
/// runs past it, whose partial file is removed; a smaller file is taken.
#[test]
fn the_policy_size_limit_is_413_and_leaves_nothing() {
    let max: u64 = 256 << 10;
    let policy = Policy {
        max_submission_bytes: max,
        ..Policy::default()
    };
    let (_dir, t, roster, srv) = start(policy, &[]);
    let r = tus_create(srv.addr, max + 1, &[]);
    assert_json_error(&r, 413, "an upload over the limit");
    let ok = tus_create(srv.addr, max, &[]);
    let ok_id = upload_id(&ok);
    assert_eq!(tus_offset(srv.addr, &ok_id), Some(0));
    let r = http(
        srv.addr,
        "DELETE",
        &format!("/v1/uploads/{ok_id}"),
        &[TUS],
        b"",
    );
    assert_eq!(r.status, 204);

    let big = age_file(&roster, &["alice"], "too big", 400 << 10);
    assert!(big.len() as u64 > max);
    // Declared too large: refused from the head alone.
    let head = format!(
        "POST /v1/submissions HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n\r\n",
        srv.addr,
        big.len()
    );
    let r = raw_request(srv.addr, &head, b"", Duration::from_secs(20)).expect("a response");
    assert_json_error(&r, 413, "a POST declaring too much");
    // Streamed without a length: refused when it passes the limit.
    let mut body = Vec::new();
    for c in big.chunks(32 << 10) {
        body.extend_from_slice(format!("{:x}\r\n", c.len()).as_bytes());
        body.extend_from_slice(c);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(b"0\r\n\r\n");
    let head = format!(
        "POST /v1/submissions HTTP/1.1\r\nHost: {}\r\nTransfer-Encoding: chunked\r\n\r\n",
        srv.addr
    );
    let r = raw_request(srv.addr, &head, &body, Duration::from_secs(20)).expect("a response");
    assert_json_error(&r, 413, "a chunked POST past the limit");
    assert!(
        tmp_files(&srv.data).is_empty(),
        "partial data left: {:?}",
        tmp_files(&srv.data)
    );
    // A tus upload cannot grow past its declared length either.
    let small = age_file(&roster, &["alice"], "fits", 0);
    assert!((small.len() as u64) < max);
    let id = upload_id(&tus_create(srv.addr, small.len() as u64 - 1, &[]));
    let r = tus_patch(srv.addr, &id, 0, &small);
    assert_json_error(&r, 413, "a part past Upload-Length");
    // Within the limit, both ways work.
    post_submission(srv.addr, &small, &[]);
    tus_upload(srv.addr, &small, &[]);
    assert_eq!(inbox_all(srv.addr, &t[0]).len(), 2);
    assert_eq!(
        std::fs::read_dir(srv.data.join("blobs")).unwrap().count(),
        2
    );
}

/// (d) Data that is not a binary age file for this roster is refused with
/// 422 and removed: random bytes and an armored file (by tus and by POST),
/// and a header with more X25519 stanzas than members + 2; members + 2 is
/// accepted.
#[test]
fn non_age_uploads_are_422_and_removed() {
    let (_dir, t, roster, srv) = start(Policy::default(), &[]);
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let random: Vec<u8> = (0..100_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let mut armored = b"-----BEGIN AGE ENCRYPTED FILE-----\n".to_vec();
    armored.extend(std::iter::repeat_n(b'A', 64 * 1024));
    armored.extend_from_slice(b"\n-----END AGE ENCRYPTED FILE-----\n");
    let alice = roster.members[0].age.clone();
    let too_many: Vec<Slot> = std::iter::once(Slot::Real(alice.clone()))
        .chain(std::iter::repeat_n(Slot::Decoy, roster.members.len() + 2))
        .collect();
    let too_many = envelope::encrypt_vec(too_many, &[0u8; 70_000]).unwrap();
    for (what, bad) in [
        ("random bytes", &random),
        ("an armored file", &armored),
        ("members + 3 recipients", &too_many),
    ] {
        let id = upload_id(&tus_create(srv.addr, bad.len() as u64, &[]));
        let r = tus_patch(srv.addr, &id, 0, bad);
        assert_json_error(&r, 422, &format!("tus: {what}"));
        assert_eq!(
            tus_offset(srv.addr, &id),
            None,
            "{what}: the upload is dropped"
        );
        let r = http(srv.addr, "POST", "/v1/submissions", &[], bad);
        assert_json_error(&r, 422, &format!("POST: {what}"));
        assert!(
            tmp_files(&srv.data).is_empty(),
            "{what}: data left {:?}",
            tmp_files(&srv.data)
        );
    }
    assert!(inbox_all(srv.addr, &t[0]).is_empty());
    assert_eq!(
        std::fs::read_dir(srv.data.join("blobs")).unwrap().count(),
        0
    );
    // members + 2 stanzas (one real, the rest decoys) is a valid envelope.
    let most: Vec<Slot> = std::iter::once(Slot::Real(alice))
        .chain(std::iter::repeat_n(Slot::Decoy, roster.members.len() + 1))
        .collect();
    let most = envelope::encrypt_vec(most, &[0u8; 70_000]).unwrap();
    post_submission(srv.addr, &most, &[]);
    tus_upload(srv.addr, &most, &[]);
    assert_eq!(inbox_all(srv.addr, &t[0]).len(), 2);
}

/// (e) When free disk minus the reserve cannot hold an upload, creation and
/// a streamed POST are refused with 503 and `Retry-After`, keeping nothing.
#[test]
fn no_disk_to_spare_is_503_with_retry_after() {
    // 100 TiB in reserve: more than any test machine's free space.
    let (_dir, t, roster, srv) = start(Policy::default(), &["--reserve-mib", "100000000"]);
    let data = age_file(&roster, &["alice"], "no room", 0);
    let r = tus_create(srv.addr, data.len() as u64, &[]);
    assert_json_error(&r, 503, "tus creation on a full disk");
    let after: u64 = r
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!(after > 0);
    let r = http(srv.addr, "POST", "/v1/submissions", &[], &data);
    assert_json_error(&r, 503, "POST on a full disk");
    assert!(r.header("retry-after").is_some());
    assert!(tmp_files(&srv.data).is_empty());
    assert!(inbox_all(srv.addr, &t[0]).is_empty());
}
