/**
 * Is this Vietnamese text? A PDF's text layer can lie: made with legacy
 * fonts, it carries the bytes of an old encoding (TCVN3 "QuyÕt ®Þnh", VNI
 * "Quyeát ñònh"), a broken character map ("Ngƣời" for "Người") or glyph
 * numbers shifted from the letters. Every Vietnamese word is one or more
 * syllables of a small grammar (onset, vowels, final, one tone mark), so
 * the share of words that parse as syllables says whether a text is
 * Vietnamese, and which repair, if any, makes it so.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
/** Vowel clusters of the language (after the onset, without tone marks). */
const NUCLEUS =
  '(?:uyê|uya|uyu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|yêu|iêu|uy|ua|uâ|uô|uơ|ui|ưa|ưi|ưu|ươ|ia|iê|iu|yê|oa|oă|oe|oi|ôi|ơi|ai|oo|ao|au|âu|ay|ây|eo|êu|uê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)';
const CODA = '(?:ch|ng|nh|c|m|n|p|t)?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`, 'u');

/** Whether a word (one syllable, any case, with or without marks) is a Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'));
}

/** The words of a text worth judging: runs of letters, but short words in capitals (abbreviations: "UBND", "HĐND") unless `strict`. */
function judgedWords(text: string, strict: boolean): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.filter((w) => w.length >= 2 && (strict || !(w === w.toUpperCase() && w.length <= 5 && !isSyllable(w))));
}

/** The share of a text's words that are Vietnamese syllables (1 when it has too few words to judge). */
export function vietnameseShare(text: string, strict = false): { words: number; share: number } {
  const words = judgedWords(text, strict);
  if (words.length === 0) return { words: 0, share: 1 };
  const valid = words.filter(isSyllable).length;
  return { words: words.length, share: valid / words.length };
}

/** TCVN3 (the "ABC" encoding of .VnTime fonts): Latin-1 bytes that stand for Vietnamese letters. */
export const TCVN3_TABLE: Readonly<Record<string, string>> = {
  '¸': 'á', 'µ': 'à', '¶': 'ả', '·': 'ã', '¹': 'ạ',
  '¨': 'ă', '¾': 'ắ', '»': 'ằ', '¼': 'ẳ', '½': 'ẵ', 'Æ': 'ặ',
  '©': 'â', 'Ê': 'ấ', 'Ç': 'ầ', 'È': 'ẩ', 'É': 'ẫ', 'Ë': 'ậ',
  '®': 'đ',
  'Ð': 'é', 'Ì': 'è', 'Î': 'ẻ', 'Ï': 'ẽ', 'Ñ': 'ẹ',
  'ª': 'ê', 'Õ': 'ế', 'Ò': 'ề', 'Ó': 'ể', 'Ô': 'ễ', 'Ö': 'ệ',
  'Ý': 'í', '×': 'ì', 'Ø': 'ỉ', 'Ü': 'ĩ', 'Þ': 'ị',
  'ã': 'ó', 'ß': 'ò', 'á': 'ỏ', 'â': 'õ', 'ä': 'ọ',
  '«': 'ô', 'è': 'ố', 'å': 'ồ', 'æ': 'ổ', 'ç': 'ỗ', 'é': 'ộ',
  '¬': 'ơ', 'í': 'ớ', 'ê': 'ờ', 'ë': 'ở', 'ì': 'ỡ', 'î': 'ợ',
  'ó': 'ú', 'ï': 'ù', 'ñ': 'ủ', 'ò': 'ũ', 'ô': 'ụ',
  '\u00ad': 'ư', 'ø': 'ứ', 'õ': 'ừ', 'ö': 'ử', '÷': 'ữ', 'ù': 'ự',
  'ý': 'ý', 'ú': 'ỳ', 'û': 'ỷ', 'ü': 'ỹ', 'þ': 'ỵ',
  '¡': 'Ă', '¢': 'Â', '§': 'Đ', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư',
};

/** Characters text extraction puts for TCVN3's codes: "µ" (à) comes out as the Greek "μ". */
const TCVN3_ALIASES: Record<string, string> = { 'μ': 'à' };

