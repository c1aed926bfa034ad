//! The case store's attachment files: a stream sealed under a key derived
//! from the case key (issue 17), as [`super::seal`] seals the case's
//! records.
//!
//! They were age files encrypted to the case key: an X25519 key agreement
//! per file (80 µs here, most of a small attachment's filing) that bought
//! nothing, since only this store reads them and the case key is where
//! the age identity was. A file written before is still read
//! ([`is_sealed`] tells them apart by their first bytes).
//!
//! The format: [`MAGIC`], a random 32-byte salt, then the plaintext in
//! chunks of [`CHUNK`] bytes, each sealed with ChaCha20-Poly1305 (its
//! 16-byte tag after it) under the nonce of age's STREAM: an 11-byte
//! big-endian counter and a last-chunk flag. The key is HKDF-SHA256 of the
//! case key with the salt, and the case id in its info: a file copied into
//! another case does not open, and one cut at a chunk's end, with chunks
//! reordered, or with a byte altered does not either. As the age files
//! were, a file is not bound to its number in the case (which changes
//! when a case's attachments are renumbered): whoever can write the
//! store's files can swap two of one case's attachments, or put back an
//! earlier file of the same case, but cannot read one, nor alter, cut or
//! extend its content. Plaintext buffers are zeroized. (Files keep the
//! name `<n>.age` they had as age files, so backups and renumbering name
//! them as before.)

use std::io::{Read, Write};

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce, Tag};
use zeroize::Zeroizing;

use dropbox_crypto::keys::AgeIdentity;

/// What starts a sealed attachment file.
pub const MAGIC: &[u8] = b"dropbox-attachment/1\n";

/// Plaintext bytes per chunk, as in age.
pub const CHUNK: usize = 64 * 1024;

const SALT_LEN: usize = 32;
const TAG_LEN: usize = 16;

/// Whether a stored file starts as a sealed attachment file does (else it
/// is an age file, written before).
pub fn is_sealed(head: &[u8]) -> bool {
    head.starts_with(MAGIC)
}

/// The cipher of one file.
fn cipher(case_key: &AgeIdentity, case: &str, salt: &[u8]) -> ChaCha20Poly1305 {
    let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(salt), case_key.expose_string().as_bytes());
    let mut info = b"dropbox/v1/case-attachment\n".to_vec();
    info.extend_from_slice(case.as_bytes());
    let mut k = Zeroizing::new([0u8; 32]);
    hk.expand(&info, k.as_mut())
        .expect("32 bytes is a valid HKDF-SHA256 length");
    ChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&k[..]))
}

/// The nonce of chunk `counter`.
fn nonce(counter: u64, last: bool) -> Nonce {
    let mut n = [0u8; 12];
    n[3..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    n.into()
}

fn altered() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        "the stored attachment is corrupt or was altered",
    )
}

/// Writes a sealed attachment file to `W`. Call
/// [`finish`](SealWriter::finish): without it the file has no last chunk
/// and never opens.
pub struct SealWriter<W: Write> {
    out: W,
    cipher: ChaCha20Poly1305,
    /// The chunk being filled, with room for its tag.
    buf: Zeroizing<Vec<u8>>,
    counter: u64,
    /// A chunk failed to be written: the buffer holds ciphertext, and
    /// every later call fails.
    failed: bool,
}

fn ended() -> std::io::Error {
    std::io::Error::other("the attachment file failed to be written earlier")
}

impl<W: Write> SealWriter<W> {
    /// Starts a file of case `case` under its case key.
    pub fn new(mut out: W, case_key: &AgeIdentity, case: &str) -> std::io::Result<Self> {
        let salt: [u8; SALT_LEN] = rand::random();
        out.write_all(MAGIC)?;
        out.write_all(&salt)?;
        Ok(SealWriter {
            out,
            cipher: cipher(case_key, case, &salt),
            buf: Zeroizing::new(Vec::with_capacity(CHUNK + TAG_LEN)),
            counter: 0,
            failed: false,
        })
    }

