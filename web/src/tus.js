// Resumable upload through the server's tus 1.0 endpoints (PROTOCOL §15.7),
// in parts of 8 MiB, streaming: the part being sent is kept (so a dropped
// connection can be resumed from the offset the server reports) while the
// next one is filled from the encrypter, so encryption overlaps the upload;
// at most two parts are held (as Blobs, which Chromium keeps in its browser
// process; each chunk goes on to the hasher as soon as it is copied into
// one).

import { sha256 } from "@noble/hashes/sha2.js";
import { toHex, utf8 } from "./util.js";
import { localHasher } from "./hashing.js";

export const PART = 8 * 1024 * 1024;
/** Bytes of small chunks copied into one Blob together (see `nextPart`). */
const GROUP = 512 * 1024;
const TUS = { "Tus-Resumable": "1.0.0" };

class UploadError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function errorOf(resp) {
  let code = "";
  let message = `the server answered ${resp.status}`;
  try {
    const j = await resp.json();
    code = j.error || "";
    if (j.message) message += `: ${j.message}`;
  } catch {
    // not JSON
  }
  return new UploadError(message, resp.status, code);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function request(url, init) {
  return fetch(url, { cache: "no-store", credentials: "omit", redirect: "error", referrerPolicy: "no-referrer", ...init });
}

/** Finds a proof-of-work nonce (§15.6.1), yielding to the page now and then. */
export async function solvePow(challenge, bits, onProgress) {
  const prefix = utf8(`${challenge}:`);
  const meets = (h) => {
    let left = bits;
    for (const b of h) {
      if (left === 0) return true;
      const lz = b === 0 ? 8 : Math.clz32(b) - 24;
      if (left <= 8) return lz >= left;
      if (lz < 8) return false;
      left -= 8;
    }
    return left === 0;
  };
  for (let n = 0; ; n++) {
    const s = String(n);
    const h = sha256.create().update(prefix).update(utf8(s)).digest();
    if (meets(h)) return s;
    if (n % 20000 === 0) {
      if (onProgress) onProgress(n);
      await sleep(0);
    }
  }
}

/**
 * An upload token when the server asks for proof of work, else null.
 * `solve(challenge, bits)` finds the nonce (the page runs it in a worker).
 */
export async function uploadToken(base, onStatus, solve = solvePow) {
  const r = await request(`${base}/v1/pow`, { method: "GET" });
  if (!r.ok) return null;
  const j = await r.json();
  if (!j.bits) return null;
  // The second argument is the status as a message id for the page's translations.
  if (onStatus) onStatus(`Doing the server's anti-flooding puzzle (${j.bits} bits)…`, { id: "status-puzzle", args: { bits: j.bits } });
  const nonce = await solve(j.challenge, j.bits);
  const p = await request(`${base}/v1/pow`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ challenge: j.challenge, nonce }),
  });
  if (!p.ok) throw await errorOf(p);
  return (await p.json()).token;
}

/**
 * Uploads `length` bytes read from `reader` (a ReadableStreamDefaultReader
 * of Uint8Array). Returns `{id, receipt}` after checking that the server's
 * receipt is the sha256 of what was sent. `onProgress(sent, length)`.
 * `hasher` (hashing.js; default on this thread) hashes what is sent;
 * `owned` says the reader's chunks are handed over (the hasher may take
 * their buffers) rather than copied. `onPart(blob)` sees each part once, in
 * order (the page keeps a copy of what it sends from them).
 */
