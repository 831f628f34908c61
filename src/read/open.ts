import { RunError } from '../errors.js';
import { openCsv } from './csv.js';
import { detectFormat } from './detect.js';
import { checkFile, ioError, type CheckedFile } from './file.js';
import { withFirstRow } from './first-row.js';
import { resolveLimits } from './limits.js';
import { classifyOle2, ole2StreamNames } from './ole2.js';
import type { ReadOptions, SourceFile } from './source.js';
import { openXlsx } from './xlsx.js';
import { identifyPackage } from './xlsx-package.js';
import { checkDeclaredSizes, openZipArchive, verifyZipEntries } from './zip-archive.js';

function unsupported(file: CheckedFile, message: string): RunError {
  return new RunError('READ_UNSUPPORTED_FORMAT', message, { path: file.path });
}

async function ole2Error(file: CheckedFile): Promise<RunError> {
  const kind = classifyOle2(await ole2StreamNames(file.path));
  switch (kind) {
    case 'encrypted':
      return unsupported(
        file,
        `'${file.name}' is a password-protected (encrypted) Excel workbook: open it in Excel, remove the password ` +
          '(File > Info > Protect Workbook > Encrypt with Password, clear it), save it as .xlsx, and retry',
      );
    case 'xls':
      return unsupported(
        file,
        `'${file.name}' is an old Excel 97-2003 workbook (.xls), which is not supported: open it in Excel and ` +
          'save it as .xlsx (Excel Workbook) or CSV UTF-8',
      );
    case 'word':
      return unsupported(
        file,
        `'${file.name}' is a Word document, not a spreadsheet: give a .csv or .xlsx file`,
      );
    default:
      return unsupported(
        file,
        `'${file.name}' is an OLE2 compound file — an old Office format such as Excel 97-2003 (.xls), or a ` +
          'password-protected workbook — which is not supported: save it as .xlsx or CSV UTF-8 without a password',
      );
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
    throw new RunError('READ_EMPTY', `'${file.name}' is empty (0 bytes)`, { path });
  }
  const warnings: string[] = [];
  const detected = detectFormat(file.head, file.ext);
  try {
    switch (detected.kind) {
      case 'ole2':
        throw await ole2Error(file);
      case 'other':
        throw unsupported(
          file,
          `'${file.name}' is ${detected.what}, not a CSV or Excel workbook: give a .csv or .xlsx file`,
        );
      case 'zip': {
        const zip = await openZipArchive(file.path, file.name);
        try {
          const found = await identifyPackage(zip, file.name);
          if (found.kind === 'other') {
            const action = found.what.startsWith('a ZIP archive')
              ? 'give a .csv or .xlsx file'
              : 'open it and save it as .xlsx (Excel Workbook) or CSV UTF-8';
            throw unsupported(file, `'${file.name}' is ${found.what}, which is not supported: ${action}`);
          }
          checkDeclaredSizes(zip, limits, file.name);
          await verifyZipEntries(zip, file.name);
          if (file.ext === '.csv' || file.ext === '.txt' || file.ext === '.tsv') {
            warnings.push(`'${file.name}' is an Excel workbook, not text: read as XLSX`);
          }
          if (options.delimiter !== undefined || options.encoding !== undefined) {
            warnings.push(
              'the delimiter and encoding options apply to CSV files only: ignored for this workbook',
            );
          }
          return await withFirstRow(
            await openXlsx(file, zip, found.workbookPart, options, limits, warnings),
            file.name,
          );
        } catch (err) {
          zip.close();
          throw err;
        }
      }
      case 'text':
        if (options.sheet !== undefined)
          warnings.push('the sheet option applies to workbooks only: ignored for this CSV file');
        return await withFirstRow(await openCsv(file, options, limits, warnings), file.name);
    }
  } catch (err) {
    throw err instanceof RunError ? err : ioError(err, path);
  }
}
