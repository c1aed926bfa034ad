//! Text that came from someone else, shown to a person: escaping for
//! terminals, and what a member's display name may hold.
//!
//! Reports, follow-ups, replies, notes, file names, roster names and server
//! messages are written by people the reader does not control. Printed raw,
//! an escape sequence in them can hide text, erase lines (to fake an access
//! log entry), retitle the window or write the clipboard (OSC 52), and a
//! bidi control can reorder what is shown. [`escape_text`] and
//! [`escape_line`] make every such character visible as an escape instead
//! (THREAT_MODEL.md "Terminal escapes"); the CLIs apply them where they
//! print, so each command need not remember to.
//!
//! Member names are compared by what they look like, not by their code
//! points (docs/PROTOCOL.md §5.4): [`name_forbids`] refuses characters that
//! are invisible or render unpredictably, and [`name_skeleton`] is the UTS 39
//! confusable skeleton two names must not share.

use std::borrow::Cow;
use std::fmt::{self, Write};

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// Whether `c` is shown as an escape: C0 and C1 controls and DEL (escape
/// sequences start with ESC or a C1 control such as CSI U+009B), line and
/// paragraph separators, and format characters (bidi embeddings, overrides
/// and isolates, zero-width space, soft hyphen, tag characters). Zero-width
/// non-joiner and joiner stay: Persian, Indic scripts and emoji need them,
/// and they can neither move nor hide other text.
pub fn needs_escape(c: char) -> bool {
    match c.general_category() {
        GeneralCategory::Control
        | GeneralCategory::LineSeparator
        | GeneralCategory::ParagraphSeparator => true,
        GeneralCategory::Format => !matches!(c, '\u{200c}' | '\u{200d}'),
        _ => false,
    }
}

