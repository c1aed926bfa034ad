//! The case store's attachment files (issue 17): AES-256-GCM in 1 MiB
//! chunks under a key derived from the case key, written by a sync and
//! read by an export at about the speed the disk takes them.
//!
//! These were age files encrypted to the case key: ChaCha20-Poly1305 in
//! 64 KiB chunks behind an X25519 stanza. Nothing outside this store reads
//! them, so the public-key step bought nothing (as for the sealed records
//! of [`super::seal`]), and on the x86-64 and ARM64 machines reviewers use
//! the AES-GCM of the CPU's own instructions takes about half the time of
//! ChaCha20-Poly1305 in software; with 1 MiB chunks an export decrypts a
//! chunk on one thread while the other writes the one before.
//!
//! Format: [`MAGIC`], a random 32-byte salt, then the chunks. The file's
//! key is HKDF-SHA256 of the case key with that salt and the case id (so
//! a file copied into another case's directory does not open there, and
//! no two files share a key). Chunk `i` holds [`CHUNK`] bytes of
//! plaintext, except the last, which holds fewer (none for an empty
//! file, or one whose size is a multiple of the chunk); each is sealed
//! with the nonce `i` (11 bytes, big-endian) followed by 1 for the last
//! chunk and 0 for the others, the STREAM construction age uses, so a
//! file cut at any byte, reordered, or with chunks dropped or added does
//! not open. A file that starts with age's header is of the format
//! written before and is still read.

use std::io::{Read, Write};

use aes_gcm::aead::{AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce, Tag};
use zeroize::Zeroizing;

use dropbox_crypto::keys::AgeIdentity;

/// What starts an attachment file of this format.
pub const MAGIC: &[u8] = b"dropbox-attachment/1\n";
/// Plaintext bytes per chunk (all but the last).
pub const CHUNK: usize = 1 << 20;
const SALT_LEN: usize = 32;
const TAG_LEN: usize = 16;

/// The key of one attachment file.
struct FileKey(Aes256Gcm);

impl FileKey {
    fn derive(case_key: &AgeIdentity, case: &str, salt: &[u8]) -> Self {
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(salt), case_key.expose_string().as_bytes());
        let mut info = b"dropbox/v1/attachment\n".to_vec();
        info.extend_from_slice(case.as_bytes());
        let mut k = Zeroizing::new([0u8; 32]);
        hk.expand(&info, k.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 length");
        FileKey(Aes256Gcm::new(aes_gcm::Key::<Aes256Gcm>::from_slice(
            &k[..],
        )))
    }

    fn nonce(i: u64, last: bool) -> Nonce<aes_gcm::aead::consts::U12> {
        let mut n = [0u8; 12];
        n[3..11].copy_from_slice(&i.to_be_bytes());
        n[11] = u8::from(last);
        *Nonce::from_slice(&n)
    }
}

/// One chunk's buffer, plaintext then ciphertext and tag in place.
type Block = Zeroizing<Vec<u8>>;

/// Chunk buffers a [`Sealer`] uses at most: one being filled, one waiting,
/// one being sealed and written.
const SEAL_BLOCKS: usize = 3;

/// Writes one attachment file; [`Sealer::finish`] writes its last chunk
/// and hands back the file (buffered; flush it). From its second chunk on,
/// the chunks are sealed and written on a thread of their own, so a sync
/// decrypts and checks the next megabyte while this one is encrypted and
/// written.
pub struct Sealer<W: Write + Send + 'static> {
    state: Sealing<W>,
    buf: Block,
    /// Buffers made so far (at most [`SEAL_BLOCKS`]).
    made: usize,
}

enum Sealing<W: Write + Send + 'static> {
    /// No chunk sealed yet: a file of one chunk needs no thread.
    Here { out: W, key: FileKey },
    /// Full chunks (and whether it is the last) go to the sealing thread,
    /// their buffers come back.
    Thread {
        full: std::sync::mpsc::SyncSender<(Block, bool)>,
        empty: std::sync::mpsc::Receiver<Block>,
        done: std::thread::JoinHandle<std::io::Result<W>>,
    },
    /// Between the two, or after an error.
    Gone,
}

