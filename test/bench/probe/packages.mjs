/**
 * Preloaded into the start-up run (`node --import packages.mjs …`): records the npm packages the
 * process imports, one name per line, in the file named by BENCH_PACKAGES_FILE — to show that
 * `--help` loads no heavy library (exceljs, got, papaparse). Packages that CommonJS code requires
 * from inside another package are not seen; the ones our ESM code imports are.
 */
import { register } from 'node:module';

if (process.env.BENCH_PACKAGES_FILE) {
  register('./packages-hooks.mjs', import.meta.url, { data: { file: process.env.BENCH_PACKAGES_FILE } });
}
