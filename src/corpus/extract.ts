/**
 * Reading the directives' originals: every source.pdf and source.docx of
 * the loaded content turned into text and hints (src/extract/), before the
 * pure corpus build. Slow steps (OCR) are worth keeping: a cache keyed by
 * the file's SHA-256 and the extractor's version answers again without
 * reading the file again. An original over its reading budget is skipped,
 * with its sentence, and the others are read.
 */
import { createHash } from 'node:crypto';
import { extractSource, type Extraction, type ReadingEvent } from '../extract/index.js';
import type { ReadingSettings } from '../schemas/reading.js';
import type { ContentProblem } from './validate-yaml.js';
import type { DirectiveSource, LoadedContent } from './load.js';

/** Bumped whenever extraction changes what it gives for the same file (2: a blank page is blank, not OCR). */
export const EXTRACTOR_VERSION = 2;

export interface ExtractionCache {
  get(key: string): Extraction | null;
  set(key: string, extraction: Extraction): void;
}

/** How the originals of a corpus are read. */
export interface ExtractDirectivesOptions {
  /** Read scans by OCR (default true). */
  ocr?: boolean;
  cache?: ExtractionCache | null;
  /** The reading budget and OCR processes at once; unset values come from content/site.yaml, then the defaults. */
  reading?: Partial<ReadingSettings>;
  /** Hears how each original's reading goes (not called for one the cache answers). */
  progress?: (path: string, event: ReadingEvent) => void;
}

/**
 * Read every original. `problems` name the file and say what to do (they
 * stop a build); `skipped` are the originals over their reading budget,
 * each with its sentence (the build goes on without them).
 */
export async function extractDirectives(
  content: LoadedContent,
  options: ExtractDirectivesOptions = {},
): Promise<{ directives: DirectiveSource[]; problems: ContentProblem[]; skipped: ContentProblem[] }> {
  const directives: DirectiveSource[] = [];
  const problems: ContentProblem[] = [];
  const skipped: ContentProblem[] = [];
  const reading = { ...content.site.reading, ...definedOnly(options.reading ?? {}) };
  for (const directive of content.directives) {
    if (directive.format === 'txt') {
      directives.push(directive);
      continue;
    }
    const key = `${createHash('sha256').update(directive.bytes).digest('hex')}-v${EXTRACTOR_VERSION}`;
    const cached = options.cache?.get(key) ?? null;
    if (cached) {
      directives.push({ ...directive, extraction: cached });
      continue;
    }
    const progress = options.progress;
    const result = await extractSource(directive.sourceFile, directive.bytes, {
      ocr: options.ocr ?? true,
      reading,
      ...(progress ? { onProgress: (event: ReadingEvent) => progress(directive.sourcePath, event) } : {}),
    });
    if (!result.ok) {
      (result.overBudget ? skipped : problems).push({ path: directive.sourcePath, line: 1, column: 1, message: result.message });
      continue;
    }
    options.cache?.set(key, result.extraction);
    directives.push({ ...directive, extraction: result.extraction });
  }
  return { directives, problems, skipped };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
