// The page's tus client against a fake server: parts of at most 8 MiB
// (smaller here), a connection that drops after part of a PATCH arrived,
// a busy answer, resumption from the offset HEAD reports, and the receipt
// check.

import { test } from "node:test";
import assert from "node:assert/strict";
import { sha256 } from "@noble/hashes/sha2.js";
import { tusUpload, solvePow } from "../src/tus.js";
import { toHex, utf8 } from "../src/util.js";

function fakeServer({ failures = [], lieReceipt = false, location = "/v1/uploads/0123456789abcdef0123456789abcdef" } = {}) {
  const s = { data: [], length: 0, log: [], patches: 0 };
  globalThis.fetch = async (url, init) => {
    const method = init.method;
    const h = new Headers(init.headers);
    s.log.push(`${method} ${url}`);
    if (method === "POST") {
      assert.equal(h.get("Tus-Resumable"), "1.0.0");
      assert.equal(h.get("Dropbox-Delete-Hash"), "ab".repeat(32));
      s.withdrawHash = h.get("Dropbox-Withdraw-Hash");
      s.length = Number(h.get("Upload-Length"));
      return new Response(null, { status: 201, headers: { Location: location } });
    }
    if (method === "HEAD") {
      assert.equal(h.get("Tus-Resumable"), "1.0.0");
      return new Response(null, { status: 200, headers: { "Upload-Offset": String(s.data.length), "Upload-Length": String(s.length) } });
    }
    if (method === "PATCH") {
      assert.equal(h.get("Content-Type"), "application/offset+octet-stream");
      const n = s.patches++;
      // The page sends Blob bodies (Chromium uploads them faster).
      const body = init.body instanceof Blob ? new Uint8Array(await init.body.arrayBuffer()) : new Uint8Array(init.body);
      if (Number(h.get("Upload-Offset")) !== s.data.length) return Response.json({ error: "offset" }, { status: 409 });
      const f = failures.find((x) => x.patch === n);
      if (f && f.kind === "drop") {
        s.data.push(...body.subarray(0, f.keep));
        throw new TypeError("network error");
      }
      if (f && f.kind === "busy") return Response.json({ error: "busy" }, { status: 409 });
      if (f && f.kind === "stall") return new Response(null, { status: 204, headers: { "Upload-Offset": String(s.data.length) } });
      s.data.push(...body);
      const headers = { "Upload-Offset": String(s.data.length) };
      if (s.data.length === s.length) {
        headers["Dropbox-Submission-Id"] = "ff".repeat(16);
        headers["Dropbox-Receipt"] = lieReceipt ? "00".repeat(32) : toHex(sha256(Uint8Array.from(s.data)));
      }
      return new Response(null, { status: 204, headers });
    }
    throw new Error(`unexpected ${method}`);
  };
  return s;
}

function readerOf(data, chunk) {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i >= data.length) return c.close();
      c.enqueue(data.slice(i, i + chunk));
      i += chunk;
    },
  }).getReader();
}

const data = Uint8Array.from({ length: 2500 }, (_, i) => (i * 7) & 255);
const base = "http://x";

test("uploads in parts and checks the receipt", async () => {
  const s = fakeServer();
  const progress = [];
  const r = await tusUpload({ base, reader: readerOf(data, 333), length: data.length, deleteHash: "ab".repeat(32), withdrawHash: "cd".repeat(32), part: 1000, onProgress: (a) => progress.push(a) });
  assert.equal(r.receipt, toHex(sha256(data)));
  // Protocol 1.7: the withdrawal secret's hash goes with the creation.
  assert.equal(s.withdrawHash, "cd".repeat(32));
  assert.equal(r.id, "ff".repeat(16));
  assert.deepEqual(Uint8Array.from(s.data), data);
  assert.deepEqual(progress, [1000, 2000, 2500]);
  assert.equal(s.log.filter((l) => l.startsWith("PATCH")).length, 3);
});

