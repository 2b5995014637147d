/**
 * A run of text nodes read as one string (joined by single spaces), with a
 * way back from an offset in that string to the source line and column.
 * Tags and citations are found in runs and reported at source positions.
 */
import type { Evidence } from '../schemas/common.js';
import { fold } from '../text/fold.js';
import type { TextNode } from './nodes.js';
import { pointInText } from './position.js';

export class TextRun {
  readonly text: string;
  readonly folded: string;
  readonly #nodes: TextNode[];
  readonly #starts: number[];

  constructor(nodes: TextNode[]) {
    this.#nodes = nodes;
    this.#starts = [];
    let text = '';
    for (const node of nodes) {
      if (text.length > 0) text += ' ';
      this.#starts.push(text.length);
      text += node.value;
    }
    this.text = text;
    this.folded = fold(text);
  }

  /** The source point of an offset into `text`. */
  pointAt(offset: number): { line: number; column: number } {
    let index = 0;
    while (index + 1 < this.#starts.length && this.#starts[index + 1]! <= offset) index++;
    const node = this.#nodes[index];
    if (!node) return { line: 1, column: 1 };
    return pointInText(node, Math.max(0, offset - this.#starts[index]!));
  }

  /** Evidence for characters [start, end) of `text`. */
  evidence(start: number, end: number): Evidence {
    return { text: this.text.slice(start, end), ...this.pointAt(start) };
  }
}
