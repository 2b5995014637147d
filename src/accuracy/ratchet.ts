/**
 * The accuracy ratchet: the figures the parser has reached on the
 * development set, committed beside the test that reads them, so that a
 * change may raise them and never lower them. Figures only (counts per
 * field, targets reached), never the documents' words.
 *
 * A figure is better higher (fields right, documents right) or better
 * lower (words lost, false citations, furniture inside provisions, bodies
 * tagged the gold does not name). A field's total must not change: when it
 * does, the development set changed and the ratchet must be recorded anew.
 */
import { z } from 'zod';
import { FIELDS } from './score.js';
import type { Totals } from './report.js';

const Count = z.object({ right: z.number().int().nonnegative(), total: z.number().int().nonnegative() });

/** Totals as recorded: the shape of `Totals`, every figure a whole number. */
const RecordedTotals = z.object({
  fields: z.object(Object.fromEntries(FIELDS.map((f) => [f, Count])) as Record<(typeof FIELDS)[number], typeof Count>),
  documents: z.number().int(),
  fullyRight: z.number().int().optional(),
  treeDocuments: z.number().int().optional(),
  treeRight: z.number().int(),
  issuerRight: z.number().int(),
  issuerDocuments: z.number().int(),
  kinhGuiRead: z.number().int(),
  kinhGuiDocuments: z.number().int(),
  closingApart: z.number().int(),
  closingDocuments: z.number().int(),
  wordsLost: z.number().int(),
  documentsLosingWords: z.number().int(),
  furnitureInProvisions: z.number().int(),
  furnitureReported: z.number().int(),
  falseCitations: z.number().int(),
  extraBodies: z.number().int(),
  taggedBodies: z.number().int(),
  /** Deadlines: the golds' found (right of total) and those found (of which extra, not in the golds). */
  deadlines: z.object({ right: z.number().int(), total: z.number().int(), found: z.number().int(), extra: z.number().int() }).optional(),
});

export const Ratchet = z
  .object({
    /** What the figures are and how to record them again. */
    about: z.string(),
    /** Scored from the text extractions (`source.txt`). */
    text: RecordedTotals,
    /** Scored from the originals (PDF, Word, scans by OCR), when they were read. */
    original: RecordedTotals.optional(),
    /** The targets that held when the figures were recorded: they must go on holding. */
    reached: z.array(z.string()),
  })
  .strict();
export type Ratchet = z.infer<typeof Ratchet>;

/** Figures that are better lower; every other figure is better higher. */
const LOWER_IS_BETTER = new Set(['wordsLost', 'documentsLosingWords', 'furnitureInProvisions', 'falseCitations', 'extraShare']);
/** Figures that describe the set, not the parse: they must stay equal. */
const FIXED = new Set(['documents', 'treeDocuments', 'issuerDocuments', 'kinhGuiDocuments', 'closingDocuments']);
/** Figures that say nothing of quality (how much furniture was found, how many bodies tagged). */
const NEUTRAL = new Set(['furnitureReported', 'taggedBodies', 'extraBodies']);

/** One figure that fell, or a set that changed, in a sentence. */
export interface Regression {
  figure: string;
  recorded: number;
  measured: number;
  message: string;
}

function flatten(t: Totals | z.infer<typeof RecordedTotals>): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of FIELDS) {
    out.set(`${f}.right`, t.fields[f].right);
    out.set(`${f}.total`, t.fields[f].total);
  }
  for (const [key, value] of Object.entries(t)) if (typeof value === 'number') out.set(key, value);
  // Bodies tagged that the gold does not name, as a share of those tagged: more found may mean a few more wrong, never a worse share.
  out.set('extraShare', t.taggedBodies === 0 ? 0 : t.extraBodies / t.taggedBodies);
  // Deadlines: recall as a count, precision as a share (more found may mean a few more wrong, never a worse share).
  if (t.deadlines && t.deadlines.total > 0) {
    out.set('deadlines.right', t.deadlines.right);
    out.set('deadlines.total', t.deadlines.total);
    out.set('deadlinePrecision', t.deadlines.found === 0 ? 0 : (t.deadlines.found - t.deadlines.extra) / t.deadlines.found);
  }
  return out;
}

/** Where the measured totals fall below the recorded ones (empty: none). */
export function regressions(recorded: z.infer<typeof RecordedTotals>, measured: Totals, label: string): Regression[] {
  const was = flatten(recorded);
  const now = flatten(measured);
  const out: Regression[] = [];
  for (const [figure, before] of was) {
    const after = now.get(figure) ?? 0;
    if (NEUTRAL.has(figure)) continue;
    if (figure.endsWith('.total') || FIXED.has(figure)) {
      if (after !== before) out.push({ figure, recorded: before, measured: after, message: `${label}: ${figure} is ${after}, recorded ${before}: the development set changed, so record the ratchet again (npm run accuracy -- <folder> --ratchet <file>)` });
      continue;
    }
    const worse = LOWER_IS_BETTER.has(figure) ? after > before : after < before;
    if (worse) out.push({ figure, recorded: before, measured: after, message: `${label}: ${figure} is worse: ${after} (recorded ${before})` });
  }
  return out;
}

/** Where the measured totals are better than the recorded ones: what recording again would raise. */
export function improvements(recorded: z.infer<typeof RecordedTotals>, measured: Totals): string[] {
  const was = flatten(recorded);
  const out: string[] = [];
  for (const [figure, after] of flatten(measured)) {
    const before = was.get(figure);
    if (before === undefined || NEUTRAL.has(figure) || FIXED.has(figure) || figure.endsWith('.total')) continue;
    if (LOWER_IS_BETTER.has(figure) ? after < before : after > before) out.push(`${figure} ${before} → ${after}`);
  }
  return out;
}

/** Strip a Totals to its recorded figures (no extra keys). */
export function recordable(t: Totals): z.infer<typeof RecordedTotals> {
  return RecordedTotals.parse(t);
}
