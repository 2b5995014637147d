/**
 * npm run review -- [DIR…] [--html FILE] [--suggest DOC] [--all] [--no-cache]
 *
 * The editor's desk. Reads the corpus as `npm run corpus` does — content/,
 * or instead the folders given, each laid out like content/directives (one
 * directive per subfolder: an --add folder, ../shared/real-corpus) — and
 * lists the documents the parser is unsure of, most doubtful first, each
 * doubt at its place in the source (page and line of a PDF's pages). `--html
 * FILE` writes the same as one self-contained page showing each doubtful
 * provision's source lines beside the tree read; `--suggest DOC` prints
 * ready-to-edit corrections.yaml stubs for one document (its folder name);
 * `--all` lists the documents without doubts too. Exit code 1 when a
 * document could not be read or a correction was refused.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withAddedDirectives } from '../src/corpus/added.js';
import { parseSource } from '../src/corpus/build.js';
import { CONTENT_ROOT, contentFromDisk } from '../src/corpus/content-fs.js';
import { extractDirectives } from '../src/corpus/extract.js';
import { formatProblem } from '../src/corpus/validate-yaml.js';
import { progressLines } from '../src/extract/progress-line.js';
import { compileVocabulary } from '../src/parser/index.js';
import { diagnosticsOf } from '../src/parser/output/to-document.js';
import { consoleLines, htmlReport, type ReviewedDocument, suggestions, summaryLine } from '../src/review/review.js';
import { CACHE_ROOT, diskCache } from './lib/disk-cache.js';
import { runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';

const USAGE = 'usage: npm run review -- [DIR…] [--html FILE] [--suggest DOC] [--all] [--no-cache]';

await runMain('review', async () => {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by parseArgs' result in the try block below
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { html: { type: 'string' }, suggest: { type: 'string' }, all: { type: 'boolean' }, 'no-cache': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`review: ${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const folders = args.positionals;
  for (const folder of folders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      process.stderr.write(`review: ${folder}: no such folder (a folder of directives, one per subfolder)\n`);
      return 1;
    }
  }
  const overlay = withAddedDirectives(
    contentFromDisk(CONTENT_ROOT),
    folders.map((folder) => ({ name: folder.replace(/\/+$/, ''), files: contentFromDisk(resolve(folder)) })),
  );
  if (overlay.problems.length > 0) {
    for (const problem of overlay.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return 1;
  }
  const loaded = loadOrExplain(CONTENT_ROOT, overlay.source, overlay.where);
  if (!loaded) return 1;
  // With folders given, only their directives are reviewed.
  const own = new Set(contentFromDisk(CONTENT_ROOT).list('directives'));
  const chosen = { ...loaded, directives: loaded.directives.filter((d) => (folders.length === 0 ? true : !own.has(d.slug))) };
  if (args.values.suggest && !chosen.directives.some((d) => d.slug === args.values.suggest)) {
    process.stderr.write(`review: no directive "${args.values.suggest}" (give its folder name)\n`);
    return 1;
  }
  const only = args.values.suggest ? { ...chosen, directives: chosen.directives.filter((d) => d.slug === args.values.suggest) } : chosen;
  const lines = progressLines(process.stderr);
  const extracted = await extractDirectives(only, {
    cache: args.values['no-cache'] ? null : diskCache(join(CACHE_ROOT, 'extract')),
    progress: (path, event) => lines(`review: ${overlay.where(path)}`, event),
  });
  for (const problem of [...extracted.problems, ...extracted.skipped]) process.stderr.write(`${formatProblem({ ...problem, path: overlay.where(problem.path) })}\n`);
  const vocabulary = compileVocabulary(loaded.taxonomy, loaded.references);
  const entries: ReviewedDocument[] = extracted.directives.map((directive) => {
    const { file, document } = parseSource(directive, vocabulary);
    const source = directive.extraction?.source ?? directive.bytes;
    const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
    return {
      slug: directive.slug,
      path: overlay.where(directive.sourcePath),
      document,
      lines: text.split(/\r\n|\r|\n/),
      hints: directive.extraction?.hints,
      errors: diagnosticsOf(file)
        .filter((d) => d.severity === 'error')
        .map((d) => (d.file ? { ...d, file: overlay.where(d.file.replace(/^.*?(directives\/)/u, '$1')) } : d)),
    };
  });
  if (args.values.suggest) {
    process.stdout.write(suggestions(entries[0]!));
    return 0;
  }
  for (const line of consoleLines(entries, { all: args.values.all ?? false })) process.stdout.write(`${line}\n`);
  process.stdout.write(`\n${summaryLine(entries, folders)}\n`);
  if (args.values.html) {
    writeFileSync(args.values.html, htmlReport(entries, 'Văn bản cần xem lại'));
    process.stdout.write(`wrote ${args.values.html}\n`);
  }
  const failed = entries.some((e) => e.errors.length > 0) || extracted.problems.length > 0;
  return failed ? 1 : 0;
});
