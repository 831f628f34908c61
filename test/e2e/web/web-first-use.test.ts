/**
 * What a sales admin meets on first use of a page with a password, in Indonesian: the first visit, a
 * file that is no spreadsheet, a messy file checked on a phone. Each was seen wrong by hand: "your
 * session has ended" to someone who never signed in, the entity chosen forgotten after a refused file
 * (the next file would have been checked as customers), the whole page scrolling sideways at 375 px,
 * three files to download after a run with nothing to say which one to fix.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { webRig } from './web-rig.js';

const PASSWORD = 'kata-sandi-admin-9';
const rig = webRig('web-first-use', { env: { SALESMANIA_UI_PASSWORD: PASSWORD } });

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Kata sandi halaman').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/import$/);
}

describe('first use, in Indonesian', () => {
  it('asks a first visitor to sign in without saying a session ended; an ended session says so', async () => {
    const page = await rig.browser.newPage();
    const first = await page.goto(`${rig.serve.url}/?lang=id`);
    expect(first?.status()).toBe(401);
    await expect(page.getByLabel('Kata sandi halaman').isVisible()).resolves.toBe(true);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/berakhir/);
    await signIn(page);
    // A cookie the server no longer honours (signed out elsewhere, expired, another key) is an ended session.
    const cookie = (await page.context().cookies()).find((c) => c.name === 'salesmania_session');
    if (!cookie) throw new Error('no session cookie after signing in');
    const body = cookie.value.slice(0, cookie.value.lastIndexOf('.'));
    await page.context().addCookies([{ ...cookie, value: `${body}.forged-signature` }]);
    await page.goto(`${rig.serve.url}/runs`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Sesi Anda telah berakhir/);
    await page.close();
  });

  it('keeps the data and the columns chosen when the language is switched on the check page', async () => {
    const page = await rig.browser.newPage();
    await page.goto(`${rig.serve.url}/import?lang=id`);
    await signIn(page);
    const csv = rig.tmp.path('pesanan.csv');
    writeFileSync(
      csv,
      'No Order;Tanggal;Kode Pelanggan;Kode Produk;Qty;Memo Toko\r\nSO-1;05/11/2026;C001;P001;2;x\r\n',
    );
    await page.getByLabel('Data dalam file').selectOption('orders');
    await page.getByLabel('File (.csv, .xlsx)').setInputFiles(csv);
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
    await page.waitForURL(/\/import\/[0-9a-f-]+/);
    // A drop-down changed (posted by htmx, the address follows), then the switch to English.
    await expect(page.getByLabel('Memo Toko').inputValue()).resolves.toBe('');
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByLabel('Memo Toko').selectOption('description'),
    ]);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await expect(page.locator('input[name="entity"]').inputValue()).resolves.toBe('orders');
    await expect(page.getByLabel('Memo Toko').inputValue()).resolves.toBe('description');
    await expect(page.getByRole('button', { name: 'Import now' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('keeps the data chosen when the file is refused, and fits a 375 px screen with a messy file', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${rig.serve.url}/import?lang=id`);
    await signIn(page);
    const pdf = rig.tmp.path('laporan.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await page.getByLabel('Data dalam file').selectOption('orders');
    await page.getByLabel('File (.csv, .xlsx)').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/READ_UNSUPPORTED_FORMAT/);
    await expect(page.getByLabel('Data dalam file').inputValue()).resolves.toBe('orders');

    const csv = rig.tmp.path('pelanggan.csv');
    writeFileSync(
      csv,
      'Kode Pelanggan;Nama Toko;Alamat;Kota;No. Telp;Keterangan\r\n' +
        'PLG-001;Toko Berkah Jaya;Jl. Merdeka 5;Bandung;telp kantor;langganan lama sekali\r\n' +
        'PLG-002;UD Sinar Terang;Jl. Ahmad Yani 12;Surabaya;0812-xxx;pelanggan baru bulan ini\r\n',
    );
    await page.getByLabel('Data dalam file').selectOption('customers');
    await page.getByLabel('File (.csv, .xlsx)').setInputFiles(csv);
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
    await page.waitForURL(/\/import\/[0-9a-f-]+/);
    await expect(page.locator('td.invalid').count()).resolves.toBe(2);
    // The wide preview scrolls inside its box; the page itself does not move sideways.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);

    // The run's files say what each is for: the errors sheet is the one to fix and upload again.
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await page.locator('dd[data-state="done"]').waitFor({ timeout: 30_000 });
    const files = page.locator('[data-files] li');
    await expect(files.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^pelanggan\.result\.csv.*setiap baris/s),
      expect.stringMatching(/^pelanggan\.errors\.csv.*perbaiki.*impor lagi/s),
      expect.stringMatching(/^pelanggan\.journal\.jsonl.*tidak perlu dibuka/s),
    ]);
    await page.close();
  });
});
