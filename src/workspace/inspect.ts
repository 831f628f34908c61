/**
 * What the import page shows before a run: how each column of the file is understood, the entity's
 * fields for the drop-downs, and the first rows as validate decides them. The rows come from the run
 * layer's preview (run/preview.ts: the same reader, binding and steps as validate); this file only
 * turns them into the page's words.
 */
import {
  closestHeader,
  columnOfHeader,
  normalizeHeader,
  specOf,
  type ColumnBinding,
  type EntitySpec,
} from '../map/index.js';
import { issueText, runErrorText, type Lang } from '../i18n/index.js';
import { columnDocs, dropDownValues, isRequired } from '../template/index.js';
import type { RowPreview } from '../run/index.js';
import { closeEnough } from './suggest.js';
import { plainNames } from './plain-names.js';
import type { ImportEntity } from '../types.js';
import type { DetectedColumn, FieldInfo, Inspection, PreviewRow, UploadInfo } from './types.js';

export function inspection(
  upload: UploadInfo,
  entity: ImportEntity,
  preview: RowPreview,
  mapping: Record<string, string> | undefined,
  lang: Lang,
): Inspection {
  return {
    uploadId: upload.id,
    fileName: upload.originalName,
    entity,
    kind: upload.kind,
    sheet: preview.sheet,
    sheets: preview.sheets,
    headerRow: preview.headerRow,
    columns: detectedColumns(entity, preview, mapping ?? {}),
    fields: fieldsOf(entity, lang),
    rows: preview.rows.map(({ source, outcome }): PreviewRow => ({
      rowNumber: source.rowNumber,
      cells: source.cells,
      status: outcome?.status,
      issues: (outcome?.issues ?? []).map((issue) => ({
        code: issue.code,
        column: issue.column,
        message: issueText(issue, lang),
        // A row the validator passed carries only warnings (map-row.ts drops them from a failed row).
        severity: outcome?.status === 'valid' ? 'warning' : 'error',
      })),
    })),
    error: preview.bindError && {
      code: preview.bindError.code,
      message: runErrorText(preview.bindError, lang),
    },
    fittingSheet: preview.fittingSheet,
    warnings: preview.warnings.map((w) =>
      plainNames(w, [[`${upload.id}.${upload.kind}`, upload.originalName]]),
    ),
  };
}

/**
 * Each header's field: the binding's when the columns bind; when they do not (a required column is
 * missing — what the page is there to fix), the header's own match, so the page still shows it.
 */
function detectedColumns(
  entity: ImportEntity,
  preview: RowPreview,
  mapping: Record<string, string>,
): DetectedColumn[] {
  const spec = specOf(entity) as EntitySpec;
  const binding: ColumnBinding | undefined = preview.binding;
  const columnOf = (header: string) =>
    binding ? binding.bound.find((b) => b.header === header)?.column : columnOfHeader(entity, header);
  const used = new Set(preview.headers.map((h) => columnOf(h)?.field).filter((f) => f !== undefined));
  return preview.headers.map((header, i) => {
    const rawHeader = preview.rawHeaders[i] ?? header;
    const byMapping = Object.prototype.hasOwnProperty.call(mapping, header);
    if (byMapping && mapping[header].trim() === '') {
      return { header, rawHeader, field: null, how: 'mapping', ignored: true };
    }
    if (byMapping) {
      const target = columnOfHeader(entity, mapping[header].trim());
      return { header, rawHeader, field: target?.field ?? mapping[header], how: 'mapping', ignored: false };
    }
    const column = columnOf(header);
    if (column) {
      const exact = [column.header, column.field].some(
        (name) => normalizeHeader(name) === normalizeHeader(header),
      );
      return { header, rawHeader, field: column.field, how: exact ? 'exact' : 'alias', ignored: false };
    }
    // Unbound: suggest the unused field whose names are nearest, a likely typo (the user decides).
    const near = spec.columns.find(
      (c) =>
        !used.has(c.field) &&
        closestHeader([header], [c.header, c.field, ...c.aliases]) !== undefined &&
        closeEnough(header, [c.header, c.field, ...c.aliases]),
    );
    return near
      ? { header, rawHeader, field: near.field, how: 'suggested', ignored: false }
      : { header, rawHeader, field: null, how: 'none', ignored: false };
  });
}

/** The entity's fields in table order, labelled as that language's template heads them. */
export function fieldsOf(entity: ImportEntity, lang: Lang): FieldInfo[] {
  const spec = specOf(entity) as EntitySpec;
  const docs = columnDocs(entity, lang);
  return spec.columns.map((column, i) => ({
    field: column.field,
    header: column.header,
    label: docs[i]?.column ?? column.header,
    description: docs[i]?.meaning ?? column.description,
    required: isRequired(entity, column),
    allowed: dropDownValues(column),
  }));
}
