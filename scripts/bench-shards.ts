/**
 * npm run bench:shards [-- --size 1000]
 *
 * The site in shards against the site built whole, on generated directives
 * of many provinces (`harness/generate-corpus.ts`; `shards: { by: province }`),
 * in temporary folders — never in content/:
 *
 * - the whole build (`astro build`) against `npm run shard -- all`, one part
 *   at a time and two at once; the assembled site compared with the whole
 *   build byte for byte;
 * - two shards built one after the other, then at once with GNU parallel
 *   (`parallel -j2`), when it is installed: the two largest, and the two
 *   largest of about one size;
 * - one directive added: the corpus stage (the others taken from its parse
 *   cache, which the first build filled from empty), then `npm run shard -- all`
 *   (only its shard and the global pages rebuilt) against the whole build
 *   again, and compared again.
 *
 * Writes bench/shards.json (the figures are discussed in bench/shards.md).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, generateDirective } from '../harness/generate-corpus.js';
import { siteDifferences as differences } from '../harness/dist.js';
import { runMain } from './lib/report.js';
import { timed } from './lib/timed.js';
import { median, shardTimes } from './lib/shard-report.js';

const started = performance.now();
const log = (message: string) => process.stderr.write(`[bench:shards ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
const BIN = resolve('node_modules', '.bin');
const GB = 1024 ** 3;

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

await runMain('bench:shards', async () => {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' } } });
  const size = Number(values.size);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-shards-'));
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  const work = mkdtempSync(join('node_modules', '.cache', 'bench-shards-'));
  try {
    const content = join(scratch, 'content');
    const corpus = join(scratch, 'corpus');
    for (const part of ['taxonomy', 'references']) cpSync(join('content', part), join(content, part), { recursive: true });
    writeFileSync(join(content, 'site.yaml'), `${readFileSync(join('content', 'site.yaml'), 'utf8')}shards:\n  by: province\n`);
    for (const g of generateCorpus(size)) {
      mkdirSync(join(content, 'directives', g.slug), { recursive: true });
      writeFileSync(join(content, 'directives', g.slug, 'source.txt'), g.source);
    }
    const env = { CORPUS_DIR: corpus };
    const corpusStage = () => timed(join(BIN, 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', corpus, '--cache', join(scratch, 'cache'), '--quiet']);
    const whole = (out: string) => timed(join(BIN, 'astro'), ['build', '--outDir', out, '--silent'], env);
    const shardAll = (jobs: number, out: string) => timed(join(BIN, 'tsx'), ['scripts/shard.ts', 'all', '--content', content, '--work', work, '--out', out, '--jobs', String(jobs)], env);

    log(`${size} directives: corpus stage`);
    const first = corpusStage();
    log(`corpus ${first.seconds.toFixed(1)} s; whole build`);
    const wholeBuild = whole(join(scratch, 'whole'));
    log(`whole ${wholeBuild.seconds.toFixed(1)} s; shards one at a time`);
    const serial = shardAll(1, join(scratch, 'assembled'));
    const plan = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')) as { shards: Array<{ name: string; slugs: string[] }> };
    const times = shardTimes(serial.output);
    const same = differences(join(scratch, 'whole'), join(scratch, 'assembled'));
    log(`one at a time ${serial.seconds.toFixed(1)} s (${same.length} files differ from the whole build); two at once`);
    rmSync(work, { recursive: true, force: true });
    const twoJobs = shardAll(2, join(scratch, 'assembled'));
    log(`two at once ${twoJobs.seconds.toFixed(1)} s`);

    // Two shards, one after the other, then at once with GNU parallel: the two largest, and the two
    // largest of about one size (the larger at most 10 % larger) — two unequal jobs at once can gain
    // at most the larger's share of the pair, however many cores there are.
    const bySize = [...plan.shards].sort((x, y) => y.slugs.length - x.slugs.length);
    const alike = bySize.findIndex((s, i) => i + 1 < bySize.length && bySize[i + 1]!.slugs.length * 1.1 >= s.slugs.length);
    const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
    // Each build starts from the part's last build (as `shard -- build` does: src/integrations/sweep.ts), without its key.
    const unkey = (name: string) => rmSync(join(work, name, 'key'), { force: true });
    const build = (name: string) => {
      unkey(name);
      return timed(join(BIN, 'tsx'), ['scripts/shard.ts', 'build', name, '--work', work], env);
    };
    const pair = (a: string, b: string) => {
      const oneAfterTheOtherSeconds = build(a).seconds + build(b).seconds;
      let gnuParallelSeconds: number | null = null;
      if (hasParallel) {
        unkey(a);
        unkey(b);
        gnuParallelSeconds = timed('parallel', ['-j2', '--halt', 'now,fail=1', join(BIN, 'tsx'), 'scripts/shard.ts', 'build', '{}', '--work', work, ':::', a, b], env).seconds;
      }
      const sizes = [a, b].map((name) => plan.shards.find((s) => s.name === name)!.slugs.length);
      log(`shards ${a} and ${b} (${sizes.join(' and ')} directives): ${oneAfterTheOtherSeconds.toFixed(1)} s one after the other, ${gnuParallelSeconds?.toFixed(1) ?? '—'} s with GNU parallel`);
      return {
        names: [a, b],
        directives: sizes,
        oneAfterTheOtherSeconds: round(oneAfterTheOtherSeconds),
        gnuParallelSeconds: gnuParallelSeconds === null ? null : round(gnuParallelSeconds),
        speedup: gnuParallelSeconds === null ? null : round(oneAfterTheOtherSeconds / gnuParallelSeconds, 2),
      };
    };
    const twoLargest = pair(bySize[0]!.name, bySize[1]!.name);
    const twoAlike = alike < 0 ? null : pair(bySize[alike]!.name, bySize[alike + 1]!.name);

    // One directive added.
    const added = generateDirective(size, 1);
    mkdirSync(join(content, 'directives', added.slug), { recursive: true });
    writeFileSync(join(content, 'directives', added.slug, 'source.txt'), added.source);
    const second = corpusStage();
    const incremental = shardAll(2, join(scratch, 'assembled'));
    const rebuilt = [...incremental.output.matchAll(/shard: shard (\S+) built/g)].map((m) => m[1]!);
    const wholeAgain = whole(join(scratch, 'whole'));
    const sameAgain = differences(join(scratch, 'whole'), join(scratch, 'assembled'));
    log(`added one: corpus ${second.seconds.toFixed(1)} s, shards ${incremental.seconds.toFixed(1)} s (rebuilt ${rebuilt.join(', ')} and the global pages), whole ${wholeAgain.seconds.toFixed(1)} s; ${sameAgain.length} files differ`);

    const results = {
      directives: size,
      shards: plan.shards.length,
      largest: plan.shards.map((s) => s.slugs.length).sort((x, y) => y - x).slice(0, 3),
      corpusSeconds: round(first.seconds),
      whole: { seconds: round(wholeBuild.seconds), peakGB: round(wholeBuild.peakBytes / GB, 2) },
      sharded: {
        oneAtATimeSeconds: round(serial.seconds),
        twoAtOnceSeconds: round(twoJobs.seconds),
        peakGBPerProcess: round(Math.max(serial.peakBytes, twoJobs.peakBytes) / GB, 2),
        planSeconds: times.planSeconds,
        globalSeconds: times.globalSeconds,
        medianShardSeconds: median(times.shards.map((p) => p.seconds)),
        assembleSeconds: times.assembleSeconds,
        pagefindSeconds: times.pagefindSeconds,
        filesDifferingFromWhole: same.length,
      },
      twoLargest,
      twoAlike,
      addOne: {
        corpusSeconds: round(second.seconds),
        shardsSeconds: round(incremental.seconds),
        rebuiltShards: rebuilt,
        wholeBuildSeconds: round(wholeAgain.seconds),
        shareOfFullBuild: round((second.seconds + incremental.seconds) / (second.seconds + wholeAgain.seconds), 3),
        filesDifferingFromWhole: sameAgain.length,
      },
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/shards.json', `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    if (same.length + sameAgain.length > 0) process.stderr.write(`bench:shards: the assembled site differs from the whole build:\n${[...same, ...sameAgain].slice(0, 20).join('\n')}\n`);
    return same.length + sameAgain.length > 0 ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});
