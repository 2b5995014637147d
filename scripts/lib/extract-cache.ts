/** The extraction cache on disk: one JSON file per original (by SHA-256 and extractor version). */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractionCache } from '../../src/corpus/extract.js';
import type { Extraction } from '../../src/extract/index.js';

export function diskCache(folder: string): ExtractionCache {
  return {
    get(key) {
      const path = join(folder, `${key}.json`);
      if (!existsSync(path)) return null;
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as Extraction;
      } catch {
        return null; // a damaged entry is read again
      }
    },
    set(key, extraction) {
      mkdirSync(folder, { recursive: true });
      const path = join(folder, `${key}.json`);
      writeFileSync(`${path}.tmp`, JSON.stringify(extraction));
      renameSync(`${path}.tmp`, path);
    },
  };
}
