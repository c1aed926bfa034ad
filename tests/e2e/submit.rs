//! `dropbox-submit` against the real server: a report encrypted on the
//! reporter's side reaches only the chosen members, the codename reads a
//! member's signed reply (and flags a forged one), a follow-up arrives
//! signed by the codename, a rolled-back roster is refused, and an upload
//! whose connection is cut mid-part resumes from the server's offset.

use std::process::Output;

use dropbox_crypto::bundle::{self, Kind};
use dropbox_crypto::codename::Codename;
use dropbox_crypto::envelope;
use dropbox_crypto::messages;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::{MailboxId, Sha256Digest};
use dropbox_e2e::{CuttingProxy, Server, TempDir, first_roster, init_data, sign_roster, team};

fn submit(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = dropbox_e2e::command("dropbox-submit");
    c.args(args).args(dropbox_e2e::consent(args));
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run dropbox-submit")
}

/// The ciphertext `dropbox-submit --json` reported sending, fetched as
/// `member`, checked against its receipt.
fn fetch_sent(srv: &Server, member: &dropbox_e2e::TestMember, sent: &serde_json::Value) -> Vec<u8> {
    dropbox_e2e::fetch_submission(
        srv.addr,
        member,
        sent["id"].as_str().unwrap(),
        sent["receipt"].as_str().unwrap(),
    )
}

fn ok(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "dropbox-submit failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn report_reply_and_followup_through_dropbox_submit() {
    let dir = TempDir::new("submit");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);
    let state = dir.join("state");
    let fps = fp.to_string();
    let common = [
        "--server",
        &url,
        "--team",
        &fps,
        "--state",
        state.to_str().unwrap(),
        "--json",
    ];
    let att = dir.join("evidence.txt");
    std::fs::write(&att, b"evidence-canary").unwrap();
    // A JPEG whose EXIF carries a GPS position: it must arrive without it.
    let photo = dir.join("photo.jpg");
    let mut jpeg = vec![0xff, 0xd8, 0xff, 0xe1, 0x00, 0x12];
    jpeg.extend_from_slice(b"Exif\0\0GPS-canary");
    jpeg.extend_from_slice(&[0xff, 0xda, 0x00, 0x04, 1, 2, 0x55, 0x66, 0xff, 0xd9]);
    std::fs::write(&photo, &jpeg).unwrap();

    // Without a subcommand the arguments are those of `send`; --exclude
    // and --reply are the spellings of --leave-out and --replies.
    let mut args = vec![];
    args.extend_from_slice(&common);
    args.extend_from_slice(&[
        "--title",
        "Harassment at the meetup",
        "--body",
        "body-canary",
        "--category",
        "harassment",
        "--severity",
        "high",
    ]);
    args.extend_from_slice(&[
        "--attach",
        att.to_str().unwrap(),
        "--attach",
        photo.to_str().unwrap(),
        "--exclude",
        "carol",
        "--reply",
    ]);
    let sent = ok(&submit(&args, &[]));
    let codename = sent["codename"].as_str().unwrap().to_owned();
    let got = fetch_sent(&srv, &t[0], &sent);
    assert!(
        envelope::decrypt_vec(&got, &[&t[2].age]).is_err(),
        "carol was left out"
    );
    let plain = envelope::decrypt_vec(&got, &[&t[1].age]).unwrap();
    let d = bundle::decode_slice(&plain, 1 << 20).unwrap();
    assert_eq!(d.header.body.as_deref(), Some("body-canary"));
    assert_eq!(d.header.attachments[0].name, "evidence.txt");
    assert_eq!(d.attachments[0], b"evidence-canary");
    assert_eq!(
        d.attachments[1],
        [
            0xff, 0xd8, 0xff, 0xda, 0x00, 0x04, 1, 2, 0x55, 0x66, 0xff, 0xd9
        ]
    );
    assert_eq!(
        d.header.attachments[1].size, 12,
        "the header carries the cleaned size"
    );
    let reply_keys = d.header.reply.clone().expect("replies were asked for");
    let mailbox = MailboxId::from_key_bytes(reply_keys.sign.to_bytes());
    assert_eq!(mailbox.to_string(), sent["mailbox"].as_str().unwrap());

    // alice replies: a reply bundle signed by her, encrypted to the codename
    // and the case's recipients.
    let replies = dropbox_e2e::Replies {
        addr: srv.addr,
        team: &t,
        fp,
        mailbox,
        codename: &reply_keys.age,
    };
    let post_reply = |seq: u64,
                      signer: &dropbox_crypto::keys::SignSecretKey,
                      member: &str,
                      text: &str| { replies.post(seq, signer, member, text) };
    post_reply(1, &t[0].sign, "alice", "Thank you, we are on it.");
    // A reply claiming to be bob's but signed by alice's key is not shown.
    post_reply(3, &t[0].sign, "bob", "forged");

    let mut args = vec!["replies"];
    args.extend_from_slice(&common);
    let replies = ok(&submit(&args, &[("DROPBOX_CODENAME", &codename)]));
    assert_eq!(replies["replies"][0]["member"], "alice");
    assert_eq!(replies["replies"][0]["body"], "Thank you, we are on it.");
    assert_eq!(
        replies["replies"].as_array().unwrap().len(),
        1,
        "the forged reply is not shown as genuine"
    );
    assert_eq!(replies["problems"].as_array().unwrap().len(), 1);
    // The codename can also come on standard input (never from a flag).
    let mut child = dropbox_e2e::command("dropbox-submit")
        .args(&args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    writeln!(child.stdin.take().unwrap(), "{codename}").unwrap();
    let from_stdin = ok(&child.wait_with_output().unwrap());
    assert_eq!(from_stdin["replies"][0]["member"], "alice");
    let wrong = submit(
        &args,
        &[("DROPBOX_CODENAME", Codename::generate().expose())],
    );
    assert_eq!(
        ok(&wrong)["replies"],
        serde_json::json!([]),
        "another codename sees an empty mailbox"
    );

    let mut args = vec!["followup"];
    args.extend_from_slice(&common);
    args.extend_from_slice(&["--message", "followup-canary", "--leave-out", "carol"]);
    let f = ok(&submit(&args, &[("DROPBOX_CODENAME", &codename)]));
    let got = fetch_sent(&srv, &t[1], &f);
    let plain = envelope::decrypt_vec(&got, &[&t[1].age]).unwrap();
    let d = bundle::decode_slice(&plain, 1 << 20).unwrap();
    assert_eq!(d.header.kind, Kind::Followup);
    let fu = messages::verify_followup(d.header.signed.as_ref().unwrap(), &fp, &[]).unwrap();
    assert_eq!(fu.body, "followup-canary");
    assert_eq!(Some(fu.thread), d.header.thread);
    assert_eq!(
        fu.mailbox, mailbox,
        "the follow-up is bound to the first report's reply keys"
    );
}

