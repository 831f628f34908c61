/**
 * End to end: the web page's runs (src/workspace/, in the serve process) hold their journal as a CLI
 * run does (docs/journal.md, "One run at a time"): a CLI `--resume` on the journal the page is running
 * is refused with RUN_IN_PROGRESS, and a page resume of a journal a CLI run holds fails the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { Workspace } from '../../src/workspace/index.js';
import { journalEntries } from '../hardening/helpers.js';
import { chunks, customersCsv, eventsUntilEnd, workspaceOn } from '../workspace/helpers.js';
import { startSandbox, tempDir, type CliResult } from './helpers.js';
import { customersWithPrefix, folder, importCli, waitFor, writeText } from './import-helpers.js';

const ROWS = 40;
let sandbox: Sandbox;
let ws: Workspace;
const tmp = tempDir('run-lock-web');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty', latencyMs: 250, jitterMs: 100 });
  ws = workspaceOn(sandbox, tmp.path('data'));
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

/** The journal of an upload's run, wherever the workspace keeps it. */
function journalOf(uploadId: string): string | undefined {
  const name = `${uploadId}.journal.jsonl`;
  const found = readdirSync(tmp.path('data'), { recursive: true, encoding: 'utf8' }).find(
    (p) => p.split(/[\\/]/).pop() === name,
  );
  return found && join(tmp.path('data'), found);
}

function tokenRequests(): number {
  return sandbox.requests.filter((r) => r.path.endsWith('/token')).length;
}

function expectEachOnce(prefix: string, rows: number): void {
  const codes = customersWithPrefix(sandbox, prefix).map((c) => c.ext_cust_no);
  expect(codes).toHaveLength(rows);
  expect(new Set(codes).size).toBe(rows);
}

describe('the web page and the CLI share the journal lock', () => {
  it("a CLI --resume of the journal the page is running is refused; the page's run finishes each row once", async () => {
    // The page sends 4 at a time: enough rows that it is still sending when the CLI has started.
    const rows = 3 * ROWS;
    const csv = customersCsv('WL', rows);
    const upload = await ws.saveUpload('lambat.csv', chunks(csv));
    const run = await ws.start({ kind: 'import', entity: 'customers', uploadId: upload.id });
    const ended = eventsUntilEnd(ws, run.id);
    await waitFor(
      () => journalEntries(journalOf(upload.id) ?? '').some((l) => l.t === 'sending'),
      60_000,
      "the page's run to send",
    );
    const journal = journalOf(upload.id) as string;
    // The same file under the name the CLI derives that journal's name from.
    const cliDir = folder(tmp, 'cli');
    const file = writeText(join(cliDir, `${upload.id}.csv`), csv);
    const tokensBefore = tokenRequests();
    const refused = await importCli(sandbox, 'customers', file, dirname(journal), ['--resume']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error \[RUN_IN_PROGRESS\]: another run is using /);
    expect(refused.stderr).toContain(`(process ${process.pid} on `);
    expect(tokenRequests()).toBe(tokensBefore);

    await ended;
    expect(ws.get(run.id)?.state).toBe('done');
    expectEachOnce('WL', rows);
  }, 120_000);

  it('a page resume of a journal a CLI --resume is running fails with RUN_IN_PROGRESS', async () => {
    const csv = customersCsv('WM', ROWS);
    const upload = await ws.saveUpload('lambat2.csv', chunks(csv));
    const run = await ws.start({ kind: 'import', entity: 'customers', uploadId: upload.id });
    const ended = eventsUntilEnd(ws, run.id, (event) => {
      if (event.type === 'progress' && event.progress.done >= 1) ws.cancel(run.id);
    });
    await ended;
    expect(ws.get(run.id)?.state).toBe('cancelled');
    const journal = journalOf(upload.id) as string;
    const file = writeText(join(folder(tmp, 'cli2'), `${upload.id}.csv`), csv);
    let cliExited = false;
    let child: ChildProcess | undefined;
    const cli: Promise<CliResult> = importCli(sandbox, 'customers', file, dirname(journal), ['--resume'], {
      onStart: (c) => (child = c),
    }).then((r) => {
      cliExited = true;
      return r;
    });
    const linesBefore = journalEntries(journal).length;
    await waitFor(() => cliExited || journalEntries(journal).length > linesBefore, 60_000, 'the CLI to send');
    expect(cliExited).toBe(false);

    const resume = await ws.start({ kind: 'resume', entity: 'customers', uploadId: upload.id });
    await eventsUntilEnd(ws, resume.id);
    const view = ws.get(resume.id);
    expect(view?.state).toBe('failed');
    expect(view?.error?.code).toBe('RUN_IN_PROGRESS');
    expect(view?.error?.message).toContain(`(process ${String(child?.pid)} on `);

    const finished = await cli;
    expect(finished.code).toBe(0);
    expectEachOnce('WM', ROWS);
  }, 120_000);
});
