/**
 * The planning step of `plan visits`: each row resolved and checked against its route by the very
 * functions the visit sender uses (visit-sender.ts), sending nothing but reads (docs/PLAN.md).
 * A row import would send is `create`; one whose visit is already there is `unchanged`, with that
 * visit's id, as import reports it; one with an unknown reference is `invalid` with import's codes.
 */
import { isInterrupted } from '../errors.js';
import type { RowOutcome } from '../types.js';
import { bodyColumnOf, issuesFromError } from './api-issues.js';
import type { RowSender } from './row-handler.js';
import { VisitRoutes } from './visit-routes.js';
import { visitExists } from './visit-exists.js';
import { existingVisit, prepareVisitDecisions, type VisitSenderOptions } from './visit-sender.js';

export type VisitPlannerOptions = Pick<
  VisitSenderOptions,
  'client' | 'binding' | 'logger' | 'matchCustomerBy' | 'allowDuplicates'
>;

export async function createVisitPlanner(options: VisitPlannerOptions): Promise<RowSender> {
  const decide = await prepareVisitDecisions(options);
  const routes = new VisitRoutes(options.client);
  const columnOf = bodyColumnOf(options.binding);
  const allowDuplicates = options.allowDuplicates ?? false;
  return async (row): Promise<RowOutcome> => {
    const base = { source: row.source, attempts: 0 };
    const step = decide(row);
    if (!step.ok) return { ...base, status: 'invalid', issues: step.issues };
    try {
      const id = await existingVisit(routes.of(step.body.date, step.teamId), step.body, allowDuplicates);
      if (id !== undefined) {
        return { ...base, status: 'unchanged', id, issues: [visitExists(id, step.body.date)] };
      }
    } catch (err) {
      if (isInterrupted(err)) throw err;
      // The read import makes before sending failed: the row cannot be planned.
      return { ...base, status: 'invalid', issues: issuesFromError(err, columnOf) };
    }
    return { ...base, status: 'valid', issues: [] };
  };
}
