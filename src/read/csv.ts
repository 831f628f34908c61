import { createReadStream } from 'node:fs';
import { RunError, type MessageRef } from '../errors.js';
import { localizedRunError, rowText, t } from '../i18n/index.js';
import type { RowIssue, SourceRow } from '../types.js';
import { csvRecords, type CsvRecord } from './csv-records.js';
import { controlCharShare, describeMarkup } from './detect.js';
import { decodeText, planEncoding, type DecodeState } from './encoding.js';
import { ioError, type CheckedFile } from './file.js';
import { buildHeaders, isBlank } from './headers.js';
import { HeaderSearch } from './header-search.js';
import { parseDelimiterOption, sniffDelimiter, sniffNewline } from './sniff.js';
import { hashedBytes, type ReadHash } from './read-hash.js';
import type { ReadLimits, ReadOptions, SourceFile } from './source.js';
// Our CSV writers prefix formula-like text with `'` (write/cell-safety.ts). That prefix is part of
// how we encode a cell in CSV, like doubling a quote, so it is undone where CSV is decoded: every
// pipeline then gets the text the user meant, and a fixed errors file imports as `=x`, not `'=x`.
// Shared with the writers, but not through write/index: that would load exceljs for every CSV run.
import { unguardCsvText } from '../write/index.js';

/** Text looked at to recognise markup and binary content and to sniff the delimiter. */
const SAMPLE_CHARS = 64 * 1024;
const CHUNK_BYTES = 64 * 1024;

const DELIMITER_WORDS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;

function unsupported(file: CheckedFile, what?: MessageRef): RunError {
  const key = what === undefined ? 'read.binaryControl' : 'read.notCsv';
  return localizedRunError('READ_UNSUPPORTED_FORMAT', key, { name: file.name, what }, { path: file.path });
}

export async function openCsv(
  file: CheckedFile,
  options: ReadOptions,
  limits: ReadLimits,
  warnings: string[],
  hash?: ReadHash,
): Promise<SourceFile> {
  const forcedDelimiter =
    options.delimiter === undefined ? undefined : parseDelimiterOption(options.delimiter);
  const state: DecodeState = { encoding: 'utf8', warnings, replaced: false };
  const plan = planEncoding(file.head, options.encoding, file.name, state);
  const stream = createReadStream(file.path, { start: plan.skip, highWaterMark: CHUNK_BYTES });
  // The bytes skipped (a byte order mark) are in the head; the stream's go into the hash as they are read.
  hash?.add(0, file.head);
  const text = decodeText(hash ? hashedBytes(stream, plan.skip, hash) : stream, plan, state);

  let records: AsyncGenerator<CsvRecord[]> | undefined;
  const close = async () => {
    stream.destroy();
    await records?.return(undefined);
  };

  try {
    // A sample for recognising the content, then replayed ahead of the rest of the stream.
    const sample: string[] = [];
    let sampleLength = 0;
    let complete = false;
    while (sampleLength < SAMPLE_CHARS) {
      const next = await text.next();
      if (next.done) {
        complete = true;
        break;
      }
      sample.push(next.value);
      sampleLength += next.value.length;
    }
    const sampleText = sample.join('');
    const markup = describeMarkup(sampleText);
    if (markup) throw unsupported(file, markup);
    if (controlCharShare(sampleText) > 0.01) throw unsupported(file);
    if (file.ext === '.xlsx' || file.ext === '.xls' || file.ext === '.xlsm') {
      warnings.push(t('read.warn.textNotWorkbook', { name: file.name }));
    }
    const newline = sniffNewline(sampleText);
    // Excel's own hint line: `sep=;` names the delimiter and is not part of the table.
    const sepLine = /^sep=([,;\t|])[ \t]*(?:\r\n|\n|\r|$)/i.exec(sampleText);
    const delimiter =
      forcedDelimiter ??
      sepLine?.[1] ??
      sniffDelimiter(sepLine ? sampleText.slice(sepLine[0].length) : sampleText, newline, complete);

    const replay = async function* (): AsyncGenerator<string> {
      yield* sample.splice(0);
      for (let next = await text.next(); !next.done; next = await text.next()) yield next.value;
    };
    let headerCount = 0;
    records = csvRecords(replay(), {
      delimiter,
      newline,
      name: file.name,
      maxRecordChars: () => Math.max(1 << 20, limits.maxCellChars * (headerCount + 1) + 65_536),
    });

    const search = new HeaderSearch<CsvRecord>(options, `'${file.name}'`);
    /** The records of the batch the search stopped in, after the one it stopped at. */
    let batchRest: CsvRecord[] = [];
    search: for (let next = await records.next(); !next.done; next = await records.next()) {
      const batch = next.value;
      for (let i = 0; i < batch.length; i++) {
        const record = batch[i];
        if (sepLine && record.line === 1) continue;
        if (isBlank(record.fields)) continue;
        const cells = record.fields.map(unguardCsvText);
        if (search.offer({ row: record.line, cells, item: record })) {
          batchRest = batch.slice(i + 1);
          break search;
        }
      }
    }
    const decision = search.decide();
    if (!decision) {
      throw localizedRunError('READ_EMPTY', 'read.noHeaderBlank', { name: file.name }, { path: file.path });
    }
    const header = decision.header.item;
    const readAhead = decision.after;
    const { headers, rawHeaders } = buildHeaders(
      header.fields.map(unguardCsvText),
      (column) => `Column ${column}`,
      warnings,
      limits.maxColumns,
      { name: file.name, line: header.line },
    );
    headerCount = headers.length;

    const toRow = rowBuilder({ file, headers, limits, delimiter, state });
    const source = records;
    let started = false;
    return {
      path: file.path,
      format: 'csv',
      headers,
      rawHeaders,
      headerRow: header.line,
      headerFound: decision.found,
      get encoding() {
        return state.encoding;
      },
      delimiter,
      warnings,
      rows() {
        if (started) throw new Error('SourceFile.rows() can be called only once');
        started = true;
        return (async function* () {
          try {
            for (const record of readAhead.splice(0)) yield toRow(record);
            for (const record of batchRest.splice(0)) {
              if (!isBlank(record.fields)) yield toRow(record);
            }
            for await (const batch of source) {
              for (const record of batch) if (!isBlank(record.fields)) yield toRow(record);
            }
          } catch (err) {
            throw err instanceof RunError ? err : ioError(err, file.path);
          } finally {
            stream.destroy();
          }
        })();
      },
      close,
    };
  } catch (err) {
    await close();
    throw err instanceof RunError ? err : ioError(err, file.path);
  }
}

