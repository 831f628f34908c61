/**
 * End to end: a customers file that a spreadsheet program saved again, its phones and codes turned
 * into numbers (`812…` for `0812…`, `628…` for `+628…`, `8.12346E+09`, `123` for `00123`). An
 * update must not change a stored phone or code, nor name the wrong record; an upsert must not
 * create a second record for a code that lost its zeros.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, tempDir } from './helpers.js';
import { csvLine, errorCodes, importCli, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('spreadsheet-numbers');

const STORED = [
  ['00123', 'Toko Nol', '081234567890'],
  ['SN-2', 'Toko Plus', '+6281298765432'],
  ['SN-3', 'Toko Ilmiah', '081211112222'],
  ['SN-4', 'Toko Rumah', '0243512345'],
];

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  const file = writeText(
    tmp.path('asli.csv'),
    [csvLine(['ext_cust_no', 'name', 'phone']), ...STORED.map((r) => csvLine(r))].join('\n') + '\n',
  );
  const created = await importCli(sandbox, 'customers', file, tmp.dir);
  expect(created.code).toBe(0);
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const stored = () =>
  sandbox.state
    .customers()
    .map((c) => [c.ext_cust_no, c.name, c.phone])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

it.each(['update', 'upsert'])(
  'import --mode %s of the sheet Excel saved changes no stored phone or code',
  async (mode) => {
    const before = stored();
    const file = writeText(
      tmp.path(`excel-${mode}.csv`),
      [
        csvLine(['ext_cust_no', 'name', 'phone']),
        csvLine(['123', 'Toko Nol', '81234567890']), // the code and the phone lost their 0
        csvLine(['SN-2', 'Toko Plus', '6281298765432']), // the + went
        csvLine(['SN-3', 'Toko Ilmiah', '8.12111E+10']), // a narrow column: digits gone
      ].join('\n') + '\n',
    );
    const result = await importCli(sandbox, 'customers', file, tmp.dir, ['--mode', mode]);
    expect(result.code).toBe(2);
    const sheet = readCsv(tmp.path(`excel-${mode}.result.csv`));
    expect(sheet.map((r) => [r._status, errorCodes(r._error)])).toEqual([
      ['failed', ['MAP_ZERO_RESTORED', 'KEY_LOST_ZEROS']],
      ['unchanged', ['MAP_ZERO_RESTORED']],
      ['invalid', ['MAP_NUMBER_MANGLED']],
    ]);
    const after = stored();
    // Only the landline, which no rule can tell from a real number, is changed.
    expect(after.filter((r) => r[0] !== 'SN-4')).toEqual(before.filter((r) => r[0] !== 'SN-4'));
    expect(after).toHaveLength(STORED.length);
  },
);
