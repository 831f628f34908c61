import type { DateFormat } from '../../map/index.js';
import { buildContext, type CommonFlags } from '../context.js';
import { createProgress } from '../progress.js';
import { watchSignals } from '../signals.js';
import type { Interruption } from '../exit-codes.js';
import { endBeforeRows, endWithSummary } from '../run-end.js';
import type { FileFlags } from './import-options.js';
import { positiveInteger, requireCredentials, resolveReadLimits } from '../../config/index.js';
import type { ApplyRunOptions } from '../../run/index.js';
import { confirmDeletion } from '../confirm-delete.js';

type ApplyFlags = CommonFlags &
  FileFlags & {
    resume?: boolean;
    again?: boolean;
    force?: boolean;
    yes?: boolean;
    allowExistingKeys?: boolean;
    matchCustomerBy?: 'code' | 'name';
    allowDuplicateVisits?: boolean;
    skipExisting?: boolean;
  };

/** `apply <plan>`: the plan's options, checked against those given → run → summary → exit code (as import). */
export async function runApplyCommand(
  planFile: string,
  rawFlags: Record<string, unknown>,
  isGiven: (option: string) => boolean,
): Promise<void> {
  const flags = rawFlags as unknown as ApplyFlags;
  const ctx = buildContext(flags);
  requireCredentials(ctx.connection);
  const controller = new AbortController();
  const stopWatching = watchSignals((signal) => controller.abort(signal));
  const progress = createProgress(ctx.logger, 'apply', ctx.progress && !ctx.json);
  try {
    const { runApply } = await import('../../run/index.js');
    const summary = await runApply({
      planFile,
      force: Boolean(flags.force),
      outDir: flags.outDir,
      resume: Boolean(flags.resume),
      again: Boolean(flags.again),
      readLimits: resolveReadLimits(process.env),
      connection: ctx.connection,
      runtime: ctx.runtime,
      logger: ctx.logger,
      progress,
      signal: controller.signal,
      given: givenOptions(flags, isGiven),
      // A plan that deletes asks as `import --mode delete` does (cli/confirm-delete.ts).
      confirmDelete: (count, entity) => confirmDeletion(count, entity, { yes: Boolean(flags.yes) }),
    });
    endWithSummary(summary, ctx.json);
  } catch (err) {
    endBeforeRows(err, ctx.logger, controller.signal.reason as Interruption | undefined);
  } finally {
    progress.stop();
    stopWatching();
  }
}

/** Only what the user typed counts: a default is not a wish to differ from the plan. */
function givenOptions(flags: ApplyFlags, isGiven: (option: string) => boolean): ApplyRunOptions['given'] {
  const pick = <T>(name: string, value: T): T | undefined => (isGiven(name) ? value : undefined);
  return {
    mode: pick('mode', flags.mode),
    blank: pick('blank', flags.blank),
    units: pick('units', flags.units),
    allowExistingKeys: pick('allowExistingKeys', flags.allowExistingKeys),
    mappingFile: pick('mapping', flags.mapping),
    read: {
      sheet: pick('sheet', flags.sheet),
      delimiter: pick('delimiter', flags.delimiter),
      headerRow: isGiven('headerRow') ? positiveInteger('header-row', flags.headerRow ?? '') : undefined,
      encoding: pick('encoding', flags.encoding),
    },
    field: {
      dateFormat: pick('dateFormat', flags.dateFormat as DateFormat | undefined),
      matchCustomerBy: pick('matchCustomerBy', flags.matchCustomerBy),
      allowDuplicateVisits: pick('allowDuplicateVisits', flags.allowDuplicateVisits),
      skipExisting: pick('skipExisting', flags.skipExisting),
    },
  };
}
