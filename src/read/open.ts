import { RunError } from '../errors.js';
import { localizedRunError, t, type MessageKey, type MessageParams } from '../i18n/index.js';
import { openCsv } from './csv.js';
import { detectFormat } from './detect.js';
import { checkFile, ioError, type CheckedFile } from './file.js';
import { withFirstRow } from './first-row.js';
import { resolveLimits } from './limits.js';
import { classifyOle2, ole2StreamNames } from './ole2.js';
import type { ReadOptions, SourceFile } from './source.js';
import { ReadHash } from './read-hash.js';
import { openXlsx } from './xlsx.js';
import { identifyPackage } from './xlsx-package.js';
import { checkDeclaredSizes, openZipArchive } from './zip-archive.js';

function unsupported(file: CheckedFile, key: MessageKey, params: MessageParams = {}): RunError {
  return localizedRunError(
    'READ_UNSUPPORTED_FORMAT',
    key,
    { name: file.name, ...params },
    { path: file.path },
  );
}

async function ole2Error(file: CheckedFile): Promise<RunError> {
  const kind = classifyOle2(await ole2StreamNames(file.path));
  switch (kind) {
    case 'encrypted':
      return unsupported(file, 'read.encrypted');
    case 'xls':
      return unsupported(file, 'read.oldXls');
    case 'word':
      return unsupported(file, 'read.wordDocument');
    default:
      return unsupported(file, 'read.ole2');
  }
}

/**
 * Opens a CSV/TSV/TXT or XLSX file, recognised by its content, and reads up to and including the
 * header row and the first data row, so callers can check the columns before anything is sent.
 * Run problems are RunErrors with READ_* codes; row problems arrive later as `readIssues` on the rows.
 */
export async function openSource(path: string, options: ReadOptions = {}): Promise<SourceFile> {
  const limits = resolveLimits(options.limits);
  const file = await checkFile(path, limits.maxFileBytes);
  if (file.size === 0) {
    throw localizedRunError('READ_EMPTY', 'read.empty', { name: file.name }, { path });
  }
  const warnings: string[] = [];
  const hash = options.digest ? new ReadHash(file.path, file.size) : undefined;
  const detected = detectFormat(file.head, file.ext);
  try {
    switch (detected.kind) {
      case 'ole2':
        throw await ole2Error(file);
      case 'other':
        throw unsupported(file, 'read.otherFormat', { what: detected.what });
      case 'zip': {
        const zip = await openZipArchive(file.path, file.name, hash);
        try {
          const found = await identifyPackage(zip, file.name);
          if (found.kind === 'other') {
            const key = found.what.key === 'read.kind.zip' ? 'read.otherZip' : 'read.otherPackage';
            throw unsupported(file, key, { what: found.what });
          }
          checkDeclaredSizes(zip, limits, file.name);
          if (file.ext === '.csv' || file.ext === '.txt' || file.ext === '.tsv') {
            warnings.push(t('read.warn.workbookNotText', { name: file.name }));
          }
          if (options.delimiter !== undefined || options.encoding !== undefined) {
            warnings.push(t('read.warn.csvOptionsIgnored'));
          }
          return withDigest(
            await withFirstRow(
              await openXlsx(file, zip, found.workbookPart, options, limits, warnings),
              file.name,
            ),
            hash,
          );
        } catch (err) {
          zip.close();
          throw err;
        }
      }
      case 'text':
        if (options.sheet !== undefined) warnings.push(t('read.warn.sheetOptionIgnored'));
        return withDigest(
          await withFirstRow(await openCsv(file, options, limits, warnings, hash), file.name),
          hash,
        );
    }
  } catch (err) {
    throw err instanceof RunError ? err : ioError(err, path);
  }
}

function withDigest(source: SourceFile, hash: ReadHash | undefined): SourceFile {
  if (hash) source.digest = () => hash.digest();
  return source;
}
