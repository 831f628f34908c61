/** Types for the `bloomfilter` package (plain ESM JavaScript, no typings of its own): the part we use. */
declare module 'bloomfilter' {
  export class BloomFilter {
    /** `m` bits (rounded up to a multiple of 32), `k` hash functions. */
    constructor(m: number, k: number);
    /** Sized for `n` items at a false-positive rate of `error`. */
    static withTargetError(n: number, error: number): BloomFilter;
    readonly m: number;
    readonly k: number;
    add(value: string): void;
    /** False: never added. True: probably added. */
    test(value: string): boolean;
  }
}
