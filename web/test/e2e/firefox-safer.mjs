// Drives Debian's Firefox ESR (never a downloaded browser) with
// puppeteer-core over WebDriver BiDi, at Tor Browser's "Safer" security
// level (no JIT, no wasm, no asm.js; the prefs below), through the
// submission page served by a real dropbox-server: sends one report with a
// codename, then checks that the page left nothing in the origin's storage
// and writes a JSON result.
//
// usage: DROPBOX_WEB_FIREFOX_SPEC=spec.json node firefox-safer.mjs
// spec: {"base","fingerprint","output" (where the JSON result goes),
//        "locale" (Firefox's intl.accept_languages, e.g. "ar")?,
//        "title","body","replies":bool,"jit_control":bool?}
// With jit_control a second Firefox, with the same prefs but without the
// Safer ones, runs the same JavaScript timing probe, so the result can show
// that the JIT is really off in the Safer one (there is no page API that
// tells).
//
// Without DROPBOX_WEB_FIREFOX_SPEC it does nothing, so `node --test test/`
// (which runs every file under test/) passes over it.
//
// FIREFOX=/path/to/firefox overrides /usr/bin/firefox-esr.

import puppeteer from "puppeteer-core";
import { QUIET, SAFER } from "./firefox-prefs.mjs";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const specPath = process.env.DROPBOX_WEB_FIREFOX_SPEC;
if (!specPath) process.exit(0);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const { base, fingerprint } = spec;
const executablePath = process.env.FIREFOX || "/usr/bin/firefox-esr";

// A JavaScript timing probe: the best of several runs of a hot integer
// loop, in ns per iteration. Interpreted (ion and baseline off) it is many
// times slower than JIT-compiled; typeof WebAssembly tells whether wasm is
// on. Run as is in the page and, as text, in a Web Worker.
function jitProbe() {
  const work = (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s = (s + Math.imul(i, i)) | 0;
    return s;
  };
  const n = 1e7;
  let best = Infinity;
  let check = 0;
  for (let r = 0; r < 4; r++) {
    const t0 = performance.now();
    check = work(n);
    const dt = performance.now() - t0;
    if (r > 0) best = Math.min(best, dt);
  }
  return { ns_per_iter: (best * 1e6) / n, wasm: typeof WebAssembly, check };
}

// The probe in the page and in a Web Worker (the page derives the codename
// in one), inside `page`.
async function probeEngine(page) {
  return page.evaluate(async (probeText) => {
    const inPage = new Function(`return (${probeText})()`)();
    const src = `self.onmessage = () => self.postMessage((${probeText})());`;
    const url = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
    const w = new Worker(url);
    const inWorker = await new Promise((resolve, reject) => {
      w.onmessage = (ev) => resolve(ev.data);
      w.onerror = (e) => reject(new Error(e.message || "the probe worker failed"));
      w.postMessage(null);
    });
    w.terminate();
    URL.revokeObjectURL(url);
    return { page: inPage, worker: inWorker };
  }, jitProbe.toString());
}

function launch(prefs, userDataDir) {
  return puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath,
    headless: true,
    userDataDir,
    // Firefox under BiDi can be slow to start on a busy machine, and the
    // Argon2id codename without a JIT takes a while.
    timeout: 180000,
    protocolTimeout: 600000,
    extraPrefsFirefox: prefs,
  });
}

/** Files under the profile's storage for the test origin (after close). */
function originStorage(profile) {
  const root = join(profile, "storage", "default");
  if (!existsSync(root)) return [];
  const host = new URL(base).host.replace(":", "+");
  const out = [];
  const walk = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else out.push(`${r} (${statSync(p).size} bytes)`);
    }
  };
  for (const name of readdirSync(root)) if (name.includes(host)) walk(join(root, name), name);
  return out;
}

