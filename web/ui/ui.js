// The reviewer's window (issue 22): talks only to `reviewer ui` on this
// machine. Every piece of reporter-supplied text is put on the page as
// text (createTextNode / textContent, through h() below), never as HTML:
// this file never assigns innerHTML or outerHTML, nor calls
// insertAdjacentHTML or document.write.
//
// Languages (l10n.js): every text of the window's own is a message of
// web/locales/ui/<lang>.ftl. What the reviewer's services say (an action's
// confirmation, an error, a timeline or access-log line, a deadline's next
// action, the statistics, a sync's alerts) is the CLI's English line, shown
// as it is in an element marked lang="en" (see docs/REVIEWING.md).
// Reporter text (titles, bodies, names, file names) is isolated with
// dir="auto" or <bdi>, so a right-to-left name cannot reorder the window's
// sentence around it, nor a left-to-right one the Arabic window's.

import { LANGUAGES, day, instant, nodes, pickLanguage, setLanguage, t } from "./l10n.js";

// The session token: in this variable only, never in storage, so it dies
// with the tab.
let token = null;
let me = "";
let current = { view: "inbox", arg: null };

const STATUSES = ["new", "triaged", "accepted", "invalid", "fixing", "disclosed"];
const SEVERITIES = ["critical", "high", "medium", "low"];
const TLPS = ["RED", "AMBER+STRICT", "AMBER", "GREEN", "CLEAR"];
const STEPS = ["acknowledged", "next-steps", "responded", "notified", "party-responded", "escalated", "disclosed"];
const FIELDS = ["title", "body", "category", "severity", "contact", "credit", "notes", "followups", "attachments"];
const URGENCY = { overdue: "urgency-overdue", "due soon": "urgency-due-soon", upcoming: "urgency-upcoming" };
let uid = 0;

// An element; string children become text nodes, so nothing is parsed.
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "text") el.textContent = String(v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// The window's message `id` as nodes (string arguments isolated).
const m = (id, args) => nodes(id, args);
// Reporter (or member) text: its own direction, never the window's.
const own = (v) => h("bdi", {}, v);
// The CLI's English line, marked as English for screen readers.
const english = (v, attrs = {}) => h("span", { lang: "en", dir: "auto", ...attrs }, v);
// A value of a fixed set (status, severity, step, role) in the language.
const label = (kind, v) => (v === null || v === undefined || v === "" ? null : t(`${kind}-${v}`));

const $ = (id) => document.getElementById(id);

function say(...content) {
  $("alert").replaceChildren();
  $("status").replaceChildren(...content.flat());
}

function fail(...content) {
  $("status").replaceChildren();
  $("alert").replaceChildren(...content.flat());
}

// A failure: the reviewer's own English line, or the window's message.
class Refused extends Error {
  constructor(english, id, args) {
    super(english || id);
    this.english = english;
    this.id = id;
    this.args = args;
  }
}

function failWith(e) {
  if (e instanceof Refused && e.english) fail(english(e.english));
  else if (e instanceof Refused) fail(m(e.id, e.args));
  else fail(m("error-window", { error: String(e.message || e) }));
}

async function api(path, body) {
  const opts = { method: body === undefined ? "GET" : "POST", headers: { Authorization: `Bearer ${token}` } };
  if (body !== undefined) {
    opts.headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(body);
  }
  let r;
  try {
    r = await fetch(path, opts);
  } catch {
    throw new Refused(null, "error-unreachable");
  }
  const v = await r.json().catch(() => ({}));
  if (!r.ok) throw new Refused(v.error, "error-http", { status: r.status });
  return v;
}

function field(labelText, control) {
  return h("label", {}, labelText, control);
}

// A select of a fixed set: values stay the CLI's, labels are translated.
function select(name, values, chosen, blank, kind) {
  const s = h("select", { name });
  if (blank !== undefined) s.append(h("option", { value: "" }, blank));
  for (const v of values) {
    const o = h("option", { value: v }, kind ? t(`${kind}-${v}`) : v);
    if (v === chosen) o.selected = true;
    s.append(o);
  }
  return s;
}

function text(v, none) {
  return v === null || v === undefined || v === "" ? none : String(v);
}

function setNav(view) {
  for (const b of document.querySelectorAll("nav button")) {
    if (b.dataset.view === view) b.setAttribute("aria-current", "page");
    else b.removeAttribute("aria-current");
  }
}

function show(title, ...content) {
  const main = $("main");
  main.replaceChildren();
  const h1 = title instanceof Node ? title : h("h1", { tabindex: "-1" }, title);
  // Flattened: a view may pass a list of forms (the closed case's actions).
  main.append(h1, ...content.flat().filter((c) => c !== null && c !== undefined && c !== false));
  h1.focus();
}

async function go(view, arg) {
  current = { view, arg };
  setNav(view === "case" ? "inbox" : view);
  try {
    if (view === "inbox") await inbox(arg || {});
    else if (view === "case") await caseView(arg);
    else if (view === "due") await due();
    else if (view === "team") await team();
    else if (view === "stats") await stats();
  } catch (e) {
    failWith(e);
  }
}

// A form whose submit runs `run(values)` and reports the result.
function form(legend, controls, submit, run) {
  const f = h("form", {}, h("fieldset", {}, h("legend", {}, legend), controls, h("button", { type: "submit" }, submit)));
  f.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const values = Object.fromEntries(new FormData(f).entries());
    try {
      await run(values, f);
    } catch (e) {
      failWith(e);
    }
  });
  return f;
}

