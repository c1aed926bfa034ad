// The page's languages: Fluent messages from web/locales/<lang>.ftl, bundled
// into app.js as text (nothing is fetched). The language comes from the
// browser's list or the visible selector and is kept only in memory: no
// cookie, no storage, no URL state.
//
// Text is put into elements with `localize(el, id, args)`, which remembers
// the id and arguments on the element so that a change of language redraws
// everything already on the page. String arguments (names, file names,
// addresses, error details) are never given to Fluent: each becomes a
// `<bdi>` element, so a right-to-left name cannot reorder the sentence
// around it and no argument is ever parsed as markup. Numbers go to Fluent
// for plural rules and the language's digits.

import { FluentBundle, FluentResource } from "@fluent/bundle";
import ar from "../locales/ar.ftl";
import de from "../locales/de.ftl";
import en from "../locales/en.ftl";
import es from "../locales/es.ftl";
import fa from "../locales/fa.ftl";
import fr from "../locales/fr.ftl";
import pt from "../locales/pt.ftl";
import ru from "../locales/ru.ftl";
import tr from "../locales/tr.ftl";
import uk from "../locales/uk.ftl";
import zhCN from "../locales/zh-CN.ftl";

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
 * The first of the browser's languages the page has, matched exactly, then
 * by its primary subtag (any Chinese is zh-CN, the only Chinese here); else
 * English.
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

/**
 * The message `id` formatted in the current language (English when the
 * language lacks it): its value as parts (text, or `{ arg }` for string
 * arguments) and its attributes as text.
 */
function format(id, args = {}) {
  let b = bundleOf(current);
  let msg = b.getMessage(id);
  if (!msg) {
    b = bundleOf("en");
    msg = b.getMessage(id);
  }
  if (!msg) return { parts: [id], attributes: {} };
  const fluentArgs = {};
  const strings = [];
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === "number") fluentArgs[k] = v;
    else {
      fluentArgs[k] = `${OPEN}${strings.length}${CLOSE}`;
      strings.push(v);
    }
  }
  const errors = [];
  const text = msg.value ? b.formatPattern(msg.value, fluentArgs, errors) : "";
  const parts = [];
  const re = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ arg: strings[Number(m[1])] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  const attributes = {};
  for (const [k, v] of Object.entries(msg.attributes)) attributes[k] = b.formatPattern(v, {}, errors);
  return { parts, attributes };
}

/** The message `id` as plain text (for option labels, document.title). */
export function t(id, args = {}) {
  return format(id, args)
    .parts.map((p) => (typeof p === "string" ? p : typeof p.arg === "string" ? p.arg : t(p.arg.id, p.arg.args)))
    .join("");
}

const remembered = new WeakMap();
// Attributes a message may set on its element.
const ATTRIBUTES = new Set(["aria-label", "title", "placeholder"]);

function render(el, id, args) {
  const { parts, attributes } = format(id, args);
  const nodes = parts.map((p) => {
    if (typeof p === "string") return document.createTextNode(p);
    if (typeof p.arg === "string") {
      const bdi = document.createElement("bdi");
      bdi.textContent = p.arg;
      return bdi;
    }
    // A nested message (`{ id, args }`), e.g. a file's problem in an error.
    const span = document.createElement("span");
    localize(span, p.arg.id, p.arg.args);
    return span;
  });
  if (parts.length) el.replaceChildren(...nodes);
  for (const [k, v] of Object.entries(attributes)) if (ATTRIBUTES.has(k)) el.setAttribute(k, v);
}

/**
 * Puts the message `id` into `el` (its text and its allowed attributes) and
 * remembers it for a change of language. Arguments: numbers, strings (shown
 * isolated in `<bdi>`), or `{ id, args }` for a nested message.
 */
export function localize(el, id, args = {}) {
  el.dataset.l10nId = id;
  remembered.set(el, args);
  render(el, id, args);
}

/** Switches the page to `code`: the root's lang and dir, then every text. */
export function setLanguage(code) {
  current = LANGUAGES.some((l) => l.code === code) ? code : "en";
  const lang = currentLanguage();
  document.documentElement.lang = lang.code;
  document.documentElement.dir = lang.dir;
  document.title = t("page-title");
  for (const el of document.querySelectorAll("[data-l10n-id]")) {
    render(el, el.dataset.l10nId, remembered.get(el) || {});
  }
}
