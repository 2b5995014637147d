/**
 * When a document applies, from its own words: "có hiệu lực (thi hành) (kể)
 * từ ngày ký / ban hành" (then the day it was signed, when that is known)
 * or "… từ ngày 01/7/2026". Never guessed: a document that does not say
 * has no such date. Pure.
 */
import type { DirectiveDocument, Provision } from '../schemas/document.js';

export interface Effect {
  /** The words that say it, as printed. */
  words: string;
  /** The day it applies from, when the words and the document give it. */
  date: string | null;
}

const SAYS = /có hiệu lực(?: thi hành)?(?: kể)? từ ngày (ký|ban hành|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4}))/u;

function provisionsOf(list: Provision[]): Provision[] {
  return list.flatMap((p) => [p, ...provisionsOf(p.children)]);
}

export function effectOf(document: DirectiveDocument): Effect | null {
  const texts = [...document.closing.map((p) => p.text), ...provisionsOf(document.provisions).map((p) => `${p.heading ?? ''} ${p.text}`)];
  for (const text of texts) {
    const found = SAYS.exec(text);
    if (!found) continue;
    const [words, what, d1, m1, y1, d2, m2, y2] = found;
    const day = d1 ?? d2;
    const date = day ? `${y1 ?? y2}-${(m1 ?? m2)!.padStart(2, '0')}-${day.padStart(2, '0')}` : /^(?:ký|ban hành)$/u.test(what!) ? document.meta.date : null;
    return { words: words!, date };
  }
  return null;
}
