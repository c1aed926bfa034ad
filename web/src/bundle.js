// The bundle (PROTOCOL §6), as crypto/src/bundle.rs and padme.rs: the
// plaintext inside every age file. The encoder streams (attachments are
// read in chunks and never held whole); the decoder works on a slice.

import { sha256 } from "@noble/hashes/sha2.js";
import { createSha256 } from "./sha256.js";
import { envelopeShape } from "./dsse.js";
import { canonicalBytes, parseCanonical, MAX_SAFE_INTEGER } from "./jcs.js";
import { isDigest, isMemberId, parseAgeRecipient, parseDay, parseSignKeyText } from "./keys.js";
import { fields, isU64 } from "./roster.js";
import { CodedError, b64urlDecode, b64urlEncode, concat, isControl, isRustWhitespace, randomBytes, toHex, utf8, utf8Len } from "./util.js";

export const MAGIC = utf8("DROPBOX-BUNDLE-1\n");
export const MAX_HEADER = 64 * 1024;
export const MAX_TRAILER = 64 * 1024;
export const MAX_ATTACHMENTS = 100;
export const MAX_NAME = 255;
export const MIN_PADDED = 64 * 1024;
const CHUNK = 64 * 1024;

const KINDS = ["report", "followup", "reply", "event", "backup", "own"];
const SEVERITIES = ["critical", "high", "medium", "low"];

const headerInvalid = (m) => new CodedError("bundle-header-invalid", m);

function bitLength(n) {
  // n is a non-negative safe integer
  let b = 0;
  while (n >= 1) {
    n = Math.floor(n / 2);
    b++;
  }
  return b;
}

/** PADMÉ(L) (§6.4). */
export function padme(len) {
  if (len < 2) return len;
  const e = bitLength(len) - 1;
  const s = bitLength(e);
  const lastBits = e - s;
  const unit = 2 ** lastBits;
  return Math.ceil(len / unit) * unit;
}

/** max(65536, PADMÉ(L)). */
export function paddedLen(len) {
  return Math.max(MIN_PADDED, padme(len));
}

/** `safe_name`: the last path component, NFC, no control characters, ≤ 255 bytes. */
export function safeName(name) {
  const parts = name.split(/[/\\]/);
  const base = parts[parts.length - 1] ?? "";
  let out = [...base.normalize("NFC")].filter((c) => !isControl(c));
  while (utf8Len(out.join("")) > MAX_NAME) out.pop();
  let s = out.join("");
  if (s === "" || s === "." || s === "..") s = "attachment";
  return s;
}

/** The length of the trailer for `n` attachments (every digest is 64 hex digits). */
export function trailerLen(n) {
  return 11 + 66 * n + Math.max(n - 1, 0) + 2;
}

/** Header fields in canonical form (omitting undefined optional fields). */
function headerValue(h) {
  const v = {
    kind: h.kind,
    created: h.created,
    roster_seq: h.roster_seq,
    recipients: [...h.recipients],
    delete_token: h.delete_token,
    title: h.title,
    body: h.body,
    category: h.category,
    severity: h.severity,
    contact: h.contact,
    credit: h.credit,
    reply: h.reply ? { age: h.reply.age, sign: h.reply.sign } : undefined,
    thread: h.thread,
    via: h.via,
    signed: h.signed,
    attachments: h.attachments.map((a) => ({ name: a.name, type: a.type, size: a.size })),
  };
  return v;
}

/** The typed header from a canonical JSON value (serde `Header`), or bundle-header-invalid. */
export function headerShape(v) {
  const optional = ["title", "body", "category", "severity", "contact", "credit", "reply", "thread", "signed"];
  fields(v, ["kind", "created", "roster_seq", "recipients", "delete_token", "via", "attachments"], optional, headerInvalid);
  const has = (k) => Object.prototype.hasOwnProperty.call(v, k);
  if (!KINDS.includes(v.kind)) throw headerInvalid("kind");
  if (parseDay(v.created) === null) throw headerInvalid("created");
  if (!isU64(v.roster_seq)) throw headerInvalid("roster_seq");
  if (!Array.isArray(v.recipients) || !v.recipients.every(isMemberId)) throw headerInvalid("recipients");
  const tok = typeof v.delete_token === "string" ? b64urlDecode(v.delete_token) : null;
  if (!tok || tok.length !== 32) throw headerInvalid("invalid delete_token");
  for (const k of ["title", "body", "category", "contact", "credit"]) {
    if (has(k) && typeof v[k] !== "string") throw headerInvalid(k);
  }
  if (has("severity") && !SEVERITIES.includes(v.severity)) throw headerInvalid("severity");
  if (has("reply")) {
    fields(v.reply, ["age", "sign"], [], headerInvalid);
    if (!parseAgeRecipient(v.reply.age) || !parseSignKeyText(v.reply.sign)) throw headerInvalid("reply keys");
  }
  if (has("thread") && !isDigest(v.thread)) throw headerInvalid("thread");
  if (v.via !== "client" && v.via !== "server") throw headerInvalid("via");
  const signed = has("signed") ? envelopeShape(v.signed, headerInvalid) : undefined;
  if (!Array.isArray(v.attachments)) throw headerInvalid("attachments");
  const attachments = v.attachments.map((a) => {
    fields(a, ["name", "type", "size"], [], headerInvalid);
    if (typeof a.name !== "string" || typeof a.type !== "string" || !isU64(a.size)) throw headerInvalid("attachment");
    return { name: a.name, type: a.type, size: a.size };
  });
  const h = {
    kind: v.kind,
    created: v.created,
    roster_seq: v.roster_seq,
    recipients: [...v.recipients],
    delete_token: v.delete_token,
    via: v.via,
    attachments,
  };
  for (const k of ["title", "body", "category", "severity", "contact", "credit", "thread"]) if (has(k)) h[k] = v[k];
  if (has("reply")) h.reply = { age: v.reply.age, sign: v.reply.sign };
  if (signed) h.signed = signed;
  return h;
}

