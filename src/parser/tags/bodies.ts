/**
 * Body recognition: a small grammar of how the genre names bodies, over the
 * words of a text, so that bodies nobody listed are found as well as known
 * ones (district and commune documents, the 2025 reorganisation):
 *
 *   [các] HEAD [NAME] [OWNER] [LEVEL [PLACE | : PLACE, PLACE]] [QUALIFIER] [, LIST-NOUN …]
 *
 *   "Sở" + "Nông nghiệp và Môi trường"           → Sở Nông nghiệp và Môi trường
 *   "Đảng ủy" + "Ủy ban nhân dân" + "tỉnh"        → Đảng ủy Ủy ban nhân dân tỉnh
 *   "Ban Tuyên giáo" + "Tỉnh ủy"                  → Ban Tuyên giáo Tỉnh ủy
 *   "UBND" + "các phường" + ": Yên Bái, Văn Phú"  → UBND các phường: Yên Bái, Văn Phú
 *   "các" + "Sở, ban, ngành" + "thuộc tỉnh"       → Các Sở, ban, ngành thuộc tỉnh
 *   "các" + "cấp ủy" + ", tổ chức đảng"           → Các cấp ủy, tổ chức đảng
 *   "Chủ tịch" + "UBND các xã, phường"            → Chủ tịch UBND các xã, phường
 *
 * Words are compared by their letters and marks, up to tone-mark placement
 * (so "dân số" is no "Hướng dẫn số"); a text typed without diacritics is
 * compared folded. The extra nouns of a list are compared folded (OCR
 * misreads their marks: "tô chức đảng"). A member ("cấp ủy viên", "đảng
 * viên") is not a body. Each mention says the level it belongs to (central,
 * province, district, commune) and the place it names, so that the tags
 * stage can tell two provinces' "Ban Tuyên giáo Tỉnh ủy" apart.
 */
import type { Body, BodyKind } from '../../schemas/taxonomy.js';
import { fold, isUpper, slugify } from '../../text/fold.js';
import { hasDiacritics, markKey, wordKeys } from '../../text/marks.js';
import type { PhraseMatch } from '../../text/phrase-matcher.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { ACTION_WORDS, CLOSING_QUALIFIERS, HEADS, LEVELS, LIST_NOUNS, NAME_STOP, QUALIFIER_TAKES, QUALIFIERS, type HeadEntry, type HeadType, type Level } from './body-lexicon.js';
import { DEPARTMENT_NAMES } from '../header/names.js';
import type { Vocabulary } from '../vocabulary.js';

export interface BodyMention {
  /** Slug of the name, before qualification by jurisdiction. */
  id: string;
  /** Display name: the words as printed, abbreviations expanded. */
  name: string;
  kind: BodyKind | null;
  start: number;
  end: number;
  /** The level of government the body belongs to, where its words say; null when relative to the document. */
  level: Level | null;
  /** The place its name gives ("Lào Cai" in "Ủy ban nhân dân tỉnh Lào Cai"), if any. */
  place: string | null;
}

interface Word {
  start: number;
  end: number;
  /** Letters and marks (tone placement folded), or folded for a text without diacritics. */
  key: string;
  /** Folded. */
  loose: string;
  capital: boolean;
}

/** A lexicon phrase compiled to keys, with the separator before each word after the first. */
interface Phrase {
  keys: string[];
  loose: string[];
  seps: string[];
}

function separatorOf(between: string): string {
  const trimmed = between.trim();
  if (trimmed === '') return ' ';
  if (/^[-–—]$/.test(trimmed)) return '-';
  if (trimmed === ',') return ',';
  if (trimmed === ':') return ':';
  if (trimmed === ';') return ';';
  // "GD&ĐT", "NN&MT": the parts of an abbreviated name.
  if (trimmed === '&' && between === '&') return '&';
  return '?';
}

function compile(text: string): Phrase {
  const tokens = tokenize(fold(text));
  return {
    keys: tokens.map((t) => markKey(text.slice(t.start, t.end))),
    loose: tokens.map((t) => t.word),
    seps: tokens.slice(1).map((t, k) => separatorOf(text.slice(tokens[k]!.end, t.start))),
  };
}

interface CompiledHead extends HeadEntry {
  phrase: Phrase;
}

const COMPILED_HEADS: CompiledHead[] = HEADS.map((h) => ({ ...h, phrase: compile(h.words) })).sort((a, b) => b.phrase.keys.length - a.phrase.keys.length);
const HEADS_BY_FIRST = new Map<string, CompiledHead[]>();
for (const head of COMPILED_HEADS) {
  for (const first of new Set([head.phrase.keys[0]!, head.phrase.loose[0]!])) {
    const list = HEADS_BY_FIRST.get(first) ?? [];
    list.push(head);
    HEADS_BY_FIRST.set(first, list);
  }
}
const COMPILED_LEVELS = LEVELS.map((l) => ({ ...l, phrase: compile(l.words) })).sort((a, b) => b.phrase.keys.length - a.phrase.keys.length);
const QUALIFIER_ITEMS = QUALIFIERS.map((words) => ({ phrase: compile(words), takes: QUALIFIER_TAKES[words] })).sort((a, b) => b.phrase.keys.length - a.phrase.keys.length);
const NAME_ENDERS = CLOSING_QUALIFIERS.map((phrase) => ({ phrase: compile(phrase) })).sort((a, b) => b.phrase.keys.length - a.phrase.keys.length);
const COMPILED_LIST_NOUNS = LIST_NOUNS.map(compile).sort((a, b) => b.keys.length - a.keys.length);
const COMPILED_DEPARTMENTS = DEPARTMENT_NAMES.map(compile).sort((a, b) => b.keys.length - a.keys.length);
const STOP = new Set(NAME_STOP.map(markKey));
const ACTIONS = new Set(ACTION_WORDS.map(markKey));
/** Verbs whose folded form is no word of a name: an OCR misread ("hưóng dẫn") still ends the name. */
const ACTIONS_FOLDED = new Set(['huong', 'phoi', 'trien', 'nghien', 'don', 'khan', 'chiu']);

