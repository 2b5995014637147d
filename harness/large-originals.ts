/**
 * Originals that cost more than a directive usually does, made here (no
 * real document's words): a PDF of thousands of blank pages (small as a
 * file, long to walk, and every page without a text layer), and a scan of
 * the invented sample as long as asked. For the reading budget's tests and
 * the extraction benchmark.
 */
import PDFDocument from 'pdfkit';
import { samplePdf, sampleScan } from './sample-directive.js';

/** A PDF of `pages` blank A4 pages, as pdfkit writes them (each a content stream that only sets the page's transform). */
export function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(Date.UTC(2026, 0, 1)), Producer: 'tests', Creator: 'tests' } });
  for (let page = 0; page < pages; page++) doc.addPage();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.end();
  });
}

/** The sample's items repeated until its PDF has at least `pages` pages, scanned (pdftoppm, 200 dpi) to exactly `pages` pages. */
export async function sampleScanOf(pages: number): Promise<Uint8Array> {
  // The sample's eight items fill about 1.6 pages a round.
  const pdf = await samplePdf({ repeat: Math.ceil(pages / 1.5) });
  return sampleScan(pdf, { lastPage: pages });
}
