/**
 * The targets of the real-documents issue, on the development set of real
 * documents (../shared/real-corpus, or $REAL_CORPUS). Those documents are
 * not the project's and are never copied into it: when the folder is not
 * there, these tests say loudly that they skipped.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targets, totals } from '../../src/accuracy/report.js';
import { scoreFolder } from '../support/accuracy.js';

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
