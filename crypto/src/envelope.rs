//! The age envelope around every bundle, with the fixed stanza shape.
//!
//! A submission (report or follow-up) always carries one X25519 stanza per
//! roster member plus one for the codename slot. A member the reporter left
//! out, or an absent codename, gets a *decoy*: a stanza whose ephemeral share
//! is the public key of a fresh random scalar (a real curve point, like a
//! real share) and whose body is 32 random bytes (like a real wrapped key).
//! Stanzas are shuffled and the age crate appends one grease stanza. So the
//! server cannot tell who was left out, whether a codename exists, or which
//! client wrote the file. The result is standard age: `age -d -i` reads it.

use std::collections::HashSet;
use std::io::{Read, Write};

use age::stream::{StreamReader, StreamWriter};
use age_core::format::{FileKey, Stanza};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use rand::RngCore;
use rand::seq::SliceRandom;

use crate::ids::MemberId;
use crate::keys::{AgeIdentity, AgeRecipient};
use crate::roster::Roster;

/// Why encryption or decryption failed. Decryption errors stay coarse so
/// they teach an attacker nothing.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// A chosen recipient is not a member of the roster.
    #[error("{0} is not a member of the roster")]
    UnknownRecipient(MemberId),
    /// No real recipient was chosen.
    #[error("choose at least one recipient")]
    NoRecipient,
    /// None of the given identities can open the file.
    #[error("no matching key: this file was not encrypted to you")]
    NoMatchingKey,
    /// Not a binary age v1 file.
    #[error("invalid envelope: not a binary age file")]
    InvalidEnvelope,
    /// The file is corrupt or was tampered with.
    #[error("decryption failed: the file is corrupt or was altered")]
    DecryptionFailed,
    /// Writing the output failed.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}

impl EnvelopeError {
    /// A stable code for test vectors shared with the page.
    pub fn code(&self) -> &'static str {
        match self {
            EnvelopeError::UnknownRecipient(_) => "envelope-unknown-recipient",
            EnvelopeError::NoRecipient => "envelope-no-recipient",
            EnvelopeError::NoMatchingKey => "envelope-no-matching-key",
            EnvelopeError::InvalidEnvelope => "envelope-invalid",
            EnvelopeError::DecryptionFailed => "envelope-decryption-failed",
            EnvelopeError::Io(_) => "envelope-io",
        }
    }
}

/// One X25519 slot of an envelope.
#[derive(Clone, Debug)]
pub enum Slot {
    /// Encrypt to this recipient.
    Real(AgeRecipient),
    /// A decoy stanza indistinguishable in form from a real one.
    Decoy,
}

/// One post-quantum slot of an envelope (protocol 1.4: drop keys).
#[derive(Clone, Debug)]
pub enum HybridSlot {
    /// Encrypt to this member's drop key or the codename's hybrid recipient.
    Real(Box<crate::hybrid::HybridRecipient>),
    /// A decoy of the hybrid stanza's shape.
    Decoy,
}

/// The post-quantum slots of a submission (protocol 1.4): for each roster
/// member, in roster order, a real stanza to their current drop key if
/// chosen, else a decoy; then the codename slot. `chosen` pairs each chosen
/// member with the drop key the caller verified for today.
pub fn submission_hybrid_slots(
    roster: &Roster,
    chosen: &[(MemberId, crate::hybrid::HybridRecipient)],
    codename: Option<&crate::hybrid::HybridRecipient>,
) -> Result<Vec<HybridSlot>, EnvelopeError> {
    if let Some((unknown, _)) = chosen.iter().find(|(id, _)| roster.member(id).is_none()) {
        return Err(EnvelopeError::UnknownRecipient(unknown.clone()));
    }
    if chosen.is_empty() {
        return Err(EnvelopeError::NoRecipient);
    }
    let mut slots: Vec<HybridSlot> = roster
        .members
        .iter()
        .map(|m| match chosen.iter().find(|(id, _)| id == &m.id) {
            Some((_, r)) => HybridSlot::Real(Box::new(r.clone())),
            None => HybridSlot::Decoy,
        })
        .collect();
    slots.push(codename.map_or(HybridSlot::Decoy, |r| HybridSlot::Real(Box::new(r.clone()))));
    Ok(slots)
}

