//! `dropbox-submit` in the reporters' languages (issue 19): the language
//! comes from `--lang`, then `DROPBOX_SUBMIT_LANG`, then the locale; what a
//! person reads is translated, while `--json` output and exit statuses are
//! the same in every language, and text from outside (a file name) stays
//! escaped and on its own inside a translated sentence.

use std::process::{Command, Output};

use dropbox_crypto::roster::Policy;
use dropbox_e2e::{Server, TempDir, binary, first_roster, init_data, team};

/// Runs dropbox-submit with only the locale variables given (the test
/// runner's own LC_ALL or LANG must not decide).
fn submit(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = dropbox_e2e::command("dropbox-submit");
    c.args(args);
    for k in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "LANGUAGE",
        "DROPBOX_SUBMIT_LANG",
        "DROPBOX_CODENAME",
    ] {
        c.env_remove(k);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run dropbox-submit")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

#[test]
fn dropbox_submit_speaks_the_chosen_language_and_keeps_its_json() {
    let dir = TempDir::new("languages");
    let t = team();
    let (data, fp) = init_data(&dir, &first_roster(&t, Policy::default()), &t);
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);
    let state = dir.join("state");
    let fps = fp.to_string();
    let team_args = [
        "--server",
        url.as_str(),
        "--team",
        fps.as_str(),
        "--state",
        state.to_str().unwrap(),
    ];
    let with = |first: &[&str], rest: &[&str]| -> Vec<String> {
        first
            .iter()
            .chain(&team_args)
            .chain(rest)
            .map(|s| s.to_string())
            .collect()
    };
    let run = |args: &[String], env: &[(&str, &str)]| {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        submit(&a, env)
    };
    let fa = [("LANG", "fa_IR.UTF-8")];

    // The locale: LANG=fa_IR.UTF-8 gives Persian.
    let out = run(&with(&["verify"], &[]), &fa);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let persian = text(&out.stdout);
    assert!(persian.contains("تیم: E2E Team"), "{persian}");
    assert!(persian.contains("فهرست اعضا: #1"), "{persian}");
    assert!(persian.contains("3 عضو"), "{persian}");
    assert!(
        persian.contains("  alice "),
        "member ids stay as they are: {persian}"
    );

    // --lang wins over the locale, before or after the subcommand.
    for args in [
        with(&["--lang", "de", "verify"], &[]),
        with(&["verify"], &["--lang=de"]),
    ] {
        let out = run(&args, &fa);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let german = text(&out.stdout);
        assert!(german.contains("Mitgliederliste: #1"), "{german}");
        assert!(german.contains("3 Mitglieder (jedes"), "{german}");
        assert!(!german.contains("تیم"), "{german}");
    }
    // DROPBOX_SUBMIT_LANG comes before the locale, --lang before it.
    let out = run(
        &with(&["verify"], &[]),
        &[("DROPBOX_SUBMIT_LANG", "ru"), fa[0]],
    );
    assert!(text(&out.stdout).contains("Команда: E2E Team"), "{:?}", out);
    let out = run(
        &with(&["verify", "--lang", "zh-CN"], &[]),
        &[("DROPBOX_SUBMIT_LANG", "ru")],
    );
    assert!(text(&out.stdout).contains("团队：E2E Team"), "{:?}", out);
    // Without any of them: English.
    let out = run(&with(&["verify"], &[]), &[]);
    assert!(text(&out.stdout).contains("3 members (each"), "{:?}", out);

    // --json prints the same bytes whatever the language.
    let json = |env: &[(&str, &str)], lang: &[&str]| {
        let mut rest = vec!["--json"];
        rest.extend_from_slice(lang);
        let out = run(&with(&["verify"], &rest), env);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let english = json(&[], &[]);
    assert!(english.starts_with("{\"team\":\"E2E Team\""), "{english}");
    assert_eq!(json(&fa, &[]), english);
    assert_eq!(json(&fa, &["--lang", "de"]), english);
    assert_eq!(json(&[("LANG", "ar_EG.UTF-8")], &[]), english);

    // A report sent with LANG=fa and --lang de: German lines; a file name
    // with a right-to-left override stays escaped inside the German
    // sentence, and the codename is shown whole.
    let odd = dir.join("notes\u{202e}txt.exe");
    std::fs::write(&odd, b"attachment-canary").unwrap();
    let out = run(
        &with(
            &["--lang", "de", "send"],
            &[
                "--yes",
                "--body",
                "body-canary",
                "--attach",
                odd.to_str().unwrap(),
                "--leave-out",
                "carol",
                "--replies",
            ],
        ),
        &fa,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    let warned = text(&out.stderr);
    assert!(said.contains("Deine Meldung ist angekommen."), "{said}");
    assert!(
        said.contains("Quittung (sha256 dessen, was gesendet wurde): "),
        "{said}"
    );
    assert!(
        said.contains("Ausgelassen: carol (test). Diese Person"),
        "{said}"
    );
    assert!(said.contains("Dein Codename (schreib ihn auf"), "{said}");
    let codename = said
        .lines()
        .skip_while(|l| !l.starts_with("Dein Codename"))
        .map(str::trim)
        .find(|l| l.split(' ').count() == 8)
        .expect("the codename's eight words")
        .to_owned();
    assert!(
        warned.contains("Die Schlüssel deines Codenamens"),
        "{warned}"
    );
    assert!(
        warned.contains(r"Warnung: notes\u{202e}txt.exe wird unverändert gesendet"),
        "{warned}"
    );
    assert!(!warned.contains('\u{202e}') && !said.contains('\u{202e}'));

    // The same report with --json in Persian: the same fields as in
    // English, and nothing but the JSON on standard output.
    let sent_json = |env: &[(&str, &str)]| {
        let out = run(&with(&["send"], &["--yes", "--body", "b", "--json"]), env);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout).lines().count(), 1, "{:?}", out);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    let en_keys = sent_json(&[]);
    assert_eq!(sent_json(&fa), en_keys);
    assert_eq!(
        en_keys,
        [
            "codename", "consent", "id", "keep", "mailbox", "output", "receipt", "size"
        ]
    );

    // Replies with the codename, in Persian.
    let out = run(
        &with(&["replies"], &[]),
        &[fa[0], ("DROPBOX_CODENAME", codename.as_str())],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("هنوز پاسخی نیامده است."),
        "{:?}",
        out
    );

    // Errors are translated; exit statuses are not.
    let refused = |env: &[(&str, &str)], lang: &[&str]| {
        let mut rest = vec!["--yes", "--body", "x", "--category", "no-such"];
        rest.extend_from_slice(lang);
        run(&with(&["send"], &rest), env)
    };
    let en = refused(&[], &[]);
    let fa_out = refused(&fa, &[]);
    let de = refused(&fa, &["--lang", "de"]);
    assert_eq!(en.status.code(), Some(1));
    assert_eq!(fa_out.status.code(), Some(1));
    assert_eq!(de.status.code(), Some(1));
    assert!(
        text(&en.stderr).contains("unknown category no-such"),
        "{:?}",
        en
    );
    assert!(
        text(&fa_out.stderr).contains("دسته ناشناخته no-such"),
        "{:?}",
        fa_out
    );
    assert!(
        text(&de.stderr).contains("unbekannte Kategorie no-such"),
        "{:?}",
        de
    );
    // A wrong fingerprint is a roster alert (3) in every language.
    let other = "ab".repeat(32);
    for env in [&[][..], &fa[..]] {
        let out = submit(
            &[
                "verify",
                "--server",
                &url,
                "--team",
                &other,
                "--state",
                state.to_str().unwrap(),
            ],
            env,
        );
        assert_eq!(out.status.code(), Some(3), "{:?}", out);
    }
    let out = submit(
        &[
            "verify",
            "--server",
            &url,
            "--team",
            &other,
            "--state",
            state.to_str().unwrap(),
        ],
        &fa,
    );
    assert!(
        text(&out.stderr).contains("فهرست اعضای تیم تأیید نمی‌شود"),
        "{:?}",
        out
    );
    // A language we lack is a usage error (2), not a silent English.
    let out = run(&with(&["verify", "--lang", "nl"], &[]), &[]);
    assert_eq!(out.status.code(), Some(2), "{:?}", out);
    assert!(text(&out.stderr).contains("zh-CN"), "{:?}", out);
    // --help opens in the language too.
    let out = submit(&["--help"], &fa);
    assert!(
        text(&out.stdout).starts_with("dropbox-submit: یک گزارش"),
        "{:?}",
        out
    );
}

/// What the helpers' children say: English, whatever locale this process
/// runs under (the next test runs it under a German one).
#[test]
fn the_helpers_children_speak_english() {
    let help = |out: Output| {
        assert!(out.status.success(), "{out:?}");
        text(&out.stdout)
    };
    for said in [
        help(
            dropbox_e2e::command("dropbox-submit")
                .arg("--help")
                .output()
                .unwrap(),
        ),
        help(dropbox_e2e::run("dropbox-submit", &["--help"])),
    ] {
        assert!(
            said.starts_with("dropbox-submit: send an encrypted report"),
            "{said}"
        );
    }
}

/// A runner whose locale is German (LANG, LC_ALL, LANGUAGE and
/// DROPBOX_SUBMIT_LANG all saying so) still runs the tests' children in
/// English: this test binary runs the test above under that environment.
#[test]
fn a_german_runner_still_gets_english_children() {
    let me = std::env::current_exe().unwrap();
    let out = Command::new(&me)
        .args([
            "--exact",
            "languages::the_helpers_children_speak_english",
            "--test-threads=1",
        ])
        .env("LANG", "de_DE.UTF-8")
        .env("LC_ALL", "de_DE.UTF-8")
        .env("LC_MESSAGES", "de_DE.UTF-8")
        .env("LANGUAGE", "de")
        .env("DROPBOX_SUBMIT_LANG", "de")
        .output()
        .unwrap();
    assert!(
        out.status.success() && text(&out.stdout).contains("1 passed"),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    // And that environment does make an unpinned dropbox-submit German, so
    // the probe above could have failed.
    let german = Command::new(binary("dropbox-submit"))
        .arg("--help")
        .env("LANG", "de_DE.UTF-8")
        .env("LC_ALL", "de_DE.UTF-8")
        .env_remove("DROPBOX_SUBMIT_LANG")
        .output()
        .unwrap();
    assert!(
        !text(&german.stdout).starts_with("dropbox-submit: send"),
        "{german:?}"
    );
}

/// The consent text, the refusal without a terminal, a `--keep` line and
/// `open`'s labels in German and in Arabic (right to left), with the team's
/// and members' names and the drop box's address inside the translated
/// sentences as they are.
#[test]
fn the_consent_and_a_kept_copy_speak_german_and_arabic() {
    let dir = TempDir::new("languages-consent");
    let t = team();
    let (data, fp) = init_data(&dir, &first_roster(&t, Policy::default()), &t);
    let srv = Server::start(&data, &[]);
    let url = format!("http://{}", srv.addr);
    let fps = fp.to_string();
    let state = dir.join("state");
    let team_args = [
        "--server",
        url.as_str(),
        "--team",
        fps.as_str(),
        "--state",
        state.to_str().unwrap(),
    ];
    let cases = [
        (
            "de",
            "Bevor deine Meldung verschlüsselt und an E2E Team gesendet wird",
            "Wer sie lesen kann: alice (test) (alice), bob (test) (bob).",
            "Ausgelassen: carol (test) (carol).",
            "Tage",
            "Eine Kopie genau dessen, was hochgeladen wird, bleibt in",
            "kein Terminal, um nach deiner Einwilligung zu fragen",
            "Eine Kopie dessen, was gesendet wurde, liegt in",
            "Gesendet an:",
        ),
        (
            "ar",
            "قبل أن يُشفَّر بلاغك ويُرسَل إلى E2E Team",
            "من يمكنه قراءته: alice (test) (alice), bob (test) (bob).",
            "المستبعَدون: carol (test) (carol).",
            "يومًا",
            "تُحفَظ نسخة مطابقة تمامًا لما يُرفَع في",
            "لا توجد طرفية لسؤالك عن موافقتك",
            "نسخة مما أُرسل موجودة في",
            "أُرسل إلى:",
        ),
    ];
    for (lang, intro, readers, left_out, days, keep_consent, needed, kept, sent_to) in cases {
        // No terminal and no --yes: refused as a usage error, in the language.
        let mut args = vec!["--lang", lang, "send"];
        args.extend_from_slice(&team_args);
        args.extend_from_slice(&["--body", "x"]);
        let out = submit(&args, &[]);
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert!(text(&out.stderr).contains(needed), "{out:?}");

        let copy = dir.join(&format!("copy-{lang}.age"));
        let mut args = vec!["--lang", lang, "send"];
        args.extend_from_slice(&team_args);
        args.extend_from_slice(&[
            "--yes",
            "--body",
            "kept-canary",
            "--leave-out",
            "carol",
            "--replies",
            "--keep",
            copy.to_str().unwrap(),
        ]);
        let out = submit(&args, &[]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let err = text(&out.stderr);
        let said = text(&out.stdout);
        for want in [intro, readers, left_out, days, keep_consent, &url[..]] {
            assert!(err.contains(want), "{lang}: no {want:?} in\n{err}");
        }
        for english in ["Before your report", "Who can read it", "days after"] {
            assert!(
                !err.contains(english),
                "{lang}: English {english:?} in\n{err}"
            );
        }
        let line = said
            .lines()
            .find(|l| l.starts_with(kept))
            .unwrap_or_else(|| panic!("{lang}: no --keep line in\n{said}"));
        assert!(line.contains(copy.to_str().unwrap()), "{line}");
        assert!(line.contains("`dropbox-submit open`"), "{line}");

        // The kept copy opens with the codename, its labels in the language.
        let codename = said
            .lines()
            .map(str::trim)
            .find(|l| l.split(' ').count() == 8 && l.is_ascii())
            .expect("the codename's eight words")
            .to_owned();
        let out = submit(
            &[
                "--lang",
                lang,
                "open",
                "--team",
                &fps,
                copy.to_str().unwrap(),
            ],
            &[("DROPBOX_CODENAME", codename.as_str())],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        let opened = text(&out.stdout);
        assert!(opened.contains(sent_to), "{opened}");
        assert!(opened.contains("alice, bob"), "{opened}");
        assert!(opened.contains("kept-canary"), "{opened}");
    }
}
