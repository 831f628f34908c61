/**
 * End to end: `import --notify` posts one notice per run with the counts per status and the paths of
 * the result sheets; a run that could not start is notified as a failure too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startWebhook, type WebhookReceiver } from '../deliver/servers.js';
import { startSandbox, tempDir } from './helpers.js';
import { csvLine, folder, importCli, writeText } from './import-helpers.js';

let sandbox: Sandbox;
let hook: WebhookReceiver;
const tmp = tempDir('import-notify');
const TOKEN = 'import-hook-token-30917';

beforeAll(async () => {
  [sandbox, hook] = await Promise.all([startSandbox({ seed: 'empty' }), startWebhook([200])]);
});
afterAll(async () => {
  await Promise.all([sandbox.close(), hook.close()]);
  tmp.cleanup();
});

describe('import --notify', () => {
  it('carries the counts per status and the result sheet paths', async () => {
    const dir = folder(tmp, 'counts');
    const file = writeText(
      `${dir}/pelanggan.csv`,
      [
        csvLine(['ext_cust_no', 'name', 'phone']),
        csvLine(['N-001', 'Toko Satu', '081200000001']),
        csvLine(['N-002', 'Toko Dua', '081200000002']),
        csvLine(['N-003', '', '081200000003']), // no name: invalid
      ].join('\r\n'),
    );
    hook.requests.length = 0;
    const result = await importCli(sandbox, 'customers', file, dir, [
      '--notify',
      `${hook.url}/hooks/${TOKEN}`,
      '--notify-on',
      'always',
    ]);
    expect(result.code).toBe(2);
    expect(hook.requests).toHaveLength(1);
    const body = hook.requests[0].body as {
      status: string;
      command: string;
      counts: Record<string, number>;
      resultFiles: Record<string, string>;
    };
    expect(body).toMatchObject({ command: 'import', entity: 'customers', status: 'failure', rows: 3 });
    expect(body.counts).toEqual({ created: 2, invalid: 1 });
    expect(Object.keys(body.resultFiles).sort()).toEqual(['errors', 'result']);
    for (const path of Object.values(body.resultFiles)) expect(existsSync(path)).toBe(true);
    expect(result.stderr).not.toContain(TOKEN);
  });

  it('with --notify-on failure, a clean import sends nothing; a file that cannot be read is notified', async () => {
    const dir = folder(tmp, 'on-failure');
    const clean = writeText(
      `${dir}/clean.csv`,
      [csvLine(['ext_cust_no', 'name']), csvLine(['F-001', 'Toko Bersih'])].join('\r\n'),
    );
    hook.requests.length = 0;
    const ok = await importCli(sandbox, 'customers', clean, dir, ['--notify', `${hook.url}/h/${TOKEN}`]);
    expect(ok.code).toBe(0);
    expect(hook.requests).toHaveLength(0);
    const missing = await importCli(sandbox, 'customers', `${dir}/nope.csv`, dir, [
      '--notify',
      `${hook.url}/h/${TOKEN}`,
    ]);
    expect(missing.code).toBe(1);
    expect(hook.requests).toHaveLength(1);
    expect(hook.requests[0].body).toMatchObject({ status: 'failure', error: { code: 'READ_NOT_FOUND' } });
  });
});
