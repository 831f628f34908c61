import type { Command } from 'commander';
import { requireCredentials } from '../../config/index.js';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { buildContext, type CommonFlags } from '../context.js';
import { confirmUndo } from '../confirm-undo.js';
import { exitCodeForUndo, type Interruption } from '../exit-codes.js';
import { endBeforeRows, endWithSummary } from '../run-end.js';
import { createProgress } from '../progress.js';
import { watchSignals } from '../signals.js';

export function registerUndo(program: Command): void {
  const cmd = program
    .command('undo')
    .description('take back what a run of import, apply or undo changed, from its journal')
    .argument('<file>', "the run's result sheet (its journal is beside it) or its .journal.jsonl");
  cmd.option('--plan', 'only write what undo would do (a sheet and the counts); send nothing');
  cmd.option('--resume', 'finish an interrupted undo of the same run from its journal');
  cmd.option('--out-dir <dir>', "where the undo's sheets and journal go (default: beside the journal)");
  cmd.option('--yes', 'undo without asking, even when it deletes, cancels or creates records again');
  addConnectionOptions(cmd);
  addRuntimeOptions(cmd, { network: true });
  cmd.addHelpText(
    'after',
    `
Examples:
  $ salesmania-bulk undo pelanggan.result.xlsx --plan     # what undo would do; nothing is sent
  $ salesmania-bulk undo pelanggan.result.xlsx
  $ salesmania-bulk undo pelanggan.journal.jsonl --resume  # after a crash or Ctrl-C

Created records are deleted, updated fields get their previous values back, deleted records are
created again (new ids), created orders are cancelled; visits cannot be undone. A record changed
since the run is left alone (conflict). An undo that deletes, cancels or creates records again
first asks for their number on the terminal; without a terminal it needs --yes (DELETE_NEEDS_YES).
See docs/UNDO.md.
Exit codes: 0 all undone, 1 the undo could not start, 2 some changes not undone (conflict,
cannot_undo, failed), 3 some in doubt, 130/143 interrupted (use --resume).`,
  );
  cmd.action((file: string, flags: Record<string, unknown>) => runUndoCommand(file, flags));
}

async function runUndoCommand(file: string, rawFlags: Record<string, unknown>): Promise<void> {
  const flags = rawFlags as unknown as CommonFlags & {
    plan?: boolean;
    resume?: boolean;
    outDir?: string;
    yes?: boolean;
  };
  const ctx = buildContext(flags);
  requireCredentials(ctx.connection);
  const controller = new AbortController();
  const stopWatching = watchSignals((signal) => controller.abort(signal));
  const progress = createProgress(ctx.logger, 'undo', ctx.progress && !ctx.json);
  try {
    const { runUndo, recordsToConfirm } = await import('../../run/index.js');
    const summary = await runUndo({
      source: file,
      plan: Boolean(flags.plan),
      resume: Boolean(flags.resume),
      outDir: flags.outDir,
      connection: ctx.connection,
      runtime: ctx.runtime,
      logger: ctx.logger,
      progress,
      signal: controller.signal,
      // Asked before the progress bar starts, once the undo knows what it will send.
      confirm: (counts, entity) =>
        confirmUndo(counts, recordsToConfirm(counts), entity, { yes: Boolean(flags.yes) }),
    });
    endWithSummary(summary, ctx.json, exitCodeForUndo);
  } catch (err) {
    // Undone already, or --resume of a finished undo: nothing to do is not a failure.
    endBeforeRows(err, ctx.logger, controller.signal.reason as Interruption | undefined, [
      'ALREADY_UNDONE',
      'RUN_COMPLETE',
    ]);
  } finally {
    progress.stop();
    stopWatching();
  }
}
