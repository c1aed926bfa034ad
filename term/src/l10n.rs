//! The one Fluent loader of the programs that speak the reporters'
//! languages: `dropbox-submit` (its messages, `web/locales/submit`) and
//! `dropbox-server`'s no-JavaScript form (the page's, `web/locales`).
//! Each program keeps its own list of files ([`Lang`]); this module builds
//! their bundles, matches a language tag, an `Accept-Language` header or a
//! POSIX locale to one of them, and formats a message with English as the
//! fallback, so both programs negotiate and fall back the same way.
//!
//! For a terminal ([`Catalog::terminal`]) Fluent's bidi isolation marks
//! are off (the print macros would show them escaped) and text from
//! outside goes in through [`untrusted`], escaped for one line; for HTML
//! ([`Catalog::html`]) the marks stay and the caller escapes for HTML.
//! Text from outside is always an argument, never part of a pattern: it
//! cannot change the translated words around it.

use std::ffi::OsString;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue as Value;

/// One language: its code, its name in itself, its direction and its
/// Fluent file's text (built into the program with `include_str!`).
#[derive(Debug)]
pub struct Lang {
    /// Its BCP 47 code, as its file is named.
    pub code: &'static str,
    /// Its name in itself, for language links.
    pub name: &'static str,
    /// Written right to left.
    pub rtl: bool,
    /// The Fluent source.
    pub source: &'static str,
}

type Bundle = FluentBundle<FluentResource>;

/// A program's languages and their bundles, built on first use. The first
/// language is the source every other falls back to.
pub struct Catalog {
    langs: &'static [Lang],
    isolating: bool,
    bundles: OnceLock<Vec<Bundle>>,
}

impl Catalog {
    /// For text printed on a terminal: no isolation marks.
    pub const fn terminal(langs: &'static [Lang]) -> Self {
        Catalog {
            langs,
            isolating: false,
            bundles: OnceLock::new(),
        }
    }

    /// For HTML: Fluent's isolation marks around arguments stay.
    pub const fn html(langs: &'static [Lang]) -> Self {
        Catalog {
            langs,
            isolating: true,
            bundles: OnceLock::new(),
        }
    }

    /// The languages, the source first.
    pub fn langs(&self) -> &'static [Lang] {
        self.langs
    }

    fn bundles(&self) -> &[Bundle] {
        self.bundles.get_or_init(|| {
            self.langs
                .iter()
                .map(|l| {
                    let id: LanguageIdentifier = l.code.parse().unwrap_or_default();
                    let mut b = FluentBundle::new_concurrent(vec![id]);
                    b.set_use_isolating(self.isolating);
                    // A file that does not parse whole keeps what did
                    // parse; the rest falls back to the source (web's i18n
                    // test fails on such a file long before it ships).
                    let res =
                        FluentResource::try_new(l.source.to_owned()).unwrap_or_else(|(r, _)| r);
                    let _ = b.add_resource(res);
                    b
                })
                .collect()
        })
    }

    /// Language `index`'s bundle (for tests that compare files).
    pub fn bundle(&self, index: usize) -> &FluentBundle<FluentResource> {
        &self.bundles()[index]
    }

    /// Our language for one tag: the same code (any case, `_` or `-`),
    /// else the same primary language (`pt-BR` -> `pt`, `zh-TW` ->
    /// `zh-CN`, `fa_IR` -> `fa`).
    pub fn best(&self, tag: &str) -> Option<usize> {
        let tag = tag.trim().replace('_', "-");
        if let Some(i) = self
            .langs
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(&tag))
        {
            return Some(i);
        }
        let primary = tag.split('-').next().filter(|p| !p.is_empty())?;
        self.langs.iter().position(|l| {
            l.code
                .split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        })
    }

    /// The best of an `Accept-Language` header's languages, most wanted
    /// first.
    pub fn from_accept_language(&self, header: &str) -> Option<usize> {
        accepted(header).iter().find_map(|t| self.best(t))
    }

    /// The language of the locale's variables as POSIX orders them
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first one set decides; `C`,
    /// `POSIX` and languages we lack mean none). `var` reads the
    /// environment.
    pub fn from_locale(&self, var: impl Fn(&str) -> Option<OsString>) -> Option<usize> {
        let locale = LOCALE_VARS.iter().find_map(|k| nonempty(&var, k))?;
        self.best(posix_language(&locale))
    }

    /// Message `id` in language `index` with `args`. A message the
    /// language lacks is said in the source language; an unknown id is
    /// returned as itself (the programs' tests keep both from happening).
    pub fn say(&self, index: usize, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let bundles = self.bundles();
        let index = index.min(bundles.len().saturating_sub(1));
        for b in [&bundles[index], &bundles[0]] {
            if let Some(p) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b.format_pattern(p, Some(&fargs), &mut errors).into_owned();
            }
        }
        id.to_owned()
    }
}

