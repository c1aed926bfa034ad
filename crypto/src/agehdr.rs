//! A strict reader for the header of a binary age v1 file.
//!
//! The server never decrypts, but it does look at the header of every upload
//! before accepting it (DESIGN "Server": header check): binary, not armored;
//! only X25519 stanzas, allowed tagged types and grease; between 1 and
//! roster size + 2 X25519 stanzas. This module parses just enough of the
//! age format (https://c2sp.org/age) to say so, and is fuzzed.

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;

/// The first line of a binary age v1 file.
pub const AGE_V1_INTRO: &[u8] = b"age-encryption.org/v1\n";
/// The first line of an armored age file.
pub const ARMOR_BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
/// Largest header accepted.
pub const MAX_HEADER_BYTES: usize = 64 * 1024;
/// The stanza tag of an X25519 recipient.
pub const X25519_TAG: &str = "X25519";

/// Why an age header was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AgeHeaderError {
    /// An ASCII-armored file; only binary age is accepted.
    #[error("armored age files are not accepted; upload the binary file")]
    Armored,
    /// Not an age v1 file.
    #[error("not an age v1 file")]
    NotAge,
    /// The data ends inside the header.
    #[error("age header is truncated")]
    Truncated,
    /// The header is over 64 KiB.
    #[error("age header is too large")]
    TooLarge,
    /// A line of the header breaks the format.
    #[error("malformed age header: {0}")]
    Malformed(&'static str),
    /// A stanza type the drop box does not allow.
    #[error("recipient type {0:?} is not allowed")]
    DisallowedTag(String),
    /// No X25519 stanza, or more than the roster allows.
    #[error("expected between 1 and {max} X25519 recipients, found {found}")]
    RecipientCount {
        /// X25519 stanzas found.
        found: usize,
        /// The most allowed.
        max: usize,
    },
    /// An X25519 stanza of the wrong shape.
    #[error("malformed X25519 stanza")]
    BadX25519,
}

/// One recipient stanza.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stanza {
    /// The type tag (`X25519`, `…-grease`, a plugin's tag).
    pub tag: String,
    /// The arguments after the tag.
    pub args: Vec<String>,
    /// The decoded body.
    pub body: Vec<u8>,
}

/// A parsed header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeHeader {
    /// The stanzas in file order.
    pub stanzas: Vec<Stanza>,
    /// Bytes from the start of the file to the end of the MAC line.
    pub len: usize,
}

/// Parses the header at the start of `data`. `data` may be a prefix of the
/// file: [`AgeHeaderError::Truncated`] means more bytes are needed.
pub fn parse(data: &[u8]) -> Result<AgeHeader, AgeHeaderError> {
    if data.starts_with(ARMOR_BEGIN) || data.trim_ascii_start().starts_with(ARMOR_BEGIN) {
        return Err(AgeHeaderError::Armored);
    }
    let n = data.len().min(AGE_V1_INTRO.len());
    if data[..n] != AGE_V1_INTRO[..n] {
        return Err(AgeHeaderError::NotAge);
    }
    if data.len() < AGE_V1_INTRO.len() {
        return Err(AgeHeaderError::Truncated);
    }
    let mut pos = AGE_V1_INTRO.len();
    let mut stanzas = Vec::new();
    loop {
        let line = next_line(data, &mut pos)?;
        if let Some(mac) = line.strip_prefix(b"--- ") {
            let mac = std::str::from_utf8(mac).map_err(|_| AgeHeaderError::Malformed("mac"))?;
            match STANDARD_NO_PAD.decode(mac) {
                Ok(m) if m.len() == 32 => {}
                _ => return Err(AgeHeaderError::Malformed("mac")),
            }
            return Ok(AgeHeader { stanzas, len: pos });
        }
        let Some(rest) = line.strip_prefix(b"-> ") else {
            return Err(AgeHeaderError::Malformed(
                "expected a stanza or the MAC line",
            ));
        };
        let rest =
            std::str::from_utf8(rest).map_err(|_| AgeHeaderError::Malformed("stanza line"))?;
        let mut parts = rest.split(' ');
        let tag = parts.next().unwrap_or("");
        let args: Vec<String> = parts.map(str::to_owned).collect();
        let vchar = |s: &str| !s.is_empty() && s.bytes().all(|b| (33..=126).contains(&b));
        if !vchar(tag) || !args.iter().all(|a| vchar(a)) {
            return Err(AgeHeaderError::Malformed("stanza arguments"));
        }
        let mut body_b64 = Vec::new();
        loop {
            let l = next_line(data, &mut pos)?;
            if l.len() > 64 {
                return Err(AgeHeaderError::Malformed("body line too long"));
            }
            body_b64.extend_from_slice(l);
            if l.len() < 64 {
                break;
            }
        }
        let body = STANDARD_NO_PAD
            .decode(&body_b64)
            .map_err(|_| AgeHeaderError::Malformed("stanza body"))?;
        // Refuse non-canonical base64 (stray low bits).
        if STANDARD_NO_PAD.encode(&body).as_bytes() != body_b64.as_slice() {
            return Err(AgeHeaderError::Malformed("stanza body"));
        }
        stanzas.push(Stanza {
            tag: tag.to_owned(),
            args,
            body,
        });
    }
}

