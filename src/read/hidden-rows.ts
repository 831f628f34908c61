/**
 * Hidden workbook rows (hidden by hand, or filtered out by an autofilter) are read like the others:
 * hidden is not deleted. The run is told once which they are (docs/reading.md, "Rows that are not
 * records"); each such row also carries `SourceRow.hidden`, which the run marks in the result sheet.
 */
import { t } from '../i18n/index.js';

/** Row numbers named in the warning; more are counted. */
const SHOWN = 20;

/**
 * One warning for the file, kept up to date as hidden rows are read (the reader does not know which
 * row is its last; hidden rows are few, so rewriting the one entry costs nothing).
 */
export class HiddenRows {
  private readonly shown: number[] = [];
  private count = 0;
  private index = -1;

  constructor(private readonly warnings: string[]) {}

  note(rowNumber: number): void {
    if (++this.count <= SHOWN) this.shown.push(rowNumber);
    if (this.index < 0) this.index = this.warnings.push('') - 1;
    this.warnings[this.index] = this.text();
  }

  private text(): string {
    const shown = this.shown.join(', ');
    const rows =
      this.count > SHOWN ? t('sheetRows.hiddenRowsMore', { shown, count: this.count - SHOWN }) : shown;
    return t('sheetRows.hiddenRows', { rows, count: this.count });
  }
}
