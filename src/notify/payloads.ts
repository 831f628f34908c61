/**
 * The body of a webhook POST per receiver. Slack and Google Chat incoming webhooks take `{"text": …}`
 * (Slack also reads blocks); Microsoft Teams (Workflows incoming webhook) takes a message with an
 * Adaptive Card; anything else gets the whole notice as JSON.
 */
import type { WebhookFormat } from './targets.js';
import { t } from '../i18n/index.js';
import { statusLabel, type RunNotice } from './summary.js';

/** The facts under the notice's line, labelled in the reader's language; values are data (ids, paths). */
function facts(n: RunNotice): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [t('notify.fact.status'), t(n.status === 'success' ? 'notify.fact.success' : 'notify.fact.failure')],
  ];
  if (n.job) rows.push([t('notify.fact.job'), n.job]);
  rows.push([t('notify.fact.entity'), n.entity]);
  if (n.rows !== undefined) rows.push([t('notify.fact.rows'), String(n.rows)]);
  if (n.counts) for (const [k, v] of Object.entries(n.counts)) rows.push([statusLabel(k), String(v)]);
  if (n.file) rows.push([t('notify.fact.file'), n.file]);
  const sheetLabel = (kind: string) =>
    kind === 'result'
      ? t('notify.fact.resultSheet')
      : kind === 'errors'
        ? t('notify.fact.errorsSheet')
        : kind;
  if (n.resultFiles) for (const [k, v] of Object.entries(n.resultFiles)) rows.push([sheetLabel(k), v]);
  for (const d of n.deliveries ?? [])
    rows.push([
      d.destination,
      d.ok
        ? t('notify.fact.delivered')
        : t('notify.fact.deliveryFailed', { code: d.error?.code ?? '', message: d.error?.message ?? '' }),
    ]);
  if (n.error) rows.push([t('notify.fact.error'), `[${n.error.code}] ${n.error.message}`]);
  rows.push([t('notify.fact.finished'), n.finishedAt]);
  return rows;
}

export function webhookBody(format: WebhookFormat, n: RunNotice): unknown {
  switch (format) {
    case 'slack':
      return {
        text: n.text,
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: `*${n.text}*` } },
          {
            type: 'section',
            fields: facts(n)
              .slice(0, 10) // Slack allows ten fields per section
              .map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${v}` })),
          },
        ],
      };
    case 'google-chat':
      return { text: [n.text, ...facts(n).map(([k, v]) => `${k}: ${v}`)].join('\n') };
    case 'teams':
      return {
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: {
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              type: 'AdaptiveCard',
              version: '1.4',
              body: [
                {
                  type: 'TextBlock',
                  text: n.text,
                  weight: 'Bolder',
                  wrap: true,
                  color: n.status === 'success' ? 'Good' : 'Attention',
                },
                { type: 'FactSet', facts: facts(n).map(([title, value]) => ({ title, value })) },
              ],
            },
          },
        ],
      };
    default:
      return n;
  }
}

export function mailText(n: RunNotice): { subject: string; text: string } {
  return {
    subject: `[salesmania-bulk] ${n.text}`.slice(0, 200),
    text: [
      n.text,
      '',
      ...facts(n).map(([k, v]) => `${k}: ${v}`),
      '',
      '— salesmania-bulk ' + n.toolVersion,
    ].join('\n'),
  };
}
