/**
 * Second, informative baseline of `validate customers` on CSV: papaparse streaming plus the project's
 * own column binding and mapRow (the cheap per-cell parsers the tool really uses), no output.
 * The gap to the tool is then the reader's extra care and the result sheet. Usage: node validate-maprow.mjs FILE.
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { bindColumns, mapRow } from '../../../dist/map/index.js';

const file = process.argv[2];
let binding;
let rows = 0;
let invalid = 0;

await new Promise((resolve, reject) => {
  Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
    header: true,
    delimiter: '',
    skipEmptyLines: 'greedy',
    step: (result) => {
      binding ??= bindColumns('customers', result.meta.fields ?? [], { mode: 'create' });
      rows += 1;
      const mapped = mapRow(
        'customers',
        binding,
        { rowNumber: rows + 1, cells: result.data },
        { mode: 'create' },
      );
      if (!mapped.ok) invalid += 1;
    },
    complete: () => resolve(),
    error: reject,
  });
});
process.stdout.write(JSON.stringify({ rows, invalid }) + '\n');