/** Sum of attachment sizes as a BigInt. */
function attachmentsLen(h) {
  return h.attachments.reduce((acc, a) => acc + BigInt(a.size), 0n);
}

/** `Header::validate`. */
export function validateHeader(h) {
  if (h.attachments.length > MAX_ATTACHMENTS) throw new CodedError("bundle-too-many-attachments");
  for (const a of h.attachments) if (!isU64(a.size)) throw new CodedError("bundle-size-mismatch");
  if (attachmentsLen(h) > BigInt(MAX_SAFE_INTEGER)) throw new CodedError("bundle-size-mismatch");
  h.attachments.forEach((a, i) => {
    const n = a.name;
    if (n === "" || utf8Len(n) > MAX_NAME || /[/\\]/.test(n) || n === "." || n === ".." || [...n].some(isControl) || n.normalize("NFC") !== n) {
      throw headerInvalid(`attachment ${i} has an unsafe name`);
    }
    const t = a.type;
    if (t === "" || utf8Len(t) > 255 || [...t].some((c) => isControl(c) || isRustWhitespace(c))) {
      throw headerInvalid(`attachment ${i} has an invalid media type`);
    }
  });
  if (h.recipients.length === 0 && (h.kind === "report" || h.kind === "followup")) {
    throw headerInvalid("a report names at least one recipient");
  }
  const signedKind = h.kind === "followup" || h.kind === "reply" || h.kind === "event" || h.kind === "own";
  if (signedKind !== (h.signed !== undefined)) {
    throw headerInvalid("follow-ups, replies, events and own-log items (only) carry a signed message");
  }
}

/** A fresh delete token: `{text, hash}` (hash = sha256 of the 32 raw bytes, hex). */
export function newDeleteToken() {
  const raw = randomBytes(32);
  const t = { text: b64urlEncode(raw), hash: toHex(sha256(raw)) };
  raw.fill(0);
  return t;
}

/**
 * The hash of a fresh random withdrawal secret (protocol 1.7): what an
 * upload that nobody can withdraw carries in `Dropbox-Withdraw-Hash`, so
 * every upload carries one and a report with a codename does not stand out.
 */
export function randomWithdrawHash() {
  const raw = randomBytes(32);
  const h = toHex(sha256(raw));
  raw.fill(0);
  return h;
}

export function deleteTokenHash(text) {
  const raw = b64urlDecode(text);
  if (!raw || raw.length !== 32) throw new Error("invalid delete token");
  return toHex(sha256(raw));
}

/** The canonical header bytes, after validation (as `BundleWriter::new`). */
export function encodeHeader(h) {
  validateHeader(h);
  let json;
  try {
    json = canonicalBytes(headerValue(h));
  } catch (e) {
    throw new CodedError("bundle-header-json", e.message);
  }
  if (json.length > MAX_HEADER) throw new CodedError("bundle-header-too-large", `${json.length} bytes`);
  return json;
}

/** The total bundle length for a header of `headerBytes` bytes. */
export function bundleLen(headerBytes, h) {
  const L = MAGIC.length + 4 + headerBytes + Number(attachmentsLen(h)) + trailerLen(h.attachments.length);
  return paddedLen(L);
}

/**
 * The bundle as an async sequence of Uint8Array chunks. `sources[i]` is an
 * async iterable of Uint8Array chunks (or a Uint8Array) for attachment i,
 * which must yield exactly `attachments[i].size` bytes. `digests[i]`, if
 * given, is (a promise of) attachment i's SHA-256, hashed elsewhere from
 * the same immutable File (the page does it in a worker,
 * hashing.js); else it is hashed here.
 */
