/**
 * Building the corpus: every directive of the content folder parsed,
 * checked against the schema, and assembled with the registry and the
 * taxonomy. Pure: the caller reads the content and writes the result.
 */
import { byCodePoint } from '../files/walk.js';
import { compileVocabulary, parseDirective, type ParseOutcome, type Vocabulary } from '../parser/index.js';
import { diagnosticsOf } from '../parser/output/to-document.js';
import { Corpus } from '../schemas/corpus.js';
import { DirectiveDocument } from '../schemas/document.js';
import type { Diagnostic } from '../schemas/document.js';
import type { DirectiveSource, LoadedContent } from './load.js';
import { linkCitations } from './links.js';
import { type ParseCache, parseKey, vocabularyDigest } from './parse-cache.js';

export interface CorpusBuild {
  corpus: Corpus | null;
  /** Diagnostics per source file (paths relative to the content folder). */
  diagnostics: Array<{ path: string; diagnostics: Diagnostic[] }>;
  /** True when any diagnostic is an error: then `corpus` is null. */
  failed: boolean;
}

/** Parse one directive of the content as the build does: its text or extraction, hints, meta.yaml and corrections.yaml. */
export function parseSource(directive: DirectiveSource, vocabulary: Vocabulary): ParseOutcome {
  return parseDirective({
    source: directive.extraction?.source ?? directive.bytes,
    path: directive.sourcePath,
    slug: directive.slug,
    vocabulary,
    meta: directive.meta,
    corrections: directive.corrections,
    ...(directive.extraction?.hints ? { hints: directive.extraction.hints } : {}),
    ...(directive.extraction?.original ? { original: directive.extraction.original } : {}),
    notices: directive.extraction?.warnings ?? [],
  });
}

/** Where the build keeps what each directive parsed to, and the digest of the code that parsed it. */
export interface BuildCache {
  store: ParseCache;
  code: string;
}

/**
 * `progress` is called after each document (for long builds to say where they
 * are); with `cache`, a directive whose inputs are unchanged is not parsed again.
 */
export function buildCorpus(content: LoadedContent, progress?: (done: number, total: number) => void, cache?: BuildCache): CorpusBuild {
  const vocabulary = compileVocabulary(content.taxonomy, content.references);
  const vocabularyKey = cache ? vocabularyDigest(content) : '';
  const documents = [];
  const diagnostics: CorpusBuild['diagnostics'] = [];
  let failed = false;
  for (const [index, directive] of content.directives.entries()) {
    progress?.(index, content.directives.length);
    if (directive.format !== 'txt' && !directive.extraction) {
      diagnostics.push({ path: directive.sourcePath, diagnostics: [{ severity: 'error', message: `internal error: ${directive.sourceFile} was not read before the build`, ruleId: 'extraction', line: 0, column: 0 }] });
      failed = true;
      continue;
    }
    const key = cache ? parseKey(directive, vocabularyKey, cache.code) : null;
    let entry = key ? cache!.store.get(key) : null;
    if (!entry) {
      const { file, document } = parseSource(directive, vocabulary);
      entry = { document, diagnostics: diagnosticsOf(file) };
      if (key) cache!.store.set(key, entry);
    }
    const { document, diagnostics: found } = entry;
    diagnostics.push({ path: directive.sourcePath, diagnostics: found });
    if (!document || found.some((d) => d.severity === 'error')) {
      failed = true;
      continue;
    }
    documents.push(document);
  }
  if (failed) return { corpus: null, diagnostics, failed };
  // Citations of documents of the corpus link to them; a citation that could name two is a warning.
  const linked = linkCitations(documents, { inPlace: true });
  // By slug and path, not a search of every directive per problem (quadratic where many citations are ambiguous).
  const directiveBySlug = new Map(content.directives.map((d) => [d.slug, d]));
  const diagnosticsByPath = new Map(diagnostics.map((d) => [d.path, d]));
  for (const problem of linked.problems) {
    const directive = directiveBySlug.get(problem.slug)!;
    const entry = diagnosticsByPath.get(directive.sourcePath)!;
    entry.diagnostics.push({ severity: 'warning', message: problem.message, ruleId: 'ambiguous-citation', line: problem.line, column: problem.column });
  }
  documents.splice(0, documents.length, ...linked.documents);
  // The registry in id order, as the site lists it (file names would put "x-bs.yaml" before "x.yaml").
  const references = [...content.references].sort((a, b) => byCodePoint(a.id, b.id));
  // Checked against the published schema a document at a time, each replaced by its checked copy: the corpus is
  // never held twice (checking it whole copied every document at once: at 10,000 directives more than the heap).
  const schemaError = (where: string, issue: { path: PropertyKey[]; message: string } | undefined) => {
    diagnostics.push({
      path: 'corpus',
      diagnostics: [{ severity: 'error', message: `internal error: the corpus does not match its schema at ${where}${issue?.path.join('.')}: ${issue?.message}`, ruleId: 'schema', line: 0, column: 0 }],
    });
    return { corpus: null, diagnostics, failed: true };
  };
  for (const [i, document] of documents.entries()) {
    const checked = DirectiveDocument.safeParse(document);
    if (!checked.success) return schemaError(`documents.${i}.`, checked.error.issues[0]);
    documents[i] = checked.data;
  }
  const shell = Corpus.safeParse({ formatVersion: 1, documents: [], references, taxonomy: content.taxonomy, site: content.site });
  if (!shell.success) return schemaError('', shell.error.issues[0]);
  return { corpus: { ...shell.data, documents }, diagnostics, failed: false };
}
