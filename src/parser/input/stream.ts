/**
 * The content lines of a text, in order, with what lies between them:
 * blank lines and page breaks. Page furniture and footnote lines are left
 * out here (they are reported, and kept elsewhere in the tree).
 */
import type { Layout } from './layout.js';
import type { SourceLine } from './normalise.js';
import type { TextNode } from '../nodes.js';
import { textAt } from '../position.js';

export interface StreamLine {
  line: SourceLine;
  /** The line without leading or trailing spaces. */
  content: string;
  /** Blank lines between this line and the previous content line. */
  blanksBefore: number;
  /** A page break (form feed, page number, furniture, stray-space line) comes right before this line. */
  pageBreakBefore: boolean;
  /** Part of a line only (an editor's correction cut it: a closing that starts mid-line): [from, to) of `line.text`. */
  from?: number;
  to?: number;
}

/** The words of a stream line as a text node: the whole line, or the part of it a correction cut. */
export function wordsOf(item: StreamLine): TextNode {
  return textAt(item.line, item.from ?? item.line.indent, item.to ?? item.line.text.length);
}

/**
 * Build the stream of content lines. `excluded` tells the lines set aside
 * (by index); `pages` gives each line's page, so a line on a new page is
 * known to follow a page break.
 */
export function toStream(lines: SourceLine[], excluded: (index: number) => boolean, layout: Layout, pages?: number[]): StreamLine[] {
  const stream: StreamLine[] = [];
  let blanks = 0;
  let setAsideSeen = false;
  let previousPage = pages?.[0] ?? 0;
  lines.forEach((line, index) => {
    if (line.blank) {
      blanks++;
      return;
    }
    if (excluded(index)) {
      setAsideSeen = true;
      return;
    }
    const page = pages?.[index] ?? 0;
    const strayStart = layout.doubleSpaced && blanks === 0 && line.indent >= 1 && stream.length > 0;
    stream.push({
      line,
      content: line.text.trim(),
      blanksBefore: stream.length === 0 ? 0 : blanks,
      pageBreakBefore: setAsideSeen || line.pageStart || strayStart || (stream.length > 0 && page !== previousPage),
    });
    previousPage = page;
    blanks = 0;
    setAsideSeen = false;
  });
  return stream;
}
