// Request signatures (PROTOCOL §11), replies and follow-ups (§10) against
// the shared vectors in crypto/tests/vectors/{httpsig,messages}/, and a
// round trip through age and the bundle as the page does it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

import { signatureBase, signatureParams, signRequest, contentDigest, newNonce } from "../src/httpsig.js";
import {
  verifyReply,
  verifyReplyInChain,
  verifyFollowup,
  newFollowup,
  signFollowup,
  replyGaps,
  readMailbox,
  threadOf,
  newThreadRecord,
  signThreadRecord,
  verifyThreadRecord,
  followupRecipients,
  nextFollowupSeq,
  authorName,
} from "../src/messages.js";
import { verifyFirst } from "../src/roster.js";
import { deriveKeys } from "../src/codename.js";
import { parseSignKeyText, verifyStrict } from "../src/keys.js";
import { encodeToBytes, decodeSlice, newDeleteToken } from "../src/bundle.js";
import { encryptBytes, decryptBytes, submissionSlots } from "../src/envelope.js";
import { b64decode, b64encode, utf8, toHex } from "../src/util.js";

const here = dirname(fileURLToPath(import.meta.url));
const vectors = join(here, "..", "..", "crypto", "tests", "vectors");

function load(dir, prefix = "") {
  const d = join(vectors, dir);
  return readdirSync(d)
    .filter((f) => f.endsWith(".json") && f.startsWith(prefix))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(d, f), "utf8"))]);
}

function codeOf(fn) {
  try {
    fn();
  } catch (e) {
    return e.code ?? `uncoded: ${e.message}`;
  }
  return null;
}

// The example codename of §9 for the vectors' team: its keys signed the
// follow-up vectors, and the reply vectors name its mailbox.
const example = JSON.parse(readFileSync(join(vectors, "codename", "team-example.json"), "utf8"));
const keys = deriveKeys(example.codename, example.fingerprint);
// Alice's transport key in the httpsig vectors: the seed of 32 bytes 0xc9.
const aliceSeed = new Uint8Array(32).fill(0xc9);

test("httpsig valid vectors: the signer reproduces Signature-Input, the base and the signature", () => {
  const cases = load("httpsig", "valid-");
  assert.equal(cases.length, 2);
  for (const [f, v] of cases) {
    const r = v.request;
    const m = /;created=(\d+);nonce="([^"]+)";keyid="([^"]+)";/.exec(r.signature_input);
    assert.ok(m, f);
    const [created, nonce, keyid] = [Number(m[1]), m[2], m[3]];
    const params = signatureParams({ query: r.query, digest: r.content_digest, created, nonce, keyid });
    assert.equal(`sig1=${params}`, r.signature_input, f);
    const base = signatureBase({ method: r.method, path: r.path, query: r.query, digest: r.content_digest, params });
    const sig = b64decode(r.signature.slice(6, -1));
    assert.ok(verifyStrict(parseSignKeyText(v.keys[keyid]), utf8(base), sig), `${f}: the vector's signature verifies over the base`);
    const target = r.query === null ? r.path : `${r.path}?${r.query}`;
    const body = r.has_body ? utf8('{"cursor":"x"}') : null;
    if (body) assert.equal(contentDigest(body), r.content_digest, f);
    const h = signRequest({ method: r.method, target, body, keyid, seed: aliceSeed, created, nonce });
    assert.equal(h["Signature-Input"], r.signature_input, f);
    assert.equal(h.Signature, r.signature, f);
    assert.equal(h["Content-Digest"], r.content_digest ?? undefined, f);
  }
  // The base of PROTOCOL §11.2, verbatim.
  const v = load("httpsig", "valid-post")[0][1].request;
  const params = signatureParams({ digest: v.content_digest, created: 1795521301, nonce: "bm9uY2Utbm9uY2Utbm9uY2U", keyid: "alice" });
  assert.equal(
    signatureBase({ method: "POST", path: v.path, digest: v.content_digest, params }),
    '"@method": POST\n"@path": /v1/submissions/00112233445566778899aabbccddeeff/ack\n' +
      '"content-digest": sha-256=:vn9tCKplZ+slh6Zwixwb4/vsYZQG96rglfHKlfCV2yY=:\n' +
      '"@signature-params": ("@method" "@path" "content-digest");created=1795521301;nonce="bm9uY2Utbm9uY2Utbm9uY2U";keyid="alice";alg="ed25519"',
  );
});

