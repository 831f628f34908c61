/**
 * A workbook whose first worksheet is not the data (instructions, a cover page) opens on the check page
 * at the one worksheet that has the columns, with a note saying which and why. The CLI only names that
 * worksheet in its error (run/other-sheets.ts) and lets the user choose with `--sheet`; on the page the
 * choice is the Sheet drop-down, shown with the worksheet taken, so the user still sees and may change
 * it — and a sales admin is not left with "required column not found" over the instructions.
 */
import type { ImportEntity, ImportMode } from '../types.js';
import type { Inspection, Workspace } from '../workspace/index.js';
import type { Lang } from '../i18n/index.js';
import type { Tr } from './context.js';

/** Other worksheets looked at, at most (as the CLI's error does). */
const PROBED = 10;

export interface Picked {
  inspection: Inspection;
  /** The note for "how this file was read", when another worksheet than the first was taken. */
  note?: string;
}

/**
 * `first`: the file as inspected without a sheet chosen. Another worksheet is taken only when the first
 * lacks a required column and exactly one other has the columns.
 */
export async function fittingSheet(
  workspace: Workspace,
  text: Tr,
  first: Inspection,
  options: { entity: ImportEntity; mode: ImportMode; lang: Lang },
): Promise<Picked> {
  if (first.error?.code !== 'MAP_MISSING_COLUMN' || !first.sheets || first.sheets.length < 2) {
    return { inspection: first };
  }
  const fits: Inspection[] = [];
  for (const sheet of first.sheets.filter((s) => s !== first.sheet).slice(0, PROBED)) {
    try {
      const other = await workspace.inspect(first.uploadId, options.entity, { ...options, sheet });
      if (!other.error) fits.push(other);
    } catch {
      // An empty or unreadable worksheet is not the one.
    }
  }
  if (fits.length !== 1) return { inspection: first };
  const [picked] = fits;
  return {
    inspection: picked,
    note: text('webUser.otherSheetTaken', { sheet: picked.sheet ?? '', first: first.sheet ?? '' }),
  };
}
