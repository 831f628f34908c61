/**
 * The sandbox as a separate process (sandbox-server.mjs over dist/), so that the server's work and
 * the CLI's work do not share one event loop or one heap: the CLI's figures are its own.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { SandboxOptions } from '../../../src/sandbox/index.js';
import { BENCH_DIR, cleanEnv, track } from './measure.js';

export interface SandboxStats {
  /** Customers in database 2981. */
  customers: number;
  requests: number;
  /** Answers by HTTP status ("200", "429", …). */
  statuses: Record<string, number>;
}

export interface BenchSandbox {
  url: string;
  stats(): Promise<SandboxStats>;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<BenchSandbox> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [join(BENCH_DIR, 'sandbox-server.mjs'), JSON.stringify(options)],
    { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  track(child);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-8192)));
  const lines = createInterface({ input: child.stdout });
  const waiting: Array<(line: string) => void> = [];
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = (what: string) =>
    new Promise<string>((resolve, reject) => {
      waiting.push(resolve);
      void exited.then(() =>
        reject(new Error(`the sandbox process ended while waiting for ${what}: ${stderr.trim()}`)),
      );
    });

  const first = await nextLine('its address');
  if (!first.startsWith('URL ')) throw new Error(`unexpected sandbox output: ${first}`);
  return {
    url: first.slice(4),
    async stats() {
      const answer = nextLine('stats');
      child.stdin.write('stats\n');
      const line = await answer;
      if (!line.startsWith('STATS ')) throw new Error(`unexpected sandbox output: ${line}`);
      return JSON.parse(line.slice(6)) as SandboxStats;
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Environment for the CLI talking to a bench sandbox (demo login, database 2981, JSON logs). */
export function sandboxEnv(url: string): Record<string, string> {
  return {
    SALESMANIA_BASE_URL: url,
    SALESMANIA_USERNAME: 'demo',
    SALESMANIA_PASSWORD: 'demo',
    SALESMANIA_DATABASE: '2981',
    SALESMANIA_LOG_FORMAT: 'json',
  };
}
