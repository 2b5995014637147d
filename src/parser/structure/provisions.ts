/**
 * From blocks to the provision tree. Numbering styles nest by first
 * appearance, as in legislation parsers: a mark of a style already open
 * closes everything below it and becomes that level's next sibling; a new
 * style opens a level below the current one. An unnumbered block belongs to
 * the innermost open provision (the seed's paragraph after its fifth "-" item).
 */
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { isAllUpper } from '../../text/fold.js';
import type { Block } from '../input/blocks.js';
import { wordsOf } from '../input/stream.js';
import { isBullet, type MarkerMatch } from '../input/classify.js';
import type { HeadingNode, MarkerNode, ParagraphNode, ProvisionNode, ProvisionStyle, TextNode } from '../nodes.js';
import { positionIn, spanOf, splitText, textAt } from '../position.js';
import { markCorrected } from '../corrections.js';

/** The letters that mark items, in order (no f, j, w, z; đ after d). */
export const LOWER_LETTERS = 'abcdđeghiklmnopqrstuvxy';
const ORDINAL_VALUES = new Map(['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'].map((word, i) => [word, i + 1]));
const ROMAN_NUMBER = /^[IVXLC]+$/;
/** How many levels a provision tree may nest; a mark that would open a deeper one is kept as text, with a warning. */
export const MAX_DEPTH = 10;
const UPPER_LETTERS = LOWER_LETTERS.toUpperCase();

/** Numeric value of a printed number, for sequence checks (null for bullets). */
export function numberValue(style: ProvisionStyle, number: string): number | null {
  switch (style) {
    case 'arabic':
    case 'article':
      return Number(number);
    case 'part':
    case 'chapter':
    case 'section': {
      const ordinal = /^(?:thứ|THỨ)\s+(\p{L}+)$/u.exec(number);
      if (ordinal) return ORDINAL_VALUES.get(ordinal[1]!.toLowerCase()) ?? null;
      return /^\d+$/.test(number) ? Number(number) : ROMAN_NUMBER.test(number) ? romanValue(number) : null;
    }
    case 'decimal':
      return Number(number.split('.').pop());
    case 'roman':
      return romanValue(number);
    case 'upper':
      return UPPER_LETTERS.indexOf(number) + 1 || null;
    case 'lower':
      return LOWER_LETTERS.indexOf(number) + 1 || null;
    case 'step':
    case 'question':
      return Number(number);
    case 'ordinal':
      return ORDINAL_VALUES.get(number) ?? null;
    case 'paren':
      return /^\d+$/.test(number) ? Number(number) : /^[ivx]+$/.test(number) ? romanValue(number.toUpperCase()) : LOWER_LETTERS.indexOf(number) + 1 || null;
    default:
      return null;
  }
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]!] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Style key: decimals of different depths ("1.1" and "1.1.1") are different levels. */
function levelKey(style: ProvisionStyle, number: string): string {
  if (style === 'decimal') return `decimal${number.split('.').length}`;
  // Each symbol bullet is a level of its own ("❖" over "–"); dashes and "•" are one (see matchMarker).
  if (style === 'dash' && number !== '-') return `dash${number}`;
  return style;
}

/** The levels of a legal text, outermost first: a part holds chapters, a chapter sections, a section articles. */
const LEGAL_RANK: Partial<Record<ProvisionStyle, number>> = { part: 0, chapter: 1, section: 2, article: 3 };

interface Open {
  node: ProvisionNode;
  key: string;
  /** The level an editor's correction gave it. */
  level?: number;
}

