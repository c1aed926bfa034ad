// The reporter's side of a thread without state in the browser (protocol
// 1.3, PROTOCOL §10.4 and §15.9), as reporter-cli/src/thread.rs: the thread
// record and follow-up copies in the mailbox's own log, readable only with
// the codename, and who the next follow-up may go to and its number.

import { encodeToBytes, decodeSlice } from "./bundle.js";
import { encryptBytes, decryptBytes } from "./envelope.js";
import { keysFromSeed } from "./codename.js";
import { signRequest } from "./httpsig.js";
import { FOLLOWUP_TYPE, THREAD_TYPE } from "./dsse.js";
import { b64decode, basePath, randomBytes } from "./util.js";
import { newDeleteToken } from "./bundle.js";
import { newThreadRecord, signThreadRecord, verifyFollowupSignature, verifyThreadRecord } from "./messages.js";

const NET = { cache: "no-store", credentials: "omit", redirect: "error", referrerPolicy: "no-referrer" };

/** An `own` bundle carrying `signed`, encrypted to the codename alone. */
export async function ownItem(keys, signed, rosterSeq, created) {
  const header = {
    kind: "own",
    created,
    roster_seq: rosterSeq,
    recipients: [],
    delete_token: newDeleteToken().text,
    via: "client",
    signed,
    attachments: [],
  };
  return encryptBytes([keys.x25519Recipient], await encodeToBytes(header, []));
}

/** `POST /v1/mailboxes/{id}/own`, signed with the mailbox key. */
export async function postOwn(keys, data, token = null) {
  const target = `${basePath()}/v1/mailboxes/${keys.mailbox}/own`;
  const headers = signRequest({ method: "POST", target, body: data, keyid: `mbx:${keys.mailbox}`, seed: keys.ed25519Seed });
  headers["Content-Type"] = "application/octet-stream";
  if (token) headers["Dropbox-Upload-Token"] = token;
  const r = await fetch(target, { ...NET, method: "POST", headers, body: data });
  if (r.status !== 201) {
    let m = "";
    try {
      m = (await r.json()).message || "";
    } catch {
      // not JSON
    }
    throw new Error(`the drop box answered ${r.status}${m ? `: ${m}` : ""}`);
  }
}

/**
 * Right after a report is accepted: its thread record when it has a
 * codename (`keys`), else a cover record of the same size under a
 * throwaway key, so the server cannot tell whether a codename exists.
 */
export async function postThreadRecord(fingerprint, roster, keys, recipients, created, token) {
  let k = keys;
  if (!k) {
    const seed = randomBytes(32);
    k = keysFromSeed(seed);
    seed.fill(0);
  }
  const record = newThreadRecord(fingerprint, k.mailbox, roster, created, recipients);
  const data = await ownItem(k, signThreadRecord(record, k.ed25519Seed), roster.seq, created);
  await postOwn(k, data, token);
}

/** `GET /v1/mailboxes/{id}/own`: the raw items. */
export async function fetchOwn(keys) {
  const target = `${basePath()}/v1/mailboxes/${keys.mailbox}/own`;
  const headers = signRequest({ method: "GET", target, keyid: `mbx:${keys.mailbox}`, seed: keys.ed25519Seed });
  const r = await fetch(target, { ...NET, headers });
  if (r.status !== 200) throw new Error(`the drop box answered ${r.status} for your conversation's record`);
  return r.json();
}

/**
 * The own log's items verified: `{record, followups, problems}`; an item
 * that does not verify is a problem, never trusted.
 */
export async function readOwn(items, fingerprint, keys) {
  const out = { record: null, followups: [], problems: [] };
  for (const item of Array.isArray(items) ? items : []) {
    try {
      const data = b64decode(item && typeof item.data === "string" ? item.data : "");
      if (!data) throw new Error("not base64");
      const d = decodeSlice(await decryptBytes(data, [keys.x25519Identity]));
      if (d.header.kind !== "own" || d.attachments.length) throw new Error("not an item of your own log");
      const env = d.header.signed;
      if (env.payloadType === THREAD_TYPE) {
        const t = verifyThreadRecord(env, fingerprint, keys.mailbox);
        if (!out.record) out.record = t;
      } else if (env.payloadType === FOLLOWUP_TYPE) {
        const f = verifyFollowupSignature(env, fingerprint);
        if (f.mailbox !== keys.mailbox) throw new Error("a follow-up of another mailbox");
        out.followups.push(f);
      } else {
        throw new Error("unexpected item");
      }
    } catch (e) {
      out.problems.push(`an item of your own log was ignored (${e.code || e.message})`);
    }
  }
  return out;
}
