/**
 * Text a provision quotes: another document's items ("Theo khoản 2 Điều 32
 * Nghị định …, cụ thể: “… a) …; b) …; c) …”") stand inside the provision
 * that quotes them, never as its provisions. A quotation opens with “ (or
 * a straight ") that its block leaves open and closes with the block that
 * balances it; the blocks between lose their numbering marks and are kept
 * as quoted paragraphs of the provision above.
 *
 * A quotation that does not close within a few pages' worth of blocks is
 * taken for a stray mark, and the blocks keep their numbering: a lost
 * closing quote must not swallow the rest of a document. Linear: each
 * block is looked at a bounded number of times.
 */
import type { Block } from '../input/blocks.js';

/** How many blocks a quotation may span. */
export const MAX_QUOTED_BLOCKS = 40;

function textOf(block: Block): string {
  return block.lines.map((line) => line.content).join(' ');
}

/** How far a block opens (positive) or closes (negative) quotations. */
function balance(text: string): number {
  let depth = 0;
  let straight = 0;
  for (const char of text) {
    if (char === '“') depth++;
    else if (char === '”') depth--;
    else if (char === '"') straight++;
  }
  // Straight quotes open and close alike: an odd count leaves one open (or closes one).
  return depth + (straight % 2);
}

/** Mark the blocks inside quotations: `quoted`, and no numbering mark. */
export function markQuotations(blocks: Block[]): Block[] {
  const out = blocks.slice();
  let i = 0;
  while (i < out.length) {
    const opened = balance(textOf(out[i]!));
    if (opened <= 0) {
      i++;
      continue;
    }
    // Find the block that closes it.
    let depth = opened;
    let end = -1;
    for (let k = i + 1; k < out.length && k - i <= MAX_QUOTED_BLOCKS; k++) {
      const text = textOf(out[k]!);
      const straight = [...text].filter((c) => c === '"').length;
      depth += [...text].filter((c) => c === '“').length - [...text].filter((c) => c === '”').length - (straight % 2);
      if (depth <= 0) {
        end = k;
        break;
      }
    }
    if (end < 0) {
      i++;
      continue;
    }
    for (let k = i + 1; k <= end; k++) out[k] = { ...out[k]!, marker: null, quoted: true };
    i = end + 1;
  }
  return out;
}
