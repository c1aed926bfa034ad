// The submission page: verify the team's roster chain from the fingerprint
// in the link, build the report bundle, encrypt it here with the fixed
// stanza shape, upload it through tus, show the receipt (and the codename).
// Nothing is stored in the browser and nothing is fetched from elsewhere.

import wordlistText from "../../crypto/wordlists/eff_large_wordlist.txt";
import { parseChainJson, verifyChain, originListed } from "./roster.js";
import { decodeSlice, encodeHeader, newDeleteToken, randomWithdrawHash, safeName } from "./bundle.js";
import { decryptBytes, encrypterFor } from "./envelope.js";
import { slotsFor } from "./dropkeys.js";
import { generateCodename, keysFromSeed, codenameSeedAsync, wordlistFrom, parseCodename } from "./codename.js";
import { dayText, dayOf } from "./keys.js";
import { solvePow, tusUpload, uploadToken } from "./tus.js";
import { localHasher, workerHasher } from "./hashing.js";
import { bundlePlan, localSealer, sealPlan, workerSealer } from "./seal.js";
import { fileChunks, streamOf } from "./streams.js";
import { basePath, isControl, isRustWhitespace, rustTrim, toHex } from "./util.js";
import { createSha256 } from "./sha256.js";
import { imageKind, stripMetadata } from "./strip.js";
import { signRequest } from "./httpsig.js";
import { authorName, followupRecipients, newFollowup, nextFollowupSeq, readMailbox, replyGaps, signFollowup, verifyFollowupSignature } from "./messages.js";
import { fetchOwn, ownItem, postOwn, postThreadRecord, readOwn } from "./thread.js";
import { LANGUAGES, localize, pickLanguage, setLanguage, t } from "./i18n.js";

// Largest JPEG or PNG the page reads whole to remove its metadata.
const MAX_STRIP = 64 * 1024 * 1024;

/* global __WORKER_SOURCE__, __SEND_WORKER_SOURCE__ */
// Named once: the build substitutes each worker's whole text at every use.
// worker.js: the codename and the proof of work; send-worker.js: the send's
// hashing and encryption, without the codename's code (sendWorkers).
const WORKER_SOURCE = __WORKER_SOURCE__;
const SEND_WORKER_SOURCE = __SEND_WORKER_SOURCE__;

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

/** An error whose text is the page message `id` (shown translated). */
class PageError extends Error {
  constructor(id, args = {}) {
    super(id);
    this.l10n = { id, args };
  }
}

/** What went wrong, for a message's `detail`: translated when the page knows it. */
function detailOf(e) {
  return e && e.l10n ? e.l10n : String((e && (e.code || e.message)) || e);
}

/** Puts message `id` into `el`, or empties it when `id` is empty. */
function say(el, id, args) {
  if (id) localize(el, id, args);
  else {
    delete el.dataset.l10nId;
    el.textContent = "";
  }
}

function setStatus(id, args, cls = "") {
  const s = $("status");
  say(s, id, args);
  s.className = cls;
}

function fingerprintFromFragment() {
  const m = /^#team=([0-9a-fA-F]{64})$/.exec(location.hash);
  return m ? m[1].toLowerCase() : null;
}

