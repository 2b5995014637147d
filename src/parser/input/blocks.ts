/**
 * Paragraph inference: groups the content lines of the preamble and body
 * into blocks. A block is a paragraph, or a provision's first line and the
 * lines that continue it. PDF extraction hard-wraps every line, and in some
 * texts follows each with a blank line, so a paragraph end is inferred:
 *
 * - a numbering mark starts a block (unless the line is plainly the rest of
 *   a wrapped sentence: "2012 / – 2020", "chính trị / - xã hội");
 * - where blank lines are meaningful (not double-spaced), a blank line ends a block;
 *   in double-spaced text, two or more blank lines do;
 * - a line that ends a sentence and is clearly shorter than a full line (the
 *   next line's first word would have fitted) ends a block;
 * - a numbered line (or a line in capitals) that stops short without final
 *   punctuation, followed by a capitalised line, is a heading on its own line;
 * - in unwrapped text every line is a block;
 * - a Word table's rows written with tabs under a task table's head
 *   ("STT⇥Nội dung⇥Đơn vị chủ trì⇥…") stay in the head's block, whatever
 *   their numbers ("1.1⇥Rà soát …" is a row, not a provision).
 */
import { isAllUpper, isLower, isUpper } from '../../text/fold.js';
import { isBullet, matchMarker, type MarkerMatch } from './classify.js';
import type { Layout } from './layout.js';
import type { StreamLine } from './stream.js';
import { LOWER_LETTERS } from '../structure/provisions.js';
import { columnsOf } from '../tags/task-rows.js';
import { tabFields } from '../structure/appendix.js';

export interface Block {
  lines: StreamLine[];
  /** The numbering mark of the first line, if the block starts a provision. */
  marker: MarkerMatch | null;
  /** The block is text the document quotes (see structure/quotations.ts): a paragraph of the provision above. */
  quoted?: boolean;
  /** Set by an editor's correction (corrections.yaml): the level the provision stands at (1 is the top). */
  level?: number;
  /** Set by an editor's correction: its note ('' when it has none). */
  editorial?: string;
}

