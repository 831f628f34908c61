/**
 * The same file uploaded a second time and imported again, as a sales admin does when unsure whether
 * the first import went through: its rows without a customer number must not be created twice. The
 * page says the file was imported already (when, not where on the server's disk, not a CLI flag), and
 * "Import once more" imports it again for whoever means it.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { webRig } from './web-rig.js';
import { uploadOnImportPage } from './web-upload.js';

const rig = webRig('web-reupload');

const keyless = () => rig.sandbox.state.customers().filter((c) => c.name.startsWith('Toko Tanpa Kode'));

/** The run page's state once the run is over. */
async function endedState(page: Page): Promise<string | null> {
  await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
  const state = page.locator('dd[data-state]:not([data-state="running"])');
  await state.waitFor({ timeout: 30_000 });
  return state.getAttribute('data-state');
}

describe('the same file uploaded again', () => {
  it('creates nothing twice, says when it was imported, and imports once more only when asked', async () => {
    const file = rig.tmp.path('pelanggan tanpa kode.csv');
    writeFileSync(
      file,
      'Nama;Alamat;Kota;No HP\r\nToko Tanpa Kode A;Jl. Satu 1;Bogor;081299990001\r\n' +
        'Toko Tanpa Kode B;Jl. Dua 2;Bogor;081299990002\r\n',
    );
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await uploadOnImportPage(page, rig.serve.url, file);
    await page.getByRole('button', { name: 'Import now' }).click();
    await expect(endedState(page)).resolves.toBe('done');
    expect(keyless()).toHaveLength(2);

    // A second upload of the same content: a new upload, a new run folder.
    await uploadOnImportPage(page, rig.serve.url, file);
    await page.getByRole('button', { name: 'Import now' }).click();
    await expect(endedState(page)).resolves.toBe('failed');
    expect(keyless()).toHaveLength(2);
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toMatch(/already imported/);
    expect(alert).toContain('[ALREADY_IMPORTED]');
    // Nothing of the server's disk, the upload's stored name or the command line.
    expect(alert).not.toMatch(/--again|--mode|journal|\/|[0-9a-f]{8}-[0-9a-f]{4}/);

    await page.getByRole('button', { name: 'Import once more' }).click();
    await expect(endedState(page)).resolves.toBe('done');
    expect(keyless()).toHaveLength(4);
    await page.close();
  });
});
