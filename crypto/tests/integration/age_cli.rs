//! Interoperability with the Go `age` CLI (Debian package `age`): it decrypts
//! our submissions (decoys, codename slot and grease included) with a
//! member's key, and we decrypt what `age -r` wrote. CI installs `age`; the
//! test fails rather than skips without it.

use std::io::Write;
use std::process::{Command, Stdio};

use dropbox_crypto::bundle::{self, AttachmentMeta, Header, Kind};
use dropbox_crypto::envelope;
use dropbox_crypto::keys::AgeIdentity;
use dropbox_crypto::keys::SignSecretKey;
use dropbox_crypto::roster::{Member, Policy, Role, Roster};

fn age(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new("age")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the Go age CLI must be installed (Debian package `age`); .ci/run installs it");
    // Feed stdin from another thread: age writes output as it reads, and a
    // full stdout pipe would otherwise block both sides.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    // age stops reading when it fails: then the caller's check of its
    // status and stderr says why, not this side's broken pipe.
    if let Err(e) = feeder.join().unwrap() {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "feeding age: {e}");
        assert!(
            !out.status.success(),
            "age succeeded without reading its input: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

fn member(id: &str, n: u8, identity: &AgeIdentity) -> Member {
    Member {
        id: id.parse().unwrap(),
        name: id.to_uppercase(),
        roles: vec![Role::Admin, Role::Reviewer],
        age: identity.recipient(),
        sign: SignSecretKey::from_seed(&[n; 32]).public(),
        transport: None,
    }
}

#[test]
fn age_cli_decrypts_our_submission_with_a_members_key() {
    let dir = tempdir();
    let alice = AgeIdentity::generate();
    let bob = AgeIdentity::generate();
    let codename = AgeIdentity::generate();
    let roster = Roster::first(
        "T",
        vec![member("alice", 1, &alice), member("bob", 2, &bob)],
        vec!["https://x.example".into()],
        "2026-12-01".parse().unwrap(),
        Policy::default(),
    );
    let mut h = Header::new(
        Kind::Report,
        "2026-11-24".parse().unwrap(),
        1,
        vec!["alice".parse().unwrap()],
    );
    h.title = Some("interop".into());
    h.attachments = vec![AttachmentMeta::new("a.txt", "text/plain", 5)];
    let plain = bundle::encode_to_vec(h, &[b"hello"]).unwrap();
    let slots = envelope::submission_slots(
        &roster,
        &["alice".parse().unwrap()],
        Some(&codename.recipient()),
    )
    .unwrap();
    let ct = envelope::encrypt_vec(slots, &plain).unwrap();

    for (who, id, should_open) in [
        ("alice", &alice, true),
        ("codename", &codename, true),
        ("bob (left out)", &bob, false),
    ] {
        let key = dir.join(format!("{}.key", who.split(' ').next().unwrap()));
        std::fs::write(&key, id.expose_string().as_bytes()).unwrap();
        let out = age(&["-d", "-i", key.to_str().unwrap()], &ct);
        assert_eq!(
            out.status.success(),
            should_open,
            "{who}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if should_open {
            assert_eq!(out.stdout, plain, "{who}");
            let d = bundle::decode_slice(&out.stdout, 1 << 20).unwrap();
            assert_eq!(d.attachments, vec![b"hello".to_vec()]);
        }
    }
}

#[test]
fn we_decrypt_what_age_cli_wrote() {
    let id = AgeIdentity::generate();
    let plain: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let out = age(&["-r", &id.recipient().to_string()], &plain);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(envelope::decrypt_vec(&out.stdout, &[&id]).unwrap(), plain);
    let other = AgeIdentity::generate();
    assert!(matches!(
        envelope::decrypt_vec(&out.stdout, &[&other]),
        Err(envelope::EnvelopeError::NoMatchingKey)
    ));
    let armored = age(&["-a", "-r", &id.recipient().to_string()], b"x");
    assert!(
        matches!(
            envelope::decrypt_vec(&armored.stdout, &[&id]),
            Err(envelope::EnvelopeError::InvalidEnvelope)
        ),
        "armored files are refused"
    );
}

fn tempdir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!(
        "dropbox-age-cli-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn rand_suffix() -> String {
    dropbox_crypto::SubmissionId::random().to_string()
}