async function loadTeam(fingerprint) {
  setStatus("status-checking");
  show($("team-info"), false);
  show($("report-form"), false);
  let chain;
  try {
    const r = await fetch(`${basePath()}/v1/roster`, { cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer" });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const bytes = new Uint8Array(await r.arrayBuffer());
    chain = verifyChain(fingerprint, parseChainJson(bytes), Math.floor(Date.now() / 1000));
  } catch (e) {
    setStatus("status-roster-bad", { detail: detailOf(e) }, "bad");
    show($("team-ask"), true);
    return;
  }
  state.chain = chain;
  const head = chain.head;
  show($("team-ask"), false);
  setStatus("status-roster-ok", {}, "ok");
  $("team-name").textContent = head.roster.team;
  $("roster-seq").textContent = `#${head.roster.seq}`;
  $("roster-head").textContent = head.hash.slice(0, 12);
  $("team-fp").textContent = fingerprint;
  // The trust panel says first, in two short lines, who can read and what
  // the server learns; the facts to compare follow.
  localize($("trust-readers"), "trust-readers", { count: head.roster.members.length });
  show($("team-info"), true);
  // A team at a path prefix lists its address with the prefix.
  const here = location.origin + basePath();
  if (!originListed(here, head)) {
    localize($("origin-warning"), "origin-warning", { origin: here, endpoints: head.roster.endpoints.join(", ") });
    show($("origin-warning"), true);
  }
  if (!location.hostname.endsWith(".onion")) {
    const onion = head.roster.endpoints.some((e) => /\.onion(:|\/|$)/.test(e.replace(/^https?:\/\//, "")));
    localize($("onion-notice"), onion ? "onion-notice-onion" : "onion-notice-tor");
    show($("onion-notice"), true);
  }
  buildForm(head.roster);
  show($("replies-view"), true);
}

function buildForm(roster) {
  const cat = $("category");
  const none = new Option("", "");
  localize(none, "category-none");
  cat.replaceChildren(none);
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
        localize($("recipient-error"), "recipients-at-least-one");
        show($("recipient-error"), true);
      } else {
        show($("recipient-error"), false);
      }
    });
    const label = document.createElement("label");
    label.className = "inline";
    label.htmlFor = box.id;
    const name = document.createElement("bdi");
    name.textContent = m.name;
    label.append(name);
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
    entry.note = { id: "attachment-as-is" };
    return;
  }
  if (f.size > MAX_STRIP) {
    entry.error = { id: "attachment-too-large", args: { kind: kind.toUpperCase() } };
    return;
  }
  try {
    const r = stripMetadata(new Uint8Array(await f.arrayBuffer()));
    entry.blob = new Blob([r.bytes], { type: f.type });
    entry.note = r.removed.length ? { id: "attachment-removed", args: { removed: r.removed.join(", ") } } : { id: "attachment-clean" };
  } catch (e) {
    entry.error = { id: "attachment-unreadable", args: { kind: kind.toUpperCase(), detail: e.message } };
  }
}

/** Lists `files` in `box` with a name field and what was removed from each. */
function renderAttachments(box, files, prefix) {
  box.replaceChildren();
  files.forEach((f, i) => {
    const label = document.createElement("label");
    label.htmlFor = `${prefix}-name-${i}`;
    localize(label, "attachment-name", { n: i + 1, size: f.file.size });
    const input = document.createElement("input");
    input.type = "text";
    input.id = `${prefix}-name-${i}`;
    input.autocomplete = "off";
    input.dir = "auto";
    input.value = f.name;
    input.addEventListener("input", () => {
      f.name = input.value;
    });
    const note = document.createElement("p");
    note.id = `${prefix}-note-${i}`;
    note.className = f.error ? "bad" : "note";
    const said = f.error || f.note || { id: "attachment-checking" };
    localize(note, said.id, said.args);
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
  const h = createSha256();
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
      url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
      worker = new Worker(url);
    } catch {
      if (url) URL.revokeObjectURL(url);
      onProgress(0, { id: "progress-no-worker" });
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
      reject(e.message ? new Error(e.message) : new PageError("error-worker"));
    };
    worker.postMessage(job);
  });
}

/**
 * The send's Web Workers: its age encryption (seal.js), segments sealed in
 * parallel in one worker per core beyond the two the page and the hasher
 * take, at least one, at most three; and its SHA-256 (hashing.js). With
 * more than two cores, the attachments' and the ciphertext's digests are
 * made interleaved in one more worker, which reads the files itself. With
 * two or fewer, on the page's thread (`hashPlain`): the attachments' from
 * the plaintext the sealing worker hands back with each segment (seal.js;
 * the page never reads the files, as Chromium's reads of a File on the
 * page's thread while a worker read it too sometimes never finished), the
 * ciphertext's as it is uploaded. Each worker costs the tab about 7 MiB
 * (its own JavaScript heap and thread: bench/RESULTS.md, "Page"), which the
 * tab's memory goal counts, and two cores gain no time from a third
 * thread. On this page where workers are unavailable. `close()` ends them
 * all.
 */
