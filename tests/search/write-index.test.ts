import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

  it('refuses a chunk size that is not a positive whole number', async () => {
    await expect(writeSearchIndex(seed(), join(scratch, 'bad'), () => {}, { chunkPostings: 0 })).rejects.toThrow(/positive whole number/);
  });
});
