//! `dropbox-submit`'s words in the reporters' page's languages.
//!
//! The messages are Fluent files kept beside the page's
//! (`web/locales/submit/<lang>.ftl`, built into the binary and loaded by
//! `dropbox_term::l10n`, as the server's form loads the page's), so translators work
//! in one format and one place, and web's i18n test holds both sets to the
//! same rules (web/TRANSLATIONS.md). The language comes from `--lang`, then
//! `DROPBOX_SUBMIT_LANG`, then the locale (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`), else English. Only what a person reads changes: `--json`
//! output, exit statuses and the English details of library and server
//! errors stay as they are, so scripts and bug reports read the same
//! everywhere.
//!
//! Text that came from outside (a member's name, a reply, a file name) is
//! passed to a message as an argument, escaped for one line before it goes
//! in, never as part of a pattern: it cannot change the translated words
//! around it, and the print macros escape the whole line again.

use std::ffi::OsString;
use std::sync::OnceLock;

use dropbox_term::l10n::{Catalog, Lang};
pub use dropbox_term::l10n::{Value, untrusted};

macro_rules! lang {
    ($code:literal, $name:literal, $rtl:literal) => {
        Lang {
            code: $code,
            name: $name,
            rtl: $rtl,
            source: include_str!(concat!("../../web/locales/submit/", $code, ".ftl")),
        }
    };
}

/// The languages, English (the source) first: the page's list
/// (`LANGUAGES` in web/src/i18n.js).
pub static LANGS: [Lang; 11] = [
    lang!("en", "English", false),
    lang!("ar", "العربية", true),
    lang!("de", "Deutsch", false),
    lang!("es", "Español", false),
    lang!("fa", "فارسی", true),
    lang!("fr", "Français", false),
    lang!("pt", "Português", false),
    lang!("ru", "Русский", false),
    lang!("tr", "Türkçe", false),
    lang!("uk", "Українська", false),
    lang!("zh-CN", "简体中文", false),
];

/// Their bundles, built by the loader the server's form shares
/// (`dropbox_term::l10n`), for a terminal: Fluent's isolation marks
/// (U+2068, U+2069) would be shown escaped by the print macros, so
/// arguments are escaped for one line instead ([`untrusted`]).
static CATALOG: Catalog = Catalog::terminal(&LANGS);

static CHOSEN: OnceLock<usize> = OnceLock::new();

/// Sets the language for the rest of the process (the first call wins);
/// without it, English.
pub fn set(code: &str) {
    let _ = CHOSEN.set(CATALOG.best(code).unwrap_or(0));
}

/// The language in use.
pub fn current() -> &'static Lang {
    &LANGS[*CHOSEN.get().unwrap_or(&0)]
}

/// `--lang`'s value: one of our codes (any case, `_` for `-`, or only the
/// primary language: `pt-BR` is Portuguese).
pub fn parse_lang(s: &str) -> Result<String, String> {
    CATALOG
        .best(s)
        .map(|i| LANGS[i].code.to_owned())
        .ok_or_else(|| {
            let codes: Vec<&str> = LANGS.iter().map(|l| l.code).collect();
            format!("no such language; choose one of {}", codes.join(", "))
        })
}

/// The variable that chooses `dropbox-submit`'s language over the locale.
pub const LANG_VAR: &str = "DROPBOX_SUBMIT_LANG";

/// The language to speak, from `--lang` (already checked), then
/// `DROPBOX_SUBMIT_LANG` (skipped when it names a language we lack), then
/// the locale (`dropbox_term::l10n::Catalog::from_locale`), else English.
/// `var` reads the environment.
pub fn choose(flag: Option<&str>, var: impl Fn(&str) -> Option<OsString>) -> &'static str {
    let chosen = flag
        .and_then(|f| CATALOG.best(f))
        .or_else(|| {
            var(LANG_VAR)
                .and_then(|v| v.into_string().ok())
                .and_then(|v| CATALOG.best(&v))
        })
        .or_else(|| CATALOG.from_locale(&var));
    LANGS[chosen.unwrap_or(0)].code
}

