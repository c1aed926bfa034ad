//! Generates the shared test vectors under `crypto/tests/vectors/`.
//!
//! Used by `cargo run -p dropbox-crypto --example gen-vectors` (which writes
//! the files) and by `tests/vectors.rs` (which checks the committed files are
//! exactly what this code produces, then runs each one). Everything here is
//! deterministic: fixed seeds, fixed days, ed25519's deterministic
//! signatures. Age envelopes are random by design and are generated
//! separately, only when missing (see `envelope_vectors`).

// Each includer uses a different part.
#![allow(dead_code)]
// Vector tables read best as flat tuples and argument lists, one case a line.
#![allow(
    clippy::too_many_arguments,
    clippy::type_complexity,
    clippy::cloned_ref_to_slice_refs
)]

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dropbox_crypto::bundle::{self, AttachmentMeta, DeleteToken, Header, Kind};
use dropbox_crypto::codename::Codename;
use dropbox_crypto::dsse::{self, Envelope};
use dropbox_crypto::httpsig::{KeyId, Signer};
use dropbox_crypto::keys::{AgeIdentity, SignSecretKey};
use dropbox_crypto::messages::{Event, EventBody, Followup, Reply, Status, ThreadRecord};
use dropbox_crypto::roster::{Member, Policy, Role, Roster};
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_crypto::{CaseId, EventId, MemberId, Sha256Digest, TeamFingerprint, jcs, padme};
use serde_json::{Value, json};

/// The day every vector is "now" on (vectors carry their own clock, so they
/// never expire in real time).
pub const TODAY: &str = "2026-11-24";
/// Noon UTC on [`TODAY`].
pub const NOW: i64 = 1_795_478_400 + 43_200;

pub fn today() -> Day {
    TODAY.parse().unwrap()
}

/// A test member with keys from fixed seeds.
pub struct TestMember {
    pub id: MemberId,
    pub name: String,
    pub sign: SignSecretKey,
    pub age: AgeIdentity,
    pub transport: SignSecretKey,
    pub roles: Vec<Role>,
}

impl TestMember {
    pub fn new(id: &str, name: &str, n: u8, roles: &[Role]) -> Self {
        TestMember {
            id: id.parse().unwrap(),
            name: name.into(),
            sign: SignSecretKey::from_seed(&[n; 32]),
            age: AgeIdentity::from_secret_bytes(&[n.wrapping_add(100); 32]),
            transport: SignSecretKey::from_seed(&[n.wrapping_add(200); 32]),
            roles: roles.to_vec(),
        }
    }

    pub fn card(&self) -> Member {
        Member {
            id: self.id.clone(),
            name: self.name.clone(),
            roles: self.roles.clone(),
            age: self.age.recipient(),
            sign: self.sign.public(),
            transport: Some(self.transport.public()),
        }
    }
}

pub fn team() -> Vec<TestMember> {
    vec![
        TestMember::new("alice", "Alice Admin", 1, &[Role::Admin, Role::Reviewer]),
        TestMember::new("bob", "Bob Admin", 2, &[Role::Admin, Role::Reviewer]),
        TestMember::new("carol", "Carol Reviewer", 3, &[Role::Reviewer]),
    ]
}

pub fn first_roster(team: &[TestMember]) -> Roster {
    Roster::first(
        "Example Security Team",
        team.iter().map(TestMember::card).collect(),
        vec![
            "https://drop.example.org".into(),
            "http://exampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion".into(),
        ],
        today().add_days(60),
        Policy::default(),
    )
}

fn sign_by(r: &Roster, who: &[&TestMember]) -> Envelope {
    let s: Vec<(&MemberId, &SignSecretKey)> = who.iter().map(|m| (&m.id, &m.sign)).collect();
    r.sign(&s)
}

fn env_json(e: &Envelope) -> Value {
    serde_json::to_value(e).unwrap()
}

fn pretty(v: &Value) -> Vec<u8> {
    let mut s = serde_json::to_vec_pretty(v).unwrap();
    s.push(b'\n');
    s
}

/// Replaces an envelope's payload with raw bytes, re-signed by `who`, so a
/// vector can carry a payload the library would never produce.
fn raw_envelope(payload_type: &str, payload: &[u8], who: &[&TestMember]) -> Envelope {
    let s: Vec<(&str, &SignSecretKey)> = who.iter().map(|m| (m.id.as_str(), &m.sign)).collect();
    Envelope::sign(payload_type, payload, &s)
}

pub fn all() -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    jcs_vectors(&mut out);
    ed25519_vectors(&mut out);
    dsse_vectors(&mut out);
    roster_vectors(&mut out);
    bundle_vectors(&mut out);
    codename_vectors(&mut out);
    httpsig_vectors(&mut out);
    message_vectors(&mut out);
    padme_vectors(&mut out);
    name_vectors(&mut out);
    out
}

