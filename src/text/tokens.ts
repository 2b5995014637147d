/** A word of a text: a run of letters and digits, with its offsets. */
export interface Token {
  /** The folded word (see `fold`). */
  word: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(text[index]!);
}

/** Split a folded text into word tokens, keeping offsets into the text. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const length = folded.length;
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const word = i < length && isWordCode(folded.charCodeAt(i), folded, i);
    if (word && start === -1) start = i;
    else if (!word && start !== -1) {
      tokens.push({ word: folded.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return tokens;
}
