// Keys and identifiers (PROTOCOL §1, §3): strict ed25519 exactly as the Rust
// side's `verify_strict` plus its y < p checks, `ed25519:` key text, X25519
// `age1…` recipients and `AGE-SECRET-KEY-1…` identities, member ids,
// digests and days.

import { ed25519, x25519 } from "@noble/curves/ed25519.js";
import { sha512 } from "@noble/hashes/sha2.js";
import { bech32 } from "@scure/base";
import { b64decode, b64encode, concat, equalBytes, randomBytes } from "./util.js";

const Point = ed25519.Point;
// No precomputed table for the base point (noble's default builds one of
// 1,408 points, W=6, on the first use): the page verifies a handful of
// signatures and signs a few requests, and building the table cost more
// time than it saved and grew the page's heap by about 5 MiB, which stayed
// through the send (issue 17's memory goal; bench/RESULTS.md, "Page,
// session 14"). W=1 is noble's table-less path: the constant-time
// fixed-window ladder for secret scalars (signing), wNAF for public ones.
Point.BASE.precompute(1);
// The group order L.
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

function bytesToNumberLE(b) {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]);
  return n;
}

/** The y coordinate (low 255 bits, little-endian) is below p = 2^255 − 19. */
export function yIsCanonical(enc) {
  const y = Uint8Array.from(enc);
  y[31] &= 0x7f;
  let allFF = true;
  for (let i = 1; i < 31; i++) if (y[i] !== 0xff) allFF = false;
  return !(y[31] === 0x7f && allFF && y[0] >= 0xed);
}

/** Decodes a canonical, non-small-order point, or null. */
function strictPoint(enc) {
  if (!(enc instanceof Uint8Array) || enc.length !== 32 || !yIsCanonical(enc)) return null;
  let p;
  try {
    p = Point.fromBytes(enc, false);
  } catch {
    return null;
  }
  if (!equalBytes(p.toBytes(), enc) || p.isSmallOrder()) return null;
  return p;
}

/** Whether 32 bytes are an acceptable ed25519 public key (§3.2 rules 1–2). */
export function isValidSignKey(bytes) {
  return strictPoint(bytes) !== null;
}

/**
 * Strict ed25519 verification (§3.2): canonical A and R not of small order,
 * S < L, and the cofactorless equation [S]B = R + [k]A. @noble/curves'
 * verify with zip215:false checks the cofactored equation and does not
 * refuse a small-order R, so both are checked here as well.
 */
export function verifyStrict(publicKey, message, signature) {
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
  const A = strictPoint(publicKey);
  if (!A) return false;
  const rBytes = signature.subarray(0, 32);
  const R = strictPoint(rBytes);
  if (!R) return false;
  const s = bytesToNumberLE(signature.subarray(32));
  if (s >= L) return false;
  if (!ed25519.verify(signature, message, publicKey, { zip215: false })) return false;
  const k = bytesToNumberLE(sha512(concat(rBytes, publicKey, message))) % L;
  const SB = s === 0n ? Point.ZERO : Point.BASE.multiply(s);
  const RkA = k === 0n ? R : R.add(A.multiply(k));
  return RkA.equals(SB);
}

export function signPublic(seed) {
  return ed25519.getPublicKey(seed);
}

export function sign(seed, message) {
  return ed25519.sign(message, seed);
}

/** Parses `ed25519:<b64>` (canonical, strict key), or null. */
export function parseSignKeyText(s) {
  if (typeof s !== "string" || !s.startsWith("ed25519:")) return null;
  const b = b64decode(s.slice(8));
  if (!b || b.length !== 32 || !isValidSignKey(b)) return null;
  return b;
}

export function signKeyText(bytes) {
  return "ed25519:" + b64encode(bytes);
}

/** Parses a canonical lower-case X25519 recipient `age1…`, or null. */
export function parseAgeRecipient(s) {
  if (typeof s !== "string" || !s.startsWith("age1")) return null;
  try {
    const d = bech32.decodeToBytes(s);
    if (d.prefix !== "age" || d.bytes.length !== 32) return null;
    if (bech32.encodeFromBytes("age", d.bytes) !== s) return null;
    return d.bytes;
  } catch {
    return null;
  }
}

/** Bytes of an ML-KEM-768 + X25519 public key (PROTOCOL §7.5). */
export const HYBRID_PUBLIC_BYTES = 1216;

/**
 * Parses a canonical lower-case hybrid recipient `age1pq1…` (as
 * `HybridRecipient::from_str`: no bech32 length limit), or null.
 */
export function parseHybridRecipient(s) {
  if (typeof s !== "string" || !s.startsWith("age1pq1")) return null;
  try {
    const d = bech32.decode(s, false);
    const bytes = bech32.fromWords(d.words);
    if (d.prefix !== "age1pq" || bytes.length !== HYBRID_PUBLIC_BYTES) return null;
    if (bech32.encode("age1pq", bech32.toWords(bytes), false) !== s) return null;
    return bytes;
  } catch {
    return null;
  }
}

/** The `age1pq1…` text of a hybrid public key. */
export function hybridRecipientText(publicBytes) {
  return bech32.encode("age1pq", bech32.toWords(publicBytes), false);
}

/** The `AGE-SECRET-KEY-PQ-1…` text of a 32-byte hybrid seed. */
export function hybridIdentityText(seed) {
  return bech32.encodeFromBytes("age-secret-key-pq-", seed).toUpperCase();
}

export function ageRecipientText(publicBytes) {
  return bech32.encodeFromBytes("age", publicBytes);
}

/** The `AGE-SECRET-KEY-1…` text of 32 secret bytes (upper-case bech32). */
export function ageIdentityText(secret) {
  return bech32.encodeFromBytes("age-secret-key-", secret).toUpperCase();
}

export function x25519Public(secret) {
  return x25519.getPublicKey(secret);
}

/** The X25519 public key of a fresh random scalar from the OS (a decoy share). */
export function x25519RandomShare() {
  return x25519.getPublicKey(randomBytes(32));
}

/** Member id (§1.2): 1–64 bytes of a-z 0-9 . _ -, starting with a-z or 0-9. */
export function isMemberId(s) {
  return typeof s === "string" && /^[a-z0-9][a-z0-9._-]{0,63}$/.test(s);
}

export function isDigest(s) {
  return typeof s === "string" && /^[0-9a-f]{64}$/.test(s);
}

// Days since 1970-01-01 (H. Hinnant's algorithms, as crypto/src/time.rs).
function daysFromCivil(y, m, d) {
  y = m <= 2 ? y - 1 : y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Parses a day `YYYY-MM-DD` (§1.3) into days since the epoch, or null. */
export function parseDay(s) {
  if (typeof s !== "string" || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)) return null;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return null;
  const n = daysFromCivil(y, m, d);
  const [y2, m2, d2] = civilFromDays(n);
  return y2 === y && m2 === m && d2 === d ? n : null;
}

export function dayText(n) {
  const [y, m, d] = civilFromDays(n);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The UTC day of a Unix time in seconds. */
export function dayOf(unixSeconds) {
  return Math.floor(unixSeconds / 86400);
}
