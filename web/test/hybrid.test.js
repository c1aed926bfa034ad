// The page's age package against C2SP's testkit vectors for the
// post-quantum `mlkem768x25519` recipient type (crypto/tests/vectors/
// age-hybrid/), the same files the Rust implementation runs.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { inflateSync } from "node:zlib";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { Decrypter } from "age-encryption";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "crypto", "tests", "vectors", "age-hybrid");

function parse(bytes) {
  const meta = {};
  let i = 0;
  for (;;) {
    const nl = bytes.indexOf(10, i);
    const line = Buffer.from(bytes.subarray(i, nl)).toString();
    i = nl + 1;
    if (line === "") break;
    const sep = line.indexOf(": ");
    meta[line.slice(0, sep)] = line.slice(sep + 2);
  }
  const body = bytes.subarray(i);
  return { meta, file: meta.compressed === "zlib" ? new Uint8Array(inflateSync(body)) : body };
}

test("mlkem768x25519 testkit vectors", async () => {
  const names = readdirSync(dir).filter((n) => n.startsWith("hybrid"));
  assert.ok(names.length >= 18);
  for (const name of names) {
    const { meta, file } = parse(new Uint8Array(readFileSync(join(dir, name))));
    const d = new Decrypter();
    d.addIdentity(meta.identity);
    let out = null;
    try {
      out = await d.decrypt(file);
    } catch {
      out = null;
    }
    if (meta.expect === "success") {
      assert.ok(out, `${name} should decrypt`);
      assert.equal(createHash("sha256").update(out).digest("hex"), meta.payload, name);
    } else {
      assert.equal(out, null, `${name} should fail (${meta.expect})`);
    }
  }
});