const SENTENCE_END = /[.!?:…]["”»)]?$/u;
const LIST_PUNCTUATION = /[.;:,!?…]["”»)]?$/u;
/** Words after which a number continues the sentence ("tại mục / 2. …"). */
const NUMBER_CONTEXT = /(?:^|\s)(?:khoản|điểm|mục|số|điều|phần|tại|thứ|ngày|tháng|năm|giai đoạn|chương)$/iu;

function firstWord(text: string): string {
  return text.split(/\s+/, 1)[0] ?? '';
}

/** The numbering mark that starts `current`, unless the line merely continues `previous`. */
export function markerOf(current: StreamLine, previous: StreamLine | undefined, layout: Layout): MarkerMatch | null {
  const marker = matchMarker(current.content);
  if (!marker || !previous) return marker;
  const prev = previous.content;
  const rest = current.content.slice(marker.textStart);
  if (marker.style === 'dash' || marker.style === 'plus') {
    if (/(?:19|20)\d\d$/.test(prev) && /^(?:19|20)\d\d\b/.test(rest)) return null; // "giai đoạn 2012 / – 2020"
    if (!LIST_PUNCTUATION.test(prev) && /^\p{Ll}/u.test(rest)) return null; // "chính trị / - xã hội tỉnh"
    return marker;
  }
  // "… tại mục / 2. …": only a line that ran to the margin can wrap mid-phrase.
  const full = previous.line.text.length + 1 + marker.marker.length > layout.measure - layout.slack;
  if (full && NUMBER_CONTEXT.test(prev)) return null;
  return marker;
}

/** Words that cannot end a heading or a sentence: the text runs on ("… của Ban Bí thư và" / "Hướng dẫn …"). */
export const DANGLING = /(?:^|\s)(?:và|của|theo|với|cho|trong|các|những|về|để|là|tại|từ|đến|hoặc|hay|mà|thì|nếu|khi|do|bởi|trên|dưới|giữa|nhằm|như|đối|thuộc|gồm|cùng)$/u;

/** Names that follow a body's head across a line break ("Đảng uỷ / Chính phủ", "Ban / Chấp hành Trung ương"). */
const NAME_START = /^(?:Chính phủ|Quốc hội|Trung ương|Chấp hành|Ủy ban|Uỷ ban|Hội đồng|Mặt trận|Nhà nước|Nhân dân|(?:Đảng|Tỉnh|Thành|Huyện|Quận|Thị) [uủ][ỷy])/u;
/** A head that waits for the body it belongs to: "Đảng uỷ" (of what?), "Ban", "Đảng đoàn", "Ban cán sự đảng", "Ban Thường vụ", "Thường trực". */
const OPEN_HEAD = /(?:Đảng [uủ][ỷy]|Ban|Đảng đoàn|cán sự đảng|Ủy ban|Uỷ ban|Thường vụ|Thường trực)$/u;

/**
 * A name that runs on over the break: "… lần thứ bảy Ban / Chấp hành …",
 * "… phối hợp với Đảng uỷ / Chính phủ …". A line that stops clearly short
 * ends there even on a capital ("… nhận thức về Đảng" / "Người vào Đảng …").
 */
export function nameRunsOn(previous: StreamLine, current: string, layout: Layout): boolean {
  if (!isUpper(current[0])) return false;
  const prev = previous.content;
  if (NAME_START.test(current) && OPEN_HEAD.test(prev)) return true;
  const lastWord = prev.slice(prev.lastIndexOf(' ') + 1);
  return isUpper(lastWord[0]) && previous.line.text.length > layout.measure * 0.75;
}

/** The block being built: how it began and how many lines it has. */
export interface OpenBlock {
  marker: MarkerMatch | null;
  lines: number;
  /** The block is a mark alone on its line so far ("Chương I"). */
  markerOnly?: boolean;
  /** The block is a chapter's or part's mark alone, then lines of its title in capitals. */
  titled?: boolean;
}

/** Whether `current` starts a new block after `previous` (both content lines). */
export function startsBlock(current: StreamLine, previous: StreamLine, layout: Layout, marker: MarkerMatch | null, open: OpenBlock | null): boolean {
  if (marker) return true;
  const prev = previous.content;
  // "Trân trọng./.", "Trân trọng cảm ơn!": a letter's last words, a paragraph of their own.
  if (/^Trân trọng\b/u.test(current.content) && current.content.length <= 40) return true;
  // "Chương I" / "QUY ĐỊNH CHUNG", "Phần thứ nhất" / "MỤC ĐÍCH, YÊU CẦU": a title in capitals on the line under its mark.
  if ((open?.markerOnly || open?.titled) && isAllUpper(current.content)) return false;
  if (layout.unwrapped) {
    // A line per paragraph; a line break inside a paragraph leaves a line that goes on in lower case.
    return !(isLower(current.content[0]) && !SENTENCE_END.test(prev) && current.blanksBefore === 0);
  }
  const gap = current.blanksBefore;
  // No paragraph of the genre opens in lower case: after a gap, such a line goes on with the sentence before it.
  const continues = isLower(current.content[0]) && !SENTENCE_END.test(prev);
  if (!layout.doubleSpaced && gap >= 1 && !current.pageBreakBefore && !continues) return true;
  if (layout.doubleSpaced && gap >= 2) return true;
  const nextWord = firstWord(current.content);
  // Indentation counts: an indented line that reaches the margin is full.
  const wouldHaveFitted = previous.line.text.length + 1 + nextWord.length <= layout.measure - layout.slack;
  if (SENTENCE_END.test(prev) && wouldHaveFitted) return true;
  // Where paragraphs open indented and run on at the margin, a sentence's end and an indented line start one.
  if (SENTENCE_END.test(prev) && layout.paragraphIndent !== null && current.line.indent >= layout.paragraphIndent - 1 && isUpper(current.content[0])) return true;
  // A heading on its own line(s): a numbered block of up to three lines (or a
  // line in capitals) that stops short without punctuation, followed by a
  // capitalised line. In text whose paragraphs are set apart by blank lines a
  // heading must stop clearly short.
  const numbered = open !== null && open.marker !== null && !isBullet(open.marker.style) && open.lines <= 3;
  // A numbered line without final punctuation, then a line at the paragraph indent: the text under a title
  // ("2. Ủy ban Mặt trận Tổ quốc … xã" / "       Tuyên truyền, vận động …").
  if (
    numbered &&
    layout.paragraphIndent !== null &&
    current.line.indent >= layout.paragraphIndent - 1 &&
    !LIST_PUNCTUATION.test(prev) &&
    !DANGLING.test(prev) &&
    !/[-/]$/u.test(prev) &&
    isUpper(current.content[0])
  ) {
    return true;
  }
  const headingCandidate = numbered || isAllUpper(prev);
  const short = layout.blankParagraphs ? previous.line.text.length <= layout.measure * 0.85 : wouldHaveFitted;
  if (
    headingCandidate &&
    // "V. TÀI LIỆU, PHƯƠNG TIỆN … CÔNG" / "TÁC ĐẢNG VIÊN": a title in capitals goes on in capitals.
    !(isAllUpper(prev) && isAllUpper(current.content)) &&
    !LIST_PUNCTUATION.test(prev) &&
    short &&
    isUpper(current.content[0]) &&
    !DANGLING.test(prev) &&
    // "… Thông tư số 47/2024/TT-" / "BGTVT …": a number cut at the line's end runs on.
    !/[-/]$/u.test(prev) &&
    !nameRunsOn(previous, current.content, layout)
  ) {
    return true;
  }
  return false;
}

/** A mark that can stand alone on its line: "(1)", "(ii)", "a)", "-", "+", a bullet glyph. */
const LONE_MARK = /^(?:\([ivx]{1,5}\)|\(\d{1,2}\)|\([a-zđ]\)|[a-zđ]\)|[-–•+\uF020-\uF0FF])$/u;

/**
 * A mark alone on its line, then the text it marks: "(1)" / "Họ và tên khai
 * sinh: …", "a)" / "" / "Mức tặng phẩm …", "-" / "" / "Đối với đảng viên …".
 * A PDF's extractor put the mark and the words after it in two runs. The mark
 * is taken for the next line when that line opens in capitals with no mark of
 * its own. A bare bullet needs more: a sentence ended before it, and a blank
 * line or a page's end after it (a lone dash in a table is an empty cell).
 * A lone "2." stays a page number.
 */
function loneMark(line: StreamLine, previous: StreamLine | undefined, next: StreamLine | undefined): MarkerMatch | null {
  if (!next || !isUpper(next.content[0]) || matchMarker(next.content)) return null;
  // "(1)" / "(2)" / "(3)" a line each: a table's column numbers, not marks.
  if (previous && LONE_MARK.test(previous.content)) return null;
  const paren = /^\(([ivx]{1,5}|\d{1,2}|[a-zđ])\)$/u.exec(line.content);
  if (paren) return { style: 'paren', number: paren[1]!, marker: line.content, textStart: line.content.length };
  const letter = /^([a-zđ])\)$/u.exec(line.content);
  if (letter) return { style: 'lower', number: letter[1]!, marker: line.content, textStart: line.content.length };
  const bullet = /^([-–•+\uF020-\uF0FF])$/u.exec(line.content);
  if (!bullet) return null;
  // A glyph is never a table's empty cell; a dash is when it neither follows a sentence's end or a title nor stands apart.
  const glyph = /[•\uF020-\uF0FF]/u.test(bullet[1]!);
  if (!glyph && previous && !LIST_PUNCTUATION.test(previous.content) && !matchMarker(previous.content)) return null;
  if (!glyph && next.blanksBefore === 0 && !next.pageBreakBefore) return null;
  const plus = bullet[1] === '+';
  const dash = /^[-–•]$/u.test(bullet[1]!);
  return { style: plus ? 'plus' : 'dash', number: plus ? '+' : dash ? '-' : bullet[1]!, marker: bullet[1]!, textStart: line.content.length };
}

