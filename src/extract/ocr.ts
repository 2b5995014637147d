/**
 * OCR of a PDF's pages with Tesseract (Debian's `tesseract-ocr` and
 * `tesseract-ocr-vie`) and poppler's `pdftoppm`: each page rendered at
 * 300 dpi, recognised in Vietnamese, and its words read back from
 * Tesseract's TSV with their boxes and confidence — positioned words for
 * the same line builder as a text layer. Pages are recognised in
 * parallel, one process per core.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { PositionedItem, PositionedPage } from './lines.js';

const run = promisify(execFile);

export const DPI = 300;
/** Words recognised with less confidence than this (0–100) are reported. */
export const LOW_CONFIDENCE = 60;

export interface OcrWord extends PositionedItem {
  confidence: number;
}

export interface OcrPage extends PositionedPage {
  items: OcrWord[];
}

/** What to install when OCR is missing, or null when it is there. */
export function ocrMissing(): string | null {
  const has = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    } catch {
      return null;
    }
  };
  const missing: string[] = [];
  const languages = has('tesseract', ['--list-langs']);
  if (languages === null) missing.push('tesseract-ocr', 'tesseract-ocr-vie');
  else if (!/^vie$/mu.test(languages)) missing.push('tesseract-ocr-vie');
  if (has('pdftoppm', ['-v']) === null) missing.push('poppler-utils');
  return missing.length > 0 ? `install ${missing.join(', ')} (apt-get install ${missing.join(' ')})` : null;
}

/**
 * Words of Tesseract's TSV (level 5 rows), in points. A word's baseline is
 * taken from its line's box (the words of a line share it), its size from
 * the line's height.
 */
export function parseTsv(tsv: string, page: { number: number; width: number; height: number }, dpi = DPI): OcrPage {
  const scale = 72 / dpi;
  const lines = new Map<string, { top: number; height: number }>();
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, , block, paragraph, line, , left, top, width, height, conf] = cells.map(Number) as number[];
    const key = `${block}:${paragraph}:${line}`;
    if (level === 4) lines.set(key, { top: top!, height: height! });
    if (level !== 5) continue;
    const text = cells.slice(11).join('\t').trim();
    if (!text) continue;
    const box = lines.get(key) ?? { top: top!, height: height! };
    words.push({
      text: text.normalize('NFC'),
      x: left! * scale,
      // The line box runs from the accents' tops to the descenders' feet: its baseline is about a fifth up.
      y: (box.top + box.height * 0.8) * scale,
      width: width! * scale,
      size: box.height * 0.75 * scale,
      confidence: conf!,
    });
  }
  return { ...page, items: words };
}

/** OCR processes at once by default: one per core, at most this many (each holds a page at 300 dpi). */
export const MAX_OCR_WORKERS = 8;

/** OCR processes at once when not told: one per core, at most MAX_OCR_WORKERS. */
export function defaultOcrWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_OCR_WORKERS));
}

/** How ocrPages works through the pages: at once, reporting, setting pages aside, stopping. */
export interface OcrOptions {
  /** Pages recognised at once, each by its own pdftoppm and tesseract (default: defaultOcrWorkers()). */
  workers?: number;
  /** Called each time a page is recognised or set aside (in the order they finish). */
  onPage?: (done: number, total: number) => void;
  /** Asked of each page just before it is rendered: true sets it aside (not recognised, not in the result). */
  skip?: (page: number) => Promise<boolean>;
  /** Stops the reading: the running processes are killed and the call rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Recognise pages of a PDF (1-based numbers). `size` gives each page's
 * size in points. Pages are recognised `workers` at once, each by processes
 * of its own with one thread each (OMP_THREAD_LIMIT=1), and come back in
 * the order of `numbers` whatever order they finish in (those `skip` set
 * aside left out). The first failure stops the other pages and is what the
 * call rejects with.
 */
export async function ocrPages(pdf: Uint8Array, numbers: number[], size: (page: number) => { width: number; height: number }, options: OcrOptions = {}): Promise<OcrPage[]> {
  if (options.signal?.aborted) throw options.signal.reason;
  if (numbers.length === 0) return [];
  const folder = mkdtempSync(join(tmpdir(), 'chi-thi-ocr-'));
  const controller = new AbortController();
  const stop = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const file = join(folder, 'source.pdf');
    writeFileSync(file, pdf);
    const pages = new Array<OcrPage | null>(numbers.length).fill(null);
    let next = 0;
    let done = 0;
    const failures: unknown[] = [];
    const worker = async () => {
      while (next < numbers.length && !controller.signal.aborted) {
        const index = next++;
        const number = numbers[index]!;
        try {
          if (!(await options.skip?.(number))) pages[index] = await ocrPage(file, number, size(number), controller.signal);
        } catch (error) {
          if (!controller.signal.aborted) {
            failures.push(error);
            controller.abort(error);
          }
          return;
        }
        options.onPage?.(++done, numbers.length);
      }
    };
    const workers = Math.max(1, Math.min(options.workers ?? defaultOcrWorkers(), numbers.length));
    // Every worker has stopped (its processes ended) before the folder is removed.
    await Promise.all(Array.from({ length: workers }, worker));
    if (options.signal?.aborted) throw options.signal.reason;
    if (failures.length > 0) throw failures[0];
    return pages.filter((page) => page !== null);
  } finally {
    options.signal?.removeEventListener('abort', stop);
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One page: rendered by pdftoppm beside the PDF, recognised by tesseract, the image removed. */
async function ocrPage(file: string, number: number, size: { width: number; height: number }, signal: AbortSignal): Promise<OcrPage> {
  const image = join(dirname(file), `page-${number}`);
  try {
    await run('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-singlefile', '-f', String(number), '-l', String(number), file, image], { timeout: 120_000, signal });
    if (!existsSync(`${image}.png`)) throw new Error(`pdftoppm made no image of page ${number}`);
    const { stdout } = await run('tesseract', [`${image}.png`, 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], {
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      signal,
    });
    return parseTsv(stdout, { number, ...size });
  } finally {
    rmSync(`${image}.png`, { force: true });
  }
}
