// DSSE v1 envelopes (PROTOCOL §4), as crypto/src/dsse.rs.

import { parseCanonical, parseStrict } from "./jcs.js";
import { CodedError, b64decode, concat, utf8, utf8Len } from "./util.js";

export const ROSTER_TYPE = "application/vnd.dropbox.roster.v1+json";
export const REPLY_TYPE = "application/vnd.dropbox.reply.v1+json";
export const EVENT_TYPE = "application/vnd.dropbox.event.v1+json";
export const FOLLOWUP_TYPE = "application/vnd.dropbox.followup.v1+json";
export const THREAD_TYPE = "application/vnd.dropbox.thread.v1+json";
export const DROPKEY_TYPE = "application/vnd.dropbox.dropkey.v1+json";
export const KNOWN_TYPES = [ROSTER_TYPE, REPLY_TYPE, EVENT_TYPE, FOLLOWUP_TYPE, THREAD_TYPE, DROPKEY_TYPE];
export const MAX_ENVELOPE_BYTES = 1 << 20;

const malformed = (m) => new CodedError("dsse-malformed", m);

/** The pre-authentication encoding: "DSSEv1 <len> <type> <len> <body>". */
export function pae(payloadType, payload) {
  const t = utf8(payloadType);
  return concat(utf8(`DSSEv1 ${t.length} `), t, utf8(` ${payload.length} `), payload);
}

function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function exactKeys(o, keys) {
  const k = Object.keys(o);
  return k.length === keys.length && keys.every((x) => Object.prototype.hasOwnProperty.call(o, x));
}

/**
 * The typed shape of an envelope (serde's `Envelope` with
 * deny_unknown_fields), from an already-parsed JSON value; throws `err(m)`.
 */
export function envelopeShape(v, err = malformed) {
  if (!isPlainObject(v) || !exactKeys(v, ["payload", "payloadType", "signatures"])) {
    throw err("an envelope has exactly payload, payloadType and signatures");
  }
  if (typeof v.payload !== "string" || typeof v.payloadType !== "string" || !Array.isArray(v.signatures)) {
    throw err("wrong field types");
  }
  for (const s of v.signatures) {
    if (!isPlainObject(s) || !exactKeys(s, ["keyid", "sig"]) || typeof s.keyid !== "string" || typeof s.sig !== "string") {
      throw err("a signature has exactly keyid and sig");
    }
  }
  return { payload: v.payload, payloadType: v.payloadType, signatures: v.signatures.map((s) => ({ keyid: s.keyid, sig: s.sig })) };
}

/** `Envelope::from_json`: at most 1 MiB, strict JSON, the exact shape. */
export function envelopeFromJson(bytes) {
  if (typeof bytes === "string") bytes = utf8(bytes);
  if (bytes.length > MAX_ENVELOPE_BYTES) throw malformed("envelope too large");
  let v;
  try {
    v = parseStrict(bytes);
  } catch (e) {
    throw malformed(e.message);
  }
  return envelopeShape(v);
}

/**
 * `Envelope::parse(expected)`: known type, the expected one, canonical b64
 * payload, well-formed signature entries, canonical JSON payload. Returns
 * `{payloadType, payload (bytes), value (parsed payload), signatures: [[keyid, sig bytes]]}`.
 */
export function parseEnvelope(env, expected) {
  if (!KNOWN_TYPES.includes(env.payloadType)) {
    throw new CodedError("dsse-unknown-payload-type", JSON.stringify(env.payloadType));
  }
  if (env.payloadType !== expected) {
    throw new CodedError("dsse-wrong-payload-type", `expected ${expected}, found ${env.payloadType}`);
  }
  const payload = b64decode(env.payload);
  if (!payload) throw malformed("payload is not canonical base64");
  const signatures = [];
  for (const s of env.signatures) {
    const n = utf8Len(s.keyid);
    if (n === 0 || n > 128) throw new CodedError("dsse-malformed-signature");
    const sig = b64decode(s.sig);
    if (!sig || sig.length !== 64) throw new CodedError("dsse-malformed-signature");
    signatures.push([s.keyid, sig]);
  }
  const value = parseCanonical(payload);
  return { payloadType: env.payloadType, payload, value, signatures };
}
