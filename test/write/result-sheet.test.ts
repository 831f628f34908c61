import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { link, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunError } from '../../src/errors.js';
import type { RowOutcome } from '../../src/types.js';
import { openResultWriter, resultPaths, TINTS, unguardCsvText } from '../../src/write/index.js';
import type { ResultWriterOptions } from '../../src/write/index.js';
import { argbOf, listDir, makeTempDir, noteOf, outcome, readCsv, readXlsx, removeDir } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

// The file's header repeats "Phone"; the reader made the keys unique.
const rawHeaders = ['Name', 'Phone', 'Phone', 'Price', 'Note'];
const headers = ['Name', 'Phone', 'Phone (2)', 'Price', 'Note'];

function sampleOutcomes(): RowOutcome[] {
  return [
    outcome(
      2,
      { Name: 'Toko Maju', Phone: '0812', 'Phone (2)': '', Price: '-7.14', Note: '' },
      'created',
      [],
      101,
    ),
    outcome(
      3,
      { Name: '', Phone: 'abc', 'Phone (2)': '0813', Price: '=HYPERLINK("http://x","y")', Note: '-2+3' },
      'invalid',
      [
        { code: 'MAP_REQUIRED', field: 'name', column: 'Name', message: 'is required' },
        { code: 'MAP_INVALID', field: 'phone', column: 'Phone', message: 'is not a phone number' },
        { code: 'MAP_NOT_A_NUMBER', field: 'price', column: 'Price', message: 'is not a number' },
      ],
    ),
    outcome(
      4,
      { Name: 'Toko Baru', Phone: '+62812', 'Phone (2)': '', Price: '10', Note: '@SUM(A1)' },
      'in_doubt',
      [{ code: 'API_AMBIGUOUS', message: 'the server did not answer; the customer may exist' }],
    ),
    outcome(
      5,
      { Name: 'متجر 北京 🛒', Phone: '0814', 'Phone (2)': '', Price: '1', Note: '\tlead' },
      'updated',
      [],
      '77',
    ),
    outcome(6, { Name: 'Gone', Phone: '0815', 'Phone (2)': '', Price: '2', Note: '' }, 'failed', [
      { code: 'API_SERVER', field: 'ext_cust_no', message: 'server error 500' },
      { code: 'API_VALIDATION', column: 'Phone (2)', message: 'already used' },
    ]),
  ];
}

async function writeAll(options: Partial<ResultWriterOptions> & Pick<ResultWriterOptions, 'format'>) {
  const inputPath = join(dir, `customers.${options.format}`);
  await writeFile(inputPath, 'the input');
  const writer = await openResultWriter({ inputPath, headers, rawHeaders, ...options });
  for (const o of sampleOutcomes()) await writer.write(o);
  return { inputPath, files: await writer.close() };
}

describe('result paths', () => {
  it('names files after the input, beside it or in outDir', () => {
    expect(resultPaths({ inputPath: '/in/customers.XLSX', format: 'xlsx' })).toEqual({
      resultPath: '/in/customers.result.xlsx',
      errorsPath: '/in/customers.errors.xlsx',
    });
    expect(resultPaths({ inputPath: '/in/customers.errors.csv', format: 'csv', outDir: '/out' })).toEqual({
      resultPath: '/out/customers.errors.result.csv',
      errorsPath: '/out/customers.errors.errors.csv',
    });
  });
});

const OWN = ['_row', '_status', '_id', '_error'];
const ERRORS_OWN = ['_row', '_status', '_error'];