test("httpsig: a mailbox read is signed over @method and @path with keyid mbx:<id>", () => {
  const target = `/v1/mailboxes/${keys.mailbox}`;
  const nonce = newNonce();
  assert.match(nonce, /^[A-Za-z0-9_-]{22}$/);
  const h = signRequest({ method: "GET", target, keyid: `mbx:${keys.mailbox}`, seed: keys.ed25519Seed, created: 1795521600, nonce });
  const params = `("@method" "@path");created=1795521600;nonce="${nonce}";keyid="mbx:${keys.mailbox}";alg="ed25519"`;
  assert.equal(h["Signature-Input"], `sig1=${params}`);
  assert.equal(h["Content-Digest"], undefined);
  const base = `"@method": GET\n"@path": ${target}\n"@signature-params": ${params}`;
  assert.ok(verifyStrict(parseSignKeyText(keys.ed25519Public), utf8(base), b64decode(h.Signature.slice(6, -1))));
});

test("reply vectors: verify_reply with the same codes", () => {
  const cases = load("messages", "reply-");
  assert.equal(cases.length, 5);
  for (const [f, v] of cases) {
    const { roster } = verifyFirst(v.team, v.roster);
    let reply = null;
    const code = codeOf(() => {
      reply = verifyReply(v.envelope, roster, v.team, v.mailbox);
    });
    assert.equal(code, v.valid ? null : v.error, f);
    if (v.valid) assert.equal(reply.member, "carol", f);
    // Against a chain (newest roster first), the same answer.
    const chain = { fingerprint: v.team, rosters: [{ roster }], head: { roster } };
    assert.equal(codeOf(() => verifyReplyInChain(v.envelope, chain, v.mailbox)), v.valid ? null : v.error, f);
  }
  const [, valid] = load("messages", "reply-valid")[0];
  const { roster } = verifyFirst(valid.team, valid.roster);
  assert.equal(codeOf(() => verifyReply(valid.envelope, roster, "00".repeat(32), valid.mailbox)), "message-wrong-team");
  const other = { ...valid.envelope, payloadType: "application/vnd.dropbox.followup.v1+json" };
  assert.equal(codeOf(() => verifyReply(other, roster, valid.team, valid.mailbox)), "dsse-wrong-payload-type");
  assert.deepEqual(replyGaps([1, 3, 5]), [2, 4]);
  assert.deepEqual(replyGaps([]), []);
});

test("follow-up vectors: verify_followup with the same codes, and the page signs the same bytes", () => {
  const cases = load("messages", "followup-");
  assert.equal(cases.length, 4);
  for (const [f, v] of cases) {
    assert.equal(codeOf(() => verifyFollowup(v.envelope, v.team, v.attachments)), v.valid ? null : v.error, f);
  }
  const [, v] = load("messages", "followup-valid")[0];
  assert.equal(keys.mailbox, v.mailbox);
  const payload = JSON.parse(new TextDecoder().decode(b64decode(v.envelope.payload)));
  const f = newFollowup(v.team, keys.mailbox, payload.seq, payload.created, payload.body, v.attachments);
  assert.equal(f.thread, example.thread);
  assert.equal(threadOf(keys.mailbox), example.thread);
  // ed25519 is deterministic: the same payload and key give the vector's envelope.
  assert.deepEqual(signFollowup(f, keys.ed25519Seed), v.envelope);
});

