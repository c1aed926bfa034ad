// The page's slow work in a Web Worker, so the page stays responsive and
// can show progress: the codename derivation (Argon2id, 19 MiB), the
// server's anti-flooding puzzle (proof of work), and the send path's
// SHA-256 (hashing.js), which then overlaps encryption and upload, and the
// send's age encryption (seal.js), several workers at once. The page starts it from
// its own embedded copy of this file (a blob: URL), so nothing else is
// fetched.

import { codenameSeedAsync, keysFromSeed } from "./codename.js";
import { solvePow } from "./tus.js";
import { hashJob } from "./hashing.js";
import { sealJob } from "./seal.js";

const hashing = { hash: null };
const sealing = { key: null };

self.onmessage = async (ev) => {
  const job = ev.data;
  try {
    const post = (m, t) => self.postMessage(m, t || []);
    const hashed = hashJob(job, hashing, post) || sealJob(job, sealing, post);
    if (hashed) {
      await hashed;
      return;
    }
    if (job.pow) {
      const nonce = await solvePow(job.pow.challenge, job.pow.bits, (n) => self.postMessage({ progress: n }));
      self.postMessage({ result: nonce });
      return;
    }
    const seed = await codenameSeedAsync(job.codename, job.fingerprint, (p) => self.postMessage({ progress: p }));
    const keys = keysFromSeed(seed);
    seed.fill(0);
    self.postMessage({ result: keys });
  } catch (e) {
    self.postMessage({ error: String((e && e.message) || e) });
  }
};
