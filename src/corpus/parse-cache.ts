/**
 * What a directive parsed to, kept by a key of everything the parse reads, so
 * that a corpus build parses again only the directives that changed: its
 * source (or the text and hints read from its original), its meta.yaml and
 * corrections.yaml, its slug and path, the vocabulary (taxonomy and
 * registry) and the code. The store is the caller's (a folder on disk in
 * `npm run corpus`); this module only makes the keys.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, DirectiveDocument } from '../schemas/document.js';
import type { DirectiveSource, LoadedContent } from './load.js';

/** A directive's parse as the build uses it: the document (null when it failed) and its messages. */
export interface ParsedEntry {
  document: DirectiveDocument | null;
  diagnostics: Diagnostic[];
}

export interface ParseCache {
  get(key: string): ParsedEntry | null;
  set(key: string, entry: ParsedEntry): void;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The vocabulary's part of every key: the taxonomy and the registry as loaded. */
export function vocabularyDigest(content: Pick<LoadedContent, 'taxonomy' | 'references'>): string {
  return sha256(JSON.stringify([content.taxonomy, content.references]));
}

/** The key of one directive's parse, given the vocabulary's digest and the code's (the caller's digest of the parser's source). */
export function parseKey(directive: DirectiveSource, vocabulary: string, code: string): string {
  const extraction = directive.extraction;
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ code, vocabulary, slug: directive.slug, path: directive.sourcePath, format: directive.format }));
  hash.update(`\nbytes ${sha256(directive.bytes)}\n`);
  if (extraction) {
    hash.update(`text ${sha256(extraction.source)}\n`);
    hash.update(JSON.stringify({ hints: extraction.hints ?? null, original: extraction.original ?? null, warnings: extraction.warnings }));
  }
  hash.update(`\n${JSON.stringify({ meta: directive.meta, corrections: directive.corrections })}`);
  return hash.digest('hex');
}
