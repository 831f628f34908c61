/**
 * Destructive runs on the page ask first (docs/GUARDS.md, "On the web page"), in a real browser
 * against serve + the sandbox: a plan that deletes runs only with the number of records typed beside
 * "Run this plan" — a wrong or missing number is refused by the server and nothing is sent — and an
 * undo that creates the deleted records again asks the same on the Runs page. "Import now" with the
 * delete mode is refused: on the page a delete goes through a plan.
 */
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { customersWithPrefix, dataRequests, sandboxClient, writeXlsx } from '../import-helpers.js';
import { screenshot, visit } from './web-helpers.js';
import { webRig } from './web-rig.js';
import { chooseMode, uploadOnImportPage } from './web-upload.js';

const rig = webRig('web-confirm', {
  setup: async ({ sandbox }) => {
    const client = sandboxClient(sandbox);
    for (const n of [1, 2, 3]) await client.customers.create({ ext_cust_no: `WD-0${n}`, name: `Toko ${n}` });
  },
});
const tmp = rig.tmp;

const writes = (since: number) => dataRequests(rig.sandbox, since).filter((r) => r.method !== 'GET');
const keys = () =>
  customersWithPrefix(rig.sandbox, 'WD')
    .map((c) => c.ext_cust_no)
    .sort();

async function ended(page: Page): Promise<void> {
  await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
  await page.locator('dd[data-state="done"]').waitFor({ timeout: 30_000 });
}

/** A POST of a page's form made without the browser, as a script (or a forged form) would. */
async function postForm(
  path: string,
  fields: Record<string, string>,
): Promise<{ status: number; body: string }> {
  // The run's own page carries the form, and with it a session's CSRF token.
  const { cookie, csrf } = await visit(`${rig.serve.url}${path.replace(/\/[a-z]+$/, '')}`);
  const res = await fetch(`${rig.serve.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  });
  return { status: res.status, body: await res.text() };
}

describe('a plan that deletes, and its undo', () => {
  it('runs only with the number typed; the undo that re-creates asks the same', async () => {
    const file = await writeXlsx(tmp.path('hapus.xlsx'), ['Kode Pelanggan'], [['WD-01'], ['WD-02']]);
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await uploadOnImportPage(page, rig.serve.url, file);
    await chooseMode(page, 'delete');
    const importUrl = page.url();

    // Import now would delete before anyone saw the number: refused.
    let since = rig.sandbox.requests.length;
    await page.getByRole('button', { name: 'Import now' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /delete runs through a plan.*\[DELETE_NOT_CONFIRMED\]/,
    );
    expect(writes(since)).toEqual([]);

    await page.goto(importUrl);
    await chooseMode(page, 'delete');
    await page.getByRole('button', { name: 'Plan (see what would change, send nothing)' }).click();
    await ended(page);
    await expect(page.locator('[data-actions]').textContent()).resolves.toMatch(/delete 2/);
    const planUrl = page.url();
    const planId = planUrl.split('/').pop() ?? '';
    const field = page.getByLabel('Type the number of records this plan deletes (2) to run it');
    await expect(field.count()).resolves.toBe(1);

    // Without the number (a POST that skips the browser's own check) and with a wrong one: refused.
    since = rig.sandbox.requests.length;
    const bare = await postForm(`/runs/${planId}/apply`, {});
    expect(bare.status).toBe(400);
    expect(bare.body).toContain('[DELETE_NOT_CONFIRMED]');
    await field.fill('20');
    await page.getByRole('button', { name: 'Run this plan' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /Not run: type the number of records it will delete \(2\).*"20".*\[DELETE_NOT_CONFIRMED\]/,
    );
    expect(writes(since)).toEqual([]);
    expect(keys()).toEqual(['WD-01', 'WD-02', 'WD-03']);

    // The same in Indonesian.
    await page.goto(`${planUrl}?lang=id`);
    await expect(
      page.getByLabel('Ketik jumlah data yang dihapus oleh rencana ini (2) untuk menjalankannya').count(),
    ).resolves.toBe(1);

    // The right number runs it.
    await page.goto(`${planUrl}?lang=en`);
    await field.fill('2');
    await screenshot(page, 'plan-delete-confirm');
    await page.getByRole('button', { name: 'Run this plan' }).click();
    await ended(page);
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(/deleted 2/);
    expect(writes(since).filter((r) => r.method === 'DELETE')).toHaveLength(2);
    expect(keys()).toEqual(['WD-03']);
    const applyId = page.url().split('/').pop() ?? '';

    // Undo of that apply creates the two again: the Runs page asks for 2.
    await page.goto(`${rig.serve.url}/runs?lang=en`);
    await expect(page.locator('[data-undo-counts]').textContent()).resolves.toContain('2 created again');
    since = rig.sandbox.requests.length;
    const bareUndo = await postForm(`/runs/${applyId}/undo`, {});
    expect(bareUndo.status).toBe(400);
    expect(bareUndo.body).toContain('[DELETE_NOT_CONFIRMED]');
    // The preview needs no number: it sends nothing.
    await page.getByRole('button', { name: 'Preview the undo (send nothing)' }).click();
    await ended(page);
    expect(writes(since)).toEqual([]);
    await page.goto(`${rig.serve.url}/runs?lang=en`);
    const undoField = page.getByLabel(
      'Type the number of records this undo may delete, cancel or create again (2) to run it',
    );
    await undoField.fill('2');
    await screenshot(page, 'runs-undo-confirm');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await ended(page);
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(/created 2/);
    expect(keys()).toEqual(['WD-01', 'WD-02', 'WD-03']);
    await page.close();
  });
});
