/**
 * OCR of a PDF's pages with Tesseract (Debian's `tesseract-ocr` and
 * `tesseract-ocr-vie`) and poppler's `pdftoppm`: each page rendered at
 * 300 dpi, recognised in Vietnamese, and its words read back from
 * Tesseract's TSV with their boxes and confidence — positioned words for
 * the same line builder as a text layer.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Recognise pages of a PDF (1-based numbers). `size` gives each page's size in points. */
export async function ocrPages(pdf: Uint8Array, numbers: number[], size: (page: number) => { width: number; height: number }): Promise<OcrPage[]> {
  const folder = mkdtempSync(join(tmpdir(), 'chi-thi-ocr-'));
  try {
    const file = join(folder, 'source.pdf');
    writeFileSync(file, pdf);
    const pages: OcrPage[] = [];
    for (const number of numbers) {
      const prefix = join(folder, `page-${number}`);
      await run('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-f', String(number), '-l', String(number), file, prefix], { timeout: 120_000 });
      const image = readdirSync(folder).find((name) => name.startsWith(`page-${number}`) && name.endsWith('.png'));
      if (!image) throw new Error(`pdftoppm made no image of page ${number}`);
      const { stdout } = await run('tesseract', [join(folder, image), 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], {
        timeout: 300_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
      pages.push(parseTsv(stdout, { number, ...size(number) }));
      rmSync(join(folder, image), { force: true });
    }
    return pages;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
