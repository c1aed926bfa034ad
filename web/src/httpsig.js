// Request signatures (PROTOCOL §11), as `Signer::sign` in
// crypto/src/httpsig.rs: label sig1; components "@method" "@path", then
// "@query" if the target has a query, then "content-digest" if there is a
// body; parameters created, nonce, keyid, alg="ed25519".

import { sha256 } from "@noble/hashes/sha2.js";
import { sign } from "./keys.js";
import { b64encode, b64urlEncode, randomBytes, utf8 } from "./util.js";

/** `new_nonce`: 16 random bytes, b64url (22 characters). */
export function newNonce() {
  return b64urlEncode(randomBytes(16));
}

/** `Content-Digest` value of a body (RFC 9530). */
export function contentDigest(body) {
  return `sha-256=:${b64encode(sha256(body))}:`;
}

/**
 * The inner list and parameters (what follows `sig1=` in Signature-Input).
 * `query` is null (no query) or the text after `?`; `digest` is null (no
 * body) or the Content-Digest value.
 */
export function signatureParams({ query = null, digest = null, created, nonce, keyid }) {
  const comps = ['"@method"', '"@path"'];
  if (query !== null) comps.push('"@query"');
  if (digest !== null) comps.push('"content-digest"');
  return `(${comps.join(" ")});created=${created};nonce="${nonce}";keyid="${keyid}";alg="ed25519"`;
}

/** The signature base (§11.2): one line per component, the params line last, no trailing LF. */
export function signatureBase({ method, path, query = null, digest = null, params }) {
  let base = `"@method": ${method.toUpperCase()}\n"@path": ${path}\n`;
  if (query !== null) base += `"@query": ?${query}\n`;
  if (digest !== null) base += `"content-digest": ${digest.trim()}\n`;
  return base + `"@signature-params": ${params}`;
}

/**
 * Signs a request with the ed25519 seed. `target` is the path with an
 * optional `?query`; `body` a Uint8Array or null. Returns the headers to send.
 */
export function signRequest({ method, target, body = null, keyid, seed, created = Math.floor(Date.now() / 1000), nonce = newNonce() }) {
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? null : target.slice(q + 1);
  const digest = body === null ? null : contentDigest(body);
  const params = signatureParams({ query, digest, created, nonce, keyid });
  const base = signatureBase({ method, path, query, digest, params });
  const sig = sign(seed, utf8(base));
  const headers = { "Signature-Input": `sig1=${params}`, Signature: `sig1=:${b64encode(sig)}:` };
  if (digest !== null) headers["Content-Digest"] = digest;
  return headers;
}
