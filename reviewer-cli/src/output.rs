//! What commands print that is not one command's own: times for people,
//! progress bars, the coarse type of an exported file.

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

/// A coarse type from the first bytes, to show beside the claimed one.
pub fn detect(head: &[u8]) -> &'static str {
    match head {
        [0x7f, b'E', b'L', b'F', ..] | [b'M', b'Z', ..] => "executable",
        [b'%', b'P', b'D', b'F', ..] => "pdf",
        [0x89, b'P', b'N', b'G', ..] => "png",
        [0xff, 0xd8, 0xff, ..] => "jpeg",
        [b'P', b'K', 3, 4, ..] => "zip (or an office document, which may hold macros)",
        [0xd0, 0xcf, 0x11, 0xe0, ..] => "office document (may hold macros)",
        [b'<', ..] => "html",
        _ => "unknown",
    }
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
