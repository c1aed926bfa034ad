// Replies and follow-ups (PROTOCOL §10), as crypto/src/messages.rs:
// `verify_reply` with the same checks and codes in the same order,
// `reply_gaps`, and the follow-up a reporter signs with the codename's
// mailbox key (keyid `mbx:<mailbox>`).

import { FOLLOWUP_TYPE, REPLY_TYPE, THREAD_TYPE, pae, parseEnvelope } from "./dsse.js";
import { canonicalBytes } from "./jcs.js";
import { isDigest, isMemberId, parseDay, parseSignKeyText, sign, verifyStrict, isValidSignKey } from "./keys.js";
import { fields, isU64 } from "./roster.js";
import { CodedError, b64decode, b64encode, b64urlDecode, toHex } from "./util.js";
import { decodeSlice } from "./bundle.js";
import { decryptBytes } from "./envelope.js";
import { sha256 } from "@noble/hashes/sha2.js";

export const REPLY_KIND = "dropbox-reply/1";
export const FOLLOWUP_KIND = "dropbox-followup/1";
export const THREAD_KIND = "dropbox-thread/1";

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

const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

function memberIds(v, what) {
  if (!Array.isArray(v) || !v.every(isMemberId)) throw shape(what);
  return [...v];
}

/** Sorted, deduplicated member ids (as `messages::sorted`: byte order). */
export function sortedIds(ids) {
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** serde's `Reply` (deny_unknown_fields) from the payload value. */
function replyShape(v) {
  fields(v, ["type", "team", "mailbox", "seq", "member", "created", "body"], ["roster_seq", "recipients"], shape);
  if (typeof v.type !== "string") throw shape("type");
  if (!isDigest(v.team)) throw shape("team");
  if (!mailboxKeyBytes(v.mailbox)) throw shape("mailbox");
  if (!isU64(v.seq)) throw shape("seq");
  if (!isMemberId(v.member)) throw shape("member");
  day(v.created, "created");
  if (typeof v.body !== "string") throw shape("body");
  const out = { type: v.type, team: v.team, mailbox: v.mailbox, seq: v.seq, member: v.member, created: v.created, body: v.body };
  if (has(v, "roster_seq")) {
    if (!isU64(v.roster_seq)) throw shape("roster_seq");
    out.roster_seq = v.roster_seq;
  }
  if (has(v, "recipients")) out.recipients = memberIds(v.recipients, "recipients");
  return out;
}

/** serde's `Followup` from the payload value. */
function followupShape(v) {
  fields(v, ["type", "team", "mailbox", "thread", "seq", "created", "body", "attachments"], ["recipients"], shape);
  if (has(v, "recipients")) memberIds(v.recipients, "recipients");
  if (typeof v.type !== "string") throw shape("type");
  if (!isDigest(v.team)) throw shape("team");
  if (!mailboxKeyBytes(v.mailbox)) throw shape("mailbox");
  if (!isDigest(v.thread)) throw shape("thread");
  if (!isU64(v.seq)) throw shape("seq");
  day(v.created, "created");
  if (typeof v.body !== "string") throw shape("body");
  if (!Array.isArray(v.attachments) || !v.attachments.every(isDigest)) throw shape("attachments");
  const out = { ...v, attachments: [...v.attachments] };
  if (has(v, "recipients")) out.recipients = [...v.recipients];
  return out;
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
 * `verify_reply_in_chain(env, chain, mailbox, posted_seq)`: the reply
 * checked against the roster it names (or, for a 1.2 reply, the one in
 * force when posted), refused (`message-former-key`) when a roster after
 * that one and up to `postedSeq` no longer lists its author with the same
 * key. Returns `{reply, name, standing}`, standing being "member",
 * "former-key" or "former-member" against the head.
 */
export function verifyReplyInChain(env, chain, mailbox, postedSeq = chain.head.roster.seq) {
  const head = chain.head.roster.seq;
  if (!Number.isSafeInteger(postedSeq) || postedSeq < 1 || postedSeq > head) {
    throw new CodedError("message-invalid", "reply posted under a roster this chain does not have");
  }
  const claimed = replyShape(parseEnvelope(env, REPLY_TYPE).value);
  const written = claimed.roster_seq ?? postedSeq;
  if (written < 1 || written > postedSeq) throw new CodedError("message-invalid", "reply names a roster newer than its posting");
  const at = chain.rosters.find((r) => r.roster.seq === written);
  if (!at) throw new CodedError("message-invalid", "reply names an unknown roster");
  const reply = verifyReply(env, at.roster, chain.fingerprint, mailbox);
  const member = at.roster.members.find((m) => m.id === reply.member);
  for (const r of chain.rosters) {
    const s = r.roster.seq;
    if (s > written && s <= postedSeq) {
      const m = r.roster.members.find((x) => x.id === reply.member);
      if (!m || m.sign !== member.sign) {
        throw new CodedError("message-former-key", `${reply.member} no longer held this key when the reply was posted`);
      }
    }
  }
  const now = chain.head.roster.members.find((m) => m.id === reply.member);
  const standing = !now ? "former-member" : now.sign === member.sign ? "member" : "former-key";
  return { reply, name: member.name, standing };
}

/** The author as shown: the name, and "(former member)" or "(former key)". */
export function authorName(s) {
  if (s.standing === "former-member") return `${s.name} (former member)`;
  if (s.standing === "former-key") return `${s.name} (former key)`;
  return s.name;
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

/**
 * `Followup::new(...).with_recipients(recipients)`. `attachments` are hex
 * sha256 digests in bundle order; `recipients` (protocol 1.3) are the
 * member ids it is encrypted to, or null for a 1.2 follow-up.
 */
export function newFollowup(team, mailbox, seq, created, body, attachments = [], recipients = null) {
  const f = { type: FOLLOWUP_KIND, team, mailbox, thread: threadOf(mailbox), seq, created, body, attachments: [...attachments] };
  if (recipients) f.recipients = sortedIds(recipients);
  return f;
}

/** `Followup::sign` with the mailbox key's seed. */
export function signFollowup(f, seed) {
  return signEnvelope(FOLLOWUP_TYPE, canonicalBytes(f), [[`mbx:${f.mailbox}`, seed]]);
}

/** `verify_followup(env, team, attachment digests)`. */
export function verifyFollowup(env, team, attachments) {
  const f = verifyFollowupSignature(env, team);
  if (f.attachments.length !== attachments.length || f.attachments.some((d, i) => d !== attachments[i])) {
    throw new CodedError("message-attachment-mismatch");
  }
  return f;
}

/** `verify_followup_signature(env, team)`: all but the attachments. */
export function verifyFollowupSignature(env, team) {
  const parsed = parseEnvelope(env, FOLLOWUP_TYPE);
  const f = followupShape(parsed.value);
  if (f.type !== FOLLOWUP_KIND) throw new CodedError("message-invalid", "type");
  if (f.team !== team) throw new CodedError("message-wrong-team");
  if (f.thread !== threadOf(f.mailbox)) throw new CodedError("message-wrong-mailbox");
  const key = mailboxKeyBytes(f.mailbox);
  if (!isValidSignKey(key)) throw new CodedError("message-bad-signature");
  signedBy(parsed, `mbx:${f.mailbox}`, key);
  return f;
}

/** serde's `ThreadRecord` from the payload value. */
function threadShape(v) {
  fields(v, ["type", "team", "mailbox", "thread", "roster_seq", "created", "recipients", "left_out"], [], shape);
  if (typeof v.type !== "string") throw shape("type");
  if (!isDigest(v.team)) throw shape("team");
  if (!mailboxKeyBytes(v.mailbox)) throw shape("mailbox");
  if (!isDigest(v.thread)) throw shape("thread");
  if (!isU64(v.roster_seq)) throw shape("roster_seq");
  day(v.created, "created");
  return { ...v, recipients: memberIds(v.recipients, "recipients"), left_out: memberIds(v.left_out, "left_out") };
}

/** `ThreadRecord::new`: every other member of `roster` is left out. */
export function newThreadRecord(team, mailbox, roster, created, recipients) {
  return {
    type: THREAD_KIND,
    team,
    mailbox,
    thread: threadOf(mailbox),
    roster_seq: roster.seq,
    created,
    recipients: sortedIds(recipients),
    left_out: sortedIds(roster.members.map((m) => m.id).filter((id) => !recipients.includes(id))),
  };
}

/** `ThreadRecord::sign` with the mailbox key's seed. */
export function signThreadRecord(t, seed) {
  return signEnvelope(THREAD_TYPE, canonicalBytes(t), [[`mbx:${t.mailbox}`, seed]]);
}

/** `verify_thread_record(env, team, mailbox)`. */
export function verifyThreadRecord(env, team, mailbox) {
  const parsed = parseEnvelope(env, THREAD_TYPE);
  const t = threadShape(parsed.value);
  if (t.type !== THREAD_KIND) throw new CodedError("message-invalid", "type");
  if (t.team !== team) throw new CodedError("message-wrong-team");
  if (t.mailbox !== mailbox || t.thread !== threadOf(mailbox)) throw new CodedError("message-wrong-mailbox");
  const key = mailboxKeyBytes(mailbox);
  if (!isValidSignKey(key)) throw new CodedError("message-bad-signature");
  signedBy(parsed, `mbx:${mailbox}`, key);
  return t;
}

/**
 * `followup_recipients(record, reply recipients, roster, leave_out)`: the
 * union of the record's and the newest reply's recipients, minus the
 * record's left_out and `leaveOut`, kept to `roster`'s members in roster
 * order; null when neither names any (never "everyone").
 */
export function followupRecipients(record, replyRecipients, roster, leaveOut = []) {
  if (!record && !replyRecipients) return null;
  const base = [...(record ? record.recipients : []), ...(replyRecipients || [])];
  const excluded = (id) => (record && record.left_out.includes(id)) || leaveOut.includes(id);
  return roster.members.map((m) => m.id).filter((id) => base.includes(id) && !excluded(id));
}

/** `next_followup_seq(own, acknowledged)`. */
export function nextFollowupSeq(own, acknowledged = []) {
  return [...own, ...acknowledged].reduce((a, b) => Math.max(a, b), 0) + 1;
}

/** Largest reply the reader decrypts (as `bundle::decode_slice(.., 16 MiB)`). */
export const MAX_REPLY = 16 << 20;

/**
 * `replies::fetch` after the signed GET: each item of the mailbox listing
 * (`{id, day, data}`) decrypted with the codename's identity, decoded, and
 * verified against the roster in force when it was posted (the item's
 * `roster_seq`). Returns `{shown: [{reply, name, standing, day}],
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
      const posted = item && Number.isSafeInteger(item.roster_seq) ? item.roster_seq : chain.head.roster.seq;
      const v = verifyReplyInChain(d.header.signed, chain, keys.mailbox, posted);
      shown.push({ ...v, day: item.day });
    } catch (e) {
      problems.push(`a message that failed verification was ignored (${e.code || e.message})`);
    }
  }
  shown.sort((a, b) => a.reply.seq - b.reply.seq);
  return { shown, problems };
}
