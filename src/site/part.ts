/**
 * Which part of the site this build renders (`npm run shard`). The whole
 * site by default; `SITE_PART=global` renders only the pages that span
 * documents (src/routes/: home, catalogue, bodies, areas, cited documents,
 * data downloads, search); `SITE_PART=shard:NAME` only the pages of one
 * shard's documents (src/pages/van-ban/), its documents listed in the plan
 * that `SITE_SHARD_PLAN` names (src/shards/plan.ts). Every part reads the
 * whole corpus, so a page is the same whichever build renders it.
 */
import { readFileSync } from 'node:fs';

export type SitePart = { kind: 'all' } | { kind: 'global' } | { kind: 'shard'; name: string; slugs: ReadonlySet<string> };

const CACHE = Symbol.for('directive-site-part');

function readPart(): SitePart {
  const value = process.env['SITE_PART'] ?? 'all';
  if (value === 'all') return { kind: 'all' };
  if (value === 'global') return { kind: 'global' };
  const name = /^shard:([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value)?.[1];
  if (!name) throw new Error(`SITE_PART="${value}": expected all, global or shard:NAME`);
  const planPath = process.env['SITE_SHARD_PLAN'];
  if (!planPath) throw new Error(`SITE_PART=${value} needs SITE_SHARD_PLAN, the plan that lists each shard's documents (npm run shard sets both)`);
  const plan = JSON.parse(readFileSync(planPath, 'utf8')) as { shards: Array<{ name: string; slugs: string[] }> };
  const shard = plan.shards.find((s) => s.name === name);
  if (!shard) throw new Error(`${planPath} has no shard "${name}"`);
  return { kind: 'shard', name, slugs: new Set(shard.slugs) };
}

/** The part this process renders (read once; shared by every bundle of the build, like the corpus). */
export function sitePart(): SitePart {
  const store = globalThis as typeof globalThis & { [CACHE]?: SitePart };
  store[CACHE] ??= readPart();
  return store[CACHE];
}

/** Whether this build renders the pages of the document `slug`. */
export function rendersDocument(slug: string, part: SitePart = sitePart()): boolean {
  return part.kind === 'all' || (part.kind === 'shard' && part.slugs.has(slug));
}

/** Whether this build renders the pages that span documents. */
export function rendersGlobal(part: SitePart = sitePart()): boolean {
  return part.kind !== 'shard';
}

/** The documents this build reads whole: a shard's own, or all (null). */
export function documentsRead(part: SitePart = sitePart()): ReadonlySet<string> | null {
  return part.kind === 'shard' ? part.slugs : null;
}
