/**
 * End to end: the "already imported" check guards every entity, not only customers and products.
 * Visits asked to allow duplicates have no other protection against a file run twice.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startSandbox, tempDir } from './helpers.js';
import { importField, requestsTo, writeCsv } from './field-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-rerun-visits');

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-03-10' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe('visits imported twice', () => {
  it('stops with ALREADY_IMPORTED and sends nothing; --again imports once more', async () => {
    const file = writeCsv(
      tmp.path('kunjungan-ulang.csv'),
      ['Tanggal', 'Kode Pelanggan', 'Sales'],
      [['2026-12-01', 'C-0001', 'S-014']],
    );
    const out = tmp.path('hasil');
    const onDay = () => sandbox.state.visits().filter((v) => v.date === '2026-12-01').length;
    const flags = ['--allow-duplicate-visits'];
    expect((await importField(sandbox, 'visits', file, out, flags)).code).toBe(0);
    expect(onDay()).toBe(1);
    const posts = () => requestsTo(sandbox, /\/visits/).filter((r) => r.startsWith('POST')).length;
    const before = posts();
    const twice = await importField(sandbox, 'visits', file, out, flags);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/\[ALREADY_IMPORTED\]/);
    expect(posts()).toBe(before);
    expect(onDay()).toBe(1);
    expect((await importField(sandbox, 'visits', file, out, [...flags, '--again'])).code).toBe(0);
    expect(onDay()).toBe(2);
  });
});
