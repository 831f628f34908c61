import type { Command } from 'commander';
import { registerImport } from './import.js';
import { registerValidate } from './validate.js';
import { registerExport } from './export.js';
import { registerTemplate } from './template.js';
import { registerSchedule } from './schedule.js';
import { registerSandbox } from './sandbox.js';
import { registerDemo } from './demo.js';
import { registerDoctor } from './doctor.js';
import { registerPlan } from './plan.js';
import { registerApply } from './apply.js';
import { registerUndo } from './undo.js';
import { registerServe } from './serve.js';

export function registerCommands(program: Command): void {
  registerImport(program);
  registerValidate(program);
  registerExport(program);
  registerTemplate(program);
  registerSchedule(program);
  registerSandbox(program);
  registerDemo(program);
  registerDoctor(program);
  registerPlan(program);
  registerApply(program);
  registerUndo(program);
  registerServe(program);
}
