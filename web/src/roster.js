// The roster chain (PROTOCOL §5), as crypto/src/roster.rs: the typed shape
// of a payload (jcs-shape), single-roster validation, signature counting,
// key continuity over the whole chain, head expiry and pins.

import { ROSTER_TYPE, envelopeShape, parseEnvelope } from "./dsse.js";
import { parseStrict, MAX_SAFE_INTEGER } from "./jcs.js";
import { isDigest, isMemberId, parseAgeRecipient, parseDay, parseSignKeyText, verifyStrict, dayOf } from "./keys.js";
import { pae } from "./dsse.js";
import { NameCheck } from "./names.js";
import { CodedError, isControl, isRustWhitespace, rustTrim, sha256Hex, utf8, utf8Len } from "./util.js";

export const ROSTER_KIND = "dropbox-roster/1";
export const MAX_EXPIRY_DAYS = 90;
export const MAX_MEMBERS = 256;

const shape = (m) => new CodedError("jcs-shape", m);
const invalid = (m) => new CodedError("roster-invalid", m);

const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks an object's fields like serde's deny_unknown_fields. */
export function fields(o, required, optional = [], err = shape) {
  if (!isObj(o)) throw err("expected an object");
  for (const k of Object.keys(o)) {
    if (!required.includes(k) && !optional.includes(k)) throw err(`unknown field ${JSON.stringify(k)}`);
  }
  for (const k of required) if (!has(o, k)) throw err(`missing field ${JSON.stringify(k)}`);
}

export const isU64 = (v) => Number.isSafeInteger(v) && v >= 0;
export const isU32 = (v) => Number.isSafeInteger(v) && v >= 0 && v <= 0xffffffff;

function str(v, what) {
  if (typeof v !== "string") throw shape(`${what} must be a string`);
  return v;
}

function member(m) {
  fields(m, ["id", "name", "age", "sign"], ["roles", "transport"]);
  if (!isMemberId(m.id)) throw shape(`invalid member id ${JSON.stringify(m.id)}`);
  str(m.name, "name");
  const roles = has(m, "roles") ? m.roles : [];
  if (!Array.isArray(roles) || !roles.every((r) => r === "admin" || r === "reviewer")) {
    throw shape("roles are admin or reviewer");
  }
  if (!parseAgeRecipient(m.age)) throw shape(`invalid age recipient ${JSON.stringify(m.age)}`);
  if (!parseSignKeyText(m.sign)) throw shape("invalid sign key");
  if (has(m, "transport") && !parseSignKeyText(m.transport)) throw shape("invalid transport key");
  return { id: m.id, name: m.name, roles: [...roles], age: m.age, sign: m.sign, transport: has(m, "transport") ? m.transport : undefined };
}

function u32Fields(o, names) {
  fields(o, names);
  for (const n of names) if (!isU32(o[n])) throw shape(`${n} must be an unsigned 32-bit integer`);
  return { ...o };
}

function policy(p) {
  fields(p, ["max_submission_bytes", "categories", "retention", "ack_hours", "next_steps_hours", "response_by_severity", "disclosure_days", "timezone"], ["drop_key_days"]);
  if (!isU64(p.max_submission_bytes)) throw shape("max_submission_bytes");
  if (!Array.isArray(p.categories) || !p.categories.every((c) => typeof c === "string")) throw shape("categories");
  const retention = u32Fields(p.retention, ["all_acked_days", "first_ack_days", "unacked_days", "reply_read_days", "reply_days", "backup_days"]);
  if (!isU32(p.ack_hours) || !isU32(p.next_steps_hours)) throw shape("hours");
  const response = u32Fields(p.response_by_severity, ["critical_hours", "high_business_days", "medium_days", "low_days"]);
  if (!Array.isArray(p.disclosure_days) || p.disclosure_days.length !== 3 || !p.disclosure_days.every(isU32)) {
    throw shape("disclosure_days is three integers");
  }
  str(p.timezone, "timezone");
  if (has(p, "drop_key_days") && !isU32(p.drop_key_days)) throw shape("drop_key_days");
  return {
    max_submission_bytes: p.max_submission_bytes,
    categories: [...p.categories],
    retention,
    ack_hours: p.ack_hours,
    next_steps_hours: p.next_steps_hours,
    response_by_severity: response,
    disclosure_days: [...p.disclosure_days],
    timezone: p.timezone,
    // Protocol 1.4: the drop-key window in days; absent means 7.
    drop_key_days: has(p, "drop_key_days") ? p.drop_key_days : undefined,
  };
}

