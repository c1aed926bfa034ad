// Age encryption of a bundle in parallel (issue 17 item 4). The age payload
// is STREAM (age spec, "Payload"): ChaCha20-Poly1305 over 64 KiB chunks,
// each with its own nonce (an 11-byte big-endian counter and a last-chunk
// flag) under one payload key, so chunks are independent once the key and
// the counter are known. The send cuts the bundle into segments of 8
// chunks (512 KiB: every segment in flight is the tab's memory); Web Workers read their segment's bytes straight from the
// attachment's File, seal it and hand the ciphertext back, and the page
// only puts the segments in order. The header and the payload key come
// from the age-encryption package's own Encrypter (a recipient that adds
// no stanza sees the file key), so the output is what that package would
// have written for the same file key and nonce: the same format, byte for
// byte. Pure JavaScript (@noble/ciphers), no WebAssembly: Tor Browser's
// "Safer" level turns it off.
//
// A bundle is described by a plan: its length and pieces in order, each
// `{bytes}`, `{blob}` (a whole File or Blob), `{zeros: n}` or `{later,
// length}` (a function giving a promise of the bytes, the trailer, whose
// digests come from a hashing worker, or from the plaintext the sealers
// hand back: `bundlePlan`'s `digests` null). A sealer runs jobs: `run(job)`
// resolves to the sealed segment (with `back`, to `{out, plain}`: the
// plaintext buffer is handed back too); `key(k)` gives it the payload key and
// `forget()` zeroes it; `close()` ends it. `workerSealer` runs
// them in Web Workers (worker.js calls `sealJob`), `localSealer` on the
// calling thread.

import { chacha20poly1305 } from "@noble/ciphers/chacha.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { MAGIC, bundleLen, trailerLen } from "./bundle.js";
import { canonicalBytes } from "./jcs.js";
import { concat, toHex, utf8 } from "./util.js";
import { readInto } from "./streams.js";
import { createSha256 } from "./sha256.js";

/** STREAM's plaintext chunk. */
export const CHUNK = 64 * 1024;
const TAG = 16;
/** Plaintext bytes per job: 8 chunks. */
export const SEGMENT = 8 * CHUNK;

/** The STREAM ciphertext length of `n` plaintext bytes. */
export function sealedLength(n) {
  return n + TAG * Math.max(1, Math.ceil(n / CHUNK));
}

/**
 * Seals `plain` as STREAM chunks numbered from `counter`; `final` flags the
 * last chunk as the payload's last. Every segment but the last holds whole
 * chunks. Writes into `out` when it has exactly the sealed length.
 */
export function sealSegment(key, counter, final, plain, out) {
  const chunks = Math.max(1, Math.ceil(plain.length / CHUNK));
  if (!final && plain.length !== chunks * CHUNK) throw new Error("only the last segment may end in a partial chunk");
  const size = plain.length + TAG * chunks;
  const dst = out && out.length === size ? out : new Uint8Array(size);
  const nonce = new Uint8Array(12);
  for (let i = 0; i < chunks; i++) {
    let v = counter + i;
    for (let b = 10; b >= 0; b--) {
      nonce[b] = v % 256;
      v = Math.floor(v / 256);
    }
    nonce[11] = final && i === chunks - 1 ? 1 : 0;
    const p = plain.subarray(i * CHUNK, Math.min(plain.length, (i + 1) * CHUNK));
    const at = i * (CHUNK + TAG);
    chacha20poly1305(key, nonce).encrypt(p, dst.subarray(at, at + p.length + TAG));
  }
  return dst;
}

/**
 * The plan of a bundle (PROTOCOL §6, as bundle.js's `encodeChunks` writes
 * it): the magic, the header's length and `headerJson` (encodeHeader's
 * bytes for `header`), each attachment's Blob, the trailer with
 * `digests[i]` (hex or bytes, or a promise of either), the padding. With
 * `digests` null, `sealPlan` hashes each attachment from the plaintext its
 * sealers hand back (no second read of the files, and no hashing worker).
 */