impl<W: Write + Send + 'static> Sealer<W> {
    /// Starts the file of an attachment of case `case` in `out`.
    pub fn new(mut out: W, case_key: &AgeIdentity, case: &str) -> std::io::Result<Self> {
        let salt: [u8; SALT_LEN] = rand::random();
        out.write_all(MAGIC)?;
        out.write_all(&salt)?;
        Ok(Sealer {
            state: Sealing::Here {
                out,
                key: FileKey::derive(case_key, case, &salt),
            },
            buf: Zeroizing::new(Vec::with_capacity(CHUNK + TAG_LEN)),
            made: 1,
        })
    }

    /// Hands the full buffer on (not the last chunk), and gets an empty one.
    fn hand_on(&mut self) -> std::io::Result<()> {
        if let Sealing::Here { .. } = self.state {
            let Sealing::Here { out, key } = std::mem::replace(&mut self.state, Sealing::Gone)
            else {
                unreachable!("matched above");
            };
            let (full, full_rx) = std::sync::mpsc::sync_channel::<(Block, bool)>(1);
            let (empty_tx, empty) = std::sync::mpsc::sync_channel::<Block>(SEAL_BLOCKS);
            let done = std::thread::Builder::new()
                .name("seal-attachment".into())
                .spawn(move || seal_chunks(out, key, full_rx, empty_tx))?;
            self.state = Sealing::Thread { full, empty, done };
        }
        let Sealing::Thread { full, empty, .. } = &self.state else {
            return Err(std::io::Error::other("an attachment's sealing ended early"));
        };
        let next = match empty.try_recv() {
            Ok(b) => Some(b),
            Err(_) if self.made < SEAL_BLOCKS => {
                self.made += 1;
                Some(Zeroizing::new(Vec::with_capacity(CHUNK + TAG_LEN)))
            }
            Err(_) => None,
        };
        let buf = std::mem::replace(&mut self.buf, Zeroizing::new(Vec::new()));
        let sent = full.send((buf, false)).is_ok();
        let next = match next {
            Some(b) => Some(b),
            None if sent => empty.recv().ok(),
            None => None,
        };
        match next {
            Some(b) if sent => {
                self.buf = b;
                Ok(())
            }
            // The thread stopped: its error says why.
            _ => Err(self
                .end()
                .err()
                .unwrap_or_else(|| std::io::Error::other("an attachment's sealing ended early"))),
        }
    }

    /// Waits for the sealing thread: the file, or why it failed.
    fn end(&mut self) -> std::io::Result<W> {
        match std::mem::replace(&mut self.state, Sealing::Gone) {
            Sealing::Thread { full, done, .. } => {
                drop(full);
                done.join().unwrap_or_else(|_| {
                    Err(std::io::Error::other("sealing an attachment panicked"))
                })
            }
            Sealing::Here { out, .. } => Ok(out),
            Sealing::Gone => Err(std::io::Error::other("an attachment's sealing ended early")),
        }
    }

    /// Seals what is left as the last chunk; the file, to flush.
    pub fn finish(mut self) -> std::io::Result<W> {
        // A full chunk is never the last: an empty one follows it.
        if self.buf.len() == CHUNK {
            self.hand_on()?;
        }
        let buf = std::mem::replace(&mut self.buf, Zeroizing::new(Vec::new()));
        match &mut self.state {
            Sealing::Here { out, key } => {
                let mut buf = buf;
                seal_chunk(key, 0, true, &mut buf)?;
                out.write_all(&buf)?;
            }
            Sealing::Thread { full, .. } => {
                // A failed send is the thread's error, which end() returns.
                let _ = full.send((buf, true));
            }
            Sealing::Gone => {}
        }
        self.end()
    }
}

/// Seals chunk `i` in place and appends its tag.
fn seal_chunk(key: &FileKey, i: u64, last: bool, buf: &mut Block) -> std::io::Result<()> {
    let tag = key
        .0
        .encrypt_in_place_detached(&FileKey::nonce(i, last), b"", &mut buf[..])
        .map_err(|_| std::io::Error::other("sealing an attachment chunk failed"))?;
    buf.extend_from_slice(&tag);
    Ok(())
}