test("follow-up round trip: signed, bundled, encrypted like the page, then decrypted and verified", async () => {
  const [, v] = load("messages", "followup-valid")[0];
  const { roster } = verifyFirst(v.team, v.roster);
  const f = newFollowup(v.team, keys.mailbox, 2, "2026-11-25", "More from the page.", []);
  const env = signFollowup(f, keys.ed25519Seed);
  assert.equal(env.signatures[0].keyid, `mbx:${keys.mailbox}`);
  const token = newDeleteToken();
  const to = roster.members.map((m) => m.id).filter((id) => id !== "carol");
  const header = {
    kind: "followup",
    created: f.created,
    roster_seq: roster.seq,
    recipients: to,
    delete_token: token.text,
    via: "client",
    signed: env,
    thread: keys.thread,
    reply: { age: keys.x25519Recipient, sign: keys.ed25519Public },
    attachments: [],
  };
  const slots = submissionSlots(roster, to, keys.x25519Recipient);
  assert.equal(slots.length, roster.members.length + 1);
  assert.equal(slots.filter((s) => s !== null).length, to.length + 1, "the codename slot is real");
  const ct = await encryptBytes(slots, await encodeToBytes(header, []));
  const d = decodeSlice(await decryptBytes(ct, [keys.x25519Identity]));
  assert.equal(d.header.kind, "followup");
  assert.equal(d.header.thread, keys.thread);
  const got = verifyFollowup(d.header.signed, v.team, []);
  assert.equal(got.body, "More from the page.");
  assert.equal(got.seq, 2);
  assert.equal(codeOf(() => verifyFollowup(d.header.signed, v.team, ["00".repeat(32)])), "message-attachment-mismatch");
  const forged = { ...env, signatures: [{ keyid: env.signatures[0].keyid, sig: b64encode(new Uint8Array(64)) }] };
  assert.equal(codeOf(() => verifyFollowup(forged, v.team, [])), "message-bad-signature");
});

test("readMailbox: decrypts, verifies against the chain, sorts, and reports forgeries as problems", async () => {
  const [, valid] = load("messages", "reply-valid")[0];
  const [, forged] = load("messages", "reply-wrong-signer")[0];
  const [, notMember] = load("messages", "reply-not-member")[0];
  const { roster } = verifyFirst(valid.team, valid.roster);
  const chain = { fingerprint: valid.team, rosters: [{ roster }], head: { roster } };
  const wrap = async (env, recipient = keys.x25519Recipient) => {
    const h = {
      kind: "reply",
      created: "2026-11-24",
      roster_seq: 1,
      recipients: ["alice", "bob"],
      delete_token: newDeleteToken().text,
      via: "client",
      signed: env,
      attachments: [],
    };
    const ct = await encryptBytes([recipient, roster.members[0].age], await encodeToBytes(h, []));
    return { id: toHex(new Uint8Array(16)), day: "2026-11-24", data: b64encode(ct) };
  };
  const items = [await wrap(forged.envelope), await wrap(valid.envelope), await wrap(notMember.envelope), { id: "x", day: "2026-11-24", data: "!!" }];
  items.push(await wrap(valid.envelope, roster.members[1].age)); // not for this codename
  const { shown, problems } = await readMailbox(items, chain, keys);
  assert.equal(shown.length, 1);
  assert.equal(shown[0].name, "Carol Reviewer");
  assert.equal(shown[0].reply.body, "Thanks, we are looking into it.");
  assert.equal(problems.length, 4);
  assert.match(problems[0], /message-bad-signature/);
  assert.match(problems[1], /message-not-member/);
  assert.match(problems[3], /envelope-no-matching-key/);
});

