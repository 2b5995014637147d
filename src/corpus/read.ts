/**
 * The one reader of a built corpus (its head and a file per document, as
 * `npm run corpus` writes them beside `corpus.json`): read, parsed and
 * validated by the schema once per process, then shared — by the content
 * collections, by the site model the pages are rendered from, by the search
 * index written after the build (all in Astro's process, where each bundle
 * has its own instance of this module: the cache is on globalThis), and by
 * `npm run package`. Kept while the file is unchanged.
 */
import { existsSync, openAsBlob, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Corpus } from '../schemas/corpus.js';
import { DirectiveDocument } from '../schemas/document.js';

/** The head: the corpus with its documents named by slug. */
const CorpusHead = Corpus.extend({ documents: z.array(z.string()) });

/** Where the build reads its corpus: `npm run corpus` writes .corpus/; test sites and benchmarks set $CORPUS_DIR. */
export function corpusDir(): string {
  return process.env['CORPUS_DIR'] ?? '.corpus';
}

/**
 * Where a built corpus keeps its files: `npm run corpus` writes them there;
 * the site, the search index and the package read them from there.
 */
export function corpusLayout(dir: string = corpusDir()) {
  const documents = join(dir, 'documents');
  return {
    /** The whole corpus (the download). */
    corpus: join(dir, 'corpus.json'),
    /** The corpus without its documents, which it lists by slug in order (what the build reads, with each document's file). */
    head: join(dir, 'head.json'),
    /** One JSON file per document … */
    documents,
    /** … named by its slug. */
    document: (slug: string) => join(documents, `${slug}.json`),
    /** A document's downloads: the text it was read as and its original. */
    files: (slug: string) => join(dir, 'files', slug),
  };
}

const CACHE = Symbol.for('directive-corpus');
type Cache = { path: string; stamp: string; only: ReadonlySet<string> | null; corpus: Corpus };

const missing = (path: string) => new Error(`${path} is missing: run \`npm run corpus\` (or \`npm run build\`, which runs it) first`);

/**
 * The corpus without its documents (the taxonomy, the registry, the site),
 * and its documents' slugs in order, from its head; null for a published
 * copy, which has corpus.json alone.
 */
export function readHead(dir: string = corpusDir()): { corpus: Corpus; slugs: string[] } | null {
  const layout = corpusLayout(dir);
  if (!existsSync(layout.head)) {
    if (!existsSync(layout.corpus)) throw missing(layout.corpus);
    return null;
  }
  const head = CorpusHead.parse(JSON.parse(readFileSync(layout.head, 'utf8')));
  return { corpus: { ...Corpus.parse({ ...head, documents: [] }), documents: [] }, slugs: head.documents };
}

/**
 * The corpus's documents (of those slugs), each read from its file and
 * checked as it is asked for: never the corpus whole in memory, for the
 * steps that look at one document at a time (the search index, the plan of
 * shards). A published copy is read whole.
 */
export function* eachDocument(dir: string = corpusDir(), only: ReadonlySet<string> | null = null): Generator<DirectiveDocument> {
  const head = readHead(dir);
  if (head) yield* documentsOf(dir, head.slugs, only);
  else yield* readCorpus(dir, only).documents;
}

function* documentsOf(dir: string, slugs: string[], only: ReadonlySet<string> | null): Generator<DirectiveDocument> {
  const layout = corpusLayout(dir);
  const pool = new Map<string, string>();
  for (const slug of slugs) if (!only || only.has(slug)) yield DirectiveDocument.parse(interned(JSON.parse(readFileSync(layout.document(slug), 'utf8')), pool));
}

/** Strings shorter than this are shared: ids, labels, bodies' names, the words a tag was found by. */
const SHARED = 120;

/**
 * The same value with each short string that `pool` already holds replaced
 * by the pooled one (and the others added to it), in place. JSON.parse makes
 * a new string for every occurrence, and a corpus repeats its tags' ids,
 * labels and names on every provision they tag: shared, a corpus takes
 * about 40 % less memory (1,000 generated directives: 320 → 200 MB of heap),
 * for about a fifth more time to read it. Linear in the value.
 */
function interned<T>(value: T, pool: Map<string, string>): T {
  const share = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.length >= SHARED) return v;
      const known = pool.get(v);
      if (known !== undefined) return known;
      pool.set(v, v);
      return v;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = share(v[i]);
      return v;
    }
    if (v !== null && typeof v === 'object') {
      const object = v as Record<string, unknown>;
      for (const key of Object.keys(object)) object[key] = share(object[key]);
    }
    return v;
  };
  return share(value) as T;
}

/**
 * The corpus; with `only`, its documents of those slugs alone (a shard's
 * build: the head, the taxonomy and the registry whole).
 */
export function readCorpus(dir: string = corpusDir(), only: ReadonlySet<string> | null = null): Corpus {
  const layout = corpusLayout(dir);
  const path = layout.corpus;
  let stamp: string;
  try {
    const stats = statSync(path);
    stamp = `${stats.size} ${stats.mtimeMs}`;
  } catch {
    throw missing(path);
  }
  const store = globalThis as typeof globalThis & { [CACHE]?: Cache };
  const cached = store[CACHE];
  if (cached?.path === path && cached.stamp === stamp && cached.only === only) return cached.corpus;
  // From the head and a file per document, each checked as it is read: never one string of the whole corpus,
  // nor the corpus held twice (src/corpus/write.ts). A published copy (a site's du-lieu/, which `npm run package`
  // reads) has corpus.json alone: read whole.
  let corpus: Corpus;
  const head = readHead(dir);
  if (head) {
    corpus = { ...head.corpus, documents: [...documentsOf(dir, head.slugs, only)] };
  } else {
    corpus = Corpus.parse(JSON.parse(readFileSync(path, 'utf8')));
    if (only) corpus = { ...corpus, documents: corpus.documents.filter((d) => only.has(d.slug)) };
  }
  store[CACHE] = { path, stamp, only, corpus };
  return corpus;
}

/**
 * A file the corpus build wrote (`corpus.json`, a document's JSON, its text
 * or original), for a page to stream byte for byte without holding it.
 * A missing file is named, with what to run.
 */
export async function corpusFile(path: string): Promise<Blob> {
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch {
    throw new Error(`${path} is missing: run \`npm run corpus\` (or \`npm run build\`, which runs it) again`);
  }
  return openAsBlob(path);
}