#[test]
fn a_rolled_back_or_foreign_roster_is_refused_with_exit_code_3() {
    let dir = TempDir::new("rollback");
    let t = team();
    let r1 = first_roster(&t, Policy::default());
    let fp = dropbox_crypto::roster::fingerprint_of(&r1).to_string();
    let e1 = sign_roster(&r1, &t);
    let r2 = r1.next();
    let e2 = sign_roster(&r2, &t);
    let both = dir.join("both.json");
    let only1 = dir.join("only1.json");
    std::fs::write(&both, serde_json::to_vec(&[&e1, &e2]).unwrap()).unwrap();
    std::fs::write(&only1, serde_json::to_vec(&[&e1]).unwrap()).unwrap();
    let state = dir.join("state");
    let verify = |file: &std::path::Path, team: &str| {
        submit(
            &[
                "verify",
                "--team",
                team,
                "--roster-file",
                file.to_str().unwrap(),
                "--state",
                state.to_str().unwrap(),
                "--json",
            ],
            &[],
        )
    };
    assert_eq!(ok(&verify(&both, &fp))["seq"], 2);
    let back = verify(&only1, &fp);
    assert_eq!(
        back.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&back.stderr)
    );
    assert!(String::from_utf8_lossy(&back.stderr).contains("rollback"));
    let foreign = verify(&both, &"ab".repeat(32));
    assert_eq!(foreign.status.code(), Some(3));

    // --output writes the ciphertext offline; a member's key opens it.
    let out = dir.join("report.age");
    let sent = ok(&submit(
        &[
            "send",
            "--team",
            &fp,
            "--roster-file",
            both.to_str().unwrap(),
            "--state",
            state.to_str().unwrap(),
            "--json",
            "--body",
            "offline",
            "--output",
            out.to_str().unwrap(),
        ],
        &[],
    ));
    let ct = std::fs::read(&out).unwrap();
    assert_eq!(
        Sha256Digest::of(&ct).to_string(),
        sent["receipt"].as_str().unwrap()
    );
    let plain = envelope::decrypt_vec(&ct, &[&t[2].age]).unwrap();
    assert_eq!(
        bundle::decode_slice(&plain, 0)
            .unwrap()
            .header
            .body
            .as_deref(),
        Some("offline")
    );
}

