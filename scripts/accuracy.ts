/**
 * npm run accuracy -- <folder> [--from text|original] [--compare] [--out report.md] [--verbose] [--only name]
 *
 * Parses every document of a folder laid out like the development set
 * (`<name>/source.txt`, `<name>/original.pdf` or `original.docx`, and
 * `<name>/gold.json`) and scores it against its gold standard, field by
 * field. `--from text` (the default) reads the text extractions;
 * `--from original` reads the originals (PDF text layer, OCR of a scan,
 * Word); `--compare` scores both, on the documents that have both, and
 * adds a table of the fields from each. Prints the report; `--out` writes
 * it as Markdown (figures and field names only). `--verbose` prints what
 * was wrong in each document — that quotes the documents, so it goes to
 * the console only.
 *
 * `--ratchet FILE` scores the whole folder from the text and from the
 * originals, checks the figures against those recorded in FILE (none may
 * fall, no target reached may be lost) and records the new ones: the
 * ratchet the development-set test holds (tests/accuracy/).
 *
 * The parser alone is scored by default. `--corrections DIR` applies the
 * editors' corrections kept in DIR (`<name>/corrections.yaml` for the text,
 * `<name>/corrections-original.yaml` for the original, `<name>/meta.yaml` for
 * both) and reports what they
 * cost: correction lines per document. A refused correction fails the run.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Gold } from '../src/accuracy/gold.js';
import { comparisonReport, markdownReport, type ScoredDocument } from '../src/accuracy/report.js';
import { FIELDS, type DocumentScore } from '../src/accuracy/score.js';
import { scoreSource } from '../src/accuracy/view.js';
import { originalOf, scoreOriginal } from '../src/accuracy/originals.js';
import { compileVocabulary, type Vocabulary } from '../src/parser/index.js';
import { runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';
import { allTargets, goldsOf, scoreOriginals, scoreTexts } from '../src/accuracy/development-set.js';
import { improvements, Ratchet, recordable, regressions } from '../src/accuracy/ratchet.js';
import { totals } from '../src/accuracy/report.js';
import { ocrMissing } from '../src/extract/ocr.js';
import { progressLines } from '../src/extract/progress-line.js';
import type { ReadingOptions } from '../src/accuracy/originals.js';
import { correctionLines, readCorrections } from '../src/corpus/corrections.js';
import { formatProblem, validateYaml } from '../src/corpus/validate-yaml.js';
import { DirectiveMetaFile } from '../src/schemas/meta.js';
import type { Editorial } from '../src/accuracy/view.js';

/** Score the whole set both ways, refuse a fall, and write the figures reached. */
async function recordRatchet(folder: string, file: string, vocabulary: Vocabulary, reading: ReadingOptions): Promise<number> {
  const golds = goldsOf(folder);
  const missing = [...golds.keys()].some((name) => originalOf(join(folder, name)) !== null) ? ocrMissing() : null;
  if (missing) {
    process.stderr.write(`accuracy: the ratchet scores the originals too, scans by OCR: ${missing}\n`);
    return 1;
  }
  const fromText = scoreTexts(folder, golds, vocabulary);
  const fromOriginal = await scoreOriginals(folder, golds, vocabulary, reading);
  const text = totals(fromText);
  const original = totals(fromOriginal);
  const reachedNow = allTargets(fromText, fromOriginal);
  for (const t of reachedNow) process.stdout.write(`${t.met ? '✓' : '✗'} ${t.target} (${t.measured})\n`);
  const before = existsSync(file) ? Ratchet.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
  if (before) {
    const fell = [...regressions(before.text, text, 'text'), ...(before.original ? regressions(before.original, original, 'originals') : [])];
    const lost = before.reached.filter((name) => !reachedNow.find((t) => t.target === name)?.met);
    for (const r of fell) process.stderr.write(`accuracy: ${r.message}\n`);
    for (const name of lost) process.stderr.write(`accuracy: target no longer met: ${name}\n`);
    if (fell.length > 0 || lost.length > 0) {
      process.stderr.write(`accuracy: ${file} not written: the figures may rise, never fall\n`);
      return 1;
    }
    const raised = [...improvements(before.text, text).map((s) => `text ${s}`), ...(before.original ? improvements(before.original, original).map((s) => `originals ${s}`) : [])];
    process.stdout.write(raised.length > 0 ? `\nraised: ${raised.join('; ')}\n` : '\nno figure changed\n');
  }
  const ratchet: Ratchet = {
    about: `Accuracy reached on ${basename(resolve(folder))}, from the text extractions and from the originals where there are any: figures only. The tests fail when one falls; record new ones with npm run accuracy -- <folder> --ratchet <this file>`,
    text: recordable(text),
    original: recordable(original),
    reached: reachedNow.filter((t) => t.met).map((t) => t.target),
  };
  writeFileSync(file, `${JSON.stringify(ratchet, null, 2)}\n`);
  process.stdout.write(`wrote ${file}\n`);
  return 0;
}

