// The window's languages: the reporters' page's eleven (web/src/i18n.js),
// with the window's own Fluent messages from web/locales/ui/<lang>.ftl,
// bundled into ui.js as text (nothing is fetched). The language comes from
// the browser's list or the visible selector and lives in memory only.
//
// Kept apart from the page's i18n.js so ui.js does not carry the page's
// messages; the rules are the page's: string arguments never go to Fluent
// but become isolated `<bdi>` elements (a right-to-left name cannot reorder
// the sentence around it, and nothing is parsed as markup); numbers go to
// Fluent for plural rules and the language's digits.

import { FluentBundle, FluentResource } from "@fluent/bundle";
import ar from "../locales/ui/ar.ftl";
import de from "../locales/ui/de.ftl";
import en from "../locales/ui/en.ftl";
import es from "../locales/ui/es.ftl";
import fa from "../locales/ui/fa.ftl";
import fr from "../locales/ui/fr.ftl";
import pt from "../locales/ui/pt.ftl";
import ru from "../locales/ui/ru.ftl";
import tr from "../locales/ui/tr.ftl";
import uk from "../locales/ui/uk.ftl";
import zhCN from "../locales/ui/zh-CN.ftl";

/** Each language: its code, its own name, its direction and its messages. */
export const LANGUAGES = [
  { code: "en", name: "English", dir: "ltr", source: en },
  { code: "ar", name: "العربية", dir: "rtl", source: ar },
  { code: "de", name: "Deutsch", dir: "ltr", source: de },
  { code: "es", name: "Español", dir: "ltr", source: es },
  { code: "fa", name: "فارسی", dir: "rtl", source: fa },
  { code: "fr", name: "Français", dir: "ltr", source: fr },
  { code: "pt", name: "Português", dir: "ltr", source: pt },
  { code: "ru", name: "Русский", dir: "ltr", source: ru },
  { code: "tr", name: "Türkçe", dir: "ltr", source: tr },
  { code: "uk", name: "Українська", dir: "ltr", source: uk },
  { code: "zh-CN", name: "简体中文", dir: "ltr", source: zhCN },
];

/**
 * The first of the browser's languages the window has, matched exactly,
 * then by its primary subtag; else English (as the page picks).
 */
export function pickLanguage(preferred) {
  const codes = LANGUAGES.map((l) => l.code.toLowerCase());
  for (const p of preferred || []) {
    const want = String(p).toLowerCase();
    const exact = codes.indexOf(want);
    if (exact >= 0) return LANGUAGES[exact].code;
    const primary = want.split("-")[0];
    const near = LANGUAGES.find((l) => l.code.toLowerCase().split("-")[0] === primary);
    if (near) return near.code;
  }
  return "en";
}

const bundles = new Map();

function bundleOf(code) {
  let b = bundles.get(code);
  if (!b) {
    const lang = LANGUAGES.find((l) => l.code === code) || LANGUAGES[0];
    b = new FluentBundle(lang.code, { useIsolating: false });
    b.addResource(new FluentResource(lang.source));
    bundles.set(code, b);
  }
  return b;
}

let current = "en";

export function currentLanguage() {
  return LANGUAGES.find((l) => l.code === current);
}

// Private-use characters around an argument's index mark where a string
// argument goes in the formatted text.
const OPEN = "\uE000";
const CLOSE = "\uE001";

function format(id, args = {}) {
  let b = bundleOf(current);
  let msg = b.getMessage(id);
  if (!msg) {
    b = bundleOf("en");
    msg = b.getMessage(id);
  }
  if (!msg || !msg.value) return [id];
  const fluentArgs = {};
  const strings = [];
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === "number") fluentArgs[k] = v;
    else {
      fluentArgs[k] = `${OPEN}${strings.length}${CLOSE}`;
      strings.push(v);
    }
  }
  const text = b.formatPattern(msg.value, fluentArgs, []);
  const parts = [];
  const re = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ arg: strings[Number(m[1])] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** The message `id` as plain text (option labels, attributes, the title). */
export function t(id, args = {}) {
  return format(id, args)
    .map((p) => (typeof p === "string" ? p : p.arg instanceof Node ? p.arg.textContent : String(p.arg)))
    .join("");
}

/**
 * The message `id` as nodes: text, and each string argument in a `<bdi>`
 * (a Node argument, e.g. a `<code>`, goes in as it is).
 */
export function nodes(id, args = {}) {
  return format(id, args).map((p) => {
    if (typeof p === "string") return document.createTextNode(p);
    if (p.arg instanceof Node) return p.arg;
    const bdi = document.createElement("bdi");
    bdi.textContent = String(p.arg);
    return bdi;
  });
}

/** A day (`YYYY-MM-DD`, UTC) as the language writes dates. */
export function day(d) {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return d || "";
  const [y, m, dd] = d.split("-").map(Number);
  return new Intl.DateTimeFormat(current, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, dd)));
}

/** An instant (Unix seconds) as the language writes a time, in UTC. */
export function instant(at) {
  // (dateStyle cannot be combined with timeZoneName: the fields instead.)
  return new Intl.DateTimeFormat(current, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" }).format(
    new Date(at * 1000),
  );
}

/** Switches to `code`: the root's lang and dir, and the title. */
export function setLanguage(code) {
  current = LANGUAGES.some((l) => l.code === code) ? code : "en";
  const lang = currentLanguage();
  document.documentElement.lang = lang.code;
  document.documentElement.dir = lang.dir;
  document.title = t("window-title");
}
