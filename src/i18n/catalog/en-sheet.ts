/**
 * English messages about rows of a real-world sheet that are not plain records (src/run/row-checks.ts,
 * docs/reading.md "Rows that are not records"): a total row, hidden rows, text garbled by the wrong
 * character set, a first worksheet that is not the data. `id-sheet.ts` has the same keys.
 */
export const enSheet = {
  totalRow: 'looks like a total row, not a record: not imported',
  hiddenRow: 'this row is hidden in the workbook (or filtered out); it is imported like the others',
  hiddenRows_one:
    'row {{rows}} is hidden in the workbook (or filtered out); it is imported like the others — delete it from the sheet if it must not be',
  hiddenRows_other:
    'rows {{rows}} are hidden in the workbook (or filtered out); they are imported like the others — delete them from the sheet if they must not be',
  hiddenRowsMore: '{{shown}} and {{count, number}} more',
  garbledBom:
    'the first header began with "ï»¿", a UTF-8 mark read with the wrong character set: read as "{{header}}"; check the text for garbled letters (Ã©, â€™)',
  garbled:
    '"{{value}}" looks garbled by the wrong character set (probably "{{probably}}"): not sent; fix the cell, or open the file again as UTF-8',
  otherSheets: '{{error}} The workbook has other worksheets: {{sheets, list}}; choose one with --sheet.',
  otherSheetFits: '{{error}} The worksheet "{{fits}}" has these columns: choose it with --sheet "{{fits}}".',
};
