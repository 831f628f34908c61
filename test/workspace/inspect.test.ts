/**
 * The workspace's uploads and inspection: a messy customer workbook as a person exports it (a title
 * row, Indonesian headers, a typo in one header, bad cells) is understood by the same reader and
 * mapper as `validate`; a hostile or oversized upload is refused with the CLI's codes and leaves
 * nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openSource } from '../../src/read/index.js';
import { loadMapping } from '../../src/run/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { Workspace } from '../../src/workspace/index.js';
import { startSandbox, tempDir } from '../e2e/helpers.js';
import { writeXlsx } from '../e2e/import-helpers.js';
import { chunks, filesIn, workspaceOn } from './helpers.js';

let sandbox: Sandbox;
let ws: Workspace;
const tmp = tempDir('workspace-inspect');
const data = tmp.path('data');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  ws = workspaceOn(sandbox, data, { lang: 'id' });
});
afterAll(async () => {
  await ws.close();
  await sandbox.close();
  tmp.cleanup();
});

async function messyWorkbook(): Promise<Buffer> {
  const path = tmp.path('pelanggan.xlsx');
  await writeXlsx(
    path,
    ['Kode Pelanggan', 'Nama Tokoh', 'Kota', 'No HP', 'Latitude', 'Longitude', 'Catatan'],
    [
      ['W-001', 'Toko Maju', 'Bandung', '081234567890', -6.9, 107.6, 'ok'],
      ['W-002', '', 'Bandung', '081234567891', -6.9, 107.6, 'nama kosong'],
      ['W-003', 'Toko Jaya', 'Bandung', '081234567892', 'bukan angka', 107.6, 'lat salah'],
      ['W-001', 'Toko Maju Lagi', 'Bandung', '081234567893', -6.9, 107.6, 'kode dobel'],
    ],
    { above: [['DAFTAR PELANGGAN NOVEMBER'], []], sheetName: 'Pelanggan', textColumns: ['No HP'] },
  );
  return readFileSync(path);
}

describe('upload and inspect', () => {
  it('shows how each column is understood, suggests the field of a misspelt header, and lists the fields', async () => {
    const upload = await ws.saveUpload('pelanggan.xlsx', chunks(await messyWorkbook()));
    expect(upload).toMatchObject({ originalName: 'pelanggan.xlsx', kind: 'xlsx', sheets: ['Pelanggan'] });
    expect(filesIn(join(data, 'uploads'))).toEqual([`${upload.id}.json`, `${upload.id}.xlsx`]);

    const seen = await ws.inspect(upload.id, 'customers');
    // "Nama Tokoh" is no accepted header: the run would stop (the name column is required).
    expect(seen.error?.code).toBe('MAP_MISSING_COLUMN');
    expect(seen.headerRow).toBe(3);
    const byHeader = Object.fromEntries(seen.columns.map((c) => [c.header, c]));
    expect(byHeader['Kode Pelanggan']).toMatchObject({ field: 'ext_cust_no', how: 'alias' });
    expect(byHeader['Nama Tokoh']).toMatchObject({ field: 'name', how: 'suggested' });
    expect(byHeader.Catatan).toMatchObject({ field: null, how: 'none' });
    // Rows are shown unchecked while the columns do not bind.
    expect(seen.rows.map((r) => r.rowNumber)).toEqual([4, 5, 6, 7]);
    expect(seen.rows[0].status).toBeUndefined();

    const name = seen.fields.find((f) => f.field === 'name');
    expect(name).toMatchObject({ required: true, label: 'Nama' });
    expect(seen.fields.find((f) => f.field === 'status')?.required).toBe(false);
  });

  it('with the mapping fixed, previews the rows with each invalid cell and its message in the language', async () => {
    const upload = await ws.saveUpload('pelanggan.xlsx', chunks(await messyWorkbook()));
    const seen = await ws.inspect(upload.id, 'customers', { mapping: { 'Nama Tokoh': 'name', Catatan: '' } });
    expect(seen.error).toBeUndefined();
    const byHeader = Object.fromEntries(seen.columns.map((c) => [c.header, c]));
    expect(byHeader['Nama Tokoh']).toMatchObject({ field: 'name', how: 'mapping', ignored: false });
    expect(byHeader.Catatan).toMatchObject({ field: null, how: 'mapping', ignored: true });

    expect(seen.rows.map((r) => [r.rowNumber, r.status])).toEqual([
      [4, 'valid'],
      [5, 'invalid'],
      [6, 'invalid'],
      [7, 'invalid'],
    ]);
    // Row 7 repeats row 4's key: as validate finds it on its read-through.
    expect(seen.rows[3].issues.map((i) => i.code)).toContain('DUPLICATE_IN_FILE');
    const [blankName] = seen.rows[1].issues;
    expect(blankName).toMatchObject({ code: 'MAP_REQUIRED', column: 'Nama Tokoh' });
    const badLat = seen.rows[2].issues.find((i) => i.column === 'Latitude');
    expect(badLat?.code).toBeDefined();
    // Indonesian, as the workspace was opened in `id`; English when the call asks for it.
    const english = await ws.inspect(upload.id, 'customers', {
      mapping: { 'Nama Tokoh': 'name', Catatan: '' },
      lang: 'en',
    });
    expect(english.rows[1].issues[0].message).not.toBe(blankName.message);
  });

  it('saves the mapping as a file the CLI --mapping reads', async () => {
    const saved = await ws.saveMapping('customers', { 'Nama Tokoh': 'name', Catatan: '' });
    expect(saved.name).toBe('customers.json');
    expect(JSON.parse(readFileSync(saved.path, 'utf8'))).toEqual({ 'Nama Tokoh': 'name', Catatan: '' });
    // Read by the very function behind the CLI's --mapping.
    expect(await loadMapping(saved.path)).toEqual({ 'Nama Tokoh': 'name', Catatan: '' });
    expect(await ws.savedMapping('customers')).toEqual({ 'Nama Tokoh': 'name', Catatan: '' });
    expect(await ws.savedMapping('products')).toBeUndefined();
    await expect(ws.saveMapping('customers', { 'Nama Tokoh': 'no_such_field' })).rejects.toMatchObject({
      code: 'MAP_BAD_MAPPING',
    });
    await expect(ws.saveMapping('customers', { a: 'name' }, '../escape')).rejects.toMatchObject({
      code: 'MAP_BAD_MAPPING',
    });
  });
});

describe('workbooks with several sheets', () => {
  it('lists the visible sheets and inspects the one picked', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Catatan').addRow(['hanya catatan']);
    const data = workbook.addWorksheet('Produk');
    data.addRow(['Kode Produk', 'Nama Produk', 'Stok', 'Satuan', 'Harga']);
    data.addRow(['P-1', 'Kopi Bubuk 200g', 40, 'pcs', 15000]);
    workbook.addWorksheet('Rahasia', { state: 'hidden' }).addRow(['x']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = await ws.saveUpload('produk.xlsx', chunks(bytes));
    expect(upload.sheets).toEqual(['Catatan', 'Produk']);

    const seen = await ws.inspect(upload.id, 'products', { sheet: 'Produk' });
    expect(seen.sheet).toBe('Produk');
    expect(seen.error).toBeUndefined();
    expect(seen.columns.map((c) => c.field)).toEqual([
      'ext_product_code',
      'name',
      'qty_on_hand',
      'product_units.0.name',
      'product_units.0.price',
    ]);
    expect(seen.rows.map((r) => r.status)).toEqual(['valid']);
    const wrongSheet = (await ws
      .inspect(upload.id, 'products', { sheet: 'Tidak Ada' })
      .catch((e: unknown) => e)) as Error & { code: string };
    expect(wrongSheet.code).toBe('READ_SHEET_NOT_FOUND');
    expect(wrongSheet.message).toContain('produk.xlsx');
    expect(wrongSheet.message).not.toContain(upload.id);
  });
});

describe('uploads refused', () => {
  it('refuses an upload over the limit with READ_LIMIT and keeps nothing of it', async () => {
    const before = filesIn(join(data, 'uploads'));
    const big = Buffer.alloc(5000, 'a,b\r\n');
    await expect(ws.saveUpload('big.csv', chunks(big, 512), 2048)).rejects.toMatchObject({
      code: 'READ_LIMIT',
    });
    expect(filesIn(join(data, 'uploads'))).toEqual(before);
  });

  it('refuses a hostile file with the code the CLI gives, naming the file as the person knows it', async () => {
    const before = filesIn(join(data, 'uploads'));
    // An OLE2 compound file (an old .xls or an encrypted workbook) under an .xlsx name.
    const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]);
    const err = (await ws.saveUpload('laporan.xlsx', chunks(ole2)).catch((e: unknown) => e)) as Error & {
      code: string;
    };
    expect(err.code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(err.message).toContain('laporan.xlsx');
    expect(err.message).not.toContain(data);
    expect(filesIn(join(data, 'uploads'))).toEqual(before);

    // The reader the CLI uses refuses the same bytes with the same code.
    writeFileSync(tmp.path('laporan.xlsx'), ole2);
    await expect(openSource(tmp.path('laporan.xlsx'))).rejects.toMatchObject({ code: err.code });
  });

  it('never uses the client name as a path', async () => {
    const upload = await ws.saveUpload(
      '../../../etc/passwd.csv',
      chunks(Buffer.from('ext_cust_no,name\nA,B\n')),
    );
    expect(upload.originalName).toBe('passwd.csv');
    expect(filesIn(join(data, 'uploads'))).toContain(`${upload.id}.csv`);
    await expect(ws.inspect('../uploads/x', 'customers')).rejects.toMatchObject({ code: 'UPLOAD_NOT_FOUND' });
  });
});
