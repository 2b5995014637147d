/**
 * Files that cannot be read get one clear sentence each, naming what to do:
 * an encrypted or damaged PDF, a scan when OCR is not there, an old .doc, a
 * .docx that is not a Word file, a PDF given as text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { extractSource } from '../../src/extract/index.js';
import { missingTools, skipUnless, samplePdf, sampleScan } from '../../harness/sample-directive.js';

const missing = skipUnless('Bad-PDF tests', missingTools());

async function message(name: string, bytes: Uint8Array, options: { ocr?: boolean } = {}): Promise<string> {
  const read = await extractSource(name, bytes, options);
  if (read.ok) throw new Error(`${name} was read`);
  return read.message;
}

function zip(entries: Record<string, string>): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const file = new yazl.ZipFile();
    for (const [name, text] of Object.entries(entries)) file.addBuffer(Buffer.from(text), name, { mtime: new Date(Date.UTC(2026, 0, 1)) });
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (c: Buffer) => chunks.push(c));
    file.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    file.end();
  });
}

describe.skipIf(missing !== null)('a PDF that cannot be read', () => {
  it('says so when it is encrypted', async () => {
    expect(await message('source.pdf', await samplePdf({ userPassword: 'mat-khau' }))).toMatch(/is an encrypted PDF .*without a password/);
  });

  it('says so when it is damaged', async () => {
    const pdf = await samplePdf();
    expect(await message('source.pdf', new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...pdf.subarray(9, 400)]))).toMatch(/is not a readable PDF .*download it again/);
    expect(await message('source.pdf', new TextEncoder().encode('<html>không phải PDF</html>'))).toMatch(/is not a PDF \(it does not start with "%PDF-"\)/);
  });

  it('says what to install when a scan needs OCR that is not there', async () => {
    const scan = await sampleScan(await samplePdf());
    expect(await message('source.pdf', scan, { ocr: false })).toMatch(/has no text layer \(it is a scan\), and OCR was not asked for/);
    const path = process.env['PATH'];
    const empty = mkdtempSync(join(tmpdir(), 'no-ocr-'));
    process.env['PATH'] = empty;
    try {
      expect(await message('source.pdf', scan)).toMatch(/reading it needs OCR: install tesseract-ocr, tesseract-ocr-vie, poppler-utils/);
    } finally {
      process.env['PATH'] = path;
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a Word file that cannot be read', () => {
  it('says so when it is an old .doc', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await message('source.docx', ole)).toMatch(/is an old Word file \(\.doc\).*save it as \.docx/);
  });

  it('says so when it is not a zip, or a zip with no Word document in it', async () => {
    expect(await message('source.docx', new TextEncoder().encode('văn bản thường'))).toMatch(/is not a Word file/);
    expect(await message('source.docx', await zip({ 'readme.txt': 'xin chào' }))).toMatch(/is a zip archive but not a Word document \(it has no word\/document\.xml\)/);
    expect(await message('source.docx', await zip({ 'word/document.xml': '<w:document><w:body><w:p>' }))).toMatch(/damaged Word file|not a Word document/);
  });
});

describe('a text source', () => {
  it('that is a PDF says to name it source.pdf', async () => {
    expect(await message('source.txt', new TextEncoder().encode('%PDF-1.7 …'))).toMatch(/is a PDF, not a text file: name it source\.pdf/);
  });
});
