/**
 * Reading the directives' originals: every source.pdf and source.docx of
 * the loaded content turned into text and hints (src/extract/), before the
 * pure corpus build. Slow steps (OCR) are worth keeping: a cache keyed by
 * the file's SHA-256 and the extractor's version answers again without
 * reading the file again.
 */
import { createHash } from 'node:crypto';
import { extractSource, type Extraction } from '../extract/index.js';
import type { ContentProblem } from './validate-yaml.js';
import type { DirectiveSource, LoadedContent } from './load.js';

/** Bumped whenever extraction changes what it gives for the same file. */
export const EXTRACTOR_VERSION = 1;

export interface ExtractionCache {
  get(key: string): Extraction | null;
  set(key: string, extraction: Extraction): void;
}


/** Read every original; problems name the file and say what to do. */
export async function extractDirectives(
  content: LoadedContent,
  options: { ocr?: boolean; cache?: ExtractionCache | null; progress?: (path: string) => void } = {},
): Promise<{ directives: DirectiveSource[]; problems: ContentProblem[] }> {
  const directives: DirectiveSource[] = [];
  const problems: ContentProblem[] = [];
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
    options.progress?.(directive.sourcePath);
    const result = await extractSource(directive.sourceFile, directive.bytes, { ocr: options.ocr ?? true });
    if (!result.ok) {
      problems.push({ path: directive.sourcePath, line: 1, column: 1, message: result.message });
      continue;
    }
    options.cache?.set(key, result.extraction);
    directives.push({ ...directive, extraction: result.extraction });
  }
  return { directives, problems };
}
