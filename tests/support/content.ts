/** The project's real vocabulary, loaded once for tests. */
import { contentFromDisk, CONTENT_ROOT } from '../../src/corpus/content-fs.js';
import { loadContent, type LoadedContent } from '../../src/corpus/load.js';
import { compileVocabulary, type Vocabulary } from '../../src/parser/index.js';

let cached: { content: LoadedContent; vocabulary: Vocabulary } | undefined;

export function projectContent(): { content: LoadedContent; vocabulary: Vocabulary } {
  if (!cached) {
    const loaded = loadContent(contentFromDisk(CONTENT_ROOT));
    if (!loaded.ok) throw new Error(`content/ does not load: ${loaded.problems.map((p) => `${p.path}:${p.line}: ${p.message}`).join('; ')}`);
    cached = { content: loaded.content, vocabulary: compileVocabulary(loaded.content.taxonomy, loaded.content.references) };
  }
  return cached;
}
