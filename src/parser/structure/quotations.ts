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

/** A sentence that cites another document's clause and leads into it: "Theo khoản 2 Điều 7 Nghị định số …, … sau:". */
const CITES_CLAUSE = /(?:^|\s)(?:[Tt]heo|[Tt]ại)\s+(?:quy định tại\s+)?(?:khoản|điểm|Điều)\s+\S{1,12}[^:]{0,200}?(?:Nghị định|Luật|Thông tư|Quyết định|Nghị quyết|Quy định|Điều lệ|Chỉ thị)[^:]{0,300}:$/u;

/**
 * Items set in as a block quote under a sentence that cites another
 * document's clause (layout text, no quotation marks): their marks stand
 * clearly right of the citing block's, and they run until a block that
 * stands no further in than it.
 */
function markSetIn(out: Block[]): void {
  for (let i = 0; i < out.length - 1; i++) {
    const text = textOf(out[i]!).trim();
    // Only a block that ends leading into something, and only its last sentences: the test stays linear.
    if (!text.endsWith(':') || !CITES_CLAUSE.test(text.slice(-600))) continue;
    const indent = out[i]!.lines[out[i]!.lines.length - 1]!.line.indent;
    const lead = Math.max(indent, out[i]!.lines[0]!.line.indent);
    let k = i + 1;
    while (k < out.length && k - i <= MAX_QUOTED_BLOCKS && out[k]!.marker && out[k]!.lines[0]!.line.indent >= lead + 2) k++;
    if (k === i + 1) continue;
    for (let j = i + 1; j < k; j++) out[j] = { ...out[j]!, marker: null, quoted: true };
    i = k - 1;
  }
}

/** Mark the blocks inside quotations: `quoted`, and no numbering mark. */
export function markQuotations(blocks: Block[]): Block[] {
  const out = blocks.slice();
  markSetIn(out);
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
