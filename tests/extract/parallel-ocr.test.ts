/**
 * OCR in parallel, without Tesseract: a stand-in `tesseract` on the PATH
 * (a shell script) prints one word per page, "trang-N", so what comes back
 * shows which page it was read from. The first two pages wait up to 3 s
 * for each other and log whether they met (they meet only if they run at
 * once), and page 1 takes longest, so pages finish out of order. Needs
 * poppler's pdftoppm, which renders them.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractSource } from '../../src/extract/index.js';
import { ocrPages } from '../../src/extract/ocr.js';
import { blankPdf, sampleScanOf } from '../../harness/large-originals.js';
import { missingTools, skipUnless } from '../../harness/sample-directive.js';

const missing = skipUnless('Parallel OCR tests', missingTools());

const FAKE_TESSERACT = `#!/bin/sh
# A stand-in for tesseract (tests/extract/parallel-ocr.test.ts).
if [ "$1" = "--list-langs" ]; then printf 'List of available languages in "/fake" (2):\\neng\\nvie\\n'; exit 0; fi
n=$(basename "$1" .png); n=\${n#page-}
log="$FAKE_OCR_DIR"
touch "$log/running-$n"
trap 'rm -f "$log/running-$n"; kill $pid 2>/dev/null; exit 143' TERM
company=$(ls "$log" | grep -c '^running-')
if [ "$n" -le 2 ]; then
  # Pages 1 and 2 wait (3 s at most) to be recognised at the same time.
  i=0; while [ "$company" -lt 2 ] && [ $i -lt 30 ]; do sleep 0.1; i=$((i+1)); company=$(ls "$log" | grep -c '^running-'); done
fi
echo "$n $company" >> "$log/seen"
if [ "$n" = "$FAKE_OCR_FAIL" ]; then echo "tesseract: cannot read page $n" >&2; rm -f "$log/running-$n"; exit 1; fi
if [ "$n" = 1 ]; then sleep "\${FAKE_OCR_SLOW:-1}" & pid=$!; wait $pid; fi
rm -f "$log/running-$n"
printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n'
printf '4\\t1\\t1\\t1\\t1\\t0\\t300\\t300\\t600\\t60\\t-1\\t\\n'
printf '5\\t1\\t1\\t1\\t1\\t1\\t300\\t300\\t600\\t60\\t96\\ttrang-%s\\n' "$n"
`;

const folder = mkdtempSync(join(tmpdir(), 'parallel-ocr-'));
const bin = join(folder, 'bin');
const log = join(folder, 'log');
// OCR's own temporary folders go here, so that what is left of them can be seen (other test files OCR at the same time).
const temporary = join(folder, 'tmp');
const saved = { TMPDIR: process.env['TMPDIR'], PATH: process.env['PATH'], FAKE_OCR_DIR: process.env['FAKE_OCR_DIR'], FAKE_OCR_FAIL: process.env['FAKE_OCR_FAIL'], FAKE_OCR_SLOW: process.env['FAKE_OCR_SLOW'] };
const A4 = () => ({ width: 595.28, height: 841.89 });

beforeAll(() => {
  mkdirSync(bin);
  writeFileSync(join(bin, 'tesseract'), FAKE_TESSERACT);
  chmodSync(join(bin, 'tesseract'), 0o755);
  process.env['PATH'] = `${bin}:${saved.PATH}`;
  process.env['FAKE_OCR_DIR'] = log;
  mkdirSync(temporary);
  process.env['TMPDIR'] = temporary;
});

beforeEach(() => {
  rmSync(log, { recursive: true, force: true });
  mkdirSync(log);
  delete process.env['FAKE_OCR_FAIL'];
  delete process.env['FAKE_OCR_SLOW'];
});

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(folder, { recursive: true, force: true });
});

/** Pages that were being recognised alongside another, by the stand-in's log. */
function metCompany(): string[] {
  return readFileSync(join(log, 'seen'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([, company]) => Number(company) >= 2)
    .map(([page]) => page!);
}

describe.skipIf(missing !== null)('OCR in parallel', () => {
  it('recognises several pages at once and gives them back in page order', async () => {
    const pdf = await blankPdf(6);
    const finished: number[] = [];
    const pages = await ocrPages(pdf, [1, 2, 3, 4, 5, 6], A4, { workers: 3, onPage: (done) => finished.push(done) });
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pages.map((page) => page.items.map((word) => word.text))).toEqual([['trang-1'], ['trang-2'], ['trang-3'], ['trang-4'], ['trang-5'], ['trang-6']]);
    expect(finished).toEqual([1, 2, 3, 4, 5, 6]);
    // Page 1 or page 2 found the other being recognised at the same time.
    expect(metCompany()).not.toEqual([]);
  }, 60_000);

  it('recognises one page after another when told to use one worker', async () => {
    const pages = await ocrPages(await blankPdf(3), [1, 2, 3], A4, { workers: 1 });
    expect(pages.map((page) => page.items[0]?.text)).toEqual(['trang-1', 'trang-2', 'trang-3']);
    expect(metCompany()).toEqual([]);
  }, 60_000);

  it('gives back the pages asked for, in the order asked, whatever order they finish in', async () => {
    const pages = await ocrPages(await blankPdf(6), [2, 5, 1, 6], A4, { workers: 4 });
    expect(pages.map((page) => [page.number, page.items[0]?.text])).toEqual([
      [2, 'trang-2'],
      [5, 'trang-5'],
      [1, 'trang-1'],
      [6, 'trang-6'],
    ]);
  }, 60_000);

  it('stops at the first page that fails, and says what failed', async () => {
    process.env['FAKE_OCR_FAIL'] = '3';
    await expect(ocrPages(await blankPdf(8), [1, 2, 3, 4, 5, 6, 7, 8], A4, { workers: 2 })).rejects.toThrow(/cannot read page 3/);
    // Pages after the failure were not started.
    const started = readFileSync(join(log, 'seen'), 'utf8').trim().split('\n').map((line) => Number(line.split(' ')[0]));
    expect(Math.max(...started)).toBeLessThan(8);
  }, 60_000);

  it('stops when its signal says so, the running processes killed and its folder removed', async () => {
    process.env['FAKE_OCR_SLOW'] = '60';
    const stop = new AbortController();
    const reading = ocrPages(await blankPdf(4), [1, 2, 3, 4], A4, { workers: 2, signal: stop.signal });
    // Once page 1 is being recognised (its stand-in sleeps a minute), stop.
    while (!existsSync(join(log, 'seen'))) await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort(new Error('stopped by the test'));
    await expect(reading).rejects.toThrow('stopped by the test');
    expect(readdirSync(temporary).filter((name) => name.startsWith('chi-thi-ocr-'))).toEqual([]);
  }, 30_000);
});

