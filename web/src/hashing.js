// Streaming SHA-256 for the send path (issue 17 item 4). The page hashes
// every attachment (the bundle's trailer) and every ciphertext byte (the
// receipt check), about 0.7 s per 100 MiB each in pure JavaScript: run on
// the page's thread, that time adds to encryption's. A worker hasher runs
// @noble/hashes' SHA-256 in a Web Worker instead, so hashing overlaps
// encryption and upload on another core. No WebAssembly: Tor Browser's
// "Safer" level turns it off.
//
// Both kinds have one interface: `update(bytes)` returns nothing or, when
// the worker is more than LIMIT bytes behind, a promise to await (so memory
// stays bounded); `digest()` resolves to the 32-byte digest and starts a
// fresh hash; `close()` ends the worker.

import { sha256 } from "@noble/hashes/sha2.js";

/** Bytes posted to a worker and not yet hashed before `update` waits. */
export const LIMIT = 16 * 1024 * 1024;

/** SHA-256 on the calling thread. */
export function localHasher() {
  let h = sha256.create();
  return {
    update(bytes) {
      h.update(bytes);
    },
    async digest() {
      const d = h.digest();
      h = sha256.create();
      return d;
    },
    close() {},
  };
}

/**
 * SHA-256 in `worker`, a Worker running worker.js (its `sha256` and
 * `sha256Digest` jobs). `update` copies what it is given (the caller may
 * keep using it) unless `owned` says the caller hands the buffer over.
 */
export function workerHasher(worker) {
  let behind = 0;
  let failed = null;
  let waiting = [];
  let digestWaiter = null;
  const wake = () => {
    const ready = waiting.filter((w) => failed || behind <= LIMIT);
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
  };
  worker.onmessage = (ev) => {
    const d = ev.data;
    if (d.hashed !== undefined) {
      behind -= d.hashed;
      wake();
    } else if (d.digest !== undefined) {
      const w = digestWaiter;
      digestWaiter = null;
      if (w) w.resolve(new Uint8Array(d.digest));
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
      worker.postMessage({ sha256: msg }, [msg.buffer]);
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
    close() {
      worker.terminate();
      fail(new Error("the hashing worker was closed"));
    },
  };
}

/** The worker job for `workerHasher`: returns true when `job` was one. */
export function hashJob(job, state, post) {
  if (job.sha256 !== undefined) {
    if (!state.hash) state.hash = sha256.create();
    state.hash.update(job.sha256);
    post({ hashed: job.sha256.length });
    return true;
  }
  if (job.sha256Digest !== undefined) {
    const d = (state.hash || sha256.create()).digest();
    state.hash = null;
    post({ digest: d }, [d.buffer]);
    return true;
  }
  return false;
}
