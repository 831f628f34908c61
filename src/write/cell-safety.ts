/** Cell text limits for what we write. The formula guard is in formula-guard.ts (the CSV reader needs it too, through index.ts). */
export { guardCsvText, needsFormulaGuard, unguardCsvText } from './formula-guard.js';

/** Excel's limit for one cell's text; longer text makes Excel report the file as damaged. */
export const XLSX_MAX_TEXT = 32_767;

/** Shortens our own text (messages, notes) to fit a cell, marking the cut. Never used on user data. */
export function capText(text: string, max = XLSX_MAX_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
