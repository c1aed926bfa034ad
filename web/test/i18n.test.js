// The page's translations (web/locales/*.ftl, web/TRANSLATIONS.md) and
// dropbox-submit's (web/locales/submit/*.ftl): every
// language has every message of the source (en.ftl) and no other, with the
// same placeholders and attributes, parses without errors, and formats
// without errors; every message id the page uses exists in the source.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const locales = join(web, "locales");
const LANGUAGES = ["en", "ar", "de", "es", "fa", "fr", "pt", "ru", "tr", "uk", "zh-CN"];

/** The placeholders (`$name`) a pattern of Fluent's runtime AST uses. */
function placeholders(pattern, into = new Set()) {
  if (typeof pattern === "string" || !pattern) return into;
  const walk = (x) => {
    if (!x || typeof x !== "object") return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === "var") into.add(x.name);
    if (x.type === "select") {
      walk(x.selector);
      x.variants.forEach((v) => walk(v.value));
    }
    if (x.args) walk(x.args);
    if (x.value) walk(x.value);
  };
  walk(pattern);
  return into;
}

/** A locale's messages: id -> { vars, attributes: name -> vars }, and parse errors. */
export function messagesOf(source) {
  const lines = source.split("\n");
  const res = new FluentResource(source);
  const ids = new Map();
  for (const m of res.body) {
    if (m.id.startsWith("-")) continue;
    const attributes = {};
    for (const [k, v] of Object.entries(m.attributes)) attributes[k] = [...placeholders(v)].sort();
    ids.set(m.id, { vars: [...placeholders(m.value)].sort(), attributes, hasValue: m.value !== null });
  }
  // FluentResource skips what it cannot parse; a message line it skipped
  // is an error here (it would silently fall back to English).
  const declared = lines.map((l) => /^([a-zA-Z][\w-]*)\s*=/.exec(l)).filter(Boolean).map((m) => m[1]);
  const skipped = declared.filter((id) => !ids.has(id));
  return { ids, skipped };
}

export function compareLocale(en, other) {
  const problems = [];
  for (const [id, m] of en.ids) {
    const o = other.ids.get(id);
    if (!o) {
      problems.push(`lacks ${id}`);
      continue;
    }
    if (m.vars.join(",") !== o.vars.join(",")) problems.push(`${id}: placeholders { ${o.vars.join(", ")} } differ from the source's { ${m.vars.join(", ")} }`);
    if (m.hasValue !== o.hasValue) problems.push(`${id}: value present in only one of the two`);
    const ka = Object.keys(m.attributes).sort().join(",");
    const kb = Object.keys(o.attributes).sort().join(",");
    if (ka !== kb) problems.push(`${id}: attributes .${kb} differ from the source's .${ka}`);
  }
  for (const id of other.ids.keys()) if (!en.ids.has(id)) problems.push(`has ${id}, which the source does not`);
  for (const id of other.skipped) problems.push(`${id} does not parse`);
  return problems;
}

const read = (code) => readFileSync(join(locales, `${code}.ftl`), "utf8");
const en = messagesOf(read("en"));

test("the locales directory holds exactly the page's languages", () => {
  const files = readdirSync(locales).filter((f) => f.endsWith(".ftl")).map((f) => f.slice(0, -4)).sort();
  assert.deepEqual(files, [...LANGUAGES].sort());
  assert.ok(LANGUAGES.length >= 10);
  const i18n = readFileSync(join(web, "src", "i18n.js"), "utf8");
  for (const code of LANGUAGES) assert.ok(i18n.includes(`code: "${code}"`), `src/i18n.js offers ${code}`);
});

test("the source parses whole", () => {
  assert.deepEqual(en.skipped, []);
  assert.ok(en.ids.size > 100, `${en.ids.size} messages`);
});

for (const code of LANGUAGES.filter((c) => c !== "en")) {
  test(`${code}: every message of the source, with the same placeholders`, () => {
    assert.deepEqual(compareLocale(en, messagesOf(read(code))), []);
  });
  test(`${code}: formats every message without errors, and is translated`, () => {
    const bundle = new FluentBundle(code, { useIsolating: false });
    assert.deepEqual(bundle.addResource(new FluentResource(read(code))), []);
    const english = new FluentBundle("en", { useIsolating: false });
    english.addResource(new FluentResource(read("en")));
    let same = 0;
    for (const [id, m] of en.ids) {
      const args = Object.fromEntries(m.vars.map((v) => [v, 3]));
      const errors = [];
      const msg = bundle.getMessage(id);
      const text = msg.value ? bundle.formatPattern(msg.value, args, errors) : "";
      assert.deepEqual(errors, [], `${code} ${id}`);
      if (msg.value && text === english.formatPattern(english.getMessage(id).value, args)) same++;
    }
    // Copying the English file does not count as a translation.
    assert.ok(same < en.ids.size / 4, `${code}: ${same} of ${en.ids.size} messages are the English text`);
  });
}

