/**
 * The export by e-mail: subject and body from templates, the file attached — zipped when it is bigger
 * than SALESMANIA_MAIL_ZIP_ABOVE_MB, since many mail servers refuse messages above 10–25 MB and CSV
 * shrinks about tenfold.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { SmtpConfig } from '../config/index.js';
import { localizedRunError, t } from '../i18n/index.js';
import type { MailDestination } from './destinations.js';
import { sendMail, type MailAttachment } from './mail.js';
import type { ExportManifest } from './manifest.js';

/** The default subject and body, in the reader's language (`deliver.mailSubject`, `deliver.mailBody`). */
const defaultSubject = () => t('deliver.mailSubject');
const defaultBody = () => t('deliver.mailBody');

/** Fills `{entity}` `{from}` `{to}` `{date}` `{rows}` `{file}` `{range}` `{sha256}`; unknown names stay. */
export function fillTemplate(template: string, manifest: ExportManifest): string {
  const from = manifest.dateRange.from ?? manifest.dateRange.updatedSince?.slice(0, 10) ?? '';
  const to = manifest.dateRange.to ?? manifest.finishedAt.slice(0, 10);
  const values: Record<string, string> = {
    entity: manifest.entity,
    from,
    to,
    date: manifest.finishedAt.slice(0, 10),
    rows: String(manifest.rows),
    file: manifest.file,
    range: from ? t('deliver.mailRange', { from, to }) : t('deliver.mailRangeAll'),
    sha256: manifest.sha256,
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

async function zipped(file: string): Promise<MailAttachment> {
  const { default: yazl } = await import('yazl');
  return {
    filename: `${basename(file)}.zip`,
    contentType: 'application/zip',
    open: () => {
      const zip = new yazl.ZipFile();
      zip.addFile(file, basename(file));
      zip.end();
      return zip.outputStream as Readable;
    },
  };
}

export interface MailExportOptions {
  smtp: SmtpConfig | undefined;
  zipAboveBytes: number;
  timeoutMs: number;
}

export async function mailExport(
  dest: MailDestination,
  file: string,
  manifest: ExportManifest,
  o: MailExportOptions,
): Promise<void> {
  if (!o.smtp) {
    throw localizedRunError('CONFIG_MISSING', 'deliver.smtpMissing', { destination: dest.display });
  }
  const attachment: MailAttachment =
    manifest.bytes > o.zipAboveBytes
      ? await zipped(file)
      : { filename: basename(file), open: () => createReadStream(file) };
  await sendMail(
    o.smtp,
    {
      to: dest.to,
      subject: fillTemplate(dest.subject ?? defaultSubject(), manifest),
      text: fillTemplate(dest.body ?? defaultBody(), manifest),
      attachment,
    },
    o.timeoutMs,
  );
}
