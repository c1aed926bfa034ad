//! The escaping print macros and the CLI contract live in the shared
//! `dropbox-term` crate (see its doc and docs/CLI.md). These forwarders keep
//! `outln!(…)` and friends in scope in every module (through
//! `#[macro_use] pub mod term;` in lib.rs) and at the crate root.

pub use dropbox_term::{
    EXIT_CODES_HELP, Exit, err, finish, json, man_command, out, parse, parse_from,
    print_completions, print_json, with_contract, write_man_pages,
};

/// `println!` for people: the text is escaped (`dropbox_term::outln!`).
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        ::dropbox_term::outln!($($arg)*)
    };
}

/// `print!` for people: the text is escaped (`dropbox_term::out!`).
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {
        ::dropbox_term::out!($($arg)*)
    };
}

/// `eprintln!` for people: the text is escaped (`dropbox_term::errln!`).
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        ::dropbox_term::errln!($($arg)*)
    };
}

/// `println!` for JSON output (`dropbox_term::jsonln!`).
#[macro_export]
macro_rules! jsonln {
    ($($arg:tt)*) => {
        ::dropbox_term::jsonln!($($arg)*)
    };
}
