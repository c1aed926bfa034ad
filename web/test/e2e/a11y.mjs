// Accessibility of the submission page in Debian's Chromium (playwright-core):
// axe-core on every view and state, in the language the browser asks for
// (the spec's "locale", e.g. "en-US" or "ar"), and the whole flow driven
// by the keyboard alone.
//
// usage: DROPBOX_WEB_A11Y_SPEC=spec.json node a11y.mjs
// spec: {"base","fingerprint","output","locale","leave_out":name,
//        "photo":path, "followup_file":path, "screenshots": {"dir","update","skip"}}
// The flow runs on a phone-sized viewport (360x740); each view is scanned
// there and again at 1280x800, and at 360 wide the page must not scroll
// sideways ("overflow": view -> pixels). The form, the receipt and the
// conversation are screenshotted at both sizes ("<lang>-<view>-<width>.png"
// in screenshots.dir, the numbers, names and addresses that change from
// run to run masked) and compared byte for byte with the stored ones
// ("screenshots": file -> "same", "changed" (the new one is written next
// to it as .new.png) or "new"); with "update" the stored ones are replaced.
// The result (JSON in "output"): "lang" and "dir" of the page, "scans"
// (the view name -> axe violations, each "rule: targets"), "keyboard"
// (what each key press reached), "focus" (where focus went after each
// change), "live" (the live regions that spoke), "codename", "receipt",
// "selector" (the language selector switched the page and back),
// "photo_note" and "followup_photo_note" (what was removed from the photo
// attached, by the keyboard, to the report and to the follow-up),
// "trust" (the trust panel's "readers" and "server" lines),
// "storage", "requests", "error".
//
// Without DROPBOX_WEB_A11Y_SPEC it does nothing, so `node --test test/`
// passes over it.

import { chromium } from "playwright-core";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const specPath = process.env.DROPBOX_WEB_A11Y_SPEC;
if (!specPath) process.exit(0);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const { base, fingerprint } = spec;
const web = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const axeSource = readFileSync(join(web, "node_modules", "axe-core", "axe.min.js"), "utf8");
const profile = mkdtempSync(join(tmpdir(), "dropbox-web-a11y-"));

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  locale: spec.locale,
  viewport: { width: 360, height: 740 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const out = { scans: {}, overflow: {}, screenshots: {}, keyboard: [], focus: {}, live: {}, requests: [], console: [] };
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

// WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function axeRun(page) {
  // Through the DevTools protocol, so the page's CSP (script-src 'self')
  // does not need loosening for the test.
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) await page.evaluate(axeSource);
  const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), TAGS);
  out.rules = Math.max(out.rules || 0, r.passes.length + r.violations.length);
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** axe at the phone's size and at a desktop's; the sideways scroll at the phone's. */
async function scan(page, name) {
  const phone = await axeRun(page);
  out.overflow[name] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(DESKTOP);
  const desktop = await axeRun(page);
  await page.setViewportSize(PHONE);
  out.scans[name] = [...phone, ...desktop.map((v) => `at 1280: ${v}`)];
}

/** Screenshots at both sizes, compared with (or stored as) the kept ones. */
async function shot(page, name) {
  if (spec.screenshots.skip) return;
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    const file = `${out.lang}-${name}-${size.width}.png`;
    const path = join(spec.screenshots.dir, file);
    const saved = await page.evaluate(fixValues, FIXED);
    const png = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
    await page.evaluate(restoreValues, saved);
    if (spec.screenshots.update || !existsSync(path)) {
      out.screenshots[file] = existsSync(path) && readFileSync(path).equals(png) ? "same" : spec.screenshots.update ? "updated" : "new";
      writeFileSync(path, png);
    } else if (readFileSync(path).equals(png)) {
      out.screenshots[file] = "same";
    } else {
      out.screenshots[file] = "changed";
      writeFileSync(path.replace(/\.png$/, ".new.png"), png);
    }
  }
  await page.setViewportSize(PHONE);
}

