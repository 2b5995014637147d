/**
 * The targets on our own example documents (tests/fixtures/accuracy:
 * invented texts in the genre's shapes — layout and reading-order PDF text,
 * Word, OCR — with gold standards written by reading them). They run in
 * every test run, where the real development set is not available.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gold } from '../../src/accuracy/gold.js';
import { targets, totals } from '../../src/accuracy/report.js';
import { scoreDocument } from '../../src/accuracy/score.js';
import { viewOf } from '../../src/accuracy/view.js';
import { parseDirective } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const FOLDER = 'tests/fixtures/accuracy';
const { vocabulary } = projectContent();
const scored = readdirSync(FOLDER)
  .filter((name) => existsSync(join(FOLDER, name, 'source.txt')))
  .sort()
  .map((name) => {
    const gold = Gold.parse(JSON.parse(readFileSync(join(FOLDER, name, 'gold.json'), 'utf8')));
    const bytes = new Uint8Array(readFileSync(join(FOLDER, name, 'source.txt')));
    const outcome = parseDirective({ source: bytes, path: `${name}/source.txt`, vocabulary });
    return { name, form: gold.form ?? '?', score: scoreDocument(gold, viewOf(outcome), new TextDecoder().decode(bytes)) };
  });

describe('our own example documents', () => {
  it('are several, of every shape', () => {
    expect(scored.length).toBeGreaterThanOrEqual(8);
    expect(new Set(scored.map((d) => d.form))).toEqual(new Set(['pdf-layout', 'pdf-reading-order', 'docx', 'ocr']));
  });
  for (const target of targets(totals(scored))) {
    it(`meet the target: ${target.target} (${target.measured})`, () => {
      expect(target.met).toBe(true);
    });
  }
});
