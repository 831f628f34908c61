/**
 * End to end, real-world sheets that are not plain records (docs/reading.md, "Rows that are not
 * records"), from a user test: a total row below the data must not become a customer, a hidden row
 * is said, text garbled by the wrong character set is not written over the right one, and a
 * workbook whose first sheet is instructions says which sheet to choose. validate, plan and import
 * must agree row by row.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, readXlsx, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { csvLine, errorCodes, folder, importCli, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('real-files');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

type Sheet = Array<Record<string, string>>;
const statusOf = (rows: Sheet, row: number) => rows.find((r) => r._row === String(row));
const postedNames = (since: number) =>
  sandbox.requests
    .slice(since)
    .filter((r) => r.method === 'POST' && /\/customers$/.test(r.path))
    .map((r) => (r.body as { name?: string }).name);

/** validate, plan and import of one file: each one's result (or plan) sheet. */
async function threeWays(
  file: string,
  dir: string,
  read: (path: string) => Promise<Sheet> | Sheet,
  ext: string,
) {
  const name = file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
  const env = cliEnv(sandbox);
  const validated = await runCli(['validate', 'customers', file, '--out-dir', `${dir}/v`, '--json'], { env });
  const planned = await runCli(
    ['plan', 'customers', file, '--mode', 'upsert', '--out-dir', `${dir}/p`, '--json'],
    {
      env,
    },
  );
  const since = sandbox.requests.length;
  const imported = await importCli(sandbox, 'customers', file, `${dir}/i`, ['--mode', 'upsert']);
  for (const run of [validated, planned, imported]) expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  return {
    v: await read(`${dir}/v/${name}.result.${ext}`),
    p: await read(`${dir}/p/${name}.plan.${ext}`),
    i: await read(`${dir}/i/${name}.result.${ext}`),
    validated,
    imported,
    posted: postedNames(since),
  };
}

describe('a total row below the data', () => {
  it('CSV: skipped with READ_TOTAL_ROW in validate, plan and import, never created; a shop named Jumlah with a code is', async () => {
    const dir = folder(tmp, 'total-csv');
    const file = writeText(
      `${dir}/pelanggan.csv`,
      [
        ['No', 'Kode Pelanggan', 'Nama Pelanggan', 'Alamat', 'Kota'],
        ['1', 'TR-1', 'Toko Berkah', 'Jl. Merdeka 5', 'Semarang'],
        ['2', 'TR-2', 'Toko Jumlah Jaya', 'Jl. Sudirman 10', 'Solo'],
        ['3', 'TR-3', 'Total Jaya Motor', 'Jl. Pahlawan 3', 'Kudus'],
        ['', '', 'TOTAL: 3 pelanggan', '', ''],
      ]
        .map((l) => csvLine(l, ';'))
        .join('\n') + '\n',
    );
    const { v, p, i, imported, posted } = await threeWays(file, dir, readCsv, 'csv');
    expect(statusOf(v, 5)?._status).toBe('skipped');
    expect(statusOf(i, 5)?._status).toBe('skipped');
    expect(statusOf(p, 5)?._action).toBe('skip');
    for (const sheet of [v, i]) expect(errorCodes(statusOf(sheet, 5)?._error)).toEqual(['READ_TOTAL_ROW']);
    expect(errorCodes(statusOf(p, 5)?._reason)).toEqual(['READ_TOTAL_ROW']);
    expect([2, 3, 4].map((r) => statusOf(v, r)?._status)).toEqual(['valid', 'valid', 'valid']);
    expect([2, 3, 4].map((r) => statusOf(i, r)?._status)).toEqual(['created', 'created', 'created']);
    expect(summaryOf(imported).counts.skipped).toBe(1);
    expect(posted.sort()).toEqual(['Toko Berkah', 'Toko Jumlah Jaya', 'Total Jaya Motor']);
  });

  it('CSV: a total written in the key column is skipped the same; a code that begins with TOTAL imports', async () => {
    const dir = folder(tmp, 'total-key');
    const file = writeText(
      `${dir}/pelanggan-kode.csv`,
      [
        ['Kode Pelanggan', 'Nama Pelanggan', 'Kota'],
        ['TK-1', 'Toko Berkah', 'Semarang'],
        ['TOTAL01', 'Toko Total Abadi', 'Solo'],
        ['TOTAL: 2 pelanggan', '', ''],
      ]
        .map((l) => csvLine(l, ';'))
        .join('\n') + '\n',
    );
    const { v, p, i, posted } = await threeWays(file, dir, readCsv, 'csv');
    for (const sheet of [v, i]) {
      expect(statusOf(sheet, 4)?._status).toBe('skipped');
      expect(errorCodes(statusOf(sheet, 4)?._error)).toEqual(['READ_TOTAL_ROW']);
    }
    expect(statusOf(p, 4)?._action).toBe('skip');
    expect([2, 3].map((r) => statusOf(i, r)?._status)).toEqual(['created', 'created']);
    expect(posted.sort()).toEqual(['Toko Berkah', 'Toko Total Abadi']);
  });

  it('XLSX: a hidden row is imported and marked READ_HIDDEN_ROW, named in the warnings; a Total row with =SUM() is skipped', async () => {
    const dir = folder(tmp, 'hidden-xlsx');
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Data');
    ws.addRow(['Kode Pelanggan', 'Nama', 'Kota', 'Plafon']);
    ws.addRow(['HD-1', 'Toko Terlihat', 'Demak', 100]);
    ws.addRow(['HD-2', 'Toko Tersembunyi', 'Demak', 200]).hidden = true;
    ws.addRow(['HD-3', 'Toko Terlihat 3', 'Demak', 300]);
    ws.addRow([null, null, null, { formula: 'SUM(D2:D4)', result: 600 }]);
    ws.autoFilter = 'A1:D4';
    const file = `${dir}/tersembunyi.xlsx`;
    await workbook.xlsx.writeFile(file);

    const { v, p, i, validated, imported, posted } = await threeWays(file, dir, readXlsx, 'xlsx');
    expect(statusOf(v, 3)?._status).toBe('valid');
    expect(statusOf(i, 3)?._status).toBe('created');
    expect(errorCodes(statusOf(v, 3)?._error)).toEqual(['READ_HIDDEN_ROW']);
    expect(errorCodes(statusOf(i, 3)?._error)).toEqual(['READ_HIDDEN_ROW']);
    expect(errorCodes(statusOf(p, 3)?._reason)).toContain('READ_HIDDEN_ROW');
    expect(errorCodes(statusOf(v, 2)?._error)).toEqual([]);
    for (const run of [validated, imported]) {
      expect(summaryOf(run).warnings).toEqual(
        expect.arrayContaining([expect.stringMatching(/^row 3 is hidden in the workbook/)]),
      );
    }
    expect(statusOf(v, 5)?._status).toBe('skipped');
    expect(statusOf(i, 5)?._status).toBe('skipped');
    expect(statusOf(p, 5)?._action).toBe('skip');
    expect(posted.sort()).toEqual(['Toko Terlihat', 'Toko Terlihat 3', 'Toko Tersembunyi']);
  });
});

