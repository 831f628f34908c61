/**
 * One rig for the browser tests of `serve`: a sandbox on 127.0.0.1, the built CLI's `serve` on an
 * ephemeral 127.0.0.1 port with its own data folder, and headless Chromium from the distribution —
 * started in beforeAll, stopped in afterAll. `serve` dies with the test process (die-with-parent.mjs).
 *
 * ```ts
 * const rig = webRig('web-import', { sandbox: { latencyMs: 200 }, args: ['--concurrency', '1'] });
 * it('…', async () => { const page = await rig.page('/import?lang=en'); … rig.sandbox.requests … });
 * ```
 */
import { afterAll, beforeAll } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { Sandbox, SandboxOptions } from '../../../src/sandbox/index.js';
import { startSandbox, tempDir } from '../helpers.js';
import { launchBrowser, startServe, type Serve } from './web-helpers.js';

export interface RigOptions {
  /** The sandbox's options; seed `empty` unless given. */
  sandbox?: SandboxOptions;
  /** serve's arguments besides `--port` and `--data-dir`. */
  args?: string[];
  /** serve's environment besides the sandbox's credentials. */
  env?: Record<string, string>;
  /** Launch Chromium (default true); suites that only fetch leave it out. */
  browser?: boolean;
  /** Runs once the sandbox is up, before serve starts (records to seed, files to write); may add serve arguments. */
  setup?: (rig: WebRig) => Promise<string[] | void> | string[] | void;
}

export interface WebRig {
  readonly sandbox: Sandbox;
  readonly serve: Serve;
  readonly browser: Browser;
  /** A temporary folder of the suite's own (files to upload, downloads); removed in afterAll. */
  readonly tmp: ReturnType<typeof tempDir>;
  /** serve's data folder. */
  readonly dataDir: string;
  /** A new browser page, at `path` under serve's address when given. */
  page(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * serve stopped (`SIGTERM`: as on Ctrl-C; `SIGKILL`: killed outright) and started again on the
   * same data folder: a server restart. `rig.serve` is the new one; `env` changes its environment
   * for this start (a new page password).
   */
  restart(signal?: 'SIGTERM' | 'SIGKILL', env?: Record<string, string>): Promise<Serve>;
}

export function webRig(name: string, options: RigOptions = {}): WebRig {
  const tmp = tempDir(name);
  const dataDir = tmp.path('data');
  let sandbox: Sandbox | undefined;
  let serve: Serve | undefined;
  let browser: Browser | undefined;
  let args: string[] = [];
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the web rig's ${what} is not started (beforeAll failed?)`);
    return value;
  };
  const launch = (env: Record<string, string> = {}) =>
    startServe(sandbox, ['--data-dir', dataDir, ...(options.args ?? []), ...args], {
      ...options.env,
      ...env,
    });

  const rig: WebRig = {
    get sandbox() {
      return started(sandbox, 'sandbox');
    },
    get serve() {
      return started(serve, 'serve');
    },
    get browser() {
      return started(browser, 'browser');
    },
    tmp,
    dataDir,
    async page(path, viewport) {
      const page = await rig.browser.newPage(viewport ? { viewport } : {});
      if (path !== undefined) await page.goto(`${rig.serve.url}${path}`);
      return page;
    },
    async restart(signal = 'SIGTERM', env) {
      await rig.serve.close(signal);
      serve = await launch(env);
      return serve;
    },
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'empty', ...options.sandbox });
    args = (await options.setup?.(rig)) ?? [];
    serve = await launch();
    if (options.browser !== false) browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.close();
    await sandbox?.close();
    tmp.cleanup();
  });
  return rig;
}
