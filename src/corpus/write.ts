/**
 * The corpus on disk without one string of it. `corpus.json` is the
 * published download (byte for byte `JSON.stringify(corpus)` and a newline),
 * written a document at a time: at some 4,000 directives it is longer than
 * the longest string V8 can make. `head.json` is the corpus without its
 * documents, which it lists by slug in order; the reader assembles the corpus
 * from it and the per-document files (src/corpus/read.ts).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Corpus } from '../schemas/corpus.js';

/** Write `JSON.stringify(corpus) + "\n"` to `path`, one document at a time. */
export function writeCorpusJson(path: string, corpus: Corpus): void {
  const fd = openSync(path, 'w');
  try {
    const put = (text: string) => {
      writeSync(fd, text);
    };
    put('{');
    let first = true;
    for (const [key, value] of Object.entries(corpus)) {
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (key !== 'documents') {
        put(JSON.stringify(value));
        continue;
      }
      put('[');
      for (const [i, document] of corpus.documents.entries()) put(`${i > 0 ? ',' : ''}${JSON.stringify(document)}`);
      put(']');
    }
    put('}\n');
  } finally {
    closeSync(fd);
  }
}

/** The corpus without its documents, which it names by slug in their order. */
export function corpusHead(corpus: Corpus): Omit<Corpus, 'documents'> & { documents: string[] } {
  return { ...corpus, documents: corpus.documents.map((d) => d.slug) };
}
