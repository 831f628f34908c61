import { setFlagsFromString } from 'node:v8';

/**
 * How much V8 lets the old generation grow past what a full collection left alive: 50 % (a factor of
 * 1.5) instead of V8's own factor of up to 4 on a machine with memory to spare.
 *
 * Why: a long run (validate or import of 1,000,000 rows) promotes short-lived row objects into the
 * old generation, and with a live heap of ~16 MB V8 let it grow to ~64 MB of mostly garbage before
 * collecting: the peak RSS grew with the file although what is kept does not (docs/PERFORMANCE.md,
 * XLSX memory). At 1.5 the full collections come more often but stay small (the live heap is small by
 * design): no measurable CPU time.
 */
export const HEAP_GROWING_PERCENT = 50;

/** The flag to set, or undefined when the person running us set it already (theirs wins). */
export function heapGrowthFlag(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string | undefined {
  const given = [...execArgv, ...(nodeOptions?.split(/\s+/) ?? [])];
  if (given.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return undefined;
  return `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

/** Sets the flag for this process; V8 reads it at each full collection, so it applies from now on. */
export function limitHeapGrowth(): void {
  const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) setFlagsFromString(flag);
}
