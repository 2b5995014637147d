/** A word of a text: a run of letters and digits, with its offsets. */
export interface Token {
  /** The folded word (see `fold`). */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Split a folded text into word tokens, keeping offsets into the text. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
