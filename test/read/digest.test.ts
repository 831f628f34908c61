/**
 * The SHA-256 a journal is keyed by comes from the bytes the reader reads (src/read/read-hash.ts), not
 * from a pass of its own: it must equal the SHA-256 of the whole file, whatever order the reader read
 * it in, whatever it skipped, and however far it got.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { openSource } from '../../src/read/index.js';
import { ReadHash } from '../../src/read/read-hash.js';
import { handMadeXlsx, str, tempDir } from './helpers.js';

const tmp = tempDir('digest');
afterAll(() => tmp.cleanup());

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function digestAfterReading(path: string, rowsToRead = Infinity) {
  const source = await openSource(path, { digest: true });
  let n = 0;
  for await (const row of source.rows()) {
    void row;
    if (++n >= rowsToRead) break;
  }
  await source.close();
  if (!source.digest) throw new Error('opened with digest: true, but the source has no digest()');
  return source.digest();
}

describe('the SHA-256 taken while reading', () => {
  const csvRows = Array.from({ length: 5000 }, (_, i) => `C-${i},"Toko ${i}, Kudus",08123${i}`);
  const csvText = ['Kode Pelanggan,Nama Pelanggan,No HP', ...csvRows].join('\r\n') + '\r\n';

  it('equals the SHA-256 of a CSV file, its byte order mark included', async () => {
    const path = tmp.file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText)]));
    expect(await digestAfterReading(path)).toEqual({ size: readFileSync(path).length, sha256: sha256(path) });
  });

  it('equals it for a UTF-16 CSV and for one read only part way (the rest is read for the digest)', async () => {
    const utf16 = tmp.file(
      'utf16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText, 'utf16le')]),
    );
    expect((await digestAfterReading(utf16)).sha256).toBe(sha256(utf16));
    const plain = tmp.file('plain.csv', csvText);
    expect((await digestAfterReading(plain, 10)).sha256).toBe(sha256(plain));
  });

  it('equals the SHA-256 of a workbook written by exceljs (parts with data descriptors)', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Pelanggan');
    sheet.addRow(['Kode Pelanggan', 'Nama Pelanggan']);
    for (let i = 0; i < 3000; i++) sheet.addRow([`C-${i}`, `Toko ${i} ${randomBytes(4).toString('hex')}`]);
    const path = tmp.file('exceljs.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await digestAfterReading(path)).toEqual({ size: readFileSync(path).length, sha256: sha256(path) });
  });

  it('equals the SHA-256 of a hand-made workbook', async () => {
    const path = tmp.file(
      'hand.xlsx',
      handMadeXlsx([
        {
          name: 'Data',
          rows: `<row r="1">${str('A1', 'Kode Pelanggan')}</row><row r="2">${str('A2', 'C-1')}</row>`,
        },
      ]),
    );
    expect((await digestAfterReading(path)).sha256).toBe(sha256(path));
  });

  it('gives the same digest for bytes added in any order, with gaps, overlaps and pieces too far ahead', async () => {
    const bytes = randomBytes(300_000);
    const path = tmp.file('random.bin', bytes);
    const hash = new ReadHash(path, bytes.length);
    hash.add(250_000, bytes.subarray(250_000, 260_000)); // ahead: kept
    hash.add(100, bytes.subarray(100, 5000)); // a small gap before it: read on the spot
    hash.add(4000, bytes.subarray(4000, 9000)); // overlaps what is in
    hash.add(9016, bytes.subarray(9016, 120_000)); // a data descriptor's 16 bytes skipped
    hash.add(200_000, bytes.subarray(200_000, 210_000)); // never reached by reading: digest() reads to it
    expect(await hash.digest()).toEqual({
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });
});
