import { RunError } from '../../errors.js';

/** For commands whose issue is still open: a clear message and exit code 1, never a fake result. */
export function notYetAvailable(command: string): never {
  throw new RunError('CONFIG_INVALID', `\`${command}\` is not yet available in this version`);
}
