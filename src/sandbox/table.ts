/**
 * Records of one kind in one database, kept in id order in a plain array so a list request
 * pages without copying or sorting: it walks the array, counts matches and keeps only the
 * requested page. An optional index on an external key (ext_cust_no, ext_product_code) makes
 * the lookups an importer does after an ambiguous create cheap even with 100,000 records.
 */
export interface PageSlice<T> {
  data: T[];
  total: number;
}

export class Table<T extends { id: number }> {
  private readonly rows: T[] = [];
  private readonly byId = new Map<number, T>();
  private readonly byKey = new Map<string, T[]>();

  constructor(private readonly keyOf?: (row: T) => string | null) {}

  get size(): number {
    return this.rows.length;
  }

  /** Rows must arrive with increasing ids (the store hands ids out from one counter). */
  insert(row: T): void {
    const last = this.rows[this.rows.length - 1];
    if (last && last.id >= row.id) throw new Error(`ids must increase: ${row.id} after ${last.id}`);
    this.rows.push(row);
    this.byId.set(row.id, row);
    this.indexKey(row);
  }

  get(id: number): T | undefined {
    return this.byId.get(id);
  }

  /** Call around a change of a row's key: `const done = table.rekey(row); mutate; done()`. */
  rekey(row: T): () => void {
    this.unindexKey(row);
    return () => this.indexKey(row);
  }

  remove(id: number): boolean {
    const row = this.byId.get(id);
    if (!row) return false;
    this.byId.delete(id);
    this.unindexKey(row);
    this.rows.splice(this.indexOf(id), 1);
    return true;
  }

  /** Rows with this key, in id order. */
  withKey(key: string): T[] {
    const list = this.byKey.get(key);
    return list ? [...list].sort((a, b) => a.id - b.id) : [];
  }

  /** One page (1-based) of the rows that pass `filter`, from `candidates` or all rows. */
  page(filter: ((row: T) => boolean) | null, page: number, perPage: number, candidates?: T[]): PageSlice<T> {
    const source = candidates ?? this.rows;
    const start = (page - 1) * perPage;
    if (!filter) return { data: source.slice(start, start + perPage), total: source.length };
    const data: T[] = [];
    let total = 0;
    for (const row of source) {
      if (!filter(row)) continue;
      if (total >= start && data.length < perPage) data.push(row);
      total++;
    }
    return { data, total };
  }

  all(): readonly T[] {
    return this.rows;
  }

  private indexOf(id: number): number {
    let lo = 0;
    let hi = this.rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const midId = this.rows[mid].id;
      if (midId === id) return mid;
      if (midId < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private indexKey(row: T): void {
    const key = this.keyOf?.(row);
    if (key === null || key === undefined) return;
    const list = this.byKey.get(key);
    if (list) list.push(row);
    else this.byKey.set(key, [row]);
  }

  private unindexKey(row: T): void {
    const key = this.keyOf?.(row);
    if (key === null || key === undefined) return;
    const list = this.byKey.get(key);
    if (!list) return;
    const at = list.indexOf(row);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.byKey.delete(key);
  }
}
