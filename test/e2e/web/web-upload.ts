/**
 * The steps every browser test of the Import page takes to get a file checked: open the page, choose
 * what the file holds, upload it, wait for the check's page; and choosing the mode there.
 */
import type { Page } from 'playwright-core';

/** Uploads `file` on the Import page of the serve at `serveUrl` (English) and waits for its check. */
export async function uploadOnImportPage(
  page: Page,
  serveUrl: string,
  file: string,
  entity = 'customers',
): Promise<void> {
  await page.goto(`${serveUrl}/import?lang=en`);
  await page.getByLabel('Data in the file').selectOption(entity);
  await page.getByLabel('File (.csv, .xlsx)').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await page.waitForURL(/\/import\/[0-9a-f-]+/);
}

/** Chooses the mode on the check's page and waits for the page to post it (the preview is checked again). */
export async function chooseMode(page: Page, mode: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByLabel('What to do').selectOption(mode),
  ]);
}
