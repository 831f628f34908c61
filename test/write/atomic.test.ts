import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isRunError } from '../../src/errors.js';
import { openTableWriter } from '../../src/write/index.js';
import type { TableFormat } from '../../src/write/index.js';
import { listDir, makeTempDir, readCsv, removeDir } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

const columns = [{ header: 'a' }, { header: 'b' }];

describe.each<TableFormat>(['csv', 'xlsx'])('atomic %s files', (format) => {
  it('exist only as a hidden temporary file until commit, then only under the final name', async () => {
    const path = join(dir, `out.${format}`);
    const writer = await openTableWriter(path, { format, columns });
    await writer.writeRow(['1', '2']);
    const during = await listDir(dir);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(new RegExp(`^\\.out\\.${format}\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
    await writer.commit();
    expect(await listDir(dir)).toEqual([`out.${format}`]);
  });

  it('abort leaves neither the final file nor the temporary file', async () => {
    const path = join(dir, `out.${format}`);
    const writer = await openTableWriter(path, { format, columns });
    for (let i = 0; i < 1000; i++) await writer.writeRow([String(i), 'x'.repeat(100)]);
    await writer.abort();
    await writer.abort(); // twice is harmless
    expect(await listDir(dir)).toEqual([]);
    await expect(writer.writeRow(['late'])).rejects.toThrow(/aborted/);
  });

  it('replaces an older file of the same name only on commit', async () => {
    const path = join(dir, `out.${format}`);
    await writeFile(path, 'old');
    const writer = await openTableWriter(path, { format, columns });
    await writer.abort();
    expect(await listDir(dir)).toEqual([`out.${format}`]);
    const second = await openTableWriter(path, { format, columns });
    await second.commit();
    expect(await listDir(dir)).toEqual([`out.${format}`]);
    expect((await readFile(path)).length).toBeGreaterThan(3); // the new file, not 'old'
  });

  it('fails with WRITE_FAILED when the folder does not exist', async () => {
    const err = await openTableWriter(join(dir, 'missing', `out.${format}`), { format, columns }).catch(
      (e: unknown) => e,
    );
    expect(isRunError(err) && err.code).toBe('WRITE_FAILED');
    expect((err as Error).message).toMatch(
      /Cannot write ".*out\.\w+": the folder ".*missing" does not exist\.$/,
    );
    expect((err as Error).message).not.toMatch(/\n\s+at /);
  });

  it('fails with WRITE_FAILED when the "folder" is a file', async () => {
    // Tests run as root, for whom permission bits do not block writes; a file as folder always fails.
    const file = join(dir, 'plain-file');
    await writeFile(file, 'x');
    const err = await openTableWriter(join(file, `out.${format}`), { format, columns }).catch(
      (e: unknown) => e,
    );
    expect(isRunError(err) && err.code).toBe('WRITE_FAILED');
    expect((err as Error).message).toMatch(/is not a folder/);
    expect(await listDir(dir)).toEqual(['plain-file']);
  });
});

describe('commit onto a folder', () => {
  it('fails with WRITE_FAILED and leaves no temporary file', async () => {
    const target = join(dir, 'out.csv');
    const writer = await openTableWriter(target, { format: 'csv', columns });
    await mkdir(target);
    await writer.writeRow(['1', '2']);
    const err = await writer.commit().catch((e: unknown) => e);
    expect(isRunError(err) && err.code).toBe('WRITE_FAILED');
    expect(await listDir(dir)).toEqual(['out.csv']);
    await expect(readCsv(target)).rejects.toThrow();
  });
});

describe('leftovers of killed processes', () => {
  it('are removed when the same file is written again; those of running processes are kept', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid as number; // a process that has ended
    const dead = `.out.csv.${gone}.0badc0de.tmp`;
    const live = `.out.csv.${process.ppid}.0000beef.tmp`; // our parent runs
    const other = `.other.csv.${gone}.0badc0de.tmp`; // another file's: not ours to judge
    for (const name of [dead, live, other]) await writeFile(join(dir, name), 'half');
    const writer = await openTableWriter(join(dir, 'out.csv'), { format: 'csv', columns });
    await writer.commit();
    expect(await listDir(dir)).toEqual([live, other, 'out.csv'].sort());
  });
});
