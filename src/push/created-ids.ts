import { isInterrupted } from '../errors.js';
import type { RecordApi, StoredRecord } from './record-api.js';

/** How far before our request a record's `created_at` may lie and still be ours (clock skew). */
export const CREATED_AT_MARGIN_MS = 5 * 60_000;
/** Pages scanned backwards at most per lookup, in case the list is not ordered by id after all. */
const MAX_PAGES_PER_LOOKUP = 20;

interface Pending {
  key: string;
  sentAt: number;
  resolve: (id: number | undefined) => void;
  reject: (err: unknown) => void;
}

export interface CreatedIdFinderOptions {
  /** Keys looked up together at most (one page holds 100 records). */
  maxBatch: number;
  /** How long a key waits for others to join its batch. */
  maxWaitMs: number;
  /**
   * Rows of the run still in the sender. When every one of them is waiting here, nothing more will
   * join the batch soon (the end of the file, or the reader waiting on these very rows): look up now
   * instead of holding them `maxWaitMs`.
   */
  activeRows?: () => number;
}

/**
 * Creates answer `{}` without an id. Rather than one lookup per created row, this collects the
 * keys of created rows and finds them together, reading the list from its last page backwards
 * (new records have the highest ids): usually one GET for up to `maxBatch` creates.
 *
 * A failed lookup leaves the id blank (it is a convenience in the result sheet), except when the
 * run was stopped: then `find` rejects with INTERRUPTED, so the row is left `sending` in the journal
 * and `--resume` finds its record (and id) by key.
 */
export class CreatedIdFinder {
  private pending: Pending[] = [];
  /** Rows waiting for an id, in a batch still to run or in the lookup running now. */
  private waiting = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastPage = 1;
  private readonly options: CreatedIdFinderOptions;

  constructor(
    private readonly api: RecordApi,
    options: Partial<CreatedIdFinderOptions> = {},
  ) {
    this.options = { maxBatch: 100, maxWaitMs: 1000, ...options };
  }

  find(key: string, sentAt: number): Promise<number | undefined> {
    return new Promise<number | undefined>((resolve, reject) => {
      this.waiting += 1;
      const done = () => (this.waiting -= 1);
      this.pending.push({
        key,
        sentAt,
        resolve: (id) => (done(), resolve(id)),
        reject: (err) => (done(), reject(err)),
      });
      const everyoneWaits =
        this.options.activeRows !== undefined && this.waiting >= this.options.activeRows();
      if (this.pending.length >= this.options.maxBatch || everyoneWaits) this.flushSoon(0);
      else this.flushSoon(this.options.maxWaitMs);
    });
  }

  private flushSoon(delayMs: number): void {
    if (this.timer && delayMs > 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
  }

  private async flush(): Promise<void> {
    if (this.running) {
      await this.running;
      if (this.pending.length > 0) this.flushSoon(0);
      return;
    }
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    this.running = this.lookup(batch).finally(() => (this.running = undefined));
    await this.running;
  }

  private async lookup(batch: Pending[]): Promise<void> {
    const wanted = new Map<string, Pending[]>();
    for (const p of batch) wanted.set(p.key, [...(wanted.get(p.key) ?? []), p]);
    const oldest = Math.min(...batch.map((p) => p.sentAt)) - CREATED_AT_MARGIN_MS;
    try {
      let page = await this.api.page(this.lastPage);
      if (page.meta.last_page !== this.lastPage) page = await this.api.page(Math.max(1, page.meta.last_page));
      this.lastPage = Math.max(1, page.meta.last_page);
      for (
        let n = this.lastPage, scanned = 0;
        n >= 1 && wanted.size > 0 && scanned < MAX_PAGES_PER_LOOKUP;
        n--
      ) {
        if (n !== page.meta.page) page = await this.api.page(n);
        scanned += 1;
        if (this.take(page.data, wanted) < oldest) break;
      }
    } catch (err) {
      if (isInterrupted(err)) {
        for (const list of wanted.values()) for (const p of list) p.reject(err);
        return;
      }
      // The id is a convenience in the result sheet; a failed lookup must not fail the row.
    }
    for (const list of wanted.values()) for (const p of list) p.resolve(undefined);
  }

  /** Resolves the rows whose record is on this page; returns the page's oldest creation time. */
  private take(records: StoredRecord[], wanted: Map<string, Pending[]>): number {
    let oldestOnPage = Infinity;
    for (let i = records.length - 1; i >= 0; i--) {
      const record = records[i];
      const createdAt = Date.parse(record.created_at);
      oldestOnPage = Math.min(oldestOnPage, createdAt);
      const key = this.api.keyOf(record);
      const waiting = key ? wanted.get(key) : undefined;
      if (!key || !waiting) continue;
      const mine = waiting.filter((p) => createdAt >= p.sentAt - CREATED_AT_MARGIN_MS);
      if (mine.length === 0) continue;
      for (const p of mine) p.resolve(record.id);
      // Any others wait on (and are answered `undefined` at the end): every caller gets an answer.
      const rest = waiting.filter((p) => !mine.includes(p));
      if (rest.length > 0) wanted.set(key, rest);
      else wanted.delete(key);
    }
    return oldestOnPage;
  }
}
