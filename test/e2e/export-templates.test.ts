/**
 * End to end: the shipped templates' example rows pass `validate` (the import's own reading and
 * mapping, no network), in XLSX and CSV; and `template` writes the same sheet on demand.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TABLE_ENTITIES } from '../../src/map/index.js';
import { readWorkbook } from './export-helpers.js';
import { cliEnv, runCli, summaryOf, tempDir } from './helpers.js';

const tmp = tempDir('export-templates');
afterAll(() => tmp.cleanup());
const shipped = (name: string) => fileURLToPath(new URL(`../../templates/${name}`, import.meta.url));

describe.each(TABLE_ENTITIES)('%s', (entity) => {
  it.each(['xlsx', 'csv'])("the shipped %s template's example row validates", async (format) => {
    const result = await runCli(
      [
        'validate',
        entity,
        shipped(`${entity}.${format}`),
        '--out-dir',
        tmp.path(`${entity}-${format}`),
        '--json',
      ],
      { env: cliEnv(undefined) },
    );
    expect(result.stderr).not.toMatch(/error \[/);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ valid: 1 });
  });
});

it('`template` writes a sheet (default name, or --out) that validates too', async () => {
  const out = tmp.path('mine/produk.xlsx');
  const result = await runCli(['template', 'products', '--out', out], { env: cliEnv(undefined) });
  expect(result.code).toBe(1); // the folder does not exist: a clear error, no file
  expect(result.stderr).toMatch(/error \[WRITE_FAILED\]/);

  const cwd = tmp.path('');
  const made = await runCli(['template', 'customers'], { env: cliEnv(undefined), cwd });
  expect(made.code).toBe(0);
  expect(existsSync(tmp.path('customers-template.xlsx'))).toBe(true);
  const [sheet, docs] = await readWorkbook(tmp.path('customers-template.xlsx'));
  expect(sheet.headers).toEqual([
    'ext_cust_no',
    'name',
    'address',
    'city',
    'phone',
    'lat',
    'lon',
    'tags',
    'status',
  ]);
  expect(docs.name).toBe('columns');
  const csv = await runCli(['template', 'visits', '--format', 'csv', '--out', tmp.path('kunjungan.csv')], {
    env: cliEnv(undefined),
  });
  expect(csv.code).toBe(0);
  const validated = await runCli(['validate', 'visits', tmp.path('kunjungan.csv'), '--json'], {
    env: cliEnv(undefined),
  });
  expect(summaryOf(validated).counts).toEqual({ valid: 1 });
});
