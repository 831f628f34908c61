/**
 * The import page's preview tells warnings from errors, in a real browser: a row whose only issue
 * is a warning (a phone saved as a number, its leading zero put back: MAP_ZERO_RESTORED) is counted
 * apart as valid, and its cell has the warning style (dashed outline, a ⚠ sign, "Warning:" for screen
 * readers, the message in its tooltip); a row with an error keeps the error style.
 */
import { describe, expect, it } from '@jest/globals';
import type { Locator } from 'playwright-core';
import { writeXlsx } from '../import-helpers.js';
import { screenshot } from './web-helpers.js';
import { webRig } from './web-rig.js';
import { uploadOnImportPage } from './web-upload.js';

const rig = webRig('web-warnings');
const tmp = rig.tmp;

/** The browser's own computed style (the tests compile without the DOM's types). */
type StyleWindow = { getComputedStyle(element: unknown): { outlineStyle: string } };
const outlineOf = (cell: Locator) =>
  cell.evaluate((td) => (globalThis as unknown as StyleWindow).getComputedStyle(td).outlineStyle);

describe('the preview grid', () => {
  it('counts a warning-only row as valid and marks its cell apart from an error', async () => {
    const file = await writeXlsx(
      tmp.path('pelanggan.xlsx'),
      ['Kode Pelanggan', 'Nama Pelanggan', 'No HP'],
      [
        // A phone typed into Excel as a number: its leading zero was lost, and is put back.
        ['WW-01', 'Toko Satu', 81234567801],
        ['WW-02', '', '081234567802'],
        ['WW-03', 'Toko Tiga', '081234567803'],
      ],
    );
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await uploadOnImportPage(page, rig.serve.url, file);

    await expect(page.locator('[data-error-rows]').getAttribute('data-error-rows')).resolves.toBe('1');
    await expect(page.locator('[data-warning-rows]').textContent()).resolves.toContain(
      'Rows with a warning in the preview (valid, sent as shown): 1',
    );

    const rows = page.locator('table.preview tbody tr');
    const warned = rows.nth(0).locator('td').nth(2);
    await expect(warned.getAttribute('class')).resolves.toBe('warning');
    await expect(warned.getAttribute('data-invalid')).resolves.toBeNull();
    await expect(warned.getAttribute('title')).resolves.toMatch(/081234567801/);
    await expect(warned.textContent()).resolves.toContain('Warning:');
    await expect(outlineOf(warned)).resolves.toBe('dashed');
    // The other cells of the warned row are plain.
    await expect(rows.nth(0).locator('td.invalid, td.warning').count()).resolves.toBe(1);

    const missing = rows.nth(1).locator('td').nth(1);
    await expect(missing.getAttribute('class')).resolves.toBe('invalid');
    await expect(missing.textContent()).resolves.toContain('Error:');
    await expect(missing.getAttribute('title')).resolves.not.toBe('');
    await expect(outlineOf(missing)).resolves.toBe('solid');
    await expect(rows.nth(2).locator('td.invalid, td.warning').count()).resolves.toBe(0);
    await screenshot(page, 'import-warnings');

    // The same in Indonesian: the warned row is not among the "Baris bermasalah".
    const indonesian = new URL(page.url());
    indonesian.searchParams.set('lang', 'id');
    await page.goto(indonesian.toString());
    await expect(page.locator('[data-error-rows]').textContent()).resolves.toContain(
      'Baris bermasalah dalam pratinjau (tidak dikirim sebelum diperbaiki): 1',
    );
    await expect(page.locator('[data-warning-rows]').textContent()).resolves.toContain(
      'Baris dengan peringatan dalam pratinjau (valid, dikirim seperti yang tampil): 1',
    );
    await page.close();
  });
});
