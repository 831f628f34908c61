/**
 * End to end: the built CLI exports from the sandbox and delivers to real servers started here (SMTP,
 * SFTP, a webhook receiver) on 127.0.0.1 — the file arrives, failures are clear, the local file stays,
 * notifications go out, retention keeps exactly the newest files of a job, and no secret leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  startSftp,
  startSmtp,
  startWebhook,
  type SftpTestServer,
  type SmtpTestServer,
  type WebhookReceiver,
} from '../deliver/servers.js';
import { cliEnv, runCli, startSandbox, tempDir } from './helpers.js';

const SMTP_USER = 'exports@majujaya.co.id';
const SMTP_PASSWORD = 'Smtp-Pass-e2e-7731';
const SFTP_PASSWORD = 'Sftp-Pass-e2e-2290';
const TOKEN = 'T0KEN-webhook-e2e-88412';

let sandbox: Sandbox;
let smtp: SmtpTestServer;
let refusing: SmtpTestServer;
let sftp: SftpTestServer;
let hook: WebhookReceiver;
const tmp = tempDir('deliver');
const remote = tmp.path('remote');

beforeAll(async () => {
  mkdirSync(`${remote}/incoming`, { recursive: true });
  [sandbox, smtp, refusing, sftp, hook] = await Promise.all([
    startSandbox({ extraCustomers: 3000 }),
    startSmtp({ user: SMTP_USER, password: SMTP_PASSWORD }),
    startSmtp({ user: SMTP_USER, password: SMTP_PASSWORD, refuseLogin: true }),
    startSftp({ root: remote, user: 'erp', password: SFTP_PASSWORD }),
    startWebhook([200]),
  ]);
});
afterAll(async () => {
  await Promise.all([sandbox.close(), smtp.close(), refusing.close(), sftp.close(), hook.close()]);
  tmp.cleanup();
});

function env(smtpServer: SmtpTestServer, extra: Record<string, string> = {}) {
  return cliEnv(sandbox, {
    SALESMANIA_SMTP_URL: `smtp://${encodeURIComponent(SMTP_USER)}@127.0.0.1:${smtpServer.port}?starttls=optional`,
    SALESMANIA_SMTP_PASSWORD: SMTP_PASSWORD,
    SALESMANIA_SFTP_PASSWORD: SFTP_PASSWORD,
    SALESMANIA_SFTP_HOST_KEY: sftp.fingerprint,
    SALESMANIA_DELIVERY_ATTEMPTS: '3',
    SALESMANIA_DELIVERY_BACKOFF_MS: '20',
    ...extra,
  });
}

const exportArgs = ['--no-progress', '--rate', '200', '--concurrency', '8'];
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function folder(name: string): string {
  const dir = tmp.path(name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

interface LogLine {
  msg: string;
  level: number;
  code?: string;
  job?: string;
  output?: string;
}
const logLines = (stderr: string): LogLine[] =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);

describe('export --deliver', () => {
  it('mails the file and uploads it by SFTP; the manifest describes it; one success notice', async () => {
    const dir = folder('ok');
    hook.requests.length = 0;
    const mailsBefore = smtp.mails.length;
    const result = await runCli(
      [
        'export',
        'customers',
        '--out',
        `${dir}/customers-{date}.csv`,
        '--deliver',
        'mailto:finance@majujaya.co.id?subject={entity}%20export%20{date}',
        '--deliver',
        `sftp://erp@127.0.0.1:${sftp.port}/incoming`,
        '--notify',
        `${hook.url}/hooks/${TOKEN}`,
        '--notify-on',
        'always',
        ...exportArgs,
      ],
      { env: env(smtp) },
    );
    expect(result.stderr).not.toMatch(/"level":50/);
    expect(result.code).toBe(0);
    const [name] = readdirSync(dir).filter((n) => n.endsWith('.csv'));
    const local = `${dir}/${name}`;
    const manifest = JSON.parse(readFileSync(`${local}.manifest.json`, 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      tool: 'salesmania-bulk',
      entity: 'customers',
      file: name,
      rows: sandbox.state.customers().length,
      sha256: sha256(local),
      bytes: readFileSync(local).length,
      outTemplate: `${dir}/customers-{date}.csv`,
    });
    expect(Date.parse(String(manifest.finishedAt))).toBeGreaterThanOrEqual(
      Date.parse(String(manifest.startedAt)),
    );

    expect(smtp.mails).toHaveLength(mailsBefore + 1);
    const mail = smtp.mails[mailsBefore];
    expect(smtp.envelopes[mailsBefore]).toEqual(['finance@majujaya.co.id']);
    expect(mail.subject).toBe(`customers export ${String(manifest.finishedAt).slice(0, 10)}`);
    expect(Buffer.compare(mail.attachments[0].content, readFileSync(local))).toBe(0);

    expect(sha256(`${remote}/incoming/${name}`)).toBe(sha256(local));

    expect(hook.requests).toHaveLength(1);
    expect(hook.requests[0].body).toMatchObject({
      command: 'export',
      status: 'success',
      entity: 'customers',
      rows: sandbox.state.customers().length,
      file: local,
      sha256: sha256(local),
      deliveries: [
        { destination: 'mailto:finance@majujaya.co.id', ok: true },
        {
          destination: `sftp://erp@127.0.0.1:${sftp.port}/incoming`,
          ok: true,
          remotePath: `/incoming/${name}`,
        },
      ],
    });
  });

  it('SMTP login refused: clear error, exit 4, file kept, failure notice sent; no secret anywhere', async () => {
    const dir = folder('refused');
    hook.requests.length = 0;
    const result = await runCli(
      [
        'export',
        'products',
        '--out',
        `${dir}/products.csv`,
        '--deliver',
        'mailto:finance@majujaya.co.id',
        '--deliver',
        `sftp://erp@127.0.0.1:${sftp.port}/incoming`,
        '--notify',
        `${hook.url}/hooks/${TOKEN}`,
        ...exportArgs,
        '--json',
      ],
      { env: env(refusing) },
    );
    expect(result.code).toBe(4);
    const errors = logLines(result.stderr).filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe('DELIVER_AUTH');
    expect(errors[0].msg).toMatch(/refused the login of exports@majujaya\.co\.id/);
    expect(errors[0].msg).toMatch(/the file stays at .*products\.csv/);
    expect(existsSync(`${dir}/products.csv`)).toBe(true);
    expect(existsSync(`${remote}/incoming/products.csv`)).toBe(true); // the other destination still got it
    expect(hook.requests).toHaveLength(1); // --notify-on defaults to failure
    expect(hook.requests[0].body).toMatchObject({
      status: 'failure',
      deliveries: [{ ok: false, error: { code: 'DELIVER_AUTH' } }, { ok: true }],
    });

    const everything = [
      result.stdout,
      result.stderr,
      readFileSync(`${dir}/products.csv.manifest.json`, 'utf8'),
      JSON.stringify(hook.requests.map((r) => r.body)),
    ].join('\n');
    for (const secret of [SMTP_PASSWORD, SFTP_PASSWORD, TOKEN, sandbox.credentials.password]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(Buffer.from(secret).toString('base64'));
    }
  });

  it('a wrong SFTP host key is refused (exit 4) and nothing is uploaded', async () => {
    const dir = folder('hostkey');
    const other = await startSftp({ root: remote, user: 'erp', password: SFTP_PASSWORD });
    try {
      const result = await runCli(
        [
          'export',
          'teams',
          '--out',
          `${dir}/sales.csv`,
          '--deliver',
          `sftp://erp@127.0.0.1:${other.port}/incoming`,
          ...exportArgs,
        ],
        { env: env(smtp) }, // the fingerprint configured is the other server's
      );
      expect(result.code).toBe(4);
      expect(logLines(result.stderr).find((l) => l.level === 50)?.code).toBe('DELIVER_HOST_KEY');
      expect(result.stderr).toContain(other.fingerprint);
      expect(other.openedForWrite).toEqual([]);
      expect(existsSync(`${remote}/incoming/sales.csv`)).toBe(false);
      expect(existsSync(`${dir}/sales.csv`)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('an SFTP upload killed half-way leaves no file under the final name', async () => {
    const dir = folder('killed');
    const slow = await startSftp({ root: remote, user: 'erp', password: SFTP_PASSWORD });
    slow.stallAfterBytes = 64 * 1024;
    try {
      const result = await runCli(
        [
          'export',
          'customers',
          '--out',
          `${dir}/big.csv`,
          '--deliver',
          `sftp://erp@127.0.0.1:${slow.port}/incoming`,
          ...exportArgs,
        ],
        {
          env: env(smtp, { SALESMANIA_SFTP_HOST_KEY: slow.fingerprint }),
          onStart: (child) => {
            const poll = setInterval(() => {
              if (slow.bytesWritten >= 64 * 1024) {
                clearInterval(poll);
                child.kill('SIGKILL');
              }
            }, 20);
            child.on('exit', () => clearInterval(poll));
          },
        },
      );
      expect(result.signal).toBe('SIGKILL');
      expect(slow.bytesWritten).toBeGreaterThanOrEqual(64 * 1024);
      expect(readFileSync(`${dir}/big.csv`).length).toBeGreaterThan(2 * slow.bytesWritten); // truly half-way
      expect(existsSync(`${remote}/incoming/big.csv`)).toBe(false);
      const partial = readdirSync(`${remote}/incoming`).filter((n) => n.startsWith('.big.csv.'));
      expect(partial).toHaveLength(1); // the half file sits under its hidden temporary name
      expect(slow.openedForWrite).toEqual([`/incoming/${partial[0]}`]);
    } finally {
      await slow.close();
    }
  });
});

describe('export --notify', () => {
  it('a webhook answering 500 is retried, then logged; the export still succeeds', async () => {
    const dir = folder('hook500');
    const failing = await startWebhook([500]);
    try {
      const result = await runCli(
        [
          'export',
          'teams',
          '--out',
          `${dir}/sales.csv`,
          '--notify',
          `${failing.url}/x/${TOKEN}`,
          '--notify-on',
          'always',
          ...exportArgs,
        ],
        { env: env(smtp) },
      );
      expect(result.code).toBe(0);
      expect(failing.requests).toHaveLength(3);
      expect(existsSync(`${dir}/sales.csv`)).toBe(true);
      const error = logLines(result.stderr).find((l) => l.level === 50);
      expect(error?.code).toBe('NOTIFY_FAILED');
      expect(error?.msg).toMatch(/answered HTTP 500/);
      expect(result.stderr).not.toContain(TOKEN);
    } finally {
      await failing.close();
    }
  });
});

describe('schedule with retention', () => {
  it('over several seconds-level runs keeps exactly the newest files of the job, nothing else', async () => {
    const dir = folder('retention');
    hook.requests.length = 0;
    writeFileSync(`${dir}/by-hand.csv`, 'put here by a person');
    writeFileSync(`${dir}/teams-000000.csv`, 'looks like ours, but has no manifest');
    const jobs = {
      jobs: [
        {
          name: 'teams-every-second',
          cron: '* * * * * *',
          entity: 'teams',
          out: `${dir}/teams-{time}.csv`,
          keepLast: 2,
          maxRuns: 4,
          notify: `${hook.url}/hooks/${TOKEN}`,
          notifyOn: 'always',
        },
      ],
    };
    writeFileSync(`${dir}/jobs.json`, JSON.stringify(jobs));
    const result = await runCli(['schedule', `${dir}/jobs.json`, '--rate', '200'], {
      env: env(smtp),
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(0);
    const outputs = logLines(result.stderr)
      .filter((l) => / finished: /.test(l.msg))
      .map((l) => l.output as string);
    expect(outputs).toHaveLength(4);
    expect(new Set(outputs).size).toBe(4);
    const newest = outputs.slice(2).map((p) => p.slice(dir.length + 1));
    const left = readdirSync(dir).filter((n) => !n.endsWith('.manifest.json') && n !== 'jobs.json');
    expect(left.sort()).toEqual(['by-hand.csv', 'teams-000000.csv', ...newest].sort());
    expect(
      readdirSync(dir)
        .filter((n) => n.endsWith('.manifest.json'))
        .sort(),
    ).toEqual(newest.map((n) => `${n}.manifest.json`).sort());
    expect(hook.requests).toHaveLength(4);
    expect(hook.requests.every((r) => (r.body as { job?: string }).job === 'teams-every-second')).toBe(true);
  });
});

describe('schedule with a failing destination', () => {
  it('logs and notifies each failed delivery, goes on, and ends with exit 4', async () => {
    const dir = folder('schedule-fail');
    hook.requests.length = 0;
    const jobs = {
      jobs: [
        {
          name: 'teams-mail',
          cron: '* * * * * *',
          entity: 'teams',
          out: `${dir}/teams-{time}.csv`,
          maxRuns: 2,
          deliver: 'mailto:finance@majujaya.co.id',
          notify: `${hook.url}/hooks/${TOKEN}`,
        },
      ],
    };
    writeFileSync(`${dir}/jobs.json`, JSON.stringify(jobs));
    const result = await runCli(['schedule', `${dir}/jobs.json`, '--rate', '200'], {
      env: env(refusing),
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(4);
    const lines = logLines(result.stderr);
    expect(lines.filter((l) => / finished: /.test(l.msg))).toHaveLength(2);
    expect(lines.filter((l) => l.level === 50 && l.code === 'DELIVER_AUTH')).toHaveLength(2);
    expect(readdirSync(dir).filter((n) => /^teams-\d{6}\.csv$/.test(n))).toHaveLength(2);
    expect(hook.requests.map((r) => (r.body as { status: string; job: string }).status)).toEqual([
      'failure',
      'failure',
    ]);
    expect(result.stderr).not.toContain(SMTP_PASSWORD);
  });
});

/** A self-signed certificate for 127.0.0.1, trusted by the CLI through NODE_EXTRA_CA_CERTS. */
function makeCertificate(dir: string): { key: string; cert: string } {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      `${dir}/key.pem`,
      '-out',
      `${dir}/cert.pem`,
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(`${dir}/key.pem`, 'utf8'), cert: readFileSync(`${dir}/cert.pem`, 'utf8') };
}