fn next_line<'a>(data: &'a [u8], pos: &mut usize) -> Result<&'a [u8], AgeHeaderError> {
    let rest = &data[*pos..];
    match rest.iter().position(|&b| b == b'\n') {
        Some(i) => {
            if *pos + i + 1 > MAX_HEADER_BYTES {
                return Err(AgeHeaderError::TooLarge);
            }
            *pos += i + 1;
            Ok(&rest[..i])
        }
        None if data.len() >= MAX_HEADER_BYTES => Err(AgeHeaderError::TooLarge),
        None => Err(AgeHeaderError::Truncated),
    }
}

/// What the server allows in a submission's header.
#[derive(Debug, Clone)]
pub struct HeaderRules {
    /// Most X25519 stanzas: the roster's member count + 2.
    pub max_x25519: usize,
    /// Other stanza tags allowed (tagged hardware recipients), exactly.
    pub extra_tags: Vec<String>,
}

impl HeaderRules {
    /// The rules for a roster of `members` members.
    pub fn for_roster(members: usize) -> Self {
        HeaderRules {
            max_x25519: members + 2,
            extra_tags: Vec::new(),
        }
    }

    /// Checks a parsed header against these rules.
    pub fn check(&self, h: &AgeHeader) -> Result<(), AgeHeaderError> {
        let mut x25519 = 0;
        for s in &h.stanzas {
            if s.tag == X25519_TAG {
                let arg_ok = s.args.len() == 1
                    && s.args[0].len() == 43
                    && STANDARD_NO_PAD
                        .decode(&s.args[0])
                        .is_ok_and(|b| b.len() == 32);
                if !arg_ok || s.body.len() != 32 {
                    return Err(AgeHeaderError::BadX25519);
                }
                x25519 += 1;
            } else if !(s.tag.ends_with("-grease") || self.extra_tags.contains(&s.tag)) {
                return Err(AgeHeaderError::DisallowedTag(s.tag.clone()));
            }
        }
        if x25519 == 0 || x25519 > self.max_x25519 {
            return Err(AgeHeaderError::RecipientCount {
                found: x25519,
                max: self.max_x25519,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let r = age::x25519::Identity::generate().to_public();
        age::encrypt(&r, b"hello").unwrap()
    }

    #[test]
    fn parses_what_the_age_crate_writes() {
        let f = sample();
        let h = parse(&f).unwrap();
        assert_eq!(h.stanzas[0].tag, "X25519");
        assert!(h.stanzas.last().unwrap().tag.ends_with("-grease"));
        HeaderRules::for_roster(1).check(&h).unwrap();
        assert_eq!(parse(&f[..h.len - 1]), Err(AgeHeaderError::Truncated));
    }

    #[test]
    fn refuses_armor_scrypt_and_garbage() {
        assert_eq!(
            parse(b"-----BEGIN AGE ENCRYPTED FILE-----\n"),
            Err(AgeHeaderError::Armored)
        );
        assert_eq!(parse(b"PK\x03\x04"), Err(AgeHeaderError::NotAge));
        let scrypt = b"age-encryption.org/v1\n-> scrypt AAAAAAAAAAAAAAAAAAAAAA 10\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n";
        let h = parse(scrypt).unwrap();
        assert_eq!(
            HeaderRules::for_roster(3).check(&h),
            Err(AgeHeaderError::DisallowedTag("scrypt".into()))
        );
    }
}
