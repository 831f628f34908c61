/**
 * What to do with one valid customers/products row: the one decision `validate` and `import`
 * share, so that they can never disagree about a row (see docs/ARCHITECTURE.md, "Run kinds").
 *
 * `import` decides against the records already on the server (the index); `validate` sends
 * nothing and has no index, so a keyed row of update, upsert or delete is left to `look-up`: only
 * the server can tell whether its record exists. Everything the row itself decides — the mode, a
 * missing key — is decided here for both.
 */
import { rowText } from '../i18n/index.js';
import type { ImportMode, RowIssue, RowKey } from '../types.js';
import type { StoredRecord } from './record-api.js';
import type { RecordIndex } from './record-index.js';
import { decideFileId } from './file-ids.js';

export type RecordDecision =
  | { action: 'create' }
  /** Create: a record with the row's key exists on the server; not sent again (KEY_EXISTS). */
  | { action: 'exists'; record: StoredRecord; issue: RowIssue }
  /** Keyed, but only the server's records can tell what happens (validate has none). */
  | { action: 'look-up' }
  | { action: 'change'; record: StoredRecord }
  /** The key matches no record: upsert creates, delete skips, update fails. */
  | { action: 'not-found'; issue: RowIssue }
  | { action: 'fail'; issue: RowIssue };

export interface DecideContext {
  mode: Exclude<ImportMode, 'update-status'>;
  entity: 'customers' | 'products';
  keyField: 'ext_cust_no' | 'ext_product_code';
  /** The records on the server; undefined when nothing is sent (validate). */
  index?: RecordIndex;
  /** Create: send a row whose key exists on the server anyway (`--allow-existing-keys`). */
  allowExistingKeys?: boolean;
  /** The file's header of an API field, for the issue's column. */
  columnOf(field: string): string | undefined;
}

/** `fileId`: a create row's `id` cell (MappedRow.fileId), checked before its key (file-ids.ts). */
export function decideRecord(ctx: DecideContext, key: RowKey | undefined, fileId?: number): RecordDecision {
  if (ctx.mode === 'create')
    return fileId !== undefined && ctx.index ? decideFileId(ctx, fileId) : decideCreate(ctx, key);
  // Upsert without a key creates (map/ warns KEY_MISSING_UPSERT_CREATES); the other modes need one.
  if (!key) {
    if (ctx.mode === 'upsert') return { action: 'create' };
    return {
      action: 'fail',
      issue: {
        code: 'KEY_MISSING',
        ...rowText('row.key.missingNoColumn', {
          first: ctx.columnOf(ctx.keyField) ?? ctx.keyField,
          second: ctx.columnOf('id') ?? 'id',
        }),
      },
    };
  }
  if (!ctx.index) return { action: 'look-up' };
  if (key.kind === 'id') {
    const record = ctx.index.byId(key.value);
    if (record) return { action: 'change', record };
    return {
      action: 'not-found',
      issue: {
        code: 'KEY_NOT_FOUND',
        field: 'id',
        column: ctx.columnOf('id'),
        ...rowText('row.key.idNotFound', { entity: ctx.entity, id: key.value }),
      },
    };
  }
  const matches = ctx.index.byKey(key.value);
  const column = ctx.columnOf(ctx.keyField);
  const padded = matches.length === 0 && /^\d+$/.test(key.value) ? ctx.index.withLeadingZeros(key.value) : [];
  if (padded.length > 0) {
    // Not KEY_NOT_FOUND: an upsert would create a second record, a delete skip the one meant.
    const keys = padded.map((r) => String(r[ctx.keyField])).join(', ');
    return {
      action: 'fail',
      issue: {
        code: 'KEY_LOST_ZEROS',
        field: ctx.keyField,
        column,
        ...rowText('row.key.lostZeros', { key: key.value, existing: keys }),
      },
    };
  }
  if (matches.length === 0) {
    return {
      action: 'not-found',
      issue: {
        code: 'KEY_NOT_FOUND',
        field: ctx.keyField,
        column,
        ...rowText('row.key.notFound', { key: key.value }),
      },
    };
  }
  if (matches.length > 1) {
    const ids = matches.map((r) => r.id).join(', ');
    return {
      action: 'fail',
      issue: {
        code: 'KEY_AMBIGUOUS',
        field: ctx.keyField,
        column,
        ...rowText('row.key.ambiguous', { count: matches.length, key: key.value, ids }),
      },
    };
  }
  return { action: 'change', record: matches[0] };
}

/**
 * Create: a keyed row whose key is on the server is not created twice (a file run again, another
 * file with the same customers); a row with an id is decided by it instead (file-ids.ts). validate has no index and cannot tell: it calls the row valid, as
 * import sends it or skips it — never a row validate calls invalid.
 */
function decideCreate(ctx: DecideContext, key: RowKey | undefined): RecordDecision {
  if (!ctx.index || ctx.allowExistingKeys || key?.kind !== 'ext') return { action: 'create' };
  const matches = ctx.index.byKey(key.value);
  if (matches.length === 0) return { action: 'create' };
  const record = matches[0];
  const params = { key: key.value, id: String(record.id) };
  return {
    action: 'exists',
    record,
    issue: {
      code: 'KEY_EXISTS',
      field: ctx.keyField,
      column: ctx.columnOf(ctx.keyField),
      ...rowText('rerun.keyExists', params),
    },
  };
}

/** Issues that make a row invalid before anything is sent (validate's reading of the decision). */
export function decisionIssues(decision: RecordDecision): RowIssue[] {
  return decision.action === 'fail' ? [decision.issue] : [];
}
