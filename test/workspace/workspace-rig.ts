/**
 * One rig for the workspace suites: a sandbox (seed `empty`) on 127.0.0.1 and a workspace on it with
 * a data folder of the suite's own, started in beforeAll, closed and removed in afterAll.
 *
 * ```ts
 * const rig = workspaceRig('workspace-modes');
 * it('…', async () => { await rig.ws.saveUpload(…); … rig.sandbox.requests … });
 * ```
 */
import { afterAll, beforeAll } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { Workspace, WorkspaceOptions } from '../../src/workspace/index.js';
import { startSandbox, tempDir } from '../e2e/helpers.js';
import { workspaceOn } from './helpers.js';

export interface WorkspaceRig {
  readonly sandbox: Sandbox;
  readonly ws: Workspace;
  /** The suite's temporary folder; the workspace's data folder is `dataDir` inside it. */
  readonly tmp: ReturnType<typeof tempDir>;
  readonly dataDir: string;
}

export function workspaceRig(name: string, extra: Partial<WorkspaceOptions> = {}): WorkspaceRig {
  const tmp = tempDir(name);
  const dataDir = tmp.path('data');
  let sandbox: Sandbox | undefined;
  let ws: Workspace | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`the workspace rig's ${what} is not started (beforeAll failed?)`);
    return value;
  };
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'empty' });
    ws = workspaceOn(sandbox, dataDir, extra);
  });
  afterAll(async () => {
    await ws?.close();
    await sandbox?.close();
    tmp.cleanup();
  });
  return {
    get sandbox() {
      return started(sandbox, 'sandbox');
    },
    get ws() {
      return started(ws, 'workspace');
    },
    tmp,
    dataDir,
  };
}
