// The page's benchmark (issue #5), run by bench/page.sh: see bench/README.md,
// "Page". Drives Debian's Chromium (playwright-core, from web/node_modules)
// and, for the codename at Tor Browser's "Safer" level, Debian's Firefox ESR
// (puppeteer-core over WebDriver BiDi), against the release dropbox-server
// page.sh started on 127.0.0.1. web/src is used as it is: the full send goes
// through the served page; the parts measured alone are web/src's own
// modules (bundle.js, envelope.js, worker.js) bundled here with esbuild and
// run in the served page's context.
//
// usage: node bench/page/page-bench.mjs SPEC.json
// spec: {"base","fingerprint","file" (the attachment),"recipients" (the
//        members' age1… recipients, roster order),"member_ids","repeat",
//        "codename","codename_repeat","firefox":bool,"output"}
// Writes the JSON result to spec.output and prints a one-line summary.

import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, "..", "..", "web");
const require = createRequire(join(web, "package.json"));
const { chromium } = require("playwright-core");
const esbuild = require("esbuild");

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { base, fingerprint } = spec;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // One renderer process for everything, so the tab's is the only one and
  // its memory is easy to find and not split.
  "--renderer-process-limit=1",
];
const log = (s) => process.stderr.write(`::: page-bench: ${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// --- web/src's modules, bundled for the page context -------------------------

async function bundle(contents) {
  const r = await esbuild.build({
    stdin: { contents, resolveDir: join(web, "src"), loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: ["es2022"],
    platform: "browser",
    logLevel: "warning",
  });
  return r.outputFiles[0].text;
}

// The page's send pipeline without the upload: streams.js's fileChunks and
// streamOf, bundle.js's encoder and envelope.js's encrypter on the page's
// thread (the send before issue 17's workers); and as the send runs it now,
// seal.js's plan sealed in workers with the attachment hashed in another
// (hashing.js).
const PIPELINE = await bundle(`
import { encodeChunks, encodeHeader, bundleLen, newDeleteToken } from "./bundle.js";
import { encrypterFor } from "./envelope.js";
import { bundlePlan, sealPlan, workerSealer } from "./seal.js";
import { localHasher, workerHasher } from "./hashing.js";
import { dayText, dayOf } from "./keys.js";
import { tusUpload, PART } from "./tus.js";
import { fileChunks, streamOf } from "./streams.js";
// A report's header for one attachment, as app.js makes it.
function header(memberIds, file, extra) {
  return {
    kind: "report",
    created: dayText(dayOf(Math.floor(Date.now() / 1000))),
    roster_seq: 1,
    recipients: memberIds,
    delete_token: newDeleteToken().text,
    via: "client",
    ...extra,
    attachments: [{ name: file.name, type: "application/octet-stream", size: file.size }],
  };
}
globalThis.__pageBench = { encodeChunks, encodeHeader, bundleLen, encrypterFor, fileChunks, streamOf, tusUpload, PART, header, bundlePlan, sealPlan, workerSealer, workerHasher, localHasher };
`);
// The page's workers, built from web/src/worker.js (the codename) and
// web/src/send-worker.js (the send's hashing and sealing) as
// web/scripts/build.mjs builds them.
const workerText = async (name) =>
  (
    await esbuild.build({
      entryPoints: [join(web, "src", name)],
      bundle: true,
      write: false,
      minify: true,
      format: "iife",
      target: ["es2022", "chrome110", "firefox115"],
      platform: "browser",
      logLevel: "warning",
    })
  ).outputFiles[0].text;
const WORKER = await workerText("worker.js");
const SEND_WORKER = await workerText("send-worker.js");

// --- processes and memory ----------------------------------------------------

function procs() {
  const out = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      // Chromium rewrites its process title, so its cmdline may be one
      // string with spaces rather than NUL-separated arguments.
      const cmd = ` ${readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0").join(" ")} `;
      out.push({ pid: Number(d), ppid, cmd });
    } catch {
      // gone
    }
  }
  return out;
}

