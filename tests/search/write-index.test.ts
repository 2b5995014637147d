import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/schemas/corpus.js';
import { writeSearchIndex } from '../../src/search/write-index.js';

// Reads the corpus that `npm run build` wrote (.corpus/), like the site tests.
const seed = () => Corpus.parse(JSON.parse(readFileSync('.corpus/corpus.json', 'utf8')));
const scratch = mkdtempSync(join(tmpdir(), 'write-index-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function chunksAt(chunkPostings: number | undefined): Promise<number> {
  const out = join(scratch, String(chunkPostings ?? 'default'));
  const records = await writeSearchIndex(seed(), out, () => {}, chunkPostings === undefined ? {} : { chunkPostings });
  expect(records).toBeGreaterThan(0);
  return readdirSync(join(out, 'pagefind', 'index')).length;
}

describe('the search index', () => {
  it('is cut into chunks of the postings it is asked for, so that a query downloads little', async () => {
    // The seed directive holds a few thousand word occurrences: one chunk at Pagefind's 20,000, dozens at 100.
    const large = await chunksAt(20_000);
    const small = await chunksAt(100);
    expect(large).toBeLessThanOrEqual(2);
    expect(small).toBeGreaterThan(10 * large);
    // One index written after another keeps its own chunk size (Pagefind reads it when its process starts).
    expect(await chunksAt(20_000)).toBe(large);
  }, 120_000);

  it('downloads a record without its word pairs, and with its parts\' text whole', async () => {
    const out = join(scratch, 'fragments');
    await writeSearchIndex(seed(), out);
    const folder = join(out, 'pagefind', 'fragment');
    const fragments = readdirSync(folder).map((f) => JSON.parse(gunzipSync(readFileSync(join(folder, f))).subarray(12).toString('utf8')));
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) {
      expect(f.content).not.toMatch(/\bzq/);
      const parts = JSON.parse(f.meta.parts) as Array<[string, number, number, number]>;
      expect(f.content.length).toBe(parts.at(-1)![3]);
    }
    // The index still holds the pairs: a chunk names them.
    const chunks = readdirSync(join(out, 'pagefind', 'index')).map((c) => gunzipSync(readFileSync(join(out, 'pagefind', 'index', c))).toString('latin1'));
    expect(chunks.some((c) => c.includes('zqtinhuy'))).toBe(true);
  }, 120_000);

  it('refuses a chunk size that is not a positive whole number', async () => {
    await expect(writeSearchIndex(seed(), join(scratch, 'bad'), () => {}, { chunkPostings: 0 })).rejects.toThrow(/positive whole number/);
  });
});
