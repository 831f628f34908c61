/** The modes an entity can run in, checked before a preview as the run checks them (src/map/). */
import { localizedRunError } from '../i18n/index.js';
import { importModes } from '../map/index.js';
import type { ImportEntity, ImportMode } from '../types.js';

/** CONFIG_INVALID, in the words of the CLI's own refusal, for a mode the entity cannot run. */
export function refuseMode(entity: ImportEntity, mode: ImportMode): void {
  const modes = importModes(entity);
  if (modes.includes(mode)) return;
  if (mode === 'update-status') throw localizedRunError('CONFIG_INVALID', 'run.updateStatusOrdersOnly');
  throw localizedRunError(
    'CONFIG_INVALID',
    'bind.modeNotAllowed',
    { entity, mode, modes: modes.map((m) => `--mode ${m}`) },
    { entity, mode },
  );
}