#[test]
fn proof_of_work_tokens_gate_uploads_when_the_operator_asks() {
    let dir = TempDir::new("pow");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &["--pow-bits", "12"]);
    let (ct, _) = crate::api::report(&roster, &["alice"], "pow");
    let r = dropbox_e2e::http(srv.addr, "POST", "/v1/submissions", &[], &ct);
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"], "pow-required");
    // Solve by hand: three uploads per token, then it is spent.
    let c = dropbox_e2e::http(srv.addr, "GET", "/v1/pow", &[], b"").json();
    assert_eq!(c["bits"], 12);
    let challenge = c["challenge"].as_str().unwrap();
    let nonce = dropbox_crypto::pow::solve(challenge, 12);
    let body = serde_json::json!({"challenge": challenge, "nonce": nonce}).to_string();
    let tok = dropbox_e2e::http(
        srv.addr,
        "POST",
        "/v1/pow",
        &[("Content-Type", "application/json")],
        body.as_bytes(),
    );
    assert_eq!(tok.status, 200, "{}", String::from_utf8_lossy(&tok.body));
    let again = dropbox_e2e::http(
        srv.addr,
        "POST",
        "/v1/pow",
        &[("Content-Type", "application/json")],
        body.as_bytes(),
    );
    assert_eq!(again.status, 403, "a solved challenge is accepted once");
    let token = tok.json()["token"].as_str().unwrap().to_owned();
    for _ in 0..3 {
        let r = dropbox_e2e::http(
            srv.addr,
            "POST",
            "/v1/submissions",
            &[("Dropbox-Upload-Token", &token)],
            &ct,
        );
        assert_eq!(r.status, 201);
    }
    let r = dropbox_e2e::http(
        srv.addr,
        "POST",
        "/v1/submissions",
        &[("Dropbox-Upload-Token", &token)],
        &ct,
    );
    assert_eq!(r.status, 403, "the token is spent");
    // dropbox-submit solves it by itself.
    let url = format!("http://{}", srv.addr);
    let fps = fp.to_string();
    let state = dir.join("state");
    let out = submit(
        &[
            "send",
            "--server",
            &url,
            "--team",
            &fps,
            "--state",
            state.to_str().unwrap(),
            "--json",
            "--body",
            "hello",
        ],
        &[],
    );
    ok(&out);
}

#[test]
fn an_upload_cut_mid_part_resumes_from_the_servers_offset() {
    let dir = TempDir::new("resume");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    // Cut 3 MiB into the first 8 MiB part of a ~12 MiB upload.
    let proxy = CuttingProxy::start(srv.addr, 3 << 20);
    let url = format!("http://{}", proxy.addr);
    let att = dir.join("capture.bin");
    let content: Vec<u8> = (0..12u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&att, &content).unwrap();
    let fps = fp.to_string();
    let sent = ok(&submit(
        &[
            "send",
            "--server",
            &url,
            "--team",
            &fps,
            "--state",
            dir.join("state").to_str().unwrap(),
            "--json",
            "--title",
            "resumed",
            "--body",
            "resume-canary",
            "--attach",
            att.to_str().unwrap(),
        ],
        &[],
    ));
    assert!(proxy.cut(), "the proxy never cut the upload");
    // The receipt covers the resumed upload.
    let got = fetch_sent(&srv, &t[0], &sent);
    let plain = envelope::decrypt_vec(&got, &[&t[0].age]).unwrap();
    let d = bundle::decode_slice(&plain, 64 << 20).unwrap();
    assert_eq!(d.header.body.as_deref(), Some("resume-canary"));
    assert!(
        d.attachments[0] == content,
        "the attachment arrived byte for byte"
    );
}
