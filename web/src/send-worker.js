// The send's Web Workers (app.js's `sendWorkers`): the SHA-256 of the
// attachments and of the ciphertext (hashing.js) and the age encryption of
// the bundle's segments (seal.js). Apart from worker.js (the codename and
// the proof of work) so that each of the send's workers parses and keeps
// only the code it runs: every worker's script, heap and compiled code are
// the tab's memory, which issue 17 bounds. The page starts it from its own
// embedded copy of this file (a blob: URL), so nothing else is fetched.

import { hashJob } from "./hashing.js";
import { sealJob } from "./seal.js";

const hashing = { hash: null };
const sealing = { key: null };

self.onmessage = async (ev) => {
  const job = ev.data;
  try {
    const post = (m, t) => self.postMessage(m, t || []);
    const running = hashJob(job, hashing, post) || sealJob(job, sealing, post);
    if (!running) throw new Error("not a send job");
    await running;
  } catch (e) {
    self.postMessage({ error: String((e && e.message) || e) });
  }
};
