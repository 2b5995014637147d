/**
 * Reading a scan: the PDF of ours, rendered to images and wrapped back into
 * a PDF with no text layer, is read by OCR (Tesseract, Vietnamese) and
 * parses to the same structure as the PDF it was made from. The word error
 * rate against the text layer is reported. Read with two OCR processes at
 * once and with one, it reads the same, page for page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSource, type Extraction, type ReadingEvent } from '../../src/extract/index.js';
import { ocrMissing } from '../../src/extract/ocr.js';
import { parseDirective } from '../../src/parser/index.js';
import type { DirectiveDocument } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';
import { missingTools, skipUnless, SAMPLE, samplePdf, sampleScan } from '../../harness/sample-directive.js';

const missing = skipUnless('OCR tests', missingTools() ?? ocrMissing());

const { vocabulary } = projectContent();

/** Edit distance between two word sequences (rolling rows: memory linear in one of them). */
function wordDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

/** The document's words as a reader sees them: header, text, closing, Nơi nhận, signature (page furniture left out). */
function readerWords(document: DirectiveDocument): string[] {
  const all = (ps: DirectiveDocument['provisions']): string[] => ps.flatMap((p) => [p.heading ?? '', p.text, ...all(p.children)]);
  return [
    ...document.header.map((h) => h.text),
    ...document.addressees.map((a) => a.text),
    ...document.preamble.map((p) => p.text),
    ...all(document.provisions),
    ...document.closing.map((c) => c.text),
    ...document.copiesTo.map((c) => c.text),
    ...(document.signature?.lines ?? []),
  ]
    .join(' ')
    .normalize('NFC')
    .split(/\s+/u)
    .filter(Boolean);
}

describe.skipIf(missing !== null)('a scanned PDF', () => {
  let fromText: DirectiveDocument;
  let fromScan: DirectiveDocument;
  let read: 'ocr' | string;
  let warnings: number;
  let inParallel: Extraction;
  let oneByOne: Extraction;
  const events: ReadingEvent[] = [];
  beforeAll(async () => {
    const pdf = await samplePdf();
    const layer = await extractSource('source.pdf', pdf);
    const scanned = await sampleScan(pdf);
    const scan = await extractSource('source.pdf', scanned, { reading: { ocrWorkers: 2 }, onProgress: (event) => events.push(event) });
    const serial = await extractSource('source.pdf', scanned, { reading: { ocrWorkers: 1 } });
    if (!layer.ok) throw new Error(layer.message);
    if (!scan.ok) throw new Error(scan.message);
    if (!serial.ok) throw new Error(serial.message);
    inParallel = scan.extraction;
    oneByOne = serial.extraction;
    read = scan.extraction.original!.read;
    warnings = scan.extraction.warnings.length;
    fromText = parseDirective({ source: layer.extraction.source, path: 'source.pdf', vocabulary, hints: layer.extraction.hints }).document!;
    fromScan = parseDirective({ source: scan.extraction.source, path: 'source.pdf', vocabulary, hints: scan.extraction.hints }).document!;
  }, 300_000);

  it('reads the same with two pages recognised at once as one after another, in page order', () => {
    expect(events.filter((event) => event.stage === 'ocr')).toEqual([0, 1, 2, 3].map((done) => ({ stage: 'ocr', done, total: 3, workers: 2 })));
    expect(inParallel.source).toBe(oneByOne.source);
    expect(inParallel.hints).toEqual(oneByOne.hints);
    expect(inParallel.warnings).toEqual(oneByOne.warnings);
    const pages = (inParallel.hints?.lines ?? []).map((line) => line?.page ?? 0);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(new Set(pages)).toEqual(new Set([1, 2, 3]));
  });

  it('is read by OCR, page by page', () => {
    expect(read).toBe('ocr');
    expect(warnings).toBeGreaterThanOrEqual(0);
  });

  it('parses to the structure of the PDF it was made from', () => {
    expect(fromScan.meta).toMatchObject({ documentType: fromText.meta.documentType, number: fromText.meta.number, date: fromText.meta.date, place: fromText.meta.place });
    expect(fromScan.provisions.map((p) => p.number)).toEqual(fromText.provisions.map((p) => p.number));
    expect(fromScan.provisions.map((p) => p.children.length)).toEqual(fromText.provisions.map((p) => p.children.length));
    expect(fromScan.copiesTo).toHaveLength(fromText.copiesTo.length);
    expect(fromScan.signature?.name).toBe(SAMPLE.signature.at(-1));
    expect(fromScan.artefacts.filter((a) => a.kind === 'page-number').map((a) => a.text)).toEqual(['2', '3']);
  });

  it('has a word error rate, reported, below one word in ten', () => {
    const reference = readerWords(fromText);
    const recognised = readerWords(fromScan);
    const rate = wordDistance(recognised, reference) / reference.length;
    process.stderr.write(`OCR word error rate on the sample scan: ${(rate * 100).toFixed(1)} % of ${reference.length} words\n`);
    expect(rate).toBeLessThan(0.1);
  });
});

