// Streaming SHA-256 for the send path (issue 17 item 4). The page hashes
// every attachment (the bundle's trailer) and every ciphertext byte (the
// receipt check): two passes over different bytes (the plaintext
// attachments, the ciphertext), each sequential, about 0.4 s per 100 MiB
// each in pure JavaScript (sha256.js, written-out rounds; @noble/hashes'
// took 0.6 s). Run on the page's thread, that time adds to encryption's. A
// worker hasher runs it in a Web Worker instead, so hashing overlaps
// encryption and upload on another core. No WebAssembly: Tor Browser's
// "Safer" level turns it off.
//
// Both kinds have one interface: `update(bytes, owned)` returns nothing
// or, when the worker is more than LIMIT bytes behind, a promise to await
// (so memory stays bounded); `digest()` resolves to the 32-byte digest and
// starts a fresh hash; `take(size)` gives a buffer to fill and hand over
// (the worker sends handed-over buffers back, so the send reuses a few
// buffers rather than leaving 100 MiB of garbage behind it); `file(blob)`
// resolves to the SHA-256 of a whole Blob, which the worker reads itself;
// `close()` ends the worker. With more than two cores the send hashes the
// attachments and the ciphertext in one worker (app.js's `sendWorkers`): a
// worker costs the tab about 7 MiB. With two, on the page's thread
// (`localHasher`), the attachments from the plaintext the sealing worker
// hands back (seal.js), so the page never reads the files itself.

import { createSha256 } from "./sha256.js";
import { readInto } from "./streams.js";

/**
 * Bytes posted to a worker and not yet hashed before `update` waits: two
 * 512 KiB segments, enough to keep the worker busy, and no more of the
 * tab's memory.
 */
export const LIMIT = 1024 * 1024;
/** Buffers kept for reuse. */
const SPARES = 8;

/** Bytes of a Blob read at a time by `file`, into one reused buffer. */
const READ = 256 * 1024;

async function blobDigest(blob) {
  const h = createSha256();
  let buf = new Uint8Array(Math.min(READ, blob.size));
  for (let at = 0; at < blob.size; at += READ) {
    const n = Math.min(READ, blob.size - at);
    const got = await readInto(blob.slice(at, at + n), buf.subarray(0, n));
    h.update(got);
    buf = new Uint8Array(got.buffer);
  }
  return h.digest();
}

/**
 * SHA-256 on the calling thread. Buffers handed over whole (`owned`) are
 * kept for `take`, as the worker's come back.
 */
export function localHasher() {
  let h = createSha256();
  const spares = [];
  return {
    update(bytes, owned = false) {
      h.update(bytes);
      if (owned && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && spares.length < SPARES) spares.push(bytes.buffer);
    },
    async digest() {
      const d = h.digest();
      h = createSha256();
      return d;
    },
    take(size) {
      const i = spares.findIndex((b) => b.byteLength === size);
      return i < 0 ? new Uint8Array(size) : new Uint8Array(spares.splice(i, 1)[0]);
    },
    file: blobDigest,
    close() {},
  };
}

/**
 * SHA-256 in `worker`, a Worker running worker.js (its `sha256…` jobs).
 * `update` copies what it is given (the caller may keep using it) unless
 * `owned` says the caller hands the whole buffer over.
 */
export function workerHasher(worker) {
  let behind = 0;
  let failed = null;
  let waiting = [];
  let digestWaiter = null;
  let spares = [];
  const files = new Map();
  let nextFile = 0;
  const wake = () => {
    const ready = waiting.filter(() => failed || behind <= LIMIT);
    waiting = waiting.filter((w) => !ready.includes(w));
    for (const w of ready) {
      if (failed) w.reject(failed);
      else w.resolve();
    }
  };
  const fail = (e) => {
    failed = failed || e;
    wake();
    if (digestWaiter) digestWaiter.reject(failed);
    digestWaiter = null;
    for (const f of files.values()) f.reject(failed);
    files.clear();
  };
  worker.onmessage = (ev) => {
    const d = ev.data;
    if (d.hashed !== undefined) {
      behind -= d.hashed;
      if (d.back && spares.length < SPARES) spares.push(d.back);
      wake();
    } else if (d.digest !== undefined) {
      const w = digestWaiter;
      digestWaiter = null;
      if (w) w.resolve(new Uint8Array(d.digest));
    } else if (d.fileDigest !== undefined) {
      const f = files.get(d.id);
      files.delete(d.id);
      if (f) f.resolve(new Uint8Array(d.fileDigest));
    } else if (d.error !== undefined) {
      fail(new Error(d.error));
    }
  };
  worker.onerror = (e) => fail(new Error((e && e.message) || "the hashing worker failed"));
  return {
    update(bytes, owned = false) {
      if (failed) throw failed;
      const whole = owned && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const msg = whole ? bytes : bytes.slice();
      behind += msg.length;
      worker.postMessage({ sha256: msg, back: whole }, [msg.buffer]);
      if (behind <= LIMIT) return undefined;
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
    },
    digest() {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        digestWaiter = { resolve, reject };
        worker.postMessage({ sha256Digest: true });
      });
    },
    take(size) {
      const i = spares.findIndex((b) => b.byteLength === size);
      return i < 0 ? new Uint8Array(size) : new Uint8Array(spares.splice(i, 1)[0]);
    },
    file(blob) {
      if (failed) return Promise.reject(failed);
      const id = nextFile++;
      return new Promise((resolve, reject) => {
        files.set(id, { resolve, reject });
        worker.postMessage({ sha256File: blob, id });
      });
    },
    close() {
      worker.terminate();
      fail(new Error("the hashing worker was closed"));
    },
  };
}

/**
 * The worker's side of `workerHasher`: runs `job` if it is one of its
 * jobs and returns true (a promise for a whole file), else false.
 */
export function hashJob(job, state, post) {
  if (job.sha256 !== undefined) {
    if (!state.hash) state.hash = createSha256();
    state.hash.update(job.sha256);
    if (job.back) post({ hashed: job.sha256.length, back: job.sha256.buffer }, [job.sha256.buffer]);
    else post({ hashed: job.sha256.length });
    return true;
  }
  if (job.sha256Digest !== undefined) {
    const d = (state.hash || createSha256()).digest();
    state.hash = null;
    post({ digest: d }, [d.buffer]);
    return true;
  }
  if (job.sha256File !== undefined) {
    return blobDigest(job.sha256File).then((d) => post({ fileDigest: d, id: job.id }, [d.buffer]));
  }
  return false;
}
