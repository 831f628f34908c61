/** A `;` export's decimals are written with a comma (docs/EXPORT.md, "CSV for Excel set to Indonesian"). */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { openTableWriter, type ColumnDef } from '../../src/write/index.js';
import { makeTempDir, readCsv, removeDir } from './helpers.js';

const columns: ColumnDef[] = [
  { header: 'code', kind: 'code' },
  { header: 'qty', kind: 'integer' },
  { header: 'price', kind: 'number' },
  { header: 'disc', kind: 'code' },
];

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe('CSV decimal comma', () => {
  it('writes the decimals of number columns with a comma; codes, integers, exponents are left alone', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, {
      format: 'csv',
      columns,
      delimiter: ';',
      decimalComma: true,
    });
    await writer.writeRow(['P-1.5', '12', '-7.125', '5+2.5']);
    await writer.writeRow(['P-2', '3', 1250.75, '2.5']);
    await writer.writeRow(['P-3', '4', '1e-7', '']);
    await writer.writeRow(['P-4', '5', '3500', null]);
    await writer.commit();
    const { text } = await readCsv(path, ';');
    expect(text).toBe(
      'code;qty;price;disc\r\nP-1.5;12;-7,125;5+2.5\r\nP-2;3;1250,75;2.5\r\nP-3;4;1e-7;\r\nP-4;5;3500;\r\n',
    );
  });

  it('without the option a decimal keeps its dot', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, { format: 'csv', columns, delimiter: ';' });
    await writer.writeRow(['P-1', '1', '-7.125', '']);
    await writer.commit();
    expect((await readCsv(path, ';')).text).toBe('code;qty;price;disc\r\nP-1;1;-7.125;\r\n');
  });
});
