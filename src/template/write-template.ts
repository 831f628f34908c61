/**
 * `template <entity>`: an empty import sheet with one example row. XLSX: the header styled, required
 * columns tinted and annotated, drop-down lists on enum and yes/no columns, code and phone columns
 * formatted as text, and a second sheet documenting every column. CSV: the header and the example.
 */
import { join } from 'node:path';
import type { TableEntity } from '../map/index.js';
import { openWorkbookWriter, type CellValue, type ColumnDef, type TableFormat } from '../write/index.js';
import { typedCell, writeKindOf } from '../export/index.js';
import type { Lang } from '../i18n/index.js';
import { localHeader } from './local-headers.js';
import { headerNote, templateWord } from './localize.js';
import {
  columnDocs,
  dropDownValues,
  exampleCells,
  isRequired,
  templateColumns,
  type ColumnDoc,
} from './columns.js';

/** Amber: stands out from the grey of the other headers without looking like an error. */
export const REQUIRED_FILL = 'FFFFD966';
export const DOC_SHEET = 'columns';

const DOC_COLUMNS: ReadonlyArray<{ key: keyof ColumnDoc; header: string; width: number }> = [
  { key: 'column', header: 'column', width: 22 },
  { key: 'required', header: 'required', width: 16 },
  { key: 'meaning', header: 'meaning', width: 50 },
  { key: 'rule', header: 'rule', width: 60 },
  { key: 'allowed', header: 'allowed values', width: 24 },
  { key: 'example', header: 'example', width: 24 },
  { key: 'aliases', header: 'also accepted as (English / Indonesian)', width: 50 },
];

export interface TemplateOptions {
  entity: TableEntity;
  format: TableFormat;
  out: string;
  /** CSV: byte order mark (default true) and delimiter (default `,`). */
  bom?: boolean;
  delimiter?: string;
  /** Language of headers, notes, sheet names and the `columns` sheet (default English). */
  lang?: Lang;
}

export function defaultTemplatePath(entity: string, format: TableFormat): string {
  return `${entity}-template.${format}`;
}

export async function writeTemplate(o: TemplateOptions): Promise<{ path: string; columns: string[] }> {
  const lang = o.lang ?? 'en';
  const columns = templateColumns(o.entity);
  const headers = columns.map((c) => localHeader(o.entity, c, lang));
  const defs: ColumnDef[] = columns.map((c, i) => {
    const required = isRequired(o.entity, c);
    const allowed = dropDownValues(c);
    return {
      header: headers[i],
      kind: writeKindOf(c.kind),
      note: headerNote(o.entity, c, required, lang),
      ...(required ? { headerFill: REQUIRED_FILL } : {}),
      ...(allowed ? { allowed } : {}),
    };
  });
  const cells = exampleCells(o.entity, columns, headers);
  const example: CellValue[] = headers.map((h, i) => typedCell(cells[h], defs[i].kind ?? 'text', o.format));
  const workbook = await openWorkbookWriter(o.out, {
    format: o.format,
    bom: o.bom ?? true,
    delimiter: o.delimiter ?? ',',
  });
  try {
    const sheet = workbook.sheet(templateWord(`sheets.${o.entity}`, o.entity, lang), defs, {
      autoFilter: false,
    });
    await sheet.writeRow(example);
    if (o.format === 'xlsx') {
      const docs = workbook.sheet(
        templateWord('sheets.columns', DOC_SHEET, lang),
        DOC_COLUMNS.map((d) => ({
          header: templateWord(`docHeaders.${d.key}`, d.header, lang),
          width: d.width,
        })),
        { autoFilter: false },
      );
      for (const doc of columnDocs(o.entity, lang)) await docs.writeRow(DOC_COLUMNS.map((d) => doc[d.key]));
    }
    await workbook.commit();
  } catch (err) {
    await workbook.abort();
    throw err;
  }
  return { path: o.out, columns: headers };
}

/** The templates shipped in the package's `templates/` folder: every importable entity, XLSX and CSV. */
export async function writeShippedTemplates(
  dir: string,
  entities: readonly TableEntity[],
): Promise<string[]> {
  const written: string[] = [];
  for (const entity of entities) {
    for (const format of ['xlsx', 'csv'] as const) {
      const out = join(dir, `${entity}.${format}`);
      await writeTemplate({ entity, format, out });
      written.push(out);
    }
  }
  return written;
}