/// The sealing thread of a [`Sealer`]: seals and writes each chunk, in
/// order, until the last; hands the file back.
fn seal_chunks<W: Write>(
    mut out: W,
    key: FileKey,
    full: std::sync::mpsc::Receiver<(Block, bool)>,
    empty: std::sync::mpsc::SyncSender<Block>,
) -> std::io::Result<W> {
    let mut i = 0u64;
    loop {
        let Ok((mut buf, last)) = full.recv() else {
            // The Sealer was dropped unfinished: the file is abandoned.
            return Err(std::io::Error::other("an attachment was not finished"));
        };
        seal_chunk(&key, i, last, &mut buf)?;
        out.write_all(&buf)?;
        i += 1;
        if last {
            return Ok(out);
        }
        buf.clear();
        let _ = empty.try_send(buf);
    }
}

impl<W: Write + Send + 'static> Write for Sealer<W> {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        // A full chunk is sealed only when more follows: the last chunk is
        // the short one, so a file never ends at a chunk's boundary.
        if self.buf.len() == CHUNK && !data.is_empty() {
            self.hand_on()?;
        }
        let n = data.len().min(CHUNK - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        Ok(n)
    }

    /// Nothing to do before [`Sealer::finish`]: the caller flushes the file
    /// it returns.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Why an attachment file does not open.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    /// Altered, cut short, extended, or not this case's.
    #[error("the file is damaged, or not this case's")]
    Damaged,
    /// Reading the file failed.
    #[error("cannot read it: {0}")]
    Read(std::io::Error),
    /// Writing the plaintext failed.
    #[error("cannot write it: {0}")]
    Write(std::io::Error),
}

/// Whether a file's first bytes are of this format.
pub fn is_sealed(head: &[u8]) -> bool {
    head.starts_with(MAGIC)
}

