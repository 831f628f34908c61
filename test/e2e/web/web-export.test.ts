/**
 * The Export page's CSV delimiter in a real browser: `;` by default on the Indonesian page (Excel set to
 * Indonesian reads it in columns), `,` on the English page, the hint beside it, a choice that overrides
 * the default, and a `;` download that the Import page reads back in its columns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { webRig } from './web-rig.js';

const rig = webRig('web-export', { sandbox: { seed: 'demo' } });

/** Exports customers as CSV from the open Export page and returns the downloaded text. */
async function downloadCsv(page: Page, button: string, name: string): Promise<string> {
  await page.locator('#entity').selectOption('customers');
  await page.locator('#format').selectOption('csv');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^customers-.*\.csv$/);
  const saved = rig.tmp.path(name);
  await download.saveAs(saved);
  return readFileSync(saved, 'utf8');
}

const headerOf = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n')[0];

describe('Export page: CSV delimiter', () => {
  it('writes ; by default in Indonesian, with the hint, and the Import page reads it back in columns', async () => {
    const page = await rig.page('/export?lang=id');
    const delimiter = page.getByLabel('CSV: pemisah kolom');
    await expect(delimiter.inputValue()).resolves.toBe(';');
    await expect(page.locator('#delimiter-hint').textContent()).resolves.toMatch(
      /Excel berbahasa Indonesia pakai ;/,
    );
    const text = await downloadCsv(page, 'Ekspor dan unduh', 'pelanggan-id.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(headerOf(text)).toMatch(/^id;ext_cust_no;name;/);
    expect(headerOf(text)).not.toContain(',');
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    const expected = rig.sandbox.state.customers().map((c) => c.ext_cust_no);
    expect(parsed.data.map((r) => r.ext_cust_no).sort()).toEqual([...expected].sort());

    // Imported back on the page: the columns are the export's, each mapped to its own field.
    await page.goto(`${rig.serve.url}/import?lang=en`);
    await page.getByLabel('Data in the file').selectOption('customers');
    await page.getByLabel('File (.csv, .xlsx)').setInputFiles(rig.tmp.path('pelanggan-id.csv'));
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/import\/[0-9a-f-]+/);
    await expect(page.getByLabel('ext_cust_no', { exact: true }).inputValue()).resolves.toBe('ext_cust_no');
    await expect(page.getByLabel('name', { exact: true }).inputValue()).resolves.toBe('name');
    await expect(page.locator('td.invalid').count()).resolves.toBe(0);
    await page.close();
  });

  it('writes , by default in English, and ; when chosen', async () => {
    const page = await rig.page('/export?lang=en');
    await expect(page.getByLabel('CSV: column separator').inputValue()).resolves.toBe(',');
    await expect(page.locator('#delimiter-hint').textContent()).resolves.toMatch(
      /For Excel in Indonesian use ;/,
    );
    expect(headerOf(await downloadCsv(page, 'Export and download', 'customers-en.csv'))).toMatch(
      /^id,ext_cust_no,name,/,
    );

    await page.goto(`${rig.serve.url}/export?lang=en`);
    await page.getByLabel('CSV: column separator').selectOption(';');
    expect(headerOf(await downloadCsv(page, 'Export and download', 'customers-en-semicolon.csv'))).toMatch(
      /^id;ext_cust_no;name;/,
    );
    await page.close();
  });

  it('leaves the delimiter out of an XLSX export', async () => {
    const page = await rig.page('/export?lang=id');
    await page.locator('#entity').selectOption('products');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor dan unduh' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^products-.*\.xlsx$/);
    await page.close();
  });
});
