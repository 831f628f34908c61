/** SFTP delivery against ssh2's server side over a real folder, on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { deliverFile, parseDestination } from '../../src/deliver/index.js';
import { capturingLogger, deliveryConfig, exportFile, recordingSleep, tempFolder } from './helpers.js';
import ssh2 from 'ssh2';
import { newHostKey, startSftp, type SftpTestServer } from './servers.js';

const tmp = tempFolder('sftp');
const root = tmp.path('remote');
const USER = 'erp';
const PASSWORD = 'sftp-Secret-9913';
let server: SftpTestServer;

beforeAll(async () => {
  mkdirSync(`${root}/incoming`, { recursive: true });
  server = await startSftp({ root, user: USER, password: PASSWORD });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

const dest = () => parseDestination(`sftp://${USER}@127.0.0.1:${server.port}/incoming`);
const env = (extra: Record<string, string> = {}) => ({
  SALESMANIA_SFTP_PASSWORD: PASSWORD,
  SALESMANIA_SFTP_HOST_KEY: server.fingerprint,
  ...extra,
});

describe('SFTP delivery', () => {
  it('uploads under a hidden temporary name, then renames: the final name is never written to', async () => {
    const file = tmp.path('orders-2026-12-07.csv');
    const manifest = await exportFile(file, { rows: 40 });
    server.openedForWrite.length = 0;
    const results = await deliverFile([dest()], file, manifest, {
      config: deliveryConfig(env()),
      timeoutMs: 5000,
      logger: capturingLogger().logger,
    });
    expect(results[0]).toMatchObject({ ok: true, remotePath: '/incoming/orders-2026-12-07.csv' });
    expect(Buffer.compare(readFileSync(`${root}/incoming/orders-2026-12-07.csv`), readFileSync(file))).toBe(
      0,
    );
    expect(server.openedForWrite).toHaveLength(1);
    expect(server.openedForWrite[0]).toMatch(/^\/incoming\/\.orders-2026-12-07\.csv\.[0-9a-f]{8}\.part$/);
    expect(server.renames.at(-1)).toEqual([server.openedForWrite[0], '/incoming/orders-2026-12-07.csv']);
    expect(readdirSync(`${root}/incoming`).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('replaces a file of the same name left by an earlier run', async () => {
    const file = tmp.path('same-name.csv');
    writeFileSync(`${root}/incoming/same-name.csv`, 'old contents');
    const manifest = await exportFile(file, { rows: 5 });
    const results = await deliverFile([dest()], file, manifest, {
      config: deliveryConfig(env()),
      timeoutMs: 5000,
      logger: capturingLogger().logger,
    });
    expect(results[0].ok).toBe(true);
    expect(Buffer.compare(readFileSync(`${root}/incoming/same-name.csv`), readFileSync(file))).toBe(0);
  });

  it('an upload broken off half-way leaves nothing under the final name, and is retried', async () => {
    const file = tmp.path('half.csv');
    const manifest = await exportFile(file, { rows: 20000 }); // ~700 KB: many write requests
    server.bytesWritten = 0;
    server.dropAfterBytes = 100_000;
    const sleep = recordingSleep();
    const results = await deliverFile([dest()], file, manifest, {
      config: deliveryConfig(env()),
      timeoutMs: 5000,
      logger: capturingLogger().logger,
      sleep: async (ms) => {
        await sleep.sleep(ms);
        server.bytesWritten = 0; // every try breaks off again
      },
    });
    server.dropAfterBytes = undefined;
    expect(results[0]).toMatchObject({ ok: false, attempts: 3, error: { code: 'DELIVER_FAILED' } });
    expect(sleep.waits).toEqual([100, 200]);
    expect(existsSync(`${root}/incoming/half.csv`)).toBe(false);
    expect(server.openedForWrite.filter((p) => p === '/incoming/half.csv')).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });

  it('a wrong host key is refused before anything is sent', async () => {
    const file = tmp.path('wrong-key.csv');
    const manifest = await exportFile(file);
    const impostor = await startSftp({ root, user: USER, password: PASSWORD, hostKey: newHostKey() });
    try {
      const log = capturingLogger();
      const results = await deliverFile(
        [parseDestination(`sftp://${USER}@127.0.0.1:${impostor.port}/incoming`)],
        file,
        manifest,
        { config: deliveryConfig(env()), timeoutMs: 5000, logger: log.logger },
      );
      expect(results[0]).toMatchObject({ ok: false, attempts: 1, error: { code: 'DELIVER_HOST_KEY' } });
      expect(results[0].error?.message).toContain(impostor.fingerprint);
      expect(impostor.openedForWrite).toEqual([]);
      expect(existsSync(`${root}/incoming/wrong-key.csv`)).toBe(false);
      expect(log.text()).not.toContain(PASSWORD);
    } finally {
      await impostor.close();
    }
  });

  it('accepts the host key from a known_hosts file, and refuses a host it lists with another key', async () => {
    const file = tmp.path('known.csv');
    const manifest = await exportFile(file);
    const knownHosts = tmp.path('known_hosts');
    writeFileSync(knownHosts, `# ours\n${server.knownHostsLine}\n`);
    const ok = await deliverFile([dest()], file, manifest, {
      config: deliveryConfig({ SALESMANIA_SFTP_PASSWORD: PASSWORD, SALESMANIA_SFTP_KNOWN_HOSTS: knownHosts }),
      timeoutMs: 5000,
      logger: capturingLogger().logger,
    });
    expect(ok[0].ok).toBe(true);
    const other = await startSftp({ root, user: USER, password: PASSWORD, hostKey: newHostKey() });
    try {
      writeFileSync(
        knownHosts,
        server.knownHostsLine.replace(String(server.port), String(other.port)) + '\n',
      );
      const refused = await deliverFile(
        [parseDestination(`sftp://${USER}@127.0.0.1:${other.port}/incoming`)],
        file,
        manifest,
        {
          config: deliveryConfig({
            SALESMANIA_SFTP_PASSWORD: PASSWORD,
            SALESMANIA_SFTP_KNOWN_HOSTS: knownHosts,
          }),
          timeoutMs: 5000,
          logger: capturingLogger().logger,
        },
      );
      expect(refused[0]).toMatchObject({ ok: false, error: { code: 'DELIVER_HOST_KEY' } });
    } finally {
      await other.close();
    }
  });

  it('a wrong password is DELIVER_AUTH, not retried', async () => {
    const file = tmp.path('bad-login.csv');
    const manifest = await exportFile(file);
    const sleep = recordingSleep();
    const results = await deliverFile([dest()], file, manifest, {
      config: deliveryConfig(env({ SALESMANIA_SFTP_PASSWORD: 'not-the-password' })),
      timeoutMs: 5000,
      logger: capturingLogger().logger,
      sleep: sleep.sleep,
    });
    expect(results[0]).toMatchObject({ ok: false, attempts: 1, error: { code: 'DELIVER_AUTH' } });
    expect(sleep.waits).toEqual([]);
  });

  it('logs in with a private key from SALESMANIA_SFTP_KEY_FILE', async () => {
    const pair = ssh2.utils.generateKeyPairSync('ed25519');
    const keyFile = tmp.path('id_ed25519');
    writeFileSync(keyFile, pair.private, { mode: 0o600 });
    const keyed = await startSftp({ root, user: USER, password: 'unused-password', clientKey: pair.public });
    try {
      const file = tmp.path('by-key.csv');
      const manifest = await exportFile(file);
      const results = await deliverFile(
        [parseDestination(`sftp://${USER}@127.0.0.1:${keyed.port}/incoming`)],
        file,
        manifest,
        {
          config: deliveryConfig({
            SALESMANIA_SFTP_KEY_FILE: keyFile,
            SALESMANIA_SFTP_HOST_KEY: keyed.fingerprint,
          }),
          timeoutMs: 5000,
          logger: capturingLogger().logger,
        },
      );
      expect(results[0]).toMatchObject({ ok: true });
      expect(Buffer.compare(readFileSync(`${root}/incoming/by-key.csv`), readFileSync(file))).toBe(0);
    } finally {
      await keyed.close();
    }
  });
});