/// Starts an age stream to `out` with post-quantum `slots` in random
/// order: the fixed shape of [`encrypt`] (one slot per member plus the
/// codename slot, decoys, shuffle, grease) with `mlkem768x25519` stanzas.
pub fn encrypt_hybrid<W: Write>(
    out: W,
    mut slots: Vec<HybridSlot>,
) -> Result<StreamWriter<W>, EnvelopeError> {
    if !slots.iter().any(|s| matches!(s, HybridSlot::Real(_))) {
        return Err(EnvelopeError::NoRecipient);
    }
    slots.shuffle(&mut rand::rngs::OsRng);
    let decoy = crate::hybrid::HybridDecoy;
    let recipients = slots.iter().map(|s| match s {
        HybridSlot::Real(r) => r.as_ref() as &dyn age::Recipient,
        HybridSlot::Decoy => &decoy as &dyn age::Recipient,
    });
    let enc =
        age::Encryptor::with_recipients(recipients).map_err(|_| EnvelopeError::NoRecipient)?;
    Ok(enc.wrap_output(out)?)
}

/// Opens an age stream with any of `identities` or of the post-quantum
/// `hybrid` ones (a member's drop identities).
pub fn decrypt_with<R: Read>(
    input: R,
    identities: &[&AgeIdentity],
    hybrid: &[&crate::hybrid::HybridIdentity],
) -> Result<StreamReader<R>, EnvelopeError> {
    let dec = age::Decryptor::new(input).map_err(coarse)?;
    let all = identities
        .iter()
        .map(|i| i.as_age() as &dyn age::Identity)
        .chain(hybrid.iter().map(|h| *h as &dyn age::Identity));
    dec.decrypt(all).map_err(coarse)
}

struct Decoy;

impl age::Recipient for Decoy {
    fn wrap_file_key(
        &self,
        _file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), age::EncryptError> {
        let mut rng = rand::rngs::OsRng;
        let scalar = x25519_dalek::StaticSecret::random_from_rng(rng);
        let share = x25519_dalek::PublicKey::from(&scalar);
        let mut body = vec![0u8; 32];
        rng.fill_bytes(&mut body);
        Ok((
            vec![Stanza {
                tag: crate::agehdr::X25519_TAG.to_owned(),
                args: vec![STANDARD_NO_PAD.encode(share.as_bytes())],
                body,
            }],
            HashSet::new(),
        ))
    }
}

/// The slots of a submission: for each roster member a real stanza if
/// chosen, else a decoy; then the codename slot.
pub fn submission_slots(
    roster: &Roster,
    chosen: &[MemberId],
    codename: Option<&AgeRecipient>,
) -> Result<Vec<Slot>, EnvelopeError> {
    if let Some(unknown) = chosen.iter().find(|id| roster.member(id).is_none()) {
        return Err(EnvelopeError::UnknownRecipient(unknown.clone()));
    }
    if chosen.is_empty() {
        return Err(EnvelopeError::NoRecipient);
    }
    let mut slots: Vec<Slot> = roster
        .members
        .iter()
        .map(|m| {
            if chosen.contains(&m.id) {
                Slot::Real(m.age.clone())
            } else {
                Slot::Decoy
            }
        })
        .collect();
    slots.push(codename.map_or(Slot::Decoy, |r| Slot::Real(r.clone())));
    Ok(slots)
}

/// Starts an age stream to `out` with `slots` in random order. Write the
/// bundle into the returned writer and call `finish()`.
pub fn encrypt<W: Write>(out: W, mut slots: Vec<Slot>) -> Result<StreamWriter<W>, EnvelopeError> {
    if !slots.iter().any(|s| matches!(s, Slot::Real(_))) {
        return Err(EnvelopeError::NoRecipient);
    }
    slots.shuffle(&mut rand::rngs::OsRng);
    let decoy = Decoy;
    let recipients = slots.iter().map(|s| match s {
        Slot::Real(r) => r.as_age() as &dyn age::Recipient,
        Slot::Decoy => &decoy as &dyn age::Recipient,
    });
    let enc =
        age::Encryptor::with_recipients(recipients).map_err(|_| EnvelopeError::NoRecipient)?;
    Ok(enc.wrap_output(out)?)
}

/// Encrypts to these recipients only (replies, events, backups).
pub fn encrypt_to<W: Write>(
    out: W,
    recipients: &[AgeRecipient],
) -> Result<StreamWriter<W>, EnvelopeError> {
    encrypt(out, recipients.iter().cloned().map(Slot::Real).collect())
}

/// Opens an age stream with any of `identities`. Reading the returned
/// stream fails with an I/O error if the payload was altered.
pub fn decrypt<R: Read>(
    input: R,
    identities: &[&AgeIdentity],
) -> Result<StreamReader<R>, EnvelopeError> {
    let dec = age::Decryptor::new(input).map_err(coarse)?;
    dec.decrypt(identities.iter().map(|i| i.as_age() as &dyn age::Identity))
        .map_err(coarse)
}

