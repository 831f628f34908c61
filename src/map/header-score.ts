/**
 * How much a row looks like the entity's header: the count of its cells that are accepted names of
 * a column (or headers a `--mapping` file names). The reader takes the first of a sheet's first rows
 * that scores as the header, so a title row above it ("DAFTAR PELANGGAN …") is left out.
 */
import { aliasIndex } from './bind-columns.js';
import { specOf, type TableEntity } from './entities.js';
import { normalizeHeader } from './normalize-header.js';

export function knownHeaderScore(
  table: TableEntity,
  mapping: Record<string, string> = {},
): (cells: readonly string[]) => number {
  const known = new Set(aliasIndex(specOf(table)).keys());
  for (const header of Object.keys(mapping)) known.add(normalizeHeader(header));
  return (cells) => {
    let score = 0;
    for (const cell of new Set(cells.map(normalizeHeader))) if (cell !== '' && known.has(cell)) score++;
    return score;
  };
}
