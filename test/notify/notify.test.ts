/** Notifications against a real webhook receiver (node:http) and SMTP server on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeNotice, parseNotifyTarget, sendNotice } from '../../src/notify/index.js';
import { capturingLogger, deliveryConfig, recordingSleep } from '../deliver/helpers.js';
import { startSmtp, startWebhook, type SmtpTestServer, type WebhookReceiver } from '../deliver/servers.js';

let hook: WebhookReceiver;
let failing: WebhookReceiver;
let smtp: SmtpTestServer;
const TOKEN = 'xoxb-Webhook-Token-55821';

beforeAll(async () => {
  hook = await startWebhook([200]);
  failing = await startWebhook([500]);
  smtp = await startSmtp({ user: 'ops', password: 'smtp-pass-123' });
});
afterAll(async () => {
  await hook.close();
  await failing.close();
  await smtp.close();
});

const notice = () =>
  makeNotice({
    command: 'export',
    entity: 'orders',
    job: 'orders-nightly',
    status: 'failure',
    rows: 120,
    file: '/data/orders-2026-12-07.xlsx',
    deliveries: [
      {
        destination: 'mailto:finance@majujaya.co.id',
        ok: false,
        attempts: 1,
        error: { code: 'DELIVER_AUTH', message: 'refused' },
      },
    ],
    startedAt: '2026-12-07T02:00:00.000Z',
    finishedAt: '2026-12-07T02:00:05.000Z',
  });

describe('webhook notifications', () => {
  it('posts the JSON summary once, to the path with the token, and never shows the token', async () => {
    const target = parseNotifyTarget(`${hook.url}/hooks/${TOKEN}`);
    const log = capturingLogger();
    const results = await sendNotice([target], notice(), {
      config: deliveryConfig({}),
      timeoutMs: 5000,
      logger: log.logger,
    });
    expect(results).toEqual([{ target: target.display, ok: true }]);
    expect(hook.requests).toHaveLength(1);
    expect(hook.requests[0].path).toBe(`/hooks/${TOKEN}`);
    expect(hook.requests[0].body).toMatchObject({
      tool: 'salesmania-bulk',
      command: 'export',
      status: 'failure',
      job: 'orders-nightly',
      entity: 'orders',
      rows: 120,
      deliveries: [
        { destination: 'mailto:finance@majujaya.co.id', ok: false, error: { code: 'DELIVER_AUTH' } },
      ],
    });
    expect(target.display).not.toContain(TOKEN);
    expect(log.text()).toContain('notified');
    expect(log.text()).not.toContain(TOKEN);
  });

  it('shapes the payload for Slack, Microsoft Teams and Google Chat', async () => {
    hook.requests.length = 0;
    const targets = ['slack', 'teams', 'gchat'].map((p) =>
      parseNotifyTarget(`${p}+${hook.url}/${p}/${TOKEN}`),
    );
    expect(targets.map((t) => (t.kind === 'webhook' ? t.format : t.kind))).toEqual([
      'slack',
      'teams',
      'google-chat',
    ]);
    expect(parseNotifyTarget('https://hooks.slack.com/services/T0/B0/abcd')).toMatchObject({
      format: 'slack',
    });
    expect(parseNotifyTarget('https://chat.googleapis.com/v1/spaces/x/messages?key=k&token=t')).toMatchObject(
      {
        format: 'google-chat',
      },
    );
    expect(parseNotifyTarget('https://majujaya.webhook.office.com/webhookb2/abc')).toMatchObject({
      format: 'teams',
    });
    await sendNotice(targets, notice(), {
      config: deliveryConfig({}),
      timeoutMs: 5000,
      logger: capturingLogger().logger,
    });
    const [slack, teams, chat] = hook.requests.map((r) => r.body as Record<string, unknown>);
    expect(slack.text).toMatch(/^FAILED: export orders \(job orders-nightly\)/);
    expect(JSON.stringify(slack.blocks)).toContain('DELIVER_AUTH');
    const card = (
      teams.attachments as Array<{ contentType: string; content: { type: string; body: unknown[] } }>
    )[0];
    expect(teams.type).toBe('message');
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.type).toBe('AdaptiveCard');
    expect(JSON.stringify(card.content.body)).toContain('orders-nightly');
    expect(chat.text).toMatch(/^FAILED: export orders/);
    expect(String(chat.text)).toContain('rows: 120');
  });

  it('a receiver answering 500 is retried with backoff, then reported without throwing', async () => {
    const sleep = recordingSleep();
    const log = capturingLogger();
    const target = parseNotifyTarget(`${failing.url}/hook/${TOKEN}`);
    const results = await sendNotice([target], notice(), {
      config: deliveryConfig({}),
      timeoutMs: 5000,
      logger: log.logger,
      sleep: sleep.sleep,
    });
    expect(failing.requests).toHaveLength(3);
    expect(sleep.waits).toEqual([100, 200]);
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'NOTIFY_FAILED' } });
    expect(results[0].error?.message).toContain('answered HTTP 500');
    expect(log.text()).toMatch(/notification to .* failed/);
    expect(log.text()).not.toContain(TOKEN);
    expect(JSON.stringify(results)).not.toContain(TOKEN);
  });
});

describe('e-mail notifications', () => {
  it('sends the summary to the address, subject first line', async () => {
    const results = await sendNotice([parseNotifyTarget('mailto:ops@majujaya.co.id')], notice(), {
      config: deliveryConfig({
        SALESMANIA_SMTP_URL: `smtp://ops@127.0.0.1:${smtp.port}?starttls=optional`,
        SALESMANIA_SMTP_PASSWORD: 'smtp-pass-123',
      }),
      timeoutMs: 5000,
      logger: capturingLogger().logger,
    });
    expect(results[0].ok).toBe(true);
    expect(smtp.envelopes.at(-1)).toEqual(['ops@majujaya.co.id']);
    const mail = smtp.mails.at(-1);
    expect(mail?.subject).toMatch(/^\[salesmania-bulk\] FAILED: export orders/);
    expect(mail?.text).toContain('mailto:finance@majujaya.co.id: FAILED [DELIVER_AUTH]');
    expect(mail?.attachments).toEqual([]);
  });
});
