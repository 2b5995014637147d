/**
 * The progress line the commands draw while an original is read: on a
 * terminal only, never under CI, and only once a reading has taken a few
 * seconds; in place (carriage return, clear to the end of the line), and
 * cleared when the reading ends. The clock is the test's, so nothing here
 * depends on how fast the machine is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadingEvent } from '../../src/extract/index.js';
import { duration, progressLine, type ProgressStream } from '../../src/extract/progress-line.js';
import { blankPdf } from '../../harness/large-originals.js';

const ESC = '\x1b';
const CLEAR = `${ESC}[K`;

/** A stream that keeps what is written, a terminal or not. */
function stream(isTTY: boolean, columns = 100): ProgressStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns, written, write: (text: string) => written.push(text) };
}

/** Feed a reading of 10 pages by OCR, two at once, a page done every `step` ms of the test's clock. */
function readTenPages(target: ProgressStream, env: Record<string, string | undefined>, step = 3000): void {
  let t = 0;
  const listener = progressLine(target, 'directives/tap/source.pdf', { env, now: () => t });
  const events: ReadingEvent[] = [{ stage: 'start' }, { stage: 'pages', done: 0, total: 10 }, { stage: 'pages', done: 10, total: 10 }, { stage: 'ocr', done: 0, total: 10, workers: 2 }];
  for (const event of events) listener(event);
  for (let done = 1; done <= 10; done++) {
    t += step;
    listener({ stage: 'ocr', done, total: 10, workers: 2 });
  }
  listener({ stage: 'end' });
}

const scratch = mkdtempSync(join(tmpdir(), 'progress-line-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the progress line', () => {
  it('is silent when stderr is not a terminal', () => {
    const target = stream(false);
    readTenPages(target, {});
    expect(target.written).toEqual([]);
  });

  it('is silent under CI, even on a terminal', () => {
    const target = stream(true);
    readTenPages(target, { CI: 'true' });
    expect(target.written).toEqual([]);
  });

  it('says nothing of a reading shorter than a few seconds', () => {
    const target = stream(true);
    readTenPages(target, {}, 100);
    expect(target.written).toEqual([]);
  });

  it('shows pages done of the total and the time left, redrawn in place, then clears itself', () => {
    const target = stream(true);
    readTenPages(target, {});
    expect(target.written.length).toBeGreaterThan(2);
    for (const text of target.written.slice(0, -1)) {
      expect(text.startsWith('\r')).toBe(true);
      expect(text.endsWith(CLEAR)).toBe(true);
    }
    expect(target.written[0]).toBe(`\rdirectives/tap/source.pdf: OCR 1/10 pages (2 at once), 3 s so far, about 27 s left${CLEAR}`);
    expect(target.written).toContain(`\rdirectives/tap/source.pdf: OCR 5/10 pages (2 at once), 15 s so far, about 15 s left${CLEAR}`);
    expect(target.written.at(-1)).toBe(`\r${CLEAR}`);
  });

  it('fits the terminal’s width, a long path losing its start before the figures lose anything', () => {
    const target = stream(true, 80);
    readTenPages(target, {});
    for (const text of target.written) expect(text.replace('\r', '').replace(CLEAR, '').length).toBeLessThanOrEqual(79);
    expect(target.written[0]).toBe(`\r…ctives/tap/source.pdf: OCR 1/10 pages (2 at once), 3 s so far, about 27 s left${CLEAR}`);
    const narrow = stream(true, 30);
    readTenPages(narrow, {});
    for (const text of narrow.written) expect(text.replace('\r', '').replace(CLEAR, '').length).toBeLessThanOrEqual(29);
  });

  it('says durations as a reader says them', () => {
    expect([duration(400), duration(35_000), duration(250_000), duration(3_720_000)]).toEqual(['under 1 s', '35 s', '4 min 10 s', '1 h 2 min']);
  });
});

describe('npm run parse on a long reading, its stderr not a terminal', () => {
  it('prints no progress line, only what it has to say', async () => {
    const file = join(scratch, 'trang-trang.pdf');
    writeFileSync(file, await blankPdf(5000));
    // Blank pages are read in some seconds: long enough for a line, were stderr a terminal.
    const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/parse.ts', file, '--max-pages', '5000'], { encoding: 'utf8', env: { ...process.env, CI: '' } });
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain(ESC);
    expect(result.stderr.trimEnd().split('\n')).toEqual([`${file}:1:1: error: has no text: its 5,000 pages are all blank (they draw nothing): check that it is the directive, and export it again from its source`]);
    expect(result.status).toBe(1);
  }, 120_000);
});
