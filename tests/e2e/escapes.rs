//! Untrusted text never drives the terminal (issue 14, item 7): a report
//! whose title, body, contact, credit and attachment name carry
//! ESC sequences (erase line, hidden text), an OSC 52 clipboard write, a
//! carriage return that overwrites the line, C1 controls and bidi overrides
//! is sent with the real `dropbox-submit`, filed with the real `reviewer`,
//! annotated and answered; every human-readable output of `reviewer list`,
//! `show`, `log`, `due`, `search` and `sync`, and of `dropbox-submit
//! replies`, shows those characters escaped, while `--json` stays valid
//! JSON carrying the text unchanged.
//!
//! Member names that hide characters or look like another member's are
//! refused (item 8): `reviewer key new`, `team init` and `team add` say
//! which member and which character, or which two names look alike.

use std::path::Path;
use std::process::Output;

use dropbox_crypto::roster::Role;
use dropbox_e2e::{Server, TempDir, TestMember, run};

const PASS: &str = "alice passphrase";

/// Everything an attacker would put in a field: CSI erase-line and cursor
/// up, SGR 8 (hidden text), OSC 52 (clipboard), OSC 0 (window title) ended
/// by BEL and by ST, a bare CR, C1 CSI and OSC, bidi override and isolate,
/// a zero-width space and the line separator.
const EVIL: &str = "A\x1b[2K\x1b[1A\x1b[8mhidden\x1b[0m\x1b]52;c;cm0gLXJmIH4=\x07\x1b]0;owned\x1b\\\rfake\u{9b}31m\u{9d}0;t\u{9c}\u{202e}fdp.exe\u{2067}x\u{2069}\u{200b}\u{2028}Z";

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

fn must(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn reviewer(home: &Path, args: &[&str]) -> Output {
    dropbox_e2e::command("reviewer")
        .arg("--home")
        .arg(home)
        .args(args)
        .env("REVIEWER_PASSPHRASE", PASS)
        .output()
        .unwrap()
}

/// What a terminal would act on: ESC, C1 controls (as UTF-8), CR, other
/// C0 controls except newline and tab, DEL, bidi controls, zero-width
/// space, line and paragraph separators.
fn terminal_hazards(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.char_indices()
        .filter(|(_, c)| {
            let u = u32::from(*c);
            (u < 0x20 && !matches!(c, '\n' | '\t'))
                || (0x7f..=0x9f).contains(&u)
                || matches!(
                    u,
                    0x061c | 0x200b | 0x200e | 0x200f | 0x2028 | 0x2029 | 0xfeff
                )
                || (0x202a..=0x202e).contains(&u)
                || (0x2066..=0x2069).contains(&u)
        })
        .map(|(i, c)| format!("U+{:04X} at byte {i}", u32::from(c)))
        .collect()
}

fn clean(out: &Output, what: &str) -> String {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let found = terminal_hazards(bytes);
        assert!(
            found.is_empty(),
            "{what} wrote raw terminal controls to {stream}: {found:?}\n{}",
            String::from_utf8_lossy(bytes).escape_debug()
        );
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn untrusted_text_is_shown_escaped_on_the_terminal() {
    let dir = TempDir::new("escapes");
    let home = dir.join("alice");
    let card = must(
        reviewer(
            &home,
            &["key", "new", "--name", "Alice", "--id", "alice", "--json"],
        ),
        "key new",
    );
    let card_path = dir.join("alice.card.json");
    std::fs::write(&card_path, &card.stdout).unwrap();
    let chain = dir.join("roster.json");
    let init = must(
        reviewer(
            &home,
            &[
                "team",
                "init",
                "--name",
                "Escapes",
                "--member",
                &s(&card_path),
                "--endpoint",
                "http://127.0.0.1:9",
                "--out",
                &s(&chain),
                "--json",
            ],
        ),
        "team init",
    );
    let fp = serde_json::from_slice::<serde_json::Value>(&init.stdout).unwrap()["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    let data = dir.join("data");
    assert!(
        run(
            "dropbox-server",
            &["init", "--data", &s(&data), "--roster", &s(&chain)]
        )
        .status
        .success()
    );
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);

    // `safe_name` drops C0 and C1 controls from file names, not the bidi
    // override, which reaches the team.
    let attachment = dir.join("invoice\u{202e}fdp\u{9b}.exe");
    std::fs::write(&attachment, b"not really an exe").unwrap();
    let body = format!("first line\n\tindented\r\nsecond {EVIL} end");
    let sent = must(
        dropbox_e2e::command("dropbox-submit")
            .args(["send", "--yes", "--title", EVIL, "--body", &body])
            .args(["--contact", EVIL, "--credit", EVIL])
            .arg("--attach")
            .arg(&attachment)
            .args(["--replies", "--server", &url, "--team", &fp, "--json"])
            .arg("--state")
            .arg(dir.join("submit-state"))
            .output()
            .unwrap(),
        "dropbox-submit send",
    );
    let sent: serde_json::Value = serde_json::from_slice(&sent.stdout).unwrap();
    let codename = sent["codename"].as_str().unwrap().to_owned();

    let synced = must(
        reviewer(&home, &["sync", "--server", &url, "--team", &fp]),
        "reviewer sync",
    );
    clean(&synced, "reviewer sync");
    let list: serde_json::Value =
        serde_json::from_slice(&must(reviewer(&home, &["list", "--json"]), "list --json").stdout)
            .unwrap();
    // JSON carries the text exactly (serde escapes what JSON must).
    assert_eq!(list[0]["title"], EVIL, "{list}");
    let id = list[0]["id"].as_str().unwrap().to_owned();

    must(reviewer(&home, &["note", &id, EVIL]), "note");
    must(
        reviewer(
            &home,
            &["reply", &id, "--message", &format!("Thanks.\n{EVIL}")],
        ),
        "reply",
    );

    let listed = clean(&must(reviewer(&home, &["list"]), "list"), "reviewer list");
    assert!(
        listed.contains(r"\x1b[2K"),
        "escapes are shown, not dropped: {listed}"
    );
    // The header row, then one line for the one case.
    assert!(listed.starts_with("ID "), "a header row first: {listed}");
    assert_eq!(
        listed.lines().count(),
        2,
        "a title never makes a line of its own: {listed}"
    );
    let shown = clean(
        &must(reviewer(&home, &["show", &id]), "show"),
        "reviewer show",
    );
    for visible in [
        r"\x1b]52;c;",
        r"\x07",
        r"\r",
        r"\u{9b}",
        r"\u{202e}",
        r"\u{2067}",
        r"\u{200b}",
        r"\u{2028}",
    ] {
        assert!(shown.contains(visible), "show lacks {visible}: {shown}");
    }
    // The body keeps its lines and tabs; its CRLF is a line end.
    assert!(
        shown.contains("first line\n\tindented\nsecond A"),
        "{shown}"
    );
    assert!(shown.contains(r"invoice\u{202e}fdp.exe"), "{shown}");
    assert!(shown.contains(r"Title:     A\x1b[2K"), "{shown}");
    assert!(shown.contains(r"Contact:   A\x1b[2K"), "{shown}");
    clean(&must(reviewer(&home, &["log", &id]), "log"), "reviewer log");
    clean(
        &must(reviewer(&home, &["log"]), "log"),
        "reviewer log (all cases)",
    );
    let due = clean(&must(reviewer(&home, &["due"]), "due"), "reviewer due");
    assert!(due.contains(r"A\x1b[2K"), "{due}");
    let found = clean(
        &must(reviewer(&home, &["search", "hidden"]), "search"),
        "reviewer search",
    );
    assert!(found.contains(&id), "{found}");

    let replies = must(
        dropbox_e2e::command("dropbox-submit")
            .args(["replies", "--server", &url, "--team", &fp])
            .arg("--state")
            .arg(dir.join("submit-state"))
            .env("DROPBOX_CODENAME", &codename)
            .output()
            .unwrap(),
        "dropbox-submit replies",
    );
    let text = clean(&replies, "dropbox-submit replies");
    assert!(text.contains(r"\x1b]52;c;"), "{text}");
}

fn refused(out: &Output, needles: &[&str]) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && needles.iter().all(|n| err.contains(n)),
        "expected a refusal with {needles:?}: {err}"
    );
    assert!(terminal_hazards(&out.stderr).is_empty(), "{err}");
}

