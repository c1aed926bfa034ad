// Builds web/dist/ from web/src/: the worker first (its text is embedded
// in app.js and started from a blob: URL), then app.js, then index.html
// with app.js's Subresource Integrity hash. The output is deterministic,
// so CI can rebuild it and compare with the committed files
// (.ci/web.sh). page_sha256 = sha256(index.html) covers app.js through
// that hash, and the worker through app.js.

import { build } from "esbuild";
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
  loader: { ".txt": "text" },
  logLevel: "warning",
};

const worker = await build({ ...common, entryPoints: [join(web, "src", "worker.js")] });
const workerText = worker.outputFiles[0].text;

const app = await build({
  ...common,
  entryPoints: [join(web, "src", "app.js")],
  define: { __WORKER_SOURCE__: JSON.stringify(workerText) },
});
const appBytes = Buffer.from(app.outputFiles[0].contents);
writeFileSync(join(dist, "app.js"), appBytes);

const integrity = "sha384-" + createHash("sha384").update(appBytes).digest("base64");
const html = readFileSync(join(web, "src", "index.html"), "utf8");
if (!html.includes("__APP_INTEGRITY__")) throw new Error("index.html lacks the integrity placeholder");
writeFileSync(join(dist, "index.html"), html.replace("__APP_INTEGRITY__", integrity));
console.log(`web/dist: app.js ${appBytes.length} bytes (worker ${workerText.length}), ${integrity}`);
