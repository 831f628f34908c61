/**
 * Formula-injection safety (OWASP "CSV injection") for text we write.
 *
 * The rule, applied to every text cell (data and header) of a CSV file:
 *
 *  - A text starting with `=`, `@`, tab (0x09) or CR (0x0D) is prefixed with a single quote `'`.
 *  - A text starting with `+` or `-` is prefixed too, unless it is number-like: a sign followed
 *    only by digits, `.` and `,` (at least one digit), with an optional exponent. `-7.14`,
 *    `+6281234` and `-1.234,56` stay as they are; `-2+3`, `+62 812 345` and `-` alone are prefixed.
 *    Without letters, quotes or `!|:$&` a spreadsheet cannot call a function, reference another
 *    cell or start DDE, so a number-like value is inert — and prefixing it would spoil genuine
 *    negative numbers and phone numbers in the file a person reads and imports again.
 *  - A JavaScript number written in any column is written as the number (never prefixed).
 *
 * XLSX needs none of this: we write every text as a string cell, which Excel never evaluates.
 *
 * The prefix changes the data, so whoever reads our CSV files back (the errors file is meant to be
 * fixed and imported again as is) should undo exactly this with `unguardCsvText`: it strips a leading
 * `'` only where `guardCsvText` would have added it, so the pair round-trips every value.
 */

/** Sign, then digits / `.` / `,` with at least one digit, then an optional exponent. */
const NUMBER_LIKE = /^[+-]?[\d.,]*\d[\d.,]*(?:[eE][+-]?\d+)?$/;

/** True for text a spreadsheet would treat as the start of a formula (see the rule above). */
export function needsFormulaGuard(text: string): boolean {
  if (text.length === 0) return false;
  const first = text[0];
  if (first === '=' || first === '@' || first === '\t' || first === '\r') return true;
  if (first === '+' || first === '-') return !NUMBER_LIKE.test(text);
  return false;
}

/** The text as it should go into a CSV cell: prefixed with `'` when it could start a formula. */
export function guardCsvText(text: string): string {
  return needsFormulaGuard(text) ? `'${text}` : text;
}

/**
 * The inverse of `guardCsvText`, for readers of CSV files we wrote: strips the leading `'` only when
 * the rest would have been guarded, so `'=A1` → `=A1` but `'quoted'` and `'7` stay as they are.
 */
export function unguardCsvText(text: string): string {
  return text.startsWith("'") && needsFormulaGuard(text.slice(1)) ? text.slice(1) : text;
}
