// The submission page: verify the team's roster chain from the fingerprint
// in the link, build the report bundle, encrypt it here with the fixed
// stanza shape, upload it through tus, show the receipt (and the codename).
// Nothing is stored in the browser and nothing is fetched from elsewhere.

import wordlistText from "../../crypto/wordlists/eff_large_wordlist.txt";
import { parseChainJson, verifyChain, originListed } from "./roster.js";
import { encodeChunks, encodeHeader, bundleLen, newDeleteToken, safeName } from "./bundle.js";
import { submissionSlots, encrypterFor } from "./envelope.js";
import { generateCodename, keysFromSeed, codenameSeedAsync, wordlistFrom, parseCodename } from "./codename.js";
import { dayText, dayOf } from "./keys.js";
import { solvePow, tusUpload, uploadToken } from "./tus.js";
import { fileChunks, streamOf } from "./streams.js";
import { isControl, isRustWhitespace, rustTrim, toHex } from "./util.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { imageKind, stripMetadata } from "./strip.js";
import { signRequest } from "./httpsig.js";
import { authorName, followupRecipients, newFollowup, nextFollowupSeq, readMailbox, replyGaps, signFollowup } from "./messages.js";
import { fetchOwn, ownItem, postOwn, postThreadRecord, readOwn } from "./thread.js";

// Largest JPEG or PNG the page reads whole to remove its metadata.
const MAX_STRIP = 64 * 1024 * 1024;

/* global __WORKER_SOURCE__ */

const $ = (id) => document.getElementById(id);
const state = {
  chain: null,
  files: [],
  ready: Promise.resolve(),
  followupFiles: [],
  followupReady: Promise.resolve(),
  replyKeys: null,
  // What the mailbox said at the last check (kept in memory for this visit
  // only): who may read the next follow-up, and its number.
  allowed: null,
  nextSeq: 1,
  words: null,
};

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
  show($("replies-view"), true);
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

/** Lists `files` in `box` with a name field and what was removed from each. */
function renderAttachments(box, files, prefix) {
  box.replaceChildren();
  files.forEach((f, i) => {
    const label = document.createElement("label");
    label.htmlFor = `${prefix}-name-${i}`;
    label.textContent = `Name of attachment ${i + 1} (${f.file.size} bytes)`;
    const input = document.createElement("input");
    input.type = "text";
    input.id = `${prefix}-name-${i}`;
    input.autocomplete = "off";
    input.value = f.name;
    input.addEventListener("input", () => {
      f.name = input.value;
    });
    const note = document.createElement("p");
    note.id = `${prefix}-note-${i}`;
    note.className = f.error ? "bad" : "note";
    note.textContent = f.error || f.note || "Checking for hidden metadata…";
    input.setAttribute("aria-describedby", note.id);
    box.append(label, input, note);
  });
}

/**
 * Wires a file input: each chosen file is cleaned of metadata (`prepare`)
 * and listed; `state[filesKey]` holds the files, `state[readyKey]` settles
 * when all are cleaned.
 */
function pickAttachments(inputId, listId, prefix, filesKey, readyKey) {
  $(inputId).addEventListener("change", () => {
    const files = [...$(inputId).files].map((file) => ({ file, name: safeName(file.name) }));
    state[filesKey] = files;
    renderAttachments($(listId), files, prefix);
    state[readyKey] = Promise.all(files.map(prepare)).then(() => {
      if (state[filesKey] === files) renderAttachments($(listId), files, prefix);
    });
  });
}

/** The hex sha256 of a Blob, read in chunks. */
async function sha256Hex(blob) {
  const h = sha256.create();
  for await (const chunk of fileChunks(blob)) h.update(chunk);
  return toHex(h.digest());
}

/** The bundle's attachment entries for prepared files. */
function attachmentMeta(files) {
  return files.map((f) => ({ name: safeName(f.name), type: mediaType(f.file), size: f.blob.size }));
}

/**
 * Runs `job` in a Web Worker made from the page's embedded worker code;
 * where workers are unavailable, runs `fallback()` on this page instead,
 * after telling `onProgress(0, note)` that the page may freeze.
 */
