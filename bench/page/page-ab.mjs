// Paired runs of the page's full send for two or more builds of web/dist
// (issue 17 item 4: the tab's peak), alternating in the same minutes, as
// bench/page/page-bench.mjs's `fullSend` measures one: a fresh Chromium
// with page.sh's flags per send, the renderer's VmHWM, its VmRSS and
// RssAnon/RssFile/RssShmem before the send, and the send's seconds from
// the consent step's "I agree" to the receipt. Each build's index.html and
// app.js are served in place of the server's embedded ones (Playwright's
// route keeps the server's own headers, CSP included), and the route is
// removed once the roster has verified, so the upload is not intercepted.
//
// usage: node bench/page/page-ab.mjs SPEC.json LABEL=DIST_DIR... 
// spec: page-bench.mjs's ("base", "fingerprint", "file", "repeat",
// "output"); BENCH_AB_SMAPS=1 adds the renderer's RSS by mapping before
// the send (the ten largest), BENCH_AB_TRACE=1 its RSS, RssAnon and
// RssShmem every 50 ms of the send.

import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, "..", "..", "web");
const require = createRequire(join(web, "package.json"));
const { chromium } = require("playwright-core");

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const builds = process.argv.slice(3).map((a) => {
  const [label, dir] = a.split("=");
  return { label, html: readFileSync(join(dir, "index.html")), app: readFileSync(join(dir, "app.js")) };
});
const { base, fingerprint } = spec;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// page-bench.mjs's flags, unchanged, so the figures compare.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--renderer-process-limit=1",
];
const log = (s) => process.stderr.write(`::: page-ab: ${s}\n`);

function procs() {
  const out = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const cmd = ` ${readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0").join(" ")} `;
      out.push({ pid: Number(d), ppid, cmd });
    } catch {
      // gone
    }
  }
  return out;
}

function renderersOf(profile) {
  const all = procs();
  const browser = all.find((p) => p.cmd.includes(` --user-data-dir=${profile} `) && !p.cmd.includes(" --type="));
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
  return all
    .filter((p) => mine.has(p.pid) && p.cmd.includes(" --type=renderer ") && !p.cmd.includes(" --top-chrome-webui ") && !p.cmd.includes(" --extension-process "))
    .map((p) => p.pid);
}

function status(pid) {
  const s = readFileSync(`/proc/${pid}/status`, "utf8");
  const get = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, "m").exec(s)?.[1] ?? NaN);
  return { rss: get("VmRSS"), hwm: get("VmHWM"), anon: get("RssAnon"), file: get("RssFile"), shmem: get("RssShmem") };
}

/** The renderer's RSS (KiB) by mapping name, largest first. */
function smaps(pid) {
  const by = new Map();
  let name = "";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) name = head[1] || "[anon]";
    else if (line.startsWith("Rss:")) by.set(name, (by.get(name) || 0) + Number(line.split(/\s+/)[1]));
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, 10);
}

async function send(build, run) {
  const profile = mkdtempSync(join(tmpdir(), "dropbox-page-ab-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const serve = async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path !== "/" && path !== "/app.js") return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, body: path === "/" ? build.html : build.app });
    };
    await page.route(`${base}/**`, serve);
    await page.goto(`${base}/#team=${fingerprint}`);
    await page.getByText("The team's roster verifies").waitFor({ timeout: 120000 });
    await page.unroute(`${base}/**`, serve);
    const [renderer, ...more] = renderersOf(profile);
    if (more.length) log(`${more.length + 1} renderers`);
    const idle = status(renderer);
    const idleMaps = process.env.BENCH_AB_SMAPS === "1" ? smaps(renderer) : undefined;
    await page.getByLabel("Title").fill("Benchmark report");
    await page.getByLabel("Report", { exact: true }).fill("A report with one large attachment, for the benchmark.");
    await page.getByLabel("Attachments").setInputFiles([spec.file]);
    await page.waitForFunction(() => {
      const n = document.getElementById("attachment-note-0");
      return n && !n.textContent.startsWith("Checking");
    });
    await page.evaluate(() => {
      const marks = {};
      window.__marks = marks;
      document.getElementById("consent-agree").addEventListener("click", () => (marks.agree = performance.now()), { capture: true });
      const receipt = document.getElementById("receipt");
      new MutationObserver(() => {
        if (receipt.textContent && marks.receipt === undefined) marks.receipt = performance.now();
      }).observe(receipt, { childList: true, characterData: true, subtree: true });
    });
    let peak = { rss: 0 };
    const trace = [];
    const t0 = Date.now();
    const timer = setInterval(() => {
      try {
        const s = status(renderer);
        if (process.env.BENCH_AB_TRACE === "1") trace.push([Date.now() - t0, s.rss, s.anon, s.shmem, s.hwm]);
        if (s.rss > peak.rss) peak = { ...s, ms: Date.now() - t0 };
      } catch {
        // gone at the very end
      }
    }, process.env.BENCH_AB_TRACE === "1" ? 10 : 50);
    const marks0 = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Send report" }).click();
    await page.locator("#consent-agree").click();
    await page.getByLabel("Receipt", { exact: true }).waitFor({ state: "visible", timeout: 1200000 });
    clearInterval(timer);
    const marks = await page.evaluate(() => window.__marks);
    const end = status(renderer);
    const r = {
      build: build.label,
      run,
      seconds: (marks.receipt - marks.agree) / 1000,
      hwm_kib: end.hwm,
      idle,
      sampled_peak: peak,
      idle_maps: idleMaps,
      trace: trace.length ? trace : undefined,
      // The send's marks on the trace's clock (ms).
      trace_marks: trace.length ? { agree: marks.agree - marks0, receipt: marks.receipt - marks0 } : undefined,
      load: readFileSync("/proc/loadavg", "utf8").split(" ")[0],
    };
    log(
      `${build.label} #${run}: ${r.seconds.toFixed(3)} s, VmHWM ${(r.hwm_kib / 1024).toFixed(1)} MiB, idle ${(idle.rss / 1024).toFixed(1)} ` +
        `(anon ${(idle.anon / 1024).toFixed(1)}, file ${(idle.file / 1024).toFixed(1)}, shmem ${(idle.shmem / 1024).toFixed(1)}), ` +
        `peak sampled anon ${(peak.anon / 1024).toFixed(1)} file ${(peak.file / 1024).toFixed(1)} shmem ${(peak.shmem / 1024).toFixed(1)} ` +
        `at ${(peak.ms / 1000).toFixed(2)} s of ${((Date.now() - t0) / 1000).toFixed(2)}, load ${r.load}`,
    );
    return r;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const out = [];
for (let i = 1; i <= spec.repeat; i++) {
  // Alternate the order too, so neither build always runs first.
  const order = i % 2 ? builds : [...builds].reverse();
  for (const b of order) out.push(await send(b, i));
}
writeFileSync(spec.output, JSON.stringify(out, null, 1));
for (const b of builds) {
  const mine = out.filter((r) => r.build === b.label);
  const f = (xs) => xs.map((x) => x.toFixed(1)).join(" ");
  log(
    `${b.label}: VmHWM ${f(mine.map((r) => r.hwm_kib / 1024))} MiB; idle ${f(mine.map((r) => r.idle.rss / 1024))}; ` +
      `seconds ${mine.map((r) => r.seconds.toFixed(3)).join(" ")}`,
  );
}
