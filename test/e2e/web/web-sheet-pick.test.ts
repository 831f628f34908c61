/**
 * A workbook whose first worksheet is instructions ("Petunjuk") and whose data is on the second, under
 * a title: the check page opens on the worksheet that has the columns and says so, rather than
 * showing the instructions with "required column Name not found" (seen by hand).
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { customersWithPrefix } from '../import-helpers.js';
import { webRig } from './web-rig.js';
import { uploadOnImportPage } from './web-upload.js';

const rig = webRig('web-sheet-pick');

async function workbook(path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const help = book.addWorksheet('Petunjuk');
  help.addRow(['Daftar pelanggan PT Maju Jaya - jangan ubah kolom']);
  help.addRow(['Diisi oleh: admin']);
  const data = book.addWorksheet('Pelanggan');
  data.addRow(['DAFTAR PELANGGAN']);
  data.addRow([]);
  data.addRow(['Kode Pelanggan', 'Nama Toko', 'Kota']);
  data.addRow(['SP-01', 'Toko Berkah', 'Bandung']);
  data.addRow(['SP-02', 'Toko Makmur', 'Jakarta']);
  await book.xlsx.writeFile(path);
  return path;
}

describe('a workbook with an instructions sheet first', () => {
  it('opens on the worksheet with the columns, says so, and imports from it', async () => {
    const file = await workbook(rig.tmp.path('pelanggan.xlsx'));
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await uploadOnImportPage(page, rig.serve.url, file);
    await expect(page.getByLabel('Sheet').inputValue()).resolves.toBe('Pelanggan');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.locator('[data-reader-notes]').textContent()).resolves.toMatch(
      /"Pelanggan".*"Petunjuk"/s,
    );
    await expect(page.getByLabel('Kode Pelanggan').inputValue()).resolves.toBe('ext_cust_no');

    await page.getByRole('button', { name: 'Import now' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
    await page.locator('[data-state="done"]').waitFor({ timeout: 30_000 });
    expect(customersWithPrefix(rig.sandbox, 'SP-').map((c) => c.name)).toEqual([
      'Toko Berkah',
      'Toko Makmur',
    ]);
    await page.close();
  });
});
