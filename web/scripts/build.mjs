// Builds web/dist/ from web/src/: the workers first (worker.js and
// send-worker.js; their text is embedded in app.js and started from blob:
// URLs), then app.js, then index.html
// with app.js's Subresource Integrity hash. The output is deterministic,
// so CI can rebuild it and compare with the committed files
// (.ci/web.sh). page_sha256 = sha256(index.html) covers app.js through
// that hash, and the worker through app.js. The <noscript> text cannot be
// translated by the page's JavaScript, so it is rendered here from every
// locale's messages (web/locales/*.ftl).

import { build } from "esbuild";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(web, "dist");
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  write: false,
  minify: true,
  format: "iife",
  target: ["es2022", "chrome110", "firefox115"],
  platform: "browser",
  legalComments: "eof",
  charset: "utf8",
  loader: { ".txt": "text", ".ftl": "text" },
  logLevel: "warning",
};

const worker = await build({ ...common, entryPoints: [join(web, "src", "worker.js")] });
const workerText = worker.outputFiles[0].text;
const sendWorker = await build({ ...common, entryPoints: [join(web, "src", "send-worker.js")] });
const sendWorkerText = sendWorker.outputFiles[0].text;

const app = await build({
  ...common,
  entryPoints: [join(web, "src", "app.js")],
  define: { __WORKER_SOURCE__: JSON.stringify(workerText), __SEND_WORKER_SOURCE__: JSON.stringify(sendWorkerText) },
});
const appBytes = Buffer.from(app.outputFiles[0].contents);
writeFileSync(join(dist, "app.js"), appBytes);

const integrity = "sha384-" + createHash("sha384").update(appBytes).digest("base64");
// The page's languages, in the order of its selector (src/i18n.js).
const LANGUAGES = [
  ["en", "English", "ltr"],
  ["ar", "العربية", "rtl"],
  ["de", "Deutsch", "ltr"],
  ["es", "Español", "ltr"],
  ["fa", "فارسی", "rtl"],
  ["fr", "Français", "ltr"],
  ["pt", "Português", "ltr"],
  ["ru", "Русский", "ltr"],
  ["tr", "Türkçe", "ltr"],
  ["uk", "Українська", "ltr"],
  ["zh-CN", "简体中文", "ltr"],
];

const escapeHtml = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The <noscript> explanation in one language. */
function noscriptIn([code, , dir]) {
  const bundle = new FluentBundle(code, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(readFileSync(join(web, "locales", `${code}.ftl`), "utf8")));
  if (errors.length) throw new Error(`locales/${code}.ftl: ${errors.join("; ")}`);
  const t = (id) => {
    const m = bundle.getMessage(id);
    if (!m || !m.value) throw new Error(`locales/${code}.ftl lacks ${id}`);
    return escapeHtml(bundle.formatPattern(m.value));
  };
  return (
    `<div class="warn" lang="${code}" dir="${dir}">\n` +
    `<p><strong>${t("noscript-needs-js")}</strong></p>\n` +
    `<p>${t("noscript-nojs")} <a href="/nojs">${t("noscript-nojs-link")}</a></p>\n` +
    `<p>${t("noscript-cli")}</p>\n</div>`
  );
}

const noscript =
  noscriptIn(LANGUAGES[0]) +
  `\n<details class="other-languages"><summary>${escapeHtml(noscriptTitle())}</summary>\n` +
  LANGUAGES.slice(1)
    .map((l) => `<h2 lang="${l[0]}" dir="${l[2]}">${escapeHtml(l[1])}</h2>\n${noscriptIn(l)}`)
    .join("\n") +
  "\n</details>";

function noscriptTitle() {
  const bundle = new FluentBundle("en", { useIsolating: false });
  bundle.addResource(new FluentResource(readFileSync(join(web, "locales", "en.ftl"), "utf8")));
  return LANGUAGES.slice(1)
    .map(([code]) => {
      const b = new FluentBundle(code, { useIsolating: false });
      b.addResource(new FluentResource(readFileSync(join(web, "locales", `${code}.ftl`), "utf8")));
      return b.formatPattern(b.getMessage("noscript-other-languages").value);
    })
    .reduce((all, t) => `${all} · ${t}`, bundle.formatPattern(bundle.getMessage("noscript-other-languages").value));
}

const page = readFileSync(join(web, "src", "index.html"), "utf8");
if (!page.includes("__NOSCRIPT__")) throw new Error("index.html lacks the noscript placeholder");
const html = page.replace("__NOSCRIPT__", noscript);
if (!html.includes("__APP_INTEGRITY__")) throw new Error("index.html lacks the integrity placeholder");
writeFileSync(join(dist, "index.html"), html.replace("__APP_INTEGRITY__", integrity));
console.log(`web/dist: app.js ${appBytes.length} bytes (workers ${workerText.length} and ${sendWorkerText.length}), ${integrity}`);