const headRow = (ids) => h("thead", {}, h("tr", {}, ids.map((id) => h("th", { scope: "col" }, t(id)))));

async function inbox(filter) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v === true ? "true" : v);
  const v = await api(`/api/inbox?${q}`);
  const any = t("filter-any");
  const filters = form(
    t("inbox-filter"),
    [
      field(t("field-status"), select("status", STATUSES, filter.status, any, "status")),
      field(t("field-severity"), select("severity", SEVERITIES, filter.severity, any, "severity")),
      field(t("field-tlp"), select("tlp", TLPS, filter.tlp, any)),
      field(t("field-owner"), h("input", { name: "owner", value: filter.owner || "", autocomplete: "off", dir: "auto" })),
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "mine", value: "true", checked: !!filter.mine }), t("filter-mine")),
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "overdue", value: "true", checked: !!filter.overdue }), t("filter-overdue")),
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "closed", value: "true", checked: !!filter.closed }), t("filter-closed")),
      field(t("field-search"), h("input", { name: "q", type: "search", value: filter.q || "", autocomplete: "off", dir: "auto" })),
    ],
    t("inbox-apply"),
    (values) => go("inbox", values),
  );
  const rows = v.cases.map((c) =>
    h(
      "tr",
      {},
      h("td", {}, h("code", { dir: "ltr" }, c.short)),
      h("td", {}, day(c.day)),
      h("td", {}, label("status", c.status)),
      h("td", {}, text(label("severity", c.severity), "-")),
      h("td", {}, h("bdi", { dir: "ltr" }, `TLP:${c.tlp}`)),
      h("td", {}, c.owner ? own(c.owner) : "-"),
      h(
        "td",
        { class: "untrusted" },
        h("button", { type: "button", class: "link", dir: "auto", "data-case": c.id, onclick: () => go("case", c.id) }, text(c.title, t("no-title"))),
        c.overdue.length ? h("span", { class: "warning" }, " ", m("inbox-overdue", { deadlines: c.overdue.join(", ") })) : null,
        c.purge_day ? h("span", { class: "muted" }, " ", m("inbox-purged-on", { day: day(c.purge_day) })) : null,
      ),
    ),
  );
  const table = v.cases.length
    ? h(
        "table",
        { id: "cases" },
        h("caption", {}, t("inbox-count", { count: v.cases.length })),
        headRow(["col-id", "col-received", "col-status", "col-severity", "col-tlp", "col-owner", "col-title"]),
        h("tbody", {}, rows),
      )
    : h("p", { id: "cases" }, t("inbox-none"));
  show(t("view-inbox"), filters, table);
}

