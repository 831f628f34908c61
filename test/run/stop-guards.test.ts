/** The guards that stop a failing import (src/run/stop-guards.ts, docs/GUARDS.md). */
import { describe, expect, it } from '@jest/globals';
import type { RunError } from '../../src/errors.js';
import { StopGuards } from '../../src/run/stop-guards.js';
import type { RowIssue, RowOutcome, RowStatus } from '../../src/types.js';

let row = 1;
function outcome(status: RowStatus, issues: RowIssue[] = []): RowOutcome {
  return { source: { rowNumber: ++row, cells: {} }, status, issues, attempts: 1 };
}
const refused = (field: string, id = 1): RowOutcome =>
  outcome('failed', [
    { code: 'API_VALIDATION', field, message: `PATCH /customers/${id}: ${field} is not allowed` },
  ]);

function guards(options: { maxErrors?: number; sample?: number } = {}) {
  const stops: RunError[] = [];
  const g = new StopGuards({
    maxErrors: options.maxErrors,
    systemicSample: options.sample ?? 5,
    stop: (reason) => stops.push(reason),
  });
  return { g, stops };
}

describe('systemic API failure', () => {
  it('the first rows sent all refused the same way (ids aside): stops once, naming the error', () => {
    const { g, stops } = guards();
    for (let i = 0; i < 4; i++) g.observe(refused('phone', 100 + i));
    expect(stops).toEqual([]);
    g.observe(refused('phone', 999));
    g.observe(refused('phone', 1000));
    expect(stops.map((s) => s.code)).toEqual(['SYSTEMIC_API_FAILURE']);
    expect(stops[0].message).toContain('phone is not allowed');
    expect(g.reason?.code).toBe('SYSTEMIC_API_FAILURE');
  });

  it('rows that never reached the API do not count; one that went through ends the check', () => {
    const { g, stops } = guards();
    g.observe(outcome('invalid', [{ code: 'MAP_REQUIRED', message: 'required' }]));
    g.observe(outcome('failed', [{ code: 'KEY_AMBIGUOUS', message: 'two records' }]));
    g.observe(refused('phone'));
    g.observe(outcome('created'));
    for (let i = 0; i < 10; i++) g.observe(refused('phone'));
    expect(stops).toEqual([]);
  });

  it('another error among the first rows: not systemic', () => {
    const { g, stops } = guards();
    for (let i = 0; i < 3; i++) g.observe(refused('phone'));
    g.observe(refused('city'));
    for (let i = 0; i < 10; i++) g.observe(refused('phone'));
    expect(stops).toEqual([]);
  });
});

describe('max errors', () => {
  it('stops when failed plus invalid rows reach the limit', () => {
    const { g, stops } = guards({ maxErrors: 3, sample: 50 });
    g.observe(outcome('invalid', [{ code: 'MAP_REQUIRED', message: 'required' }]));
    g.observe(outcome('created'));
    g.observe(outcome('skipped'));
    g.observe(refused('phone'));
    expect(stops).toEqual([]);
    g.observe(outcome('failed', [{ code: 'KEY_NOT_FOUND', message: 'not found' }]));
    expect(stops.map((s) => s.code)).toEqual(['MAX_ERRORS_REACHED']);
    g.observe(refused('phone'));
    expect(stops).toHaveLength(1);
  });
});