/** Whether word `j` starts what a body does ("chủ trì", "vận động"), not its name ("Dân vận", "Giao thông vận tải"). */
function isAction(r: Reader, j: number): boolean {
  const w = r.words[j]!;
  if (ACTIONS.has(w.key) || ACTIONS_FOLDED.has(w.loose)) return true;
  const next = r.words[j + 1];
  return next !== undefined && r.sep(j + 1) === ' ' && ACTIONS.has(`${w.key} ${next.key}`);
}
const CAC = new Set(['các', 'cac']);

/** One run of text read as words. */
class Reader {
  readonly words: Word[];
  readonly text: string;
  /** Where a body the taxonomy lists starts: a list written as one body stops before it. */
  readonly knownStarts: Set<number>;

  /** The text has no diacritics at all: its words are compared folded. */
  readonly plain: boolean;

  constructor(text: string, tokens: Token[], keys: string[], knownStarts: Set<number> = new Set()) {
    this.text = text;
    this.plain = !hasDiacritics(text);
    this.knownStarts = knownStarts;
    this.words = tokens.map((t, i) => ({ start: t.start, end: t.end, key: keys[i]!, loose: t.word, capital: isUpper(text[t.start]) }));
  }

  sep(i: number): string {
    const a = this.words[i - 1];
    const b = this.words[i];
    if (!a || !b) return '?';
    return separatorOf(this.text.slice(a.end, b.start));
  }

  /** Whether phrase `p` stands at word `i`; returns the index after it, or -1. Loose compares folded (OCR-tolerant). */
  match(i: number, p: Phrase, loose = false): number {
    for (let k = 0; k < p.keys.length; k++) {
      const w = this.words[i + k];
      if (!w) return -1;
      // A word without marks matches a phrase's word with marks only in a text typed without any ("quan tâm" is no "quận").
      if (loose ? w.loose !== p.loose[k] : w.key !== p.keys[k] && !(this.plain && w.key === p.loose[k])) return -1;
      if (k > 0 && this.sep(i + k) !== p.seps[k - 1]) return -1;
    }
    return i + p.keys.length;
  }

  /** The longest phrase of `list` at word `i`; a continuation must follow the word before it after a plain space. */
  longest<T extends { phrase: Phrase }>(i: number, list: T[], loose = false, spaced = true): { item: T; end: number } | null {
    if (spaced && i > 0 && this.sep(i) !== ' ') return null;
    for (const item of list) {
      const end = this.match(i, item.phrase, loose);
      if (end >= 0) return { item, end };
    }
    return null;
  }
}

interface Parsed {
  end: number;
  kind: BodyKind;
  level: Level | null;
  place: string | null;
  collective: boolean;
}

const MAX_DEPTH = 3;

/** A place name: capitalised words that do not start another name ("Lào Cai", "Sơn Tịnh", "Yên Bái"). */
function placeAt(r: Reader, i: number, spaced = true): number {
  let j = i;
  if (spaced && i > 0 && r.sep(i) !== ' ') return i;
  while (j < r.words.length && j - i < 4 && r.words[j]!.capital && !STOP.has(r.words[j]!.key) && headAt(r, j) === null && (j === i || r.sep(j) === ' ') && !/^\d/.test(r.words[j]!.loose)) j++;
  return j;
}

/** Places listed one after another, joined by "," or "và" ("Yên Bái, Văn Phú và Âu Lâu"): where the list ends. */
function placeListAt(r: Reader, i: number, spaced = true): number {
  let k = placeAt(r, i, spaced);
  while (k > i && k < r.words.length && (r.sep(k) === ',' || r.words[k]!.loose === 'va')) {
    const at = r.words[k]!.loose === 'va' ? k + 1 : k;
    const after = placeAt(r, at, false);
    if (after === at) break;
    k = after;
  }
  return k;
}

/** A level, with its place or its list of places: "tỉnh Lào Cai", "các xã, phường", "các phường: Yên Bái, Văn Phú", "Trung ương". */
function levelAt(r: Reader, i: number): { end: number; level: Level; place: string | null } | null {
  let j = i;
  if (i > 0 && r.sep(i) !== ' ') return null;
  const plural = CAC.has(r.words[j]?.loose ?? '');
  if (plural) j++;
  // "Tỉnh ủy", "Tỉnh đoàn": a body, not the level word.
  const there = headAt(r, j);
  if (there?.type === 'committee' || (there && /^(?:Tỉnh|Thành|Huyện) đoàn$/u.test(there.words))) return null;
  const first = r.longest(j, COMPILED_LEVELS);
  if (!first) return null;
  // "xã hội" (society) is no commune: "Trung tâm Công tác xã hội tỉnh".
  if (first.item.words === 'xã' && r.words[first.end]?.loose === 'hoi' && r.sep(first.end) === ' ') return null;
  // "Trung ương" must be written with capitals; "tỉnh" lower ("Thuế tỉnh").
  if (first.item.level === 'central' && !r.words[j]!.capital) return null;
  j = first.end;
  const level = first.item.level;
  let place: string | null = null;
  if (plural) {
    // "các xã, phường", "các huyện, thị xã, thành phố"
    while (j < r.words.length && (r.sep(j) === ',' || r.words[j]!.loose === 'va')) {
      const at = r.words[j]!.loose === 'va' ? j + 1 : j;
      const next = r.longest(at, COMPILED_LEVELS, false, false);
      if (!next?.item.named) break;
      j = next.end;
    }
    // "các phường: Yên Bái, Văn Phú, Âu Lâu", "các xã Phước An, Long Phước, Đại Phước"
    if (j < r.words.length && (r.sep(j) === ':' || r.sep(j) === ' ') && r.words[j]!.capital && headAt(r, j) === null && !STOP.has(r.words[j]!.key)) {
      j = placeListAt(r, j, false);
    }
    return { end: j, level, place };
  }
  // "cấp xã, phường", "xã, phường, thị trấn": more level words of the same level; "tỉnh, thành phố" (cities of a province's rank).
  while (j < r.words.length && r.sep(j) === ',') {
    const next = r.longest(j, COMPILED_LEVELS, false, false);
    // "Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn": the next body, not another level.
    if (r.words[j]?.capital && headAt(r, j) !== null) break;
    const provinceCity = level === 'province' && next?.item.words === 'thành phố';
    if (!next?.item.named || (next.item.level !== level && !provinceCity)) break;
    j = next.end;
  }
  if (first.item.named) {
    const end = placeAt(r, j);
    if (end > j) {
      place = r.text.slice(r.words[j]!.start, r.words[end - 1]!.end);
      j = end;
    }
  }
  if (first.item.words === 'Trung ương' && r.words[j]?.key === markKey('Đảng') && r.words[j]!.capital && r.sep(j) === ' ') j++;
  return { end: j, level, place };
}