function section(title, ...content) {
  const id = `s${++uid}`;
  return h("section", { "aria-labelledby": id }, h("h2", { id }, title), ...content);
}

function titleHeading(title) {
  return h("h1", { tabindex: "-1", dir: "auto" }, text(title, t("no-title")));
}

async function caseView(id) {
  const c = await api(`/api/case/${encodeURIComponent(id)}`);
  const st = c.state;
  const act = async (action, body, after) => {
    const r = await api(`/api/case/${encodeURIComponent(c.id)}/${action}`, body);
    await go("case", c.id);
    say(english(r.message));
    if (after) after(r);
  };
  const caseLine = h("p", { class: "muted" }, m("case-id", { id: c.id }));
  if (c.closed_view) {
    show(
      titleHeading(c.title),
      caseLine,
      h(
        "dl",
        {},
        h("dt", {}, t("field-status")), h("dd", { id: "case-status" }, label("status", st.status)),
        h("dt", {}, t("case-closed-on")), h("dd", {}, st.closed ? [day(st.closed.day), ": ", own(st.closed.reason)] : ""),
        h("dt", {}, t("case-purged-on")), h("dd", {}, c.purge_day ? day(c.purge_day) : t("case-held-without-end")),
      ),
      h("p", {}, t("case-closed-explained")),
      closedActions(act),
      h("p", {}, h("button", { type: "button", onclick: () => go("inbox") }, t("back-to-inbox"))),
    );
    return;
  }
  const none = t("none");
  const details = h(
    "dl",
    {},
    h("dt", {}, t("field-status")), h("dd", { id: "case-status" }, label("status", st.status)),
    h("dt", {}, t("field-severity")), h("dd", {}, text(label("severity", st.severity), t("not-triaged"))),
    h("dt", {}, t("field-tlp")), h("dd", {}, h("bdi", { dir: "ltr" }, `TLP:${st.tlp}`)),
    h("dt", {}, t("field-owner")), h("dd", {}, st.owner ? own(st.owner) : none),
    h("dt", {}, t("field-category")), h("dd", { dir: "auto" }, text(c.category, none)),
    h("dt", {}, t("field-severity-guess")), h("dd", { dir: "auto" }, text(c.severity_guess, none)),
    h("dt", {}, t("field-received")), h("dd", {}, m("case-received", { day: day(c.received), receipt: h("code", { dir: "ltr" }, c.receipt) })),
    h("dt", {}, t("field-replies")), h("dd", {}, t(c.replies_possible ? "replies-possible" : "replies-impossible")),
    c.contact ? [h("dt", {}, t("field-contact")), h("dd", { dir: "auto" }, c.contact)] : null,
    c.credit ? [h("dt", {}, t("field-credit")), h("dd", { dir: "auto" }, c.credit)] : null,
    h("dt", {}, t("field-recipients")), h("dd", {}, c.recipients.length ? joined(c.recipients) : t("none-named")),
    h("dt", {}, t("field-left-out")), h("dd", { id: "left-out" }, c.left_out.length ? joined(c.left_out) : t("nobody")),
    c.purge_day ? [h("dt", {}, t("case-purged-on")), h("dd", {}, day(c.purge_day))] : null,
  );
  const triage = form(
    t("form-triage"),
    [
      field(t("field-status"), select("status", STATUSES, st.status === "closed" ? null : st.status, st.status === "closed" ? t("status-closed-blank") : undefined, "status")),
      field(t("field-severity"), select("severity", SEVERITIES, st.severity, t("not-triaged"), "severity")),
      field(t("field-tlp"), select("tlp", TLPS, st.tlp)),
      field(t("field-owner"), select("owner", c.owners.map((o) => o.id), st.owner, none)),
    ],
    t("action-save"),
    (v) => act("set", { status: v.status || null, severity: v.severity || null, tlp: v.tlp || null, owner: v.owner || null }),
  );
  const note = form(t("form-note"), field(t("field-note"), h("textarea", { name: "text", required: true, dir: "auto" })), t("action-note"), (v) => act("note", { text: v.text }));
  const reply = c.replies_possible
    ? form(t("form-reply"), field(t("field-reply"), h("textarea", { name: "text", required: true, dir: "auto" })), t("action-reply"), (v) => act("reply", { text: v.text }))
    : h("p", {}, t("replies-impossible-long"));
  const close = form(t("form-close"), field(t("field-reason"), h("input", { name: "reason", required: true, dir: "auto" })), t("action-close"), (v) => act("close", { reason: v.reason }));
  const more = [
    form(
      t("form-step"),
      [field(t("field-step"), select("step", STEPS, undefined, undefined, "step")), field(t("field-detail"), h("input", { name: "detail", dir: "auto" }))],
      t("action-step"),
      (v) => act("step", { step: v.step, detail: v.detail }),
    ),
    form(
      t("form-agree"),
      [field(t("field-date"), h("input", { name: "date", required: true, dir: "ltr" })), field(t("field-reason"), h("input", { name: "reason", required: true, dir: "auto" }))],
      t("action-agree"),
      (v) => act("agree", { date: v.date, reason: v.reason }),
    ),
    form(
      t("form-share", { tlp: `TLP:${st.tlp}` }),
      [
        field(t("field-cert"), h("input", { name: "cert", required: true, autocomplete: "off", dir: "ltr" })),
        field(t("field-share-out"), h("input", { name: "out", required: true, autocomplete: "off", dir: "ltr" })),
        h(
          "fieldset",
          {},
          h("legend", {}, t("share-fields")),
          FIELDS.map((f) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "fields", value: f }), t(`share-field-${f}`))),
        ),
      ],
      t("action-share"),
      (v, f) => act("share", { cert: v.cert, out: v.out, fields: new FormData(f).getAll("fields") }),
    ),
    form(t("form-redact"), field(t("field-redact"), h("input", { name: "field", required: true, dir: "ltr" })), t("action-redact"), (v) => act("redact", { field: v.field })),
  ];
  const attachments = c.attachments.length
    ? h(
        "table",
        { id: "attachments" },
        h("caption", {}, t("attachments-caption")),
        headRow(["col-number", "col-file-name", "col-claimed-type", "col-size", "col-from", "col-save"]),
        h(
          "tbody",
          {},
          c.attachments.map((a) =>
            h(
              "tr",
              {},
              h("td", {}, t("number", { n: a.n })),
              h("td", { class: "untrusted", dir: "auto" }, a.name),
              h("td", { class: "untrusted", dir: "auto" }, a.claimed),
              h("td", {}, t("bytes", { size: a.size })),
              h("td", {}, a.from === "report" ? t("from-report") : t("from-followup", { seq: a.from })),
              h("td", {}, exportForm(c.id, a)),
            ),
          ),
        ),
      )
    : h("p", {}, t("attachments-none"));
  const followups = c.followups.map((f) =>
    h(
      "article",
      { class: "followup" },
      h("h3", {}, m("followup-heading", { seq: f.seq, day: day(f.day) }), f.conflict ? [" — ", t("followup-conflict")] : null),
      h("div", { class: "text", dir: "auto" }, f.body),
    ),
  );
  const replies = (st.replies || []).map((r) =>
    h("article", { class: "reply" }, h("h3", {}, m("reply-heading", { seq: r.seq, member: r.member, day: day(r.day) })), h("div", { class: "text", dir: "auto" }, r.body)),
  );
  const notes = (st.notes || []).map((n, i) => h("li", {}, m("note-line", { n: i + 1, member: n.member, day: day(n.day) }), " ", h("bdi", {}, n.text)));
  const timeline = h("ol", { id: "timeline" }, c.events.map((e) => h("li", {}, instant(e.at), " ", own(e.member), ": ", english(e.what))));
  const log = h(
    "table",
    { id: "access-log" },
    h("caption", {}, t("section-access-log")),
    headRow(["col-when", "col-who", "col-what"]),
    h("tbody", {}, c.log.map((a) => h("tr", {}, h("td", {}, instant(a.at)), h("td", {}, own(a.who)), h("td", {}, english(a.what))))),
  );
  show(
    titleHeading(c.title),
    caseLine,
    section(t("section-report"), details, h("div", { class: "text", id: "report-body", dir: "auto" }, text(c.body, ""))),
    section(t("section-attachments"), attachments),
    section(t("section-conversation"), replies.length || followups.length ? [...replies, ...followups] : h("p", {}, t("conversation-none")), reply),
    section(t("section-triage"), triage, note, close),
    section(t("section-notes"), notes.length ? h("ul", {}, notes) : h("p", {}, t("notes-none"))),
    section(t("section-more"), more),
    section(t("section-timeline"), c.events.length ? timeline : h("p", {}, t("timeline-none"))),
    section(t("section-access-log"), log),
    h("p", {}, h("button", { type: "button", onclick: () => go("inbox") }, t("back-to-inbox"))),
  );
}

