/** schedule/: export jobs on cron expressions, in a long-running process. The only door. */
export { checkCron, runScheduler } from './scheduler.js';
export type { ScheduledJob, SchedulerOptions, SchedulerResult } from './scheduler.js';
export { loadJobsFile, positiveRuns } from './jobs-file.js';
