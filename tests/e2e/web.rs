//! The browser page (web/, issue #5). `.ci/web.sh` (once per test
//! process) installs what a fresh machine lacks (Node.js, npm, Debian's
//! Chromium and Firefox ESR), installs the locked npm packages and checks that web/dist is what web/src builds to; then the
//! page's crypto runs against the shared vectors under `node --test`; then
//! headless Chromium, driven by playwright-core, sends a report through the
//! page served by the real server: one member left out, a codename, three
//! attachments (10 MiB, so two tus parts; a text file; a JPEG whose GPS
//! EXIF the page removes) and a connection dropped and resumed. The report
//! is fetched as a member, decrypted with the library and checked byte for
//! byte. Then a member's signed reply and a forged one are posted to the
//! codename's mailbox; in a fresh browser the page's "check replies" view
//! shows the genuine one "from" its member and flags the forgery, and sends
//! a follow-up, which a member decrypts and verifies with the library.
//!
//! Firefox ESR, driven by puppeteer-core over WebDriver BiDi with Tor
//! Browser's "Safer" security-level prefs (no JIT, no wasm, no asm.js) and
//! its own background traffic off, with Arabic as its language (the page
//! must come up in Arabic, right to left), sends a report with a codename
//! through the same page (`test/e2e/firefox-safer.mjs`). The JIT being off is
//! checked in the page and in a Web Worker against the same Firefox with
//! the JIT on; the page left nothing in localStorage, sessionStorage,
//! IndexedDB, CacheStorage, cookies or the profile's storage for the
//! origin. A member decrypts the report with the library and checks it
//! byte for byte; the codename the page showed opens the report and its
//! mailbox (a member's reply, read with the codename's mailbox key,
//! decrypts and verifies).
//!
//! Accessibility, languages and phones (issue 19, `test/e2e/a11y.mjs`):
//! axe-core on every view and state in English and Arabic, the whole flow
//! by keyboard alone, focus and live regions, no sideways scroll at
//! 360x740, and screenshots compared with the ones kept in the repository.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use dropbox_crypto::agehdr;
use dropbox_crypto::bundle::{self, Header, Kind, Via};
use dropbox_crypto::codename::{Codename, CodenameKeys};
use dropbox_crypto::envelope::{self, EnvelopeError};
use dropbox_crypto::keys::SignSecretKey;
use dropbox_crypto::messages;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{Sha256Digest, TeamFingerprint};
use dropbox_e2e::{Server, TempDir, TestMember, as_member, first_roster, init_data, team};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

fn ok(what: &str, out: &Output) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A deterministic, incompressible-looking attachment.
fn pseudo_random(len: usize, seed: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let mut block = Sha256Digest::of(&[seed]).0;
    while out.len() < len {
        out.extend_from_slice(&block);
        block = Sha256Digest::of(&block).0;
    }
    out.truncate(len);
    out
}

fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut v = vec![0xff, marker];
    v.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    v.extend_from_slice(payload);
    v
}

