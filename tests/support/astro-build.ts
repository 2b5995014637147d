/**
 * `astro build` of a corpus into a folder, for tests that build their own
 * site. Astro keeps its working files in the project (its content store in
 * node_modules/.astro, prerendered chunks in .astro/), so two builds at once
 * read each other's: test files run in parallel, so builds take turns,
 * through a lock folder that only one process can create.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = join('node_modules', '.cache', 'astro-build.lock');
/** A lock older than this was left by a killed run. */
const STALE_MS = 10 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquire(): void {
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      sleep(250);
    }
  }
}

/** Run `work` while no other test builds with Astro. */
export function withBuildLock<T>(work: () => T): T {
  acquire();
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function astroBuild(corpus: string, out: string): void {
  withBuildLock(() =>
    execFileSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', out, '--silent'], {
      stdio: 'pipe',
      env: { ...process.env, CORPUS_DIR: corpus, ASTRO_TELEMETRY_DISABLED: '1' },
    }),
  );
}
