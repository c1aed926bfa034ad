//! RFC 8785 JSON Canonicalization Scheme, restricted to what the drop box's
//! payloads use.
//!
//! Every signed payload and every bundle header or trailer must be byte-equal
//! to its canonical form (DESIGN "Signed objects"). The profile is stricter
//! than RFC 8785 in one way, written down in docs/PROTOCOL.md: numbers must be
//! integers of magnitude at most 2^53 − 1, so no implementation ever has to
//! canonicalise a float, and `null` never appears (absent fields are
//! omitted), so each payload has exactly one spelling.

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Map, Number, Value};

/// The largest integer magnitude a payload may carry (2^53 − 1).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Why bytes are not an acceptable canonical JSON payload.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JcsError {
    /// Not JSON at all, or not UTF-8.
    #[error("not valid JSON: {0}")]
    Syntax(String),
    /// An object has the same member name twice.
    #[error("duplicate object key {0:?}")]
    DuplicateKey(String),
    /// A number is fractional, exponential or outside ±(2^53 − 1).
    #[error("number not allowed: {0} (only integers within ±(2^53-1))")]
    Number(String),
    /// A `null`: payloads omit absent fields instead.
    #[error("null is not allowed: omit the field instead")]
    Null,
    /// Valid JSON, but not in its canonical form (key order, whitespace,
    /// escapes, number spelling).
    #[error("JSON is not in canonical (RFC 8785) form")]
    NotCanonical,
    /// Canonical JSON whose content does not fit the expected type.
    #[error("unexpected content: {0}")]
    Shape(String),
}

impl JcsError {
    /// A stable code for test vectors shared with the page.
    pub fn code(&self) -> &'static str {
        match self {
            JcsError::Syntax(_) => "jcs-syntax",
            JcsError::DuplicateKey(_) => "jcs-duplicate-key",
            JcsError::Number(_) => "jcs-number",
            JcsError::Null => "jcs-null",
            JcsError::NotCanonical => "jcs-not-canonical",
            JcsError::Shape(_) => "jcs-shape",
        }
    }
}

/// Parses `bytes` as JSON, refusing duplicate keys and disallowed numbers,
/// then requires the bytes to equal their canonical form.
pub fn parse_canonical(bytes: &[u8]) -> Result<Value, JcsError> {
    let value = parse_strict(bytes)?;
    if canonical_bytes(&value) != bytes {
        return Err(JcsError::NotCanonical);
    }
    Ok(value)
}

/// [`parse_canonical`], then deserialise into `T`.
pub fn from_canonical<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, JcsError> {
    let value = parse_canonical(bytes)?;
    serde_json::from_value(value).map_err(|e| JcsError::Shape(e.to_string()))
}

/// Parses JSON without the canonical-form check, still refusing duplicate keys
/// and disallowed numbers.
pub fn parse_strict(bytes: &[u8]) -> Result<Value, JcsError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = StrictSeed
        .deserialize(&mut de)
        .map_err(|e| classify(e.to_string()))?;
    de.end().map_err(|e| JcsError::Syntax(e.to_string()))?;
    Ok(value)
}

// serde_json wraps our custom errors in its own; recover their kind from the
// message prefix we gave them.
fn classify(msg: String) -> JcsError {
    if let Some(rest) = msg.strip_prefix("duplicate key:") {
        let key = rest.split(" at line").next().unwrap_or(rest).to_owned();
        JcsError::DuplicateKey(key)
    } else if msg.starts_with("null:") {
        JcsError::Null
    } else if let Some(rest) = msg.strip_prefix("bad number:") {
        let n = rest.split(" at line").next().unwrap_or(rest).to_owned();
        JcsError::Number(n)
    } else {
        JcsError::Syntax(msg)
    }
}

/// Serialises `value` to canonical JSON bytes.
///
/// # Panics
/// Never for the drop box's own types; a float or an out-of-range integer in
/// `value` is a programming error and is reported by [`try_to_canonical`].
pub fn to_canonical<T: Serialize>(value: &T) -> Vec<u8> {
    try_to_canonical(value).expect("payload types serialise to JCS-safe JSON")
}

/// Serialises `value` to canonical JSON bytes, refusing disallowed numbers.
pub fn try_to_canonical<T: Serialize>(value: &T) -> Result<Vec<u8>, JcsError> {
    let v = serde_json::to_value(value).map_err(|e| JcsError::Shape(e.to_string()))?;
    check_numbers(&v)?;
    Ok(canonical_bytes(&v))
}