export function bundlePlan(header, headerJson, blobs, digests) {
  let fromPlain = null;
  if (digests === null) {
    fromPlain = blobs.map(() => {
      const d = {};
      d.promise = new Promise((resolve, reject) => Object.assign(d, { resolve, reject }));
      d.promise.catch(() => {}); // awaited by the trailer
      return d;
    });
    digests = fromPlain.map((d) => d.promise);
  }
  if (blobs.length !== header.attachments.length || digests.length !== blobs.length) throw new Error("one Blob and one digest per attachment");
  blobs.forEach((b, i) => {
    if (b.size !== header.attachments[i].size) throw new Error(`attachment ${i} is not of its declared size`);
  });
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, headerJson.length);
  const head = concat(MAGIC, len, headerJson);
  const tLen = trailerLen(blobs.length);
  let trailer = null;
  const later = () => {
    trailer ||= Promise.all(digests).then((ds) => {
      const t = canonicalBytes({ sha256: ds.map((d) => (typeof d === "string" ? d : toHex(d))) });
      if (t.length !== tLen) throw new Error("the trailer is not of its expected length");
      return t;
    });
    return trailer;
  };
  const length = bundleLen(headerJson.length, header);
  const written = head.length + blobs.reduce((a, b) => a + b.size, 0) + tLen;
  return {
    length,
    pieces: [{ bytes: head }, ...blobs.map((blob) => ({ blob })), { later, length: tLen }, { zeros: length - written }],
    fromPlain,
  };
}

const pieceLen = (p) => (p.bytes ? p.bytes.length : p.blob ? p.blob.size : p.later ? p.length : p.zeros);

/**
 * The parts of `plan` from byte `start` to `end`, for a job: `{bytes}`
 * (copied: small), `{blob, start, end}` or `{zeros}`; waits for a `later`
 * piece only when the range reaches it.
 */
export async function partsOf(plan, start, end) {
  const parts = [];
  let at = 0;
  for (const p of plan.pieces) {
    const n = pieceLen(p);
    const a = Math.max(start, at);
    const b = Math.min(end, at + n);
    if (a < b) {
      if (p.blob) parts.push({ blob: p.blob, start: a - at, end: b - at });
      else if (p.zeros !== undefined) parts.push({ zeros: b - a });
      else {
        const bytes = p.bytes || (await p.later());
        parts.push({ bytes: bytes.slice(a - at, b - at) });
      }
    }
    at += n;
    if (at >= end) break;
  }
  return parts;
}

/**
 * Plaintext buffers a sealer keeps for its next jobs: about the jobs each
 * worker has at once (`sealPlan`'s `ahead` over the workers), since every
 * buffer kept is 1 MiB of the tab's memory.
 */
const FREE = 2;

/**
 * A job's plaintext, in `held.plain` (taken from the sealer's free buffers
 * and given back after the job, so a long send leaves no buffer per
 * segment behind for the collector; jobs run interleaved, each with its
 * own buffer).
 */
async function assemble(parts, held) {
  const size = parts.reduce((a, p) => a + (p.bytes ? p.bytes.length : p.blob ? p.end - p.start : p.zeros), 0);
  if (!held.plain || held.plain.buffer.byteLength < size) held.plain = new Uint8Array(Math.max(size, SEGMENT));
  let buf = new Uint8Array(held.plain.buffer, 0, size);
  let at = 0;
  for (const p of parts) {
    if (p.bytes) {
      buf.set(p.bytes, at);
      at += p.bytes.length;
    } else if (p.blob) {
      const got = await readInto(p.blob.slice(p.start, p.end), buf.subarray(at, at + p.end - p.start));
      // The read may have moved the buffer.
      buf = new Uint8Array(got.buffer, 0, size);
      at += p.end - p.start;
    } else {
      buf.fill(0, at, at + p.zeros);
      at += p.zeros;
    }
  }
  held.plain = new Uint8Array(buf.buffer);
  return buf;
}

/**
 * Runs a sealer job if `job` is one (returns true, or a promise while it
 * runs), else returns false. `state` keeps the payload key between jobs;
 * `post(message, transfer)` answers.
 */
export function sealJob(job, state, post) {
  if (job.sealKey !== undefined) {
    if (state.key) state.key.fill(0);
    state.key = job.sealKey;
    return true;
  }
  if (job.sealForget !== undefined) {
    if (state.key) state.key.fill(0);
    state.key = null;
    for (const b of state.free || []) b.fill(0);
    return true;
  }
  if (job.seal === undefined) return false;
  const { id, counter, final, parts, out, back } = job.seal; // `read`: see below
  return (async () => {
    try {
      if (!state.key) throw new Error("no payload key");
      state.free ||= [];
      // With `back` the plaintext goes back with the ciphertext, and comes
      // again (`plain`) with a later job: the page hashes it, and no copy
      // or garbage is left in this worker.
      const held = { plain: job.seal.plain ? new Uint8Array(job.seal.plain) : state.free.pop() };
      const plain = await assemble(parts, held);
      if (job.seal.read) {
        // Only the plaintext, for the page to hash (sealPlan).
        post({ sealed: id, plain: held.plain.buffer, length: plain.length }, [held.plain.buffer]);
        return;
      }
      if (!state.key) throw new Error("no payload key");
      const sealed = sealSegment(state.key, counter, final, plain, out ? new Uint8Array(out) : undefined);
      if (back) {
        post({ sealed: id, out: sealed.buffer, plain: held.plain.buffer, length: plain.length }, [sealed.buffer, held.plain.buffer]);
        return;
      }
      if (state.free.length < FREE) state.free.push(held.plain);
      post({ sealed: id, out: sealed.buffer }, [sealed.buffer]);
    } catch (e) {
      post({ sealError: String((e && e.message) || e), id });
    }
  })();
}

