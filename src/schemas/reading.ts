import { z } from 'zod';

/**
 * `reading:` in `content/site.yaml`: what reading one original may cost
 * (its budget) and how many OCR processes run at once. `npm run corpus` and
 * `npm run parse` take the same settings as flags (`READING_FLAGS`), which
 * win over the file. Past a limit a document is refused in one sentence
 * naming the limit and how to raise it; the corpus build skips it and goes
 * on with the others.
 */
export const ReadingSettings = z.strictObject({
  /**
   * The most pages one PDF may have. Checked when the file is opened,
   * before any page is read. Default 2,000; at least 1.
   */
  maxPages: z.int().min(1).default(2000),
  /**
   * The most megapixels one page may have when it is rendered at 300 dpi
   * for OCR (an A4 page is 8.7, A3 17.4, A0 140). Default 150.
   */
  maxPageMegapixels: z.number().positive().default(150),
  /**
   * The most megapixels rendered for OCR in one document: its pages
   * without a text layer at 300 dpi, added up. Checked before OCR starts.
   * Default 3,000 (about 345 A4 pages).
   */
  maxMegapixels: z.number().positive().default(3000),
  /**
   * The most seconds reading one document may take, OCR included (a scanned
   * page takes 3–7 s of one core at 300 dpi). Default 1,800 (half an hour).
   */
  maxSeconds: z.number().positive().default(1800),
  /**
   * How many pages are recognised at once, one OCR process each. Null (the
   * default): one per core (Node's `os.availableParallelism()`), at most 8.
   * 1 to 64.
   */
  ocrWorkers: z.int().min(1).max(64).nullable().default(null),
});
export type ReadingSettings = z.output<typeof ReadingSettings>;

/** A limit of the reading budget. */
export type ReadingLimit = Exclude<keyof ReadingSettings, 'ocrWorkers'>;

/** The command-line flag of each setting (`--max-pages 5000`). */
export const READING_FLAGS = {
  maxPages: 'max-pages',
  maxPageMegapixels: 'max-page-megapixels',
  maxMegapixels: 'max-megapixels',
  maxSeconds: 'max-seconds',
  ocrWorkers: 'ocr-workers',
} as const satisfies Record<keyof ReadingSettings, string>;

/**
 * The settings given as flags (strings, as `node:util` parseArgs gives
 * them), checked by the same schema as the file: the settings, or one
 * sentence saying which flag is wrong.
 */
export function readingFromFlags(values: Record<string, unknown>): { ok: true; settings: Partial<ReadingSettings> } | { ok: false; message: string } {
  const settings: Record<string, number> = {};
  for (const [key, flag] of Object.entries(READING_FLAGS)) {
    const value = values[flag];
    if (typeof value !== 'string') continue;
    const field = ReadingSettings.shape[key as keyof ReadingSettings];
    const parsed = field.safeParse(value.trim() === '' ? Number.NaN : Number(value));
    if (!parsed.success || parsed.data === null) return { ok: false, message: `--${flag} ${value}: ${parsed.success ? 'a number is needed' : parsed.error.issues[0]?.message}` };
    settings[key] = parsed.data;
  }
  return { ok: true, settings };
}