/// The plaintext handed at a time from the decrypting thread to the
/// writing one in [`decrypt_into`]: 16 of age's 64 KiB chunks, so a large
/// file costs a write call per MiB rather than one per 8 KiB.
pub const PIPE_BLOCK: usize = 1 << 20;
/// Blocks in flight in [`decrypt_into`]: one being decrypted, one being
/// written, one waiting; its memory stays 3 MiB whatever the file's size.
const PIPE_BLOCKS: usize = 3;
/// The most [`decrypt_into`] hands its writer at once: a block is written
/// in pieces of this size. On this project's 2-core ext4 machine the
/// kernel's copy into the page cache took far longer for 1 MiB `write`s
/// than for 256 KiB ones (`dd` of 1 GiB from /dev/zero: 0.23 to 1.35 s of
/// system time, median 0.77 s, against 0.21 to 0.23 s), and that copy was
/// 44% of an export's profile (issue 17; bench/RESULTS.md).
const WRITE_PIECE: usize = 256 << 10;
/// One block of plaintext in [`decrypt_into`].
type Block = zeroize::Zeroizing<Vec<u8>>;

/// Decrypts a whole age file from `input` into `out`, returning the bytes
/// written: [`decrypt`], then reading and decrypting on a second thread
/// while this one writes, so the cipher and the writes (the kernel copying
/// into the page cache) overlap instead of taking turns. Constant memory
/// ([`PIPE_BLOCK`] times 3, zeroized when done).
///
/// A payload that was altered or cut short fails with
/// [`EnvelopeError::DecryptionFailed`], a failing `out` with
/// [`EnvelopeError::Io`]; either way `out` may already hold the blocks
/// before the bad one, and the caller discards it.
pub fn decrypt_into<R: Read + Send, W: Write + ?Sized>(
    input: R,
    identities: &[&AgeIdentity],
    out: &mut W,
) -> Result<u64, EnvelopeError> {
    read_into(decrypt(input, identities)?, out)
}

