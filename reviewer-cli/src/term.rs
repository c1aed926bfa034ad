//! Everything this program prints for a person goes through [`outln!`],
//! [`out!`] and [`errln!`]: they escape control characters, bidi controls
//! and the other characters `dropbox_crypto::text::escape_text` names
//! (newlines and tabs stay), so text a reporter, a member or a server wrote
//! can never drive the terminal (THREAT_MODEL.md "Terminal escapes").
//! Machine output goes through [`jsonln!`] unchanged: serde_json already
//! escapes every control character in it. `clippy.toml` forbids the std
//! print macros in this crate, so nothing bypasses the escaping.
//!
//! One-line fields (a title, a name, a file name) are also wrapped in
//! `dropbox_crypto::text::Line` where they are formatted, so a newline in
//! them cannot start a line that looks like the program's own.

use std::fmt;
use std::io::{self, Write};

fn write(mut w: impl Write, text: &str) {
    if let Err(e) = w.write_all(text.as_bytes()).and_then(|()| w.flush()) {
        // A reader that went away (`| head`) is not an error; anything
        // else is as fatal as it is for `println!`.
        if e.kind() != io::ErrorKind::BrokenPipe {
            panic!("cannot write the output: {e}");
        }
    }
}

/// Writes `args` to standard output, escaped for a terminal.
pub fn out(args: fmt::Arguments<'_>) {
    write(
        io::stdout().lock(),
        &dropbox_crypto::text::escape_text(&args.to_string()),
    );
}

/// Writes `args` to standard error, escaped for a terminal.
pub fn err(args: fmt::Arguments<'_>) {
    write(
        io::stderr().lock(),
        &dropbox_crypto::text::escape_text(&args.to_string()),
    );
}

/// Writes JSON (already escaped by serde_json) and a newline to standard
/// output.
pub fn json(args: fmt::Arguments<'_>) {
    write(io::stdout().lock(), &format!("{args}\n"));
}

/// `println!` for people: the text is escaped (see the module doc).
#[macro_export]
macro_rules! outln {
    () => {
        $crate::term::out(::std::format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::term::out(::std::format_args!("{}\n", ::std::format_args!($($arg)*)))
    };
}

/// `print!` for people: the text is escaped (see the module doc).
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::term::out(::std::format_args!($($arg)*))
    };
}

/// `eprintln!` for people: the text is escaped (see the module doc).
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::term::err(::std::format_args!("{}\n", ::std::format_args!($($arg)*)))
    };
}

/// `println!` for JSON output, which serde_json has escaped already.
#[macro_export]
macro_rules! jsonln {
    ($($arg:tt)*) => {
        $crate::term::json(::std::format_args!($($arg)*))
    };
}
