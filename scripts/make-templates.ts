/**
 * Writes the import templates shipped under templates/ (run: npm run templates), one XLSX and one
 * CSV per importable entity, generated from the column tables. test/template checks that the
 * shipped files hold what this script writes now: rerun it whenever a column table changes.
 */
import { fileURLToPath } from 'node:url';
import { TABLE_ENTITIES } from '../src/map/index.js';
import { writeShippedTemplates } from '../src/template/index.js';

const dir = fileURLToPath(new URL('../templates/', import.meta.url));
const written = await writeShippedTemplates(dir, TABLE_ENTITIES);
for (const file of written) console.log(`written: ${file}`);
