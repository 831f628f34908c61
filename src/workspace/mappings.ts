/**
 * Mapping files the page saves: `<data>/mappings/<entity>.json` (or a given name), in the very
 * format `--mapping` reads (run/mapping-file.ts: file header → field, "" to ignore), so a mapping
 * made on the page is used again by the page or by the CLI.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { localizedRunError } from '../i18n/index.js';
import { normalizeHeader, specOf, type EntitySpec } from '../map/index.js';
import { loadMapping } from '../run/index.js';
import type { ImportEntity } from '../types.js';
import { writeFileAtomically } from '../write/index.js';
import type { SavedMapping } from './types.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export class Mappings {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'mappings');
  }

  async save(entity: ImportEntity, mapping: unknown, name: string = entity): Promise<SavedMapping> {
    const checked = checkMapping(entity, mapping);
    if (!NAME.test(name)) throw localizedRunError('MAP_BAD_MAPPING', 'workspace.badMapping');
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `${name}.json`);
    await writeFileAtomically(path, JSON.stringify(checked, null, 2) + '\n');
    return { entity, name: `${name}.json`, path };
  }

  /** A mapping saved before, or undefined. */
  async read(name: string): Promise<Record<string, string> | undefined> {
    if (!NAME.test(name)) return undefined;
    try {
      return await loadMapping(join(this.dir, `${name}.json`));
    } catch {
      return undefined;
    }
  }
}

/** An object of strings whose targets are "" or a field of the entity (by any accepted name). */
function checkMapping(entity: ImportEntity, mapping: unknown): Record<string, string> {
  const ok =
    typeof mapping === 'object' &&
    mapping !== null &&
    !Array.isArray(mapping) &&
    Object.values(mapping).every((v) => typeof v === 'string');
  if (!ok) throw localizedRunError('MAP_BAD_MAPPING', 'workspace.badMapping');
  const spec = specOf(entity) as EntitySpec;
  const names = new Set(spec.columns.flatMap((c) => [c.field, c.header, ...c.aliases].map(normalizeHeader)));
  for (const target of Object.values(mapping as Record<string, string>)) {
    if (target.trim() !== '' && !names.has(normalizeHeader(target))) {
      throw localizedRunError('MAP_BAD_MAPPING', 'workspace.badMapping');
    }
  }
  return mapping as Record<string, string>;
}
