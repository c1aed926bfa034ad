//! Runs every shared test vector under `tests/vectors/` against this crate,
//! and checks the committed deterministic vectors are exactly what
//! `cargo run -p dropbox-crypto --example gen-vectors` produces. The page's
//! test suite runs the same files, so both implementations agree.

#[path = "../common/gen.rs"]
mod generate;

use std::path::PathBuf;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dropbox_crypto::dsse::{self, Envelope};
use dropbox_crypto::httpsig::{self, KeyId, MemoryNonceStore, NonceStore};
use dropbox_crypto::keys::{AgeIdentity, SignPublicKey};
use dropbox_crypto::roster::{self, Roster};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{
    MailboxId, Sha256Digest, TeamFingerprint, bundle, codename, envelope, jcs, messages, padme,
};
use serde_json::Value;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn files(sub: &str) -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = std::fs::read_dir(dir().join(sub))
        .unwrap_or_else(|e| panic!("vectors/{sub}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let v = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
            (
                format!("{sub}/{}", p.file_name().unwrap().to_string_lossy()),
                v,
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(!out.is_empty(), "vectors/{sub} has no files");
    out
}

fn b64(v: &Value) -> Vec<u8> {
    STANDARD.decode(v.as_str().expect("base64 string")).unwrap()
}

fn unhex(v: &Value) -> Vec<u8> {
    let s = v.as_str().unwrap();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn expect(name: &str, v: &Value, got: Result<(), String>) {
    let want = v["error"].as_str();
    match (want, got) {
        (None, Ok(())) => {}
        (Some(w), Err(g)) => assert_eq!(g, w, "{name}: wrong error"),
        (None, Err(g)) => panic!("{name}: expected success, got {g}"),
        (Some(w), Ok(())) => panic!("{name}: expected {w}, got success"),
    }
    assert_eq!(
        v["valid"].as_bool(),
        Some(want.is_none()),
        "{name}: valid flag"
    );
}

#[test]
fn committed_vectors_match_the_generator() {
    let generated = generate::all();
    for (path, bytes) in &generated {
        let on_disk = std::fs::read(dir().join(path)).unwrap_or_default();
        assert!(
            &on_disk == bytes,
            "vectors/{path} is stale or missing: run `cargo run -p dropbox-crypto --example gen-vectors`"
        );
    }
    for sub in [
        "jcs", "ed25519", "dsse", "roster", "bundle", "codename", "httpsig", "messages", "padme",
        "names",
    ] {
        for (name, _) in files(sub) {
            assert!(
                generated.contains_key(&name),
                "vectors/{name} is not produced by the generator"
            );
        }
    }
}

#[test]
fn committed_web_tables_match_the_generator() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    for (path, bytes) in generate::web_files() {
        let on_disk = std::fs::read(root.join(&path)).unwrap_or_default();
        assert!(
            on_disk == bytes,
            "{path} is stale or missing: run `cargo run -p dropbox-crypto --example gen-vectors`"
        );
    }
}

#[test]
fn name_vectors() {
    for (name, v) in files("names") {
        if name == "names/skeletons.json" {
            for c in v["cases"].as_array().unwrap() {
                assert_eq!(
                    dropbox_crypto::text::name_skeleton(c["name"].as_str().unwrap()),
                    c["skeleton"].as_str().unwrap(),
                    "{name}: {c}"
                );
            }
            continue;
        }
        let mut check = roster::NameCheck::default();
        let got = v["members"]
            .as_array()
            .unwrap()
            .iter()
            .try_for_each(|m| {
                let id: dropbox_crypto::MemberId = m["id"].as_str().unwrap().parse().unwrap();
                check.add(&id, m["name"].as_str().unwrap())
            })
            .map_err(|e| e.code().to_owned());
        expect(&name, &v, got);
    }
}

#[test]
fn jcs_vectors() {
    for (name, v) in files("jcs") {
        let got = jcs::parse_canonical(&b64(&v["input_b64"]))
            .map(|_| ())
            .map_err(|e| e.code().to_owned());
        expect(&name, &v, got);
    }
}

#[test]
fn ed25519_vectors() {
    for (name, v) in files("ed25519") {
        let pk: [u8; 32] = unhex(&v["public_key_hex"]).try_into().unwrap();
        let ok = SignPublicKey::from_bytes(&pk)
            .and_then(|k| k.verify(&unhex(&v["message_hex"]), &unhex(&v["signature_hex"])))
            .is_ok();
        assert_eq!(ok, v["valid"].as_bool().unwrap(), "{name}");
    }
}

#[test]
fn dsse_vectors() {
    for (name, v) in files("dsse") {
        if name == "dsse/pae.json" {
            let pae = dsse::pae(v["payload_type"].as_str().unwrap(), &b64(&v["payload_b64"]));
            assert_eq!(pae, b64(&v["pae_b64"]), "{name}");
            continue;
        }
        let expected = dsse::KNOWN_TYPES
            .iter()
            .find(|t| **t == v["expected_payload_type"])
            .unwrap();
        let got = Envelope::from_json(v["envelope"].to_string().as_bytes())
            .and_then(|e| e.parse(expected))
            .map(|_| ())
            .map_err(|e| e.code().to_owned());
        expect(&name, &v, got);
    }
}

fn chain_of(v: &Value) -> Vec<Envelope> {
    roster::parse_chain_json(v.to_string().as_bytes()).unwrap()
}

#[test]
fn roster_vectors() {
    for (name, v) in files("roster") {
        let fp: TeamFingerprint = v["fingerprint"].as_str().unwrap().parse().unwrap();
        let chain = chain_of(&v["chain"]);
        let got =
            roster::verify_chain(&fp, &chain, UnixTime(v["now"].as_i64().unwrap())).and_then(|c| {
                if let Some(p) = v["pinned"].as_object() {
                    let hash: Sha256Digest = p["hash"].as_str().unwrap().parse().unwrap();
                    c.check_pin(p["seq"].as_u64().unwrap(), &hash)?;
                }
                Ok(c)
            });
        if let Ok(c) = &got {
            assert_eq!(Some(c.head().roster.seq), v["head_seq"].as_u64(), "{name}");
            assert_eq!(
                Some(c.head().hash.to_string().as_str()),
                v["head_hash"].as_str(),
                "{name}"
            );
        }
        expect(&name, &v, got.map(|_| ()).map_err(|e| e.code().to_owned()));
    }
}

#[test]
fn bundle_vectors() {
    for (name, v) in files("bundle") {
        let bytes = b64(&v["bundle_b64"]);
        let got = bundle::decode_slice(&bytes, u64::MAX);
        if let Ok(d) = &got {
            assert_eq!(
                serde_json::to_value(&d.header).unwrap(),
                v["header"],
                "{name}"
            );
            let atts: Vec<Vec<u8>> = v["attachments_b64"]
                .as_array()
                .unwrap()
                .iter()
                .map(b64)
                .collect();
            assert_eq!(d.attachments, atts, "{name}");
            assert_eq!(
                padme::padme(bytes.len() as u64),
                bytes.len() as u64,
                "{name}: padded size"
            );
            assert!(bytes.len() as u64 >= padme::MIN_PADDED, "{name}");
        }
        expect(&name, &v, got.map(|_| ()).map_err(|e| e.code().to_owned()));
    }
}

#[test]
fn codename_vectors() {
    for (name, v) in files("codename") {
        let fp: TeamFingerprint = v["fingerprint"].as_str().unwrap().parse().unwrap();
        let keys = codename::Codename::parse(v["codename"].as_str().unwrap())
            .unwrap()
            .derive(&fp);
        assert_eq!(
            keys.identity.recipient().to_string(),
            v["x25519_recipient"].as_str().unwrap(),
            "{name}"
        );
        assert_eq!(
            keys.mailbox_key.public().to_string(),
            v["ed25519_public"].as_str().unwrap(),
            "{name}"
        );
        assert_eq!(
            keys.hybrid.recipient().to_string(),
            v["hybrid_recipient"].as_str().unwrap(),
            "{name}"
        );
        // The thread's delete token (protocol 1.5), which the page derives
        // too.
        assert_eq!(
            keys.delete_token.expose_text(),
            v["delete_token"].as_str().unwrap(),
            "{name}"
        );
        assert_eq!(
            keys.delete_token.hash().to_string(),
            v["delete_token_hash"].as_str().unwrap(),
            "{name}"
        );
        // The withdrawal secret (protocol 1.7), which the page derives too.
        assert_eq!(
            keys.withdraw_secret.expose_text(),
            v["withdraw_secret"].as_str().unwrap(),
            "{name}"
        );
        assert_eq!(
            keys.withdraw_secret.hash().to_string(),
            v["withdraw_hash"].as_str().unwrap(),
            "{name}"
        );
        assert_eq!(
            keys.mailbox().to_string(),
            v["mailbox"].as_str().unwrap(),
            "{name}"
        );
        assert_eq!(
            keys.thread().to_string(),
            v["thread"].as_str().unwrap(),
            "{name}"
        );
    }
}

#[test]
fn httpsig_vectors() {
    for (name, v) in files("httpsig") {
        let r = &v["request"];
        let s = |k: &str| r[k].as_str();
        let req = httpsig::Request {
            method: s("method").unwrap(),
            path: s("path").unwrap(),
            query: s("query"),
            authority: s("authority"),
            has_body: r["has_body"].as_bool().unwrap(),
            content_digest: s("content_digest"),
            signature_input: s("signature_input"),
            signature: s("signature"),
        };
        let keys = v["keys"].as_object().unwrap();
        let lookup = |k: &KeyId| match k {
            KeyId::Member(m) => keys
                .get(m.as_str())
                .map(|x| x.as_str().unwrap().parse().unwrap()),
            KeyId::Mailbox(_) => None,
        };
        let mut store = MemoryNonceStore::default();
        for n in v["seen_nonces"].as_array().unwrap() {
            store
                .check_and_store("alice", n.as_str().unwrap(), UnixTime(i64::MAX))
                .unwrap();
        }
        let got = httpsig::verify(
            &req,
            UnixTime(v["now"].as_i64().unwrap()),
            lookup,
            &mut store,
        );
        if let Ok(ver) = &got {
            assert_eq!(
                Some(ver.keyid.to_string().as_str()),
                v["keyid"].as_str(),
                "{name}"
            );
        }
        expect(&name, &v, got.map(|_| ()).map_err(|e| e.code().to_owned()));
    }
}

#[test]
fn message_vectors() {
    for (name, v) in files("messages") {
        let team: TeamFingerprint = v["team"].as_str().unwrap().parse().unwrap();
        let roster_env = Envelope::from_json(v["roster"].to_string().as_bytes()).unwrap();
        let roster: Roster = roster_env
            .parse(dsse::ROSTER_TYPE)
            .unwrap()
            .payload_as()
            .unwrap();
        let mailbox: MailboxId = v["mailbox"].as_str().unwrap().parse().unwrap();
        let env = Envelope::from_json(v["envelope"].to_string().as_bytes()).unwrap();
        let got = match v["kind"].as_str().unwrap() {
            "reply" => messages::verify_reply(&env, &roster, &team, &mailbox).map(|_| ()),
            "followup" => {
                let atts: Vec<Sha256Digest> = v["attachments"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap().parse().unwrap())
                    .collect();
                messages::verify_followup(&env, &team, &atts).map(|_| ())
            }
            "event" => messages::verify_event(&env, &roster, &team, v["log_seq"].as_u64().unwrap())
                .map(|_| ()),
            "thread" => messages::verify_thread_record(&env, &team, &mailbox).map(|_| ()),
            "withdrawal" => messages::verify_withdrawal(&env, &team).and_then(|w| {
                if w.mailbox == mailbox {
                    Ok(())
                } else {
                    Err(messages::MessageError::WrongMailbox)
                }
            }),
            k => panic!("{name}: unknown kind {k}"),
        };
        expect(&name, &v, got.map_err(|e| e.code().to_owned()));
    }
}

#[test]
fn padme_vectors() {
    let v: Value =
        serde_json::from_slice(&std::fs::read(dir().join("padme/padme.json")).unwrap()).unwrap();
    for c in v["cases"].as_array().unwrap() {
        let len = c["len"].as_u64().unwrap();
        assert_eq!(
            padme::padme(len),
            c["padme"].as_u64().unwrap(),
            "padme({len})"
        );
        assert_eq!(
            padme::padded_len(len),
            c["padded"].as_u64().unwrap(),
            "padded({len})"
        );
    }
}

fn open_envelope(v: &Value) -> Result<Vec<u8>, String> {
    let id: AgeIdentity = v["identity"].as_str().unwrap().parse().unwrap();
    envelope::decrypt_vec(&b64(&v["ciphertext_b64"]), &[&id]).map_err(|e| e.code().to_owned())
}

#[test]
fn envelope_vectors() {
    for (name, v) in files("envelope") {
        let got = open_envelope(&v);
        if let Ok(pt) = &got {
            assert_eq!(pt, &b64(&v["plaintext_b64"]), "{name}");
        }
        expect(&name, &v, got.map(|_| ()));
    }
}
