/** Module hooks of packages.mjs: they run on the loader thread, so they append to the file directly. */
import { appendFileSync } from 'node:fs';

let file;

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(resolved.url);
  if (match && file) appendFileSync(file, match[1] + '\n');
  return resolved;
}
