/**
 * Normalisation: turns the decoded text into source lines. Guarantees:
 * - no BOM, no CR (CRLF and lone CR end lines), no form feeds (a form feed
 *   marks its line as the first of a new page);
 * - every line is NFC, tabs are expanded to spaces, no trailing white space;
 *   the look-alike "Ð" (eth) is "Đ";
 * - line numbers are the source's own, and every column of a normalised line
 *   maps back to its column in the source line, so diagnostics and evidence
 *   point at the source as received.
 */
import type { LayoutHints, LineHint } from '../hints.js';

export interface SourceLine {
  /** 1-based line number in the source. */
  number: number;
  /** The normalised line, leading spaces kept. */
  text: string;
  /** Count of leading spaces. */
  indent: number;
  /** True when the line is empty or white space only. */
  blank: boolean;
  /** A form feed stands before the line's words: the line opens a new page. */
  pageStart: boolean;
  /** A form feed stands after the line's words ("7\f"): the page ends with this line. */
  pageEnd: boolean;
  /** Offset of the line's first character in the decoded source (after the BOM). */
  offset: number;
  /** Source column (1-based) of each normalised index; absent when identical. */
  columns?: number[];
  /** What the extractor knows of the line (cells, bold, role, page), when the source was a PDF, a scan or a Word file. */
  hint?: LineHint;
  /** Where each tab stood (the index in `text` where its spaces start): a Word table's row written with tabs parts its cells there. */
  tabs?: number[];
}

/** The 1-based source column of an index into a normalised line. */
export function sourceColumn(line: SourceLine, index: number): number {
  if (!line.columns) return index + 1;
  return line.columns[Math.min(index, line.columns.length - 1)] ?? index + 1;
}

const TAB_WIDTH = 4;

/** Split decoded source text into normalised lines, each with its extractor's hint. */
export function normalise(source: string, hints?: LayoutHints): SourceLine[] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines: SourceLine[] = [];
  let offset = 0;
  const raw = text.split(/\r\n|\r|\n/);
  // A final newline does not open a line of its own.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  raw.forEach((rawLine, index) => {
    const line = normaliseLine(rawLine, index + 1, offset);
    const hint = hints?.lines[index];
    if (hint) line.hint = hint;
    lines.push(line);
    offset += rawLine.length + (text.startsWith('\r\n', offset + rawLine.length) ? 2 : 1);
  });
  return lines;
}

function normaliseLine(raw: string, number: number, offset: number): SourceLine {
  const feed = raw.indexOf('\f');
  const pageEnd = feed >= 0 && raw.slice(0, feed).trim() !== '';
  const pageStart = feed >= 0 && !pageEnd;
  let text = raw;
  let columns: number[] | undefined;
  let tabs: number[] | undefined;
  const simple = /^[\x20-\x7e]*$/.test(raw) || (raw.normalize('NFC') === raw && !/[\t\f\v]/.test(raw));
  if (!simple) {
    // Rebuild the line segment by segment (a base character and its marks),
    // remembering each segment's source column.
    text = '';
    columns = [];
    let segmentStart = 0;
    const flush = (end: number) => {
      if (end <= segmentStart) return;
      const segment = raw.slice(segmentStart, end);
      let normal: string;
      if (segment === '\t') {
        normal = ' '.repeat(TAB_WIDTH - (text.length % TAB_WIDTH));
        tabs = tabs ?? [];
        tabs.push(text.length);
      }
      else if (segment === '\f' || segment === '\v') normal = '';
      // A letter with an absurd number of marks is kept as it is: reordering them is quadratic in their number.
      else normal = segment.length > 64 ? segment : segment.normalize('NFC');
      for (let k = 0; k < normal.length; k++) columns!.push(segmentStart + 1);
      text += normal;
      segmentStart = end;
    };
    for (let i = 1; i <= raw.length; i++) {
      const char = raw[i];
      // A combining mark (or the low half of a surrogate pair) joins its base.
      if (char !== undefined && (/\p{M}/u.test(char) || (char >= '\udc00' && char <= '\udfff'))) continue;
      flush(i);
    }
  }
  // "Ð" / "ð" (the Latin eth) is how OCR and some old fonts give "Đ" / "đ": one letter for one, columns unchanged.
  if (/[\u00d0\u00f0]/u.test(text)) text = text.replace(/\u00d0/gu, 'Đ').replace(/\u00f0/gu, 'đ');
  const trimmed = text.trimEnd(); // not /\s+$/u: that regex is quadratic on long runs of inner spaces
  if (columns) {
    columns.length = trimmed.length;
    columns.push(raw.length + 1); // end-of-line column
  }
  const indent = trimmed.length - trimmed.trimStart().length;
  return {
    number,
    text: trimmed,
    indent,
    blank: trimmed.trim() === '',
    pageStart,
    pageEnd,
    offset,
    ...(columns ? { columns } : {}),
    ...(tabs && tabs[0]! < trimmed.length ? { tabs: tabs.filter((at) => at < trimmed.length) } : {}),
  };
}
