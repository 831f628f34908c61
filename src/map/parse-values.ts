/**
 * Cell parsers: cheap, allocation-light functions from a trimmed, non-blank cell to a value or an
 * issue. They ARE the validation of single cells (see map-row.ts for why no yup at run time).
 *
 * Number rule (one rule for every numeric column):
 * - A dot is always the decimal point: `12.5`, `-7.1434`, `1e-7` (the XLSX reader and our own export
 *   write numbers this way, exponent included). `12.500` therefore means 12.5 — except in money
 *   columns, where `12.500`, `1.250.000` are refused as ambiguous (Indonesian thousands separators).
 * - A single comma with digits on both sides and no dot is a decimal comma (`-7,1434` → -7.1434), unless
 *   it could be an English thousands separator: 1–3 digits not starting with 0, a comma, exactly 3
 *   digits (`1,234`) is ambiguous and refused. `0,123` and `1234,567` are decimal commas. In a `;` CSV
 *   (`decimalComma`: what Excel writes where the decimal sign is a comma, and our `;` export) the comma
 *   is a decimal comma always: `1,234` is 1.234.
 * - Everything else is refused with MAP_NOT_A_NUMBER: `1,234,567`, `1.234,5`, `NaN`, `Infinity`,
 *   `1e999` (not finite), hex `0x1A`, `12 500`, `Rp 5.000`, words, and a blank where one is needed.
 */
import { rowText, type MessageKey } from '../i18n/index.js';
import type { Parsed } from './columns.js';

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const THOUSANDS_COMMA = /^[+-]?[1-9]\d{0,2},\d{3}$/;
const THOUSANDS_DOTS = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/;
const GROUPED = /^[+-]?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?$/;

/** A received value for a message: quoted, and cut short so one silly cell cannot flood a sheet. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

export interface NumberOptions {
  /** Refuse `12.500` / `1.250.000` as ambiguous thousands separators. */
  money?: boolean;
  /**
   * The file is `;`-separated, as Excel writes a CSV where the decimal sign is a comma (Indonesian):
   * there a comma is no thousands separator, so `1,250` is 1.25 (our `;` export writes decimals so).
   */
  decimalComma?: boolean;
}

export function parseNumber(text: string, options?: NumberOptions): Parsed<number> {
  let n: number;
  if (PLAIN_NUMBER.test(text)) {
    if (options?.money && THOUSANDS_DOTS.test(text)) {
      return notANumber(text, 'row.number.moneyThousands');
    }
    n = Number(text);
  } else if (DECIMAL_COMMA.test(text)) {
    if (!options?.decimalComma && THOUSANDS_COMMA.test(text)) {
      return notANumber(text, 'row.number.commaAmbiguous');
    }
    n = Number(text.replace(',', '.'));
  } else if (GROUPED.test(text) || (text.includes('.') && text.includes(','))) {
    return notANumber(text, 'row.number.thousands');
  } else {
    return notANumber(text, 'row.number.invalid');
  }
  if (!Number.isFinite(n)) return notANumber(text, 'row.number.tooLarge');
  return { ok: true, value: n === 0 ? 0 : n }; // no -0: it would export as "0" anyway
}

function notANumber(text: string, why: MessageKey): Parsed<never> {
  return { ok: false, code: 'MAP_NOT_A_NUMBER', ...rowText(why, { value: quote(text) }) };
}

/** A whole number (`24`, `24.0`); `1.5` is MAP_INVALID, beyond 2^53 MAP_OUT_OF_RANGE. */
export function parseInteger(text: string): Parsed<number> {
  const r = parseNumber(text);
  if (!r.ok) return r;
  if (!Number.isInteger(r.value)) {
    return { ok: false, code: 'MAP_INVALID', ...rowText('row.number.notWhole', { value: quote(text) }) };
  }
  if (!Number.isSafeInteger(r.value)) {
    return {
      ok: false,
      code: 'MAP_OUT_OF_RANGE',
      ...rowText('row.number.wholeTooLarge', { value: quote(text) }),
    };
  }
  return r;
}

/** Inclusive range check, after parsing. */
export function checkRange(
  value: number,
  text: string,
  min: number | undefined,
  max: number | undefined,
): Parsed<number> {
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const key: MessageKey =
      min !== undefined && max !== undefined
        ? 'row.number.between'
        : min !== undefined
          ? 'row.number.atLeast'
          : 'row.number.atMost';
    return { ok: false, code: 'MAP_OUT_OF_RANGE', ...rowText(key, { min, max, value: quote(text) }) };
  }
  return { ok: true, value };
}

