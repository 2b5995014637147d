/**
 * The targets of the real-documents issues, on the development set of real
 * documents (../shared/real-corpus, or $REAL_CORPUS): from the text
 * extractions, and from the originals (PDF text layers, the scan by OCR,
 * Word files) — at least as well field by field, and every header field
 * right from a PDF with a text layer or a Word file. Those documents are not
 * the project's and are never copied into it: when the folder is not there,
 * these tests say loudly that they skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Gold } from '../../src/accuracy/gold.js';
import { originalOf, scoreOriginal } from '../../src/accuracy/originals.js';
import { headerShare, targets, totals, type ScoredDocument } from '../../src/accuracy/report.js';
import { FIELDS } from '../../src/accuracy/score.js';
import { ocrMissing } from '../../src/extract/ocr.js';
import { scoreFolder } from '../support/accuracy.js';
import { projectContent } from '../support/content.js';

const FOLDER = process.env['REAL_CORPUS'] ?? resolve(process.cwd(), '../shared/real-corpus');
const present = existsSync(FOLDER);
if (!present) process.stderr.write(`\n*** REAL-DOCUMENT ACCURACY TESTS SKIPPED: ${FOLDER} not found (set REAL_CORPUS to the development set) ***\n\n`);

describe.skipIf(!present)('the development set of real documents', () => {
  const scored = present ? scoreFolder(FOLDER) : [];
  for (const target of present ? targets(totals(scored)) : []) {
    it(`meets the target: ${target.target} (${target.measured})`, () => {
      expect(target.met).toBe(true);
    });
  }
});

describe.skipIf(!present || ocrMissing() !== null)('the development set read from its originals', () => {
  const fromOriginal: ScoredDocument[] = [];
  beforeAll(async () => {
    const { vocabulary } = projectContent();
    for (const name of readdirSync(FOLDER).sort()) {
      const folder = join(FOLDER, name);
      if (!existsSync(join(folder, 'gold.json')) || !originalOf(folder)) continue;
      const gold = Gold.parse(JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')));
      const result = await scoreOriginal(folder, gold, vocabulary);
      if ('skipped' in result) throw new Error(`${name}: ${result.skipped}`);
      fromOriginal.push({ name, form: gold.form ?? '?', score: result.score });
    }
  }, 300_000);

  it('scores every field at least as well as the text extractions do', () => {
    // The documents that have both: a text extraction and an original (the scan has only its original).
    const withOriginal = new Set(fromOriginal.map((d) => d.name));
    const fromText = scoreFolder(FOLDER).filter((d) => withOriginal.has(d.name));
    const both = new Set(fromText.map((d) => d.name));
    const text = totals(fromText);
    const original = totals(fromOriginal.filter((d) => both.has(d.name)));
    const share = (s: { right: number; total: number }) => (s.total === 0 ? 1 : s.right / s.total);
    for (const field of FIELDS) expect(share(original.fields[field]), field).toBeGreaterThanOrEqual(share(text.fields[field]));
    expect(original.wordsLost).toBeLessThanOrEqual(text.wordsLost);
  });

  it('reads every header field of a PDF with a text layer or a Word file', () => {
    const layered = fromOriginal.filter((d) => d.form !== 'scan');
    expect(layered.length).toBeGreaterThan(0);
    const header = headerShare(totals(layered));
    expect(`${header.right}/${header.total}`).toBe(`${header.total}/${header.total}`);
  });

  it('reads the scan by OCR, on the fields its gold scores', () => {
    for (const d of fromOriginal.filter((x) => x.form === 'scan')) {
      for (const field of FIELDS) {
        const s = d.score!.fields[field];
        if (s) expect(`${field} ${s.right}/${s.total}`).toBe(`${field} ${s.total}/${s.total}`);
      }
    }
  });
});
