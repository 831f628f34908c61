/**
 * Issue 7, part 4: secret hygiene. Import (with re-logins, retries, a row in doubt and invalid
 * rows), export, doctor, a failing login and a password from SALESMANIA_PASSWORD_FILE, all with
 * `--log-level trace --log-format json`; then every byte the CLI wrote — stdout, stderr, result
 * and errors sheets (XLSX unpacked), journals, export files, export state files — is searched for
 * the password, each bearer token and the team token the sandbox handed out, in every text form
 * they could take (as is, URL-encoded, form-encoded, base64, and the Basic header's base64).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, startSandbox, tempDir, type CliResult } from '../e2e/helpers.js';
import { csvText, secretForms } from './helpers.js';

// URL-special characters, so the encoded forms differ from the plain one.
const USERNAME = 'ops.rahasia';
const PASSWORD = 'Rah4sia/Sekali+&=?%ü';
const FILE_PASSWORD = 'Dari-File#Docker/Secret=1&x';
const TRACE = ['--log-level', 'trace', '--log-format', 'json'];

let sandbox: Sandbox;
const tmp = tempDir('secrets');
/** Everything the CLI printed, by run. */
const printed: Array<{ run: string; result: CliResult }> = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 'demo',
    users: [
      { username: USERNAME, password: PASSWORD },
      { username: 'docker', password: FILE_PASSWORD },
    ],
    // Tokens expire during the runs: re-logins happen, at trace level.
    tokenLifetimeSec: 2,
    latencyMs: 20,
  });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return cliEnv(sandbox, {
    SALESMANIA_USERNAME: USERNAME,
    SALESMANIA_PASSWORD: PASSWORD,
    SALESMANIA_DATABASE: 'PT Maju Jaya',
    ...extra,
  });
}

async function run(name: string, args: string[], environment: NodeJS.ProcessEnv): Promise<CliResult> {
  const result = await runCli([...args, ...TRACE], { env: environment, cwd: tmp.dir });
  printed.push({ run: name, result });
  return result;
}

/** Every file below `dir`, recursively, hidden ones included. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

/** The bytes of a file, and for an XLSX (a ZIP) also every part inflated. */
function textsOf(path: string): string[] {
  const bytes = readFileSync(path);
  const texts = [bytes.toString('utf8'), bytes.toString('latin1')];
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
    // Walk the local headers: name, method, sizes; inflate each part.
    for (let at = 0; at + 30 <= bytes.length && bytes.readUInt32LE(at) === 0x04034b50;) {
      const method = bytes.readUInt16LE(at + 8);
      const flags = bytes.readUInt16LE(at + 6);
      let size = bytes.readUInt32LE(at + 18);
      const nameLength = bytes.readUInt16LE(at + 26);
      const start = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
      if (flags & 0x8) {
        // Sizes follow the data (streamed ZIP): find the data descriptor's signature.
        size = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]), start) - start;
      }
      const data = bytes.subarray(start, start + size);
      texts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
      at = start + size + (flags & 0x8 ? 16 : 0);
    }
    expect(texts.length).toBeGreaterThan(3); // the parts were found and inflated
  }
  return texts;
}

