// The codename derivation (Argon2id, 19 MiB) in a Web Worker, so the page
// stays responsive and can show progress. The page starts it from its own
// embedded copy of this file (a blob: URL), so nothing else is fetched.

import { codenameSeedAsync, keysFromSeed } from "./codename.js";

self.onmessage = async (ev) => {
  const { codename, fingerprint } = ev.data;
  try {
    const seed = await codenameSeedAsync(codename, fingerprint, (p) => self.postMessage({ progress: p }));
    const keys = keysFromSeed(seed);
    seed.fill(0);
    self.postMessage({ keys });
  } catch (e) {
    self.postMessage({ error: String((e && e.message) || e) });
  }
};
