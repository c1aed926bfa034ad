// The member-name rules of PROTOCOL §5.4, as crypto/src/text.rs and
// `roster::NameCheck`: a name may not hold an invisible, control,
// private-use or unassigned character, and no two names may share a UTS 39
// confusable skeleton. No npm package computes UTS 39 skeletons from the
// same Unicode data as the Rust crate, so the character data is a table
// generated from the Rust crates (names-table.js) and only the
// normalisation steps come from the browser (String.prototype.normalize).

import { FORBIDDEN, SKELETON } from "./names-table.js";
import { CodedError, rustTrim, utf8Len } from "./util.js";

let forbidden = null; // sorted [start, end] ranges
let skeletonMap = null; // code point -> NFD string

function tables() {
  if (forbidden) return;
  forbidden = [];
  let next = 0;
  for (const item of FORBIDDEN.split(",")) {
    const [gap, len] = item.split("~").map((x) => parseInt(x, 36));
    const start = next + gap;
    forbidden.push([start, start + len - 1]);
    next = start + len;
  }
  skeletonMap = new Map();
  next = 0;
  for (const item of SKELETON.split(",")) {
    const [head, target] = item.split(":");
    const [gap, count] = head.includes("*") ? head.split("*").map((x) => parseInt(x, 36)) : [parseInt(head, 36), 1];
    const cps = target === "" ? [] : target.split(".").map((x) => parseInt(x, 36));
    const start = next + gap;
    for (let i = 0; i < count; i++) {
      skeletonMap.set(start + i, String.fromCodePoint(...(count > 1 ? [cps[0] + i] : cps)));
    }
    next = start + count;
  }
}

/** `text::name_forbids` for one code point. */
export function nameForbids(cp) {
  tables();
  let lo = 0;
  let hi = forbidden.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = forbidden[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** `text::name_skeleton`: trim, NFKC, then the UTS 39 skeleton. */
export function nameSkeleton(name) {
  tables();
  let out = "";
  for (const c of rustTrim(name).normalize("NFKC").normalize("NFD")) {
    const mapped = skeletonMap.get(c.codePointAt(0));
    out += mapped === undefined ? c : mapped;
  }
  return out.normalize("NFD");
}

const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, "0");

/** `roster::check_name`. */
export function checkName(id, name) {
  for (const c of name) {
    // A lone surrogate is one "character" here; Rust never sees one.
    if (nameForbids(c.codePointAt(0))) {
      throw new CodedError("roster-name-character", `the name of member ${id} holds U+${hex(c.codePointAt(0))}, an invisible, control, private-use or unassigned character`);
    }
  }
  const normal = rustTrim(name).normalize("NFKC");
  if (normal === "" || utf8Len(normal) > 200) throw new CodedError("roster-invalid", `the name of member ${id} must be 1-200 bytes`);
}

/** `roster::NameCheck`: add members in roster order. */
export class NameCheck {
  constructor() {
    this.nfkc = new Set();
    this.skeletons = new Map();
  }

  add(id, name) {
    checkName(id, name);
    const normal = rustTrim(name).normalize("NFKC");
    if (this.nfkc.has(normal)) throw new CodedError("roster-duplicate-name", normal);
    this.nfkc.add(normal);
    const sk = nameSkeleton(name);
    const first = this.skeletons.get(sk);
    if (first !== undefined) {
      throw new CodedError("roster-confusable-name", `the names of members ${first} and ${id} look alike`);
    }
    this.skeletons.set(sk, id);
  }
}
