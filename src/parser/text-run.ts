/**
 * A run of text nodes read as one string (joined by single spaces), with a
 * way back from an offset in that string to the source line and column.
 * Tags and citations are found in runs and reported at source positions.
 */
import type { Evidence } from '../schemas/common.js';
import { fold } from '../text/fold.js';
import { wordKeys } from '../text/marks.js';
import { tokenize, type Token } from '../text/tokens.js';
import { findBodies, type BodyMention } from './tags/bodies.js';
import { KIND, type Vocabulary } from './vocabulary.js';
import type { PhraseMatch } from '../text/phrase-matcher.js';
import type { FootnoteReferenceNode, TextNode } from './nodes.js';
import { pointInText } from './position.js';

export class TextRun {
  readonly text: string;
  readonly folded: string;
  readonly #nodes: TextNode[];
  readonly #starts: number[];
  #tokens: Token[] | undefined;
  #keys: string[] | undefined;
  #bodies: BodyMention[] | undefined;
  #matches: Array<Array<PhraseMatch<unknown>>> | undefined;

  constructor(children: Array<TextNode | FootnoteReferenceNode>) {
    // Footnote marks are not words; a text node marked `attached` continues the word before it.
    const nodes = children.filter((node): node is TextNode => node.type === 'text');
    this.#nodes = nodes;
    this.#starts = [];
    let text = '';
    for (const node of nodes) {
      if (text.length > 0 && !node.data?.attached) text += ' ';
      this.#starts.push(text.length);
      text += node.value;
    }
    this.text = text;
    this.folded = fold(text);
  }

  /** The folded words of the run (computed once). */
  get tokens(): Token[] {
    this.#tokens ??= tokenize(this.folded);
    return this.#tokens;
  }

  /** The words' keys for matching by letters and marks (computed once). */
  get keys(): string[] {
    this.#keys ??= wordKeys(this.text, this.tokens);
    return this.#keys;
  }

  /** Known phrases of every kind in the run, found in one walk (computed once). */
  matches<T>(vocabulary: Vocabulary, kind: number): Array<PhraseMatch<T>> {
    this.#matches ??= vocabulary.matcher.match(this.text, this.tokens, this.keys);
    return this.#matches[kind] as Array<PhraseMatch<T>>;
  }

  /** The bodies the run names (computed once: several stages ask). */
  bodies(vocabulary: Vocabulary): BodyMention[] {
    this.#bodies ??= findBodies(this.text, vocabulary, { tokens: this.tokens, keys: this.keys, known: this.matches(vocabulary, KIND.body) });
    return this.#bodies;
  }

  /** The source point of an offset into `text`. */
  pointAt(offset: number): { line: number; column: number } {
    // Binary search: a paragraph may have thousands of lines, and every piece of evidence asks.
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const index = Math.max(0, low);
    const node = this.#nodes[index];
    if (!node) return { line: 1, column: 1 };
    return pointInText(node, Math.max(0, offset - this.#starts[index]!));
  }

  /** Evidence for characters [start, end) of `text`. */
  evidence(start: number, end: number): Evidence {
    return { text: this.text.slice(start, end), ...this.pointAt(start) };
  }
}

/**
 * The run of a heading or paragraph, made once per node: the stages that
 * read the same text share its folding, words and bodies.
 */
const runs = new WeakMap<object, TextRun>();
export function runOf(node: { children: Array<TextNode | FootnoteReferenceNode> }): TextRun {
  let run = runs.get(node);
  if (!run) {
    run = new TextRun(node.children);
    runs.set(node, run);
  }
  return run;
}
