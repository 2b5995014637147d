/** Word lists for the "no text lost" checks. */
import type { RootNode } from '../../src/parser/nodes.js';
import { printedOf } from '../../src/parser/output/to-text.js';

/** Words of a source text as a reader sees them: NFC, no BOM, form feeds as spaces. */
export function sourceWords(text: string, skipLines: number[] = []): string[] {
  const skip = new Set(skipLines);
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((_, index) => !skip.has(index + 1))
    .join('\n')
    .replace(/\f/g, ' ')
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean);
}

/** Words of every literal node of a tree, in tree order (a footnote mark glued to its word, as printed). */
export function treeWords(tree: RootNode): string[] {
  return printedOf(tree).split(/\s+/).filter(Boolean);
}
