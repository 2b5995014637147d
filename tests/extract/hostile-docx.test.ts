/**
 * A Word file made to break the reader gets one sentence naming what is
 * wrong, like any file that cannot be read — never an internal error, a
 * crash or a hang. Each case is a few lines of XML of our own, zipped (or
 * a zip made by hand where a writer would refuse: sizes that lie).
 */
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { extractSource } from '../../src/extract/index.js';
import { craftZip } from '../support/zip-craft.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const OPENING = paragraph('Kính gửi: Các sở, ban, ngành.');

function docx(parts: Record<string, string>): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const file = new yazl.ZipFile();
    for (const [name, text] of Object.entries(parts)) file.addBuffer(Buffer.from(text), name, { mtime: new Date(Date.UTC(2026, 0, 1)) });
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    file.end();
  });
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const read = await extractSource('source.docx', bytes);
  if (read.ok) throw new Error('the file was read');
  return read.message;
}

async function text(bytes: Uint8Array): Promise<string> {
  const read = await extractSource('source.docx', bytes);
  if (!read.ok) throw new Error(read.message);
  return String(read.extraction.source);
}

const numbering = (level: string) =>
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const numbered = (text: string, ilvl = 0) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('a hostile Word file', () => {
  it('whose XML nests deeper than the reader allows says so in one sentence, naming the part', async () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(200)}${paragraph('x')}${'</w:sdtContent></w:sdt>'.repeat(200)}`;
    expect(await refusal(await docx({ 'word/document.xml': documentXml(deep) }))).toBe(
      'has XML nested more than 100 elements deep in its word/document.xml, deeper than Word writes and than the reader allows: save it again from Word as .docx',
    );
    const styles = `<w:styles ${W}>${'<w:style>'.repeat(300)}${'</w:style>'.repeat(300)}</w:styles>`;
    expect(await refusal(await docx({ 'word/document.xml': documentXml(OPENING), 'word/styles.xml': styles }))).toMatch(/^has XML nested more than 100 elements deep in its word\/styles\.xml/);
  });

  it('whose styles or numbering are not well-formed XML names the part', async () => {
    expect(await refusal(await docx({ 'word/document.xml': documentXml(OPENING), 'word/numbering.xml': `<w:numbering ${W}><w:abstractNum></w:numbering>` }))).toMatch(
      /^is a damaged Word file \(its word\/numbering\.xml is not well-formed XML: .*\): save it again from Word as \.docx$/,
    );
  });

  it('that numbers a list from two thousand million in letters is refused, not run out of memory', async () => {
    const level = '<w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>';
    const body = Array.from({ length: 20_000 }, () => numbered('mục')).join('');
    expect(await refusal(await docx({ 'word/document.xml': documentXml(body), 'word/numbering.xml': numbering(level) }))).toMatch(
      /^numbers a paragraph with a mark of [\d,]+ characters \("[a-z]{12}…"\), longer than any list prints: save it again from Word as \.docx$/,
    );
  });

  it('that numbers at levels Word does not have is read at its deepest level', async () => {
    const levels = ['0', '8'].map((l) => `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%${Number(l) + 1}."/></w:lvl>`).join('');
    const body = [numbered('một'), numbered('hai', 999_999_999), numbered('ba')].join('');
    expect(await text(await docx({ 'word/document.xml': documentXml(body), 'word/numbering.xml': numbering(levels) }))).toBe('1. một\n1. hai\n2. ba\n');
  });

  it('whose table grid has absurd widths lays its cells out at the page’s edge, not a thousand million spaces on', async () => {
    const table = `<w:tbl><w:tblGrid><w:gridCol w:w="99999999999"/><w:gridCol w:w="-99999"/></w:tblGrid><w:tr><w:tc>${paragraph('Nơi nhận:')}</w:tc><w:tc>${paragraph('CHỦ TỊCH')}</w:tc></w:tr></w:tbl>`;
    const read = await text(await docx({ 'word/document.xml': documentXml(OPENING + table) }));
    expect(read).toMatch(/Nơi nhận: {3,200}CHỦ TỊCH/);
  });

  it('with 150,000 table rows, or 150,000 line breaks in a paragraph, is read (the call stack does not overflow)', async () => {
    const rows = `<w:tbl>${`<w:tr><w:tc>${paragraph('x')}</w:tc></w:tr>`.repeat(150_000)}</w:tbl>`;
    expect((await text(await docx({ 'word/document.xml': documentXml(OPENING + rows) }))).split('\n')).toHaveLength(150_002);
    const breaks = `<w:p><w:r>${'<w:t>x</w:t><w:br/>'.repeat(150_000)}</w:r></w:p>`;
    expect((await text(await docx({ 'word/document.xml': documentXml(breaks) }))).split('\n')).toHaveLength(150_002);
  }, 60_000);

  it('with a table cell of 200,000 wide gaps is read in linear time (two minutes before)', async () => {
    const cell = `<w:tbl><w:tr><w:tc>${paragraph('ngày     '.repeat(200_000))}</w:tc><w:tc>${paragraph('Nơi nhận')}</w:tc></w:tr></w:tbl>`;
    expect(await text(await docx({ 'word/document.xml': documentXml(cell) }))).toMatch(/^ngày {5}ngày/);
  }, 30_000);

  it('whose part inflates past the size it declares is refused as damaged', async () => {
    const zip = craftZip([{ name: 'word/document.xml', data: Buffer.from(documentXml(paragraph('x'.repeat(100_000)))), declaredSize: 1000 }]);
    expect(await refusal(new Uint8Array(zip))).toMatch(/^is a damaged Word file \(.*too many bytes.*\): save it again from Word as \.docx$/);
  });

  it('whose parts declare more than 64 MB together is refused before the last is inflated', async () => {
    const zip = craftZip([
      // 33 MB that deflate to some 30 KB, then a part that says it is as large.
      { name: 'word/document.xml', data: Buffer.from(documentXml(paragraph('x'.repeat(33 * 1024 * 1024)))) },
      { name: 'word/styles.xml', data: Buffer.from(`<w:styles ${W}/>`), declaredSize: 33 * 1024 * 1024 },
    ]);
    expect(await refusal(new Uint8Array(zip))).toBe("has parts (word/document.xml, word/styles.xml) larger than 64 MB together: it is not a directive's Word file");
  });
});
