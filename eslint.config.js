import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Up out of this folder, into another one, and to a file there other than its index.js. */
const DOOR_VIOLATION = /^(\.\.\/)+[^./][^/]*\/(?!index\.js$)./;
const DOOR_MESSAGE = 'Import another folder of src/ through its index.js only (its one door).';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'process.exit belongs in src/cli/ only.' },
      ],
    },
  },
  {
    // One door per folder (docs/ARCHITECTURE.md, "Doors"): another folder of src/ is imported
    // through its index.ts only, so a folder's inside can change without its users noticing.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: DOOR_VIOLATION.source, message: DOOR_MESSAGE }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=${DOOR_VIOLATION}]`, message: DOOR_MESSAGE },
      ],
    },
  },
  {
    // The web page's own script (docs/WEB.md) runs in the browser.
    files: ['src/web/assets/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', Event: 'readonly', EventSource: 'readonly' },
    },
  },
  {
    files: ['src/cli/**', 'test/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