describe('SMTP with STARTTLS (the default)', () => {
  it('upgrades to TLS before the login, trusting a CA given by NODE_EXTRA_CA_CERTS; a server without TLS is refused', async () => {
    const dir = folder('starttls');
    const tls = await startSmtp({ user: SMTP_USER, password: SMTP_PASSWORD, tls: makeCertificate(dir) });
    try {
      const url = (port: number) => `smtp://${encodeURIComponent(SMTP_USER)}@127.0.0.1:${port}`;
      const ok = await runCli(
        [
          'export',
          'teams',
          '--out',
          `${dir}/sales.csv`,
          '--deliver',
          'mailto:finance@majujaya.co.id',
          ...exportArgs,
        ],
        { env: env(smtp, { SALESMANIA_SMTP_URL: url(tls.port), NODE_EXTRA_CA_CERTS: `${dir}/cert.pem` }) },
      );
      expect(ok.code).toBe(0);
      expect(tls.secured).toEqual([true]);
      expect(Buffer.compare(tls.mails[0].attachments[0].content, readFileSync(`${dir}/sales.csv`))).toBe(0);

      // Without ?starttls=optional, a server that offers no TLS never sees the password.
      const loginsBefore = smtp.logins.length;
      const plain = await runCli(
        [
          'export',
          'teams',
          '--out',
          `${dir}/sales2.csv`,
          '--deliver',
          'mailto:finance@majujaya.co.id',
          ...exportArgs,
        ],
        { env: env(smtp, { SALESMANIA_SMTP_URL: url(smtp.port) }) },
      );
      expect(plain.code).toBe(4);
      expect(logLines(plain.stderr).find((l) => l.level === 50)?.msg).toMatch(/offers no STARTTLS/);
      expect(smtp.logins).toHaveLength(loginsBefore);
    } finally {
      await tls.close();
    }
  });
});

describe('SMTP with TLS from the first byte (smtps://)', () => {
  it('sends the file over TLS to a server that speaks TLS at once', async () => {
    const dir = folder('smtps');
    const server = await startSmtp({
      user: SMTP_USER,
      password: SMTP_PASSWORD,
      tls: makeCertificate(dir),
      implicitTls: true,
    });
    try {
      const result = await runCli(
        [
          'export',
          'teams',
          '--out',
          `${dir}/sales.csv`,
          '--deliver',
          'mailto:finance@majujaya.co.id',
          ...exportArgs,
        ],
        {
          env: env(smtp, {
            SALESMANIA_SMTP_URL: `smtps://${encodeURIComponent(SMTP_USER)}@127.0.0.1:${server.port}`,
            NODE_EXTRA_CA_CERTS: `${dir}/cert.pem`,
          }),
        },
      );
      expect(result.code).toBe(0);
      expect(server.secured).toEqual([true]);
      expect(server.logins).toEqual([SMTP_USER]);
      expect(Buffer.compare(server.mails[0].attachments[0].content, readFileSync(`${dir}/sales.csv`))).toBe(
        0,
      );
    } finally {
      await server.close();
    }
  });
});