export async function tusUpload({ base = "", reader, length, deleteHash, withdrawHash, token, onProgress, onStatus, onPart, owned = false, part = PART, retries = 8, hasher = localHasher() }) {
  const headers = { ...TUS, "Upload-Length": String(length) };
  if (deleteHash) headers["Dropbox-Delete-Hash"] = deleteHash;
  // Protocol 1.7: sha256 of the withdrawal secret (§6.5).
  if (withdrawHash) headers["Dropbox-Withdraw-Hash"] = withdrawHash;
  if (token) headers["Dropbox-Upload-Token"] = token;
  const created = await request(`${base}/v1/uploads`, { method: "POST", headers });
  if (created.status !== 201) throw await errorOf(created);
  const location = created.headers.get("Location");
  // An absolute path under the drop box's own (`base`, its path prefix on a
  // host shared by several teams).
  // `base` is an origin and a path, or a path alone (the page's own).
  const origin = /^https?:\/\/[^/]*/.exec(base)?.[0] ?? "";
  const uploads = `${base.slice(origin.length)}/v1/uploads/`;
  // The upload's own id after it and nothing else: a `..` would take the
  // parts to another team's prefix.
  if (!location || !location.startsWith(uploads) || !/^[0-9a-f]{32}$/.test(location.slice(uploads.length))) throw new UploadError("the server gave no upload address", created.status, "");
  const url = `${origin}${location}`;

  let offset = 0; // acknowledged by the server
  let filled = 0; // read from the stream into parts
  let done = false;
  let result = null;
  let uncertain = false;

  // Fills the next part of at most `part` bytes from the stream, as a Blob
  // (Chromium sends a typed-array body about ten times slower:
  // bench/RESULTS.md, "Page"). The chunks are copied into Blobs of about
  // GROUP bytes as they come (one per sealed 512 KiB segment; small chunks
  // together, as each Blob costs the browser a registration), the part is
  // a Blob of those (no further copy), and each chunk goes to the hasher as
  // soon as it is in a Blob, handed over whole when `owned`: its buffer
  // comes back for reuse while the part is still being filled, and the page
  // does not hold a part's worth of chunks (Chromium keeps a Blob's bytes
  // in its browser process). A chunk cut by the part's end is hashed whole;
  // the rest of its Blob starts the next part.
  let carry = null; // the rest of a chunk cut by the last part's end, a Blob
  async function nextPart() {
    const size = Math.min(part, length - filled);
    const blobs = [];
    let group = [];
    let grouped = 0;
    const flush = async () => {
      const b = new Blob(group);
      const chunks = group;
      group = [];
      grouped = 0;
      for (const c of chunks) await hasher.update(c, owned);
      return b;
    };
    let n = 0; // bytes of this part in `blobs` and `group`
    while (n < size) {
      if (carry) {
        const take = Math.min(carry.size, size - n);
        blobs.push(take < carry.size ? carry.slice(0, take) : carry);
        carry = take < carry.size ? carry.slice(take) : null;
        n += take;
        continue;
      }
      const r = await reader.read();
      if (r.done) break;
      const chunk = r.value;
      group.push(chunk);
      grouped += chunk.length;
      const take = Math.min(chunk.length, size - n);
      n += take;
      if (take < chunk.length) {
        // Before the hasher takes (detaches) the chunk.
        const rest = chunk.length - take;
        const b = await flush();
        const keep = b.size - rest;
        blobs.push(b.slice(0, keep));
        carry = b.slice(keep);
      } else if (n === size || grouped >= GROUP) {
        blobs.push(await flush());
      }
    }
    if (group.length) blobs.push(await flush());
    if (n !== size) throw new UploadError("the encrypted data ended early", 0, "");
    filled += size;
    const blob = new Blob(blobs);
    if (onPart) onPart(blob);
    return blob;
  }
  // One part ahead at most; a failure surfaces when that part is awaited.
  const ahead = (p) => {
    p.catch(() => {});
    return p;
  };

  let next = ahead(nextPart());
  while (!done) {
    const blob = await next;
    next = filled < length ? ahead(nextPart()) : null;
    const start = offset;
    const end = start + blob.size;
    let attempt = 0;
    while (offset < end) {
      let resp;
      try {
        resp = await request(url, {
          method: "PATCH",
          headers: { ...TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": String(offset) },
          body: offset === start ? blob : blob.slice(offset - start),
        });
      } catch (e) {
        resp = null; // the connection dropped: ask where the server is
      }
      if (resp && resp.status === 204) {
        const at = Number(resp.headers.get("Upload-Offset"));
        // A server that takes a part without moving forward would keep
        // this loop going for ever.
        if (!(at > offset && at <= end)) throw new UploadError("the server reports an offset outside the part being sent", 0, "");
        offset = at;
        if (offset === length) {
          result = { id: resp.headers.get("Dropbox-Submission-Id"), receipt: resp.headers.get("Dropbox-Receipt") };
        }
        if (onProgress) onProgress(offset, length);
        attempt = 0;
        continue;
      }
      if (resp && resp.status !== 409 && resp.status < 500 && resp.status !== 408 && resp.status !== 400) {
        throw await errorOf(resp);
      }
      if (++attempt > retries) throw resp ? await errorOf(resp) : new UploadError("the connection keeps failing", 0, "");
      if (onStatus) onStatus(`The connection was interrupted; resuming (attempt ${attempt} of ${retries})…`, { id: "status-resuming", args: { attempt, retries } });
      await sleep(Math.min(1000 * 2 ** (attempt - 1), 15000));
      let head;
      try {
        head = await request(url, { method: "HEAD", headers: TUS });
      } catch {
        continue;
      }
      if (head.status === 404 && end === length) {
        // The last part may have been committed just before the connection
        // dropped: the upload is gone either way.
        uncertain = true;
        offset = end;
        break;
      }
      if (head.status !== 200) throw new UploadError(`the server lost the upload (${head.status})`, head.status, "");
      const at = Number(head.headers.get("Upload-Offset"));
      if (!(at >= start && at <= end)) throw new UploadError("the server reports an offset outside the part being sent", 0, "");
      offset = at;
      if (onProgress) onProgress(offset, length);
    }
    if (offset === length && !result && !uncertain) {
      // Every byte arrived but the last answer did not (a dropped
      // connection, a server restarted mid-commit): a PATCH with no body
      // at the full length has the server finish the report, or answer
      // 404 if it already did and forgot the upload.
      for (let tries = 1; ; tries++) {
        let resp = null;
        try {
          resp = await request(url, {
            method: "PATCH",
            headers: { ...TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": String(length) },
            body: new Uint8Array(0),
          });
        } catch {
          resp = null;
        }
        if (resp && resp.status === 204 && resp.headers.get("Dropbox-Receipt")) {
          result = { id: resp.headers.get("Dropbox-Submission-Id"), receipt: resp.headers.get("Dropbox-Receipt") };
          break;
        }
        if (resp && resp.status === 404) {
          uncertain = true;
          break;
        }
        if (resp && resp.status !== 409 && resp.status < 500 && resp.status !== 408) throw await errorOf(resp);
        if (tries > retries) throw resp ? await errorOf(resp) : new UploadError("the connection keeps failing", 0, "");
        await sleep(Math.min(1000 * 2 ** (tries - 1), 15000));
      }
    }
    done = offset === length;
  }
  if (carry || !(await reader.read()).done) throw new UploadError("the encrypted data is longer than announced", 0, "");
  const receipt = toHex(await hasher.digest());
  if (uncertain && !result) return { id: null, receipt, uncertain: true };
  if (!result || result.receipt !== receipt) {
    throw new UploadError("the server's receipt does not match what was sent", 0, "");
  }
  return { id: result.id, receipt };
}
