import { describe, expect, it } from '@jest/globals';
import { RUNTIME_DEFAULTS, runLimits } from '../../src/config/index.js';

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
    });
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
