/**
 * The development set of real documents (../shared/real-corpus, or
 * $REAL_CORPUS), scored from the text extractions and from the originals
 * (PDF text layers, scans by OCR, Word files), held to a ratchet: the
 * figures reached so far are committed beside this test
 * (real-corpus-ratchet.json); none may fall, and every target reached must
 * go on holding. A change that raises them records them again with
 * `npm run accuracy -- ../shared/real-corpus --ratchet tests/accuracy/real-corpus-ratchet.json`.
 * The targets not yet reached are listed as todo.
 *
 * Those documents are not the project's and are never copied into it:
 * when the folder is not there, these tests say loudly that they skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTargets, goldsOf, scoreOriginals, scoreTexts, type Target } from '../../src/accuracy/development-set.js';
import { Ratchet, regressions } from '../../src/accuracy/ratchet.js';
import { totals, type ScoredDocument } from '../../src/accuracy/report.js';
import { ocrMissing } from '../../src/extract/ocr.js';
import { projectContent } from '../support/content.js';

const FOLDER = process.env['REAL_CORPUS'] ?? resolve(process.cwd(), '../shared/real-corpus');
const present = existsSync(FOLDER);
if (!present) process.stderr.write(`\n*** REAL-DOCUMENT ACCURACY TESTS SKIPPED: ${FOLDER} not found (set REAL_CORPUS to the development set) ***\n\n`);
const canOcr = ocrMissing() === null;
if (present && !canOcr) process.stderr.write('\n*** REAL-DOCUMENT ACCURACY FROM THE ORIGINALS SKIPPED: Tesseract is not installed (see README, Use) ***\n\n');

const ratchet = Ratchet.parse(JSON.parse(readFileSync(new URL('./real-corpus-ratchet.json', import.meta.url), 'utf8')));

/** The targets recorded as reached must hold; the others are reported as not yet reached. */
function holdTargets(measured: () => Target[], names: string[]) {
  for (const name of names) {
    if (ratchet.reached.includes(name)) {
      it(`goes on meeting the target: ${name}`, () => {
        const target = measured().find((t) => t.target === name);
        expect(target, name).toBeDefined();
        expect(`${target!.target}: ${target!.met ? 'met' : `not met (${target!.measured})`}`).toBe(`${name}: met`);
      });
    } else {
      it.todo(`target not yet reached: ${name}`);
    }
  }
}

describe.skipIf(!present)('the development set of real documents, from the text extractions', () => {
  const { vocabulary } = projectContent();
  const golds = present ? goldsOf(FOLDER) : new Map();
  const fromText = present ? scoreTexts(FOLDER, golds, vocabulary) : [];

  it('scores no figure below the ratchet', () => {
    expect(regressions(ratchet.text, totals(fromText), 'text').map((r) => r.message)).toEqual([]);
  });

  holdTargets(
    () => allTargets(fromText, null),
    allTargets(fromText, null).map((t) => t.target),
  );
});

describe.skipIf(!present || !canOcr)('the development set of real documents, from the originals', () => {
  const { vocabulary } = projectContent();
  const golds = present ? goldsOf(FOLDER) : new Map();
  const fromText = present ? scoreTexts(FOLDER, golds, vocabulary) : [];
  let fromOriginal: ScoredDocument[] | null = null;
  const read = async () => {
    fromOriginal ??= await scoreOriginals(FOLDER, golds, vocabulary);
    return fromOriginal;
  };
  const names = ratchet.reached.filter((n) => n.startsWith('originals: '));
  const all = [...new Set([...names, ...allTargetNames()])];

  it('scores no figure below the ratchet', async () => {
    const original = await read();
    expect(ratchet.original, 'the ratchet records the originals').toBeDefined();
    expect(regressions(ratchet.original!, totals(original), 'originals').map((r) => r.message)).toEqual([]);
  }, 600_000);

  for (const name of all) {
    if (ratchet.reached.includes(name)) {
      it(`goes on meeting the target: ${name}`, async () => {
        const target = allTargets(fromText, await read()).find((t) => t.target === name);
        expect(target, name).toBeDefined();
        expect(`${name}: ${target!.met ? 'met' : `not met (${target!.measured})`}`).toBe(`${name}: met`);
      }, 600_000);
    } else {
      it.todo(`target not yet reached: ${name}`);
    }
  }
});

/** The names of the targets on the originals (they do not depend on the figures). */
function allTargetNames(): string[] {
  return allTargets([], []).map((t) => t.target).filter((n) => n.startsWith('originals: '));
}
