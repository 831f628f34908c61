/**
 * An apply and an undo stopped in the middle are resumed through the workspace as `apply --resume`
 * and `undo --resume` do, also by a new workspace on the same data folder (a server started again):
 * the resumed run continues the same journal, rows it confirmed are not sent again, and the row whose
 * request was on the wire when the run stopped is looked up, not sent twice. The sandbox holds one
 * request back (a scripted delay), so the stop lands mid-run whatever the machine's speed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRuntime } from '../../src/config/index.js';
import { PATHS } from '../../src/contract/index.js';
import { readJournal } from '../../src/journal/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { RunView, Workspace } from '../../src/workspace/index.js';
import { startSandbox, tempDir } from '../e2e/helpers.js';
import { customersWithPrefix, sandboxClient } from '../e2e/import-helpers.js';
import { chunks, customersCsv, eventsUntilEnd, workspaceOn } from './helpers.js';
import { holdAfterPass } from '../e2e/sandbox-faults.js';

const ROWS = 12;
/** Requests that pass before the one the sandbox holds back (until the run has stopped). */
const PASS = 3;
const tmp = tempDir('workspace-resume-apply-undo');
const data = tmp.path('data');
let sandbox: Sandbox;
let ws: Workspace;

/** One row at a time, so the held request stops the run at row PASS + 1. */
const open = () =>
  workspaceOn(sandbox, data, { runtime: resolveRuntime({ rate: '200', concurrency: '1' }, {}) });

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  await sandboxClient(sandbox).customers.create({ ext_cust_no: 'KEEP-01', name: 'Toko Tetap', city: 'Solo' });
  ws = open();
});
afterAll(async () => {
  await ws.close();
  await sandbox.close();
  tmp.cleanup();
});

/** Calls `act` once, as the `n`th request of `method` on `path` reaches the sandbox. */
function onNth(method: string, path: string | RegExp, n: number, act: () => void): () => void {
  let seen = 0;
  return sandbox.onRequest((r) => {
    const matches = r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path));
    if (matches && ++seen === n) act();
  });
}

async function ended(w: Workspace, run: RunView): Promise<RunView> {
  const events = await eventsUntilEnd(w, run.id);
  const last = events[events.length - 1];
  if (last?.type !== 'state') throw new Error('no end state');
  return last.run;
}

const posted = (key: string) =>
  sandbox.requests.filter(
    (r) =>
      r.method === 'POST' &&
      r.path === PATHS.customers &&
      (r.body as { ext_cust_no?: string } | undefined)?.ext_cust_no === key,
  ).length;