const FINAL_PUNCTUATION = /[.;,!?…]["”»)]?$/u;
/** A paragraph that says who carries out the provision: "Trách nhiệm chỉ đạo thực hiện: …", "Cơ quan chủ trì: …". */
const OWNER_LINE = /^(?:Trách nhiệm (?:chỉ đạo |chủ trì )?(?:thực hiện|triển khai)?|(?:Cơ quan|Đơn vị) (?:chủ trì|thực hiện|phối hợp)(?: thực hiện)?)\s*:/u;


function paragraphOf(children: TextNode[]): ParagraphNode {
  return { type: 'paragraph', children, position: spanOf(children) };
}

/**
 * Resolve "I", "V", "X", "C" … between roman numerals and capital letters, by
 * what is open: a roman numeral that continues an open roman level is one; a
 * letter that follows the open letter level is one ("I" after "H"), unless
 * that letter's part has no items yet and the mark is "I" — then it opens the
 * part's first roman-numbered level ("H- TỔ CHỨC THỰC HIỆN" / "I- …").
 */
function resolveStyle(marker: MarkerMatch, stack: Open[]): MarkerMatch {
  if (marker.style !== 'upper' && marker.style !== 'roman') return marker;
  if (marker.number.length !== 1 || !/[IVXLC]/.test(marker.number)) return marker;
  const openUpper = stack.find((open) => open.key === 'upper');
  const openRoman = stack.find((open) => open.key === 'roman');
  const roman = romanValue(marker.number);
  if (openRoman && roman === (numberValue('roman', openRoman.node.number) ?? 0) + 1) return { ...marker, style: 'roman' };
  const upperValue = openUpper ? numberValue('upper', openUpper.node.number) : null;
  const asLetter = UPPER_LETTERS.indexOf(marker.number) + 1;
  if (openUpper && upperValue !== null && asLetter === upperValue + 1) {
    const hasItems = openUpper.node.children.some((child) => child.type === 'provision');
    if (roman === 1 && !hasItems) return { ...marker, style: 'roman' };
    return { ...marker, style: 'upper' };
  }
  return { ...marker, style: marker.ambiguousRoman || marker.style === 'roman' ? 'roman' : 'upper' };
}

/**
 * Build provisions from the body's blocks. Warnings for repeated, skipped or
 * out-of-order numbers are reported on `file`.
 */
export function buildProvisions(blocks: Block[], file: VFile): ProvisionNode[] {
  const top: ProvisionNode[] = [];
  const stack: Open[] = [];
  let deepWarned = false;
  let lastArticle: ProvisionNode | undefined;

  for (const block of blocks) {
    if (!block.marker) {
      const children = block.lines.map(wordsOf);
      // "Trách nhiệm chỉ đạo thực hiện: …" after a list of bullets, or a note in brackets, speaks for the
      // numbered provision the bullets belong to, not for the last bullet.
      const text = block.lines.map((item) => item.content).join(' ');
      const forParent = !block.quoted && (OWNER_LINE.test(text) || /^\(.*\)\.?$/u.test(text));
      const owner = forParent ? [...stack].reverse().find((open) => !isBullet(open.node.style))?.node ?? stack[stack.length - 1]?.node : stack[stack.length - 1]?.node;
      const paragraph = paragraphOf(children);
      if (block.quoted) paragraph.data = { quoted: true };
      if (block.editorial !== undefined) paragraph.data = { ...paragraph.data, editorial: block.editorial };
      if (owner) {
        owner.children.push(paragraph);
        if (block.editorial !== undefined) markCorrected(owner, block.quoted ? 'quoted' : 'provision', block.editorial || null);
      }
      continue;
    }
    const marker = resolveStyle(block.marker, stack);
    // An editor's level is a level of its own: the marks the parser reads keep theirs.
    const key = block.level !== undefined ? `level${block.level}:${levelKey(marker.style, marker.number)}` : levelKey(marker.style, marker.number);
    // An editor's level (corrections.yaml): a sibling of what was put at the same level, else below what is open above it;
    // otherwise the style's level, as first seen.
    if (block.level !== undefined) {
      const same = findLastIndex(stack, (open) => open.level === block.level);
      stack.length = same >= 0 ? same : Math.min(stack.length, block.level - 1);
    }
    const level = block.level !== undefined ? -1 : findLastIndex(stack, (open) => open.key === key);
    if (level < 0 && stack.length >= MAX_DEPTH) {
      // Too deep to be numbering: keep the line as text of the innermost provision.
      const owner = stack[stack.length - 1]!.node;
      owner.children.push(paragraphOf(block.lines.map(wordsOf)));
      if (!deepWarned) {
        deepWarned = true;
        file.message(`Numbering nested deeper than ${MAX_DEPTH} levels ("${marker.marker.trim()}"): such marks are kept as text`, {
          place: positionIn(block.lines[0]!.line, block.lines[0]!.line.indent, block.lines[0]!.line.text.length).start,
          ruleId: 'numbering-too-deep',
          source: 'directive',
        });
      }
      continue;
    }
    if (level >= 0) stack.length = level;
    else if (LEGAL_RANK[marker.style] !== undefined && block.level === undefined) {
      // "Mục 1" after "Chương II" / "Điều 3.": a legal level closes the deeper legal levels open ("Điều 3"), whatever came first.
      const deeper = stack.findIndex((open) => (LEGAL_RANK[open.node.style] ?? -1) > LEGAL_RANK[marker.style]!);
      if (deeper >= 0) stack.length = deeper;
    }
    const parent = stack[stack.length - 1]?.node;
    const siblings = parent ? parent.children.filter((child): child is ProvisionNode => child.type === 'provision') : top;
    const node = provisionFrom(block, marker, siblings.length + 1, stack.length);
    if (block.editorial !== undefined) markCorrected(node, 'provision', block.editorial || null);
    // Articles run through the whole text, across chapters and parts.
    checkSequence(node, marker.style === 'article' ? lastArticle : siblings[siblings.length - 1], file);
    if (marker.style === 'article') lastArticle = node;
    if (parent) {
      parent.children.push(node);
    } else {
      top.push(node);
    }
    stack.push({ node, key, ...(block.level !== undefined ? { level: block.level } : {}) });
  }
  // Parents before children; each step changes only a provision's own text nodes.
  const all: ProvisionNode[] = [];
  for (const node of top) visitParents(node, 'provision', (provision) => void all.push(provision));
  for (const node of all) promoteRunInSiblings(node);
  for (const node of all) promoteLeadHeadings(node);
  for (const node of all) promoteTitleSentences(node);
  for (const node of all) demoteLoneHeadings(node);
  // A provision spans its children: positions are set bottom-up, children before parents.
  for (const node of all.toReversed()) node.position = spanOf(node.children);
  return top;
}

/**
 * A numbered provision whose first text is one short sentence ending in a
 * colon, before its items or paragraphs, is titled by it: "2.1. Nhiệm vụ
 * được giao bao gồm:", "14.2. Việc đảng viên … về đại hội:", "1. Giám đốc
 * các Sở …; Chủ tịch Ủy ban nhân dân các xã, phường:" (the bodies it
 * addresses). A clause that leads into steps ("… thì thực hiện như sau:")
 * is text. Bullets are never titled.
 */
function promoteLeadHeadings(node: ProvisionNode): void {
  if (untitled(node.style)) return;
  const index = node.children.findIndex((child) => child.type !== 'marker');
  const first = node.children[index];
  const next = node.children[index + 1];
  if (first?.type !== 'paragraph' || next === undefined || first.children.some((c) => c.type !== 'text')) return;
  const texts = first.children.filter((c): c is TextNode => c.type === 'text');
  const text = texts.map((t) => t.value).join(' ');
  if (texts.length === 0 || texts.length > 3 || !/:$/.test(text.trim()) || text.length > 240 || /[.!?]\s/.test(text)) return;
  // "… thì thực hiện như sau:", "… các nội dung sau:": a sentence leading into its items, not a title.
  if (!CLAUSE_PREFIX.test(text) && /\sthì\s|(?:như sau|sau đây|dưới đây|cụ thể|\ssau|như dưới đây|,\s*trong đó|,\s*gồm)\s*:$/u.test(text)) return;
  if (isAssignment(text)) return;
  node.children[index] = { type: 'heading', children: texts, position: spanOf(texts) };
}

/** Words that make a sentence a duty or a rule, not a title: "… có trách nhiệm …", "… có nhiệm vụ:", "Quyết định này có hiệu lực …". */
const SETS_A_RULE = /\s(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|có hiệu lực|phải|cần|sẽ)(?=[\s:])/u;

/**
 * A numbered provision whose first paragraph is one short sentence with a
 * full stop, followed by its own paragraphs or items, is titled by it:
 * "1.2. Về trình độ học vấn." / "2.1. (Khoản 1): Quyền được thông tin của
 * đảng viên." then the rule. A provision whose first sentence is all it
 * says has no title (see demoteLoneHeadings).
 */
function promoteTitleSentences(node: ProvisionNode): void {
  if (untitled(node.style)) return;
  const index = node.children.findIndex((child) => child.type !== 'marker');
  const first = node.children[index];
  const next = node.children[index + 1];
  if (first?.type !== 'paragraph' || next === undefined || first.data?.quoted || first.children.some((c) => c.type !== 'text')) return;
  const texts = first.children.filter((c): c is TextNode => c.type === 'text');
  const text = texts.map((t) => t.value).join(' ').trim();
  // The clauses of a charter a title may cite first: "(Khoản 2): …", "Điều 41 (Khoản 3): …", "(Khoản 2, Điều 10); (Khoản 5, Điều 13): …".
  const cited = CLAUSE_PREFIX.exec(text);
  const body = cited ? text.slice(cited[0].length) : text;
  if (texts.length === 0 || texts.length > (cited ? 4 : 2) || body.length > (cited ? 320 : 160) || !/[^.]\.$/u.test(text)) return;
  // One sentence (a cited clause's title may list with semicolons), setting no task.
  if ((cited ? /[.:!?]\s/u : /[.;:!?]\s/u).test(body.slice(0, -1)) || (!cited && isAssignment(body))) return;
  // "Các cấp uỷ … có trách nhiệm thực hiện Hướng dẫn này.": a duty, not a title; "Quyết định này có hiệu lực …": a rule.
  if (SETS_A_RULE.test(body)) return;
  // Parallel sentences ("Đảng viên có đủ … được xét tặng …" / "Đảng viên bị bệnh nặng được …") are rules, not a title and its text.
  if (!cited && next.type === 'paragraph' && sameOpening(body, next.children.map((c) => c.value).join(' '))) return;
  node.children[index] = { type: 'heading', children: texts, position: spanOf(texts) };
}

const CLAUSE_PREFIX = /^(?:Điều\s+\d+\s*)?(?:\((?:Khoản|Điều|Điểm)[^)]{0,40}\)[,;]?\s*)+:\s*/u;

