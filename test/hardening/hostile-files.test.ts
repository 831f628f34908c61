/**
 * Issue 7, part 3: hostile and broken files, generated here. Each one ends with a clear one-line
 * message and a stable code, exit 1 (or per-row outcomes where the file is readable), in bounded
 * time (the CLI is killed after a minute) and memory (the CLI runs with a 256 MB heap, so a file
 * that made it hold gigabytes would crash it); nothing reaches the API, and no result file, journal
 * or temporary file is left beside the input.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { CLI, cliEnv, runCli, startSandbox, summaryOf, tempDir, type CliResult } from '../e2e/helpers.js';
import {
  bombStrings,
  columnLetter,
  inlineCell,
  ole2,
  sheetOnSharedString,
  smallWorkbook,
  workbookWith,
} from './files.js';
import { buildZip } from '../read/helpers.js';
import { csvText, listFiles } from './helpers.js';

const tmp = tempDir('hostile');
afterAll(() => tmp.cleanup());

/** Bounded memory: a reader that held a zip bomb's gigabytes would die of it. */
const BOUNDED = { NODE_OPTIONS: '--max-old-space-size=256' };
const MB = 1024 * 1024;

interface Case {
  /** The file's name and content (undefined: the path does not exist). */
  name: string;
  content?: string | Buffer | (() => Promise<Buffer>);
  code: string;
  message: RegExp;
  env?: Record<string, string>;
}

