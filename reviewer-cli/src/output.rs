//! What commands print that is not one command's own: times for people,
//! progress bars, the coarse type of an exported file, aligned tables,
//! counted nouns.

use dropbox_crypto::time::UnixTime;

/// A time for people: `YYYY-MM-DD HH:MM UTC`.
pub fn when(at: i64) -> String {
    let t = UnixTime(at);
    let secs = at.rem_euclid(86_400);
    format!("{} {:02}:{:02} UTC", t.day(), secs / 3600, secs % 3600 / 60)
}

/// A progress bar on the terminal for long work, its length set by the
/// work once known (hidden for JSON output and when stderr is not a
/// terminal).
pub fn progress(json: bool) -> indicatif::ProgressBar {
    if json {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} items")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message("fetching");
    bar
}

/// Prints what a command did: `text` for a person, or `view` as one JSON
/// line (the shapes are in docs/CLI.md).
pub fn said(json: bool, view: serde_json::Value, text: impl std::fmt::Display) {
    if json {
        jsonln!("{view}");
    } else {
        outln!("{text}");
    }
}

/// Rows under a header, in columns two spaces apart. Every cell is one
/// line, escaped as [`Line`](dropbox_crypto::text::Line) escapes it, and
/// widths count characters of the escaped text, so a title holding an
/// escape sequence or a tab neither breaks nor misaligns a row. The last
/// column is not padded.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> Vec<String> {
    use dropbox_crypto::text::escape_line;
    let cells: Vec<Vec<String>> = std::iter::once(header.iter().map(|h| h.to_string()).collect())
        .chain(rows.iter().cloned())
        .map(|r: Vec<String>| r.iter().map(|c| escape_line(c).into_owned()).collect())
        .collect();
    let mut widths = vec![0; header.len()];
    for r in &cells {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    cells
        .iter()
        .map(|r| {
            let mut line = String::new();
            for (i, c) in r.iter().enumerate() {
                if i + 1 == r.len() {
                    line.push_str(c);
                } else {
                    line.push_str(c);
                    let pad = widths[i] - c.chars().count() + 2;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            line
        })
        .collect()
}

/// `n` and a noun that agrees with it ("1 follow-up", "2 follow-ups").
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    dropbox_term::count(n as u64, singular, plural)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_escaped_characters() {
        // Titles as they arrive: accents, an escape sequence, a newline.
        let rows: Vec<Vec<String>> = vec![
            vec!["ab".into(), "héllo".into(), "x".into()],
            vec!["a\x1b[2J".into(), "été".into(), "t\nl".into()],
            vec!["abc".into(), "a\tb".into(), "y".into()],
        ];
        let lines = table(&["ID", "NAME", "TITLE"], &rows);
        assert_eq!(lines.len(), 4);
        for l in &lines {
            assert!(
                !l.contains('\x1b') && !l.contains('\n') && !l.contains('\t'),
                "{l:?}"
            );
        }
        // The third column starts at the same character in every line.
        let third: Vec<usize> = lines
            .iter()
            .zip(["TITLE", "x", "t\\nl", "y"])
            .map(|(l, c)| l[..l.rfind(c).unwrap()].chars().count())
            .collect();
        assert!(third.windows(2).all(|w| w[0] == w[1]), "{lines:#?}");
        assert_eq!(
            lines[0],
            format!("ID{}NAME{}TITLE", " ".repeat(8), " ".repeat(3))
        );
        assert_eq!(lines[2], format!("a\\x1b[2J  été{}t\\nl", " ".repeat(4)));
    }
}
