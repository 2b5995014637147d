/**
 * Finds known phrases in texts, matching folded words (so case, diacritics
 * and tone-mark placement do not matter). A phrase matcher is a multi-kind
 * matcher with a single kind (see multi-matcher.ts for the walk).
 */
import { MultiMatcher } from './multi-matcher.js';
import type { Token } from './tokens.js';

/** One occurrence of a known phrase in a text. */
export interface PhraseMatch<T> {
  value: T;
  /** Offsets into the text (same in the folded and the original text). */
  start: number;
  end: number;
}

export class PhraseMatcher<T> {
  readonly #matcher = new MultiMatcher(1);

  /** Add a phrase; adding the same phrase twice keeps both values. */
  add(phrase: string, value: T): this {
    this.#matcher.add(0, phrase, value);
    return this;
  }

  /**
   * Every match, longest first at each position; overlapping matches are
   * dropped in favour of the one that starts first, then the longest
   * ("giáo dục nghề nghiệp" wins over "giáo dục").
   */
  match(text: string, tokens?: Token[], keys?: string[]): Array<PhraseMatch<T>> {
    return this.#matcher.match(text, tokens, keys)[0] as Array<PhraseMatch<T>>;
  }
}