/** Group stream lines into blocks. */
export function toBlocks(lines: StreamLine[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let joinNext = false;
  let inTable = false;
  lines.forEach((line, index) => {
    const previous = index > 0 ? lines[index - 1] : undefined;
    const tabs = line.line.tabs;
    inTable &&= tabs !== undefined;
    if (inTable && current) {
      current.lines.push(line);
      return;
    }
    if (tabs && columnsOf(tabFields(line.line.text, tabs))) inTable = true;
    if (joinNext && current) {
      joinNext = false;
      current.lines.push({ ...line, blanksBefore: 0, pageBreakBefore: false });
      return;
    }
    const lone = loneMark(line, previous, lines[index + 1]);
    if (lone) {
      current = { lines: [line], marker: lone };
      blocks.push(current);
      joinNext = true;
      return;
    }
    const marker = markerOf(line, previous, layout);
    const markerOnly = current !== undefined && current.marker !== null && current.marker.textStart >= current.lines[0]!.content.length;
    const open = current
      ? {
          marker: current.marker,
          lines: current.lines.length,
          markerOnly: markerOnly && current.lines.length === 1,
          titled: markerOnly && current.lines.length <= 4 && current.lines.slice(1).every((l) => isAllUpper(l.content)) && (current.marker!.style === 'chapter' || current.marker!.style === 'part' || current.marker!.style === 'section'),
        }
      : null;
    if (!current || !previous || startsBlock(line, previous, layout, marker, open)) {
      current = { lines: [line], marker };
      blocks.push(current);
    } else {
      current.lines.push(line);
    }
  });
  return blocks;
}

/** The next number of a decimal mark at its own level ("2.1" → "2.2"), or null. */
function nextDecimal(marker: MarkerMatch | null): string | null {
  if (marker?.style !== 'decimal') return null;
  const parts = marker.number.split('.');
  if (parts.length < 2) return null;
  return [...parts.slice(0, -1), String(Number(parts.at(-1)) + 1)].join('.');
}

/** The next number in brackets ("(11)" → "(12)"), or null. */
function nextBracketed(marker: MarkerMatch | null): string | null {
  return marker?.style === 'paren' && /^\d+$/.test(marker.number) ? String(Number(marker.number) + 1) : null;
}

/** The next letter of a lettered item ("a)" → "b", "d)" → "đ"), or null. */
function nextLetter(marker: MarkerMatch | null): string | null {
  if (marker?.style !== 'lower') return null;
  return LOWER_LETTERS[LOWER_LETTERS.indexOf(marker.number) + 1] ?? null;
}

const literal = (text: string) => text.replace(/[.()]/g, '\\$&');

/**
 * A mark glued into the line before it, after a sentence's end — "… đúng quy
 * định. 2.2Quy trình làm thẻ …" after "2.1- …", "… thì ghi rõ tên dân tộc
 * thiểu số đó. (12) Ngày và nơi …" after "(11)", "… kịp thời. b) Công khai …"
 * after "a)": reading-order extraction ran
 * a title printed at a line's end into the sentence before. Only the very next
 * number of the last decimal mark, number in brackets or letter, after
 * ".", ";" or ":", before a capital, is taken; the line is cut there (its two
 * parts keep their columns) and the mark starts a block of its own. Linear:
 * one search per line.
 */
export function cutGluedMarks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let decimal: string | null = null;
  let bracketed: string | null = null;
  let letter: string | null = null;
  const track = (marker: MarkerMatch | null) => {
    if (marker?.style === 'decimal') decimal = nextDecimal(marker);
    if (marker?.style === 'paren') bracketed = nextBracketed(marker);
    if (marker?.style === 'lower') letter = nextLetter(marker);
  };
  for (const block of blocks) {
    track(block.marker);
    let current: Block = { ...block, lines: [] };
    out.push(current);
    block.lines.forEach((item, k) => {
      const text = item.line.text;
      const end = item.to ?? text.length;
      const first = k === 0 && block.marker ? item.line.indent + block.marker.textStart : (item.from ?? item.line.indent);
      const marks = [decimal && `${literal(decimal)}([-.])?`, bracketed && literal(`(${bracketed})`), letter && `${letter}\\)`].filter(Boolean);
      const glued = marks.length ? new RegExp(String.raw`(?<=[.;:]\s{0,2})(?:${marks.join('|')})(?=\s?\p{Lu})`, 'u').exec(text.slice(first, end)) : null;
      if (!glued || glued.index === 0) {
        current.lines.push(item);
        return;
      }
      const at = first + glued.index;
      const before = text.slice(0, at).trimEnd().length;
      const rest = text.slice(at, end).trim();
      const after = glued[0].length + (rest.slice(glued[0].length).length - rest.slice(glued[0].length).trimStart().length);
      current.lines.push({ ...item, to: before, content: text.slice(item.from ?? item.line.indent, before).trim() });
      const marker: MarkerMatch = glued[0].startsWith('(')
        ? { style: 'paren', number: bracketed!, marker: glued[0], textStart: after }
        : glued[0].endsWith(')') && letter && glued[0] === `${letter})`
          ? { style: 'lower', number: letter, marker: glued[0], textStart: after }
          : { style: 'decimal', number: decimal!, marker: glued[0], textStart: after };
      current = { lines: [{ ...item, from: at, content: rest, blanksBefore: 0, pageBreakBefore: false }], marker };
      out.push(current);
      track(marker);
    });
  }
  return out;
}
