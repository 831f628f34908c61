/**
 * End to end, the round trip ops staff make every week: export customers to CSV and XLSX, open and
 * save them in a spreadsheet program (LibreOffice headless here: it drops leading zeros and `+`
 * from phones and codes exactly as Excel does), and import them back with `--mode update`. No
 * stored phone or code may change.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, startSandbox, tempDir } from './helpers.js';
import { csvLine, importCli, writeText } from './import-helpers.js';
import { convertWithLibreOffice } from './soffice.js';

let sandbox: Sandbox;
const tmp = tempDir('lo-roundtrip');
const EXTRA = [
  ['00123', 'Toko Nol Di Depan', '0243512345'], // a code of digits, a landline
  ['00777', 'Warung Plus', '+6281298765432'],
];

const convert = (file: string, format: 'csv' | 'xlsx', name: string) =>
  convertWithLibreOffice(tmp.dir, file, format, name);

const snapshot = () =>
  sandbox.state
    .customers()
    .map((c) => ({ id: c.id, ext_cust_no: c.ext_cust_no, phone: c.phone, name: c.name }))
    .sort((a, b) => a.id - b.id);

let before: ReturnType<typeof snapshot>;
const exported: Record<'csv' | 'xlsx', string> = { csv: '', xlsx: '' };

beforeAll(async () => {
  sandbox = await startSandbox();
  const file = writeText(
    tmp.path('tambahan.csv'),
    [csvLine(['ext_cust_no', 'name', 'phone']), ...EXTRA.map((r) => csvLine(r))].join('\n') + '\n',
  );
  expect((await importCli(sandbox, 'customers', file, tmp.dir)).code).toBe(0);
  for (const format of ['csv', 'xlsx'] as const) {
    exported[format] = tmp.path(`pelanggan.${format}`);
    const run = await runCli(['export', 'customers', '--out', exported[format]], { env: cliEnv(sandbox) });
    expect(run.code).toBe(0);
  }
  before = snapshot();
  expect(before.filter((c) => c.ext_cust_no === '00123' && c.phone === '0243512345')).toHaveLength(1);
}, 120_000);
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe.each([
  ['csv', 'csv'],
  ['csv', 'xlsx'],
  ['xlsx', 'csv'],
  ['xlsx', 'xlsx'],
] as const)('export %s, saved by LibreOffice as %s, import --mode update', (from, to) => {
  it('changes no stored phone or code', async () => {
    const saved = convert(exported[from], to, `${from}-to-${to}`);
    const result = await importCli(sandbox, 'customers', saved, tmp.path(`${from}-to-${to}`), [
      '--mode',
      'update',
      '--rate',
      '400',
    ]);
    expect(result.stderr).not.toMatch(/error \[/);
    expect(snapshot()).toEqual(before);
  }, 180_000);
});
