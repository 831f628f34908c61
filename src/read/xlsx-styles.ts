import { xmlElements } from './xml-parts.js';

/**
 * Excel's built-in number formats (ECMA-376 part 1, 18.8.30), the ones a cell can name by id alone.
 * Ids 27–36 and 50–58 are the East Asian date formats, whose text depends on the locale: any date format
 * tells that the number is a date, which is all the reader needs.
 */
const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) {
  BUILT_IN[id] = 'yyyy-mm-dd';
}

/** The number format of each cell style (`<c s="…">`), from the styles part; undefined for General. */
export function parseNumberFormats(stylesXml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  for (const el of xmlElements(stylesXml)) {
    if (el.name === 'numFmt' && el.parent === 'numFmts') {
      custom.set(Number(el.attrs.numFmtId), el.attrs.formatCode ?? '');
    } else if (el.name === 'xf' && el.parent === 'cellXfs') {
      const id = Number(el.attrs.numFmtId ?? 0);
      const code = custom.get(id) ?? BUILT_IN[id];
      formats.push(code && code.toLowerCase() !== 'general' ? code : undefined);
    }
  }
  return formats;
}