/** A sealer's answer: the sealed segment, or `{out, plain}` when the job said `back`. */
function sealedOf(m) {
  const out = m.out ? new Uint8Array(m.out) : null;
  return m.plain ? { out, plain: new Uint8Array(m.plain, 0, m.length) } : out;
}

/** A sealer on the calling thread (no workers, and the tests). */
export function localSealer() {
  const state = { key: null };
  let closed = false;
  return {
    workers: 1,
    key(k) {
      sealJob({ sealKey: Uint8Array.from(k) }, state, () => {});
    },
    forget() {
      sealJob({ sealForget: true }, state, () => {});
    },
    run(job) {
      if (closed) return Promise.reject(new Error("the sealer was closed"));
      return new Promise((resolve, reject) => {
        sealJob({ seal: job }, state, (m) => (m.sealError !== undefined ? reject(new Error(m.sealError)) : resolve(sealedOf(m))));
      });
    },
    close() {
      closed = true;
      sealJob({ sealForget: true }, state, () => {});
    },
  };
}

/**
 * A sealer over `workers` (Workers running worker.js), each given the next
 * job in turn. A failed worker fails every job waiting on it.
 */
export function workerSealer(workers) {
  const waiting = new Map();
  let nextId = 0;
  let turn = 0;
  let failed = null;
  const fail = (e) => {
    failed = failed || e;
    for (const w of waiting.values()) w.reject(failed);
    waiting.clear();
  };
  for (const w of workers) {
    w.onmessage = (ev) => {
      const d = ev.data;
      const job = waiting.get(d.sealed !== undefined ? d.sealed : d.id);
      if (!job) return;
      waiting.delete(d.sealed !== undefined ? d.sealed : d.id);
      if (d.sealError !== undefined) job.reject(new Error(d.sealError));
      else job.resolve(sealedOf(d));
    };
    w.onerror = (e) => fail(new Error((e && e.message) || "an encryption worker failed"));
  }
  return {
    workers: workers.length,
    key(k) {
      for (const w of workers) w.postMessage({ sealKey: Uint8Array.from(k) });
    },
    forget() {
      for (const w of workers) w.postMessage({ sealForget: true });
    },
    run(job) {
      if (failed) return Promise.reject(failed);
      const id = nextId++;
      const w = workers[turn++ % workers.length];
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const transfer = [job.out, job.plain].filter(Boolean);
        w.postMessage({ seal: { ...job, id } }, transfer);
      });
    },
    close() {
      for (const w of workers) {
        w.postMessage({ sealForget: true });
        w.terminate();
      }
      fail(new Error("the sealer was closed"));
    },
  };
}

/**
 * The attachments' SHA-256 from the plan's plaintext, given in order
 * (`update(offset, bytes)`: the bundle's bytes from `offset`); resolves
 * `plan.fromPlain[i]` once attachment i's last byte is hashed.
 */
function plainHashing(plan) {
  const ranges = [];
  let at = 0;
  let i = 0;
  for (const p of plan.pieces) {
    const n = pieceLen(p);
    if (p.blob) ranges.push({ start: at, end: at + n, hash: createSha256(), done: plan.fromPlain[i++] });
    at += n;
  }
  const finish = (r) => {
    r.done.resolve(r.hash.digest());
    r.hash = null;
  };
  for (const r of ranges) if (r.start === r.end) finish(r);
  return {
    /** Where the last attachment ends. */
    end: ranges.length ? ranges[ranges.length - 1].end : 0,
    update(offset, bytes) {
      const end = offset + bytes.length;
      for (const r of ranges) {
        if (!r.hash || r.end <= offset || r.start >= end) continue;
        r.hash.update(bytes.subarray(Math.max(r.start, offset) - offset, Math.min(r.end, end) - offset));
        if (r.end <= end) finish(r);
      }
    },
    stop(e) {
      for (const r of ranges) if (r.hash) r.done.reject(e);
    },
  };
}