function sendWorkers() {
  const cores = navigator.hardwareConcurrency || 2;
  const sealers = Math.min(3, Math.max(1, cores - 2));
  const hashPlain = cores <= 2;
  const workers = [];
  let url;
  try {
    url = URL.createObjectURL(new Blob([SEND_WORKER_SOURCE], { type: "text/javascript" }));
    for (let i = hashPlain ? 1 : 0; i <= sealers; i++) workers.push(new Worker(url));
  } catch {
    for (const w of workers) w.terminate();
    if (url) URL.revokeObjectURL(url);
    const sealer = localSealer();
    return { hasher: localHasher(), sealer, hashPlain: true, close: () => sealer.close() };
  }
  const hasher = hashPlain ? localHasher() : workerHasher(workers[0]);
  const sealer = workerSealer(hashPlain ? workers : workers.slice(1));
  return {
    hasher,
    sealer,
    hashPlain,
    close() {
      sealer.close();
      hasher.close();
      URL.revokeObjectURL(url);
    },
  };
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

/** Shows the form's error (message `id`, or none) and moves focus to it. */
function formError(id, args) {
  say($("form-error"), id, args);
  show($("form-error"), !!id);
  if (id) $("form-error").focus();
}

/** Moves the progress bar to `fraction` (null: leaves it) and says `note` ({ id, args }). */
function progress(fraction, note) {
  if (fraction !== null) $("progress").value = fraction;
  if (note) localize($("progress-text"), note.id, note.args);
}

/** A status callback for tus.js, which gives each status as a message id too. */
function statusOf(put) {
  return (_text, l10n) => {
    if (l10n) put(l10n);
  };
}

/**
 * The consent step (issue 23): the facts of the verified roster's policy
 * for this report, as dropbox-submit shows them (reporter-cli/src/consent.rs),
 * before anything is encrypted. Resolves true on "I agree", false on "Back";
 * nothing of it is sent. With `followup`, the facts a follow-up needs (who
 * reads it, kept how long; no contact, credit or codename), shown in place
 * of the follow-up form.
 */
function askConsent(roster, chosen, { codename, contact, credit, followup = false }) {
  const r = roster.policy.retention;
  const names = (ms) => ms.map((m) => `${m.name} (${m.id})`).join(", ");
  const readers = roster.members.filter((m) => chosen.includes(m.id));
  const left = roster.members.filter((m) => !chosen.includes(m.id));
  const facts = [
    ["consent-where"],
    ["consent-server", { all: r.all_acked_days, first: r.first_ack_days, none: r.unacked_days, read: r.reply_read_days, reply: r.reply_days }],
    // A closed case is purged backup_days after its close day: one number, two promises.
    ["consent-team", { close: r.backup_days, backup: r.backup_days }],
  ];
  if (roster.policy.drop_key_days) {
    facts.push(["consent-dropkeys", { days: roster.policy.drop_key_days }]);
    // The upload carries a slot for the codename's key (a follow-up always
    // does), and a saved copy is that upload: the drop keys do not bound it.
    if (codename || followup) facts.push(["consent-dropkeys-codename"]);
  }
  facts.push(["consent-readers", { names: names(readers) }]);
  if (left.length) facts.push(["consent-left-out", { names: names(left) }]);
  if (followup) {
    facts.push(["consent-followup-tlp"]);
    facts.push(["consent-followup-nothing-sent"]);
  } else {
    facts.push([contact ? "consent-contact-given" : "consent-contact-none"]);
    facts.push([credit ? "consent-credit-given" : "consent-credit-none"]);
    facts.push(["consent-tlp"]);
    facts.push([codename ? "consent-codename" : "consent-no-codename"]);
    facts.push(["consent-nothing-sent"]);
  }
  const list = $("consent-list");
  list.replaceChildren(
    ...facts.map(([id, args]) => {
      const li = document.createElement("li");
      localize(li, id, args);
      return li;
    }),
  );
  // The one consent box goes where the form it stands for was.
  const form = followup ? $("followup-form") : $("report-form");
  const box = $("consent-box");
  form.after(box);
  localize($("consent-h"), followup ? "consent-followup-heading" : "consent-heading");
  localize($("consent-back"), followup ? "consent-followup-back" : "consent-back");
  show(form, false);
  show(box, true);
  $("consent-h").focus();
  return new Promise((resolve) => {
    const done = (yes) => {
      $("consent-agree").onclick = null;
      $("consent-back").onclick = null;
      show(box, false);
      show(form, true);
      if (!yes) (followup ? $("followup-send") : $("send")).focus();
      resolve(yes);
    };
    $("consent-agree").onclick = () => done(true);
    $("consent-back").onclick = () => done(false);
  });
}

async function send(ev) {
  ev.preventDefault();
  formError("");
  const chain = state.chain;
  if (!chain) return;
  const roster = chain.head.roster;
  const chosen = [...$("recipient-list").querySelectorAll("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.dataset.member);
  if (chosen.length === 0) return formError("error-no-recipient");
  const title = rustTrim($("title").value);
  const body = $("body").value;
  if (rustTrim(body) === "" && state.files.length === 0) return formError("error-empty");
  await state.ready;
  const bad = state.files.find((f) => f.error);
  if (bad) return formError("error-file", { name: bad.file.name, problem: bad.error });
  // Replaced by the codename's own token and withdrawal secret below when
  // replies are wanted.
  let token = newDeleteToken();
  let withdrawHash = randomWithdrawHash();
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
    return formError("error-too-large", { max: roster.policy.max_submission_bytes });
  }
  const agreed = await askConsent(roster, chosen, { codename: $("replies").checked, contact: !!header.contact, credit: !!header.credit });
  if (!agreed) return;
  $("send").disabled = true;
  show($("progress-box"), true);
  let workers = null;
  let upload = null;
  try {
    let codename = null;
    let keys = null;
    if ($("replies").checked) {
      codename = generateCodename(wordlistFrom(wordlistText));
      progress(0, { id: "progress-keys" });
      keys = await deriveInWorker(codename, chain.fingerprint, (p, note) =>
        progress(p, note || { id: "progress-keys-percent", args: { percent: Math.round(p * 100) } }),
      );
      header.reply = { age: keys.x25519Recipient, sign: keys.ed25519Public };
      header.thread = keys.thread;
      // Derived from the codename (protocol 1.5, as dropbox-submit), so
      // `dropbox-submit withdraw` deletes the drop box's copy.
      token = keys.deleteToken;
      header.delete_token = token.text;
      // Protocol 1.7: the drop box deletes its copy for the secret
      // behind this hash only, which no header carries.
      withdrawHash = keys.withdrawSecret.hash;
    }
    const slots = await slotsFor(chain, header.recipients, keys, Math.floor(Date.now() / 1000));
    const headerBytes = encodeHeader(header);
    // The attachments' SHA-256 and the ciphertext's, interleaved, in a
    // worker, or on this page with two cores; the encryption in others
    // (seal.js), which read the attachments themselves (sendWorkers).
    workers = sendWorkers();
    const { hasher, sealer, hashPlain } = workers;
    // Null: sealPlan hashes the attachments from the sealers' plaintext.
    const digests = hashPlain ? null : state.files.map((f) => hasher.file(f.blob));
    for (const d of digests || []) d.catch(() => {}); // awaited by the sealer
    const plan = bundlePlan(header, headerBytes, state.files.map((f) => f.blob), digests);
    const sealed = await sealPlan({ encrypter: encrypterFor(slots), plan, sealer, take: (n) => hasher.take(n) });
    upload = streamOf(sealed.chunks);
    const length = sealed.length;
    if (length > roster.policy.max_submission_bytes) throw new PageError("error-encrypted-too-large");
    // With a codename, a copy of exactly the bytes uploaded, which the
    // codename slot lets `dropbox-submit open` decrypt (PROTOCOL §7.6):
    // the uploaded parts' Blobs, so the upload is not held back.
    const copy = keys ? [] : null;
    progress(0, { id: "progress-sending" });
    const onStatus = statusOf((note) => progress(null, note));
    const upToken = await uploadToken(basePath(), onStatus, powInWorker);
    const result = await tusUpload({
      base: basePath(),
      reader: upload.getReader(),
      length,
      deleteHash: token.hash,
      withdrawHash,
      token: upToken,
      hasher,
      owned: true,
      onPart: copy ? (part) => copy.push(part) : undefined,
      onProgress: (sent, all) =>
        progress(sent / all, { id: "progress-sending-bytes", args: { percent: Math.floor((sent * 100) / all), sent, total: all } }),
      onStatus,
    });
    // Every accepted report is followed by one own-log post: its thread
    // record, or a cover record when it has no codename.
    let recordNote = null;
    try {
      await postThreadRecord(chain.fingerprint, roster, keys, header.recipients, header.created, upToken);
    } catch (e) {
      if (keys) recordNote = { id: "sent-record-note", args: { detail: detailOf(e) } };
    }
    progress(1, { id: result.uncertain ? "sent-uncertain" : "sent" });
    if (recordNote) {
      const extra = document.createElement("span");
      localize(extra, recordNote.id, recordNote.args);
      $("progress-text").append(" ", extra);
    }
    $("receipt").textContent = result.receipt;
    if (codename) {
      $("codename").textContent = codename;
      show($("codename-box"), true);
    }
    if (copy) {
      const a = $("copy-save");
      a.href = URL.createObjectURL(new Blob(copy, { type: "application/octet-stream" }));
      a.download = `report-${result.receipt.slice(0, 12)}.age`;
      show($("copy-box"), true);
    }
    const left = roster.members.filter((m) => !chosen.includes(m.id)).map((m) => m.name);
    if (left.length) {
      localize($("left-out"), "left-out", { names: left.join(", ") });
      show($("left-out"), true);
    }
    show($("report-form"), false);
    show($("done"), true);
    $("done-h").focus();
  } catch (e) {
    formError("send-failed", { detail: detailOf(e) });
    $("send").disabled = false;
  } finally {
    if (upload) upload.cancel().catch(() => {});
    if (workers) workers.close();
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
      localize(label, "followup-to", { name: m.name });
      p.append(box, label);
      list.append(p);
    });
  const left = roster.members.filter((m) => !allowed.includes(m.id)).map((m) => m.name);
  const note = $("followup-left-out");
  say(note, left.length ? "followup-left-out" : "", { names: left.join(", ") });
  show(note, left.length > 0);
}

/** One message of the conversation: its head (message `id`), then its text. */
function message(id, args, body, own = false) {
  const div = document.createElement("div");
  div.className = own ? "msg own" : "msg";
  div.setAttribute("role", "article");
  const head = document.createElement("p");
  head.className = "from";
  localize(head, id, args);
  const text = document.createElement("div");
  text.dir = "auto";
  text.textContent = body;
  div.append(head, text);
  return div;
}

/**
 * The conversation in time order, as `dropbox-submit replies` orders it
 * (reporter-cli/src/commands/replies.rs `conversation`): on one day the
 * reporter's report, then follow-ups, then the team's replies, each by
 * number. Entries have the shape of its `--export` file.
 */
function conversationEntries(c) {
  const mine = c.copies.map((x) => ({ ...x }));
  for (const f of c.followups) {
    if (!mine.some((e) => e.kind === "followup" && e.seq === f.seq)) {
      mine.push({ kind: "followup", from: "you", seq: f.seq, day: f.created, title: null, body: f.body, attachments: [] });
    }
  }
  const theirs = c.shown.map((x) => ({ kind: "reply", from: x.reply.member, seq: x.reply.seq, day: x.reply.created, title: null, body: x.reply.body, attachments: [], shown: x }));
  const key = (e) => [e.day, e.kind === "reply" ? 1 : 0, e.kind !== "report" ? 1 : 0, e.seq === null ? -1 : e.seq];
  const cmp = (a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  };
  return [...mine, ...theirs].sort(cmp);
}

function renderConversation() {
  const c = state.conversation;
  const conv = $("conversation");
  conv.replaceChildren();
  const entries = conversationEntries(c);
  if (c.shown.length === 0) {
    const p = document.createElement("p");
    p.className = "note";
    localize(p, "no-replies");
    conv.append(p);
  }
  for (const e of entries) {
    if (e.kind === "reply") {
      const s = e.shown;
      conv.append(message("reply-from", { seq: s.reply.seq, author: authorName(s), member: s.reply.member, day: s.reply.created }, s.reply.body));
    } else if (e.kind === "report") {
      conv.append(message("own-report", { day: e.day }, e.title ? `${e.title}\n\n${e.body}` : e.body, true));
    } else {
      const m = e.now ? message("own-followup-now", { seq: e.seq, day: e.day }, e.body, true) : message("own-followup", { seq: e.seq, day: e.day }, e.body, true);
      if (e.now && e.attachments.length) {
        const list = document.createElement("p");
        list.className = "note";
        localize(list, "sent-files", { count: e.attachments.length, names: e.attachments.join(", ") });
        m.append(list);
      }
      conv.append(m);
    }
  }
}

/**
 * Reads saved copies (the page's "Save a copy", `send --keep`,
 * `followup --keep`) with the codename, in this browser: as
 * `dropbox-submit open` does (reporter-cli/src/commands/open.rs
 * `read_copy`), only a report or signed follow-up of this codename's
 * conversation is taken.
 */
async function addCopies() {
  const c = state.conversation;
  const keys = state.replyKeys;
  const files = [...$("conversation-copies").files];
  if (!c || !keys || !files.length) return;
  const problems = [];
  for (const file of files) {
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      let plain;
      try {
        plain = await decryptBytes(data, [keys.x25519Identity]);
      } catch (e) {
        // A copy of a report encrypted to drop keys opens with the hybrid identity.
        if (e.code !== "envelope-no-matching-key") throw e;
        plain = await decryptBytes(data, [keys.hybridIdentity]);
      }
      const d = decodeSlice(plain);
      const h = d.header;
      if (h.reply && h.reply.sign !== keys.ed25519Public) throw new PageError("copy-other-codename");
      let entry;
      if (h.kind === "report") {
        entry = { kind: "report", from: "you", seq: null, day: h.created, title: h.title === undefined ? null : h.title, body: h.body === undefined ? "" : h.body };
      } else if (h.kind === "followup" && h.signed) {
        const f = verifyFollowupSignature(h.signed, state.chain.fingerprint);
        if (f.mailbox !== keys.mailbox) throw new PageError("copy-other-codename");
        entry = { kind: "followup", from: "you", seq: f.seq, day: h.created, title: null, body: f.body };
      } else {
        throw new PageError("copy-not-yours");
      }
      entry.attachments = h.attachments.map((a) => a.name);
      // The same copy picked twice counts once.
      const same = (x) => x.kind === entry.kind && x.seq === entry.seq && x.day === entry.day && x.body === entry.body;
      if (!c.copies.some(same)) c.copies.push(entry);
    } catch (e) {
      problems.push({ id: "copy-unreadable", args: { name: file.name, detail: detailOf(e) } });
    }
  }
  $("conversation-copies").value = "";
  renderConversation();
  const w = $("conversation-copies-problems");
  w.replaceChildren(
    ...problems.flatMap((x, i) => {
      const span = document.createElement("span");
      localize(span, x.id, x.args);
      return i ? [document.createElement("br"), span] : [span];
    }),
  );
  show(w, problems.length > 0);
}

