/** Load the content folder (taxonomy, references, directives), or explain why not. */
import { type ContentSource, loadContent, type LoadedContent } from '../../src/corpus/load.js';
import { formatProblem } from '../../src/corpus/validate-yaml.js';
import { CONTENT_ROOT, contentFromDisk } from '../../src/corpus/content-fs.js';

/**
 * `source` defaults to the folder at `root`; `where` names a path for
 * messages (content/… unless directives were added from elsewhere).
 */
export function loadOrExplain(
  root: string = CONTENT_ROOT,
  source: ContentSource = contentFromDisk(root),
  where: (path: string) => string = (path) => `content/${path}`,
): LoadedContent | null {
  const loaded = loadContent(source);
  if (!loaded.ok) {
    for (const problem of loaded.problems) process.stderr.write(`${formatProblem({ ...problem, path: where(problem.path) })}\n`);
    return null;
  }
  return loaded.content;
}
