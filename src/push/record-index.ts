import type { RecordApi, StoredRecord } from './record-api.js';

/**
 * The records already on the server, by natural key and by id, built by paging the list once
 * (100 a page) instead of one lookup per row: a file of 50,000 rows against 50,000 customers
 * costs 500 requests, not 50,000.
 */
export interface RecordIndex {
  byKey(key: string): StoredRecord[];
  byId(id: number): StoredRecord | undefined;
  /**
   * Records whose key is `digits` with leading zeros (`00123` for `123`): what a key a spreadsheet
   * program turned into a number would have named (KEY_LOST_ZEROS, docs/spreadsheet-numbers.md).
   */
  withLeadingZeros(digits: string): StoredRecord[];
  /** Every record, in the order read (undo looks among them for a keyless record a run created). */
  all(): Iterable<StoredRecord>;
  readonly size: number;
}

const ZERO_PADDED = /^0+(\d+)$/;

export async function buildRecordIndex(api: RecordApi): Promise<RecordIndex> {
  const keyed = new Map<string, StoredRecord[]>();
  const ids = new Map<number, StoredRecord>();
  const padded = new Map<string, StoredRecord[]>();
  for await (const record of api.iterate()) {
    ids.set(record.id, record);
    const key = api.keyOf(record);
    if (!key) continue;
    const list = keyed.get(key);
    if (list) list.push(record);
    else keyed.set(key, [record]);
    const digits = ZERO_PADDED.exec(key)?.[1];
    if (digits !== undefined) padded.set(digits, [...(padded.get(digits) ?? []), record]);
  }
  return {
    byKey: (key) => keyed.get(key) ?? [],
    byId: (id) => ids.get(id),
    withLeadingZeros: (digits) => padded.get(digits) ?? [],
    all: () => ids.values(),
    get size() {
      return ids.size;
    },
  };
}
