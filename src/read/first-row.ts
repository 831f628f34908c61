import { t } from '../i18n/index.js';
import type { SourceRow } from '../types.js';
import type { SourceFile } from './source.js';

/**
 * Reads the first data row before `openSource` returns. A file that breaks on its first row (a
 * quote never closed, a 10 MB cell) then fails while the caller is still checking columns, before
 * it logs in or sends anything; and a file with a header but no rows says so at once.
 * `rows()` still streams every row, the first included.
 */
export async function withFirstRow(source: SourceFile, name: string): Promise<SourceFile> {
  const iterator = source.rows()[Symbol.asyncIterator]();
  let first: IteratorResult<SourceRow>;
  try {
    first = await iterator.next();
  } catch (err) {
    await source.close().catch(() => undefined);
    throw err;
  }
  if (first.done) source.warnings.push(t('read.warn.noDataRows', { name }));
  let started = false;
  source.rows = () => {
    if (started) throw new Error('SourceFile.rows() can be called only once');
    started = true;
    // The first row, then the reader's own iterator: no generator around it, which would cost a
    // promise and a few ticks per row.
    let held: IteratorResult<SourceRow> | undefined = first;
    const rows: AsyncIterableIterator<SourceRow> = {
      [Symbol.asyncIterator]: () => rows,
      next: () => {
        const row = held;
        held = undefined;
        if (row && !row.done) return Promise.resolve(row);
        return iterator.next();
      },
      return: async (value?: unknown) => {
        held = undefined;
        await iterator.return?.(value);
        return { done: true, value: undefined };
      },
    };
    return rows;
  };
  return source;
}
