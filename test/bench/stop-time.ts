/**
 * How long a stop takes, and how a resume runs (issue 14, point 4): the scene, measured
 * from outside against the BUILT CLI (run `npm run build` first):
 *
 *   npx tsx test/bench/stop-time.ts [--rows 600] [--rate 8] [--after 5000] [--held 8000]
 *
 * A keyless customers file is imported at `--rate`; SIGINT comes `--after` ms later (one create
 * then being held back `--held` ms by the sandbox, the worst case: a request on the wire). Prints
 * the time from the signal to the exit, the rows in doubt and not sent, then runs `--resume` and
 * prints its rate next to the first run's. A report, not a test: timings on a shared machine vary.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createSandbox } from '../../src/sandbox/index.js';
import { CLI, cleanEnv } from './lib/measure.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '600' },
    rate: { type: 'string', default: '8' },
    after: { type: 'string', default: '5000' },
    held: { type: 'string', default: '8000' },
  },
});
const rows = Number(values.rows);
const after = Number(values.after);
const held = Number(values.held);
const CUSTOMERS = '/extapi/v1.0/customers';

const sandbox = await createSandbox({ seed: 'empty', port: 0, latencyMs: 30, requestLogLimit: 100_000 });
const dir = mkdtempSync(join(tmpdir(), 'stop-time-'));
const file = join(dir, 'tanpa-kunci.csv');
const lines = ['name,city,phone'];
for (let i = 1; i <= rows; i++) lines.push(`Toko ST-${String(i).padStart(5, '0')},Semarang,0812${i}`);
writeFileSync(file, lines.join('\n') + '\n');
const env = cleanEnv({
  SALESMANIA_BASE_URL: sandbox.url,
  SALESMANIA_USERNAME: sandbox.credentials.username,
  SALESMANIA_PASSWORD: sandbox.credentials.password,
  SALESMANIA_DATABASE: '2981',
  SALESMANIA_LOG_FORMAT: 'json',
});
const args = [
  'import',
  'customers',
  file,
  '--out-dir',
  dir,
  '--json',
  '--rate',
  values.rate,
  '--log-level',
  'warn',
];

interface Run {
  code: number | null;
  summary: { counts: Record<string, number>; durationMs?: number };
  stoppedMs?: number;
}

function run(extra: string[], stopAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args, ...extra], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.resume();
    let signalAt: number | undefined;
    if (stopAfterMs !== undefined) {
      setTimeout(() => {
        // Hold the next create's answer back: the stop must not wait for it.
        sandbox.script({ method: 'POST', path: CUSTOMERS, action: 'delay', ms: held });
        setTimeout(() => {
          signalAt = performance.now();
          child.kill('SIGINT');
        }, 300);
      }, stopAfterMs);
    }
    child.on('error', reject);
    child.on('close', (code) => {
      const stoppedMs = signalAt === undefined ? undefined : Math.round(performance.now() - signalAt);
      resolve({ code, summary: JSON.parse(stdout) as Run['summary'], stoppedMs });
    });
  });
}

const creates = () => sandbox.requests.filter((r) => r.method === 'POST' && r.path === CUSTOMERS).length;
const t0 = performance.now();
const first = await run([], after);
const firstSeconds = (performance.now() - t0) / 1000;
const sentFirst = creates();
const journal = readFileSync(join(dir, 'tanpa-kunci.journal.jsonl'), 'utf8');
const t1 = performance.now();
const resumed = await run(['--resume']);
const resumeSeconds = (performance.now() - t1) / 1000;
const sentResume = creates() - sentFirst;

console.log(
  `rows ${rows}, --rate ${values.rate}, SIGINT after ${after + 300} ms with one answer held ${held} ms`,
);
console.log(`stop: signal to exit ${first.stoppedMs} ms (exit ${first.code})`);
console.log(`stopped run: ${JSON.stringify(first.summary.counts)}; creates received ${sentFirst}`);
console.log(
  `journal: ${journal.split('\n').filter((l) => l.includes('"t":"sending"')).length} sending lines`,
);
console.log(
  `first run ${(sentFirst / firstSeconds).toFixed(1)} creates/s; resume ${(sentResume / resumeSeconds).toFixed(1)} creates/s ` +
    `(${sentResume} in ${resumeSeconds.toFixed(1)} s, exit ${resumed.code}, ${JSON.stringify(resumed.summary.counts)})`,
);
await sandbox.close();
rmSync(dir, { recursive: true, force: true });
