/**
 * How texts are compared when a parse is scored against a gold standard
 * (the development set's README): Unicode NFC, case folding, tone-mark
 * placement folding ("uỷ" = "ủy"), whitespace folding, trailing
 * punctuation ignored. For OCR text the gold gives the printed (corrected)
 * words while the text carries OCR's misread marks ("Đây mạnh" for "Đẩy
 * mạnh"), so there every diacritic is folded away, and punctuation too.
 */
import { fold } from '../text/fold.js';
import { markKey } from '../text/marks.js';

export interface CompareOptions {
  /** Fold every diacritic (OCR text). */
  ocr?: boolean;
}

const TRAILING = /[\s.,;:!?…/"”»)\]-]+$/u;
const LEADING = /^[\s"“«([-]+/u;

/** The comparable form of a text. */
export function comparable(text: string, options: CompareOptions = {}): string {
  const nfc = text.normalize('NFC').replace(/\u00d0/gu, 'Đ').replace(/\u00f0/gu, 'đ').replace(/\s+/g, ' ').trim();
  // OCR misreads marks and punctuation alike ("1,2,3.,4,9"): there only the letters and digits of the words count.
  if (options.ocr) return fold(nfc).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return markKey(nfc).replace(TRAILING, '').replace(LEADING, '');
}

/** Whether two texts are the same text (null equals only null). */
export function same(a: string | null | undefined, b: string | null | undefined, options: CompareOptions = {}): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return comparable(a, options) === comparable(b, options);
}

/** Whether `text` starts with `prefix`, both compared as texts. */
export function startsWithText(text: string, prefix: string, options: CompareOptions = {}): boolean {
  const head = comparable(prefix, options);
  return head.length > 0 && comparable(text, options).startsWith(head);
}

/** The words of a text for comparing lists of bodies: comparable form, punctuation dropped. */
export function words(text: string, options: CompareOptions = {}): string[] {
  return comparable(text, options)
    .split(/[\s,;:()–—-]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\ue001-\ue005]+$/gu, ''))
    .filter(Boolean);
}
