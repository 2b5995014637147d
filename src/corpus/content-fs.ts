/** The content folder on disk, as a ContentSource for the pure loader. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentSource } from './load.js';

export function contentFromDisk(root: string): ContentSource {
  const file = (path: string) => {
    const full = join(root, path);
    return existsSync(full) && statSync(full).isFile() ? full : null;
  };
  return {
    readText: (path) => {
      const full = file(path);
      return full ? readFileSync(full, 'utf8') : null;
    },
    readBytes: (path) => {
      const full = file(path);
      return full ? new Uint8Array(readFileSync(full)) : null;
    },
    list: (path) => {
      const full = join(root, path);
      return existsSync(full) && statSync(full).isDirectory() ? readdirSync(full).filter((name) => !name.startsWith('.')).sort() : [];
    },
  };
}

/** The repository's content folder. */
export const CONTENT_ROOT = fileURLToPath(new URL('../../content/', import.meta.url));
