// Removes identifying metadata from JPEG and PNG files before they are
// encrypted: EXIF (with its GPS location, camera, times), XMP, IPTC,
// comments, vendor segments and PNG text/time chunks, and anything after
// the end of the image. The image data itself is copied unchanged, byte for
// byte. Other file types are left alone (the page warns about them).

const JPEG_NAMES = {
  0xe1: "EXIF/XMP",
  0xed: "IPTC (Photoshop)",
  0xfe: "comment",
};

function u16(b, i) {
  return (b[i] << 8) | b[i + 1];
}

function startsWithAscii(b, i, text) {
  for (let k = 0; k < text.length; k++) if (b[i + k] !== text.charCodeAt(k)) return false;
  return true;
}

// Whether an EXIF block (starting at "Exif\0\0") has a GPS IFD in IFD0.
function exifHasGps(b, start, end) {
  const t = start + 6;
  if (end - t < 8) return false;
  const le = b[t] === 0x49 && b[t + 1] === 0x49;
  const be = b[t] === 0x4d && b[t + 1] === 0x4d;
  if (!le && !be) return false;
  const r16 = (i) => (le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  const r32 = (i) => (le ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 2 ** 24 : b[i] * 2 ** 24 + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]));
  const ifd = t + r32(t + 4);
  if (ifd + 2 > end) return false;
  const n = r16(ifd);
  for (let k = 0; k < n; k++) {
    const e = ifd + 2 + 12 * k;
    if (e + 12 > end) return false;
    if (r16(e) === 0x8825) return true;
  }
  return false;
}

function describeApp(b, marker, start, end) {
  // start: first byte after the length field
  if (marker === 0xe1) {
    if (startsWithAscii(b, start, "Exif\0\0")) return exifHasGps(b, start, end) ? "EXIF (with GPS location)" : "EXIF";
    if (startsWithAscii(b, start, "http://ns.adobe.com/xap/1.0/") || startsWithAscii(b, start, "http://ns.adobe.com/xmp/")) return "XMP";
    return "APP1 data";
  }
  return JPEG_NAMES[marker] || `APP${marker - 0xe0} data`;
}

/** JPEG: returns {bytes, removed} or throws if the file is not well formed. */
function stripJpeg(b) {
  const out = [b.subarray(0, 2)];
  const removed = [];
  let i = 2;
  let inScan = false;
  for (;;) {
    if (inScan) {
      // Entropy-coded data: FF 00 is a stuffed byte, FF D0–D7 a restart
      // marker; any other marker ends the scan.
      const s = i;
      for (;;) {
        if (i + 1 >= b.length) throw new Error("the image data ends early");
        if (b[i] === 0xff && b[i + 1] !== 0x00 && !(b[i + 1] >= 0xd0 && b[i + 1] <= 0xd7) && b[i + 1] !== 0xff) break;
        i++;
      }
      out.push(b.subarray(s, i));
      inScan = false;
    }
    if (i + 1 >= b.length || b[i] !== 0xff) throw new Error("not a well-formed JPEG");
    while (b[i + 1] === 0xff) i++; // fill bytes
    const marker = b[i + 1];
    if (marker === 0xd9) {
      out.push(b.subarray(i, i + 2));
      if (i + 2 < b.length) removed.push(`${b.length - i - 2} bytes after the end of the image`);
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      out.push(b.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 4 > b.length) throw new Error("not a well-formed JPEG");
    const len = u16(b, i + 2);
    const end = i + 2 + len;
    if (len < 2 || end > b.length) throw new Error("not a well-formed JPEG");
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const keep =
      !(isApp || marker === 0xfe) ||
      marker === 0xe0 || // JFIF
      marker === 0xee || // Adobe (colour transform, needed to decode)
      (marker === 0xe2 && startsWithAscii(b, i + 4, "ICC_PROFILE\0"));
    if (keep) out.push(b.subarray(i, end));
    else {
      const what = describeApp(b, marker, i + 4, end);
      if (!removed.includes(what)) removed.push(what);
    }
    i = end;
    if (marker === 0xda) inScan = true;
  }
  return { bytes: concatAll(out), removed };
}

const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_DROP = { tEXt: "text", zTXt: "compressed text", iTXt: "international text", eXIf: "EXIF", tIME: "modification time" };

function stripPng(b) {
  const out = [b.subarray(0, 8)];
  const removed = [];
  let i = 8;
  for (;;) {
    if (i + 12 > b.length) throw new Error("not a well-formed PNG");
    const len = b[i] * 2 ** 24 + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]);
    const type = String.fromCharCode(b[i + 4], b[i + 5], b[i + 6], b[i + 7]);
    const end = i + 12 + len;
    if (end > b.length) throw new Error("not a well-formed PNG");
    if (PNG_DROP[type]) {
      const what = `${PNG_DROP[type]} (${type})`;
      if (!removed.includes(what)) removed.push(what);
    } else {
      out.push(b.subarray(i, end));
    }
    i = end;
    if (type === "IEND") {
      if (i < b.length) removed.push(`${b.length - i} bytes after the end of the image`);
      break;
    }
  }
  return { bytes: concatAll(out), removed };
}

function concatAll(parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** "jpeg", "png" or null, from the first bytes. */
export function imageKind(head) {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  if (head.length >= 8 && PNG_SIG.every((x, k) => head[k] === x)) return "png";
  return null;
}

/**
 * Strips metadata from a JPEG or PNG. Returns `{kind, bytes, removed}`;
 * for other data `kind` is null and `bytes` the input. Throws if a JPEG or
 * PNG is malformed (the page then refuses to send it as it is, rather than
 * send metadata it could not check).
 */
export function stripMetadata(bytes) {
  const kind = imageKind(bytes);
  if (kind === "jpeg") return { kind, ...stripJpeg(bytes) };
  if (kind === "png") return { kind, ...stripPng(bytes) };
  return { kind: null, bytes, removed: [] };
}
