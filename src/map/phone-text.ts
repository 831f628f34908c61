/**
 * A phone cell that is no phone number (docs/spreadsheet-numbers.md, "Phone cells that are no number").
 *
 * Sheets typed by hand hold `telp kantor`, `0812-xxx` or `-` where the phone goes; sent as they are,
 * they replace a stored phone with words (the API takes any text). So:
 * - a placeholder of punctuation only (`-`, `--`, `.`, `/`, `–`) means "no phone": the cell is treated
 *   as blank (nothing sent, a stored phone kept), with the warning MAP_PHONE_PLACEHOLDER;
 * - text without digits (`telp kantor`, `belum ada`), or with letters among the digits (`0812-xxx`,
 *   `021 555 1234 ext 12`, `WA 0812…`), fails the row with MAP_BAD_PHONE;
 * - digits with `+`, spaces, dashes, dots, brackets or slashes are kept as written, as before.
 */
import { rowText } from '../i18n/index.js';
import type { Parsed } from './columns.js';
import { quote } from './parse-values.js';

const PLACEHOLDER = /^[\p{P}\p{S}\s]+$/u;
const DIGIT = /\d/;

/** Undefined: the text may be a phone number; else the placeholder warning or the row error. */
export function phoneTextProblem(text: string): Parsed<undefined> | undefined {
  if (PLACEHOLDER.test(text)) {
    return {
      ok: true,
      value: undefined,
      warning: {
        code: 'MAP_PHONE_PLACEHOLDER',
        ...rowText('values.phone.placeholder', { value: quote(text) }),
      },
    };
  }
  if (!DIGIT.test(text)) {
    return { ok: false, code: 'MAP_BAD_PHONE', ...rowText('values.phone.noDigits', { value: quote(text) }) };
  }
  const letters = text.match(/\p{L}+/gu);
  if (letters) {
    return {
      ok: false,
      code: 'MAP_BAD_PHONE',
      ...rowText('values.phone.letters', { value: quote(text), letters: quote(letters.join(' ')) }),
    };
  }
  return undefined;
}
