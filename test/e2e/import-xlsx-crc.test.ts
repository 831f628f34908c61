/**
 * End to end: a workbook whose sheet inflates fine but fails its CRC. The reader checks the sheet's CRC
 * as it reads it (not in a pass of its own before the header), so the failure comes at the sheet's
 * last byte; an import reads the file through before it sends, so nothing reaches the API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startSandbox, tempDir } from './helpers.js';
import { folder, importCli, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-xlsx-crc');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

async function customersWorkbook(path: string, rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pelanggan');
  ws.addRow(['ext_cust_no', 'name', 'city', 'phone']);
  for (let i = 1; i <= rows; i++) {
    const n = String(i).padStart(5, '0');
    ws.addRow([`X-${n}`, `Toko X-${n}`, 'Semarang', `0812${n}`]);
  }
  await wb.xlsx.writeFile(path);
  return readFileSync(path);
}

/** The directory's CRC of `part` changed by one bit: the bytes still inflate, the check fails. */
function withWrongCrc(bytes: Buffer, part: string): Buffer {
  const out = Buffer.from(bytes);
  const at = out.lastIndexOf(Buffer.from(part, 'utf8')); // its central directory entry
  expect(out.readUInt32LE(at - 46)).toBe(0x02014b50);
  out.writeUInt32LE((out.readUInt32LE(at - 30) ^ 1) >>> 0, at - 30);
  return out;
}

describe('import of a workbook whose sheet fails its CRC', () => {
  it('stops with READ_CORRUPT naming the part and sends nothing', async () => {
    const dir = folder(tmp, 'crc');
    const good = await customersWorkbook(`${dir}/good.xlsx`, 300);
    const file = writeText(`${dir}/rusak.xlsx`, withWrongCrc(good, 'xl/worksheets/sheet1.xml'));
    const before = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', file, dir, ['--log-level', 'error']);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/READ_CORRUPT/);
    expect(result.stdout + result.stderr).toMatch(/sheet1\.xml/);
    const writes = sandbox.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
  });
});
