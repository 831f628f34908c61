/**
 * Helpers for the browser tests of `serve`: the built CLI's `serve` on an ephemeral port against a
 * sandbox, and headless Chromium from the distribution (playwright-core drives it; nothing is
 * downloaded). Screenshots go to docs/screenshots/ (the README shows them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { CLI, cliEnv } from '../helpers.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

export interface Serve {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  /** Stops it (SIGTERM: as on Ctrl-C, runs end `interrupted`; SIGKILL: killed outright) and waits for the exit. */
  close: (signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>;
}

/** Makes serve stop when this process goes away, however it goes (its stdin closes). */
const DIE_WITH_PARENT = new URL('./die-with-parent.mjs', import.meta.url).href;

/**
 * `serve --port 0` (any free port) on 127.0.0.1 unless `--host` says otherwise; resolves with its
 * address once it prints it. Suites use it through the rig (web-rig.ts).
 */
export function startServe(
  sandbox: Sandbox | undefined,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<Serve> {
  return new Promise((resolve, reject) => {
    const argv = ['--import', DIE_WITH_PARENT, CLI, 'serve', '--port', '0', '--rate', '200', ...args];
    const child = spawn(process.execPath, argv, {
      env: cliEnv(sandbox, { SALESMANIA_LOG_LEVEL: 'warn', ...extraEnv }),
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const match = /(http:\/\/\S+)/.exec(stderr);
      if (match) {
        resolve({
          url: match[1].replace(/\/$/, ''),
          child,
          stderr: () => stderr,
          close: async (signal = 'SIGTERM') => {
            child.kill(signal);
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** The session cookie and CSRF token of a fresh visit, for requests made without the browser. */
export async function visit(url: string): Promise<{ cookie: string; csrf: string; status: number }> {
  const res = await fetch(url, { redirect: 'manual' });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const body = await res.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';
  return { cookie, csrf, status: res.status };
}