const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
  ['yes', true],
  ['no', false],
  ['y', true],
  ['n', false],
  ['ya', true],
  ['tidak', false],
  ['aktif', true],
  ['nonaktif', false],
  // 'Tidak Aktif' / 'tidak-aktif': how Indonesian sheets spell the status out (noise removed below).
  ['tidakaktif', false],
  ['active', true],
  ['inactive', false],
]);
export const BOOLEAN_HELP = 'TRUE/FALSE, 1/0, yes/no, y/n, ya/tidak, aktif/nonaktif, active/inactive';
const BOOLEAN_NOISE = /[\s_-]+/g;

/** Boolean words in English and Indonesian, any case; `non-aktif` and `non aktif` too. */
export function parseBoolean(text: string): Parsed<boolean> {
  const value = BOOLEAN_WORDS.get(text.toLowerCase().replace(BOOLEAN_NOISE, ''));
  if (value === undefined) {
    return {
      ok: false,
      code: 'MAP_INVALID',
      ...rowText('row.oneOf', { allowed: BOOLEAN_HELP, value: quote(text) }),
    };
  }
  return { ok: true, value };
}

const TAG_SEPARATORS = /[,;|\r\n]/;

/**
 * Tags split on `,` `;` `|` or line breaks, trimmed, empties dropped, de-duplicated ignoring case
 * (the first spelling wins: `VIP, vip` → `["VIP"]`). A tag can therefore not contain a separator.
 */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(TAG_SEPARATORS)) {
    const tag = part.trim();
    if (tag === '') continue;
    const folded = tag.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
  }
  return out;
}

/**
 * Length in Unicode code points, as the API's `max` rules are assumed to count (PHP's mb_strlen) [A].
 * It differs from `string.length` only for characters outside the BMP (emoji), each 1 here, 2 there.
 */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--; // high surrogate: the pair counts once
  }
  return n;
}

export function parseText(text: string, maxLength?: number): Parsed<string> {
  // text.length is an upper bound of the code-point count: the exact count only near the limit.
  if (maxLength !== undefined && text.length > maxLength && codePointLength(text) > maxLength) {
    return {
      ok: false,
      code: 'MAP_TOO_LONG',
      ...rowText('row.tooLong', { max: maxLength, length: codePointLength(text) }),
    };
  }
  return { ok: true, value: text };
}

/**
 * A discount chain: percentages joined by `+` (`5`, `55.55+3`, spaces and a `%` per step allowed),
 * each 0–100, normalised to `55.55+3`. Decimal commas follow the number rule.
 */
export function parseDiscountChain(text: string): Parsed<string> {
  const steps: string[] = [];
  for (const raw of text.split('+')) {
    let step = raw.trim();
    if (step.endsWith('%')) step = step.slice(0, -1).trimEnd();
    const n = step === '' ? undefined : parseNumber(step);
    if (n === undefined || !n.ok) {
      return {
        ok: false,
        code: 'MAP_INVALID',
        ...rowText('row.discount.invalid', { value: quote(text) }),
      };
    }
    if (n.value < 0 || n.value > 100) {
      return {
        ok: false,
        code: 'MAP_OUT_OF_RANGE',
        ...rowText('row.discount.range', { value: quote(text) }),
      };
    }
    steps.push(String(n.value));
  }
  return { ok: true, value: steps.join('+') };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A business date `YYYY-MM-DD`, checked against the calendar, never time-zone converted. */
export function parseDate(text: string): Parsed<string> {
  const m = ISO_DATE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate(); // days in month mo
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= days) return { ok: true, value: text };
  }
  return { ok: false, code: 'MAP_BAD_DATE', ...rowText('row.date.iso', { value: quote(text) }) };
}

/** One of `allowed`, any case; the canonical spelling is returned. */
export function parseEnum(text: string, allowed: readonly string[]): Parsed<string> {
  const folded = text.toLowerCase();
  const hit = allowed.find((a) => a.toLowerCase() === folded);
  if (hit === undefined) {
    return {
      ok: false,
      code: 'MAP_INVALID',
      ...rowText('row.oneOf', { allowed: allowed.join(', '), value: quote(text) }),
    };
  }
  return { ok: true, value: hit };
}
