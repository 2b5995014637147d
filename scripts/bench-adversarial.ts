/**
 * npm run bench:adversarial [-- --out bench/adversarial.md] [--runs N]
 *
 * Times the parser on adversarial shapes (src/bench/adversarial.ts) at
 * 10 KB, 100 KB and 1 MB, median of N runs each, and reports how much each
 * shape grows per 10× of input (the target: at most 12×, i.e. linear up to
 * noise). Timings on a shared machine are noisy: the growth ratios, not the
 * milliseconds, are the figure to read.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SHAPES } from '../src/bench/adversarial.js';
import { compileVocabulary, parseDirective } from '../src/parser/index.js';
import { runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';

const SIZES = [10_000, 100_000, 1_000_000];
const LIMIT = 12;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await runMain('bench:adversarial', () => {
  const { values } = parseArgs({ options: { out: { type: 'string' }, runs: { type: 'string', default: '5' } } });
  const runs = Math.max(1, Number(values.runs) || 5);
  const content = loadOrExplain();
  if (!content) return 1;
  const vocabulary = compileVocabulary(content.taxonomy, content.references);
  const rows: string[] = [];
  let worst = 0;
  for (const shape of SHAPES) {
    const times: number[] = [];
    for (const size of SIZES) {
      const bytes = new TextEncoder().encode(shape.make(size));
      const samples: number[] = [];
      for (let i = 0; i < (size >= 1_000_000 ? Math.min(runs, 3) : runs); i++) {
        const start = process.hrtime.bigint();
        const { document } = parseDirective({ source: bytes, path: `${shape.name}.txt`, vocabulary });
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!document) throw new Error(`${shape.name} at ${size} bytes did not parse`);
      }
      times.push(median(samples));
    }
    const growth = times.slice(1).map((t, i) => t / Math.max(times[i]!, 0.5));
    worst = Math.max(worst, ...growth);
    rows.push(`| ${shape.name} | ${times.map((t) => t.toFixed(1)).join(' | ')} | ${growth.map((g) => `${g.toFixed(1)}×`).join(' | ')} | ${growth.every((g) => g <= LIMIT) ? '✓' : '✗'} |`);
    process.stderr.write(`bench:adversarial: ${shape.name} ${times.map((t) => `${t.toFixed(0)} ms`).join(' / ')}\n`);
  }
  const report = [
    '# Parser on adversarial inputs',
    '',
    `Median of ${runs} runs (3 at 1 MB), in milliseconds, on this machine; growth is the time ratio for 10× the input (target ≤ ${LIMIT}×). Reproduce: \`npm run bench:adversarial\`.`,
    '',
    '| shape | 10 KB | 100 KB | 1 MB | growth 10→100 KB | growth 100 KB→1 MB | ≤ 12× |',
    '|---|--:|--:|--:|--:|--:|:-:|',
    ...rows,
    '',
    'What each shape is:',
    '',
    ...SHAPES.map((s) => `- **${s.name}**: ${s.why}.`),
    '',
  ].join('\n');
  process.stdout.write(`${report}\n`);
  if (values.out) writeFileSync(values.out, report);
  process.stderr.write(`bench:adversarial: worst growth ${worst.toFixed(1)}× per 10× of input\n`);
  return 0;
});
