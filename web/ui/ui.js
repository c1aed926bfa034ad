// The reviewer's window (issue 22): talks only to `reviewer ui` on this
// machine. Every piece of reporter-supplied text is put on the page as
// text (createTextNode / textContent, through h() below), never as HTML:
// this file never assigns innerHTML or outerHTML, nor calls
// insertAdjacentHTML or document.write. English only for now.

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

const $ = (id) => document.getElementById(id);

function say(text) {
  $("alert").textContent = "";
  $("status").textContent = text;
}

function fail(text) {
  $("status").textContent = "";
  $("alert").textContent = text;
}

async function api(path, body) {
  const opts = { method: body === undefined ? "GET" : "POST", headers: { Authorization: `Bearer ${token}` } };
  if (body !== undefined) {
    opts.headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(body);
  }
  const r = await fetch(path, opts);
  const v = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!r.ok) throw new Error(v.error || `HTTP ${r.status}`);
  return v;
}

function field(label, control) {
  return h("label", {}, label, control);
}

function select(name, values, chosen, blank) {
  const s = h("select", { name });
  if (blank !== undefined) s.append(h("option", { value: "" }, blank));
  for (const v of values) {
    const o = h("option", { value: v }, v);
    if (v === chosen) o.selected = true;
    s.append(o);
  }
  return s;
}

function text(v, none = "(none)") {
  return v === null || v === undefined || v === "" ? none : String(v);
}

function when(at) {
  return new Date(at * 1000).toISOString().replace("T", " ").slice(0, 16) + " UTC";
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
  const h1 = h("h1", { tabindex: "-1" }, title);
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
    fail(e.message);
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
      fail(e.message);
    }
  });
  return f;
}