fn check_numbers(v: &Value) -> Result<(), JcsError> {
    match v {
        Value::Null => Err(JcsError::Null),
        Value::Number(n) => number_ok(n)
            .then_some(())
            .ok_or_else(|| JcsError::Number(n.to_string())),
        Value::Array(a) => a.iter().try_for_each(check_numbers),
        Value::Object(o) => o.values().try_for_each(check_numbers),
        _ => Ok(()),
    }
}

fn number_ok(n: &Number) -> bool {
    if let Some(u) = n.as_u64() {
        u <= MAX_SAFE_INTEGER
    } else if let Some(i) = n.as_i64() {
        i.unsigned_abs() <= MAX_SAFE_INTEGER
    } else {
        false
    }
}

/// The canonical bytes of an already-checked value.
pub fn canonical_bytes(v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    write_value(v, &mut out);
    out
}

fn write_value(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::String(s) => write_string(s, out),
        Value::Array(a) => {
            out.push(b'[');
            for (i, item) in a.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(item, out);
            }
            out.push(b']');
        }
        Value::Object(o) => {
            // RFC 8785 sorts member names by their UTF-16 code units.
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push(b'{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_string(k, out);
                out.push(b':');
                write_value(&o[k], out);
            }
            out.push(b'}');
        }
    }
}

fn write_string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\u{08}' => out.extend_from_slice(b"\\b"),
            '\u{0c}' => out.extend_from_slice(b"\\f"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\t' => out.extend_from_slice(b"\\t"),
            c if (c as u32) < 0x20 => {
                out.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes());
            }
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(b'"');
}

struct StrictSeed;

impl<'de> DeserializeSeed<'de> for StrictSeed {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        if v.unsigned_abs() > MAX_SAFE_INTEGER {
            return Err(E::custom(format_args!("bad number:{v}")));
        }
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        if v > MAX_SAFE_INTEGER {
            return Err(E::custom(format_args!("bad number:{v}")));
        }
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Err(E::custom(format_args!("bad number:{v}")))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        // An absent optional field is omitted, never null, so each payload
        // has exactly one canonical spelling.
        Err(E::custom("null:"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(StrictSeed)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let v = map.next_value_seed(StrictSeed)?;
            if out.contains_key(&key) {
                return Err(de::Error::custom(format_args!("duplicate key:{key}")));
            }
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_input_is_accepted() {
        let b = br#"{"a":[1,-2,"\u001f\n"],"c":true}"#;
        assert!(parse_canonical(b).is_ok());
    }

    #[test]
    fn each_refusal_has_its_kind() {
        let cases: &[(&[u8], &str)] = &[
            (br#"{"a":1,"a":2}"#, "jcs-duplicate-key"),
            (br#"{"a":1.5}"#, "jcs-number"),
            (br#"{"a":1e3}"#, "jcs-number"),
            (br#"{"a":9007199254740992}"#, "jcs-number"),
            (br#"{"b":1,"a":2}"#, "jcs-not-canonical"),
            (br#"{"a": 1}"#, "jcs-not-canonical"),
            (br#"{"a":"\u0041"}"#, "jcs-not-canonical"),
            (br#"{"a":"\/"}"#, "jcs-not-canonical"),
            (br#"{"a":-0}"#, "jcs-number"),
            (br#"{"a":1"#, "jcs-syntax"),
            (br#"{"a":null}"#, "jcs-null"),
            (b"{\"a\":\"\xff\"}", "jcs-syntax"),
            (br#"{"a":"\ud800"}"#, "jcs-syntax"),
        ];
        for (input, code) in cases {
            let err = parse_canonical(input).unwrap_err();
            assert_eq!(err.code(), *code, "{}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn keys_sort_by_utf16_code_units() {
        // U+FB01 sorts after U+1F600 in UTF-16 (0xFB01 > 0xD83D) but before it
        // in UTF-8 or by code point.
        let v: Value = serde_json::json!({"\u{1F600}": 1, "\u{FB01}": 2});
        let s = String::from_utf8(canonical_bytes(&v)).unwrap();
        assert_eq!(s, "{\"\u{1F600}\":1,\"\u{FB01}\":2}");
    }
}
