/**
 * End to end: spreadsheet safety of exports. Formula-like text is neutralised in CSV (OWASP CSV
 * injection) and written as plain text cells in XLSX; numbers and dates are typed in XLSX; codes and
 * phone numbers stay text with their leading zeros; CSV is UTF-8 with a BOM unless told otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { exportCli, readExportCsv, readWorkbook, sandboxClient } from './export-helpers.js';
import { cliEnv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-safety');
const HOSTILE = ['=HYPERLINK("http://x","y")', '-2+3', '@SUM(A1:A9)', "+cmd|' /C calc'!A0", '=1+2'];

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  const client = sandboxClient(sandbox);
  for (const [i, name] of HOSTILE.entries()) {
    await client.customers.create({
      name,
      ext_cust_no: `00${i + 1}23`,
      phone: `0812000${i}`,
      city: i === 0 ? 'Jakarta; Barat, "Kota"' : 'Semarang',
      location: { lat: -7.1434785, lon: 110.4337 },
      tags: ['VIP', 'Grosir'],
    });
  }
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe('CSV', () => {
  it('neutralises formula-like text, keeps numbers and codes as they are, starts with a BOM', async () => {
    const out = tmp.path('customers.csv');
    expect((await exportCli(sandbox, ['customers', '--out', out])).code).toBe(0);
    const { text, rows } = readExportCsv(out);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(rows.map((r) => r.name)).toEqual(HOSTILE.map((name) => `'${name}`));
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`); // quoted and guarded, on disk
    expect(rows[0].city).toBe('Jakarta; Barat, "Kota"');
    expect(rows.map((r) => r.ext_cust_no)).toEqual(['00123', '00223', '00323', '00423', '00523']);
    expect(rows[0].phone).toBe('08120000');
    expect(rows[0].lat).toBe('-7.1434785'); // a negative number is not a formula: left alone
    expect(rows[0].tags).toBe('VIP, Grosir');
  });

  it('the guard comes off on import: re-importing the export changes nothing', async () => {
    const out = tmp.path('customers-again.csv');
    expect((await exportCli(sandbox, ['customers', '--out', out])).code).toBe(0);
    const result = await runCli(['import', 'customers', out, '--mode', 'update', '--json'], {
      env: cliEnv(sandbox),
    });
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ unchanged: HOSTILE.length });
    expect(sandbox.state.customers().map((c) => c.name)).toEqual(HOSTILE);
  });

  it('--delimiter ";" and --no-bom', async () => {
    const out = tmp.path('customers-semicolon.csv');
    expect((await exportCli(sandbox, ['customers', '--out', out, '--delimiter', ';', '--no-bom'])).code).toBe(
      0,
    );
    const { text, headers, rows } = readExportCsv(out, ';');
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text.split('\r\n')[0]).toBe(headers.join(';'));
    expect(rows[1].name).toBe("'-2+3");
    expect(rows[0].city).toBe('Jakarta; Barat, "Kota"');
  });
});

describe('XLSX', () => {
  it('writes formula-like text as text cells, numbers as numbers, codes and phones as text', async () => {
    const out = tmp.path('customers.xlsx');
    expect((await exportCli(sandbox, ['customers', '--out', out])).code).toBe(0);
    const [sheet] = await readWorkbook(out);
    const col = (h: string) => sheet.headers.indexOf(h) + 1;
    HOSTILE.forEach((name, i) => {
      const cell = sheet.sheet.getRow(i + 2).getCell(col('name'));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name); // exactly the name: no prefix, no formula
    });
    const row = sheet.sheet.getRow(2);
    expect(row.getCell(col('ext_cust_no')).value).toBe('00123');
    expect(row.getCell(col('ext_cust_no')).numFmt).toBe('@');
    expect(row.getCell(col('phone')).value).toBe('08120000');
    expect(row.getCell(col('phone')).numFmt).toBe('@');
    expect(row.getCell(col('lat')).value).toBe(-7.1434785);
    expect(row.getCell(col('id')).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(col('status')).value).toBe(true);
  });
});