/// A minimal JPEG whose EXIF block has a GPS IFD, and the same JPEG as the
/// page must send it: without the EXIF, every other byte unchanged.
fn jpeg_with_gps() -> (Vec<u8>, Vec<u8>) {
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend_from_slice(&[
        0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x25, 0x88, 4, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0,
        0,
    ]);
    exif.extend_from_slice(b"GPS 52.5200 N 13.4050 E");
    let parts_kept: Vec<Vec<u8>> = vec![
        segment(0xe0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"),
        segment(0xdb, &[1; 65]),
        segment(0xc0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
        segment(0xda, &[1, 1, 0, 0, 63, 0]),
        vec![0x12, 0xff, 0x00, 0x34, 0xff, 0xd9],
    ];
    let mut file = vec![0xff, 0xd8];
    let mut stripped = vec![0xff, 0xd8];
    file.extend_from_slice(&parts_kept[0]);
    file.extend_from_slice(&segment(0xe1, &exif));
    stripped.extend_from_slice(&parts_kept[0]);
    for p in &parts_kept[1..] {
        file.extend_from_slice(p);
        stripped.extend_from_slice(p);
    }
    (file, stripped)
}

/// Runs `bash .ci/web.sh` once per test process (both browser tests need
/// it, and two at once would rebuild web/dist over each other); returns
/// the web/ directory.
pub(crate) fn web_ready() -> PathBuf {
    static READY: OnceLock<Result<(), String>> = OnceLock::new();
    let root = repo();
    let done = READY.get_or_init(|| {
        let out = Command::new("bash")
            .arg(".ci/web.sh")
            .current_dir(&root)
            .output()
            .expect("run bash .ci/web.sh");
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "bash .ci/web.sh failed ({}):\n{}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    });
    if let Err(e) = done {
        panic!("{e}");
    }
    root.join("web")
}

/// Runs a browser script of web/test/e2e/ with a spec in the file named by
/// `var`; returns its JSON result.
fn run_script(
    web: &Path,
    dir: &TempDir,
    script: &str,
    var: &str,
    name: &str,
    spec: serde_json::Value,
    srv: &Server,
) -> serde_json::Value {
    let result_path = dir.join(&format!("{name}-result.json"));
    let mut spec = spec;
    spec["output"] = serde_json::json!(result_path);
    let spec_path = dir.join(&format!("{name}-spec.json"));
    std::fs::write(&spec_path, serde_json::to_vec(&spec).unwrap()).unwrap();
    let out = Command::new("node")
        .arg(format!("test/e2e/{script}"))
        .env(var, &spec_path)
        .current_dir(web)
        .output()
        .unwrap_or_else(|e| panic!("run node test/e2e/{script}: {e}"));
    let result: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&result_path).unwrap_or_else(|_| {
            panic!(
                "the browser script wrote no result: {}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        }))
        .unwrap();
    assert!(
        out.status.success() && result["error"].is_null(),
        "the page failed ({name}): {result:#}\n{}",
        srv.log_text()
    );
    result
}

/// Runs send-report.mjs (Chromium) with a spec.
pub(crate) fn run_page(
    web: &Path,
    dir: &TempDir,
    name: &str,
    spec: serde_json::Value,
    srv: &Server,
) -> serde_json::Value {
    run_script(
        web,
        dir,
        "send-report.mjs",
        "DROPBOX_WEB_E2E_SPEC",
        name,
        spec,
        srv,
    )
}

/// Every request the page made went to its own origin (`blob:` URLs of
/// it included; `data:` URLs are not fetched from anywhere).
fn same_origin_only(requests: &serde_json::Value, base: &str) {
    for r in requests.as_array().unwrap() {
        let r = r.as_str().unwrap();
        let url = r.split_once(' ').unwrap().1;
        assert!(
            url.starts_with(&format!("{base}/"))
                || url.starts_with(&format!("blob:{base}/"))
                || url.starts_with("data:"),
            "the page fetched from another origin: {r}"
        );
    }
}

/// The submission with this receipt in `member`'s inbox: its inbox entry
/// and its ciphertext, whose sha256 must be the receipt.
fn submission_by_receipt(
    srv: &Server,
    member: &TestMember,
    receipt: &str,
) -> (serde_json::Value, Vec<u8>) {
    let inbox = as_member(srv.addr, member, "GET", "/v1/inbox", None, b"").json();
    let item = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["receipt"] == receipt)
        .unwrap_or_else(|| panic!("{receipt} is not in the inbox: {inbox}"))
        .clone();
    let ct = dropbox_e2e::fetch_submission(srv.addr, member, item["id"].as_str().unwrap(), receipt);
    (item, ct)
}

/// The codename the page showed derives the reply keys in the header, and
/// opens the submission `ct` (the codename slot is real); returns its keys.
fn check_codename(
    codename: &str,
    fp: &TeamFingerprint,
    header: &Header,
    ct: &[u8],
    plain: &[u8],
) -> CodenameKeys {
    let reply = header.reply.as_ref().expect("reply keys");
    let keys = Codename::parse(codename).unwrap().derive(fp);
    assert!(
        header.delete_token == keys.delete_token,
        "the delete token is the codename's (protocol 1.5)"
    );
    assert_eq!(reply.age, keys.identity.recipient());
    assert_eq!(reply.sign, keys.mailbox_key.public());
    assert_eq!(header.thread, Some(keys.thread()));
    assert!(
        envelope::decrypt_vec(ct, &[&keys.identity]).unwrap() == plain,
        "the codename opens the submission"
    );
    keys
}

#[test]
fn the_page_passes_the_vectors_and_sends_a_report_from_chromium() {
    let web = web_ready();
    let out = Command::new("node")
        .args(["--test", "test/"])
        .current_dir(&web)
        .output()
        .expect("run node --test");
    ok("node --test web/test/", &out);
    let tap = String::from_utf8_lossy(&out.stdout);
    assert!(tap.contains("# fail 0"), "{tap}");

    // The real server with the test team; its roster names another
    // endpoint, so the page must warn about its origin.
    let dir = TempDir::new("web");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    // Proof of work on: the page solves it in a worker for every upload.
    let srv = Server::start(&data, &["--pow-bits", "12"]);
    let base = format!("http://{}", srv.addr);

    // 50 MiB + 1 byte (the size): with the bundle around it, the
    // ciphertext takes seven 8 MiB tus parts, streamed through the page.
    let big = pseudo_random((50 << 20) + 1, 7);
    let small = "Steps: open /login?next=<script>…\n".as_bytes().to_vec();
    std::fs::write(dir.join("capture.bin"), &big).unwrap();
    std::fs::write(dir.join("notes é.txt"), &small).unwrap();
    let (jpeg, jpeg_stripped) = jpeg_with_gps();
    std::fs::write(dir.join("photo.jpg"), &jpeg).unwrap();
    let spec = serde_json::json!({
        "base": base,
        "fingerprint": fp.to_string(),
        "title": "XSS in the login form",
        "body": "body-canary: the login form reflects ?next= unescaped.\nSecond line …",
        "files": [dir.join("capture.bin"), dir.join("notes é.txt"), dir.join("photo.jpg")],
        "leave_out": ["carol (test)"],
        "replies": true,
        "drop_connection": true,
        "wrong_fingerprint": "00".repeat(32),
        "copy_to": dir.join("copy.age"),
    });
    // The page dates the report by the day it sends it: the day the run
    // began, or the next when it ran past midnight.
    let began = UnixTime::now().day();
    let result = run_page(&web, &dir, "send", spec, &srv);

    // What the page showed about the roster: another fingerprint is
    // refused before the form appears.
    let wrong = &result["wrong_fingerprint"];
    assert_eq!(wrong["form_visible"], false, "{wrong}");
    assert!(
        wrong["status"]
            .as_str()
            .unwrap()
            .contains("roster-fingerprint-mismatch"),
        "{wrong}"
    );
    assert_eq!(result["seq"], "#1");
    assert_eq!(result["head"], roster.hash().short());
    assert_eq!(result["origin_warning"], true);
    assert_eq!(result["dropped"], true, "the first PATCH was cut off");
    assert_eq!(
        result["storage"],
        serde_json::json!({"local": 0, "session": 0, "idb": 0})
    );
    same_origin_only(&result["requests"], &base);
    let notes = &result["notes"];
    assert!(
        notes[0].as_str().unwrap().starts_with("Sent as it is"),
        "{notes}"
    );
    assert_eq!(
        notes[2],
        "Removed before encryption: EXIF (with GPS location)."
    );
    let receipt = result["receipt"].as_str().unwrap();
    let codename = result["codename"].as_str().unwrap();

    // The consent step showed the roster policy's facts before anything was
    // encrypted (issue 23), and "Back" returned to the form.
    assert_eq!(result["consent_back_form"], true);
    let said = result["consent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let r = &roster.policy.retention;
    for want in [
        format!(
            "deletes it {} days after every reader has collected it, or {} days after the first did",
            r.all_acked_days, r.first_ack_days
        ),
        format!("after {} days if nobody collects it", r.unacked_days),
        format!(
            "{} days after you read them, or {} days after they were written",
            r.reply_read_days, r.reply_days
        ),
        format!("deletes the case {} days after closing it", r.backup_days),
        format!("backups stay readable for {} days", r.backup_days),
        "Who can read it: alice (test) (alice), bob (test) (bob).".into(),
        "Left out: carol (test) (carol).".into(),
        "You give no contact details".into(),
        "TLP label".into(),
        "With your codename you can read the team's replies".into(),
        "Nothing of this consent is sent".into(),
    ] {
        assert!(
            said.contains(&want),
            "the consent step lacks {want:?}:\n{said}"
        );
    }
    assert!(!said.contains("short-lived keys"), "no drop keys: {said}");
    // The saved copy is exactly what was uploaded, and opens with the
    // codename alone.
    let copy = std::fs::read(dir.join("copy.age")).unwrap();
    assert_eq!(Sha256Digest::of(&copy).to_string(), receipt);
    assert!(result["copy_name"].as_str().unwrap().ends_with(".age"));
    let opened = dropbox_e2e::command("dropbox-submit")
        .args(["open", "--team", &fp.to_string(), "--json"])
        .arg(dir.join("copy.age"))
        .env("DROPBOX_CODENAME", codename)
        .output()
        .unwrap();
    ok("dropbox-submit open", &opened);
    let v: serde_json::Value = serde_json::from_slice(&opened.stdout).unwrap();
    assert_eq!(v["title"], "XSS in the login form");
    assert!(
        v["body"].as_str().unwrap().starts_with("body-canary"),
        "{v}"
    );
    assert_eq!(v["attachments"].as_array().unwrap().len(), 3, "{v}");

    // Fetch it as a member, by its receipt.
    let inbox = as_member(srv.addr, &t[0], "GET", "/v1/inbox", None, b"").json();
    assert_eq!(inbox["items"].as_array().unwrap().len(), 1, "{inbox}");
    let (item, ct) = submission_by_receipt(&srv, &t[0], receipt);
    assert_eq!(item["deletable"], true, "the page sent a delete hash");

    // The fixed shape: 3 members + the codename slot, grease last.
    let h = agehdr::parse(&ct).unwrap();
    let x25519 = h.stanzas.iter().filter(|s| s.tag == "X25519").count();
    assert_eq!(x25519, t.len() + 1);
    assert_eq!(h.stanzas.len(), t.len() + 2);
    assert!(h.stanzas.last().unwrap().tag.ends_with("-grease"));

    // carol was left out.
    assert!(matches!(
        envelope::decrypt_vec(&ct, &[&t[2].age]),
        Err(EnvelopeError::NoMatchingKey)
    ));
    let plain = envelope::decrypt_vec(&ct, &[&t[0].age]).unwrap();
    assert_eq!(envelope::decrypt_vec(&ct, &[&t[1].age]).unwrap(), plain);
    let d = bundle::decode_slice(&plain, u64::MAX).unwrap();
    let hd = &d.header;
    assert_eq!(hd.kind, Kind::Report);
    assert_eq!(hd.via, Via::Client);
    assert_eq!(hd.roster_seq, 1);
    assert_eq!(hd.title.as_deref(), Some("XSS in the login form"));
    assert_eq!(
        hd.body.as_deref(),
        Some("body-canary: the login form reflects ?next= unescaped.\nSecond line …")
    );
    let recipients: Vec<&str> = hd.recipients.iter().map(|m| m.as_str()).collect();
    assert_eq!(recipients, ["alice", "bob"]);
    let names: Vec<(&str, u64)> = hd
        .attachments
        .iter()
        .map(|a| (a.name.as_str(), a.size))
        .collect();
    assert_eq!(
        names,
        [
            ("capture.bin", big.len() as u64),
            ("notes é.txt", small.len() as u64),
            ("photo.jpg", jpeg_stripped.len() as u64),
        ]
    );
    assert_eq!(hd.attachments[1].media_type, "text/plain");
    assert_eq!(hd.attachments[2].media_type, "image/jpeg");
    assert!(d.attachments[0] == big, "the large attachment differs");
    assert_eq!(d.attachments[1], small);
    assert_eq!(d.attachments[2], jpeg_stripped, "the JPEG without its EXIF");
    assert!(
        [began, UnixTime::now().day()].contains(&hd.created),
        "created {} during a run from {began}",
        hd.created
    );

    // The codename the page showed derives the reply keys in the header,
    // and opens the report (the codename slot is real).
    let keys = check_codename(codename, &fp, hd, &ct, &plain);
    let reply = hd.reply.as_ref().expect("reply keys");

    // alice replies (seq 1), signed with her key, encrypted to the codename
    // and the report's recipients; a reply claiming to be bob's (seq 2) is
    // signed by a key that is no member's; bob's genuine one is seq 3, so
    // the page must flag #2 as missing.
    let mailbox = keys.mailbox();
    let replies = dropbox_e2e::Replies {
        addr: srv.addr,
        team: &t,
        fp,
        mailbox,
        codename: &reply.age,
    };
    let post_reply = |seq: u64,
                      signer: &dropbox_crypto::keys::SignSecretKey,
                      member: &str,
                      text: &str| { replies.post(seq, signer, member, text) };
    post_reply(
        1,
        &t[0].sign,
        "alice",
        "reply-canary: thank you, we are on it.",
    );
    post_reply(2, &SignSecretKey::generate(), "bob", "forged-canary");
    post_reply(3, &t[1].sign, "bob", "second-canary");

    // A fresh browser: the codename opens the conversation, and a follow-up
    // with two files (a JPEG loses its EXIF) goes back to alice and bob:
    // carol, left out of the report, is not even offered (issue 14: the
    // form used to tick every member), from the thread record alone.
    let fnote = b"followup-file-canary\n".to_vec();
    std::fs::write(dir.join("more.txt"), &fnote).unwrap();
    std::fs::write(dir.join("second.jpg"), &jpeg).unwrap();
    let spec = serde_json::json!({
        "base": base,
        "fingerprint": fp.to_string(),
        "check_replies": {
            "codename": codename,
            "followup": "followup-canary: more details from the page.",
            "files": [dir.join("more.txt"), dir.join("second.jpg")],
            "copy_to": dir.join("followup-copy.age"),
        },
    });
    let seen = run_page(&web, &dir, "replies", spec, &srv);
    assert_eq!(seen["codename_autocomplete"], "off");
    assert_eq!(seen["codename_cleared"], true);
    let shown = seen["messages"].as_array().unwrap();
    assert_eq!(
        shown.len(),
        2,
        "only the genuine replies are shown: {seen:#}"
    );
    let first = shown[0].as_str().unwrap();
    assert!(first.contains("#1 from alice (test)"), "{first}");
    let second = shown[1].as_str().unwrap();
    assert!(second.contains("#3 from bob (test)"), "{second}");
    assert!(second.contains("second-canary"), "{second}");
    assert!(
        first.contains("reply-canary: thank you, we are on it."),
        "{first}"
    );
    let conversation = seen["conversation"].as_str().unwrap();
    assert!(!conversation.contains("forged-canary"), "{conversation}");
    let warnings = seen["warnings"].as_str().unwrap();
    assert!(warnings.contains("message-bad-signature"), "{warnings}");
    assert!(warnings.contains("Reply #2 is missing"), "{warnings}");
    assert!(
        seen["conversation_after"]
            .as_str()
            .unwrap()
            .contains("followup-canary"),
        "{seen:#}"
    );
    assert_eq!(
        seen["storage"],
        serde_json::json!({"local": 0, "session": 0, "idb": 0})
    );
    // The puzzle was solved (the upload needed its token) off the main
    // thread: one worker for the codename, one for the puzzle.
    let requests = seen["requests"].as_array().unwrap();
    assert!(
        requests
            .iter()
            .any(|r| r == format!("POST {base}/v1/pow").as_str()),
        "{requests:?}"
    );
    assert!(seen["workers"].as_u64().unwrap() >= 2, "{seen:#}");
    same_origin_only(&seen["requests"], &base);

    // The follow-up's consent step (issue 23): who reads it and how long
    // it is kept, before anything is encrypted; "Back" keeps the text.
    assert_eq!(
        seen["followup_consent_heading"],
        "Before you send: what happens to your follow-up"
    );
    let fsaid = seen["followup_consent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    for want in [
        "Who can read it: alice (test) (alice), bob (test) (bob).".to_owned(),
        "Left out: carol (test) (carol).".into(),
        format!("after {} days if nobody collects it", r.unacked_days),
        format!("deletes the case {} days after closing it", r.backup_days),
        "Nothing of this consent is sent: only the encrypted follow-up itself.".into(),
    ] {
        assert!(
            fsaid.contains(&want),
            "the follow-up's consent lacks {want:?}:\n{fsaid}"
        );
    }
    for not in ["contact", "credit", "withdraw"] {
        assert!(!fsaid.contains(not), "a report's fact {not:?} in:\n{fsaid}");
    }
    assert_eq!(seen["followup_consent_back_form"], true, "{seen:#}");
    assert_eq!(
        seen["followup_consent_back_body"],
        "followup-canary: more details from the page."
    );

    // The follow-up, as a member: signed by the codename's mailbox key.
    let freceipt = seen["followup_receipt"].as_str().unwrap();
    // Its saved copy is exactly what was uploaded, and opens with the
    // codename alone.
    let fcopy = std::fs::read(dir.join("followup-copy.age")).unwrap();
    assert_eq!(Sha256Digest::of(&fcopy).to_string(), freceipt);
    assert!(
        seen["followup_copy_name"]
            .as_str()
            .unwrap()
            .ends_with(".age"),
        "{seen:#}"
    );
    let opened = dropbox_e2e::command("dropbox-submit")
        .args(["open", "--team", &fp.to_string(), "--json"])
        .arg(dir.join("followup-copy.age"))
        .env("DROPBOX_CODENAME", codename)
        .output()
        .unwrap();
    ok("dropbox-submit open (the follow-up's copy)", &opened);
    let v: serde_json::Value = serde_json::from_slice(&opened.stdout).unwrap();
    assert_eq!(v["kind"], "followup", "{v}");
    assert_eq!(v["seq"], 1, "{v}");
    assert_eq!(v["body"], "followup-canary: more details from the page.");
    assert_eq!(v["recipients"], serde_json::json!(["alice", "bob"]));
    let (_, fct) = submission_by_receipt(&srv, &t[1], freceipt);
    let h = agehdr::parse(&fct).unwrap();
    assert_eq!(h.stanzas.len(), t.len() + 2, "the same stanza shape");
    assert!(matches!(
        envelope::decrypt_vec(&fct, &[&t[2].age]),
        Err(EnvelopeError::NoMatchingKey)
    ));
    let plain = envelope::decrypt_vec(&fct, &[&t[1].age]).unwrap();
    assert_eq!(
        envelope::decrypt_vec(&fct, &[&keys.identity]).unwrap(),
        plain,
        "the codename slot is real"
    );
    let d = bundle::decode_slice(&plain, 1 << 20).unwrap();
    assert_eq!(d.header.kind, Kind::Followup);
    let recipients: Vec<&str> = d.header.recipients.iter().map(|m| m.as_str()).collect();
    assert_eq!(recipients, ["alice", "bob"]);
    assert_eq!(d.header.thread, Some(keys.thread()));
    let hr = d.header.reply.as_ref().expect("reply keys");
    assert_eq!(hr.age, keys.identity.recipient());
    assert_eq!(hr.sign, keys.mailbox_key.public());
    // The signature covers the cleaned files' digests, in bundle order.
    assert_eq!(d.attachments, [fnote, jpeg_stripped.clone()]);
    assert_eq!(d.header.attachments[1].name, "second.jpg");
    let digests: Vec<_> = d.attachments.iter().map(|a| Sha256Digest::of(a)).collect();
    let fu = messages::verify_followup(d.header.signed.as_ref().unwrap(), &fp, &digests).unwrap();
    assert_eq!(fu.body, "followup-canary: more details from the page.");
    assert_eq!(fu.mailbox, mailbox);
    assert_eq!(fu.seq, 1);
    assert_eq!(Some(fu.thread), d.header.thread);
    assert_eq!(
        fu.recipients,
        Some(vec![t[0].id.clone(), t[1].id.clone()]),
        "the recipients are signed"
    );

    // A reply naming every member among the case's recipients (a buggy or
    // malicious member's client), then a second follow-up from another
    // fresh browser: still not to carol, and numbered 2, not 1 again.
    let everyone: Vec<_> = t.iter().map(|m| m.id.clone()).collect();
    replies.post_reply(
        &replies
            .reply(4, "alice", "fourth-canary")
            .with_case(1, &everyone),
        &t[0].sign,
    );
    // The conversation as `dropbox-submit replies --export` writes it,
    // from the same saved copies, before the page adds to it.
    let cli_export = dir.join("cli-conversation.json");
    let out = dropbox_e2e::command("dropbox-submit")
        .args(["replies", "--server", &base, "--team", &fp.to_string()])
        .arg("--copy")
        .arg(dir.join("copy.age"))
        .arg("--copy")
        .arg(dir.join("followup-copy.age"))
        .arg("--export")
        .arg(&cli_export)
        .arg("--state")
        .arg(dir.join("submit-state"))
        .env("DROPBOX_CODENAME", codename)
        .output()
        .unwrap();
    ok("dropbox-submit replies --export", &out);
    std::fs::write(dir.join("not-a-copy.age"), b"not an age file").unwrap();
    let spec = serde_json::json!({
        "base": base,
        "fingerprint": fp.to_string(),
        "check_replies": {
            "codename": codename,
            "followup": "second-followup-canary",
            // Picked in reverse and with a file that is no copy: the
            // conversation is in time order anyway, and the bad file is
            // named in a warning.
            "copies": [dir.join("followup-copy.age"), dir.join("not-a-copy.age"), dir.join("copy.age")],
            "expect_copy_problem": true,
            "export_to": dir.join("page-conversation.json"),
        },
    });
    let seen = run_page(&web, &dir, "replies-2", spec, &srv);
    // The codename view lists the conversation from the saved copies and
    // the mailbox: the report, then follow-up #1 (its files from the
    // copy), then the team's replies by number (all on one day).
    let listed: Vec<&str> = seen["messages_with_copies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 5, "{listed:#?}");
    assert!(listed[0].starts_with("You (report)"), "{listed:#?}");
    assert!(listed[0].contains("XSS in the login form"), "{listed:#?}");
    assert!(listed[0].contains("body-canary"), "{listed:#?}");
    assert!(listed[1].starts_with("You (follow-up #1)"), "{listed:#?}");
    assert!(listed[1].contains("followup-canary"), "{listed:#?}");
    for (m, want) in listed[2..].iter().zip(["#1 from", "#3 from", "#4 from"]) {
        assert!(m.starts_with(want), "{want}: {listed:#?}");
    }
    let problems = seen["copies_problems"].as_str().unwrap();
    assert!(problems.contains("not-a-copy.age"), "{problems}");
    // "Export conversation" writes the same file, byte for byte.
    assert_eq!(seen["export_name"], "conversation.json");
    let page_export = std::fs::read(dir.join("page-conversation.json")).unwrap();
    let cli = std::fs::read(&cli_export).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&page_export),
        String::from_utf8_lossy(&cli),
        "the page's export differs from dropbox-submit's"
    );
    let v: serde_json::Value = serde_json::from_slice(&page_export).unwrap();
    assert_eq!(v["mailbox"], mailbox.to_string());
    assert_eq!(
        v["conversation"][1]["attachments"],
        serde_json::json!(["more.txt", "second.jpg"])
    );
    let conversation = seen["conversation"].as_str().unwrap();
    assert!(
        conversation.contains("You (follow-up #1)"),
        "{conversation}"
    );
    let (_, fct) = submission_by_receipt(&srv, &t[1], seen["followup_receipt"].as_str().unwrap());
    assert!(matches!(
        envelope::decrypt_vec(&fct, &[&t[2].age]),
        Err(EnvelopeError::NoMatchingKey)
    ));
    let plain = envelope::decrypt_vec(&fct, &[&t[1].age]).unwrap();
    let d = bundle::decode_slice(&plain, 1 << 20).unwrap();
    let fu = messages::verify_followup(d.header.signed.as_ref().unwrap(), &fp, &[]).unwrap();
    assert_eq!(fu.body, "second-followup-canary");
    assert_eq!(fu.seq, 2, "the page works out the next number");
    assert_eq!(fu.recipients, Some(vec![t[0].id.clone(), t[1].id.clone()]));

    // The page's delete token is the codename's (protocol 1.5, issue 23):
    // `dropbox-submit withdraw` with the codename alone deletes the drop
    // box's copy of the page's report.
    let out = dropbox_e2e::command("dropbox-submit")
        .args([
            "withdraw",
            "--server",
            &base,
            "--team",
            &fp.to_string(),
            "--json",
        ])
        .arg("--state")
        .arg(dir.join("submit-state"))
        .env("DROPBOX_CODENAME", codename)
        .output()
        .unwrap();
    ok("dropbox-submit withdraw", &out);
    let w: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(w["deleted"], true, "{w}");
    let inbox = as_member(srv.addr, &t[0], "GET", "/v1/inbox", None, b"").json();
    assert!(
        !inbox["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["receipt"] == receipt),
        "the page's report left the drop box: {inbox}"
    );
}

#[test]
fn the_page_sends_a_report_from_firefox_esr_at_the_safer_level() {
    let web = web_ready();
    let dir = TempDir::new("web-firefox");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    let base = format!("http://{}", srv.addr);

    let title = "Stored XSS in the profile page (Firefox ESR, Safer)";
    let body =
        "firefox-canary: <img src=x onerror=alert(1)> in the bio.\nZweite Zeile … é\u{301} 🦊\n";
    let spec = serde_json::json!({
        "base": base,
        "fingerprint": fp.to_string(),
        "title": title,
        "body": body,
        "replies": true,
        "jit_control": true,
        // Issue 19: a right-to-left language at the Safer level.
        "locale": "ar",
    });
    // As in the Chromium test: the day the run began, or the next.
    let began = UnixTime::now().day();
    let result = run_script(
        &web,
        &dir,
        "firefox-safer.mjs",
        "DROPBOX_WEB_FIREFOX_SPEC",
        "firefox",
        spec,
        &srv,
    );
    assert!(
        result["browser"].as_str().unwrap().starts_with("firefox/"),
        "{result:#}"
    );
    assert_eq!(result["seq"], "#1");
    assert_eq!(result["replies_checked"], true);
    // The page took Firefox's language, Arabic, right to left.
    assert_eq!(result["lang"], "ar", "{result:#}");
    assert_eq!(result["dir"], "rtl", "{result:#}");
    assert_eq!(result["heading"], "صندوق البلاغات", "{result:#}");

    // The Safer prefs are in force, in the page and in a Web Worker (where
    // the page derives the codename): no WebAssembly, and a hot loop runs
    // interpreted, many times slower than in the same Firefox with the JIT
    // on (measured right after, same run).
    let safer = &result["prefs"]["safer"];
    for pref in [
        "javascript.options.ion",
        "javascript.options.baselinejit",
        "javascript.options.native_regexp",
        "javascript.options.asmjs",
        "javascript.options.wasm",
    ] {
        assert_eq!(safer[pref], false, "{pref}");
    }
    for realm in ["page", "worker"] {
        assert_eq!(result["engine"][realm]["wasm"], "undefined", "{result:#}");
        assert_eq!(result["engine_control"][realm]["wasm"], "object");
        let slowdown = result["interpreter_slowdown"][realm].as_f64().unwrap();
        assert!(
            slowdown > 4.0,
            "the {realm}'s loop is only {slowdown:.1}x slower without the JIT: {:#}",
            result["engine"]
        );
    }

    // Nothing stored for the origin: on disk before anything asked, then
    // as the page sees it.
    assert_eq!(
        result["profile_origin_storage_before_checks"],
        serde_json::json!([]),
        "{result:#}"
    );
    assert_eq!(
        result["storage"],
        serde_json::json!({
            "secure_context": true, "local": 0, "session": 0, "idb": [], "caches": [], "cookie": "",
        })
    );
    assert_eq!(result["cookies"], serde_json::json!([]));
    same_origin_only(&result["requests"], &base);

    // As a member: the report, decrypted with the library, byte for byte.
    let receipt = result["receipt"].as_str().unwrap();
    let codename = result["codename"].as_str().unwrap();
    let (item, ct) = submission_by_receipt(&srv, &t[0], receipt);
    assert_eq!(item["deletable"], true, "the page sent a delete hash");
    let h = agehdr::parse(&ct).unwrap();
    let x25519 = h.stanzas.iter().filter(|s| s.tag == "X25519").count();
    assert_eq!(x25519, t.len() + 1);
    assert_eq!(h.stanzas.len(), t.len() + 2);
    assert!(h.stanzas.last().unwrap().tag.ends_with("-grease"));
    let plain = envelope::decrypt_vec(&ct, &[&t[0].age]).unwrap();
    for m in &t[1..] {
        assert!(envelope::decrypt_vec(&ct, &[&m.age]).unwrap() == plain);
    }
    let d = bundle::decode_slice(&plain, 1 << 20).unwrap();
    let hd = &d.header;
    assert_eq!(hd.kind, Kind::Report);
    assert_eq!(hd.via, Via::Client);
    assert_eq!(hd.roster_seq, 1);
    assert_eq!(hd.title.as_deref(), Some(title));
    assert_eq!(
        hd.body.as_deref().map(str::as_bytes),
        Some(body.as_bytes()),
        "the body, byte for byte"
    );
    let recipients: Vec<&str> = hd.recipients.iter().map(|m| m.as_str()).collect();
    assert_eq!(recipients, ["alice", "bob", "carol"]);
    assert!(hd.attachments.is_empty() && d.attachments.is_empty());
    assert!(
        [began, UnixTime::now().day()].contains(&hd.created),
        "created {} during a run from {began}",
        hd.created
    );

    // The codename the page showed (derived by Argon2id without a JIT)
    // gives the reply keys in the header and opens the report; and it opens
    // its mailbox: alice's reply, read with the codename's mailbox key,
    // decrypts with its identity and verifies against the roster.
    let keys = check_codename(codename, &fp, hd, &ct, &plain);
    let mailbox = keys.mailbox();
    let reply_age = keys.identity.recipient();
    let replies = dropbox_e2e::Replies {
        addr: srv.addr,
        team: &t,
        fp,
        mailbox,
        codename: &reply_age,
    };
    replies.post(
        1,
        &t[0].sign,
        "alice",
        "reply-canary: thanks, Firefox reporter.",
    );
    let list = dropbox_e2e::signed(
        srv.addr,
        "GET",
        &format!("/v1/mailboxes/{mailbox}"),
        None,
        b"",
        &dropbox_crypto::httpsig::KeyId::Mailbox(mailbox),
        &keys.mailbox_key,
        &[],
    );
    assert_eq!(list.status, 200, "{}", String::from_utf8_lossy(&list.body));
    let list = list.json();
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    use base64::Engine;
    let rct = base64::engine::general_purpose::STANDARD
        .decode(list[0]["data"].as_str().unwrap())
        .unwrap();
    let rplain = envelope::decrypt_vec(&rct, &[&keys.identity]).unwrap();
    let rd = bundle::decode_slice(&rplain, 1 << 20).unwrap();
    assert_eq!(rd.header.kind, Kind::Reply);
    let reply =
        messages::verify_reply(rd.header.signed.as_ref().unwrap(), &roster, &fp, &mailbox).unwrap();
    assert_eq!(reply.body, "reply-canary: thanks, Firefox reporter.");
    assert_eq!(reply.seq, 1);
}

/// Issue 19: in English and in Arabic (right to left), axe-core finds no
/// WCAG 2.0/2.1/2.2 A/AA or best-practice violation on any view or state
/// of the page (fingerprint asked, refused roster, form, its errors,
/// sending, receipt and codename, conversation, follow-up and its errors),
/// and a report with a member left out and a codename, the check of its
/// replies and a follow-up are done with Tab, Shift+Tab, Space and Enter
/// alone (text typed into the fields). Focus moves to each error, to the
/// receipt and to the conversation; progress is spoken by live regions.
/// The page takes its language from the browser's, says so in `lang` and
/// `dir`, and its selector switches it without touching the URL.
///
/// All of it runs on a phone-sized viewport (360x740), where no view
/// scrolls sideways and a photo attaches (losing its GPS EXIF), to the
/// report and, with a text file, to the follow-up, each chosen by Space on
/// the file input (issue 19), in English, Arabic and Persian; each view
/// is scanned again at 1280x800. Screenshots of the form, the receipt and
/// the conversation at both sizes in both languages are kept in
/// web/test/screenshots/ and must match byte for byte (what changes from
/// run to run masked); after a deliberate change of the page, run with
/// DROPBOX_WEB_UPDATE_SCREENSHOTS=1, look at the new images, and commit
/// them.
#[test]
fn the_page_is_accessible_and_works_by_keyboard_in_english_arabic_and_persian() {
    let web = web_ready();
    let dir = TempDir::new("web-a11y");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &["--pow-bits", "12"]);
    let base = format!("http://{}", srv.addr);
    let (jpeg, jpeg_stripped) = jpeg_with_gps();
    std::fs::write(dir.join("photo.jpg"), &jpeg).unwrap();
    std::fs::write(dir.join("notes.txt"), b"a11y-followup-file").unwrap();
    let update = std::env::var_os("DROPBOX_WEB_UPDATE_SCREENSHOTS").is_some();

    // Persian runs the whole flow too (a second right-to-left language,
    // with its own plural rules and digits), without screenshots: Arabic's
    // cover the right-to-left layout.
    for (locale, lang, dir_attr, other_h1, shots_kept) in [
        ("en-US", "en", "ltr", "صندوق البلاغات", 6),
        ("ar", "ar", "rtl", "Report drop box", 6),
        ("fa-IR", "fa", "rtl", "Report drop box", 0),
    ] {
        let spec = serde_json::json!({
            "base": base,
            "fingerprint": fp.to_string(),
            "locale": locale,
            "leave_out": "carol (test)",
            "photo": dir.join("photo.jpg"),
            "followup_file": dir.join("notes.txt"),
            "screenshots": {
                "dir": web.join("test/screenshots"),
                "update": update,
                "skip": shots_kept == 0,
            },
        });
        let r = run_script(
            &web,
            &dir,
            "a11y.mjs",
            "DROPBOX_WEB_A11Y_SPEC",
            &format!("a11y-{lang}"),
            spec,
            &srv,
        );
        assert_eq!(r["lang"], lang, "{locale}");
        assert_eq!(r["dir"], dir_attr, "{locale}");
        assert_eq!(r["selected"], lang, "{locale}");

        // Every view and state was scanned, and none has a violation.
        let scans = r["scans"].as_object().unwrap();
        for view in [
            "team-ask",
            "team-ask-invalid",
            "roster-refused",
            "form",
            "form-error-empty",
            "recipient-error",
            "consent",
            "sending",
            "done",
            "conversation",
            "followup-error",
            "followup-files",
            "followup-consent",
            "followup-done",
            "check-error",
        ] {
            let v = scans
                .get(view)
                .unwrap_or_else(|| panic!("{locale}: {view} not scanned"));
            assert_eq!(v, &serde_json::json!([]), "{locale} {view}: {v:#}");
        }
        // No view scrolls sideways on the phone.
        for (view, px) in r["overflow"].as_object().unwrap() {
            if view != "control" {
                assert_eq!(px, 0, "{locale} {view} scrolls sideways by {px} px");
            }
        }
        let shots = r["screenshots"].as_object().unwrap();
        assert_eq!(shots.len(), shots_kept, "{shots:?}");
        for (file, state) in shots {
            assert!(
                state == "same" || update,
                "{file} is {state}: compare web/test/screenshots/{file} with the .new.png beside it; \
                 if the change is meant, run with DROPBOX_WEB_UPDATE_SCREENSHOTS=1 and commit"
            );
        }
        // The scans ran axe's rules, and see a violation when there is one
        // (an image without a text alternative, added at the end).
        assert!(r["rules"].as_u64().unwrap() > 20, "{r:#}");
        assert!(
            scans["control"][0]
                .as_str()
                .unwrap()
                .starts_with("image-alt:"),
            "{:#}",
            scans["control"]
        );

        // The trust panel says who can read and what the server learns, in
        // the page's language, before the facts to compare.
        let trust = &r["trust"];
        let readers = trust["readers"].as_str().unwrap();
        let server = trust["server"].as_str().unwrap();
        if lang == "en" {
            assert_eq!(
                readers,
                "3 members of the team can read your report, unless you leave some out below."
            );
            assert!(
                server.starts_with("The drop box's server cannot read your report"),
                "{trust}"
            );
        } else {
            assert!(
                !readers.is_empty() && !readers.contains("members"),
                "{lang}: {trust}"
            );
            assert!(
                !server.is_empty() && !server.contains("server"),
                "{lang}: {trust}"
            );
        }

        // The selector switched the page and its direction, and back, and
        // the URL kept only the fragment it had.
        let sel = &r["selector"];
        assert_eq!(sel["switched"]["h1"], other_h1, "{sel}");
        assert_ne!(sel["switched"]["dir"], dir_attr, "{sel}");
        assert_eq!(sel["back"], sel["before"], "{sel}");
        assert_eq!(sel["url"], format!("{base}/#team={fp}"), "{sel}");

        // Focus went to what changed.
        let focus = &r["focus"];
        assert_eq!(focus["form_error"], "form-error", "{focus}");
        assert_eq!(focus["consent"], "consent-h", "{focus}");
        assert_eq!(focus["done"], "done-h", "{focus}");
        assert_eq!(focus["conversation"], "conversation-h", "{focus}");
        assert_eq!(focus["followup_error"], "followup-error", "{focus}");
        assert_eq!(focus["followup_consent"], "consent-h", "{focus}");
        assert_eq!(focus["followup_done"], "followup-done", "{focus}");
        assert_eq!(focus["check_error"], "check-error", "{focus}");

        // Progress and results were said in polite live regions.
        for region in ["progress-text", "check-progress", "followup-progress"] {
            let l = &r["live"][region];
            assert_eq!(l["role"], "status", "{region}: {l}");
            assert_eq!(l["live"], "polite", "{region}: {l}");
            assert!(!l["text"].as_str().unwrap().is_empty(), "{region}: {l}");
        }

        // Only Tab, Shift+Tab, Space and Enter moved through the page.
        for k in r["keyboard"].as_array().unwrap() {
            let k = k.as_str().unwrap();
            assert!(
                ["Tab ", "Shift+Tab ", "Space ", "Enter "]
                    .iter()
                    .any(|p| k.starts_with(p)),
                "{k}"
            );
        }
        assert_eq!(
            r["storage"],
            serde_json::json!({"local": 0, "session": 0, "idb": 0, "cookies": 0})
        );
        same_origin_only(&r["requests"], &base);

        // What the keyboard sent: to alice and bob only, with the codename's
        // keys; and the follow-up, signed, to the same two.
        let receipt = r["receipt"].as_str().unwrap();
        let (_, ct) = submission_by_receipt(&srv, &t[0], receipt);
        assert!(matches!(
            envelope::decrypt_vec(&ct, &[&t[2].age]),
            Err(EnvelopeError::NoMatchingKey)
        ));
        let plain = envelope::decrypt_vec(&ct, &[&t[1].age]).unwrap();
        let d = bundle::decode_slice(&plain, 1 << 20).unwrap();
        assert_eq!(d.header.title.as_deref(), Some("Keyboard-only report"));
        assert_eq!(
            d.attachments.as_slice(),
            std::slice::from_ref(&jpeg_stripped),
            "the photo, without its EXIF"
        );
        assert!(
            r["photo_note"]
                .as_str()
                .unwrap()
                .contains("EXIF (with GPS location)"),
            "{r:#}"
        );
        assert_eq!(
            d.header.body.as_deref(),
            Some("a11y-canary: sent with Tab, Shift+Tab, Space and Enter only.")
        );
        check_codename(r["codename"].as_str().unwrap(), &fp, &d.header, &ct, &plain);
        let (_, fct) = submission_by_receipt(&srv, &t[0], r["followup_receipt"].as_str().unwrap());
        let plain = envelope::decrypt_vec(&fct, &[&t[0].age]).unwrap();
        let d = bundle::decode_slice(&plain, 1 << 20).unwrap();
        let digests: Vec<dropbox_crypto::Sha256Digest> = d
            .attachments
            .iter()
            .map(|a| dropbox_crypto::Sha256Digest::of(a))
            .collect();
        let fu =
            messages::verify_followup(d.header.signed.as_ref().unwrap(), &fp, &digests).unwrap();
        assert_eq!(fu.body, "a11y-followup-canary");
        assert_eq!(fu.recipients, Some(vec![t[0].id.clone(), t[1].id.clone()]));
        // The follow-up's files, chosen by the keyboard: the photo without
        // its EXIF, and the text file as it was, each signed by its sha256.
        assert_eq!(
            d.attachments,
            vec![jpeg_stripped.clone(), b"a11y-followup-file".to_vec()],
            "{locale}"
        );
        assert!(
            r["followup_photo_note"]
                .as_str()
                .unwrap()
                .contains("EXIF (with GPS location)"),
            "{r:#}"
        );
    }
}
