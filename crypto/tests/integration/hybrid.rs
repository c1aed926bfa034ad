//! The post-quantum `mlkem768x25519` recipient against C2SP's testkit
//! vectors, and interop both ways with the page's `age-encryption` package
//! (run through web/test/hybrid-interop.mjs under Node; CI installs Node and
//! the page's packages, and the test fails rather than skips without them).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use dropbox_crypto::agehdr::{self, HeaderRules};
use dropbox_crypto::hybrid::{HybridDecoy, HybridIdentity, HybridRecipient};
use sha2::{Digest, Sha256};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs the Node helper with `args`, feeding `stdin`; its stdout, or a
/// panic with its stderr.
fn node(args: &[&str], stdin: &[u8]) -> Result<Vec<u8>, String> {
    let script = root().join("web/test/hybrid-interop.mjs");
    let mut child = Command::new("node")
        .arg(&script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Node.js must be installed with web/node_modules (npm ci in web/)");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    let _ = feeder.join().unwrap();
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn encrypt(recipients: &[&dyn age::Recipient], pt: &[u8]) -> Vec<u8> {
    let enc = age::Encryptor::with_recipients(recipients.iter().copied()).unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    w.write_all(pt).unwrap();
    w.finish().unwrap();
    out
}

fn decrypt(id: &dyn age::Identity, ct: &[u8]) -> Result<Vec<u8>, age::DecryptError> {
    let dec = age::Decryptor::new(ct)?;
    let mut r = dec.decrypt(std::iter::once(id))?;
    let mut out = Vec::new();
    r.read_to_end(&mut out)?;
    Ok(out)
}

struct Vector {
    name: String,
    meta: Vec<(String, String)>,
    file: Vec<u8>,
}

impl Vector {
    fn get(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn vectors() -> Vec<Vector> {
    let dir = root().join("crypto/tests/vectors/age-hybrid");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("hybrid") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let mut meta = Vec::new();
        let mut i = 0;
        loop {
            let nl = i + bytes[i..].iter().position(|&b| b == b'\n').unwrap();
            let line = std::str::from_utf8(&bytes[i..nl]).unwrap();
            i = nl + 1;
            if line.is_empty() {
                break;
            }
            let (k, v) = line.split_once(": ").unwrap();
            meta.push((k.to_owned(), v.to_owned()));
        }
        let mut v = Vector {
            name,
            meta,
            file: bytes[i..].to_vec(),
        };
        if v.get("compressed") == Some("zlib") {
            let mut inflated = Vec::new();
            flate2::read::ZlibDecoder::new(&v.file[..])
                .read_to_end(&mut inflated)
                .unwrap();
            v.file = inflated;
        }
        out.push(v);
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

#[test]
fn testkit_vectors() {
    let vs = vectors();
    assert_eq!(vs.len(), 18);
    for v in &vs {
        let s = v.get("identity").unwrap();
        // One vector holds an X25519 identity (an X25519 stanza carrying
        // a hybrid-sized share must be refused).
        let id: Box<dyn age::Identity> = match s.parse::<HybridIdentity>() {
            Ok(id) => Box::new(id),
            Err(_) => Box::new(s.parse::<age::x25519::Identity>().unwrap()),
        };
        let got = decrypt(id.as_ref(), &v.file);
        match v.get("expect").unwrap() {
            "success" => {
                let pt = got.unwrap_or_else(|e| panic!("{}: {e}", v.name));
                let hex: String = Sha256::digest(&pt)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                assert_eq!(Some(hex.as_str()), v.get("payload"), "{}", v.name);
            }
            "no match" => assert!(
                matches!(got, Err(age::DecryptError::NoMatchingKeys)),
                "{}: {got:?}",
                v.name
            ),
            // The age crate's own parser catches some malformed headers
            // before any identity sees them.
            "header failure" => assert!(
                matches!(
                    got,
                    Err(age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat)
                ),
                "{}: {got:?}",
                v.name
            ),
            other => assert!(got.is_err(), "{}: expected {other}", v.name),
        }
    }
}

/// Both implementations derive the same recipient from an identity (so the
/// key expansion agrees), here for the testkit's identity and a fresh one.
#[test]
fn node_derives_the_same_recipient() {
    let vs = vectors();
    let testkit = vs
        .iter()
        .find(|v| v.name == "hybrid")
        .and_then(|v| v.get("identity"))
        .unwrap()
        .to_owned();
    let fresh = HybridIdentity::generate().expose_string().to_string();
    let from_node = String::from_utf8(node(&["keygen"], b"").unwrap()).unwrap();
    for s in [testkit, fresh, from_node.trim().to_owned()] {
        let id: HybridIdentity = s.parse().unwrap();
        let theirs = node(&["recipient", &s], b"").unwrap();
        assert_eq!(
            String::from_utf8(theirs).unwrap().trim(),
            id.recipient().to_string()
        );
        let parsed: HybridRecipient = id.recipient().to_string().parse().unwrap();
        assert_eq!(parsed, id.recipient());
    }
}

/// Rust encrypts (real stanzas among decoys, grease included) and the npm
/// package decrypts; the npm package encrypts and Rust decrypts. A stranger
/// cannot, on either side.
#[test]
fn interop_both_ways_with_the_npm_package() {
    let alice = HybridIdentity::generate();
    let bob = HybridIdentity::generate();
    let stranger = HybridIdentity::generate();
    let pt: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();

    let (a, b) = (alice.recipient(), bob.recipient());
    let ct = encrypt(&[&HybridDecoy, &a, &HybridDecoy, &b], &pt);
    let h = agehdr::parse(&ct).unwrap();
    HeaderRules::for_roster(3).check(&h).unwrap();
    for id in [&alice, &bob] {
        let s = id.expose_string();
        assert_eq!(node(&["decrypt", &s], &ct).unwrap(), pt);
    }
    assert!(node(&["decrypt", &stranger.expose_string()], &ct).is_err());

    let from_node = node(&["encrypt", &a.to_string(), &b.to_string()], &pt).unwrap();
    assert_eq!(decrypt(&alice, &from_node).unwrap(), pt);
    assert_eq!(decrypt(&bob, &from_node).unwrap(), pt);
    assert!(matches!(
        decrypt(&stranger, &from_node),
        Err(age::DecryptError::NoMatchingKeys)
    ));
    // The server's header check accepts what the page writes, too.
    HeaderRules::for_roster(2)
        .check(&agehdr::parse(&from_node).unwrap())
        .unwrap();
}
