/**
 * Astro integration, first of ours: the site is built over its last build,
 * file for file, instead of into an emptied folder (`vite.build.emptyOutDir:
 * false` in astro.config.mjs); what the new build did not write is removed
 * before anything reads the folder (Pagefind, the relative addresses).
 *
 * Why: writing a page over its old file keeps the file; emptying the folder
 * first removes tens of thousands of files and makes as many again. On a
 * filesystem that keeps removed files' slots aside for a while (ext4 without
 * a journal, as on the bench machine) each new file then costs a search past
 * every slot just freed, and two builds at once wait on each other there
 * (bench/shards.md, run 5).
 *
 * What the build wrote is told by time: a marker file is written into the
 * folder as the build starts, and every file older than it is left over from
 * an earlier build. Both times come from the same filesystem clock.
 */
import { mkdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walk } from '../files/walk.js';

/** The marker's name in the output folder; removed with the sweep. */
export const MARKER = '.build-started';

/** Write the marker: the time from which a file counts as this build's. */
export function markStart(folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, MARKER), '');
}

/**
 * Remove every file of the folder older than its marker, then the folders
 * that leaves empty, and the marker; returns the removed files (relative,
 * sorted). Symbolic links are removed too (a build never writes one). Without
 * a marker nothing is removed: the folder was not started by markStart.
 */
export function sweepOlder(folder: string): string[] {
  let started: number;
  try {
    started = statSync(join(folder, MARKER)).mtimeMs;
  } catch {
    return [];
  }
  const { files, links } = walk(folder);
  const stale = [...files.filter((file) => file !== MARKER && statSync(join(folder, file)).mtimeMs < started), ...links].sort();
  const emptied = new Set<string>();
  for (const file of stale) {
    rmSync(join(folder, file), { force: true });
    emptied.add(dirname(file));
  }
  // Deepest first, so that a folder emptied by its children's removal goes too.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let d = dir; d !== '.'; d = dirname(d)) {
      try {
        rmdirSync(join(folder, d));
      } catch {
        break;
      }
    }
  }
  rmSync(join(folder, MARKER), { force: true });
  return stale;
}

export default function sweepIntegration(): AstroIntegration {
  let out: string | null = null;
  return {
    name: 'directive-sweep',
    hooks: {
      'astro:config:done': ({ config }) => {
        out = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        markStart(out!);
      },
      'astro:build:done': ({ dir, logger }) => {
        const removed = sweepOlder(fileURLToPath(dir));
        if (removed.length > 0) logger.info(`${removed.length} files of an earlier build removed`);
      },
    },
  };
}
