/**
 * The visits column table (docs/ARCHITECTURE.md, API §5). A row plans one visit: a date, a customer and
 * optionally a team member (blank: the API user). Customers and team members are named by the
 * user's own codes; the row maps to a `VisitDraft`, which the resolve stage turns into the API body.
 */
import type { Visit } from '../contract/index.js';
import type { ColumnSpec, EntitySpec } from './columns.js';
import {
  CUSTOMER_REF,
  TEAM_REF,
  customerColumns,
  refComposite,
  refFieldList,
  teamColumns,
  type RefDraft,
} from './references.js';
import { cellNumber, dateColumn } from './shared-columns.js';

/** What a visits row says, before its references are resolved. */
export interface VisitDraft {
  date: string;
  customer: RefDraft;
  team?: RefDraft;
}

const columns: readonly ColumnSpec[] = [
  dateColumn(['Tanggal', 'Tgl', 'Tanggal Kunjungan', 'Tgl Kunjungan', 'Visit Date'], '2026-11-02'),
  ...customerColumns(),
  ...teamColumns(),
];

function toCells(v: Visit): Record<string, string> {
  return {
    date: v.date,
    customer: '',
    customer_id: cellNumber(v.customer_id),
    team: '',
    team_id: cellNumber(v.team_id),
  };
}

export const visitsSpec: EntitySpec<Visit> = {
  entity: 'visits',
  columns,
  composites: [refComposite(CUSTOMER_REF, true), refComposite(TEAM_REF, false)],
  modes: ['create'],
  requiredColumns: () => [['date'], refFieldList(CUSTOMER_REF)],
  exportColumns: () => columns.filter((c) => c.exported),
  toCells,
  same: {},
};