describe('CSV result sheet', () => {
  it('writes _row, _status, _id, _error first, then the input columns verbatim', async () => {
    const { files } = await writeAll({ format: 'csv' });
    expect(files.resultPath).toBe(join(dir, 'customers.result.csv'));
    const { rows, bom } = await readCsv(files.resultPath);
    expect(bom).toBe(true);
    expect(rows[0]).toEqual([...OWN, ...rawHeaders]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['_row', '_status', '_id'],
      ['2', 'created', '101'],
      ['3', 'invalid', ''],
      ['4', 'in_doubt', ''],
      ['5', 'updated', '77'],
      ['6', 'failed', ''],
    ]);
    expect(rows[2][3]).toBe(
      'Name: is required [MAP_REQUIRED]; Phone: is not a phone number [MAP_INVALID]; Price: is not a number [MAP_NOT_A_NUMBER]',
    );
    expect(rows[3][3]).toBe('the server did not answer; the customer may exist [API_AMBIGUOUS]');
    expect(rows[5][3]).toBe(
      'ext_cust_no: server error 500 [API_SERVER]; Phone (2): already used [API_VALIDATION]',
    );
    expect(rows[1][3]).toBe('');
  });

  it('writes input cells back as read, formula-guarded, and a reader gets them back exactly', async () => {
    const { files } = await writeAll({ format: 'csv' });
    const { rows } = await readCsv(files.resultPath);
    const input = (r: string[]) => r.slice(OWN.length);
    expect(input(rows[1])).toEqual(['Toko Maju', '0812', '', '-7.14', '']);
    expect(input(rows[2])).toEqual(['', 'abc', '0813', `'=HYPERLINK("http://x","y")`, "'-2+3"]);
    expect(input(rows[3])).toEqual(['Toko Baru', '+62812', '', '10', "'@SUM(A1)"]);
    expect(input(rows[4])).toEqual(['متجر 北京 🛒', '0814', '', '1', "'\tlead"]);
    const outcomes = sampleOutcomes();
    rows.slice(1).forEach((row, i) => {
      expect(input(row).map(unguardCsvText)).toEqual(headers.map((h) => outcomes[i].source.cells[h]));
    });
  });

  it('writes only rows needing attention to the errors file, with _row, _status, _error first', async () => {
    const { files } = await writeAll({ format: 'csv' });
    expect(files.errorsPath).toBe(join(dir, 'customers.errors.csv'));
    const { rows } = await readCsv(files.errorsPath!);
    expect(rows[0]).toEqual([...ERRORS_OWN, ...rawHeaders]);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['3', 'invalid'],
      ['4', 'in_doubt'],
      ['6', 'failed'],
    ]);
    // The reason of every row, including problems that name no column (there are no notes in CSV).
    expect(rows[2][2]).toBe('the server did not answer; the customer may exist [API_AMBIGUOUS]');
    expect(rows[3][2]).toMatch(/^ext_cust_no: server error 500 \[API_SERVER\]; /);
    expect(rows.every((r) => r.length === ERRORS_OWN.length + rawHeaders.length)).toBe(true);
    expect(rows[1].slice(3)).toEqual(['', 'abc', '0813', `'=HYPERLINK("http://x","y")`, "'-2+3"]);
  });

  it('leaves out input columns named like its own (a result or errors sheet imported again)', async () => {
    const inputPath = join(dir, 'customers.errors.csv');
    const again = ['_row', '_status', '_error', 'Name'];
    const writer = await openResultWriter({ inputPath, format: 'csv', headers: again, rawHeaders: again });
    await writer.write(
      outcome(
        2,
        { _row: '3', _status: 'invalid', _error: 'Name: is required', Name: 'Toko' },
        'created',
        [],
        9,
      ),
    );
    const files = await writer.close();
    const { rows } = await readCsv(files.resultPath);
    expect(rows).toEqual([
      [...OWN, 'Name'],
      ['2', 'created', '9', '', 'Toko'],
    ]);
  });

  it('uses the input delimiter and honours bom: false', async () => {
    const { files } = await writeAll({ format: 'csv', delimiter: ';', bom: false });
    const { rows, bom } = await readCsv(files.resultPath, ';');
    expect(bom).toBe(false);
    expect(rows[0]).toEqual([...OWN, ...rawHeaders]);
    expect(rows[2][3]).toMatch(/^Name: is required \[MAP_REQUIRED\]; Phone:/);
  });

  it('writes no errors file when no row needs attention', async () => {
    const inputPath = join(dir, 'customers.csv');
    await writeFile(inputPath, 'x');
    const writer = await openResultWriter({ inputPath, format: 'csv', headers, rawHeaders });
    await writer.write(sampleOutcomes()[0]);
    const files = await writer.close();
    expect(files.errorsPath).toBeUndefined();
    expect(await listDir(dir)).toEqual(['customers.csv', 'customers.result.csv']);
  });

  it('puts the files in outDir and uses explicit paths', async () => {
    const out = join(dir, 'out');
    await (await import('node:fs/promises')).mkdir(out);
    const a = await writeAll({ format: 'csv', outDir: out });
    expect(a.files.resultPath).toBe(join(out, 'customers.result.csv'));
    expect(await listDir(out)).toEqual(['customers.errors.csv', 'customers.result.csv']);
    const b = await writeAll({
      format: 'csv',
      resultPath: join(dir, 'r.csv'),
      errorsPath: join(dir, 'e.csv'),
    });
    expect(b.files).toMatchObject({ resultPath: join(dir, 'r.csv'), errorsPath: join(dir, 'e.csv') });
  });
});