const out = { prefs: { safer: SAFER, quiet: QUIET }, requests: [], console: [] };
const profile = mkdtempSync(join(tmpdir(), "dropbox-web-firefox-"));
let browser = null;
try {
  const t0 = Date.now();
  // The browser's language (issue 19: the page picks it; Arabic is right to left).
  const lang = spec.locale ? { "intl.accept_languages": spec.locale } : {};
  browser = await launch({ ...QUIET, ...SAFER, ...lang }, profile);
  out.launch_ms = Date.now() - t0;
  out.browser = await browser.version();
  const page = await browser.newPage();
  page.on("console", (m) => out.console.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => out.console.push(`pageerror: ${e.message}`));
  page.on("request", (r) => out.requests.push(`${r.method()} ${r.url()}`));
  page.setDefaultTimeout(120000);

  await page.goto(`${base}/#team=${fingerprint}`);
  // By message id and element id, not by text: the page may be in any language.
  await page.waitForFunction(() => document.getElementById("status").dataset.l10nId === "status-roster-ok", {
    timeout: 120000,
  });
  out.status = await page.$eval("#status", (e) => e.textContent);
  out.seq = await page.$eval("#roster-seq", (e) => e.textContent);
  out.lang = await page.evaluate(() => document.documentElement.lang);
  out.dir = await page.evaluate(() => document.documentElement.dir);
  out.heading = await page.$eval("h1", (e) => e.textContent);

  await page.locator("#title").fill(spec.title);
  await page.locator("#body").fill(spec.body);
  if (spec.replies) await page.locator("#replies").click();
  out.replies_checked = await page.$eval("#replies", (e) => e.checked);

  // Time the send inside the page: from agreeing to the consent step (the
  // form's submit only shows it) to the first "Encrypting and sending"
  // (the codename's keys are made by then) and to the receipt.
  await page.evaluate(() => {
    const marks = {};
    window.__dropboxMarks = marks;
    document.getElementById("consent-agree").addEventListener("click", () => (marks.submit = performance.now()), { capture: true });
    const text = document.getElementById("progress-text");
    new MutationObserver(() => {
      const t = text.dataset.l10nId || "";
      if (t.startsWith("progress-keys") && marks.derive_start === undefined) marks.derive_start = performance.now();
      if (t.startsWith("progress-sending") && marks.encrypt_start === undefined) marks.encrypt_start = performance.now();
    }).observe(text, { childList: true, characterData: true, subtree: true, attributes: true });
    const receipt = document.getElementById("receipt");
    new MutationObserver(() => {
      if (receipt.textContent && marks.receipt === undefined) marks.receipt = performance.now();
    }).observe(receipt, { childList: true, characterData: true, subtree: true });
  });

  await page.locator("#send").click();
  await page.waitForSelector("#consent-agree", { visible: true, timeout: 60000 });
  await page.locator("#consent-agree").click();
  const receipt = await page
    .waitForSelector("#receipt", { visible: true, timeout: 600000 })
    .catch(async (e) => {
      out.form_error = await page.$eval("#form-error", (el) => el.textContent).catch(() => null);
      out.progress = await page.$eval("#progress-text", (el) => el.textContent).catch(() => null);
      throw e;
    });
  out.receipt = (await receipt.evaluate((e) => e.textContent)).trim();
  if (spec.replies) {
    const c = await page.waitForSelector("#codename", { visible: true });
    out.codename = (await c.evaluate((e) => e.textContent)).trim();
  }
  const m = await page.evaluate(() => window.__dropboxMarks);
  out.timings_ms = {
    derive: m.encrypt_start !== undefined && m.derive_start !== undefined ? Math.round(m.encrypt_start - m.submit) : null,
    encrypt_and_upload: m.encrypt_start !== undefined ? Math.round(m.receipt - m.encrypt_start) : null,
    submit_to_receipt: Math.round(m.receipt - m.submit),
  };

  // Nothing kept for the origin: what Firefox has on disk for it now,
  // before anything below asks (asking may make Firefox create the
  // origin's storage directory, empty), then what the page can see.
  out.profile_origin_storage_before_checks = originStorage(profile);
  out.storage = await page.evaluate(async () => ({
    secure_context: isSecureContext,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: typeof indexedDB.databases === "function" ? (await indexedDB.databases()).map((d) => d.name) : null,
    caches: typeof caches === "object" ? await caches.keys() : null,
    cookie: document.cookie,
  }));
  out.cookies = (await browser.cookies()).map((c) => `${c.domain} ${c.name}`);

  out.engine = await probeEngine(page);
  await browser.close();
  browser = null;
  // After the checks above and the shutdown: caches.keys() makes Firefox
  // create an empty cache database for the origin, so this is for the
  // record only.
  out.profile_origin_storage_after = originStorage(profile);

  if (spec.jit_control) {
    // The same probe in a Firefox with the JIT on (no Safer prefs).
    const control = await launch(QUIET, undefined);
    try {
      const p = await control.newPage();
      await p.goto(`${base}/`);
      out.engine_control = await probeEngine(p);
    } finally {
      await control.close();
    }
    out.interpreter_slowdown = {
      page: out.engine.page.ns_per_iter / out.engine_control.page.ns_per_iter,
      worker: out.engine.worker.ns_per_iter / out.engine_control.worker.ns_per_iter,
    };
  }
} catch (e) {
  out.error = String(e && e.stack ? e.stack : e);
} finally {
  if (browser) await browser.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
writeFileSync(spec.output, JSON.stringify(out));
process.exit(out.error ? 1 : 0);
