// The page's crypto against the shared vectors in crypto/tests/vectors/
// (PROTOCOL §14): every valid vector accepted, every invalid one refused
// with the same error code, the same bytes where a vector gives them.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

import { parseCanonical } from "../src/jcs.js";
import { verifyStrict, isValidSignKey } from "../src/keys.js";
import { envelopeFromJson, parseEnvelope, pae } from "../src/dsse.js";
import { verifyChain, checkPin, parseChainJson, endpointOk } from "../src/roster.js";
import { NameCheck, nameSkeleton } from "../src/names.js";
import { UNICODE_VERSION } from "../src/names-table.js";
import { decodeSlice, encodeToBytes, padme, paddedLen, trailerLen, safeName, headerShape } from "../src/bundle.js";
import { wordlistFrom, parseCodename, deriveKeys } from "../src/codename.js";
import { decryptBytes } from "../src/envelope.js";
import { identityToRecipient } from "age-encryption";
import { b64decode, hexToBytes, sha256Hex, toHex, utf8 } from "../src/util.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const vectors = join(root, "crypto", "tests", "vectors");

function load(dir) {
  const d = join(vectors, dir);
  return readdirSync(d)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(d, f), "utf8"))]);
}

const b64 = (s) => {
  const b = b64decode(s);
  assert.ok(b, `vector base64 ${s.slice(0, 20)}…`);
  return b;
};

function codeOf(fn) {
  try {
    fn();
  } catch (e) {
    return e.code ?? `uncoded: ${e.message}`;
  }
  return null;
}

async function codeOfAsync(fn) {
  try {
    await fn();
  } catch (e) {
    return e.code ?? `uncoded: ${e.message}`;
  }
  return null;
}

test("jcs vectors", () => {
  const cases = load("jcs");
  assert.ok(cases.length >= 22);
  for (const [f, v] of cases) {
    const code = codeOf(() => parseCanonical(b64(v.input_b64)));
    assert.equal(code, v.valid ? null : v.error, f);
  }
});

test("ed25519 vectors (strict)", () => {
  const cases = load("ed25519");
  assert.equal(cases.length, 8);
  for (const [f, v] of cases) {
    const pk = hexToBytes(v.public_key_hex);
    const ok = isValidSignKey(pk) && verifyStrict(pk, hexToBytes(v.message_hex), hexToBytes(v.signature_hex));
    assert.equal(ok, v.valid, f);
  }
});

test("dsse vectors and PAE", () => {
  for (const [f, v] of load("dsse")) {
    if (f === "pae.json") {
      assert.equal(toHex(pae(v.payload_type, b64(v.payload_b64))), toHex(b64(v.pae_b64)), f);
      continue;
    }
    const code = codeOf(() => parseEnvelope(envelopeFromJson(JSON.stringify(v.envelope)), v.expected_payload_type));
    assert.equal(code, v.valid ? null : v.error, f);
  }
});

test("roster vectors", () => {
  const cases = load("roster");
  assert.equal(cases.length, 31);
  for (const [f, v] of cases) {
    let head = null;
    const code = codeOf(() => {
      const chain = parseChainJson(JSON.stringify(v.chain));
      const verified = verifyChain(v.fingerprint, chain, v.now);
      if (v.pinned) checkPin(verified, v.pinned.seq, v.pinned.hash);
      head = verified.head;
    });
    assert.equal(code, v.valid ? null : v.error, f);
    if (v.valid) {
      assert.equal(head.roster.seq, v.head_seq, f);
      assert.equal(head.hash, v.head_hash, f);
    }
  }
});

test("member-name vectors: forbidden characters, NFKC duplicates, confusable skeletons", () => {
  const cases = load("names");
  assert.equal(cases.length, 30);
  for (const [f, v] of cases) {
    if (f === "skeletons.json") {
      assert.equal(v.unicode_version, UNICODE_VERSION, "names-table.js comes from the same data as the vectors");
      for (const c of v.cases) assert.equal(nameSkeleton(c.name), c.skeleton, `${f}: ${c.name}`);
      continue;
    }
    const code = codeOf(() => {
      const check = new NameCheck();
      for (const m of v.members) check.add(m.id, m.name);
    });
    assert.equal(code, v.valid ? null : v.error, f);
  }
});

test("endpoint rule examples of PROTOCOL §5.4", () => {
  for (const e of [
    "https://drop.example.org",
    "https://drop.example.org:8443/x",
    "http://exampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion",
    "http://localhost",
    "http://127.0.0.1:8080",
    "http://[::1]:8080/",
  ]) {
    assert.ok(endpointOk(e), e);
  }
  for (const e of [
    "http://evil.example/#.onion",
    "http://127.evil.example/",
    "http://drop.example.org",
    "https://user@drop.example.org",
    "https://drop.example.org/?x=1",
    "https://drop.example.org:99999",
    "http://.onion",
    "HTTPS://drop.example.org",
    "http://127.0.0.01/",
    "http://[::2]/",
  ]) {
    assert.ok(!endpointOk(e), e);
  }
});