export async function* encodeChunks(h, sources, { digests } = {}) {
  const json = encodeHeader(h);
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, json.length);
  yield concat(MAGIC, len, json);
  let written = MAGIC.length + 4 + json.length;
  if (sources.length !== h.attachments.length) throw new CodedError("bundle-size-mismatch");
  const hexes = [];
  for (let i = 0; i < h.attachments.length; i++) {
    const want = h.attachments[i].size;
    const hasher = digests ? null : createSha256();
    let got = 0;
    const src = sources[i] instanceof Uint8Array ? [sources[i]] : sources[i];
    for await (const chunk of src) {
      if (got + chunk.length > want) throw new CodedError("bundle-size-mismatch", `attachment ${i} is longer than declared`);
      if (hasher) hasher.update(chunk);
      got += chunk.length;
      yield chunk;
    }
    if (got !== want) throw new CodedError("bundle-size-mismatch", `attachment ${i} is shorter than declared`);
    written += want;
    const d = hasher ? hasher.digest() : await digests[i];
    hexes.push(typeof d === "string" ? d : toHex(d));
  }
  const trailer = canonicalBytes({ sha256: hexes });
  yield trailer;
  written += trailer.length;
  let pad = paddedLen(written) - written;
  while (pad > 0) {
    // A fresh buffer each time: consumers may keep what they are given.
    const n = Math.min(pad, CHUNK);
    yield new Uint8Array(n);
    pad -= n;
  }
}

/** `encode_to_vec`: the whole bundle in memory (tests and small bundles). */
export async function encodeToBytes(h, attachments) {
  const parts = [];
  for await (const c of encodeChunks(h, attachments)) parts.push(Uint8Array.from(c));
  return concat(...parts);
}

/**
 * `decode_slice(data, no limit)`: `{header, attachments}` or a coded error,
 * with the checks in the order of §6.6.
 */
export function decodeSlice(data) {
  if (data.length < MAGIC.length || !MAGIC.every((b, i) => data[i] === b)) throw new CodedError("bundle-bad-magic");
  if (data.length < MAGIC.length + 4) throw new CodedError("bundle-truncated");
  const n = new DataView(data.buffer, data.byteOffset + MAGIC.length, 4).getUint32(0);
  if (n > MAX_HEADER) throw new CodedError("bundle-header-too-large", `${n} bytes`);
  let pos = MAGIC.length + 4;
  if (data.length < pos + n) throw new CodedError("bundle-truncated");
  let value;
  try {
    value = parseCanonical(data.subarray(pos, pos + n));
  } catch (e) {
    throw new CodedError("bundle-header-json", e.message);
  }
  pos += n;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && Array.isArray(value.attachments) && value.attachments.length > MAX_ATTACHMENTS) {
    throw new CodedError("bundle-too-many-attachments");
  }
  const header = headerShape(value);
  validateHeader(header);
  const attachments = [];
  const digests = [];
  for (const a of header.attachments) {
    if (data.length - pos < a.size) throw new CodedError("bundle-truncated");
    const bytes = data.slice(pos, pos + a.size);
    attachments.push(bytes);
    digests.push(toHex(sha256(bytes)));
    pos += a.size;
  }
  // The trailer runs to the first zero byte or the end of the data.
  let end = pos;
  while (end < data.length && data[end] !== 0) end++;
  if (end === pos) throw new CodedError("bundle-truncated", "no trailer");
  if (end - pos > MAX_TRAILER) throw new CodedError("bundle-trailer-invalid", "trailer too large");
  let trailer;
  try {
    trailer = parseCanonical(data.subarray(pos, end));
    fields(trailer, ["sha256"], [], (m) => new CodedError("bundle-trailer-invalid", m));
    if (!Array.isArray(trailer.sha256) || !trailer.sha256.every(isDigest)) throw new Error("sha256 is a list of digests");
  } catch (e) {
    throw new CodedError("bundle-trailer-invalid", e.message);
  }
  pos = end;
  if (trailer.sha256.length !== digests.length) throw new CodedError("bundle-trailer-invalid", "wrong number of digests");
  trailer.sha256.forEach((d, i) => {
    if (d !== digests[i]) throw new CodedError("bundle-trailer-mismatch", `attachment ${i}`);
  });
  // Padding, read in the 64 KiB pieces the Rust decoder's buffer sees them
  // in (aligned to the start of the data), so that a bundle with both a
  // non-zero byte and too much padding gets the same code.
  const expected = paddedLen(pos) - pos;
  let seen = 0;
  while (pos < data.length) {
    const stop = Math.min(data.length, (Math.floor(pos / CHUNK) + 1) * CHUNK);
    for (let i = pos; i < stop; i++) if (data[i] !== 0) throw new CodedError("bundle-padding-non-zero");
    seen += stop - pos;
    pos = stop;
    if (seen > expected) throw new CodedError("bundle-padding-too-long");
  }
  if (seen < expected) throw new CodedError("bundle-padding-too-short");
  return { header, attachments };
}