const USAGE = 'usage: npm run accuracy -- <folder> [--from text|original] [--compare] [--out report.md] [--verbose] [--only name] [--ratchet file.json] [--corrections folder]';

async function scoreFrom(from: 'text' | 'original', folder: string, gold: Gold, vocabulary: Vocabulary, reading: ReadingOptions, editorial: Editorial): Promise<{ score: DocumentScore } | { skipped: string }> {
  if (from === 'text') {
    const sourcePath = join(folder, 'source.txt');
    if (!existsSync(sourcePath)) return { skipped: 'no source.txt (the original is a scan: score it with --from original)' };
    return { score: scoreSource(gold, new Uint8Array(readFileSync(sourcePath)), sourcePath, vocabulary, undefined, editorial) };
  }
  return scoreOriginal(folder, gold, vocabulary, { ...reading, editorial });
}

/**
 * A document's editorial files in a --corrections folder: `<name>/corrections.yaml`
 * for its text, `<name>/corrections-original.yaml` for its original (whose
 * lines are those of the extracted text, or of a page), and `<name>/meta.yaml`
 * for both. A malformed file is an error naming its line and column.
 */
function editorialOf(folder: string | undefined, name: string, from: 'text' | 'original'): { editorial: Editorial; lines: number } | { error: string } {
  if (!folder) return { editorial: {}, lines: 0 };
  const editorial: Editorial = {};
  let lines = 0;
  const path = join(folder, name, from === 'text' ? 'corrections.yaml' : 'corrections-original.yaml');
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    const read = readCorrections(text, path);
    if (!read.ok) return { error: read.problems.map(formatProblem).join('\n') };
    editorial.corrections = read.corrections;
    lines += correctionLines(text);
  }
  const metaPath = join(folder, name, 'meta.yaml');
  if (existsSync(metaPath)) {
    const text = readFileSync(metaPath, 'utf8');
    const read = validateYaml(DirectiveMetaFile, text, metaPath);
    if (!read.ok) return { error: read.problems.map(formatProblem).join('\n') };
    editorial.meta = read.data;
    lines += correctionLines(text);
  }
  return { editorial, lines };
}

