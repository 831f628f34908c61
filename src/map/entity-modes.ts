/**
 * The modes an entity can be imported in, by the CLI's own rules: an entity's column table may
 * name its modes (orders: create, update-status; visits: create); the others take every mode but
 * update-status, which only orders have (run/record-rows.ts refuses it). The page offers these only.
 */
import type { ImportMode } from '../types.js';
import { specOf, type TableEntity } from './entities.js';
import type { EntitySpec } from './columns.js';

const RECORD_MODES: readonly ImportMode[] = ['create', 'update', 'upsert', 'delete'];

export function importModes(entity: TableEntity): readonly ImportMode[] {
  return (specOf(entity) as EntitySpec).modes ?? RECORD_MODES;
}
