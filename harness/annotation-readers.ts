/**
 * npx tsx harness/annotation-readers.ts <folder> [--out bench/annotations.md] [--runs N]
 *
 * Measures the two ways of reading the words signing software stamps into
 * annotations (a signed PDF's number and day), on every `original.pdf` with
 * a text layer under <folder> (the development set, ../shared/real-corpus):
 *
 * - **PDF.js** (what src/extract/annotations.ts does): the appearance
 *   streams PDF.js draws in the page's operator list, their text operators
 *   followed to the page;
 * - **poppler**: the words of `pdftotext -bbox-layout` whose box lies in a
 *   shown annotation's rectangle (rectangles and flags from PDF.js), not
 *   already among the page's own words, their baseline and size estimated
 *   from the box (poppler's boxes do not give the baseline).
 *
 * Against `pdftotext -layout`, the reference: the words each way finds
 * (missing from and extra to the reference's, as multisets), whether each
 * line holding a stamped word reads word for word as the reference's line,
 * and the time each way adds to reading the document. Nothing of the
 * documents is printed but counts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotationItems, mayShowWords } from '../src/extract/annotations.js';
import { buildText, type PositionedItem, type PositionedPage } from '../src/extract/lines.js';
import { isBoldFont, readPdf } from '../src/extract/pdf.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const folder = positionals[0];
if (!folder) {
  process.stderr.write('usage: npx tsx harness/annotation-readers.ts <folder> [--out FILE] [--runs N]\n');
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs) || 3);

type Page = Awaited<ReturnType<Awaited<Awaited<ReturnType<typeof openPdf>>['promise']>['getPage']>>;

async function openPdf(bytes: Uint8Array) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, disableFontFace: true, fontExtraProperties: true });
}

/** The words of a text, as a multiset. */
function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.normalize('NFC').split(/\s+/u)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** How many words of `a` are not in `b` (multisets). */
function lacking(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [word, count] of a) n += Math.max(0, count - (b.get(word) ?? 0));
  return n;
}

const collapse = (line: string) => line.normalize('NFC').trim().split(/\s+/u).join(' ');

/**
 * Lines holding stamped words: how many there are in our text, and how
 * many read word for word as a line of the reference on the same page.
 */
function placement(ours: string, reference: string, stamped: PositionedItem[][]): { lines: number; inPlace: number } {
  const oursPages = ours.split('\f');
  const refPages = reference.split('\f');
  let lines = 0;
  let inPlace = 0;
  stamped.forEach((words, p) => {
    if (words.length === 0) return;
    const refLines = new Set((refPages[p] ?? '').split('\n').map(collapse));
    const seen = new Set<string>();
    for (const word of words) {
      for (const line of (oursPages[p] ?? '').split('\n')) {
        const collapsed = collapse(line);
        if (!collapsed.split(' ').includes(word.text) || seen.has(collapsed)) continue;
        seen.add(collapsed);
        lines++;
        if (refLines.has(collapsed)) inPlace++;
      }
    }
  });
  return { lines, inPlace };
}

/** Poppler's words in the shown annotations of one page, as positioned items (the prototype measured against ours). */
function popplerWords(bytes: Uint8Array, page: Page, pageNumber: number, annotations: Array<{ rect: number[] }>, own: PositionedItem[]): PositionedItem[] {
  const viewport = page.getViewport({ scale: 1 });
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', '-f', String(pageNumber), '-l', String(pageNumber), 'fd://0', '-'], { input: bytes, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const rects = annotations.map((a) => {
    const [x0, y0] = viewport.convertToViewportPoint(a.rect[0]!, a.rect[1]!) as [number, number];
    const [x1, y1] = viewport.convertToViewportPoint(a.rect[2]!, a.rect[3]!) as [number, number];
    return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)] as const;
  });
  const items: PositionedItem[] = [];
  for (const m of xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)) {
    const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    const text = m[5]!.replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"');
    const [cx, cy] = [(xMin + xMax) / 2, (yMin + yMax) / 2];
    if (!rects.some(([x0, y0, x1, y1]) => cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)) continue;
    // A serif font's box is about 1.1 em high, its descent about 0.22 em: the baseline and size, estimated.
    const size = (yMax - yMin) / 1.1;
    const y = yMax - 0.22 * size;
    const under = own.some((o) => Math.abs(o.y - y) <= 0.4 * size && o.x < xMax && o.x + o.width > xMin && o.text.includes(text));
    if (!under) items.push({ text, x: xMin, y, width: xMax - xMin, size, annotation: true });
  }
  return items;
}

interface Row {
  name: string;
  pages: number;
  signedPages: number;
  base: { missing: number; extra: number };
  pdfjs: { words: number; missing: number; extra: number; lines: number; inPlace: number; ms: number };
  poppler: { words: number; missing: number; extra: number; lines: number; inPlace: number; ms: number };
}

