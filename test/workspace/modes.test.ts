/**
 * A mode the entity cannot run is refused by the preview as by the run: customers have no
 * update-status, so "check all rows" can never say valid where "import now" refuses (user test).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { Workspace } from '../../src/workspace/index.js';
import { startSandbox, tempDir } from '../e2e/helpers.js';
import { chunks, customersCsv, workspaceOn } from './helpers.js';

let sandbox: Sandbox;
let ws: Workspace;
const tmp = tempDir('workspace-modes');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  ws = workspaceOn(sandbox, tmp.path('data'));
});
afterAll(async () => {
  await ws.close();
  await sandbox.close();
  tmp.cleanup();
});

describe('modes per entity', () => {
  it('refuses update-status for customers in the preview, with the words and code of the run', async () => {
    const upload = await ws.saveUpload('pelanggan.csv', chunks(customersCsv('MD', 2)));
    await expect(ws.inspect(upload.id, 'customers', { mode: 'update-status' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('update-status'),
    });
    // validate and plan refuse it as import does (validate used to say MAP_MISSING_COLUMN instead).
    for (const kind of ['validate', 'plan', 'import'] as const) {
      await expect(
        ws.start({ kind, entity: 'customers', uploadId: upload.id, mode: 'update-status' }),
      ).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    }
    // A mode customers have is previewed as before.
    await expect(ws.inspect(upload.id, 'customers', { mode: 'upsert' })).resolves.toMatchObject({
      entity: 'customers',
    });
  });

  it('refuses a mode visits do not have', async () => {
    const upload = await ws.saveUpload('kunjungan.csv', chunks(customersCsv('MV', 1)));
    await expect(ws.inspect(upload.id, 'visits', { mode: 'delete' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });
});
