/** What a case reports, and the Markdown table and JSON made of the reports. */
import os from 'node:os';

export interface Figure {
  value: number;
  unit: string;
  /** What the figure is, e.g. "bare papaparse + yup" or "the limit". */
  label?: string;
}

export interface CaseResult {
  id: string;
  /** The case as the table shows it. */
  name: string;
  figure?: Figure;
  /** In the order shown; the ratio is figure / baselines[0] (for start-up: how many times slower). */
  baselines: Figure[];
  ratio?: number;
  /** Highest peak RSS of the tool over the runs, MB. */
  peakRssMb?: number;
  target: string;
  /** `undefined` = nothing to meet (reported only). */
  met?: boolean;
  runs: number;
  notes: string[];
  error?: string;
  /** Raw per-run numbers, for the JSON file only. */
  samples?: Record<string, number[]>;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load averages at the start and the end of the run: others' work skews the figures. */
  loadStart: number;
  loadEnd?: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadStart: os.loadavg()[0],
  };
}

function number(value: number): string {
  if (value >= 1000) return Math.round(value).toLocaleString('en-US');
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatFigure(f: Figure): string {
  return `${number(f.value)} ${f.unit}${f.label ? ` (${f.label})` : ''}`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(results: CaseResult[]): string {
  const lines = [
    '| case | figure | baseline | ratio | peak RSS | target | met? | runs |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const met = r.error ? '**ERROR**' : r.met === undefined ? 'reported' : r.met ? 'yes' : '**no**';
    const cells = [
      r.name,
      r.error ? `error: ${r.error}` : r.figure ? formatFigure(r.figure) : '—',
      r.baselines.length > 0 ? r.baselines.map(formatFigure).join('; ') : '—',
      r.ratio === undefined ? '—' : r.ratio.toFixed(2),
      r.peakRssMb === undefined ? '—' : `${Math.round(r.peakRssMb)} MB`,
      r.target,
      met,
      String(r.runs),
    ];
    lines.push(`| ${cells.map(escape).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function notesText(results: CaseResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const note of r.notes) lines.push(`- ${r.name}: ${note}`);
  }
  return lines.join('\n');
}

export function machineLine(m: Machine): string {
  const load = `load ${m.loadStart.toFixed(2)}${m.loadEnd === undefined ? '' : ` → ${m.loadEnd.toFixed(2)}`}`;
  return `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; ${load}`;
}
