/** E-mail delivery against a real SMTP server (smtp-server) on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import yauzl from 'yauzl';
import { deliverFile, parseDestination } from '../../src/deliver/index.js';
import { capturingLogger, deliveryConfig, exportFile, recordingSleep, tempFolder } from './helpers.js';
import { startSmtp, type SmtpTestServer } from './servers.js';

const tmp = tempFolder('mail');
let smtp: SmtpTestServer;
let refusing: SmtpTestServer;
const USER = 'ops@majujaya.co.id';
const PASSWORD = 'smtp-Secret-4471';

beforeAll(async () => {
  smtp = await startSmtp({ user: USER, password: PASSWORD });
  refusing = await startSmtp({ user: USER, password: PASSWORD, refuseLogin: true });
});
afterAll(async () => {
  await smtp.close();
  await refusing.close();
  tmp.cleanup();
});

const envFor = (server: SmtpTestServer, extra: Record<string, string> = {}) => ({
  SALESMANIA_SMTP_URL: `smtp://${encodeURIComponent(USER)}@127.0.0.1:${server.port}?starttls=optional`,
  SALESMANIA_SMTP_PASSWORD: PASSWORD,
  ...extra,
});

function unzipFirst(zip: Buffer): Promise<{ name: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('no zip'));
      file.readEntry();
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve({ name: entry.fileName, bytes: Buffer.concat(chunks) }));
        });
      });
    });
  });
}

describe('e-mail delivery', () => {
  it('sends the file to every recipient with the subject filled in, attachment byte for byte', async () => {
    const file = tmp.path('customers-2026-12-07.csv');
    const manifest = await exportFile(file, { rows: 25 });
    const dest = parseDestination(
      'mailto:finance@majujaya.co.id,ap@majujaya.co.id?subject=Pelanggan%20{entity}%20{rows}%20rows',
    );
    const before = smtp.mails.length;
    const { logger } = capturingLogger();
    const results = await deliverFile([dest], file, manifest, {
      config: deliveryConfig(envFor(smtp)),
      timeoutMs: 5000,
      logger,
    });
    expect(results).toEqual([expect.objectContaining({ ok: true, attempts: 1 })]);
    expect(smtp.mails).toHaveLength(before + 1);
    const mail = smtp.mails[before];
    expect(smtp.envelopes[before]).toEqual(['finance@majujaya.co.id', 'ap@majujaya.co.id']);
    expect(mail.subject).toBe('Pelanggan customers 25 rows');
    expect(mail.text).toContain(manifest.sha256);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].filename).toBe('customers-2026-12-07.csv');
    expect(Buffer.compare(mail.attachments[0].content, readFileSync(file))).toBe(0);
  });

  it('zips the attachment above the size limit', async () => {
    const file = tmp.path('big.csv');
    const manifest = await exportFile(file, { rows: 3000 });
    const before = smtp.mails.length;
    const results = await deliverFile([parseDestination('mailto:finance@majujaya.co.id')], file, manifest, {
      config: deliveryConfig(envFor(smtp, { SALESMANIA_MAIL_ZIP_ABOVE_MB: '0.05' })),
      timeoutMs: 5000,
      logger: capturingLogger().logger,
    });
    expect(results[0].ok).toBe(true);
    const attachment = smtp.mails[before].attachments[0];
    expect(attachment.filename).toBe('big.csv.zip');
    expect(attachment.content.length).toBeLessThan(manifest.bytes / 3);
    const inner = await unzipFirst(attachment.content);
    expect(inner.name).toBe('big.csv');
    expect(Buffer.compare(inner.bytes, readFileSync(file))).toBe(0);
  });

  it('a refused login is a clear DELIVER_AUTH error, not retried, the file kept, no password anywhere', async () => {
    const file = tmp.path('refused.csv');
    const manifest = await exportFile(file);
    const log = capturingLogger();
    const sleep = recordingSleep();
    const results = await deliverFile([parseDestination('mailto:finance@majujaya.co.id')], file, manifest, {
      config: deliveryConfig(envFor(refusing)),
      timeoutMs: 5000,
      logger: log.logger,
      sleep: sleep.sleep,
    });
    expect(results[0]).toMatchObject({ ok: false, attempts: 1, error: { code: 'DELIVER_AUTH' } });
    expect(results[0].error?.message).toMatch(/refused the login of ops@majujaya\.co\.id/);
    expect(sleep.waits).toEqual([]); // the same password will be refused again: no retry
    expect(refusing.logins).toContain(USER);
    expect(existsSync(file)).toBe(true);
    expect(log.text()).toMatch(/DELIVER_AUTH/);
    expect(log.text()).not.toContain(PASSWORD);
    expect(JSON.stringify(results)).not.toContain(PASSWORD);
  });

  it('an unreachable server is retried with doubling waits, then reported', async () => {
    const file = tmp.path('unreachable.csv');
    const manifest = await exportFile(file);
    const closed = await startSmtp({ user: USER, password: PASSWORD });
    await closed.close(); // a port nobody listens on any more
    const sleep = recordingSleep();
    const results = await deliverFile([parseDestination('mailto:finance@majujaya.co.id')], file, manifest, {
      config: deliveryConfig(envFor(closed)),
      timeoutMs: 2000,
      logger: capturingLogger().logger,
      sleep: sleep.sleep,
    });
    expect(results[0]).toMatchObject({ ok: false, attempts: 3, error: { code: 'DELIVER_FAILED' } });
    expect(sleep.waits).toEqual([100, 200]);
    expect(existsSync(file)).toBe(true);
  });
});
