/**
 * Runs one node process and measures it from outside: wall time from spawn to exit, and peak RSS.
 *
 * Peak RSS: the child is started as `node --import probe/rss.mjs …`; the probe writes the kernel's
 * high-water mark of the process (getrusage `ru_maxrss`, what `/usr/bin/time -v` reports as "Maximum
 * resident set size") to a file when the process exits. Chosen over `/usr/bin/time` (not on every
 * machine, and its output format differs between GNU and BSD) and over polling /proc (misses the last
 * interval, Linux only). It covers every thread of the process; the harness's own memory is not in it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_DIR = join(BENCH_DIR, '..', '..');
export const CLI = join(REPO_DIR, 'dist', 'cli', 'main.js');
const RSS_PROBE = pathToFileURL(join(BENCH_DIR, 'probe', 'rss.mjs')).href;

export interface Measured {
  wallMs: number;
  /** Peak resident set size in MB (10^6 bytes); undefined when the process died by a signal. */
  peakRssMb: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** The last 64 kB of stderr, for error messages. */
  stderr: string;
}

export interface MeasureOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
  /** Extra node flags before the script (e.g. --cpu-prof). */
  nodeFlags?: string[];
  /** Skip the RSS probe (for `node -e 0`, whose figure must stay bare). */
  noProbe?: boolean;
}

let counter = 0;
const running = new Set<ChildProcess>();

/** Every child the bench started (measured runs and sandboxes), until it exits. */
export function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/** For an interrupted bench: no child outlives it. */
export function killChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Environment for measured children: no SALESMANIA_* or NODE_OPTIONS leaking in from the caller. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('SALESMANIA_') && k !== 'NODE_OPTIONS') env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs `node [flags] args…` to its end. Never rejects on a non-zero exit: callers judge the code. */
export function measure(args: string[], options: MeasureOptions = {}): Promise<Measured> {
  const rssFile = join(process.env.BENCH_TMP ?? tmpdir(), `rss-${process.pid}-${++counter}.txt`);
  const probe = options.noProbe ? [] : ['--import', RSS_PROBE];
  const env = { ...(options.env ?? cleanEnv()), BENCH_RSS_FILE: rssFile };
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let exited: bigint | undefined;
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...probe, ...args], {
      env,
      cwd: options.cwd ?? REPO_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    track(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr = (stderr + d).slice(-65_536);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', () => (exited = process.hrtime.bigint()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const end = exited ?? process.hrtime.bigint();
      let peakRssMb: number | undefined;
      try {
        peakRssMb = (Number(readFileSync(rssFile, 'utf8')) * 1024) / 1e6;
        rmSync(rssFile, { force: true });
      } catch {
        peakRssMb = undefined;
      }
      resolve({ wallMs: Number(end - started) / 1e6, peakRssMb, code, signal, stdout, stderr });
    });
  });
}

/** Throws with the child's last stderr lines when it did not end with one of `codes`. */
export function expectExit(m: Measured, codes: number[], what: string): void {
  if (m.code !== null && codes.includes(m.code)) return;
  const tail = m.stderr.trim().split('\n').slice(-5).join('\n');
  throw new Error(
    `${what} exited with ${m.code ?? m.signal} (expected ${codes.join(' or ')})${tail ? `:\n${tail}` : ''}`,
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The highest peak RSS of several runs (a limit holds only if every run stays under it). */
export function maxRss(runs: Measured[]): number | undefined {
  const known = runs.map((r) => r.peakRssMb).filter((v): v is number => v !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}