/// Member-name cases (PROTOCOL §5.4) without a roster around them: the
/// members' ids and names, checked in order with `roster::NameCheck`.
fn name_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let cases: &[(&str, &str, &[&str], Option<&str>)] = &[
        (
            "valid-distinct",
            "three names that look different",
            &["Alice", "Bob", "Carol"],
            None,
        ),
        (
            "valid-scripts-and-marks",
            "names in several scripts, with combining marks and punctuation",
            &[
                "Zoë",
                "Алиса",
                "مریم",
                "日本太郎",
                "Søren Kierkegaard",
                "Jean-Luc O'Neil",
            ],
            None,
        ),
        (
            "valid-case-differs",
            "case is visible: 'alice' and 'Alice' differ",
            &["alice", "Alice"],
            None,
        ),
        (
            "invalid-cyrillic-a",
            "Cyrillic А in 'Аlice'",
            &["Alice", "\u{410}lice"],
            Some("roster-confusable-name"),
        ),
        (
            "invalid-greek-omicron",
            "Greek ο in 'Bοb'",
            &["Bob", "B\u{3bf}b"],
            Some("roster-confusable-name"),
        ),
        (
            "invalid-rn-m",
            "'rn' looks like 'm'",
            &["Kim", "Kirn"],
            Some("roster-confusable-name"),
        ),
        (
            "invalid-l-and-capital-i",
            "'l' and 'I'",
            &["Paul", "PauI"],
            Some("roster-confusable-name"),
        ),
        (
            "invalid-digit-zero",
            "the digit 0 and the letter O",
            &["OTTO", "0TTO"],
            Some("roster-confusable-name"),
        ),
        (
            "invalid-combining-order",
            "precomposed ë and e + combining diaeresis",
            &["Zoë", "Zoe\u{308}"],
            Some("roster-duplicate-name"),
        ),
        (
            "invalid-fullwidth",
            "full-width letters equal after NFKC",
            &["Bob", "\u{ff22}ob"],
            Some("roster-duplicate-name"),
        ),
        (
            "invalid-trailing-space",
            "equal after trimming",
            &["Carol", "Carol  "],
            Some("roster-duplicate-name"),
        ),
        (
            "invalid-rlo",
            "RIGHT-TO-LEFT OVERRIDE",
            &["Eve\u{202e}evE"],
            Some("roster-name-character"),
        ),
        (
            "invalid-rli",
            "RIGHT-TO-LEFT ISOLATE",
            &["\u{2067}Mallory"],
            Some("roster-name-character"),
        ),
        (
            "invalid-lrm",
            "LEFT-TO-RIGHT MARK",
            &["Trent\u{200e}"],
            Some("roster-name-character"),
        ),
        (
            "invalid-zwsp",
            "ZERO WIDTH SPACE",
            &["Pe\u{200b}ggy"],
            Some("roster-name-character"),
        ),
        (
            "invalid-zwj",
            "ZERO WIDTH JOINER",
            &["Vic\u{200d}tor"],
            Some("roster-name-character"),
        ),
        (
            "invalid-bom",
            "ZERO WIDTH NO-BREAK SPACE",
            &["\u{feff}Walter"],
            Some("roster-name-character"),
        ),
        (
            "invalid-soft-hyphen",
            "SOFT HYPHEN",
            &["Oli\u{ad}ver"],
            Some("roster-name-character"),
        ),
        (
            "invalid-tag-characters",
            "tag characters spelling hidden text",
            &["Sybil\u{e0061}\u{e0062}"],
            Some("roster-name-character"),
        ),
        (
            "invalid-escape",
            "an ESC sequence",
            &["Ivan\u{1b}[8m"],
            Some("roster-name-character"),
        ),
        (
            "invalid-newline-inside",
            "a newline inside",
            &["Line\nBreak"],
            Some("roster-name-character"),
        ),
        (
            "invalid-trailing-newline",
            "a trailing newline, which trimming used to hide",
            &["Alice\n"],
            Some("roster-name-character"),
        ),
        (
            "invalid-c1-csi",
            "a C1 CSI control",
            &["Judy\u{9b}31m"],
            Some("roster-name-character"),
        ),
        (
            "invalid-line-separator",
            "LINE SEPARATOR",
            &["Nia\u{2028}j"],
            Some("roster-name-character"),
        ),
        (
            "invalid-private-use",
            "a private-use character",
            &["Apple \u{f8ff}"],
            Some("roster-name-character"),
        ),
        (
            "invalid-unassigned",
            "an unassigned code point",
            &["Heidi\u{0378}"],
            Some("roster-name-character"),
        ),
        (
            "invalid-variation-selector",
            "a variation selector, invisible alone",
            &["Grace\u{fe0f}"],
            Some("roster-name-character"),
        ),
        (
            "invalid-hangul-filler",
            "HANGUL FILLER, a blank letter",
            &["\u{3164}"],
            Some("roster-name-character"),
        ),
        (
            "invalid-empty",
            "blank after trimming",
            &["   "],
            Some("roster-invalid"),
        ),
    ];
    for (name, description, names, error) in cases {
        put(
            out,
            &format!("names/{name}.json"),
            json!({
                "description": description,
                "members": names.iter().enumerate().map(|(i, n)| json!({"id": format!("m{}", i + 1), "name": n})).collect::<Vec<_>>(),
                "valid": error.is_none(),
                "error": error,
            }),
        );
    }
    let samples = [
        "Alice",
        "\u{410}lice",
        "Kirn",
        "PauI",
        "0TTO",
        "Zoe\u{308}",
        "Zoë",
        "Ǆemal",
        "ﬁona",
        "Ｂob",
        "Алиса",
        "Ωmega",
        "ßeta",
        "Ⅻ",
        "𝐀nna",
        "مریم",
        "日本太郎",
        "한국",
        "ä\u{301}\u{323}",
        "a\u{323}\u{307}",
        "ǅ",
        "ℌilbert",
        "O'Neil",
        "Jean‐Luc",
        "ĳ",
        "Ⓐnna",
        "ｶﾀｶﾅ",
        "㍿",
    ];
    put(
        out,
        "names/skeletons.json",
        json!({
            "description": "name_skeleton (trim, NFKC, UTS 39 skeleton) of names from several scripts",
            "unicode_version": unicode_version(),
            "cases": samples.iter().map(|n| json!({"name": n, "skeleton": dropbox_crypto::text::name_skeleton(n)})).collect::<Vec<_>>(),
        }),
    );
}

fn unicode_version() -> String {
    let (a, b, c) = dropbox_crypto::text::unicode_version();
    format!("{a}.{b}.{c}")
}

/// Files outside `tests/vectors/` that the generator writes, by path from
/// the repository root: the page's copy of the member-name rules.
pub fn web_files() -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    out.insert(
        "web/src/names-table.js".to_owned(),
        names_table().into_bytes(),
    );
    out
}

fn b36(mut n: u32) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut s = Vec::new();
    loop {
        s.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    s.reverse();
    String::from_utf8(s).unwrap()
}

/// The page's table of what `text::name_forbids` refuses and of
/// `text::name_skeleton`'s character mapping, made from the Rust crates'
/// data so both sides refuse the same rosters.
///
/// FORBIDDEN: ranges of forbidden code points, `gap~length` in base 36,
/// each gap counted from the end of the previous range.
/// SKELETON: for every allowed character that NFKD leaves alone (only those
/// remain after NFKC then NFD) and whose skeleton is another string, that
/// skeleton (already NFD). Entries are `gap:target` with the target's code
/// points in base 36 joined by `.`; `gap*count:target` is a run of `count`
/// consecutive characters mapped to consecutive single characters.
fn names_table() -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut forbidden: Vec<(u32, u32)> = Vec::new();
    let mut map: Vec<(u32, Vec<u32>)> = Vec::new();
    for u in 0..=0x10ffffu32 {
        let Some(c) = char::from_u32(u) else {
            // Surrogates cannot reach a Rust string; the page refuses them too.
            match forbidden.last_mut() {
                Some((_, end)) if *end + 1 == u => *end = u,
                _ => forbidden.push((u, u)),
            }
            continue;
        };
        if dropbox_crypto::text::name_forbids(c) {
            match forbidden.last_mut() {
                Some((_, end)) if *end + 1 == u => *end = u,
                _ => forbidden.push((u, u)),
            }
            continue;
        }
        if !c.nfkd().eq(std::iter::once(c)) {
            continue;
        }
        let s = c.to_string();
        let sk: Vec<u32> = unicode_security::skeleton(&s).map(u32::from).collect();
        if sk != [u] {
            map.push((u, sk));
        }
    }
    let mut f = Vec::new();
    let mut next = 0;
    for (a, b) in &forbidden {
        f.push(format!("{}~{}", b36(a - next), b36(b - a + 1)));
        next = b + 1;
    }
    let mut m = Vec::new();
    let mut next = 0;
    let mut i = 0;
    while i < map.len() {
        let (src, ref dst) = map[i];
        let mut run = 1;
        if dst.len() == 1 {
            while i + run < map.len() {
                let (s2, ref d2) = map[i + run];
                if s2 == src + run as u32 && d2.len() == 1 && d2[0] == dst[0] + run as u32 {
                    run += 1;
                } else {
                    break;
                }
            }
        }
        let target = dst.iter().map(|&t| b36(t)).collect::<Vec<_>>().join(".");
        if run > 1 {
            m.push(format!(
                "{}*{}:{}",
                b36(src - next),
                b36(run as u32),
                target
            ));
        } else {
            m.push(format!("{}:{}", b36(src - next), target));
        }
        next = src + run as u32;
        i += run;
    }
    format!(
        "// Generated by `cargo run -p dropbox-crypto --example gen-vectors` from the\n\
         // data of the Rust crates unicode-security and unicode-properties (Unicode\n\
         // {version}); do not edit. `crypto/tests/integration/vectors.rs` fails when\n\
         // it differs from what the generator makes. Read by names.js, which says\n\
         // what the two tables mean (PROTOCOL §5.4).\n\
         \n\
         export const UNICODE_VERSION = \"{version}\";\n\
         \n\
         export const FORBIDDEN = \"{forbidden}\";\n\
         \n\
         export const SKELETON = \"{skeleton}\";\n",
        version = unicode_version(),
        forbidden = f.join(","),
        skeleton = m.join(","),
    )
}

fn put(out: &mut BTreeMap<String, Vec<u8>>, path: &str, v: Value) {
    assert!(
        out.insert(path.to_owned(), pretty(&v)).is_none(),
        "duplicate vector {path}"
    );
}