/** Whether two sentences open with the same two words. */
function sameOpening(a: string, b: string): boolean {
  const head = (text: string) => text.trim().split(/\s+/u).slice(0, 2).join(' ').toLowerCase();
  return head(a) === head(b);
}

/**
 * "Sở Tài chính chủ trì, phối hợp với … tham mưu UBND tỉnh:", "Đảng ủy UBND
 * thành phố lãnh đạo UBND thành phố:", "Trong thời gian tới, đề nghị …:":
 * a body named and then set to act, or a request — a sentence, whose items
 * are what it asks; "Lãnh đạo, chỉ đạo thực hiện:" is a title.
 */
const ASSIGNING_VERB = /(?<![\p{L}\p{M}])(?:chủ trì|phối hợp|tham mưu|lãnh đạo|chỉ đạo|hướng dẫn|triển khai|đề nghị|yêu cầu|giao)(?![\p{L}\p{M}])/u;
function isAssignment(text: string): boolean {
  // "Đề nghị Kho bạc Nhà nước … kiểm soát …": a request to the body named after it.
  if (/^(?:Đề nghị|Yêu cầu|Giao)\s+(?:các\s+)?\p{Lu}/u.test(text.normalize('NFC'))) return true;
  const verb = ASSIGNING_VERB.exec(text.normalize('NFC'));
  if (!verb || verb.index === 0) return false;
  // "Nhiệm vụ được giao bao gồm:" is passive: a title.
  if (/^(?:đề nghị|yêu cầu|giao)$/u.test(verb[0])) return !/được\s*$/u.test(text.slice(0, verb.index));
  // A name before the verb: a capitalised word after the first.
  return /\s\p{Lu}/u.test(text.slice(0, verb.index));
}

