// Metadata removal from JPEG and PNG (web/src/strip.js).

import { test } from "node:test";
import assert from "node:assert/strict";
import { stripMetadata } from "../src/strip.js";
import { concat, utf8 } from "../src/util.js";

const seg = (marker, payload) => concat(Uint8Array.of(0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 255), payload);

// A TIFF header with IFD0 holding one entry: the GPS IFD pointer (0x8825).
function exif(withGps) {
  const tiff = Uint8Array.of(0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, ...(withGps ? [0x25, 0x88] : [0x0f, 0x01]), 4, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0, 0);
  return concat(utf8("Exif\0\0"), tiff, utf8("GPS 52.5200 N 13.4050 E"));
}

function jpeg({ gps = true, trailing = true } = {}) {
  const app0 = seg(0xe0, concat(utf8("JFIF\0"), Uint8Array.of(1, 1, 0, 0, 1, 0, 1, 0, 0)));
  const app1 = seg(0xe1, exif(gps));
  const xmp = seg(0xe1, utf8("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>author</x:xmpmeta>"));
  const icc = seg(0xe2, utf8("ICC_PROFILE\0\x01\x01profile"));
  const mpf = seg(0xe2, utf8("MPF\0secondary"));
  const com = seg(0xfe, utf8("taken by J. Doe"));
  const dqt = seg(0xdb, new Uint8Array(65).fill(1));
  const sof = seg(0xc0, Uint8Array.of(8, 0, 1, 0, 1, 1, 1, 0x11, 0));
  const dht = seg(0xc4, new Uint8Array(20).fill(2));
  const sos = seg(0xda, Uint8Array.of(1, 1, 0, 0, 63, 0));
  const scan = Uint8Array.of(0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xff, 0x00, 0x78);
  const app1late = seg(0xe1, exif(gps));
  const sos2 = concat(sos, Uint8Array.of(0x9a, 0xbc));
  const eoi = Uint8Array.of(0xff, 0xd9);
  const parts = [Uint8Array.of(0xff, 0xd8), app0, app1, xmp, icc, mpf, com, dqt, sof, dht, sos, scan, app1late, sos2, eoi];
  if (trailing) parts.push(utf8("trailer with secrets"));
  const kept = concat(Uint8Array.of(0xff, 0xd8), app0, icc, dqt, sof, dht, sos, scan, sos2, eoi);
  return { file: concat(...parts), kept };
}

test("JPEG: EXIF (GPS), XMP, comments, vendor APP2 and trailing data go; image data stays byte for byte", () => {
  const { file, kept } = jpeg();
  const r = stripMetadata(file);
  assert.equal(r.kind, "jpeg");
  assert.deepEqual(r.bytes, kept);
  assert.deepEqual(r.removed, ["EXIF (with GPS location)", "XMP", "APP2 data", "comment", "20 bytes after the end of the image"]);
  const again = stripMetadata(r.bytes);
  assert.deepEqual(again.bytes, kept);
  assert.deepEqual(again.removed, []);
  assert.deepEqual(stripMetadata(jpeg({ gps: false, trailing: false }).file).removed, ["EXIF", "XMP", "APP2 data", "comment"]);
});

test("a malformed JPEG is refused rather than sent unchecked", () => {
  const { file } = jpeg();
  assert.throws(() => stripMetadata(file.subarray(0, 40)));
  assert.throws(() => stripMetadata(file.subarray(0, file.length - 40)));
});

function chunk(type, data) {
  const len = Uint8Array.of(data.length >>> 24, (data.length >> 16) & 255, (data.length >> 8) & 255, data.length & 255);
  return concat(len, utf8(type), data, Uint8Array.of(1, 2, 3, 4));
}

test("PNG: text, EXIF and time chunks and trailing data go", () => {
  const sig = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  const ihdr = chunk("IHDR", new Uint8Array(13));
  const text = chunk("tEXt", utf8("Author\0J. Doe"));
  const itxt = chunk("iTXt", utf8("XML:com.adobe.xmp\0\0\0\0\0<x/>"));
  const exifc = chunk("eXIf", exif(true).subarray(6));
  const time = chunk("tIME", new Uint8Array(7));
  const idat = chunk("IDAT", Uint8Array.of(9, 8, 7));
  const iend = chunk("IEND", new Uint8Array(0));
  const file = concat(sig, ihdr, text, itxt, exifc, time, idat, iend, utf8("zip appended"));
  const r = stripMetadata(file);
  assert.equal(r.kind, "png");
  assert.deepEqual(r.bytes, concat(sig, ihdr, idat, iend));
  assert.deepEqual(r.removed, ["text (tEXt)", "international text (iTXt)", "EXIF (eXIf)", "modification time (tIME)", "12 bytes after the end of the image"]);
  assert.throws(() => stripMetadata(file.subarray(0, 50)));
});

test("other files are left alone", () => {
  const b = utf8("%PDF-1.7 whatever");
  const r = stripMetadata(b);
  assert.equal(r.kind, null);
  assert.equal(r.bytes, b);
});
