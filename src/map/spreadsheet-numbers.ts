/**
 * Phones and codes that a spreadsheet program turned into numbers.
 *
 * An export opened in Excel or LibreOffice and saved again comes back with `0812345678` as
 * `812345678`, `+6281234567890` as `6281234567890`, and long numbers as `8.12346E+09`. Such a
 * value must never silently replace a stored phone or name the wrong record (docs/spreadsheet-numbers.md):
 * - scientific notation has lost digits for good: the cell is refused (MAP_NUMBER_MANGLED);
 * - an Indonesian mobile number without its `0` (`8…`) or its `+` (`628…`) is restored, with a
 *   warning on the row (MAP_ZERO_RESTORED): the number is certain, and refusing would make the user
 *   retype every phone of a sheet that Excel saved;
 * - other digits are kept as they are: a landline or a code of digits cannot be told from one that
 *   lost its zeros.
 */
import { rowText } from '../i18n/index.js';
import type { RowIssue } from '../types.js';
import type { Parsed } from './columns.js';
import { parseText } from './parse-values.js';
import { phoneTextProblem } from './phone-text.js';

/** `8.12346E+09`, `6,28123E+12`: what a spreadsheet shows of a long number in a narrow column. */
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;
/** An Indonesian mobile number (08xx, 10–13 digits with the 0) whose leading 0 was dropped. */
const MOBILE_WITHOUT_ZERO = /^8\d{8,11}$/;
/** The same number in international form (+628xx) whose `+` was dropped. */
const MOBILE_WITHOUT_PLUS = /^628\d{7,10}$/;

export function isScientific(text: string): boolean {
  return SCIENTIFIC.test(text);
}

function mangled(what: 'phone' | 'code', text: string): Parsed<never> {
  return { ok: false, code: 'MAP_NUMBER_MANGLED', ...rowText(`row.mangled.${what}`, { value: `"${text}"` }) };
}

/** A phone cell: see the module comment. */
export function parsePhone(text: string, maxLength?: number): Parsed<unknown> {
  if (isScientific(text)) return mangled('phone', text);
  const problem = phoneTextProblem(text);
  if (problem) return problem;
  const restored = MOBILE_WITHOUT_ZERO.test(text)
    ? `0${text}`
    : MOBILE_WITHOUT_PLUS.test(text)
      ? `+${text}`
      : undefined;
  if (restored === undefined) return parseText(text, maxLength);
  return {
    ok: true,
    value: restored,
    warning: {
      code: 'MAP_ZERO_RESTORED',
      ...rowText('row.zeroRestored', { value: `"${text}"`, restored, lost: restored[0] }),
    },
  };
}

/** A code (customer number, product code): scientific notation is refused, the rest kept as typed. */
export function parseCode(text: string, maxLength?: number): Parsed<unknown> {
  if (isScientific(text)) return mangled('code', text);
  return parseText(text, maxLength);
}

/**
 * In an update: a phone of digits that is the stored phone without its leading zeros or `+`
 * (`243512345` for `0243512345`, a landline no rule above can restore) keeps the stored phone,
 * with a warning. Returns the payload to send and the warnings.
 */
export function keepStoredNumbers(
  stored: Record<string, unknown>,
  payload: Record<string, unknown>,
  fields: readonly string[],
  columnOf: (field: string) => string | undefined,
): { payload: Record<string, unknown>; warnings: RowIssue[] } {
  const warnings: RowIssue[] = [];
  let out = payload;
  for (const field of fields) {
    const sent = payload[field];
    const kept = stored[field];
    if (typeof sent !== 'string' || typeof kept !== 'string' || sent === kept || !/^\d+$/.test(sent))
      continue;
    if (kept.replace(/^\+|^0+/, '') !== sent) continue;
    out = { ...out, [field]: kept };
    warnings.push({
      code: 'MAP_ZERO_RESTORED',
      field,
      column: columnOf(field),
      ...rowText('row.zeroKept', { value: `"${sent}"`, kept, lost: kept[0] }),
    });
  }
  return { payload: out, warnings };
}
