/**
 * Runs hosted by the workspace, against the sandbox over real HTTP: an import's events in order and
 * its result files; a cancel in the middle of a slow import stops it as Ctrl-C does, and a resume
 * finishes it with every row on the server once; a new workspace on the same data folder lists the
 * runs; `file()` serves only what a run wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readJournal } from '../../src/journal/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { RunEvent, Workspace } from '../../src/workspace/index.js';
import { readCsv, startSandbox, tempDir } from '../e2e/helpers.js';
import { customersWithPrefix } from '../e2e/import-helpers.js';
import { chunks, customersCsv, eventsUntilEnd, workspaceOn } from './helpers.js';

let sandbox: Sandbox;
let ws: Workspace;
const tmp = tempDir('workspace-runs');
const data = tmp.path('data');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  ws = workspaceOn(sandbox, data);
});
afterAll(async () => {
  await ws.close();
  await sandbox.close();
  tmp.cleanup();
});

function progressDone(events: RunEvent[]): number[] {
  return events.flatMap((e) => (e.type === 'progress' ? [e.progress.done] : []));
}

describe('an import', () => {
  let runId: string;

  it('sends every row, with ordered progress events, and ends done with its result files', async () => {
    const upload = await ws.saveUpload('pelanggan.csv', chunks(customersCsv('WA', 12)));
    const run = await ws.start({ kind: 'import', entity: 'customers', uploadId: upload.id });
    runId = run.id;
    expect(run).toMatchObject({ kind: 'import', state: 'running', fileName: 'pelanggan.csv' });
    const events = await eventsUntilEnd(ws, run.id);

    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const done = progressDone(events);
    expect(done.length).toBeGreaterThan(1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[done.length - 1]).toBe(12);
    const last = events[events.length - 1];
    expect(last.type).toBe('state');
    expect(events.filter((e) => e.type === 'state')).toHaveLength(1);
    if (last.type !== 'state') throw new Error('no end state');
    expect(last.run).toMatchObject({ state: 'done', progress: { done: 12, total: 12 } });
    expect(last.run.summary).toMatchObject({ total: 12, counts: { created: 12 } });
    // No errors sheet: no row failed.
    expect(last.run.files).toEqual([`${upload.id}.result.csv`, `${upload.id}.journal.jsonl`]);
    expect(customersWithPrefix(sandbox, 'WA-')).toHaveLength(12);

    expect(last.run.downloadNames[`${upload.id}.result.csv`]).toBe('pelanggan.result.csv');
    const result = ws.file(run.id, `${upload.id}.result.csv`);
    expect(result).toBeDefined();
    const rows = readCsv(result as string);
    expect(rows.map((r) => r._status)).toEqual(Array(12).fill('created'));
    expect(rows.every((r) => r._id !== '')).toBe(true);
  });

  it('file() refuses names the run did not produce, paths and unknown runs', () => {
    const view = ws.get(runId);
    const produced = view?.files[0] as string;
    expect(existsSync(join(data, 'runs', runId, 'run.json'))).toBe(true);
    for (const name of [
      'run.json',
      `../${runId}/run.json`,
      `./${produced}`,
      '..',
      '',
      join(data, produced),
    ]) {
      expect(ws.file(runId, name)).toBeUndefined();
    }
    expect(ws.file('not-a-run', produced)).toBeUndefined();
    expect(ws.file(`../${runId}`, produced)).toBeUndefined();
  });

  it('the same upload imported again is refused as the CLI refuses it, unless `again`', async () => {
    const upload = ws.get(runId)?.uploadId as string;
    const refused = await ws.start({ kind: 'import', entity: 'customers', uploadId: upload });
    await eventsUntilEnd(ws, refused.id);
    expect(ws.get(refused.id)).toMatchObject({ state: 'failed', error: { code: 'ALREADY_IMPORTED' } });
    expect(ws.get(refused.id, 'id')?.error?.message).not.toBe(ws.get(refused.id, 'en')?.error?.message);
    // The page's words: no path of the server's disk, no journal, no flag of the command line (the
    // page has a button to import once more).
    const message = ws.get(refused.id)?.error?.message ?? '';
    expect(message).toMatch(/already imported to the end on .*Import once more/);
    expect(message).not.toMatch(/journal|--again/);
    expect(message).not.toContain(data);
    const again = await ws.start({ kind: 'import', entity: 'customers', uploadId: upload, again: true });
    await eventsUntilEnd(ws, again.id);
    // Every key exists now: nothing is created twice.
    expect(ws.get(again.id)).toMatchObject({ state: 'done', summary: { counts: { skipped: 12 } } });
    expect(customersWithPrefix(sandbox, 'WA-')).toHaveLength(12);
    // Its sheets replaced the first run's (an upload's imports share a folder): they are the new run's.
    expect(ws.get(again.id)?.files).toContain(`${upload}.result.csv`);
    expect(ws.get(runId)?.files).toEqual([]);
    expect(ws.file(runId, `${upload}.result.csv`)).toBeUndefined();
  });

  it('a validate of the same upload sends nothing and writes its own files', async () => {
    const upload = ws.get(runId)?.uploadId as string;
    const before = sandbox.requests.length;
    const run = await ws.start({ kind: 'validate', entity: 'customers', uploadId: upload });
    await eventsUntilEnd(ws, run.id);
    const view = ws.get(run.id);
    expect(view).toMatchObject({ state: 'done', summary: { counts: { valid: 12 } }, resumable: false });
    expect(view?.files).toEqual([`${upload}.result.csv`]);
    expect(sandbox.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('cancel and resume', () => {
  let uploadId: string;
  let cancelledId: string;

  afterAll(() => sandbox.configure({ latencyMs: 0 }));

  it('a cancel stops a slow import: in-flight rows settle, state cancelled, journal resumable', async () => {
    sandbox.configure({ latencyMs: 150 });
    const upload = await ws.saveUpload('lambat.csv', chunks(customersCsv('WC', 200)));
    uploadId = upload.id;
    const run = await ws.start({ kind: 'import', entity: 'customers', uploadId });
    cancelledId = run.id;
    // One run per upload at a time.
    const busy = ws.start({ kind: 'validate', entity: 'customers', uploadId });
    await expect(busy).rejects.toMatchObject({ code: 'RUN_BUSY' });
    // The run going on is named by when it started, not by its id.
    await expect(busy).rejects.not.toMatchObject({ message: expect.stringContaining(run.id) });
    const events = await eventsUntilEnd(ws, run.id, (event) => {
      if (event.type === 'progress' && event.progress.done >= 1) ws.cancel(run.id);
    });
    const last = events[events.length - 1];
    if (last.type !== 'state') throw new Error('no end state');
    expect(last.run.state).toBe('cancelled');
    const view = ws.get(run.id);
    expect(view?.resumable).toBe(true);
    expect(view?.files).toContain(`${uploadId}.journal.jsonl`);
    // Open to a resume, and every request that left is in it: each record on the server is a row
    // the journal has done, or has left `sending` for the resume to look up by its key.
    const journal = readJournal(ws.file(run.id, `${uploadId}.journal.jsonl`) as string);
    expect(journal?.ended).toBe(false);
    const created = [...(journal?.done.values() ?? [])].filter((d) => d.status === 'created').length;
    expect(customersWithPrefix(sandbox, 'WC-').length).toBeLessThanOrEqual(
      created + (journal?.sending.size ?? 0),
    );
    const sent = customersWithPrefix(sandbox, 'WC-').length;
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(sent).toBeLessThan(200);
  });

  it('resume finishes it, and the server holds each row once', async () => {
    sandbox.configure({ latencyMs: 0 });
    const run = await ws.start({ kind: 'resume', entity: 'customers', uploadId });
    expect(run.resumes).toBe(cancelledId);
    await eventsUntilEnd(ws, run.id);
    const view = ws.get(run.id);
    expect(view?.state).toBe('done');
    expect(view?.summary?.total).toBe(200);
    const codes = customersWithPrefix(sandbox, 'WC-').map((c) => c.ext_cust_no);
    expect(codes).toHaveLength(200);
    expect(new Set(codes).size).toBe(200);
    expect(ws.get(cancelledId)?.resumable).toBe(false);
    // Nothing left to resume now.
    await expect(ws.start({ kind: 'resume', entity: 'customers', uploadId })).rejects.toMatchObject({
      code: 'JOURNAL_NOT_FOUND',
    });
  });
});

describe('resume reads the file as the run it continues', () => {
  it('keeps the sheet and the mapping of the cancelled run when the resume names neither', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Catatan').addRow(['bukan data']);
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['Kode Pelanggan', 'Nama Tokoh', 'Kota']);
    for (let i = 1; i <= 200; i++) sheet.addRow([`WS-${String(i).padStart(3, '0')}`, `Toko ${i}`, 'Bandung']);
    const upload = await ws.saveUpload(
      'dua-sheet.xlsx',
      chunks(Buffer.from(await workbook.xlsx.writeBuffer())),
    );

    sandbox.configure({ latencyMs: 150 });
    const run = await ws.start({
      kind: 'import',
      entity: 'customers',
      uploadId: upload.id,
      sheet: 'Data',
      mapping: { 'Nama Tokoh': 'name' },
    });
    await eventsUntilEnd(ws, run.id, (event) => {
      if (event.type === 'progress' && event.progress.done >= 1) ws.cancel(run.id);
    });
    sandbox.configure({ latencyMs: 0 });
    expect(ws.get(run.id)).toMatchObject({ state: 'cancelled', resumable: true });

    const resumed = await ws.start({ kind: 'resume', entity: 'customers', uploadId: upload.id });
    await eventsUntilEnd(ws, resumed.id);
    expect(ws.get(resumed.id)).toMatchObject({ state: 'done', summary: { total: 200 } });
    const names = customersWithPrefix(sandbox, 'WS-').map((c) => c.name);
    expect(names).toHaveLength(200);
    expect(new Set(names).size).toBe(200);
  });
});

describe('history', () => {
  it('a new workspace on the same data folder lists past runs, and a run the server stopped as interrupted', async () => {
    sandbox.configure({ latencyMs: 150 });
    const upload = await ws.saveUpload('mati.csv', chunks(customersCsv('WH', 200)));
    const run = await ws.start({ kind: 'import', entity: 'customers', uploadId: upload.id });
    await eventsUntilEnd(ws, run.id, (event) => {
      // The server shuts down in the middle of the run.
      if (event.type === 'progress' && event.progress.done >= 1) void ws.close();
    });
    sandbox.configure({ latencyMs: 0 });

    const again = workspaceOn(sandbox, data);
    const listed = again.list();
    const ids = new Set(listed.map((r) => r.id));
    for (const earlier of ws.list()) expect(ids.has(earlier.id)).toBe(true);
    const stopped = again.get(run.id);
    expect(stopped).toMatchObject({ state: 'interrupted', resumable: true, fileName: 'mati.csv' });
    const done = listed.find((r) => r.kind === 'import' && r.state === 'done' && r.files.length > 0);
    expect(done?.summary?.total).toBe(12);
    expect(again.file(done?.id as string, done?.files[0] as string)).toBeDefined();

    const resumed = await again.start({ kind: 'resume', entity: 'customers', uploadId: upload.id });
    await eventsUntilEnd(again, resumed.id);
    expect(again.get(resumed.id)?.state).toBe('done');
    expect(new Set(customersWithPrefix(sandbox, 'WH-').map((c) => c.ext_cust_no)).size).toBe(200);
    expect(customersWithPrefix(sandbox, 'WH-')).toHaveLength(200);
    await again.close();
  });

  it('a run whose server died (its record still says running) is listed interrupted and resumable', async () => {
    sandbox.configure({ latencyMs: 150 });
    const upload = await ws.saveUpload('crash.csv', chunks(customersCsv('WK', 200)));
    const run = await ws.start({ kind: 'import', entity: 'customers', uploadId: upload.id });
    const recordPath = join(data, 'runs', run.id, 'run.json');
    let onDisk = '';
    await eventsUntilEnd(ws, run.id, (event) => {
      if (event.type !== 'progress' || event.progress.done < 1 || onDisk) return;
      // What the disk holds at the moment a kill -9 would hit: the record written at the start.
      onDisk = readFileSync(recordPath, 'utf8');
      ws.cancel(run.id);
    });
    sandbox.configure({ latencyMs: 0 });
    expect(JSON.parse(onDisk)).toMatchObject({ state: 'running' });
    writeFileSync(recordPath, onDisk);

    const again = workspaceOn(sandbox, data);
    expect(again.get(run.id)).toMatchObject({ state: 'interrupted', resumable: true });
    expect(JSON.parse(readFileSync(recordPath, 'utf8'))).toMatchObject({ state: 'interrupted' });
    const resumed = await again.start({ kind: 'resume', entity: 'customers', uploadId: upload.id });
    await eventsUntilEnd(again, resumed.id);
    expect(again.get(resumed.id)?.state).toBe('done');
    expect(new Set(customersWithPrefix(sandbox, 'WK-').map((c) => c.ext_cust_no)).size).toBe(200);
    expect(customersWithPrefix(sandbox, 'WK-')).toHaveLength(200);
    await again.close();
  });
});