// What differs from run to run (the team's keys, the server's port, receipts,
// codenames, days) is replaced by text of the same shape for the screenshot,
// so the layout does not move (a codename's length varies), then masked:
// painted over in the page itself, in the same step. (Playwright's own
// `mask` option draws its boxes separately, and a loaded CI machine once
// took the screenshot before they were drawn.)
const FIXED = {
  "#team-fp": "0".repeat(64),
  "#roster-head": "0".repeat(12),
  "#origin-warning bdi": "http://127.0.0.1:40000",
  "#receipt": "0".repeat(64),
  "#followup-receipt": "0".repeat(64),
  "#codename": "abacus abdomen abide abiding ability ablaze able abnormal",
  ".msg .from bdi": "2026-01-01",
};

function fixValues(fixed) {
  const saved = [];
  for (const [sel, text] of Object.entries(fixed)) {
    document.querySelectorAll(sel).forEach((el, i) => {
      saved.push([sel, i, el.textContent, el.getAttribute("style")]);
      el.textContent = text;
      el.style.backgroundColor = "#888";
      el.style.color = "transparent";
    });
  }
  return saved;
}

function restoreValues(saved) {
  for (const [sel, i, text, style] of saved) {
    const el = document.querySelectorAll(sel)[i];
    el.textContent = text;
    if (style === null) el.removeAttribute("style");
    else el.setAttribute("style", style);
  }
}

/** What has focus: its id, else its role and accessible text. */
function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return "body";
    const label = a.labels && a.labels[0] ? a.labels[0].textContent.trim() : a.textContent.trim().slice(0, 40);
    return `${a.tagName.toLowerCase()}#${a.id}${a.type ? `[${a.type}]` : ""} ${label}`;
  });
}

/** Presses `key` (Tab or Shift+Tab) until focus is on `selector`; at most `max` presses. */
async function keyTo(page, key, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
    await page.keyboard.press(key);
    out.keyboard.push(`${key} -> ${await focused(page)}`);
  }
  throw new Error(`${key} ${max} times never reached ${selector}`);
}

async function press(page, key) {
  await page.keyboard.press(key);
  out.keyboard.push(`${key} on ${await focused(page)}`);
}

/**
 * Opens the file input `selector` with Space, as a keyboard user does, and
 * answers the system's file chooser (not the page's) with `files`.
 */
async function chooseFiles(page, key, selector, files) {
  await keyTo(page, key, selector);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 30000 }), press(page, "Space")]);
  await chooser.setFiles(files);
}

/** Records whether each live region spoke: its role/aria-live and its text. */
async function live(page, id) {
  out.live[id] = await page.evaluate((i) => {
    const el = document.getElementById(i);
    return { role: el.getAttribute("role"), live: el.getAttribute("aria-live"), text: el.textContent.trim() };
  }, id);
}