interface RowContext {
  file: CheckedFile;
  headers: string[];
  limits: ReadLimits;
  delimiter: string;
  state: DecodeState;
}

function rowBuilder({
  file,
  headers,
  limits,
  delimiter,
  state,
}: RowContext): (record: CsvRecord) => SourceRow {
  let count = 0;
  return (record) => {
    const { fields, line } = record;
    if (++count > limits.maxRows) {
      throw localizedRunError(
        'READ_LIMIT',
        'read.tooManyRows',
        { name: file.name, limit: limits.maxRows },
        { limit: limits.maxRows },
      );
    }
    if (fields.length > limits.maxColumns) {
      throw localizedRunError(
        'READ_LIMIT',
        'read.tooManyCells',
        { name: file.name, line, count: fields.length, limit: limits.maxColumns },
        { line, limit: limits.maxColumns },
      );
    }
    const cells: Record<string, string> = {};
    // Runs for every row of both passes: a plain loop, and an issue list only for a row that has one.
    let issues: RowIssue[] | undefined;
    for (let i = 0; i < headers.length; i++) {
      const key = headers[i];
      const value = fields[i] ?? '';
      if (value.length > limits.maxCellChars) {
        throw localizedRunError(
          'READ_LIMIT',
          'read.cellTooLong',
          { name: file.name, line, column: key, count: value.length, limit: limits.maxCellChars },
          { line, column: key, limit: limits.maxCellChars },
        );
      }
      cells[key] = unguardCsvText(value);
      if (state.replaced && value.includes('\uFFFD')) {
        (issues ??= []).push({
          code: 'READ_CELL_ERROR',
          column: key,
          ...rowText('row.read.badUtf8'),
        });
      }
    }
    let used = fields.length;
    while (used > headers.length && fields[used - 1].trim() === '') used--;
    if (used > headers.length) {
      const extra = fields
        .slice(headers.length, used)
        .filter((f) => f.trim() !== '')
        .slice(0, 3)
        .map((f) => `'${f.length > 20 ? `${f.slice(0, 20)}…` : f}'`);
      (issues ??= []).push({
        code: 'READ_CELL_ERROR',
        ...rowText(
          `row.read.extraCells.${DELIMITER_WORDS[delimiter as keyof typeof DELIMITER_WORDS] ?? 'comma'}`,
          {
            cells: used,
            columns: headers.length,
            extra: extra.join(', '),
          },
        ),
      });
    }
    if (record.badQuotes) {
      (issues ??= []).push({
        code: 'READ_CELL_ERROR',
        ...rowText('row.read.badQuotes'),
      });
    }
    return issues ? { rowNumber: line, cells, readIssues: issues } : { rowNumber: line, cells };
  };
}
