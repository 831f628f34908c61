/**
 * An apply and an undo cancelled from their page in the middle of the run, and resumed from the Runs
 * page (the undo after serve was started again on the same data folder): each continues its journal,
 * so every customer of the file exists once, no create is sent twice, and the undo deletes exactly
 * the records the apply created. The sandbox holds one request back (a scripted delay) until the
 * run is cancelled, so the cancel lands mid-run whatever the machine's speed.
 */
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { PATHS } from '../../../src/contract/index.js';
import { customersWithPrefix, sandboxClient, writeXlsx } from '../import-helpers.js';
import { webRig } from './web-rig.js';
import { uploadOnImportPage } from './web-upload.js';
import { holdAfterPass } from '../sandbox-faults.js';

const ROWS = 10;
/** Requests that pass before the one the sandbox holds back. */
const PASS = 3;
const rig = webRig('web-resume', {
  // One row at a time: the held request stops the run at row PASS + 1.
  args: ['--concurrency', '1'],
  async setup({ sandbox }) {
    await sandboxClient(sandbox).customers.create({
      ext_cust_no: 'KEEP-01',
      name: 'Toko Tetap',
      city: 'Solo',
    });
  },
});

async function runPage(page: Page, state: string): Promise<void> {
  await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
  await page.locator(`dd[data-state="${state}"]`).waitFor({ timeout: 60_000 });
}

/** Waits for the live progress bar to reach `done` rows, then cancels the run from its page. */
async function cancelAt(page: Page, done: number): Promise<void> {
  await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
  // The live line (server-sent events): `3 of 10 rows · …`; the held row keeps it there.
  await page.locator('p[data-line]', { hasText: new RegExp(`^${done} of `) }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel the run' }).click();
  await runPage(page, 'cancelled');
}

/** POSTs that created the customer `key`. */
const creates = (key: string) =>
  rig.sandbox.requests.filter(
    (r) =>
      r.method === 'POST' &&
      r.path === PATHS.customers &&
      (r.body as { ext_cust_no?: string } | undefined)?.ext_cust_no === key,
  ).length;

describe('Resume of an apply and an undo from the Runs page', () => {
  it('resumes a cancelled apply, then a cancelled undo after a restart: each record once, nothing else touched', async () => {
    const keys = Array.from({ length: ROWS }, (_, i) => `WR-${String(i + 1).padStart(2, '0')}`);
    const file = await writeXlsx(
      rig.tmp.path('pelanggan-baru.xlsx'),
      ['Kode Pelanggan', 'Nama Pelanggan', 'Kota'],
      keys.map((key, i) => [key, `Toko ${i + 1}`, 'Semarang']),
    );
    const page = await rig.page(undefined, { width: 1280, height: 800 });
    await uploadOnImportPage(page, rig.serve.url, file);
    await page.getByRole('button', { name: 'Plan (see what would change, send nothing)' }).click();
    await runPage(page, 'done');
    await expect(page.locator('[data-actions]').textContent()).resolves.toMatch(new RegExp(`create ${ROWS}`));

    // Run the plan; cancel it while the sandbox holds row PASS + 1.
    holdAfterPass(rig.sandbox, PASS, 'POST', PATHS.customers);
    await page.getByRole('button', { name: 'Run this plan' }).click();
    await cancelAt(page, PASS);
    expect(customersWithPrefix(rig.sandbox, 'WR-')).toHaveLength(PASS + 1); // the held one was committed

    // Resume from the Runs page: the cancelled apply is the one run offering it.
    await page.goto(`${rig.serve.url}/runs?lang=en`);
    const resume = page.getByRole('button', { name: 'Resume' });
    await expect(resume.count()).resolves.toBe(1);
    await resume.click();
    await runPage(page, 'done');
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(
      new RegExp(`created ${ROWS}`),
    );
    const stored = customersWithPrefix(rig.sandbox, 'WR-');
    expect(stored.map((c) => c.ext_cust_no).sort()).toEqual(keys);
    expect(keys.map(creates)).toEqual(keys.map(() => 1));

    // Undo the apply (its resumed run is the one offering it); cancel while a DELETE is held.
    const from = rig.sandbox.requests.length;
    holdAfterPass(rig.sandbox, PASS, 'DELETE', /^\/extapi\/v1\.0\/customers\/\d+$/);
    await page.goto(`${rig.serve.url}/runs?lang=en`);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo.count()).resolves.toBe(1);
    // An undo that deletes asks for the number first (docs/GUARDS.md).
    await page.getByLabel(/Type the number of records this undo may delete/).fill(String(ROWS));
    await undo.click();
    await cancelAt(page, PASS);
    expect(customersWithPrefix(rig.sandbox, 'WR-')).toHaveLength(ROWS - PASS - 1);

    // serve stops and starts again on the same data folder: the undo is still there to resume.
    await rig.restart();
    await page.goto(`${rig.serve.url}/runs?lang=en`);
    const again = page.getByRole('button', { name: 'Resume' });
    await expect(again.count()).resolves.toBe(1);
    await again.click();
    await runPage(page, 'done');
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(
      new RegExp(`deleted ${ROWS}`),
    );

    expect(customersWithPrefix(rig.sandbox, 'WR-')).toEqual([]);
    expect(customersWithPrefix(rig.sandbox, 'KEEP-')).toHaveLength(1);
    const writes = rig.sandbox.requests.slice(from).filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      stored.map((c) => `DELETE ${PATHS.customers}/${c.id}`).sort(),
    );
    await page.close();
  }, 180_000);
});
