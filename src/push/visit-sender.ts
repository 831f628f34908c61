/**
 * Visits: each row resolved (customer, team member) and posted to v1.1 visits, through the safety
 * model of docs/ARCHITECTURE.md. A visit identical to one on the server (same date, customer and team member)
 * is `unchanged` unless duplicates are allowed. A create whose answer was lost is looked up in its
 * route: a visit of that customer that was not there before is ours; none, and it certainly did not
 * happen (sent again, at most three times); the lookup failing leaves the row `in_doubt`.
 */
import { isInterrupted } from '../errors.js';
import { isApiError, whenLeaving } from '../api/index.js';
import type { SalesManiaClient, VisitInput } from '../api/index.js';
import type { JournalState, JournalWriter } from '../journal/index.js';
import type { Logger } from '../log/index.js';
import type { ColumnBinding, VisitDraft } from '../map/index.js';
import { loadReferences, resolveVisit, type MatchCustomerBy, type References } from '../resolve/index.js';
import type { MappedRow, RowIssue, RowOutcome, RowStatus } from '../types.js';
import { attemptsOf, bodyColumnOf, doubt, issuesFromError, type ColumnOf } from './api-issues.js';
import { KeyedChain } from './keyed-chain.js';
import type { RowSender } from './row-handler.js';
import { VisitRoutes, type VisitRoute } from './visit-routes.js';
import { createImage } from './before-image.js';
import { visitExists } from './visit-exists.js';

export interface VisitSenderOptions {
  client: SalesManiaClient;
  binding: ColumnBinding;
  journal: JournalWriter;
  previous?: JournalState;
  logger: Logger;
  matchCustomerBy?: MatchCustomerBy;
  /** Create a visit even when an identical one exists. */
  allowDuplicates?: boolean;
}

interface VisitContext {
  client: SalesManiaClient;
  journal: JournalWriter;
  previous?: JournalState;
  routes: VisitRoutes;
  allowDuplicates: boolean;
  columnOf: ColumnOf;
}

type Ok = Extract<MappedRow<unknown>, { ok: true }>;
type Finish = (status: RowStatus, id?: number, issues?: RowIssue[], attempts?: number) => RowOutcome;

const MAX_ATTEMPTS = 3;

/** A visits row resolved: ready to be checked against its route, or invalid with import's issues. */
export type VisitStep =
  | { ok: false; issues: RowIssue[] }
  | { ok: true; body: VisitInput; teamId: number | undefined; key: string; route: string };

/**
 * What import decides before it sends a visit — the references resolved (customer, team member)
 * and the team of the route — shared by the sender and by `plan` (visit-planner.ts).
 */
export async function prepareVisitDecisions(
  options: Pick<VisitSenderOptions, 'client' | 'binding' | 'logger' | 'matchCustomerBy'>,
): Promise<(row: Ok) => VisitStep> {
  const { client, binding } = options;
  const session = await client.session();
  const teams = binding.headerOf.team !== undefined || binding.headerOf.team_id !== undefined;
  const refs: References = await loadReferences(client, { teams }, options.logger);
  const matchBy = options.matchCustomerBy ?? 'code';
  const headerOf = (field: string) => binding.headerOf[field];
  return (row) => {
    const resolved = resolveVisit(row.payload as VisitDraft, refs, matchBy, headerOf);
    if (!resolved.ok) return { ok: false, issues: resolved.issues };
    const body = resolved.body;
    // Omitted team: the API user's own route (the team token names them).
    const teamId = body.team_id ?? session.teamId;
    const key = `${body.date}|${body.customer_id}|${teamId ?? ''}`;
    // One route (salesperson and day) at a time, in file order: the API appends each new visit
    // to the end of its route, so the order of the rows is the order of the stops.
    const route = `${body.date}|${teamId ?? ''}`;
    return { ok: true, body, teamId, key, route };
  };
}

/** The visit already there for this row (same date, customer, team member), unless duplicates are allowed. */
export async function existingVisit(
  route: VisitRoute,
  body: VisitInput,
  allowDuplicates: boolean,
): Promise<number | undefined> {
  await route.load();
  const same = route.visitsOf(body.customer_id);
  return same.length > 0 && !allowDuplicates ? same[0].id : undefined;
}

