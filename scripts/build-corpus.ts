/**
 * npm run corpus [-- --content <folder> --out <folder> --add <folder>… --cache <folder> --no-cache --verbose --quiet]
 *                [--max-pages N --max-page-megapixels N --max-megapixels N --max-seconds N --ocr-workers N]
 *
 * Parses every directive in content/ — and in each folder given with
 * `--add` (or listed in $CORPUS_ADD, separated by ":"), one directive per
 * subfolder, never copied into the project (src/corpus/added.ts) — and writes the site's input to .corpus/
 * (corpus.json, its head, one JSON file per document, the JSON Schemas, and each
 * directive's files for download: its original and the text it was read
 * as). PDFs, Word files and scans are read first (src/extract/), with a
 * progress line on a terminal for a long one. An original over its reading
 * budget (`reading:` in content/site.yaml, or the flags) is skipped with one
 * sentence, and the summary lists it. Otherwise all or nothing: the new
 * output is written beside the old and swapped in only when every document
 * parsed without errors. What each original was read as, and what each
 * directive parsed to, is kept in .cache/ (or `--cache`): a directive whose
 * source, meta, corrections, vocabulary and code are unchanged is not read
 * or parsed again (`--no-cache`: everything is). It ends with a line per document an editor should
 * look at (how it was read, its doubts, the header fields missing) and how
 * many there are, with the command that shows them (`npm run review`);
 * every parser message is printed with `--verbose`, errors always.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { withAddedDirectives } from '../src/corpus/added.js';
import { buildCorpus } from '../src/corpus/build.js';
import { corpusLayout } from '../src/corpus/read.js';
import { corpusHead, writeCorpusJson } from '../src/corpus/write.js';
import { extractDirectives } from '../src/corpus/extract.js';
import { progressLines } from '../src/extract/progress-line.js';
import { READING_FLAGS, readingFromFlags } from '../src/schemas/reading.js';
import { formatProblem } from '../src/corpus/validate-yaml.js';
import { originalFileName, TEXT_FILE } from '../src/site/files.js';
import { Corpus } from '../src/schemas/corpus.js';
import { DirectiveDocument } from '../src/schemas/document.js';
import { CONTENT_ROOT, contentFromDisk } from '../src/corpus/content-fs.js';
import { CACHE_ROOT, cacheForCode, codeDigest, diskCache } from './lib/disk-cache.js';
import type { ParsedEntry } from '../src/corpus/parse-cache.js';
import type { Extraction } from '../src/extract/index.js';
import { runMain } from './lib/report.js';
import { documentLine, missingFields, openDoubts, placeOf, type ReviewedDocument, summaryLine } from '../src/review/review.js';
import { loadOrExplain } from './lib/vocabulary.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** Data files are written compact: indentation more than doubles them (a 1000-directive corpus: 350 MB → 150 MB). */
const compact = (value: unknown) => `${JSON.stringify(value)}\n`;

