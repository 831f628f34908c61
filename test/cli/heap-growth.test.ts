/** The heap growth flag the CLI sets for itself (src/cli/heap-growth.ts). */
import { describe, expect, it } from '@jest/globals';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../src/cli/heap-growth.js';

describe('heapGrowthFlag', () => {
  it('limits the heap growth when nobody set it', () => {
    expect(heapGrowthFlag([], undefined)).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--enable-source-maps'], '--max-old-space-size=4096')).toBe(
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
    );
  });

  it("leaves the person's own setting alone, on the command line or in NODE_OPTIONS", () => {
    expect(heapGrowthFlag(['--heap-growing-percent=10'], undefined)).toBeUndefined();
    expect(heapGrowthFlag([], '--inspect --heap_growing_percent=300')).toBeUndefined();
  });
});
