/**
 * The targets on our own example documents (tests/fixtures/accuracy:
 * invented texts in the genre's shapes — layout and reading-order PDF text,
 * Word, OCR — with gold standards written by reading them). They run in
 * every test run, where the real development set is not available.
 */
import { describe, expect, it } from 'vitest';
import { targets, totals } from '../../src/accuracy/report.js';
import { scoreFolder } from '../support/accuracy.js';

const scored = scoreFolder('tests/fixtures/accuracy');

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
