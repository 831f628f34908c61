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

export interface Picked {
  inspection: Inspection;
  /** The note for "how this file was read", when another worksheet than the first was taken. */
  note?: string;
}

/**
 * `first`: the file as inspected without a sheet chosen; the run layer names the one other worksheet
 * whose headers bind, when the first lacks a required column (RowPreview.fittingSheet).
 */
export async function fittingSheet(
  workspace: Workspace,
  text: Tr,
  first: Inspection,
  options: { entity: ImportEntity; mode: ImportMode; lang: Lang },
): Promise<Picked> {
  if (!first.fittingSheet) return { inspection: first };
  const picked = await workspace.inspect(first.uploadId, options.entity, {
    ...options,
    sheet: first.fittingSheet,
  });
  if (picked.error) return { inspection: first };
  return {
    inspection: picked,
    note: text('webUser.otherSheetTaken', { sheet: picked.sheet ?? '', first: first.sheet ?? '' }),
  };
}
