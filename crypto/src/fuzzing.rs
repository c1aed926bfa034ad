//! Entry points shared by the cargo-fuzz targets (fuzz/) and the test that
//! replays their seed corpora, so both exercise exactly the same code.
//!
//! Each function feeds untrusted bytes to one parser and must return without
//! panicking whatever the input.

use crate::time::UnixTime;

/// The bundle decoder, streaming, with a sink that discards attachments.
pub fn bundle_decode(data: &[u8]) {
    if let Ok(mut r) = crate::bundle::BundleReader::new(data) {
        while r.remaining_attachments() > 0 {
            if r.copy_attachment(&mut std::io::sink()).is_err() {
                return;
            }
        }
        let _ = r.finish();
    }
}

/// The DSSE parser and roster chain verification (against the fingerprint of
/// whatever first roster the input carries, so deeper code is reached).
pub fn roster_chain(data: &[u8]) {
    let Ok(chain) = crate::roster::parse_chain_json(data) else {
        let _ = crate::dsse::Envelope::from_json(data).map(|e| e.parse(crate::dsse::ROSTER_TYPE));
        return;
    };
    let Some(first) = chain.first() else { return };
    let fp = first
        .parse(crate::dsse::ROSTER_TYPE)
        .map(|p| crate::TeamFingerprint(crate::Sha256Digest::of(&p.payload)))
        .unwrap_or(crate::TeamFingerprint(crate::Sha256Digest([0; 32])));
    let _ = crate::roster::verify_chain(&fp, &chain, UnixTime(1_800_000_000));
}

/// The signed messages a reviewer reads from a reporter (protocol 1.4
/// withdrawals, and follow-ups): the DSSE envelope parser and their
/// checks, against the team the payload names (so the signature check is
/// reached) and a fixed one.
pub fn reporter_messages(data: &[u8]) {
    let Ok(env) = crate::dsse::Envelope::from_json(data) else {
        return;
    };
    let zero = crate::TeamFingerprint(crate::Sha256Digest([0; 32]));
    let named = env
        .parse(crate::dsse::WITHDRAWAL_TYPE)
        .ok()
        .and_then(|p| p.payload_as::<crate::messages::Withdrawal>().ok())
        .map_or(zero, |w| w.team);
    for team in [named, zero] {
        let _ = crate::messages::verify_withdrawal(&env, &team);
        let _ = crate::messages::verify_followup_signature(&env, &team);
    }
}

/// The Signature-Input / Signature / Content-Digest parsers. The input is
/// split at the first two newlines into the three header values.
pub fn signature_headers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\n');
    let input = parts.next().unwrap_or("");
    let sig = parts.next().unwrap_or("");
    let digest = parts.next();
    let req = crate::httpsig::Request {
        method: "POST",
        path: "/v1/inbox",
        query: None,
        authority: None,
        has_body: digest.is_some(),
        content_digest: digest,
        signature_input: Some(input),
        signature: Some(sig),
    };
    let key = crate::keys::SignSecretKey::from_seed(&[1; 32]).public();
    let mut store = crate::httpsig::MemoryNonceStore::default();
    let _ = crate::httpsig::verify(&req, UnixTime(1_800_000_000), |_| Some(key), &mut store);
}

/// The age header parser and the server's header rules.
pub fn age_header(data: &[u8]) {
    if let Ok(h) = crate::agehdr::parse(data) {
        let _ = crate::agehdr::HeaderRules::for_roster(3).check(&h);
    }
}

/// The post-quantum recipient's parsers: every stanza of an age header fed
/// to a hybrid identity (as the reviewer does with uploads), and the input
/// as an `age1pq1…` recipient (as clients read published drop keys).
pub fn hybrid_stanza(data: &[u8]) {
    use age::Identity as _;
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = text.trim().parse::<crate::hybrid::HybridRecipient>();
    }
    if let Ok(h) = crate::agehdr::parse(data) {
        let _ = crate::agehdr::HeaderRules::for_roster(3).check(&h);
        let id = crate::hybrid::HybridIdentity::from_seed(&[7; 32]);
        for s in h.stanzas {
            let stanza = age_core::format::Stanza {
                tag: s.tag,
                args: s.args,
                body: s.body,
            };
            let _ = id.unwrap_stanza(&stanza);
        }
    }
}

