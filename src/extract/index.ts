/**
 * Sources as editors hold them: a text file, a PDF (with a text layer, or a
 * scan) or a Word file, turned into the text the parser reads and the hints
 * of what the file's layout says. One clear sentence, naming what to do,
 * when a file cannot be read.
 */
import { createHash } from 'node:crypto';
import type { LayoutHints } from '../parser/hints.js';
import type { Original } from '../schemas/document.js';
import type { ReadingLimit, ReadingSettings } from '../schemas/reading.js';
import { readDocx, DocxError } from './docx.js';
import { buildText } from './lines.js';
import { SOURCE_FILES } from './formats.js';
import { PdfError, readPdf } from './pdf.js';
import { OverBudget, type ReadingListener } from './reading.js';

export { SOURCE_FILES, type SourceFormat } from './formats.js';
export type { ReadingEvent, ReadingListener } from './reading.js';

export interface Extraction {
  /** The text for the parser: the file itself for a text source, else the text read from the file. */
  source: Uint8Array | string;
  hints?: LayoutHints;
  original?: Original;
  /** What an editor should know of the reading, each with its page when it has one. */
  warnings: Array<{ message: string; page?: number }>;
}

export type ExtractResult =
  | { ok: true; extraction: Extraction }
  /** `overBudget`: the limit the file passed (the corpus build skips such a file and goes on); absent for a file that cannot be read. */
  | { ok: false; message: string; overBudget?: ReadingLimit };

/** How a source is read. */
export interface ExtractOptions {
  /** Read pages without a text layer by OCR, when Tesseract is installed (default true). */
  ocr?: boolean;
  /** What reading may cost (pages, pixels rendered for OCR, seconds) and OCR processes at once; unset values take the defaults. */
  reading?: Partial<ReadingSettings>;
  /** Hears how the reading goes: start, pages, OCR, end (always, read or refused). */
  onProgress?: ReadingListener;
}

const PDF_MAGIC = '%PDF-';
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Read one source file. `name` is its file name ("source.pdf"); see
 * ExtractOptions for OCR, the reading budget and progress.
 */
export async function extractSource(name: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractResult> {
  options.onProgress?.({ stage: 'start' });
  try {
    return await extract(name, bytes, options);
  } finally {
    options.onProgress?.({ stage: 'end' });
  }
}

async function extract(name: string, bytes: Uint8Array, options: ExtractOptions): Promise<ExtractResult> {
  const format = SOURCE_FILES[name] ?? (name.endsWith('.pdf') ? 'pdf' : name.endsWith('.docx') ? 'docx' : 'txt');
  if (format === 'txt') {
    if (startsWith(bytes, [...PDF_MAGIC].map((c) => c.charCodeAt(0)))) return { ok: false, message: 'is a PDF, not a text file: name it source.pdf' };
    return { ok: true, extraction: { source: bytes, warnings: [] } };
  }
  if (format === 'pdf') {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    if (!head.includes(PDF_MAGIC)) {
      if (startsWith(bytes, ZIP_MAGIC)) return { ok: false, message: 'is not a PDF (it is a zip archive, perhaps a Word file): name it source.docx if it is one' };
      return { ok: false, message: 'is not a PDF (it does not start with "%PDF-"): download it again, or export it again from its source' };
    }
    try {
      const reading = await readPdf(bytes, { ocr: options.ocr ?? true, ...(options.reading ? { reading: options.reading } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      const drawn = reading.read.filter((r) => r !== 'blank').length;
      if (drawn === 0) return { ok: false, message: `has no text: its ${reading.read.length === 1 ? 'one page is' : `${reading.read.length.toLocaleString('en')} pages are all`} blank (they draw nothing): check that it is the directive, and export it again from its source` };
      const built = buildText(reading.pages);
      const ocr = reading.read.filter((r) => r === 'ocr').length;
      const read: Original['read'] = ocr === 0 ? 'text-layer' : ocr === drawn ? 'ocr' : 'text-layer-and-ocr';
      return {
        ok: true,
        extraction: {
          source: built.text,
          hints: { ...built.hints, from: read === 'ocr' ? 'ocr' : 'pdf' },
          original: { file: 'source.pdf', format: 'pdf', mediaType: 'application/pdf', read, pages: reading.pages.length, bytes: bytes.length, sha256: sha256(bytes) },
          warnings: reading.warnings,
        },
      };
    } catch (error) {
      if (error instanceof PdfError) return { ok: false, message: error.message };
      if (error instanceof OverBudget) return { ok: false, message: error.message, overBudget: error.limit };
      throw error;
    }
  }
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, message: 'is an old Word file (.doc), which cannot be read: open it in Word or LibreOffice and save it as .docx' };
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, message: 'is not a Word file (.docx is a zip archive, and this is not one): save it again from Word as .docx' };
  try {
    const reading = await readDocx(bytes);
    return {
      ok: true,
      extraction: {
        source: reading.text,
        hints: reading.hints,
        original: {
          file: 'source.docx',
          format: 'docx',
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          read: 'word',
          pages: null,
          bytes: bytes.length,
          sha256: sha256(bytes),
        },
        warnings: reading.warnings,
      },
    };
  } catch (error) {
    if (error instanceof DocxError) return { ok: false, message: error.message };
    throw error;
  }
}
