/**
 * End to end: export → edit in code → `import --mode update` → export again shows exactly the edits,
 * with no remapping of columns, in CSV and in XLSX.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Sandbox } from '../../src/sandbox/index.js';
import { exportCli, readExportCsv, readWorkbook } from './export-helpers.js';
import { cliEnv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-roundtrip');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

type Rows = Array<Record<string, string>>;

/** `import --mode update`; with `--blank clear` a cell emptied in the export clears its field. */
async function importUpdate(entity: string, file: string, extra: string[] = []) {
  const result = await runCli(
    [
      'import',
      entity,
      file,
      '--mode',
      'update',
      '--out-dir',
      tmp.path(`results-${entity}`),
      '--json',
      ...extra,
    ],
    { env: cliEnv(sandbox) },
  );
  expect(result.stderr).not.toMatch(/error \[/);
  return { code: result.code, summary: summaryOf(result) };
}

/** The edits a person makes: by row index, header → new text. */
const CUSTOMER_EDITS: Record<number, Record<string, string>> = {
  0: { name: 'Toko Sumber Makmur Jaya' },
  1: { city: 'Salatiga', phone: '0899 1234 000' },
  2: { tags: 'grosir, VIP', lat: '-6.5', lon: '110.25' },
  4: { status: 'FALSE', address: '' },
};

function applyEdits(rows: Rows, edits: Record<number, Record<string, string>>): Rows {
  return rows.map((row, i) => ({ ...row, ...(edits[i] ?? {}) }));
}

describe('customers', () => {
  it('CSV', async () => {
    const first = tmp.path('customers.csv');
    expect((await exportCli(sandbox, ['customers', '--out', first])).code).toBe(0);
    const { headers, rows } = readExportCsv(first);
    const edited = applyEdits(rows, CUSTOMER_EDITS);
    writeFileSync(
      first,
      '\uFEFF' + Papa.unparse({ fields: headers, data: edited.map((r) => headers.map((h) => r[h])) }),
    );

    const imported = await importUpdate('customers', first, ['--blank', 'clear']);
    expect(imported.code).toBe(0);
    expect(imported.summary.counts).toEqual({ updated: 4, unchanged: rows.length - 4 });

    const second = tmp.path('customers-again.csv');
    expect((await exportCli(sandbox, ['customers', '--out', second])).code).toBe(0);
    const again = readExportCsv(second);
    expect(again.headers).toEqual(headers);
    expect(again.rows).toEqual(edited);
  });

  it('XLSX', async () => {
    const first = tmp.path('customers.xlsx');
    expect((await exportCli(sandbox, ['customers', '--out', first])).code).toBe(0);
    const [sheet] = await readWorkbook(first);
    const edits: Record<number, Record<string, string>> = {
      5: { name: 'Warung Baru Lagi', ext_cust_no: 'C-0999' },
      6: { tags: '' },
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    const ws = workbook.worksheets[0];
    for (const [i, changes] of Object.entries(edits)) {
      for (const [header, value] of Object.entries(changes)) {
        ws.getRow(Number(i) + 2).getCell(sheet.headers.indexOf(header) + 1).value =
          value === '' ? null : value;
      }
    }
    await workbook.xlsx.writeFile(first);

    const imported = await importUpdate('customers', first, ['--blank', 'clear']);
    expect(imported.code).toBe(0);
    expect(imported.summary.counts).toEqual({ updated: 2, unchanged: sheet.rows.length - 2 });

    const second = tmp.path('customers-again.xlsx');
    expect((await exportCli(sandbox, ['customers', '--out', second])).code).toBe(0);
    const [again] = await readWorkbook(second);
    expect(again.headers).toEqual(sheet.headers);
    expect(again.rows).toEqual(applyEdits(sheet.rows, edits));
  });
});

describe('products', () => {
  it('XLSX: prices, stock and a unit added', async () => {
    const first = tmp.path('products.xlsx');
    expect((await exportCli(sandbox, ['products', '--out', first])).code).toBe(0);
    const [sheet] = await readWorkbook(first);
    const twoUnits = sheet.rows.findIndex((r) => r.unit_2 !== '' && r.unit_3 === '');
    expect(twoUnits).toBeGreaterThanOrEqual(0);
    const edits: Record<number, Record<string, string>> = {
      0: { price: '3600', qty_on_hand: '2350.5' },
      [twoUnits]: { unit_3: 'KRT', price_3: '950000', ratio_3: '288', default_disc: '10+2.5' },
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    const ws = workbook.worksheets[0];
    for (const [i, changes] of Object.entries(edits)) {
      for (const [header, value] of Object.entries(changes)) {
        const numeric = /^(price|qty|ratio)/.test(header);
        ws.getRow(Number(i) + 2).getCell(sheet.headers.indexOf(header) + 1).value = numeric
          ? Number(value)
          : value;
      }
    }
    await workbook.xlsx.writeFile(first);

    const imported = await importUpdate('products', first);
    expect(imported.code).toBe(0);
    expect(imported.summary.counts).toEqual({ updated: 2, unchanged: sheet.rows.length - 2 });

    const second = tmp.path('products-again.xlsx');
    expect((await exportCli(sandbox, ['products', '--out', second])).code).toBe(0);
    const [again] = await readWorkbook(second);
    expect(again.rows).toEqual(applyEdits(sheet.rows, edits));
  });
});