fn jcs_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let cases: &[(&str, &[u8], Option<&str>, &str)] = &[
        (
            "valid-nested",
            br#"{"a":[1,-2,true,false],"b":{"c":"d"}}"#,
            None,
            "objects, arrays, literals",
        ),
        (
            "invalid-null",
            br#"{"a":null}"#,
            Some("jcs-null"),
            "null: absent fields are omitted instead",
        ),
        (
            "valid-escapes",
            b"{\"s\":\"\\\"\\\\\\b\\f\\n\\r\\t\\u001f\\u0000\"}",
            None,
            "short escapes and lowercase \\u00xx",
        ),
        (
            "valid-utf16-order",
            "{\"\u{1F600}\":1,\"\u{FB01}\":2}".as_bytes(),
            None,
            "keys sort by UTF-16 code units, not code points",
        ),
        (
            "valid-non-ascii-literal",
            "{\"n\":\"é€\u{2028}\"}".as_bytes(),
            None,
            "non-ASCII stays literal, U+2028 included",
        ),
        (
            "valid-max-safe-integer",
            br#"{"m":-9007199254740991,"n":9007199254740991}"#,
            None,
            "±(2^53-1) allowed",
        ),
        (
            "invalid-duplicate-key",
            br#"{"a":1,"a":1}"#,
            Some("jcs-duplicate-key"),
            "duplicate member names",
        ),
        (
            "invalid-float",
            br#"{"a":1.5}"#,
            Some("jcs-number"),
            "fractions are refused",
        ),
        (
            "invalid-float-integral",
            br#"{"a":1.0}"#,
            Some("jcs-number"),
            "1.0 is a float spelling",
        ),
        (
            "invalid-exponent",
            br#"{"a":1e2}"#,
            Some("jcs-number"),
            "exponents are refused",
        ),
        (
            "invalid-negative-zero",
            br#"{"a":-0}"#,
            Some("jcs-number"),
            "-0 is a float",
        ),
        (
            "invalid-above-2-53",
            br#"{"a":9007199254740993}"#,
            Some("jcs-number"),
            "integers above 2^53-1",
        ),
        (
            "invalid-key-order",
            br#"{"b":1,"a":2}"#,
            Some("jcs-not-canonical"),
            "keys out of order",
        ),
        (
            "invalid-whitespace",
            br#"{"a": 1}"#,
            Some("jcs-not-canonical"),
            "insignificant whitespace",
        ),
        (
            "invalid-trailing-newline",
            b"{\"a\":1}\n",
            Some("jcs-not-canonical"),
            "trailing newline",
        ),
        (
            "invalid-escaped-ascii",
            br#"{"a":"\u0041"}"#,
            Some("jcs-not-canonical"),
            "needless \\u escape",
        ),
        (
            "invalid-escaped-slash",
            br#"{"a":"\/"}"#,
            Some("jcs-not-canonical"),
            "escaped solidus",
        ),
        (
            "invalid-uppercase-hex-escape",
            br#"{"a":"\u001F"}"#,
            Some("jcs-not-canonical"),
            "escapes use lowercase hex",
        ),
        (
            "invalid-bom",
            b"\xef\xbb\xbf{}",
            Some("jcs-syntax"),
            "byte order mark",
        ),
        (
            "invalid-lone-surrogate",
            br#"{"a":"\ud800"}"#,
            Some("jcs-syntax"),
            "lone surrogate escape",
        ),
        (
            "invalid-utf8",
            b"{\"a\":\"\xc3\x28\"}",
            Some("jcs-syntax"),
            "invalid UTF-8",
        ),
        (
            "invalid-truncated",
            br#"{"a":"#,
            Some("jcs-syntax"),
            "truncated",
        ),
    ];
    for (name, input, error, description) in cases {
        put(
            out,
            &format!("jcs/{name}.json"),
            json!({
                "description": description,
                "input_b64": STANDARD.encode(input),
                "valid": error.is_none(),
                "error": error,
            }),
        );
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn ed25519_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let key = SignSecretKey::from_seed(&[42; 32]);
    let pk = key.public().to_bytes();
    let msg = b"drop box strict ed25519";
    let sig = key.sign(msg);
    let mut cases: Vec<(&str, [u8; 32], Vec<u8>, Vec<u8>, bool, &str)> = vec![(
        "valid",
        pk,
        msg.to_vec(),
        sig.to_vec(),
        true,
        "an ordinary signature",
    )];
    let mut wrong_msg = msg.to_vec();
    wrong_msg[0] ^= 1;
    cases.push((
        "invalid-wrong-message",
        pk,
        wrong_msg,
        sig.to_vec(),
        false,
        "message altered",
    ));
    // S + L: the same signature with a non-reduced scalar; zip215 and
    // cofactored verifiers that skip the check accept it, strict ones must not.
    const L: [u8; 32] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde,
        0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
    ];
    let mut s_plus_l = sig;
    let mut carry = 0u16;
    for i in 0..32 {
        let v = u16::from(s_plus_l[32 + i]) + u16::from(L[i]) + carry;
        s_plus_l[32 + i] = v as u8;
        carry = v >> 8;
    }
    cases.push((
        "invalid-non-canonical-s",
        pk,
        msg.to_vec(),
        s_plus_l.to_vec(),
        false,
        "S >= L",
    ));
    // The identity point (order 1) as public key.
    let mut identity = [0u8; 32];
    identity[0] = 1;
    cases.push((
        "invalid-small-order-key",
        identity,
        msg.to_vec(),
        sig.to_vec(),
        false,
        "public key of small order",
    ));
    // A non-canonical encoding (y = p + 1) of a point.
    let mut nc = [0xffu8; 32];
    nc[0] = 0xee;
    nc[31] = 0x7f;
    cases.push((
        "invalid-non-canonical-key",
        nc,
        msg.to_vec(),
        sig.to_vec(),
        false,
        "public key y >= p",
    ));
    // R of small order (identity): a forged-looking signature strict rules refuse.
    let mut small_r = sig;
    small_r[..32].copy_from_slice(&identity);
    cases.push((
        "invalid-small-order-r",
        pk,
        msg.to_vec(),
        small_r.to_vec(),
        false,
        "R of small order",
    ));
    let mut nc_r = sig;
    nc_r[..32].copy_from_slice(&nc);
    cases.push((
        "invalid-non-canonical-r",
        pk,
        msg.to_vec(),
        nc_r.to_vec(),
        false,
        "R encoding y >= p",
    ));
    cases.push((
        "invalid-short-signature",
        pk,
        msg.to_vec(),
        sig[..63].to_vec(),
        false,
        "63-byte signature",
    ));
    for (name, pk, msg, sig, valid, description) in cases {
        put(
            out,
            &format!("ed25519/{name}.json"),
            json!({
                "description": description,
                "public_key_hex": hex(&pk),
                "message_hex": hex(&msg),
                "signature_hex": hex(&sig),
                "valid": valid,
            }),
        );
    }
}