async function inbox(filter) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v === true ? "true" : v);
  const v = await api(`/api/inbox?${q}`);
  const filters = form(
    "Filter and search",
    [
      field("Status", select("status", STATUSES, filter.status, "any")),
      field("Severity", select("severity", SEVERITIES, filter.severity, "any")),
      field("TLP", select("tlp", TLPS, filter.tlp, "any")),
      field("Owner", h("input", { name: "owner", value: filter.owner || "", autocomplete: "off" })),
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "mine", value: "true", checked: !!filter.mine }), "Mine"),
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "overdue", value: "true", checked: !!filter.overdue }), "Overdue"),
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "closed", value: "true", checked: !!filter.closed }), "Closed"),
      field("Search", h("input", { name: "q", type: "search", value: filter.q || "", autocomplete: "off" })),
    ],
    "Apply",
    (values) => go("inbox", values),
  );
  const rows = v.cases.map((c) =>
    h(
      "tr",
      {},
      h("td", {}, h("code", {}, c.short)),
      h("td", {}, c.day),
      h("td", {}, c.status),
      h("td", {}, text(c.severity, "-")),
      h("td", {}, `TLP:${c.tlp}`),
      h("td", {}, text(c.owner, "-")),
      h(
        "td",
        { class: "untrusted" },
        h("button", { type: "button", class: "link", "data-case": c.id, onclick: () => go("case", c.id) }, text(c.title, "(no title)")),
        c.overdue.length ? h("span", { class: "warning" }, ` overdue: ${c.overdue.join(", ")}`) : null,
        c.purge_day ? h("span", { class: "muted" }, ` purged on ${c.purge_day}`) : null,
      ),
    ),
  );
  const table = v.cases.length
    ? h(
        "table",
        { id: "cases" },
        h("caption", {}, `${v.cases.length} case${v.cases.length === 1 ? "" : "s"}`),
        h("thead", {}, h("tr", {}, ["ID", "Received", "Status", "Severity", "TLP", "Owner", "Title"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, rows),
      )
    : h("p", { id: "cases" }, "No cases.");
  show("Inbox", filters, table);
}

function section(title, ...content) {
  const id = `s${++uid}`;
  return h("section", { "aria-labelledby": id }, h("h2", { id }, title), ...content);
}

async function caseView(id) {
  const c = await api(`/api/case/${encodeURIComponent(id)}`);
  const st = c.state;
  const act = async (action, body, after) => {
    const r = await api(`/api/case/${encodeURIComponent(c.id)}/${action}`, body);
    await go("case", c.id);
    say(r.message);
    if (after) after(r);
  };
  if (c.closed_view) {
    show(
      text(c.title, "(no title)"),
      h("p", { class: "muted" }, `Case ${c.id}`),
      h(
        "dl",
        {},
        h("dt", {}, "Status"), h("dd", { id: "case-status" }, st.status),
        h("dt", {}, "Closed"), h("dd", {}, st.closed ? `${st.closed.day}: ${st.closed.reason}` : ""),
        h("dt", {}, "Purged on"), h("dd", {}, text(c.purge_day, "(held without end)")),
      ),
      h("p", {}, "A closed case has left the active store: its details come back if it is reopened before it is purged."),
      closedActions(act),
      h("p", {}, h("button", { type: "button", onclick: () => go("inbox") }, "Back to the inbox")),
    );
    return;
  }
  const details = h(
    "dl",
    {},
    h("dt", {}, "Status"), h("dd", { id: "case-status" }, st.status),
    h("dt", {}, "Severity"), h("dd", {}, text(st.severity, "(not triaged)")),
    h("dt", {}, "TLP"), h("dd", {}, `TLP:${st.tlp}`),
    h("dt", {}, "Owner"), h("dd", {}, text(st.owner)),
    h("dt", {}, "Category"), h("dd", {}, text(c.category)),
    h("dt", {}, "Reporter's severity guess"), h("dd", {}, text(c.severity_guess)),
    h("dt", {}, "Received"), h("dd", {}, `${c.received} (receipt ${c.receipt})`),
    h("dt", {}, "Replies"), h("dd", {}, c.replies_possible ? "possible (the reporter has a codename)" : "not possible"),
    c.contact ? [h("dt", {}, "Contact"), h("dd", {}, c.contact)] : null,
    c.credit ? [h("dt", {}, "Credit as"), h("dd", {}, c.credit)] : null,
    h("dt", {}, "Recipients"), h("dd", {}, c.recipients.join(", ") || "(none named)"),
    h("dt", {}, "Left out"), h("dd", { id: "left-out" }, c.left_out.length ? c.left_out.join(", ") : "nobody"),
    c.purge_day ? [h("dt", {}, "Purged on"), h("dd", {}, c.purge_day)] : null,
  );
  const triage = form(
    "Triage",
    [
      field("Status", select("status", STATUSES, st.status === "closed" ? null : st.status, st.status === "closed" ? "(closed)" : undefined)),
      field("Severity", select("severity", SEVERITIES, st.severity, "(not triaged)")),
      field("TLP", select("tlp", TLPS, st.tlp)),
      field("Owner", select("owner", c.owners.map((m) => m.id), st.owner, "(none)")),
    ],
    "Save",
    (v) => act("set", { status: v.status || null, severity: v.severity || null, tlp: v.tlp || null, owner: v.owner || null }),
  );
  const note = form("Note for the team", field("Note", h("textarea", { name: "text", required: true })), "Add note", (v) => act("note", { text: v.text }));
  const reply = c.replies_possible
    ? form("Reply to the reporter", field("Reply", h("textarea", { name: "text", required: true })), "Send reply", (v) => act("reply", { text: v.text }))
    : h("p", {}, "The reporter left no codename: replies are not possible.");
  const closeOrOpen = form("Close", field("Reason", h("input", { name: "reason", required: true })), "Close case", (v) => act("close", { reason: v.reason }));
  const more = [
    form("Record a step", [field("Step", select("step", STEPS)), field("Detail", h("input", { name: "detail" }))], "Record step", (v) => act("step", { step: v.step, detail: v.detail })),
    form(
      "Agree a disclosure date",
      [field("Date (YYYY-MM-DD)", h("input", { name: "date", required: true })), field("Reason", h("input", { name: "reason", required: true }))],
      "Agree date",
      (v) => act("agree", { date: v.date, reason: v.reason }),
    ),
    form(
      `Share under TLP:${st.tlp} (OpenPGP)`,
      [
        field("Recipient's certificate file", h("input", { name: "cert", required: true, autocomplete: "off" })),
        field("Write the encrypted share to (file)", h("input", { name: "out", required: true, autocomplete: "off" })),
        h(
          "fieldset",
          {},
          h("legend", {}, "Fields (none ticked: title, body, category, severity, attachments)"),
          FIELDS.map((f) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "fields", value: f }), f)),
        ),
      ],
      "Share",
      (v, f) => act("share", { cert: v.cert, out: v.out, fields: new FormData(f).getAll("fields") }),
    ),
    form("Redact", field("Field (contact or note:N)", h("input", { name: "field", required: true })), "Redact", (v) => act("redact", { field: v.field })),
  ];
  const attachments = c.attachments.length
    ? h(
        "table",
        { id: "attachments" },
        h("caption", {}, "Attachments (never opened here: save them, then open them in a sandbox)"),
        h("thead", {}, h("tr", {}, ["#", "File name (sender's)", "Type claimed by the sender", "Size", "From", "Save"].map((t) => h("th", { scope: "col" }, t)))),
        h(
          "tbody",
          {},
          c.attachments.map((a) =>
            h(
              "tr",
              {},
              h("td", {}, String(a.n)),
              h("td", { class: "untrusted" }, a.name),
              h("td", { class: "untrusted" }, a.claimed),
              h("td", {}, `${a.size} bytes`),
              h("td", {}, a.from === "report" ? "report" : `follow-up #${a.from}`),
              h("td", {}, exportForm(c.id, a)),
            ),
          ),
        ),
      )
    : h("p", {}, "No attachments.");
  const followups = c.followups.map((f) =>
    h(
      "article",
      { class: "followup" },
      h("h3", {}, `Follow-up #${f.seq} on ${f.day}`, f.conflict ? " — CONFLICT: another follow-up has this number and different content" : ""),
      h("div", { class: "text" }, f.body),
    ),
  );
  const replies = (st.replies || []).map((r) => h("article", { class: "reply" }, h("h3", {}, `Reply #${r.seq} by ${r.member} on ${r.day}`), h("div", { class: "text" }, r.body)));
  const notes = (st.notes || []).map((n, i) => h("li", {}, `Note ${i + 1} by ${n.member} on ${n.day}: `, n.text));
  const timeline = h("ol", { id: "timeline" }, c.events.map((e) => h("li", {}, `${when(e.at)} ${e.member}: `, e.what)));
  const log = h(
    "table",
    { id: "access-log" },
    h("caption", {}, "Access log"),
    h("thead", {}, h("tr", {}, ["When", "Who", "What"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, c.log.map((a) => h("tr", {}, h("td", {}, when(a.at)), h("td", {}, a.who), h("td", {}, a.what)))),
  );
  show(
    text(c.title, "(no title)"),
    h("p", { class: "muted" }, `Case ${c.id}`),
    section("Report", details, h("div", { class: "text", id: "report-body" }, text(c.body, ""))),
    section("Attachments", attachments),
    section("Conversation", replies.length || followups.length ? [...replies, ...followups] : h("p", {}, "No replies or follow-ups yet."), reply),
    section("Triage", triage, note, closeOrOpen),
    section("Notes", notes.length ? h("ul", {}, notes) : h("p", {}, "No notes.")),
    section("More actions", more),
    section("Timeline", c.events.length ? timeline : h("p", {}, "No team events yet.")),
    section("Access log", log),
    h("p", {}, h("button", { type: "button", onclick: () => go("inbox") }, "Back to the inbox")),
  );
}

function closedActions(act) {
  return [
    form("Reopen", field("Reason", h("input", { name: "reason", required: true })), "Reopen", (v) => act("reopen", { reason: v.reason })),
    form(
      "Hold (keep past the purge)",
      [field("Reason", h("input", { name: "reason", required: true })), field("Until (YYYY-MM-DD, empty: 30 days)", h("input", { name: "until" }))],
      "Hold",
      (v) => act("hold", { reason: v.reason, until: v.until || null }),
    ),
  ];
}

// An attachment is saved to a directory the member types, or downloaded
// as bytes (application/octet-stream, Content-Disposition: attachment):
// never shown inline.
function exportForm(id, a) {
  const out = h("p", { class: "export-result" });
  const f = form(
    `Save attachment ${a.n}`,
    field("Directory", h("input", { name: "dir", required: true, autocomplete: "off" })),
    "Save",
    async (v) => {
      const r = await api(`/api/case/${encodeURIComponent(id)}/export`, { n: a.n, dir: v.dir });
      out.replaceChildren(h("span", {}, r.message), r.warning ? h("span", { class: "warning", role: "alert" }, ` Warning: ${r.warning}`) : null);
      say(r.message);
    },
  );
  const dl = h(
    "button",
    {
      type: "button",
      onclick: async () => {
        try {
          const r = await fetch(`/api/case/${encodeURIComponent(id)}/download/${a.n}`, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
          if (!r.ok) throw new Error((await r.json()).error);
          const blob = new Blob([await r.arrayBuffer()], { type: "application/octet-stream" });
          const url = URL.createObjectURL(blob);
          const link = h("a", { href: url, download: a.safe_name });
          link.click();
          setTimeout(() => URL.revokeObjectURL(url), 10000);
          const warning = r.headers.get("x-warning");
          out.replaceChildren(h("span", {}, `Downloaded (detected ${r.headers.get("x-detected-type")}).`), warning ? h("span", { class: "warning", role: "alert" }, ` Warning: ${warning}`) : null);
        } catch (e) {
          fail(e.message);
        }
      },
    },
    "Download",
  );
  return h("div", {}, f, dl, out);
}

async function due() {
  const v = await api("/api/due");
  const rows = v.rows.map((r) =>
    h(
      "tr",
      {},
      h("td", {}, r.urgency),
      h("td", {}, r.due),
      h("td", {}, r.what),
      h("td", { class: "untrusted" }, h("button", { type: "button", class: "link", onclick: () => go("case", r.case) }, text(r.title, "(no title)"))),
      h("td", {}, r.next),
    ),
  );
  const pending = v.unacknowledged_items.map((p) => h("p", { class: "warning" }, `Items on the drop box waiting since ${p.oldest} have not been synced: the server purges them in ${p.days_left} day(s). Sync now.`));
  show(
    "Due",
    pending,
    rows.length
      ? h(
          "table",
          { id: "due" },
          h("caption", {}, "Most urgent first"),
          h("thead", {}, h("tr", {}, ["Urgency", "Due", "Deadline", "Case", "Next action"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, rows),
        )
      : h("p", {}, "Nothing is due."),
  );
}

async function team() {
  const v = await api("/api/team");
  show(
    "Team",
    h("dl", {}, h("dt", {}, "Team"), h("dd", {}, text(v.name)), h("dt", {}, "Fingerprint"), h("dd", {}, h("code", {}, text(v.fingerprint))), h("dt", {}, "Roster"), h("dd", {}, `#${text(v.seq)}`)),
    h(
      "table",
      { id: "members" },
      h("caption", {}, "Members"),
      h("thead", {}, h("tr", {}, ["ID", "Name", "Roles"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, (v.members || []).map((m) => h("tr", {}, h("td", {}, m.id), h("td", {}, m.name), h("td", {}, (m.roles || []).join(", "))))),
    ),
    section("Alerts", v.alerts && v.alerts.length ? h("ul", { id: "alerts" }, v.alerts.map((a) => h("li", {}, a))) : h("p", { id: "alerts" }, "No alerts.")),
    // What `reviewer quarantine` lists. The reason may quote the sender's
    // bytes (a header that did not parse): text, like all reporter text.
    section(
      "Quarantined items",
      (v.quarantined || []).length
        ? h(
            "table",
            { id: "quarantined" },
            h("caption", {}, "Set aside by sync, never filed (`reviewer quarantine ID` shows one)"),
            h("thead", {}, h("tr", {}, ["Item", "Arrived", "Size", "Bundle kind", "Why"].map((t) => h("th", { scope: "col" }, t)))),
            h(
              "tbody",
              {},
              v.quarantined.map((q) =>
                h(
                  "tr",
                  {},
                  h("td", {}, h("code", {}, q.id)),
                  h("td", {}, text(q.day, "-")),
                  h("td", {}, `${q.size} bytes`),
                  h("td", {}, text(q.kind, "(no bundle)")),
                  h("td", { class: "untrusted" }, q.alert ? "ALERT: " : "", q.reason),
                ),
              ),
            ),
          )
        : h("p", { id: "quarantined" }, "Nothing is quarantined."),
    ),
  );
}

async function stats() {
  const v = await api("/api/stats");
  // The chart is the CLI's SVG as an image (data: URL): never markup here.
  show("Statistics", h("img", { src: v.chart, alt: `Chart: ${v.title}. The figures are in the table below.`, id: "chart" }), h("pre", { class: "text", id: "stats-text" }, v.text));
}

async function sync() {
  const btn = $("sync");
  const bar = $("sync-progress");
  btn.disabled = true;
  bar.hidden = false;
  bar.removeAttribute("value");
  say("Syncing…");
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
      if (s.error) throw new Error(`Sync failed: ${s.error}`);
      const o = s.outcome;
      say(`Synced: ${o.new_cases} new case(s), ${o.followups} follow-up(s), ${o.events_applied} team event(s) applied, ${o.events_posted} posted.${o.errors.length ? ` Errors: ${o.errors.join("; ")}` : ""}`);
      break;
    }
    await go(current.view, current.arg);
  } catch (e) {
    fail(e.message);
  } finally {
    btn.disabled = false;
    bar.hidden = true;
  }
}

async function boot() {
  // The secret is used once and leaves the address bar (and history) now.
  const secret = location.hash.slice(1);
  history.replaceState(null, "", "/");
  if (!secret) {
    $("boot").textContent = "Open the address `reviewer ui` printed (it works once). To start again, stop `reviewer ui` and run it anew.";
    return;
  }
  const r = await fetch("/api/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ secret }) });
  const v = await r.json().catch(() => ({}));
  if (!r.ok) {
    $("boot").textContent = `${v.error || "refused"}.`;
    return;
  }
  token = v.token;
  me = v.member;
  $("member").textContent = `(${me})`;
  for (const b of document.querySelectorAll("nav button")) b.addEventListener("click", () => go(b.dataset.view));
  $("sync").addEventListener("click", sync);
  await go("inbox");
}

boot().catch((e) => fail(e.message));