test("padme vectors", () => {
  const [[, v]] = load("padme");
  for (const c of v.cases) {
    assert.equal(padme(c.len), c.padme, `padme(${c.len})`);
    assert.equal(paddedLen(c.len), c.padded, `padded_len(${c.len})`);
  }
});

test("bundle vectors: decode, and byte-identical re-encoding of the valid ones", async () => {
  const cases = load("bundle");
  assert.equal(cases.length, 17);
  for (const [f, v] of cases) {
    const data = b64(v.bundle_b64);
    let decoded = null;
    const code = codeOf(() => {
      decoded = decodeSlice(data);
    });
    assert.equal(code, v.valid ? null : v.error, f);
    if (!v.valid) continue;
    assert.deepEqual(JSON.parse(JSON.stringify(decoded.header)), v.header, f);
    assert.deepEqual(decoded.attachments.map((a) => toHex(a)), v.attachments_b64.map((a) => toHex(b64(a))), f);
    assert.equal(padme(data.length), data.length, f);
    assert.ok(data.length >= 65536, f);
    const again = await encodeToBytes(headerShape(v.header), v.attachments_b64.map(b64));
    assert.equal(sha256Hex(again), sha256Hex(data), `${f}: re-encoding differs`);
  }
});

test("trailer length formula and safe_name", () => {
  assert.equal(trailerLen(0), '{"sha256":[]}'.length);
  assert.equal(trailerLen(2), 146);
  assert.equal(safeName("../../etc/passwd"), "passwd");
  assert.equal(safeName("C:\\Users\\x\\Report.pdf"), "Report.pdf");
  assert.equal(safeName(".."), "attachment");
  assert.equal(safeName("a\u0000b\u0007.txt"), "ab.txt");
  assert.equal(safeName("e\u0301.txt"), "\u00e9.txt");
  assert.equal(utf8(safeName("é".repeat(200))).length, 254);
});

test("codename vectors (argon2id, HKDF labels)", async () => {
  const list = wordlistFrom(readFileSync(join(root, "crypto", "wordlists", "eff_large_wordlist.txt"), "utf8"));
  assert.equal(sha256Hex(readFileSync(join(root, "crypto", "wordlists", "eff_large_wordlist.txt"))), "6d557f0693958fb5e650b68b5bee585eb82cf4da32965505c789e924743bc522");
  for (const [f, v] of load("codename")) {
    const name = parseCodename(`  ${v.codename.toUpperCase().replace(/ /g, " \t ")}\n`, list);
    assert.equal(name, v.codename, f);
    const k = deriveKeys(name, v.fingerprint);
    assert.equal(k.x25519Recipient, v.x25519_recipient, f);
    assert.equal(k.x25519Identity, v.x25519_identity, f);
    assert.equal(k.ed25519Public, v.ed25519_public, f);
    assert.equal(k.mailbox, v.mailbox, f);
    assert.equal(k.thread, v.thread, f);
    // The thread's delete token (protocol 1.5, §6.5).
    assert.equal(k.deleteToken.text, v.delete_token, f);
    assert.equal(k.deleteToken.hash, v.delete_token_hash, f);
    // The withdrawal secret (protocol 1.7, §6.5), in no header.
    assert.equal(k.withdrawSecret.text, v.withdraw_secret, f);
    assert.equal(k.withdrawSecret.hash, v.withdraw_hash, f);
    // The codename slot's hybrid recipient (drop keys on, §7.5).
    assert.equal(k.hybridRecipient, v.hybrid_recipient, f);
    assert.equal(await identityToRecipient(k.hybridIdentity), v.hybrid_recipient, f);
  }
  assert.throws(() => parseCodename("abacus abacus", list), /8 words/);
  assert.throws(() => parseCodename("abacus abacus abacus abacus abacus abacus abacus abacusx", list), /word 8/);
});

test("envelope vectors (age-encryption)", async () => {
  const cases = load("envelope");
  assert.equal(cases.length, 5);
  for (const [f, v] of cases) {
    let plain = null;
    const code = await codeOfAsync(async () => {
      plain = await decryptBytes(b64(v.ciphertext_b64), [v.identity]);
    });
    assert.equal(code, v.valid ? null : v.error, f);
    if (v.valid) assert.equal(toHex(plain), toHex(b64(v.plaintext_b64)), f);
  }
  assert.equal(await codeOfAsync(() => decryptBytes(utf8("garbage"), [cases[0][1].identity])), "envelope-invalid");
});
