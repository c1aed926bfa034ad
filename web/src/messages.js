// Replies and follow-ups (PROTOCOL §10), as crypto/src/messages.rs:
// `verify_reply` with the same checks and codes in the same order,
// `reply_gaps`, and the follow-up a reporter signs with the codename's
// mailbox key (keyid `mbx:<mailbox>`).

import { FOLLOWUP_TYPE, REPLY_TYPE, pae, parseEnvelope } from "./dsse.js";
import { canonicalBytes } from "./jcs.js";
import { isDigest, isMemberId, parseDay, parseSignKeyText, sign, verifyStrict, isValidSignKey } from "./keys.js";
import { fields, isU64 } from "./roster.js";
import { CodedError, b64decode, b64encode, b64urlDecode, toHex } from "./util.js";
import { decodeSlice } from "./bundle.js";
import { decryptBytes } from "./envelope.js";
import { sha256 } from "@noble/hashes/sha2.js";

export const REPLY_KIND = "dropbox-reply/1";
export const FOLLOWUP_KIND = "dropbox-followup/1";

const shape = (m) => new CodedError("jcs-shape", m);

/** A canonical mailbox id (43 characters of unpadded b64url), its 32 key bytes, or null. */
export function mailboxKeyBytes(s) {
  if (typeof s !== "string" || s.length !== 43) return null;
  const b = b64urlDecode(s);
  return b && b.length === 32 ? b : null;
}

/** `thread_of`: sha256 of the mailbox key bytes, hex. */
export function threadOf(mailbox) {
  return toHex(sha256(mailboxKeyBytes(mailbox)));
}

function day(v, what) {
  if (parseDay(v) === null) throw shape(`invalid ${what}`);
}

/** serde's `Reply` (deny_unknown_fields) from the payload value. */
function replyShape(v) {
  fields(v, ["type", "team", "mailbox", "seq", "member", "created", "body"], [], shape);
  if (typeof v.type !== "string") throw shape("type");
  if (!isDigest(v.team)) throw shape("team");
  if (!mailboxKeyBytes(v.mailbox)) throw shape("mailbox");
  if (!isU64(v.seq)) throw shape("seq");
  if (!isMemberId(v.member)) throw shape("member");
  day(v.created, "created");
  if (typeof v.body !== "string") throw shape("body");
  return { type: v.type, team: v.team, mailbox: v.mailbox, seq: v.seq, member: v.member, created: v.created, body: v.body };
}

/** serde's `Followup` from the payload value. */
function followupShape(v) {
  fields(v, ["type", "team", "mailbox", "thread", "seq", "created", "body", "attachments"], [], shape);
  if (typeof v.type !== "string") throw shape("type");
  if (!isDigest(v.team)) throw shape("team");
  if (!mailboxKeyBytes(v.mailbox)) throw shape("mailbox");
  if (!isDigest(v.thread)) throw shape("thread");
  if (!isU64(v.seq)) throw shape("seq");
  day(v.created, "created");
  if (typeof v.body !== "string") throw shape("body");
  if (!Array.isArray(v.attachments) || !v.attachments.every(isDigest)) throw shape("attachments");
  return { ...v, attachments: [...v.attachments] };
}

/** `signed_by`: some entry with this keyid verifies under the key. */
function signedBy(parsed, keyid, key) {
  const msg = pae(parsed.payloadType, parsed.payload);
  if (!parsed.signatures.some(([id, sig]) => id === keyid && verifyStrict(key, msg, sig))) {
    throw new CodedError("message-bad-signature", "no valid signature by the message's author");
  }
}

/**
 * `verify_reply(env, roster, team, mailbox)`: the reply, or a coded error
 * (dsse/jcs codes, message-invalid, -wrong-team, -wrong-mailbox,
 * -not-member, -bad-signature).
 */
export function verifyReply(env, roster, team, mailbox) {
  const parsed = parseEnvelope(env, REPLY_TYPE);
  const reply = replyShape(parsed.value);
  if (reply.type !== REPLY_KIND) throw new CodedError("message-invalid", "type");
  if (reply.team !== team) throw new CodedError("message-wrong-team");
  if (reply.mailbox !== mailbox) throw new CodedError("message-wrong-mailbox");
  const member = roster.members.find((m) => m.id === reply.member);
  if (!member) throw new CodedError("message-not-member", `${reply.member} is not a member of the roster`);
  signedBy(parsed, reply.member, parseSignKeyText(member.sign));
  return reply;
}

