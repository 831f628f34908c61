/** Delivery options from flags and jobs files: checked at start, with clear messages. */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveDelivery } from '../../src/config/index.js';
import { checkDeliveryPlan, checkDeliveryReady } from '../../src/notify/index.js';
import { loadJobsFile } from '../../src/schedule/index.js';
import { redact } from '../../src/secrets.js';
import { tempFolder } from './helpers.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/jobs-delivery.json', import.meta.url));

function failure(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error('expected a failure');
}

describe('delivery plan', () => {
  it('reads the jobs-file example: e-mail, SFTP, webhooks from env:NAME, retention', async () => {
    process.env.SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/T1/B1/slack-secret-token';
    process.env.TEAMS_WEBHOOK_URL = 'https://majujaya.webhook.office.com/webhookb2/teams-secret-token';
    try {
      const [orders, customers] = await loadJobsFile(FIXTURE);
      expect(orders.delivery?.deliver).toEqual([
        expect.objectContaining({ kind: 'mail', to: ['finance@majujaya.co.id', 'ap@majujaya.co.id'] }),
        expect.objectContaining({
          kind: 'sftp',
          host: 'files.majujaya.co.id',
          port: 22,
          user: 'erp',
          dir: '/incoming/orders',
        }),
      ]);
      expect(orders.delivery?.notify.map((n) => n.display)).toEqual([
        'https://hooks.slack.com/…',
        'mailto:ops@majujaya.co.id',
      ]);
      expect(orders.delivery).toMatchObject({ notifyOn: 'failure', retention: { keepLast: 14 } });
      expect(customers.delivery?.deliver[0]).toMatchObject({ kind: 'sftp', dir: 'incoming/customers' });
      expect(customers.delivery?.notify[0]).toMatchObject({ kind: 'webhook', format: 'teams' });
      expect(customers.delivery?.retention).toEqual({ keepDays: 60 });
      // Webhook URLs are their own tokens: registered as secrets when read.
      expect(redact(`posting to ${process.env.SLACK_WEBHOOK_URL}`)).not.toContain('slack-secret-token');
    } finally {
      delete process.env.SLACK_WEBHOOK_URL;
      delete process.env.TEAMS_WEBHOOK_URL;
    }
  });

  it('refuses a bad destination in a jobs file at start, saying which job', async () => {
    const tmp = tempFolder('plan');
    const path = tmp.path('jobs.json');
    writeFileSync(
      path,
      JSON.stringify({ jobs: [{ cron: '0 2 * * *', entity: 'teams', out: 'a.csv', deliver: 'ftp://x/y' }] }),
    );
    await expect(loadJobsFile(path)).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(/job 1: deliver/),
    });
    tmp.cleanup();
  });

  it('refuses credentials in URLs, unknown addresses and unset env: names', () => {
    expect(failure(() => checkDeliveryPlan({ deliver: 'sftp://erp:hunter22@host/x' }))).toMatchObject({
      code: 'CONFIG_INVALID',
    });
    expect(failure(() => checkDeliveryPlan({ deliver: 'sftp://erp:hunter22@host/x' })).message).not.toContain(
      'hunter22',
    );
    expect(failure(() => checkDeliveryPlan({ deliver: 'mailto:finance' })).message).toMatch(
      /not an e-mail address/,
    );
    expect(failure(() => checkDeliveryPlan({ notify: 'env:NOPE_NOT_SET' }, {}))).toMatchObject({
      code: 'CONFIG_MISSING',
    });
    expect(failure(() => checkDeliveryPlan({ notifyOn: 'sometimes' })).message).toMatch(
      /failure, success, always/,
    );
    expect(failure(() => checkDeliveryPlan({ keepLast: 0 })).message).toMatch(/keepLast/);
  });

  it('reads SMTP and SFTP settings from the environment; passwords in URLs refused; secrets registered', () => {
    const config = resolveDelivery({
      SALESMANIA_SMTP_URL: 'smtp://exports%40majujaya.co.id@mail.majujaya.co.id:587',
      SALESMANIA_SMTP_PASSWORD: 'smtp-very-secret',
      SALESMANIA_SFTP_PASSWORD: 'sftp-very-secret',
      SALESMANIA_SFTP_HOST_KEY: 'SHA256:' + 'A'.repeat(43),
    });
    expect(config.smtp).toMatchObject({
      host: 'mail.majujaya.co.id',
      port: 587,
      secure: false,
      requireStartTls: true,
      user: 'exports@majujaya.co.id',
      from: 'exports@majujaya.co.id',
    });
    expect(redact('smtp-very-secret sftp-very-secret')).toBe('*** ***');
    expect(failure(() => resolveDelivery({ SALESMANIA_SMTP_URL: 'smtp://u:pw@host' })).message).toMatch(
      /must not contain a password/,
    );
    expect(failure(() => resolveDelivery({ SALESMANIA_SMTP_URL: 'smtp://u@host' }))).toMatchObject({
      code: 'CONFIG_MISSING',
    });
    expect(failure(() => resolveDelivery({ SALESMANIA_SFTP_HOST_KEY: 'MD5:aa:bb' })).message).toMatch(
      /SHA256/,
    );
  });

  it('fails at start when a destination cannot work with the settings given', () => {
    const mail = checkDeliveryPlan({ notify: 'mailto:ops@majujaya.co.id' });
    expect(failure(() => checkDeliveryReady(mail, resolveDelivery({})))).toMatchObject({
      code: 'CONFIG_MISSING',
      message: expect.stringMatching(/SALESMANIA_SMTP_URL/),
    });
    const sftp = checkDeliveryPlan({ deliver: 'sftp://erp@files.majujaya.co.id/in' });
    expect(failure(() => checkDeliveryReady(sftp, resolveDelivery({}))).message).toMatch(/password or a key/);
    expect(
      failure(() => checkDeliveryReady(sftp, resolveDelivery({ SALESMANIA_SFTP_PASSWORD: 'pw-1234' })))
        .message,
    ).toMatch(/host key/);
    expect(() =>
      checkDeliveryReady(
        sftp,
        resolveDelivery({
          SALESMANIA_SFTP_PASSWORD: 'pw-1234',
          SALESMANIA_SFTP_HOST_KEY: 'SHA256:' + 'B'.repeat(43),
        }),
      ),
    ).not.toThrow();
  });
});
