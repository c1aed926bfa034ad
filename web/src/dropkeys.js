// Drop keys (PROTOCOL §4.5), as crypto/src/dropkey.rs and dropbox-submit's
// `submission_slots`: when the verified roster sets `policy.drop_key_days`,
// the page encrypts to each chosen member's current drop key (a hybrid
// `age1pq1…` recipient signed by the member's `sign` key), never to their
// long-term X25519 key, and the codename slot to the codename's hybrid
// recipient, so that a copy of the ciphertext is unreadable once the
// member's client has destroyed the drop identity (forward secrecy).

import { DROPKEY_TYPE, envelopeShape, pae, parseEnvelope } from "./dsse.js";
import { HYBRID_DECOY, submissionSlots } from "./envelope.js";
import { parseStrict } from "./jcs.js";
import { dayOf, isDigest, isMemberId, parseDay, parseHybridRecipient, parseSignKeyText, verifyStrict } from "./keys.js";
import { fields } from "./roster.js";
import { basePath, CodedError } from "./util.js";

export const DROPKEY_KIND = "dropbox-dropkey/1";
export const MAX_WINDOW_DAYS = 90;

const invalid = (m) => new CodedError("dropkey-invalid", m);

/** Whether the roster turns drop keys on (the field is optional, §5.2). */
export function dropKeysOn(roster) {
  return roster.policy.drop_key_days !== undefined;
}

/**
 * `dropkey::verify`: the payload's shape, the team, the member, the
 * member's signature; a window of at most 90 days. Returns
 * `{member, recipient, notBefore, notAfter}` (days since the epoch).
 */
export function verifyDropKey(env, roster, fingerprint) {
  const parsed = parseEnvelope(env, DROPKEY_TYPE);
  const v = parsed.value;
  fields(v, ["type", "team", "member", "recipient", "not_before", "not_after"], [], invalid);
  if (v.type !== DROPKEY_KIND) throw invalid("type");
  if (!isDigest(v.team)) throw invalid("team");
  if (!isMemberId(v.member)) throw invalid("member");
  if (!parseHybridRecipient(v.recipient)) throw invalid("recipient");
  const notBefore = parseDay(v.not_before);
  const notAfter = parseDay(v.not_after);
  if (notBefore === null || notAfter === null) throw invalid("days");
  const span = notAfter - notBefore;
  if (!(span >= 0 && span <= MAX_WINDOW_DAYS)) throw invalid("window");
  if (v.team !== fingerprint) throw new CodedError("dropkey-wrong-team", "drop key is for another team");
  const m = roster.members.find((x) => x.id === v.member);
  if (!m) throw new CodedError("dropkey-not-member", `drop key of ${v.member}, who is not a member of the roster`);
  const msg = pae(parsed.payloadType, parsed.payload);
  const key = parseSignKeyText(m.sign);
  if (!parsed.signatures.some(([id, sig]) => id === v.member && verifyStrict(key, msg, sig))) {
    throw new CodedError("dropkey-bad-signature", "drop key is not signed by its member's sign key");
  }
  return { member: v.member, recipient: v.recipient, notBefore, notAfter };
}

/**
 * `dropkey::current_key`: among the served envelopes, the verified key of
 * `member` valid on `today` with the latest `not_before`; the others are
 * passed over, never used. Without one the member cannot be chosen.
 */
export function currentKey(envs, roster, fingerprint, member, today) {
  let best = null;
  for (const env of envs) {
    let k;
    try {
      k = verifyDropKey(env, roster, fingerprint);
    } catch {
      continue;
    }
    if (k.member !== member || today < k.notBefore || today > k.notAfter) continue;
    if (!best || k.notBefore > best.notBefore) best = k;
  }
  if (!best) {
    const m = roster.members.find((x) => x.id === member);
    throw Object.assign(new CodedError("dropkey-none-current", `${member} has no valid drop key for today`), {
      l10n: { id: "error-no-drop-key", args: { name: m ? m.name : member } },
    });
  }
  return best;
}

/** `GET /v1/dropkeys`: a strict JSON array of envelopes. */
export function parseDropKeysJson(bytes) {
  const malformed = (m) => new CodedError("dsse-malformed", m);
  let v;
  try {
    v = parseStrict(bytes);
  } catch (e) {
    throw malformed(e.message);
  }
  if (!Array.isArray(v)) throw malformed("drop keys are an array of envelopes");
  return v.map((e) => envelopeShape(e, malformed));
}

/**
 * Hybrid slots (`submission_hybrid_slots`): one per roster member in roster
 * order, the chosen member's drop key or a hybrid decoy, then the codename's
 * hybrid recipient or a hybrid decoy. `keys` is the codename's keys or null.
 */
export function hybridSlots(roster, chosen, byMember, keys) {
  const slots = submissionSlots(roster, chosen, null);
  slots.pop();
  const out = roster.members.map((m) => (chosen.includes(m.id) ? byMember.get(m.id) : HYBRID_DECOY));
  out.push(keys ? keys.hybridRecipient : HYBRID_DECOY);
  return out;
}

/**
 * The slots a report or follow-up to `chosen` is encrypted to, as
 * dropbox-submit's `submission_slots`: X25519 to the long-term keys when
 * the roster leaves drop keys off; else the drop keys served by this drop
 * box, each verified against the roster and valid today, or a refusal.
 * `now` is Unix seconds; `fetchImpl` is `fetch`.
 */
export async function slotsFor(chain, chosen, keys, now, fetchImpl = fetch) {
  const roster = chain.head.roster;
  if (!dropKeysOn(roster)) return submissionSlots(roster, chosen, keys ? keys.x25519Recipient : null);
  const r = await fetchImpl(`${basePath()}/v1/dropkeys`, { cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer" });
  if (!r.ok) throw Object.assign(new Error(`HTTP ${r.status}`), { l10n: { id: "error-drop-keys-unavailable", args: { status: r.status } } });
  const envs = parseDropKeysJson(new Uint8Array(await r.arrayBuffer()));
  const today = dayOf(now);
  const byMember = new Map();
  for (const id of chosen) byMember.set(id, currentKey(envs, roster, chain.fingerprint, id, today).recipient);
  return hybridSlots(roster, chosen, byMember, keys);
}