    /// Seals the buffered chunk and writes it.
    fn seal_chunk(&mut self, last: bool) -> std::io::Result<()> {
        if self.failed {
            return Err(ended());
        }
        // Set until the chunk is written: the buffer is ciphertext from
        // here on, and a retry must not append plaintext to it.
        self.failed = true;
        let tag = self
            .cipher
            .encrypt_in_place_detached(&nonce(self.counter, last), &[], &mut self.buf)
            .map_err(|_| std::io::Error::other("sealing an attachment chunk failed"))?;
        self.buf.extend_from_slice(&tag);
        self.out.write_all(&self.buf)?;
        // The buffer now holds ciphertext only: nothing to wipe.
        self.buf.clear();
        self.counter = self
            .counter
            .checked_add(1)
            .ok_or_else(|| std::io::Error::other("attachment too large"))?;
        self.failed = false;
        Ok(())
    }

    /// Seals the last chunk and returns the writer, not flushed.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.seal_chunk(true)?;
        Ok(self.out)
    }
}

impl<W: Write> Write for SealWriter<W> {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.failed {
            return Err(ended());
        }
        // A full chunk is sealed only once more data comes: until
        // `finish`, any chunk may be the last.
        if self.buf.len() == CHUNK && !data.is_empty() {
            self.seal_chunk(false)?;
        }
        let k = data.len().min(CHUNK - self.buf.len());
        self.buf.extend_from_slice(&data[..k]);
        Ok(k)
    }

    /// Flushes the writer under it (a chunk is written when sealed).
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl<W: Write + Send + 'static> dropbox_crypto::envelope::FinishWrite for SealWriter<W> {
    type Inner = W;
    fn finish_write(self) -> std::io::Result<W> {
        self.finish()
    }
}

/// Reads a sealed attachment file: its reads give the plaintext, and fail
/// (`InvalidData`) at a chunk that does not open, a file cut short, or
/// anything after the last chunk.
pub struct SealReader<R: Read> {
    input: R,
    cipher: ChaCha20Poly1305,
    /// A chunk sealed and its tag, then, once opened, its plaintext; one
    /// byte more is read to tell whether the chunk is the last.
    buf: Zeroizing<Vec<u8>>,
    /// The opened plaintext's length in `buf`, and how much was read.
    plain: usize,
    pos: usize,
    /// The byte read past the chunk (the next chunk's first), if any.
    carry: Option<u8>,
    counter: u64,
    done: bool,
    /// A read failed: every later one fails too.
    failed: bool,
}