describe('no password or token in anything the CLI writes', () => {
  it('runs import, export, doctor and failing logins at trace level, then finds no secret anywhere', async () => {
    // 1. An import with a row the API refuses (422), an invalid row, a create whose answer is lost
    //    (in doubt: no key to look it up), a 429 and a revoked token along the way.
    const rows: Array<Array<string>> = [];
    for (let i = 0; i < 40; i++) rows.push([`SEC-${i}`, `Toko Rahasia ${i}`, '-7.1', '110.4']);
    rows.push(['', 'Toko Tanpa Kode', '', '']);
    rows.push(['SEC-X', 'Toko Salah', '91', '110']);
    writeFileSync(tmp.path('pelanggan.csv'), csvText(['ext_cust_no', 'name', 'lat', 'lon'], rows));
    sandbox.script({ method: 'POST', path: /customers$/, action: 'status', status: 429, retryAfterSec: 1 });
    const importCsv = run(
      'import csv',
      ['import', 'customers', 'pelanggan.csv', '--mode', 'upsert', '--rate', '50', '--json'],
      env(),
    );
    // The token revoked as the 20th row's POST arrives: that one is refused and sent again.
    let posts = 0;
    const stopExpiring = sandbox.onRequest((r) => {
      if (r.method === 'POST' && ++posts === 20) sandbox.expireTokens();
    });
    const imported = await importCsv.finally(stopExpiring);
    expect(sandbox.requests.filter((r) => r.method === 'POST' && r.status === 401).length).toBeGreaterThan(0);
    expect([0, 2, 3]).toContain(imported.code);
    // 2. The same as XLSX, with a lost answer on a row without key (in doubt) and a 422.
    writeFileSync(
      tmp.path('tanpa-kode.csv'),
      csvText(
        ['name', 'phone'],
        [
          ['Toko Hilang', '0812'],
          ['Toko Ada', '0813'],
        ],
      ),
    );
    sandbox.script({ method: 'POST', path: /customers$/, action: 'commit-then-drop' });
    const doubt = await run('import in doubt', ['import', 'customers', 'tanpa-kode.csv', '--json'], env());
    expect(doubt.code).toBe(3);

    // 3. Exports: CSV and XLSX, and an incremental one with its state file.
    const exportCsv = await run(
      'export csv',
      ['export', 'customers', '--out', 'ekspor/pelanggan.csv'],
      env(),
    );
    expect(exportCsv.code).toBe(0);
    const exportXlsx = await run('export xlsx', ['export', 'products', '--out', 'ekspor/produk.xlsx'], env());
    expect(exportXlsx.code).toBe(0);
    const since = await run(
      'export since',
      ['export', 'customers', '--out', 'ekspor/baru.csv', '--since', 'last'],
      env(),
    );
    expect(since.code).toBe(0);

    // 4. Doctor, with the password from the environment and from a file (a Docker secret).
    expect((await run('doctor', ['doctor'], env())).code).toBe(0);
    writeFileSync(tmp.path('sm-password'), `${FILE_PASSWORD}\n`);
    const fromFile = env({
      SALESMANIA_USERNAME: 'docker',
      SALESMANIA_PASSWORD_FILE: tmp.path('sm-password'),
    });
    delete fromFile.SALESMANIA_PASSWORD;
    expect((await run('doctor, password file', ['doctor', '--json'], fromFile)).code).toBe(0);
    const fileImport = await run(
      'import, password file',
      ['import', 'customers', 'pelanggan.csv', '--mode', 'upsert', '--out-dir', 'dari-file', '--json'],
      fromFile,
    );
    expect([0, 2]).toContain(fileImport.code);

    // 5. Failing logins: a wrong password, for doctor and for import.
    const wrong = env({ SALESMANIA_PASSWORD: `${PASSWORD}-salah` });
    const badDoctor = await run('doctor, wrong password', ['doctor'], wrong);
    expect(badDoctor.code).toBe(1);
    expect(badDoctor.stderr).toContain('error [API_AUTH]');
    const badImport = await run(
      'import, wrong password',
      ['import', 'customers', 'pelanggan.csv', '--out-dir', 'salah', '--json'],
      wrong,
    );
    expect(badImport.code).toBe(1);

    // The runs did log everything there is (the most detailed lines are debug), did log in
    // again, and did write what they should.
    expect(printed.filter(({ result }) => !result.stderr.includes('"level":20'))).toEqual([]);
    const tokens = sandbox.issuedTokens();
    // One login per run that could log in, and more: tokens expired and were renewed.
    expect(tokens.bearer.length).toBeGreaterThan(printed.length - 2);
    expect(tokens.team.length).toBeGreaterThan(0);
    const files = filesBelow(tmp.dir).filter((f) => !f.endsWith('sm-password'));
    const names = files.map((f) => f.slice(tmp.dir.length + 1)).sort();
    for (const expected of [
      'pelanggan.result.csv',
      'pelanggan.errors.csv',
      'pelanggan.journal.jsonl',
      'tanpa-kode.result.csv',
      'tanpa-kode.journal.jsonl',
      'ekspor/pelanggan.csv',
      'ekspor/produk.xlsx',
      'ekspor/baru.csv',
      'dari-file/pelanggan.result.csv',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.some((n) => /export-state/.test(n))).toBe(true);

    // The search: every secret in every form, in every output.
    const secrets: Array<[string, string]> = [
      ['password', PASSWORD],
      ['password from the file', FILE_PASSWORD],
      ['wrong password', `${PASSWORD}-salah`],
      ['Basic credentials', `${USERNAME}:${PASSWORD}`],
      ['Basic credentials (file)', `docker:${FILE_PASSWORD}`],
      ...tokens.bearer.map((t, i): [string, string] => [`bearer token ${i + 1}`, t]),
      ...tokens.team.map((t, i): [string, string] => [`team token ${i + 1}`, t]),
    ];
    const outputs: Array<[string, string[]]> = [
      ...printed.flatMap(({ run: name, result }): Array<[string, string[]]> => [
        [`${name}: stdout`, [result.stdout]],
        [`${name}: stderr`, [result.stderr]],
      ]),
      ...files.map((f): [string, string[]] => [f.slice(tmp.dir.length + 1), textsOf(f)]),
    ];
    // The search itself works: text known to be in the files is found, XLSX parts included.
    const found = (text: string) => outputs.filter(([, texts]) => texts.some((t) => t.includes(text)));
    expect(found('Toko Rahasia 7').map(([where]) => where)).toContain('pelanggan.result.csv');
    expect(found('Mie Goreng Instan Spesial').map(([where]) => where)).toContain('ekspor/produk.xlsx');
    const leaks: string[] = [];
    for (const [what, secret] of secrets) {
      for (const form of secretForms(secret)) {
        for (const [where, texts] of outputs) {
          if (texts.some((t) => t.includes(form)))
            leaks.push(`${what} (as ${JSON.stringify(form)}) in ${where}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  }, 180_000);
});
