import type { ImportEntity, ImportMode } from '../../types.js';
import type { DateFormat } from '../../map/index.js';
import { buildContext, type CommonFlags } from '../context.js';
import { createProgress } from '../progress.js';
import { watchSignals } from '../signals.js';
import type { Interruption } from '../exit-codes.js';
import { endBeforeRows, endWithSummary } from '../run-end.js';
import type { FileFlags } from './import-options.js';
import { positiveInteger, requireCredentials, resolveReadLimits } from '../../config/index.js';
import { deliveryContext, type DeliveryFlags } from '../delivery-options.js';
import { confirmDeletion, requireDeleteConsent } from '../confirm-delete.js';

/** Shared by `import`, `validate` and `plan`: options → run → summary → exit code. */
export async function runImportCommand(
  command: 'import' | 'validate' | 'plan',
  entity: string,
  file: string,
  rawFlags: Record<string, unknown>,
): Promise<void> {
  const flags = rawFlags as unknown as CommonFlags &
    FileFlags &
    DeliveryFlags & {
      resume?: boolean;
      again?: boolean;
      yes?: boolean;
      allowExistingKeys?: boolean;
      matchCustomerBy?: 'code' | 'name';
      allowDuplicateVisits?: boolean;
      skipExisting?: boolean;
    };
  const ctx = buildContext(flags);
  if (command !== 'validate') requireCredentials(ctx.connection);
  // Before anything is read or sent: a delete run nobody can confirm does not start.
  // (Only customers and products can be deleted: another entity's `--mode delete` gets its own error.)
  const deletes =
    command === 'import' && flags.mode === 'delete' && (entity === 'customers' || entity === 'products');
  if (deletes) requireDeleteConsent({ yes: Boolean(flags.yes) });
  // validate sends nothing and has no delivery options: nothing to check or load for it.
  const after = command === 'import' ? await deliveryContext(flags, ctx) : undefined;
  const controller = new AbortController();
  const stopWatching = watchSignals((signal) => controller.abort(signal));
  const progress = createProgress(ctx.logger, `${command} ${entity}`, ctx.progress && !ctx.json);
  try {
    const { runImport, runPlan, runValidate, withImportNotice } = await import('../../run/index.js');
    const run =
      command === 'import'
        ? withImportNotice(after, entity, runImport)
        : command === 'plan'
          ? runPlan
          : runValidate;
    const summary = await run({
      entity: entity as ImportEntity,
      file,
      mode: flags.mode as ImportMode,
      blank: flags.blank,
      units: flags.units,
      read: {
        sheet: flags.sheet,
        delimiter: flags.delimiter,
        headerRow: flags.headerRow === undefined ? undefined : positiveInteger('header-row', flags.headerRow),
        encoding: flags.encoding,
        limits: resolveReadLimits(process.env),
      },
      mappingFile: flags.mapping,
      outDir: flags.outDir,
      resume: Boolean(flags.resume),
      again: Boolean(flags.again),
      allowExistingKeys: Boolean(flags.allowExistingKeys),
      confirmDelete: deletes
        ? (count) => confirmDeletion(count, entity, { yes: Boolean(flags.yes) })
        : undefined,
      connection: ctx.connection,
      runtime: ctx.runtime,
      logger: ctx.logger,
      progress,
      signal: controller.signal,
      field: {
        dateFormat: flags.dateFormat as DateFormat | undefined,
        matchCustomerBy: flags.matchCustomerBy,
        allowDuplicateVisits: Boolean(flags.allowDuplicateVisits),
        skipExisting: flags.skipExisting !== false,
      },
    });
    endWithSummary(summary, ctx.json);
  } catch (err) {
    // Stopped before the first row (while logging in or reading the existing records): nothing
    // was sent, no sheet was written; the exit code still tells which signal it was.
    // `--resume` of a finished run: nothing to do is not a failure (README, "Running a file again").
    endBeforeRows(err, ctx.logger, controller.signal.reason as Interruption | undefined);
  } finally {
    progress.stop();
    stopWatching();
  }
}
