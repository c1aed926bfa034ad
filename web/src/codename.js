// Codenames (PROTOCOL §9), as crypto/src/codename.rs: 8 words of the EFF
// large word list; Argon2id v1.3 (m = 19 MiB, t = 2, p = 1) over the
// normalised words with the team-bound salt, then HKDF-SHA256 into the
// X25519 reply identity, the ed25519 mailbox key, (protocol 1.4) the
// hybrid identity of the codename slot when drop keys are on and
// (protocol 1.5) the delete token of the thread's first report and
// (protocol 1.7) its withdrawal secret.
//
// The word list is passed in (the page bundles
// crypto/wordlists/eff_large_wordlist.txt; the tests read the same file).

import { argon2id, argon2idAsync } from "@noble/hashes/argon2.js";
import { extract, expand } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { ed25519 } from "@noble/curves/ed25519.js";
import { MLKEM768X25519 } from "@noble/post-quantum/hybrid.js";
import { ageIdentityText, ageRecipientText, hybridIdentityText, hybridRecipientText, signKeyText, x25519Public } from "./keys.js";
import { b64urlEncode, concat, isRustWhitespace, parseHex32, randomBelow, toHex, utf8 } from "./util.js";

export const WORDS = 8;
export const SALT_PREFIX = "dropbox-codename-v1";
export const LABEL_X25519 = "dropbox/v1/codename/x25519";
export const LABEL_ED25519 = "dropbox/v1/codename/ed25519";
// Protocol 1.4: the codename slot's post-quantum identity, used when the
// team's reports are encrypted to drop keys (§4.5, §7.5).
export const LABEL_HYBRID = "dropbox/v1/codename/mlkem768x25519";
// Protocol 1.5: the delete token of the report that starts the thread
// (§6.5), so `dropbox-submit withdraw` deletes a page report too with
// nothing kept but the codename.
export const LABEL_DELETE = "dropbox/v1/codename/delete-token";
// Protocol 1.7: the withdrawal secret, whose hash the thread's first report
// is uploaded with (`Dropbox-Withdraw-Hash`) and which no header carries, so
// only the codename deletes the report through the mailbox route.
export const LABEL_WITHDRAW = "dropbox/v1/codename/withdraw-secret";
export const ARGON2 = { t: 2, m: 19 * 1024, p: 1, dkLen: 32, version: 0x13 };

/** The word list from its file text (one word per line). */
export function wordlistFrom(text) {
  const list = text.split("\n").filter((w) => w !== "");
  if (list.length !== 7776) throw new Error("the codename word list must have 7776 words");
  return list;
}

/** A fresh codename: 8 words drawn uniformly with the OS RNG. */
export function generateCodename(list) {
  return Array.from({ length: WORDS }, () => list[randomBelow(list.length)]).join(" ");
}

/** `Codename::parse`: lower case, whitespace split, 8 known words. */
export function parseCodename(input, list) {
  const lowered = input.toLowerCase();
  const words = [];
  let cur = "";
  for (const c of lowered) {
    if (isRustWhitespace(c)) {
      if (cur) words.push(cur);
      cur = "";
    } else {
      cur += c;
    }
  }
  if (cur) words.push(cur);
  // `l10n` names the page's translated message for the same error.
  if (words.length !== WORDS) {
    throw Object.assign(new Error(`a codename has exactly 8 words, this has ${words.length}`), { l10n: { id: "codename-word-count", args: { count: words.length } } });
  }
  const known = new Set(list);
  words.forEach((w, i) => {
    if (!known.has(w)) {
      throw Object.assign(new Error(`word ${i + 1} of the codename is not on the word list; check its spelling`), { l10n: { id: "codename-unknown-word", args: { n: i + 1 } } });
    }
  });
  return words.join(" ");
}

function salt(fingerprintHex) {
  const fp = parseHex32(fingerprintHex);
  if (!fp) throw new Error("the team fingerprint is 64 lowercase hex digits");
  return concat(utf8(SALT_PREFIX), fp);
}

/** The Argon2id seed (synchronous; blocks for a second or so). */
export function codenameSeed(codename, fingerprintHex) {
  return argon2id(utf8(codename), salt(fingerprintHex), ARGON2);
}

/** The Argon2id seed, yielding to the event loop, with progress in [0, 1]. */
export function codenameSeedAsync(codename, fingerprintHex, onProgress) {
  return argon2idAsync(utf8(codename), salt(fingerprintHex), { ...ARGON2, asyncTick: 10, onProgress });
}

/** `keys_from_seed`: the reply identity and the mailbox key. */
export function keysFromSeed(seed) {
  const prk = extract(sha256, seed);
  const x = expand(sha256, prk, utf8(LABEL_X25519), 32);
  const e = expand(sha256, prk, utf8(LABEL_ED25519), 32);
  const q = expand(sha256, prk, utf8(LABEL_HYBRID), 32);
  const d = expand(sha256, prk, utf8(LABEL_DELETE), 32);
  const w = expand(sha256, prk, utf8(LABEL_WITHDRAW), 32);
  const mailboxPublic = ed25519.getPublicKey(e);
  const keys = {
    hybridIdentity: hybridIdentityText(q),
    hybridRecipient: hybridRecipientText(MLKEM768X25519.getPublicKey(q)),
    x25519Identity: ageIdentityText(x),
    x25519Recipient: ageRecipientText(x25519Public(x)),
    ed25519Seed: e,
    ed25519Public: signKeyText(mailboxPublic),
    mailbox: b64urlEncode(mailboxPublic),
    thread: toHex(sha256(mailboxPublic)),
    deleteToken: { text: b64urlEncode(d), hash: toHex(sha256(d)) },
    withdrawSecret: { text: b64urlEncode(w), hash: toHex(sha256(w)) },
  };
  d.fill(0);
  w.fill(0);
  x.fill(0);
  q.fill(0);
  prk.fill(0);
  return keys;
}

export function deriveKeys(codename, fingerprintHex) {
  return keysFromSeed(codenameSeed(codename, fingerprintHex));
}