/**
 * A reply against a verified chain: the newest roster first (a member who
 * has since left still verifies against an older one). Returns
 * `{reply, name}` or throws the last roster's error.
 */
export function verifyReplyInChain(env, chain, mailbox) {
  let last = new CodedError("message-not-member", "no roster");
  for (const r of [...chain.rosters].reverse()) {
    try {
      const reply = verifyReply(env, r.roster, chain.fingerprint, mailbox);
      const m = r.roster.members.find((x) => x.id === reply.member);
      return { reply, name: m ? m.name : "" };
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

/** `reply_gaps`: the numbers missing from 1 to the highest seen. */
export function replyGaps(seqs) {
  const max = seqs.reduce((a, b) => Math.max(a, b), 0);
  const out = [];
  for (let s = 1; s <= max; s++) if (!seqs.includes(s)) out.push(s);
  return out;
}

/** `Envelope::sign`: canonical payload, one signature over the PAE. */
export function signEnvelope(payloadType, payloadBytes, signers) {
  const msg = pae(payloadType, payloadBytes);
  return {
    payload: b64encode(payloadBytes),
    payloadType,
    signatures: signers.map(([keyid, seed]) => ({ keyid, sig: b64encode(sign(seed, msg)) })),
  };
}

/** `Followup::new`. `attachments` are hex sha256 digests in bundle order. */
export function newFollowup(team, mailbox, seq, created, body, attachments = []) {
  return { type: FOLLOWUP_KIND, team, mailbox, thread: threadOf(mailbox), seq, created, body, attachments: [...attachments] };
}

/** `Followup::sign` with the mailbox key's seed. */
export function signFollowup(f, seed) {
  return signEnvelope(FOLLOWUP_TYPE, canonicalBytes(f), [[`mbx:${f.mailbox}`, seed]]);
}

/** `verify_followup(env, team, attachment digests)`. */
export function verifyFollowup(env, team, attachments) {
  const parsed = parseEnvelope(env, FOLLOWUP_TYPE);
  const f = followupShape(parsed.value);
  if (f.type !== FOLLOWUP_KIND) throw new CodedError("message-invalid", "type");
  if (f.team !== team) throw new CodedError("message-wrong-team");
  if (f.thread !== threadOf(f.mailbox)) throw new CodedError("message-wrong-mailbox");
  const key = mailboxKeyBytes(f.mailbox);
  if (!isValidSignKey(key)) throw new CodedError("message-bad-signature");
  signedBy(parsed, `mbx:${f.mailbox}`, key);
  if (f.attachments.length !== attachments.length || f.attachments.some((d, i) => d !== attachments[i])) {
    throw new CodedError("message-attachment-mismatch");
  }
  return f;
}

/** Largest reply the reader decrypts (as `bundle::decode_slice(.., 16 MiB)`). */
export const MAX_REPLY = 16 << 20;

/**
 * `replies::fetch` after the signed GET: each item of the mailbox listing
 * (`{id, day, data}`) decrypted with the codename's identity, decoded, and
 * verified against the chain. Returns `{shown: [{reply, name, day}],
 * problems: [text]}`, shown sorted by seq; a bad item is a problem, never
 * a message.
 */
export async function readMailbox(items, chain, keys) {
  const shown = [];
  const problems = [];
  for (const item of Array.isArray(items) ? items : []) {
    try {
      const data = b64decode(item && typeof item.data === "string" ? item.data : "");
      if (!data) throw new Error("not base64");
      const plain = await decryptBytes(data, [keys.x25519Identity]);
      if (plain.length > MAX_REPLY) throw new Error("the reply is too large");
      const d = decodeSlice(plain);
      if (d.header.kind !== "reply") throw new Error("not a reply");
      if (!d.header.signed) throw new Error("unsigned");
      const v = verifyReplyInChain(d.header.signed, chain, keys.mailbox);
      shown.push({ ...v, day: item.day });
    } catch (e) {
      problems.push(`a message that failed verification was ignored (${e.code || e.message})`);
    }
  }
  shown.sort((a, b) => a.reply.seq - b.reply.seq);
  return { shown, problems };
}
