import { Option, type Command } from 'commander';
import { DELIVERY_ENV, resolveDelivery } from '../config/index.js';
import type { CommandContext } from './context.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export interface DeliveryFlags {
  deliver?: string[];
  notify?: string[];
  notifyOn?: string;
  keepLast?: string;
  keepDays?: string;
}

/** `--notify`/`--notify-on` for imports and exports; `--deliver` and retention for exports only. */
export function addDeliveryOptions(cmd: Command, { exportFile }: { exportFile: boolean }): Command {
  if (exportFile) {
    cmd.option(
      '--deliver <url>',
      `also send the file to mailto:a@x.id or sftp://user@host:22/folder (repeatable) [SMTP: env ${DELIVERY_ENV.smtpUrl}]`,
      collect,
    );
  }
  cmd
    .option(
      '--notify <url>',
      'tell a webhook (https://…, Slack, Teams, Google Chat) or mailto:… how the run went (repeatable)',
      collect,
    )
    .addOption(
      new Option('--notify-on <when>', 'when to notify (default failure)').choices([
        'failure',
        'success',
        'always',
      ]),
    );
  if (exportFile) {
    cmd
      .option(
        '--keep-last <n>',
        "retention: keep this job's last n files (recognised by their manifests), delete older ones",
      )
      .option('--keep-days <n>', "retention: delete this job's files older than n days");
  }
  return cmd;
}

/** The plan and settings for run/after-run.ts, or undefined when no delivery flag was given. */
export async function deliveryContext(flags: DeliveryFlags, ctx: CommandContext, jobName?: string) {
  const { checkDeliveryPlan, checkDeliveryReady, isEmptyPlan } = await import('../notify/index.js');
  const plan = checkDeliveryPlan(flags);
  if (isEmptyPlan(plan)) return undefined;
  const config = resolveDelivery(process.env);
  checkDeliveryReady(plan, config);
  return {
    plan,
    config,
    logger: ctx.logger,
    timeoutMs: ctx.runtime.timeoutMs,
    ...(jobName ? { jobName } : {}),
  };
}