fn dsse_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let t = team();
    let payload = br#"{"hello":"world"}"#;
    put(
        out,
        "dsse/pae.json",
        json!({
            "description": "PAE of a reply payload type",
            "payload_type": dsse::REPLY_TYPE,
            "payload_b64": STANDARD.encode(payload),
            "pae_b64": STANDARD.encode(dsse::pae(dsse::REPLY_TYPE, payload)),
        }),
    );
    let good = raw_envelope(dsse::REPLY_TYPE, payload, &[&t[0]]);
    let mut cases: Vec<(&str, Value, &str, Option<&str>, &str)> = vec![(
        "valid",
        env_json(&good),
        dsse::REPLY_TYPE,
        None,
        "well-formed envelope",
    )];
    let mut unknown = good.clone();
    unknown.payload_type = "application/json".into();
    cases.push((
        "invalid-unknown-payload-type",
        env_json(&unknown),
        dsse::REPLY_TYPE,
        Some("dsse-unknown-payload-type"),
        "payloadType not in the list",
    ));
    cases.push((
        "invalid-wrong-payload-type",
        env_json(&good),
        dsse::EVENT_TYPE,
        Some("dsse-wrong-payload-type"),
        "a reply presented as an event",
    ));
    let noncanon = raw_envelope(dsse::REPLY_TYPE, br#"{ "hello":"world"}"#, &[&t[0]]);
    cases.push((
        "invalid-non-canonical-payload",
        env_json(&noncanon),
        dsse::REPLY_TYPE,
        Some("jcs-not-canonical"),
        "payload with whitespace",
    ));
    let mut badsig = good.clone();
    badsig.signatures[0].sig = "AAAA".into();
    cases.push((
        "invalid-malformed-signature",
        env_json(&badsig),
        dsse::REPLY_TYPE,
        Some("dsse-malformed-signature"),
        "3-byte signature",
    ));
    let mut badb64 = good.clone();
    badb64.payload = good.payload.trim_end_matches('=').to_owned();
    cases.push((
        "invalid-payload-base64",
        env_json(&badb64),
        dsse::REPLY_TYPE,
        Some("dsse-malformed"),
        "unpadded payload base64",
    ));
    let mut extra = env_json(&good);
    extra["extra"] = json!(1);
    cases.push((
        "invalid-unknown-field",
        extra,
        dsse::REPLY_TYPE,
        Some("dsse-malformed"),
        "unknown envelope field",
    ));
    for (name, env, expected, error, description) in cases {
        put(
            out,
            &format!("dsse/{name}.json"),
            json!({
                "description": description,
                "envelope": env,
                "expected_payload_type": expected,
                "valid": error.is_none(),
                "error": error,
            }),
        );
    }
}

fn roster_case(
    out: &mut BTreeMap<String, Vec<u8>>,
    name: &str,
    description: &str,
    fp: &TeamFingerprint,
    chain: &[Envelope],
    now: i64,
    pinned: Option<(u64, Sha256Digest)>,
    error: Option<&str>,
) {
    let head = chain
        .last()
        .and_then(|e| e.parse(dsse::ROSTER_TYPE).ok())
        .map(|p| Sha256Digest::of(&p.payload));
    put(
        out,
        &format!("roster/{name}.json"),
        json!({
            "description": description,
            "fingerprint": fp.to_string(),
            "now": now,
            "pinned": pinned.map(|(s, h)| json!({"seq": s, "hash": h.to_string()})),
            "chain": chain.iter().map(env_json).collect::<Vec<_>>(),
            "valid": error.is_none(),
            "error": error,
            "head_seq": if error.is_none() { json!(chain.len()) } else { Value::Null },
            "head_hash": if error.is_none() { json!(head.map(|h| h.to_string())) } else { Value::Null },
        }),
    );
}

