/**
 * The progress line a command draws on a terminal while an original is
 * read: pages done of the total and the time left, redrawn in place on one
 * line of stderr, cleared when the reading ends. Only for readings that take
 * more than a few seconds; never when the stream is not a terminal, nor
 * under CI (environment variable CI set) — there it writes nothing at all.
 * The extractor only reports events (src/extract/reading.ts); the scripts
 * give this their stderr.
 */
import type { ReadingEvent } from './reading.js';

/** What the line is drawn on: process.stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** When and how often the line is drawn; the environment and clock are given in tests. */
export interface ProgressLineOptions {
  /** The environment, for CI (default process.env). */
  env?: Record<string, string | undefined>;
  /** No line for a reading shorter than this (ms; default 2000). */
  after?: number;
  /** Redraws at most this often (ms; default 250); a timer redraws every second between events. */
  every?: number;
  /** The clock (ms; default performance.now). */
  now?: () => number;
}

/** Whether a progress line may be drawn on `stream`. */
export function showsProgress(stream: ProgressStream, env: Record<string, string | undefined> = process.env): boolean {
  return stream.isTTY === true && !env['CI'] && env['TERM'] !== 'dumb';
}

/** "1 h 2 min", "4 min 10 s", "35 s", "under 1 s". */
export function duration(ms: number): string {
  if (ms < 1000) return 'under 1 s';
  const s = Math.round(ms / 1000);
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${s} s`;
}

type Step = Extract<ReadingEvent, { stage: 'pages' | 'ocr' }>;

/**
 * The line's text: the latest event, `elapsed` ms into the reading, about
 * `left` ms to go (null: not known yet), in `width` characters: a long
 * label (a path) loses its start before the figures lose anything.
 */
export function progressText(label: string, event: Step, elapsed: number, left: number | null, width = Infinity): string {
  const of = `${event.done.toLocaleString('en')}/${event.total.toLocaleString('en')} pages`;
  const what = event.stage === 'pages' ? `${of} read` : `OCR ${of} (${event.workers} at once)`;
  const figures = `: ${what}, ${duration(elapsed)} so far${left === null ? '' : `, about ${duration(left)} left`}`;
  const room = width - figures.length;
  const text = label.length <= room ? `${label}${figures}` : room >= 12 ? `…${label.slice(label.length - room + 1)}${figures}` : `${label}${figures}`;
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/**
 * A listener drawing one progress line per reading on `stream`, labelled
 * (the file's path). Returns a listener that does nothing where no line may
 * be drawn (showsProgress).
 */
export function progressLine(stream: ProgressStream, label: string, options: ProgressLineOptions = {}): (event: ReadingEvent) => void {
  if (!showsProgress(stream, options.env)) return () => {};
  const now = options.now ?? (() => performance.now());
  const after = options.after ?? 2000;
  const every = options.every ?? 250;
  let started = now();
  let stageStarted = started;
  let latest: Step | null = null;
  // The time left as estimated at the latest page done (the stage's pace so far), counted down until the next.
  let estimate: { left: number; at: number } | null = null;
  let drawn = false;
  let lastDraw = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  const draw = (force: boolean) => {
    const t = now();
    if (!latest || t - started < after || (!force && t - lastDraw < every)) return;
    lastDraw = t;
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r${progressText(label, latest, t - started, estimate ? Math.max(0, estimate.left - (t - estimate.at)) : null, width)}\x1b[K`);
    drawn = true;
  };
  return (event) => {
    if (event.stage === 'start') {
      started = now();
      stageStarted = started;
      latest = null;
      estimate = null;
      // Between events (a page of OCR takes seconds) the line still moves.
      timer = setInterval(() => draw(true), 1000);
      timer.unref();
      return;
    }
    if (event.stage === 'end') {
      if (timer) clearInterval(timer);
      timer = null;
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
      return;
    }
    const t = now();
    if (latest?.stage !== event.stage) {
      stageStarted = t;
      estimate = null;
    }
    if (event.done > 0 && event.done !== latest?.done) estimate = event.done < event.total ? { left: ((t - stageStarted) / event.done) * (event.total - event.done), at: t } : null;
    latest = event;
    draw(false);
  };
}

/** For a command that reads one file after another: `(label, event)`, a new line begun at each reading's start. */
export function progressLines(stream: ProgressStream, options: ProgressLineOptions = {}): (label: string, event: ReadingEvent) => void {
  let line: ((event: ReadingEvent) => void) | null = null;
  return (label, event) => {
    if (event.stage === 'start') line = progressLine(stream, label, options);
    line?.(event);
  };
}
