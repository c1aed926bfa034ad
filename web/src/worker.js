// The page's slow work in a Web Worker, so the page stays responsive and
// can show progress: the codename derivation (Argon2id, 19 MiB) and the
// server's anti-flooding puzzle (proof of work). The send's hashing and
// encryption run in send-worker.js's workers. The page starts it from its
// own embedded copy of this file (a blob: URL), so nothing else is
// fetched.

import { codenameSeedAsync, keysFromSeed } from "./codename.js";
import { solvePow } from "./tus.js";

self.onmessage = async (ev) => {
  const job = ev.data;
  try {
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
