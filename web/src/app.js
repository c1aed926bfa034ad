// The submission page: verify the team's roster chain from the fingerprint
// in the link, build the report bundle, encrypt it here with the fixed
// stanza shape, upload it through tus, show the receipt (and the codename).
// Nothing is stored in the browser and nothing is fetched from elsewhere.

import wordlistText from "../../crypto/wordlists/eff_large_wordlist.txt";
import { parseChainJson, verifyChain, originListed } from "./roster.js";
import { encodeChunks, encodeHeader, bundleLen, newDeleteToken, safeName } from "./bundle.js";
import { submissionSlots, encrypterFor } from "./envelope.js";
import { generateCodename, keysFromSeed, codenameSeedAsync, wordlistFrom } from "./codename.js";
import { dayText, dayOf } from "./keys.js";
import { tusUpload, uploadToken } from "./tus.js";
import { isControl, isRustWhitespace, rustTrim } from "./util.js";
import { imageKind, stripMetadata } from "./strip.js";

// Largest JPEG or PNG the page reads whole to remove its metadata.
const MAX_STRIP = 64 * 1024 * 1024;

/* global __WORKER_SOURCE__ */

const $ = (id) => document.getElementById(id);
const state = { chain: null, files: [], ready: Promise.resolve() };

function show(el, on = true) {
  el.hidden = !on;
}

function setStatus(text, cls = "") {
  const s = $("status");
  s.textContent = text;
  s.className = cls;
}

function fingerprintFromFragment() {
  const m = /^#team=([0-9a-fA-F]{64})$/.exec(location.hash);
  return m ? m[1].toLowerCase() : null;
}