fn push_escape(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c if u32::from(c) < 0x80 => {
            let _ = write!(out, "\\x{:02x}", u32::from(c));
        }
        c => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

fn escape(s: &str, multiline: bool) -> Cow<'_, str> {
    let kept = |c: char| multiline && matches!(c, '\n' | '\t');
    if !s.chars().any(|c| needs_escape(c) && !kept(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // A CRLF line end is a line end, not a carriage return that could
        // overwrite the line.
        if multiline && c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if needs_escape(c) && !kept(c) {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` for a terminal, as lines: newlines (CRLF too) and tabs stay, every
/// other character [`needs_escape`] names is written `\x1b`, `\r`,
/// `\u{202e}`. For bodies, notes and whole messages.
pub fn escape_text(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// `s` for one field on one line: as [`escape_text`], and newlines and tabs
/// are escaped too (`\n`, `\t`), so a title cannot start a line of its own
/// that looks like the program's output.
pub fn escape_line(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Displays a one-line field escaped with [`escape_line`].
#[derive(Clone, Copy, Debug)]
pub struct Line<'a>(pub &'a str);

impl fmt::Display for Line<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&escape_line(self.0))
    }
}

/// Whether a member name may not hold `c`: controls, format characters
/// (bidi controls, zero-width characters), line and paragraph separators,
/// surrogates, private-use and unassigned code points (each font draws
/// them its own way, or as the same empty box), and anything without a
/// visible form of its own (an empty UTS 39 skeleton: variation selectors,
/// Hangul fillers, combining grapheme joiner).
pub fn name_forbids(c: char) -> bool {
    let invisible = || {
        let mut buf = [0u8; 4];
        unicode_security::skeleton(c.encode_utf8(&mut buf))
            .next()
            .is_none()
    };
    matches!(
        c.general_category(),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
    ) || invisible()
}

/// The form member names are compared in: trimmed, NFKC, then the UTS 39
/// confusable skeleton (NFD, default-ignorables removed, each character
/// replaced by its prototype, NFD). Two names with one skeleton can look
/// the same on screen ("Alice" and "Аlice" with a Cyrillic А, "rn" and
/// "m").
pub fn name_skeleton(name: &str) -> String {
    let nfkc: String = name.trim().nfkc().collect();
    unicode_security::skeleton(&nfkc).collect()
}

/// The Unicode version of the confusable and general-category data the
/// name rules use (the page's generated table records it too).
pub fn unicode_version() -> (u64, u64, u64) {
    unicode_security::UNICODE_VERSION
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        for s in [
            "",
            "Hello, world",
            "Zoë 🙂 مرحبا 日本語",
            "C:\\path\\x1b",
            "می\u{200c}خواهم",
        ] {
            assert!(matches!(escape_line(s), Cow::Borrowed(x) if x == s), "{s}");
            assert!(matches!(escape_text(s), Cow::Borrowed(x) if x == s), "{s}");
        }
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(escape_line("a\x1b[2Kb"), "a\\x1b[2Kb");
        assert_eq!(
            escape_line("\x1b]52;c;ZXZpbA==\x07"),
            "\\x1b]52;c;ZXZpbA==\\x07"
        );
        // C1 controls: CSI and OSC as single code points.
        assert_eq!(
            escape_line("\u{9b}31m\u{9d}0;t\u{9c}"),
            "\\u{9b}31m\\u{9d}0;t\\u{9c}"
        );
        assert_eq!(escape_line("\x7f\x00"), "\\x7f\\x00");
        assert_eq!(escape_line("fake\rreal"), "fake\\rreal");
    }

    #[test]
    fn bidi_and_invisible_format_characters_are_escaped() {
        assert_eq!(escape_line("abc\u{202e}fdp.exe"), "abc\\u{202e}fdp.exe");
        for c in [
            '\u{061c}',
            '\u{200b}',
            '\u{200e}',
            '\u{200f}',
            '\u{202a}',
            '\u{2066}',
            '\u{2069}',
            '\u{feff}',
            '\u{ad}',
            '\u{e0041}',
            '\u{2028}',
            '\u{2029}',
        ] {
            let s = c.to_string();
            assert_eq!(escape_line(&s), format!("\\u{{{:x}}}", u32::from(c)));
        }
        // Joiners stay: scripts and emoji sequences need them.
        assert_eq!(escape_line("👩\u{200d}💻"), "👩\u{200d}💻");
    }

    #[test]
    fn lines_escape_newlines_and_text_keeps_them() {
        let s = "line one\n\tline two\r\nthree\rfour";
        assert_eq!(escape_text(s), "line one\n\tline two\nthree\\rfour");
        assert_eq!(escape_line(s), "line one\\n\\tline two\\r\\nthree\\rfour");
        assert_eq!(format!("[{:<8}]", Line("a\nb")), "[a\\nb    ]");
    }

    #[test]
    fn every_control_and_format_character_is_escaped() {
        for u in 0..=0x10ffffu32 {
            let Some(c) = char::from_u32(u) else { continue };
            let cat = c.general_category();
            let escaped = escape_line(&c.to_string()) != c.to_string();
            let expected = matches!(
                cat,
                GeneralCategory::Control
                    | GeneralCategory::LineSeparator
                    | GeneralCategory::ParagraphSeparator
            ) || (cat == GeneralCategory::Format
                && !matches!(c, '\u{200c}' | '\u{200d}'));
            assert_eq!(escaped, expected, "U+{u:04X}");
        }
    }

    #[test]
    fn names_refuse_invisible_and_unpredictable_characters() {
        for c in [
            '\n',
            '\u{85}',
            '\u{200b}',
            '\u{200d}',
            '\u{202e}',
            '\u{2066}',
            '\u{feff}',
            '\u{ad}',
            '\u{2028}',
            '\u{e000}',
            '\u{f8ff}',
            '\u{10ffff}',
            '\u{fe0f}',
            '\u{3164}',
            '\u{115f}',
            '\u{34f}',
            '\u{e0061}',
        ] {
            assert!(name_forbids(c), "U+{:04X}", u32::from(c));
        }
        for c in ['a', 'Я', 'é', '\u{301}', ' ', '日', 'ß', '👩', '-', '\''] {
            assert!(!name_forbids(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn skeletons_match_lookalike_names() {
        let same = |a: &str, b: &str| name_skeleton(a) == name_skeleton(b);
        assert!(same("Alice", "\u{410}lice"), "Cyrillic А");
        assert!(same("Bob", "\u{ff22}ob"), "full-width Ｂ");
        assert!(same("Kim", "Kirn"), "rn and m");
        assert!(same("  Carol ", "Carol"), "trimmed");
        assert!(same("Zoë", "Zoe\u{308}"), "precomposed and combining");
        assert!(same("Paul", "PauI"), "l and I");
        assert!(!same("Alice", "Alicia"));
        assert!(!same("Alice", "alice"), "case is visible");
        assert!(!same("Алиса", "Alice"));
    }
}
