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

/** Folded code unit of every BMP code unit, filled on first use (0 = not yet known). */
const TABLE = new Uint16Array(0x10000);

function foldCode(code: number): number {
  let folded = TABLE[code]!;
  if (folded === 0) {
    if (code >= 0xd800 && code <= 0xdfff) {
      folded = code; // surrogate halves pass through unchanged
    } else {
      const char = String.fromCharCode(code);
      const base = char.normalize('NFD')[0] ?? char;
      const lower = base === 'đ' || base === 'Đ' ? 'd' : base.toLowerCase();
      // Some characters lower-case to two code units (e.g. "İ"); keep one.
      folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
    TABLE[code] = folded;
  }
  return folded;
}

const CHUNK = 8192;
/** Reused for every string up to this length, so short folds allocate only their result. */
const SCRATCH = new Uint16Array(4096);

/** Fold a string for matching; the result has the same length as the input. */
export function fold(text: string): string {
  const length = text.length;
  const codes = length <= SCRATCH.length ? SCRATCH : new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldCode(code);
  }
  let out = '';
  for (let i = 0; i < length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
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
  if (/[a-z]/.test(text)) return false; // the common case, without allocating
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}