function qualifiersAt(r: Reader, i: number, depth: number): number {
  let j = i;
  for (;;) {
    // "Chi cục Thuế khu vực 3", "Bảo hiểm xã hội cơ sở 2": a region's number after a name that ends in its word.
    // (After a name's capitalised word: "các cơ sở 2 và 3 của trường" are a school's sites.)
    if (
      j >= 3 &&
      r.sep(j) === ' ' &&
      /^\d{1,2}$/.test(r.words[j]?.loose ?? '') &&
      /^(?:khu vuc|co so)$/.test(`${r.words[j - 2]!.loose} ${r.words[j - 1]!.loose}`) &&
      r.words.slice(Math.max(0, j - 6), j - 2).some((w) => w.capital && !CAC.has(w.loose))
    ) {
      j++;
      continue;
    }
    // "Tổ đại biểu số 1", "Phòng Kiểm tra, giám sát số 3", "tổ dân phố số 5": a unit's number.
    if (j > 0 && r.sep(j) === ' ' && r.words[j]?.loose === 'so' && r.sep(j + 1) === ' ' && /^\d{1,2}$/.test(r.words[j + 1]?.loose ?? '')) {
      j += 2;
      continue;
    }
    const q = r.longest(j, QUALIFIER_ITEMS);
    if (q) {
      j = q.end;
      // "Hạt Kiểm lâm khu vực Sơn Hà" (a region named by its place), "các trường học trên địa bàn xã" (the area's level).
      if (q.item.takes === 'place') {
        if (r.sep(j) === ' ' && /^\d{1,2}$/.test(r.words[j]?.loose ?? '')) {
          j++;
          // "Tòa án nhân dân khu vực 1 - Thái Nguyên": a numbered region, then its province after a dash.
          if (r.sep(j) === '-') j = placeAt(r, j, false);
        } else j = placeAt(r, j);
      }
      else if (q.item.takes === 'level') j = levelAt(r, j)?.end ?? j;
      continue;
    }
    // "của tỉnh", "của huyện": the level the bodies belong to.
    if (r.words[j]?.loose === 'cua' && r.sep(j) === ' ') {
      const level = levelAt(r, j + 1);
      if (level && !r.words[level.end - 1]!.capital) {
        j = level.end;
        continue;
      }
    }
    // "thuộc tỉnh", "thuộc UBND tỉnh", "trực thuộc Thành ủy", "trực thuộc Trung ương", "trực thuộc"
    const w = r.words[j];
    if (w && r.sep(j) === ' ' && (w.loose === 'thuoc' || (w.loose === 'truc' && r.words[j + 1]?.loose === 'thuoc'))) {
      const after = w.loose === 'thuoc' ? j + 1 : j + 2;
      const level = levelAt(r, after);
      if (level) {
        j = level.end;
        continue;
      }
      const owner = depth < MAX_DEPTH ? parseAt(r, after, depth + 1, false) : null;
      if (owner) {
        j = owner.end;
        continue;
      }
      // "thuộc Sở", "thuộc Bộ": of the department the text is from.
      if (bareOwnerAt(r, after) > after) {
        j = bareOwnerAt(r, after);
        continue;
      }
      if (w.loose === 'truc') {
        j = after;
        continue;
      }
    }
    return j;
  }
}

