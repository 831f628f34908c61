/**
 * A catalog message compiled once into literal parts and slots, filled without i18next.
 *
 * Why: i18next's `t` costs ~20 µs a call (option merging, path look-ups, a JSON key per number
 * format and a new `Intl.NumberFormat` per distinct value, cached for ever), and a validate of
 * 1,000,000 rows with 10 % invalid calls it a few hundred thousand times: a third of the run's CPU
 * in a profile (docs/PERFORMANCE.md). Only the forms the catalogs use on the hot path are compiled
 * here — `{{name}}` and `{{name, number}}` — and they are filled exactly as i18next fills them (a
 * test compares every key of both catalogs). Anything else (plurals, other formats, nesting,
 * i18next options passed as params) is not compiled, and `t` hands it to i18next.
 */
import type { Lang } from './language.js';

type Params = Record<string, unknown>;

interface Slot {
  /** The name inside the braces, trimmed. */
  name: string;
  /** The placeholder as written, kept when its param is missing (i18next's `skipOnVariables`). */
  raw: string;
  number: boolean;
}

export interface CompiledMessage {
  /** Literal text around the slots: `texts.length === slots.length + 1`. */
  texts: string[];
  slots: Slot[];
  hasNumber: boolean;
}

const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/** Params i18next reads as options (plural, context, …): a call with one of them goes to i18next. */
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'ordinal',
  'defaultValue',
  'replace',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'formatParams',
  'skipInterpolation',
  'nest',
  'keyPrefix',
  'lngs',
  'fallbackLng',
  'locale',
]);

/** Params a number format passes to `Intl.NumberFormat` as options (i18next spreads them in). */
const INTL_OPTIONS = new Set([
  'style',
  'currency',
  'currencyDisplay',
  'currencySign',
  'unit',
  'unitDisplay',
  'notation',
  'compactDisplay',
  'signDisplay',
  'useGrouping',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingMode',
  'roundingPriority',
  'roundingIncrement',
  'trailingZeroDisplay',
  'numberingSystem',
  'localeMatcher',
]);

/** The message's parts, or undefined when it uses anything but `{{name}}` and `{{name, number}}`. */
export function compileMessage(text: string): CompiledMessage | undefined {
  if (text.includes('$t(') || text.includes('{{-')) return undefined;
  const texts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const inner = match[1].trim();
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const format = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    if (format !== undefined && format !== 'number') return undefined;
    if (!/^\w+$/.test(name)) return undefined; // a path (`a.b`) or odd name: i18next's own rules
    texts.push(text.slice(last, match.index));
    slots.push({ name, raw: match[0], number: format === 'number' });
    last = match.index + match[0].length;
  }
  texts.push(text.slice(last));
  return { texts, slots, hasNumber: slots.some((s) => s.number) };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format;
}

/** The message filled from `params`, or undefined when a param asks for i18next's own handling. */
export function fillMessage(message: CompiledMessage, params: Params, lang: Lang): string | undefined {
  for (const name in params) {
    if (I18NEXT_OPTIONS.has(name)) return undefined;
    if (message.hasNumber && INTL_OPTIONS.has(name)) return undefined;
  }
  let out = message.texts[0];
  for (let i = 0; i < message.slots.length; i++) {
    const slot = message.slots[i];
    const value = params[slot.name];
    if (slot.number) out += numberFormat(lang).format(value as number);
    else if (value === undefined) out += Object.hasOwn(params, slot.name) ? '' : slot.raw;
    else out += value === null ? '' : typeof value === 'string' ? value : '' + (value as string);
    out += message.texts[i + 1];
  }
  return out;
}
