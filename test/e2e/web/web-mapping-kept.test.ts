/**
 * A mapping choice on the Import page is never lost (user test point 27): every drop-down change posts
 * the whole form and the answer replaces it, so a choice made while the answer to an earlier one was on
 * its way used to be overwritten by that answer — the drop-down went back to what was detected and
 * the run went without it. Two choices made one right after the other are both kept and both used, and
 * a reload or the page's address in a second tab shows them (they were lost on a reload).
 */
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { customersWithPrefix } from '../import-helpers.js';
import { webRig } from './web-rig.js';

const rig = webRig('web-mapping-kept');

/** Enough rows that checking the file takes a moment, as a real one does. */
const CSV = [
  'Kode Pelanggan,Nama,HP toko,Kota,Catatan',
  ...Array.from(
    { length: 300 },
    (_, i) => `MK-${i},Toko ${i},0812345${String(i).padStart(5, '0')},Solo,Jl. ${i}`,
  ),
].join('\n');

async function upload(page: Page): Promise<void> {
  await page.goto(`${rig.serve.url}/import?lang=en`);
  await page.getByLabel('Data in the file').selectOption('customers');
  await page.getByLabel('File (.csv, .xlsx)').setInputFiles({
    name: 'toko.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await page.waitForURL(/\/import\/[0-9a-f-]+/);
}

describe('Import page: mapping choices', () => {
  it('keeps and uses two choices made one right after the other', async () => {
    const page = await rig.page();
    await upload(page);
    await expect(page.getByLabel('HP toko').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Catatan').inputValue()).resolves.toBe('');

    await page.getByLabel('Catatan').selectOption('address');
    await page.getByLabel('HP toko').selectOption('phone');
    await page.waitForLoadState('networkidle');
    await expect(page.getByLabel('Catatan').inputValue()).resolves.toBe('address');
    await expect(page.getByLabel('HP toko').inputValue()).resolves.toBe('phone');

    // The address follows the choices: a reload, and the address opened in a second tab, keep them.
    await page.waitForURL(/col\.2=phone&.*col\.4=address/);
    expect(page.url()).not.toContain('_csrf');
    await page.reload();
    await expect(page.getByLabel('Catatan').inputValue()).resolves.toBe('address');
    await expect(page.getByLabel('HP toko').inputValue()).resolves.toBe('phone');
    const second = await rig.browser.newPage();
    await second.goto(page.url());
    await expect(second.getByLabel('HP toko').inputValue()).resolves.toBe('phone');
    await second.close();

    await page.getByRole('button', { name: 'Import now' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
    await page.locator('[data-state="done"]').waitFor({ timeout: 60_000 });
    const stored = customersWithPrefix(rig.sandbox, 'MK-');
    expect(stored).toHaveLength(300);
    expect(stored.find((c) => c.ext_cust_no === 'MK-7')).toMatchObject({
      phone: '081234500007',
      address: 'Jl. 7',
    });
    await page.close();
  });
});
