/**
 * The parse cache: a corpus built with it is the corpus built without it, and
 * a directive is parsed again only when something its parse reads changed —
 * its text, its meta.yaml or corrections.yaml, the vocabulary, the code.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedContent } from '../../harness/generate-corpus.js';
import { buildCorpus } from '../../src/corpus/build.js';
import { CONTENT_ROOT, contentFromDisk } from '../../src/corpus/content-fs.js';
import { type DirectiveSource, type LoadedContent, loadContent } from '../../src/corpus/load.js';
import type { ParseCache, ParsedEntry } from '../../src/corpus/parse-cache.js';
import { cacheForCode, diskCache } from '../../scripts/lib/disk-cache.js';

const scratch = mkdtempSync(join(tmpdir(), 'parse-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function content(): LoadedContent {
  const loaded = loadContent(generatedContent(6, contentFromDisk(CONTENT_ROOT)));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return loaded.content;
}

/** A store that keeps entries as JSON, as the disk does, and counts what the build asked of it. */
function countingStore(): ParseCache & { hits: number; misses: number } {
  const entries = new Map<string, string>();
  return {
    hits: 0,
    misses: 0,
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) {
        this.misses++;
        return null;
      }
      this.hits++;
      return JSON.parse(entry) as ParsedEntry;
    },
    set(key, entry) {
      entries.set(key, JSON.stringify(entry));
    },
  };
}

describe('the parse cache', () => {
  const fresh = buildCorpus(content());

  it('gives the corpus a build without it gives, the first time and from the cache', () => {
    const store = countingStore();
    const first = buildCorpus(content(), undefined, { store, code: 'a' });
    expect(store).toMatchObject({ hits: 0, misses: 6 });
    const second = buildCorpus(content(), undefined, { store, code: 'a' });
    expect(store).toMatchObject({ hits: 6, misses: 6 });
    expect(JSON.stringify(first.corpus)).toBe(JSON.stringify(fresh.corpus));
    expect(JSON.stringify(second.corpus)).toBe(JSON.stringify(fresh.corpus));
    expect(second.diagnostics).toEqual(fresh.diagnostics);
  });

  it('parses again only the directive whose text, meta or corrections changed', () => {
    const store = countingStore();
    buildCorpus(content(), undefined, { store, code: 'a' });
    const edited = content();
    const [one, two, three] = edited.directives as [DirectiveSource, DirectiveSource, DirectiveSource];
    one.bytes = new TextEncoder().encode(`${new TextDecoder().decode(one.bytes)}\nMột dòng thêm.\n`);
    two.meta = { ...(two.meta ?? {}), title: 'Tiêu đề do biên tập viên đặt' } as DirectiveSource['meta'];
    three.corrections = { path: `directives/${three.slug}/corrections.yaml`, file: { checked: true, corrections: [] }, at: [] };;
    buildCorpus(edited, undefined, { store, code: 'a' });
    expect(store).toMatchObject({ hits: 3, misses: 9 });
  });

  it('parses everything again when the vocabulary or the code changed', () => {
    const store = countingStore();
    buildCorpus(content(), undefined, { store, code: 'a' });
    buildCorpus(content(), undefined, { store, code: 'b' });
    expect(store).toMatchObject({ hits: 0, misses: 12 });
    const renamed = content();
    renamed.taxonomy = { ...renamed.taxonomy, areas: renamed.taxonomy.areas.map((a, i) => (i === 0 ? { ...a, label: `${a.label} (mới)` } : a)) };
    buildCorpus(renamed, undefined, { store, code: 'b' });
    expect(store).toMatchObject({ hits: 0, misses: 18 });
  });

  it('keeps on disk only what the current code made', () => {
    const parent = join(scratch, 'parse');
    mkdirSync(join(parent, 'old-code'), { recursive: true });
    const store = diskCache<ParsedEntry>(cacheForCode(parent, 'new-code'));
    buildCorpus(content(), undefined, { store, code: 'new-code' });
    expect(readdirSync(parent)).toEqual(['new-code']);
    expect(readdirSync(join(parent, 'new-code'))).toHaveLength(6);
  });
});
