//! `dropbox-submit`: thin entry point; the logic lives in the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    let arg = std::env::args().nth(1);
    match arg.as_deref() {
        Some("--version" | "-V") => {
            println!("dropbox-submit {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{}", dropbox_submit::NOT_YET);
            ExitCode::from(2)
        }
    }
}
