// Canonical JSON: RFC 8785 with the drop box's restrictions (PROTOCOL §2):
// integers of magnitude ≤ 2^53 − 1 only, no `null`. The strict reader
// mirrors crypto/src/jcs.rs (serde_json plus its custom visitor): the first
// problem met in reading order decides the error code.

import { CodedError, fromUtf8, utf8 } from "./util.js";

export const MAX_SAFE_INTEGER = 9007199254740991;

const syntax = (m) => new CodedError("jcs-syntax", m);
// serde_json's recursion limit.
const MAX_DEPTH = 128;

class Reader {
  constructor(b) {
    this.b = b;
    this.i = 0;
    this.depth = 0;
  }
  ws() {
    const b = this.b;
    while (this.i < b.length) {
      const c = b[this.i];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.i++;
      else break;
    }
  }
  peek() {
    return this.i < this.b.length ? this.b[this.i] : -1;
  }
  value() {
    this.ws();
    const c = this.peek();
    switch (c) {
      case -1:
        throw syntax("EOF while parsing a value");
      case 0x7b: // {
        return this.object();
      case 0x5b: // [
        return this.array();
      case 0x22: // "
        return this.string();
      case 0x74: // t
        this.literal("true");
        return true;
      case 0x66: // f
        this.literal("false");
        return false;
      case 0x6e: // n
        this.literal("null");
        throw new CodedError("jcs-null", "null is not allowed: omit the field instead");
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
        throw syntax("expected value");
    }
  }
  literal(word) {
    for (let k = 0; k < word.length; k++) {
      if (this.b[this.i + k] !== word.charCodeAt(k)) throw syntax("expected " + word);
    }
    this.i += word.length;
  }
  number() {
    const b = this.b;
    const start = this.i;
    let neg = false;
    if (b[this.i] === 0x2d) {
      neg = true;
      this.i++;
    }
    const digit = (x) => x >= 0x30 && x <= 0x39;
    if (!digit(this.peek())) throw syntax("invalid number");
    if (b[this.i] === 0x30) {
      this.i++;
      if (digit(this.peek())) throw syntax("invalid number");
    } else {
      while (digit(this.peek())) this.i++;
    }
    let float = false;
    if (this.peek() === 0x2e) {
      float = true;
      this.i++;
      if (!digit(this.peek())) throw syntax("invalid number");
      while (digit(this.peek())) this.i++;
    }
    if (this.peek() === 0x65 || this.peek() === 0x45) {
      float = true;
      this.i++;
      if (this.peek() === 0x2b || this.peek() === 0x2d) this.i++;
      if (!digit(this.peek())) throw syntax("invalid number");
      while (digit(this.peek())) this.i++;
    }
    const text = String.fromCharCode(...b.subarray(start, this.i));
    if (float) {
      // serde_json reports an infinite float as a syntax error.
      if (!Number.isFinite(Number(text))) throw syntax("number out of range");
      throw new CodedError("jcs-number", text);
    }
    const digits = neg ? text.slice(1) : text;
    // -0 is read as the float -0.0 by serde_json.
    if (neg && digits === "0") throw new CodedError("jcs-number", text);
    if (digits.length > 16 || Number(digits) > MAX_SAFE_INTEGER) {
      throw new CodedError("jcs-number", text);
    }
    return neg ? -Number(digits) : Number(digits);
  }
  string() {
    const b = this.b;
    this.i++; // opening quote
    let out = "";
    let runStart = this.i;
    const flush = (end) => {
      if (end > runStart) {
        try {
          out += fromUtf8(b.subarray(runStart, end));
        } catch {
          throw syntax("invalid unicode code point");
        }
      }
    };
    for (;;) {
      if (this.i >= b.length) throw syntax("EOF while parsing a string");
      const c = b[this.i];
      if (c === 0x22) {
        flush(this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) throw syntax("control character (\\u0000-\\u001F) found while parsing a string");
      if (c === 0x5c) {
        flush(this.i);
        this.i++;
        if (this.i >= b.length) throw syntax("EOF while parsing a string");
        const e = b[this.i++];
        switch (e) {
          case 0x22: out += '"'; break;
          case 0x5c: out += "\\"; break;
          case 0x2f: out += "/"; break;
          case 0x62: out += "\b"; break;
          case 0x66: out += "\f"; break;
          case 0x6e: out += "\n"; break;
          case 0x72: out += "\r"; break;
          case 0x74: out += "\t"; break;
          case 0x75: {
            const u = this.hex4();
            if (u >= 0xd800 && u <= 0xdbff) {
              if (b[this.i] !== 0x5c || b[this.i + 1] !== 0x75) {
                throw syntax("lone leading surrogate in hex escape");
              }
              this.i += 2;
              const lo = this.hex4();
              if (lo < 0xdc00 || lo > 0xdfff) throw syntax("lone leading surrogate in hex escape");
              out += String.fromCharCode(u, lo);
            } else if (u >= 0xdc00 && u <= 0xdfff) {
              throw syntax("unexpected end of hex escape");
            } else {
              out += String.fromCharCode(u);
            }
            break;
          }
          default:
            throw syntax("invalid escape");
        }
        runStart = this.i;
        continue;
      }
      this.i++;
    }
  }
  hex4() {
    let v = 0;
    for (let k = 0; k < 4; k++) {
      if (this.i >= this.b.length) throw syntax("EOF while parsing a string");
      const c = this.b[this.i++];
      let d;
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
      else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
      else throw syntax("invalid escape");
      v = v * 16 + d;
    }
    return v;
  }
  enter() {
    if (++this.depth > MAX_DEPTH) throw syntax("recursion limit exceeded");
  }
  array() {
    this.enter();
    this.i++;
    const out = [];
    this.ws();
    if (this.peek() === 0x5d) {
      this.i++;
      this.depth--;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.peek();
      if (c === 0x2c) {
        this.i++;
        this.ws();
        if (this.peek() === 0x5d) throw syntax("trailing comma");
        continue;
      }
      if (c === 0x5d) {
        this.i++;
        this.depth--;
        return out;
      }
      if (c === -1) throw syntax("EOF while parsing a list");
      throw syntax("expected `,` or `]`");
    }
  }
  object() {
    this.enter();
    this.i++;
    const out = {};
    this.ws();
    if (this.peek() === 0x7d) {
      this.i++;
      this.depth--;
      return out;
    }
    for (;;) {
      this.ws();
      const c0 = this.peek();
      if (c0 === -1) throw syntax("EOF while parsing an object");
      if (c0 !== 0x22) throw syntax("key must be a string");
      const key = this.string();
      this.ws();
      if (this.peek() !== 0x3a) {
        throw syntax(this.peek() === -1 ? "EOF while parsing an object" : "expected `:`");
      }
      this.i++;
      const v = this.value();
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        throw new CodedError("jcs-duplicate-key", JSON.stringify(key));
      }
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      this.ws();
      const c = this.peek();
      if (c === 0x2c) {
        this.i++;
        this.ws();
        if (this.peek() === 0x7d) throw syntax("trailing comma");
        continue;
      }
      if (c === 0x7d) {
        this.i++;
        this.depth--;
        return out;
      }
      if (c === -1) throw syntax("EOF while parsing an object");
      throw syntax("expected `,` or `}`");
    }
  }
}

