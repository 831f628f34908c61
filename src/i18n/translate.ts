/**
 * The message catalogs on i18next: one instance, initialised synchronously from the catalogs in
 * this folder (no files to load, no network), and a current language set once by the CLI. Code that
 * is not the CLI (a library user, a test) gets English until someone sets the language.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import type { i18n } from 'i18next';
import { en } from './catalog/en.js';
import { id } from './catalog/id.js';
import { idHelp } from './catalog/id-help.js';
import { idColumns } from './catalog/id-columns.js';
import type { Lang } from './language.js';
import { compileMessage, fillMessage, type CompiledMessage } from './fast-template.js';

/** `summary.title`, `usage.excessArguments` (plural forms share their key without the suffix). */
type StripPlural<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${StripPlural<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof en>;

export type MessageParams = Record<string, unknown>;

/**
 * Namespaces: `messages` (both languages, same keys); `help` and `columns` translate English that
 * lives in code (commander's option descriptions, the column tables), so they exist for `id` only
 * and an absent key falls back to the code's own English (docs/I18N.md).
 */
export const NAMESPACES = ['messages', 'help', 'columns'] as const;
export type Namespace = (typeof NAMESPACES)[number];

let instance: i18n | undefined;
let processLang: Lang = 'en';

/**
 * A language for one call and everything it starts (its awaits, timers, streams): `serve` runs each
 * run in its page's language while other runs go on in theirs; the CLI's one language is the
 * process's (setLanguage). The store is only created on the first `inLanguage`, so the CLI never
 * pays for it.
 */
let scoped: AsyncLocalStorage<Lang> | undefined;

/** The language of the running call: its `inLanguage`, else the process's. */
function currentLang(): Lang {
  return scoped?.getStore() ?? processLang;
}

/** Runs `fn` (and all it starts) with messages in `lang`, without changing other calls' language. */
export function inLanguage<T>(lang: Lang, fn: () => T): T {
  scoped ??= new AsyncLocalStorage<Lang>();
  return scoped.run(lang, fn);
}

/**
 * i18next itself, loaded on first use rather than at start-up: most messages are filled without it
 * (fast-template.ts), and `--help`, `--version` and a run without plural or dated messages never
 * load it (docs/PERFORMANCE.md, start-up). `require` because the load must stay synchronous.
 */
function catalogs(): i18n {
  if (instance) return instance;
  const i18next = createRequire(import.meta.url)('i18next') as i18n;
  const created = i18next.createInstance();
  void created.init({
    lng: processLang,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'messages',
    initAsync: false,
    showSupportNotice: false,
    returnNull: false,
    // Messages are plain text for a terminal or a spreadsheet cell, never HTML.
    interpolation: { escapeValue: false },
    resources: {
      en: { messages: en },
      id: { messages: id, help: idHelp, columns: idColumns },
    },
  });
  instance = created;
  return created;
}

export function setLanguage(lang: Lang): void {
  processLang = lang;
  // Every call passes its language; the instance's own only matters once it exists.
  if (instance) void instance.changeLanguage(lang);
}

export function getLanguage(): Lang {
  return currentLang();
}

/** A message of the current language (or of `lang`), its `{{placeholders}}` filled from `params`. */
export function t(key: MessageKey, params: MessageParams = {}, lang: Lang = currentLang()): string {
  const compiled = compiledMessage(key, lang);
  const fast = compiled && fillMessage(compiled, params, lang);
  return fast ?? catalogs().t(key, { ...params, lng: lang, ns: 'messages' });
}

/** Compiled messages by language and key; `null`: a message only i18next fills (see fast-template.ts). */
const compiled = {
  en: new Map<string, CompiledMessage | null>(),
  id: new Map<string, CompiledMessage | null>(),
};

function compiledMessage(key: string, lang: Lang): CompiledMessage | null {
  const byKey = compiled[lang];
  let message = byKey.get(key);
  if (message === undefined) {
    // i18next's look-up: the language's catalog, then English (`fallbackLng`).
    const text = catalogText(CATALOGS[lang].messages, key) ?? catalogText(CATALOGS.en.messages, key);
    message = (text !== undefined && compileMessage(text)) || null;
    byKey.set(key, message);
  }
  return message;
}

/** Whether the key has plural forms (`key_one`, …) or a subtree: what only i18next can fill. */
function hasOtherForms(catalog: object, key: string): boolean {
  const dot = key.lastIndexOf('.');
  const parent = dot < 0 ? catalog : catalogNode(catalog, key.slice(0, dot));
  if (typeof parent !== 'object' || parent === null) return false;
  const last = key.slice(dot + 1);
  return Object.keys(parent).some((k) => k === last || k.startsWith(`${last}_`));
}

function catalogText(catalog: object, key: string): string | undefined {
  const node = catalogNode(catalog, key);
  return typeof node === 'string' ? node : undefined;
}

function catalogNode(catalog: object, key: string): unknown {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * A translation of English that lives in code (namespace `help` or `columns`), or `undefined` when
 * the language has none for that key: the caller then keeps its English.
 */
export function translateText(
  ns: Exclude<Namespace, 'messages'>,
  key: string,
  params: MessageParams = {},
  lang: Lang = currentLang(),
): string | undefined {
  // Most help and column texts are plain: filled here, without loading i18next (see catalogs()).
  const catalog = (CATALOGS[lang] as Partial<Record<Namespace, object>>)[ns];
  if (!catalog) return undefined; // English has no `help` or `columns`: the code's own text stays
  const text = catalogText(catalog, key);
  if (text === undefined && !hasOtherForms(catalog, key)) return undefined;
  const compiledText = text === undefined ? undefined : compileMessage(text);
  const fast = compiledText && fillMessage(compiledText, params, lang);
  if (fast !== undefined) return fast;
  const i = catalogs();
  if (!i.exists(key, { ns, lng: lang, fallbackLng: false })) return undefined;
  return i.t(key, { ...params, ns, lng: lang });
}

/** A number in the language's own format (`1.234` in Indonesian): for text, never for data cells. */
export function formatNumber(
  value: number,
  lang: Lang = currentLang(),
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(lang, options).format(value);
}

/**
 * A business date (`YYYY-MM-DD`) in the language's words, `2 November 2026` / `2 Nov 2026`: for text,
 * never for data cells. Read as a calendar day, so no time zone can move it to another day.
 */
export function formatDate(isoDate: string, lang: Lang = currentLang()): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (!Number.isFinite(day.getTime())) return isoDate;
  const month = lang === 'id' ? 'long' : 'short';
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(
    day,
  );
}

/** The raw catalogs, for the completeness tests and docs. */
export const CATALOGS = { en: { messages: en }, id: { messages: id, help: idHelp, columns: idColumns } };