// dropbox-submit's messages (locales/submit/, built into reporter-cli by
// src/l10n.rs): the same languages, held to the same rules.
const submit = join(locales, "submit");
const readSubmit = (code) => readFileSync(join(submit, `${code}.ftl`), "utf8");
const submitEn = messagesOf(readSubmit("en"));

test("dropbox-submit: locales/submit holds exactly the page's languages, and its source parses whole", () => {
  const files = readdirSync(submit).filter((f) => f.endsWith(".ftl")).map((f) => f.slice(0, -4)).sort();
  assert.deepEqual(files, [...LANGUAGES].sort());
  assert.deepEqual(submitEn.skipped, []);
  assert.ok(submitEn.ids.size > 40, `${submitEn.ids.size} messages`);
  const l10n = readFileSync(join(web, "..", "reporter-cli", "src", "l10n.rs"), "utf8");
  for (const code of LANGUAGES) assert.ok(l10n.includes(`lang!("${code}",`), `reporter-cli/src/l10n.rs builds in ${code}`);
});

for (const code of LANGUAGES.filter((c) => c !== "en")) {
  test(`dropbox-submit ${code}: every message of the source, with the same placeholders, translated`, () => {
    const source = readSubmit(code);
    assert.deepEqual(compareLocale(submitEn, messagesOf(source)), []);
    const bundle = new FluentBundle(code, { useIsolating: false });
    assert.deepEqual(bundle.addResource(new FluentResource(source)), []);
    const english = new FluentBundle("en", { useIsolating: false });
    english.addResource(new FluentResource(readSubmit("en")));
    let same = 0;
    for (const [id, m] of submitEn.ids) {
      const args = Object.fromEntries(m.vars.map((v) => [v, 3]));
      const errors = [];
      const text = bundle.formatPattern(bundle.getMessage(id).value, args, errors);
      assert.deepEqual(errors, [], `${code} ${id}`);
      if (text === english.formatPattern(english.getMessage(id).value, args)) same++;
    }
    assert.ok(same < submitEn.ids.size / 4, `${code}: ${same} of ${submitEn.ids.size} messages are the English text`);
  });
}

test("a missing message or a changed placeholder is caught", () => {
  const src = messagesOf("a = one { $x }\nb = two\nc = three { $n ->\n    [one] x\n   *[other] y\n  }\n");
  assert.deepEqual(src.skipped, []);
  const bad = messagesOf("a = un { $y }\nc = trois { $n ->\n    [one] x\n   *[other] y\n  }\nd = extra\ne = broken { $\n");
  assert.deepEqual(compareLocale(src, bad), [
    "a: placeholders { y } differ from the source's { x }",
    "lacks b",
    "has d, which the source does not",
    "e does not parse",
  ]);
});

// String literals the search below also finds that are not message ids
// (fetch options, bundle fields, the conversation export's fields).
const NOT_MESSAGES = ["no-store", "omit", "no-referrer", "report", "client", "error", "followup", "base64", "bad", "ok", "note", "msg", "reply", "you"];

