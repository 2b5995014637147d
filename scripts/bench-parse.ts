/**
 * npm run bench:parse — parse throughput on multi-megabyte documents.
 *
 * Two inputs, both built in memory: the seed's body repeated with its
 * sections renumbered (real prose, double-spaced PDF layout), and documents
 * from the property-test generator joined into one (varied numbering, depth
 * and layout). Each is parsed several times; the median is reported.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { compileVocabulary, parseDirective } from '../src/parser/index.js';
import { directiveArbitrary } from '../harness/generate-directive.js';
import { runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';

const RUNS = 5;

function seedScaled(source: string, targetBytes: number): string {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => /^\s*1\. /.test(l));
  const end = lines.findIndex((l) => /^Nơi nhận/.test(l));
  const head = lines.slice(0, start).join('\n');
  const body = lines.slice(start, end).join('\n');
  const tail = lines.slice(end).join('\n');
  const parts: string[] = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let copy = 0; size < targetBytes; copy++) {
    const renumbered = body.replace(/^(\s*)(\d+)\. /gm, (_, space: string, n: string) => `${space}${Number(n) + copy * 6}. `);
    parts.push(renumbered);
    size += Buffer.byteLength(renumbered) + 1;
  }
  parts.push(tail);
  return parts.join('\n');
}

function generated(targetBytes: number): string {
  const samples = fc.sample(directiveArbitrary({ pageBreaks: true }), { seed: 42, numRuns: 4000 });
  const first = samples[0]!.text;
  const opening = first.slice(0, first.search(/^\s*(?:[A-ZĐ]|[IVX]+|1)[.-] /m));
  const bodies: string[] = [];
  let size = 0;
  for (const sample of samples) {
    const from = sample.text.search(/^\s*(?:[A-ZĐ]|[IVX]+|1)[.-] /m);
    const to = sample.text.search(/^Nơi nhận/m);
    if (from < 0 || to < 0) continue;
    const body = sample.text.slice(from, to);
    bodies.push(body);
    size += Buffer.byteLength(body);
    if (size >= targetBytes) break;
  }
  return `${opening}${bodies.join('\n')}${first.slice(first.search(/^Nơi nhận/m))}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await runMain('bench:parse', () => {
  const content = loadOrExplain();
  if (!content) return 1;
  const vocabulary = compileVocabulary(content.taxonomy, content.references);
  const seed = readFileSync(new URL('../content/directives/quang-ngai-thuc-hien-ket-luan-92/source.txt', import.meta.url), 'utf8');
  const inputs = [
    { name: 'seed, 1 MB', text: seedScaled(seed, 1_000_000) },
    { name: 'seed, 5 MB', text: seedScaled(seed, 5_000_000) },
    { name: 'generated, 5 MB', text: generated(5_000_000) },
  ];
  process.stdout.write(`Node ${process.version}, ${RUNS} runs each, median\n\n| input | size (MB) | provisions | time (ms) | throughput (MB/s) |\n|---|---:|---:|---:|---:|\n`);
  for (const input of inputs) {
    const bytes = new TextEncoder().encode(input.text);
    const times: number[] = [];
    let provisions = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const { document } = parseDirective({ source: bytes, path: input.name, vocabulary });
      times.push(performance.now() - started);
      const count = (ps: NonNullable<typeof document>['provisions']): number => ps.reduce((n, p) => n + 1 + count(p.children), 0);
      provisions = count(document!.provisions);
    }
    const ms = median(times);
    const mb = bytes.length / 1e6;
    process.stdout.write(`| ${input.name} | ${mb.toFixed(2)} | ${provisions} | ${ms.toFixed(0)} | ${(mb / (ms / 1000)).toFixed(1)} |\n`);
  }
  return 0;
});
