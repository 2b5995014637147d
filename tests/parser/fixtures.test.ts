/**
 * Every folder of tests/fixtures/parser/ is a case: `input.txt`, a README
 * saying what it exercises, and the reviewed expected output —
 * `expected.json` (the document, or the one error for bad input) and
 * `expected.txt` (the plain-text round trip); a case may hold an editor's
 * `corrections.yaml`, which the parser then follows. Regenerate the expected files
 * with `npm run fixtures:update`, then review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDirective, toText } from '../../src/parser/index.js';
import { diagnosticsOf } from '../../src/parser/output/to-document.js';
import { readCorrections } from '../../src/corpus/corrections.js';
import { projectContent } from '../support/content.js';
import { sourceWords, treeWords } from '../support/words.js';

const ROOT = 'tests/fixtures/parser';
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

function expectFile(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!UPDATE) throw new Error(`${path} did not exist: written now, review it and run the tests again`);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const cases = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'input.txt'))).sort();

describe('parser fixtures', () => {
  it('has a case for every genre feature', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of cases) {
    describe(name, () => {
      const bytes = new Uint8Array(readFileSync(join(ROOT, name, 'input.txt')));
      const { vocabulary } = projectContent();
      // An editor's corrections beside the source, where the case has them.
      const correctionsPath = join(ROOT, name, 'corrections.yaml');
      const read = existsSync(correctionsPath) ? readCorrections(readFileSync(correctionsPath, 'utf8'), `${name}/corrections.yaml`) : null;
      if (read && !read.ok) throw new Error(read.problems.map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`).join('\n'));
      const corrections = read?.ok ? read.corrections : null;
      const outcome = parseDirective({ source: bytes, path: `${name}/input.txt`, slug: name, vocabulary, corrections });

      it('gives the reviewed document (or the reviewed error)', () => {
        const result = outcome.document ?? { errors: diagnosticsOf(outcome.file).filter((d) => d.severity === 'error') };
        expectFile(join(ROOT, name, 'expected.json'), `${JSON.stringify(result, null, 2)}\n`);
      });

      if (!outcome.tree) return;
      const tree = outcome.tree;

      it('prints back as the reviewed plain text', () => {
        expectFile(join(ROOT, name, 'expected.txt'), toText(tree));
      });

      it('keeps every word of the source, once, apart from reported page furniture', () => {
        const source = sourceWords(new TextDecoder().decode(bytes), tree.data.artefacts.map((a) => a.line));
        const kept = treeWords(tree);
        // Merged columns are regrouped and footnotes moved out of their page: then only the words, not their order, are kept.
        if (tree.data.columnsMerged || tree.data.footnotesMoved) expect([...kept].sort()).toEqual([...source].sort());
        else expect(kept).toEqual(source);
        const reported = outcome.file.messages.filter((m) => m.ruleId === 'page-artefact').map((m) => m.line);
        expect(reported).toEqual(tree.data.artefacts.map((a) => a.line));
      });

      it('prints back every word of the source: the text, then the page furniture set aside', () => {
        const printed = toText(tree).split(/\s+/).filter(Boolean);
        const furniture = tree.data.artefacts.flatMap((a) => a.text.split(/\s+/).filter(Boolean));
        expect(printed).toEqual([...treeWords(tree), ...furniture]);
        expect([...printed].sort()).toEqual([...sourceWords(new TextDecoder().decode(bytes))].sort());
      });
    });
  }
});