/**
 * TCVN3 to Unicode. Capitals set in a ".VnTimeH" font use the small
 * letters' codes: a word in capitals stays in capitals. TCVN3's "ư" is the
 * soft hyphen (0xAD), which text extraction gives as a space: a fragment
 * that is no syllable becomes one with the "ư" put back ("ng ời" → "người",
 * "nh " → "như").
 */
export function decodeTcvn3(text: string): string {
  // Capitals: no small ASCII letter, and two ASCII capitals or one not first ("TØNH" is "TỈNH", "ñY" is "ỦY");
  // a word with only its first letter an ASCII capital ("VÒ", "Vµ") is in capitals between words in capitals.
  const parts = text.split(/(\s+)/u).map((word) => {
    const letters = [...word].map((c) => TCVN3_TABLE[c] ?? TCVN3_ALIASES[c] ?? c).join('');
    const ascii = word.replace(/[^A-Za-z]/g, '');
    const capitals = ascii.length > 0 && ascii === ascii.toUpperCase();
    const kind = !capitals ? 'small' : ascii.length >= 2 || !/^[A-Z]/.test(word) ? 'capitals' : 'first';
    return { letters, kind };
  });
  const words = parts.filter((_, i) => i % 2 === 0);
  const decoded = parts
    .map((part, i) => {
      if (i % 2 === 1) return part.letters;
      const k = i / 2;
      const capitals = part.kind === 'capitals' || (part.kind === 'first' && (words[k - 1]?.kind === 'capitals' || words[k + 1]?.kind === 'capitals'));
      return capitals ? part.letters.toUpperCase() : part.letters;
    })
    .join('');
  // The soft hyphen's "ư", lost to a space: put back into consonants left without a vowel.
  const tokens = decoded.split(/( +)/u);
  const consonants = /^(?:ngh|ng|nh|ch|gh|kh|ph|qu|th|tr|[bcdđghklmnprstvx])$/iu;
  for (let i = 0; i < tokens.length; i += 2) {
    const left = tokens[i]!;
    const bare = /^(.*?)(\p{L}+)$/u.exec(left);
    if (!bare || !consonants.test(bare[2]!) || /[\p{L}\p{N}/]$/u.test(bare[1]!)) continue;
    const horn = bare[2] === bare[2]!.toUpperCase() ? 'Ư' : 'ư';
    const right = tokens[i + 2];
    const rightWord = right ? /^\p{L}+/u.exec(right)?.[0] : undefined;
    if (right !== undefined && rightWord && isSyllable(`${bare[2]}${horn}${rightWord}`)) {
      tokens[i] = `${left}${horn}${right}`;
      tokens.splice(i + 1, 2);
      continue;
    }
    if (isSyllable(`${bare[2]}${horn}`)) tokens[i] = `${left}${horn}`;
  }
  return tokens.join('');
}