/** The Chromium processes of the profile: {browser, renderers, network}. */
function chromiumProcesses(profile) {
  const all = procs();
  const browser = all.find((p) => p.cmd.includes(` --user-data-dir=${profile} `) && !p.cmd.includes(" --type="));
  if (!browser) throw new Error("the Chromium browser process was not found");
  const mine = new Set([browser.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
    }
  }
  const kids = all.filter((p) => mine.has(p.pid));
  return {
    browser: browser.pid,
    // The tab's renderers: not the one headless Chromium keeps for its own
    // WebUI (--top-chrome-webui), nor an extension's.
    renderers: kids
      .filter((p) => p.cmd.includes(" --type=renderer ") && !p.cmd.includes(" --top-chrome-webui ") && !p.cmd.includes(" --extension-process "))
      .map((p) => p.pid),
    network: kids.find((p) => p.cmd.includes(" --utility-sub-type=network.mojom.NetworkService "))?.pid ?? null,
  };
}

function statusKiB(pid, key) {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : null;
}

async function launchChromium(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), "dropbox-page-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function openPage(page, fragment = true) {
  await page.goto(fragment ? `${base}/#team=${fingerprint}` : `${base}/`);
  if (fragment) await page.getByText("The team's roster verifies").waitFor({ timeout: 120000 });
}

async function attach(page) {
  await page.getByLabel("Attachments").setInputFiles([spec.file]);
  await page.waitForFunction(() => {
    const n = document.getElementById("attachment-note-0");
    return n && !n.textContent.startsWith("Checking");
  });
}

// --- a) + b): the full send, and the renderer's memory -----------------------

async function fullSend(run) {
  const b = await launchChromium();
  try {
    const { page, profile } = b;
    await openPage(page);
    const procsNow = chromiumProcesses(profile);
    if (procsNow.renderers.length !== 1) log(`run ${run}: ${procsNow.renderers.length} renderer processes`);
    const renderer = procsNow.renderers[0];
    const idle = { rss: statusKiB(renderer, "VmRSS"), hwm: statusKiB(renderer, "VmHWM"), anon: statusKiB(renderer, "RssAnon") };
    await page.getByLabel("Title").fill("Benchmark report");
    await page.getByLabel("Report", { exact: true }).fill("A report with one large attachment, for the benchmark.");
    await attach(page);
    await page.evaluate(() => {
      const marks = {};
      window.__marks = marks;
      document.getElementById("report-form").addEventListener("submit", () => (marks.submit = performance.now()), { capture: true });
      // The consent step (issue 23) comes between the form's submit and the
      // encryption; the clock runs from the reporter's agreement.
      document.getElementById("consent-agree").addEventListener("click", () => (marks.agree = performance.now()), { capture: true });
      const receipt = document.getElementById("receipt");
      new MutationObserver(() => {
        if (receipt.textContent && marks.receipt === undefined) marks.receipt = performance.now();
      }).observe(receipt, { childList: true, characterData: true, subtree: true });
    });
    // Samples while sending: the renderer's and the network service's RSS
    // from /proc, and V8's heap from the DevTools protocol.
    const cdp = await b.context.newCDPSession(page);
    await cdp.send("Performance.enable");
    let peakRss = 0;
    let peakAnon = 0;
    let peakNetRss = 0;
    let peakHeap = 0;
    let samples = 0;
    const rssTimer = setInterval(() => {
      try {
        peakRss = Math.max(peakRss, statusKiB(renderer, "VmRSS"));
        peakAnon = Math.max(peakAnon, statusKiB(renderer, "RssAnon"));
        if (procsNow.network) peakNetRss = Math.max(peakNetRss, statusKiB(procsNow.network, "VmRSS"));
        samples++;
      } catch {
        // the process may be gone at the very end
      }
    }, 50);
    let heapBusy = false;
    const heapTimer = setInterval(async () => {
      if (heapBusy) return;
      heapBusy = true;
      try {
        const { metrics } = await cdp.send("Performance.getMetrics");
        const used = metrics.find((m) => m.name === "JSHeapUsedSize");
        if (used) peakHeap = Math.max(peakHeap, used.value);
      } catch {
        // closing
      }
      heapBusy = false;
    }, 250);
    const t0 = Date.now();
    await page.getByRole("button", { name: "Send report" }).click();
    await page.locator("#consent-agree").click();
    const receipt = page.getByLabel("Receipt", { exact: true });
    await receipt.waitFor({ state: "visible", timeout: 1200000 }).catch(async (e) => {
      throw new Error(`${e.message}; form error: ${await page.locator("#form-error").textContent()}`);
    });
    const wall = Date.now() - t0;
    clearInterval(rssTimer);
    clearInterval(heapTimer);
    const marks = await page.evaluate(() => window.__marks);
    const progressText = await page.locator("#progress-text").textContent();
    const result = {
      receipt: (await receipt.textContent()).trim(),
      seconds: (marks.receipt - marks.agree) / 1000,
      from_submit_seconds: (marks.receipt - marks.submit) / 1000,
      wall_seconds: wall / 1000,
      progress_text: progressText,
      renderer: {
        pid: renderer,
        idle_rss_kib: idle.rss,
        idle_hwm_kib: idle.hwm,
        idle_anon_kib: idle.anon,
        sampled_peak_anon_kib: peakAnon,
        hwm_kib: statusKiB(renderer, "VmHWM"),
        sampled_peak_rss_kib: peakRss,
        samples,
      },
      network_service: procsNow.network ? { hwm_kib: statusKiB(procsNow.network, "VmHWM"), sampled_peak_rss_kib: peakNetRss } : null,
      js_heap_peak_bytes: peakHeap,
      renderers: procsNow.renderers.length,
    };
    log(`full send ${run}: ${result.seconds.toFixed(3)} s, renderer VmHWM ${(result.renderer.hwm_kib / 1024).toFixed(1)} MiB`);
    return result;
  } finally {
    await b.close();
  }
}

