/**
 * Preloaded into every measured child (`node --import probe/rss.mjs …`): when the process exits it
 * writes its peak resident set size in KiB to the file named by BENCH_RSS_FILE. The figure is the
 * kernel's own high-water mark (getrusage ru_maxrss, the number `/usr/bin/time -v` prints as
 * "Maximum resident set size"), so it is exact, covers every thread, and costs nothing while the
 * process runs; the measured code itself is not changed. A process killed by a signal writes nothing.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
