// The send's parallel age encryption (seal.js): byte for byte what the
// age-encryption package's own STREAM writes under the same key, for
// plaintexts around the chunk and segment boundaries, empty and one byte;
// segments finishing out of order still come out in order; a bundle plan
// gives bundle.js's bytes and the whole file decrypts with the package's
// Decrypter; the worker protocol (stand-in workers that clone and transfer
// as a browser does, run worker.js's job code) with reused output buffers;
// a failed job failing the send; a cancelled send starting no more jobs
// and forgetting the key; the Go `age` CLI decrypting what the page sends
// (CI installs it; the test fails rather than skips without it).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { Decrypter, Encrypter, generateIdentity, identityToRecipient } from "age-encryption";
import { CHUNK, SEGMENT, bundlePlan, localSealer, sealJob, sealPlan, sealedLength, workerSealer } from "../src/seal.js";
import { decodeSlice, encodeHeader, encodeToBytes, newDeleteToken } from "../src/bundle.js";
import { encrypterFor } from "../src/envelope.js";
import { concat, toHex, utf8 } from "../src/util.js";

// The package's own STREAM, which its exports do not name.
const here = dirname(fileURLToPath(import.meta.url));
const { encryptSTREAM } = await import(pathToFileURL(join(here, "..", "node_modules", "age-encryption", "dist", "stream.js")).href);

const bytes = (n, seed) => Uint8Array.from({ length: n }, (_, i) => (i * seed + 7) & 255);

async function drain(iter) {
  const out = [];
  for await (const c of iter) out.push(Uint8Array.from(c));
  return concat(...out);
}

/** An Encrypter to one fresh identity that tells `seen` the file key. */
async function encrypterSeeing(seen) {
  const identity = await generateIdentity();
  const e = new Encrypter();
  e.addRecipient(await identityToRecipient(identity));
  e.addRecipient({
    wrapFileKey(k) {
      seen.key = Uint8Array.from(k);
      return [];
    },
  });
  return { e, identity };
}

/** The package's ciphertext of `plain` for the header and nonce at the start of `file`. */
async function reference(file, plain, fileKey, headerLen) {
  const nonce = file.subarray(headerLen, headerLen + 16);
  const key = hkdf(sha256, fileKey, nonce, utf8("payload"), 32);
  const ct = await drain(new Blob([plain]).stream().pipeThrough(encryptSTREAM(key)));
  return concat(file.subarray(0, headerLen + 16), ct);
}

/** A plan of `plain` in pieces of every kind, cut at awkward places. */
function planOf(plain) {
  const n = plain.length;
  const cuts = [0, Math.min(n, 5), Math.min(n, CHUNK + 3), Math.min(n, SEGMENT + 1), n];
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const part = plain.subarray(cuts[i], cuts[i + 1]);
    if (part.length === 0) continue;
    if (i === 1) pieces.push({ blob: new Blob([part]) });
    else if (i === 2 && part.every((b) => b === 0)) pieces.push({ zeros: part.length });
    else if (i === 2) pieces.push({ later: async () => part, length: part.length });
    else pieces.push({ bytes: part });
  }
  return { length: n, pieces };
}

const SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 2 * SEGMENT + CHUNK, 3 * SEGMENT + 17];

test("sealed bytes are the package's STREAM under the same key, around every boundary", async () => {
  for (const n of SIZES) {
    const plain = bytes(n, 13);
    const seen = {};
    const { e, identity } = await encrypterSeeing(seen);
    const sealer = localSealer();
    const sealed = await sealPlan({ encrypter: e, plan: planOf(plain), sealer });
    const file = await drain(sealed.chunks);
    assert.equal(file.length, sealed.length, `length of ${n}`);
    const headerLen = file.length - 16 - sealedLength(n);
    assert.deepEqual(file, await reference(file, plain, seen.key, headerLen), `bytes of ${n}`);
    const d = new Decrypter();
    d.addIdentity(identity);
    assert.deepEqual(await d.decrypt(file), plain, `round trip of ${n}`);
  }
});

test("segments finishing out of order come out in order", async () => {
  const inner = localSealer();
  let started = 0;
  const sealer = {
    workers: 3,
    key: inner.key,
    forget: inner.forget,
    run(job) {
      started++;
      // Later segments finish first.
      const wait = 40 - Math.min(job.counter / 16, 39);
      return new Promise((r) => setTimeout(r, wait)).then(() => inner.run(job));
    },
    close: inner.close,
  };
  const plain = bytes(5 * SEGMENT + 99, 5);
  const seen = {};
  const { e } = await encrypterSeeing(seen);
  const file = await drain((await sealPlan({ encrypter: e, plan: planOf(plain), sealer })).chunks);
  assert.equal(started, 6);
  const headerLen = file.length - 16 - sealedLength(plain.length);
  assert.deepEqual(file, await reference(file, plain, seen.key, headerLen));
});

