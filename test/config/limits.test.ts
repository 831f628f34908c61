import { describe, expect, it } from '@jest/globals';
import { RUNTIME_DEFAULTS, errorLimit, resolveRuntime, runLimits } from '../../src/config/index.js';

describe('runLimits: every limit of a run from the runtime options', () => {
  it('at the defaults (rate 8, concurrency 4, timeout 30 s)', () => {
    expect(runLimits(RUNTIME_DEFAULTS)).toEqual({
      importGate: { ratePerSec: 8, concurrency: 4, burst: 1 },
      exportGate: { ratePerSec: 8, concurrency: 4, burst: 1 },
      scheduleGate: { ratePerSec: 8, concurrency: 4, burst: 1 },
      rowCalls: 16,
      orderWindow: 16,
      pagesAhead: 4,
      timeoutMs: 30_000,
      stopGraceMs: 2_000,
      maxErrors: expect.any(Function),
      systemicSample: 50,
    });
    expect(runLimits(RUNTIME_DEFAULTS).maxErrors(1_000)).toBeUndefined();
  });

  it('grows with the options: an export bursts a tenth of a second, rows queue twice the concurrency', () => {
    const limits = runLimits({ rate: 100, concurrency: 12, timeoutMs: 2_000 });
    expect(limits.exportGate.burst).toBe(10);
    expect(limits.importGate.burst).toBe(1);
    expect(limits.rowCalls).toBe(24);
    expect(limits.orderWindow).toBe(48);
    expect(limits.stopGraceMs).toBe(2_000);
    expect(runLimits({ rate: 8, concurrency: 4, timeoutMs: 500 }).stopGraceMs).toBe(500);
  });
});

describe('--max-errors: parsed with the runtime options, turned into a row count by runLimits', () => {
  const limitFor = (raw: string, total?: number) =>
    runLimits({ ...RUNTIME_DEFAULTS, maxErrors: errorLimit('max-errors', raw) }).maxErrors(total);

  it('a count is that many rows, whatever the file', () => {
    expect(limitFor('25', 10)).toBe(25);
    expect(limitFor('25', undefined)).toBe(25);
  });

  it("a percentage is of the file's rows, rounded up, at least 1", () => {
    expect(limitFor('10%', 1_000)).toBe(100);
    expect(limitFor('5%', 30)).toBe(2);
    expect(limitFor('0.5%', 10)).toBe(1);
    expect(limitFor('100%', 7)).toBe(7);
  });

  it('from the flag, else SALESMANIA_MAX_ERRORS; a bad value is CONFIG_INVALID', () => {
    expect(resolveRuntime({ maxErrors: '3' }, { SALESMANIA_MAX_ERRORS: '9' }).maxErrors).toEqual({ rows: 3 });
    expect(resolveRuntime({}, { SALESMANIA_MAX_ERRORS: '2%' }).maxErrors).toEqual({ percent: 2 });
    expect(resolveRuntime({}, {}).maxErrors).toBeUndefined();
    for (const bad of ['0', '0%', '101%', 'x', '1.5', '-2']) {
      expect(() => resolveRuntime({ maxErrors: bad }, {})).toThrow(
        expect.objectContaining({ code: 'CONFIG_INVALID' }),
      );
    }
  });
});
