/**
 * A CSV read over many chunks. What can go wrong when streaming is at a chunk boundary: a CRLF cut
 * between its CR and LF, a quoted two-line note cut inside, a doubled quote cut in two. This file puts
 * one of those on every 64 KiB boundary (the reader's chunk size and a multiple of smaller ones), so
 * about a megabyte covers each case several times: no need for a file so large that a loaded machine
 * makes the test slow (a 200,000-row version once ran past a minute in a full run).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { closeSync, createWriteStream, openSync, readSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { openSource } from '../../src/read/index.js';
import { tempDir } from './helpers.js';

const tmp = tempDir('stream');
afterAll(() => tmp.cleanup());

const ROWS = 20_000;
const BOUNDARY = 64 * 1024;
/** What a boundary cuts, in turn. */
const CUTS = ['crlf', 'quoted newline', 'doubled quote'] as const;
type Cut = (typeof CUTS)[number];

const HEADER = 'ext_cust_no;name;address;note\r\n';
const address = (i: number) => `Jl. Merdeka ${i}; RT 0${i % 10}`;
/** Every 1000th row, and every row a boundary cuts inside its note, has a two-line quoted note. */
const twoLineNote = (i: number) => `baris satu\r\nbaris "dua" ${i}`;
const quotedNote = (i: number) => `"${twoLineNote(i).replace(/"/g, '""')}"`;

/** One row's text; `pad` lengthens the name so that a cut falls where wanted. */
function rowText(i: number, note: 'plain' | 'two lines', pad = ''): string {
  const noteText = note === 'two lines' ? quotedNote(i) : `catatan ${i}`;
  return `C${i};Toko ${i} Jaya${pad};"${address(i)}";${noteText}\r\n`;
}

/** Where in the row text a cut of this kind falls (the offset of the second half). */
function cutIndex(text: string, cut: Cut): number {
  if (cut === 'crlf') return text.length - 1;
  if (cut === 'quoted newline') return text.indexOf('\r\nbaris') + 1;
  return text.indexOf('""') + 1;
}

interface BigCsv {
  /** Rows whose name was padded: their name. */
  padded: Map<number, string>;
  /** Rows with a two-line note. */
  twoLines: Set<number>;
  /** What each boundary cuts, in file order. */
  cuts: Cut[];
}

/**
 * Writes the file in 64 KiB pieces through a stream (never the whole file in memory). The row that a
 * boundary would fall in is padded so the boundary cuts it at the next kind of place. A blank line
 * follows every 5000th row.
 */
async function writeCsv(path: string): Promise<BigCsv> {
  const out = createWriteStream(path);
  const csv: BigCsv = {
    padded: new Map(),
    twoLines: new Set(),
    cuts: [],
  };
  let piece = HEADER;
  let written = 0;
  const flush = async () => {
    written += piece.length; // ASCII: one byte a character
    if (!out.write(piece)) await once(out, 'drain');
    piece = '';
  };
  let boundary = BOUNDARY;
  for (let i = 0; i < ROWS; i++) {
    const room = boundary - written - piece.length;
    // Rows are under 100 characters: the row before left at least 200 to the boundary.
    const kind = room < 300 ? CUTS[(boundary / BOUNDARY - 1) % CUTS.length] : undefined;
    const note = i % 1000 === 0 || (kind !== undefined && kind !== 'crlf') ? 'two lines' : 'plain';
    if (note === 'two lines') csv.twoLines.add(i);
    if (kind === undefined) piece += rowText(i, note);
    else {
      const pad = 'x'.repeat(room - cutIndex(rowText(i, note), kind));
      const text = rowText(i, note, pad);
      csv.padded.set(i, `Toko ${i} Jaya${pad}`);
      csv.cuts.push(kind);
      piece += text.slice(0, room);
      await flush();
      piece = text.slice(room);
      boundary += BOUNDARY;
    }
    if (i % 5000 === 0) piece += '\r\n';
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return csv;
}

/** The two bytes either side of each boundary in the file. */
function aroundBoundaries(path: string, count: number): string[] {
  const fd = openSync(path, 'r');
  const two = Buffer.alloc(2);
  try {
    return Array.from({ length: count }, (_, k) => {
      readSync(fd, two, 0, 2, (k + 1) * BOUNDARY - 1);
      return two.toString('latin1');
    });
  } finally {
    closeSync(fd);
  }
}

describe('a CSV read over many chunks', () => {
  it('is streamed row by row with correct cells and line numbers, whatever a chunk boundary cuts', async () => {
    const path = join(tmp.dir, 'big.csv');
    const { padded, twoLines, cuts } = await writeCsv(path);
    // Each kind of cut happens several times (about 20 boundaries in the file), where it was meant to.
    for (const kind of CUTS) expect(cuts.filter((c) => c === kind).length).toBeGreaterThanOrEqual(5);
    expect(aroundBoundaries(path, cuts.length)).toEqual(
      cuts.map((c) => (c === 'doubled quote' ? '""' : '\r\n')),
    );
    const source = await openSource(path);
    expect(source.delimiter).toBe(';');
    let count = 0;
    // Physical line of the next row: header is line 1, quoted notes add a line, blank lines are skipped.
    let line = 2;
    const wrong: string[] = [];
    for await (const row of source.rows()) {
      const i = count++;
      const two = twoLines.has(i);
      if (
        row.rowNumber !== line ||
        row.cells.ext_cust_no !== `C${i}` ||
        row.cells.name !== (padded.get(i) ?? `Toko ${i} Jaya`) ||
        row.cells.address !== address(i) ||
        row.cells.note !== (two ? twoLineNote(i) : `catatan ${i}`) ||
        row.readIssues !== undefined
      ) {
        wrong.push(`${i}: ${JSON.stringify(row)}`);
        if (wrong.length > 5) break;
      }
      line += two ? 2 : 1;
      if (i % 5000 === 0) line += 1;
    }
    expect(wrong).toEqual([]);
    expect(count).toBe(ROWS);
  });
});