/// The strict JSON canonicaliser.
pub fn jcs(data: &[u8]) {
    if let Ok(v) = crate::jcs::parse_canonical(data) {
        let again = crate::jcs::canonical_bytes(&v);
        assert_eq!(again, data, "canonical JSON re-serialises to itself");
    }
}

/// The body of `POST /v1/acks` (protocol 1.4): whatever parses is bounded
/// and re-serialises to a body that parses to the same batch.
pub fn ack_batch(data: &[u8]) {
    if let Ok(b) = crate::wire::AckBatch::parse(data) {
        assert!(!b.ids.is_empty() && b.ids.len() <= crate::wire::ACK_BATCH_MAX);
        let again = serde_json::to_vec(&b).expect("ids serialize");
        assert_eq!(crate::wire::AckBatch::parse(&again).ok(), Some(b));
    }
}

/// A `POST /v1/fetch` response (protocol 1.11): the first byte says how
/// many ids were asked for (0 to 4), then 16 bytes per id, then the
/// response. Whatever parses has one record per id asked, in order, each
/// stored ciphertext hashing to its receipt, and writes back to exactly
/// the response read.
pub fn fetch_response(data: &[u8]) {
    use crate::wire::{FetchRecord, FetchedItems};
    let Some((&k, rest)) = data.split_first() else {
        return;
    };
    let k = usize::from(k % 5);
    if rest.len() < k * 16 {
        return;
    }
    let (ids, body) = rest.split_at(k * 16);
    let asked: Vec<crate::SubmissionId> = ids
        .chunks(16)
        .map(|c| {
            let hex: String = c.iter().map(|b| format!("{b:02x}")).collect();
            hex.parse().expect("32 hex digits are an id")
        })
        .collect();
    if let Ok(items) = FetchedItems::parse(body, &asked) {
        assert_eq!(items.0.len(), asked.len());
        let mut again = Vec::new();
        for (item, want) in items.0.iter().zip(&asked) {
            assert_eq!(item.id, *want);
            let (receipt, bytes) = match item.stored {
                Some((r, b)) => {
                    assert_eq!(crate::Sha256Digest::of(b), r);
                    (Some(r), b)
                }
                None => (None, &[][..]),
            };
            again.extend(
                FetchRecord {
                    id: item.id,
                    receipt,
                    size: bytes.len() as u64,
                }
                .line(),
            );
            again.extend(bytes);
        }
        assert_eq!(again, body);
    }
}

/// Replays a fuzz target's seed corpus (`<root>/fuzz/corpus/<target>/`)
/// through its entry point, as an ordinary test on stable Rust: every seed
/// (valid inputs, near misses, and any `regression-*` input a fuzzer once
/// crashed on) must keep running without a panic. A panic fails the calling
/// test, and the seed is named on stderr as it unwinds. Shared by the
/// crates' corpus tests.
pub fn replay(root: &std::path::Path, target: &str, entry: fn(&[u8])) {
    let dir = root.join("fuzz/corpus").join(target);
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(
        files.len() >= 3,
        "{} holds {} seeds; keep at least 3 (valid inputs and near misses)",
        dir.display(),
        files.len()
    );
    for file in &files {
        let data =
            std::fs::read(file).unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
        // A guard rather than catch_unwind: the panic itself still fails the
        // test, and the guard names the seed as the panic unwinds past it.
        let _guard = NameOnPanic(file);
        entry(&data);
    }
}

/// Prints which seed was being replayed if dropped during a panic.
struct NameOnPanic<'a>(&'a std::path::Path);

impl Drop for NameOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("fuzz seed panicked: {}", self.0.display());
        }
    }
}
