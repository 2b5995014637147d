/**
 * Reading PDFs: a PDF of ours (harness/sample-directive.ts) read
 * through PDF.js gives the text pdftotext gives, and parses to the
 * structure the sample has — header by columns, bold titles, the footnote
 * and its raised mark, the running footer and page numbers set aside.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSource, type Extraction } from '../../src/extract/index.js';
import { parseDirective } from '../../src/parser/index.js';
import type { DirectiveDocument } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';
import { encodeTcvn3, missingTools, SAMPLE, samplePdf, sampleScan, skipUnless } from '../../harness/sample-directive.js';
import { ocrMissing } from '../../src/extract/ocr.js';

const missing = skipUnless('PDF tests', missingTools());

const { vocabulary } = projectContent();
const scratch = mkdtempSync(join(tmpdir(), 'pdf-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Words of a text with the footnote marks taken out (pdftotext prints a raised mark on a line of its own). */
function words(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter(Boolean);
}

describe.skipIf(missing !== null)('a PDF with a text layer', () => {
  let pdf: Uint8Array;
  let extraction: Extraction;
  let document: DirectiveDocument;
  beforeAll(async () => {
    pdf = await samplePdf();
    const read = await extractSource('source.pdf', pdf);
    if (!read.ok) throw new Error(read.message);
    extraction = read.extraction;
    document = parseDirective({ source: extraction.source, path: 'source.pdf', vocabulary, hints: extraction.hints, original: extraction.original }).document!;
  }, 60_000);

  it('is read word for word as pdftotext reads it, the raised footnote mark aside', () => {
    writeFileSync(join(scratch, 'sample.pdf'), pdf);
    const reference = execFileSync('pdftotext', ['-layout', join(scratch, 'sample.pdf'), '-'], { encoding: 'utf8' });
    const text = extraction.source as string;
    const marks = extraction.hints!.lines.flatMap((hint) => hint?.marks ?? []);
    expect(marks.map((m) => m.mark)).toEqual([SAMPLE.preamble.mark]);
    // pdftotext sets the raised mark on its own line; we glue it to its word, as printed.
    const ours = words(text).map((w) => (w.endsWith(`,${SAMPLE.preamble.mark}`) ? w.slice(0, -1) : w));
    const theirs = words(reference).filter((w, i, all) => !(w === SAMPLE.preamble.mark && all[i + 1]?.startsWith('Thực')));
    expect(ours).toEqual(theirs);
  });

  it('describes the original: a PDF of three pages read from its text layer', () => {
    expect(extraction.original).toMatchObject({ file: 'source.pdf', format: 'pdf', read: 'text-layer', pages: 3, bytes: pdf.length });
    expect(document.sourceSha256).toBe(extraction.original!.sha256);
  });

  it('reads the header from its two columns', () => {
    expect(document.meta).toMatchObject({ ...SAMPLE.meta, issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi' });
    expect(document.provenance['number']).toMatchObject({ from: 'text', page: 1 });
    expect(document.addressees.map((a) => a.text)).toEqual(['Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.']);
  });

  it('keeps every item, titled by its bold line, with the page it stands on', () => {
    expect(document.provisions.map((p) => [p.number, p.heading])).toEqual(SAMPLE.items.map((item, i) => [String(i + 1), item.heading]));
    expect(document.provisions.map((p) => p.children.length)).toEqual(SAMPLE.items.map((item) => item.bullets.length));
    expect(document.provisions[0]!.source).toMatchObject({ startPage: 1, endPage: 1 });
    expect(document.provisions.map((p) => p.source.startPage)).toEqual([1, 1, 1, 2, 2, 2, 2, 2]);
    expect(document.signature!.source).toMatchObject({ startPage: 3, endPage: 3 });
  });

  it('takes the footnote out of the text, with its mark', () => {
    expect(document.footnotes.map((f) => [f.mark, f.text])).toEqual([[SAMPLE.preamble.mark, SAMPLE.footnote]]);
    expect(document.preamble[0]!.text).toBe(`${SAMPLE.preamble.before} ${SAMPLE.preamble.after}`);
  });

  it('sets the running footer and the page numbers aside, and nothing else', () => {
    expect(document.artefacts.map((a) => [a.kind, a.text])).toEqual([
      ['running-footer', SAMPLE.footer],
      ['page-number', '2'],
      ['running-footer', SAMPLE.footer],
      ['page-number', '3'],
      ['running-footer', SAMPLE.footer],
    ]);
  });

  it('reads the closing, Nơi nhận and the signature beside it', () => {
    expect(document.closing.map((c) => c.text)).toEqual([SAMPLE.closing]);
    expect(document.copiesTo.map((c) => c.text)).toEqual(SAMPLE.copiesTo.slice(1).map((line) => line.replace(/^- /, '')));
    expect(document.signature).toMatchObject({ authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn Bình' });
  });
});

describe.skipIf(missing !== null)('a PDF whose text layer lies', () => {
  it('is repaired when it carries a legacy encoding (TCVN3), and says so', async () => {
    const read = await extractSource('source.pdf', await samplePdf({ encode: encodeTcvn3 }));
    if (!read.ok) throw new Error(read.message);
    expect(read.extraction.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/text layer of page 1 is not Vietnamese as it stands .*repaired as TCVN3/),
      expect.stringMatching(/page 2/),
      expect.stringMatching(/page 3/),
    ]);
    const document = parseDirective({ source: read.extraction.source, path: 'source.pdf', vocabulary, hints: read.extraction.hints }).document!;
    expect(document.meta).toMatchObject(SAMPLE.meta);
    expect(document.provisions.map((p) => p.heading)).toEqual(SAMPLE.items.map((item) => item.heading));
  }, 60_000);

  it.skipIf(ocrMissing() !== null)('is read by OCR when no repair makes it Vietnamese', async () => {
    const read = await extractSource('source.pdf', await sampleScan(await samplePdf(), { lyingLayer: true }));
    if (!read.ok) throw new Error(read.message);
    expect(read.extraction.original!.read).toBe('ocr');
    expect(read.extraction.warnings.filter((w) => /no known repair makes it so: the page is read by OCR/.test(w.message)).map((w) => w.page)).toEqual([1, 2, 3]);
    const document = parseDirective({ source: read.extraction.source, path: 'source.pdf', vocabulary, hints: read.extraction.hints }).document!;
    expect(document.provisions.map((p) => p.number)).toEqual(SAMPLE.items.map((_, i) => String(i + 1)));
  }, 240_000);
});