/// The pipe of [`decrypt_into`] for any stream whose reads decrypt (the
/// case store's own sealed files too): `stream` read on a second thread,
/// in blocks of [`PIPE_BLOCK`], while this one writes them to `out`. A
/// read error (an altered or cut file) is
/// [`EnvelopeError::DecryptionFailed`], a failing `out`
/// [`EnvelopeError::Io`].
pub fn read_into<S: Read + Send, W: Write + ?Sized>(
    mut stream: S,
    out: &mut W,
) -> Result<u64, EnvelopeError> {
    use std::sync::mpsc::sync_channel;

    // Full blocks go one way (with their length; a short one is the last),
    // empty ones come back: no allocation after the first three.
    let (full_tx, full_rx) = sync_channel::<std::io::Result<(Block, usize)>>(PIPE_BLOCKS);
    let (empty_tx, empty_rx) = sync_channel::<Block>(PIPE_BLOCKS);
    for _ in 0..PIPE_BLOCKS {
        empty_tx
            .send(Block::new(vec![0; PIPE_BLOCK]))
            .expect("the channel has room for every block");
    }
    std::thread::scope(|scope| {
        scope.spawn(move || {
            // Ends when a block is short (the end), on an error, or when
            // the writer has gone (its receiver dropped).
            while let Ok(mut block) = empty_rx.recv() {
                let mut n = 0;
                let read = loop {
                    match stream.read(&mut block[n..]) {
                        Ok(0) => break Ok(()),
                        Ok(k) => {
                            n += k;
                            if n == PIPE_BLOCK {
                                break Ok(());
                            }
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => break Err(e),
                    }
                };
                let last = n < PIPE_BLOCK;
                let sent = match read {
                    Ok(()) => full_tx.send(Ok((block, n))),
                    Err(e) => {
                        let _ = full_tx.send(Err(e));
                        return;
                    }
                };
                if sent.is_err() || last {
                    return;
                }
            }
        });
        // By value: returning drops the writer's ends of both channels,
        // which ends the decrypting thread before the scope waits for it.
        write_blocks(full_rx, empty_tx, out)
    })
}

/// The writing half of [`decrypt_into`].
fn write_blocks<W: Write + ?Sized>(
    full: std::sync::mpsc::Receiver<std::io::Result<(Block, usize)>>,
    empty: std::sync::mpsc::SyncSender<Block>,
    out: &mut W,
) -> Result<u64, EnvelopeError> {
    let mut total = 0u64;
    loop {
        // The decrypting thread sends a short block or an error before it
        // ends, so a closed channel is never the end of the file.
        let (block, n) = match full.recv() {
            Ok(Ok(b)) => b,
            Ok(Err(_)) | Err(_) => return Err(EnvelopeError::DecryptionFailed),
        };
        for piece in block[..n].chunks(WRITE_PIECE) {
            out.write_all(piece)?;
        }
        total += n as u64;
        if n < PIPE_BLOCK {
            return Ok(total);
        }
        // The decrypting thread may have ended (at an error): then nobody
        // needs the block back.
        let _ = empty.send(block);
    }
}

/// An encrypting stream ([`FinishWrite`]: an age stream to `W`, or the
/// case store's sealed attachment file) that, once it has been given more
/// than [`PIPE_BLOCK`] bytes, encrypts and writes on a thread of its own while
/// the caller produces the rest: the mirror of [`decrypt_into`], for a
/// sync that decrypts a large item on one thread and re-encrypts it into
/// the case store on another (issue 17: the two ciphers and the kernel's
/// copy into the page cache took turns on one thread). The first
/// [`PIPE_BLOCK`] bytes are encrypted and written as they come, with no
/// block and no thread: a small stream (most attachments) never makes
/// either (a 1 MiB block, zeroized on drop, cost about 160 µs per stream
/// here, twice the stream's own work). The next MiB fills the first
/// block, and the thread starts when it is full, past 2 MiB. The bytes
/// written are those of the stream alone; memory stays [`PIPE_BLOCK`]
/// times 3, zeroized.
///
/// Call [`finish`](Self::finish): dropped without it, the stream is left
/// without its last chunk (as a dropped `StreamWriter` leaves it), which
/// every reader refuses as cut short.
pub struct EncryptPipe<S: FinishWrite> {
    /// The stream, until the first block is handed to the thread.
    here: Option<S>,
    /// Bytes written straight to `here` (at most [`PIPE_BLOCK`]), before
    /// the first block is made.
    direct: usize,
    /// The thread and its channels, once started.
    there: Option<Pipe<S::Inner>>,
    /// The block being filled (empty until the first is made), and how
    /// much of it is.
    block: Block,
    n: usize,
    /// Blocks made so far (at most [`PIPE_BLOCKS`]).
    made: usize,
    /// A write failed: the stream has ended, and every later write and
    /// `finish` fails too.
    ended: bool,
}

/// The encrypting thread of an [`EncryptPipe`].
struct Pipe<W> {
    full: std::sync::mpsc::SyncSender<PipeMsg>,
    empty: std::sync::mpsc::Receiver<Block>,
    thread: std::thread::JoinHandle<std::io::Result<W>>,
}

/// What an [`EncryptPipe`] hands its thread.
enum PipeMsg {
    /// A block and how much of it to write.
    Data(Block, usize),
    /// The end: finish the stream and give the writer back. Without it
    /// (the pipe dropped) the thread leaves the stream unfinished.
    End,
}

/// An encrypting stream that is finished explicitly (its last chunk
/// written), giving back the writer under it: age's [`StreamWriter`], or
/// the case store's own sealed stream. What an [`EncryptPipe`] drives.
pub trait FinishWrite: Write + Send + 'static {
    /// The writer the stream writes to.
    type Inner: Send + 'static;
    /// Writes the last chunk and returns the writer, not flushed.
    fn finish_write(self) -> std::io::Result<Self::Inner>;
}

impl<W: Write + Send + 'static> FinishWrite for StreamWriter<W> {
    type Inner = W;
    fn finish_write(self) -> std::io::Result<W> {
        self.finish()
    }
}

/// Starts an [`EncryptPipe`] to these recipients.
pub fn encrypt_to_piped<W: Write + Send + 'static>(
    out: W,
    recipients: &[AgeRecipient],
) -> Result<EncryptPipe<StreamWriter<W>>, EnvelopeError> {
    Ok(EncryptPipe::new(encrypt_to(out, recipients)?))
}

impl<S: FinishWrite> EncryptPipe<S> {
    /// A pipe around `stream`.
    pub fn new(stream: S) -> Self {
        EncryptPipe {
            here: Some(stream),
            direct: 0,
            there: None,
            block: Block::new(Vec::new()),
            n: 0,
            made: 0,
            ended: false,
        }
    }

