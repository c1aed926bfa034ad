// The age envelope (PROTOCOL §7), as crypto/src/envelope.rs, on top of the
// age-encryption package: one slot per roster member in roster order plus
// the codename slot; members left out and an absent codename get decoy
// X25519 stanzas; the slots are shuffled; one grease stanza goes last.
// With drop keys on (§7.5) every slot is of the hybrid type instead:
// members' drop keys, the codename's hybrid recipient, hybrid decoys.

import { Decrypter, Encrypter, Stanza } from "age-encryption";
import { CodedError, b64nopadEncode, randomBelow, randomBytes, shuffle } from "./util.js";
import { x25519RandomShare } from "./keys.js";
import { MLKEM768X25519 } from "@noble/post-quantum/hybrid.js";

/** A decoy: a real curve point as the share, 32 random bytes as the body. */
export class DecoyRecipient {
  wrapFileKey() {
    return [new Stanza(["X25519", b64nopadEncode(x25519RandomShare())], randomBytes(32))];
  }
}

/** The slot value of a hybrid decoy (a left-out member or absent codename). */
export const HYBRID_DECOY = Symbol("hybrid decoy");

/**
 * A hybrid decoy, as `HybridDecoy`: the argument a real encapsulation to a
 * fresh throwaway key (an ML-KEM ciphertext and an X25519 point), the body
 * 32 random bytes like a sealed file key; indistinguishable from a real
 * `mlkem768x25519` stanza.
 */
export class HybridDecoyRecipient {
  wrapFileKey() {
    const throwaway = MLKEM768X25519.keygen(randomBytes(32)).publicKey;
    const { cipherText } = MLKEM768X25519.encapsulate(throwaway);
    return [new Stanza(["mlkem768x25519", b64nopadEncode(cipherText)], randomBytes(32))];
  }
}

function arbitraryString() {
  const len = 1 + randomBelow(8);
  let s = "";
  for (let i = 0; i < len; i++) s += String.fromCharCode(33 + randomBelow(94));
  return s;
}

/**
 * The grease stanza of the age crate (`grease_the_joint`): a tag of 1–8
 * printable characters plus "-grease", 0–4 arguments of 1–8 such characters,
 * a body of 0–99 random bytes.
 */
export class GreaseRecipient {
  wrapFileKey() {
    const tag = `${arbitraryString()}-grease`;
    const args = Array.from({ length: randomBelow(5) }, arbitraryString);
    return [new Stanza([tag, ...args], randomBytes(randomBelow(100)))];
  }
}

/**
 * `submission_slots`: `roster` is the head roster, `chosen` the member ids
 * the reporter chose, `codenameRecipient` an `age1…` string or null.
 * Returns a list of `age1…` strings (real) and nulls (decoys).
 */
export function submissionSlots(roster, chosen, codenameRecipient) {
  const unknown = chosen.find((id) => !roster.members.some((m) => m.id === id));
  if (unknown !== undefined) throw new CodedError("envelope-unknown-recipient", `${unknown} is not a member of the roster`);
  if (chosen.length === 0) throw new CodedError("envelope-no-recipient", "choose at least one recipient");
  const slots = roster.members.map((m) => (chosen.includes(m.id) ? m.age : null));
  slots.push(codenameRecipient ?? null);
  return slots;
}

/** An age Encrypter for the slots, shuffled, grease last. */
export function encrypterFor(slots) {
  if (!slots.some((s) => s !== null && s !== HYBRID_DECOY)) throw new CodedError("envelope-no-recipient", "choose at least one recipient");
  const order = shuffle([...slots]);
  const e = new Encrypter();
  for (const s of order) {
    e.addRecipient(s === null ? new DecoyRecipient() : s === HYBRID_DECOY ? new HybridDecoyRecipient() : s);
  }
  e.addRecipient(new GreaseRecipient());
  return e;
}

/**
 * Encrypts a ReadableStream of plaintext; returns the ciphertext stream with
 * `size(plaintextLength)` giving the ciphertext length.
 */
export async function encryptStream(slots, plaintext) {
  return encrypterFor(slots).encrypt(plaintext);
}

export async function encryptBytes(slots, plaintext) {
  return encrypterFor(slots).encrypt(plaintext);
}

// Just enough of the age header grammar to tell "not an age file" from
// "not for you" and "altered", as the Rust side's coarse errors do.
function looksLikeAgeHeader(ct) {
  const intro = new TextEncoder().encode("age-encryption.org/v1\n");
  if (ct.length < intro.length || !intro.every((b, i) => ct[i] === b)) return false;
  const limit = Math.min(ct.length, 64 * 1024 + 64);
  for (let i = intro.length; i + 4 <= limit; i++) {
    if (ct[i - 1] === 0x0a && ct[i] === 0x2d && ct[i + 1] === 0x2d && ct[i + 2] === 0x2d && ct[i + 3] === 0x20) {
      const nl = ct.indexOf(0x0a, i);
      return nl >= 0;
    }
  }
  return false;
}

/** `decrypt_vec(ciphertext, identities)` with the Rust error codes. */
export async function decryptBytes(ciphertext, identities) {
  if (!looksLikeAgeHeader(ciphertext)) throw new CodedError("envelope-invalid", "not a binary age file");
  const d = new Decrypter();
  for (const id of identities) d.addIdentity(id);
  try {
    return await d.decrypt(ciphertext);
  } catch (e) {
    const msg = String(e && e.message);
    if (msg.includes("no identity matched")) throw new CodedError("envelope-no-matching-key", "this file was not encrypted to you");
    if (/^(invalid stanza|invalid version|invalid header)$/.test(msg) || msg.startsWith("invalid version ")) {
      throw new CodedError("envelope-invalid", msg);
    }
    throw new CodedError("envelope-decryption-failed", msg);
  }
}
