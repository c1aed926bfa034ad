// Builds web/ui-dist/ (the reviewer's window, `reviewer ui`, which embeds
// it at compile time) from web/ui/: ui.js bundled by esbuild, index.html
// and ui.css copied; the messages of web/locales/ui/ bundled as text. Deterministic, so CI can rebuild and compare.

import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(web, "ui");
// Another directory as the first argument (the test builds into a temporary
// one and compares).
const dist = process.argv[2] || join(web, "ui-dist");
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: [join(src, "ui.js")],
  outfile: join(dist, "ui.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2022", "chrome110", "firefox115"],
  platform: "browser",
  legalComments: "eof",
  charset: "utf8",
  logLevel: "warning",
  loader: { ".ftl": "text" },
});
for (const f of ["index.html", "ui.css"]) copyFileSync(join(src, f), join(dist, f));
