/**
 * Reading Word files: a .docx of ours (made with the docx library, its
 * items numbered by Word's automatic numbering) parses to the structure the
 * sample has; the numbering is printed as Word prints it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSource, type Extraction } from '../../src/extract/index.js';
import { bulletMark, formatNumber, Numbering } from '../../src/extract/numbering.js';
import { parseDirective } from '../../src/parser/index.js';
import type { DirectiveDocument } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';
import { SAMPLE, sampleDocx } from '../../harness/sample-directive.js';

const { vocabulary } = projectContent();

describe('Word numbering', () => {
  it('formats counters as Word does', () => {
    expect([1, 4, 9, 14, 27].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XXVII']);
    expect([1, 2, 26, 27].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'b', 'z', 'aa']);
    expect(formatNumber(7, 'decimalZero')).toBe('07');
  });

  it('prints bullets as the genre types them', () => {
    expect(['\uf0b7', '-', '–', 'o', '\uf0a7', '+'].map(bulletMark)).toEqual(['•', '-', '–', '+', '*', '+']);
  });

  it('counts per list, resets deeper levels, and restarts where an instance says so', () => {
    const level = (format: string, text: string, start = 1) => ({ start, format, text, suffix: 'tab' as const, legal: false });
    const numbering = new Numbering({
      abstract: new Map([['0', new Map([[0, level('upperRoman', '%1.')], [1, level('decimal', '%2.')], [2, level('decimal', '%2.%3.')]])]]),
      instances: new Map([
        ['1', { abstractId: '0', starts: new Map(), levels: new Map() }],
        ['2', { abstractId: '0', starts: new Map([[1, 5]]), levels: new Map() }],
      ]),
    });
    const marks = [
      ['1', 0], ['1', 1], ['1', 2], ['1', 2], ['1', 1], ['1', 0], ['1', 1], ['2', 1],
    ].map(([id, l]) => numbering.next(id as string, l as number)!.mark);
    expect(marks).toEqual(['I.', '1.', '1.1.', '1.2.', '2.', 'II.', '1.', '5.']);
  });
});

describe('a Word file', () => {
  let extraction: Extraction;
  let document: DirectiveDocument;
  beforeAll(async () => {
    const read = await extractSource('source.docx', await sampleDocx());
    if (!read.ok) throw new Error(read.message);
    extraction = read.extraction;
    document = parseDirective({ source: extraction.source, path: 'source.docx', vocabulary, hints: extraction.hints, original: extraction.original }).document!;
  }, 60_000);

  it('describes the original: a Word file, read from its paragraphs', () => {
    expect(extraction.original).toMatchObject({ file: 'source.docx', format: 'docx', read: 'word', pages: null });
  });

  it('reads the header from its table, cell by cell', () => {
    expect(document.meta).toMatchObject({ ...SAMPLE.meta, issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi' });
  });

  it('prints the automatic numbering and keeps every item, titled by its bold line', () => {
    expect(document.provisions.map((p) => [p.number, p.heading])).toEqual(SAMPLE.items.map((item, i) => [String(i + 1), item.heading]));
    expect(document.provisions.map((p) => p.children.map((c) => c.text))).toEqual(SAMPLE.items.map((item) => [...item.bullets]));
  });

  it('takes the footnote out of the text, with its mark', () => {
    expect(document.footnotes.map((f) => [f.mark, f.text])).toEqual([['1', SAMPLE.footnote]]);
    expect(document.preamble[0]!.text).toBe(`${SAMPLE.preamble.before} ${SAMPLE.preamble.after}`);
  });

  it('reads Nơi nhận beside the signature, and the appendix table row by row', () => {
    expect(document.copiesTo).toHaveLength(SAMPLE.copiesTo.length - 1);
    expect(document.signature).toMatchObject({ authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn Bình' });
    expect(document.appendices.map((a) => [a.title, a.rows.length])).toEqual([['Phụ lục', 3]]);
  });
});