/// `--lang`'s value in raw arguments (before `--`), read before clap
/// parses them so that `--help` speaks the language too.
pub fn flag_in(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().map(str::to_owned);
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_owned());
        }
    }
    None
}

/// Message `id` with `args` in the language in use. A message the language
/// lacks is said in English; an unknown id is returned as itself (the tests
/// keep both from happening).
pub fn say(id: &str, args: &[(&str, Value<'_>)]) -> String {
    say_in(*CHOSEN.get().unwrap_or(&0), id, args)
}

fn say_in(index: usize, id: &str, args: &[(&str, Value<'_>)]) -> String {
    CATALOG.say(index, id, args)
}

/// A message in the language in use: `t!("id")`, `t!("id", name = value,
/// …)`. Values become Fluent arguments (numbers select plural forms);
/// wrap text from outside in [`untrusted`].
macro_rules! t {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::l10n::say(
            $id,
            &[$((stringify!($k), $crate::l10n::Value::from($v))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| OsString::from(*v))
        }
    }

    #[test]
    fn the_flag_then_the_variable_then_the_locale_then_english() {
        let all = [
            ("DROPBOX_SUBMIT_LANG", "ru"),
            ("LC_ALL", "fr_FR.UTF-8"),
            ("LANG", "fa_IR.UTF-8"),
        ];
        assert_eq!(choose(Some("de"), env(&all)), "de");
        assert_eq!(choose(None, env(&all)), "ru");
        assert_eq!(choose(None, env(&all[1..])), "fr");
        assert_eq!(choose(None, env(&all[2..])), "fa");
        // LC_MESSAGES comes between LC_ALL and LANG.
        assert_eq!(
            choose(None, env(&[("LC_MESSAGES", "tr_TR"), ("LANG", "de_DE")])),
            "tr"
        );
        // An empty variable is not set; one naming a language we lack is
        // skipped for DROPBOX_SUBMIT_LANG, and means English for the locale
        // (as it would for any program without that language).
        assert_eq!(
            choose(None, env(&[("LC_ALL", ""), ("LANG", "uk_UA.UTF-8")])),
            "uk"
        );
        assert_eq!(
            choose(
                None,
                env(&[("DROPBOX_SUBMIT_LANG", "nl"), ("LANG", "es_ES")])
            ),
            "es"
        );
        assert_eq!(
            choose(None, env(&[("LC_ALL", "nl_NL.UTF-8"), ("LANG", "de_DE")])),
            "en"
        );
        assert_eq!(choose(None, env(&[("LANG", "C.UTF-8")])), "en");
        assert_eq!(choose(None, env(&[("LANG", "POSIX")])), "en");
        assert_eq!(choose(None, env(&[("LANG", "zh_TW.UTF-8")])), "zh-CN");
        assert_eq!(choose(None, env(&[("LANG", "ar_EG.UTF-8@latin")])), "ar");
        assert_eq!(choose(None, env(&[])), "en");
    }

    #[test]
    fn lang_takes_our_codes_in_any_spelling_and_refuses_others() {
        assert_eq!(parse_lang("DE").unwrap(), "de");
        assert_eq!(parse_lang("zh_cn").unwrap(), "zh-CN");
        assert_eq!(parse_lang("pt-BR").unwrap(), "pt");
        assert!(parse_lang("nl").unwrap_err().contains("zh-CN"));
        assert!(parse_lang("").is_err());
    }

    #[test]
    fn the_flag_is_found_before_clap_parses() {
        let a = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            flag_in(&a(&["x", "verify", "--lang", "fa"])).as_deref(),
            Some("fa")
        );
        assert_eq!(
            flag_in(&a(&["x", "--lang=de", "--help"])).as_deref(),
            Some("de")
        );
        assert_eq!(flag_in(&a(&["x", "send", "--", "--lang", "de"])), None);
        assert_eq!(flag_in(&a(&["x", "send", "--lang"])), None);
    }

    /// The source's messages: id and the placeholders it uses.
    fn source_messages() -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = vec![];
        for line in LANGS[0].source.lines() {
            let starts = line.starts_with(|c: char| c.is_ascii_lowercase());
            if let Some((id, _)) = line.split_once(" =").filter(|_| starts) {
                out.push((id.to_owned(), vec![]));
            } else if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((_, vars)) = out.last_mut() else {
                continue;
            };
            for part in line.split("{ $").skip(1) {
                let v: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !vars.contains(&v) {
                    vars.push(v);
                }
            }
        }
        out
    }

    /// Every message of the source is in every language, formats without
    /// an error given only the source's placeholders (so a language that
    /// names another one fails), and shows each text placeholder (so one
    /// that drops one fails); web/test/i18n.test.js compares the same files
    /// the same way.
    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let messages = source_messages();
        assert!(messages.len() > 40, "{} messages", messages.len());
        assert!(
            messages
                .iter()
                .any(|(id, v)| id == "send-left-out" && v == &["count", "names"])
        );
        for (i, l) in LANGS.iter().enumerate() {
            assert!(
                FluentResource::try_new(l.source.to_owned()).is_ok(),
                "{} does not parse",
                l.code
            );
            let b = CATALOG.bundle(i);
            for (id, vars) in &messages {
                let m = b
                    .get_message(id)
                    .unwrap_or_else(|| panic!("{} lacks {id}", l.code));
                let mut args = FluentArgs::new();
                for v in vars {
                    if v == "count" {
                        args.set(v.as_str(), FluentValue::from(7));
                    } else {
                        args.set(v.as_str(), FluentValue::from(format!("<{v}>")));
                    }
                }
                let p = m
                    .value()
                    .unwrap_or_else(|| panic!("{} {id} has no value", l.code));
                let mut errors = Vec::new();
                let said = b.format_pattern(p, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} {id}: {errors:?}", l.code);
                for v in vars.iter().filter(|v| *v != "count") {
                    assert!(
                        said.contains(&format!("<{v}>")),
                        "{} {id} drops ${v}: {said}",
                        l.code
                    );
                }
            }
        }
    }

    /// Every `t!("id")` in the program's source names a message of the
    /// source file.
    #[test]
    fn every_message_the_program_says_exists() {
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut files = vec![];
        let mut dirs = vec![std::path::PathBuf::from(src)];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    files.push(p);
                }
            }
        }
        let mut used = 0;
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            let parts: Vec<&str> = text.split("t!(\"").collect();
            for (before, part) in parts.iter().zip(&parts[1..]) {
                // Not format!( or the like.
                if before.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let id = part.split('"').next().unwrap();
                if id == "id" {
                    continue;
                }
                used += 1;
                assert!(
                    CATALOG.bundle(0).get_message(id).is_some(),
                    "{} says {id}, which en.ftl lacks",
                    f.display()
                );
            }
        }
        assert!(used > 30, "{used} uses found");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let n = |i: usize, c: u64| say_in(i, "verify-members", &[("count", FluentValue::from(c))]);
        let ru = LANGS.iter().position(|l| l.code == "ru").unwrap();
        assert!(n(ru, 1).starts_with("1 участник "), "{}", n(ru, 1));
        assert!(n(ru, 3).starts_with("3 участника "), "{}", n(ru, 3));
        assert!(n(ru, 5).starts_with("5 участников "), "{}", n(ru, 5));
        assert!(n(ru, 11).starts_with("11 участников "), "{}", n(ru, 11));
        assert!(n(ru, 21).starts_with("21 участник "), "{}", n(ru, 21));
        let ar = LANGS.iter().position(|l| l.code == "ar").unwrap();
        assert_ne!(n(ar, 2).replace('2', ""), n(ar, 3).replace('3', ""));
        assert!(n(0, 1).starts_with("One member "), "{}", n(0, 1));
        assert!(n(0, 2).starts_with("2 members "), "{}", n(0, 2));
    }
}
