/**
 * A slow import (the sandbox answers late) cancelled from its page while the progress bar moves, then
 * resumed from the same page: every row ends in the sandbox exactly once.
 */
import { describe, expect, it } from '@jest/globals';
import { customersWithPrefix, writeXlsx } from '../import-helpers.js';
import { webRig } from './web-rig.js';

const ROWS = 60;
const rig = webRig('web-cancel', { sandbox: { latencyMs: 200 }, args: ['--concurrency', '1'] });

describe('a run from the page', () => {
  it('is cancelled while it runs and resumed to the end, each row sent once', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => [
      `WC-${String(i + 1).padStart(2, '0')}`,
      `Toko ${i + 1}`,
      'Semarang',
    ]);
    const file = await writeXlsx(rig.tmp.path('banyak.xlsx'), ['ext_cust_no', 'name', 'city'], rows);
    const page = await rig.browser.newPage();
    await page.goto(`${rig.serve.url}/import?lang=en`);
    await page.getByLabel('File (.csv, .xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/import\/[0-9a-f-]+/);
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]+$/);

    // Live progress from the server-sent events: the bar moves before the run ends.
    const bar = page.locator('progress');
    while ((await bar.evaluate((el) => (el as unknown as { value: number }).value)) < 3) {
      await page.waitForTimeout(50);
    }
    await page.getByRole('button', { name: 'Cancel the run' }).click();
    await page.locator('[data-state="cancelled"]').waitFor({ timeout: 30_000 });
    const sentBefore = customersWithPrefix(rig.sandbox, 'WC-').length;
    expect(sentBefore).toBeGreaterThan(0);
    expect(sentBefore).toBeLessThan(ROWS);

    await page.getByRole('button', { name: 'Resume' }).click();
    await page.locator('[data-state="done"]').waitFor({ timeout: 60_000 });
    const stored = customersWithPrefix(rig.sandbox, 'WC-').map((c) => c.ext_cust_no);
    expect(stored).toHaveLength(ROWS);
    expect(new Set(stored).size).toBe(ROWS);
    await page.close();
  });
});
