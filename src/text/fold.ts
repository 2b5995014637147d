/**
 * Folding for matching, never for display.
 *
 * `fold` maps every UTF-16 code unit of an NFC string to exactly one code
 * unit: lower case, diacritics removed, "đ" → "d". Because the length is
 * preserved, an index found in the folded string is the same index in the
 * original, so a match can always be reported with the words as written.
 * Tone-mark placement variants ("uỷ" / "ủy", "hoà" / "hòa") fold to the same
 * string, as do accent-less spellings typed on a phone.
 */
const cache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    const base = char.normalize('NFD')[0] ?? char;
    folded = base === 'đ' || base === 'Đ' ? 'd' : base.toLowerCase();
    // Some characters lower-case to two code units (e.g. "İ"); keep one.
    if (folded.length !== 1) folded = char;
    cache.set(char, folded);
  }
  return folded;
}

/** Fold a string for matching; the result has the same length as the input. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path.
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += text[i]; // surrogate halves pass through unchanged
    } else {
      out += foldChar(text[i]!);
    }
  }
  return out;
}

/** An ASCII slug of a Vietnamese phrase: "Ban cán sự đảng" → "ban-can-su-dang". */
export function slugify(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whether a letter is upper case (works for Vietnamese letters such as "Đ", "Ủ"). */
export function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Whether a letter is lower case. */
export function isLower(char: string | undefined): boolean {
  return char !== undefined && char !== char.toUpperCase() && char === char.toLowerCase();
}

/** Whether a string has letters and all of them are upper case ("PHÓ BÍ THƯ"). */
export function isAllUpper(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}
