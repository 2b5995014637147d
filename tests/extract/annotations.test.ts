/**
 * Words in annotations: PDFs of ours (harness/signed-pdf.ts) whose number
 * and day are stamped into signature fields, as signing software stamps
 * them, and whose other annotations carry text shown or not. The reader
 * finds each shown word once, on the line pdftotext sets it on, and
 * nothing of what is not shown.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATED, annotatedPdf, SIGNED, signedPdf } from '../../harness/signed-pdf.js';
import { missingTools, skipUnless } from '../../harness/sample-directive.js';
import { extractSource } from '../../src/extract/index.js';
import { buildText } from '../../src/extract/lines.js';
import { readPdf } from '../../src/extract/pdf.js';
import { parseDirective } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const missing = skipUnless('annotation tests', missingTools());
const { vocabulary } = projectContent();
const scratch = mkdtempSync(join(tmpdir(), 'annotations-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function words(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter(Boolean);
}

function pdftotext(pdf: Uint8Array, name: string): string {
  writeFileSync(join(scratch, name), pdf);
  return execFileSync('pdftotext', ['-layout', join(scratch, name), '-'], { encoding: 'utf8' });
}

async function extracted(pdf: Uint8Array): Promise<{ text: string; lines: string[] }> {
  const read = await extractSource('source.pdf', pdf);
  if (!read.ok) throw new Error(read.message);
  const text = read.extraction.source as string;
  return { text, lines: text.split('\n').map((line) => line.trim().replace(/\s+/gu, ' ')) };
}

const count = (list: string[], word: string) => list.filter((w) => w === word).length;

describe.skipIf(missing !== null)('a digitally signed PDF', () => {
  let pdf: Uint8Array;
  let text: string;
  let lines: string[];
  beforeAll(async () => {
    pdf = await signedPdf();
    ({ text, lines } = await extracted(pdf));
  }, 60_000);

  it('reads the number stamped over the blank after "Số:" on the number\'s own line', () => {
    expect(lines.find((line) => line.startsWith('Số:'))).toBe(`Số: ${SIGNED.number.stamp} ${SIGNED.number.after} Quảng Ngãi, ngày ${SIGNED.date.day} tháng ${SIGNED.date.month} năm ${SIGNED.date.year}`);
  });

  it('reads each stamped word once', () => {
    const all = words(text);
    expect([SIGNED.number.stamp, SIGNED.date.day, SIGNED.date.month].map((w) => count(all, w))).toEqual([1, 1, 1]);
  });

  it('is read word for word as pdftotext -layout reads it', () => {
    expect(words(text)).toEqual(words(pdftotext(pdf, 'signed.pdf')));
  });

  it('reads nothing of the fields flagged Hidden or NoView, nor of the signer\'s frame', () => {
    for (const hidden of SIGNED.hidden) expect(text).not.toContain(hidden);
  });

  it('parses the number, the date, the place and the subject', () => {
    const read = parseDirective({ source: text, path: 'source.pdf', vocabulary }).document!;
    expect(read.meta).toMatchObject(SIGNED.meta);
  });

  it('tells the stamped words from the page\'s own', async () => {
    const reading = await readPdf(pdf);
    const stamped = reading.pages.flatMap((page) => page.items.filter((item) => item.annotation).map((item) => item.text));
    expect(stamped).toEqual([SIGNED.number.stamp, SIGNED.date.day, SIGNED.date.month]);
  });
});

describe.skipIf(missing !== null)('a signed PDF whose number is stamped above "Số:"', () => {
  it('sets the number on a line of its own above "Số:", as pdftotext does', async () => {
    const pdf = await signedPdf({ numberAbove: true });
    const { text, lines } = await extracted(pdf);
    const at = lines.findIndex((line) => line.startsWith('Số:'));
    expect(lines[at - 1]).toBe(SIGNED.number.stamp);
    expect(lines[at]).toBe(`Số: ${SIGNED.number.after} Quảng Ngãi, ngày ${SIGNED.date.day} tháng ${SIGNED.date.month} năm ${SIGNED.date.year}`);
    expect(words(text)).toEqual(words(pdftotext(pdf, 'signed-above.pdf')));
  }, 60_000);
});

describe.skipIf(missing !== null)('a PDF with other annotations', () => {
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    pdf = await annotatedPdf();
    ({ text } = await extracted(pdf));
  }, 60_000);

  it('reads the words of free text, a stamp and a filled text field once each', () => {
    for (const shown of [ANNOTATED.freeText, ANNOTATED.stamp, ANNOTATED.textField]) expect(text.split(shown)).toHaveLength(2);
  });

  it('reads nothing of the annotations flagged Hidden or NoView, nor of a link', () => {
    for (const hidden of ANNOTATED.hidden) expect(text).not.toContain(hidden);
    expect(words(text)).toEqual(words([...ANNOTATED.page, ANNOTATED.freeText, ANNOTATED.stamp, ANNOTATED.textField].join(' ')));
  });

  it('is read word for word as pdftotext -layout reads it', () => {
    expect(words(text)).toEqual(words(pdftotext(pdf, 'annotated.pdf')));
  });
});

describe('laying out stamped words', () => {
  const page = { number: 1, width: 595, height: 842 };
  it('never glues a stamped word to the page\'s word it is set against', () => {
    const built = buildText([
      {
        ...page,
        items: [
          { text: 'Hà Nội, ngày', x: 300, y: 100, width: 80, size: 13 },
          { text: '07', x: 380.5, y: 100.5, width: 13, size: 13, annotation: true },
          { text: 'tháng 5 năm 2026', x: 394, y: 100, width: 100, size: 13 },
        ],
      },
    ]);
    expect(built.text.trim()).toBe('Hà Nội, ngày 07 tháng 5 năm 2026');
  });
});
