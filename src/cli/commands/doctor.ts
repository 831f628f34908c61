import type { Command } from 'commander';
import { requireCredentials } from '../../config/index.js';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { buildContext, type CommonFlags } from '../context.js';
import { formatDoctorReport } from '../doctor-report.js';

export function registerDoctor(program: Command): void {
  const cmd = program
    .command('doctor')
    .description('check credentials, database, team token and reachability; list databases and team members');
  addConnectionOptions(cmd);
  addRuntimeOptions(cmd, { network: true });
  cmd.action(async (flags: CommonFlags) => {
    const ctx = buildContext(flags);
    requireCredentials(ctx.connection);
    const { runDoctor } = await import('../../run/index.js');
    const report = await runDoctor(ctx.connection, ctx.runtime, ctx.logger);
    if (ctx.json) process.stdout.write(JSON.stringify(report) + '\n');
    else process.stdout.write(formatDoctorReport(report) + '\n');
  });
}
