// Small helpers shared by the page's modules: errors with the stable codes
// of docs/PROTOCOL.md §13, bytes, hex and the three base64 variants (§1.1),
// and the Rust character classes the validation rules use.

import { base64, base64nopad, base64urlnopad } from "@scure/base";
import { sha256 } from "@noble/hashes/sha2.js";

/** An error carrying a stable code (the Rust `code()` string). */
export class CodedError extends Error {
  constructor(code, message) {
    super(message ? `${code}: ${message}` : code);
    this.code = code;
  }
}

export const te = new TextEncoder();

/**
 * The path the page's drop box is at, without a trailing slash: `""` at
 * `/`, `/acme` for a team hosted at the path prefix `/acme/` of a shared
 * host. Every request goes under it and is signed over it (PROTOCOL §11:
 * `@path` is the path as the server receives it). `""` outside a browser.
 */
export function basePath() {
  if (typeof location === "undefined") return "";
  // A worker's `location` is its script's (a blob: URL), not the page's.
  if (typeof document === "undefined") throw new Error("basePath() is the page's: pass it to a worker");
  return location.pathname.replace(/\/[^/]*$/, "");
}
const tdFatal = new TextDecoder("utf-8", { fatal: true });

export function utf8(s) {
  return te.encode(s);
}

/** Decodes UTF-8, throwing on invalid input. */
export function fromUtf8(b) {
  return tdFatal.decode(b);
}

export function concat(...parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}

const HEX = "0123456789abcdef";
export function toHex(b) {
  let s = "";
  for (const x of b) s += HEX[x >> 4] + HEX[x & 15];
  return s;
}

/** Exactly 64 lowercase hex digits → 32 bytes, or null. */
export function parseHex32(s) {
  if (typeof s !== "string" || !/^[0-9a-f]{64}$/.test(s)) return null;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function hexToBytes(s) {
  if (s.length % 2 || !/^[0-9a-fA-F]*$/.test(s)) throw new Error("bad hex");
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function sha256Hex(b) {
  return toHex(sha256(b));
}

function strict(coder, s) {
  if (typeof s !== "string") return null;
  let b;
  try {
    b = coder.decode(s);
  } catch {
    return null;
  }
  return coder.encode(b) === s ? b : null;
}

/** Standard base64 with padding, canonical only (§1.1 "b64"); null if not. */
export const b64decode = (s) => strict(base64, s);
export const b64encode = (b) => base64.encode(b);
/** Standard base64 without padding (age's stanza encoding). */
export const b64nopadDecode = (s) => strict(base64nopad, s);
export const b64nopadEncode = (b) => base64nopad.encode(b);
/** URL-safe base64 without padding (mailbox ids, delete tokens). */
export const b64urlDecode = (s) => strict(base64urlnopad, s);
export const b64urlEncode = (b) => base64urlnopad.encode(b);

// Rust's `char::is_whitespace` (the Unicode White_Space property). JS's \s
// differs (it includes U+FEFF and lacks U+0085), so the set is spelled out.
const WS = "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
export function isRustWhitespace(c) {
  return WS.includes(c);
}
/** Rust's `str::trim`. */
export function rustTrim(s) {
  let a = 0;
  let z = s.length;
  while (a < z && WS.includes(s[a])) a++;
  while (z > a && WS.includes(s[z - 1])) z--;
  return s.slice(a, z);
}
/** Rust's `char::is_control` (general category Cc). */
export function isControl(c) {
  return /\p{Cc}/u.test(c);
}
export function utf8Len(s) {
  return te.encode(s).length;
}

/** A uniformly random integer in [0, n), n ≤ 2^32, from the OS RNG. */
export function randomBelow(n) {
  if (n <= 1) return 0;
  const limit = Math.floor(0x100000000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    if (buf[0] < limit) return buf[0] % n;
  }
}

export function randomBytes(n) {
  const b = new Uint8Array(n);
  crypto.getRandomValues(b);
  return b;
}

/** Fisher–Yates with the OS RNG, in place. */
export function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
