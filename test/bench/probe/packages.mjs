/**
 * Preloaded into the start-up run (`node --import packages.mjs …`): records the npm packages the
 * process loads, one name per line, in the file named by BENCH_PACKAGES_FILE — to show that `--help`
 * loads no heavy library (exceljs, got, papaparse). ES modules are seen by a resolve hook as they are
 * imported; CommonJS ones (also those required from inside a package, or through createRequire) are
 * read from the require cache when the process exits.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.BENCH_PACKAGES_FILE;
if (file) {
  register('./packages-hooks.mjs', import.meta.url, { data: { file } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const names = Object.keys(require.cache)
      .map((path) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1])
      .filter(Boolean);
    appendFileSync(file, names.map((name) => `${name}\n`).join(''));
  });
}
