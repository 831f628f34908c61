/**
 * End to end: `demo` imports the shipped visits and orders sheets too, after customers and products,
 * with their deliberate mistakes reported row by row.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cliEnv, runCli, tempDir } from './helpers.js';
import { codes, resultRows } from './field-helpers.js';

const tmp = tempDir('demo-field');
afterAll(() => tmp.cleanup());

describe('demo', () => {
  it('imports fixtures/visits.xlsx and fixtures/orders.xlsx into the embedded sandbox', async () => {
    const out = tmp.path('demo');
    const result = await runCli(['demo', '--out-dir', out, '--json'], { env: cliEnv(undefined) });
    expect(result.code).toBe(0);
    const summaries = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { entity: string; counts: Record<string, number> });
    expect(summaries.map((s) => s.entity)).toEqual(['customers', 'products', 'visits', 'orders']);
    expect(summaries[2].counts).toEqual({ created: 7, unchanged: 1, invalid: 4 });
    expect(summaries[3].counts).toEqual({ created: 8, invalid: 7 });

    const visits = await resultRows(out, 'visits.xlsx');
    expect(visits.filter((r) => r._status === 'invalid').map((r) => codes(r._error))).toEqual([
      ['MAP_BAD_DATE'],
      ['MAP_AMBIGUOUS_DATE'],
      ['REF_NOT_FOUND'],
      ['REF_NOT_FOUND'],
    ]);
    const orders = await resultRows(out, 'orders.xlsx');
    // Lines of one order share its id; the three lines of SO-2026-1101 are not adjacent.
    const ids = orders.filter((r) => r['No Order'] === 'SO-2026-1101').map((r) => r._id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^SO-\d+$/);
  });
});
