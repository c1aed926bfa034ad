// The reviewer's window (`reviewer ui`, issue 22) in Debian's headless
// Chromium (playwright-core), against the real binary: a member triages a
// report, replies, reads the reporter's follow-up and closes the case only
// through the window; reporter text with HTML and script shows as text and
// runs nothing; axe-core on every view; screenshots of the inbox and a case.
//
// usage: DROPBOX_UI_E2E_SPEC=spec.json node ui.mjs
// spec: {"url","output","title","body","followup","reply","note","export_dir",
//        "handshake": {"replied": path, "go": path},
//        "screenshots": {"dir","update"}}
// The result (JSON in "output"): "scans" (view -> axe violations),
// "texts" (what the page shows for the hostile fields), "pwned" (anything
// the hostile text ran), "export" (the message and warning of the saved
// attachment), "messages" (each action's status line), "focus" (where
// focus went after each view change), "storage", "requests", "reload",
// "rtl" (the same views again in Arabic, chosen with the window's language
// selector and reached by keyboard: their headings, direction, layout and
// dates), "error".
//
// With "mode": "team" the script only syncs and reads the team view's
// alerts, in the browser's language ("locale", e.g. Persian) and then in
// English from the selector ("team": {"alerts", "quarantined", ...}).
//
// Without DROPBOX_UI_E2E_SPEC it does nothing, so `node --test test/`
// passes over it.

import { chromium } from "playwright-core";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const specPath = process.env.DROPBOX_UI_E2E_SPEC;
if (!specPath) process.exit(0);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const web = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const axeSource = readFileSync(join(web, "node_modules", "axe-core", "axe.min.js"), "utf8");
const profile = mkdtempSync(join(tmpdir(), "dropbox-ui-e2e-"));
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const out = { scans: {}, texts: {}, messages: [], focus: {}, requests: [], console: [], screenshots: {} };

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  // The browser's language, which the window follows until the member
  // picks another.
  locale: spec.locale || "en-US",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function axe(page, name) {
  // Through the DevTools protocol, so the window's CSP need not loosen.
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) await page.evaluate(axeSource);
  const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), TAGS);
  out.scans[name] = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function focusAfter(page, name) {
  out.focus[name] = await page.evaluate(() => `${document.activeElement.tagName}:${document.activeElement.textContent.slice(0, 60)}`);
}

async function shot(page, name, mask) {
  if (!spec.screenshots) return;
  const path = join(spec.screenshots.dir, `ui-${name}.png`);
  const png = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide", mask: mask.map((m) => page.locator(m)), maskColor: "#888" });
  if (spec.screenshots.update || !existsSync(path)) {
    writeFileSync(path, png);
    out.screenshots[name] = "written";
  } else {
    out.screenshots[name] = Buffer.compare(readFileSync(path), png) === 0 ? "same" : "differs";
  }
}

async function status(page, startsWith) {
  const loc = page.locator("#status");
  await loc.filter({ hasText: startsWith }).waitFor({ timeout: 60000 });
  const t = await loc.textContent();
  out.messages.push(t);
  return t;
}

async function alertFree(page, what) {
  const a = await page.locator("#alert").textContent();
  if (a) throw new Error(`${what}: the window says: ${a}`);
}

async function sync(page) {
  await page.click("#sync");
  // The outcome's line, in whatever language the window speaks.
  await page.locator("#status [data-done=synced]").waitFor({ timeout: 120000 }).catch(async (e) => {
    throw new Error(`sync: ${await page.locator("#alert").textContent()} ${e.message}`);
  });
  out.messages.push(await page.locator("#status").textContent());
}

async function openCase(page, byKeyboard) {
  const link = page.locator("button[data-case]").first();
  if (byKeyboard) {
    await link.focus();
    await page.keyboard.press("Enter");
  } else {
    await link.click();
  }
  await page.locator("#report-body").waitFor();
}

