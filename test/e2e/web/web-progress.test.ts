/**
 * A long import's progress line on the Indonesian page: the total in the language's digits and the time
 * left in minutes (seen by hand on 5,000 rows: "1.006 dari 5000 baris · … · sekitar 665 detik lagi").
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { webRig } from './web-rig.js';

const ROWS = 1500;
// At most 5 rows a second (one request at a time, each answered after 200 ms): well over 90 s left.
const rig = webRig('web-progress', { sandbox: { latencyMs: 200 }, args: ['--concurrency', '1'] });

describe('a long run', () => {
  it('shows its total as a number and the time left in minutes', async () => {
    const lines = Array.from({ length: ROWS }, (_, i) => `WP-${i + 1};Toko ${i + 1};Bekasi`);
    const file = rig.tmp.path('pelanggan-banyak.csv');
    writeFileSync(file, ['Kode Pelanggan;Nama;Kota', ...lines].join('\r\n') + '\r\n');
    const page = await rig.browser.newPage();
    await page.goto(`${rig.serve.url}/import?lang=id`);
    await page.getByLabel('File (.csv, .xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
    await page.waitForURL(/\/import\/[0-9a-f-]+/);
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]+$/);

    const line = page.locator('[data-line]');
    // Once the first figures came in over the server-sent events (before, the time left is unknown).
    while (!/lagi$/.test((await line.textContent()) ?? '')) await page.waitForTimeout(50);
    await expect(line.textContent()).resolves.toMatch(
      /^[\d.]+ dari 1\.500 baris · .* · sekitar \d+ menit lagi$/,
    );
    await page.getByRole('button', { name: 'Hentikan proses' }).click();
    await page.locator('[data-state="cancelled"]').waitFor({ timeout: 30_000 });
    await page.close();
  });
});
