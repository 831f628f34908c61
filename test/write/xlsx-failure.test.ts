/** A disk that fails while a workbook is written: the writer stops with WRITE_FAILED and leaves no file. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { isRunError } from '../../src/errors.js';
import { AtomicFile } from '../../src/write/atomic-file.js';
import { createXlsxWorkbook } from '../../src/write/xlsx-writer.js';
import { listDir, makeTempDir, removeDir } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe('XLSX writer on a failing disk', () => {
  it('rejects the next row with WRITE_FAILED, discards the temporary file and never hangs', async () => {
    const file = await AtomicFile.create(join(dir, 'out.xlsx'));
    const workbook = createXlsxWorkbook(file);
    const sheet = workbook.sheet('Sheet1', [{ header: 'name' }, { header: 'note' }]);
    for (let i = 0; i < 100; i++) await sheet.writeRow([`row ${i}`, 'x'.repeat(50)]);
    file.stream.destroy(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    let failure: unknown;
    try {
      // Enough rows to fill several chunks: one of them meets the broken stream.
      for (let i = 0; i < 20_000; i++) await sheet.writeRow([`row ${i}`, 'x'.repeat(50)]);
      await workbook.finish();
    } catch (err) {
      failure = err;
    }
    expect(isRunError(failure) && failure.code).toBe('WRITE_FAILED');
    expect((failure as Error).message).toMatch(/disk is full/);
    expect(await listDir(dir)).toEqual([]); // the writer discarded its temporary file itself
  });
});
