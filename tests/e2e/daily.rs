//! A member's daily use of `reviewer` (issue 20, item 4), with the real
//! binaries: case ids typed as unique prefixes (and the errors for short
//! and ambiguous ones), `list` as a table with `--closed` and `--all`,
//! `show` naming the recipients and placing attachments under the message
//! that carried them, `attachment` to standard output, without
//! overwriting, and under the sender's name made safe, `set` that records
//! nothing when nothing changes and does not close, and counted nouns.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Output, Stdio};

use dropbox_crypto::bundle::{self, AttachmentMeta, DeleteToken, Header, Kind};
use dropbox_crypto::envelope;
use dropbox_crypto::roster::Member;
use dropbox_crypto::time::UnixTime;
use dropbox_e2e::homes::{Homes, arg as s, as_json, must, pass};
use dropbox_e2e::{Server, TempDir};

const IDS: [&str; 3] = ["alice", "bob", "carol"];

/// Three members (alice the only admin), a running drop box, and alice's
/// home synced with nothing yet.
struct Team {
    dir: TempDir,
    fp: String,
    url: String,
    _srv: Server,
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

impl Team {
    fn new(tag: &str) -> Self {
        let dir = TempDir::new(tag);
        let homes = Homes::new(&dir, tag, &IDS, &[], &[]);
        let srv = Server::start(&homes.data, &[]);
        let url = format!("http://{}", srv.addr);
        Team {
            dir,
            fp: homes.fp,
            url,
            _srv: srv,
        }
    }

