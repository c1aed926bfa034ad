// The page's hybrid submission shape (PROTOCOL §7.5): with drop keys on,
// every slot is an `mlkem768x25519` stanza (drop keys, the codename's
// hybrid recipient, decoys of the same shape), then grease; only the real
// recipients decrypt; a member without a valid drop key is refused.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Decrypter, generateHybridIdentity, identityToRecipient } from "age-encryption";
import { HYBRID_DECOY, encrypterFor } from "../src/envelope.js";
import { currentKey, hybridSlots } from "../src/dropkeys.js";

const roster = { members: [{ id: "alice", name: "Alice" }, { id: "bob", name: "Bob" }, { id: "carol", name: "Carol" }] };

function stanzas(ct) {
  const text = Buffer.from(ct.subarray(0, ct.indexOf(Buffer.from("\n---")))).toString();
  return text.split("\n").filter((l) => l.startsWith("-> ")).map((l) => l.slice(3).split(" "));
}

test("hybrid slots: one stanza a member plus the codename, all of one type, decoys alike", async () => {
  const ids = [await generateHybridIdentity(), await generateHybridIdentity()];
  const [alice, codename] = await Promise.all(ids.map(identityToRecipient));
  const slots = hybridSlots(roster, ["alice"], new Map([["alice", alice]]), { hybridRecipient: codename });
  assert.deepEqual(slots, [alice, HYBRID_DECOY, HYBRID_DECOY, codename]);
  const ct = await encrypterFor(slots).encrypt(new TextEncoder().encode("report"));
  const st = stanzas(ct);
  assert.equal(st.length, 5);
  const hybrid = st.slice(0, 4);
  assert.ok(hybrid.every((s) => s.length === 2 && s[0] === "mlkem768x25519"));
  assert.equal(new Set(hybrid.map((s) => s[1].length)).size, 1, "decoy arguments as long as real ones");
  assert.match(st[4][0], /-grease$/);
  for (const id of ids) {
    const d = new Decrypter();
    d.addIdentity(id);
    assert.equal(new TextDecoder().decode(await d.decrypt(ct)), "report");
  }
  const other = new Decrypter();
  other.addIdentity(await generateHybridIdentity());
  await assert.rejects(other.decrypt(ct));
  // Without a codename, its slot is a decoy too; without any real slot, no file.
  assert.deepEqual(hybridSlots(roster, ["bob"], new Map([["bob", alice]]), null), [HYBRID_DECOY, alice, HYBRID_DECOY, HYBRID_DECOY]);
  assert.throws(() => encrypterFor([HYBRID_DECOY, HYBRID_DECOY]), /at least one/);
});

test("a member without a served drop key is refused with the page's message", () => {
  assert.throws(
    () => currentKey([], roster, "00".repeat(32), "bob", 20000),
    (e) => e.code === "dropkey-none-current" && e.l10n.id === "error-no-drop-key" && e.l10n.args.name === "Bob",
  );
});
