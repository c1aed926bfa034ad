//! The no-JavaScript form's words, in the reporters' page's languages.
//!
//! The messages come from the page's own files (`web/locales/*.ftl`, built
//! into the binary), so translators keep one set of files and the form
//! and the page say the same things the same way (web/TRANSLATIONS.md). A
//! language is picked from `?lang=` first (Tor Browser at "Safest" sends
//! the same `Accept-Language` for everyone, so the form offers links), then
//! from `Accept-Language`, else English. The header is read for this
//! answer only; nothing of it is kept or logged.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// One language of the page.
#[derive(Debug)]
pub struct Lang {
    /// Its BCP 47 code, as the page's file is named.
    pub code: &'static str,
    /// Its name in itself, for the language links.
    pub name: &'static str,
    /// Written right to left.
    pub rtl: bool,
    source: &'static str,
}

macro_rules! lang {
    ($code:literal, $name:literal, $rtl:literal) => {
        Lang {
            code: $code,
            name: $name,
            rtl: $rtl,
            source: include_str!(concat!("../../web/locales/", $code, ".ftl")),
        }
    };
}

/// The page's languages, English (the source) first; the same list as
/// `LANGUAGES` in web/src/i18n.js.
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

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LANGS
            .iter()
            .map(|l| {
                let id: LanguageIdentifier = l.code.parse().unwrap_or_default();
                let mut b = FluentBundle::new_concurrent(vec![id]);
                // A file that does not parse whole keeps what did parse; the
                // missing messages fall back to English (web's i18n test
                // fails on such a file long before it ships).
                let res = FluentResource::try_new(l.source.to_owned()).unwrap_or_else(|(r, _)| r);
                let _ = b.add_resource(res);
                b
            })
            .collect()
    })
}

/// The words of one language.
#[derive(Clone, Copy)]
pub struct Words {
    /// The language.
    pub lang: &'static Lang,
    index: usize,
}

impl Words {
    /// English.
    pub fn english() -> Self {
        Words {
            lang: &LANGS[0],
            index: 0,
        }
    }

    /// The language a request asks for: `lang` (a code from `?lang=`)
    /// if it is one of ours, else the best match of `accept_language`,
    /// else English.
    pub fn pick(lang: Option<&str>, accept_language: Option<&str>) -> Self {
        let wanted: Vec<String> = match lang {
            Some(l) => vec![l.to_owned()],
            None => accepted(accept_language.unwrap_or("")),
        };
        for w in &wanted {
            if let Some(i) = best(w) {
                return Words {
                    lang: &LANGS[i],
                    index: i,
                };
            }
        }
        Self::english()
    }

    /// Message `id` with `args` (plain text: the caller escapes it for
    /// HTML). A message this language lacks is said in English, and an
    /// unknown id is returned as itself (web's i18n test keeps both from
    /// happening).
    pub fn say(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, *v);
        }
        for b in [&bundles()[self.index], &bundles()[0]] {
            if let Some(p) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b.format_pattern(p, Some(&fargs), &mut errors).into_owned();
            }
        }
        id.to_owned()
    }
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

/// Our language for one tag: the same code (any case), else the same
/// primary language (`pt-BR` -> `pt`, `zh-TW` -> `zh-CN`, `fa-IR` -> `fa`).
fn best(tag: &str) -> Option<usize> {
    let tag = tag.trim();
    if let Some(i) = LANGS.iter().position(|l| l.code.eq_ignore_ascii_case(tag)) {
        return Some(i);
    }
    let primary = tag.split(['-', '_']).next()?;
    LANGS.iter().position(|l| {
        l.code
            .split('-')
            .next()
            .is_some_and(|p| p.eq_ignore_ascii_case(primary))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_picked_from_the_link_then_the_header_then_english() {
        assert_eq!(Words::pick(Some("fa"), Some("de")).lang.code, "fa");
        assert_eq!(Words::pick(Some("xx"), Some("de")).lang.code, "en");
        assert_eq!(Words::pick(None, Some("de-AT,de;q=0.9")).lang.code, "de");
        assert_eq!(
            Words::pick(None, Some("nl;q=0.9, fr;q=0.8, ar;q=0.95"))
                .lang
                .code,
            "ar"
        );
        assert_eq!(Words::pick(None, Some("zh-TW")).lang.code, "zh-CN");
        assert_eq!(Words::pick(None, Some("ZH-cn")).lang.code, "zh-CN");
        assert_eq!(Words::pick(None, Some("pt-BR")).lang.code, "pt");
        assert_eq!(Words::pick(None, Some("fr;q=0, es")).lang.code, "es");
        assert_eq!(Words::pick(None, Some("*")).lang.code, "en");
        assert_eq!(Words::pick(None, Some(";;,,q=")).lang.code, "en");
        assert_eq!(Words::pick(None, None).lang.code, "en");
    }

    #[test]
    fn every_language_has_every_form_message() {
        const IDS: [&str; 12] = [
            "nojs-page-title",
            "nojs-heading",
            "nojs-warning",
            "nojs-explain",
            "nojs-text-only",
            "nojs-received-heading",
            "nojs-receipt",
            "nojs-keep-receipt",
            "nojs-too-large",
            "nojs-empty",
            "nojs-failed",
            "nojs-back",
        ];
        for (i, l) in LANGS.iter().enumerate() {
            let b = &bundles()[i];
            for id in IDS {
                assert!(b.get_message(id).is_some(), "{} lacks {id}", l.code);
            }
            let w = Words::pick(Some(l.code), None);
            let said = w.say("nojs-heading", &[("team", "Acme")]);
            assert!(said.contains("Acme"), "{}: {said}", l.code);
        }
        assert_ne!(
            Words::pick(Some("de"), None).say("nojs-warning", &[]),
            Words::english().say("nojs-warning", &[])
        );
    }
}
