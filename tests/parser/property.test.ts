/**
 * Properties over generated documents of the genre (harness/
 * generate-directive.ts): varied numbering styles and depths, hard wraps,
 * double spacing, page breaks with page numbers and stray-space lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/parser/index.js';
import type { Provision } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';
import { directiveArbitrary, type ExpectedProvision } from '../../harness/generate-directive.js';
import { treeWords } from '../support/words.js';

const { vocabulary } = projectContent();
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 100);
/** Shrinking finds the smallest failing document but takes minutes: ask for it with SHRINK=1. */
const OPTIONS = { numRuns: RUNS, seed: Number(process.env['PROPERTY_SEED'] ?? 20261128), endOnFailure: process.env['SHRINK'] !== '1' };

function parse(text: string) {
  return parseDirective({ source: text, path: 'generated.txt', vocabulary });
}

/** The expected structure in the shape of the parser's output. */
function shape(provisions: ExpectedProvision[]): unknown[] {
  return provisions.map((p) => ({ marker: p.marker, heading: p.heading, paragraphs: p.paragraphs, children: shape(p.children) }));
}

function actualShape(provisions: Provision[]): unknown[] {
  return provisions.map((p) => ({ marker: p.marker, heading: p.heading, paragraphs: p.paragraphs, children: actualShape(p.children) }));
}

describe('generated directives', () => {
  it('keep every word, in order, apart from page numbers', () => {
    fc.assert(
      fc.property(directiveArbitrary(), (generated) => {
        const { tree } = parse(generated.text);
        expect(treeWords(tree!)).toEqual(generated.words);
      }),
      OPTIONS,
    );
  }, 120_000);

  it('parse into the structure they were generated from', () => {
    fc.assert(
      fc.property(directiveArbitrary(), (generated) => {
        const { document } = parse(generated.text);
        expect(document!.addressees.map((a) => a.text)).toEqual(generated.addressees);
        expect(document!.preamble.map((p) => p.text)).toEqual(generated.preamble);
        expect(actualShape(document!.provisions)).toEqual(shape(generated.provisions));
        expect(document!.copiesTo.map((c) => c.text)).toEqual(generated.copiesTo);
        expect(document!.signature).toMatchObject({ authority: generated.signature.authority, title: generated.signature.title, name: generated.signature.name });
      }),
      OPTIONS,
    );
  }, 120_000);

  it('give every provision a unique id', () => {
    fc.assert(
      fc.property(directiveArbitrary(), (generated) => {
        const { document } = parse(generated.text);
        const ids: string[] = [];
        const walk = (ps: Provision[]): void => {
          for (const p of ps) {
            ids.push(p.id);
            walk(p.children);
          }
        };
        walk(document!.provisions);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      OPTIONS,
    );
  }, 120_000);
});
