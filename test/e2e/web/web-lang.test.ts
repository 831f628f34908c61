/**
 * The page's language is its runs' language: a messy customer file planned and run from an
 * Indonesian page gets an Indonesian plan table, summary and result sheet `_error`, exactly as
 * `--lang id` gives the CLI; the same file from an English page gets English. Codes, `_status` and
 * `_action` values stay as they are in both.
 */
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { readCsv } from '../helpers.js';
import { csvLine, writeText } from '../import-helpers.js';
import { webRig } from './web-rig.js';

const rig = webRig('web-lang');
const tmp = rig.tmp;

/** Two good rows and one without its name, a title line above the headers. */
function messyFile(prefix: string): string {
  return writeText(
    tmp.path(`pelanggan-${prefix}.csv`),
    [
      'Daftar pelanggan baru',
      csvLine(['Kode Pelanggan', 'Nama Pelanggan', 'Kota']),
      csvLine([`${prefix}-01`, 'Toko Satu', 'Bandung']),
      csvLine([`${prefix}-02`, '', 'Medan']),
      csvLine([`${prefix}-03`, 'Toko Tiga', 'Surabaya']),
      '',
    ].join('\n'),
  );
}

async function ended(page: Page): Promise<void> {
  await page.waitForURL(/\/runs\/[0-9a-f-]+$/);
  await page.locator('dd[data-state="done"]').waitFor({ timeout: 30_000 });
}

/** Upload, plan, apply, download the result sheet: what the page and the sheet said on the way. */
async function planAndRun(lang: 'id' | 'en', prefix: string) {
  const context = await rig.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${rig.serve.url}/import?lang=${lang}`);
  await page.locator('#entity').selectOption('customers');
  await page.locator('#file').setInputFiles(messyFile(prefix));
  await Promise.all([
    page.waitForURL(/\/import\/[0-9a-f-]+/),
    page.locator('form button[type=submit]').click(),
  ]);
  // The file's own name and what the reader noticed (the title line above the headers).
  const fileLine = (await page.locator('[data-file]').textContent()) ?? '';
  const readerNotes = (await page.locator('[data-reader-notes]').textContent()) ?? '';
  await page.locator('button[name="kind"][value="plan"]').click();
  await ended(page);
  const actions = (await page.locator('[data-actions]').textContent()) ?? '';
  const invalidRow = page.locator('table[data-changes] tr[data-action="invalid"]');
  const invalidText = (await invalidRow.textContent()) ?? '';
  const createAction =
    (await page.locator('table[data-changes] tr[data-action="create"] td').nth(1).textContent()) ?? '';
  await page.locator('form[action$="/apply"] button[type=submit]').click();
  await ended(page);
  const summary = (await page.locator('[data-summary]').textContent()) ?? '';
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a[download]', { hasText: '.result.csv' }).click(),
  ]);
  const saved = tmp.path(`${prefix}.result.csv`);
  await download.saveAs(saved);
  await context.close();
  return { fileLine, readerNotes, actions, invalidText, createAction, summary, rows: readCsv(saved) };
}

describe('the page language is the language of its runs', () => {
  it('writes Indonesian plan texts, summary and result sheet from an Indonesian page', async () => {
    const seen = await planAndRun('id', 'WLI');
    expect(seen.fileLine).toContain('pelanggan-WLI.csv');
    expect(seen.readerNotes).toContain('baris 2 dipakai sebagai header');
    expect(seen.actions).toContain('buat [create] 2');
    expect(seen.actions).toContain('tidak valid [invalid] 1');
    expect(seen.createAction.trim()).toBe('buat [create]');
    expect(seen.invalidText).toContain('wajib diisi');
    expect(seen.invalidText).not.toMatch(/required/);
    expect(seen.summary).toContain('dibuat [created] 2');
    expect(seen.summary).toContain('tidak valid [invalid] 1');
    const bad = seen.rows.find((r) => r['Kode Pelanggan'] === 'WLI-02');
    expect(bad?._status).toBe('invalid'); // a code: never translated
    expect(bad?._error).toContain('Kolom "Nama Pelanggan"');
    expect(bad?._error).toContain('wajib diisi');
    expect(bad?._error).toContain('[MAP_');
    expect(seen.rows.filter((r) => r._status === 'created')).toHaveLength(2);
  });

  it('writes English from an English page of the same server', async () => {
    const seen = await planAndRun('en', 'WLE');
    expect(seen.fileLine).toContain('pelanggan-WLE.csv');
    expect(seen.readerNotes).toContain('row 2 taken as the header');
    expect(seen.actions).toContain('create 2');
    expect(seen.createAction.trim()).toBe('create');
    expect(seen.invalidText).toMatch(/required/);
    expect(seen.invalidText).not.toContain('wajib');
    expect(seen.summary).toContain('created 2');
    const bad = seen.rows.find((r) => r['Kode Pelanggan'] === 'WLE-02');
    expect(bad?._status).toBe('invalid');
    expect(bad?._error).toMatch(/Nama Pelanggan.*required/);
    expect(bad?._error).not.toContain('wajib');
  });
});
