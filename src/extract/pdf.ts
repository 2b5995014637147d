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
import type { ReadingSettings } from '../schemas/reading.js';
import type { PositionedItem, PositionedPage } from './lines.js';
import { defaultOcrWorkers, DPI, LOW_CONFIDENCE, ocrMissing, ocrPages, type OcrPage } from './ocr.js';
import { Deadline, OverBudget, overBudget, pagePixels, type ReadingListener, readingSettings } from './reading.js';

export interface PdfReading {
  pages: PositionedPage[];
  /** How each page was read ("blank": it draws nothing, so there was nothing to read). */
  read: Array<'text-layer' | 'repaired' | 'ocr' | 'blank'>;
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

/**
 * Read a PDF. `ocr`: read pages without a Vietnamese text layer by OCR
 * (when Tesseract is installed). `reading`: the budget (pages, pixels
 * rendered for OCR, seconds) and OCR processes at once; past a limit the
 * reading stops with OverBudget. `onProgress` hears of every page.
 */
export async function readPdf(bytes: Uint8Array, options: { ocr?: boolean; reading?: Partial<ReadingSettings>; onProgress?: ReadingListener } = {}): Promise<PdfReading> {
  const settings = readingSettings(options.reading);
  const deadline = new Deadline(settings);
  deadline.at('while opening it');
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
    document = await deadline.race(task.promise);
  } catch (error) {
    deadline.clear();
    await task.destroy();
    if (error instanceof OverBudget) throw error;
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfError('is an encrypted PDF (it asks for a password): save it again without a password, or print it to a new PDF');
    if (name === 'InvalidPDFException') throw new PdfError('is not a readable PDF (the file is damaged or is not a PDF): download it again, or export it again from its source');
    throw new PdfError(`could not be read as a PDF (${(error as Error).message})`);
  }
  try {
    // The page count is in the file's page tree: a PDF too long is refused before any page is read.
    if (document.numPages > settings.maxPages) throw overBudget('maxPages', settings, `has ${document.numPages.toLocaleString('en')} pages`, document.numPages);
    const pages: PositionedPage[] = [];
    const read: PdfReading['read'] = [];
    const warnings: PdfReading['warnings'] = [];
    const sizes = new Map<number, { width: number; height: number }>();
    const toOcr: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      options.onProgress?.({ stage: 'pages', done: number - 1, total: document.numPages });
      deadline.at(`at page ${number.toLocaleString('en')} of ${document.numPages.toLocaleString('en')}`);
      const page = await deadline.race(document.getPage(number));
      const viewport = page.getViewport({ scale: 1 });
      sizes.set(number, { width: viewport.width, height: viewport.height });
      const content = await deadline.race(page.getTextContent());
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
    options.onProgress?.({ stage: 'pages', done: document.numPages, total: document.numPages });
    if (toOcr.length > 0) {
      // A page that draws nothing is blank: there is nothing to recognise. Looking costs PDF.js a page's
      // operator list (its image decoded), so when OCR can start at once and the budget holds even were
      // no page blank, each page is looked at just before it would be rendered, while others are being
      // recognised; otherwise the blank pages are set aside first, and the budget is checked on the rest.
      const blank = async (n: number) => {
        const isBlank = await deadline.race(document.getPage(n).then(drawsNothing));
        if (isBlank) read[n - 1] = 'blank';
        return isBlank;
      };
      const missing = options.ocr ? ocrMissing() : null;
      const pixels = toOcr.map((n) => pagePixels(sizes.get(n)!, DPI));
      const lookAsRead = options.ocr && !missing && Math.max(...pixels) <= settings.maxPageMegapixels * 1e6 && pixels.reduce((a, b) => a + b, 0) <= settings.maxMegapixels * 1e6;
      let drawn = toOcr;
      if (!lookAsRead) {
        drawn = [];
        for (const n of toOcr) if (!(await blank(n))) drawn.push(n);
        const which = drawn.length === document.numPages ? 'no text layer (it is a scan)' : `pages without a readable text layer (${drawn.join(', ')})`;
        if (drawn.length > 0 && !options.ocr) throw new PdfError(`has ${which}, and OCR was not asked for`);
        // The budget first: a document too large to render is refused whether or not OCR is installed.
        checkPixels(drawn, sizes, settings);
        if (drawn.length > 0 && missing) throw new PdfError(`has ${which}, and reading it needs OCR: ${missing}`);
      }
      const workers = Math.max(1, Math.min(settings.ocrWorkers ?? defaultOcrWorkers(), drawn.length));
      deadline.at(`0 of ${drawn.length.toLocaleString('en')} pages read by OCR`);
      if (drawn.length > 0) options.onProgress?.({ stage: 'ocr', done: 0, total: drawn.length, workers });
      const recognised: OcrPage[] = await ocrPages(bytes, drawn, (n) => sizes.get(n)!, {
        workers,
        signal: deadline.signal,
        ...(lookAsRead ? { skip: blank } : {}),
        onPage: (done, total) => {
          deadline.at(`${done.toLocaleString('en')} of ${total.toLocaleString('en')} pages read by OCR`);
          options.onProgress?.({ stage: 'ocr', done, total, workers });
        },
      });
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
    deadline.clear();
    await task.destroy();
  }
}

/**
 * PDF.js operators that draw nothing: state, paths being built, clipping,
 * text positioning, colours, marked content, groups. A page whose operator
 * list (annotations included, as pdftoppm renders them) has none but these
 * is blank, and needs no OCR. Any other operator counts as drawing.
 */
const DRAWS_NOTHING = new Set([
  'dependency', 'setLineWidth', 'setLineCap', 'setLineJoin', 'setMiterLimit', 'setDash', 'setRenderingIntent', 'setFlatness', 'setGState', 'save', 'restore', 'transform',
  'moveTo', 'lineTo', 'curveTo', 'curveTo2', 'curveTo3', 'closePath', 'rectangle', 'endPath', 'clip', 'eoClip',
  'beginText', 'endText', 'setCharSpacing', 'setWordSpacing', 'setHScale', 'setLeading', 'setFont', 'setTextRenderingMode', 'setTextRise', 'moveText', 'setLeadingMoveText', 'setTextMatrix', 'nextLine', 'setCharWidth', 'setCharWidthAndBounds',
  'setStrokeColorSpace', 'setFillColorSpace', 'setStrokeColor', 'setStrokeColorN', 'setFillColor', 'setFillColorN', 'setStrokeGray', 'setFillGray', 'setStrokeRGBColor', 'setFillRGBColor', 'setStrokeCMYKColor', 'setFillCMYKColor', 'setStrokeTransparent', 'setFillTransparent',
  'markPoint', 'markPointProps', 'beginMarkedContent', 'beginMarkedContentProps', 'endMarkedContent', 'beginCompat', 'endCompat', 'paintFormXObjectBegin', 'paintFormXObjectEnd', 'beginGroup', 'endGroup', 'beginAnnotation', 'endAnnotation',
]);

/** Whether a page draws nothing at all (its text, paths, images, shadings, annotations): nothing for OCR to see. */
async function drawsNothing(page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>; cleanup(): unknown }): Promise<boolean> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const quiet = new Set(Object.entries(OPS).filter(([name]) => DRAWS_NOTHING.has(name)).map(([, code]) => code));
  // A page PDF.js cannot list is not known to be blank: OCR looks at it.
  const list = await page.getOperatorList().catch(() => null);
  page.cleanup();
  if (!list) return false;
  // A path ends by its painting operator (PDF.js folds it into constructPath): endPath paints nothing.
  return list.fnArray.every((fn, k) => quiet.has(fn) || (fn === OPS.constructPath && (list.argsArray[k] as unknown[] | undefined)?.[0] === OPS.endPath));
}

/** The pages to recognise, rendered at the OCR's resolution, against the budget's pixels (before any is rendered). */
function checkPixels(numbers: number[], sizes: Map<number, { width: number; height: number }>, settings: ReadingSettings): void {
  let total = 0;
  for (const number of numbers) {
    const size = sizes.get(number)!;
    const pixels = pagePixels(size, DPI);
    total += pixels;
    if (pixels > settings.maxPageMegapixels * 1e6) {
      const side = (points: number) => Math.ceil((points / 72) * DPI).toLocaleString('en');
      throw overBudget('maxPageMegapixels', settings, `has a page (${number}) of ${side(size.width)} × ${side(size.height)} pixels at ${DPI} dpi (${Math.ceil(pixels / 1e6).toLocaleString('en')} megapixels)`, pixels / 1e6);
    }
  }
  if (total > settings.maxMegapixels * 1e6) {
    throw overBudget('maxMegapixels', settings, `needs ${Math.ceil(total / 1e6).toLocaleString('en')} megapixels rendered for OCR (${numbers.length.toLocaleString('en')} pages without a text layer, at ${DPI} dpi)`, total / 1e6);
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
