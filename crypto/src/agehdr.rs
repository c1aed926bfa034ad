//! A strict reader for the header of a binary age v1 file.
//!
//! The server never decrypts, but it does look at the header of every upload
//! before accepting it (DESIGN "Server": header check): binary, not armored;
//! only X25519 or post-quantum `mlkem768x25519` stanzas (not both), allowed
//! tagged types and grease; between 1 and roster size + 2 recipient stanzas. This module parses just enough of the
//! age format (https://c2sp.org/age) to say so, and is fuzzed.

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;

/// The first line of a binary age v1 file.
pub const AGE_V1_INTRO: &[u8] = b"age-encryption.org/v1\n";
/// The first line of an armored age file.
pub const ARMOR_BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
/// Largest header accepted: room for the roster's most members
/// ([`crate::roster::MAX_MEMBERS`]) plus the codename slot and grease as
/// post-quantum stanzas of 1,557 bytes each (about 400 KiB); X25519 headers
/// stay under 26 KiB.
pub const MAX_HEADER_BYTES: usize = 512 * 1024;
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
    /// The header is over [`MAX_HEADER_BYTES`].
    #[error("age header is too large")]
    TooLarge,
    /// A line of the header breaks the format.
    #[error("malformed age header: {0}")]
    Malformed(&'static str),
    /// A stanza type the drop box does not allow.
    #[error("recipient type {0:?} is not allowed")]
    DisallowedTag(String),
    /// No recipient stanza, or more than the roster allows.
    #[error("expected between 1 and {max} recipients, found {found}")]
    RecipientCount {
        /// Recipient stanzas (X25519 or hybrid) found.
        found: usize,
        /// The most allowed.
        max: usize,
    },
    /// An X25519 stanza of the wrong shape.
    #[error("malformed X25519 stanza")]
    BadX25519,
    /// An `mlkem768x25519` stanza of the wrong shape.
    #[error("malformed mlkem768x25519 stanza")]
    BadHybrid,
    /// X25519 and post-quantum stanzas in one file: neither client writes
    /// that (the file would be only as strong as X25519).
    #[error("X25519 and post-quantum recipients are mixed in one file")]
    MixedRecipients,
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
    let mut p = HeaderParser::new();
    if p.feed(data)? {
        Ok(p.into_header().expect("a complete parser holds its header"))
    } else {
        Err(p.pending_error())
    }
}

/// Where an incremental parse stands.
#[derive(Debug, Clone)]
enum State {
    /// Matching the intro line (`total` bytes of it matched so far).
    Intro,
    /// The intro did not match at the first byte: skipping leading ASCII
    /// whitespace, then matching [`ARMOR_BEGIN`] (bytes matched so far), to
    /// tell an armored file from anything else.
    Sniff(usize),
    /// Expecting a stanza line or the MAC line.
    Stanza,
    /// Inside a stanza's body lines.
    Body,
    /// The MAC line was read.
    Done,
    /// A refusal; sticky.
    Failed(AgeHeaderError),
}

/// An incremental age header parser: feed it the body as it arrives, in
/// chunks of any size (one byte at a time included). Every byte is looked
/// at a bounded number of times, so the work is linear in the input, and it
/// keeps only the current line (at most [`MAX_HEADER_BYTES`]) and the
/// stanzas parsed so far.
#[derive(Debug, Clone)]
pub struct HeaderParser {
    state: State,
    /// Bytes consumed so far (up to the end of the header once done).
    total: usize,
    /// The current, incomplete line.
    line: Vec<u8>,
    stanzas: Vec<Stanza>,
    /// The stanza being read: tag, arguments and base64 body so far.
    current: Option<(String, Vec<String>, Vec<u8>)>,
}

impl Default for HeaderParser {
    fn default() -> Self {
        Self::new()
    }
}

