import { createReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { entryRanges, storedEntry, type ZipDirectory } from './zip.js';

const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

export interface WorkbookInput {
  /** What exceljs reads: a ZIP stream that is never ended (see below). */
  stream: PassThrough;
  /** Settles when every byte has been handed to `stream`; rejects on an I/O error. */
  written: Promise<void>;
}

/**
 * The bytes exceljs gets: not the file as it is, but the parts it needs, in the order that lets it
 * stream the chosen sheet directly — workbook relations, workbook, styles, shared strings, then the
 * sheet — and nothing else. Why:
 * - unzipper, under exceljs, signals the end of the archive as soon as it has *read* the central
 *   directory, even if entries it already parsed are still waiting for exceljs; small trailing parts
 *   (shared strings, styles, even sheets) were lost that way — seen in ~10% of reads of a small workbook.
 *   Here the stream ends only when the sheet has been read (the caller destroys it), and holds no
 *   central directory to reach.
 * - With shared strings and relations known before the sheet, exceljs reads the sheet as it streams,
 *   instead of copying every sheet to a temporary file first; other sheets are not read at all.
 * A workbook without shared strings gets an empty shared-strings part, for the same reason.
 */
export function workbookInput(path: string, dir: ZipDirectory, sheetPart: string): WorkbookInput {
  const ranges = entryRanges(dir);
  const pieces: ({ start: number; end: number } | Buffer)[] = [];
  for (const part of [
    'xl/_rels/workbook.xml.rels',
    'xl/workbook.xml',
    'xl/styles.xml',
    'xl/sharedStrings.xml',
  ]) {
    const range = ranges.get(part);
    if (range) pieces.push(range);
    else if (part === 'xl/sharedStrings.xml') pieces.push(storedEntry(part, EMPTY_SHARED_STRINGS));
  }
  const sheet = ranges.get(sheetPart);
  if (sheet) pieces.push(sheet);

  const stream = new PassThrough();
  const written = (async () => {
    for (const piece of pieces) {
      if (stream.destroyed) return;
      if (Buffer.isBuffer(piece)) {
        stream.write(piece);
      } else if (piece.end > piece.start) {
        await pipeline(createReadStream(path, { start: piece.start, end: piece.end - 1 }), stream, {
          end: false,
        });
      }
    }
  })();
  // A destroyed stream (the reader closed early) is no failure.
  written.catch(() => undefined);
  return { stream, written };
}
