/**
 * Bare floor of XLSX reading: yauzl + saxes over the first sheet's XML, counting `<c>` elements and
 * rows, nothing else (no shared strings, no values, no validation). Usage: node count-cells.mjs FILE.
 * Prints one JSON line {rows, cells} (rows: data rows, the header not counted).
 */
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';

const file = process.argv[2];
const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
let sheet;
for await (const entry of zip.eachEntry()) {
  if (entry.fileName === 'xl/worksheets/sheet1.xml') sheet = entry;
}
let rows = 0;
let cells = 0;
const parser = new SaxesParser({ position: false });
parser.on('opentag', (node) => {
  if (node.name === 'c') cells += 1;
  else if (node.name === 'row') rows += 1;
});
const stream = await zip.openReadStreamPromise(sheet);
stream.setEncoding('utf8');
for await (const text of stream) parser.write(text);
parser.close();
zip.close();
process.stdout.write(JSON.stringify({ rows: rows - 1, cells }) + '\n');
