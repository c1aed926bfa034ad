// Drives Debian's Chromium (never a downloaded browser) with playwright-core
// through the submission page served by a real dropbox-server, sends one
// report, and prints a JSON line with what the page showed.
//
// usage: DROPBOX_WEB_E2E_SPEC=spec.json node send-report.mjs
// spec: {"base","fingerprint","output" (where the JSON result goes),
//        "title","body","files":[paths],"leave_out":[display names],
//        "replies":bool,"screenshot":path?,"drop_connection":bool?,
//        "wrong_fingerprint":hex?,"expect_refusal":bool?}
// With expect_refusal the page must refuse to send (drop keys, §4.5): what
// the form's error says goes in the result as form_error.
// With "check_replies": {"codename", "followup", "leave_out":[names]?,
// "files":[paths]?, "copy_to":path?, "copies":[paths]?,
// "expect_copy_problem":bool?, "export_to":path?} it
// sends no report: it opens the page, checks the replies with the codename
// (what "Conversation" and the warnings show goes in the result), then
// sends the follow-up (through the consent step, saving its copy to
// copy_to) and reports its receipt.
//
// Without DROPBOX_WEB_E2E_SPEC it does nothing, so `node --test test/`
// (which runs every file under test/) passes over it.
//
// With drop_connection the page's first PATCH is cut off mid-body (the
// request is aborted by the browser), so the upload must resume via HEAD.

import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const specPath = process.env.DROPBOX_WEB_E2E_SPEC;
if (!specPath) process.exit(0);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const { base, fingerprint } = spec;
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const profile = mkdtempSync(join(tmpdir(), "dropbox-web-e2e-"));

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const out = { requests: [], console: [], workers: 0 };
// Thrown to end the "check replies" run early (not an error).
const DONE = Symbol("done");