/** Pages that each draw a line (something for OCR to look at), or nothing where `blank` says so. */
function linesAndBlanks(blank: boolean[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(Date.UTC(2026, 0, 1)), Producer: 'tests' } });
  for (const nothing of blank) {
    doc.addPage();
    if (!nothing) doc.moveTo(100, 100).lineTo(400, 100).stroke();
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.end();
  });
}

describe.skipIf(missing !== null)('a PDF of pages without text, some blank', () => {
  it('sends only the pages that draw something to OCR, looked at while others are recognised', async () => {
    const read = await extractSource('source.pdf', await linesAndBlanks([false, true, false, true, true, false]));
    if (!read.ok) throw new Error(read.message);
    expect(read.extraction.original).toMatchObject({ read: 'ocr', pages: 6 });
    expect(String(read.extraction.source).match(/trang-\d/g)).toEqual(['trang-1', 'trang-3', 'trang-6']);
    const recognised = readFileSync(join(log, 'seen'), 'utf8').trim().split('\n').map((line) => line.split(' ')[0]).sort();
    expect(recognised).toEqual(['1', '3', '6']);
  }, 60_000);
});

describe.skipIf(missing !== null)('a scan read past its time budget', () => {
  it('is refused in one sentence naming the limit and how to raise it', async () => {
    process.env['FAKE_OCR_SLOW'] = '60';
    const read = await extractSource('source.pdf', await sampleScanOf(3), { reading: { maxSeconds: 1 } });
    expect(read).toMatchObject({ ok: false, overBudget: 'maxSeconds' });
    expect(read.ok ? '' : read.message).toMatch(
      /^was still being read after 1 s \(\d of 3 pages read by OCR\), more than the 1 s reading a document may take: raise reading\.maxSeconds in content\/site\.yaml, or pass --max-seconds$/,
    );
  }, 30_000);
});
