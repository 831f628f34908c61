/**
 * Bare baseline of `validate customers`: stream the file with papaparse (CSV) or exceljs (XLSX) and
 * run the project's own yup schema (payloadSchema('customers', 'create')) over every row.
 * No result sheet, no column matching, no messages. Usage: node validate-yup.mjs FILE [MAX_ROWS]
 * (MAX_ROWS: stop after that many data rows). Prints one JSON line {rows, invalid}.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import * as yup from 'yup';
import { payloadSchema } from '../../../dist/map/index.js';
import { customerBody } from './customer-body.mjs';

const file = process.argv[2];
const maxRows = process.argv[3] ? Number(process.argv[3]) : Infinity;
const schema = payloadSchema('customers', 'create');
let rows = 0;
let invalid = 0;

function check(cells) {
  rows += 1;
  try {
    schema.validateSync(customerBody(cells), { abortEarly: false });
  } catch (err) {
    if (!(err instanceof yup.ValidationError)) throw err;
    invalid += 1;
  }
}

function readCsv() {
  return new Promise((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
      header: true,
      delimiter: '',
      skipEmptyLines: 'greedy',
      step: (result, parser) => {
        if (rows >= maxRows) parser.abort();
        else check(result.data);
      },
      complete: () => resolve(),
      error: reject,
    });
  });
}

async function readXlsx() {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    let headers;
    for await (const row of sheet) {
      const values = row.values;
      if (!headers) {
        headers = values;
        continue;
      }
      const cells = {};
      for (let i = 1; i < headers.length; i++) cells[headers[i]] = values[i];
      check(cells);
      if (rows >= maxRows) break;
    }
    break; // the first sheet only
  }
}

await (file.endsWith('.xlsx') ? readXlsx() : readCsv());
process.stdout.write(JSON.stringify({ rows, invalid }) + '\n');
