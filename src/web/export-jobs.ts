/** The scheduled jobs of `serve --jobs FILE`: each with its last run (its state file) and next run. */
import { Cron } from 'croner';
import { html } from 'hono/html';
import { defaultStatePath, loadState } from '../export/index.js';
import { loadJobsFile, type ScheduledJob } from '../schedule/index.js';
import type { WebContext, WebDeps } from './context.js';
import { tr } from './lang.js';
import { errorNotice } from './errors-view.js';

async function lastRun(job: ScheduledJob): Promise<string | undefined> {
  if (!job.job.since) return undefined;
  try {
    const state = await loadState(job.job.state ?? defaultStatePath(job.job), job.job);
    return state?.lastRun.finishedAt;
  } catch {
    return undefined;
  }
}

/** In the job's own time zone, as its cron expression reads. */
function when(c: WebContext, date: Date | string | undefined | null, timeZone: string): string | undefined {
  if (!date) return undefined;
  return new Intl.DateTimeFormat(c.get('lang'), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(date),
  );
}

export async function jobsSection(c: WebContext, deps: WebDeps) {
  const text = tr(c);
  const heading = html`<h2>${text('web.export.jobs')}</h2>`;
  if (!deps.options.jobsFile)
    return html`${heading}
      <p>${text('web.export.jobsNone')}</p>`;
  let jobs: ScheduledJob[];
  try {
    jobs = await loadJobsFile(deps.options.jobsFile);
  } catch (err) {
    return html`${heading}
      <p>${text('web.export.jobsFailed')}</p>
      ${errorNotice(c, err, deps.logger)}`;
  }
  const rows = await Promise.all(
    jobs.map(async (job) => {
      const next = new Cron(job.cron, { timezone: job.timezone, paused: true }).nextRun();
      return html`<tr>
        <th scope="row">${job.name}</th>
        <td>${text(`web.entities.${job.job.entity}`)}</td>
        <td><code>${job.cron}</code> (${job.timezone})</td>
        <td>${when(c, await lastRun(job), job.timezone) ?? text('web.export.never')}</td>
        <td>${when(c, next, job.timezone) ?? '—'}</td>
      </tr>`;
    }),
  );
  return html`${heading}
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${text('web.export.jobName')}</th>
            <th scope="col">${text('web.export.entity')}</th>
            <th scope="col">${text('web.export.cron')}</th>
            <th scope="col">${text('web.export.lastRun')}</th>
            <th scope="col">${text('web.export.nextRun')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
}
