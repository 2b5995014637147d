/**
 * What reading one original may cost, and what a reading reports as it
 * goes. The budget (src/schemas/reading.ts) is held here as limits with a
 * sentence each; progress is a stream of events the caller renders (the
 * extractor never writes to a terminal itself).
 */
import { READING_FLAGS, type ReadingLimit, ReadingSettings } from '../schemas/reading.js';

/** What a reading reports: it starts, walks the pages, recognises some by OCR, ends (read or refused). */
export type ReadingEvent =
  | { stage: 'start' }
  /** Pages of a PDF opened and their text layers read. */
  | { stage: 'pages'; done: number; total: number }
  /** Pages recognised by OCR, `workers` at once. */
  | { stage: 'ocr'; done: number; total: number; workers: number }
  | { stage: 'end' };

/** Who hears a reading's events (a progress line, a test). */
export type ReadingListener = (event: ReadingEvent) => void;

/** The settings with every default filled in; `undefined` values are left to the defaults. */
export function readingSettings(given: Partial<ReadingSettings> | undefined = {}): ReadingSettings {
  return ReadingSettings.parse(Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)));
}

/** A file refused because reading it would cost more than its budget allows. */
export class OverBudget extends Error {
  constructor(
    readonly limit: ReadingLimit,
    message: string,
  ) {
    super(message);
  }
}

const count = (n: number) => n.toLocaleString('en', { maximumFractionDigits: n < 10 ? 3 : 0 });

/**
 * The sentence for a limit passed: what the file needs, the limit, and how
 * to raise it (with the figure that would do, when it is known).
 */
export function overBudget(limit: ReadingLimit, settings: ReadingSettings, needs: string, enough?: number): OverBudget {
  const what: Record<ReadingLimit, string> = {
    maxPages: `the ${count(settings.maxPages)} pages a document may have`,
    maxPageMegapixels: `the ${count(settings.maxPageMegapixels)} megapixels a page may have for OCR`,
    maxMegapixels: `the ${count(settings.maxMegapixels)} megapixels a document may have rendered for OCR`,
    maxSeconds: `the ${count(settings.maxSeconds)} s reading a document may take`,
  };
  const flag = `--${READING_FLAGS[limit]}${enough === undefined ? '' : ` ${Math.ceil(enough)}`}`;
  return new OverBudget(limit, `${needs}, more than ${what[limit]}: raise reading.${limit} in content/site.yaml, or pass ${flag}`);
}

/** Pixels of a page rendered at `dpi` (its size in points). */
export function pagePixels(size: { width: number; height: number }, dpi: number): number {
  return Math.ceil((size.width / 72) * dpi) * Math.ceil((size.height / 72) * dpi);
}

/**
 * The time a reading may take. `signal` aborts when it is up (for child
 * processes to be killed); `race` makes any step give up then, with the
 * budget's sentence; `check` throws it when the time is past.
 */
export class Deadline {
  readonly signal: AbortSignal;
  readonly #settings: ReadingSettings;
  readonly #started = performance.now();
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  #progress = '';

  constructor(settings: ReadingSettings) {
    this.#settings = settings;
    this.signal = this.#controller.signal;
    this.#timer = setTimeout(() => this.#controller.abort(this.#error()), settings.maxSeconds * 1000);
    // The budget never keeps the process alive by itself.
    this.#timer.unref();
  }

  /** Where the reading is, for the sentence ("120 of 300 pages read by OCR"). */
  at(progress: string): void {
    this.#progress = progress;
  }

  #error(): OverBudget {
    return overBudget('maxSeconds', this.#settings, `was still being read after ${count(this.#settings.maxSeconds)} s${this.#progress ? ` (${this.#progress})` : ''}`);
  }

  /** Throws the budget's sentence when the time is up. */
  check(): void {
    if (this.signal.aborted || performance.now() - this.#started > this.#settings.maxSeconds * 1000) {
      if (!this.signal.aborted) this.#controller.abort(this.#error());
      throw this.signal.reason;
    }
  }

  /** `promise`, or the budget's sentence when the time runs out first. */
  race<T>(promise: Promise<T>): Promise<T> {
    // Given up on, the step may still fail later (PDF.js: "Transport destroyed"): that is expected, not unhandled.
    promise.catch(() => {});
    this.check();
    return new Promise<T>((resolve, reject) => {
      const stop = () => reject(this.signal.reason);
      this.signal.addEventListener('abort', stop, { once: true });
      promise.then(
        (value) => {
          this.signal.removeEventListener('abort', stop);
          resolve(value);
        },
        (error: unknown) => {
          this.signal.removeEventListener('abort', stop);
          reject(error);
        },
      );
    });
  }

  /** Stop the clock (the reading is over). */
  clear(): void {
    clearTimeout(this.#timer);
  }
}