/**
 * Encrypts `plan` with `encrypter` (an age Encrypter with its recipients,
 * envelope.js's `encrypterFor`) through `sealer`. Returns `{length,
 * chunks}`: the ciphertext's length and an async iterator of its bytes in
 * order (the age header and nonce, then one sealed segment at a time;
 * each a whole buffer the consumer may keep). `take(size)` gives output
 * buffers to reuse (hashing.js's `take`); `ahead` jobs run at once (by
 * default one more than the workers, so a worker seldom waits for its next
 * job; each holds 2 MiB of the tab's memory, its plaintext and its
 * ciphertext, until the upload takes its segment). When the plan's
 * digests come from the plaintext (`bundlePlan` with `digests` null), each
 * job hands its plaintext back, the attachments' bytes in it are hashed
 * here in order as the segments are taken, and the buffer goes out again
 * with a later job. The payload key is forgotten when the iterator ends,
 * however it ends.
 */
export async function sealPlan({ encrypter, plan, sealer, take = (n) => new Uint8Array(n), ahead = sealer.workers + 1 }) {
  let fileKey = null;
  // Adds no stanza; sees the file key the Encrypter draws.
  encrypter.addRecipient({
    wrapFileKey(k) {
      fileKey = Uint8Array.from(k);
      return [];
    },
  });
  // The header and nonce of an empty file, then its one empty last chunk
  // (16 bytes), which is dropped: the payload is sealed below.
  const empty = await encrypter.encrypt(new ReadableStream({ start: (c) => c.close() }));
  const prefixParts = [];
  for await (const c of empty) prefixParts.push(c);
  const whole = concat(...prefixParts);
  const prefix = whole.slice(0, whole.length - TAG);
  whole.fill(0);
  const nonce = prefix.subarray(prefix.length - 16);
  const key = hkdf(sha256, fileKey, nonce, utf8("payload"), 32);
  fileKey.fill(0);
  sealer.key(key);
  key.fill(0);

  const total = plan.length;
  const segments = Math.max(1, Math.ceil(total / SEGMENT));
  const hashing = plan.fromPlain ? plainHashing(plan) : null;
  const plains = []; // plaintext buffers back from the sealers, for the next jobs
  // The plaintext handed back is hashed job by job in the plan's order, as
  // each job ends (not when the upload takes it: the trailer waits on it).
  let hashed = Promise.resolve();
  const hashBack = (a, p) => {
    hashed = hashed
      .then(() => p)
      .then((got) => {
        hashing.update(a, got.plain);
        got.plain.fill(0);
        plains.push(got.plain.buffer);
      });
    hashed.catch(() => {}); // the job's own failure is awaited in order below
    return hashed;
  };
  async function* chunks() {
    const queue = [];
    let next = 0;
    const start = () => {
      const k = next++;
      const a = k * SEGMENT;
      const b = Math.min(total, a + SEGMENT);
      const final = k === segments - 1;
      let before = Promise.resolve();
      if (hashing && a < hashing.end && b > hashing.end) {
        // The segment holds the attachments' last bytes and the trailer
        // with their digests: those bytes are read (not sealed) first.
        const t = hashing.end;
        before = hashBack(
          a,
          partsOf(plan, a, t).then((parts) => sealer.run({ read: true, back: true, parts, plain: plains.pop() })),
        );
      }
      const p = before
        .then(() => partsOf(plan, a, b))
        .then((parts) => {
          const out = take(sealedLength(b - a));
          const job = { counter: k * (SEGMENT / CHUNK), final, parts, out: out.buffer };
          if (hashing) Object.assign(job, { back: true, plain: plains.pop() });
          return sealer.run(job);
        });
      p.catch(() => {}); // awaited in order below
      if (hashing) hashBack(a, p);
      queue.push(p);
    };
    try {
      yield prefix;
      while (queue.length || next < segments) {
        while (next < segments && queue.length < ahead) start();
        const got = await queue.shift();
        yield hashing ? got.out : got;
      }
    } finally {
      if (hashing) hashing.stop(new Error("the encryption ended before the attachments were hashed"));
      for (const b of plains) new Uint8Array(b).fill(0);
      sealer.forget();
    }
  }
  return { length: prefix.length + sealedLength(total), chunks: chunks() };
}