const activeId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => out.console.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => out.console.push(`pageerror: ${e.message}`));
  page.on("request", (r) => out.requests.push(`${r.method()} ${r.url()}`));
  // Playwright turns the file chooser's interception on only when a
  // listener is added, without waiting for the browser to confirm: added
  // in chooseFiles just before Space, a loaded machine let the native
  // chooser open first and no event came (a CI failure). A listener for
  // the page's whole life has it on long before.
  page.on("filechooser", () => {});

  // 1. No fingerprint in the link: the page asks for it; a bad one is refused.
  await page.goto(`${base}/`);
  await page.locator("#team-ask").waitFor({ state: "visible" });
  out.lang = await page.evaluate(() => document.documentElement.lang);
  out.dir = await page.evaluate(() => document.documentElement.dir);
  out.selected = await page.locator("#lang").inputValue();
  await scan(page, "team-ask");
  await page.locator("body").focus();
  await keyTo(page, "Tab", "#team-input");
  await page.keyboard.type("not a fingerprint");
  await press(page, "Enter");
  // The browser's own validation (pattern) or the page's message.
  await scan(page, "team-ask-invalid");

  // 2. Another team's fingerprint: the roster does not verify.
  // (about:blank between: a change of fragment alone does not reload.)
  await page.goto("about:blank");
  await page.goto(`${base}/#team=${"00".repeat(32)}`);
  await page.locator("#status.bad").waitFor();
  await scan(page, "roster-refused");

  // 3. The language selector switches the page (and its direction), with
  //    the keyboard; then back. Nothing is stored.
  await page.goto("about:blank");
  await page.goto(`${base}/#team=${fingerprint}`);
  await page.locator("#status.ok").waitFor({ timeout: 30000 });
  const before = await page.locator("h1").textContent();
  await page.locator("body").focus();
  await keyTo(page, "Tab", "#lang");
  const other = out.lang === "en" ? "ar" : "en";
  await page.locator("#lang").selectOption(other);
  const switched = { lang: await page.evaluate(() => document.documentElement.lang), dir: await page.evaluate(() => document.documentElement.dir), h1: await page.locator("h1").textContent() };
  await page.locator("#lang").selectOption(out.selected);
  out.selector = { before, switched, back: await page.locator("h1").textContent(), url: page.url() };

  // The trust panel's two lines: who can read, what the server learns.
  out.trust = { readers: (await page.locator("#trust-readers").textContent()).trim(), server: (await page.locator("[data-l10n-id=trust-server]").textContent()).trim() };

  // 4. The form: its errors, with focus on them.
  await scan(page, "form");
  await shot(page, "form");
  await page.locator("body").focus();
  await keyTo(page, "Tab", "#send");
  await press(page, "Enter");
  await page.locator("#form-error").waitFor({ state: "visible" });
  out.focus.form_error = await activeId(page);
  await scan(page, "form-error-empty");
  // Unticking every member: the page refuses the last one.
  const boxes = await page.locator("#recipient-list input[type=checkbox]").count();
  await keyTo(page, "Shift+Tab", "#recipient-0");
  for (let i = 0; i < boxes; i++) {
    await keyTo(page, "Tab", `#recipient-${i}`);
    await press(page, "Space");
  }
  await page.locator("#recipient-error").waitFor({ state: "visible" });
  await scan(page, "recipient-error");
  for (let i = boxes - 1; i >= 0; i--) {
    await keyTo(page, "Shift+Tab", `#recipient-${i}`);
    if (!(await page.locator(`#recipient-${i}`).isChecked())) await press(page, "Space");
  }

  // A photo, attached on the phone by the keyboard (Space on the file
  // input opens the system's chooser): its metadata is removed before
  // encryption.
  await chooseFiles(page, "Shift+Tab", "#attachments", [spec.photo]);
  await page.waitForFunction(() => {
    const n = document.getElementById("attachment-note-0");
    return n && n.dataset.l10nId !== "attachment-checking";
  });
  out.photo_note = await page.locator("#attachment-note-0").textContent();
  await scan(page, "form-photo");

  // 5. Keyboard only: write, choose recipients, ask for replies, send.
  await keyTo(page, "Shift+Tab", "#title");
  await page.keyboard.type("Keyboard-only report");
  await keyTo(page, "Tab", "#body");
  await page.keyboard.type("a11y-canary: sent with Tab, Shift+Tab, Space and Enter only.");
  const leave = await page.locator("#recipient-list label", { hasText: spec.leave_out }).getAttribute("for");
  await keyTo(page, "Tab", `#${leave}`);
  await press(page, "Space");
  await keyTo(page, "Tab", "#replies");
  await press(page, "Space");
  await keyTo(page, "Tab", "#send");
  await press(page, "Enter");
  // The consent step (issue 23): focus on its heading, agreed by keyboard.
  await page.locator("#consent-box").waitFor({ state: "visible" });
  out.focus.consent = await activeId(page);
  await scan(page, "consent");
  await keyTo(page, "Tab", "#consent-agree");
  await press(page, "Enter");
  await page.locator("#progress-box").waitFor({ state: "visible" });
  await scan(page, "sending");
  await page.locator("#done").waitFor({ state: "visible", timeout: 240000 }).catch(async (e) => {
    out.form_error = await page.locator("#form-error").textContent();
    throw e;
  });
  out.focus.done = await activeId(page);
  await live(page, "progress-text");
  out.receipt = (await page.locator("#receipt").textContent()).trim();
  out.codename = (await page.locator("#codename").textContent()).trim();
  out.left_out = await page.locator("#left-out").textContent();
  await scan(page, "done");
  await shot(page, "done");

  // 6. Check replies, keyboard only.
  await keyTo(page, "Tab", "#check-codename");
  await page.keyboard.type(out.codename);
  await keyTo(page, "Tab", "#check");
  await press(page, "Enter");
  await page.locator("#conversation-box").waitFor({ state: "visible", timeout: 120000 }).catch(async (e) => {
    out.check_error = await page.locator("#check-error").textContent();
    throw e;
  });
  out.focus.conversation = await activeId(page);
  await live(page, "check-progress");
  out.conversation = await page.locator("#conversation").innerText();
  await scan(page, "conversation");
  await shot(page, "conversation");

  // 7. A follow-up, keyboard only: empty first (an error), then written.
  await keyTo(page, "Tab", "#followup-send");
  await press(page, "Enter");
  await page.locator("#followup-error").waitFor({ state: "visible" });
  out.focus.followup_error = await activeId(page);
  await scan(page, "followup-error");
  await keyTo(page, "Shift+Tab", "#followup-body");
  await page.keyboard.type("a11y-followup-canary");
  // Its files, by the keyboard too: a photo (cleaned) and a text file.
  await chooseFiles(page, "Tab", "#followup-attachments", [spec.photo, spec.followup_file]);
  await page.waitForFunction(() => {
    const n = document.getElementById("followup-attachment-note-0");
    return n && n.dataset.l10nId !== "attachment-checking";
  });
  out.followup_photo_note = await page.locator("#followup-attachment-note-0").textContent();
  await scan(page, "followup-files");
  await keyTo(page, "Tab", "#followup-send");
  await press(page, "Enter");
  // The follow-up's consent step (issue 23), as the report's: focus on
  // its heading, agreed by keyboard.
  await page.locator("#consent-box").waitFor({ state: "visible" });
  out.focus.followup_consent = await activeId(page);
  await scan(page, "followup-consent");
  await keyTo(page, "Tab", "#consent-agree");
  await press(page, "Enter");
  await page.locator("#followup-done").waitFor({ state: "visible", timeout: 120000 }).catch(async (e) => {
    out.followup_error = await page.locator("#followup-error").textContent();
    throw e;
  });
  out.focus.followup_done = await activeId(page);
  await live(page, "followup-progress");
  out.followup_receipt = (await page.locator("#followup-receipt").textContent()).trim();
  await scan(page, "followup-done");

  // 8. A codename that is not one: the error, with focus on it.
  await keyTo(page, "Shift+Tab", "#check-codename");
  await page.keyboard.type("one two three");
  await press(page, "Enter");
  await page.locator("#check-error").waitFor({ state: "visible" });
  out.focus.check_error = await activeId(page);
  out.check_error = await page.locator("#check-error").textContent();
  await scan(page, "check-error");

  // A control: the same scan does see a violation when there is one.
  await page.evaluate(() => document.querySelector("main").append(Object.assign(document.createElement("img"), { src: "data:," })));
  await scan(page, "control");

  out.storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : -1,
    cookies: document.cookie.length,
  }));
} catch (e) {
  out.error = String(e && e.stack ? e.stack : e);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
writeFileSync(spec.output, JSON.stringify(out));
process.exit(out.error ? 1 : 0);
