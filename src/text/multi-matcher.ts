/**
 * Several phrase vocabularies matched in one walk over a text's words.
 * Where the text has diacritics, words match only words with the same
 * letters and marks, up to tone-mark placement ("uỷ" = "ủy"; "dẫn" is not
 * "dân", so "Hướng dẫn số" is no "dân số"); a text typed without any is
 * matched folded ("dan so" finds "dân số").
 * Phrases are stored in a word trie, so matching costs one walk per word,
 * whatever the number of phrases. Each vocabulary ("kind") has its own
 * matches: longest at each position, overlapping ones of the same kind
 * dropped. Between two words of a phrase the text may have spaces, a comma
 * or a dash ("đền ơn, đáp nghĩa"), but not a full stop, semicolon, colon or
 * bracket: a phrase never spans two clauses.
 */
import { fold } from './fold.js';
import { hasDiacritics, markKey, wordKeys } from './marks.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { tokenize, type Token } from './tokens.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Values ending here, by kind. */
  values: Map<number, unknown[]>;
}

function crossable(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 44 && code !== 45 && code !== 0x2013 && code !== 0x2014 && code !== 0xa0) return false;
  }
  return true;
}

export class MultiMatcher {
  /** Words as folded keys, for texts without diacritics. */
  readonly #root: TrieNode = { next: new Map(), values: new Map() };
  /** Words as mark keys, for texts with diacritics. */
  readonly #strict: TrieNode = { next: new Map(), values: new Map() };
  readonly #kinds: number;

  constructor(kinds: number) {
    this.#kinds = kinds;
  }

  add(kind: number, phrase: string, value: unknown): this {
    const text = phrase.normalize('NFC');
    const tokens = tokenize(fold(text));
    if (tokens.length === 0) return this;
    insert(this.#root, tokens.map((token) => token.word), kind, value);
    insert(this.#strict, tokens.map((token) => markKey(text.slice(token.start, token.end))), kind, value);
    return this;
  }

  /** Matches of every kind, each list in text order (`keys`: the words' keys, see `wordKeys`, when the caller has them). */
  match(text: string, tokens: Token[] = tokenize(fold(text)), keys: string[] = wordKeys(text, tokens)): Array<Array<PhraseMatch<unknown>>> {
    const root = hasDiacritics(text) ? this.#strict : this.#root;
    const found: Array<Array<PhraseMatch<unknown>>> = Array.from({ length: this.#kinds }, () => []);
    const coveredUntil = new Array<number>(this.#kinds).fill(-1);
    const bestEnd = new Array<number>(this.#kinds);
    const bestNode = new Array<TrieNode | undefined>(this.#kinds);
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      let node = root.next.get(keys[i]!);
      if (!node) continue;
      bestNode.fill(undefined);
      for (let j = i; node; ) {
        for (const kind of node.values.keys()) {
          bestNode[kind] = node;
          bestEnd[kind] = tokens[j]!.end;
        }
        const next = tokens[j + 1];
        if (!next || !crossable(text, tokens[j]!.end, next.start)) break;
        node = node.next.get(keys[j + 1]!);
        j++;
      }
      for (let kind = 0; kind < this.#kinds; kind++) {
        const best = bestNode[kind];
        if (!best || first.start < coveredUntil[kind]!) continue;
        for (const value of best.values.get(kind)!) found[kind]!.push({ value, start: first.start, end: bestEnd[kind]! });
        coveredUntil[kind] = bestEnd[kind]!;
      }
    }
    return found;
  }
}

function insert(root: TrieNode, words: string[], kind: number, value: unknown): void {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map(), values: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  const list = node.values.get(kind) ?? [];
  if (!list.includes(value)) list.push(value);
  node.values.set(kind, list);
}