test("a team at a path prefix uploads under it, and refuses an upload address outside it", async () => {
  const s = fakeServer({ location: "/acme/v1/uploads/0123456789abcdef0123456789abcdef" });
  const r = await tusUpload({ base: "http://x/acme", reader: readerOf(data, 500), length: data.length, deleteHash: "ab".repeat(32), part: 1000 });
  assert.equal(r.receipt, toHex(sha256(data)));
  assert.equal(s.log[0], "POST http://x/acme/v1/uploads");
  assert.ok(s.log.slice(1).every((l) => l.endsWith(" http://x/acme/v1/uploads/0123456789abcdef0123456789abcdef")), s.log.join("\n"));
  // The page's own base is a path alone.
  const t = fakeServer({ location: "/acme/v1/uploads/0123456789abcdef0123456789abcdef" });
  await tusUpload({ base: "/acme", reader: readerOf(data, 500), length: data.length, deleteHash: "ab".repeat(32), part: 1000 });
  assert.equal(t.log[1], "PATCH /acme/v1/uploads/0123456789abcdef0123456789abcdef");
  fakeServer({ location: "/beta/v1/uploads/0123456789abcdef0123456789abcdef" });
  await assert.rejects(tusUpload({ base: "/acme", reader: readerOf(data, 500), length: data.length, deleteHash: "ab".repeat(32), part: 1000 }), /no upload address/);
  fakeServer();
  await assert.rejects(tusUpload({ base: "/acme", reader: readerOf(data, 500), length: data.length, deleteHash: "ab".repeat(32), part: 1000 }), /no upload address/);
});

test("resumes from the offset HEAD reports after a dropped connection and a busy answer", async () => {
  const s = fakeServer({ failures: [{ patch: 1, kind: "drop", keep: 400 }, { patch: 2, kind: "busy" }] });
  const r = await tusUpload({ base, reader: readerOf(data, 256), length: data.length, deleteHash: "ab".repeat(32), part: 1000, retries: 3 });
  assert.deepEqual(Uint8Array.from(s.data), data);
  assert.equal(r.receipt, toHex(sha256(data)));
  assert.ok(s.log.includes(`HEAD ${base}/v1/uploads/0123456789abcdef0123456789abcdef`));
});

test("a last part whose answer is lost is finished by a PATCH with no body at the full length", async () => {
  // The last PATCH (the third) arrives whole, then the connection drops.
  const s = fakeServer({ failures: [{ patch: 2, kind: "drop", keep: 500 }] });
  const r = await tusUpload({ base, reader: readerOf(data, 256), length: data.length, deleteHash: "ab".repeat(32), part: 1000, retries: 3 });
  assert.deepEqual(Uint8Array.from(s.data), data);
  assert.equal(r.id, "ff".repeat(16));
  assert.equal(r.receipt, toHex(sha256(data)));
  assert.ok(!r.uncertain);
  assert.deepEqual(s.log.slice(-2), [`HEAD ${base}/v1/uploads/0123456789abcdef0123456789abcdef`, `PATCH ${base}/v1/uploads/0123456789abcdef0123456789abcdef`]);
});

test("a receipt that is not the hash of what was sent is an error", async () => {
  fakeServer({ lieReceipt: true });
  await assert.rejects(tusUpload({ base, reader: readerOf(data, 500), length: data.length, deleteHash: "ab".repeat(32), part: 1000 }), /receipt does not match/);
});

test("a server that accepts a part without moving its offset is an error, not a loop", async () => {
  fakeServer({ failures: [{ patch: 1, kind: "stall" }] });
  await assert.rejects(tusUpload({ base, reader: readerOf(data, 500), length: data.length, deleteHash: "ab".repeat(32), part: 1000 }), /offset outside the part/);
});

test("proof of work: the nonce gives the leading zero bits", async () => {
  const nonce = await solvePow("challenge", 12);
  const h = sha256(utf8(`challenge:${nonce}`));
  assert.equal(h[0], 0);
  assert.ok(h[1] < 16);
});

/** A reader of `data` in `chunk`-byte pieces that counts what was pulled; errors after `failAt` bytes. */
function countingReader(data, chunk, failAt = Infinity) {
  const r = { pulled: 0 };
  r.reader = new ReadableStream(
    {
      pull(c) {
        if (r.pulled >= failAt) return c.error(new Error("the encrypter failed"));
        if (r.pulled >= data.length) return c.close();
        c.enqueue(data.slice(r.pulled, r.pulled + chunk));
        r.pulled = Math.min(r.pulled + chunk, data.length);
      },
    },
    { highWaterMark: 0 },
  ).getReader();
  return r;
}

