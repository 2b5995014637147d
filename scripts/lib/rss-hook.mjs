// Loaded into every Node process of a benchmarked command (NODE_OPTIONS=--import):
// appends the process's peak resident memory, in bytes, to $BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      appendFileSync(file, `${process.resourceUsage().maxRSS * 1024}\n`);
    } catch {
      // measuring must never break the command
    }
  });
}