/** A folder of its own per case, so what a run leaves beside its input is plain to see. */
function caseDir(label: string): string {
  const dir = join(tmp.dir, label.replace(/\W+/g, '-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function importIn(
  sandbox: Sandbox,
  file: string,
  extra: string[] = [],
  env: Record<string, string> = {},
) {
  return runCli(['import', 'customers', file, '--json', ...extra], {
    env: cliEnv(sandbox, { ...BOUNDED, ...env }),
    timeoutMs: 60_000,
  });
}

/** One error line with the code, exit 1, no stack trace, the process not killed by the time limit. */
function expectRunError(result: CliResult, code: string, message: RegExp): void {
  expect(result.signal).toBeNull();
  expect(result.code).toBe(1);
  const errors = result.stderr.split('\n').filter((l) => l.startsWith('error ['));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`error [${code}]: `);
  expect(errors[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |INTERNAL/);
  expect(result.stdout).toBe('');
}

const wide = 20_000;
const CASES: Case[] = [
  { name: 'empty.csv', content: '', code: 'READ_EMPTY', message: /empty \(0 bytes\)/ },
  {
    name: 'binary.csv',
    content: Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + (i >> 3)) % 256)),
    code: 'READ_UNSUPPORTED_FORMAT',
    message: /binary/,
  },
  {
    name: 'cut-off.xlsx',
    content: async () => {
      const whole = await smallWorkbook();
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
    code: 'READ_CORRUPT',
    message: /truncated/,
  },
  {
    name: 'archive.xlsx',
    // What a user gets when they rename an archive.
    content: buildZip([{ name: 'catatan.txt', data: 'bukan spreadsheet', deflate: true }]),
    code: 'READ_UNSUPPORTED_FORMAT',
    message: /ZIP archive that is not an Excel workbook/,
  },
  {
    name: 'old-renamed.xlsx',
    content: ole2(['Workbook', 'SummaryInformation', 'DocumentSummaryInformation']),
    code: 'READ_UNSUPPORTED_FORMAT',
    message: /Excel 97-2003 workbook \(\.xls\).*save it as \.xlsx/,
  },
  {
    name: 'password.xlsx',
    content: ole2(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
    code: 'READ_UNSUPPORTED_FORMAT',
    message: /password-protected/,
  },
  {
    name: 'bomb.xlsx',
    // 24 MiB of shared strings in about 25 KiB: a ratio of about a thousand.
    content: () =>
      Promise.resolve(workbookWith(sheetOnSharedString(), { data: bombStrings(24 * MB), deflate: true })),
    code: 'READ_LIMIT',
    message: /zip bomb.*sharedStrings\.xml.*expands \d+ times/,
  },
  {
    name: 'bomb-gigabytes.xlsx',
    // The directory owns up to 4 GiB of shared strings.
    content: () =>
      Promise.resolve(
        workbookWith(sheetOnSharedString(), {
          data: bombStrings(MB),
          deflate: true,
          declaredSize: 0xffff_fff0,
        }),
      ),
    code: 'READ_LIMIT',
    message: /4 GiB/,
  },
  {
    name: 'bomb-lying.xlsx',
    // Declares 2 KiB, inflates to 24 MiB: caught while counting, not after.
    content: () =>
      Promise.resolve(
        workbookWith(sheetOnSharedString(), {
          data: bombStrings(24 * MB),
          deflate: true,
          declaredSize: 2048,
        }),
      ),
    code: 'READ_CORRUPT',
    message: /more data than its declared size/,
  },
  {
    name: 'wide.csv',
    content: csvText(
      Array.from({ length: wide }, (_, i) => `kolom${i}`),
      [Array.from({ length: wide }, () => 'x')],
    ),
    code: 'READ_LIMIT',
    message: /20,000 columns, more than the limit of 2,000/,
  },
  {
    name: 'wide.xlsx',
    content: () =>
      Promise.resolve(
        workbookWith(
          `<row r="1">${Array.from({ length: wide }, (_, i) => inlineCell(`${columnLetter(i + 1)}1`, `k${i}`)).join('')}</row>`,
        ),
      ),
    code: 'READ_LIMIT',
    message: /beyond column XFD.*limit of 2,000 columns/,
  },
  {
    name: 'wide-16384.xlsx',
    content: () =>
      Promise.resolve(
        workbookWith(
          `<row r="1">${Array.from({ length: 16_384 }, (_, i) => inlineCell(`${columnLetter(i + 1)}1`, `k${i}`)).join('')}</row>`,
        ),
      ),
    code: 'READ_LIMIT',
    message: /16,384 columns, more than the limit of 2,000/,
  },
  {
    name: 'big-cell.csv',
    content: `ext_cust_no,name\nH-1,${'x'.repeat(10 * MB)}\n`,
    code: 'READ_LIMIT',
    message: /line 2: a row is longer than 1,048,576 characters/,
  },
  {
    name: 'big-cell.xlsx',
    content: () =>
      Promise.resolve(
        workbookWith(
          `<row r="1">${inlineCell('A1', 'name')}</row><row r="2">${inlineCell('A2', letters(10 * MB))}</row>`,
        ),
      ),
    code: 'READ_LIMIT',
    message: /cell A2: 10,485,760 characters, more than the limit of 32,767/,
  },
  {
    name: 'same-header-twice.csv',
    content: 'ext_cust_no,name,name,city\nH-1,Toko A,Toko B,Solo\n',
    code: 'MAP_DUPLICATE_COLUMN',
    message: /"name" appears twice/,
  },
  {
    name: 'open-quote.csv',
    content: 'ext_cust_no,name,city\nH-1,"Toko A,Semarang\nH-2,Toko B,Solo\nH-3,Toko C,Kudus\n',
    code: 'READ_CORRUPT',
    message: /line 2: a quoted value starts here and is never properly closed/,
  },
  {
    name: 'open-quote-late.csv',
    // Broken far down: the import reads the whole file before it sends its first row.
    content: csvText(
      ['ext_cust_no', 'name'],
      Array.from({ length: 500 }, (_, i) => [`H-${i}`, `Toko ${i}`]),
    ).replace('H-400,Toko 400', 'H-400,"Toko 400'),
    code: 'READ_CORRUPT',
    message: /line 402/,
  },
  { name: 'missing/nowhere.csv', code: 'READ_NOT_FOUND', message: /file not found: .*nowhere\.csv/ },
  {
    name: 'too-big.csv',
    content: csvText(
      ['ext_cust_no', 'name'],
      Array.from({ length: 200 }, (_, i) => [`H-${i}`, `Toko ${i}`]),
    ),
    env: { SALESMANIA_MAX_FILE_MB: '0.001' },
    code: 'READ_LIMIT',
    message: /more than the limit of 1 KiB/,
  },
  {
    name: 'too-many-rows.csv',
    content: csvText(
      ['ext_cust_no', 'name'],
      Array.from({ length: 50 }, (_, i) => [`H-${i}`, `Toko ${i}`]),
    ),
    env: { SALESMANIA_MAX_ROWS: '20' },
    code: 'READ_LIMIT',
    message: /more than 20 data rows/,
  },
  {
    name: 'too-many-columns.csv',
    content: 'ext_cust_no,name,city\nH-1,Toko,Solo\n',
    env: { SALESMANIA_MAX_COLUMNS: '2' },
    code: 'READ_LIMIT',
    message: /3 columns, more than the limit of 2/,
  },
  {
    name: 'long-cell.csv',
    content: 'ext_cust_no,name\nH-1,Toko Sumber Rejeki\n',
    env: { SALESMANIA_MAX_CELL_CHARS: '10' },
    code: 'READ_LIMIT',
    message: /line 2, column 'name': the cell has 18 characters, more than the limit of 10/,
  },
  {
    name: 'bad-limit.csv',
    content: 'ext_cust_no,name\nH-1,Toko\n',
    env: { SALESMANIA_MAX_ROWS: 'banyak' },
    code: 'CONFIG_INVALID',
    message: /SALESMANIA_MAX_ROWS.*banyak/,
  },
];

/** Text that does not compress much (a cell of one repeated letter would look like a zip bomb). */
function letters(n: number): string {
  const bytes = randomBytes(n);
  for (let i = 0; i < n; i++) bytes[i] = 97 + (bytes[i] % 26);
  return bytes.toString('latin1');
}

describe('hostile and broken files: a clear error, nothing sent, nothing left behind', () => {
  it.concurrent.each(CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_, c) => {
      const dir = caseDir(c.name);
      const file = join(dir, c.name);
      if (c.content !== undefined) {
        writeFileSync(file, typeof c.content === 'function' ? await c.content() : c.content);
      }
      const before = c.content === undefined ? [] : listFiles(dir);
      const sandbox = await startSandbox();
      try {
        const result = await importIn(sandbox, file, [], c.env);
        expectRunError(result, c.code, c.message);
        // Read problems are found before logging in: not a single request.
        expect(sandbox.requests).toEqual([]);
        if (c.content !== undefined) expect(listFiles(dir)).toEqual(before);
      } finally {
        await sandbox.close();
      }
    },
    90_000,
  );

  it.concurrent(
    'an output folder that cannot be created (below a regular file): WRITE_FAILED',
    async () => {
      const dir = caseDir('out-dir');
      const file = join(dir, 'pelanggan.csv');
      writeFileSync(file, 'ext_cust_no,name\nH-1,Toko\n');
      writeFileSync(join(dir, 'not-a-folder'), 'x');
      const sandbox = await startSandbox();
      try {
        const result = await importIn(sandbox, file, ['--out-dir', join(dir, 'not-a-folder', 'hasil')]);
        expectRunError(result, 'WRITE_FAILED', /cannot create the output folder .*not-a-folder/);
        expect(sandbox.requests).toEqual([]);
        expect(listFiles(dir)).toEqual(['not-a-folder', 'pelanggan.csv']);
      } finally {
        await sandbox.close();
      }
    },
    90_000,
  );

  it.concurrent(
    'a file that cannot be read: READ_PERMISSION',
    async () => {
      const dir = caseDir('locked');
      const file = join(dir, 'locked.csv');
      writeFileSync(file, 'ext_cust_no,name\nH-1,Toko\n');
      chmodSync(file, 0o000);
      const sandbox = await startSandbox();
      try {
        // Root reads any file: then the CLI runs as the unprivileged user `nobody`.
        const asNobody = process.getuid?.() === 0;
        if (asNobody) {
          chmodSync(tmp.dir, 0o755);
          chmodSync(dir, 0o777);
        }
        const result = await runAs(
          asNobody ? 65534 : undefined,
          ['import', 'customers', file, '--json'],
          sandbox,
        );
        expectRunError(result, 'READ_PERMISSION', /no permission to read 'locked\.csv'/);
        expect(sandbox.requests).toEqual([]);
        expect(listFiles(dir)).toEqual(['locked.csv']);
      } finally {
        await sandbox.close();
      }
    },
    90_000,
  );

  it.concurrent(
    'a header without rows: nothing to import, said so, nothing sent',
    async () => {
      const dir = caseDir('header-only');
      const file = join(dir, 'kosong.csv');
      writeFileSync(file, 'ext_cust_no,name,city\n');
      const sandbox = await startSandbox();
      try {
        const result = await importIn(sandbox, file, ['--mode', 'upsert']);
        // A header-only file is what an export of "nothing changed" writes: not an error.
        expect(result.code).toBe(0);
        const summary = summaryOf(result);
        expect(summary.total).toBe(0);
        expect(summary.warnings).toContainEqual(expect.stringMatching(/header row but no data rows/));
        expect(sandbox.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      } finally {
        await sandbox.close();
      }
    },
    90_000,
  );

  it.concurrent(
    'UTF-16 without a byte order mark: recognised, and every name arrives intact',
    async () => {
      const dir = caseDir('utf16');
      const file = join(dir, 'utf16.csv');
      const names = ['Toko Ümit', 'مخزن النور', '东方商店', 'Warung 🍜 Bu Sri'];
      const text = csvText(
        ['ext_cust_no', 'name'],
        names.map((n, i) => [`U16-${i}`, n]),
      );
      writeFileSync(file, Buffer.from(text, 'utf16le'));
      const sandbox = await startSandbox();
      try {
        const result = await importIn(sandbox, file);
        expect(result.code).toBe(0);
        expect(summaryOf(result).warnings).toContainEqual(expect.stringMatching(/UTF-16/));
        const stored = sandbox.state.customers().filter((c) => c.ext_cust_no?.startsWith('U16-'));
        expect(stored.map((c) => c.name).sort()).toEqual([...names].sort());
      } finally {
        await sandbox.close();
      }
    },
    90_000,
  );
});

/** Runs the built CLI, as another user when `uid` is given. */
function runAs(uid: number | undefined, args: string[], sandbox: Sandbox): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: cliEnv(sandbox, BOUNDED),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
