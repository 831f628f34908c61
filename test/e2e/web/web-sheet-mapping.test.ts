/**
 * The Import page proposes the mapping again when the sheet of an uploaded workbook changes: the
 * drop-downs of the first sheet used to be carried over to the second by position, so a workbook
 * whose sheets order their columns differently (one sheet per branch, typed by different people)
 * imported phones as names and codes as cities.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { customersWithPrefix } from '../import-helpers.js';
import { webRig } from './web-rig.js';

const rig = webRig('web-sheet-mapping');

async function twoSheets(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const jakarta = workbook.addWorksheet('Jakarta');
  jakarta.addRow(['Kode Pelanggan', 'Nama', 'Kota', 'No HP']);
  jakarta.addRow(['SM-J1', 'Toko Jakarta', 'Jakarta', '081211110001']);
  const solo = workbook.addWorksheet('Solo');
  solo.addRow(['No HP', 'Kota', 'Nama', 'Kode Pelanggan']);
  solo.addRow(['081222220001', 'Solo', 'Toko Solo Satu', 'SM-S1']);
  solo.addRow(['081222220002', 'Solo', 'Toko Solo Dua', 'SM-S2']);
  for (const sheet of [jakarta, solo]) sheet.getColumn(sheet === solo ? 1 : 4).numFmt = '@';
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('Import page: another sheet of the workbook', () => {
  it('maps the columns of the sheet chosen by its own headers, and imports it so', async () => {
    const file = await twoSheets(rig.tmp.path('cabang.xlsx'));
    const page = await rig.page('/import?lang=en');
    await page.getByLabel('Data in the file').selectOption('customers');
    await page.getByLabel('File (.csv, .xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/import\/[0-9a-f-]+/);
    await expect(page.getByLabel('No HP').inputValue()).resolves.toBe('phone');
    await expect(page.getByLabel('Kode Pelanggan').inputValue()).resolves.toBe('ext_cust_no');

    await page.getByLabel('Sheet').selectOption('Solo');
    await page.waitForLoadState('networkidle');
    await expect(page.getByLabel('Sheet').inputValue()).resolves.toBe('Solo');
    await expect(page.getByLabel('No HP').inputValue()).resolves.toBe('phone');
    await expect(page.getByLabel('Kota').inputValue()).resolves.toBe('city');
    await expect(page.getByLabel('Nama').inputValue()).resolves.toBe('name');
    await expect(page.getByLabel('Kode Pelanggan').inputValue()).resolves.toBe('ext_cust_no');

    // A reload of the address the page moved to shows the same.
    await page.reload();
    await expect(page.getByLabel('No HP').inputValue()).resolves.toBe('phone');

    await page.getByRole('button', { name: 'Import now' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
    await page.locator('[data-state="done"]').waitFor({ timeout: 60_000 });
    const stored = customersWithPrefix(rig.sandbox, 'SM-').map((c) => [
      c.ext_cust_no,
      c.name,
      c.city,
      c.phone,
    ]);
    expect(stored.sort()).toEqual([
      ['SM-S1', 'Toko Solo Satu', 'Solo', '081222220001'],
      ['SM-S2', 'Toko Solo Dua', 'Solo', '081222220002'],
    ]);
    await page.close();
  });
});