await runMain('corpus', async () => {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      add: { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
      verbose: { type: 'boolean' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      ...Object.fromEntries(Object.values(READING_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
    },
  });
  const reading = readingFromFlags(values);
  if (!reading.ok) {
    process.stderr.write(`corpus: ${reading.message}\n`);
    return 1;
  }
  const contentRoot = resolve(values.content ?? CONTENT_ROOT);
  const cacheRoot = resolve(values.cache ?? CACHE_ROOT);
  const out = resolve(values.out ?? fileURLToPath(new URL('../.corpus', import.meta.url)));
  const started = performance.now();
  // Folders of directives added for this build only (an archive, the development set).
  const addFolders = values.add ?? (process.env['CORPUS_ADD'] ?? '').split(':').filter(Boolean);
  for (const folder of addFolders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      process.stderr.write(`${folder}: error: is not a folder (given with --add or in CORPUS_ADD); nothing was written\n`);
      return 1;
    }
  }
  const overlay = withAddedDirectives(
    contentFromDisk(contentRoot),
    addFolders.map((folder) => ({ name: folder.replace(/\/+$/, ''), files: contentFromDisk(resolve(folder)) })),
  );
  const where = overlay.where;
  if (overlay.problems.length > 0) {
    for (const problem of overlay.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write('corpus: errors above; nothing was written\n');
    return 1;
  }
  if (addFolders.length > 0) process.stderr.write(`corpus: ${overlay.added} directive(s) added from ${addFolders.join(', ')}\n`);
  const loaded = loadOrExplain(contentRoot, overlay.source, where);
  if (!loaded) {
    process.stderr.write('corpus: content/ has errors; nothing was written\n');
    return 1;
  }
  // The originals (PDF, Word, scans) read first; OCR is slow, so what was read is kept in .cache/.
  const lines = progressLines(process.stderr);
  const extracted = await extractDirectives(loaded, {
    cache: values['no-cache'] ? null : diskCache<Extraction>(join(cacheRoot, 'extract')),
    reading: reading.settings,
    progress: (path, event) => {
      if (event.stage === 'start') process.stderr.write(`corpus: reading ${where(path)}\n`);
      lines(`corpus: ${where(path)}`, event);
    },
  });
  // Over its reading budget: said now, listed again at the end; the build goes on without it.
  for (const problem of extracted.skipped) process.stderr.write(`${where(problem.path)}:1:1: warning: skipped: ${problem.message}\n`);
  const skipped = () => {
    if (extracted.skipped.length === 0) return;
    process.stderr.write(`corpus: ${extracted.skipped.length} original(s) skipped, over their reading budget (see above): ${extracted.skipped.map((p) => where(p.path)).join(', ')}\n`);
  };
  if (extracted.problems.length > 0) {
    for (const problem of extracted.problems) process.stderr.write(`${formatProblem({ ...problem, path: where(problem.path) })}\n`);
    skipped();
    process.stderr.write('corpus: errors above; the previous output was left untouched\n');
    return 1;
  }
  const content = { ...loaded, directives: extracted.directives };
  let lastReport = performance.now();
  const code = codeDigest();
  const parseCache = values['no-cache'] ? undefined : { store: diskCache<ParsedEntry>(cacheForCode(join(cacheRoot, 'parse'), code)), code };
  const build = buildCorpus(
    content,
    (done, total) => {
      // Say where a long build is, at most every two seconds.
      if (performance.now() - lastReport > 2000) {
        lastReport = performance.now();
        process.stderr.write(`corpus: parsed ${done}/${total} documents, ${((lastReport - started) / 1000).toFixed(1)} s\n`);
      }
    },
    parseCache,
  );
  // Errors always; every other message with --verbose (a page number set aside is said for each page).
  let warnings = 0;
  const byPath = new Map(content.directives.map((d) => [d.sourcePath, d]));
  for (const { path, diagnostics } of build.diagnostics) {
    // A PDF's or a Word file's place is its page and line (or paragraph), not a line of the text extracted from it.
    const directive = byPath.get(path);
    const text = directive?.extraction ? (typeof directive.extraction.source === 'string' ? directive.extraction.source : new TextDecoder().decode(directive.extraction.source)).split(/\r\n|\r|\n/) : [];
    for (const d of diagnostics) {
      if (d.severity === 'warning') warnings++;
      if (d.severity !== 'error' && !values.verbose) continue;
      const at = d.file ? `${where(d.file)}:${d.line || 1}:${d.column || 1}` : directive?.extraction?.hints ? `${where(path)}, ${placeOf(d.line || 1, directive.extraction.hints, text).label}` : `${where(path)}:${d.line || 1}:${d.column || 1}`;
      process.stderr.write(`${at}: ${d.severity}: ${d.message} [${d.ruleId}]\n`);
    }
  }
  if (build.failed || !build.corpus) {
    skipped();
    process.stderr.write('corpus: errors above; the previous output was left untouched\n');
    return 1;
  }
  const staging = `${out}.staging`;
  rmSync(staging, { recursive: true, force: true });
  const layout = corpusLayout(staging);
  mkdirSync(layout.documents, { recursive: true });
  mkdirSync(join(staging, 'schema'), { recursive: true });
  // Never one string of the whole corpus (src/corpus/write.ts): the download a document at a time, a small head beside it.
  writeCorpusJson(layout.corpus, build.corpus);
  writeFileSync(layout.head, compact(corpusHead(build.corpus)));
  for (const document of build.corpus.documents) writeFileSync(layout.document(document.slug), compact(document));
  // The files readers download: the original as it is, and the text it was read as.
  for (const directive of content.directives) {
    const folder = layout.files(directive.slug);
    mkdirSync(folder, { recursive: true });
    const text = directive.extraction ? directive.extraction.source : directive.bytes;
    writeFileSync(join(folder, TEXT_FILE), typeof text === 'string' ? text : Buffer.from(text));
    if (directive.format !== 'txt') writeFileSync(join(folder, originalFileName(directive.format)), directive.bytes);
  }
  writeFileSync(join(staging, 'schema', 'corpus.schema.json'), json(z.toJSONSchema(Corpus, { io: 'output' })));
  writeFileSync(join(staging, 'schema', 'directive.schema.json'), json(z.toJSONSchema(DirectiveDocument, { io: 'output' })));
  // Swap: the old output is replaced only now that the new one is complete.
  const previous = `${out}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  // A line per document an editor should look at (how it was read, its doubts, fields missing), then the summary.
  const reviewed: ReviewedDocument[] = build.corpus.documents.map((document) => {
    const directive = content.directives.find((d) => d.slug === document.slug)!;
    return { slug: document.slug, path: where(directive.sourcePath), document, lines: [], errors: [] };
  });
  const doubtful = reviewed.filter((entry) => openDoubts(entry).length > 0 || missingFields(entry).length > 0);
  if (!values.quiet) {
    for (const entry of doubtful.slice(0, values.verbose ? doubtful.length : 20)) process.stderr.write(`${documentLine(entry)}\n`);
    if (!values.verbose && doubtful.length > 20) process.stderr.write(`… and ${doubtful.length - 20} more (npm run corpus -- --verbose)\n`);
  }
  process.stderr.write(`corpus: ${build.corpus.documents.length} document(s), ${warnings} warning(s)${values.verbose ? '' : ' (npm run corpus -- --verbose prints them)'}, written to ${values.out ?? '.corpus'} in ${seconds} s\n`);
  process.stderr.write(`corpus: ${summaryLine(reviewed, addFolders)}\n`);
  skipped();
  return 0;
});
