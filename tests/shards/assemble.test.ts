/**
 * Shards end to end, on generated directives of several provinces and our
 * chain of documents across shards (tests/support/chain.ts): the site
 * built in shards (`npm run shard -- all`) and assembled is byte for byte the
 * site built whole; adding a directive rebuilds its shard and the global
 * pages only, and the result is again the whole build's; taking it away
 * again rebuilds that shard over its last build, and what it no longer
 * writes leaves the assembled site and the whole build built over its last
 * one (src/integrations/sweep.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDifferences as differences } from '../../harness/dist.js';
import { checkCopy } from '../../src/package/check.js';
import { readZip } from '../../src/package/zip.js';
import { generateCorpus } from '../../harness/generate-corpus.js';
import { astroBuild, withBuildLock } from '../support/astro-build.js';
import { CHAIN } from '../support/chain.js';

const scratch = mkdtempSync(join(tmpdir(), 'shards-'));
afterAll(() => (process.env['KEEP'] ? undefined : rmSync(scratch, { recursive: true, force: true })));
const content = join(scratch, 'content');
const corpus = join(scratch, 'corpus');
// Inside the project: a part's build imports the project's packages from where it is written.
const work = mkdtempSync(join('node_modules', '.cache', 'shards-work-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const tsx = join('node_modules', '.bin', 'tsx');

function writeContent(count: number): void {
  rmSync(join(content, 'directives'), { recursive: true, force: true });
  // Our chain of documents across shards (a central Kết luận, a province's programme carrying it out, a letter
  // carrying out both): each page shows the others, which its shard's build does not hold.
  for (const g of [...generateCorpus(count), ...Object.entries(CHAIN).map(([slug, source]) => ({ slug, source }))]) {
    mkdirSync(join(content, 'directives', g.slug), { recursive: true });
    writeFileSync(join(content, 'directives', g.slug, 'source.txt'), g.source);
  }
  const built = spawnSync(tsx, ['scripts/build-corpus.ts', '--content', content, '--out', corpus, '--quiet'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
}

function shardAll(out: string): string {
  const run = withBuildLock(() => spawnSync(tsx, ['scripts/shard.ts', 'all', '--content', content, '--work', work, '--out', out], { encoding: 'utf8', env: { ...process.env, CORPUS_DIR: corpus } }));
  expect(run.status, run.stderr).toBe(0);
  return `${run.stdout}${run.stderr}`;
}

describe('a site built in shards', () => {
  let first = '';
  let second = '';
  let third = '';
  let firstDifferences: string[] = [];
  let secondDifferences: string[] = [];
  const assembled = join(scratch, 'assembled');
  beforeAll(() => {
    mkdirSync(content, { recursive: true });
    for (const part of ['taxonomy', 'references']) spawnSync('cp', ['-r', join('content', part), join(content, part)]);
    writeFileSync(join(content, 'site.yaml'), `${readFileSync(join('content', 'site.yaml'), 'utf8')}shards:\n  by: province\n`);
    writeContent(6);
    first = shardAll(assembled);
    astroBuild(corpus, join(scratch, 'whole-1'));
    firstDifferences = differences(join(scratch, 'whole-1'), assembled);
    // The same folder again: only the changed parts are laid out anew.
    writeContent(7);
    second = shardAll(assembled);
    astroBuild(corpus, join(scratch, 'whole-2'));
    secondDifferences = differences(join(scratch, 'whole-2'), assembled);
    // The added directive taken away: its shard is built over its last build, and so is the whole site.
    writeContent(6);
    third = shardAll(assembled);
    astroBuild(corpus, join(scratch, 'whole-2'));
  }, 900_000);

  it('cuts the corpus by the issuer’s province, as site.yaml says', () => {
    const plan = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')) as { shards: Array<{ name: string; slugs: string[] }> };
    expect(plan.shards.length).toBeGreaterThan(1);
    expect(plan.shards.flatMap((s) => s.slugs).sort()).toEqual([...generateCorpus(6).map((g) => g.slug), ...Object.keys(CHAIN)].sort());
    // The chain's documents stand in different shards.
    const shardOf = (slug: string) => plan.shards.find((s) => s.slugs.includes(slug))!.name;
    expect(shardOf('ket-luan-12')).not.toBe(shardOf('chuong-trinh-tinh-uy'));
  });

  it('assembles the same site, byte for byte, as one build of the whole corpus', () => {
    expect(first).toMatch(/parts assembled/);
    expect(firstDifferences).toEqual([]);
  });

  it('packages one shard as an offline copy of its own: its documents, the pages built from them, checksums that verify', async () => {
    const plan = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')) as { shards: Array<{ name: string; slugs: string[] }> };
    const shard = [...plan.shards].sort((a, b) => b.slugs.length - a.slugs.length)[0]!;
    const release = join(scratch, 'release');
    const made = withBuildLock(() => spawnSync(tsx, ['scripts/package.ts', '--shard', shard.name, '--content', content, '--work', work, '--out', release], { encoding: 'utf8' }));
    expect(made.status, made.stderr).toBe(0);
    const zip = join(release, `van-ban-chi-dao-${shard.name}.zip`);
    const documents = new Set<string>();
    await readZip(zip, async (name, data) => {
      const slug = /^van-ban-chi-dao-[a-z0-9-]+\/van-ban\/([^/]+)\/index\.html$/.exec(name)?.[1];
      if (slug) documents.add(slug);
      data.resume();
    });
    expect([...documents].sort()).toEqual([...shard.slugs].sort());
    const check = await checkCopy(zip);
    expect(check.hasSums).toBe(true);
    expect({ missing: check.missing, changed: check.changed, extra: check.extra }).toEqual({ missing: [], changed: [], extra: [] });
    expect(check.checked).toBeGreaterThan(10);
  }, 300_000);

  it('rebuilds only the added directive’s shard and the global pages, and still assembles the whole build', () => {
    const built = [...second.matchAll(/shard: shard (\S+) built/g)].map((m) => m[1]);
    expect(built).toHaveLength(1);
    expect(second).toMatch(/the global pages built/);
    expect(second).toMatch(/\(2 laid out again\)/);
    expect(secondDifferences).toEqual([]);
  });

  it('leaves nothing of a directive taken away, in the assembled site or a whole build over the last one', () => {
    expect([...third.matchAll(/shard: shard (\S+) built/g)]).toHaveLength(1);
    const slug = generateCorpus(7)[6]!.slug;
    expect(existsSync(join(scratch, 'whole-2', 'van-ban', slug))).toBe(false);
    expect(existsSync(join(assembled, 'van-ban', slug))).toBe(false);
    // A build from empty of the corpus as it is now.
    expect(differences(join(scratch, 'whole-1'), join(scratch, 'whole-2'))).toEqual([]);
    expect(differences(join(scratch, 'whole-1'), assembled)).toEqual([]);
  });
});