/** The name after "Sở", "Bộ", "Phòng", "Cục": from the list of departments, else its capitalised words. */
function departmentNameAt(r: Reader, i: number, lowerKnown = true): number {
  if (r.sep(i) !== ' ') return -1;
  // A known name in lower case ("sở xây dựng") only after a ministry's or a department's head: "Công ty xây dựng …" builds.
  const known = lowerKnown || r.words[i]?.capital ? r.longest(i, COMPILED_DEPARTMENTS.map((phrase) => ({ phrase }))) : null;
  if (known) return known.end;
  const w = r.words[i];
  if (!w?.capital || STOP.has(w.key)) return -1;
  let j = i + 1;
  // Lower-case words go on with the name until what the body does, a level or a number
  // ("Ngoại vụ", "Kiểm soát bệnh tật"); parts joined by "và", "," or "-" start with capitals.
  const lowerRun = () => {
    let n = 0;
    while (n < 5 && r.words[j] && !r.words[j]!.capital && r.sep(j) === ' ' && !isAction(r, j) && !/^\d/.test(r.words[j]!.loose) && !levelAt(r, j) && !r.longest(j, NAME_ENDERS)) {
      j++;
      n++;
    }
  };
  lowerRun();
  for (let rounds = 0; rounds < 4 && j < r.words.length; rounds++) {
    // "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật": a part in lower case after a
    // comma, when the name goes on after it with "và" and a capital.
    if (r.sep(j) === ',' && !r.words[j]!.capital) {
      let k = j;
      while (k < r.words.length && k - j < 6 && !r.words[k]!.capital && r.words[k]!.loose !== 'va' && !isAction(r, k) && r.sep(k) !== ';') k++;
      if (!(k > j && r.words[k]?.loose === 'va' && r.words[k + 1]?.capital && headAt(r, k + 1) === null)) break;
      j = k + 2;
      lowerRun();
      continue;
    }
    const w = r.words[j]!;
    // Parts joined by "và", "," or "-" start with capitals; so may a part after a space ("Giáo dục Trung học"),
    // unless it starts another name ("… Công an tỉnh").
    // "Sở GD&ĐT": an abbreviation's parts joined by "&" are one name.
    if (r.sep(j) === '&' && w.capital) {
      j++;
      continue;
    }
    const joined = w.loose === 'va' || r.sep(j) === ',' || r.sep(j) === '-';
    const at = w.loose === 'va' ? j + 1 : j;
    const next = r.words[at];
    // After a dash the part may be a word that heads names elsewhere ("Phòng Tuyên truyền - Báo chí").
    const head = next ? headAt(r, at) : null;
    // "… Lịch sử Đảng": the Party named at the end of a field's name, not a committee that follows it.
    const partyWord = next !== undefined && next.key === markKey('Đảng') && !joined && !/^(?:uy|bo|doan)$/.test(r.words[at + 1]?.loose ?? '') && head === null;
    if (!next?.capital || (STOP.has(next.key) && !partyWord) || (head !== null && !(r.sep(j) === '-' && head.type === 'department' && !head.level))) break;
    // A title line naming a body, then its text on the next line: "… Quân đội nhân dân Việt Nam" / "Lãnh đạo, chỉ đạo …".
    if (r.text.slice(r.words[at - 1]!.end, next.start).includes('\n') && isAction(r, at)) break;
    if (!joined && r.sep(j) !== ' ') break;
    const dashed = r.sep(j) === '-';
    j = at + 1;
    // "Phòng Văn hóa - Xã hội", "Trung tâm Dữ liệu - Công nghệ thông tin": a part after a dash runs on in lower case
    // three syllables at most, and never into what the body does ("… Xã hội thống kê thiệt hại").
    if (dashed) {
      for (let n = 0; n < 3 && r.words[j] && !r.words[j]!.capital && r.sep(j) === ' ' && !isAction(r, j) && !levelAt(r, j); n++) j++;
    } else lowerRun();
  }
  return j;
}

/**
 * Parse a body name starting at word `i`. `plural` allows a leading "các".
 * Returns where it ends, or null.
 */
function parseAt(r: Reader, i: number, depth: number, allowPlural = true): Parsed | null {
  let j = i;
  const plural = allowPlural && CAC.has(r.words[j]?.loose ?? '');
  if (plural) j++;
  const w = r.words[j];
  if (!w) return null;
  const candidates = [...(HEADS_BY_FIRST.get(w.key) ?? []), ...(w.key !== w.loose ? HEADS_BY_FIRST.get(w.loose) ?? [] : [])];
  for (const head of candidates) {
    const end = r.match(j, head.phrase);
    if (end < 0) continue;
    // "các sở GDĐT", "Giám đốc sở GDĐT": a department's head in lower case before its abbreviated name.
    if (head.capital && !w.capital && !(head.type === 'department' && /^[\p{Lu}Đ&]{2,}$/u.test(r.text.slice(r.words[end]?.start ?? 0, r.words[end]?.end ?? 0)))) continue;
    const parsed = complete(r, head, end, plural, depth);
    if (parsed) return parsed;
  }
  return null;
}

const KEY_VIEN = markKey('viên');
/** What an office does after its field ("… phụ trách xây dựng lực lượng trực tiếp chỉ đạo"): the field ends before it. */
const OFFICE_ACTS = /^(?:chu tri|chi dao|truc tiep|phoi hop|thuc hien|to chuc|theo doi|huong dan|kiem tra|don doc|bao cao|chiu trach|co trach)\b/;

/** After an organ, a department's head alone ("Sở", "Bộ", "Cục") — the department the text is from: where it ends, or `i`. */
function bareOwnerAt(r: Reader, i: number): number {
  const w = r.words[i];
  if (!w?.capital || r.sep(i) !== ' ' || !BARE_OWNERS.has(w.loose)) return i;
  const next = r.words[i + 1];
  return next?.capital && r.sep(i + 1) === ' ' ? i : i + 1;
}
const BARE_OWNERS = new Set(['so', 'bo', 'cuc']);
/** Heads of the administration's departments, whose known names may be written in lower case. */
const ADMINISTRATIONS = new Set(['Bộ', 'Sở', 'Phòng', 'Cục', 'Tổng cục', 'Chi cục', 'Vụ', 'Ban']);
/** What a board named by its purpose does next ("Ban Quản lý dự án … chủ trì"): its name ends before it. */
const BOARD_VERB = /^(?:chu tri|phoi hop|co trach|chiu trach|thuc hien|trien khai|tham muu|bao cao|khan truong|chu dong|kiem tra|tiep tuc|hoan thanh|to chuc)\b/;
/** The last word of an association's members ("công chứng viên", "luật gia", "sinh viên", "nông dân", "cựu chiến binh", "người cao tuổi"). */
const MEMBER_NOUN = new Set(['vien', 'gia', 'sinh', 'dan', 'binh', 'tuoi', 'nhan', 'si', 'nu']);

