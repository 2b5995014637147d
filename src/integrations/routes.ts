/**
 * Astro integration: the pages that span documents live in src/routes/ (not
 * src/pages/) and are injected here, so that a shard's build
 * (`SITE_PART=shard:NAME`, src/site/part.ts) leaves them out; the whole site
 * and the global build have them. A file's route is its path, as in
 * src/pages/: "co-quan/[id].astro" → /co-quan/[id], "index.astro" → /,
 * "du-lieu/corpus.json.ts" → /du-lieu/corpus.json.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rendersGlobal } from '../site/part.js';

const FOLDER = fileURLToPath(new URL('../routes/', import.meta.url));

/** The route of a file under src/routes/, by its path. */
export function patternOf(file: string): string {
  const path = file.split(sep).join('/').replace(/\.(?:astro|ts)$/, '');
  const route = path === 'index' ? '' : path.replace(/\/index$/, '');
  return `/${route}`;
}

/** Every route file under the folder, in a fixed order. */
export function routeFiles(folder: string = FOLDER): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:astro|ts)$/.test(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

export default function routesIntegration(): AstroIntegration {
  return {
    name: 'directive-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!rendersGlobal()) return;
        for (const file of routeFiles()) injectRoute({ pattern: patternOf(file), entrypoint: join(FOLDER, file) });
      },
    },
  };
}