fn roster_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let t = team();
    let (alice, bob, carol) = (&t[0], &t[1], &t[2]);
    let r1 = first_roster(&t);
    let fp = TeamFingerprint(r1.hash());
    let e1 = sign_by(&r1, &[alice, bob]);
    roster_case(
        out,
        "valid-single",
        "roster #1 signed by both admins (threshold 2)",
        &fp,
        &[e1.clone()],
        NOW,
        None,
        None,
    );

    let mut r2 = r1.next();
    r2.members.retain(|m| m.id.as_str() != "carol");
    let e2 = sign_by(&r2, &[alice, bob]);
    roster_case(
        out,
        "valid-chain-remove-member",
        "roster #2 removes carol",
        &fp,
        &[e1.clone(), e2.clone()],
        NOW,
        None,
        None,
    );
    roster_case(
        out,
        "valid-pinned",
        "pinned at #1, served #2",
        &fp,
        &[e1.clone(), e2.clone()],
        NOW,
        Some((1, r1.hash())),
        None,
    );

    // alice rotates her keys: needs her old sign key's signature (she is an
    // admin, so her old-key signature also counts toward the threshold).
    let mut r2k = r1.next();
    let new_alice = TestMember::new("alice", "Alice Admin", 11, &[Role::Admin, Role::Reviewer]);
    r2k.members[0] = new_alice.card();
    let e2k = sign_by(&r2k, &[alice, bob]);
    roster_case(
        out,
        "valid-key-rotation",
        "alice's new keys, signed by her old key and bob",
        &fp,
        &[e1.clone(), e2k],
        NOW,
        None,
        None,
    );

    let mut r2c = r1.next();
    let new_carol = TestMember::new("carol", "Carol Reviewer", 13, &[Role::Reviewer]);
    r2c.members[2] = new_carol.card();
    let e2c = sign_by(&r2c, &[alice, bob]);
    roster_case(
        out,
        "invalid-key-continuity",
        "carol's keys changed without her old key's signature",
        &fp,
        &[e1.clone(), e2c],
        NOW,
        None,
        Some("roster-key-continuity"),
    );

    // carol is removed in #2 and comes back in #3 with other keys: that is a
    // new member wearing an old id.
    let mut r3 = r2.next();
    r3.members.push(new_carol.card());
    roster_case(
        out,
        "invalid-readded-id-new-keys",
        "carol removed in #2, back in #3 with new keys",
        &fp,
        &[e1.clone(), e2.clone(), sign_by(&r3, &[alice, bob])],
        NOW,
        None,
        Some("roster-key-continuity"),
    );
    let mut r3 = r2.next();
    r3.members.push(t[2].card());
    roster_case(
        out,
        "valid-readded-id-same-keys",
        "carol removed in #2, back in #3 with her old keys",
        &fp,
        &[e1.clone(), e2.clone(), sign_by(&r3, &[alice, bob])],
        NOW,
        None,
        None,
    );
    let mut bad_ep = first_roster(&t);
    bad_ep.endpoints = vec!["http://evil.example/#.onion".into()];
    let fpe = TeamFingerprint(bad_ep.hash());
    roster_case(
        out,
        "invalid-plain-http-endpoint",
        "plain http to a non-onion host disguised with a fragment",
        &fpe,
        &[sign_by(&bad_ep, &[alice, bob])],
        NOW,
        None,
        Some("roster-invalid"),
    );
    roster_case(
        out,
        "invalid-too-few-signatures",
        "only one of two required admins",
        &fp,
        &[sign_by(&r1, &[alice])],
        NOW,
        None,
        Some("roster-too-few-signatures"),
    );
    roster_case(
        out,
        "invalid-non-admin-not-counted",
        "alice and carol (not an admin) sign",
        &fp,
        &[sign_by(&r1, &[alice, carol])],
        NOW,
        None,
        Some("roster-too-few-signatures"),
    );
    let mut dup_sig = sign_by(&r1, &[alice]);
    let again = dup_sig.signatures[0].clone();
    dup_sig.signatures.push(again);
    roster_case(
        out,
        "invalid-same-admin-twice",
        "alice's signature twice counts once",
        &fp,
        &[dup_sig],
        NOW,
        None,
        Some("roster-too-few-signatures"),
    );
    let mut bad = e1.clone();
    bad.signatures[1].sig = e2.signatures[1].sig.clone();
    roster_case(
        out,
        "invalid-bad-signature",
        "bob's entry holds a signature over another payload",
        &fp,
        &[bad],
        NOW,
        None,
        Some("roster-bad-signature"),
    );
    let mut stranger = sign_by(&r1, &[alice, bob]);
    stranger.signatures.push(dsse::Signature {
        keyid: "mallory".into(),
        sig: e1.signatures[0].sig.clone(),
    });
    roster_case(
        out,
        "valid-unknown-signer-ignored",
        "a signature by an unknown keyid is ignored",
        &fp,
        &[stranger],
        NOW,
        None,
        None,
    );

    let mut r2f = r1.next();
    r2f.prev = Some(Sha256Digest([0xab; 32]));
    roster_case(
        out,
        "invalid-fork",
        "roster #2 whose prev names another roster",
        &fp,
        &[e1.clone(), sign_by(&r2f, &[alice, bob])],
        NOW,
        None,
        Some("roster-fork"),
    );
    let mut r3 = r2.next();
    r3.seq = 4;
    roster_case(
        out,
        "invalid-wrong-seq",
        "seq jumps from 2 to 4",
        &fp,
        &[e1.clone(), e2.clone(), sign_by(&r3, &[alice, bob])],
        NOW,
        None,
        Some("roster-wrong-seq"),
    );
    roster_case(
        out,
        "invalid-rollback",
        "pinned at #2, served only #1",
        &fp,
        &[e1.clone()],
        NOW,
        Some((2, r2.hash())),
        Some("roster-rollback"),
    );
    roster_case(
        out,
        "invalid-pinned-fork",
        "pinned #2 differs from served #2",
        &fp,
        &[e1.clone(), e2.clone()],
        NOW,
        Some((2, Sha256Digest([1; 32]))),
        Some("roster-fork"),
    );
    let expired_now = today().add_days(60).start().0;
    roster_case(
        out,
        "invalid-expired",
        "now is the expiry day",
        &fp,
        &[e1.clone()],
        expired_now,
        None,
        Some("roster-expired"),
    );
    let mut far = first_roster(&t);
    far.expires = today().add_days(91);
    let far_fp = TeamFingerprint(far.hash());
    roster_case(
        out,
        "invalid-expiry-too-far",
        "expires 91 days ahead",
        &far_fp,
        &[sign_by(&far, &[alice, bob])],
        NOW,
        None,
        Some("roster-expiry-too-far"),
    );
    roster_case(
        out,
        "invalid-fingerprint-mismatch",
        "chain for another team",
        &TeamFingerprint(Sha256Digest([7; 32])),
        &[e1.clone()],
        NOW,
        None,
        Some("roster-fingerprint-mismatch"),
    );
    roster_case(
        out,
        "invalid-empty-chain",
        "no rosters",
        &fp,
        &[],
        NOW,
        None,
        Some("roster-empty-chain"),
    );

    let mut dup_id = first_roster(&t);
    let mut d = TestMember::new("alice", "Other Alice", 21, &[Role::Reviewer]).card();
    dup_id.members.push(d.clone());
    let fpd = TeamFingerprint(dup_id.hash());
    roster_case(
        out,
        "invalid-duplicate-id",
        "two members named alice",
        &fpd,
        &[sign_by(&dup_id, &[alice, bob])],
        NOW,
        None,
        Some("roster-duplicate-id"),
    );
    let mut dup_key = first_roster(&t);
    d = TestMember::new("dave", "Dave", 22, &[Role::Reviewer]).card();
    d.age = dup_key.members[0].age.clone();
    dup_key.members.push(d);
    let fpk = TeamFingerprint(dup_key.hash());
    roster_case(
        out,
        "invalid-duplicate-key",
        "dave reuses alice's age key",
        &fpk,
        &[sign_by(&dup_key, &[alice, bob])],
        NOW,
        None,
        Some("roster-duplicate-key"),
    );
    let mut dup_name = first_roster(&t);
    dup_name
        .members
        .push(TestMember::new("eve", "Ａlice Admin", 23, &[Role::Reviewer]).card());
    let fpn = TeamFingerprint(dup_name.hash());
    roster_case(
        out,
        "invalid-duplicate-nfkc-name",
        "fullwidth 'Ａlice Admin' equals 'Alice Admin' after NFKC",
        &fpn,
        &[sign_by(&dup_name, &[alice, bob])],
        NOW,
        None,
        Some("roster-duplicate-name"),
    );
    // Names that look alike or hide characters (PROTOCOL §5.4).
    let name_cases: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "invalid-name-bidi-override",
            "Carol\u{202e}rewei",
            "a name with RIGHT-TO-LEFT OVERRIDE, which reorders what follows it",
            Some("roster-name-character"),
        ),
        (
            "invalid-name-zero-width-space",
            "Da\u{200b}ve",
            "a name with ZERO WIDTH SPACE",
            Some("roster-name-character"),
        ),
        (
            "invalid-confusable-name",
            "\u{410}lice Admin",
            "'Аlice Admin' with a Cyrillic А has the skeleton of 'Alice Admin'",
            Some("roster-confusable-name"),
        ),
        (
            "valid-names-in-other-scripts",
            "Алиса",
            "a Cyrillic name that looks like no other member's",
            None,
        ),
    ];
    for (i, (name, member_name, description, error)) in name_cases.iter().enumerate() {
        let mut r = first_roster(&t);
        r.members.push(
            TestMember::new(
                "dave",
                member_name,
                24 + u8::try_from(i).unwrap(),
                &[Role::Reviewer],
            )
            .card(),
        );
        roster_case(
            out,
            name,
            description,
            &TeamFingerprint(r.hash()),
            &[sign_by(&r, &[alice, bob])],
            NOW,
            None,
            *error,
        );
    }

    // A payload that is valid JSON but not canonical: its hash is the
    // fingerprint, so only the canonical-form rule refuses it.
    let pretty_payload = serde_json::to_vec_pretty(&r1).unwrap();
    let nc_env = raw_envelope(dsse::ROSTER_TYPE, &pretty_payload, &[alice, bob]);
    roster_case(
        out,
        "invalid-non-canonical-payload",
        "pretty-printed roster payload",
        &TeamFingerprint(Sha256Digest::of(&pretty_payload)),
        &[nc_env],
        NOW,
        None,
        Some("jcs-not-canonical"),
    );
    let mut wrong_type = e1.clone();
    wrong_type.payload_type = "application/vnd.dropbox.rosterx.v1+json".into();
    roster_case(
        out,
        "invalid-unknown-payload-type",
        "unknown payloadType",
        &fp,
        &[wrong_type],
        NOW,
        None,
        Some("dsse-unknown-payload-type"),
    );
    let reply_typed = raw_envelope(dsse::REPLY_TYPE, &r1.payload(), &[alice, bob]);
    roster_case(
        out,
        "invalid-roster-signed-as-reply",
        "a roster payload under the reply payloadType",
        &fp,
        &[reply_typed],
        NOW,
        None,
        Some("dsse-wrong-payload-type"),
    );
}

fn sample_header(kind: Kind) -> Header {
    let mut h = Header::new(
        kind,
        today(),
        1,
        vec!["alice".parse().unwrap(), "bob".parse().unwrap()],
    );
    h.delete_token = DeleteToken::from_bytes([0x5a; 32]);
    h
}

fn bundle_case(
    out: &mut BTreeMap<String, Vec<u8>>,
    name: &str,
    description: &str,
    bytes: &[u8],
    error: Option<&str>,
    atts: &[&[u8]],
) {
    let header = bundle::decode_slice(bytes, u64::MAX)
        .ok()
        .map(|d| serde_json::to_value(&d.header).unwrap());
    put(
        out,
        &format!("bundle/{name}.json"),
        json!({
            "description": description,
            "bundle_b64": STANDARD.encode(bytes),
            "valid": error.is_none(),
            "error": error,
            "header": header,
            "attachments_b64": if error.is_none() { json!(atts.iter().map(|a| STANDARD.encode(a)).collect::<Vec<_>>()) } else { Value::Null },
        }),
    );
}