/** VNI (VNI-Windows fonts): a letter followed by the code of its marks. */
const VNI_MARKS: Array<[string, string]> = [
  // Circumflex and breve with a tone, then alone; then the tones of plain vowels.
  ['aá', 'ấ'], ['aà', 'ầ'], ['aå', 'ẩ'], ['aã', 'ẫ'], ['aä', 'ậ'], ['aâ', 'â'],
  ['aé', 'ắ'], ['aè', 'ằ'], ['aú', 'ẳ'], ['aü', 'ẵ'], ['aë', 'ặ'], ['aê', 'ă'],
  ['eá', 'ế'], ['eà', 'ề'], ['eå', 'ể'], ['eã', 'ễ'], ['eä', 'ệ'], ['eâ', 'ê'],
  ['oá', 'ố'], ['oà', 'ồ'], ['oå', 'ổ'], ['oã', 'ỗ'], ['oä', 'ộ'], ['oâ', 'ô'],
  ['ôù', 'ớ'], ['ôø', 'ờ'], ['ôû', 'ở'], ['ôõ', 'ỡ'], ['ôï', 'ợ'],
  ['öù', 'ứ'], ['öø', 'ừ'], ['öû', 'ử'], ['öõ', 'ữ'], ['öï', 'ự'],
  ['aù', 'á'], ['aø', 'à'], ['aû', 'ả'], ['aõ', 'ã'], ['aï', 'ạ'],
  ['eù', 'é'], ['eø', 'è'], ['eû', 'ẻ'], ['eõ', 'ẽ'], ['eï', 'ẹ'],
  ['où', 'ó'], ['oø', 'ò'], ['oû', 'ỏ'], ['oõ', 'õ'], ['oï', 'ọ'],
  ['uù', 'ú'], ['uø', 'ù'], ['uû', 'ủ'], ['uõ', 'ũ'], ['uï', 'ụ'],
  ['yù', 'ý'], ['yø', 'ỳ'], ['yû', 'ỷ'], ['yõ', 'ỹ'],
  ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'],
  ['ô', 'ơ'], ['ö', 'ư'], ['ñ', 'đ'],
];
const VNI_TABLE = new Map<string, string>();
for (const [code, letter] of VNI_MARKS) {
  VNI_TABLE.set(code, letter);
  VNI_TABLE.set(code.toUpperCase(), letter.toUpperCase());
}
const VNI_PATTERN = new RegExp([...VNI_TABLE.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');

/** VNI to Unicode. */
export function decodeVni(text: string): string {
  return text.normalize('NFC').replace(VNI_PATTERN, (code) => VNI_TABLE.get(code) ?? code);
}

/** The broken character map of some Unicode fonts: "ƣ" (oi) where the page shows "ư". */
export function decodeBrokenMap(text: string): string {
  return text.replace(/ƣ/gu, 'ư').replace(/Ƣ/gu, 'Ư');
}

/** Letters shifted by a constant from their codes (a font that numbers its glyphs from its own start). */
export function unshift(text: string, by: number): string {
  return text.replace(/[!-~]/gu, (c) => {
    const code = c.charCodeAt(0) - by;
    return code >= 33 && code <= 126 ? String.fromCharCode(code) : c;
  });
}

export interface Repair {
  /** What was wrong: the encoding or mapping the repair undid. */
  mapping: 'tcvn3' | 'vni' | 'broken-map' | `shift${number}`;
  text: string;
  share: number;
}

/** The share below which a text layer is not Vietnamese. */
export const VIETNAMESE_SHARE = 0.8;

/**
 * The repair that makes a text Vietnamese, when one does: the known legacy
 * encodings and broken maps first, then constant shifts. Null when the text
 * already is Vietnamese or no repair makes it so (then read the page by OCR).
 */
export function repairText(text: string): Repair | null {
  const before = vietnameseShare(text);
  if (before.words < 5 || before.share >= VIETNAMESE_SHARE) return null;
  const candidates: Array<{ mapping: Repair['mapping']; text: string }> = [
    { mapping: 'broken-map', text: decodeBrokenMap(text) },
    { mapping: 'tcvn3', text: decodeTcvn3(text) },
    { mapping: 'vni', text: decodeVni(text) },
  ];
  // A repair must keep the words (a shift that turns letters into punctuation leaves nothing to judge).
  const judge = (candidate: string) => {
    const after = vietnameseShare(candidate);
    return after.words >= 0.8 * before.words ? after.share : 0;
  };
  let best: Repair | null = null;
  for (const candidate of candidates) {
    const share = judge(candidate.text);
    if (share >= VIETNAMESE_SHARE && (!best || share > best.share)) best = { ...candidate, share };
  }
  if (best) return best;
  for (let by = -40; by <= 40; by++) {
    if (by === 0) continue;
    const shifted = unshift(text, by);
    // Judged strictly: a shift that turns words into capitals must not hide them as abbreviations.
    const after = vietnameseShare(shifted, true);
    const share = after.words >= 0.8 * before.words ? after.share : 0;
    if (share >= VIETNAMESE_SHARE && (!best || share > best.share)) best = { mapping: `shift${by}`, text: shifted, share };
  }
  return best;
}
