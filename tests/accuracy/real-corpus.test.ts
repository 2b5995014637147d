/**
 * The targets of the real-documents issue, on the development set of real
 * documents (../shared/real-corpus, or $REAL_CORPUS). Those documents are
 * not the project's and are never copied into it: when the folder is not
 * there, these tests say loudly that they skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gold } from '../../src/accuracy/gold.js';
import { targets, totals, type ScoredDocument } from '../../src/accuracy/report.js';
import { scoreDocument } from '../../src/accuracy/score.js';
import { viewOf } from '../../src/accuracy/view.js';
import { parseDirective } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const FOLDER = process.env['REAL_CORPUS'] ?? resolve(process.cwd(), '../shared/real-corpus');
const present = existsSync(FOLDER);
if (!present) process.stderr.write(`\n*** REAL-DOCUMENT ACCURACY TESTS SKIPPED: ${FOLDER} not found (set REAL_CORPUS to the development set) ***\n\n`);

function scoreAll(): ScoredDocument[] {
  const { vocabulary } = projectContent();
  return readdirSync(FOLDER)
    .filter((name) => existsSync(join(FOLDER, name, 'gold.json')) && existsSync(join(FOLDER, name, 'source.txt')))
    .sort()
    .map((name) => {
      const gold = Gold.parse(JSON.parse(readFileSync(join(FOLDER, name, 'gold.json'), 'utf8')));
      const bytes = new Uint8Array(readFileSync(join(FOLDER, name, 'source.txt')));
      const outcome = parseDirective({ source: bytes, path: `${name}/source.txt`, vocabulary });
      return { name, form: gold.form ?? '?', score: scoreDocument(gold, viewOf(outcome), new TextDecoder().decode(bytes)) };
    });
}

describe.skipIf(!present)('the development set of real documents', () => {
  const scored = present ? scoreAll() : [];
  for (const target of present ? targets(totals(scored)) : []) {
    it(`meets the target: ${target.target} (${target.measured})`, () => {
      expect(target.met).toBe(true);
    });
  }
});
