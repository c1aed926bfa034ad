// The send path's own SHA-256 (sha256.js, sha256-blocks.js): the digest
// node:crypto gives, for every length around the block and padding
// boundaries, fed whole, byte by byte and in random splits (also through
// views into larger buffers, at odd offsets), for a few MiB, and for the
// FIPS 180-4 examples; a finished hasher refuses more; the committed
// sha256-blocks.js is what scripts/sha256-gen.mjs writes.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createSha256, sha256Of } from "../src/sha256.js";
import { source, target } from "../scripts/sha256-gen.mjs";

const node = (b) => new Uint8Array(createHash("sha256").update(b).digest());
const hex = (b) => Buffer.from(b).toString("hex");
const bytes = (n, seed) => Uint8Array.from({ length: n }, (_, i) => (i * seed + (i >> 8) * 31 + 7) & 255);

/** A small seeded generator, so a failure names a reproducible split. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

test("the FIPS 180-4 examples", () => {
  const utf8 = (s) => new TextEncoder().encode(s);
  assert.equal(hex(sha256Of(utf8(""))), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assert.equal(hex(sha256Of(utf8("abc"))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(
    hex(sha256Of(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  );
  const million = new Uint8Array(1000000).fill(0x61);
  assert.equal(hex(sha256Of(million)), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
});

test("every length up to 300 bytes, whole and byte by byte", () => {
  const all = bytes(300, 13);
  for (let n = 0; n <= 300; n++) {
    const m = all.subarray(0, n);
    const want = node(m);
    assert.deepEqual(sha256Of(m), want, `whole, ${n} bytes`);
    const h = createSha256();
    for (let i = 0; i < n; i++) h.update(m.subarray(i, i + 1));
    assert.deepEqual(h.digest(), want, `byte by byte, ${n} bytes`);
  }
});

test("lengths around every block and padding boundary, in random splits and at odd offsets", () => {
  const next = rng(17);
  const lengths = [];
  for (const k of [1, 2, 3, 16, 1024, 16384]) for (const d of [-9, -8, -7, -1, 0, 1, 55, 56, 57, 63]) lengths.push(64 * k + d);
  const buf = bytes(64 * 16384 + 200, 7);
  for (const n of lengths) {
    // A view at an odd offset into a larger buffer, as the page's parts are.
    const off = 1 + next(13);
    const m = buf.subarray(off, off + n);
    const want = node(m);
    for (let round = 0; round < 3; round++) {
      const h = createSha256();
      for (let at = 0; at < n; ) {
        const step = Math.min(n - at, [1, 63, 64, 65, 4096, 65536][next(6)] + next(100));
        assert.equal(h.update(m.subarray(at, at + step)), h, "update returns the hasher");
        at += step;
      }
      assert.deepEqual(h.digest(), want, `${n} bytes, split round ${round}`);
    }
    // Empty updates change nothing.
    const h = createSha256().update(new Uint8Array(0)).update(m).update(new Uint8Array(0));
    assert.deepEqual(h.digest(), want, `${n} bytes with empty updates`);
  }
});

test("8 MiB in 1 MiB updates, as a tus part's segments come", () => {
  const m = bytes(8 << 20, 101);
  const h = createSha256();
  for (let at = 0; at < m.length; at += (1 << 20) + 16) h.update(m.subarray(at, at + (1 << 20) + 16));
  assert.deepEqual(h.digest(), node(m));
});

test("a finished hasher refuses more, and only bytes are hashed", () => {
  const h = createSha256();
  h.update(bytes(10, 1));
  h.digest();
  assert.throws(() => h.update(bytes(1, 1)), /finished/);
  assert.throws(() => h.digest(), /finished/);
  assert.throws(() => createSha256().update("abc"), /Uint8Array/);
});

test("the committed sha256-blocks.js is the generator's output", () => {
  assert.equal(readFileSync(target, "utf8"), source(), "run: node scripts/sha256-gen.mjs");
});