describe('XLSX result sheet', () => {
  async function written() {
    const { files } = await writeAll({ format: 'xlsx', sheetName: 'Customers' });
    return { files, result: await readXlsx(files.resultPath), errors: await readXlsx(files.errorsPath!) };
  }

  it('writes _row, _status, _id, _error first, then the input columns verbatim (duplicates included)', async () => {
    const { result } = await written();
    const sheet = result.getWorksheet('Customers')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...OWN, ...rawHeaders]);
    const r2 = sheet.getRow(2);
    expect(r2.getCell(1).value).toBe(2);
    expect(r2.getCell(2).value).toBe('created');
    expect(r2.getCell(3).value).toBe(101);
    expect(r2.getCell(6).value).toBe('0812');
    expect(r2.getCell(6).numFmt).toBe('@');
    expect(r2.getCell(8).value).toBe('-7.14'); // text without a typed value stays text, exactly as read
    const r3 = sheet.getRow(3);
    expect(r3.getCell(8).value).toBe('=HYPERLINK("http://x","y")');
    expect(r3.getCell(8).type).toBe(ExcelJS.ValueType.String);
    expect(r3.getCell(9).value).toBe('-2+3');
    expect(r3.getCell(4).value).toMatch(/^Name: is required \[MAP_REQUIRED\]; /);
    expect(sheet.getRow(4).getCell(9).value).toBe('@SUM(A1)');
    expect(sheet.getRow(5).getCell(5).value).toBe('متجر 北京 🛒');
    expect(sheet.getRow(5).getCell(9).value).toBe('\tlead');
    expect(sheet.getRow(5).getCell(3).value).toBe('77');
  });

  it('freezes the header and _row/_status, filters, bolds the header and sets every width', async () => {
    const { result } = await written();
    const sheet = result.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2' });
    expect(sheet.autoFilter).toBe('A1:I6');
    expect(sheet.getRow(1).getCell(4).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(7);
    expect(sheet.getColumn(4).width).toBe(50); // _error
    for (let c = 5; c <= 9; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(10);
  });

  it('tints attention rows and their offending cells, with a note holding the problems', async () => {
    const sheet = (await written()).result.worksheets[0];
    expect(argbOf(sheet.getRow(2).getCell(5))).toBeUndefined(); // created: untinted

    const invalid = sheet.getRow(3);
    expect(argbOf(invalid.getCell(1))).toBe(TINTS.failedRow);
    expect(argbOf(invalid.getCell(7))).toBe(TINTS.failedRow);
    expect(argbOf(invalid.getCell(5))).toBe(TINTS.failedCell);
    expect(noteOf(invalid.getCell(5))).toBe('is required [MAP_REQUIRED]');
    expect(argbOf(invalid.getCell(6))).toBe(TINTS.failedCell);
    expect(noteOf(invalid.getCell(6))).toBe('is not a phone number [MAP_INVALID]');
    expect(noteOf(invalid.getCell(7))).toBeUndefined(); // the second "Phone" is fine
    expect(noteOf(invalid.getCell(8))).toBe('is not a number [MAP_NOT_A_NUMBER]');

    const doubt = sheet.getRow(4);
    expect(argbOf(doubt.getCell(5))).toBe(TINTS.doubtRow);

    const failed = sheet.getRow(6);
    expect(argbOf(failed.getCell(6))).toBe(TINTS.failedRow);
    expect(argbOf(failed.getCell(7))).toBe(TINTS.failedCell); // "Phone (2)" is the second Phone column
    expect(noteOf(failed.getCell(7))).toBe('already used [API_VALIDATION]');
  });

  it('writes an errors file with only attention rows, an _error column, tints and notes', async () => {
    const { errors } = await written();
    const sheet = errors.getWorksheet('Customers')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...ERRORS_OWN, ...rawHeaders]);
    expect(sheet.rowCount).toBe(4);
    const r2 = sheet.getRow(2);
    expect([r2.getCell(1).value, r2.getCell(2).value]).toEqual([3, 'invalid']);
    expect(r2.getCell(3).value).toMatch(/^Name: is required \[MAP_REQUIRED\]; Phone: is not a phone/);
    expect(r2.getCell(7).value).toBe('=HYPERLINK("http://x","y")');
    expect(r2.getCell(7).type).toBe(ExcelJS.ValueType.String);
    expect(r2.getCell(6).value).toBe('0813');
    expect(noteOf(r2.getCell(5))).toBe('is not a phone number [MAP_INVALID]');
    expect(argbOf(r2.getCell(5))).toBe(TINTS.failedCell);
    // Problems naming no column are in _error, where they are printed and shared with the sheet.
    expect(sheet.getRow(3).getCell(3).value).toBe(
      'the server did not answer; the customer may exist [API_AMBIGUOUS]',
    );
    expect(noteOf(sheet.getRow(3).getCell(4))).toBeUndefined();
    expect(argbOf(sheet.getRow(3).getCell(4))).toBe(TINTS.doubtRow);
    expect(sheet.getRow(4).getCell(3).value).toMatch(/^ext_cust_no: server error 500 \[API_SERVER\]/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:H4');
  });
});

