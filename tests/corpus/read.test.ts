/** The corpus reader says which file is missing and what to run. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFile, readCorpus } from '../../src/corpus/read.js';

const empty = mkdtempSync(join(tmpdir(), 'corpus-read-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('the corpus reader', () => {
  it('names a missing corpus.json and says to build the corpus', () => {
    expect(() => readCorpus(empty)).toThrow(`${join(empty, 'corpus.json')} is missing: run \`npm run corpus\``);
  });

  it('names a missing file a page streams, and says to build the corpus again', async () => {
    await expect(corpusFile(join(empty, 'documents', 'x.json'))).rejects.toThrow(`${join(empty, 'documents', 'x.json')} is missing: run \`npm run corpus\``);
    await expect(corpusFile(empty)).rejects.toThrow('is missing');
  });

  it('streams a file the corpus build wrote', async () => {
    const blob = await corpusFile(join('.corpus', 'corpus.json'));
    expect(JSON.parse(await blob.text()).formatVersion).toBe(1);
  });
});
