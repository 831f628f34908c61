/** English words of the import page's file notes (docs/WEB.md). */
export const enWebLang = {
  fileName: 'File: {{name}}',
  readerNotes: 'How the file was read',
};