/** A "heading" with nothing under it is the provision's text ("a) Tuyên truyền về chính sách"). */
function demoteLoneHeadings(node: ProvisionNode): void {
  const hasContent = node.children.some((child) => child.type === 'paragraph' || child.type === 'provision');
  const index = node.children.findIndex((child) => child.type === 'heading');
  const heading = node.children[index];
  if (!hasContent && heading?.type === 'heading') node.children[index] = paragraphOf(heading.children);
}

/** Bullets and ordinal words ("- Thứ nhất: Đối với …") run their text on: never titled. */
function untitled(style: ProvisionStyle): boolean {
  return isBullet(style) || style === 'ordinal';
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/**
 * A title run in before a colon: "I. Thời gian: 08 giờ …" (a top-level
 * item's label of a few words), "1. Về tuổi đời: …" (a "Về …" label at any
 * level). A longer label, a lower item's ("31.1. Đảng phí: Đảng viên
 * đóng …") or a body's name ("5. Sở Y tế: chỉ đạo …") starts its sentence.
 */
const RUN_IN = /^(\p{Lu}[^:.;()]{0,90}?)\s*:(?=\s+\S)/u;
/** Labels of the sections of a plan or a rule, titles wherever they stand. */
const SECTION_LABELS = new Set(
  ['thời gian', 'địa điểm', 'đối tượng', 'thành phần', 'chủ đề', 'mục đích', 'yêu cầu', 'nội dung', 'hình thức', 'kinh phí', 'phạm vi', 'phạm vi điều chỉnh', 'đối tượng áp dụng', 'quy mô', 'tiến độ', 'thời hạn', 'phương thức', 'khẩu hiệu', 'thời gian, địa điểm'].map((w) => w.normalize('NFC')),
);
/** "Về chính trị, tư tưởng:", "Về trình độ (Khoản 2 Điều 4):": a "Về …" label may list and cite. */
const RUN_IN_ABOUT = /^(Về\s[^:.;]{1,80}?)\s*:(?=\s+\S)/u;
function runInTitle(text: string, depth: number): number | null {
  const about = RUN_IN_ABOUT.exec(text);
  if (about && about[1]!.split(/\s+/u).length <= 12) return about[0].length;
  const found = RUN_IN.exec(text);
  if (!found) return null;
  const label = found[1]!;
  const words = label.split(/\s+/u).length;
  if (/^Về\s/u.test(label) && words <= 10) return found[0].length;
  // "1. SỞ GIÁO DỤC VÀ ĐÀO TẠO: …": a label set in capitals is a title, whatever it names.
  if (isAllUpper(label) && words <= 14) return found[0].length;
  // The sections every plan has, at any level: "1/ Thời gian: …", "2. Đối tượng: …".
  if (SECTION_LABELS.has(label.toLowerCase().normalize('NFC'))) return found[0].length;
  // "4. Giám đốc các sở: Văn hóa, …, Dân tộc và Tôn giáo chỉ đạo …": a class, then the names of its members.
  if (/\scác(?:\s\p{Ll}+){1,2}$/u.test(label) && /^\s*\p{Lu}/u.test(text.slice(found[0].length))) return null;
  // "5. Sở Y tế: chỉ đạo …" names the body that acts (a capital after the first word): no title.
  return depth === 0 ? shortLabel(text) : null;
}

/**
 * A plain label run in before a colon — up to `most` words, no capital
 * after the first (not a body's name: "Sở Y tế: …"), a comma only where
 * `comma` allows ("Ngày, tháng, năm sinh: …") — where its text goes on:
 * the length to cut.
 */
function plainLabel(text: string, most: number, comma: boolean): number | null {
  const found = RUN_IN.exec(text);
  if (!found) return null;
  const label = found[1]!;
  return label.split(/\s+/u).length <= most && (comma || !label.includes(',')) && !/\s\p{Lu}/u.test(label) ? found[0].length : null;
}

/** A short label of a top-level item: "Chỉ tiêu: …", "Rà soát số dư tạm ứng: …". */
const shortLabel = (text: string) => plainLabel(text, 5, false);
/** A label as items written to one pattern open with. */
const siblingLabel = (text: string) => plainLabel(text, 8, true);
/** A person after an office's label: "Tổ trưởng: Ông …". */
const PERSON_NEXT = /^(?:Ông|Bà|Đồng chí|đồng chí|[Đđ]\/c)\s/u;

/**
 * Below the top level a short label run in before a colon is a title when
 * every untitled sibling opens with one too, two at least ("1.1. Rà soát số
 * dư: …" / "1.2. Đối chiếu số liệu: …"): items written to one pattern. A
 * lone one ("31.1. Đảng phí: Đảng viên đóng …" beside "31.2. Nguyên tắc …")
 * starts its sentence.
 */
function promoteRunInSiblings(parent: ProvisionNode): void {
  const labelled: Array<{ node: ProvisionNode; index: number; cut: number }> = [];
  for (const node of parent.children) {
    if (node.type !== 'provision' || untitled(node.style) || node.children.some((c) => c.type === 'heading')) continue;
    const index = node.children.findIndex((child) => child.type !== 'marker');
    const first = node.children[index];
    if (first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return;
    const cut = siblingLabel(first.children[0].value);
    // Every untitled sibling is written to the pattern, or none is titled by it ("a) Hộ nghèo có khả năng lao động: …"
    // beside "đ) Hộ cận nghèo: …" are cases of a rule). "1. Tổ trưởng: Ông …" / "2. Tổ phó: Bà …": a board's members.
    if (cut !== null && PERSON_NEXT.test(first.children[0].value.slice(cut).trimStart())) return;
    if (cut !== null) labelled.push({ node, index, cut });
    // A label wrapped onto the next line ("(7) Tên đơn / vị: …") keeps to the pattern, though it is not cut here.
    else if (siblingLabel(first.children.map((c) => c.value).slice(0, 2).join(' ')) === null) return;
  }
  if (labelled.length < 2) return;
  for (const { node, index, cut } of labelled) {
    const paragraph = node.children[index] as ParagraphNode;
    const text = paragraph.children[0] as TextNode;
    const rest = text.value.slice(cut);
    const [label, after] = splitText(text, cut, cut + (rest.length - rest.trimStart().length));
    const texts = [...(after.value ? [after] : []), ...paragraph.children.slice(1)];
    const heading: HeadingNode = { type: 'heading', children: [label], position: label.position };
    node.children.splice(index, 1, heading, ...(texts.length > 0 ? [{ ...paragraph, children: texts, position: spanOf(texts) }] : []));
  }
}

/** Where a plan's section label ends on a line ("Thời gian: …"), or null. */
function sectionLabel(text: string): number | null {
  const found = RUN_IN.exec(text);
  return found && SECTION_LABELS.has(found[1]!.toLowerCase().normalize('NFC')) ? found[0].length : null;
}

function provisionFrom(block: Block, marker: MarkerMatch, ordinal: number, depth: number): ProvisionNode {
  const first = block.lines[0]!;
  const indent = first.from ?? first.line.indent;
  /** Where the first line's words end: the line's end, or where a correction cut it. */
  const lineEnd = first.to ?? first.line.text.length;
  const markEnd = indent + marker.marker.length;
  const markerNode: MarkerNode = {
    type: 'marker',
    value: first.line.text.slice(indent, markEnd),
    position: positionIn(first.line, indent, markEnd),
    ...(marker.textStart === marker.marker.length && /\S/u.test(first.line.text.charAt(markEnd)) ? { data: { attached: true } } : {}),
  };
  const children: ProvisionNode['children'] = [markerNode];
  const textStart = indent + marker.textStart;
  const firstText = textStart < lineEnd ? textAt(first.line, textStart, lineEnd) : null;
  const rest = block.lines.slice(1).map(wordsOf);
  const restTexts = [firstText, ...rest].filter((node): node is TextNode => node !== null);

  // A heading is in capitals (and then may wrap onto more capitalised lines),
  // or is the whole first block of a numbered provision — up to three lines —
  // with no final punctuation.
  let headingLines = 0;
  if (!firstText && restTexts.length > 0 && (marker.style === 'chapter' || marker.style === 'part' || marker.style === 'section' || marker.style === 'article')) {
    // "Chương I" / "QUY ĐỊNH CHUNG": the title stands on the next line(s), in capitals.
    while (headingLines < restTexts.length && isAllUpper(restTexts[headingLines]!.value)) headingLines++;
  } else if (firstText && marker.style === 'question') {
    // "Câu 1: Trụ sở … có được … không?": the question is the title, the answer its text.
    const asked = restTexts.findIndex((t) => /\?["”»)]?$/u.test(t.value.trim()));
    if (asked >= 0 && asked < 4) headingLines = asked + 1;
  } else if (firstText && first.line.hint?.bold && !untitled(marker.style)) {
    // Set in bold by its maker (a PDF's or a Word file's font): a title, over as many bold lines as it takes.
    headingLines = 1;
    while (headingLines < Math.min(3, restTexts.length) && block.lines[headingLines]?.line.hint?.bold) headingLines++;
  } else if (firstText) {
    if (isAllUpper(firstText.value)) {
      headingLines = 1;
      while (headingLines < restTexts.length && isAllUpper(restTexts[headingLines]!.value)) headingLines++;
    } else if (restTexts.length <= 3 && !FINAL_PUNCTUATION.test(restTexts[restTexts.length - 1]!.value) && !/:$/.test(restTexts[restTexts.length - 1]!.value) && !untitled(marker.style)) {
      headingLines = restTexts.length;
    }
  }
  // A plan's section run in on a bullet ("- Thời gian: …") is a title too; other bullets are never titled.
  const runIn = headingLines === 0 && firstText ? (untitled(marker.style) ? sectionLabel(firstText.value) : runInTitle(firstText.value, depth)) : null;
  if (runIn !== null && firstText) {
    // The label is the heading; the words after its colon start the text.
    const labelEnd = textStart + runIn;
    const rest = first.line.text.slice(labelEnd, lineEnd);
    const restStart = labelEnd + (rest.length - rest.trimStart().length);
    const label = textAt(first.line, textStart, labelEnd);
    children.push({ type: 'heading', children: [label], position: label.position });
    const after = [...(restStart < lineEnd ? [textAt(first.line, restStart, lineEnd)] : []), ...restTexts.slice(1)];
    if (after.length > 0) children.push(paragraphOf(after));
  } else if (headingLines > 0) {
    const headingChildren = restTexts.slice(0, headingLines);
    const heading: HeadingNode = { type: 'heading', children: headingChildren, position: spanOf(headingChildren) };
    children.push(heading);
    const remaining = restTexts.slice(headingLines);
    if (remaining.length > 0) children.push(paragraphOf(remaining));
  } else if (restTexts.length > 0) {
    children.push(paragraphOf(restTexts));
  }
  return {
    type: 'provision',
    style: marker.style,
    number: marker.number,
    ordinal,
    children,
    position: spanOf(children),
    data: {},
  };
}

function checkSequence(node: ProvisionNode, previous: ProvisionNode | undefined, file: VFile): void {
  const value = numberValue(node.style, node.number);
  if (value === null) return;
  const previousValue = previous && previous.style === node.style ? numberValue(previous.style, previous.number) : 0;
  if (previousValue === null) return;
  const place = node.position.start;
  if (value === previousValue) {
    file.message(`Number "${node.number}" is repeated; the second one gets its own id`, { place, ruleId: 'repeated-number', source: 'directive' });
  } else if (value > previousValue + 1) {
    file.message(`Number "${node.number}" follows "${previous?.number ?? 'nothing'}": a number is skipped`, { place, ruleId: 'skipped-number', source: 'directive' });
  } else if (value < previousValue) {
    file.message(`Number "${node.number}" comes after "${previous?.number}": numbers are out of order`, { place, ruleId: 'out-of-order-number', source: 'directive' });
  }
}