describe('result writer safety', () => {
  it('refuses to write over the input file', async () => {
    const inputPath = join(dir, 'data.csv');
    await writeFile(inputPath, 'x');
    for (const paths of [{ resultPath: inputPath }, { errorsPath: join(dir, '.', 'data.csv') }]) {
      const err = await openResultWriter({ inputPath, format: 'csv', headers, rawHeaders, ...paths }).catch(
        (e: unknown) => e,
      );
      expect(isRunError(err) && err.code).toBe('WRITE_FAILED');
      expect((err as Error).message).toMatch(/over the input file/);
    }
    expect(await listDir(dir)).toEqual(['data.csv']);
  });

  it('refuses a path that is the input under another name (a hard link)', async () => {
    const inputPath = join(dir, 'data.csv');
    await writeFile(inputPath, 'x');
    await link(inputPath, join(dir, 'alias.csv'));
    const err = await openResultWriter({
      inputPath,
      format: 'csv',
      headers,
      rawHeaders,
      resultPath: join(dir, 'alias.csv'),
    }).catch((e: unknown) => e);
    expect(isRunError(err) && err.code).toBe('WRITE_FAILED');
  });

  it('refuses the same path for both files', async () => {
    const inputPath = join(dir, 'data.csv');
    const same = join(dir, 'out.csv');
    const err = await openResultWriter({
      inputPath,
      format: 'csv',
      headers,
      rawHeaders,
      resultPath: same,
      errorsPath: same,
    }).catch((e: unknown) => e);
    expect(isRunError(err) && err.code).toBe('WRITE_FAILED');
  });

  it('fails early with WRITE_FAILED when the output folder is unusable', async () => {
    const inputPath = join(dir, 'data.xlsx');
    await writeFile(join(dir, 'file'), 'x');
    for (const outDir of [join(dir, 'missing'), join(dir, 'file')]) {
      const err = await openResultWriter({ inputPath, format: 'xlsx', headers, rawHeaders, outDir }).catch(
        (e: unknown) => e,
      );
      expect(isRunError(err) && err.code).toBe('WRITE_FAILED');
    }
    const err = await openResultWriter({
      inputPath,
      format: 'xlsx',
      headers,
      rawHeaders,
      errorsPath: join(dir, 'file', 'e.xlsx'),
    }).catch((e: unknown) => e);
    expect(isRunError(err) && err.code).toBe('WRITE_FAILED');
    expect(await listDir(dir)).toEqual(['file']);
  });

  it.each(['csv', 'xlsx'] as const)(
    'abort (%s) leaves nothing under the final names and no temporary files',
    async (format) => {
      const inputPath = join(dir, `data.${format}`);
      await writeFile(inputPath, 'x');
      const writer = await openResultWriter({ inputPath, format, headers, rawHeaders });
      for (const o of sampleOutcomes()) await writer.write(o);
      expect((await listDir(dir)).filter((f) => f.endsWith('.tmp'))).toHaveLength(2);
      await writer.abort();
      expect(await listDir(dir)).toEqual([`data.${format}`]);
      await expect(writer.write(sampleOutcomes()[0])).rejects.toThrow(/aborted/);
    },
  );

  it('keeps rows in call order even when calls are not awaited one by one', async () => {
    const inputPath = join(dir, 'data.csv');
    const writer = await openResultWriter({ inputPath, format: 'csv', headers, rawHeaders });
    await Promise.all(sampleOutcomes().map((o) => writer.write(o)));
    const files = await writer.close();
    expect((await readCsv(files.resultPath)).rows.slice(1).map((r) => r[0])).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect((await readCsv(files.errorsPath!)).rows).toHaveLength(4);
  });
});