test("the next part is filled while the last one uploads, never more than one part ahead", async () => {
  const s = fakeServer();
  const src = countingReader(data, 250);
  const seen = [];
  const fetchServer = globalThis.fetch;
  globalThis.fetch = async (url, init) => {
    if (init.method === "PATCH") {
      const at = Number(new Headers(init.headers).get("Upload-Offset"));
      const nextEnd = Math.min(at + 2000, data.length);
      // Give the page time to read ahead while this part is on the wire
      // (a generous bound: reading ahead is a few microtasks).
      for (let i = 0; i < 200 && src.pulled < nextEnd; i++) await new Promise((r) => setTimeout(r, 1));
      seen.push({ at, pulled: src.pulled });
    }
    return fetchServer(url, init);
  };
  const r = await tusUpload({ base, reader: src.reader, length: data.length, deleteHash: "ab".repeat(32), part: 1000 });
  assert.equal(r.receipt, toHex(sha256(data)));
  assert.deepEqual(Uint8Array.from(s.data), data);
  assert.deepEqual(seen, [
    { at: 0, pulled: 2000 },
    { at: 1000, pulled: 2500 },
    { at: 2000, pulled: 2500 },
  ]);
});

test("a stream that fails while a part uploads fails the upload", async () => {
  fakeServer();
  const src = countingReader(data, 250, 1500);
  await assert.rejects(tusUpload({ base, reader: src.reader, length: data.length, deleteHash: "ab".repeat(32), part: 1000 }), /the encrypter failed/);
  fakeServer();
  const short = countingReader(data.subarray(0, 1700), 250);
  await assert.rejects(tusUpload({ base, reader: short.reader, length: data.length, deleteHash: "ab".repeat(32), part: 1000 }), /ended early/);
});

/** A hasher that, like the worker one, takes (detaches) whole buffers handed over. */
function detachingHasher(calls) {
  let h = sha256.create();
  return {
    update(bytes, owned) {
      calls.push({ n: bytes.length, owned });
      h.update(bytes);
      if (owned && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
    },
    async digest() {
      return h.digest();
    },
    take: (n) => new Uint8Array(n),
    close() {},
  };
}

test("handed-over chunks: each part a Blob made before the hasher takes them, seen once by onPart", async () => {
  const s = fakeServer({ failures: [{ patch: 1, kind: "drop", keep: 100 }] });
  const calls = [];
  const parts = [];
  const r = await tusUpload({ base, reader: readerOf(data, 333), length: data.length, deleteHash: "ab".repeat(32), part: 1000, retries: 3, owned: true, hasher: detachingHasher(calls), onPart: (b) => parts.push(b) });
  assert.deepEqual(Uint8Array.from(s.data), data);
  assert.equal(r.receipt, toHex(sha256(data)));
  assert.deepEqual(parts.map((b) => b.size), [1000, 1000, 500]);
  assert.deepEqual(new Uint8Array(await new Blob(parts).arrayBuffer()), data);
  assert.equal(calls.reduce((a, c) => a + c.n, 0), data.length);
  assert.ok(calls.every((c) => c.owned));
  // A chunk cut by a part's end reaches the hasher whole (so its buffer
  // can come back for reuse), not as two copied halves.
  assert.deepEqual(
    calls.map((c) => c.n),
    [333, 333, 333, 333, 333, 333, 333, 169],
  );
});

test("a chunk longer than a part is cut across several parts and hashed once, whole, in order", async () => {
  const s = fakeServer();
  const calls = [];
  const parts = [];
  const r = await tusUpload({ base, reader: readerOf(data, 2300), length: data.length, deleteHash: "ab".repeat(32), part: 1000, owned: true, hasher: detachingHasher(calls), onPart: (b) => parts.push(b) });
  assert.deepEqual(Uint8Array.from(s.data), data);
  assert.equal(r.receipt, toHex(sha256(data)));
  assert.deepEqual(parts.map((b) => b.size), [1000, 1000, 500]);
  assert.deepEqual(new Uint8Array(await new Blob(parts).arrayBuffer()), data);
  assert.deepEqual(calls.map((c) => c.n), [2300, 200]);
});