describe('resume of an apply and of an undo', () => {
  let applyId: string;
  let resumedApply: RunView;

  it('an apply killed with its server mid-run is resumable by the next server and ends with each row once', async () => {
    const upload = await ws.saveUpload('pelanggan-baru.csv', chunks(customersCsv('RA', ROWS)));
    const plan = await ended(ws, await ws.start({ kind: 'plan', entity: 'customers', uploadId: upload.id }));
    expect(plan.summary?.actions).toEqual({ create: ROWS });

    holdAfterPass(sandbox, PASS, 'POST', PATHS.customers);
    const apply = await ws.start({ kind: 'apply', entity: 'customers', uploadId: upload.id, plan: plan.id });
    applyId = apply.id;
    const recordPath = join(data, 'runs', apply.id, 'run.json');
    let onDisk = '';
    // The server dies as the held request arrives (an event, not a progress figure that may come
    // before or after the next request left).
    const stopListening = onNth('POST', PATHS.customers, PASS + 1, () => {
      // What the disk holds when a kill -9 hits: the record as written at the start.
      onDisk = readFileSync(recordPath, 'utf8');
      void ws.close();
    });
    await ended(ws, apply);
    stopListening();
    expect(customersWithPrefix(sandbox, 'RA-')).toHaveLength(PASS + 1); // the held one was committed
    writeFileSync(recordPath, onDisk);

    ws = open();
    expect(ws.get(apply.id)).toMatchObject({
      kind: 'apply',
      state: 'interrupted',
      resumable: true,
      files: [],
    });
    const journal = readJournal(join(data, 'runs', apply.id, `${upload.id}.journal.jsonl`));
    // Open, and every request that left is in it: done, or `sending` for the resume to look up by key.
    expect(journal?.ended).toBe(false);
    expect((journal?.done.size ?? 0) + (journal?.sending.size ?? 0)).toBe(PASS + 1);

    const resumed = await ws.start({
      kind: 'resume',
      entity: 'customers',
      uploadId: upload.id,
      run: apply.id,
    });
    expect(resumed).toMatchObject({ kind: 'apply', resumes: apply.id, source: plan.id });
    resumedApply = await ended(ws, resumed);
    expect(resumedApply).toMatchObject({
      state: 'done',
      summary: { total: ROWS, counts: { created: ROWS } },
    });
    const keys = customersWithPrefix(sandbox, 'RA-').map((c) => c.ext_cust_no);
    expect(keys).toHaveLength(ROWS);
    expect(new Set(keys).size).toBe(ROWS);
    for (const key of keys) expect(posted(key as string)).toBe(1);
    // One journal, one run that offers what may follow: the resumed apply.
    expect(ws.get(apply.id)).toMatchObject({ resumable: false, undoable: false });
    expect(ws.get(resumedApply.id)).toMatchObject({ resumable: false, undoable: true });
  });

  it('an undo cancelled mid-run is resumed after a restart and deletes each created record once, nothing else', async () => {
    const ids = customersWithPrefix(sandbox, 'RA-').map((c) => c.id);
    const from = sandbox.requests.length;
    holdAfterPass(sandbox, PASS, 'DELETE', /^\/extapi\/v1\.0\/customers\/\d+$/);
    const undo = await ws.start({
      kind: 'undo',
      entity: 'customers',
      uploadId: resumedApply.uploadId,
      source: resumedApply.id,
      confirmed: String(ids.length), // an undo that deletes starts only with the number typed
    });
    const stopListening = onNth('DELETE', /^\/extapi\/v1\.0\/customers\/\d+$/, PASS + 1, () =>
      ws.cancel(undo.id),
    );
    const stopped = await ended(ws, undo);
    stopListening();
    expect(stopped).toMatchObject({ kind: 'undo', state: 'cancelled', resumable: true });
    expect(customersWithPrefix(sandbox, 'RA-')).toHaveLength(ROWS - PASS - 1);
    await ws.close();

    ws = open();
    expect(ws.get(undo.id)).toMatchObject({ state: 'cancelled', resumable: true });
    const resumed = await ws.start({
      kind: 'resume',
      entity: 'customers',
      uploadId: undo.uploadId,
      run: undo.id,
    });
    expect(resumed).toMatchObject({ kind: 'undo', resumes: undo.id, source: resumedApply.id });
    const done = await ended(ws, resumed);
    expect(done).toMatchObject({ state: 'done', summary: { total: ROWS } });
    expect(ws.get(undo.id)?.resumable).toBe(false);

    expect(customersWithPrefix(sandbox, 'RA-')).toEqual([]);
    expect(customersWithPrefix(sandbox, 'KEEP-')).toHaveLength(1);
    const writes = sandbox.requests.slice(from).filter((r) => r.method !== 'GET');
    expect(writes.every((r) => r.method === 'DELETE')).toBe(true);
    expect(writes.map((r) => r.path).sort()).toEqual(ids.map((id) => `${PATHS.customers}/${id}`).sort());
  });

  it('a run that cannot be resumed says so', async () => {
    await expect(
      ws.start({ kind: 'resume', entity: 'customers', uploadId: resumedApply.uploadId, run: applyId }),
    ).rejects.toMatchObject({ code: 'JOURNAL_NOT_FOUND' });
  });
});
