import type { Command } from 'commander';
import { addRuntimeOptions } from '../common-options.js';
import { buildContext, type CommonFlags } from '../context.js';
import { createProgress } from '../progress.js';
import { watchSignals } from '../signals.js';
import { exitCodeForInterruption } from '../exit-codes.js';
import { printSummary } from '../summary.js';
import { t } from '../../i18n/index.js';

export function registerDemo(program: Command): void {
  const cmd = program
    .command('demo')
    .description(
      'import the shipped sample sheets into an embedded sandbox (no account needed) and show the results',
    )
    .option('--out-dir <dir>', 'where the result sheets go', 'salesmania-demo');
  addRuntimeOptions(cmd, { network: false });
  cmd.action(async (flags: CommonFlags & { outDir: string }) => {
    const ctx = buildContext(flags);
    const controller = new AbortController();
    const stop = watchSignals((signal) => controller.abort(signal));
    const progress = createProgress(ctx.logger, 'demo', ctx.progress && !ctx.json);
    try {
      const { runDemo } = await import('../../run/index.js');
      // The sandbox allows 10 requests/s like the real API; the demo stays just under it.
      const summaries = await runDemo({
        outDir: flags.outDir,
        runtime: { ...ctx.runtime, rate: 9, concurrency: 4 },
        logger: ctx.logger,
        progress,
        signal: controller.signal,
        onSummary: (summary) => printSummary(summary, ctx.json),
      });
      const interrupted = summaries.find((s) => s.interrupted)?.interrupted;
      // The sample sheets hold deliberate mistakes: rows rejected there are the demo working.
      process.exitCode = interrupted ? exitCodeForInterruption(interrupted) : 0;
      if (!ctx.json) {
        process.stderr.write(`\n${t('demo.finished')}\n`);
      }
    } finally {
      progress.stop();
      stop();
    }
  });
}