export async function createVisitSender(options: VisitSenderOptions): Promise<RowSender> {
  const decide = await prepareVisitDecisions(options);
  const ctx: VisitContext = {
    client: options.client,
    journal: options.journal,
    previous: options.previous,
    routes: new VisitRoutes(options.client),
    allowDuplicates: options.allowDuplicates ?? false,
    columnOf: bodyColumnOf(options.binding),
  };
  const chain = new KeyedChain();
  return async (row) => {
    const step = decide(row);
    if (!step.ok) return { source: row.source, status: 'invalid', issues: step.issues, attempts: 0 };
    return chain.run(step.route, () => pushVisit(ctx, row, step.body, step.teamId, step.key));
  };
}

async function pushVisit(
  ctx: VisitContext,
  row: Ok,
  body: VisitInput,
  teamId: number | undefined,
  key: string,
): Promise<RowOutcome> {
  const rowNumber = row.source.rowNumber;
  const finish: Finish = (status, id, issues = [], attempts = 1) => {
    ctx.journal.done({ row: rowNumber, status, id, issues, attempts });
    return { source: row.source, status, id, issues, attempts };
  };
  const route = ctx.routes.of(body.date, teamId);
  const left = ctx.previous?.sending.get(rowNumber);

  try {
    if (left?.op === 'create') {
      // A killed run sent this create: if the visit is there now, it is that run's (without
      // duplicates allowed it would not have been sent had it existed before).
      await route.refresh();
      const there = route.visitsOf(body.customer_id);
      if (there.length > 0) {
        if (!ctx.allowDuplicates) return finish('created', there[there.length - 1].id);
        return finish('in_doubt', undefined, [
          doubt(
            'the run was killed while this row was being sent, and duplicates are allowed, so an identical visit there may or may not be its',
          ),
        ]);
      }
    } else {
      const existing = await existingVisit(route, body, ctx.allowDuplicates);
      if (existing !== undefined) return finish('unchanged', existing, [visitExists(existing, body.date)]);
    }
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return finish('failed', undefined, issuesFromError(err, ctx.columnOf), attemptsOf(err));
  }
  return create(ctx, row, body, route, key, finish);
}

async function create(
  ctx: VisitContext,
  row: Ok,
  body: VisitInput,
  route: VisitRoute,
  key: string,
  finish: Finish,
): Promise<RowOutcome> {
  for (let attempt = 1; ; attempt++) {
    const before = new Set(route.visitsOf(body.customer_id).map((v) => v.id));
    const ours = () => route.visitsOf(body.customer_id).filter((v) => !before.has(v.id));
    try {
      // Journaled as the request leaves, not while it waits its turn (docs/journal.md).
      await whenLeaving(
        () => ctx.journal.sending(row.source.rowNumber, 'create', key, createImage(body)),
        () => ctx.client.visits.create(body),
      );
    } catch (err) {
      if (isInterrupted(err)) throw err;
      if (!isApiError(err) || err.code !== 'API_AMBIGUOUS') {
        return finish('failed', undefined, issuesFromError(err, ctx.columnOf), attempt);
      }
      try {
        await route.refresh();
      } catch (lookup) {
        if (isInterrupted(lookup)) throw lookup;
        return finish('in_doubt', undefined, [doubt(`${err.message}; looking it up failed too`)], attempt);
      }
      const found = ours();
      if (found.length > 0) return finish('created', found[found.length - 1].id, [], attempt);
      if (attempt >= MAX_ATTEMPTS) {
        return finish('in_doubt', undefined, [doubt('the create kept failing ambiguously')], attempt);
      }
      continue; // certainly absent: sending again cannot duplicate it
    }
    // The id is a convenience in the result sheet: a failed re-read must not fail the row.
    let id: number | undefined;
    try {
      await route.refresh();
      const found = ours();
      id = found.length > 0 ? found[found.length - 1].id : undefined;
    } catch {
      id = undefined;
    }
    return finish('created', id, [], attempt);
  }
}
