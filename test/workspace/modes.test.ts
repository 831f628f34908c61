/**
 * A mode the entity cannot run is refused by the preview as by the run: customers have no
 * update-status, so "check all rows" can never say valid where "import now" refuses (user test).
 */
import { describe, expect, it } from '@jest/globals';
import { chunks, customersCsv } from './helpers.js';
import { workspaceRig } from './workspace-rig.js';

const rig = workspaceRig('workspace-modes');

describe('modes per entity', () => {
  it('refuses update-status for customers in the preview, with the words and code of the run', async () => {
    const upload = await rig.ws.saveUpload('pelanggan.csv', chunks(customersCsv('MD', 2)));
    await expect(rig.ws.inspect(upload.id, 'customers', { mode: 'update-status' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('update-status'),
    });
    // validate and plan refuse it as import does (validate used to say MAP_MISSING_COLUMN instead).
    for (const kind of ['validate', 'plan', 'import'] as const) {
      await expect(
        rig.ws.start({ kind, entity: 'customers', uploadId: upload.id, mode: 'update-status' }),
      ).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    }
    // A mode customers have is previewed as before.
    await expect(rig.ws.inspect(upload.id, 'customers', { mode: 'upsert' })).resolves.toMatchObject({
      entity: 'customers',
    });
  });

  it('refuses a mode visits do not have', async () => {
    const upload = await rig.ws.saveUpload('kunjungan.csv', chunks(customersCsv('MV', 1)));
    await expect(rig.ws.inspect(upload.id, 'visits', { mode: 'delete' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });
});