    /// Hands the full block to the thread (starting it the first time)
    /// and takes an empty one.
    fn hand_over(&mut self) -> std::io::Result<()> {
        use std::sync::mpsc::sync_channel;
        if self.there.is_none() {
            let mut stream = self.here.take().ok_or_else(gone)?;
            let (full, full_rx) = sync_channel::<PipeMsg>(PIPE_BLOCKS);
            let (empty_tx, empty) = sync_channel::<Block>(PIPE_BLOCKS);
            // A Builder, not thread::spawn: a thread the system refuses is
            // this write's error, not a panic.
            let thread = std::thread::Builder::new()
                .name("store-encrypt".into())
                .spawn(move || {
                    while let Ok(msg) = full_rx.recv() {
                        match msg {
                            PipeMsg::Data(block, n) => {
                                stream.write_all(&block[..n])?;
                                let _ = empty_tx.send(block);
                            }
                            PipeMsg::End => return stream.finish_write(),
                        }
                    }
                    Err(std::io::Error::other("the encryption was abandoned"))
                })?;
            self.there = Some(Pipe {
                full,
                empty,
                thread,
            });
        }
        let next = if self.made < PIPE_BLOCKS {
            self.made += 1;
            Some(Block::new(vec![0; PIPE_BLOCK]))
        } else {
            None
        };
        let pipe = self.there.as_ref().ok_or_else(gone)?;
        let full = std::mem::replace(&mut self.block, Block::new(Vec::new()));
        let sent = pipe.full.send(PipeMsg::Data(full, self.n)).is_ok();
        let next = match next {
            Some(b) if sent => Some(b),
            _ if sent => pipe.empty.recv().ok(),
            _ => None,
        };
        match next {
            Some(b) => {
                self.block = b;
                self.n = 0;
                Ok(())
            }
            // The thread has ended: at a write error, which it returns.
            None => Err(self.join().err().unwrap_or_else(gone)),
        }
    }

    /// Waits for the thread, the stream finished or not.
    fn join(&mut self) -> std::io::Result<S::Inner> {
        let pipe = self.there.take().ok_or_else(gone)?;
        drop(pipe.full);
        pipe.thread
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the encrypting thread panicked")))
    }

    /// Writes what is left, finishes the stream (its last chunk) and
    /// returns the writer, not flushed.
    pub fn finish(mut self) -> std::io::Result<S::Inner> {
        if self.ended {
            return Err(self.join().err().unwrap_or_else(gone));
        }
        if let Some(mut stream) = self.here.take() {
            stream.write_all(&self.block[..self.n])?;
            return stream.finish_write();
        }
        let block = std::mem::replace(&mut self.block, Block::new(Vec::new()));
        let pipe = self.there.as_ref().ok_or_else(gone)?;
        // A failed send means the thread ended at an error: join says which.
        if pipe.full.send(PipeMsg::Data(block, self.n)).is_ok() {
            let _ = pipe.full.send(PipeMsg::End);
        }
        self.join()
    }
}

impl<S: FinishWrite> Drop for EncryptPipe<S> {
    /// Waits for the thread (it writes what it was given, then leaves the
    /// stream unfinished), so nothing writes to the file once the pipe is
    /// gone: a caller that drops a sink deletes its file next.
    fn drop(&mut self) {
        if self.there.is_some() {
            let _ = self.join();
        }
    }
}

fn gone() -> std::io::Error {
    std::io::Error::other("the encryption has ended")
}

impl<S: FinishWrite> Write for EncryptPipe<S> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.ended {
            // An earlier write failed (and returned why): a retry gets an
            // error too, never a stream with a hole in it.
            return Err(gone());
        }
        if self.made == 0 {
            if self.direct < PIPE_BLOCK {
                let stream = self.here.as_mut().ok_or_else(gone)?;
                let k = buf.len().min(PIPE_BLOCK - self.direct);
                return match stream.write(&buf[..k]) {
                    Ok(k) => {
                        self.direct += k;
                        Ok(k)
                    }
                    Err(e) => {
                        // Even an interruption: the stream may have taken
                        // part of the bytes, so a retry could leave a hole.
                        self.ended = true;
                        Err(e)
                    }
                };
            }
            self.block = Block::new(vec![0; PIPE_BLOCK]);
            self.made = 1;
        }
        let k = buf.len().min(PIPE_BLOCK - self.n);
        self.block[self.n..self.n + k].copy_from_slice(&buf[..k]);
        self.n += k;
        if self.n == PIPE_BLOCK
            && let Err(e) = self.hand_over()
        {
            self.ended = true;
            return Err(e);
        }
        Ok(k)
    }

    /// Nothing to do: the stream is written out by [`finish`](Self::finish).
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn coarse(e: age::DecryptError) -> EnvelopeError {
    match e {
        age::DecryptError::NoMatchingKeys => EnvelopeError::NoMatchingKey,
        age::DecryptError::UnknownFormat | age::DecryptError::InvalidHeader => {
            EnvelopeError::InvalidEnvelope
        }
        age::DecryptError::Io(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            EnvelopeError::InvalidEnvelope
        }
        _ => EnvelopeError::DecryptionFailed,
    }
}