// The inbox with filter `f` applied through its form: the cases shown.
async function filtered(page, f) {
  // From the inbox to the inbox: wait for the new one (its form fresh),
  // not the old one, before filling the form in.
  await page.evaluate(() => {
    document.querySelector("main h1").dataset.stale = "1";
  });
  await page.click("#nav-inbox");
  await page.locator("main h1:not([data-stale])", { hasText: "Inbox" }).waitFor();
  const form = page.locator("form", { has: page.locator("legend", { hasText: "Filter and search" }) });
  for (const k of ["status", "severity", "tlp"]) await form.locator(`select[name=${k}]`).selectOption(f[k] || "");
  await form.locator("input[name=owner]").fill(f.owner || "");
  await form.locator("input[name=mine]").setChecked(!!f.mine);
  await form.locator("input[name=overdue]").setChecked(!!f.overdue);
  await form.locator("input[name=q]").fill(f.q || "");
  // The view is drawn anew: wait for the new list, not the old one.
  await page.evaluate(() => {
    document.getElementById("cases").dataset.stale = "1";
  });
  await form.locator("button[type=submit]").click();
  await page.locator("#cases:not([data-stale])").waitFor();
  await alertFree(page, `filter ${JSON.stringify(f)}`);
  return await page.locator("button[data-case]").count();
}

async function notesText(page) {
  return await page.locator("section", { has: page.locator("h2", { hasText: "Notes" }) }).locator("ul, p").first().textContent();
}

const pwnedCheck = () => ({
  flag: window.__pwned === undefined ? null : String(window.__pwned),
  foreignNodes: document.querySelectorAll("main img:not(#chart), main script, main iframe, main object, main b, main svg").length,
});

// Presses Enter on `selector` (focused as the keyboard would reach it) and
// waits for the view it opens: its heading and where focus went.
async function byKeyboard(page, selector, name) {
  await page.evaluate(() => {
    const h1 = document.querySelector("main h1");
    if (h1) h1.dataset.stale = "1";
  });
  await page.locator(selector).first().focus();
  await page.keyboard.press("Enter");
  await page.locator("main h1:not([data-stale])").waitFor();
  await alertFree(page, name);
  return await page.evaluate(() => ({ h1: document.querySelector("main h1").textContent, focus: `${document.activeElement.tagName}:${document.activeElement.textContent.slice(0, 60)}` }));
}

// The views again in Arabic, chosen in the window's selector: each view's
// heading (and the case's section headings), axe-core on each, the
// document's language and direction, the header mirrored, a date as the
// language writes it, and a screenshot of a case right to left.
async function rightToLeft(page, code) {
  const rtl = { views: {}, focus: {} };
  // The change of language draws the current view anew: wait for it.
  await page.evaluate(() => {
    document.querySelector("main h1").dataset.stale = "1";
  });
  await page.locator("#lang").selectOption(code);
  await page.locator(`html[lang=${code}][dir=rtl]`).waitFor();
  await page.locator("main h1:not([data-stale])").waitFor();
  rtl.lang = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title }));
  rtl.nav = await page.locator("nav button").allTextContents();
  for (const view of ["inbox", "due", "team", "stats"]) {
    const r = await byKeyboard(page, `#nav-${view}`, `${code} ${view}`);
    rtl.views[view] = r.h1;
    rtl.focus[view] = r.focus;
    await axe(page, `${code}-${view}`);
    if (view === "inbox") {
      rtl.received = await page.locator("#cases tbody td:nth-child(2)").first().textContent();
      rtl.status = await page.locator("#cases tbody td:nth-child(3)").first().textContent();
      rtl.caption = await page.locator("#cases caption").textContent();
      await shot(page, `inbox-${code}`, ["#cases td:first-child", "#cases td:nth-child(2)", "#member"]);
    }
  }
  // The header mirrors: the brand on the right, the sync button left of it.
  rtl.mirrored = await page.evaluate(() => {
    const box = (sel) => document.querySelector(sel).getBoundingClientRect();
    return box(".brand").left > box(".sync").left && box(".brand").right > window.innerWidth / 2;
  });
  await byKeyboard(page, "#nav-inbox", `${code} inbox`);
  const r = await byKeyboard(page, "button[data-case]", `${code} case`);
  await page.locator("#report-body").waitFor();
  rtl.views.case = r.h1;
  rtl.focus.case = r.focus;
  rtl.case_sections = await page.locator("main section > h2").allTextContents();
  rtl.case_status = await page.locator("#case-status").textContent();
  rtl.title_dir = await page.locator("main h1").getAttribute("dir");
  rtl.body_dir = await page.locator("#report-body").getAttribute("dir");
  await axe(page, `${code}-case`);
  await shot(page, `case-${code}`, ["main > p.muted", "#member", "#timeline", "#access-log tbody"]);
  return rtl;
}