function complete(r: Reader, head: CompiledHead, afterHead: number, plural: boolean, depth: number): Parsed | null {
  let j = afterHead;
  // A member, not a body: "cấp ủy viên", "chi ủy viên".
  if (r.words[j]?.key === KEY_VIEN && r.sep(j) === ' ') return null;
  let level: Level | null = head.level ?? null;
  let place: string | null = null;
  let kind: BodyKind = head.kind;
  let collective = plural || head.kind === 'collective';
  let genericBare = false;
  const type: HeadType = head.type;
  const tryLevel = () => {
    const found = levelAt(r, j);
    if (!found) return false;
    j = found.end;
    level = found.level;
    place = found.place ?? place;
    return true;
  };
  // "Tỉnh đoàn Quảng Ngãi", "Trạm Y tế Tịnh Hà": a body named by its place.
  const tryPlace = () => {
    const end = placeAt(r, j);
    if (end <= j) return false;
    place = r.text.slice(r.words[j]!.start, r.words[end - 1]!.end);
    j = end;
    return true;
  };
  const tryOwner = (types: HeadType[]) => {
    if (depth >= MAX_DEPTH || r.sep(j) !== ' ') return false;
    const owner = parseAt(r, j, depth + 1, true);
    if (!owner) return false;
    const ownerHead = headAt(r, j);
    if (ownerHead && !types.includes(ownerHead.type)) return false;
    j = owner.end;
    level = owner.level ?? level;
    place = owner.place ?? place;
    if (owner.collective) collective = true;
    return true;
  };
  switch (type) {
    case 'central':
      level = 'central';
      break;
    case 'official': {
      // The office of a body: "Chủ tịch UBND tỉnh", "Giám đốc các Sở", "Thủ trưởng các ban, ngành tỉnh".
      if (depth >= MAX_DEPTH || r.sep(j) !== ' ') return null;
      const body = parseAt(r, j, depth + 1, true);
      if (body) {
        j = body.end;
        level = body.level;
        place = body.place;
        kind = body.kind === 'collective' ? head.kind : body.kind;
        collective = body.collective;
      } else {
        // "Tổ trưởng tổ dân phố", "Trưởng thôn": the office of the place itself.
        const where = levelAt(r, j);
        if (!where || r.words[j]!.capital || CAC.has(r.words[j]!.loose)) return null;
        j = where.end;
        level = where.level;
        place = where.place;
      }
      // "Phó Chủ tịch UBND xã phụ trách kinh tế": an office by its field, in a few lower-case words.
      if (r.words[j]?.loose === 'phu' && r.words[j + 1]?.loose === 'trach' && r.sep(j) === ' ') {
        let k = j + 2;
        while (k - j < 7 && r.words[k] && r.sep(k) === ' ' && !r.words[k]!.capital && !STOP.has(r.words[k]!.key) && !OFFICE_ACTS.test(`${r.words[k]!.loose} ${r.words[k + 1]?.loose ?? ''}`)) k++;
        if (k > j + 2) j = k;
      }
      break;
    }
    case 'department': {
      if (head.words === 'Báo' && r.words[j]?.loose === 'cao') return null; // "Báo cáo" is a report, not a newspaper
      let end = departmentNameAt(r, j, ADMINISTRATIONS.has(head.words));
      // "Bảo tàng tỉnh", "Thư viện tỉnh": a body of its kind named only by its level.
      if (end < 0 && (head.words === 'Bảo tàng' || head.words === 'Thư viện') && levelAt(r, j)) end = j;
      // "Trung đoàn 335", "Lữ đoàn 414", "Hải đội 2": a military unit named by its number.
      if (end < 0 && head.numbered && r.sep(j) === ' ' && /^\d{1,3}$/.test(r.words[j]?.loose ?? '')) end = j + 1;
      // "Ban điều hành khu phố": a board named in lower case by what it does, then where.
      if (end < 0 && head.words === 'Ban') {
        let k = j;
        while (k - j < 4 && r.words[k] && r.sep(k) === ' ' && !r.words[k]!.capital && !STOP.has(r.words[k]!.key) && !levelAt(r, k)) k++;
        if (k > j && levelAt(r, k)) end = k;
      }
      // "Ban Quản lý dự án đầu tư xây dựng tỉnh": a management board is named by what it manages, in lower case.
      if (end < 0 && head.words === 'Ban Quản lý') {
        // "Ban Quản lý các khu công nghiệp tỉnh": what it manages may be a class.
        end = CAC.has(r.words[j]?.loose ?? '') && r.sep(j) === ' ' ? j + 1 : j;
        while (end - j < 8 && r.words[end] && r.sep(end) === ' ' && !r.words[end]!.capital && !STOP.has(r.words[end]!.key) && !BOARD_VERB.test(`${r.words[end]!.loose} ${r.words[end + 1]?.loose ?? ''}`) && !levelAt(r, end) && !/^\d/.test(r.words[end]!.loose)) end++;
        if (end <= j + 1) end = -1;
      }
      // "Hạt Kiểm lâm khu vực Sơn Hà", "Điện lực tỉnh": a head that is a whole name, made one body by where it is.
      if (end < 0 && head.phrase.keys.length > 1 && !head.words.startsWith('Ban') && (levelAt(r, j) || r.longest(j, QUALIFIER_ITEMS))) end = j;
      if (end < 0) return null;
      j = end;
      // "Sư đoàn Bộ binh 4", "Hải đội Biên phòng 2": a unit's number after its name.
      if (head.numbered && r.sep(j) === ' ' && /^\d{1,3}$/.test(r.words[j]?.loose ?? '') && !/^\d/.test(r.words[j - 1]?.loose ?? '')) j++;
      if (!tryLevel() && !['Bộ', 'Sở', 'Phòng', 'Cục', 'Tổng cục', 'Chi cục'].includes(head.words)) {
        // A unit named after its place: "Hợp tác xã Nông nghiệp Điện Phước", "Trạm Y tế Tịnh Hà".
        tryPlace();
      }
      break;
    }
    case 'state': {
      // "Tỉnh đoàn Quảng Ngãi": named by its place, like a committee.
      if (/^(?:Tỉnh|Huyện|Thành) đoàn$/u.test(head.words)) {
        tryPlace();
        break;
      }
      // "Thuế cơ sở 4 tỉnh Nam Định", "Bảo hiểm xã hội khu vực XII": a region's unit, named by its number or place, then its province.
      let regional = false;
      const region = r.sep(j) === ' ' ? r.longest(j, QUALIFIER_ITEMS) : null;
      if (region?.item.takes === 'place') {
        const after = qualifiersAt(r, j, depth);
        if (after > region.end) {
          j = after;
          regional = true;
        } else if (head.words === 'Thuế' && r.words[j]?.loose === 'co' && r.words[j + 1]?.loose === 'so') {
          // "Thuế cơ sở": the tax office's local units since 2025, named short once their numbers are given.
          j = region.end;
          regional = true;
        }
      }
      // "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Công an tỉnh", "Văn phòng UBND tỉnh"; "Thanh tra Sở" (of the department the text is from)
      let levelled = tryLevel() || regional;
      if (!levelled && bareOwnerAt(r, j) > j) {
        j = bareOwnerAt(r, j);
        levelled = true;
      }
      // "Báo và Phát thanh, Truyền hình Đắk Lắk", "Đài Phát thanh và Truyền hình Nghệ An": named by the province.
      if (!levelled && /^(?:Báo và|Đài) /u.test(head.words)) tryPlace();
      // A capitalised organ name alone at a sentence start is an activity ("Thanh tra, kiểm tra …"): it needs a level.
      if (!levelled && depth === 0 && ['Thuế', 'Công an', 'Quân sự', 'Thanh tra', 'Hải quan', 'Bưu điện'].includes(head.words)) return null;
      // "Mặt trận Tổ quốc, các đoàn thể" (the committee of the Front and the mass organisations).
      if (depth > 0 && !levelled && /^(?:Ủy ban )?(?:Mặt trận|MTTQ)/u.test(head.words) && r.sep(j) === ',' && CAC.has(r.words[j]?.loose ?? '') && r.words[j + 1]?.loose === 'doan' && r.words[j + 2]?.loose === 'the') {
        j += 3;
        tryLevel();
      }
      break;
    }
    case 'committee': {
      if (/^(?:Tỉnh|Thành|Huyện|Thị|Quận) ủy$/u.test(head.words)) {
        tryPlace();
        break;
      }
      // "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Chính phủ", "Đảng đoàn HĐND tỉnh", "Đảng ủy xã Tịnh Hà", "Đảng bộ tỉnh Lào Cai"
      if (!tryLevel() && !tryOwner(['state', 'central', 'department', 'generic', 'organ', 'association']) && /^(?:Đảng|Quân) ủy$/u.test(head.words)) {
        // "Đảng ủy Ngoài nước", "Đảng ủy Khối Doanh nghiệp": named by its own words, as a department is.
        // "Đảng ủy Khối các cơ quan tỉnh": a bloc named by the bodies in it.
        const bloc = r.words[j]?.loose === 'khoi' && r.words[j]!.capital && CAC.has(r.words[j + 1]?.loose ?? '') && depth < MAX_DEPTH ? parseAt(r, j + 1, depth + 1, true) : null;
        const end = bloc ? bloc.end : r.words[j]?.capital ? departmentNameAt(r, j) : -1;
        if (end > j) j = end;
        if (bloc) level = bloc.level;
        else tryLevel();
      }
      if (r.words[j]?.loose === 'co' && r.words[j + 1]?.loose === 'so') j += 2;
      if (r.words[j]?.loose === 'bo' && r.words[j + 1]?.loose === 'phan') j += 2;
      break;
    }
    case 'organ': {
      // A board's name in two parts: "Ban Tuyên giáo - Chính sách luật pháp".
      if (r.sep(j) === '-' && r.words[j]?.capital && headAt(r, j) === null) {
        j++;
        while (j - afterHead < 6 && r.words[j] && r.sep(j) === ' ' && !r.words[j]!.capital && !isAction(r, j) && !levelAt(r, j)) j++;
      }
      // "Ban Chỉ đạo giảm nghèo bền vững tỉnh": a steering committee is named by its purpose.
      if (head.words === 'Ban Chỉ đạo') {
        // "Ban Chỉ đạo 35 Tỉnh ủy": a steering committee may be known by a number.
        if (/^\d{1,3}$/.test(r.words[j]?.loose ?? '') && r.sep(j) === ' ') j++;
        let n = 0;
        while (n < 8 && r.words[j] && r.sep(j) === ' ' && !r.words[j]!.capital && !isAction(r, j) && !levelAt(r, j) && !/^\d/.test(r.words[j]!.loose)) {
          j++;
          n++;
        }
      }
      // "Ban Thường vụ Tỉnh ủy", "Thường trực HĐND tỉnh", "Ban Thường vụ các huyện ủy, thị ủy …", "Ban Tổ chức Trung ương"
      let owned = tryLevel() || tryOwner(['committee', 'state', 'central', 'generic', 'organ', 'department', 'association']);
      // "Văn phòng Sở", "Văn phòng Bộ": of the department the text is from.
      if (!owned && bareOwnerAt(r, j) > j) {
        j = bareOwnerAt(r, j);
        owned = true;
      }
      if (!owned && head.capital && head.words !== 'Văn phòng') return null;
      break;
    }
    case 'association': {
      // "Hội Luật gia", "Hiệp hội Công chứng viên Việt Nam"; "Hội công chứng viên", "Hội người cao tuổi":
      // a name in lower case only when it names the members (ends in "viên", "gia", "sinh", …). "Hội nghị" is a meeting.
      const named = departmentNameAt(r, j);
      if (named > j) {
        j = named;
      } else {
        // The longest run of lower-case words that ends on the members' noun.
        let end = -1;
        for (let k = j; k < r.words.length && k - j < 4 && r.sep(k) === ' ' && !r.words[k]!.capital && !isAction(r, k) && !levelAt(r, k); k++) {
          if (MEMBER_NOUN.has(r.words[k]!.loose)) end = k + 1;
        }
        if (end < 0 || r.words[j]!.loose === 'nghi') return null;
        j = end;
      }
      if (!tryLevel()) tryPlace();
      break;
    }
    case 'generic': {
      // "các thôn Gò Da, Nước Lăng, Tà Bi và Trà Nô": villages as a class, named by their places.
      if (plural && /^(?:thôn|tổ dân phố|khu phố|ấp|khóm)$/u.test(head.words) && r.words[j]?.capital && r.sep(j) === ' ') {
        j = placeListAt(r, j);
        collective = true;
        break;
      }
      // A kind of body names bodies only as a class ("các cơ quan"), with a qualifier ("cơ quan liên quan"),
      // or before an organ's name ("cơ quan Thuế").
      const before = j;
      const organ = depth < MAX_DEPTH && r.words[j]?.capital && r.sep(j) === ' ' ? parseAt(r, j, depth + 1, false) : null;
      // "cơ quan Thuế", "Cơ quan Ủy ban Kiểm tra Trung ương": the organ itself.
      if (organ && (headAt(r, j)?.type === 'state' || headAt(r, j)?.type === 'organ')) {
        j = organ.end;
        level = organ.level;
        place = organ.place;
      } else {
        tryLevel();
      }
      let qualified = qualifiersAt(r, j, depth);
      // "các Ban của Hội đồng nhân dân tỉnh": the class of a body's own organs.
      if (r.words[qualified]?.loose === 'cua' && r.sep(qualified) === ' ' && depth < MAX_DEPTH) {
        const owner = parseAt(r, qualified + 1, depth + 1, false);
        if (owner && headAt(r, qualified + 1)?.type !== 'generic') {
          qualified = owner.end;
          level = owner.level ?? level;
          place = owner.place ?? place;
        }
      }
      genericBare = !plural && qualified === j && j === before;
      j = qualified;
      collective = true;
      break;
    }
  }
  const beforeQualifiers = j;
  j = qualifiersAt(r, j, depth);
  if (j > beforeQualifiers) genericBare = false;
  // A list written as one body: "các Sở, ban, ngành", "các cấp ủy, tổ chức đảng, cơ quan, đơn vị", "… và địa phương".
  if (collective) {
    for (;;) {
      const sep = r.sep(j);
      let at = j;
      if (r.words[j]?.loose === 'va' && (sep === ' ' || sep === ',')) at = j + 1;
      else if (sep !== ',') break;
      if (r.words[at]?.capital || r.knownStarts.has(r.words[at]?.start ?? -1)) break;
      const noun = r.longest(at, COMPILED_LIST_NOUNS.map((phrase) => ({ phrase })), true, false);
      if (!noun) break;
      // "… các đơn vị liên quan, tổ chức thực hiện": a verb, not another noun of the list.
      if (r.words[at]?.loose === 'to' && noun.end < r.words.length && r.sep(noun.end) === ' ' && isAction(r, noun.end)) break;
      j = noun.end;
      const listEnd = j;
      j = qualifiersAt(r, j, depth);
      if (j > listEnd) genericBare = false;
      const lv = levelAt(r, j);
      if (lv) {
        j = lv.end;
        level = lv.level;
      }
    }
  }
  // A kind of body with nothing to make it one ("cơ quan", "đơn vị" alone) names no body.
  if (genericBare) return null;
  return { end: j, kind: collective && kind !== 'party' && kind !== 'state' && kind !== 'front' ? 'collective' : collective ? 'collective' : kind, level, place, collective };
}