// The "check replies" view: codename in, conversation out, a follow-up back.
async function checkReplies(page, c) {
  const input = page.getByLabel("Codename to check replies");
  out.codename_autocomplete = await input.getAttribute("autocomplete");
  await input.fill(c.codename);
  await page.getByRole("button", { name: "Check replies" }).click();
  const conversation = page.getByLabel("Conversation", { exact: true });
  await Promise.race([
    conversation.waitFor({ state: "visible", timeout: 120000 }),
    page.locator("#check-error").waitFor({ state: "visible", timeout: 120000 }).then(async () => {
      throw new Error(`check replies failed: ${await page.locator("#check-error").textContent()}`);
    }),
  ]);
  out.conversation = await conversation.innerText();
  out.messages = await conversation.locator(".msg").allInnerTexts();
  out.warnings = (await page.locator("#conversation-warnings").isVisible()) ? await page.locator("#conversation-warnings").innerText() : "";
  out.codename_cleared = (await input.inputValue()) === "";
  // Saved copies opened in the browser join the conversation in time
  // order; "Export conversation" downloads it (issue 23).
  if (c.copies) {
    await page.getByLabel("Add the copies you saved (your report, your follow-ups)", { exact: true }).setInputFiles(c.copies);
    await conversation.getByText("You (report)").waitFor({ state: "visible", timeout: 60000 });
    const problems = page.locator("#conversation-copies-problems");
    if (c.expect_copy_problem) await problems.waitFor({ state: "visible", timeout: 60000 });
    out.copies_problems = (await problems.isVisible()) ? await problems.innerText() : "";
    out.messages_with_copies = await conversation.locator(".msg").allInnerTexts();
  }
  if (c.export_to) {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export conversation" }).click()]);
    await dl.saveAs(c.export_to);
    out.export_name = dl.suggestedFilename();
  }
  for (const name of c.leave_out || []) await page.getByLabel(`Follow-up to ${name}`, { exact: true }).uncheck();
  await page.getByLabel("Follow-up", { exact: true }).fill(c.followup);
  if (c.files) await page.getByLabel("Files to add to the follow-up", { exact: true }).setInputFiles(c.files);
  await page.getByRole("button", { name: "Send follow-up" }).click();
  // The same consent step as the first report's (issue 23): "Back" first,
  // then agree.
  await page.locator("#consent-box").waitFor({ state: "visible", timeout: 60000 });
  out.followup_consent_heading = await page.locator("#consent-h").textContent();
  out.followup_consent = await page.locator("#consent-list li").allTextContents();
  await page.getByRole("button", { name: "Back to the follow-up" }).click();
  out.followup_consent_back_form = await page.locator("#followup-form").isVisible();
  out.followup_consent_back_body = await page.getByLabel("Follow-up", { exact: true }).inputValue();
  await page.getByRole("button", { name: "Send follow-up" }).click();
  await page.getByRole("button", { name: "I agree: encrypt and send" }).click();
  const receipt = page.getByLabel("Acknowledgement of your follow-up", { exact: true });
  await receipt.waitFor({ state: "visible", timeout: 120000 }).catch(async (e) => {
    out.followup_error = await page.locator("#followup-error").textContent();
    throw e;
  });
  out.followup_receipt = (await receipt.textContent()).trim();
  // "Save a copy" of the follow-up, for `dropbox-submit open` with the codename.
  if (c.copy_to) {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.locator("#followup-copy-save").click()]);
    await dl.saveAs(c.copy_to);
    out.followup_copy_name = dl.suggestedFilename();
  }
  out.conversation_after = await conversation.innerText();
  out.storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : -1,
  }));
}
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => out.console.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => out.console.push(`pageerror: ${e.message}`));
  page.on("request", (r) => out.requests.push(`${r.method()} ${r.url()}`));
  page.on("worker", () => out.workers++);
  let dropped = false;
  if (spec.drop_connection) {
    await page.route("**/v1/uploads/*", async (route) => {
      if (!dropped && route.request().method() === "PATCH") {
        dropped = true;
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
  }
  if (spec.wrong_fingerprint) {
    // Another team's fingerprint: the page refuses before showing the form.
    await page.goto(`${base}/#team=${spec.wrong_fingerprint}`);
    await page.getByText("does not verify").waitFor({ timeout: 30000 });
    out.wrong_fingerprint = {
      status: await page.locator("#status").textContent(),
      form_visible: await page.locator("#report-form").isVisible(),
    };
    await page.goto("about:blank");
  }
  await page.goto(`${base}/#team=${fingerprint}`);
  await page.getByText("The team's roster verifies").waitFor({ timeout: 30000 });
  if (spec.check_replies) {
    await checkReplies(page, spec.check_replies);
    throw DONE;
  }
  out.seq = await page.locator("#roster-seq").textContent();
  out.head = await page.locator("#roster-head").textContent();
  out.origin_warning = await page.locator("#origin-warning").isVisible();
  await page.getByLabel("Title").fill(spec.title);
  await page.getByLabel("Report", { exact: true }).fill(spec.body);
  if (spec.files && spec.files.length) {
    await page.getByLabel("Attachments").setInputFiles(spec.files);
    await page.waitForFunction(
      (n) => {
        const notes = [...document.querySelectorAll("[id^=attachment-note-]")];
        return notes.length === n && notes.every((p) => !p.textContent.startsWith("Checking"));
      },
      spec.files.length,
    );
    out.notes = await page.locator("[id^=attachment-note-]").allTextContents();
  }
  for (const name of spec.leave_out || []) await page.getByLabel(name, { exact: true }).uncheck();
  if (spec.replies) await page.getByLabel("I want to receive replies").check();
  await page.getByRole("button", { name: "Send report" }).click();
  // The consent step (issue 23): the roster policy's facts, shown before
  // anything is encrypted; "Back" first, then agree.
  await page.locator("#consent-box").waitFor({ state: "visible", timeout: 60000 });
  out.consent = await page.locator("#consent-list li").allTextContents();
  await page.getByRole("button", { name: "Back to the report" }).click();
  out.consent_back_form = await page.locator("#report-form").isVisible();
  await page.getByRole("button", { name: "Send report" }).click();
  await page.getByRole("button", { name: "I agree: encrypt and send" }).click();
  if (spec.expect_refusal) {
    await page.locator("#form-error").waitFor({ state: "visible", timeout: 120000 });
    out.form_error = await page.locator("#form-error").textContent();
    out.receipt_shown = await page.getByLabel("Receipt", { exact: true }).isVisible();
    throw DONE;
  }
  const receipt = page.getByLabel("Receipt", { exact: true });
  await receipt.waitFor({ state: "visible", timeout: 240000 }).catch(async (e) => {
    out.form_error = await page.locator("#form-error").textContent();
    throw e;
  });
  out.receipt = (await receipt.textContent()).trim();
  if (spec.replies) out.codename = (await page.getByLabel("Codename", { exact: true }).textContent()).trim();
  // "Save a copy" (issue 23): the encrypted file as uploaded, for
  // `dropbox-submit open` with the codename.
  if (spec.copy_to) {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.locator("#copy-save").click()]);
    await dl.saveAs(spec.copy_to);
    out.copy_name = dl.suggestedFilename();
  }
  out.dropped = dropped;
  out.storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : -1,
  }));
  if (spec.screenshot) await page.screenshot({ path: spec.screenshot, fullPage: true });
} catch (e) {
  if (e !== DONE) out.error = String(e && e.stack ? e.stack : e);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
writeFileSync(spec.output, JSON.stringify(out));
process.exit(out.error ? 1 : 0);
