/**
 * Bahasa Indonesia end to end: the built CLI with `--lang id` (or an Indonesian locale) prints no
 * English message text — help, usage and run errors, doctor's report, the summary — and writes an
 * Indonesian template that `validate` accepts; with `--lang en` the same runs are English.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { englishIn } from './english-words.js';
import { cliEnv, readCsv, runCli, startSandbox, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('lang');
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const idEnv = (extra: Record<string, string> = {}) =>
  cliEnv(sandbox, { LANG: 'id_ID.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...extra });

describe('template customers --lang id', () => {
  const out = tmp.path('pelanggan.xlsx');

  it('writes Indonesian headers, notes and columns sheet, which the importer reads', async () => {
    const made = await runCli(['template', 'customers', '--lang', 'id', '--out', out], { env: idEnv() });
    expect(made.code).toBe(0);
    expect(englishIn(made.stderr)).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const [sheet, docs] = workbook.worksheets;
    expect(sheet.name).toBe('pelanggan');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headers).toEqual(
      expect.arrayContaining(['Kode Pelanggan', 'Nama', 'Alamat', 'Kota', 'No HP', 'Label', 'Aktif']),
    );
    expect(headers).not.toContain('name');
    const notes = headers.map((_, i) => {
      const note = sheet.getRow(1).getCell(i + 1).note;
      return typeof note === 'string' ? note : JSON.stringify(note ?? '');
    });
    expect(notes[headers.indexOf('Nama')]).toMatch(/^Wajib diisi\./);
    expect(notes.flatMap(englishIn)).toEqual([]);

    expect(docs.name).toBe('kolom');
    const docHeaders = (docs.getRow(1).values as unknown[]).slice(1).map(String);
    expect(docHeaders.slice(0, 4)).toEqual(['kolom', 'wajib diisi', 'arti', 'aturan']);
    const prose: string[] = [];
    docs.eachRow((row, r) => {
      // columns 1–4: the header, whether required, meaning, rule (aliases and examples are data)
      if (r > 1) for (let c = 1; c <= 4; c++) prose.push(String(row.getCell(c).value ?? ''));
    });
    expect(prose).toContain('Nama');
    expect(prose.flatMap(englishIn)).toEqual([]);
  });

  it('has an example row that validates, and the summary is Indonesian', async () => {
    const result = await runCli(
      ['validate', 'customers', out, '--out-dir', tmp.dir, '--log-level', 'debug'],
      {
        env: idEnv(),
      },
    );
    expect(result.code).toBe(0);
    // the choice, once, at debug level (JSON log lines)
    const chosen = result.stderr.split('\n').filter((line) => line.includes('"language chosen"'));
    expect(chosen.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ level: 20, lang: 'id', from: 'LANG' }),
    ]);
    expect(result.stderr).toMatch(/Ringkasan: validate customers/);
    expect(result.stderr).toMatch(/jumlah\s+1/);
    expect(englishIn(result.stderr.replace(/^\{.*\}$/gm, ''))).toEqual([]);
  });

  it('in CSV, writes the same Indonesian headers', async () => {
    const csv = tmp.path('pelanggan.csv');
    expect((await runCli(['template', 'customers', '--out', csv], { env: idEnv() })).code).toBe(0);
    const [row] = readCsv(csv);
    expect(row['Kode Pelanggan']).not.toBeUndefined();
    expect(row.Nama).not.toBe('');
  });
});

describe('doctor, --help and errors in Indonesian', () => {
  it('doctor --lang id reports in Indonesian', async () => {
    const result = await runCli(['doctor', '--lang', 'id'], { env: cliEnv(sandbox) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dapat dihubungi, login berhasil/);
    expect(result.stdout).toMatch(/2981\s+PT Maju Jaya\s+← dipilih/);
    expect(result.stdout).toMatch(/Token tim: database 2981 \(PT Maju Jaya\)/);
    expect(englishIn(result.stdout)).toEqual([]);
  });

  it.each([
    [[]],
    [['import']],
    [['validate']],
    [['export']],
    [['template']],
    [['schedule']],
    [['sandbox']],
    [['demo']],
    [['doctor']],
  ])('%j --help --lang id is Indonesian', async (command) => {
    const result = await runCli([...command, '--help', '--lang', 'id']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Cara pakai:/);
    expect(englishIn(result.stdout)).toEqual([]);
  });

  it.each([
    [['validate', 'customers', 'pelanggan.csv', '--bogus'], /opsi '--bogus' tidak dikenal/],
    [['validate', 'pelangan', 'pelanggan.csv'], /nilai 'pelangan' untuk argumen 'entity' tidak valid/],
    [['validate', 'customers'], /argumen 'file' wajib diisi/],
    [
      ['doctor', '--password-file', 'tidak-ada.txt'],
      /\[CONFIG_INVALID\]: Kata sandi tidak dapat dibaca dari file/,
    ],
    [['doctor', '--rate', 'abc'], /\[CONFIG_INVALID\]: `rate` harus berupa angka lebih dari 0/],
    [['export', 'customers', '--out', 'x.csv', '--max-runs', '2'], /hanya dapat dipakai bersama `--cron`/],
  ])('an error run with LANG=id_ID.UTF-8 (%j) is Indonesian, with exit code 1', async (args, message) => {
    const result = await runCli(args, { env: idEnv(), cwd: tmp.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^Kesalahan/);
    expect(englishIn(result.stderr)).toEqual([]);
  });

  it('a wrong password is reported in Indonesian, the code unchanged', async () => {
    const result = await runCli(['doctor'], { env: idEnv({ SALESMANIA_PASSWORD: 'wrong-password' }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Kesalahan \[API_AUTH\]: .*login gagal, nama pengguna atau kata sandi ditolak/,
    );
  });
});

describe('--lang en', () => {
  it('is English even in an Indonesian locale', async () => {
    const env = idEnv();
    const help = await runCli(['import', '--help', '--lang', 'en'], { env });
    expect(help.stdout).toMatch(/^Usage: salesmania-bulk import \[options\]/);
    expect(help.stdout).toMatch(/finish an interrupted run of the same file from its\s+journal/);
    const bad = await runCli(['validate', 'customers', 'x.csv', '--bogus', '--lang', 'en'], { env });
    expect(bad.stderr).toMatch(/^error \[USAGE\]: unknown option '--bogus'/);
    const missing = await runCli(['doctor', '--lang', 'en', '--password-file', 'tidak-ada.txt'], {
      env,
      cwd: tmp.dir,
    });
    expect(missing.stderr).toMatch(/^error \[CONFIG_INVALID\]: cannot read the password from file/);
    const doctor = await runCli(['doctor', '--lang', 'en'], { env });
    expect(doctor.stdout).toMatch(/Team token: database 2981 \(PT Maju Jaya\), team member/);
    const out = tmp.path('customers-en.xlsx');
    await runCli(['template', 'customers', '--lang', 'en', '--out', out], { env });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['customers', 'columns']);
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('ext_cust_no');
    for (const text of [help.stdout, bad.stderr, missing.stderr, doctor.stdout]) {
      expect(text).not.toMatch(/Kesalahan|Kolom|baris|Cara pakai|dipilih/);
    }
  });

  it('a bad SALESMANIA_LANG is refused with the choices', async () => {
    const result = await runCli(['doctor'], { env: cliEnv(sandbox, { SALESMANIA_LANG: 'fr', LANG: 'C' }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error [CONFIG_INVALID]: expected `SALESMANIA_LANG` to be one of en, id, got `fr`\n',
    );
  });
});