await runMain('accuracy', async () => {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by parseArgs' result in the try block below
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        from: { type: 'string', default: 'text' },
        compare: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        only: { type: 'string' },
        ratchet: { type: 'string' },
        corrections: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`accuracy: ${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [folder, ...extra] = args.positionals;
  const from = args.values.from;
  if (!folder || extra.length > 0 || (from !== 'text' && from !== 'original')) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    process.stderr.write(`accuracy: ${folder}: no such folder (a folder of <name>/source.txt and <name>/gold.json)\n`);
    return 1;
  }
  const content = loadOrExplain();
  if (!content) return 1;
  const vocabulary = compileVocabulary(content.taxonomy, content.references);
  // Originals read as the corpus build reads them (site.yaml's budget), a long one with a progress line on a terminal.
  const lines = progressLines(process.stderr);
  const reading: ReadingOptions = { ...(content.site.reading ? { reading: content.site.reading } : {}), progress: (path, event) => lines(`accuracy: ${path}`, event) };

  const names = readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'gold.json')))
    .filter((name) => !args.values.only || name === args.values.only)
    .sort();
  if (names.length === 0) {
    process.stderr.write(`accuracy: ${folder} has no <name>/gold.json to score against\n`);
    return 1;
  }
  if (args.values.ratchet) return recordRatchet(folder, args.values.ratchet, vocabulary, reading);
  const golds = new Map<string, Gold>();
  for (const name of names) {
    const goldPath = join(folder, name, 'gold.json');
    try {
      const parsed = Gold.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        process.stderr.write(`accuracy: ${goldPath}: ${issue?.path.join('.') || '(top)'}: ${issue?.message}\n`);
        return 1;
      }
      golds.set(name, parsed.data);
    } catch (error) {
      process.stderr.write(`accuracy: ${goldPath}: not JSON (${(error as Error).message})\n`);
      return 1;
    }
  }
  const correctionsFolder = args.values.corrections;
  if (correctionsFolder && (!existsSync(correctionsFolder) || !statSync(correctionsFolder).isDirectory())) {
    process.stderr.write(`accuracy: ${correctionsFolder}: no such folder (--corrections: a folder of <name>/corrections.yaml)\n`);
    return 1;
  }
  let refused = 0;
  const scoreAll = async (source: 'text' | 'original', only?: (name: string) => boolean): Promise<ScoredDocument[]> => {
    const scored: ScoredDocument[] = [];
    for (const name of names.filter((n) => !only || only(n))) {
      const gold = golds.get(name)!;
      const found = editorialOf(correctionsFolder, name, source);
      if ('error' in found) {
        process.stderr.write(`${found.error}\n`);
        refused++;
        scored.push({ name, form: gold.form ?? '?', score: null, skipped: 'its corrections file is malformed (see above)' });
        continue;
      }
      const result = await scoreFrom(source, join(folder, name), gold, vocabulary, reading, found.editorial);
      if ('skipped' in result) {
        scored.push({ name, form: gold.form ?? '?', score: null, skipped: result.skipped });
        continue;
      }
      const { score } = result;
      for (const reason of score.refused ?? []) process.stderr.write(`accuracy: ${reason}\n`);
      refused += score.refused?.length ?? 0;
      scored.push({ name, form: source === 'original' ? `${gold.form ?? '?'} → original` : (gold.form ?? '?'), score, correctionLines: found.lines });
      if (args.values.verbose) {
        process.stdout.write(`\n== ${name} (${source})\n`);
        for (const f of FIELDS) for (const detail of score.fields[f]?.details ?? []) process.stdout.write(`  ${f}: ${detail}\n`);
        for (const detail of score.deadlines?.details ?? []) process.stdout.write(`  deadlines: ${detail}\n`);
        for (const detail of score.taskBodies?.details ?? []) process.stdout.write(`  task rows: ${detail}\n`);
        if (score.wordsLost > 0) process.stdout.write(`  words lost: ${score.wordsLost} (${score.lostSample.join(', ')})\n`);
        if (score.furnitureInProvisions > 0) process.stdout.write(`  furniture lines inside provisions: ${score.furnitureInProvisions}\n`);
        if (score.falseCitations > 0) process.stdout.write(`  false citations: ${score.falseCitationSample.join(' | ')}\n`);
      }
    }
    return scored;
  };
  const title = `Parser accuracy: ${basename(resolve(folder))}${correctionsFolder ? ', with the editors\' corrections' : ', the parser alone'}`;
  let report: string;
  let skipped: ScoredDocument[];
  if (args.values.compare) {
    const withOriginal = (name: string) => originalOf(join(folder, name)) !== null;
    const fromText = await scoreAll('text', withOriginal);
    const fromOriginal = await scoreAll('original', withOriginal);
    report = comparisonReport(fromText, fromOriginal, `${title}, text extraction against original`);
    skipped = [...fromText, ...fromOriginal].filter((d) => d.skipped);
  } else {
    const scored = await scoreAll(from);
    report = markdownReport(scored, from === 'original' ? `${title}, read from the originals` : title);
    skipped = scored.filter((d) => d.skipped);
  }
  process.stdout.write(`\n${report}`);
  for (const d of skipped) process.stderr.write(`accuracy: skipped ${d.name}: ${d.skipped}\n`);
  if (args.values.out) writeFileSync(args.values.out, report);
  if (refused > 0) {
    process.stderr.write(`accuracy: ${refused} correction(s) refused or malformed (see above): a correction applies to its line only while the line reads as it quotes\n`);
    return 1;
  }
  return 0;
});
