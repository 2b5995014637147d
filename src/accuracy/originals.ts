/**
 * Scoring a development document from its original (original.pdf or
 * original.docx beside its gold standard): read as the corpus build reads
 * a source.pdf or source.docx, then parsed with the reading's hints.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSource, type ReadingEvent } from '../extract/index.js';
import type { Vocabulary } from '../parser/index.js';
import type { ReadingSettings } from '../schemas/reading.js';
import type { Gold } from './gold.js';
import type { DocumentScore } from './score.js';
import { type Editorial, scoreSource } from './view.js';

/** The original of a development document, when it has one, and the source name it stands for. */
export function originalOf(folder: string): { path: string; as: 'source.pdf' | 'source.docx' } | null {
  for (const [file, as] of [['original.pdf', 'source.pdf'], ['original.docx', 'source.docx']] as const) {
    if (existsSync(join(folder, file))) return { path: join(folder, file), as };
  }
  return null;
}

/** How an original is read: its budget, and who hears how the reading goes (src/extract/). */
export interface ReadingOptions {
  reading?: Partial<ReadingSettings>;
  progress?: (path: string, event: ReadingEvent) => void;
  /** An editor's corrections of the original's reading (their lines are the extracted text's, or a page's), and meta.yaml. */
  editorial?: Editorial;
}

/** Score a document from its original; a reason when it has none or it cannot be read. */
export async function scoreOriginal(folder: string, gold: Gold, vocabulary: Vocabulary, options: ReadingOptions = {}): Promise<{ score: DocumentScore } | { skipped: string }> {
  const original = originalOf(folder);
  if (!original) return { skipped: 'no original.pdf or original.docx' };
  const { progress } = options;
  const read = await extractSource(original.as, new Uint8Array(readFileSync(original.path)), {
    ...(options.reading ? { reading: options.reading } : {}),
    ...(progress ? { onProgress: (event: ReadingEvent) => progress(original.path, event) } : {}),
  });
  if (!read.ok) return { skipped: `${original.path} ${read.message}` };
  return { score: scoreSource(gold, read.extraction.source, original.path, vocabulary, read.extraction.hints, options.editorial) };
}
