/**
 * The blind rounds that have not yet met every target
 * (tests/fixtures/blind/<round>/: invented documents written by a helper
 * that had read neither the parser nor the real documents, scored before
 * any fix — see that folder's README). Like the development set they are
 * held to a ratchet: the figures reached so far, committed beside them
 * (<round>-ratchet.json), may rise and never fall. When a round meets every
 * target, it joins our own examples (tests/fixtures/accuracy), which must.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTargets, goldsOf, scoreTexts } from '../../src/accuracy/development-set.js';
import { Ratchet, regressions } from '../../src/accuracy/ratchet.js';
import { totals } from '../../src/accuracy/report.js';
import { projectContent } from '../support/content.js';
import { readCorrections } from '../../src/corpus/corrections.js';
import { validateYaml } from '../../src/corpus/validate-yaml.js';
import { DirectiveMetaFile } from '../../src/schemas/meta.js';
import { type Editorial, scoreSource } from '../../src/accuracy/view.js';

const ROOT = 'tests/fixtures/blind';
const rounds = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'README.md'))).sort();

describe('the blind rounds', () => {
  it('each have a ratchet', () => {
    expect(rounds.length).toBeGreaterThan(0);
    for (const round of rounds) expect(existsSync(join(ROOT, `${round}-ratchet.json`)), round).toBe(true);
  });

  for (const round of rounds) {
    describe(round, () => {
      const ratchet = Ratchet.parse(JSON.parse(readFileSync(join(ROOT, `${round}-ratchet.json`), 'utf8')));
      const { vocabulary } = projectContent();
      const scored = scoreTexts(join(ROOT, round), goldsOf(join(ROOT, round)), vocabulary);

      it('scores no figure below the ratchet', () => {
        expect(regressions(ratchet.text, totals(scored), round).map((r) => r.message)).toEqual([]);
      });

      // The editors' corrections beside each document (corrections.yaml, meta.yaml) make every one of them right.
      it("reads every document fully right with the editors' corrections", () => {
        const wrong: string[] = [];
        for (const [name, gold] of goldsOf(join(ROOT, round))) {
          const folder = join(ROOT, round, name);
          const editorial: Editorial = {};
          const corrections = join(folder, 'corrections.yaml');
          if (existsSync(corrections)) {
            const read = readCorrections(readFileSync(corrections, 'utf8'), corrections);
            if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`).join('\n'));
            editorial.corrections = read.corrections;
          }
          const meta = join(folder, 'meta.yaml');
          if (existsSync(meta)) {
            const read = validateYaml(DirectiveMetaFile, readFileSync(meta, 'utf8'), meta);
            if (!read.ok) throw new Error(read.problems[0]!.message);
            editorial.meta = read.data;
          }
          const score = scoreSource(gold, new Uint8Array(readFileSync(join(folder, 'source.txt'))), name, vocabulary, undefined, editorial);
          const details = Object.values(score.fields).flatMap((f) => f?.details.filter((d) => !/: extra /u.test(d)) ?? []);
          if ((score.refused?.length ?? 0) > 0 || details.length > 0 || score.wordsLost > 0) wrong.push(`${name}: ${[...(score.refused ?? []), ...details].join('; ')}`);
        }
        expect(wrong).toEqual([]);
      });

      for (const target of allTargets(scored, null)) {
        if (ratchet.reached.includes(target.target)) {
          it(`goes on meeting the target: ${target.target}`, () => {
            expect(`${target.target}: ${target.met ? 'met' : `not met (${target.measured})`}`).toBe(`${target.target}: met`);
          });
        } else {
          it.todo(`target not yet reached: ${target.target} (${target.measured})`);
        }
      }
    });
  }
});