fn bundle_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let mut h = sample_header(Kind::Report);
    h.title = Some("XSS in the login form".into());
    h.body = Some("Steps to reproduce:\n1. …".into());
    h.category = Some("vulnerability".into());
    h.severity = Some(bundle::Severity::High);
    h.credit = Some("A. Reporter".into());
    h.attachments = vec![
        AttachmentMeta::new("poc.html", "text/html", 5),
        AttachmentMeta::new("notes.txt", "text/plain", 0),
    ];
    let report = bundle::encode_to_vec(h.clone(), &[b"<b>x\n", b""]).unwrap();
    bundle_case(
        out,
        "valid-report",
        "report with two attachments (one empty)",
        &report,
        None,
        &[b"<b>x\n", b""],
    );
    let empty = bundle::encode_to_vec(sample_header(Kind::Report), &[]).unwrap();
    bundle_case(
        out,
        "valid-minimal",
        "no fields, no attachments: padded to 64 KiB",
        &empty,
        None,
        &[],
    );
    let mut hb = sample_header(Kind::Report);
    let big = vec![0x41u8; 70_000];
    hb.attachments = vec![AttachmentMeta::new(
        "big.bin",
        "application/octet-stream",
        big.len() as u64,
    )];
    let bigb = bundle::encode_to_vec(hb, &[&big]).unwrap();
    bundle_case(
        out,
        "valid-padme",
        "70000-byte attachment: padded to PADMÉ(L), above 64 KiB",
        &bigb,
        None,
        &[&big],
    );

    let hlen = u32::from_be_bytes(report[17..21].try_into().unwrap()) as usize;
    let att0 = 21 + hlen;
    let mutate = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut v = report.clone();
        f(&mut v);
        v
    };
    bundle_case(
        out,
        "invalid-bad-magic",
        "magic altered",
        &mutate(&|v| v[0] = b'd'),
        Some("bundle-bad-magic"),
        &[],
    );
    bundle_case(
        out,
        "invalid-header-too-large",
        "header length 65537",
        &mutate(&|v| v[17..21].copy_from_slice(&65_537u32.to_be_bytes())),
        Some("bundle-header-too-large"),
        &[],
    );
    bundle_case(
        out,
        "invalid-attachment-altered",
        "a byte of the first attachment flipped",
        &mutate(&|v| v[att0] ^= 0x20),
        Some("bundle-trailer-mismatch"),
        &[],
    );
    bundle_case(
        out,
        "invalid-padding-non-zero",
        "last padding byte is 1",
        &mutate(&|v| *v.last_mut().unwrap() = 1),
        Some("bundle-padding-non-zero"),
        &[],
    );
    bundle_case(
        out,
        "invalid-padding-too-long",
        "one extra zero",
        &mutate(&|v| v.push(0)),
        Some("bundle-padding-too-long"),
        &[],
    );
    bundle_case(
        out,
        "invalid-padding-too-short",
        "one zero missing",
        &mutate(&|v| {
            v.pop();
        }),
        Some("bundle-padding-too-short"),
        &[],
    );
    bundle_case(
        out,
        "invalid-truncated",
        "ends inside the first attachment",
        &report[..att0 + 2],
        Some("bundle-truncated"),
        &[],
    );

    // Headers the encoder would refuse, assembled by hand.
    let assemble = |header: &[u8], rest: &[u8]| {
        let mut v = bundle::MAGIC.to_vec();
        v.extend_from_slice(&(header.len() as u32).to_be_bytes());
        v.extend_from_slice(header);
        v.extend_from_slice(rest);
        let target = padme::padded_len(v.len() as u64) as usize;
        v.resize(target, 0);
        v
    };
    let hv = serde_json::to_value(&h).unwrap();
    let mut too_many = hv.clone();
    too_many["attachments"] = json!(
        (0..101)
            .map(|i| json!({"name": format!("f{i}"), "size": 0, "type": "text/plain"}))
            .collect::<Vec<_>>()
    );
    let trailer_101 =
        jcs::canonical_bytes(&json!({"sha256": vec![Sha256Digest::of(b"").to_string(); 101]}));
    bundle_case(
        out,
        "invalid-too-many-attachments",
        "101 attachments",
        &assemble(&jcs::canonical_bytes(&too_many), &trailer_101),
        Some("bundle-too-many-attachments"),
        &[],
    );
    let mut path_name = hv.clone();
    path_name["attachments"] = json!([{"name": "../etc/passwd", "size": 0, "type": "text/plain"}]);
    let trailer_1 = jcs::canonical_bytes(&json!({"sha256": [Sha256Digest::of(b"").to_string()]}));
    bundle_case(
        out,
        "invalid-attachment-path",
        "attachment name with a path",
        &assemble(&jcs::canonical_bytes(&path_name), &trailer_1),
        Some("bundle-header-invalid"),
        &[],
    );
    let mut overflow = hv.clone();
    overflow["attachments"] = json!([{"name": "a", "size": 9007199254740991u64, "type": "x/y"}, {"name": "b", "size": 9007199254740991u64, "type": "x/y"}]);
    bundle_case(
        out,
        "invalid-sizes-overflow",
        "attachment sizes sum past 2^53",
        &assemble(&jcs::canonical_bytes(&overflow), b""),
        Some("bundle-size-mismatch"),
        &[],
    );
    let pretty_header = serde_json::to_vec_pretty(&hv).unwrap();
    bundle_case(
        out,
        "invalid-header-not-canonical",
        "pretty-printed header",
        &assemble(&pretty_header, b""),
        Some("bundle-header-json"),
        &[],
    );
    let mut unknown_field = hv.clone();
    unknown_field["ip"] = json!("192.0.2.1");
    bundle_case(
        out,
        "invalid-header-unknown-field",
        "header with a field the format does not have",
        &assemble(&jcs::canonical_bytes(&unknown_field), b""),
        Some("bundle-header-invalid"),
        &[],
    );
    let mut no_att = hv.clone();
    no_att["attachments"] = json!([]);
    bundle_case(
        out,
        "invalid-trailer-count",
        "trailer lists a digest for an attachment that does not exist",
        &assemble(&jcs::canonical_bytes(&no_att), &trailer_1),
        Some("bundle-trailer-invalid"),
        &[],
    );
    bundle_case(
        out,
        "invalid-trailer-not-canonical",
        "trailer with whitespace",
        &assemble(&jcs::canonical_bytes(&no_att), b"{ \"sha256\":[]}"),
        Some("bundle-trailer-invalid"),
        &[],
    );
}

pub const CODENAME: &str = "abacus glacier mystify unsworn tabasco pliable rebuff oval";

fn codename_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let fp = TeamFingerprint(first_roster(&team()).hash());
    for (name, text, fp) in [
        ("team-example", CODENAME, fp),
        (
            "team-zero",
            "zoom zoology yo-yo t-shirt drop-down felt-tip able abacus",
            TeamFingerprint(Sha256Digest([0; 32])),
        ),
    ] {
        let c = Codename::parse(text).unwrap();
        let keys = c.derive(&fp);
        put(
            out,
            &format!("codename/{name}.json"),
            json!({
                "codename": c.expose(),
                "fingerprint": fp.to_string(),
                "x25519_recipient": keys.identity.recipient().to_string(),
                "x25519_identity": keys.identity.expose_string().as_str(),
                "ed25519_public": keys.mailbox_key.public().to_string(),
                "mailbox": keys.mailbox().to_string(),
                "thread": keys.thread().to_string(),
                "hybrid_recipient": keys.hybrid.recipient().to_string(),
                "delete_token": keys.delete_token.expose_text(),
                "delete_token_hash": keys.delete_token.hash().to_string(),
                "withdraw_secret": keys.withdraw_secret.expose_text(),
                "withdraw_hash": keys.withdraw_secret.hash().to_string(),
            }),
        );
    }
}

