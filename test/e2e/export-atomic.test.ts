/**
 * End to end: an export that does not finish leaves nothing under its final name — not when a page
 * fails, not when the process is killed, not when it is stopped by a signal — and an older file
 * already there stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { PATHS } from '../../src/contract/index.js';
import { exportCli, filesIn } from './export-helpers.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-atomic');

beforeAll(async () => {
  sandbox = await startSandbox({ extraCustomers: 1500 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

function folder(name: string): string {
  const dir = tmp.path(name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const served = (from: number) =>
  sandbox.requests.slice(from).filter((r) => r.method === 'GET' && r.path === PATHS.customers).length;
/** Pages of 100 the whole customer list takes. */
const allPages = () => Math.ceil(sandbox.state.customers().length / 100);

/** Resolves once the sandbox has answered `n` more customer pages than before. */
async function pagesServed(from: number, n: number): Promise<void> {
  const until = Date.now() + 30_000;
  while (served(from) < n) {
    if (Date.now() > until) throw new Error('the export never got going');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(['csv', 'xlsx'])('%s', (format) => {
  it('a failing page: exit 1, no file, no temporary file, an older file untouched', async () => {
    const dir = folder(`failing-${format}`);
    const out = `${dir}/customers.${format}`;
    writeFileSync(out, 'the file of an earlier run');
    // The first page is served, the third fails with an answer that is not retried.
    sandbox.script({ method: 'GET', path: PATHS.customers, action: 'delay', ms: 1, times: 2 });
    sandbox.script({ method: 'GET', path: PATHS.customers, action: 'status', status: 422 });
    const result = await exportCli(sandbox, ['customers', '--out', out]);
    sandbox.clearScript();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error \[API_VALIDATION\]/);
    expect(readFileSync(out, 'utf8')).toBe('the file of an earlier run');
    expect(filesIn(dir)).toEqual([`customers.${format}`]);
  });

  it('killed with SIGKILL mid-way: nothing under the final name', async () => {
    const dir = folder(`killed-${format}`);
    const out = `${dir}/customers.${format}`;
    sandbox.configure({ latencyMs: 100 });
    const from = sandbox.requests.length;
    let child: ChildProcess | undefined;
    const run = exportCli(sandbox, ['customers', '--out', out], { onStart: (c) => (child = c) });
    await pagesServed(from, 3);
    child?.kill('SIGKILL');
    const result = await run;
    expect(served(from)).toBeLessThan(allPages()); // it was killed mid-way
    sandbox.configure({ latencyMs: 0 });
    expect(result.signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    // At most the hidden temporary file is left behind (a killed process cannot clean up).
    expect(filesIn(dir).every((f) => f.startsWith(`.customers.${format}.`) && f.endsWith('.tmp'))).toBe(true);
  });

  it('stopped with SIGTERM mid-way: exit 143, no file, no temporary file', async () => {
    const dir = folder(`stopped-${format}`);
    const out = `${dir}/customers.${format}`;
    sandbox.configure({ latencyMs: 100 });
    const from = sandbox.requests.length;
    let child: ChildProcess | undefined;
    const run = exportCli(sandbox, ['customers', '--out', out], { onStart: (c) => (child = c) });
    await pagesServed(from, 3);
    child?.kill('SIGTERM');
    const result = await run;
    expect(served(from)).toBeLessThan(allPages()); // it was stopped mid-way
    sandbox.configure({ latencyMs: 0 });
    expect(result.code).toBe(143);
    expect(summaryOf(result).interrupted).toBe('SIGTERM');
    expect(existsSync(out)).toBe(false);
    expect(filesIn(dir)).toEqual([]);
  });
});
