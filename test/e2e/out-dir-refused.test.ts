/**
 * End to end: an output folder that cannot be created (`/proc/nope`: procfs answers ENOENT to a
 * mkdir, on which Node's recursive mkdir loops forever) is WRITE_FAILED at once, for an import and
 * for an export, and nothing is sent.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, startSandbox, tempDir } from './helpers.js';
import { csvLine, dataRequests, importCli, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('out-dir');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const unmakeable = '/proc/salesmania-nope/deeper';

it('import --out-dir into a folder that cannot be created: WRITE_FAILED, exit 1, nothing sent', async () => {
  if (!existsSync('/proc/self')) throw new Error('this test needs a Linux /proc');
  const file = writeText(
    tmp.path('pelanggan.csv'),
    [csvLine(['ext_cust_no', 'name', 'phone']), csvLine(['OD-1', 'Toko Satu', '0811'])].join('\n') + '\n',
  );
  const before = sandbox.requests.length;
  // Killed after 20 s: a run that hangs ends with a signal, not an exit code.
  const result = await importCli(sandbox, 'customers', file, unmakeable, [], { timeoutMs: 20_000 });
  expect(result.signal).toBeNull();
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('[WRITE_FAILED]');
  expect(result.stderr).toContain('/proc/salesmania-nope');
  expect(dataRequests(sandbox, before)).toEqual([]);
});

it('export --out into a folder that cannot be created: WRITE_FAILED, exit 1', async () => {
  const result = await runCli(['export', 'customers', '--out', `${unmakeable}/pelanggan.csv`], {
    env: cliEnv(sandbox),
    timeoutMs: 20_000,
  });
  expect(result.signal).toBeNull();
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('[WRITE_FAILED]');
});
