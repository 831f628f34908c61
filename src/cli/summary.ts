import type { RunSummary } from '../run/index.js';
import type { RowStatus } from '../types.js';

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
];

/** The end-of-run table for people (stderr); `--json` prints the summary object instead. */
export function formatSummary(summary: RunSummary): string {
  const lines: string[] = [];
  const title = [summary.command, summary.entity, summary.mode].filter(Boolean).join(' ');
  lines.push('', `Summary: ${title}${summary.interrupted ? ` (stopped by ${summary.interrupted})` : ''}`);
  const rows: Array<[string, string]> = [];
  for (const status of STATUS_ORDER) {
    const n = summary.counts[status];
    if (n) rows.push([status, String(n)]);
  }
  rows.push(['total', String(summary.total)]);
  rows.push(['duration', `${(summary.durationMs / 1000).toFixed(1)} s`]);
  rows.push(['rate', `${summary.rate.toFixed(1)} rows/s`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) lines.push(`  ${k.padEnd(width)}  ${v}`);
  const files = summary.files;
  if (summary.sheets && Object.keys(summary.sheets).length > 1) {
    const rows = Object.entries(summary.sheets).map(([name, n]) => `${name} ${n}`);
    lines.push(`  rows: ${rows.join(', ')}`);
  }
  if (files.output) lines.push(`  output: ${files.output}`);
  if (files.state) lines.push(`  state (--since last): ${files.state}`);
  if (files.result) lines.push(`  result sheet: ${files.result}`);
  if (files.errors) lines.push(`  rows needing attention: ${files.errors}`);
  if (files.journal && summary.interrupted)
    lines.push(`  journal: ${files.journal} (run again with --resume)`);
  if (summary.inDoubtRows?.length) {
    const shown = summary.inDoubtRows.slice(0, 20).join(', ');
    const more = summary.inDoubtRows.length > 20 ? ` and ${summary.inDoubtRows.length - 20} more` : '';
    lines.push(`  in doubt (check on the server): rows ${shown}${more}`);
  }
  return lines.join('\n') + '\n';
}

export function printSummary(summary: RunSummary, json: boolean): void {
  if (json) process.stdout.write(JSON.stringify(summary) + '\n');
  else process.stderr.write(formatSummary(summary));
}