/// The locale variables a program reads for its language, in POSIX's
/// order. Tests pin all of them (and `LANGUAGE`, which GNU gettext reads).
pub const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

fn nonempty(var: &impl Fn(&str) -> Option<OsString>, k: &str) -> Option<String> {
    var(k)
        .and_then(|v| v.into_string().ok())
        .filter(|v| !v.trim().is_empty())
}

/// The language part of a POSIX locale name (`fa_IR.UTF-8@x` -> `fa_IR`).
fn posix_language(locale: &str) -> &str {
    locale.split(['.', '@']).next().unwrap_or_default().trim()
}

/// The language tags of an `Accept-Language` value, most wanted first
/// (by `q`, then by order; `q=0` and `*` left out).
fn accepted(header: &str) -> Vec<String> {
    let mut tags: Vec<(u16, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q = it
                .filter_map(|p| p.trim().strip_prefix("q="))
                .next()
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let q = (q.clamp(0.0, 1.0) * 1000.0) as u16;
            (q > 0 && !tag.is_empty() && tag != "*").then(|| (q, i, tag.to_owned()))
        })
        .collect();
    tags.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().map(|t| t.2).collect()
}

/// Text from outside (a name, a file name, a server's words) as a message
/// argument for a terminal: escaped for one line, so it cannot break the
/// sentence around it or start a line of its own.
pub fn untrusted(s: &str) -> FluentValue<'static> {
    FluentValue::from(dropbox_crypto::text::escape_line(s).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    static LANGS: [Lang; 4] = [
        Lang {
            code: "en",
            name: "English",
            rtl: false,
            source: "hello = Hello, { $name }\nonly-en = only English\nn = { $count ->\n    [one] one file\n   *[other] { $count } files\n  }\n",
        },
        Lang {
            code: "de",
            name: "Deutsch",
            rtl: false,
            source: "hello = Hallo, { $name }\nn = { $count ->\n    [one] eine Datei\n   *[other] { $count } Dateien\n  }\n",
        },
        Lang {
            code: "ru",
            name: "Русский",
            rtl: false,
            source: "hello = Привет, { $name }\nn = { $count ->\n    [one] { $count } файл\n    [few] { $count } файла\n   *[many] { $count } файлов\n  }\n",
        },
        Lang {
            code: "zh-CN",
            name: "简体中文",
            rtl: false,
            source: "hello = 你好，{ $name }\nbroken = { oops\nn = { $count } 个文件\n",
        },
    ];
    static TERM: Catalog = Catalog::terminal(&LANGS);
    static HTML: Catalog = Catalog::html(&LANGS);

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| OsString::from(*v))
        }
    }

    #[test]
    fn a_tag_matches_its_code_in_any_spelling_then_its_primary_language() {
        assert_eq!(TERM.best("DE"), Some(1));
        assert_eq!(TERM.best("zh_cn"), Some(3));
        assert_eq!(TERM.best("zh-TW"), Some(3));
        assert_eq!(TERM.best("de-AT"), Some(1));
        assert_eq!(TERM.best("nl"), None);
        assert_eq!(TERM.best(""), None);
        assert_eq!(TERM.best("-"), None);
    }

    #[test]
    fn accept_language_is_read_by_weight_then_order() {
        let a = |h: &str| TERM.from_accept_language(h);
        assert_eq!(a("de-AT,de;q=0.9"), Some(1));
        assert_eq!(a("nl;q=0.9, de;q=0.8, ru;q=0.95"), Some(2));
        assert_eq!(a("de;q=0, ru"), Some(2));
        assert_eq!(a("*"), None);
        assert_eq!(a(";;,,q="), None);
        assert_eq!(a(""), None);
    }

    #[test]
    fn the_locale_is_read_in_posix_order() {
        let l = |v: &[(&str, &str)]| TERM.from_locale(env(v));
        assert_eq!(l(&[("LC_ALL", "ru_RU.UTF-8"), ("LANG", "de_DE")]), Some(2));
        assert_eq!(l(&[("LC_MESSAGES", "ru_RU"), ("LANG", "de_DE")]), Some(2));
        // An empty variable is not set.
        assert_eq!(l(&[("LC_ALL", ""), ("LANG", "de_DE.UTF-8")]), Some(1));
        // The first one set decides, even when we lack its language.
        assert_eq!(l(&[("LC_ALL", "nl_NL.UTF-8"), ("LANG", "de_DE")]), None);
        assert_eq!(l(&[("LANG", "C.UTF-8")]), None);
        assert_eq!(l(&[("LANG", "POSIX")]), None);
        assert_eq!(l(&[("LANG", "zh_TW.UTF-8@x")]), Some(3));
        // LANGUAGE is GNU gettext's, not POSIX's: not read.
        assert_eq!(l(&[("LANGUAGE", "de")]), None);
        assert_eq!(l(&[]), None);
    }

    #[test]
    fn a_missing_message_falls_back_to_the_source_and_an_unknown_id_to_itself() {
        assert_eq!(TERM.say(1, "only-en", &[]), "only English");
        assert_eq!(TERM.say(3, "broken", &[]), "broken");
        assert_eq!(TERM.say(1, "nowhere", &[]), "nowhere");
        // What parsed of a broken file is kept.
        assert_eq!(TERM.say(3, "hello", &[("name", "x".into())]), "你好，x");
        assert_eq!(TERM.say(99, "hello", &[("name", "x".into())]), "你好，x");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let n = |i, c: u64| TERM.say(i, "n", &[("count", c.into())]);
        assert_eq!(n(0, 1), "one file");
        assert_eq!(n(0, 2), "2 files");
        assert_eq!(n(1, 1), "eine Datei");
        assert_eq!(n(2, 3), "3 файла");
        assert_eq!(n(2, 5), "5 файлов");
        assert_eq!(n(2, 21), "21 файл");
        assert_eq!(n(3, 1), "1 个文件");
    }

    #[test]
    fn the_terminal_catalog_has_no_isolation_marks_and_html_keeps_them() {
        let t = TERM.say(1, "hello", &[("name", "x".into())]);
        assert_eq!(t, "Hallo, x");
        let h = HTML.say(1, "hello", &[("name", "x".into())]);
        assert_eq!(h, "Hallo, \u{2068}x\u{2069}");
    }

    #[test]
    fn text_from_outside_stays_on_its_line_and_out_of_the_pattern() {
        let name = "Mallory\u{202e}gnp.exe\n#2 from alice { $count }";
        let said = TERM.say(1, "hello", &[("name", untrusted(name))]);
        assert!(!said.contains('\n'), "{said}");
        assert!(!said.contains('\u{202e}'), "{said}");
        assert!(
            said.contains("{ $count }"),
            "an argument is never parsed: {said}"
        );
        assert!(said.starts_with("Hallo, Mallory"), "{said}");
    }
}
