/**
 * Export, Templates and Connection in a real browser (at 1280×800 and at a phone's width), an axe-core
 * audit of the Export page's form labels, and the Indonesian switch. Screenshots go to docs/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import { readXlsx } from '../helpers.js';
import { screenshot } from './web-helpers.js';
import { webRig } from './web-rig.js';

const rig = webRig('web-pages', {
  sandbox: { seed: 'demo' },
  setup({ tmp }) {
    mkdirSync(tmp.path('exports'));
    const jobs = {
      timezone: 'Asia/Jakarta',
      jobs: [
        {
          name: 'pesanan-malam',
          cron: '0 2 * * *',
          entity: 'orders',
          out: tmp.path('exports/orders-{date}.csv'),
        },
      ],
    };
    writeFileSync(tmp.path('jobs.json'), JSON.stringify(jobs));
    return ['--jobs', tmp.path('jobs.json')];
  },
});

describe('pages', () => {
  it('exports customers to a downloaded XLSX holding the sandbox records', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${rig.serve.url}/export?lang=en`);
    await page.getByLabel('Data', { exact: true }).selectOption('customers');
    await page.getByLabel('File format').selectOption('xlsx');
    // The jobs of --jobs, with their next run (02:00 in Jakarta) and no last run yet.
    const job = page.locator('tr', { hasText: 'pesanan-malam' });
    await expect(job.textContent()).resolves.toMatch(/0 2 \* \* \*.*not yet.*(2:00|02:00)/s);
    await screenshot(page, 'export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export and download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^customers-.*\.xlsx$/);
    const saved = rig.tmp.path('customers.xlsx');
    await download.saveAs(saved);
    const rows = await readXlsx(saved);
    const expected = rig.sandbox.state
      .customers()
      .map((c) => c.ext_cust_no)
      .sort();
    expect(rows.map((r) => r.ext_cust_no).sort()).toEqual(expected);
    await page.close();
  });

  it('downloads a template and shows the connection report', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${rig.serve.url}/templates?lang=en`);
    await screenshot(page, 'templates');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href$="/templates/products.csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('products-template.csv');
    const saved = rig.tmp.path('products-template.csv');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toMatch(/ext_product_code/);

    await page.goto(`${rig.serve.url}/connection`);
    await expect(page.getByRole('status').textContent()).resolves.toContain(rig.sandbox.url);
    await expect(page.locator('body').textContent()).resolves.not.toContain(
      rig.sandbox.credentials.password + '\n',
    );
    await screenshot(page, 'connection');
    await page.close();
  });

  it('switches to Indonesian and fits a phone screen', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${rig.serve.url}/import?lang=id`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Impor');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
    // The choice is remembered: the next page is Indonesian without asking.
    await page.goto(`${rig.serve.url}/export`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Ekspor');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'export-phone');
    await page.close();
  });

  it('has no axe-core violations of form labels on the Export and Import pages', async () => {
    const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const page = await rig.browser.newPage({ bypassCSP: true });
    for (const path of ['/export', '/import']) {
      await page.goto(`${rig.serve.url}${path}?lang=en`);
      await page.addScriptTag({ path: axe });
      const result = await page.evaluate<{ violations: { id: string }[] }>(
        "axe.run({ runOnly: { type: 'rule', values: ['label', 'select-name', 'button-name', 'html-has-lang'] } })",
      );
      expect(result.violations.map((v) => v.id)).toEqual([]);
    }
    await page.close();
  });
});
