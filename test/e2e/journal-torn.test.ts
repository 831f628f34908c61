/**
 * End to end: a journal torn mid-line (a power loss or a full disk during a write), resumed, torn
 * again, resumed again. Every resume reads it; the server ends with every row exactly once.
 * (Before: the first resume appended to the torn line, and the second failed with JOURNAL_CORRUPT.)
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { journalEntries, until } from '../hardening/helpers.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { csvLine, customersWithPrefix, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('journal-torn');
const ROWS = 60;
const FLAGS = ['--rate', '25', '--concurrency', '2', '--json', '--log-level', 'warn'];

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const doneLines = (journal: string) => journalEntries(journal).filter((e) => e.t === 'done').length;

/** Runs the import, SIGKILLs it once it has journaled `more` outcomes, then tears the journal's end. */
async function killAndTear(file: string, journal: string, more: number, extra: string[]): Promise<void> {
  const before = doneLines(journal);
  let child: ChildProcess | undefined;
  let exited = false;
  const run = runCli(['import', 'customers', file, ...FLAGS, ...extra], {
    env: cliEnv(sandbox),
    onStart: (c) => (child = c),
  }).then((r) => {
    exited = true;
    return r;
  });
  await until(() => exited || doneLines(journal) >= before + more, 60_000, 2);
  child?.kill('SIGKILL');
  const result = await run;
  expect(exited && result.signal).toBe('SIGKILL');
  // What a power loss halfway through writing a line leaves: part of it, no line break.
  appendFileSync(journal, '{"t":"done","row":4,"status":"crea');
}

it('a journal torn twice still resumes, and every row exists exactly once', async () => {
  const rows = Array.from({ length: ROWS }, (_, i) => csvLine([`JT-${i}`, `Toko Robek ${i}`, '0812345']));
  const file = writeText(
    tmp.path('pelanggan.csv'),
    [csvLine(['ext_cust_no', 'name', 'phone']), ...rows].join('\n') + '\n',
  );
  const journal = tmp.path('pelanggan.journal.jsonl');

  await killAndTear(file, journal, 10, []);
  await killAndTear(file, journal, 10, ['--resume']);
  const last = await runCli(['import', 'customers', file, ...FLAGS, '--resume'], { env: cliEnv(sandbox) });
  expect(last.stderr).not.toContain('JOURNAL_CORRUPT');
  expect(last.code).toBe(0);
  expect(summaryOf(last).counts.created).toBe(ROWS);

  const stored = customersWithPrefix(sandbox, 'JT-').map((c) => c.ext_cust_no);
  expect(stored.sort()).toEqual(rows.map((_, i) => `JT-${i}`).sort());
  const sheet = readCsv(tmp.path('pelanggan.result.csv'));
  expect(sheet.map((r) => r._status)).toEqual(Array(ROWS).fill('created'));
});
