/** Timing a command for the benchmarks: its wall time and the peak resident memory of its Node processes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const HOOK = resolve('scripts', 'lib', 'rss-hook.mjs');

/** GNU time, where installed: the peak of every process the command starts, Pagefind's binary included. */
const GNU_TIME = '/usr/bin/time';

/**
 * Run a command; its wall time, the peak memory of its Node processes (each
 * one's, the largest), and with GNU time the peak of any process it started
 * (`peakAnyBytes`: Pagefind's indexer is a native binary), else null.
 */
export function timed(command: string, args: string[], env: Record<string, string> = {}): { seconds: number; peakBytes: number; peakAnyBytes: number | null; output: string } {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'bench-rss-')), 'rss');
  writeFileSync(rssFile, '');
  const treeFile = `${rssFile}-tree`;
  const gnuTime = existsSync(GNU_TIME);
  const begin = performance.now();
  const result = spawnSync(gnuTime ? GNU_TIME : command, gnuTime ? ['-f', '%M', '-o', treeFile, command, ...args] : args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${HOOK}`.trim() },
  });
  const seconds = (performance.now() - begin) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${(result.stderr || result.stdout).slice(-2000)}`);
  const peakBytes = Math.max(0, ...readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number));
  // GNU time's %M: the largest resident set of the command and every process it waited for, in KB.
  const kilobytes = gnuTime && existsSync(treeFile) ? Number(readFileSync(treeFile, 'utf8').trim().split('\n').at(-1)) : Number.NaN;
  rmSync(dirname(rssFile), { recursive: true, force: true });
  return { seconds, peakBytes, peakAnyBytes: Number.isFinite(kilobytes) ? kilobytes * 1024 : null, output: `${result.stdout}\n${result.stderr}` };
}