/** The typed roster from a payload value (serde `Roster`), or jcs-shape. */
export function rosterShape(v) {
  fields(v, ["type", "team", "seq", "expires", "threshold", "endpoints", "members", "policy"], ["prev", "page_sha256"]);
  str(v.type, "type");
  str(v.team, "team");
  if (!isU64(v.seq)) throw shape("seq");
  if (has(v, "prev") && !isDigest(v.prev)) throw shape("prev");
  if (parseDay(v.expires) === null) throw shape("expires");
  if (!isU32(v.threshold)) throw shape("threshold");
  if (!Array.isArray(v.endpoints) || !v.endpoints.every((e) => typeof e === "string")) throw shape("endpoints");
  if (has(v, "page_sha256") && !isDigest(v.page_sha256)) throw shape("page_sha256");
  if (!Array.isArray(v.members)) throw shape("members");
  const members = v.members.map(member);
  return {
    type: v.type,
    team: v.team,
    seq: v.seq,
    prev: has(v, "prev") ? v.prev : undefined,
    expires: v.expires,
    threshold: v.threshold,
    endpoints: [...v.endpoints],
    page_sha256: has(v, "page_sha256") ? v.page_sha256 : undefined,
    members,
    policy: policy(v.policy),
  };
}

// Rust's Ipv4Addr parser: four decimal octets, no leading zeros.
function parseIpv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  const out = [];
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return null;
    out.push(Number(p));
  }
  return out;
}

