//! The no-JavaScript form's words, in the reporters' page's languages.
//!
//! The messages come from the page's own files (`web/locales/*.ftl`, built
//! into the binary), so translators keep one set of files and the form
//! and the page say the same things the same way (web/TRANSLATIONS.md). A
//! language is picked from `?lang=` first (Tor Browser at "Safest" sends
//! the same `Accept-Language` for everyone, so the form offers links), then
//! from `Accept-Language`, else English. The header is read for this
//! answer only; nothing of it is kept or logged.

pub use dropbox_term::l10n::Lang;
use dropbox_term::l10n::{Catalog, Value};

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

/// Their bundles, built by the loader `dropbox-submit` shares
/// (`dropbox_term::l10n`); Fluent's isolation marks stay, for HTML.
static CATALOG: Catalog = Catalog::html(&LANGS);

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
        let index = match lang {
            Some(l) => CATALOG.best(l),
            None => CATALOG.from_accept_language(accept_language.unwrap_or("")),
        };
        match index {
            Some(i) => Words {
                lang: &LANGS[i],
                index: i,
            },
            None => Self::english(),
        }
    }

    /// Message `id` with `args` (plain text: the caller escapes it for
    /// HTML). A message this language lacks is said in English, and an
    /// unknown id is returned as itself (web's i18n test keeps both from
    /// happening).
    pub fn say(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Value)> = args.iter().map(|(k, v)| (*k, (*v).into())).collect();
        CATALOG.say(self.index, id, &args)
    }
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
            let b = CATALOG.bundle(i);
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
