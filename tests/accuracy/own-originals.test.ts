/**
 * The targets on our own originals (tests/fixtures/originals: invented
 * PDFs and Word files with gold standards), read as the corpus build reads
 * a source.pdf or source.docx. They run in every test run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Gold } from '../../src/accuracy/gold.js';
import { scoreOriginal } from '../../src/accuracy/originals.js';
import { targets, totals, type ScoredDocument } from '../../src/accuracy/report.js';
import { projectContent } from '../support/content.js';

const FOLDER = 'tests/fixtures/originals';
const names = readdirSync(FOLDER, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('our own originals', () => {
  const scored: ScoredDocument[] = [];
  beforeAll(async () => {
    const { vocabulary } = projectContent();
    for (const name of names) {
      const gold = Gold.parse(JSON.parse(readFileSync(join(FOLDER, name, 'gold.json'), 'utf8')));
      const result = await scoreOriginal(join(FOLDER, name), gold, vocabulary);
      if ('skipped' in result) throw new Error(`${name}: ${result.skipped}`);
      scored.push({ name, form: gold.form ?? '?', score: result.score });
    }
  }, 120_000);

  it('are PDFs and Word files', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(new Set(scored.map((d) => d.form))).toEqual(new Set(['pdf-text-layer', 'docx']));
  });

  it('meet every target', () => {
    const unmet = targets(totals(scored)).filter((t) => !t.met).map((t) => `${t.target}: ${t.measured}`);
    expect(unmet).toEqual([]);
  });
});
