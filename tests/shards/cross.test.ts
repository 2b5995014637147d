/**
 * What a document's page shows of the others (src/site/cross.ts) is worked
 * out by the plan from documents stripped to what the views read: the views
 * are the same as from the whole corpus, on generated directives and our
 * chain of documents across shards (tests/support/chain.ts).
 */
import { describe, expect, it } from 'vitest';
import { generatedContent } from '../../harness/generate-corpus.js';
import { buildCorpus } from '../../src/corpus/build.js';
import { CONTENT_ROOT, contentFromDisk } from '../../src/corpus/content-fs.js';
import type { ContentSource } from '../../src/corpus/load.js';
import { loadContent } from '../../src/corpus/load.js';
import { crossView, crossViewInput } from '../../src/site/cross.js';
import { buildModel } from '../../src/site/model.js';
import { crossDocumentView } from '../../src/shards/key.js';
import { CHAIN } from '../support/chain.js';

/** Generated directives and the chain, over the project's taxonomy and registry. */
function content(): ContentSource {
  const base = generatedContent(40, contentFromDisk(CONTENT_ROOT));
  const chain = new Map(Object.entries(CHAIN));
  const slugOf = (path: string) => /^directives\/([^/]+)\/source\.txt$/.exec(path)?.[1] ?? '';
  return {
    readText: (path) => chain.get(slugOf(path)) ?? base.readText(path),
    readBytes: (path) => {
      const text = chain.get(slugOf(path));
      return text === undefined ? base.readBytes(path) : new TextEncoder().encode(text);
    },
    list: (path) => {
      if (path === 'directives') return [...base.list(path), ...chain.keys()].sort();
      const slug = path.slice('directives/'.length);
      return chain.has(slug) ? ['source.txt'] : base.list(path);
    },
  };
}

describe('the views of other documents', () => {
  it('are the same worked out from documents stripped to what they read, for every document', () => {
    const loaded = loadContent(content());
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
    const { corpus } = buildCorpus(loaded.content);
    if (!corpus) throw new Error('the corpus does not build');
    const whole = buildModel(corpus);
    const stripped = buildModel({ ...corpus, documents: corpus.documents.map(crossViewInput) });
    // The chain is linked across its documents: the test would be empty without it.
    expect(corpus.documents.filter((d) => (whole.citedIn.get(d.slug) ?? []).length > 0).length).toBeGreaterThan(0);
    for (const document of corpus.documents) {
      expect(crossView(document.slug, stripped), document.slug).toEqual(crossView(document.slug, whole));
      expect(crossDocumentView(document.slug, stripped)).toBe(crossDocumentView(document.slug, whole));
    }
  });
});