impl<R: Read> SealReader<R> {
    /// Opens a file of case `case` under its case key: reads its
    /// [`MAGIC`] and salt.
    pub fn new(mut input: R, case_key: &AgeIdentity, case: &str) -> std::io::Result<Self> {
        let mut head = [0u8; MAGIC.len() + SALT_LEN];
        input.read_exact(&mut head).map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => altered(),
            _ => e,
        })?;
        if !is_sealed(&head) {
            return Err(altered());
        }
        Ok(SealReader {
            input,
            cipher: cipher(case_key, case, &head[MAGIC.len()..]),
            buf: Zeroizing::new(vec![0u8; CHUNK + TAG_LEN + 1]),
            plain: 0,
            pos: 0,
            carry: None,
            counter: 0,
            done: false,
            failed: false,
        })
    }

    /// Reads and opens the next chunk into `buf`.
    fn next_chunk(&mut self) -> std::io::Result<()> {
        let mut n = 0;
        if let Some(b) = self.carry.take() {
            self.buf[0] = b;
            n = 1;
        }
        while n < self.buf.len() {
            match self.input.read(&mut self.buf[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let last = n < self.buf.len();
        if !last {
            self.carry = Some(self.buf[CHUNK + TAG_LEN]);
            n = CHUNK + TAG_LEN;
        }
        // A last chunk may be empty only when it is the only one: the
        // writer never seals an empty chunk after a full one.
        if n < TAG_LEN || (last && n == TAG_LEN && self.counter > 0) {
            return Err(altered());
        }
        let (body, tag) = self.buf[..n].split_at_mut(n - TAG_LEN);
        self.cipher
            .decrypt_in_place_detached(&nonce(self.counter, last), &[], body, Tag::from_slice(tag))
            .map_err(|_| altered())?;
        self.plain = n - TAG_LEN;
        self.pos = 0;
        self.done = last;
        self.counter = self.counter.checked_add(1).ok_or_else(altered)?;
        Ok(())
    }
}

impl<R: Read> Read for SealReader<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.pos == self.plain {
            if self.failed {
                return Err(altered());
            }
            if self.done || out.is_empty() {
                return Ok(0);
            }
            if let Err(e) = self.next_chunk() {
                // Part of a chunk may have been read (an interruption is
                // retried inside): a retry would misalign every chunk
                // after it.
                self.failed = true;
                return Err(e);
            }
        }
        let k = out.len().min(self.plain - self.pos);
        out[..k].copy_from_slice(&self.buf[self.pos..self.pos + k]);
        self.pos += k;
        Ok(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASE: &str = "0123456789abcdef0123456789abcdef";

    fn noise(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 31 + i / 253) as u8).collect()
    }

    fn seal(key: &AgeIdentity, case: &str, plain: &[u8], piece: usize) -> Vec<u8> {
        let mut w = SealWriter::new(Vec::new(), key, case).unwrap();
        for p in plain.chunks(piece.max(1)) {
            w.write_all(p).unwrap();
        }
        w.finish().unwrap()
    }

    fn open(key: &AgeIdentity, case: &str, file: &[u8]) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        SealReader::new(file, key, case)?.read_to_end(&mut out)?;
        Ok(out)
    }

    /// Every size around the chunk's, written in odd pieces or at once,
    /// reads back as it went in; the file is the header, the plaintext
    /// and a tag per chunk (an empty file has one, empty, chunk).
    #[test]
    fn every_size_reads_back_whole() {
        let key = AgeIdentity::generate();
        for n in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 77] {
            let plain = noise(n);
            for piece in [1000, 65_537, n] {
                let file = seal(&key, CASE, &plain, piece);
                let chunks = n.div_ceil(CHUNK).max(1);
                assert_eq!(file.len(), MAGIC.len() + SALT_LEN + n + TAG_LEN * chunks);
                assert!(is_sealed(&file));
                assert!(open(&key, CASE, &file).unwrap() == plain, "{n} in {piece}");
            }
        }
    }

    /// A wrong key, another case's id, an altered byte anywhere, a file
    /// cut inside a chunk or at a chunk's end, a chunk dropped or two
    /// swapped, bytes appended, a chunk's last flag moved: none opens.
    #[test]
    fn altered_cut_moved_or_foreign_files_do_not_open() {
        let key = AgeIdentity::generate();
        let plain = noise(3 * CHUNK + 500);
        let file = seal(&key, CASE, &plain, plain.len());
        let head = MAGIC.len() + SALT_LEN;
        let enc = CHUNK + TAG_LEN;
        let chunk = |i: usize| &file[head + i * enc..(head + (i + 1) * enc).min(file.len())];
        assert!(open(&AgeIdentity::generate(), CASE, &file).is_err());
        assert!(open(&key, &"f".repeat(32), &file).is_err());
        for at in [0, MAGIC.len(), head, head + enc + 5, file.len() - 1] {
            let mut bad = file.clone();
            bad[at] ^= 1;
            assert!(open(&key, CASE, &bad).is_err(), "byte {at} altered");
        }
        for len in [
            head - 1,
            head,
            head + 100,
            head + enc,
            head + 2 * enc,
            file.len() - 1,
        ] {
            assert!(open(&key, CASE, &file[..len]).is_err(), "cut at {len}");
        }
        let dropped = [&file[..head], chunk(0), chunk(2), chunk(3)].concat();
        let swapped = [&file[..head], chunk(1), chunk(0), chunk(2), chunk(3)].concat();
        let appended = [&file[..], b"x"].concat();
        for (what, bad) in [
            ("dropped", dropped),
            ("swapped", swapped),
            ("appended", appended),
        ] {
            assert!(open(&key, CASE, &bad).is_err(), "a chunk {what}");
        }
        // A file that ends at a full chunk sealed as not the last.
        let two = seal(&key, CASE, &noise(2 * CHUNK), 2 * CHUNK);
        assert!(open(&key, CASE, &two[..head + enc]).is_err());
        // An empty file is one empty last chunk; an empty last chunk after
        // a full one is never written, and refused even when sealed right.
        let empty = seal(&key, CASE, &[], 1);
        assert!(open(&key, CASE, &empty).unwrap().is_empty());
        let salt = [7u8; SALT_LEN];
        let c = cipher(&key, CASE, &salt);
        let mut full = noise(CHUNK);
        let tag = c
            .encrypt_in_place_detached(&nonce(0, false), &[], &mut full)
            .unwrap();
        let last = c
            .encrypt_in_place_detached(&nonce(1, true), &[], &mut [])
            .unwrap();
        let spliced = [MAGIC, &salt, &full, &tag, &last].concat();
        assert!(open(&key, CASE, &spliced).is_err(), "an empty last chunk");
        let mut one = noise(CHUNK);
        let tag = c
            .encrypt_in_place_detached(&nonce(0, true), &[], &mut one)
            .unwrap();
        let whole = [MAGIC, &salt, &one, &tag].concat();
        assert!(
            open(&key, CASE, &whole).unwrap() == noise(CHUNK),
            "the control"
        );
    }

    /// A reader that gives a few bytes at a time and is interrupted now
    /// and then reads the file whole; bytes after a full last chunk, or
    /// a chunk after the last one, are refused.
    #[test]
    fn short_and_interrupted_reads_work_and_data_after_the_last_chunk_does_not() {
        struct Dribble<'a> {
            data: &'a [u8],
            calls: usize,
        }
        impl Read for Dribble<'_> {
            fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
                self.calls += 1;
                if self.calls.is_multiple_of(3) {
                    return Err(std::io::ErrorKind::Interrupted.into());
                }
                let k = out.len().min(self.data.len()).min(7_777);
                out[..k].copy_from_slice(&self.data[..k]);
                self.data = &self.data[k..];
                Ok(k)
            }
        }
        let key = AgeIdentity::generate();
        for n in [0, 5, CHUNK, 2 * CHUNK + 3] {
            let plain = noise(n);
            let file = seal(&key, CASE, &plain, n);
            let mut got = Vec::new();
            let mut r = SealReader::new(
                Dribble {
                    data: &file,
                    calls: 1,
                },
                &key,
                CASE,
            )
            .unwrap();
            loop {
                let mut b = [0u8; 1000];
                match r.read(&mut b) {
                    Ok(0) => break,
                    Ok(k) => got.extend_from_slice(&b[..k]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => panic!("{n}: {e}"),
                }
            }
            assert!(got == plain, "{n} bytes read back otherwise");
        }
        let full = seal(&key, CASE, &noise(CHUNK), CHUNK);
        assert!(open(&key, CASE, &[&full[..], b"x"].concat()).is_err());
        let head = MAGIC.len() + SALT_LEN;
        let again = [&full[..], &full[head..]].concat();
        assert!(open(&key, CASE, &again).is_err(), "a chunk after the last");
    }

    /// A writer that fails mid-stream fails every later write and
    /// `finish`; a reader that failed fails every later read.
    #[test]
    fn after_an_error_every_call_fails() {
        struct FailsAfter(usize);
        impl Write for FailsAfter {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                if self.0 == 0 {
                    return Err(std::io::Error::other("disk full"));
                }
                let k = b.len().min(self.0);
                self.0 -= k;
                Ok(k)
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let key = AgeIdentity::generate();
        let mut w = SealWriter::new(FailsAfter(100 + CHUNK), &key, CASE).unwrap();
        assert!(w.write_all(&noise(3 * CHUNK)).is_err());
        assert!(w.write(b"more").is_err());
        assert!(w.finish().is_err());
        let file = seal(&key, CASE, &noise(3 * CHUNK), 3 * CHUNK);
        let mut bad = file.clone();
        bad[MAGIC.len() + SALT_LEN + 10] ^= 1;
        let mut r = SealReader::new(&bad[..], &key, CASE).unwrap();
        let mut b = vec![0u8; CHUNK];
        assert!(r.read(&mut b).is_err());
        assert!(r.read(&mut b).is_err(), "read on after a chunk failed");
    }

    /// A writer that fails fails the file, and a reader's error reaches
    /// its caller.
    #[test]
    fn a_failing_writer_or_reader_is_an_error() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk full"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let key = AgeIdentity::generate();
        assert!(SealWriter::new(Full, &key, CASE).is_err());
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("I/O error"))
            }
        }
        assert!(SealReader::new(Broken, &key, CASE).is_err());
    }
}