test("a bundle plan gives bundle.js's bytes, sealed as the page sends them", async () => {
  for (const sizes of [[], [0], [1], [SEGMENT], [3, 2 * SEGMENT + 5]]) {
    const atts = sizes.map((n, i) => bytes(n, 3 + i));
    const header = {
      kind: "report",
      created: "2026-12-06",
      roster_seq: 1,
      recipients: ["alice"],
      delete_token: newDeleteToken().text,
      via: "client",
      body: "hello",
      attachments: atts.map((a, i) => ({ name: `f${i}.bin`, type: "application/octet-stream", size: a.length })),
    };
    const want = await encodeToBytes(header, atts);
    // Digests as the page has them: promises, bytes or hex.
    const digests = atts.map((a, i) => (i % 2 ? Promise.resolve(sha256(a)) : toHex(sha256(a))));
    const plan = bundlePlan(header, encodeHeader(header), atts.map((a) => new Blob([a])), digests);
    assert.equal(plan.length, want.length);
    const identity = await generateIdentity();
    const sealed = await sealPlan({ encrypter: encrypterFor([await identityToRecipient(identity), null]), plan, sealer: localSealer() });
    const file = await drain(sealed.chunks);
    assert.equal(file.length, sealed.length);
    const d = new Decrypter();
    d.addIdentity(identity);
    const got = await d.decrypt(file);
    assert.deepEqual(got, want, `attachments of ${sizes}`);
    assert.equal(decodeSlice(got).attachments.length, atts.length);
  }
});

test("with no digests given, the attachments are hashed from the plaintext the sealers hand back", async () => {
  const headerOf = (sizes) => ({
    kind: "report",
    created: "2026-12-06",
    roster_seq: 1,
    recipients: ["alice"],
    delete_token: "x".repeat(43),
    via: "client",
    attachments: sizes.map((n, i) => ({ name: `f${i}.bin`, type: "application/octet-stream", size: n })),
  });
  // The bundle's magic, length and header before the first attachment.
  const lead = (sizes) => 8 + encodeHeader(headerOf(sizes)).length;
  // The last attachment ending exactly at a segment's end (the trailer
  // starts the next one), one byte before it, one byte after; a segment
  // holding both the end of the attachments and the trailer; empty ones.
  const exact = 2 * SEGMENT - lead([2 * SEGMENT]);
  const cases = [[], [0], [0, 0], [1], [exact], [exact - 1], [exact + 1], [5, 0, 2 * SEGMENT + 5], [SEGMENT + 3, 0]];
  assert.equal(lead([exact]), lead([exact - 1]), "the sizes do not change the header's length");
  for (const sizes of cases) {
    for (const kind of ["local", "workers"]) {
      const atts = sizes.map((n, i) => bytes(n, 3 + i));
      const header = headerOf(sizes);
      const want = await encodeToBytes(header, atts);
      const plan = bundlePlan(header, encodeHeader(header), atts.map((a) => new Blob([a])), null);
      const log = [];
      const sealer = kind === "local" ? localSealer() : workerSealer([standIn(log), standIn(log)]);
      const identity = await generateIdentity();
      const sealed = await sealPlan({ encrypter: encrypterFor([await identityToRecipient(identity), null]), plan, sealer });
      const file = await drain(sealed.chunks);
      const d = new Decrypter();
      d.addIdentity(identity);
      const got = await d.decrypt(file);
      assert.deepEqual(got, want, `attachments of ${sizes}, ${kind}`);
      const digests = await Promise.all(plan.fromPlain.map((x) => x.promise));
      assert.deepEqual(digests.map(toHex), atts.map((a) => toHex(sha256(a))));
      if (kind === "workers") assert.ok(log.length >= Math.ceil(plan.length / SEGMENT), "the workers sealed every segment");
      sealer.close();
    }
  }
});

test("a failed job with digests from the plaintext fails the send and the digests", async () => {
  const att = bytes(3 * SEGMENT, 5);
  const header = { kind: "report", created: "2026-12-06", roster_seq: 1, recipients: ["alice"], delete_token: "x".repeat(43), via: "client", attachments: [{ name: "a", type: "x/y", size: att.length }] };
  const plan = bundlePlan(header, encodeHeader(header), [new Blob([att])], null);
  const inner = localSealer();
  let jobs = 0;
  const sealer = { ...inner, workers: 1, run: (job) => (++jobs === 2 ? Promise.reject(new Error("worker died")) : inner.run(job)) };
  const identity = await generateIdentity();
  const sealed = await sealPlan({ encrypter: encrypterFor([await identityToRecipient(identity), null]), plan, sealer });
  await assert.rejects(drain(sealed.chunks), /worker died/);
  await assert.rejects(plan.fromPlain[0].promise, /ended before the attachments were hashed/);
});

test("a plan refuses an attachment of another size than declared", () => {
  const header = { attachments: [{ name: "a", type: "x/y", size: 3 }] };
  assert.throws(() => bundlePlan(header, utf8("{}"), [new Blob([bytes(4, 1)])], ["00"]), /declared size/);
});