test("every message id the page uses is in the source", () => {
  const html = readFileSync(join(web, "src", "index.html"), "utf8");
  const app = readFileSync(join(web, "src", "app.js"), "utf8");
  const build = readFileSync(join(web, "scripts", "build.mjs"), "utf8");
  const used = new Set();
  for (const m of html.matchAll(/data-l10n-id="([\w-]+)"/g)) used.add(m[1]);
  // Ids in app.js and build.mjs are string literals passed to localize,
  // say, setStatus, the error helpers and `{ id: … }` objects.
  for (const m of app.matchAll(/(?:localize\([^,]+,|say\([^,]+,|setStatus\(|formError\(|checkError\(|followupError\(|status\(|PageError\(|id: |\? |: )"([a-z][a-z0-9-]+)"/g)) used.add(m[1]);
  for (const m of build.matchAll(/t\("([a-z][a-z0-9-]+)"\)/g)) used.add(m[1]);
  for (const f of ["tus.js", "codename.js"]) {
    for (const m of readFileSync(join(web, "src", f), "utf8").matchAll(/id: "([a-z][a-z0-9-]+)"/g)) used.add(m[1]);
  }
  assert.ok(used.size > 80, `${used.size} ids found`);
  const missing = [...used].filter((id) => !en.ids.has(id) && !NOT_MESSAGES.includes(id));
  assert.deepEqual(missing, []);
});

// The reviewer's window (`reviewer ui`, web/ui/, issue 22): its own
// messages in locales/ui/, the same languages held to the same rules.
const uiDir = join(locales, "ui");
const readUi = (code) => readFileSync(join(uiDir, `${code}.ftl`), "utf8");
const uiEn = messagesOf(readUi("en"));

test("the window: locales/ui holds exactly the page's languages, and web/ui/l10n.js offers each", () => {
  const files = readdirSync(uiDir).filter((f) => f.endsWith(".ftl")).map((f) => f.slice(0, -4)).sort();
  assert.deepEqual(files, [...LANGUAGES].sort());
  assert.deepEqual(uiEn.skipped, []);
  assert.ok(uiEn.ids.size > 150, `${uiEn.ids.size} messages`);
  const l10n = readFileSync(join(web, "ui", "l10n.js"), "utf8");
  for (const code of LANGUAGES) {
    assert.ok(l10n.includes(`code: "${code}"`), `ui/l10n.js offers ${code}`);
    assert.ok(l10n.includes(`../locales/ui/${code}.ftl`), `ui/l10n.js bundles locales/ui/${code}.ftl`);
  }
  for (const code of ["ar", "fa"]) assert.ok(l10n.includes(`code: "${code}", name: "${code === "ar" ? "العربية" : "فارسی"}", dir: "rtl"`), `${code} is right-to-left`);
});

for (const code of LANGUAGES.filter((c) => c !== "en")) {
  test(`the window ${code}: every message of the source, with the same placeholders, translated`, () => {
    const source = readUi(code);
    assert.deepEqual(compareLocale(uiEn, messagesOf(source)), []);
    const bundle = new FluentBundle(code, { useIsolating: false });
    assert.deepEqual(bundle.addResource(new FluentResource(source)), []);
    const english = new FluentBundle("en", { useIsolating: false });
    english.addResource(new FluentResource(readUi("en")));
    let same = 0;
    for (const [id, m] of uiEn.ids) {
      // Each plural form: 0, 1, 2, 3, 5, 11, 21, 100.
      for (const n of [0, 1, 2, 3, 5, 11, 21, 100]) {
        const args = Object.fromEntries(m.vars.map((v) => [v, n]));
        const errors = [];
        const text = bundle.formatPattern(bundle.getMessage(id).value, args, errors);
        assert.deepEqual(errors, [], `${code} ${id}`);
        if (n === 3 && text === english.formatPattern(english.getMessage(id).value, args)) same++;
      }
    }
    // Copying the English file does not count as a translation.
    assert.ok(same < uiEn.ids.size / 8, `${code}: ${same} of ${uiEn.ids.size} messages are the English text`);
  });
}

test("every message id the window uses is in its source", () => {
  const html = readFileSync(join(web, "ui", "index.html"), "utf8");
  const ui = readFileSync(join(web, "ui", "ui.js"), "utf8");
  const used = new Set(["window-title", "status-closed"]);
  for (const m of html.matchAll(/data-msg(?:-label)?="([\w-]+)"/g)) used.add(m[1]);
  for (const m of ui.matchAll(/\b[tm]\("([a-z][\w-]*)"/g)) used.add(m[1]);
  for (const m of ui.matchAll(/Refused\([^,]+, "([\w-]+)"/g)) used.add(m[1]);
  for (const m of ui.matchAll(/\? "([a-z][\w-]+)" : "([a-z][\w-]+)"/g)) used.add(m[1]).add(m[2]);
  for (const m of ui.matchAll(/: "(urgency-[\w-]+)"/g)) used.add(m[1]);
  // The fixed sets, whose labels are `${kind}-${value}`.
  const set = (name) => JSON.parse(new RegExp(`const ${name} = (\\[[^\\]]*\\]);`).exec(ui)[1]);
  for (const v of set("STATUSES")) used.add(`status-${v}`);
  for (const v of set("SEVERITIES")) used.add(`severity-${v}`);
  for (const v of set("STEPS")) used.add(`step-${v}`);
  for (const v of set("FIELDS")) used.add(`share-field-${v}`);
  for (const v of ["admin", "reviewer"]) used.add(`role-${v}`);
  assert.ok(used.size > 150, `${used.size} ids found`);
  assert.deepEqual([...used].filter((id) => !uiEn.ids.has(id)), []);
  // Nothing in the source goes unused (a message no one shows is a
  // translation no one reads).
  const unused = [...uiEn.ids.keys()].filter((id) => !used.has(id) && !ui.includes(`"${id}"`));
  assert.deepEqual(unused, []);
});
