// The submission shape of PROTOCOL §7.1 made by the page's encrypter: one
// X25519 stanza per roster member plus the codename slot, decoys where a
// member is left out or there is no codename, one grease stanza last; and
// a streamed bundle encrypted and decrypted back.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Decrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { submissionSlots, encrypterFor } from "../src/envelope.js";
import { encodeChunks, encodeHeader, bundleLen, decodeSlice, newDeleteToken } from "../src/bundle.js";
import { CodedError, b64nopadDecode, concat } from "../src/util.js";

function stanzas(ct) {
  const text = new TextDecoder("latin1").decode(ct.subarray(0, 4096));
  const lines = text.split("\n");
  assert.equal(lines[0], "age-encryption.org/v1");
  const out = [];
  for (const l of lines.slice(1)) {
    if (l.startsWith("---")) break;
    if (l.startsWith("-> ")) out.push({ args: l.slice(3).split(" "), body: "" });
    else out[out.length - 1].body += l;
  }
  return out;
}

async function team(n) {
  const ids = [];
  for (let i = 0; i < n; i++) ids.push(await generateX25519Identity());
  const members = [];
  for (let i = 0; i < n; i++) members.push({ id: `m${i}`, age: await identityToRecipient(ids[i]) });
  return { ids, roster: { members } };
}

async function collect(stream) {
  const parts = [];
  const r = stream.getReader();
  for (;;) {
    const { value, done } = await r.read();
    if (done) break;
    parts.push(value);
  }
  return concat(...parts);
}

test("slots: unknown and empty choices are refused with the Rust codes", async () => {
  const { roster } = await team(2);
  assert.throws(() => submissionSlots(roster, ["nobody"], null), (e) => e instanceof CodedError && e.code === "envelope-unknown-recipient");
  assert.throws(() => submissionSlots(roster, [], null), (e) => e.code === "envelope-no-recipient");
  assert.deepEqual(submissionSlots(roster, ["m1"], null), [null, roster.members[1].age, null]);
});

test("a submission has N + 1 X25519 stanzas and grease last, whoever is left out", async () => {
  const { ids, roster } = await team(3);
  const codename = await generateX25519Identity();
  for (const [chosen, cn] of [[["m0", "m1", "m2"], null], [["m1"], codename], [["m0", "m2"], null]]) {
    const slots = submissionSlots(roster, chosen, cn ? await identityToRecipient(cn) : null);
    const token = newDeleteToken();
    const header = { kind: "report", created: "2026-11-24", roster_seq: 1, recipients: chosen, delete_token: token.text, via: "client", title: "t", attachments: [{ name: "a.bin", type: "application/octet-stream", size: 200000 }] };
    const att = new Uint8Array(200000).map((_, i) => i & 0xff);
    const plainLen = bundleLen(encodeHeader(header).length, header);
    const gen = encodeChunks(header, [[att.subarray(0, 70000), att.subarray(70000)]]);
    const plain = new ReadableStream({ async pull(c) { const { value, done } = await gen.next(); if (done) c.close(); else c.enqueue(value); } });
    const ctStream = await encrypterFor(slots).encrypt(plain);
    const ct = await collect(ctStream);
    assert.equal(ct.length, ctStream.size(plainLen));
    const st = stanzas(ct);
    const x = st.filter((s) => s.args[0] === "X25519");
    assert.equal(x.length, 4);
    for (const s of x) {
      assert.equal(s.args.length, 2);
      assert.equal(b64nopadDecode(s.args[1]).length, 32);
      assert.equal(b64nopadDecode(s.body).length, 32);
    }
    assert.equal(st.length, 5);
    assert.match(st[4].args[0], /^[\x21-\x7e]{1,8}-grease$/);
    assert.ok(st[4].args.length - 1 <= 4);
    for (let i = 0; i < 3; i++) {
      const d = new Decrypter();
      d.addIdentity(ids[i]);
      if (chosen.includes(`m${i}`)) {
        const out = decodeSlice(await d.decrypt(ct));
        assert.equal(out.header.title, "t");
        assert.deepEqual(out.attachments[0], att);
      } else {
        await assert.rejects(d.decrypt(ct), /no identity matched/);
      }
    }
    if (cn) {
      const d = new Decrypter();
      d.addIdentity(cn);
      assert.equal(decodeSlice(await d.decrypt(ct)).header.recipients[0], "m1");
    }
  }
});

test("an attachment that yields another size than declared is refused", async () => {
  const header = { kind: "report", created: "2026-11-24", roster_seq: 1, recipients: ["a"], delete_token: newDeleteToken().text, via: "client", attachments: [{ name: "a", type: "text/plain", size: 3 }] };
  const run = async (data) => {
    for await (const _ of encodeChunks(header, [data])) void _;
  };
  await assert.rejects(run(new Uint8Array(2)), (e) => e.code === "bundle-size-mismatch");
  await assert.rejects(run(new Uint8Array(4)), (e) => e.code === "bundle-size-mismatch");
  header.attachments[0].name = "../x";
  await assert.rejects(run(new Uint8Array(3)), (e) => e.code === "bundle-header-invalid");
});