/**
 * "Export conversation": one JSON file in the shape `dropbox-submit
 * replies --export` writes (reporter-cli/src/output.rs `ExportView`, the
 * same fields in the same order, indented by two spaces).
 */
function exportConversation() {
  const c = state.conversation;
  const keys = state.replyKeys;
  if (!c || !keys) return;
  const conversation = conversationEntries(c).map((e) => ({
    kind: e.kind,
    from: e.from,
    seq: e.seq,
    day: e.day,
    title: e.title,
    body: e.body,
    attachments: e.attachments,
  }));
  const text = JSON.stringify({ team: state.chain.fingerprint, mailbox: keys.mailbox, conversation }, null, 2);
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  a.download = "conversation.json";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60000);
}

function checkError(id, args) {
  say($("check-error"), id, args);
  show($("check-error"), !!id);
  if (id) $("check-error").focus();
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
    return e.l10n ? checkError(e.l10n.id, e.l10n.args) : checkError("check-failed", { detail: e.message });
  }
  $("check").disabled = true;
  const status = (id, args) => say($("check-progress"), id, args);
  try {
    status("check-deriving");
    const keys = await deriveInWorker(codename, chain.fingerprint, (p, note) =>
      note ? status(note.id, note.args) : status("check-deriving-percent", { percent: Math.round(p * 100) }),
    );
    status("check-fetching");
    const target = `${basePath()}/v1/mailboxes/${keys.mailbox}`;
    const headers = signRequest({ method: "GET", target, keyid: `mbx:${keys.mailbox}`, seed: keys.ed25519Seed });
    const r = await fetch(target, { cache: "no-store", credentials: "omit", redirect: "error", referrerPolicy: "no-referrer", headers });
    if (r.status !== 200) {
      let m = "";
      try {
        m = (await r.json()).message || "";
      } catch {
        // not JSON
      }
      throw m ? new PageError("check-mailbox-refused-message", { status: r.status, message: m }) : new PageError("check-mailbox-refused", { status: r.status });
    }
    const items = await r.json();
    status("check-verifying");
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
    say($("followup-unavailable"), !state.allowed ? "followup-unavailable-none" : state.allowed.length === 0 ? "followup-unavailable-empty" : "");
    show($("followup-unavailable"), !state.allowed || state.allowed.length === 0);
    if (state.allowed) buildFollowupRecipients(chain.head.roster, state.allowed);
    // Copies picked before stay if the codename is the same.
    const copies = state.conversation && state.conversation.mailbox === keys.mailbox ? state.conversation.copies : [];
    state.conversation = { mailbox: keys.mailbox, shown, followups: own.followups, copies };
    show($("conversation-copies-problems"), false);
    renderConversation();
    const warnings = [];
    const gaps = replyGaps(shown.map((s) => s.reply.seq));
    if (gaps.length) {
      const list = gaps.map((g) => `#${g}`).join(", ");
      warnings.push({ id: "reply-missing", args: { count: gaps.length, list } });
    }
    for (const p of problems) warnings.push({ id: "reply-problem", args: { problem: String(p) } });
    const w = $("conversation-warnings");
    const spans = warnings.map((x) => {
      const span = document.createElement("span");
      localize(span, x.id, x.args);
      return span;
    });
    w.replaceChildren(...spans.flatMap((x, i) => (i ? [document.createElement("br"), x] : [x])));
    show(w, warnings.length > 0);
    show($("conversation-box"), true);
    status("check-verified", { count: shown.length });
    $("check-codename").value = "";
    // Focus moves to the conversation that just appeared.
    $("conversation-h").focus();
  } catch (e) {
    status("");
    checkError("check-failed", { detail: detailOf(e) });
  } finally {
    $("check").disabled = false;
  }
}

