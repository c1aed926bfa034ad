//! Issue 23 items 1 and 2 with the real binaries: `dropbox-submit` shows
//! the roster policy's facts and asks before anything is encrypted (and
//! refuses without a terminal unless `--yes`), sends nothing of the
//! consent; `--keep` saves exactly the uploaded ciphertext, which `open`
//! decrypts with the codename alone, and `replies` lists and exports the
//! conversation from those copies, the mailbox's own log and the replies.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use dropbox_crypto::codename::Codename;
use dropbox_crypto::roster::{Policy, Retention};
use dropbox_crypto::{Sha256Digest, TeamFingerprint, envelope};
use dropbox_e2e::{
    Replies, Server, TempDir, TestMember, apt_need, binary, fetch_submission, first_roster,
    init_data, team,
};

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn must(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

fn as_json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}{}", text(&out.stdout), text(&out.stderr)))
}

/// A policy whose every period differs from the defaults and from the
/// others, so each number in the consent text is traced to its field.
fn policy() -> Policy {
    Policy {
        retention: Retention {
            all_acked_days: 3,
            first_ack_days: 11,
            unacked_days: 45,
            reply_read_days: 5,
            reply_days: 21,
            backup_days: 9,
        },
        ..Policy::default()
    }
}

/// The test team (alice, bob, carol) under [`policy`], and a server.
struct Desk {
    dir: TempDir,
    t: Vec<TestMember>,
    fp: TeamFingerprint,
    data: PathBuf,
    srv: Server,
    url: String,
}

impl Desk {
    fn new(tag: &str) -> Self {
        let dir = TempDir::new(tag);
        let t = team();
        let (data, fp) = init_data(&dir, &first_roster(&t, policy()), &t);
        let srv = Server::start(&data, &[]);
        let url = format!("http://{}", srv.addr);
        Desk {
            dir,
            t,
            fp,
            data,
            srv,
            url,
        }
    }

    /// `dropbox-submit ARGS --server … --team … --state …` without a
    /// terminal, adding nothing (no `--yes`).
    fn submit(&self, args: &[&str], codename: Option<&str>) -> Output {
        let mut c = dropbox_e2e::command("dropbox-submit");
        c.args(args)
            .args(["--server", &self.url, "--team", &self.fp.to_string()])
            .arg("--state")
            .arg(self.dir.join("submit-state"))
            .stdin(Stdio::null());
        if let Some(code) = codename {
            c.env("DROPBOX_CODENAME", code);
        }
        c.output().unwrap()
    }