function headAt(r: Reader, i: number): CompiledHead | null {
  let j = i;
  if (CAC.has(r.words[j]?.loose ?? '')) j++;
  const w = r.words[j];
  if (!w) return null;
  for (const head of [...(HEADS_BY_FIRST.get(w.key) ?? []), ...(HEADS_BY_FIRST.get(w.loose) ?? [])]) if (r.match(j, head.phrase) >= 0) return head;
  return null;
}

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/^TT(?= )/u, 'Thường trực'],
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bMTTQ\b/gu, 'Mặt trận Tổ quốc'],
  [/\bBTV\b/gu, 'Ban Thường vụ'],
  [/\bTP\.?(?= )/gu, 'thành phố'],
];

/** The display name and id of a body named in a text (memoised: the same names recur on every page). */
const identities = new Map<string, { id: string; name: string }>();
export function identify(printed: string): { id: string; name: string } {
  let identity = identities.get(printed);
  if (!identity) {
    let expanded = printed.replace(/\s+/g, ' ').trim();
    for (const [re, full] of ABBREVIATIONS) expanded = expanded.replace(re, full);
    const name = expanded.charAt(0).toUpperCase() + expanded.slice(1);
    const id = slugify(expanded.replace(/ Việt Nam(?= |$)/u, '').replace(/^các\s+/iu, '')) || slugify(expanded);
    identity = { id, name };
    if (identities.size < 10_000) identities.set(printed, identity);
  }
  return identity;
}

