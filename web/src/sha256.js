// Streaming SHA-256 for the send path's large hashes (issue 17 item 4):
// the attachments' digests for the bundle's trailer and the ciphertext's
// for the receipt check, each 100 MiB for a 100 MiB report. Pure
// JavaScript, as @noble/hashes' (which the page keeps for small inputs),
// but with the compression function written out (sha256-blocks.js, made by
// scripts/sha256-gen.mjs): about 1.4x noble's speed in V8. No WebAssembly:
// Tor Browser's "Safer" level turns it off; WebCrypto's digest is one-shot
// and would need the whole input in memory.
//
// `createSha256()` gives `{update(bytes), digest()}` as noble's
// `sha256.create()` does: `update` returns the hasher, `digest` the 32
// bytes (the hasher is then finished).

import { blocks } from "./sha256-blocks.js";

const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

class Sha256 {
  constructor() {
    this.state = Int32Array.from(IV);
    // A partial block carried to the next update.
    this.block = new Uint8Array(64);
    this.blockView = new DataView(this.block.buffer);
    this.held = 0;
    this.length = 0;
    this.finished = false;
  }

  update(bytes) {
    if (this.finished) throw new Error("this SHA-256 is finished");
    if (!(bytes instanceof Uint8Array)) throw new TypeError("SHA-256 takes a Uint8Array");
    let pos = 0;
    const n = bytes.length;
    this.length += n;
    if (this.held > 0) {
      const take = Math.min(64 - this.held, n);
      this.block.set(bytes.subarray(0, take), this.held);
      this.held += take;
      pos = take;
      if (this.held < 64) return this;
      blocks(this.state, this.blockView, 0, 64);
      this.held = 0;
    }
    const whole = pos + ((n - pos) & ~63);
    if (whole > pos) blocks(this.state, new DataView(bytes.buffer, bytes.byteOffset, bytes.length), pos, whole);
    if (whole < n) {
      this.block.set(bytes.subarray(whole), 0);
      this.held = n - whole;
    }
    return this;
  }

  digest() {
    if (this.finished) throw new Error("this SHA-256 is finished");
    this.finished = true;
    const { block, blockView, state } = this;
    block.fill(0, this.held);
    block[this.held] = 0x80;
    if (this.held >= 56) {
      blocks(state, blockView, 0, 64);
      block.fill(0);
    }
    // The message's length in bits, 64-bit big-endian.
    const bits = this.length * 8;
    blockView.setUint32(56, Math.floor(bits / 2 ** 32));
    blockView.setUint32(60, bits >>> 0);
    blocks(state, blockView, 0, 64);
    const out = new Uint8Array(32);
    const v = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) v.setInt32(4 * i, state[i]);
    state.fill(0);
    block.fill(0);
    return out;
  }
}

/** A fresh streaming SHA-256. */
export function createSha256() {
  return new Sha256();
}

/** The SHA-256 of `bytes`. */
export function sha256Of(bytes) {
  return new Sha256().update(bytes).digest();
}