test("protocol 1.3: the page signs the vectors' follow-up with recipients and thread record byte for byte", () => {
  const [, v] = load("messages", "followup-recipients-valid")[0];
  const payload = JSON.parse(new TextDecoder().decode(b64decode(v.envelope.payload)));
  assert.deepEqual(payload.recipients, ["bob", "carol"]);
  const f = newFollowup(v.team, keys.mailbox, payload.seq, payload.created, payload.body, [], ["carol", "bob"]);
  assert.deepEqual(signFollowup(f, keys.ed25519Seed), v.envelope);
  for (const [name, t] of load("messages", "thread-")) {
    assert.equal(codeOf(() => verifyThreadRecord(t.envelope, t.team, t.mailbox)), t.valid ? null : t.error, name);
  }
  const [, t] = load("messages", "thread-valid")[0];
  const { roster } = verifyFirst(t.team, t.roster);
  const tp = JSON.parse(new TextDecoder().decode(b64decode(t.envelope.payload)));
  const rec = newThreadRecord(t.team, keys.mailbox, roster, tp.created, ["carol", "bob"]);
  assert.deepEqual(rec.left_out, ["alice"]);
  assert.deepEqual(signThreadRecord(rec, keys.ed25519Seed), t.envelope);
  // Who the next follow-up goes to: never alice, whatever a reply says.
  const got = verifyThreadRecord(t.envelope, t.team, t.mailbox);
  assert.deepEqual(followupRecipients(got, null, roster), ["bob", "carol"]);
  assert.deepEqual(followupRecipients(got, ["alice", "bob", "carol"], roster), ["bob", "carol"]);
  assert.deepEqual(followupRecipients(got, null, roster, ["carol"]), ["bob"]);
  assert.deepEqual(followupRecipients(null, ["bob"], roster), ["bob"]);
  assert.equal(followupRecipients(null, null, roster), null, "never everyone by default");
  assert.equal(nextFollowupSeq([]), 1);
  assert.equal(nextFollowupSeq([1, 3, 2]), 4);
});

test("protocol 1.3: a reply is checked against the roster in force when posted", () => {
  const [, v] = load("messages", "reply-valid")[0];
  const { roster: r1 } = verifyFirst(v.team, v.roster);
  // #2 removes carol (the author); #3 rotates her key instead.
  const r2 = { ...r1, seq: 2, members: r1.members.filter((m) => m.id !== "carol") };
  const bob = r1.members.find((m) => m.id === "bob");
  const r3 = { ...r1, seq: 2, members: r1.members.map((m) => (m.id === "carol" ? { ...m, sign: bob.sign } : m)) };
  const removed = { fingerprint: v.team, rosters: [{ roster: r1 }, { roster: r2 }], head: { roster: r2 } };
  const rotated = { fingerprint: v.team, rosters: [{ roster: r1 }, { roster: r3 }], head: { roster: r3 } };
  const before = verifyReplyInChain(v.envelope, removed, v.mailbox, 1);
  assert.equal(before.standing, "former-member");
  assert.equal(authorName(before), `${before.name} (former member)`);
  // A 1.2 reply (no roster_seq) posted under #2 is checked against #2.
  assert.equal(codeOf(() => verifyReplyInChain(v.envelope, removed, v.mailbox, 2)), "message-not-member");
  assert.equal(verifyReplyInChain(v.envelope, rotated, v.mailbox, 1).standing, "former-key");
  assert.equal(codeOf(() => verifyReplyInChain(v.envelope, rotated, v.mailbox, 2)), "message-bad-signature");
  // A 1.3 reply naming roster #1 but posted under #2 is refused as signed
  // with a key its author no longer held.
  const [, r13] = load("messages", "reply-recipients-valid")[0];
  assert.equal(verifyReplyInChain(r13.envelope, removed, r13.mailbox, 1).reply.recipients.join(), "bob,carol");
  assert.equal(codeOf(() => verifyReplyInChain(r13.envelope, removed, r13.mailbox, 2)), "message-former-key");
  assert.equal(codeOf(() => verifyReplyInChain(r13.envelope, rotated, r13.mailbox, 2)), "message-former-key");
  assert.equal(codeOf(() => verifyReplyInChain(v.envelope, rotated, v.mailbox, 3)), "message-invalid", "posted under a roster the chain lacks");
});