/// Regression: a roster could hold "Alice" and "Аlice" (Cyrillic А), or a
/// name with a bidi override or a zero-width space, so two entries of a
/// recipients list looked the same.
#[test]
fn member_names_that_hide_characters_or_look_alike_are_refused() {
    let dir = TempDir::new("names");
    let home = dir.join("alice");
    refused(
        &reviewer(
            &home,
            &["key", "new", "--name", "Al\u{200b}ice", "--id", "alice"],
        ),
        &["alice", "U+200B", "choose a name without it"],
    );
    assert!(
        !home.join("keys.age").exists(),
        "no keys for a refused name"
    );
    let card = must(
        reviewer(
            &home,
            &["key", "new", "--name", "Alice", "--id", "alice", "--json"],
        ),
        "key new",
    );
    let alice = dir.join("alice.card.json");
    std::fs::write(&alice, &card.stdout).unwrap();
    let card_named = |id: &str, n: u8, name: &str| {
        let mut c = TestMember::new(id, n, &[Role::Reviewer]).card();
        c.name = name.to_owned();
        let p = dir.join(&format!("{id}-{n}.card.json"));
        std::fs::write(&p, serde_json::to_vec(&c).unwrap()).unwrap();
        s(&p)
    };
    let chain = dir.join("roster.json");
    let init = |other: &str| {
        reviewer(
            &home,
            &[
                "team",
                "init",
                "--name",
                "Names",
                "--member",
                &s(&alice),
                "--member",
                other,
                "--endpoint",
                "http://127.0.0.1:9",
                "--out",
                &s(&chain),
            ],
        )
    };
    refused(
        &init(&card_named("mallory", 2, "\u{410}lice")),
        &["alice", "mallory", "look alike"],
    );
    refused(
        &init(&card_named("mallory", 3, "Bob\u{202e}kcilc")),
        &["mallory", "U+202E"],
    );
    assert!(!chain.exists(), "no roster is written for refused names");
    must(
        init(&card_named("bob", 4, "Bob")),
        "team init with distinct names",
    );
    let add = |card: &str| {
        reviewer(
            &home,
            &["team", "add", "--chain", &s(&chain), "--member", card],
        )
    };
    refused(
        &add(&card_named("eve", 5, "B\u{3bf}b")),
        &["bob", "eve", "look alike"],
    );
    refused(&add(&card_named("eve", 6, "\u{3164}")), &["eve", "U+3164"]);
    must(
        add(&card_named("carol", 7, "Carol")),
        "team add with a distinct name",
    );
}