function followupError(id, args) {
  say($("followup-error"), id, args);
  show($("followup-error"), !!id);
  if (id) $("followup-error").focus();
}

async function sendFollowup(ev) {
  ev.preventDefault();
  followupError("");
  const chain = state.chain;
  const keys = state.replyKeys;
  if (!chain || !keys) return followupError("followup-check-first");
  const roster = chain.head.roster;
  const body = $("followup-body").value;
  if (rustTrim(body) === "") return followupError("followup-empty");
  const seq = state.nextSeq;
  if (!state.allowed) return followupError("followup-check-first");
  const chosen = [...$("followup-recipient-list").querySelectorAll("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.dataset.member);
  // Never wider than the thread allows, whatever the form says.
  const to = roster.members.map((m) => m.id).filter((id) => chosen.includes(id) && state.allowed.includes(id));
  if (to.length === 0) return followupError("followup-no-recipient");
  const status = (id, args) => say($("followup-progress"), id, args);
  await state.followupReady;
  const files = state.followupFiles;
  const bad = files.find((f) => f.error);
  if (bad) return followupError("error-file", { name: bad.file.name, problem: bad.error });
  const attachments = attachmentMeta(files);
  if (attachments.reduce((a, x) => a + x.size, 0) > roster.policy.max_submission_bytes) {
    return followupError("followup-too-large", { max: roster.policy.max_submission_bytes });
  }
  // The same consent step as the first report's, before anything is encrypted.
  const agreed = await askConsent(roster, to, { followup: true });
  if (!agreed) return;
  $("followup-send").disabled = true;
  show($("followup-done"), false);
  show($("followup-copy-box"), false);
  let workers = null;
  let upload = null;
  try {
    const today = dayText(dayOf(Math.floor(Date.now() / 1000)));
    if (files.length) status("followup-fingerprinting");
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
    const slots = await slotsFor(chain, to, keys, Math.floor(Date.now() / 1000));
    // The files were hashed for the signature just above; the ciphertext
    // is hashed and encrypted in workers (sendWorkers).
    workers = sendWorkers();
    const { hasher, sealer } = workers;
    const plan = bundlePlan(header, encodeHeader(header), files.map((x) => x.blob), digests);
    const sealed = await sealPlan({ encrypter: encrypterFor(slots), plan, sealer, take: (n) => hasher.take(n) });
    upload = streamOf(sealed.chunks);
    const length = sealed.length;
    if (length > roster.policy.max_submission_bytes) throw new PageError("followup-encrypted-too-large");
    // A copy of exactly the bytes uploaded, as for the report: its codename
    // slot lets `dropbox-submit open` decrypt it (PROTOCOL §7.6).
    const copy = [];
    status("progress-sending");
    const onStatus = statusOf((note) => status(note.id, note.args));
    const upToken = await uploadToken(basePath(), onStatus, powInWorker);
    const result = await tusUpload({
      base: basePath(),
      reader: upload.getReader(),
      length,
      deleteHash: token.hash,
      withdrawHash: randomWithdrawHash(),
      token: upToken,
      hasher,
      owned: true,
      onPart: (part) => copy.push(part),
      onProgress: (sent, all) => status("followup-sending-percent", { percent: Math.floor((sent * 100) / all) }),
      onStatus,
    });
    // Its number is known to the next follow-up, from any client, only
    // through this copy in the own log.
    let copyNote = null;
    try {
      await postOwn(keys, await ownItem(keys, header.signed, roster.seq, today), upToken);
    } catch (e) {
      copyNote = { id: "followup-copy-note", args: { detail: detailOf(e) } };
    }
    status(result.uncertain ? "followup-sent-uncertain" : "sent");
    if (copyNote) {
      const extra = document.createElement("span");
      localize(extra, copyNote.id, copyNote.args);
      $("followup-progress").append(" ", extra);
    }
    $("followup-receipt").textContent = result.receipt;
    show($("followup-done"), true);
    const a = $("followup-copy-save");
    if (a.href.startsWith("blob:")) URL.revokeObjectURL(a.href);
    a.href = URL.createObjectURL(new Blob(copy, { type: "application/octet-stream" }));
    a.download = `followup-${seq}-${result.receipt.slice(0, 12)}.age`;
    show($("followup-copy-box"), true);
    // Into the conversation (and its export) as a copy of it would be.
    state.conversation.copies.push({ kind: "followup", from: "you", seq, day: today, title: null, body, attachments: attachments.map((a) => a.name), now: true });
    renderConversation();
    $("followup-body").value = "";
    $("followup-attachments").value = "";
    state.followupFiles = [];
    state.followupReady = Promise.resolve();
    $("followup-attachment-list").replaceChildren();
    state.nextSeq = seq + 1;
    $("followup-seq").value = String(state.nextSeq);
    $("followup-done").focus();
  } catch (e) {
    status("");
    followupError("send-failed", { detail: detailOf(e) });
  } finally {
    $("followup-send").disabled = false;
    if (upload) upload.cancel().catch(() => {});
    if (workers) workers.close();
  }
}

/** The visible language selector: the browser's choice first, kept in memory only. */
function languageSelector() {
  const select = $("lang");
  for (const l of LANGUAGES) {
    const o = new Option(l.name, l.code);
    o.lang = l.code;
    select.append(o);
  }
  const code = pickLanguage(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);
  select.value = code;
  setLanguage(code);
  select.addEventListener("change", () => setLanguage(select.value));
  show($("lang-bar"), true);
}

function start() {
  languageSelector();
  show($("app"), true);
  pickAttachments("attachments", "attachment-list", "attachment", "files", "ready");
  pickAttachments("followup-attachments", "followup-attachment-list", "followup-attachment", "followupFiles", "followupReady");
  $("report-form").addEventListener("submit", send);
  $("check-form").addEventListener("submit", checkReplies);
  $("followup-form").addEventListener("submit", sendFollowup);
  $("conversation-copies").addEventListener("change", addCopies);
  $("conversation-export").addEventListener("click", exportConversation);
  $("team-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const v = $("team-input").value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(v)) {
      setStatus("status-bad-fingerprint", {}, "bad");
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
