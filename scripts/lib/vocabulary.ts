/** Load the vocabulary (taxonomy + references) from the content folder, or explain why not. */
import { loadContent, type LoadedContent } from '../../src/corpus/load.js';
import { formatProblem } from '../../src/corpus/validate-yaml.js';
import { CONTENT_ROOT, contentFromDisk } from './content-fs.js';

export function loadOrExplain(root: string = CONTENT_ROOT): LoadedContent | null {
  const loaded = loadContent(contentFromDisk(root));
  if (!loaded.ok) {
    for (const problem of loaded.problems) process.stderr.write(`${formatProblem({ ...problem, path: `content/${problem.path}` })}\n`);
    return null;
  }
  return loaded.content;
}