// --- a): the page's pipeline without the upload -------------------------------

/**
 * Runs `fn(page)` on the served page with the attachment chosen and
 * web/src's pipeline modules loaded (`globalThis.__pageBench`), in a fresh
 * Chromium closed afterwards.
 */
async function inPipelinePage(fn) {
  const b = await launchChromium();
  try {
    const { page } = b;
    await openPage(page);
    await attach(page);
    // A string evaluates as an expression through the DevTools protocol,
    // which the page's Content-Security-Policy does not apply to.
    await page.evaluate(PIPELINE);
    return await fn(page);
  } finally {
    await b.close();
  }
}

async function pipelineAlone(runs) {
  return inPipelinePage(async (page) => {
    const out = await page.evaluate(
      async ({ runs, recipients, memberIds, workerSource }) => {
        const P = globalThis.__pageBench;
        const file = document.getElementById("attachments").files[0];
        const header = () =>
          P.header(memberIds, file, {
            title: "Benchmark report",
            body: "A report with one large attachment, for the benchmark.",
          });
        const drain = async (stream) => {
          const r = stream.getReader();
          let n = 0;
          for (;;) {
            const { value, done } = await r.read();
            if (done) return n;
            n += value.length;
          }
        };
        const res = { read: [], bundle: [], encrypt: [], seal: [] };
        for (let i = 0; i < runs; i++) {
          let t0 = performance.now();
          res.file_bytes = await drain(file.stream());
          res.read.push((performance.now() - t0) / 1000);

          let h = header();
          t0 = performance.now();
          res.bundle_bytes = await drain(P.streamOf(P.encodeChunks(h, [P.fileChunks(file)])));
          res.bundle.push((performance.now() - t0) / 1000);
          res.bundle_expected = P.bundleLen(P.encodeHeader(h).length, h);

          // As app.js's send: every member a real slot, the codename slot
          // (no replies asked for) a decoy; shuffled; grease last.
          h = header();
          const slots = [...recipients, null];
          t0 = performance.now();
          const ct = await P.encrypterFor(slots).encrypt(P.streamOf(P.encodeChunks(h, [P.fileChunks(file)])));
          res.ciphertext_bytes = await drain(ct);
          res.encrypt.push((performance.now() - t0) / 1000);
          res.ciphertext_expected = ct.size(P.bundleLen(P.encodeHeader(h).length, h));

          // As the send runs it now (app.js's sendWorkers: sealing in one
          // worker per core beyond two, at least one, at most three; with
          // more than two cores the hashing in one more, with two the
          // attachment hashed on this thread from the plaintext the sealer
          // hands back), the workers' start included.
          h = header();
          t0 = performance.now();
          const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
          const cores = navigator.hardwareConcurrency || 2;
          const n = Math.min(3, Math.max(1, cores - 2));
          const hashPlain = cores <= 2;
          const sealer = P.workerSealer(Array.from({ length: n }, () => new Worker(url)));
          const hasher = hashPlain ? P.localHasher() : P.workerHasher(new Worker(url));
          try {
            const plan = P.bundlePlan(h, P.encodeHeader(h), [file], hashPlain ? null : [hasher.file(file)]);
            const sealed = await P.sealPlan({ encrypter: P.encrypterFor(slots), plan, sealer });
            let got = 0;
            for await (const c of sealed.chunks) got += c.length;
            res.seal.push((performance.now() - t0) / 1000);
            res.sealed_bytes = got;
            res.sealed_expected = sealed.length;
          } finally {
            sealer.close();
            hasher.close();
            URL.revokeObjectURL(url);
          }
        }
        return res;
      },
      { runs, recipients: spec.recipients, memberIds: spec.member_ids, workerSource: SEND_WORKER },
    );
    if (out.ciphertext_bytes !== out.ciphertext_expected || out.bundle_bytes !== out.bundle_expected || out.sealed_bytes !== out.sealed_expected) {
      throw new Error(`the pipeline's lengths do not add up: ${JSON.stringify(out)}`);
    }
    log(`pipeline alone: read ${median(out.read).toFixed(3)} s, bundle ${median(out.bundle).toFixed(3)} s, bundle + encrypt ${median(out.encrypt).toFixed(3)} s, sealed in workers ${median(out.seal).toFixed(3)} s`);
    return out;
  });
}