const rows: Row[] = [];
for (const name of readdirSync(folder).sort()) {
  const file = join(folder, name, 'original.pdf');
  if (!existsSync(file)) continue;
  const bytes = new Uint8Array(readFileSync(file));
  // A scan's stamps are in the image OCR reads: only pages read from their text layer are compared.
  const reading = await readPdf(bytes, { ocr: false }).catch((error: Error) => (/it is a scan/u.test(error.message) ? null : readPdf(bytes, { ocr: true })));
  if (!reading) continue;
  const layered = new Set(reading.pages.filter((_, i) => reading.read[i] !== 'ocr').map((p) => p.number));
  const textLayerOnly = (text: string) => text.split('\f').filter((_, i) => layered.has(i + 1)).join('\f');
  const reference = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const refBag = bag(textLayerOnly(reference));
  const ownPages: PositionedPage[] = reading.pages.map((p) => ({ ...p, items: p.items.filter((i) => !i.annotation) }));
  const pdfjsStamped = reading.pages.map((p) => p.items.filter((i) => i.annotation));
  const base = buildText(ownPages).text;
  const pdfjsText = buildText(reading.pages).text;

  // Poppler's words, and the time each way adds, page by page (the best of `runs`).
  let pdfjsMs = Infinity;
  let popplerMs = Infinity;
  let popplerStamped: PositionedItem[][] = [];
  let signedPages = 0;
  for (let run = 0; run < runs; run++) {
    let a = 0;
    let b = 0;
    const found: PositionedItem[][] = [];
    signedPages = 0;
    for (let n = 1; n <= reading.pages.length; n++) {
      const own = ownPages[n - 1]!.items;
      if (!layered.has(n)) {
        found.push([]);
        continue;
      }
      // Each way on a page of a freshly opened document whose text content is read, as the reader has it.
      const fresh = async () => {
        const task = await openPdf(bytes);
        const page = await (await task.promise).getPage(n);
        await page.getTextContent();
        return { task, page };
      };
      const first = await fresh();
      let t = performance.now();
      await annotationItems(first.page, first.page.getViewport({ scale: 1 }), own, isBoldFont);
      a += performance.now() - t;
      await first.task.destroy();
      const second = await fresh();
      t = performance.now();
      const shown = ((await second.page.getAnnotations()) as Parameters<typeof mayShowWords>[0][]).filter(mayShowWords);
      found.push(shown.length > 0 ? popplerWords(bytes, second.page, n, shown, own) : []);
      b += performance.now() - t;
      if (shown.length > 0) signedPages++;
      await second.task.destroy();
    }
    pdfjsMs = Math.min(pdfjsMs, a);
    popplerMs = Math.min(popplerMs, b);
    popplerStamped = found;
  }
  const popplerText = (buildText(ownPages.map((p, i) => ({ ...p, items: [...p.items, ...(popplerStamped[i] ?? [])] }))).text);
  const score = (text: string) => ({ missing: lacking(refBag, bag(textLayerOnly(text))), extra: lacking(bag(textLayerOnly(text)), refBag) });
  rows.push({
    name,
    pages: reading.pages.length,
    signedPages,
    base: score(base),
    pdfjs: { words: pdfjsStamped.flat().length, ...score(pdfjsText), ...placement(pdfjsText, reference, pdfjsStamped), ms: pdfjsMs },
    poppler: { words: popplerStamped.flat().length, ...score(popplerText), ...placement(popplerText, reference, popplerStamped), ms: popplerMs },
  });
  process.stderr.write(`${name}: done\n`);
}

const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
const ms = (v: number) => `${Math.round(v)} ms`;
const out: string[] = [
  '# Words stamped in annotations: PDF.js against poppler',
  '',
  `Made by \`npx tsx harness/annotation-readers.ts ${folder} --out <file>\` on this machine (2 cores, shared: timings are noisy; the best of ${runs} runs). Every original.pdf with a text layer; scans are read by OCR, whose image holds the stamps.`,
  '',
  'Words are compared with `pdftotext -layout` (the reference) as multisets, on the pages read from their text layer: *missing* are the reference\'s words our text lacks, *extra* ours it lacks (a difference of the page\'s own text shows in every column). *Stamped words*: the words each way adds. *Lines in place*: lines of our text holding a stamped word that read word for word (spaces collapsed) as a line of the reference\'s same page. *Time*: what each way adds to reading the document, page by page on a freshly opened document whose text content is read (PDF.js: the annotations, and the operator list of the pages that show any; poppler: the annotations, and `pdftotext -bbox-layout` of those pages).',
  '',
  '| document | pages (with shown annotations) | without annotations: missing / extra | PDF.js: stamped words · missing / extra · lines in place · time | poppler: stamped words · missing / extra · lines in place · time |',
  '|---|--:|--:|--:|--:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.pages} (${r.signedPages}) | ${r.base.missing} / ${r.base.extra} | ${r.pdfjs.words} · ${r.pdfjs.missing} / ${r.pdfjs.extra} · ${r.pdfjs.inPlace}/${r.pdfjs.lines} · ${ms(r.pdfjs.ms)} | ${r.poppler.words} · ${r.poppler.missing} / ${r.poppler.extra} · ${r.poppler.inPlace}/${r.poppler.lines} · ${ms(r.poppler.ms)} |`,
  ),
  `| **all ${rows.length}** | ${sum((r) => r.pages)} (${sum((r) => r.signedPages)}) | ${sum((r) => r.base.missing)} / ${sum((r) => r.base.extra)} | ${sum((r) => r.pdfjs.words)} · ${sum((r) => r.pdfjs.missing)} / ${sum((r) => r.pdfjs.extra)} · ${sum((r) => r.pdfjs.inPlace)}/${sum((r) => r.pdfjs.lines)} · ${ms(sum((r) => r.pdfjs.ms))} | ${sum((r) => r.poppler.words)} · ${sum((r) => r.poppler.missing)} / ${sum((r) => r.poppler.extra)} · ${sum((r) => r.poppler.inPlace)}/${sum((r) => r.poppler.lines)} · ${ms(sum((r) => r.poppler.ms))} |`,
  '',
];
const report = out.join('\n');
if (values.out) writeFileSync(values.out, report);
process.stdout.write(report);
