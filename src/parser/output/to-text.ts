/**
 * Serialise the tree back to plain text, one block per line, in the
 * document's order: the round trip that shows nothing was lost. Hard wraps
 * are undone; the words are the source's own. Footnote marks stand where
 * they were printed, glued to their word; footnotes follow the signature,
 * appendices follow them, and the page furniture set aside (page numbers,
 * running headers, file notes) comes last, a line each, so that even what
 * is not the document's text is never silently dropped.
 */
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import type { ProvisionNode, RootNode } from '../nodes.js';

/** The words of a node as printed: text joined by spaces, attached pieces and footnote marks glued on. */
export function printedOf(node: { children?: unknown[]; value?: unknown }): string {
  let out = '';
  // A mark the words follow with no space ("2.2Quy trình"): the next words glue to it.
  let glueNext = false;
  visitParents(node as Node, (n: Node & { value?: unknown; data?: { attached?: boolean } }) => {
    if (typeof n.value === 'string') {
      const marker = n.type === 'marker';
      const glued = glueNext || n.type === 'footnoteReference' || (!marker && n.data?.attached === true);
      out += (out && !glued ? ' ' : '') + n.value;
      glueNext = marker && n.data?.attached === true;
    }
  });
  return out.replace(/\s+/g, ' ').trim();
}

function provisionLines(node: ProvisionNode, out: string[]): void {
  let pending = '';
  let glued = false;
  for (const child of node.children) {
    if (child.type === 'marker') {
      pending = child.value;
      glued = child.data?.attached === true;
    } else if (child.type === 'heading' || child.type === 'paragraph') {
      out.push(pending ? `${pending}${glued ? '' : ' '}${printedOf(child)}` : printedOf(child));
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
        for (const field of block.children) {
          // A field glued to the one before it in the source ("… cộng đồngV/v …") prints glued to it.
          if (field.children[0]?.data?.attached && out.length > 0) out[out.length - 1] += printedOf(field);
          else out.push(printedOf(field));
        }
        break;
      case 'addressees':
      case 'copiesTo':
        for (const child of block.children) out.push(child.type === 'label' ? child.value : printedOf(child));
        break;
      case 'preamble':
      case 'closing':
      case 'trailer':
        for (const paragraph of block.children) out.push(printedOf(paragraph));
        break;
      case 'body':
        for (const provision of block.children) provisionLines(provision, out);
        break;
      case 'signature':
        for (const line of block.children) out.push(printedOf(line));
        break;
      case 'footnotes':
        for (const note of block.children) out.push(printedOf(note));
        break;
      case 'appendix':
        for (const part of block.children) out.push(printedOf(part));
        break;
    }
  }
  for (const artefact of tree.data.artefacts) out.push(artefact.text);
  return `${out.join('\n')}\n`;
}
