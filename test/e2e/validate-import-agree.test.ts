/**
 * End to end: `validate` and `import` decide every row by the same function, so over the same file
 * they agree row by row — a row validate calls valid is sent by import (and succeeds), a row
 * validate calls invalid is invalid in import with the same codes. Issue: validate --mode upsert
 * called a row without a key valid ("is created") while import failed it with KEY_MISSING.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, tempDir } from './helpers.js';
import { csvLine, errorCodes, folder, importCli, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('validate-import-agree');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

/** What a row came to, comparable across the two commands: sent-and-fine, or its codes. */
function verdict(row: Record<string, string>): string {
  if (row._status === 'valid') return 'ok';
  if (['created', 'updated', 'unchanged', 'deleted'].includes(row._status)) return 'ok';
  return `${row._status} ${errorCodes(row._error).sort().join(',')}`;
}

async function bothWays(entity: 'customers' | 'products', name: string, lines: string[][], mode: string) {
  const dir = folder(tmp, `${entity}-${mode}-${name}`);
  const file = writeText(`${dir}/${name}.csv`, lines.map((l) => csvLine(l)).join('\n') + '\n');
  const validated = await runCli(
    ['validate', entity, file, '--mode', mode, '--out-dir', `${dir}/validate`, '--json'],
    { env: cliEnv(undefined) },
  );
  expect(validated.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  // A delete run without a terminal needs --yes (docs/GUARDS.md).
  const yes = mode === 'delete' ? ['--yes'] : [];
  const imported = await importCli(sandbox, entity, file, `${dir}/import`, ['--mode', mode, ...yes]);
  const v = readCsv(`${dir}/validate/${name}.result.csv`);
  const i = readCsv(`${dir}/import/${name}.result.csv`);
  expect(i.map((r) => r._row)).toEqual(v.map((r) => r._row));
  return { v, i, validated, imported };
}

describe('validate and import agree on every row', () => {
  it('customers, upsert: keyed new, keyed existing, keyless, invalid and repeated rows', async () => {
    const seed = await bothWays(
      'customers',
      'awal',
      [
        ['ext_cust_no', 'name', 'address', 'city', 'phone'],
        ['AG-1', 'Toko Lama', 'Jl. Lama', 'Semarang', '0811'],
      ],
      'create',
    );
    expect(seed.i.map(verdict)).toEqual(['ok']);

    const { v, i } = await bothWays(
      'customers',
      'campur',
      [
        ['ext_cust_no', 'name', 'address', 'city', 'phone'],
        ['AG-1', 'Toko Lama Baru', 'Jl. Lama', 'Semarang', '0811'], // 2 existing: updated
        ['AG-2', 'Toko Baru', 'Jl. Baru', 'Solo', '0812'], // 3 new key: created
        ['', 'Toko Tanpa Kode', 'Jl. Kosong', 'Kudus', '0813'], // 4 no key: created (with a warning)
        ['AG-3', '', 'Jl. Tiga', 'Pati', '0814'], // 5 invalid: name required
        ['AG-2', 'Toko Baru Lagi', 'Jl. Baru', 'Solo', '0812'], // 6 invalid: repeated key
      ],
      'upsert',
    );
    expect(i.map(verdict)).toEqual(v.map(verdict));
    expect(v.map(verdict)).toEqual(['ok', 'ok', 'ok', 'invalid MAP_REQUIRED', 'invalid DUPLICATE_IN_FILE']);
    expect(i.map((r) => r._status)).toEqual(['updated', 'created', 'created', 'invalid', 'invalid']);
    expect(errorCodes(v[2]._error)).toEqual(['KEY_MISSING_UPSERT_CREATES']);
    expect(sandbox.state.customers().filter((c) => c.name === 'Toko Tanpa Kode')).toHaveLength(1);
  });

  it.each(['update', 'delete'])('customers, %s: a row without a key is invalid in both', async (mode) => {
    const { v, i } = await bothWays(
      'customers',
      `tanpa-kode-${mode}`,
      [
        ['ext_cust_no', 'name'],
        ['AG-1', 'Toko Lama'],
        ['', 'Toko Tanpa Kode'],
      ],
      mode,
    );
    expect(i.map(verdict)).toEqual(v.map(verdict));
    expect(v.map(verdict)[1]).toBe('invalid KEY_MISSING');
  });

  it('products, upsert: a row without a key is created by import as validate says', async () => {
    const { v, i } = await bothWays(
      'products',
      'produk',
      [
        ['ext_product_code', 'name', 'qty_on_hand', 'unit', 'price', 'ratio'],
        ['AGP-1', 'Kopi', '10', 'PCS', '3000', '1'],
        ['', 'Teh', '5', 'PCS', '2000', '1'],
        ['AGP-2', 'Gula', 'banyak', 'PCS', '1000', '1'],
      ],
      'upsert',
    );
    expect(i.map(verdict)).toEqual(v.map(verdict));
    expect(i.map((r) => r._status)).toEqual(['created', 'created', 'invalid']);
  });
});