impl HeaderParser {
    /// A parser at the start of a file.
    pub fn new() -> Self {
        HeaderParser {
            state: State::Intro,
            total: 0,
            line: Vec::new(),
            stanzas: Vec::new(),
            current: None,
        }
    }

    /// Feeds the next bytes of the file. `Ok(true)` once the header is
    /// complete (the bytes after it are ignored, and so is anything fed
    /// later); `Ok(false)` while more bytes are needed. A refusal is
    /// returned again by every later call.
    pub fn feed(&mut self, mut chunk: &[u8]) -> Result<bool, AgeHeaderError> {
        while !chunk.is_empty() {
            match self.state.clone() {
                State::Done => return Ok(true),
                State::Failed(e) => return Err(e),
                State::Intro => {
                    let b = chunk[0];
                    if b == AGE_V1_INTRO[self.total] {
                        self.total += 1;
                        chunk = &chunk[1..];
                        if self.total == AGE_V1_INTRO.len() {
                            self.state = State::Stanza;
                        }
                    } else if self.total == 0 && (b.is_ascii_whitespace() || b == ARMOR_BEGIN[0]) {
                        self.state = State::Sniff(0);
                    } else {
                        return self.fail(AgeHeaderError::NotAge);
                    }
                }
                State::Sniff(matched) => {
                    let b = chunk[0];
                    chunk = &chunk[1..];
                    self.total += 1;
                    if matched == 0 && b.is_ascii_whitespace() {
                        if self.total >= MAX_HEADER_BYTES {
                            return self.fail(AgeHeaderError::NotAge);
                        }
                    } else if b == ARMOR_BEGIN[matched] {
                        if matched + 1 == ARMOR_BEGIN.len() {
                            return self.fail(AgeHeaderError::Armored);
                        }
                        self.state = State::Sniff(matched + 1);
                    } else {
                        return self.fail(AgeHeaderError::NotAge);
                    }
                }
                State::Stanza | State::Body => match chunk.iter().position(|&b| b == b'\n') {
                    Some(i) => {
                        if self.total + i + 1 > MAX_HEADER_BYTES {
                            return self.fail(AgeHeaderError::TooLarge);
                        }
                        self.line.extend_from_slice(&chunk[..i]);
                        self.total += i + 1;
                        chunk = &chunk[i + 1..];
                        let line = std::mem::take(&mut self.line);
                        if let Err(e) = self.line_done(&line) {
                            return self.fail(e);
                        }
                    }
                    None => {
                        self.line.extend_from_slice(chunk);
                        self.total += chunk.len();
                        chunk = &[];
                        if self.total >= MAX_HEADER_BYTES {
                            return self.fail(AgeHeaderError::TooLarge);
                        }
                    }
                },
            }
        }
        match &self.state {
            State::Done => Ok(true),
            State::Failed(e) => Err(e.clone()),
            _ => Ok(false),
        }
    }

    fn fail(&mut self, e: AgeHeaderError) -> Result<bool, AgeHeaderError> {
        self.state = State::Failed(e.clone());
        Err(e)
    }

    /// The refusal if the file ended here: the error [`parse`] gives for an
    /// unfinished header.
    fn pending_error(&self) -> AgeHeaderError {
        match &self.state {
            State::Failed(e) => e.clone(),
            State::Sniff(_) => AgeHeaderError::NotAge,
            _ => AgeHeaderError::Truncated,
        }
    }

    /// The end of the file: the header, or why there is none.
    pub fn finish(self) -> Result<AgeHeader, AgeHeaderError> {
        match self.state {
            State::Done => Ok(self.into_header().expect("done")),
            _ => Err(self.pending_error()),
        }
    }

    /// The parsed header, once [`HeaderParser::feed`] said it is complete.
    pub fn header(&self) -> Option<AgeHeader> {
        matches!(self.state, State::Done).then(|| AgeHeader {
            stanzas: self.stanzas.clone(),
            len: self.total,
        })
    }

