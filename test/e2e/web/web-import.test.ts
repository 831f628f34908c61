/**
 * The Import page in a real browser against serve + the sandbox: a messy customer XLSX uploaded, one
 * column re-mapped, the invalid cells marked, the import run, the result sheet downloaded and read;
 * then a slow import cancelled from its page and resumed to the end.
 */
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { readXlsx } from '../helpers.js';
import { customersWithPrefix, writeXlsx } from '../import-helpers.js';
import { screenshot } from './web-helpers.js';
import { webRig } from './web-rig.js';
import { uploadOnImportPage } from './web-upload.js';

const rig = webRig('web-import');

const upload = (page: Page, file: string) => uploadOnImportPage(page, rig.serve.url, file);

describe('Import page', () => {
  it('uploads a messy XLSX, re-maps a column, marks invalid cells, imports and serves the result sheet', async () => {
    const file = await writeXlsx(
      rig.tmp.path('pelanggan.xlsx'),
      ['Kode Pelanggan', 'Nama Pelanggan', 'No HP', 'Kota', 'Catatan'],
      [
        ['WB-01', 'Toko Sinar', '081234567801', 'Bandung', 'Jl. Braga 1'],
        ['WB-02', '', '081234567802', 'Bandung', 'Jl. Braga 2'],
        ['WB-03', 'Toko Tiga', '081234567803', 'Jakarta', 'Jl. Sudirman 3'],
      ],
      { textColumns: ['No HP'] },
    );
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await upload(page, file);

    // "Catatan" is not a known header: ignored until mapped to the address.
    const notes = page.getByLabel('Catatan');
    await expect(notes.inputValue()).resolves.toBe('');
    await notes.selectOption('address');
    await page.getByRole('button', { name: 'Update the preview' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByLabel('Catatan').inputValue()).resolves.toBe('address');

    const invalid = page.locator('td.invalid');
    await expect(invalid.count()).resolves.toBe(1);
    await expect(invalid.first().textContent()).resolves.toMatch(/required/i);
    await screenshot(page, 'import');

    // Saved for next time: the same file uploaded again opens with the column mapped.
    await page.getByRole('button', { name: 'Save this mapping for next time' }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/Mapping saved as/);
    await upload(page, file);
    await expect(page.getByLabel('Catatan').inputValue()).resolves.toBe('address');

    await page.getByRole('button', { name: 'Import now' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
    await page.locator('[data-state="done"]').waitFor({ timeout: 30_000 });
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(/created 2, invalid 1/);
    await screenshot(page, 'run');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a', { hasText: '.result.xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pelanggan.result.xlsx');
    const saved = rig.tmp.path('result.xlsx');
    await download.saveAs(saved);
    const rows = await readXlsx(saved);
    expect(rows.map((r) => [r._row, r._status, r['Kode Pelanggan']])).toEqual([
      ['2', 'created', 'WB-01'],
      ['3', 'invalid', 'WB-02'],
      ['4', 'created', 'WB-03'],
    ]);
    const stored = customersWithPrefix(rig.sandbox, 'WB-');
    expect(stored.map((c) => [c.ext_cust_no, c.address])).toEqual([
      ['WB-01', 'Jl. Braga 1'],
      ['WB-03', 'Jl. Sudirman 3'],
    ]);

    await page.goto(`${rig.serve.url}/runs`);
    await expect(page.locator('td[data-state="done"]').count()).resolves.toBe(1);
    await screenshot(page, 'runs');
    await page.close();
  });
});