/** What a caller already knows of a text: its folded words, their keys (`wordKeys`), the taxonomy's matches. */
export interface ReadText {
  tokens: Token[];
  keys: string[];
  known: Array<PhraseMatch<Body>>;
}

/**
 * Every body named in a text, left to right; where mentions overlap the
 * longest wins.
 */
/** A member that names a body by a head of its own ("Hội …", "Sở …", "Tỉnh đoàn"), folded. */
const MEMBER_IS_BODY = new RegExp(
  String.raw`^(?:${[...new Set(HEADS.filter((h) => h.type !== 'official' && h.type !== 'generic').map((h) => fold(h.words)))].sort((a, b) => b.length - a.length).join('|')})(?:\s|$)`,
  'u',
);

/** A class's members named after it: "(Nội vụ, Y tế, Xây dựng)", ": Đào tạo, Kế hoạch - Tài chính, KT&ĐBCL" up to what they do. */
const MEMBERS = /^\s*(?:\(([^()\n]{1,160})\)|:\s*([^;.:\n()]{1,160}?)(?=\s+(?:theo|chịu|có|chủ trì|phối hợp|thực hiện|hướng dẫn|tham mưu|căn cứ|triển khai|tổ chức|xây dựng|báo cáo|rà soát|kiểm tra|khẩn trương|nghiên cứu)(?![\p{L}\p{M}])|\s*[;.\n]|\s*$))/u;

