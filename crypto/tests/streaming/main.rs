//! A 2 GiB attachment passes through bundle encoding, age encryption,
//! decryption and bundle decoding in constant memory.
//!
//! No 2 GiB file is involved: a generated reader feeds the encoder, a
//! bounded channel carries the ciphertext to the decoder on another thread,
//! and a counting sink receives the attachment. The process's allocator
//! (`cap` with stats) records the peak of live heap bytes, which must stay
//! far below the data size. It is a test binary of its own: in a binary
//! shared with other tests, their allocations running alongside counted
//! towards the peak, and the test failed on a loaded machine.

use std::io::{self, Read, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use dropbox_crypto::bundle::{
    AttachmentMeta, BundleReader, BundleWriter, DeleteToken, Header, Kind,
};
use dropbox_crypto::envelope::{self, Slot};
use dropbox_crypto::keys::AgeIdentity;

/// Counts live heap bytes for the constant-memory test.
#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

const SIZE: u64 = 2 << 30;
/// Live heap allowed at any point, for the whole test process.
const PEAK_LIMIT: usize = 48 << 20;

/// Yields `left` bytes of a repeating pattern without holding them.
struct Generated {
    left: u64,
    offset: usize,
    pattern: Vec<u8>,
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let mut done = 0;
        while done < n {
            let start = self.offset % self.pattern.len();
            let take = (self.pattern.len() - start).min(n - done);
            buf[done..done + take].copy_from_slice(&self.pattern[start..start + take]);
            done += take;
            self.offset += take;
        }
        self.left -= n as u64;
        Ok(n)
    }
}

struct ChannelWriter(SyncSender<Vec<u8>>);

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .send(buf.to_vec())
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "reader gone"))?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct ChannelReader {
    rx: Receiver<Vec<u8>>,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        // An empty chunk (the writer was given an empty slice, which the
        // age header's writer does for some stanza shapes) is not the end:
        // returning 0 for it would read as EOF mid-header.
        while self.pos == self.buf.len() {
            match self.rx.recv() {
                Ok(b) => {
                    self.buf = b;
                    self.pos = 0;
                }
                Err(_) => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Counts what it is given and keeps nothing.
#[derive(Default)]
struct CountingSink(u64);

impl Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn two_gib_attachment_streams_in_constant_memory() {
    let id = AgeIdentity::generate();
    let mut header = Header::new(
        Kind::Report,
        "2026-11-24".parse().unwrap(),
        1,
        vec!["alice".parse().unwrap()],
    );
    header.delete_token = DeleteToken::generate();
    header.attachments = vec![AttachmentMeta::new(
        "disk.img",
        "application/octet-stream",
        SIZE,
    )];

    let (tx, rx) = sync_channel::<Vec<u8>>(8);
    let recipient = id.recipient();
    let producer = std::thread::spawn(move || {
        let age =
            envelope::encrypt(ChannelWriter(tx), vec![Slot::Real(recipient), Slot::Decoy]).unwrap();
        let mut w = BundleWriter::new(age, header).unwrap();
        let pattern: Vec<u8> = (0..=250u8).collect();
        w.write_attachment(Generated {
            left: SIZE,
            offset: 0,
            pattern,
        })
        .unwrap();
        w.finish().unwrap().finish().unwrap();
    });

    let plain = envelope::decrypt(
        ChannelReader {
            rx,
            buf: Vec::new(),
            pos: 0,
        },
        &[&id],
    )
    .unwrap();
    let mut reader = BundleReader::new(plain).unwrap();
    let mut sink = CountingSink::default();
    reader.copy_attachment(&mut sink).unwrap();
    let header = reader
        .finish()
        .expect("trailer digest matches the generated data");
    producer.join().unwrap();

    assert_eq!(sink.0, SIZE);
    assert_eq!(header.attachments[0].size, SIZE);
    let peak = ALLOCATOR.max_allocated();
    assert!(
        peak < PEAK_LIMIT,
        "peak live heap {} MiB for a {} MiB attachment",
        peak >> 20,
        SIZE >> 20
    );
}
