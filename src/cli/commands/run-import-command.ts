import type { ImportEntity, ImportMode } from '../../types.js';
import { buildContext, type CommonFlags } from '../context.js';
import { createProgress } from '../progress.js';
import { watchSignals } from '../signals.js';
import { exitCodeForCounts, exitCodeForInterruption } from '../exit-codes.js';
import { printSummary } from '../summary.js';
import type { FileFlags } from './import-options.js';
import { requireCredentials } from '../../config/index.js';

/** Shared by `import` and `validate`: options → run → summary → exit code. */
export async function runImportCommand(
  command: 'import' | 'validate',
  entity: string,
  file: string,
  rawFlags: Record<string, unknown>,
): Promise<void> {
  const flags = rawFlags as unknown as CommonFlags & FileFlags & { resume?: boolean };
  const ctx = buildContext(flags);
  if (command === 'import') requireCredentials(ctx.connection);
  const controller = new AbortController();
  const stopWatching = watchSignals((signal) => controller.abort(signal));
  const progress = createProgress(ctx.logger, `${command} ${entity}`, ctx.progress && !ctx.json);
  try {
    const { runImport } = await import('../../run-import.js');
    const summary = await runImport({
      command,
      entity: entity as ImportEntity,
      file,
      mode: flags.mode as ImportMode,
      blank: flags.blank,
      read: { sheet: flags.sheet, delimiter: flags.delimiter, encoding: flags.encoding },
      mappingFile: flags.mapping,
      outDir: flags.outDir,
      resume: Boolean(flags.resume),
      connection: ctx.connection,
      runtime: ctx.runtime,
      logger: ctx.logger,
      progress,
      signal: controller.signal,
    });
    printSummary(summary, ctx.json);
    process.exitCode = summary.interrupted
      ? exitCodeForInterruption(summary.interrupted)
      : exitCodeForCounts(summary.counts);
  } finally {
    progress.stop();
    stopWatching();
  }
}
