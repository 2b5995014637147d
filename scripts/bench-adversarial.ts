/**
 * npm run bench:adversarial [-- --out bench/adversarial.md] [--runs N] [--only shape]
 *
 * Times the parser on adversarial shapes (harness/adversarial.ts) at
 * 10 KB to 1 MB, median of N runs each, and reports how much each shape
 * grows per 10× of input, fitted over all sizes (the target: at most 12×,
 * i.e. linear up to noise). Timings on a shared machine are noisy: the growth ratios, not the
 * milliseconds, are the figure to read.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SHAPES } from '../harness/adversarial.js';
import { compileVocabulary, parseDirective } from '../src/parser/index.js';
import { runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';

const SIZES = [10_000, 30_000, 100_000, 300_000, 1_000_000];
/** The sizes shown in the table (the fit uses all). */
const SHOWN = [10_000, 100_000, 1_000_000];
const LIMIT = 12;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await runMain('bench:adversarial', () => {
  const { values } = parseArgs({ options: { out: { type: 'string' }, runs: { type: 'string', default: '5' }, only: { type: 'string' } } });
  const runs = Math.max(1, Number(values.runs) || 5);
  const content = loadOrExplain();
  if (!content) return 1;
  const vocabulary = compileVocabulary(content.taxonomy, content.references);
  const rows: string[] = [];
  let worst = 0;
  for (const shape of SHAPES.filter((s) => !values.only || s.name === values.only)) {
    const times: number[] = [];
    for (const size of SIZES) {
      const bytes = new TextEncoder().encode(shape.make(size));
      const samples: number[] = [];
      // One run first, not counted: the first parse of a shape compiles its code paths.
      parseDirective({ source: bytes, path: `${shape.name}.txt`, vocabulary });
      for (let i = 0; i < (size >= 1_000_000 ? Math.min(runs, 5) : runs); i++) {
        const start = process.hrtime.bigint();
        const { document } = parseDirective({ source: bytes, path: `${shape.name}.txt`, vocabulary });
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!document) throw new Error(`${shape.name} at ${size} bytes did not parse`);
      }
      times.push(median(samples));
    }
    // Growth per 10× of input from the slope of log(time) over log(size), fitted over all sizes: one noisy run moves it little.
    const xs = SIZES.map((n) => Math.log10(n));
    const ys = times.map((t) => Math.log10(Math.max(t, 0.05)));
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    const slope = xs.reduce((acc, x, i) => acc + (x - mx) * (ys[i]! - my), 0) / xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);
    const fitted = 10 ** slope;
    const shown = SHOWN.map((n) => times[SIZES.indexOf(n)]!);
    const steps = shown.slice(1).map((t, i) => t / Math.max(shown[i]!, 0.05));
    worst = Math.max(worst, fitted);
    rows.push(`| ${shape.name} | ${shown.map((t) => t.toFixed(1)).join(' | ')} | ${steps.map((g) => `${g.toFixed(1)}×`).join(' | ')} | ${fitted.toFixed(1)}× | ${fitted <= LIMIT ? '✓' : '✗'} |`);
    process.stderr.write(`bench:adversarial: ${shape.name} ${times.map((t) => `${t.toFixed(0)} ms`).join(' / ')}\n`);
  }
  const report = [
    '# Parser on adversarial inputs',
    '',
    `Median of ${runs} runs (5 at 1 MB) after one uncounted warm-up run, in milliseconds, on this machine (2 cores, shared: timings are noisy, the growth ratios are the figure to read); the fitted growth is 10 to the slope of log time over log size, measured at 10, 30, 100, 300 KB and 1 MB (linear is 10×; target ≤ ${LIMIT}×). Reproduce: \`npm run bench:adversarial -- --out bench/adversarial.md\`.`,
    '',
    '| shape | 10 KB | 100 KB | 1 MB | 10→100 KB | 100 KB→1 MB | fitted growth per 10× | ≤ 12× |',
    '|---|--:|--:|--:|--:|--:|--:|:-:|',
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