describe('large result sheets stream', () => {
  const N = 100_000;
  const oneHeader = ['Name', 'Code'];
  const big = (i: number): RowOutcome =>
    outcome(
      i + 2,
      { Name: `Customer ${i}`, Code: String(i).padStart(6, '0') },
      i % 1000 === 0 ? 'invalid' : 'created',
      [...(i % 1000 === 0 ? [{ code: 'MAP_REQUIRED' as const, column: 'Code', message: 'bad' }] : [])],
    );

  it('writes 100,000 CSV rows', async () => {
    const inputPath = join(dir, 'big.csv');
    const writer = await openResultWriter({
      inputPath,
      format: 'csv',
      headers: oneHeader,
      rawHeaders: oneHeader,
    });
    for (let i = 0; i < N; i++) await writer.write(big(i));
    const files = await writer.close();
    const { rows } = await readCsv(files.resultPath);
    expect(rows).toHaveLength(N + 1);
    expect(rows[N]).toEqual([
      String(N + 1),
      'created',
      '',
      '',
      `Customer ${N - 1}`,
      String(N - 1).padStart(6, '0'),
    ]);
    expect((await readCsv(files.errorsPath!)).rows).toHaveLength(N / 1000 + 1);
  });

  it('writes 100,000 XLSX rows', async () => {
    const inputPath = join(dir, 'big.xlsx');
    const writer = await openResultWriter({
      inputPath,
      format: 'xlsx',
      headers: oneHeader,
      rawHeaders: oneHeader,
    });
    for (let i = 0; i < N; i++) await writer.write(big(i));
    const files = await writer.close();
    // Read back with the streaming reader: count rows and check the last one.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(files.resultPath, {});
    let count = 0;
    let last: unknown[] = [];
    for await (const sheet of reader) {
      for await (const row of sheet) {
        count++;
        last = (row.values as unknown[]).slice(1);
      }
    }
    expect(count).toBe(N + 1);
    expect(last).toEqual([
      N + 1,
      'created',
      undefined,
      undefined,
      `Customer ${N - 1}`,
      String(N - 1).padStart(6, '0'),
    ]);
  });
});