/** A Worker stand-in running worker.js's seal jobs, cloning and transferring as a browser does. */
function standIn(log) {
  const state = { key: null };
  const w = {
    onmessage: null,
    onerror: null,
    state,
    postMessage(msg, transfer = []) {
      const m = structuredClone(msg, { transfer });
      if (m.seal) log.push(m.seal.out ? m.seal.out.byteLength : 0);
      setImmediate(() => sealJob(m, state, (r, t) => w.onmessage({ data: structuredClone(r, { transfer: t || [] }) })));
    },
    terminate() {},
  };
  return w;
}

test("worker sealers give the same bytes, fill the buffers they are given, and forget the key", async () => {
  const log = [];
  const workers = [standIn(log), standIn(log)];
  const sealer = workerSealer(workers);
  const plain = bytes(3 * SEGMENT + 1, 9);
  const seen = {};
  const { e } = await encrypterSeeing(seen);
  const spare = [];
  const take = (n) => spare.pop() || new Uint8Array(n);
  const sealed = await sealPlan({ encrypter: e, plan: planOf(plain), sealer, take });
  const parts = [];
  for await (const c of sealed.chunks) {
    parts.push(Uint8Array.from(c));
    // As the hasher does: handed-over buffers come back for reuse.
    if (c.length === sealedLength(SEGMENT)) spare.push(c);
  }
  const file = concat(...parts);
  const headerLen = file.length - 16 - sealedLength(plain.length);
  assert.deepEqual(file, await reference(file, plain, seen.key, headerLen));
  assert.equal(log.length, 4);
  assert.ok(log.every((n) => n > 0), "every job carried an output buffer");
  await new Promise((r) => setImmediate(r));
  for (const w of workers) assert.equal(w.state.key, null, "the key was forgotten");
  sealer.close();
});

test("a failed job fails the send", async () => {
  const sealer = localSealer();
  const { e } = await encrypterSeeing({});
  const broken = new Blob([bytes(10, 1)]);
  // A File that can no longer be read, as when it changed on disk.
  broken.slice = (a, b) => ({
    size: b - a,
    stream() {
      throw new Error("the file could not be read");
    },
    arrayBuffer: () => Promise.reject(new Error("the file could not be read")),
  });
  const plan = { length: SEGMENT + 10, pieces: [{ bytes: bytes(SEGMENT, 2) }, { blob: broken }] };
  const sealed = await sealPlan({ encrypter: e, plan, sealer });
  await assert.rejects(drain(sealed.chunks), /could not be read/);
  const failing = workerSealer([standIn([])]);
  failing.run = () => Promise.reject(new Error("an encryption worker failed"));
  const again = await sealPlan({ encrypter: (await encrypterSeeing({})).e, plan: planOf(bytes(100, 1)), sealer: failing });
  await assert.rejects(drain(again.chunks), /worker failed/);
});

test("a cancelled send starts no more jobs and forgets the key", async () => {
  const inner = localSealer();
  let started = 0;
  let forgotten = false;
  const sealer = {
    workers: 1,
    key: inner.key,
    forget() {
      forgotten = true;
      inner.forget();
    },
    run(job) {
      started++;
      return inner.run(job);
    },
    close: inner.close,
  };
  const { e } = await encrypterSeeing({});
  const sealed = await sealPlan({ encrypter: e, plan: planOf(bytes(20 * SEGMENT, 3)), sealer, ahead: 2 });
  const header = await sealed.chunks.next();
  assert.ok(!header.done);
  await sealed.chunks.next();
  await sealed.chunks.return();
  const after = started;
  assert.ok(after <= 3, `${after} jobs started for one segment read`);
  assert.ok(forgotten);
  assert.equal((await sealed.chunks.next()).done, true);
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(started, after);
});

test("the Go age CLI decrypts a sealed bundle, decoy, grease and all", async () => {
  const identity = await generateIdentity();
  const att = bytes(2 * SEGMENT + 3, 11);
  const header = {
    kind: "report",
    created: "2026-12-06",
    roster_seq: 1,
    recipients: ["alice"],
    delete_token: newDeleteToken().text,
    via: "client",
    attachments: [{ name: "a.bin", type: "application/octet-stream", size: att.length }],
  };
  const plan = bundlePlan(header, encodeHeader(header), [new Blob([att])], [toHex(sha256(att))]);
  const sealed = await sealPlan({ encrypter: encrypterFor([await identityToRecipient(identity), null]), plan, sealer: localSealer() });
  const file = await drain(sealed.chunks);
  const dir = mkdtempSync(join(tmpdir(), "seal-age-"));
  try {
    writeFileSync(join(dir, "key.txt"), `${identity}\n`);
    writeFileSync(join(dir, "report.age"), file);
    let plain;
    try {
      plain = execFileSync("age", ["-d", "-i", join(dir, "key.txt"), join(dir, "report.age")], { maxBuffer: 64 << 20 });
    } catch (e) {
      if (e.code === "ENOENT") assert.fail("the Go age CLI must be installed (Debian package `age`); .ci/run installs it");
      throw e;
    }
    assert.deepEqual(new Uint8Array(plain), await encodeToBytes(header, [att]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