// The team view's alerts (the "team" mode).
async function teamAlerts(page) {
  await page.click("#nav-team");
  await page.locator("#members").waitFor();
  await alertFree(page, "team");
  return {
    lang: await page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`),
    h1: await page.locator("main h1").textContent(),
    alerts: await page.locator("#alerts li").evaluateAll((ls) => ls.map((l) => ({ kind: l.dataset.alert, text: l.textContent }))),
    quarantined: await page.locator("#quarantined tbody tr").count(),
  };
}

async function teamMode(page) {
  await page.locator("#cases").waitFor();
  await sync(page);
  out.team = { browser: await teamAlerts(page) };
  await axe(page, "team");
  await page.locator("#lang").selectOption("en");
  await page.locator("html[lang=en][dir=ltr]").waitFor();
  await page.locator("main h1", { hasText: "Team" }).waitFor();
  out.team.english = await teamAlerts(page);
}

// The whole flow (the default mode).
async function flow(page) {
  await page.locator("h1", { hasText: "Inbox" }).waitFor();
  out.address_after_login = page.url();
  await focusAfter(page, "login");
  await axe(page, "inbox-empty");

  await sync(page);
  await page.locator("button[data-case]").first().waitFor();
  out.texts.inbox_title = await page.locator("button[data-case]").first().textContent();
  await shot(page, "inbox", ["#cases td:first-child", "#cases td:nth-child(2)", "#member"]);
  await axe(page, "inbox");

  // Filters: nothing is "triaged" yet; then search finds it by body text.
  await page.selectOption("select[name=status]", "triaged");
  await page.click("form button[type=submit]");
  await page.locator("#cases", { hasText: "No cases." }).waitFor();
  await page.selectOption("select[name=status]", "");
  await page.fill("input[name=q]", spec.search);
  await page.click("form button[type=submit]");
  await page.locator("button[data-case]").first().waitFor();
  await axe(page, "inbox-filtered");

  await openCase(page, true);
  await focusAfter(page, "case");
  out.texts.case_title = await page.locator("h1").textContent();
  out.texts.case_body = await page.locator("#report-body").textContent();
  out.texts.left_out = await page.locator("#left-out").textContent();
  out.texts.attachments = await page.locator("#attachments tbody td:nth-child(2)").allTextContents();
  out.texts.claimed = await page.locator("#attachments tbody td:nth-child(3)").allTextContents();
  await axe(page, "case");
  await shot(page, "case", ["main > p.muted", "#member", "#timeline", "#access-log tbody"]);

  // Triage: status, severity, TLP and owner in one save.
  const triage = page.locator("form", { has: page.locator("legend", { hasText: "Triage" }) });
  await triage.locator("select[name=status]").selectOption("triaged");
  await triage.locator("select[name=severity]").selectOption("high");
  await triage.locator("select[name=tlp]").selectOption("AMBER");
  await triage.locator("select[name=owner]").selectOption(spec.owner);
  await triage.locator("button[type=submit]").click();
  await status(page, "Updated case");
  await alertFree(page, "triage");
  out.texts.status_after_triage = await page.locator("#case-status").textContent();

  // The inbox's filters and search, each clicked: how many cases each
  // shows, now that the case is triaged.
  out.filters = {};
  for (const [name, f] of Object.entries(spec.filters || {})) out.filters[name] = await filtered(page, f);
  await page.click("#nav-inbox");
  await page.locator("h1", { hasText: "Inbox" }).waitFor();
  await openCase(page, false);

  const note = page.locator("form", { has: page.locator("legend", { hasText: "Note for the team" }) });
  await note.locator("textarea").fill(spec.note);
  await note.locator("button[type=submit]").click();
  await status(page, "Noted on case");
  out.texts.notes = await notesText(page);
  // Redact the note just added.
  const redact = page.locator("form", { has: page.locator("legend", { hasText: "Redact" }) });
  await redact.locator("input[name=field]").fill("note:1");
  await redact.locator("button[type=submit]").click();
  await status(page, "Redacted note:1");
  await alertFree(page, "redact");
  out.texts.notes_after_redact = await notesText(page);

  const save = page.locator("#attachments form").first();
  await save.locator("input[name=dir]").fill(spec.export_dir);
  await save.locator("button[type=submit]").click();
  await page.locator(".export-result", { hasText: "Wrote" }).first().waitFor();
  out.export = await page.locator(".export-result").first().textContent();

  // The browser download: bytes as application/octet-stream, never inline.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#attachments button", { hasText: "Download" }).first().click()]);
  out.download = { name: download.suggestedFilename(), bytes: readFileSync(await download.path(), "utf8") };
  await page.locator(".export-result", { hasText: "Downloaded" }).first().waitFor();
  out.download.message = await page.locator(".export-result").first().textContent();

  const step = page.locator("form", { has: page.locator("legend", { hasText: "Record a step" }) });
  await step.locator("select[name=step]").selectOption("next-steps");
  await step.locator("input[name=detail]").fill("asked the vendor");
  await step.locator("button[type=submit]").click();
  await status(page, "Recorded next-steps");
  const agree = page.locator("form", { has: page.locator("legend", { hasText: "Agree a disclosure date" }) });
  await agree.locator("input[name=date]").fill(spec.agree_date);
  await agree.locator("input[name=reason]").fill("the vendor asked for time");
  await agree.locator("button[type=submit]").click();
  await status(page, "Disclosure of case");

  // Share under TLP:AMBER with a vendor: title and body only.
  const share = page.locator("form", { has: page.locator("legend", { hasText: "Share under TLP" }) });
  await share.locator("input[name=cert]").fill(spec.share.cert);
  await share.locator("input[name=out]").fill(spec.share.out);
  await share.locator("input[value=title]").check();
  await share.locator("input[value=body]").check();
  await share.locator("button[type=submit]").click();
  await status(page, "Wrote");
  await alertFree(page, "share");

  const reply = page.locator("form", { has: page.locator("legend", { hasText: "Reply to the reporter" }) });
  await reply.locator("textarea").fill(spec.reply);
  await reply.locator("button[type=submit]").click();
  await status(page, "Reply #1");
  await alertFree(page, "reply");
  await axe(page, "case-replied");

  // The test sends the reporter's follow-up now, and says when.
  writeFileSync(spec.handshake.replied, "1");
  const deadline = Date.now() + 120000;
  while (!existsSync(spec.handshake.go)) {
    if (Date.now() > deadline) throw new Error("the test never sent the follow-up");
    await new Promise((r) => setTimeout(r, 200));
  }
  await page.click("#nav-inbox");
  await page.locator("h1", { hasText: "Inbox" }).waitFor();
  await sync(page);
  await openCase(page, false);
  out.texts.followups = await page.locator("article.followup .text").allTextContents();
  out.texts.timeline = await page.locator("#timeline").textContent();
  out.texts.replies = await page.locator("article.reply .text").allTextContents();
  Object.assign(out, { pwned_before_close: await page.evaluate(pwnedCheck) });

  const close = page.locator("form", { has: page.locator("legend", { hasText: "Close" }) });
  await close.locator("input[name=reason]").fill(spec.close_reason);
  await close.locator("button[type=submit]").click();
  await status(page, "Closed case");
  out.texts.status_after_close = await page.locator("#case-status").textContent();
  await axe(page, "case-closed");
  // The close goes to the team with this sync.
  await sync(page);

  for (const view of ["due", "team", "stats"]) {
    await page.click(`#nav-${view}`);
    await page.locator("main h1", { hasText: { due: "Due", team: "Team", stats: "Statistics" }[view] }).waitFor();
    await alertFree(page, view);
    await focusAfter(page, view);
    await axe(page, view);
  }
  out.texts.team_members = await page.evaluate(() => null);
  await page.click("#nav-team");
  await page.locator("#members").waitFor();
  out.texts.team_members = await page.locator("#members tbody td:first-child").allTextContents();
  // What `reviewer quarantine` lists, the sender's bytes in it as text.
  out.texts.quarantined_ids = await page.locator("#quarantined tbody td:first-child").allTextContents();
  out.texts.quarantined = await page.locator("#quarantined tbody td:nth-child(5)").allTextContents();
  out.texts.alerts = await page.locator("#alerts").textContent();
  out.pwned_team = await page.evaluate(pwnedCheck);

  // Closed cases are listed with the filter.
  await page.click("#nav-inbox");
  await page.locator("h1", { hasText: "Inbox" }).waitFor();
  out.texts.open_after_close = await page.locator("#cases").textContent();

  // The closed case: held, then reopened, from its closed view.
  await page.locator("input[name=closed]").check();
  await page.evaluate(() => {
    document.getElementById("cases").dataset.stale = "1";
  });
  await page.locator("form button[type=submit]").first().click();
  await page.locator("#cases:not([data-stale])").waitFor();
  await page.locator("button[data-case]").first().click();
  await page.locator("form", { has: page.locator("legend", { hasText: "Reopen" }) }).waitFor();
  const hold = page.locator("form", { has: page.locator("legend", { hasText: "Hold" }) });
  await hold.locator("input[name=reason]").fill(spec.hold.reason);
  await hold.locator("input[name=until]").fill(spec.hold.until);
  await hold.locator("button[type=submit]").click();
  await status(page, "is held");
  await alertFree(page, "hold");
  out.texts.held = await page.locator("#status").textContent();
  await axe(page, "case-closed-view");
  const reopen = page.locator("form", { has: page.locator("legend", { hasText: "Reopen" }) });
  await reopen.locator("input[name=reason]").fill(spec.reopen_reason);
  await reopen.locator("button[type=submit]").click();
  await status(page, "Reopened case");
  await alertFree(page, "reopen");
  await page.locator("#report-body").waitFor();
  out.texts.status_after_reopen = await page.locator("#case-status").textContent();
  // Hold and reopen go to the team with this sync.
  await sync(page);

  out.rtl = await rightToLeft(page, "ar");

  out.pwned = await page.evaluate(pwnedCheck);
  out.storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));

  // A reload loses the token (it lived in a variable) and the secret is
  // spent: the window asks for a new start.
  await page.reload();
  await page.locator("#boot").waitFor();
  out.reload = await page.locator("#boot").textContent();
  const again = await context.newPage();
  await again.goto(spec.url);
  await again.locator("#boot", { hasText: "used already" }).waitFor();
  out.second_use = await again.locator("#boot").textContent();
}

try {
  const page = await context.newPage();
  page.on("console", (m) => out.console.push(`${m.type()}: ${m.text()}`));
  page.on("request", (r) => out.requests.push(r.url().replace(/#.*/, "")));
  page.on("dialog", (d) => {
    out.dialog = d.message();
    d.dismiss();
  });
  await page.goto(spec.url);
  if (spec.mode === "team") await teamMode(page);
  else await flow(page);
} catch (e) {
  out.error = `${e.stack || e}`;
} finally {
  writeFileSync(spec.output, JSON.stringify(out, null, 2));
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