/**
 * Parses JSON strictly (no duplicate names, integers only, no null) without
 * requiring canonical form. `bytes` is a Uint8Array or a string.
 */
export function parseStrict(bytes) {
  if (typeof bytes === "string") bytes = utf8(bytes);
  const r = new Reader(bytes);
  const v = r.value();
  r.ws();
  if (r.i !== bytes.length) throw syntax("trailing characters");
  return v;
}

/** Parses strictly, then requires the bytes to equal their canonical form. */
export function parseCanonical(bytes) {
  if (typeof bytes === "string") bytes = utf8(bytes);
  const v = parseStrict(bytes);
  const c = canonicalBytes(v);
  if (c.length !== bytes.length || !c.every((x, i) => x === bytes[i])) {
    throw new CodedError("jcs-not-canonical", "JSON is not in canonical (RFC 8785) form");
  }
  return v;
}

function writeString(s, out) {
  out.push('"');
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out.push('\\"');
    else if (ch === "\\") out.push("\\\\");
    else if (c === 0x08) out.push("\\b");
    else if (c === 0x0c) out.push("\\f");
    else if (c === 0x0a) out.push("\\n");
    else if (c === 0x0d) out.push("\\r");
    else if (c === 0x09) out.push("\\t");
    else if (c < 0x20) out.push("\\u" + c.toString(16).padStart(4, "0"));
    else out.push(ch);
  }
  out.push('"');
}

function writeValue(v, out) {
  if (v === null || v === undefined) throw new CodedError("jcs-null", "null is not allowed");
  switch (typeof v) {
    case "boolean":
      out.push(v ? "true" : "false");
      return;
    case "number":
      if (!Number.isSafeInteger(v) || Object.is(v, -0)) throw new CodedError("jcs-number", String(v));
      out.push(String(v));
      return;
    case "string":
      writeString(v, out);
      return;
    case "object":
      if (Array.isArray(v)) {
        out.push("[");
        v.forEach((item, i) => {
          if (i) out.push(",");
          writeValue(item, out);
        });
        out.push("]");
        return;
      }
      {
        // RFC 8785: member names sorted by UTF-16 code units, which is how
        // JavaScript compares strings. Undefined members are omitted.
        const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
        out.push("{");
        keys.forEach((k, i) => {
          if (i) out.push(",");
          writeString(k, out);
          out.push(":");
          writeValue(v[k], out);
        });
        out.push("}");
      }
      return;
    default:
      throw new CodedError("jcs-shape", "not a JSON value");
  }
}

/** The canonical text of a value (members whose value is undefined are omitted). */
export function canonicalString(v) {
  const out = [];
  writeValue(v, out);
  return out.join("");
}

/** The canonical UTF-8 bytes of a value. */
export function canonicalBytes(v) {
  const s = canonicalString(v);
  return utf8(typeof s.toWellFormed === "function" ? s.toWellFormed() : s);
}
