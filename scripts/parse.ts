/**
 * npm run --silent parse -- <file> [--meta <meta.yaml>] [--corrections <corrections.yaml>] [--format json|text|extracted]
 *                           [--max-pages N --max-page-megapixels N --max-megapixels N --max-seconds N --ocr-workers N]
 *
 * Parses one directive: a text file, a PDF (read by OCR where it has no
 * text layer) or a Word file (.docx). `json` (default) prints the document;
 * `text` prints it back as reflowed plain text, one block per line;
 * `extracted` prints the text read from a PDF or Word file; `--corrections`
 * previews an editor's corrections of the reading. Diagnostics go to
 * stderr as `file:line:column: severity: message`; the exit code is 0 with
 * warnings, 1 on errors. A long reading draws a progress line on a
 * terminal; a file over its reading budget (`reading:` in
 * content/site.yaml, or the flags) is refused in one sentence.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, validateYaml } from '../src/corpus/validate-yaml.js';
import { extractSource } from '../src/extract/index.js';
import { readCorrections } from '../src/corpus/corrections.js';
import { progressLine } from '../src/extract/progress-line.js';
import { compileVocabulary, parseDirective, toText } from '../src/parser/index.js';
import { DirectiveDocument } from '../src/schemas/document.js';
import { DirectiveMetaFile } from '../src/schemas/meta.js';
import { READING_FLAGS, readingFromFlags } from '../src/schemas/reading.js';
import { formatMessages, runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';

const USAGE = `usage: npm run --silent parse -- <file> [--meta <meta.yaml>] [--corrections <corrections.yaml>] [--format json|text|extracted] [${Object.values(READING_FLAGS)
  .map((flag) => `--${flag} N`)
  .join(' ')}]`;

function readable(path: string): string | null {
  if (!existsSync(path)) return `${path}: no such file`;
  if (!statSync(path).isFile()) return `${path}: not a file`;
  return null;
}

await runMain('parse', async () => {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by parseArgs' result in the try block below
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        meta: { type: 'string' },
        corrections: { type: 'string' },
        format: { type: 'string', default: 'json' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.values(READING_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    process.stderr.write(`parse: ${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [path, ...extra] = args.positionals;
  const format = args.values.format;
  if (!path || extra.length > 0 || (format !== 'json' && format !== 'text' && format !== 'extracted')) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const problem = readable(path) ?? (args.values.meta ? readable(args.values.meta) : null) ?? (args.values.corrections ? readable(args.values.corrections) : null);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return 1;
  }
  const reading = readingFromFlags(args.values);
  if (!reading.ok) {
    process.stderr.write(`parse: ${reading.message}\n${USAGE}\n`);
    return 1;
  }
  const content = loadOrExplain();
  if (!content) return 1;

  let meta = null;
  if (args.values.meta) {
    const result = validateYaml(DirectiveMetaFile, readFileSync(args.values.meta, 'utf8'), args.values.meta);
    if (!result.ok) {
      for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
      return 1;
    }
    meta = result.data;
  }
  let corrections = null;
  if (args.values.corrections) {
    const result = readCorrections(readFileSync(args.values.corrections, 'utf8'), args.values.corrections);
    if (!result.ok) {
      for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
      return 1;
    }
    corrections = result.corrections;
  }
  // A file in content/directives/<slug>/ keeps its slug; any other file is "document".
  const folder = basename(dirname(resolve(path)));
  const lower = path.toLowerCase();
  const name = lower.endsWith('.pdf') ? 'source.pdf' : lower.endsWith('.docx') ? 'source.docx' : lower.endsWith('.doc') ? 'source.docx' : 'source.txt';
  const read = await extractSource(name, new Uint8Array(readFileSync(path)), {
    reading: { ...content.site.reading, ...reading.settings },
    onProgress: progressLine(process.stderr, path),
  });
  if (!read.ok) {
    process.stderr.write(`${path}:1:1: error: ${read.message}\n`);
    return 1;
  }
  if (format === 'extracted') {
    const source = read.extraction.source;
    process.stdout.write(typeof source === 'string' ? source : new TextDecoder().decode(source));
    return 0;
  }
  const { file, tree, document } = parseDirective({
    source: read.extraction.source,
    path,
    slug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(folder) ? folder : 'document',
    vocabulary: compileVocabulary(content.taxonomy, content.references),
    meta,
    corrections,
    ...(read.extraction.hints ? { hints: read.extraction.hints } : {}),
    ...(read.extraction.original ? { original: read.extraction.original } : {}),
    notices: read.extraction.warnings,
  });
  for (const line of formatMessages(file, path)) process.stderr.write(`${line}\n`);
  if (!tree || !document) return 1;
  if (format === 'text') {
    process.stdout.write(toText(tree));
  } else {
    const checked = DirectiveDocument.safeParse(document);
    if (!checked.success) throw new Error(`the parser produced a document that does not match its schema: ${checked.error.issues[0]?.message}`);
    process.stdout.write(`${JSON.stringify(checked.data, null, 2)}\n`);
  }
  return file.messages.some((m) => m.fatal) ? 1 : 0;
});
