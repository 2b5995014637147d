/**
 * npm run accuracy -- <folder> [--out report.md] [--verbose] [--only name]
 *
 * Parses every document of a folder laid out like the development set
 * (`<name>/source.txt` + `<name>/gold.json`) and scores it against its gold
 * standard, field by field. Prints the report; `--out` writes it as
 * Markdown (figures and field names only). `--verbose` prints what was
 * wrong in each document — that quotes the documents, so it goes to the
 * console only.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Gold } from '../src/accuracy/gold.js';
import { markdownReport, type ScoredDocument } from '../src/accuracy/report.js';
import { FIELDS } from '../src/accuracy/score.js';
import { scoreSource } from '../src/accuracy/view.js';
import { compileVocabulary } from '../src/parser/index.js';
import { runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';

const USAGE = 'usage: npm run accuracy -- <folder> [--out report.md] [--verbose] [--only name]';

await runMain('accuracy', () => {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (!folder || extra.length > 0) {
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

  const names = readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'gold.json')))
    .filter((name) => !args.values.only || name === args.values.only)
    .sort();
  if (names.length === 0) {
    process.stderr.write(`accuracy: ${folder} has no <name>/gold.json to score against\n`);
    return 1;
  }
  const scored: ScoredDocument[] = [];
  for (const name of names) {
    const goldPath = join(folder, name, 'gold.json');
    let gold;
    try {
      const parsed = Gold.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        process.stderr.write(`accuracy: ${goldPath}: ${issue?.path.join('.') || '(top)'}: ${issue?.message}\n`);
        return 1;
      }
      gold = parsed.data;
    } catch (error) {
      process.stderr.write(`accuracy: ${goldPath}: not JSON (${(error as Error).message})\n`);
      return 1;
    }
    const sourcePath = join(folder, name, 'source.txt');
    if (!existsSync(sourcePath)) {
      scored.push({ name, form: gold.form ?? '?', score: null, skipped: 'no source.txt: the original is a scan or a file the text parser cannot read (reading PDF, Word and scans is the next issue)' });
      continue;
    }
    const bytes = new Uint8Array(readFileSync(sourcePath));
    const score = scoreSource(gold, bytes, sourcePath, vocabulary);
    scored.push({ name, form: gold.form ?? '?', score });
    if (args.values.verbose) {
      process.stdout.write(`\n== ${name}\n`);
      for (const f of FIELDS) for (const detail of score.fields[f]?.details ?? []) process.stdout.write(`  ${f}: ${detail}\n`);
      if (score.wordsLost > 0) process.stdout.write(`  words lost: ${score.wordsLost} (${score.lostSample.join(', ')})\n`);
      if (score.furnitureInProvisions > 0) process.stdout.write(`  furniture lines inside provisions: ${score.furnitureInProvisions}\n`);
      if (score.falseCitations > 0) process.stdout.write(`  false citations: ${score.falseCitationSample.join(' | ')}\n`);
    }
  }
  const report = markdownReport(scored, `Parser accuracy: ${basename(resolve(folder))}`);
  process.stdout.write(`\n${report}`);
  for (const d of scored.filter((s) => s.skipped)) process.stderr.write(`accuracy: skipped ${d.name}: ${d.skipped}\n`);
  if (args.values.out) writeFileSync(args.values.out, report);
  return 0;
});