    fn into_header(self) -> Option<AgeHeader> {
        matches!(self.state, State::Done).then_some(AgeHeader {
            stanzas: self.stanzas,
            len: self.total,
        })
    }

    /// One complete line (without its newline).
    fn line_done(&mut self, line: &[u8]) -> Result<(), AgeHeaderError> {
        if let Some((tag, args, mut body_b64)) = self.current.take() {
            if line.len() > 64 {
                return Err(AgeHeaderError::Malformed("body line too long"));
            }
            body_b64.extend_from_slice(line);
            if line.len() == 64 {
                self.current = Some((tag, args, body_b64));
                return Ok(());
            }
            let body = STANDARD_NO_PAD
                .decode(&body_b64)
                .map_err(|_| AgeHeaderError::Malformed("stanza body"))?;
            // Refuse non-canonical base64 (stray low bits).
            if STANDARD_NO_PAD.encode(&body).as_bytes() != body_b64.as_slice() {
                return Err(AgeHeaderError::Malformed("stanza body"));
            }
            self.stanzas.push(Stanza { tag, args, body });
            self.state = State::Stanza;
            return Ok(());
        }
        if let Some(mac) = line.strip_prefix(b"--- ") {
            let mac = std::str::from_utf8(mac).map_err(|_| AgeHeaderError::Malformed("mac"))?;
            match STANDARD_NO_PAD.decode(mac) {
                Ok(m) if m.len() == 32 => {}
                _ => return Err(AgeHeaderError::Malformed("mac")),
            }
            self.state = State::Done;
            return Ok(());
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
        self.current = Some((tag.to_owned(), args, Vec::new()));
        self.state = State::Body;
        Ok(())
    }
}

/// What the server allows in a submission's header.
#[derive(Debug, Clone)]
pub struct HeaderRules {
    /// Most recipient stanzas (X25519, or `mlkem768x25519`, never both):
    /// the roster's member count + 2.
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
        let mut hybrid = 0;
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
            } else if s.tag == crate::hybrid::HYBRID_TAG {
                let ok = s.args.len() == 1
                    && crate::hybrid::decode_enc(&s.args[0]).is_some()
                    && s.body.len() == crate::hybrid::BODY_BYTES;
                if !ok {
                    return Err(AgeHeaderError::BadHybrid);
                }
                hybrid += 1;
            } else if !(s.tag.ends_with("-grease") || self.extra_tags.contains(&s.tag)) {
                return Err(AgeHeaderError::DisallowedTag(s.tag.clone()));
            }
        }
        if x25519 > 0 && hybrid > 0 {
            return Err(AgeHeaderError::MixedRecipients);
        }
        let found = x25519 + hybrid;
        if found == 0 || found > self.max_x25519 {
            return Err(AgeHeaderError::RecipientCount {
                found,
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

    /// Feeds `data` in chunks of `size` bytes; the result once the data
    /// ends.
    fn feed_in_chunks(data: &[u8], size: usize) -> Result<AgeHeader, AgeHeaderError> {
        let mut p = HeaderParser::new();
        for chunk in data.chunks(size) {
            if p.feed(chunk)? {
                return Ok(p.header().unwrap());
            }
        }
        p.finish()
    }

    /// A header of many grease stanzas, close to the size limit: the shape
    /// that made the old re-parse-from-the-start quadratic.
    fn big_header() -> Vec<u8> {
        let mut h = b"age-encryption.org/v1\n".to_vec();
        h.extend_from_slice(
            format!("-> X25519 {}\n{}\n", "A".repeat(43), "A".repeat(43)).as_bytes(),
        );
        while h.len() < MAX_HEADER_BYTES - 100 {
            h.extend_from_slice(b"-> x-grease a b\nAAAA\n");
        }
        h.extend_from_slice(format!("--- {}\n", "A".repeat(43)).as_bytes());
        h
    }

    #[test]
    fn feeding_in_any_chunks_gives_what_parsing_the_whole_gives() {
        let mut inputs = vec![sample(), big_header(), b"PK\x03\x04 not age".to_vec()];
        inputs.push(b"  \n-----BEGIN AGE ENCRYPTED FILE-----\nabc".to_vec());
        inputs.push(b"age-encryption.org/v1\n-> X25519\n".to_vec());
        let mut long_line = b"age-encryption.org/v1\n-> ".to_vec();
        long_line.resize(MAX_HEADER_BYTES + 10, b'a');
        inputs.push(long_line);
        let mut broken = sample();
        broken[30] = b'\xff';
        inputs.push(broken);
        for data in &inputs {
            let whole = parse(data);
            for size in [1, 2, 3, 7, 64, 65, 1000] {
                assert_eq!(feed_in_chunks(data, size), whole, "chunks of {size}");
            }
            // Every prefix of a header is "more bytes needed", not a refusal.
            if let Ok(h) = &whole {
                for cut in [0, 1, 21, 22, 23, h.len / 2, h.len - 1] {
                    assert_eq!(
                        parse(&data[..cut]),
                        Err(AgeHeaderError::Truncated),
                        "cut {cut}"
                    );
                }
            }
        }
        let h = parse(&big_header()).unwrap();
        assert!(h.len > MAX_HEADER_BYTES - 100);
        HeaderRules::for_roster(1).check(&h).unwrap();
    }

    #[test]
    fn a_complete_header_ignores_what_follows_and_a_refusal_sticks() {
        let f = sample();
        let mut p = HeaderParser::new();
        assert!(p.feed(&f).unwrap());
        assert!(p.feed(b"anything").unwrap());
        let mut p = HeaderParser::new();
        assert_eq!(p.feed(b"XYZ"), Err(AgeHeaderError::NotAge));
        assert_eq!(
            p.feed(b"age-encryption.org/v1\n"),
            Err(AgeHeaderError::NotAge)
        );
    }

    /// The largest roster's submission with post-quantum stanzas fits.
    #[test]
    fn the_largest_roster_fits_with_hybrid_stanzas() {
        use crate::hybrid::HybridDecoy;
        let slots = crate::roster::MAX_MEMBERS + 1;
        let recipients = (0..slots).map(|_| &HybridDecoy as &dyn age::Recipient);
        let f = age::Encryptor::with_recipients(recipients)
            .unwrap()
            .wrap_output(Vec::new())
            .unwrap()
            .finish()
            .unwrap();
        let h = parse(&f).unwrap();
        assert!(h.len < MAX_HEADER_BYTES - 1024, "{} bytes", h.len);
        HeaderRules::for_roster(crate::roster::MAX_MEMBERS)
            .check(&h)
            .unwrap();
    }

    #[test]
    fn hybrid_stanzas_are_counted_checked_and_not_mixed() {
        use crate::hybrid::{HybridDecoy, HybridIdentity};
        let r = HybridIdentity::generate().recipient();
        let recipients: [&dyn age::Recipient; 3] = [&r, &HybridDecoy, &HybridDecoy];
        let f = age::Encryptor::with_recipients(recipients.into_iter())
            .unwrap()
            .wrap_output(Vec::new())
            .unwrap()
            .finish()
            .unwrap();
        let h = parse(&f).unwrap();
        HeaderRules::for_roster(1).check(&h).unwrap();
        assert_eq!(
            HeaderRules::for_roster(0).check(&h),
            Err(AgeHeaderError::RecipientCount { found: 3, max: 2 })
        );
        let mut short = h.clone();
        short.stanzas[0].args[0].pop();
        assert_eq!(
            HeaderRules::for_roster(1).check(&short),
            Err(AgeHeaderError::BadHybrid)
        );
        let mut mixed = h.clone();
        mixed.stanzas.extend(parse(&sample()).unwrap().stanzas);
        assert_eq!(
            HeaderRules::for_roster(5).check(&mixed),
            Err(AgeHeaderError::MixedRecipients)
        );
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
