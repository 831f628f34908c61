/**
 * A sign-in outlives a restart of serve: signed in in a real browser, serve stopped and started again on
 * the same data folder, the pages open and a form posts (its CSRF token still good) without signing in
 * again. The signing key is in the data folder, owner-only, without the password; a new page password
 * signs everyone out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { webRig } from './web-rig.js';

const PASSWORD = 'kata-sandi-halaman-7';
const NEW_PASSWORD = 'kata-sandi-baru-8';
const rig = webRig('web-session-restart', { env: { SALESMANIA_UI_PASSWORD: PASSWORD } });

async function signIn(page: Page, password: string): Promise<void> {
  await page.getByLabel('Page password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/import$/);
}

async function uploadCsv(page: Page, name: string): Promise<void> {
  await page.getByLabel('Data in the file').selectOption('customers');
  await page.getByLabel('File (.csv, .xlsx)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from('ext_cust_no,name,phone\nRS-01,Toko Restart,081234567890\n'),
  });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await page.waitForURL(/\/import\/[0-9a-f-]+/);
}

describe('sign-in and a restart of serve', () => {
  it('stays signed in across a restart; a new page password signs out', async () => {
    const page = await rig.page();
    const first = await page.goto(`${rig.serve.url}/import?lang=en`);
    expect(first?.status()).toBe(401);
    await signIn(page, PASSWORD);
    await uploadCsv(page, 'before.csv');

    await rig.restart();
    const after = await page.goto(`${rig.serve.url}/import`);
    expect(after?.status()).toBe(200);
    await expect(page.getByLabel('Page password').count()).resolves.toBe(0);
    await uploadCsv(page, 'after.csv'); // a POST: the CSRF token of the page is still the session's
    await expect(page.locator('body').textContent()).resolves.toContain('Toko Restart');

    // Killed outright, not stopped: the key was on the disk from the first start.
    await rig.restart('SIGKILL');
    expect((await page.goto(`${rig.serve.url}/runs`))?.status()).toBe(200);

    const keyFile = join(rig.dataDir, '.web-session.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    for (const name of readdirSync(rig.dataDir).filter((n) => n.startsWith('.web-'))) {
      expect(readFileSync(join(rig.dataDir, name), 'utf8')).not.toContain(PASSWORD);
    }

    await rig.restart('SIGTERM', { SALESMANIA_UI_PASSWORD: NEW_PASSWORD });
    const signedOut = await page.goto(`${rig.serve.url}/import`);
    expect(signedOut?.status()).toBe(401);
    await signIn(page, NEW_PASSWORD);
    await page.close();
  });

  it('a signed-out browser stays signed out across a restart, even with its old cookie', async () => {
    const page = await rig.page('/import?lang=en');
    await signIn(page, NEW_PASSWORD);
    const [old] = (await page.context().cookies()).filter((c) => c.name === 'salesmania_session');
    await page.getByRole('button', { name: /sign out/i }).click();
    await page.waitForURL(/\/login$/);
    await rig.restart('SIGTERM', { SALESMANIA_UI_PASSWORD: NEW_PASSWORD });
    await page.context().addCookies([old]);
    expect((await page.goto(`${rig.serve.url}/import`))?.status()).toBe(401);
    await page.close();
  });
});
