/**
 * The build's caches on disk: one JSON file per key (the originals' readings
 * by SHA-256 and extractor version; each directive's parse by its inputs and
 * the code), and the digest of the code they were made by.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walk } from '../../src/files/walk.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the caches are kept unless a command is told otherwise (`--cache`). */
export const CACHE_ROOT = join(ROOT, '.cache');

export function diskCache<T>(folder: string): { get(key: string): T | null; set(key: string, value: T): void } {
  return {
    get(key) {
      const path = join(folder, `${key}.json`);
      if (!existsSync(path)) return null;
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as T;
      } catch {
        return null; // a damaged entry is made again
      }
    },
    set(key, value) {
      mkdirSync(folder, { recursive: true });
      const path = join(folder, `${key}.json`);
      // Builds at once may write one key: each through its own temporary file.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(value));
      renameSync(temporary, path);
    },
  };
}

/**
 * A cache folder that holds only what the code of `digest` made:
 * `<parent>/<digest>`, its siblings (made by earlier code) removed.
 */
export function cacheForCode(parent: string, digest: string): string {
  if (existsSync(parent)) for (const entry of readdirSync(parent)) if (entry !== digest) rmSync(join(parent, entry), { recursive: true, force: true });
  return join(parent, digest);
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The digest of the code that builds the corpus and renders the site: src/, the Astro config, the locked dependencies. */
export function codeDigest(): string {
  const hash = createHash('sha256');
  const files = [...walk(join(ROOT, 'src')).files.map((f) => join('src', f)), 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'].sort();
  for (const file of files) hash.update(`${file} ${sha256(readFileSync(join(ROOT, file)))}\n`);
  return hash.digest('hex');
}