async function loadTeam(fingerprint) {
  setStatus("Checking the team's roster…");
  show($("team-info"), false);
  show($("report-form"), false);
  let chain;
  try {
    const r = await fetch("/v1/roster", { cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer" });
    if (!r.ok) throw new Error(`the server answered ${r.status}`);
    const bytes = new Uint8Array(await r.arrayBuffer());
    chain = verifyChain(fingerprint, parseChainJson(bytes), Math.floor(Date.now() / 1000));
  } catch (e) {
    setStatus(
      `The team's roster does not verify (${e.code || e.message}). Do not send anything here: check the fingerprint on the team's own website.`,
      "bad",
    );
    show($("team-ask"), true);
    return;
  }
  state.chain = chain;
  const head = chain.head;
  show($("team-ask"), false);
  setStatus("The team's roster verifies: it is signed by the team's admins, from the fingerprint in your link.", "ok");
  $("team-name").textContent = head.roster.team;
  $("roster-seq").textContent = `#${head.roster.seq}`;
  $("roster-head").textContent = head.hash.slice(0, 12);
  $("team-fp").textContent = fingerprint;
  show($("team-info"), true);
  if (!originListed(location.origin, head)) {
    $("origin-warning").textContent =
      `Warning: this address (${location.origin}) is not among the addresses the team published (${head.roster.endpoints.join(", ")}). Make sure you reached the right drop box.`;
    show($("origin-warning"), true);
  }
  if (!location.hostname.endsWith(".onion")) {
    $("onion-notice").textContent =
      "You are not using the drop box's .onion address. Your network, and the server's, can see that you visited this site. " +
      (head.roster.endpoints.some((e) => /\.onion(:|\/|$)/.test(e.replace(/^https?:\/\//, "")))
        ? "For more safety, open the team's .onion address in Tor Browser."
        : "For more safety, use Tor Browser.");
    show($("onion-notice"), true);
  }
  buildForm(head.roster);
}

function buildForm(roster) {
  const cat = $("category");
  cat.replaceChildren(new Option("(none)", ""));
  for (const c of roster.policy.categories) cat.append(new Option(c, c));
  const list = $("recipient-list");
  list.replaceChildren();
  roster.members.forEach((m, i) => {
    const p = document.createElement("p");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = `recipient-${i}`;
    box.checked = true;
    box.dataset.member = m.id;
    box.autocomplete = "off";
    box.addEventListener("change", () => {
      const any = [...list.querySelectorAll("input[type=checkbox]")].some((b) => b.checked);
      if (!any) {
        box.checked = true;
        $("recipient-error").textContent = "At least one member must be able to read your report.";
        show($("recipient-error"), true);
      } else {
        show($("recipient-error"), false);
      }
    });
    const label = document.createElement("label");
    label.className = "inline";
    label.htmlFor = box.id;
    label.textContent = m.name;
    p.append(box, label);
    list.append(p);
  });
  show($("report-form"), true);
}

function mediaType(file) {
  const t = file.type || "";
  const ok = t !== "" && new TextEncoder().encode(t).length <= 255 && ![...t].some((c) => isControl(c) || isRustWhitespace(c));
  return ok ? t : "application/octet-stream";
}

/**
 * Prepares one attachment: JPEG and PNG files lose their metadata (the
 * stripped copy is what gets encrypted); other files are sent as they are,
 * with a warning.
 */
async function prepare(entry) {
  const f = entry.file;
  const kind = imageKind(new Uint8Array(await f.slice(0, 8).arrayBuffer()));
  if (!kind) {
    entry.blob = f;
    entry.note = "Sent as it is: this page removes metadata only from JPEG and PNG images, so names, places or edit history inside this file stay in it.";
    return;
  }
  if (f.size > MAX_STRIP) {
    entry.error = `This ${kind.toUpperCase()} image is too large to check for hidden metadata here; remove its metadata yourself, or leave it out.`;
    return;
  }
  try {
    const r = stripMetadata(new Uint8Array(await f.arrayBuffer()));
    entry.blob = new Blob([r.bytes], { type: f.type });
    entry.note = r.removed.length ? `Removed before encryption: ${r.removed.join(", ")}.` : "No hidden metadata found in this image.";
  } catch (e) {
    entry.error = `This file looks like a ${kind.toUpperCase()} image but could not be read (${e.message}), so its hidden metadata could not be removed. Leave it out, or fix it first.`;
  }
}

function renderAttachments() {
  const box = $("attachment-list");
  box.replaceChildren();
  state.files.forEach((f, i) => {
    const label = document.createElement("label");
    label.htmlFor = `attachment-name-${i}`;
    label.textContent = `Name of attachment ${i + 1} (${f.file.size} bytes)`;
    const input = document.createElement("input");
    input.type = "text";
    input.id = `attachment-name-${i}`;
    input.autocomplete = "off";
    input.value = f.name;
    input.addEventListener("input", () => {
      f.name = input.value;
    });
    const note = document.createElement("p");
    note.id = `attachment-note-${i}`;
    note.className = f.error ? "bad" : "note";
    note.textContent = f.error || f.note || "Checking for hidden metadata…";
    input.setAttribute("aria-describedby", note.id);
    box.append(label, input, note);
  });
}

/** Reads a File or Blob in chunks (never whole). */
async function* fileChunks(file) {
  const reader = file.stream().getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    yield value;
  }
}

function streamOf(gen) {
  return new ReadableStream(
    {
      async pull(controller) {
        try {
          const { value, done } = await gen.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (e) {
          controller.error(e);
        }
      },
      cancel() {
        gen.return();
      },
    },
    { highWaterMark: 1 },
  );
}

/** Derives the codename's keys in a Web Worker (main thread if workers are unavailable). */
function deriveInWorker(codename, fingerprint, onProgress) {
  return new Promise((resolve, reject) => {
    let worker;
    let url;
    try {
      url = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: "text/javascript" }));
      worker = new Worker(url);
    } catch {
      if (url) URL.revokeObjectURL(url);
      onProgress(0, "Web Workers are not available; deriving on this page, which may freeze for a while…");
      codenameSeedAsync(codename, fingerprint, (p) => onProgress(p))
        .then((seed) => resolve(keysFromSeed(seed)))
        .catch(reject);
      return;
    }
    worker.onmessage = (ev) => {
      const d = ev.data;
      if (d.progress !== undefined) onProgress(d.progress);
      else {
        worker.terminate();
        URL.revokeObjectURL(url);
        if (d.error) reject(new Error(d.error));
        else resolve(d.keys);
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      URL.revokeObjectURL(url);
      reject(new Error(e.message || "the codename worker failed"));
    };
    worker.postMessage({ codename, fingerprint });
  });
}

function formError(text) {
  $("form-error").textContent = text;
  show($("form-error"), !!text);
  if (text) $("form-error").focus?.();
}

function progress(fraction, text) {
  if (fraction !== null) $("progress").value = fraction;
  if (text) $("progress-text").textContent = text;
}

async function send(ev) {
  ev.preventDefault();
  formError("");
  const chain = state.chain;
  if (!chain) return;
  const roster = chain.head.roster;
  const chosen = [...$("recipient-list").querySelectorAll("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.dataset.member);
  if (chosen.length === 0) return formError("Choose at least one member to read your report.");
  const title = rustTrim($("title").value);
  const body = $("body").value;
  if (rustTrim(body) === "" && state.files.length === 0) return formError("The report is empty: write something or attach a file.");
  await state.ready;
  const bad = state.files.find((f) => f.error);
  if (bad) return formError(`${bad.file.name}: ${bad.error}`);
  const token = newDeleteToken();
  const header = {
    kind: "report",
    created: dayText(dayOf(Math.floor(Date.now() / 1000))),
    roster_seq: roster.seq,
    recipients: roster.members.map((m) => m.id).filter((id) => chosen.includes(id)),
    delete_token: token.text,
    via: "client",
    attachments: state.files.map((f) => ({ name: safeName(f.name), type: mediaType(f.file), size: f.blob.size })),
  };
  if (title) header.title = title;
  if (rustTrim(body) !== "") header.body = body;
  if ($("category").value) header.category = $("category").value;
  if ($("severity").value) header.severity = $("severity").value;
  if (rustTrim($("contact").value)) header.contact = rustTrim($("contact").value);
  if (rustTrim($("credit").value)) header.credit = rustTrim($("credit").value);

  const total = header.attachments.reduce((a, x) => a + x.size, 0);
  if (total > roster.policy.max_submission_bytes) {
    return formError(`The attachments are too large for this drop box (at most ${roster.policy.max_submission_bytes} bytes in all).`);
  }
  $("send").disabled = true;
  show($("progress-box"), true);
  try {
    let codename = null;
    let keys = null;
    if ($("replies").checked) {
      codename = generateCodename(wordlistFrom(wordlistText));
      progress(0, "Making your codename's keys…");
      keys = await deriveInWorker(codename, chain.fingerprint, (p, note) =>
        progress(p, note || `Making your codename's keys… ${Math.round(p * 100)} %`),
      );
      header.reply = { age: keys.x25519Recipient, sign: keys.ed25519Public };
      header.thread = keys.thread;
    }
    const slots = submissionSlots(roster, header.recipients, keys ? keys.x25519Recipient : null);
    const headerBytes = encodeHeader(header);
    const plainLen = bundleLen(headerBytes.length, header);
    const sources = state.files.map((f) => fileChunks(f.blob));
    const plaintext = streamOf(encodeChunks(header, sources));
    const ciphertext = await encrypterFor(slots).encrypt(plaintext);
    const length = ciphertext.size(plainLen);
    if (length > roster.policy.max_submission_bytes) throw new Error("the encrypted report is larger than this drop box accepts");
    progress(0, "Encrypting and sending…");
    const upToken = await uploadToken("", (t) => progress(null, t));
    const result = await tusUpload({
      reader: ciphertext.getReader(),
      length,
      deleteHash: token.hash,
      token: upToken,
      onProgress: (sent, all) => progress(sent / all, `Encrypting and sending… ${Math.floor((sent * 100) / all)} % (${sent} of ${all} bytes)`),
      onStatus: (t) => progress(null, t),
    });
    progress(1, result.uncertain ? "The connection dropped at the very end; your report was probably received." : "Sent.");
    $("receipt").textContent = result.receipt;
    if (codename) {
      $("codename").textContent = codename;
      show($("codename-box"), true);
    }
    const left = roster.members.filter((m) => !chosen.includes(m.id)).map((m) => m.name);
    if (left.length) {
      $("left-out").textContent = `Left out: ${left.join(", ")}. They cannot read this report.`;
      show($("left-out"), true);
    }
    show($("report-form"), false);
    show($("done"), true);
    $("done-h").tabIndex = -1;
    $("done-h").focus();
  } catch (e) {
    formError(`Sending failed: ${e.message}. Nothing was acknowledged; you can try again.`);
    $("send").disabled = false;
  }
}

function start() {
  show($("app"), true);
  $("attachments").addEventListener("change", () => {
    const files = [...$("attachments").files].map((file) => ({ file, name: safeName(file.name) }));
    state.files = files;
    renderAttachments();
    state.ready = Promise.all(files.map(prepare)).then(() => {
      if (state.files === files) renderAttachments();
    });
  });
  $("report-form").addEventListener("submit", send);
  $("team-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const v = $("team-input").value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(v)) {
      setStatus("A team fingerprint is 64 letters (a–f) and digits.", "bad");
      return;
    }
    loadTeam(v);
  });
  const fp = fingerprintFromFragment();
  if (fp) loadTeam(fp);
  else {
    setStatus("");
    show($("team-ask"), true);
  }
}

start();
