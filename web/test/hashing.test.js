// The send path's SHA-256 in a worker (hashing.js) against a stand-in
// worker that runs worker.js's job code when told to: the same digest as
// hashing on the page, the caller's bytes copied unless handed over (and
// handed-over buffers coming back for reuse), the page waiting while the
// worker is more than LIMIT bytes behind, whole files hashed by the
// worker, and a failing worker failing the send rather than giving a
// digest.

import { test } from "node:test";
import assert from "node:assert/strict";
import { sha256 } from "@noble/hashes/sha2.js";
import { concatBytes } from "@noble/hashes/utils.js";
import { LIMIT, hashJob, localHasher, workerHasher } from "../src/hashing.js";
import { encodeChunks, encodeToBytes, decodeSlice, newDeleteToken } from "../src/bundle.js";

/** A Worker stand-in: messages are cloned (and transferred) as a browser does, and run on `run()`. */
function standIn({ auto = false } = {}) {
  const state = { hash: null };
  const queue = [];
  const w = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage(msg, transfer = []) {
      queue.push(structuredClone(msg, { transfer }));
      if (auto) setImmediate(() => w.run());
    },
    async run() {
      for (const m of queue.splice(0)) await hashJob(m, state, (r, t) => w.onmessage({ data: structuredClone(r, { transfer: t || [] }) }));
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

const bytes = (n, seed) => Uint8Array.from({ length: n }, (_, i) => (i * seed + 11) & 255);

test("the worker's digest is the SHA-256 of what was given, and digest starts afresh", async () => {
  const h = workerHasher(standIn({ auto: true }));
  const a = bytes(100000, 7);
  for (let i = 0; i < a.length; i += 4096) await h.update(a.subarray(i, i + 4096));
  assert.deepEqual(await h.digest(), sha256(a));
  const b = bytes(5000, 3);
  await h.update(b);
  assert.deepEqual(await h.digest(), sha256(b));
  assert.deepEqual(await h.digest(), sha256(new Uint8Array(0)));
});

test("the caller's bytes are copied, unless it hands the whole buffer over", async () => {
  const w = standIn();
  const h = workerHasher(w);
  const big = bytes(3000, 5);
  const view = big.subarray(1000, 2000);
  h.update(view);
  assert.equal(big.byteLength, 3000, "a view's buffer stays the caller's");
  const kept = bytes(1000, 9);
  h.update(kept);
  assert.equal(kept.byteLength, 1000, "not handed over: still usable");
  const owned = bytes(1000, 13);
  const expect = sha256(Uint8Array.from([...view, ...kept, ...owned]));
  h.update(owned, true);
  assert.equal(owned.byteLength, 0, "handed over: transferred, not copied");
  const d = h.digest();
  await w.run();
  assert.deepEqual(await d, expect);
  const again = h.take(1000);
  assert.equal(again.byteLength, 1000, "the handed-over buffer came back");
  assert.deepEqual(again, bytes(1000, 13), "the very same bytes: it is the buffer, not a new one");
  assert.deepEqual(h.take(1000), new Uint8Array(1000), "one buffer back, one reuse");
});

test("the page's own hasher gives the same digest and reuses only buffers handed over whole", async () => {
  const h = localHasher();
  const a = bytes(5000, 3);
  const b = bytes(3000, 5);
  const whole = Uint8Array.from(a);
  const kept = Uint8Array.from(b);
  assert.equal(h.update(whole, true), undefined);
  h.update(kept);
  const part = new Uint8Array(8000);
  h.update(part.subarray(0, 4000), true);
  assert.deepEqual(await h.digest(), sha256(concatBytes(a, b, new Uint8Array(4000))));
  assert.deepEqual(kept, b, "a buffer not handed over is left as it was");
  const again = h.take(5000);
  assert.equal(again.buffer, whole.buffer, "the buffer handed over whole comes back");
  assert.notEqual(h.take(5000).buffer, whole.buffer, "once");
  assert.notEqual(h.take(3000).buffer, kept.buffer, "a buffer not handed over is never reused");
  assert.notEqual(h.take(8000).buffer, part.buffer, "nor a part of one");
  assert.deepEqual(await h.digest(), sha256(new Uint8Array(0)), "digest starts afresh");
});

test("the worker hashes whole files itself", async () => {
  const h = workerHasher(standIn({ auto: true }));
  const a = bytes(300000, 7);
  const b = bytes(10, 3);
  const [da, db] = await Promise.all([h.file(new Blob([a])), h.file(new Blob([b]))]);
  assert.deepEqual(da, sha256(a));
  assert.deepEqual(db, sha256(b));
  assert.deepEqual(await localHasher().file(new Blob([a])), sha256(a));
});

test("update waits while the worker is more than LIMIT bytes behind", async () => {
  const w = standIn();
  const h = workerHasher(w);
  const part = new Uint8Array(LIMIT / 2);
  assert.equal(h.update(part), undefined);
  assert.equal(h.update(part), undefined, "exactly LIMIT behind: no wait");
  const wait = h.update(new Uint8Array(1));
  assert.ok(wait instanceof Promise, "past LIMIT: the caller must wait");
  let released = false;
  wait.then(() => (released = true));
  await new Promise((r) => setImmediate(r));
  assert.equal(released, false, "not before the worker catches up");
  await w.run();
  await wait;
  assert.equal(released, true);
});

test("a worker that fails rejects the waiting update and the digest", async () => {
  const w = standIn();
  const h = workerHasher(w);
  const wait = h.update(new Uint8Array(LIMIT + 1));
  w.onerror({ message: "out of memory" });
  await assert.rejects(wait, /out of memory/);
  await assert.rejects(h.digest(), /out of memory/);
  assert.throws(() => h.update(new Uint8Array(1)), /out of memory/);
  const w2 = standIn();
  const h2 = workerHasher(w2);
  const d = h2.digest();
  const f = h2.file(new Blob([bytes(10, 1)]));
  w2.onmessage({ data: { error: "bad job" } });
  await assert.rejects(d, /bad job/);
  await assert.rejects(f, /bad job/);
  h2.close();
  assert.equal(w2.terminated, true);
});

test("the bundle's trailer is the same with digests from the worker as hashed on the page", async () => {
  const header = {
    kind: "report",
    created: "2026-12-06",
    roster_seq: 1,
    recipients: ["alice"],
    delete_token: newDeleteToken().text,
    via: "client",
    title: "t",
    attachments: [
      { name: "a.bin", type: "application/octet-stream", size: 70000 },
      { name: "b.bin", type: "application/octet-stream", size: 3 },
    ],
  };
  const sources = () => [bytes(70000, 3), bytes(3, 1)];
  const onPage = await encodeToBytes(header, sources());
  const h = workerHasher(standIn({ auto: true }));
  const digests = sources().map((b) => h.file(new Blob([b])));
  const parts = [];
  for await (const c of encodeChunks(header, sources(), { digests })) parts.push(Uint8Array.from(c));
  const inWorker = Uint8Array.from(parts.flatMap((p) => [...p]));
  assert.deepEqual(inWorker, onPage);
  assert.equal(decodeSlice(inWorker).attachments.length, 2);
  // A digest that is not the attachment's makes a bundle every reader refuses.
  const wrong = [Promise.resolve(sha256(bytes(1, 1))), Promise.resolve(sha256(bytes(3, 1)))];
  const bad = [];
  for await (const c of encodeChunks(header, sources(), { digests: wrong })) bad.push(Uint8Array.from(c));
  assert.throws(() => decodeSlice(Uint8Array.from(bad.flatMap((p) => [...p]))), /digest|sha256|mismatch/i);
});
