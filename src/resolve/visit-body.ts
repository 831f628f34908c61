/** A visits row's draft → the body POSTed to v1.1 visits, its references resolved. */
import type { VisitInput } from '../api/index.js';
import type { VisitDraft } from '../map/index.js';
import type { RowIssue } from '../types.js';
import type { MatchCustomerBy } from './customers.js';
import type { References } from './load.js';
import type { ColumnOf } from './resolved.js';

export type ResolvedBody<B> = { ok: true; body: B } | { ok: false; issues: RowIssue[] };

export function resolveVisit(
  draft: VisitDraft,
  refs: References,
  matchBy: MatchCustomerBy,
  columnOf: ColumnOf,
): ResolvedBody<VisitInput> {
  const issues: RowIssue[] = [];
  const customer = refs.customers.resolve(draft.customer, matchBy, columnOf);
  if (!customer.ok) issues.push(customer.issue);
  let teamId: number | undefined;
  if (draft.team) {
    const team = teamOf(refs, draft.team, columnOf);
    if (team.ok) teamId = team.value;
    else issues.push(team.issue);
  }
  if (!customer.ok || issues.length > 0) return { ok: false, issues };
  const body: VisitInput = { date: draft.date, customer_id: customer.value.id };
  if (teamId !== undefined) body.team_id = teamId;
  return { ok: true, body };
}

/** A team member's id; a `team_id` alone needs no index (the server checks it). */
export function teamOf(
  refs: References,
  ref: NonNullable<VisitDraft['team']>,
  columnOf: ColumnOf,
): { ok: true; value: number } | { ok: false; issue: RowIssue } {
  if (!refs.teams) {
    if (ref.id !== undefined) return { ok: true, value: ref.id };
    throw new TypeError('team members were not read, yet a row names one by code');
  }
  const team = refs.teams.resolve(ref, columnOf);
  return team.ok ? { ok: true, value: team.value.id } : team;
}