/**
 * Where a body ends with the members a class names after it, each a
 * capitalised name ("Trưởng các phòng: Đào tạo, Kế hoạch - Tài chính",
 * "các sở, ngành (Nội vụ, Y tế, Xây dựng)", "Các Bộ: Công Thương, Tài
 * chính"): one body, as printed. Else where it ended.
 */
function membersEnd(text: string, start: number, end: number): number {
  if (!/(?:^|\s)[Cc]ác\s/u.test(text.slice(start, end))) return end;
  const found = MEMBERS.exec(text.slice(end, end + 200));
  const list = found?.[1] ?? found?.[2];
  if (!found || !list) return end;
  const items = list.split(/,\s*|\s+và\s+/u).map((item) => item.trim());
  // Members that are bodies of their own ("(Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn, …)") are read as such, the class apart.
  if (items.length < 2 || !items.every((item) => /^\p{Lu}/u.test(item) && !MEMBER_IS_BODY.test(fold(item)))) return end;
  return end + found[0].trimEnd().length;
}

export function findBodies(text: string, vocabulary: Vocabulary, read: ReadText = readText(text, vocabulary)): BodyMention[] {
  const { tokens, keys, known } = read;
  // Known names and aliases (the taxonomy): a member ("cấp ủy viên") is not the body; a name matched
  // across a comma it does not have ("tổ chức đảng, các cấp") is two things.
  const usable = known.filter(
    (match) =>
      !/^\s+viên(?![\p{L}\p{N}])/u.test(text.slice(match.end)) &&
      !(text.slice(match.start, match.end).includes(',') && ![match.value.name, ...match.value.aliases].some((n) => n.includes(','))),
  );
  const reader = new Reader(text, tokens, keys, new Set(usable.map((m) => m.start)));
  const candidates: BodyMention[] = [];
  const knownAt = new Map<string, Body>();
  for (const match of usable) {
    knownAt.set(`${match.start}:${match.end}`, match.value);
    candidates.push({ id: match.value.id, name: match.value.name, kind: match.value.kind, start: match.start, end: match.end, level: null, place: null });
  }
  for (let i = 0; i < reader.words.length; ) {
    const word = reader.words[i]!;
    const parsed = HEADS_BY_FIRST.has(word.key) || HEADS_BY_FIRST.has(word.loose) || CAC.has(word.loose) ? parseAt(reader, i, 0) : null;
    if (!parsed || parsed.end <= i) {
      i++;
      continue;
    }
    const start = word.start;
    const end = membersEnd(text, start, reader.words[parsed.end - 1]!.end);
    // The taxonomy names it: its id, name and kind, with the level the words give.
    const listed = knownAt.get(`${start}:${end}`) ?? vocabulary.bodyById.get(identify(text.slice(start, end)).id);
    const identity = identify(text.slice(start, end));
    candidates.push({
      id: listed?.id ?? identity.id,
      name: listed?.name ?? identity.name,
      kind: listed?.kind ?? parsed.kind,
      start,
      end,
      level: parsed.level,
      place: parsed.place,
    });
    i = parsed.end;
  }
  // At one place the longest wins; of equal ones the grammar's (it knows the level).
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || Number(b.level !== null) - Number(a.level !== null));
  const mentions: BodyMention[] = [];
  let coveredUntil = -1;
  for (const candidate of candidates) {
    if (candidate.start < coveredUntil) {
      // A longer mention starting inside the previous one replaces it.
      const last = mentions[mentions.length - 1];
      if (last && candidate.end > last.end && candidate.end - candidate.start > last.end - last.start) {
        mentions[mentions.length - 1] = candidate;
        coveredUntil = candidate.end;
      }
      continue;
    }
    mentions.push(candidate);
    coveredUntil = candidate.end;
  }
  return mentions;
}

function readText(text: string, vocabulary: Vocabulary): ReadText {
  const tokens = tokenize(fold(text));
  return { tokens, keys: wordKeys(text, tokens), known: vocabulary.bodies.match(text, tokens) };
}
