/**
 * Delivery errors and notifications in Bahasa Indonesia (issue 16): an export with `--lang id` whose
 * e-mail delivery is refused by the SMTP server reports it in Indonesian (the server's own answer
 * quoted verbatim inside), and the chat notice and the notification e-mail it sends are Indonesian;
 * with `--lang en` the same run is English.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startSmtp, startWebhook, type SmtpTestServer, type WebhookReceiver } from '../deliver/servers.js';
import { englishIn, INDONESIAN } from './english-words.js';
import { cliEnv, runCli, startSandbox, tempDir } from './helpers.js';

const SMTP_USER = 'exports@majujaya.co.id';
const SMTP_PASSWORD = 'Smtp-Pass-lang-5521';

let sandbox: Sandbox;
let smtp: SmtpTestServer;
let refusing: SmtpTestServer;
let hook: WebhookReceiver;
const tmp = tempDir('lang-deliver');

beforeAll(async () => {
  [sandbox, smtp, refusing, hook] = await Promise.all([
    startSandbox(),
    startSmtp({ user: SMTP_USER, password: SMTP_PASSWORD }),
    startSmtp({ user: SMTP_USER, password: SMTP_PASSWORD, refuseLogin: true }),
    startWebhook([200]),
  ]);
});
afterAll(async () => {
  await Promise.all([sandbox.close(), smtp.close(), refusing.close(), hook.close()]);
  tmp.cleanup();
});

const env = (server: SmtpTestServer) =>
  cliEnv(sandbox, {
    SALESMANIA_SMTP_URL: `smtp://${encodeURIComponent(SMTP_USER)}@127.0.0.1:${server.port}?starttls=optional`,
    SALESMANIA_SMTP_PASSWORD: SMTP_PASSWORD,
    SALESMANIA_DELIVERY_ATTEMPTS: '2',
    SALESMANIA_DELIVERY_BACKOFF_MS: '20',
  });

interface LogLine {
  msg: string;
  level: number;
  code?: string;
}
/** The lines a person reads: the JSON log's messages and every other line. */
const readLines = (stderr: string): { logs: LogLine[]; text: string } => {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const logs = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as LogLine);
  const text = [...logs.map((l) => l.msg), ...lines.filter((l) => !l.startsWith('{'))].join('\n');
  return { logs, text };
};

async function exportRefused(lang: 'id' | 'en') {
  const dir = tmp.path(`refused-${lang}`);
  mkdirSync(dir, { recursive: true });
  hook.requests.length = 0;
  const result = await runCli(
    [
      'export',
      'products',
      '--out',
      `${dir}/produk.csv`,
      '--deliver',
      'mailto:finance@majujaya.co.id',
      '--notify',
      `gchat+${hook.url}/hooks/chat`,
      '--no-progress',
      '--lang',
      lang,
    ],
    { env: env(refusing) },
  );
  return {
    result,
    ...readLines(result.stderr),
    chat: hook.requests.map((r) => (r.body as { text: string }).text),
  };
}

describe('export --lang id with a refused delivery', () => {
  it('reports the refusal in Indonesian, quoting the server verbatim, and notifies in Indonesian', async () => {
    const { result, logs, text, chat } = await exportRefused('id');
    expect(result.code).toBe(4);
    const error = logs.find((l) => l.level === 50);
    expect(error?.code).toBe('DELIVER_AUTH');
    expect(error?.msg).toMatch(
      /^Pengiriman ke mailto:finance@majujaya\.co\.id gagal setelah 1 kali percobaan; file tetap ada di /,
    );
    expect(error?.msg).toMatch(
      /Server SMTP 127\.0\.0\.1:\d+ menolak login exports@majujaya\.co\.id; jawaban server: "535[^"]*"/,
    );
    expect({ text, english: englishIn(text) }).toEqual({ text, english: [] });

    expect(chat).toHaveLength(1);
    expect(chat[0]).toMatch(
      /^GAGAL: export products — \d+ baris di .*produk\.csv — pengiriman gagal: mailto:/,
    );
    expect(chat[0]).toMatch(/\nstatus: gagal\n/);
    expect({ chat: chat[0], english: englishIn(chat[0]) }).toEqual({ chat: chat[0], english: [] });
    expect(result.stderr + chat[0]).not.toContain(SMTP_PASSWORD);
  });

  it('is English with --lang en', async () => {
    const { result, logs, chat } = await exportRefused('en');
    expect(result.code).toBe(4);
    expect(logs.find((l) => l.level === 50)?.msg).toMatch(
      /^delivery to mailto:finance@majujaya\.co\.id failed after 1 try, the file stays at .*the SMTP server 127\.0\.0\.1:\d+ refused the login/,
    );
    expect(chat[0]).toMatch(/^FAILED: export products — \d+ rows in /);
    expect(chat[0]).not.toMatch(INDONESIAN);
  });
});

describe('export --lang id delivered and notified by e-mail', () => {
  it('writes the export e-mail and the notification e-mail in Indonesian', async () => {
    const dir = tmp.path('mail-id');
    mkdirSync(dir, { recursive: true });
    smtp.mails.length = 0;
    const result = await runCli(
      [
        'export',
        'customers',
        '--out',
        `${dir}/pelanggan.csv`,
        '--deliver',
        'mailto:finance@majujaya.co.id',
        '--notify',
        'mailto:ops@majujaya.co.id',
        '--notify-on',
        'always',
        '--no-progress',
        '--lang',
        'id',
      ],
      { env: env(smtp) },
    );
    expect(result.code).toBe(0);
    const { text } = readLines(result.stderr);
    expect({ text, english: englishIn(text) }).toEqual({ text, english: [] });
    expect(smtp.mails).toHaveLength(2);
    const [exported, notice] = smtp.mails;
    expect(exported.subject).toMatch(/^Ekspor customers SalesMania \d{4}-\d{2}-\d{2}: \d+ baris$/);
    expect(exported.text).toMatch(
      /^Terlampir: pelanggan\.csv, ekspor customers SalesMania \(semua data\), \d+ baris\./,
    );
    expect(notice.subject).toMatch(
      /^\[salesmania-bulk\] BERHASIL: export customers — \d+ baris di .*pelanggan\.csv — terkirim ke mailto:/,
    );
    expect(notice.text).toMatch(/\nstatus: berhasil\n/);
    for (const mail of [exported, notice]) {
      // the SHA-256 is hex: its letters are no words
      const words = `${mail.subject ?? ''}\n${mail.text ?? ''}`.replace(/SHA-256: \w+/, '');
      expect({ words, english: englishIn(words) }).toEqual({ words, english: [] });
    }
  });
});
