//! Envelope vectors: age files with known identities and plaintexts. Random
//! by nature, so they are written once and then only checked.

#![allow(dead_code)] // each includer uses a different part

use std::path::Path;
use std::process::{Command, Stdio};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dropbox_crypto::envelope::{self, Slot};
use dropbox_crypto::keys::AgeIdentity;
use serde_json::json;

fn identity(n: u8) -> AgeIdentity {
    AgeIdentity::from_secret_bytes(&[n; 32])
}

/// Writes each envelope vector that does not exist yet; returns how many.
pub fn write_missing(dir: &Path) -> anyhow::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let mut made = 0;
    let plaintext = b"DROPBOX envelope vector plaintext\n";
    let member = identity(1);
    let codename = identity(2);
    let outsider = identity(3);
    let mut write = |name: &str, v: serde_json::Value| -> anyhow::Result<()> {
        let p = dir.join(format!("{name}.json"));
        if !p.exists() {
            let mut s = serde_json::to_vec_pretty(&v)?;
            s.push(b'\n');
            std::fs::write(p, s)?;
            made += 1;
        }
        Ok(())
    };
    let ct = envelope::encrypt_vec(
        vec![
            Slot::Real(member.recipient()),
            Slot::Decoy,
            Slot::Decoy,
            Slot::Real(codename.recipient()),
        ],
        plaintext,
    )?;
    for (name, id, ok) in [
        ("submission-member", &member, true),
        ("submission-codename", &codename, true),
        ("submission-outsider", &outsider, false),
    ] {
        write(
            name,
            json!({
                "description": "a submission: 2 real stanzas, 2 decoys, grease; opened with one identity",
                "identity": id.expose_string().as_str(),
                "ciphertext_b64": STANDARD.encode(&ct),
                "valid": ok,
                "plaintext_b64": if ok { json!(STANDARD.encode(plaintext)) } else { json!(null) },
                "error": if ok { json!(null) } else { json!("envelope-no-matching-key") },
            }),
        )?;
    }
    let mut tampered = ct.clone();
    let n = tampered.len();
    tampered[n - 3] ^= 0x01;
    write(
        "submission-tampered",
        json!({
            "description": "the last chunk's tag altered",
            "identity": member.expose_string().as_str(),
            "ciphertext_b64": STANDARD.encode(&tampered),
            "valid": false,
            "plaintext_b64": null,
            "error": "envelope-decryption-failed",
        }),
    )?;
    // The Go age CLI's output, when it is installed.
    if !dir.join("age-cli.json").exists() {
        let child = Command::new("age")
            .args(["-r", &member.recipient().to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn();
        if let Ok(mut child) = child {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("piped stdin")
                .write_all(plaintext)?;
            let out = child.wait_with_output()?;
            anyhow::ensure!(out.status.success(), "age -r failed");
            write(
                "age-cli",
                json!({
                    "description": "written by the Go age CLI (age -r)",
                    "identity": member.expose_string().as_str(),
                    "ciphertext_b64": STANDARD.encode(&out.stdout),
                    "valid": true,
                    "plaintext_b64": STANDARD.encode(plaintext),
                    "error": null,
                }),
            )?;
        }
    }
    Ok(made)
}