// Rust's Ipv6Addr parser (groups of 1–4 hex digits, one `::` standing for
// at least one zero group, an optional trailing IPv4), as eight numbers.
function parseIpv6(s) {
  const groups = (text) => {
    if (text === "") return [];
    const out = [];
    const parts = text.split(":");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes(".")) {
        const v4 = parseIpv4(p);
        if (!v4) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) {
        out.push(parseInt(p, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const halves = s.split("::");
  if (halves.length > 2) return null;
  if (halves.length === 1) {
    const g = groups(s);
    return g && g.length === 8 ? g : null;
  }
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail || head.length + tail.length > 7) return null;
  return [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
}

function isLoopbackIp(host) {
  const v4 = parseIpv4(host);
  if (v4) return v4[0] === 127;
  const v6 = parseIpv6(host);
  return !!v6 && v6.slice(0, 7).every((x) => x === 0) && v6[7] === 1;
}

// Rust's u16 parser: an optional '+', then decimal digits, at most 65535.
function portOk(p) {
  return /^\+?[0-9]+$/.test(p) && Number(p.replace(/^\+/, "")) <= 65535;
}

/** The endpoint rule of §5.4 (`endpoint_ok`). */
export function endpointOk(e) {
  let https;
  let rest;
  if (e.startsWith("https://")) {
    https = true;
    rest = e.slice(8);
  } else if (e.startsWith("http://")) {
    https = false;
    rest = e.slice(7);
  } else {
    return false;
  }
  if (utf8Len(e) > 512 || /[?#@\\]/.test(e) || [...e].some((c) => isRustWhitespace(c) || isControl(c))) {
    return false;
  }
  const authority = rest.split("/")[0];
  let host;
  let port;
  if (authority.startsWith("[")) {
    const v6 = authority.slice(1);
    const close = v6.indexOf("]");
    if (close < 0) return false;
    host = v6.slice(0, close);
    const after = v6.slice(close + 1);
    port = after.startsWith(":") ? after.slice(1) : undefined;
  } else {
    const colon = authority.lastIndexOf(":");
    if (colon >= 0) {
      host = authority.slice(0, colon);
      port = authority.slice(colon + 1);
    } else {
      host = authority;
      port = undefined;
    }
  }
  if (port !== undefined && !portOk(port)) return false;
  if (host === "" || !/^[A-Za-z0-9.:-]+$/.test(host)) return false;
  const loopback = host === "localhost" || isLoopbackIp(host);
  return https || loopback || (host.endsWith(".onion") && host.length > ".onion".length);
}

/** `Roster::validate`. */
export function validateRoster(r) {
  if (r.type !== ROSTER_KIND) throw invalid("type is not dropbox-roster/1");
  if (rustTrim(r.team) === "" || utf8Len(r.team) > 200) throw invalid("team name must be 1-200 bytes");
  if (r.seq === 0 || (r.seq === 1) !== (r.prev === undefined)) {
    throw invalid("seq starts at 1, and only roster #1 has no prev");
  }
  if (r.members.length === 0 || r.members.length > MAX_MEMBERS) throw invalid("a roster has 1-256 members");
  const ids = new Set();
  const names = new NameCheck();
  const keys = new Set();
  for (const m of r.members) {
    if (ids.has(m.id)) throw new CodedError("roster-duplicate-id", m.id);
    ids.add(m.id);
    names.add(m.id, m.name);
    if (m.roles.length === 0 || new Set(m.roles).size !== m.roles.length) {
      throw invalid("each member has distinct roles, at least one");
    }
    for (const k of [m.age, m.sign, ...(m.transport !== undefined ? [m.transport] : [])]) {
      if (keys.has(k)) throw new CodedError("roster-duplicate-key", k);
      keys.add(k);
    }
  }
  const admins = r.members.filter((m) => m.roles.includes("admin")).length;
  if (admins === 0) throw invalid("a roster needs at least one admin");
  if (r.threshold === 0 || r.threshold > admins) throw invalid("threshold must be between 1 and the number of admins");
  if (r.endpoints.length === 0) throw invalid("a roster names at least one endpoint");
  for (const e of r.endpoints) {
    if (!endpointOk(e)) throw invalid(`endpoint ${JSON.stringify(e)} must be https://, or http:// on a .onion or loopback host`);
  }
  const p = r.policy;
  const d = p.disclosure_days;
  if (p.max_submission_bytes === 0 || p.max_submission_bytes > MAX_SAFE_INTEGER) throw invalid("max_submission_bytes out of range");
  if (!(d[0] > 0 && d[0] <= d[1] && d[1] <= d[2])) throw invalid("disclosure_days must be increasing and positive");
  if (p.timezone === "" || utf8Len(p.timezone) > 64) throw invalid("timezone must be an IANA time zone name");
  if (p.drop_key_days !== undefined && !(p.drop_key_days >= 1 && p.drop_key_days <= 90)) {
    throw invalid("drop_key_days must be between 1 and 90");
  }
}

function parseRoster(env) {
  const parsed = parseEnvelope(env, ROSTER_TYPE);
  const roster = rosterShape(parsed.value);
  validateRoster(roster);
  return { roster, parsed, hash: sha256Hex(parsed.payload) };
}

const memberOf = (r, id) => r.members.find((m) => m.id === id);
const sameKeys = (a, b) => a.age === b.age && a.sign === b.sign && a.transport === b.transport;

function verifiedSigners(parsed, signing) {
  const ok = new Set();
  const msg = pae(parsed.payloadType, parsed.payload);
  for (const [keyid, sig] of parsed.signatures) {
    const m = memberOf(signing, keyid);
    if (!m) continue; // unknown signers are ignored, never counted
    if (!verifyStrict(parseSignKeyText(m.sign), msg, sig)) {
      throw new CodedError("roster-bad-signature", `bad signature by ${keyid}`);
    }
    ok.add(m.id);
  }
  return ok;
}

function checkThreshold(seq, signers, signing) {
  let got = 0;
  for (const id of signers) {
    const m = memberOf(signing, id);
    if (m && m.roles.includes("admin")) got++;
  }
  if (got < signing.threshold) {
    throw new CodedError("roster-too-few-signatures", `too few admin signatures on roster #${seq}: ${got} of ${signing.threshold}`);
  }
}

export function verifyFirst(fingerprint, env) {
  const { roster, parsed, hash } = parseRoster(env);
  if (hash !== fingerprint) throw new CodedError("roster-fingerprint-mismatch", "the first roster does not match the team fingerprint");
  if (roster.seq !== 1) throw new CodedError("roster-wrong-seq", `roster #${roster.seq} does not follow #0`);
  checkThreshold(1, verifiedSigners(parsed, roster), roster);
  return { roster, hash, envelope: env };
}

export function verifyNext(current, env) {
  const { roster, parsed, hash } = parseRoster(env);
  const prev = current.roster;
  if (roster.seq !== prev.seq + 1) throw new CodedError("roster-wrong-seq", `roster #${roster.seq} does not follow #${prev.seq}`);
  if (roster.prev !== current.hash) throw new CodedError("roster-fork", `roster #${roster.seq} forks the chain`);
  const signers = verifiedSigners(parsed, prev);
  checkThreshold(roster.seq, signers, prev);
  for (const m of roster.members) {
    const old = memberOf(prev, m.id);
    if (old && !sameKeys(old, m) && !signers.has(m.id)) {
      throw new CodedError("roster-key-continuity", `keys of member ${m.id} changed without a signature by their previous key`);
    }
  }
  return { roster, hash, envelope: env };
}

/** `check_head_expiry` with `now` in Unix seconds. */
export function checkHeadExpiry(head, now) {
  const expires = parseDay(head.expires);
  if (now >= expires * 86400) throw new CodedError("roster-expired", `the roster expired on ${head.expires}`);
  if (expires - dayOf(now) > MAX_EXPIRY_DAYS) {
    throw new CodedError("roster-expiry-too-far", `the roster expires on ${head.expires}, more than 90 days ahead`);
  }
}

/**
 * Verifies a served chain from the team fingerprint (64 hex digits) at
 * `now` (Unix seconds). Returns `{fingerprint, rosters: [{roster, hash, envelope}], head}`.
 */
export function verifyChain(fingerprint, chain, now) {
  if (chain.length === 0) throw new CodedError("roster-empty-chain", "empty roster chain");
  const rosters = [verifyFirst(fingerprint, chain[0])];
  const seen = new Map(rosters[0].roster.members.map((m) => [m.id, m]));
  for (const env of chain.slice(1)) {
    const prev = rosters[rosters.length - 1];
    const next = verifyNext(prev, env);
    for (const m of next.roster.members) {
      const old = seen.get(m.id);
      if (!memberOf(prev.roster, m.id) && old && !sameKeys(old, m)) {
        throw new CodedError("roster-key-continuity", `member ${m.id} came back with other keys`);
      }
      seen.set(m.id, m);
    }
    rosters.push(next);
  }
  const head = rosters[rosters.length - 1];
  checkHeadExpiry(head.roster, now);
  return { fingerprint, rosters, head };
}

/** `VerifiedChain::check_pin`. */
export function checkPin(verified, pinnedSeq, pinnedHash) {
  const at = pinnedSeq >= 1 ? verified.rosters[pinnedSeq - 1] : undefined;
  if (!at) throw new CodedError("roster-rollback", `served head #${verified.head.roster.seq} is older than #${pinnedSeq}`);
  if (at.hash !== pinnedHash) throw new CodedError("roster-fork", `roster #${pinnedSeq} forks the chain`);
}

/** `parse_chain_json`: a strict JSON array of envelopes, at most 64 MiB. */
export function parseChainJson(bytes) {
  if (typeof bytes === "string") bytes = utf8(bytes);
  const malformed = (m) => new CodedError("dsse-malformed", m);
  if (bytes.length > 64 * (1 << 20)) throw malformed("roster chain too large");
  let v;
  try {
    v = parseStrict(bytes);
  } catch (e) {
    throw malformed(e.message);
  }
  if (!Array.isArray(v)) throw malformed("a chain is an array of envelopes");
  return v.map((e) => envelopeShape(e, malformed));
}

/** Whether a page origin is among the head's endpoints (trailing slashes ignored). */
export function originListed(origin, head) {
  return head.roster.endpoints.some((e) => e.replace(/\/+$/, "") === origin);
}

export { utf8 };
