/**
 * The reading budget: a PDF may have so many pages, so many megapixels to
 * render for OCR (a page, and all of them), and so many seconds. Past a
 * limit it is refused in one sentence naming the limit and how to raise it
 * (the corpus build then skips it: tests/corpus/extract.test.ts). A page
 * that draws nothing is blank and needs no OCR, so 5,000 blank pages are
 * read in seconds when the budget allows them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { extractSource, type ReadingEvent } from '../../src/extract/index.js';
import { readingFromFlags, ReadingSettings } from '../../src/schemas/reading.js';
import { blankPdf, sampleScanOf } from '../../harness/large-originals.js';
import { missingTools, samplePdf, skipUnless } from '../../harness/sample-directive.js';

const missing = skipUnless('Reading budget tests', missingTools());

async function refusal(bytes: Uint8Array, options: Parameters<typeof extractSource>[2] = {}): Promise<{ message: string; overBudget: string | undefined }> {
  const read = await extractSource('source.pdf', bytes, options);
  if (read.ok) throw new Error('the file was read');
  return { message: read.message, overBudget: read.overBudget };
}

/** A PDF whose pages each draw one line (no text): something for OCR to look at. */
function drawnPdf(size: [number, number], pages = 1): Promise<Uint8Array> {
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info: { CreationDate: new Date(Date.UTC(2026, 0, 1)), Producer: 'tests' } });
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    doc.moveTo(10, 10).lineTo(200, 10).stroke();
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.end();
  });
}

describe('the reading budget’s settings', () => {
  it('have defaults that let a 300-page scanned volume through', () => {
    const defaults = ReadingSettings.parse({});
    expect(defaults).toEqual({ maxPages: 2000, maxPageMegapixels: 150, maxMegapixels: 3000, maxSeconds: 1800, ocrWorkers: null });
    // 300 A4 pages at 300 dpi, 8.7 megapixels each.
    expect(300 * 8.7).toBeLessThan(defaults.maxMegapixels);
  });

  it('are taken from flags, checked by the same schema, a wrong one named', () => {
    expect(readingFromFlags({ 'max-pages': '5000', 'ocr-workers': '1' })).toEqual({ ok: true, settings: { maxPages: 5000, ocrWorkers: 1 } });
    expect(readingFromFlags({ 'max-pages': 'nhiều' })).toMatchObject({ ok: false, message: expect.stringMatching(/^--max-pages nhiều: /) });
    expect(readingFromFlags({ 'ocr-workers': '0' })).toMatchObject({ ok: false, message: expect.stringMatching(/^--ocr-workers 0: /) });
    expect(readingFromFlags({ 'max-seconds': '' })).toMatchObject({ ok: false });
  });
});

describe.skipIf(missing !== null)('a PDF over its reading budget', () => {
  it('of 5,000 blank pages is refused for its pages before any page is read, in one sentence naming the limit and how to raise it', async () => {
    const events: ReadingEvent[] = [];
    const read = await refusal(await blankPdf(5000), { onProgress: (event) => events.push(event) });
    expect(read).toEqual({
      overBudget: 'maxPages',
      message: 'has 5,000 pages, more than the 2,000 pages a document may have: raise reading.maxPages in content/site.yaml, or pass --max-pages 5000',
    });
    expect(events).toEqual([{ stage: 'start' }, { stage: 'end' }]);
  }, 120_000);

  it('of 5,000 blank pages is read without OCR when the budget allows them, reporting every page as it goes', async () => {
    const events: ReadingEvent[] = [];
    // OCR not allowed: a page taken for a scan would say so instead.
    const read = await refusal(await blankPdf(5000), { ocr: false, reading: { maxPages: 5000 }, onProgress: (event) => events.push(event) });
    expect(read).toEqual({ overBudget: undefined, message: 'has no text: its 5,000 pages are all blank (they draw nothing): check that it is the directive, and export it again from its source' });
    const pages = events.filter((event) => event.stage === 'pages');
    expect(pages).toHaveLength(5001);
    expect(pages.at(-1)).toEqual({ stage: 'pages', done: 5000, total: 5000 });
    expect(events.some((event) => event.stage === 'ocr')).toBe(false);
  }, 120_000);

  it('reads a document whose blank pages sit among pages of text, without OCR', async () => {
    const text = await samplePdf();
    const blank = await blankPdf(1);
    // poppler's pdfunite puts the blank page after the text's three.
    const folder = mkdtempSync(join(tmpdir(), 'blank-among-'));
    try {
      writeFileSync(join(folder, 'text.pdf'), text);
      writeFileSync(join(folder, 'blank.pdf'), blank);
      execFileSync('pdfunite', [join(folder, 'text.pdf'), join(folder, 'blank.pdf'), join(folder, 'both.pdf')]);
      const read = await extractSource('source.pdf', new Uint8Array(readFileSync(join(folder, 'both.pdf'))), { ocr: false });
      if (!read.ok) throw new Error(read.message);
      expect(read.extraction.original).toMatchObject({ read: 'text-layer', pages: 4 });
      const alone = await extractSource('source.pdf', text, { ocr: false });
      if (!alone.ok) throw new Error(alone.message);
      // The blank page adds an empty page at the end, nothing else.
      expect(String(read.extraction.source).trimEnd()).toBe(String(alone.extraction.source).trimEnd());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('with a page too large to render for OCR is refused, naming the page and its size', async () => {
    // 200 × 200 inches: 60,000 pixels a side at 300 dpi.
    const read = await refusal(await drawnPdf([14_400, 14_400]));
    expect(read).toEqual({
      overBudget: 'maxPageMegapixels',
      message: 'has a page (1) of 60,000 × 60,000 pixels at 300 dpi (3,600 megapixels), more than the 150 megapixels a page may have for OCR: raise reading.maxPageMegapixels in content/site.yaml, or pass --max-page-megapixels 3600',
    });
  });

  it('needing more megapixels for OCR than its budget is refused before any page is rendered', async () => {
    const read = await refusal(await sampleScanOf(3), { reading: { maxMegapixels: 20 } });
    expect(read.overBudget).toBe('maxMegapixels');
    expect(read.message).toBe(
      'needs 27 megapixels rendered for OCR (3 pages without a text layer, at 300 dpi), more than the 20 megapixels a document may have rendered for OCR: raise reading.maxMegapixels in content/site.yaml, or pass --max-megapixels 27',
    );
  }, 60_000);

  it('still being read when its seconds are up is refused, saying where it was', async () => {
    const read = await refusal(await blankPdf(3000), { ocr: false, reading: { maxPages: 3000, maxSeconds: 0.05 } });
    expect(read.overBudget).toBe('maxSeconds');
    expect(read.message).toMatch(/^was still being read after 0\.05 s \((?:while opening it|at page [\d,]+ of 3,000)\), more than the 0\.05 s reading a document may take: raise reading\.maxSeconds in content\/site\.yaml, or pass --max-seconds$/);
  }, 60_000);
});
