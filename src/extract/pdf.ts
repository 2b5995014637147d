/**
 * A PDF's pages as positioned text, through Mozilla's PDF.js (its Node
 * build; in Node it runs its worker in the same thread). Each page's text
 * items give their runs with position, size and font (bold from the font's
 * name), joined by the words its annotations draw (annotations.ts: a
 * signed PDF's stamped number and day); a page whose text layer is
 * missing (a scan) or is not Vietnamese
 * and cannot be repaired is read by OCR instead. Pages are read one at a
 * time and released, so memory stays bounded however long the PDF.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeBrokenMap, decodeTcvn3, decodeVni, repairText, unshift, vietnameseShare, VIETNAMESE_SHARE, type Repair } from '../text/vietnamese.js';
import { annotationItems } from './annotations.js';
import type { PositionedItem, PositionedPage } from './lines.js';
import { LOW_CONFIDENCE, ocrMissing, ocrPages, type OcrPage } from './ocr.js';

export interface PdfReading {
  pages: PositionedPage[];
  /** How each page was read. */
  read: Array<'text-layer' | 'repaired' | 'ocr'>;
  /** Things an editor should know (a repaired text layer, words OCR was unsure of), each with its page. */
  warnings: Array<{ page: number; message: string }>;
}

export class PdfError extends Error {}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Whether a font name says bold ("TimesNewRomanPS-BoldMT", "Arial,Bold", "…-Semibold"). */
export function isBoldFont(name: string | undefined): boolean {
  return name !== undefined && /bold|black|heavy|semibold|demibold/iu.test(name);
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** Read a PDF. `ocr`: read pages without a Vietnamese text layer by OCR (when Tesseract is installed). */
export async function readPdf(bytes: Uint8Array, options: { ocr?: boolean } = {}): Promise<PdfReading> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // PDF.js takes the buffer over: give it a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    wasmUrl: `${join(pdfjsRoot, 'wasm')}/`,
    stopAtErrors: false,
    // Font names (for bold) travel only with the fonts' extra properties.
    fontExtraProperties: true,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfError('is an encrypted PDF (it asks for a password): save it again without a password, or print it to a new PDF');
    if (name === 'InvalidPDFException') throw new PdfError('is not a readable PDF (the file is damaged or is not a PDF): download it again, or export it again from its source');
    throw new PdfError(`could not be read as a PDF (${(error as Error).message})`);
  }
  try {
    const pages: PositionedPage[] = [];
    const read: PdfReading['read'] = [];
    const warnings: PdfReading['warnings'] = [];
    const sizes = new Map<number, { width: number; height: number }>();
    const toOcr: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      sizes.set(number, { width: viewport.width, height: viewport.height });
      const content = await page.getTextContent();
      const items = (content.items as Array<TextItem | { type: string }>).filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
      // Font names (for bold) come with the page's operator list.
      if (items.some((item) => !page.commonObjs.has(item.fontName))) await page.getOperatorList();
      const bold = new Map<string, boolean>();
      for (const item of items) {
        if (!bold.has(item.fontName)) {
          const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }) : undefined;
          bold.set(item.fontName, isBoldFont(font?.name));
        }
      }
      const positioned: PositionedItem[] = items.map((item) => {
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
        const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
        const size = Math.hypot(c, d) || Math.hypot(a, b);
        return { text: item.str, x, y, width: item.width, size, bold: bold.get(item.fontName) ?? false };
      });
      // Words stamped in annotations (a signed PDF's number and day) are not in the text content; a page read by OCR sees them in its image.
      const stamped = positioned.length > 0 ? await annotationItems(page, viewport, positioned, isBoldFont) : [];
      page.cleanup();
      const text = positioned.map((item) => item.text).join(' ');
      const judged = vietnameseShare(text);
      if (positioned.length === 0 || judged.words === 0) {
        toOcr.push(number);
        pages.push({ number, ...sizes.get(number)!, items: [] });
        read.push('ocr');
        continue;
      }
      if (judged.words >= 5 && judged.share < VIETNAMESE_SHARE) {
        const repair: Repair | null = repairText(text);
        if (repair) {
          pages.push({ number, ...sizes.get(number)!, items: [...positioned.map((item) => ({ ...item, text: applyRepair(repair.mapping, item.text) })), ...stamped] });
          read.push('repaired');
          warnings.push({ page: number, message: `the text layer of page ${number} is not Vietnamese as it stands (${Math.round(judged.share * 100)} % of its words); it was repaired as ${describe(repair.mapping)}` });
          continue;
        }
        toOcr.push(number);
        pages.push({ number, ...sizes.get(number)!, items: [] });
        read.push('ocr');
        warnings.push({ page: number, message: `the text layer of page ${number} is not Vietnamese (${Math.round(judged.share * 100)} % of its words) and no known repair makes it so: the page is read by OCR` });
        continue;
      }
      pages.push({ number, ...sizes.get(number)!, items: [...positioned, ...stamped] });
      read.push('text-layer');
    }
    if (toOcr.length > 0) {
      if (!options.ocr) throw new PdfError(`has ${toOcr.length === document.numPages ? 'no text layer (it is a scan)' : `pages without a readable text layer (${toOcr.join(', ')})`}, and OCR was not asked for`);
      const missing = ocrMissing();
      if (missing) {
        throw new PdfError(`has ${toOcr.length === document.numPages ? 'no text layer (it is a scan)' : `pages without a readable text layer (${toOcr.join(', ')})`}, and reading it needs OCR: ${missing}`);
      }
      const recognised: OcrPage[] = await ocrPages(bytes, toOcr, (n) => sizes.get(n)!);
      for (const page of recognised) {
        pages[page.number - 1] = page;
        const unsure = page.items.filter((word) => word.confidence >= 0 && word.confidence < LOW_CONFIDENCE);
        if (unsure.length > 0) {
          const sample = unsure.slice(0, 8).map((w) => `"${w.text}"`).join(', ');
          warnings.push({ page: page.number, message: `OCR read ${unsure.length} of the ${page.items.length} words of page ${page.number} with less than ${LOW_CONFIDENCE} % confidence (${sample}${unsure.length > 8 ? ', …' : ''}): check them against the original` });
        }
      }
    }
    return { pages, read, warnings };
  } finally {
    await task.destroy();
  }
}

/** Undo a repair's mapping on one run of the page. */
function applyRepair(mapping: Repair['mapping'], text: string): string {
  if (mapping === 'tcvn3') return decodeTcvn3(text);
  if (mapping === 'vni') return decodeVni(text);
  if (mapping === 'broken-map') return decodeBrokenMap(text);
  return unshift(text, Number(mapping.slice('shift'.length)));
}

function describe(mapping: Repair['mapping']): string {
  switch (mapping) {
    case 'tcvn3':
      return 'TCVN3 (a .VnTime font)';
    case 'vni':
      return 'VNI (a VNI-Windows font)';
    case 'broken-map':
      return 'a font whose character map gives "ƣ" for "ư"';
    default:
      return `letters shifted by ${mapping.slice('shift'.length)}`;
  }
}
