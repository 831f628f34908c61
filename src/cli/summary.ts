import type { RunSummary } from '../run/index.js';
import type { PlanAction, RowStatus } from '../types.js';
import { formatNumber, t } from '../i18n/index.js';

const STATUS_ORDER: RowStatus[] = [
  'created',
  'updated',
  'deleted',
  'unchanged',
  'skipped',
  'valid',
  'invalid',
  'failed',
  'in_doubt',
  'not_sent',
  'conflict',
  'cannot_undo',
];

const ACTION_ORDER: PlanAction[] = ['create', 'update', 'unchanged', 'delete', 'skip', 'invalid'];

const UNDO_ORDER = ['delete', 'restore', 'recreate', 'cancel', 'none'] as const;

const IN_DOUBT_SHOWN = 20;

/** The end-of-run table for people (stderr), in their language; `--json` prints the summary object instead. */
export function formatSummary(summary: RunSummary): string {
  const lines: string[] = [];
  const title = [summary.command, summary.entity, summary.mode].filter(Boolean).join(' ');
  lines.push(
    '',
    summary.interrupted
      ? t('summary.titleInterrupted', { title, signal: summary.interrupted })
      : t('summary.title', { title }),
  );
  const rows: Array<[string, string]> = [];
  // A plan counts what rows would do; every other run what they did.
  if (summary.undoActions) {
    // undo --plan: what it would do per action, then the rows it would not send, by status.
    for (const action of UNDO_ORDER) {
      const n = summary.undoActions[action];
      if (n) rows.push([t(`undo.action.${action}`), formatNumber(n)]);
    }
    for (const status of STATUS_ORDER) {
      const n = summary.counts[status];
      if (n && status !== 'valid') rows.push([t(`summary.status.${status}`), formatNumber(n)]);
    }
  } else if (summary.actions) {
    for (const action of ACTION_ORDER) {
      const n = summary.actions[action];
      if (n) rows.push([t(`plan.action.${action}`), formatNumber(n)]);
    }
  } else {
    for (const status of STATUS_ORDER) {
      const n = summary.counts[status];
      if (n) rows.push([t(`summary.status.${status}`), formatNumber(n)]);
    }
  }
  rows.push([t('summary.total'), formatNumber(summary.total)]);
  rows.push([t('summary.duration'), t('summary.durationValue', { seconds: summary.durationMs / 1000 })]);
  rows.push([t('summary.rate'), t('summary.rateValue', { rate: summary.rate })]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) lines.push(`  ${k.padEnd(width)}  ${v}`);
  const files = summary.files;
  if (summary.sheets && Object.keys(summary.sheets).length > 1) {
    const list = Object.entries(summary.sheets)
      .map(([name, n]) => `${name} ${formatNumber(n)}`)
      .join(', ');
    lines.push(`  ${t('summary.sheets', { list })}`);
  }
  const codes = Object.entries(summary.codes ?? {});
  if (codes.length > 0) {
    // Most frequent first: the code to look at first is the one that hit the most rows.
    const list = codes
      .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
      .map(([code, n]) => `${code} ${formatNumber(n)}`)
      .join(', ');
    lines.push(`  ${t('summary.codes', { list })}`);
  }
  if (files.output) lines.push(`  ${t('summary.output', { path: files.output })}`);
  if (files.state) lines.push(`  ${t('summary.state', { path: files.state })}`);
  if (files.result) {
    const key = summary.command === 'plan' ? 'plan.file' : 'summary.result';
    lines.push(`  ${t(key, { path: files.result })}`);
  }
  if (files.plan)
    lines.push(`  ${t('plan.companion', { path: files.plan })}`, `  ${t('plan.next', { path: files.plan })}`);
  if (files.errors) lines.push(`  ${t('summary.errors', { path: files.errors })}`);
  if (files.journal && (summary.interrupted || summary.stopped))
    lines.push(`  ${t('summary.journal', { path: files.journal })}`);
  if (summary.inDoubtRows?.length) {
    // Row numbers are the ones Excel shows: written as they are, no thousands separators.
    const rows = summary.inDoubtRows.slice(0, IN_DOUBT_SHOWN).join(', ');
    const more = summary.inDoubtRows.length - IN_DOUBT_SHOWN;
    lines.push(
      `  ${more > 0 ? t('summary.inDoubtMore', { rows, count: more }) : t('summary.inDoubt', { rows })}`,
    );
  }
  return lines.join('\n') + '\n';
}

export function printSummary(summary: RunSummary, json: boolean): void {
  if (json) process.stdout.write(JSON.stringify(summary) + '\n');
  else process.stderr.write(formatSummary(summary));
}