/// Encrypts a whole plaintext in memory.
pub fn encrypt_vec(slots: Vec<Slot>, plaintext: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    let mut w = encrypt(Vec::new(), slots)?;
    w.write_all(plaintext)?;
    Ok(w.finish()?)
}

/// Decrypts a whole file in memory.
pub fn decrypt_vec(
    ciphertext: &[u8],
    identities: &[&AgeIdentity],
) -> Result<Vec<u8>, EnvelopeError> {
    let mut r = decrypt(ciphertext, identities)?;
    let mut out = Vec::new();
    r.read_to_end(&mut out)
        .map_err(|_| EnvelopeError::DecryptionFailed)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agehdr;
    use curve25519_dalek::montgomery::MontgomeryPoint;

    #[test]
    fn round_trip_and_wrong_key() {
        let a = AgeIdentity::generate();
        let b = AgeIdentity::generate();
        let ct = encrypt_vec(vec![Slot::Real(a.recipient()), Slot::Decoy], b"secret").unwrap();
        assert_eq!(decrypt_vec(&ct, &[&a]).unwrap(), b"secret");
        assert!(matches!(
            decrypt_vec(&ct, &[&b]),
            Err(EnvelopeError::NoMatchingKey)
        ));
        let mut bad = ct.clone();
        let n = bad.len();
        bad[n - 5] ^= 1;
        assert!(matches!(
            decrypt_vec(&bad, &[&a]),
            Err(EnvelopeError::DecryptionFailed)
        ));
        assert!(matches!(
            decrypt_vec(b"garbage", &[&a]),
            Err(EnvelopeError::InvalidEnvelope)
        ));
    }

    /// Random bytes, the way an attachment's are.
    fn noise(n: usize) -> Vec<u8> {
        let mut v = vec![0u8; n];
        rand::rngs::OsRng.fill_bytes(&mut v);
        v
    }

    /// Encrypts in the age crate's own stream, in pieces of odd sizes.
    fn age_file(key: &AgeIdentity, plain: &[u8]) -> Vec<u8> {
        let mut w = encrypt_to(Vec::new(), &[key.recipient()]).unwrap();
        for piece in plain.chunks(100_003) {
            w.write_all(piece).unwrap();
        }
        w.finish().unwrap()
    }

    /// Every size around age's chunks and the pipe's blocks comes out
    /// whole and in order: empty, one byte, a chunk and either side of it,
    /// a block and either side of it, several blocks and a bit.
    #[test]
    fn decrypt_into_writes_every_byte_in_order() {
        const CHUNK: usize = 64 * 1024;
        let key = AgeIdentity::generate();
        for n in [
            0,
            1,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            WRITE_PIECE - 1,
            WRITE_PIECE,
            WRITE_PIECE + 1,
            PIPE_BLOCK - 1,
            PIPE_BLOCK,
            PIPE_BLOCK + 1,
            3 * PIPE_BLOCK + 12_345,
        ] {
            let plain = noise(n);
            let ct = age_file(&key, &plain);
            let mut out = Pieces::default();
            assert_eq!(decrypt_into(&ct[..], &[&key], &mut out).unwrap(), n as u64);
            assert!(
                out.all == plain,
                "{n} bytes came out other than they went in"
            );
            assert!(
                out.largest <= WRITE_PIECE,
                "{n} bytes: a write of {} bytes",
                out.largest
            );
        }
    }

    /// A writer that keeps what it is given and the largest write.
    #[derive(Default)]
    struct Pieces {
        all: Vec<u8>,
        largest: usize,
    }

    impl Write for Pieces {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.largest = self.largest.max(buf.len());
            self.all.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// An [`EncryptPipe`] writes an age file of every size around age's
    /// chunks and its blocks (the thread starts past one block), whether
    /// written in odd pieces or at once, that decrypts to what went in.
    #[test]
    fn encrypt_pipe_writes_a_file_that_decrypts_to_every_byte_in_order() {
        const CHUNK: usize = 64 * 1024;
        let key = AgeIdentity::generate();
        for n in [
            0,
            1,
            CHUNK + 1,
            PIPE_BLOCK - 1,
            PIPE_BLOCK,
            PIPE_BLOCK + 1,
            2 * PIPE_BLOCK - 1,
            2 * PIPE_BLOCK,
            2 * PIPE_BLOCK + 1,
            5 * PIPE_BLOCK + 12_345,
        ] {
            let plain = noise(n);
            for piece in [100_003, n.max(1)] {
                let mut w = encrypt_to_piped(Vec::new(), &[key.recipient()]).unwrap();
                for p in plain.chunks(piece) {
                    w.write_all(p).unwrap();
                }
                let ct = w.finish().unwrap();
                assert!(
                    decrypt_vec(&ct, &[&key]).unwrap() == plain,
                    "{n} bytes in pieces of {piece} came out other than they went in"
                );
            }
        }
    }

    /// Up to [`PIPE_BLOCK`] bytes, an [`EncryptPipe`] makes no block and
    /// starts no thread (a sync files thousands of small attachments);
    /// one byte more makes the first block, and a second block's worth
    /// starts the thread.
    #[test]
    fn encrypt_pipe_makes_no_block_for_a_small_stream() {
        let key = AgeIdentity::generate();
        let mut w = encrypt_to_piped(Vec::new(), &[key.recipient()]).unwrap();
        for piece in noise(PIPE_BLOCK).chunks(70_001) {
            w.write_all(piece).unwrap();
        }
        assert_eq!((w.made, w.block.capacity()), (0, 0), "a block for 1 MiB");
        assert!(w.there.is_none());
        w.write_all(b"x").unwrap();
        assert_eq!((w.made, w.n), (1, 1));
        assert!(w.there.is_none(), "a thread before a block was full");
        w.write_all(&noise(PIPE_BLOCK)).unwrap();
        assert!(w.there.is_some(), "no thread past a full block");
        let ct = w.finish().unwrap();
        assert_eq!(decrypt_vec(&ct, &[&key]).unwrap().len(), 2 * PIPE_BLOCK + 1);
    }

    /// A writer that fails once it has taken `left` bytes.
    struct FailsAfter {
        left: usize,
    }

    impl Write for FailsAfter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.left == 0 {
                return Err(std::io::Error::other("disk full"));
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A writer that fails (a full disk) fails the pipe, on this thread or
    /// on its own, before or at `finish`: never a success.
    #[test]
    fn encrypt_pipe_reports_a_failing_writer() {
        let key = AgeIdentity::generate();
        for (n, left) in [
            // Past the header (a few hundred bytes), inside the payload.
            (200_000, 5_000),
            (PIPE_BLOCK + 1, 5_000),
            (4 * PIPE_BLOCK, PIPE_BLOCK / 2),
            // Past the direct MiB: on this thread, then on the pipe's.
            (4 * PIPE_BLOCK, PIPE_BLOCK + PIPE_BLOCK / 2),
            (4 * PIPE_BLOCK, 2 * PIPE_BLOCK + 5_000),
            (4 * PIPE_BLOCK, 4 * PIPE_BLOCK),
        ] {
            let plain = noise(n);
            let mut w = encrypt_to_piped(FailsAfter { left }, &[key.recipient()]).unwrap();
            let r = w.write_all(&plain).and_then(|()| w.finish().map(|_| ()));
            assert!(r.is_err(), "{n} bytes into a writer that takes {left}");
        }
    }

    /// A write retried after the pipe failed (a caller that keeps going
    /// after an error) gets an error again, never a panic, and so does
    /// `finish`.
    #[test]
    fn encrypt_pipe_refuses_writes_after_it_failed() {
        let key = AgeIdentity::generate();
        // In the direct MiB, and on the thread (past 2 MiB).
        for left in [5_000, 2 * PIPE_BLOCK + 5_000] {
            let mut w = encrypt_to_piped(FailsAfter { left }, &[key.recipient()]).unwrap();
            let block = noise(PIPE_BLOCK);
            let mut failed = 0;
            for _ in 0..(PIPE_BLOCKS + 6) {
                if w.write_all(&block).is_err() {
                    failed += 1;
                }
            }
            assert!(
                failed >= 2,
                "{left}: the writes after the failure succeeded"
            );
            assert!(w.write(b"more").is_err(), "{left}");
            assert!(w.finish().is_err(), "{left}");
        }
    }

    /// A writer others can look into after the pipe has gone.
    #[derive(Clone, Default)]
    struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A pipe dropped without `finish` (a bundle refused half-way) has
    /// stopped writing when the drop returns, and leaves a file every
    /// reader refuses as cut short, not a shorter valid one.
    #[test]
    fn encrypt_pipe_dropped_unfinished_leaves_a_file_that_does_not_decrypt() {
        let key = AgeIdentity::generate();
        for n in [100, 3 * PIPE_BLOCK + 5] {
            let out = Shared::default();
            let mut w = encrypt_to_piped(out.clone(), &[key.recipient()]).unwrap();
            w.write_all(&noise(n)).unwrap();
            drop(w);
            let ct = out.0.lock().unwrap().clone();
            assert!(
                matches!(
                    decrypt_vec(&ct, &[&key]),
                    Err(EnvelopeError::DecryptionFailed | EnvelopeError::InvalidEnvelope)
                ),
                "{n} bytes, dropped unfinished, decrypted"
            );
            assert_eq!(*out.0.lock().unwrap(), ct, "written to after the drop");
        }
    }

    /// An altered byte in any block, a file cut at a chunk's end or inside
    /// one, a dropped chunk: each is refused as corrupt, never passed off
    /// as a shorter file.
    #[test]
    fn decrypt_into_refuses_altered_and_truncated_files() {
        const ENC_CHUNK: usize = 64 * 1024 + 16;
        let key = AgeIdentity::generate();
        let plain = noise(2 * PIPE_BLOCK + 777);
        let ct = age_file(&key, &plain);
        let payload = ct.len() - (plain.len() + plain.len().div_ceil(64 * 1024) * 16);
        let refused = |bad: &[u8], what: &str| {
            let mut out = Vec::new();
            let r = decrypt_into(bad, &[&key], &mut out);
            assert!(
                matches!(r, Err(EnvelopeError::DecryptionFailed)),
                "{what}: {r:?}"
            );
            assert!(out.len() < plain.len(), "{what}: wrote it all");
        };
        for at in [
            payload + 10,
            payload + WRITE_PIECE + 5,
            payload + PIPE_BLOCK + 5,
            ct.len() - 1,
        ] {
            let mut bad = ct.clone();
            bad[at] ^= 0x40;
            refused(&bad, &format!("byte {at} altered"));
        }
        refused(&ct[..payload + 20 * ENC_CHUNK], "cut at a chunk's end");
        refused(&ct[..ct.len() - 100], "cut inside the last chunk");
        let mut dropped = ct[..payload + ENC_CHUNK].to_vec();
        dropped.extend_from_slice(&ct[payload + 2 * ENC_CHUNK..]);
        refused(&dropped, "a chunk dropped");
        let other = AgeIdentity::generate();
        assert!(matches!(
            decrypt_into(&ct[..], &[&other], &mut Vec::new()),
            Err(EnvelopeError::NoMatchingKey)
        ));
    }

    /// A writer that fails part-way: the error is the writer's, and the
    /// call returns (the decrypting thread does not wait for it forever).
    #[test]
    fn decrypt_into_stops_at_a_failing_writer() {
        struct Full(usize);
        impl Write for Full {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                if self.0 < buf.len() {
                    return Err(std::io::Error::other("no space left"));
                }
                self.0 -= buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let key = AgeIdentity::generate();
        let ct = age_file(&key, &noise(8 * PIPE_BLOCK));
        let r = decrypt_into(&ct[..], &[&key], &mut Full(PIPE_BLOCK));
        assert!(matches!(r, Err(EnvelopeError::Io(_))), "{r:?}");
    }

    /// A decoy stanza cannot be told from a real one by its form: same tag,
    /// one argument of 43 base64 characters decoding to a point on the curve
    /// (not its twist), a 32-byte body.
    #[test]
    fn decoys_have_the_form_of_real_stanzas() {
        let real = AgeIdentity::generate().recipient();
        let ct = encrypt_vec(
            vec![Slot::Real(real), Slot::Decoy, Slot::Decoy, Slot::Decoy],
            b"x",
        )
        .unwrap();
        let h = agehdr::parse(&ct).unwrap();
        let x: Vec<_> = h.stanzas.iter().filter(|s| s.tag == "X25519").collect();
        assert_eq!(x.len(), 4);
        for s in x {
            assert_eq!(s.args.len(), 1);
            assert_eq!(s.args[0].len(), 43);
            assert_eq!(s.body.len(), 32);
            let share: [u8; 32] = STANDARD_NO_PAD
                .decode(&s.args[0])
                .unwrap()
                .try_into()
                .unwrap();
            assert!(
                MontgomeryPoint(share).to_edwards(0).is_some(),
                "share is on the curve, as a real ephemeral share is"
            );
        }
        assert!(h.stanzas.last().unwrap().tag.ends_with("-grease"));
    }
}
