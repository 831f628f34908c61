import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CLI, cliEnv, runCli, startSandbox, tempDir } from './helpers.js';
import type { Sandbox } from '../../src/sandbox/index.js';

/** Starts `salesmania-bulk sandbox` as its own process and waits for the address it prints. */
function startSandboxProcess(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'sandbox', ...args], {
      env: cliEnv(undefined),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[0] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${output}`)));
  });
}

describe('salesmania-bulk --help', () => {
  it('lists every command', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['import', 'validate', 'export', 'template', 'sandbox', 'demo', 'doctor']) {
      expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it('answers an unknown command with exit 1 and a hint, not a stack trace', async () => {
    const result = await runCli(['imprt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unknown command/i);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('sandbox command + doctor', () => {
  let sandbox: { child: ChildProcess; url: string };
  beforeAll(async () => {
    sandbox = await startSandboxProcess(['--port', '0']);
  });
  afterAll(() => {
    sandbox.child.kill('SIGTERM');
  });

  const env = (extra: Record<string, string>) =>
    cliEnv(undefined, { SALESMANIA_BASE_URL: sandbox.url, SALESMANIA_USERNAME: 'demo', ...extra });

  it('doctor with the demo login exits 0 and lists databases and team members', async () => {
    const result = await runCli(['doctor'], {
      env: env({ SALESMANIA_PASSWORD: 'demo', SALESMANIA_DATABASE: 'PT Maju Jaya' }),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2981\s+PT Maju Jaya\s+← selected/);
    expect(result.stdout).toMatch(/3317\s+CV Sumber Rejeki/);
    expect(result.stdout).toMatch(/Team token: database 2981 \(PT Maju Jaya\), team member 24728/);
    expect(result.stdout).toMatch(/24728\s+Budi Santoso \[S-014\]/);
  });

  it('doctor --json prints one JSON report', async () => {
    const result = await runCli(['doctor', '--json', '--database', '3317'], {
      env: env({ SALESMANIA_PASSWORD: 'demo' }),
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { selected: { databaseId: number }; teamMembers: unknown[] };
    expect(report.selected.databaseId).toBe(3317);
    expect(report.teamMembers.length).toBeGreaterThan(0);
  });

  it('reads the password from SALESMANIA_PASSWORD_FILE (a Docker secret)', async () => {
    const tmp = tempDir('secret');
    const file = tmp.path('password');
    writeFileSync(file, 'demo\n');
    const result = await runCli(['doctor', '--database', '2981'], {
      env: env({ SALESMANIA_PASSWORD_FILE: file }),
    });
    tmp.cleanup();
    expect(result.code).toBe(0);
  });

  it.each([
    [{ SALESMANIA_PASSWORD: 'wrong-password' }, 'API_AUTH'],
    [{ SALESMANIA_PASSWORD: 'demo', SALESMANIA_DATABASE: 'PT Tidak Ada' }, 'DATABASE_NOT_FOUND'],
    [{ SALESMANIA_USERNAME: '', SALESMANIA_PASSWORD: '' }, 'CONFIG_MISSING'],
    [{ SALESMANIA_PASSWORD: 'demo', SALESMANIA_RATE: 'abc' }, 'CONFIG_INVALID'],
  ])('doctor fails with exit 1 and a stable code: %j → %s', async (extra, code) => {
    const result = await runCli(['doctor'], { env: env(extra as Record<string, string>) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`[${code}]`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain('wrong-password');
  });

  it('doctor exits 1 with API_NETWORK when nothing listens', async () => {
    const result = await runCli(['doctor'], {
      env: cliEnv(undefined, {
        SALESMANIA_BASE_URL: 'http://127.0.0.1:9',
        SALESMANIA_USERNAME: 'demo',
        SALESMANIA_PASSWORD: 'demo',
      }),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[API_NETWORK]');
  });
});

describe('validate needs no credentials', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterAll(() => sb.close());

  it('exits 1 with MAP_MISSING_COLUMN naming the closest header, before any request', async () => {
    const tmp = tempDir('missing');
    const file = tmp.path('pelanggan.csv');
    writeFileSync(file, 'Nmae,Kota\nToko A,Semarang\n');
    sb.resetLog();
    const result = await runCli(['import', 'customers', file], { env: cliEnv(sb) });
    tmp.cleanup();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[MAP_MISSING_COLUMN]');
    expect(result.stderr).toContain('"Nmae"');
    expect(sb.requests.filter((r) => r.path.includes('/customers'))).toHaveLength(0);
  });
});
