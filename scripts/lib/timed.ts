/** Timing a command for the benchmarks: its wall time and the peak resident memory of its Node processes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const HOOK = resolve('scripts', 'lib', 'rss-hook.mjs');

/** Run a command; its wall time and the peak memory of its Node processes (each one's, the largest). */
export function timed(command: string, args: string[], env: Record<string, string> = {}): { seconds: number; peakBytes: number; output: string } {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'bench-rss-')), 'rss');
  writeFileSync(rssFile, '');
  const begin = performance.now();
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${HOOK}`.trim() },
  });
  const seconds = (performance.now() - begin) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${(result.stderr || result.stdout).slice(-2000)}`);
  const peakBytes = Math.max(0, ...readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number));
  rmSync(dirname(rssFile), { recursive: true, force: true });
  return { seconds, peakBytes, output: `${result.stdout}\n${result.stderr}` };
}
