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
 * - in unwrapped text every line is a block.
 */
import { isAllUpper, isUpper } from '../text/fold.js';
import { matchMarker, type MarkerMatch } from './classify.js';
import type { Layout } from './layout.js';
import type { StreamLine } from './stream.js';

export interface Block {
  lines: StreamLine[];
  /** The numbering mark of the first line, if the block starts a provision. */
  marker: MarkerMatch | null;
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
    if (/\d$/.test(prev) && /^\d/.test(rest)) return null; // "giai đoạn 2012 / – 2020"
    if (!LIST_PUNCTUATION.test(prev) && /^\p{Ll}/u.test(rest)) return null; // "chính trị / - xã hội tỉnh"
    return marker;
  }
  // "… tại mục / 2. …": only a line that ran to the margin can wrap mid-phrase.
  const full = previous.line.text.length + 1 + marker.marker.length > layout.measure - layout.slack;
  if (full && NUMBER_CONTEXT.test(prev)) return null;
  return marker;
}

/** Whether `current` starts a new block after `previous` (both content lines). */
export function startsBlock(
  current: StreamLine,
  previous: StreamLine,
  layout: Layout,
  marker: MarkerMatch | null,
  previousMarker: MarkerMatch | null,
): boolean {
  if (marker) return true;
  if (layout.unwrapped) return true;
  const gap = current.blanksBefore;
  if (!layout.doubleSpaced && gap >= 1 && !current.pageBreakBefore) return true;
  if (layout.doubleSpaced && gap >= 2) return true;
  const prev = previous.content;
  const nextWord = firstWord(current.content);
  // Indentation counts: an indented line that reaches the margin is full.
  const wouldHaveFitted = previous.line.text.length + 1 + nextWord.length <= layout.measure - layout.slack;
  if (SENTENCE_END.test(prev) && wouldHaveFitted) return true;
  // A heading on its own line: a numbered line (or a line in capitals) that
  // stops short without punctuation, followed by a capitalised line. A last
  // word in capitals means a name runs on ("… lần thứ bảy Ban / Chấp hành …").
  const headingCandidate = (previousMarker !== null && previousMarker.style !== 'dash' && previousMarker.style !== 'plus') || isAllUpper(prev);
  const lastWord = prev.slice(prev.lastIndexOf(' ') + 1);
  if (
    headingCandidate &&
    !LIST_PUNCTUATION.test(prev) &&
    wouldHaveFitted &&
    isUpper(current.content[0]) &&
    !isUpper(lastWord[0]) &&
    !current.pageBreakBefore
  ) {
    return true;
  }
  return false;
}

/** Group stream lines into blocks. */
export function toBlocks(lines: StreamLine[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  lines.forEach((line, index) => {
    const previous = index > 0 ? lines[index - 1] : undefined;
    const marker = markerOf(line, previous, layout);
    const previousMarker = current && current.lines.length === 1 ? current.marker : null;
    if (!current || !previous || startsBlock(line, previous, layout, marker, previousMarker)) {
      current = { lines: [line], marker };
      blocks.push(current);
    } else {
      current.lines.push(line);
    }
  });
  return blocks;
}
