/**
 * Plan, apply and undo in a real browser against serve + the sandbox: a messy customer XLSX whose
 * rows update customers already on the server is planned (counts per action, the change old → new,
 * nothing sent), the plan carried out (the server holds the new value), then the apply undone from
 * the Runs page (the old value again); a second undo sends nothing and says why.
 */
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { readXlsx } from '../helpers.js';
import { customersWithPrefix, dataRequests, sandboxClient, writeXlsx } from '../import-helpers.js';
import { screenshot } from './web-helpers.js';
import { webRig } from './web-rig.js';
import { chooseMode, uploadOnImportPage } from './web-upload.js';

const rig = webRig('web-plan-undo', {
  async setup({ sandbox }) {
    const client = sandboxClient(sandbox);
    await client.customers.create({ ext_cust_no: 'WP-01', name: 'Toko Satu', city: 'Bandung' });
    await client.customers.create({ ext_cust_no: 'WP-02', name: 'Toko Dua', city: 'Semarang' });
  },
});

const cityOf = (key: string) => customersWithPrefix(rig.sandbox, key).map((c) => c.city);

async function ended(page: Page, state = 'done'): Promise<void> {
  await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
  await page.locator(`dd[data-state="${state}"]`).waitFor({ timeout: 30_000 });
}

describe('Plan, run that plan, undo it', () => {
  it('plans an update, applies exactly it, and undoes it from the Runs page', async () => {
    const file = await writeXlsx(
      rig.tmp.path('pelanggan-update.xlsx'),
      ['Kode Pelanggan', 'Nama Pelanggan', 'Kota'],
      [
        ['WP-01', 'Toko Satu', 'Surabaya'],
        ['WP-02', 'Toko Dua', 'Semarang'],
        ['WP-09', 'Toko Hilang', 'Medan'],
      ],
      { above: [['Daftar pelanggan — perubahan kota'], []] },
    );
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await uploadOnImportPage(page, rig.serve.url, file);
    await chooseMode(page, 'update');
    const before = rig.sandbox.requests.length;

    // Plan: reads only; the page shows the counts and the one change.
    await page.getByRole('button', { name: 'Plan (see what would change, send nothing)' }).click();
    await ended(page);
    await expect(page.locator('[data-actions]').textContent()).resolves.toMatch(/update 1/);
    await expect(page.locator('[data-actions]').textContent()).resolves.toMatch(/unchanged 1/);
    const update = page.locator('table[data-changes] tr[data-action="update"]');
    await expect(update.count()).resolves.toBe(1);
    await expect(update.locator('td.changes').textContent()).resolves.toContain('Bandung → Surabaya');
    await expect(page.locator('table[data-changes] tr[data-action="unchanged"]').count()).resolves.toBe(0);
    expect(dataRequests(rig.sandbox, before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(cityOf('WP-01')).toEqual(['Bandung']);
    await screenshot(page, 'web-plan');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a', { hasText: '.plan.xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pelanggan-update.plan.xlsx');
    await download.saveAs(rig.tmp.path('plan.xlsx'));
    const planned = await readXlsx(rig.tmp.path('plan.xlsx'));
    expect(planned.map((r) => [r['Kode Pelanggan'], r._action])).toEqual([
      ['WP-01', 'update'],
      ['WP-02', 'unchanged'],
      ['WP-09', 'invalid'],
    ]);

    // Run: exactly that plan.
    await page.getByRole('button', { name: 'Run this plan' }).click();
    await ended(page);
    await expect(page.locator('dd', { hasText: 'apply' }).count()).resolves.toBe(1);
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(/updated 1/);
    expect(cityOf('WP-01')).toEqual(['Surabaya']);
    expect(cityOf('WP-02')).toEqual(['Semarang']);

    // Undo from the Runs page: only the apply can be undone.
    await page.goto(`${rig.serve.url}/runs?lang=en`);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo.count()).resolves.toBe(1);
    await screenshot(page, 'runs-undo');
    await undo.click();
    await ended(page);
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(/updated 1/);
    expect(cityOf('WP-01')).toEqual(['Bandung']);

    // A second undo does nothing and says so.
    await page.goto(`${rig.serve.url}/runs?lang=en`);
    const sent = rig.sandbox.requests.length;
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await ended(page);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('ALREADY_UNDONE');
    expect(dataRequests(rig.sandbox, sent).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(cityOf('WP-01')).toEqual(['Bandung']);
    await page.close();
  });
});
