/**
 * The corpus on disk: written without one string of the whole corpus, read
 * back from its head and a file per document; the reader says which file is
 * missing and what to run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFile, corpusLayout, readCorpus } from '../../src/corpus/read.js';
import { corpusHead, writeCorpusJson } from '../../src/corpus/write.js';

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

  it('writes corpus.json a document at a time, byte for byte as one string of it would be, and reads the corpus back from its head and documents', () => {
    const seed = readCorpus('.corpus');
    const dir = join(empty, 'written');
    const layout = corpusLayout(dir);
    mkdirSync(layout.documents, { recursive: true });
    writeCorpusJson(layout.corpus, seed);
    expect(readFileSync(layout.corpus, 'utf8')).toBe(`${JSON.stringify(seed)}\n`);
    writeFileSync(layout.head, JSON.stringify(corpusHead(seed)));
    for (const document of seed.documents) writeFileSync(layout.document(document.slug), JSON.stringify(document));
    expect(JSON.parse(readFileSync(layout.head, 'utf8')).documents).toEqual(seed.documents.map((d) => d.slug));
    expect(readCorpus(dir)).toEqual(seed);
    // A published copy (a site's du-lieu/, which `npm run package` reads) has corpus.json alone.
    const published = join(empty, 'du-lieu');
    mkdirSync(published);
    writeCorpusJson(corpusLayout(published).corpus, seed);
    expect(readCorpus(published)).toEqual(seed);
  });

  it('streams a file the corpus build wrote', async () => {
    const blob = await corpusFile(join('.corpus', 'corpus.json'));
    expect(JSON.parse(await blob.text()).formatVersion).toBe(1);
  });
});