// --- a): the upload alone, from memory ------------------------------------------

// The ciphertext is made once into memory; then, `runs` times each: the
// page's tus.js (`tusUpload`: 8 MiB parts, sha256 of what it sends, the
// receipt check), and, to tell where its time goes, the same parts sent
// with plain fetch PATCHes, no hashing, once as Uint8Array bodies (what
// tus.js passed to fetch before it wrapped each part in a Blob) and once as
// Blob bodies of the same bytes.
async function uploadAlone(runs) {
  return inPipelinePage(async (page) => {
    const out = await page.evaluate(
      async ({ runs, recipients, memberIds, workerSource }) => {
        const P = globalThis.__pageBench;
        const file = document.getElementById("attachments").files[0];
        const h = P.header(memberIds, file, {});
        const ct = await P.encrypterFor([...recipients, null]).encrypt(P.streamOf(P.encodeChunks(h, [P.fileChunks(file)])));
        const chunks = [];
        const rd = ct.getReader();
        let n = 0;
        for (;;) {
          const { value, done } = await rd.read();
          if (done) break;
          chunks.push(value);
          n += value.length;
        }
        const all = new Uint8Array(n);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        chunks.length = 0;
        const TUS = { "Tus-Resumable": "1.0.0" };
        const raw = async (asBlob) => {
          const c = await fetch("/v1/uploads", { method: "POST", headers: { ...TUS, "Upload-Length": String(n) } });
          if (c.status !== 201) throw new Error(`POST /v1/uploads: ${c.status}`);
          const loc = c.headers.get("Location");
          for (let off = 0; off < n; off += P.PART) {
            const part = all.subarray(off, Math.min(n, off + P.PART));
            const r = await fetch(loc, {
              method: "PATCH",
              headers: { ...TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": String(off) },
              body: asBlob ? new Blob([part]) : part,
            });
            if (r.status !== 204) throw new Error(`PATCH: ${r.status}`);
          }
        };
        const res = { bytes: n, tus: [], fetch_u8: [], fetch_blob: [] };
        for (let i = 0; i < runs; i++) {
          let pos = 0;
          const reader = {
            read: async () => {
              if (pos >= n) return { done: true };
              const v = all.subarray(pos, Math.min(n, pos + 65536));
              pos += v.length;
              return { value: v, done: false };
            },
          };
          let t0 = performance.now();
          await P.tusUpload({ reader, length: n });
          res.tus.push((performance.now() - t0) / 1000);
          t0 = performance.now();
          await raw(false);
          res.fetch_u8.push((performance.now() - t0) / 1000);
          t0 = performance.now();
          await raw(true);
          res.fetch_blob.push((performance.now() - t0) / 1000);
        }
        return res;
      },
      { runs, recipients: spec.recipients, memberIds: spec.member_ids },
    );
    log(`upload alone: tus.js ${median(out.tus).toFixed(3)} s, fetch (Uint8Array) ${median(out.fetch_u8).toFixed(3)} s, fetch (Blob) ${median(out.fetch_blob).toFixed(3)} s`);
    return out;
  });
}

// --- c): the codename, in the page's Web Worker --------------------------------

async function deriveInPage(page, runs) {
  return page.evaluate(
    async ({ src, codename, fingerprint, runs }) => {
      const times = [];
      let keys = null;
      for (let i = 0; i < runs; i++) {
        // As app.js's deriveInWorker: a fresh worker from a blob: URL.
        const t0 = performance.now();
        const url = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
        const w = new Worker(url);
        keys = await new Promise((resolve, reject) => {
          w.onmessage = (ev) => {
            if (ev.data.progress !== undefined) return;
            if (ev.data.error) reject(new Error(ev.data.error));
            else resolve(ev.data.result);
          };
          w.onerror = (e) => reject(new Error(e.message || "the codename worker failed"));
          w.postMessage({ codename, fingerprint });
        });
        times.push((performance.now() - t0) / 1000);
        w.terminate();
        URL.revokeObjectURL(url);
      }
      return { seconds: times, mailbox: keys.mailbox, x25519: keys.x25519Recipient, wasm: typeof WebAssembly };
    },
    { src: WORKER, codename: spec.codename, fingerprint, runs },
  );
}

async function codenameChromium(jitless) {
  const b = await launchChromium(jitless ? ["--js-flags=--jitless"] : []);
  try {
    await openPage(b.page, false);
    const r = await deriveInPage(b.page, spec.codename_repeat);
    log(`codename, Chromium${jitless ? " --jitless" : ""}: ${r.seconds.map((s) => s.toFixed(2)).join(" ")} s`);
    return r;
  } finally {
    await b.close();
  }
}

async function codenameFirefox(safer) {
  const { default: puppeteer } = await import(require.resolve("puppeteer-core"));
  const { QUIET, SAFER } = await import(join(web, "test", "e2e", "firefox-prefs.mjs"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath: FIREFOX,
    headless: true,
    timeout: 180000,
    protocolTimeout: 1200000,
    extraPrefsFirefox: safer ? { ...QUIET, ...SAFER } : QUIET,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const r = await deriveInPage(page, spec.codename_repeat);
    r.browser = await browser.version();
    log(`codename, Firefox${safer ? " Safer" : ""}: ${r.seconds.map((s) => s.toFixed(2)).join(" ")} s`);
    return r;
  } finally {
    await browser.close();
  }
}

// --- run ------------------------------------------------------------------------

const out = { chromium_flags: CHROMIUM_FLAGS, file_bytes: statSync(spec.file).size, file: basename(spec.file) };
try {
  out.full = [];
  for (let i = 1; i <= spec.repeat; i++) out.full.push(await fullSend(i));
  out.pipeline = await pipelineAlone(spec.repeat);
  out.upload = await uploadAlone(spec.repeat);
  out.codename = {
    chromium_jit: await codenameChromium(false),
    chromium_jitless: await codenameChromium(true),
  };
  if (spec.firefox) {
    out.codename.firefox_safer = await codenameFirefox(true);
    out.codename.firefox_jit = await codenameFirefox(false);
  }
} catch (e) {
  out.error = String(e && e.stack ? e.stack : e);
}
writeFileSync(spec.output, JSON.stringify(out, null, 1));
if (out.error) {
  log(out.error);
  process.exit(1);
}