    fn try_rev(&self, who: &str, args: &[&str]) -> Output {
        dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(self.dir.join(who))
            .args(args)
            .env("REVIEWER_PASSPHRASE", pass(who))
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn rev(&self, who: &str, args: &[&str]) -> Output {
        must(self.try_rev(who, args), &format!("reviewer {args:?}"))
    }

    fn out(&self, who: &str, args: &[&str]) -> String {
        text(&self.rev(who, args).stdout)
    }

    fn json(&self, who: &str, args: &[&str]) -> serde_json::Value {
        as_json(&self.rev(who, args))
    }

    fn submit(&self, args: &[&str]) -> serde_json::Value {
        let out = must(
            dropbox_e2e::command("dropbox-submit")
                .args(args)
                .args(dropbox_e2e::consent(args))
                .args(["--server", &self.url, "--team", &self.fp, "--json"])
                .arg("--state")
                .arg(self.dir.join("submit-state"))
                .output()
                .unwrap(),
            "dropbox-submit",
        );
        as_json(&out)
    }

    fn card(&self, id: &str) -> Member {
        serde_json::from_slice(&std::fs::read(self.dir.join(&format!("{id}.card.json"))).unwrap())
            .unwrap()
    }

    /// A report crafted as a hostile sender may (any file name the bundle
    /// format lets through), with this delete token (so this case id),
    /// written to a file for `reviewer open`.
    fn crafted(&self, token: DeleteToken, title: &str, files: &[(&str, &[u8])]) -> PathBuf {
        let to: Vec<Member> = ["alice", "bob"].iter().map(|m| self.card(m)).collect();
        let mut h = Header::new(
            Kind::Report,
            UnixTime::now().day(),
            1,
            to.iter().map(|m| m.id.clone()).collect(),
        );
        h.delete_token = token;
        h.title = Some(title.into());
        h.body = Some(format!("{title} body"));
        h.attachments = files
            .iter()
            .map(|(name, b)| AttachmentMeta {
                name: (*name).into(),
                media_type: "application/octet-stream".into(),
                size: b.len() as u64,
            })
            .collect();
        let bytes: Vec<&[u8]> = files.iter().map(|(_, b)| *b).collect();
        let plain = bundle::encode_to_vec(h, &bytes).unwrap();
        let ct = envelope::encrypt_vec(
            to.iter()
                .map(|m| envelope::Slot::Real(m.age.clone()))
                .collect(),
            &plain,
        )
        .unwrap();
        let path = self.dir.join(&format!("{title}.age"));
        std::fs::write(&path, ct).unwrap();
        path
    }
}

/// `attachment --out` (issue 17): the file appears whole under its name or
/// not at all, readable by its owner only whatever the umask, and a store
/// copy that was altered or cut short is refused with a clear error: no
/// file, no temporary file left, an existing file kept even with
/// `--force`, and no export logged.
#[test]
fn attachment_files_appear_whole_and_private_or_not_at_all() {
    use std::os::unix::fs::PermissionsExt;
    let t = Team::new("daily-attach-whole");
    t.rev("alice", &["sync", "--server", &t.url, "--team", &t.fp]);
    // Many of age's 64 KiB chunks and more than two of the export's 1 MiB
    // blocks, so a bad chunk comes after some were written.
    let big: Vec<u8> = (0..(2 << 20) + 4321u32)
        .map(|i| (i.wrapping_mul(7) % 251) as u8)
        .collect();
    let f = t.crafted(
        DeleteToken::generate(),
        "evidence",
        &[("big.bin", &big), ("small.txt", b"small")],
    );
    t.rev("alice", &["open", &s(&f), "--team", &t.fp]);
    let id = t.json("alice", &["list", "--json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let dir = t.dir.join("exports");
    std::fs::create_dir(&dir).unwrap();
    let names = || {
        let mut n: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        n.sort();
        n
    };
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let exports = || {
        t.json("alice", &["log", &id, "--json"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["what"].as_str().unwrap_or("").starts_with("exported"))
            .count()
    };

    let whole = dir.join("big.bin");
    t.rev("alice", &["attachment", &id, "0", "--out", &s(&whole)]);
    assert!(std::fs::read(&whole).unwrap() == big, "not byte for byte");
    assert_eq!(mode(&whole), 0o600);
    // --force over a file others could read: replaced by a private one.
    let old = dir.join("old.txt");
    std::fs::write(&old, b"old").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    t.rev(
        "alice",
        &["attachment", &id, "1", "--out", &s(&old), "--force"],
    );
    assert_eq!(std::fs::read(&old).unwrap(), b"small");
    assert_eq!(mode(&old), 0o600);
    assert_eq!(names(), ["big.bin", "old.txt"]);
    assert_eq!(exports(), 2);

    let stored = t
        .dir
        .join("alice")
        .join("attachments")
        .join(&id)
        .join("0.age");
    let good = std::fs::read(&stored).unwrap();
    // Where the payload starts: the file less its chunks (each 64 KiB of
    // plaintext, the last one short, and a 16-byte tag each).
    let chunks = big.len().div_ceil(64 * 1024);
    let payload = good.len() - big.len() - 16 * chunks;
    let mut altered = good.clone();
    let at = good.len() - 70_000;
    altered[at] ^= 1;
    let bad = [
        ("altered", altered),
        ("cut inside a chunk", good[..good.len() - 100].to_vec()),
        (
            "cut at a chunk's end",
            good[..payload + (chunks - 1) * (64 * 1024 + 16)].to_vec(),
        ),
    ];
    for (what, bytes) in bad {
        std::fs::write(&stored, &bytes).unwrap();
        let fresh = dir.join("fresh.bin");
        let r = t.try_rev("alice", &["attachment", &id, "0", "--out", &s(&fresh)]);
        assert_eq!(r.status.code(), Some(1), "{what}: {r:?}");
        let err = text(&r.stderr);
        assert!(
            err.contains("attachment 0") && err.contains("corrupt or was altered"),
            "{what}: {err}"
        );
        // Over an existing file, forced: the file stays as it was.
        let r = t.try_rev(
            "alice",
            &["attachment", &id, "0", "--out", &s(&old), "--force"],
        );
        assert_eq!(r.status.code(), Some(1), "{what}: {r:?}");
        assert_eq!(std::fs::read(&old).unwrap(), b"small", "{what}");
        assert_eq!(names(), ["big.bin", "old.txt"], "{what}: a file was left");
        assert_eq!(exports(), 2, "{what}: a failed export was logged");
    }
    // The store's copy restored, the export works again.
    std::fs::write(&stored, &good).unwrap();
    let again = dir.join("again.bin");
    t.rev("alice", &["attachment", &id, "0", "--out", &s(&again)]);
    assert!(std::fs::read(&again).unwrap() == big);
}

/// Two delete tokens whose case ids share their first 4 hex digits (a
/// birthday search: a few hundred tries).
fn colliding_tokens() -> (DeleteToken, DeleteToken, String) {
    let mut seen: BTreeMap<String, DeleteToken> = BTreeMap::new();
    loop {
        let t = DeleteToken::generate();
        let id = t.case_id().to_string();
        if let Some(other) = seen.remove(&id[..4]) {
            return (other, t, id[..4].to_owned());
        }
        seen.insert(id[..4].to_owned(), t);
    }
}

/// The characters before `col`'s header in each line of a table.
fn column_starts(lines: &[&str], values: &[&str]) -> Vec<usize> {
    lines
        .iter()
        .zip(values)
        .map(|(l, v)| {
            let at = l.find(v).unwrap_or_else(|| panic!("{v:?} not in {l:?}"));
            l[..at].chars().count()
        })
        .collect()
}

/// Case ids as prefixes, `list`, `show` and counted nouns on one team's
/// morning.
#[test]
fn a_morning_of_triage_by_prefix_list_and_show() {
    let t = Team::new("daily-triage");
    let att = t.dir.join("poc.html");
    std::fs::write(&att, b"<b>report-attachment</b>").unwrap();
    // Received the day it was sent: this one, or the next when the test
    // runs past midnight UTC.
    let began = UnixTime::now().day().to_string();
    let sent = t.submit(&[
        "send",
        "--title",
        "red \u{1b}[31mtitle",
        "--body",
        "first",
        "--severity",
        "high",
        "--attach",
        &s(&att),
        "--replies",
    ]);
    let codename = sent["codename"].as_str().unwrap().to_owned();
    t.submit(&[
        "send",
        "--title",
        "about carol",
        "--body",
        "second",
        "--leave-out",
        "carol",
    ]);
    let fu = t.dir.join("fixed.txt");
    std::fs::write(&fu, b"followup-attachment").unwrap();
    must(
        dropbox_e2e::command("dropbox-submit")
            .args([
                "followup",
                "--yes",
                "--message",
                "more",
                "--attach",
                &s(&fu),
            ])
            .args(["--server", &t.url, "--team", &t.fp])
            .arg("--state")
            .arg(t.dir.join("submit-state"))
            .env("DROPBOX_CODENAME", &codename)
            .output()
            .unwrap(),
        "followup",
    );
    // Counted nouns: two cases, one follow-up.
    let synced = t.out("alice", &["sync", "--server", &t.url, "--team", &t.fp]);
    assert!(
        synced.starts_with(
            "2 new cases, 1 follow-up, 0 items not encrypted to you; 0 team events applied"
        ),
        "{synced}"
    );
    let list = t.json("alice", &["list", "--json"]);
    let id_of = |title: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["title"] == title)
            .unwrap_or_else(|| panic!("{title} not in {list}"))["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let red = id_of("red \u{1b}[31mtitle");
    let carol = id_of("about carol");
    assert_eq!(
        list[0]["severity_guess"], "high",
        "the reporter's guess is listed: {list}"
    );
    assert_eq!(list[0]["purge_day"], serde_json::Value::Null);

    // `list`: a header, then one aligned row per case, escaped.
    let table = t.out("alice", &["list"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    for h in [
        "ID", "RECEIVED", "STATUS", "SEVERITY", "GUESS", "TLP", "OWNER", "TITLE",
    ] {
        assert!(lines[0].contains(h), "no {h} in the header: {table}");
    }
    assert!(!table.contains('\u{1b}'), "the title is escaped: {table:?}");
    assert!(table.contains("red \\x1b[31mtitle"), "{table}");
    let today = UnixTime::now().day().to_string();
    let red_row = lines.iter().find(|l| l.contains("red ")).unwrap();
    assert!(
        (red_row.contains(&began) || red_row.contains(&today)) && red_row.contains(" high "),
        "{red_row}"
    );
    assert!(red_row.starts_with(&red[..8]), "{red_row}");
    assert_eq!(
        column_starts(&lines, &["TITLE", "red ", "about carol"])
            .windows(2)
            .filter(|w| w[0] != w[1])
            .count(),
        0,
        "{table}"
    );

    // Prefixes: the first 4 digits name a case in every command that takes
    // one; fewer are refused, a wrong one names no case.
    let p = &red[..4];
    assert_eq!(t.json("alice", &["show", p, "--json"])["id"], red.as_str());
    let done = t.json("alice", &["note", p, "by prefix", "--json"]);
    assert_eq!(done["case"], red.as_str(), "{done}");
    let short = t.try_rev("alice", &["show", &red[..3]]);
    assert_eq!(short.status.code(), Some(1), "{short:?}");
    assert!(text(&short.stderr).contains("too short"), "{short:?}");
    let other = if red.starts_with('0') { "ffff" } else { "0000" };
    if !carol.starts_with(other) {
        let none = t.try_rev("alice", &["show", other]);
        assert_eq!(none.status.code(), Some(1), "{none:?}");
        assert!(text(&none.stderr).contains("no case"), "{none:?}");
    }

    // Ambiguous: two reports whose ids share 4 digits.
    let (a, b, common) = colliding_tokens();
    let (ida, idb) = (a.case_id().to_string(), b.case_id().to_string());
    for (tok, title) in [(a, "twin-a"), (b, "twin-b")] {
        let f = t.crafted(tok, title, &[]);
        t.rev("alice", &["open", &s(&f), "--team", &t.fp]);
    }
    let amb = t.try_rev("alice", &["set", &common, "--status", "triaged"]);
    assert_eq!(amb.status.code(), Some(1), "{amb:?}");
    let why = text(&amb.stderr);
    assert!(
        why.contains("ambiguous") && why.contains(&ida) && why.contains(&idb),
        "{why}"
    );
    // The list's short ids are long enough to tell the twins apart.
    let table = t.out("alice", &["list"]);
    let shown: Vec<&str> = table
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    for id in &shown {
        assert_eq!(
            t.json("alice", &["show", id, "--json"])["id"]
                .as_str()
                .unwrap()
                .len(),
            32,
            "{id} from {table}"
        );
    }

    // `show`: who the reporter chose, and each attachment under its message.
    let shown = t.out("alice", &["show", &carol[..6]]);
    assert!(
        shown.contains("Recipients: alice, bob; 1 member left out"),
        "{shown}"
    );
    let shown = t.out("alice", &["show", &red[..6]]);
    assert!(
        shown.contains("Recipients: alice, bob, carol; nobody left out"),
        "{shown}"
    );
    let at0 = shown.find("Attachment 0: poc.html").expect(&shown);
    let fu1 = shown.find("Follow-up #1").expect(&shown);
    let at1 = shown.find("Attachment 1: fixed.txt").expect(&shown);
    assert!(at0 < fu1 && fu1 < at1, "{shown}");
    assert!(shown.contains("19 bytes"), "{shown}");
}

/// `set` that changes nothing records nothing, `closed` is `close`'s, and
/// closed cases are listed only when asked for.
#[test]
fn set_without_a_change_records_nothing_and_closed_cases_list_on_request() {
    let t = Team::new("daily-set");
    t.submit(&["send", "--title", "one", "--body", "b1"]);
    t.submit(&["send", "--title", "two", "--body", "b2"]);
    t.rev("alice", &["sync", "--server", &t.url, "--team", &t.fp]);
    let list = t.json("alice", &["list", "--json"]);
    let one = list[0]["id"].as_str().unwrap().to_owned();
    let two = list[1]["id"].as_str().unwrap().to_owned();
    let events = |id: &str| {
        t.json("alice", &["show", id, "--json"])["events"]
            .as_array()
            .unwrap()
            .len()
    };

    // A new case set to new: "no change", no event, nothing to post.
    let before = events(&one);
    let same = t.out("alice", &["set", &one[..5], "--status", "new"]);
    assert!(same.starts_with("No change: case"), "{same}");
    assert_eq!(events(&one), before);
    let j = t.json("alice", &["set", &one, "--status", "new", "--json"]);
    assert_eq!(j["changes"], serde_json::json!([]), "{j}");
    // Only what differs is recorded.
    t.rev("alice", &["set", &one, "--status", "triaged"]);
    let j = t.json(
        "alice",
        &[
            "set",
            &one,
            "--status",
            "triaged",
            "--severity",
            "low",
            "--json",
        ],
    );
    assert_eq!(j["changes"], serde_json::json!(["severity -> low"]), "{j}");
    assert!(
        j["message"]
            .as_str()
            .unwrap()
            .contains("already: status triaged")
    );
    assert_eq!(events(&one), before + 2);
    let j = t.json("alice", &["assign", &one, "bob", "--json"]);
    assert_eq!(j["changes"].as_array().unwrap().len(), 1);
    let j = t.json("alice", &["set", &one, "--owner", "bob", "--json"]);
    assert_eq!(j["changes"], serde_json::json!([]), "{j}");
    let j = t.json("alice", &["set", &one, "--tlp", "AMBER", "--json"]);
    assert_eq!(
        j["changes"],
        serde_json::json!([]),
        "TLP:AMBER is the default: {j}"
    );

    // `closed` is not a status `set` gives: a usage error naming `close`.
    let closed = t.try_rev("alice", &["set", &one, "--status", "closed"]);
    assert_eq!(closed.status.code(), Some(2), "{closed:?}");
    assert!(
        text(&closed.stderr).contains("reviewer close"),
        "{closed:?}"
    );
    let help = t.out("alice", &["set", "--help"]);
    let values = help
        .lines()
        .find(|l| l.contains("possible values"))
        .unwrap_or_else(|| panic!("{help}"));
    let values: Vec<&str> = values
        .split("possible values: ")
        .nth(1)
        .unwrap()
        .trim_end_matches(']')
        .split(", ")
        .collect();
    assert_eq!(
        values,
        [
            "new",
            "triaged",
            "accepted",
            "invalid",
            "fixing",
            "disclosed"
        ]
    );

    // Closed cases: not in the default list, alone with --closed, with
    // the open ones under --all; reopened by prefix.
    t.rev("alice", &["close", &two[..4], "--reason", "duplicate"]);
    let ids = |args: &[&str]| -> Vec<String> {
        t.json("alice", args)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&["list", "--json"]), [one.as_str()]);
    assert_eq!(ids(&["list", "--closed", "--json"]), [two.as_str()]);
    assert_eq!(
        ids(&["list", "--all", "--json"]),
        [one.clone(), two.clone()]
    );
    let closed = t.json("alice", &["list", "--closed", "--json"]);
    assert_eq!(closed[0]["status"], "closed");
    assert!(closed[0]["purge_day"].is_string(), "{closed}");
    let table = t.out("alice", &["list", "--closed"]);
    assert!(table.contains("purged on "), "{table}");
    let both = t.try_rev("alice", &["list", "--closed", "--all"]);
    assert_eq!(both.status.code(), Some(2));
    t.rev(
        "alice",
        &["reopen", &two[..4], "--reason", "not a duplicate"],
    );
    assert_eq!(ids(&["list", "--closed", "--json"]), Vec::<String>::new());
    assert_eq!(
        t.out("alice", &["list", "--closed"]).trim(),
        "No closed cases within their backup window."
    );
}

/// `attachment`: to standard output, never over an existing file unless
/// forced, and into a directory under the sender's name made safe.
#[test]
fn attachments_go_to_stdout_keep_existing_files_and_take_safe_sender_names() {
    let t = Team::new("daily-attachment");
    t.rev("alice", &["sync", "--server", &t.url, "--team", &t.fp]);
    let f = t.crafted(
        DeleteToken::generate(),
        "hostile",
        &[
            (".bashrc", b"rm -rf ~"),
            ("invoice\u{202e}fdp.exe", b"MZ\x90\0"),
        ],
    );
    t.rev("alice", &["open", &s(&f), "--team", &t.fp]);
    let id = t.json("alice", &["list", "--json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let p = &id[..6];

    // Standard output: the bytes, the summary on stderr.
    let out = t.rev("alice", &["attachment", p, "1", "--out", "-"]);
    assert_eq!(out.stdout, b"MZ\x90\0");
    assert!(text(&out.stderr).contains("detected executable"), "{out:?}");
    let mixed = t.try_rev("alice", &["attachment", p, "1", "--out", "-", "--json"]);
    assert_eq!(mixed.status.code(), Some(1), "{mixed:?}");
    assert!(mixed.stdout.is_empty());

    // An existing file stays unless --force.
    let dest = t.dir.join("exists.bin");
    std::fs::write(&dest, b"keep me").unwrap();
    let kept = t.try_rev("alice", &["attachment", p, "0", "--out", &s(&dest)]);
    assert_eq!(kept.status.code(), Some(1), "{kept:?}");
    assert!(text(&kept.stderr).contains("--force"), "{kept:?}");
    assert_eq!(std::fs::read(&dest).unwrap(), b"keep me");
    t.rev(
        "alice",
        &["attachment", p, "0", "--out", &s(&dest), "--force"],
    );
    assert_eq!(std::fs::read(&dest).unwrap(), b"rm -rf ~");

    // Into a directory under the sender's name: no hidden file, no
    // right-to-left override.
    let dir = t.dir.join("evidence");
    std::fs::create_dir(&dir).unwrap();
    for n in ["0", "1"] {
        let j = t.json(
            "alice",
            &["attachment", p, n, "--out-dir", &s(&dir), "--json"],
        );
        assert!(j["file"].as_str().unwrap().starts_with(&s(&dir)), "{j}");
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["bashrc", "invoice_fdp.exe"]);
    // The same again is refused: the first export stays.
    let again = t.try_rev("alice", &["attachment", p, "0", "--out-dir", &s(&dir)]);
    assert_eq!(again.status.code(), Some(1), "{again:?}");
    let log = t.json("alice", &["log", p, "--json"]);
    let exports = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["what"] == "exported attachment 0")
        .count();
    assert_eq!(exports, 2, "{log}");
}
