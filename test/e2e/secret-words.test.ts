/**
 * A password that is also a word (docs/SECRETS.md): the sandbox's login is `demo` / `demo`, and the
 * data says "Jl. demo Raya 5". Hiding the password must never change the user's data or the tool's
 * own words: journals, plan files and result sheets hold the data exactly (undo and apply read them
 * back), and a message keeps the catalog's words whole ("Kesalahan" when the password is "salah").
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir, type CliResult } from './helpers.js';
import { writeCsv } from './field-helpers.js';

const PASSWORD = 'demo';
let sandbox: Sandbox;
const tmp = tempDir('secret-words');

beforeAll(async () => {
  sandbox = await startSandbox({ users: [{ username: 'demo', password: PASSWORD }] });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const env = (extra: Record<string, string> = {}) =>
  cliEnv(sandbox, { SALESMANIA_USERNAME: 'demo', SALESMANIA_PASSWORD: PASSWORD, ...extra });

function cli(args: string[], extra: Record<string, string> = {}): Promise<CliResult> {
  return runCli([...args, '--json', '--rate', '200'], { env: env(extra), cwd: tmp.dir });
}

const customer = (code: string) => sandbox.state.customers().find((c) => c.ext_cust_no === code);
const journalLines = (name: string) =>
  readFileSync(tmp.path(name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
/** `word` standing on its own (not inside a longer word such as "Kesalahan"). */
const asToken = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu');

describe('a password that is a word in the data', () => {
  it('update twice, then undo: the first value is back on the server, verbatim in the journal', async () => {
    writeCsv(tmp.path('u1.csv'), ['Kode Pelanggan', 'Alamat'], [['C-0001', 'Jl. demo Raya 5']]);
    writeCsv(tmp.path('u2.csv'), ['Kode Pelanggan', 'Alamat'], [['C-0001', 'Jl. Baru 7']]);
    expect((await cli(['import', 'customers', 'u1.csv', '--mode', 'update'])).code).toBe(0);
    expect(customer('C-0001')?.address).toBe('Jl. demo Raya 5');
    expect((await cli(['import', 'customers', 'u2.csv', '--mode', 'update'])).code).toBe(0);
    expect(customer('C-0001')?.address).toBe('Jl. Baru 7');

    const sending = journalLines('u2.journal.jsonl').find((l) => l.t === 'sending');
    expect(sending).toMatchObject({
      before: { address: 'Jl. demo Raya 5' },
      after: { address: 'Jl. Baru 7' },
    });

    const undo = await cli(['undo', 'u2.result.csv']);
    expect(undo.code).toBe(0);
    expect(summaryOf(undo).counts).toEqual({ updated: 1 });
    expect(customer('C-0001')?.address).toBe('Jl. demo Raya 5');
    expect(readFileSync(tmp.path('u2.undo.journal.jsonl'), 'utf8')).toContain('Jl. demo Raya 5');
  });

  it('a keyless create with the word in its values is undone (the journal matches the server)', async () => {
    const names = [1, 2, 3].map((i) => `Toko demo KX ${i}`);
    writeCsv(
      tmp.path('keyless-demo.csv'),
      ['Nama', 'Kota'],
      names.map((n) => [n, 'Blora']),
    );
    const created = await cli(['import', 'customers', 'keyless-demo.csv', '--mode', 'create']);
    expect(summaryOf(created).counts).toEqual({ created: 3 });
    expect(journalLines('keyless-demo.journal.jsonl')[0]).toMatchObject({
      input: { name: 'keyless-demo.csv' },
    });
    const afters = journalLines('keyless-demo.journal.jsonl')
      .filter((l) => l.t === 'sending')
      .map((l) => (l.after as { name: string }).name);
    expect(afters.sort()).toEqual(names);

    const undo = await cli(['undo', 'keyless-demo.result.csv', '--yes']);
    expect(undo.code).toBe(0);
    expect(summaryOf(undo).counts).toEqual({ deleted: 3 });
    expect(sandbox.state.customers().filter((c) => names.includes(c.name))).toEqual([]);
  });

  it('a file whose name holds the word is planned and applied', async () => {
    writeCsv(tmp.path('pdemo.csv'), ['Kode Pelanggan', 'Alamat'], [['C-0002', 'Jl. demo Baru 9']]);
    expect((await cli(['plan', 'customers', 'pdemo.csv', '--mode', 'update'])).code).toBe(0);
    const plan = readFileSync(tmp.path('pdemo.plan.json'), 'utf8');
    expect(plan).toContain('"path": "pdemo.csv"');
    expect(plan).not.toContain('***');
    expect(readCsv(tmp.path('pdemo.plan.csv')).map((r) => r.Alamat)).toEqual(['Jl. demo Baru 9']);

    const applied = await cli(['apply', 'pdemo.plan.json']);
    expect(applied.stderr).not.toContain('PLAN_INPUT_CHANGED');
    expect(applied.code).toBe(0);
    expect(customer('C-0002')?.address).toBe('Jl. demo Baru 9');
  });

  it("a row message quoting the user's value keeps it in the result sheet", async () => {
    writeCsv(
      tmp.path('bad-lat.csv'),
      ['Kode Pelanggan', 'Nama', 'lat', 'lon'],
      [['C-0950', 'Toko X', 'demo', '110']],
    );
    const run = await cli(['import', 'customers', 'bad-lat.csv', '--mode', 'upsert']);
    expect(run.code).toBe(2);
    const [row] = readCsv(tmp.path('bad-lat.result.csv'));
    expect(row.lat).toBe('demo');
    expect(row._error).toMatch(asToken('demo'));
    expect(row._error).not.toContain('***');
  });
});

describe('a password that is inside a word of a message', () => {
  it('SALESMANIA_PASSWORD=salah on a wrong login prints "Kesalahan" whole, and not the password', async () => {
    writeCsv(tmp.path('login.csv'), ['Kode Pelanggan', 'Alamat'], [['C-0001', 'Jl. Lain 1']]);
    const run = await runCli(['import', 'customers', 'login.csv', '--mode', 'update', '--lang', 'id'], {
      env: env({ SALESMANIA_PASSWORD: 'salah' }),
      cwd: tmp.dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Kesalahan [API_AUTH]');
    expect(run.stderr).not.toMatch(asToken('salah'));
    expect(run.stdout + run.stderr).not.toContain('***an');
  });
});
