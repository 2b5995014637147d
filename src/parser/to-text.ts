/**
 * Serialise the tree back to plain text, one block per line, in source
 * order: the round trip that shows nothing was lost. Hard wraps are undone;
 * the words are the source's own.
 */
import { textOf, type ProvisionNode, type RootNode } from './nodes.js';

function provisionLines(node: ProvisionNode, out: string[]): void {
  let pending = '';
  for (const child of node.children) {
    if (child.type === 'marker') pending = child.value;
    else if (child.type === 'heading' || child.type === 'paragraph') {
      out.push(pending ? `${pending} ${textOf(child)}` : textOf(child));
      pending = '';
    } else {
      if (pending) out.push(pending);
      pending = '';
      provisionLines(child, out);
    }
  }
  if (pending) out.push(pending);
}

/** The document as reflowed plain text. */
export function toText(tree: RootNode): string {
  const out: string[] = [];
  for (const block of tree.children) {
    switch (block.type) {
      case 'header':
        for (const field of block.children) out.push(textOf(field));
        break;
      case 'addressees':
      case 'copiesTo':
        for (const child of block.children) out.push(child.type === 'label' ? child.value : textOf(child));
        break;
      case 'preamble':
      case 'trailer':
        for (const paragraph of block.children) out.push(textOf(paragraph));
        break;
      case 'body':
        for (const provision of block.children) provisionLines(provision, out);
        break;
      case 'signature':
        for (const line of block.children) out.push(textOf(line));
        break;
    }
  }
  return `${out.join('\n')}\n`;
}
