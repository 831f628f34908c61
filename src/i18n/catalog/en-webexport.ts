/** English words of the export page's CSV delimiter choice (docs/WEB.md). */
export const enWebExport = {
  delimiter: 'CSV: column separator',
  delimiterSemicolon: '; semicolon',
  delimiterComma: ', comma',
  delimiterTab: 'tab',
  delimiterHint: 'For Excel in Indonesian use ; — for Excel in English use , (XLSX opens right in both).',
};
