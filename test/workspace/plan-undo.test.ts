/**
 * The workspace's plan, apply and undo runs against the sandbox over real HTTP: a plan of an update
 * (mapped through the page's drop-downs) changes nothing and lists its one change old → new; its
 * apply writes exactly that; an undo of the apply puts the old value back, and a second undo does
 * nothing and says so. An apply needs a finished plan, an undo an ended import or apply.
 */
import { describe, expect, it } from '@jest/globals';
import type { RunView } from '../../src/workspace/index.js';
import { customersWithPrefix } from '../e2e/import-helpers.js';
import { chunks, customersCsv, eventsUntilEnd } from './helpers.js';
import { workspaceRig } from './workspace-rig.js';

const rig = workspaceRig('workspace-plan-undo');

async function ended(run: RunView): Promise<RunView> {
  const events = await eventsUntilEnd(rig.ws, run.id);
  const last = events[events.length - 1];
  if (last?.type !== 'state') throw new Error('no end state');
  return last.run;
}

const cityOf = (key: string) => customersWithPrefix(rig.sandbox, key)[0]?.city;

describe('plan, apply, undo', () => {
  let importId: string;
  let planId: string;
  let applyId: string;

  it('a plan of an update sends nothing and lists the change old → new', async () => {
    const first = await rig.ws.saveUpload('pelanggan.csv', chunks(customersCsv('PU', 3)));
    importId = (await ended(await rig.ws.start({ kind: 'import', entity: 'customers', uploadId: first.id })))
      .id;
    expect(cityOf('PU-001')).toBe('Bandung');

    const edited = Buffer.from(
      'ext_cust_no,name,Kota Baru\r\nPU-001,Toko PU 001,Jakarta\r\nPU-002,Toko PU 002,Bandung\r\n',
    );
    const upload = await rig.ws.saveUpload('perubahan.csv', chunks(edited));
    const plan = await ended(
      await rig.ws.start({
        kind: 'plan',
        entity: 'customers',
        uploadId: upload.id,
        mode: 'update',
        mapping: { 'Kota Baru': 'city' },
      }),
    );
    planId = plan.id;
    expect(plan).toMatchObject({ kind: 'plan', state: 'done', applicable: true, undoable: false });
    expect(plan.summary?.actions).toEqual({ update: 1, unchanged: 1 });
    expect(plan.files).toEqual([`${upload.id}.plan.csv`, `${upload.id}.plan.json`]);
    expect(plan.downloadNames[`${upload.id}.plan.csv`]).toBe('perubahan.plan.csv');

    const changes = await rig.ws.planChanges(plan.id);
    expect(changes?.total).toBe(1);
    expect(changes?.rows).toEqual([
      expect.objectContaining({
        row: 2,
        action: 'update',
        changes: expect.stringContaining('Bandung → Jakarta'),
      }),
    ]);
    expect(cityOf('PU-001')).toBe('Bandung');
    expect(await rig.ws.planChanges(importId)).toBeUndefined();
  });

  it('apply carries out that plan', async () => {
    const apply = await ended(
      await rig.ws.start({ kind: 'apply', entity: 'customers', uploadId: '', plan: planId }),
    );
    applyId = apply.id;
    expect(apply).toMatchObject({
      kind: 'apply',
      state: 'done',
      source: planId,
      mode: 'update',
      undoable: true,
    });
    expect(apply.summary?.counts).toMatchObject({ updated: 1 });
    expect(cityOf('PU-001')).toBe('Jakarta');
  });

  it('undo of the apply puts the old value back; a second undo does nothing and says so', async () => {
    const undo = await ended(
      await rig.ws.start({ kind: 'undo', entity: 'customers', uploadId: '', source: applyId }),
    );
    expect(undo).toMatchObject({ kind: 'undo', state: 'done', source: applyId, undoable: false });
    expect(undo.error).toBeUndefined();
    expect(undo.summary?.counts).toMatchObject({ updated: 1 });
    expect(undo.files.some((f) => f.endsWith('.undo.result.csv'))).toBe(true);
    expect(cityOf('PU-001')).toBe('Bandung');

    const again = await ended(
      await rig.ws.start({ kind: 'undo', entity: 'customers', uploadId: '', source: applyId }),
    );
    expect(again.state).toBe('done');
    expect(again.error?.code).toBe('ALREADY_UNDONE');
    expect(again.error?.message).not.toContain(rig.dataDir);
    // The journal by the user's file name (pelanggan.journal.jsonl), never by a generated id.
    expect(again.error?.message).toContain('.journal.jsonl');
    expect(again.error?.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(cityOf('PU-001')).toBe('Bandung');
  });

  it('undo --plan of the import writes what it would do and sends nothing', async () => {
    const preview = await ended(
      await rig.ws.start({
        kind: 'undo',
        entity: 'customers',
        uploadId: '',
        source: importId,
        undoPlan: true,
      }),
    );
    expect(preview.state).toBe('done');
    expect(preview.files.some((f) => f.endsWith('.undo-plan.csv'))).toBe(true);
    // What it would do, per undo action: the three customers the import created are deleted.
    expect(preview.summary?.undoActions).toEqual({ delete: 3 });
    expect(preview.summary?.counts).toEqual({ valid: 3 });
    expect(customersWithPrefix(rig.sandbox, 'PU-')).toHaveLength(3);
  });

  it('an apply needs a finished plan, an undo an ended import or apply', async () => {
    await expect(
      rig.ws.start({ kind: 'apply', entity: 'customers', uploadId: '', plan: importId }),
    ).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
    await expect(
      rig.ws.start({ kind: 'undo', entity: 'customers', uploadId: '', source: planId }),
    ).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
    await expect(
      rig.ws.start({ kind: 'undo', entity: 'customers', uploadId: '', source: '../x' }),
    ).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
  });
});