// Names, each isolated, in the language's list form.
function joined(names) {
  const list = new Intl.ListFormat(document.documentElement.lang, { type: "conjunction" });
  const out = [];
  for (const part of list.formatToParts(names)) out.push(part.type === "element" ? own(part.value) : part.value);
  return out;
}

function closedActions(act) {
  return [
    form(t("form-reopen"), field(t("field-reason"), h("input", { name: "reason", required: true, dir: "auto" })), t("action-reopen"), (v) => act("reopen", { reason: v.reason })),
    form(
      t("form-hold"),
      [field(t("field-reason"), h("input", { name: "reason", required: true, dir: "auto" })), field(t("field-until"), h("input", { name: "until", dir: "ltr" }))],
      t("action-hold"),
      (v) => act("hold", { reason: v.reason, until: v.until || null }),
    ),
  ];
}

// An attachment is saved to a directory the member types, or downloaded
// as bytes (application/octet-stream, Content-Disposition: attachment):
// never shown inline.
function exportForm(id, a) {
  const out = h("p", { class: "export-result" });
  const warn = (w) => (w ? h("span", { class: "warning", role: "alert" }, " ", m("attachment-warning", { warning: english(w) })) : null);
  const f = form(
    t("form-save-attachment", { n: a.n }),
    field(t("field-directory"), h("input", { name: "dir", required: true, autocomplete: "off", dir: "ltr" })),
    t("action-save-file"),
    async (v) => {
      const r = await api(`/api/case/${encodeURIComponent(id)}/export`, { n: a.n, dir: v.dir });
      out.replaceChildren(...[english(r.message), warn(r.warning)].filter(Boolean));
      say(english(r.message));
    },
  );
  const dl = h(
    "button",
    {
      type: "button",
      onclick: async () => {
        try {
          const r = await fetch(`/api/case/${encodeURIComponent(id)}/download/${a.n}`, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
          if (!r.ok) throw new Refused((await r.json().catch(() => ({}))).error, "error-http", { status: r.status });
          const blob = new Blob([await r.arrayBuffer()], { type: "application/octet-stream" });
          const url = URL.createObjectURL(blob);
          const link = h("a", { href: url, download: a.safe_name });
          link.click();
          setTimeout(() => URL.revokeObjectURL(url), 10000);
          const done = h("span", { "data-done": "downloaded" }, m("attachment-downloaded", { detected: english(r.headers.get("x-detected-type")) }));
          out.replaceChildren(...[done, warn(r.headers.get("x-warning"))].filter(Boolean));
        } catch (e) {
          failWith(e);
        }
      },
    },
    t("action-download"),
  );
  return h("div", {}, f, dl, out);
}

async function due() {
  const v = await api("/api/due");
  const rows = v.rows.map((r) =>
    h(
      "tr",
      {},
      h("td", {}, URGENCY[r.urgency] ? t(URGENCY[r.urgency]) : english(r.urgency)),
      h("td", {}, r.due_at === undefined ? r.due : instant(r.due_at)),
      h("td", {}, english(r.what)),
      h("td", { class: "untrusted" }, h("button", { type: "button", class: "link", dir: "auto", onclick: () => go("case", r.case) }, text(r.title, t("no-title")))),
      h("td", {}, english(r.next)),
    ),
  );
  const pending = v.unacknowledged_items.map((p) => h("p", { class: "warning" }, m("due-unsynced", { oldest: day(p.oldest), days: p.days_left })));
  show(
    t("view-due"),
    pending,
    rows.length
      ? h("table", { id: "due" }, h("caption", {}, t("due-caption")), headRow(["col-urgency", "col-due", "col-deadline", "col-case", "col-next"]), h("tbody", {}, rows))
      : h("p", {}, t("due-none")),
  );
}

// The team view's alerts: the roster's (typed, said here), the quarantined
// items (counted here), then the last sync's (the CLI's English lines).
function teamAlerts(v) {
  const items = [];
  for (const a of v.roster_alerts || []) {
    if (a.alert === "roster-expires") {
      const id = a.days_left < 0 ? "alert-roster-expired" : "alert-roster-expires";
      items.push(h("li", { "data-alert": "roster-expires" }, m(id, { seq: a.seq, day: day(a.expires), days: Math.abs(a.days_left) })));
    } else if (a.alert === "no-roster") items.push(h("li", { "data-alert": "no-roster" }, t("alert-no-roster")));
  }
  const q = v.quarantined || [];
  const forged = q.filter((x) => x.alert).length;
  if (forged) items.push(h("li", { "data-alert": "forged" }, m("alert-forged", { count: forged })));
  if (q.length) items.push(h("li", { "data-alert": "quarantined" }, m("alert-quarantined", { count: q.length })));
  for (const a of v.alerts || []) items.push(h("li", { "data-alert": "sync" }, english(a)));
  return items.length ? h("ul", { id: "alerts" }, items) : h("p", { id: "alerts" }, t("alerts-none"));
}

async function team() {
  const v = await api("/api/team");
  const q = v.quarantined || [];
  show(
    t("view-team"),
    h(
      "dl",
      {},
      h("dt", {}, t("team-name")), h("dd", { dir: "auto" }, text(v.name, t("none"))),
      h("dt", {}, t("team-fingerprint")), h("dd", {}, h("code", { dir: "ltr" }, text(v.fingerprint, "-"))),
      h("dt", {}, t("team-roster")), h("dd", {}, v.seq === null || v.seq === undefined ? "-" : t("team-roster-seq", { seq: v.seq })),
      v.expires ? [h("dt", {}, t("team-expires")), h("dd", {}, day(v.expires))] : null,
    ),
    h(
      "table",
      { id: "members" },
      h("caption", {}, t("team-members")),
      headRow(["col-id", "col-name", "col-roles"]),
      h("tbody", {}, (v.members || []).map((x) => h("tr", {}, h("td", { dir: "auto" }, x.id), h("td", { dir: "auto" }, x.name), h("td", {}, (x.roles || []).map((r) => t(`role-${r}`)).join(", "))))),
    ),
    section(t("section-alerts"), teamAlerts(v)),
    // What `reviewer quarantine` lists. The reason may quote the sender's
    // bytes (a header that did not parse): text, like all reporter text.
    section(
      t("section-quarantined"),
      q.length
        ? h(
            "table",
            { id: "quarantined" },
            h("caption", {}, m("quarantined-caption", { command: h("code", { dir: "ltr" }, "reviewer quarantine ID") })),
            headRow(["col-item", "col-arrived", "col-size", "col-kind", "col-why"]),
            h(
              "tbody",
              {},
              q.map((x) =>
                h(
                  "tr",
                  {},
                  h("td", {}, h("code", { dir: "ltr" }, x.id)),
                  h("td", {}, x.day ? day(x.day) : "-"),
                  h("td", {}, t("bytes", { size: x.size })),
                  h("td", { dir: "auto" }, text(x.kind, t("no-bundle"))),
                  h("td", { class: "untrusted", dir: "auto" }, x.alert ? "ALERT: " : "", x.reason),
                ),
              ),
            ),
          )
        : h("p", { id: "quarantined" }, t("quarantined-none")),
    ),
  );
}

async function stats() {
  const v = await api("/api/stats");
  // The chart is the CLI's SVG as an image (data: URL): never markup here.
  show(
    t("view-stats"),
    h("img", { src: v.chart, alt: t("stats-chart-alt", { title: v.title }), id: "chart" }),
    h("pre", { class: "text", id: "stats-text", lang: "en", dir: "ltr" }, v.text),
  );
}

async function sync() {
  const btn = $("sync");
  const bar = $("sync-progress");
  btn.disabled = true;
  bar.hidden = false;
  bar.removeAttribute("value");
  say(m("sync-running"));
  try {
    await api("/api/sync", {});
    for (;;) {
      await new Promise((r) => setTimeout(r, 300));
      const s = await api("/api/sync");
      if (s.length) {
        bar.max = s.length;
        bar.value = s.position;
      }
      if (s.running) continue;
      if (s.error) throw new Refused(null, "sync-failed", { error: english(s.error) });
      const o = s.outcome;
      const done = h(
        "span",
        { "data-done": "synced" },
        m("sync-done", { cases: o.new_cases, followups: o.followups, applied: o.events_applied, posted: o.events_posted }),
        o.errors.length ? [" ", m("sync-errors", { errors: english(o.errors.join("; ")) })] : null,
      );
      say(done);
      break;
    }
    await go(current.view, current.arg);
  } catch (e) {
    failWith(e);
  } finally {
    btn.disabled = false;
    bar.hidden = true;
  }
}

// The window's fixed texts (index.html marks each with data-msg).
function chrome() {
  for (const el of document.querySelectorAll("[data-msg]")) el.replaceChildren(...m(el.dataset.msg));
  for (const el of document.querySelectorAll("[data-msg-label]")) el.setAttribute("aria-label", t(el.dataset.msgLabel));
  if (me) $("member").replaceChildren("(", own(me), ")");
}

function languages() {
  const s = $("lang");
  for (const l of LANGUAGES) s.append(h("option", { value: l.code, lang: l.code }, l.name));
  const code = pickLanguage(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);
  s.value = code;
  setLanguage(code);
  chrome();
  s.addEventListener("change", async () => {
    setLanguage(s.value);
    chrome();
    $("status").replaceChildren();
    $("alert").replaceChildren();
    // Each view is drawn in the language: draw the current one anew.
    if (token) await go(current.view, current.arg);
  });
}

async function boot() {
  languages();
  // The secret is used once and leaves the address bar (and history) now.
  const secret = location.hash.slice(1);
  history.replaceState(null, "", "/");
  if (!secret) {
    $("boot").dataset.msg = "boot-no-secret";
    chrome();
    return;
  }
  const r = await fetch("/api/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ secret }) });
  const v = await r.json().catch(() => ({}));
  if (!r.ok) {
    delete $("boot").dataset.msg;
    $("boot").replaceChildren(...m("boot-refused", { error: english(v.error || `HTTP ${r.status}`) }));
    return;
  }
  token = v.token;
  me = v.member;
  chrome();
  for (const b of document.querySelectorAll("nav button")) b.addEventListener("click", () => go(b.dataset.view));
  $("sync").addEventListener("click", sync);
  await go("inbox");
}

boot().catch((e) => failWith(e));