fn httpsig_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let t = team();
    let alice = &t[0];
    let kid = KeyId::Member(alice.id.clone());
    let signer = Signer::new(&kid, &alice.transport);
    let nonce = "bm9uY2Utbm9uY2Utbm9uY2U";
    let body = br#"{"cursor":"x"}"#;
    let keys = json!({"alice": alice.transport.public().to_string()});
    let mk = |method: &str, path: &str, query: Option<&str>, body: Option<&[u8]>, created: i64| {
        signer.sign(method, path, query, body, UnixTime(created), nonce)
    };
    let case = |out: &mut BTreeMap<String, Vec<u8>>,
                name: &str,
                description: &str,
                req: Value,
                seen: &[&str],
                error: Option<&str>| {
        put(
            out,
            &format!("httpsig/{name}.json"),
            json!({
                "description": description,
                "now": NOW,
                "keys": keys,
                "seen_nonces": seen,
                "request": req,
                "valid": error.is_none(),
                "error": error,
                "keyid": if error.is_none() { json!("alice") } else { Value::Null },
            }),
        );
    };
    let req = |m: &str,
               p: &str,
               q: Option<&str>,
               has_body: bool,
               h: &dropbox_crypto::httpsig::SignedHeaders| {
        json!({
            "method": m, "path": p, "query": q, "authority": "drop.example.org", "has_body": has_body,
            "content_digest": h.content_digest, "signature_input": h.signature_input, "signature": h.signature,
        })
    };
    let g = mk("GET", "/v1/inbox", Some("cursor=abc"), None, NOW);
    case(
        out,
        "valid-get-with-query",
        "GET with a query",
        req("GET", "/v1/inbox", Some("cursor=abc"), false, &g),
        &[],
        None,
    );
    let p = mk(
        "POST",
        "/v1/submissions/00112233445566778899aabbccddeeff/ack",
        None,
        Some(body),
        NOW - 299,
    );
    let ppath = "/v1/submissions/00112233445566778899aabbccddeeff/ack";
    case(
        out,
        "valid-post-with-body",
        "POST with Content-Digest, created 299 s ago",
        req("POST", ppath, None, true, &p),
        &[],
        None,
    );
    case(
        out,
        "invalid-replay",
        "nonce already seen",
        req("POST", ppath, None, true, &p),
        &[nonce],
        Some("sig-replay"),
    );
    case(
        out,
        "invalid-altered-query",
        "query changed after signing",
        req("GET", "/v1/inbox", Some("cursor=abd"), false, &g),
        &[],
        Some("sig-bad-signature"),
    );
    case(
        out,
        "invalid-altered-path",
        "path changed after signing",
        req(
            "POST",
            "/v1/submissions/00112233445566778899aabbccddeefe/ack",
            None,
            true,
            &p,
        ),
        &[],
        Some("sig-bad-signature"),
    );
    let mut alt_body = p.clone();
    alt_body.content_digest = Some(dropbox_crypto::httpsig::content_digest_header(b"{}"));
    case(
        out,
        "invalid-altered-digest",
        "Content-Digest replaced",
        req("POST", ppath, None, true, &alt_body),
        &[],
        Some("sig-bad-signature"),
    );
    let old = mk("GET", "/v1/inbox", Some("cursor=abc"), None, NOW - 301);
    case(
        out,
        "invalid-stale",
        "created 301 s ago",
        req("GET", "/v1/inbox", Some("cursor=abc"), false, &old),
        &[],
        Some("sig-stale"),
    );
    let future = mk("GET", "/v1/inbox", Some("cursor=abc"), None, NOW + 301);
    case(
        out,
        "invalid-future",
        "created 301 s ahead",
        req("GET", "/v1/inbox", Some("cursor=abc"), false, &future),
        &[],
        Some("sig-stale"),
    );
    let noq = mk("GET", "/v1/inbox", None, None, NOW);
    case(
        out,
        "invalid-query-not-covered",
        "query added to a request signed without one",
        req("GET", "/v1/inbox", Some("cursor=abc"), false, &noq),
        &[],
        Some("sig-missing-component"),
    );
    let nobody = mk("POST", ppath, None, None, NOW);
    case(
        out,
        "invalid-body-not-covered",
        "body sent with a signature that covers none",
        req("POST", ppath, None, true, &nobody),
        &[],
        Some("sig-missing-component"),
    );
    let mallory = SignSecretKey::from_seed(&[99; 32]);
    let mk_m = Signer::new(&KeyId::Member("mallory".parse().unwrap()), &mallory).sign(
        "GET",
        "/v1/inbox",
        None,
        None,
        UnixTime(NOW),
        nonce,
    );
    case(
        out,
        "invalid-unknown-key",
        "keyid not in the roster",
        req("GET", "/v1/inbox", None, false, &mk_m),
        &[],
        Some("sig-unknown-key"),
    );
    let wrongkey =
        Signer::new(&kid, &alice.sign).sign("GET", "/v1/inbox", None, None, UnixTime(NOW), nonce);
    case(
        out,
        "invalid-wrong-key",
        "signed with alice's sign key, not her transport key",
        req("GET", "/v1/inbox", None, false, &wrongkey),
        &[],
        Some("sig-bad-signature"),
    );
    case(
        out,
        "invalid-unsigned",
        "no signature headers",
        json!({"method": "GET", "path": "/v1/inbox", "query": null, "authority": null, "has_body": false, "content_digest": null, "signature_input": null, "signature": null}),
        &[],
        Some("sig-missing"),
    );
    let mut short_nonce = g.clone();
    short_nonce.signature_input = short_nonce.signature_input.replace(nonce, "short");
    case(
        out,
        "invalid-short-nonce",
        "nonce under 16 characters",
        req("GET", "/v1/inbox", Some("cursor=abc"), false, &short_nonce),
        &[],
        Some("sig-malformed"),
    );
    let mut two = g.clone();
    two.signature_input = format!("{}, sig2=(\"@method\");created=1", g.signature_input);
    case(
        out,
        "invalid-two-signatures",
        "two signatures in one header",
        req("GET", "/v1/inbox", Some("cursor=abc"), false, &two),
        &[],
        Some("sig-malformed"),
    );
    let mut rsa = g.clone();
    rsa.signature_input = rsa
        .signature_input
        .replace("alg=\"ed25519\"", "alg=\"rsa-pss-sha512\"");
    case(
        out,
        "invalid-alg",
        "alg other than ed25519",
        req("GET", "/v1/inbox", Some("cursor=abc"), false, &rsa),
        &[],
        Some("sig-unsupported"),
    );
}