    /// The same on a terminal (util-linux `script`), typing `answer`.
    fn on_terminal(&self, args: &[&str], answer: &str) -> Output {
        apt_need("script", "bsdutils");
        let quote = |a: &str| format!("'{}'", a.replace('\'', r"'\''"));
        let state = s(&self.dir.join("submit-state"));
        let fp = self.fp.to_string();
        let line: Vec<String> = std::iter::once(s(&binary("dropbox-submit")))
            .chain(args.iter().map(|a| a.to_string()))
            .chain(["--server", &self.url, "--team", &fp, "--state", &state].map(String::from))
            .map(|a| quote(&a))
            .collect();
        let mut child = dropbox_e2e::pin_locale(&mut Command::new("script"))
            .args(["-qec", &line.join(" "), "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(answer.as_bytes()).unwrap();
        // Kept open until the program is done: `script` ends the session
        // at the end of its input.
        let out = child.wait_with_output().unwrap();
        drop(stdin);
        out
    }

    fn stored(&self) -> Vec<String> {
        let db = rusqlite::Connection::open(self.data.join("dropbox.sqlite3")).unwrap();
        db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
        let mut st = db.prepare("SELECT id FROM submissions").unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }
}

#[test]
fn consent_is_asked_before_anything_is_encrypted_and_never_sent() {
    let d = Desk::new("consent");
    // Without a terminal and without --yes: a usage error of one line
    // naming --yes, with or without --json, nothing uploaded.
    for args in [
        &["send", "--body", "no-consent-canary"][..],
        &["send", "--body", "no-consent-canary", "--json"],
        // `dropbox-submit --server … --body …` means send.
        &["--body", "no-consent-canary"],
    ] {
        let out = d.submit(args, None);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        let err = text(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains("--yes"), "{err}");
        assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    }
    assert!(d.stored().is_empty(), "nothing reached the drop box");

    // With --yes: the facts on standard error, from the roster's policy.
    let out = must(
        d.submit(
            &[
                "send",
                "--yes",
                "--body",
                "agreed-canary",
                "--leave-out",
                "carol",
            ],
            None,
        ),
        "send --yes",
    );
    let err = text(&out.stderr);
    for want in [
        &format!("encrypted on the drop box at {}", d.url)[..],
        "deletes it 3 days after every reader has collected it",
        "or 11 days after the first did",
        "after 45 days if nobody collects it",
        "5 days after you read them, or 21 days after they were written",
        "deletes the case 9 days after closing it",
        "backups stay readable for 9 days",
        "Who can read it: alice (test) (alice), bob (test) (bob).",
        "Left out: carol (test) (carol).",
        "You give no contact details",
        "You ask for no credit",
        "affected party",
        "TLP label",
        "Without a codename (--replies) you cannot withdraw this report",
        "Nothing of this consent is sent",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
    assert!(
        !err.contains("short-lived keys"),
        "no drop-key window when the roster has none: {err}"
    );
    assert!(text(&out.stdout).contains("Your report was received."));
    assert_eq!(d.stored().len(), 1);

    // --json: the same facts as JSON, in the one object printed.
    let out = must(
        d.submit(
            &[
                "send",
                "--yes",
                "--json",
                "--body",
                "json-canary",
                "--contact",
                "me@example.org",
                "--credit",
                "Me",
                "--replies",
            ],
            None,
        ),
        "send --yes --json",
    );
    assert_eq!(text(&out.stdout).lines().count(), 1);
    let sent = as_json(&out);
    assert!(
        !text(&out.stderr).contains("Who can read it"),
        "--json --yes keeps standard error for problems: {}",
        text(&out.stderr)
    );
    assert_eq!(
        sent["consent"],
        serde_json::json!({
            "what": "report",
            "team": "E2E Team",
            "delivery": {"to": "server", "url": d.url},
            "server_days": {"all_collected": 3, "first_collected": 11, "uncollected": 45,
                            "reply_read": 5, "reply": 21},
            "purge_after_close_days": 9,
            "backup_days": 9,
            "drop_key_days": null,
            "readers": [{"id": "alice", "name": "alice (test)"},
                        {"id": "bob", "name": "bob (test)"},
                        {"id": "carol", "name": "carol (test)"}],
            "left_out": [],
            "contact_given": true,
            "credit_given": true,
            "codename": true,
            "keep": null,
        })
    );
    // Nothing of the consent travels: the report as alice decrypts it
    // holds no word of it.
    let ct = fetch_submission(
        d.srv.addr,
        &d.t[0],
        sent["id"].as_str().unwrap(),
        sent["receipt"].as_str().unwrap(),
    );
    let plain = envelope::decrypt_vec(&ct, &[&d.t[0].age]).unwrap();
    assert!(text(&plain).contains("json-canary"));
    for word in [
        "consent",
        "TLP",
        "affected party",
        "readable for",
        "server_days",
    ] {
        assert!(!text(&plain).contains(word), "{word} was sent");
    }
    let code = sent["codename"].as_str().unwrap().to_owned();

    // A follow-up transmits new words, so it asks too.
    let out = d.submit(&["followup", "--message", "no-consent-canary"], Some(&code));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--yes"));
    let f = as_json(&must(
        d.submit(
            &[
                "followup",
                "--yes",
                "--json",
                "--message",
                "followup-canary",
            ],
            Some(&code),
        ),
        "followup --yes",
    ));
    assert_eq!(f["consent"]["what"], "followup");
    assert_eq!(f["consent"]["readers"].as_array().unwrap().len(), 3);
    assert_eq!(f["consent"]["server_days"]["uncollected"], 45);
    assert_eq!(d.stored().len(), 3);

    // On a terminal: the text and a question; anything but yes sends
    // nothing, yes sends.
    let before = d.stored().len();
    for no in ["\n", "n\n", "nope\n"] {
        let out = d.on_terminal(&["send", "--body", "declined-canary"], no);
        let said = text(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{said}");
        assert!(said.contains("Send this report? [y/N]"), "{said}");
        assert!(
            said.contains("deletes the case 9 days after closing it"),
            "{said}"
        );
        assert!(said.contains("nothing was encrypted or sent"), "{said}");
    }
    assert_eq!(d.stored().len(), before, "a refusal uploads nothing");
    let out = d.on_terminal(&["send", "--body", "asked-canary"], "y\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("Your report was received."));
    assert_eq!(d.stored().len(), before + 1);
}

#[test]
fn a_kept_copy_opens_with_the_codename_alone_and_joins_the_conversation() {
    let d = Desk::new("keep");
    let copy = d.dir.join("copy.age");
    let poc = d.dir.join("poc.bin");
    std::fs::write(&poc, b"attachment-canary \x00\x01").unwrap();
    // --keep needs a codename: nothing else could open the copy.
    let out = d.submit(&["send", "--yes", "--body", "x", "--keep", &s(&copy)], None);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(!copy.exists());

    let title = "evil \u{1b}[31mtitle";
    let sent = as_json(&must(
        d.submit(
            &[
                "send",
                "--yes",
                "--json",
                "--replies",
                "--title",
                title,
                "--body",
                "kept-canary",
                "--attach",
                &s(&poc),
                "--leave-out",
                "carol",
                "--keep",
                &s(&copy),
            ],
            None,
        ),
        "send --keep",
    ));
    let code = sent["codename"].as_str().unwrap().to_owned();
    let kept = std::fs::read(&copy).unwrap();
    assert_eq!(
        Sha256Digest::of(&kept).to_string(),
        sent["receipt"].as_str().unwrap(),
        "the copy is exactly what the drop box received"
    );
    assert_eq!(sent["keep"], s(&copy));
    assert_eq!(sent["consent"]["keep"], s(&copy));

    let open = |args: &[&str], codename: &str| {
        dropbox_e2e::command("dropbox-submit")
            .arg("open")
            .args(["--team", &d.fp.to_string()])
            .args(args)
            .env("DROPBOX_CODENAME", codename)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    // Text: untrusted text escaped, the attachment listed.
    let out = must(open(&[&s(&copy)], &code), "open");
    assert!(!out.stdout.contains(&0x1b), "raw escape printed");
    let said = text(&out.stdout);
    for want in ["kept-canary", "poc.bin", "alice, bob", "--out DIR"] {
        assert!(said.contains(want), "missing {want:?}: {said}");
    }
    // --json and --out: the attachment saved, byte for byte.
    let dir = d.dir.join("out");
    let v = as_json(&must(
        open(&["--json", "--out", &s(&dir), &s(&copy)], &code),
        "open --out",
    ));
    assert_eq!(v["kind"], "report");
    assert_eq!(v["title"], title);
    assert_eq!(v["body"], "kept-canary");
    assert_eq!(v["recipients"], serde_json::json!(["alice", "bob"]));
    assert_eq!(v["attachments"][0]["name"], "poc.bin");
    assert_eq!(
        std::fs::read(dir.join("poc.bin")).unwrap(),
        std::fs::read(&poc).unwrap()
    );
    // Saving again never overwrites.
    std::fs::write(dir.join("poc.bin"), b"mine").unwrap();
    let again = must(open(&["--out", &s(&dir), &s(&copy)], &code), "open again");
    assert!(text(&again.stderr).contains("exists already"));
    assert_eq!(std::fs::read(dir.join("poc.bin")).unwrap(), b"mine");
    // Another codename, or the same words for another team, cannot open it.
    let other = open(&[&s(&copy)], Codename::generate().expose());
    assert_eq!(other.status.code(), Some(1));
    assert!(
        text(&other.stderr).contains("does not open with this codename"),
        "{}",
        text(&other.stderr)
    );
    let foreign = dropbox_e2e::command("dropbox-submit")
        .args(["open", "--team", &"ab".repeat(32), &s(&copy)])
        .env("DROPBOX_CODENAME", &code)
        .output()
        .unwrap();
    assert_eq!(foreign.status.code(), Some(1));
    // A copy altered after saving is refused, and saves nothing.
    let bad = d.dir.join("bad.age");
    let mut b = kept.clone();
    let n = b.len();
    b[n - 20] ^= 1;
    std::fs::write(&bad, &b).unwrap();
    let dir2 = d.dir.join("out2");
    let out = open(&["--out", &s(&dir2), &s(&bad)], &code);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        std::fs::read_dir(&dir2).map_or(true, |mut r| r.next().is_none()),
        "nothing saved from an altered copy"
    );

    // A follow-up kept the same way; another not kept.
    let f1 = d.dir.join("f1.age");
    let note = d.dir.join("note.txt");
    std::fs::write(&note, b"note-canary").unwrap();
    let f = as_json(&must(
        d.submit(
            &[
                "followup",
                "--yes",
                "--json",
                "--message",
                "followup-one-canary",
                "--attach",
                &s(&note),
                "--keep",
                &s(&f1),
            ],
            Some(&code),
        ),
        "followup --keep",
    ));
    assert_eq!(
        Sha256Digest::of(&std::fs::read(&f1).unwrap()).to_string(),
        f["receipt"].as_str().unwrap()
    );
    let v = as_json(&must(open(&["--json", &s(&f1)], &code), "open a follow-up"));
    assert_eq!(v["kind"], "followup");
    assert_eq!(v["seq"], 1);
    assert_eq!(v["body"], "followup-one-canary");
    assert_eq!(v["attachments"][0]["name"], "note.txt");
    must(
        d.submit(
            &["followup", "--yes", "--message", "followup-two-canary"],
            Some(&code),
        ),
        "followup",
    );
    // The team replies.
    let keys = Codename::parse(&code).unwrap().derive(&d.fp);
    let recipient = keys.identity.recipient();
    Replies {
        addr: d.srv.addr,
        team: &d.t,
        fp: d.fp,
        mailbox: keys.mailbox(),
        codename: &recipient,
    }
    .post(1, &d.t[0].sign, "alice", "reply-canary");

    // The conversation: the report and follow-up #1 from the copies,
    // follow-up #2 from the mailbox's own log, the reply; exported whole.
    let export = d.dir.join("conversation.json");
    let r = as_json(&must(
        d.submit(
            &[
                "replies",
                "--json",
                "--copy",
                &s(&copy),
                "--copy",
                &s(&f1),
                "--export",
                &s(&export),
            ],
            Some(&code),
        ),
        "replies --copy --export",
    ));
    let conv = r["conversation"].as_array().unwrap();
    let got: Vec<(&str, &str, &str)> = conv
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap(),
                e["from"].as_str().unwrap(),
                e["body"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("report", "you", "kept-canary"),
            ("followup", "you", "followup-one-canary"),
            ("followup", "you", "followup-two-canary"),
            ("reply", "alice", "reply-canary"),
        ]
    );
    assert_eq!(conv[0]["attachments"], serde_json::json!(["poc.bin"]));
    assert_eq!(conv[1]["attachments"], serde_json::json!(["note.txt"]));
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&export).unwrap()).unwrap();
    assert_eq!(file["conversation"], r["conversation"]);
    assert_eq!(file["team"], d.fp.to_string());
    assert_eq!(file["mailbox"], keys.mailbox().to_string());
    // As text, the reporter's messages among the replies.
    let out = must(
        d.submit(&["replies", "--copy", &s(&copy)], Some(&code)),
        "replies --copy",
    );
    let said = text(&out.stdout);
    let at = |w: &str| {
        said.find(w)
            .unwrap_or_else(|| panic!("{w} missing: {said}"))
    };
    assert!(at("Your report on") < at("Your follow-up #2"));
    assert!(at("Your follow-up #2") < at("reply-canary"));
    // A copy of another conversation is refused rather than mixed in.
    let stranger = as_json(&must(
        d.submit(
            &[
                "send",
                "--yes",
                "--json",
                "--replies",
                "--body",
                "stranger",
                "--keep",
                &s(&d.dir.join("stranger.age")),
            ],
            None,
        ),
        "another report",
    ));
    assert!(stranger["codename"].is_string());
    let out = d.submit(
        &["replies", "--copy", &s(&d.dir.join("stranger.age"))],
        Some(&code),
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
}

/// `dropbox-submit ARGS` started from a shell whose umask is 022 (the usual
/// default), with `env`.
fn submit_from_umask_022(args: &[String], env: &[(&str, &str)]) -> Output {
    dropbox_e2e::pin_locale(&mut Command::new("sh"))
        .args(["-c", "umask 022 && exec \"$0\" \"$@\""])
        .arg(binary("dropbox-submit"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// What dropbox-submit writes (a kept copy, the attachments `open --out`
/// saves in the clear, an exported conversation) is for the reporter
/// alone, whatever the umask of the shell it is run from: another user of
/// a shared machine reads none of it.
#[test]
fn files_written_for_the_reporter_are_theirs_alone() {
    use std::os::unix::fs::PermissionsExt;
    let d = Desk::new("umask");
    let copy = d.dir.join("copy.age");
    let poc = d.dir.join("poc.bin");
    std::fs::write(&poc, b"umask-canary").unwrap();
    let common = |v: &[&str]| -> Vec<String> {
        v.iter()
            .map(|a| a.to_string())
            .chain(
                [
                    "--server",
                    &d.url,
                    "--team",
                    &d.fp.to_string(),
                    "--state",
                    &s(&d.dir.join("submit-state")),
                ]
                .map(String::from),
            )
            .collect()
    };
    let sent = as_json(&must(
        submit_from_umask_022(
            &common(&[
                "send",
                "--yes",
                "--json",
                "--replies",
                "--body",
                "umask-body",
                "--attach",
                &s(&poc),
                "--keep",
                &s(&copy),
            ]),
            &[],
        ),
        "send --keep",
    ));
    let code = sent["codename"].as_str().unwrap().to_owned();
    let out_dir = d.dir.join("opened");
    must(
        submit_from_umask_022(
            &[
                "open".into(),
                "--team".into(),
                d.fp.to_string(),
                "--out".into(),
                s(&out_dir),
                s(&copy),
            ],
            &[("DROPBOX_CODENAME", &code)],
        ),
        "open --out",
    );
    let export = d.dir.join("conversation.json");
    must(
        submit_from_umask_022(
            &common(&["replies", "--copy", &s(&copy), "--export", &s(&export)]),
            &[("DROPBOX_CODENAME", &code)],
        ),
        "replies --export",
    );
    let saved = out_dir.join("poc.bin");
    assert_eq!(std::fs::read(&saved).unwrap(), b"umask-canary");
    for p in [&copy, &out_dir, &saved, &export] {
        let mode = std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode & 0o077,
            0,
            "{} is {mode:o}: others may read it",
            p.display()
        );
    }
}
