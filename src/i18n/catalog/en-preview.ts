/**
 * English messages of the import page's preview grid that set warnings apart from errors: a row
 * with only warnings (a leading zero put back, MAP_ZERO_RESTORED) is valid and is sent.
 */
export const enPreview = {
  errorRows: 'Rows with an error in the preview (not sent until fixed): {{count, number}}',
  warningRows: 'Rows with a warning in the preview (valid, sent as shown): {{count, number}}',
  noErrors: 'No error found in these rows.',
  errorLabel: 'Error:',
  warningLabel: 'Warning:',
};