fn message_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let t = team();
    let r1 = first_roster(&t);
    let fp = TeamFingerprint(r1.hash());
    let keys = Codename::parse(CODENAME).unwrap().derive(&fp);
    let mailbox = keys.mailbox();
    let roster_env = env_json(&sign_by(&r1, &[&t[0], &t[1]]));
    let reply = Reply::new(
        fp,
        mailbox,
        1,
        t[2].id.clone(),
        today(),
        "Thanks, we are looking into it.".into(),
    );
    let case = |out: &mut BTreeMap<String, Vec<u8>>,
                name: &str,
                kind: &str,
                description: &str,
                env: &Envelope,
                extra: Value,
                error: Option<&str>| {
        let mut v = json!({
            "description": description,
            "kind": kind,
            "team": fp.to_string(),
            "roster": roster_env,
            "mailbox": mailbox.to_string(),
            "envelope": env_json(env),
            "valid": error.is_none(),
            "error": error,
        });
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        put(out, &format!("messages/{name}.json"), v);
    };
    case(
        out,
        "reply-valid",
        "reply",
        "carol replies",
        &reply.sign(&t[2].sign),
        json!({}),
        None,
    );
    case(
        out,
        "reply-wrong-signer",
        "reply",
        "reply claiming carol, signed by bob",
        &{
            let mut e = reply.sign(&t[1].sign);
            e.signatures[0].keyid = "carol".into();
            e
        },
        json!({}),
        Some("message-bad-signature"),
    );
    let stranger = Reply::new(
        fp,
        mailbox,
        2,
        "mallory".parse().unwrap(),
        today(),
        "hi".into(),
    );
    case(
        out,
        "reply-not-member",
        "reply",
        "reply by someone not in the roster",
        &stranger.sign(&SignSecretKey::from_seed(&[99; 32])),
        json!({}),
        Some("message-not-member"),
    );
    let other_mailbox = Reply::new(
        fp,
        dropbox_crypto::MailboxId::from_key_bytes(t[0].sign.public().to_bytes()),
        1,
        t[2].id.clone(),
        today(),
        "x".into(),
    );
    case(
        out,
        "reply-wrong-mailbox",
        "reply",
        "reply addressed to another mailbox",
        &other_mailbox.sign(&t[2].sign),
        json!({}),
        Some("message-wrong-mailbox"),
    );
    let att = Sha256Digest::of(b"screenshot");
    let f = Followup::new(fp, mailbox, 1, today(), "More details.".into(), vec![att]);
    case(
        out,
        "followup-valid",
        "followup",
        "follow-up with one attachment",
        &f.sign(&keys.mailbox_key),
        json!({"attachments": [att.to_string()]}),
        None,
    );
    case(
        out,
        "followup-attachment-mismatch",
        "followup",
        "bundle's attachment differs from the signed digest",
        &f.sign(&keys.mailbox_key),
        json!({"attachments": [Sha256Digest::of(b"other").to_string()]}),
        Some("message-attachment-mismatch"),
    );
    case(
        out,
        "followup-wrong-key",
        "followup",
        "follow-up signed by a key other than the mailbox's",
        &f.sign(&t[0].sign),
        json!({"attachments": [att.to_string()]}),
        Some("message-bad-signature"),
    );
    // Protocol 1.3: signed recipients on follow-ups and replies, and the
    // reporter's thread record.
    let bob_carol = [t[1].id.clone(), t[2].id.clone()];
    case(
        out,
        "followup-recipients-valid",
        "followup",
        "follow-up naming its recipients, bob and carol (protocol 1.3)",
        &Followup::new(fp, mailbox, 2, today(), "Also this.".into(), vec![])
            .with_recipients(&[t[2].id.clone(), t[1].id.clone()])
            .sign(&keys.mailbox_key),
        json!({"attachments": []}),
        None,
    );
    case(
        out,
        "reply-recipients-valid",
        "reply",
        "carol replies under roster #1 naming the case's recipients, bob and carol (protocol 1.3)",
        &reply.clone().with_case(1, &bob_carol).sign(&t[2].sign),
        json!({}),
        None,
    );
    let record = ThreadRecord::new(fp, mailbox, &r1, today(), &bob_carol);
    case(
        out,
        "thread-valid",
        "thread",
        "the reporter's thread record: sent to bob and carol, alice left out (protocol 1.3)",
        &record.sign(&keys.mailbox_key),
        json!({}),
        None,
    );
    case(
        out,
        "thread-wrong-key",
        "thread",
        "thread record signed by a key other than the mailbox's",
        &{
            let mut e = record.sign(&t[0].sign);
            e.signatures[0].keyid = format!("mbx:{mailbox}");
            e
        },
        json!({}),
        Some("message-bad-signature"),
    );
    let other_keys = Codename::parse("zoom zoology yo-yo t-shirt drop-down felt-tip able abacus")
        .unwrap()
        .derive(&fp);
    case(
        out,
        "thread-wrong-mailbox",
        "thread",
        "another mailbox's thread record, validly signed by that mailbox",
        &ThreadRecord::new(fp, other_keys.mailbox(), &r1, today(), &bob_carol)
            .sign(&other_keys.mailbox_key),
        json!({}),
        Some("message-wrong-mailbox"),
    );
    let withdrawal = dropbox_crypto::messages::Withdrawal::new(
        fp,
        mailbox,
        today(),
        "sent by mistake".into(),
        &bob_carol,
    );
    case(
        out,
        "withdrawal-valid",
        "withdrawal",
        "the reporter withdraws its report: sent to bob and carol (protocol 1.4)",
        &withdrawal.sign(&keys.mailbox_key),
        json!({}),
        None,
    );
    case(
        out,
        "withdrawal-wrong-key",
        "withdrawal",
        "withdrawal signed by a key other than the mailbox's",
        &{
            let mut e = withdrawal.sign(&t[0].sign);
            e.signatures[0].keyid = format!("mbx:{mailbox}");
            e
        },
        json!({}),
        Some("message-bad-signature"),
    );
    let mut ev = Event::new(
        fp,
        CaseId([3; 16]),
        1,
        4,
        t[0].id.clone(),
        today(),
        EventBody::Status {
            value: Status::Triaged,
        },
    );
    ev.event_id = EventId([9; 16]);
    case(
        out,
        "event-valid",
        "event",
        "alice triages a case; found at log seq 5",
        &ev.sign(&t[0].sign).unwrap(),
        json!({"log_seq": 5}),
        None,
    );
    case(
        out,
        "event-future",
        "event",
        "event claims to have seen log seq 4 but sits at 4",
        &ev.sign(&t[0].sign).unwrap(),
        json!({"log_seq": 4}),
        Some("message-future-seq"),
    );
    // 14:30 UTC on the event's day: the author's time (protocol 1.2).
    let mut reply_ev = ev.clone().at(dropbox_crypto::time::UnixTime(
        today().start().0 + 14 * 3600 + 1800,
    ));
    reply_ev.event = EventBody::Reply {
        seq: 2,
        body: "We reproduced it; a fix is planned.".into(),
    };
    case(
        out,
        "event-reply-valid",
        "event",
        "alice records, at 14:30 UTC, the reply #2 she sent the reporter (protocol 1.2: the reply kind and the time field)",
        &reply_ev.sign(&t[0].sign).unwrap(),
        json!({"log_seq": 5}),
        None,
    );
    let mut other_team = ev.clone();
    other_team.team = TeamFingerprint(Sha256Digest([1; 32]));
    case(
        out,
        "event-wrong-team",
        "event",
        "event for another team",
        &other_team.sign(&t[0].sign).unwrap(),
        json!({"log_seq": 5}),
        Some("message-wrong-team"),
    );
}

fn padme_vectors(out: &mut BTreeMap<String, Vec<u8>>) {
    let lens: [u64; 12] = [
        0,
        1,
        2,
        9,
        100,
        1000,
        65_536,
        65_537,
        1_000_000,
        1 << 30,
        (1 << 30) + 1,
        2 << 30,
    ];
    put(
        out,
        "padme/padme.json",
        json!({
            "description": "PADMÉ(L) and the bundle's padded length max(65536, PADMÉ(L))",
            "cases": lens.iter().map(|&l| json!({"len": l, "padme": padme::padme(l), "padded": padme::padded_len(l)})).collect::<Vec<_>>(),
        }),
    );
}