describe('text garbled by the wrong character set', () => {
  it('a UTF-8 mark read as Latin-1 leaves the first header usable; a garbled name is refused, never written', async () => {
    const dir = folder(tmp, 'garbled');
    const first = writeText(`${dir}/awal.csv`, 'ext_cust_no,name,city\nGB-1,Kopi Café Sentosa,Bandung\n');
    expect((await importCli(sandbox, 'customers', first, `${dir}/awal`)).code).toBe(0);
    const id = sandbox.state.customers().find((c) => c.ext_cust_no === 'GB-1')?.id;
    expect(id).toBeDefined();

    // The export opened as Latin-1 and saved again: the BOM became `ï»¿`, é became Ã©.
    const garbled = writeText(
      `${dir}/pel2.csv`,
      `\u00EF\u00BB\u00BFid,ext_cust_no,name,city\n${id},GB-1,Kopi Caf\u00C3\u00A9 Sentosa,Bandung\n`,
    );
    const since = sandbox.requests.length;
    const plan = await runCli(
      ['plan', 'customers', garbled, '--mode', 'update', '--out-dir', `${dir}/p`, '--json'],
      {
        env: cliEnv(sandbox),
      },
    );
    const run = await importCli(sandbox, 'customers', garbled, `${dir}/i`, ['--mode', 'update']);
    const [row] = readCsv(`${dir}/i/pel2.result.csv`);
    expect(row._status).toBe('invalid');
    expect(errorCodes(row._error)).toEqual(['MAP_GARBLED_TEXT']);
    expect(row._error).toContain('probably "Kopi Café Sentosa"');
    expect(readCsv(`${dir}/p/pel2.plan.csv`)[0]._action).toBe('invalid');
    // The id column was read as `id`: no "columns not used" warning for it.
    expect(summaryOf(run).warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('the first header began with "ï»¿"')]),
    );
    expect(JSON.stringify(summaryOf(run).warnings)).not.toContain('columns not used');
    expect(plan.code).not.toBe(null);
    expect(sandbox.requests.slice(since).filter((r) => r.method === 'PATCH')).toHaveLength(0);
    expect(sandbox.state.customers().find((c) => c.id === id)?.name).toBe('Kopi Café Sentosa');
  });
});

describe('a workbook whose first sheet is instructions', () => {
  it('MAP_MISSING_COLUMN names the worksheet that has the columns and --sheet', async () => {
    const dir = folder(tmp, 'two-sheets');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Petunjuk').addRow(['Isi data pelanggan di sheet "Data".']);
    const data = workbook.addWorksheet('Data');
    data.addRow(['Kode Pelanggan', 'Nama', 'Kota']);
    data.addRow(['SH-1', 'Toko Sheet Dua', 'Demak']);
    workbook.addWorksheet('Daftar').addRow(['Kota', 'Wilayah']);
    const file = `${dir}/dua-sheet.xlsx`;
    await workbook.xlsx.writeFile(file);
    const run = await runCli(['validate', 'customers', file, '--out-dir', dir], { env: cliEnv(undefined) });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('MAP_MISSING_COLUMN');
    expect(run.stderr).toContain('The worksheet "Data" has these columns: choose it with --sheet "Data".');
    const ok = await runCli(['validate', 'customers', file, '--sheet', 'Data', '--out-dir', dir], {
      env: cliEnv(undefined),
    });
    expect(ok.code).toBe(0);
  });

  it('without one that fits, it lists the other worksheets (in Indonesian too)', async () => {
    const dir = folder(tmp, 'two-sheets-none');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Petunjuk').addRow(['Baca dulu.']);
    workbook.addWorksheet('Data').addRow(['Kota', 'Wilayah']);
    workbook.addWorksheet('Daftar').addRow(['Catatan']);
    const file = `${dir}/tiga.xlsx`;
    await workbook.xlsx.writeFile(file);
    const run = await runCli(['validate', 'customers', file, '--out-dir', dir], { env: cliEnv(undefined) });
    expect(run.stderr).toContain(
      'The workbook has other worksheets: Data and Daftar; choose one with --sheet.',
    );
    const id = await runCli(['validate', 'customers', file, '--out-dir', dir, '--lang', 'id'], {
      env: cliEnv(undefined),
    });
    expect(id.stderr).toContain(
      'Workbook ini memiliki worksheet lain: Data dan Daftar; pilih salah satunya dengan --sheet.',
    );
  });
});
