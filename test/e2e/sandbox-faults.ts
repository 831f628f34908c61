/** Faults scripted on the sandbox that several suites use to stop a run at a known row. */
import type { Sandbox } from '../../src/sandbox/index.js';

/**
 * The next `pass` requests of `method` on `path` pass, the one after is held back a minute: with one
 * request at a time, the run stands still at row `pass + 1` until it is stopped.
 */
export function holdAfterPass(sandbox: Sandbox, pass: number, method: string, path: string | RegExp): void {
  sandbox.script({ method, path, action: 'delay', ms: 0, times: pass });
  sandbox.script({ method, path, action: 'delay', ms: 60_000 });
}
