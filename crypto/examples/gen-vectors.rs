//! Writes the shared test vectors to `crypto/tests/vectors/`:
//!
//! ```sh
//! cargo run -p dropbox-crypto --example gen-vectors
//! ```
//!
//! Deterministic vectors are rewritten every run (and `tests/vectors.rs`
//! fails if the committed files differ from what this produces). Envelope
//! vectors are random by nature and written only when missing; the one made
//! by the Go `age` CLI needs `age` on PATH.

#[path = "../tests/common/envelopes.rs"]
mod envelopes;
#[path = "../tests/common/gen.rs"]
mod generate;

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let files = generate::all();
    for (path, bytes) in &files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().expect("vector paths have a directory"))?;
        std::fs::write(&p, bytes)?;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    for (path, bytes) in generate::web_files() {
        std::fs::write(root.join(&path), bytes)?;
        println!("wrote {path}");
    }
    let made = envelopes::write_missing(&dir.join("envelope"))?;
    println!(
        "wrote {} deterministic vectors and {} new envelope vectors under {}",
        files.len(),
        made,
        dir.display()
    );
    Ok(())
}
