/**
 * Word text boxes: Word files of ours (harness/text-box-docx.ts) whose
 * number and V/v stand in text boxes, each written twice (DrawingML, and
 * VML for old Word) or in VML alone. Each box is read once, where it
 * stands: a box anchored in a header cell with that cell, a one-line box
 * over a blank field in the blank, a box set above its paragraph before it.
 */
import { describe, expect, it } from 'vitest';
import { BOXED, docxOf, layoutTable, paragraph, textBox, textBoxDocx } from '../../harness/text-box-docx.js';
import { extractSource } from '../../src/extract/index.js';
import { parseDirective } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const { vocabulary } = projectContent();

async function extracted(docx: Uint8Array): Promise<{ text: string; lines: string[] }> {
  const read = await extractSource('source.docx', docx);
  if (!read.ok) throw new Error(read.message);
  const text = read.extraction.source as string;
  return { text, lines: text.split('\n').map((line) => line.trim().replace(/\s+/gu, ' ')).filter(Boolean) };
}

const occurrences = (text: string, words: string) => text.split(words).length - 1;

describe.each([
  ['with a VML fallback copy of each box', {}],
  ['with its boxes in VML alone (old Word)', { vml: true }],
])('a Công văn whose number and V/v are in text boxes, %s', (_, options) => {
  it('reads the number into the blank after "Số:", on the header\'s line', async () => {
    const { lines } = await extracted(await textBoxDocx(options));
    expect(lines.slice(0, 3)).toEqual([
      `${BOXED.left[0]} ${BOXED.right[0]}`,
      `${BOXED.left[1]} ${BOXED.right[1]}`,
      `Số: ${BOXED.numberBox} /UBND-NNMT ${BOXED.right[2]}`,
    ]);
  });

  it('reads the V/v from its box, in the header cell it is anchored in, just below the number', async () => {
    const { lines } = await extracted(await textBoxDocx(options));
    expect(lines.slice(3, 5)).toEqual([...BOXED.subjectBox]);
  });

  it('reads each box once', async () => {
    const { text, lines } = await extracted(await textBoxDocx(options));
    expect(occurrences(text, BOXED.numberBox)).toBe(1);
    expect(BOXED.subjectBox.map((line) => lines.filter((l) => l === line).length)).toEqual([1, 1]);
    expect(occurrences(text, 'V/v')).toBe(1);
  });

  it('parses the number, the date and the subject', async () => {
    const { text } = await extracted(await textBoxDocx(options));
    const document = parseDirective({ source: text, path: 'source.docx', vocabulary }).document!;
    expect(document.meta).toMatchObject(BOXED.meta);
  });
});

describe('text boxes in the body', () => {
  it('read a box set above its paragraph before it, and one set below after it', async () => {
    const body = paragraph(
      'Đoạn văn giữ hai khung chữ.',
      textBox(['Khung đặt phía trên.'], { top: -30, left: 0 }),
      textBox(['Khung đặt phía dưới.'], { top: 24, left: 0 }),
    );
    const { lines } = await extracted(await docxOf(body));
    expect(lines).toEqual(['Khung đặt phía trên.', 'Đoạn văn giữ hai khung chữ.', 'Khung đặt phía dưới.']);
  });

  it('keep a box of several lines set over a blank as lines of their own', async () => {
    const body = layoutTable([9000], [[paragraph('Số:          /BC-UBND', textBox(['Dòng một của khung.', 'Dòng hai của khung.'], { top: 0, left: 24 }))]]);
    const { lines } = await extracted(await docxOf(body));
    expect(lines).toEqual(['Số: /BC-UBND', 'Dòng một của khung.', 'Dòng hai của khung.']);
  });

  it('fill a blank at the end of a line ("Số:") with a one-line box set over it', async () => {
    const body = paragraph('Số:', textBox(['27/BC-UBND'], { top: 2, left: 20 }));
    const { lines } = await extracted(await docxOf(body));
    expect(lines).toEqual(['Số: 27/BC-UBND']);
  });
});