function inWorker(job, onProgress, fallback) {
  return new Promise((resolve, reject) => {
    let worker;
    let url;
    try {
      url = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: "text/javascript" }));
      worker = new Worker(url);
    } catch {
      if (url) URL.revokeObjectURL(url);
      onProgress(0, "Web Workers are not available; working on this page, which may freeze for a while…");
      fallback().then(resolve, reject);
      return;
    }
    const done = () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    };
    worker.onmessage = (ev) => {
      const d = ev.data;
      if (d.progress !== undefined) onProgress(d.progress);
      else {
        done();
        if (d.error) reject(new Error(d.error));
        else resolve(d.result);
      }
    };
    worker.onerror = (e) => {
      done();
      reject(new Error(e.message || "the page's worker failed"));
    };
    worker.postMessage(job);
  });
}

/** Derives the codename's keys in a Web Worker. */
function deriveInWorker(codename, fingerprint, onProgress) {
  return inWorker({ codename, fingerprint }, onProgress, async () =>
    keysFromSeed(await codenameSeedAsync(codename, fingerprint, (p) => onProgress(p))),
  );
}

/** Solves the server's proof of work in a Web Worker. */
function powInWorker(challenge, bits) {
  return inWorker({ pow: { challenge, bits } }, () => {}, () => solvePow(challenge, bits));
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
    attachments: attachmentMeta(state.files),
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
    const upToken = await uploadToken("", (t) => progress(null, t), powInWorker);
    const result = await tusUpload({
      reader: ciphertext.getReader(),
      length,
      deleteHash: token.hash,
      token: upToken,
      onProgress: (sent, all) => progress(sent / all, `Encrypting and sending… ${Math.floor((sent * 100) / all)} % (${sent} of ${all} bytes)`),
      onStatus: (t) => progress(null, t),
    });
    // Every accepted report is followed by one own-log post: its thread
    // record, or a cover record when it has no codename.
    let recordNote = "";
    try {
      await postThreadRecord(chain.fingerprint, roster, keys, header.recipients, header.created, upToken);
    } catch (e) {
      if (keys) recordNote = ` Note: the record of who may read your conversation was not stored (${e.message}); your follow-ups can be sent once the team has replied.`;
    }
    progress(1, (result.uncertain ? "The connection dropped at the very end; your report was probably received." : "Sent.") + recordNote);
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

// ---- Check replies and follow-ups ----

function words() {
  if (!state.words) state.words = wordlistFrom(wordlistText);
  return state.words;
}

/**
 * The follow-up form's readers: only the members the thread allows (its
 * record and the team's replies, never one the report left out), each
 * ticked; unticking leaves that member out of this follow-up too.
 */
function buildFollowupRecipients(roster, allowed) {
  const list = $("followup-recipient-list");
  list.replaceChildren();
  roster.members
    .filter((m) => allowed.includes(m.id))
    .forEach((m, i) => {
      const p = document.createElement("p");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = `followup-recipient-${i}`;
      box.checked = true;
      box.dataset.member = m.id;
      box.autocomplete = "off";
      box.addEventListener("change", () => {
        if (![...list.querySelectorAll("input[type=checkbox]")].some((b) => b.checked)) box.checked = true;
      });
      const label = document.createElement("label");
      label.className = "inline";
      label.htmlFor = box.id;
      label.textContent = `Follow-up to ${m.name}`;
      p.append(box, label);
      list.append(p);
    });
  const left = roster.members.filter((m) => !allowed.includes(m.id)).map((m) => m.name);
  const note = $("followup-left-out");
  note.textContent = left.length ? `Left out of this conversation, as your report chose: ${left.join(", ")}.` : "";
  show(note, left.length > 0);
}

function message(from, day, body, own = false) {
  const div = document.createElement("div");
  div.className = own ? "msg own" : "msg";
  div.setAttribute("role", "article");
  const head = document.createElement("p");
  head.className = "from";
  head.textContent = `${from}${day ? `, ${day}` : ""}:`;
  const text = document.createElement("div");
  text.textContent = body;
  div.append(head, text);
  return div;
}

function checkError(text) {
  $("check-error").textContent = text;
  show($("check-error"), !!text);
}

async function checkReplies(ev) {
  ev.preventDefault();
  checkError("");
  const chain = state.chain;
  if (!chain) return;
  let codename;
  try {
    codename = parseCodename($("check-codename").value, words());
  } catch (e) {
    return checkError(`${e.message}.`);
  }
  $("check").disabled = true;
  const status = (t) => ($("check-progress").textContent = t);
  try {
    status("Deriving your codename's keys…");
    const keys = await deriveInWorker(codename, chain.fingerprint, (p, note) =>
      status(note || `Deriving your codename's keys… ${Math.round(p * 100)} %`),
    );
    status("Fetching your mailbox…");
    const target = `/v1/mailboxes/${keys.mailbox}`;
    const headers = signRequest({ method: "GET", target, keyid: `mbx:${keys.mailbox}`, seed: keys.ed25519Seed });
    const r = await fetch(target, { cache: "no-store", credentials: "omit", redirect: "error", referrerPolicy: "no-referrer", headers });
    if (r.status !== 200) {
      let m = "";
      try {
        m = (await r.json()).message || "";
      } catch {
        // not JSON
      }
      throw new Error(`the drop box answered ${r.status} for your mailbox${m ? `: ${m}` : ""}`);
    }
    const items = await r.json();
    status("Checking each reply's signature…");
    const { shown, problems } = await readMailbox(items, chain, keys);
    const own = await readOwn(await fetchOwn(keys), chain.fingerprint, keys);
    problems.push(...own.problems);
    state.replyKeys = keys;
    // Who may read the next follow-up, and its number: from the mailbox
    // alone, never from this browser.
    const newest = [...shown].reverse().find((x) => x.reply.recipients);
    state.allowed = followupRecipients(own.record, newest ? newest.reply.recipients : null, chain.head.roster);
    state.nextSeq = nextFollowupSeq(own.followups.map((f) => f.seq));
    $("followup-seq").value = String(state.nextSeq);
    show($("followup-form"), !!(state.allowed && state.allowed.length));
    $("followup-unavailable").textContent = !state.allowed
      ? "You cannot send a follow-up here: neither your conversation's record nor any reply from the team says who may read it (it may have expired). Send a new report instead, choosing its readers."
      : state.allowed.length === 0
        ? "No current member of the team may read this conversation; you cannot send a follow-up."
        : "";
    show($("followup-unavailable"), !state.allowed || state.allowed.length === 0);
    if (state.allowed) buildFollowupRecipients(chain.head.roster, state.allowed);
    const conv = $("conversation");
    conv.replaceChildren();
    if (shown.length === 0) {
      const p = document.createElement("p");
      p.className = "note";
      p.textContent = "No replies yet.";
      conv.append(p);
    }
    for (const s of shown) conv.append(message(`#${s.reply.seq} from ${authorName(s)} (${s.reply.member})`, s.reply.created, s.reply.body));
    for (const f of own.followups) conv.append(message(`You (follow-up #${f.seq})`, f.created, f.body, true));
    const warnings = [];
    const gaps = replyGaps(shown.map((s) => s.reply.seq));
    if (gaps.length) {
      const list = gaps.map((g) => `#${g}`).join(", ");
      warnings.push(
        gaps.length === 1
          ? `Reply ${list} is missing: the server may have withheld it, or it expired.`
          : `Replies ${list} are missing: the server may have withheld them, or they expired.`,
      );
    }
    for (const p of problems) warnings.push(`Warning: ${p}. It may be forged; it is not shown.`);
    const w = $("conversation-warnings");
    w.replaceChildren(...warnings.map((t) => Object.assign(document.createElement("span"), { textContent: t })).flatMap((x, i) => (i ? [document.createElement("br"), x] : [x])));
    show(w, warnings.length > 0);
    show($("conversation-box"), true);
    status(`${shown.length} verified ${shown.length === 1 ? "reply" : "replies"}.`);
    $("check-codename").value = "";
  } catch (e) {
    status("");
    checkError(`Could not check replies: ${e.message}.`);
  } finally {
    $("check").disabled = false;
  }
}

function followupError(text) {
  $("followup-error").textContent = text;
  show($("followup-error"), !!text);
}

async function sendFollowup(ev) {
  ev.preventDefault();
  followupError("");
  const chain = state.chain;
  const keys = state.replyKeys;
  if (!chain || !keys) return followupError("Check your replies with your codename first.");
  const roster = chain.head.roster;
  const body = $("followup-body").value;
  if (rustTrim(body) === "") return followupError("The follow-up is empty.");
  const seq = state.nextSeq;
  if (!state.allowed) return followupError("Check your replies with your codename first.");
  const chosen = [...$("followup-recipient-list").querySelectorAll("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.dataset.member);
  // Never wider than the thread allows, whatever the form says.
  const to = roster.members.map((m) => m.id).filter((id) => chosen.includes(id) && state.allowed.includes(id));
  if (to.length === 0) return followupError("Choose at least one member to read your follow-up.");
  const status = (t) => ($("followup-progress").textContent = t);
  await state.followupReady;
  const files = state.followupFiles;
  const bad = files.find((f) => f.error);
  if (bad) return followupError(`${bad.file.name}: ${bad.error}`);
  const attachments = attachmentMeta(files);
  if (attachments.reduce((a, x) => a + x.size, 0) > roster.policy.max_submission_bytes) {
    return followupError(`The files are too large for this drop box (at most ${roster.policy.max_submission_bytes} bytes in all).`);
  }
  $("followup-send").disabled = true;
  show($("followup-done"), false);
  try {
    const today = dayText(dayOf(Math.floor(Date.now() / 1000)));
    if (files.length) status("Fingerprinting the files for your signature…");
    // The signature covers each cleaned file's sha256, in bundle order.
    const digests = [];
    for (const f of files) digests.push(await sha256Hex(f.blob));
    const f = newFollowup(chain.fingerprint, keys.mailbox, seq, today, body, digests, to);
    const token = newDeleteToken();
    const header = {
      kind: "followup",
      created: today,
      roster_seq: roster.seq,
      recipients: to,
      delete_token: token.text,
      via: "client",
      signed: signFollowup(f, keys.ed25519Seed),
      thread: keys.thread,
      reply: { age: keys.x25519Recipient, sign: keys.ed25519Public },
      attachments,
    };
    const slots = submissionSlots(roster, to, keys.x25519Recipient);
    const plainLen = bundleLen(encodeHeader(header).length, header);
    const sources = files.map((x) => fileChunks(x.blob));
    const ciphertext = await encrypterFor(slots).encrypt(streamOf(encodeChunks(header, sources)));
    const length = ciphertext.size(plainLen);
    if (length > roster.policy.max_submission_bytes) throw new Error("the encrypted follow-up is larger than this drop box accepts");
    status("Encrypting and sending…");
    const upToken = await uploadToken("", status, powInWorker);
    const result = await tusUpload({
      reader: ciphertext.getReader(),
      length,
      deleteHash: token.hash,
      token: upToken,
      onProgress: (sent, all) => status(`Sending… ${Math.floor((sent * 100) / all)} %`),
      onStatus: status,
    });
    // Its number is known to the next follow-up, from any client, only
    // through this copy in the own log.
    let copyNote = "";
    try {
      await postOwn(keys, await ownItem(keys, header.signed, roster.seq, today), upToken);
    } catch (e) {
      copyNote = ` Note: its copy in your conversation's record was not stored (${e.message}).`;
    }
    status((result.uncertain ? "The connection dropped at the very end; your follow-up was probably received." : "Sent.") + copyNote);
    $("followup-receipt").textContent = result.receipt;
    show($("followup-done"), true);
    const sentFiles = files.length ? `\n\n[${files.length} file(s): ${attachments.map((a) => a.name).join(", ")}]` : "";
    $("conversation").append(message(`You (follow-up #${seq}, sent now)`, today, body + sentFiles, true));
    $("followup-body").value = "";
    $("followup-attachments").value = "";
    state.followupFiles = [];
    state.followupReady = Promise.resolve();
    $("followup-attachment-list").replaceChildren();
    state.nextSeq = seq + 1;
    $("followup-seq").value = String(state.nextSeq);
  } catch (e) {
    status("");
    followupError(`Sending failed: ${e.message}. Nothing was acknowledged; you can try again.`);
  } finally {
    $("followup-send").disabled = false;
  }
}

function start() {
  show($("app"), true);
  pickAttachments("attachments", "attachment-list", "attachment", "files", "ready");
  pickAttachments("followup-attachments", "followup-attachment-list", "followup-attachment", "followupFiles", "followupReady");
  $("report-form").addEventListener("submit", send);
  $("check-form").addEventListener("submit", checkReplies);
  $("followup-form").addEventListener("submit", sendFollowup);
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
