/**
 * The body of a webhook POST per receiver. Slack and Google Chat incoming webhooks take `{"text": …}`
 * (Slack also reads blocks); Microsoft Teams (Workflows incoming webhook) takes a message with an
 * Adaptive Card; anything else gets the whole notice as JSON.
 */
import type { WebhookFormat } from './targets.js';
import type { RunNotice } from './summary.js';

function facts(n: RunNotice): Array<[string, string]> {
  const rows: Array<[string, string]> = [['status', n.status]];
  if (n.job) rows.push(['job', n.job]);
  rows.push(['entity', n.entity]);
  if (n.rows !== undefined) rows.push(['rows', String(n.rows)]);
  if (n.counts) for (const [k, v] of Object.entries(n.counts)) rows.push([k, String(v)]);
  if (n.file) rows.push(['file', n.file]);
  if (n.resultFiles) for (const [k, v] of Object.entries(n.resultFiles)) rows.push([`${k} sheet`, v]);
  for (const d of n.deliveries ?? [])
    rows.push([d.destination, d.ok ? 'delivered' : `FAILED [${d.error?.code}] ${d.error?.message ?? ''}`]);
  if (n.error) rows.push(['error', `[${n.error.code}] ${n.error.message}`]);
  rows.push(['finished', n.finishedAt]);
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