/// Reads until `buf` is full or the input ends; how much it read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Decrypts an attachment file of case `case` (from its start, [`MAGIC`]
/// included) into `out`, returning the bytes written: one thread reads
/// and decrypts while this one writes the chunk before. A file altered
/// or cut short fails with [`OpenError::Damaged`] after `out` may have
/// had the chunks before the bad one; the caller discards it.
pub fn open_into<R: Read + Send, W: Write + ?Sized>(
    mut input: R,
    case_key: &AgeIdentity,
    case: &str,
    out: &mut W,
) -> Result<u64, OpenError> {
    use std::sync::mpsc::sync_channel;

    let mut head = [0u8; MAGIC.len() + SALT_LEN];
    if read_full(&mut input, &mut head).map_err(OpenError::Read)? != head.len() || !is_sealed(&head)
    {
        return Err(OpenError::Damaged);
    }
    let key = FileKey::derive(case_key, case, &head[MAGIC.len()..]);
    type Block = Zeroizing<Vec<u8>>;
    // Decrypted chunks one way (the last one flagged), spent buffers back:
    // three buffers whatever the size.
    let (full_tx, full_rx) = sync_channel::<Result<(Block, bool), OpenError>>(2);
    let (empty_tx, empty_rx) = sync_channel::<Block>(3);
    for _ in 0..3 {
        empty_tx
            .send(Zeroizing::new(Vec::with_capacity(CHUNK + TAG_LEN)))
            .expect("the channel has room for every buffer");
    }
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut i = 0u64;
            while let Ok(mut buf) = empty_rx.recv() {
                buf.resize(CHUNK + TAG_LEN, 0);
                let got = match read_full(&mut input, &mut buf) {
                    Ok(n) => n,
                    Err(e) => {
                        let _ = full_tx.send(Err(OpenError::Read(e)));
                        return;
                    }
                };
                // A full chunk is never the last (see the module's doc).
                let last = got < CHUNK + TAG_LEN;
                if got < TAG_LEN {
                    let _ = full_tx.send(Err(OpenError::Damaged));
                    return;
                }
                let tag = *Tag::from_slice(&buf[got - TAG_LEN..got]);
                buf.truncate(got - TAG_LEN);
                let opened = key.0.decrypt_in_place_detached(
                    &FileKey::nonce(i, last),
                    b"",
                    &mut buf[..],
                    &tag,
                );
                if opened.is_err() {
                    let _ = full_tx.send(Err(OpenError::Damaged));
                    return;
                }
                i += 1;
                if full_tx.send(Ok((buf, last))).is_err() || last {
                    return;
                }
            }
        });
        // Moved in, so returning (at a failed write) drops them and ends
        // the reading thread before the scope waits for it.
        let (full_rx, empty_tx) = (full_rx, empty_tx);
        let mut total = 0u64;
        loop {
            // The reading thread sends the last chunk or an error before
            // it ends, so a closed channel is never the end of the file.
            let (buf, last) = match full_rx.recv() {
                Ok(Ok(b)) => b,
                Ok(Err(e)) => return Err(e),
                Err(_) => return Err(OpenError::Damaged),
            };
            out.write_all(&buf).map_err(OpenError::Write)?;
            total += buf.len() as u64;
            if last {
                return Ok(total);
            }
            let _ = empty_tx.send(buf);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASE: &str = "0123456789abcdef0123456789abcdef";

    fn seal(key: &AgeIdentity, case: &str, plain: &[u8]) -> Vec<u8> {
        let mut s = Sealer::new(Vec::new(), key, case).unwrap();
        // In uneven pieces, as a bundle reader hands them over.
        for piece in plain.chunks(777_777) {
            s.write_all(piece).unwrap();
        }
        s.finish().unwrap()
    }

    fn open(key: &AgeIdentity, case: &str, file: &[u8]) -> Result<Vec<u8>, OpenError> {
        let mut out = Vec::new();
        open_into(file, key, case, &mut out).map(|n| {
            assert_eq!(n as usize, out.len());
            out
        })
    }

    fn plain(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 131 % 251) as u8).collect()
    }

    #[test]
    fn every_size_round_trips_chunk_boundaries_included() {
        let key = AgeIdentity::generate();
        for len in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 5] {
            let p = plain(len);
            let f = seal(&key, CASE, &p);
            assert!(is_sealed(&f));
            // Full chunks, then a short (maybe empty) last one.
            let chunks = len / CHUNK + 1;
            assert_eq!(f.len(), MAGIC.len() + SALT_LEN + len + chunks * TAG_LEN);
            assert_eq!(open(&key, CASE, &f).unwrap(), p, "{len} bytes");
        }
    }

    /// Cut at any chunk boundary or inside one, a chunk dropped, two
    /// swapped, bytes appended or flipped, another case's or another key:
    /// none opens.
    #[test]
    fn an_altered_cut_or_misplaced_file_does_not_open() {
        let key = AgeIdentity::generate();
        let p = plain(3 * CHUNK + 100);
        let f = seal(&key, CASE, &p);
        let start = MAGIC.len() + SALT_LEN;
        let c = CHUNK + TAG_LEN;
        let damaged = |f: &[u8], what: &str| {
            assert!(
                matches!(open(&key, CASE, f), Err(OpenError::Damaged)),
                "{what} opened"
            );
        };
        for cut in [
            0,
            10,
            start,
            start + 1,
            start + c,
            start + 2 * c,
            start + 3 * c,
            f.len() - 1,
        ] {
            damaged(&f[..cut], &format!("cut at {cut}"));
        }
        let mut dropped = f[..start + c].to_vec();
        dropped.extend_from_slice(&f[start + 2 * c..]);
        damaged(&dropped, "a chunk dropped");
        let mut swapped = f[..start].to_vec();
        swapped.extend_from_slice(&f[start + c..start + 2 * c]);
        swapped.extend_from_slice(&f[start..start + c]);
        swapped.extend_from_slice(&f[start + 2 * c..]);
        damaged(&swapped, "two chunks swapped");
        let mut longer = f.clone();
        longer.extend_from_slice(b"more");
        damaged(&longer, "bytes appended");
        for at in [MAGIC.len() + 3, start + 5, start + c + 7, f.len() - 3] {
            let mut flipped = f.clone();
            flipped[at] ^= 1;
            damaged(&flipped, &format!("a bit flipped at {at}"));
        }
        assert!(matches!(
            open(&key, "fedcba9876543210fedcba9876543210", &f),
            Err(OpenError::Damaged)
        ));
        assert!(matches!(
            open(&AgeIdentity::generate(), CASE, &f),
            Err(OpenError::Damaged)
        ));
        // Two files of the same plaintext share no byte pattern: each has
        // its own salt, so its own key.
        let g = seal(&key, CASE, &p);
        assert_ne!(f[start..start + 64], g[start..start + 64]);
        assert!(!f.windows(32).any(|w| w == &p[1000..1032]));
    }

    #[test]
    fn a_failing_writer_stops_the_open() {
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
        let f = seal(&key, CASE, &plain(3 * CHUNK));
        assert!(matches!(
            open_into(&f[..], &key, CASE, &mut Full),
            Err(OpenError::Write(_))
        ));
    }
}
