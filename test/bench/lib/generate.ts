/**
 * Generated customer sheets with Indonesian headers, as operations staff would send them. When
 * `invalidEvery` is set, every n-th row has one mistake, rotating over four kinds (blank name,
 * latitude out of range, a longitude that is not a number, an unknown status word), so that both
 * the tool and the bare yup baseline reject exactly those rows.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';

export const HEADERS = [
  'Kode Pelanggan',
  'Nama Pelanggan',
  'Alamat',
  'Kota',
  'No HP',
  'Latitude',
  'Longitude',
  'Label',
  'Aktif',
];

const CITIES = ['Semarang', 'Kudus', 'Surabaya', 'Bandung', 'Jakarta Selatan', 'Yogyakarta'];

export interface GenerateOptions {
  rows: number;
  /** Every n-th row (n = 10 for 10%) carries one mistake; 0 = every row is valid. */
  invalidEvery: number;
  /** Prefix of the customer codes, so several files never share a key. */
  prefix?: string;
}

/** The cells of data row `i` (0-based): strings, except numbers for the coordinates. */
export function customerRow(i: number, options: GenerateOptions): Array<string | number> {
  const bad = options.invalidEvery > 0 && i % options.invalidEvery === options.invalidEvery - 1;
  const kind = bad ? Math.floor(i / options.invalidEvery) % 4 : -1;
  const code = `${options.prefix ?? 'C'}-${String(i).padStart(7, '0')}`;
  return [
    code,
    kind === 0 ? '' : `Toko Sumber Rejeki ${i}`,
    `Jl. Pemuda No. ${(i % 300) + 1}, RT ${(i % 9) + 1}`,
    CITIES[i % CITIES.length],
    `+628123${String(i).padStart(7, '0')}`,
    kind === 1 ? -95.5 : Number((-7 - (i % 1000) / 7919).toFixed(7)),
    kind === 2 ? 'abc' : Number((110 + (i % 1000) / 7907).toFixed(7)),
    i % 3 ? 'VIP, Grosir' : 'Retail',
    kind === 3 ? 'mungkin' : i % 5 ? 'TRUE' : 'tidak',
  ];
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function writeCsv(path: string, options: GenerateOptions): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let chunk = HEADERS.join(',') + '\n';
  for (let i = 0; i < options.rows; i++) {
    chunk += customerRow(i, options).map(csvCell).join(',') + '\n';
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

export async function writeXlsx(path: string, options: GenerateOptions): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: false,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet('Pelanggan');
  sheet.addRow(HEADERS).commit();
  for (let i = 0; i < options.rows; i++) sheet.addRow(customerRow(i, options)).commit();
  sheet.commit();
  await workbook.commit();
}
