/**
 * The development set scored whole: every document from its text
 * extraction, and every document that has one from its original, with the
 * targets of the real-documents issues on both. Shared by
 * `npm run accuracy -- --ratchet` and the test that holds the ratchet.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Vocabulary } from '../parser/index.js';
import { Gold } from './gold.js';
import { originalOf, type ReadingOptions, scoreOriginal } from './originals.js';
import { doubtTargets, headerShare, targets, totals, type ScoredDocument, type Totals } from './report.js';
import { FIELDS } from './score.js';
import { scoreSource } from './view.js';

/** The documents of a folder that have a gold standard, by name. */
export function goldsOf(folder: string): Map<string, Gold> {
  const golds = new Map<string, Gold>();
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name, 'gold.json');
    if (existsSync(path)) golds.set(name, Gold.parse(JSON.parse(readFileSync(path, 'utf8'))));
  }
  return golds;
}

/** Every document with a `source.txt`, scored from it. */
export function scoreTexts(folder: string, golds: Map<string, Gold>, vocabulary: Vocabulary): ScoredDocument[] {
  const out: ScoredDocument[] = [];
  for (const [name, gold] of golds) {
    const path = join(folder, name, 'source.txt');
    if (!existsSync(path)) continue;
    out.push({ name, form: gold.form ?? '?', score: scoreSource(gold, new Uint8Array(readFileSync(path)), `${name}/source.txt`, vocabulary) });
  }
  return out;
}

/** Every document with an original, scored from it; a document that cannot be read is an error. */
export async function scoreOriginals(folder: string, golds: Map<string, Gold>, vocabulary: Vocabulary, options: ReadingOptions = {}): Promise<ScoredDocument[]> {
  const out: ScoredDocument[] = [];
  for (const [name, gold] of golds) {
    if (!originalOf(join(folder, name))) continue;
    const result = await scoreOriginal(join(folder, name), gold, vocabulary, options);
    if ('skipped' in result) throw new Error(`${name}: ${result.skipped}`);
    out.push({ name, form: gold.form ?? '?', score: result.score });
  }
  return out;
}

export interface Target {
  target: string;
  measured: string;
  met: boolean;
}

const share = (s: { right: number; total: number }) => (s.total === 0 ? 1 : s.right / s.total);

/**
 * The targets on the originals besides the issue's own: original ≥ text
 * field by field on the documents that have both, and every field its gold
 * scores read from each scan.
 */
export function originalTargets(fromText: ScoredDocument[], fromOriginal: ScoredDocument[]): Target[] {
  const names = new Set(fromOriginal.map((d) => d.name));
  const both = fromText.filter((d) => names.has(d.name));
  const bothNames = new Set(both.map((d) => d.name));
  const text = totals(both);
  const original = totals(fromOriginal.filter((d) => bothNames.has(d.name)));
  const worse = FIELDS.filter((f) => share(original.fields[f]) < share(text.fields[f]));
  const header = { text: headerShare(text), original: headerShare(original) };
  const scans = fromOriginal.filter((d) => d.form === 'scan' && d.score);
  const scansRight = scans.filter((d) => FIELDS.every((f) => !d.score!.fields[f] || d.score!.fields[f]!.right === d.score!.fields[f]!.total));
  return [
    {
      target: 'originals: every field at least as good as from the text',
      measured: worse.length === 0 ? 'every field' : `worse in ${worse.join(', ')}`,
      met: worse.length === 0 && original.wordsLost <= text.wordsLost,
    },
    {
      target: 'originals: header fields at least as good as from the text',
      measured: `${header.original.right}/${header.original.total} against ${header.text.right}/${header.text.total}`,
      met: share(header.original) >= share(header.text),
    },
    { target: 'originals: every scored field of each scan read by OCR', measured: `${scansRight.length} of ${scans.length}`, met: scansRight.length === scans.length },
  ];
}

/** Every target, on the text and on the originals, each named by where it was measured. */
export function allTargets(fromText: ScoredDocument[], fromOriginal: ScoredDocument[] | null): Target[] {
  const of = (t: Totals) => [...targets(t), ...doubtTargets(t)];
  const out = of(totals(fromText)).map((t) => ({ ...t, target: `text: ${t.target}` }));
  if (fromOriginal) {
    out.push(...of(totals(fromOriginal)).map((t) => ({ ...t, target: `originals: ${t.target}` })));
    out.push(...originalTargets(fromText, fromOriginal));
  }
  return out;
}

export type { Totals };
