/**
 * Lines from positioned text: the pages of a PDF's text layer or of OCR,
 * as words or runs with a position, a size and a weight, rebuilt into the
 * text the parser reads — and the hints of what the positions say (cells,
 * bold, raised footnote marks, page numbers, running headers and footers,
 * footnotes at a page's foot).
 *
 * The text is laid out as `pdftotext -layout` lays it out: a line per
 * baseline, cells placed at their column, a blank line where the page
 * leaves a gap, a form feed between pages. Pure and linear in the items
 * (after sorting each page's items).
 */
import { pageNumberValue } from '../parser/input/furniture.js';
import type { LayoutHints, LineHint } from '../parser/hints.js';
import { fold } from '../text/fold.js';

/** A run of text on a page. Coordinates in points from the page's top left; `y` is the baseline. */
export interface PositionedItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size (for OCR, the height of the word's box). */
  size: number;
  bold?: boolean;
  /** Drawn by an annotation (a signature field's stamped number or day), not by the page's own content. */
  annotation?: boolean;
}

export interface PositionedPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PositionedItem[];
}

export interface BuiltText {
  text: string;
  hints: Omit<LayoutHints, 'from'>;
}

interface Piece extends PositionedItem {
  /** A raised footnote mark ("quy định¹"). */
  raised: boolean;
}

interface Line {
  page: PositionedPage;
  y: number;
  /** The size of the line's largest piece. */
  size: number;
  pieces: Piece[];
  /** The line as text, its cells and raised marks: filled by `render`. */
  text: string;
  cells: Array<[number, number]>;
  marks: Array<{ start: number; end: number; mark: string }>;
  role?: LineHint['role'];
  footnoteMark?: string;
  /** Blank lines before it (a gap on the page). */
  gapBefore: boolean;
}

const MARK = /^(?:\d{1,3}|\*{1,3})$/u;

/** The size most of the text is set in: the body's (by characters, to half a point). */
function bodySize(pages: PositionedPage[]): number {
  const weight = new Map<number, number>();
  for (const page of pages) {
    for (const item of page.items) {
      const size = Math.round(item.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + item.text.length);
    }
  }
  let best = 12;
  let most = -1;
  for (const [size, count] of weight) {
    if (count > most || (count === most && size > best)) {
      best = size;
      most = count;
    }
  }
  return best;
}

/** Group a page's items into lines by baseline; a raised mark joins the line it is raised above. */
function pageLines(page: PositionedPage): Line[] {
  const items = page.items.filter((item) => item.text.trim() !== '' && item.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const tolerance = 0.45 * Math.max(item.size, current?.size ?? 0);
    if (current && Math.abs(item.y - current.y) <= tolerance) {
      current.pieces.push({ ...item, raised: false });
      if (item.size > current.size) {
        current.size = item.size;
        current.y = item.y;
      }
      continue;
    }
    current = { page, y: item.y, size: item.size, pieces: [{ ...item, raised: false }], text: '', cells: [], marks: [], gapBefore: false };
    lines.push(current);
  }
  // A line of raised marks alone (small digits just above a line): they belong to the line below.
  const merged: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const below = lines[i + 1];
    const allMarks = line.pieces.every((p) => MARK.test(p.text.trim()));
    if (below && allMarks && line.size <= 0.8 * below.size && below.y - line.y <= 0.75 * below.size) {
      below.pieces.push(...line.pieces);
      continue;
    }
    merged.push(line);
  }
  for (const line of merged) {
    line.pieces.sort((a, b) => a.x - b.x);
    for (const piece of line.pieces) {
      piece.raised = MARK.test(piece.text.trim()) && piece.size <= 0.8 * line.size && piece.y < line.y - 0.15 * line.size;
    }
  }
  return merged;
}

/** Whether the gap before `piece` (after `previous`) parts two columns of the page. */
function partsCells(previous: Piece, piece: Piece, page: PositionedPage, size: number): boolean {
  const gap = piece.x - (previous.x + previous.width);
  if (gap >= 3 * size) return true;
  return gap >= 1.5 * size && piece.x >= 0.45 * page.width && previous.x + previous.width <= 0.55 * page.width;
}

/** Lay a line out as text: cells at their columns, words spaced as the page spaces them. */
function render(line: Line, leftMargin: number, charWidth: number, body: number): void {
  const column = (x: number) => Math.max(0, Math.round((x - leftMargin) / charWidth));
  let text = '';
  const cells: Array<[number, number]> = [];
  const marks: Line['marks'] = [];
  let cellStart = -1;
  let previous: Piece | null = null;
  for (const piece of line.pieces) {
    const word = piece.text.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (!previous || partsCells(previous, piece, line.page, Math.max(line.size, body * 0.8))) {
      if (cellStart >= 0) cells.push([cellStart, text.length]);
      const target = column(piece.x);
      text += ' '.repeat(previous ? Math.max(3, target - text.length) : target);
      cellStart = text.length;
    } else if (!piece.raised) {
      const gap = piece.x - (previous.x + previous.width);
      const size = Math.max(piece.size, previous.size);
      // A blank field ("Số      /UBND") keeps its width; a word gap is one space; kerning none.
      // A word stamped by an annotation is a word of its own however close it is set ("ngày" + "11").
      if (gap > 1.2 * size) text += ' '.repeat(Math.max(2, Math.round(gap / charWidth)));
      else if (gap > 0.12 * size || (piece.annotation ?? false) !== (previous.annotation ?? false)) text += ' ';
    }
    if (piece.raised) marks.push({ start: text.length, end: text.length + word.length, mark: word });
    text += word;
    previous = piece;
  }
  if (cellStart >= 0) cells.push([cellStart, text.length]);
  line.text = text;
  line.cells = cells;
  line.marks = marks;
}

/** The letters of a line, for telling a running header from one page to the next. */
function skeleton(text: string): string {
  return fold(text).replace(/[^a-z]+/g, '');
}

/** Page numbers, running headers and footers: lines at a page's top or foot, by position and repetition. */
function markFurniture(pages: Line[][], pageHeights: number[]): void {
  const zone = (line: Line, height: number) => (line.y < 0.12 * height ? 'top' : line.y > 0.86 * height ? 'foot' : null);
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, p) => {
    for (const line of lines) {
      const where = zone(line, pageHeights[p]!);
      if (!where) continue;
      const key = `${where}:${skeleton(line.text)}`;
      if (key.length < where.length + 5) continue;
      const set = seen.get(key) ?? new Set<number>();
      set.add(p);
      seen.set(key, set);
    }
  });
  const repeated = (key: string) => (seen.get(key)?.size ?? 0) >= Math.max(3, Math.ceil(pages.length / 2));
  pages.forEach((lines, p) => {
    const height = pageHeights[p]!;
    lines.forEach((line, i) => {
      const where = zone(line, height);
      const edge = i === 0 || i === lines.length - 1 || where !== null;
      if (edge && line.cells.length <= 1 && pageNumberValue(line.text.trim()) !== null && (where !== null || lines.length > 1)) {
        line.role = 'page-number';
        return;
      }
      if (where && repeated(`${where}:${skeleton(line.text)}`)) line.role = where === 'top' ? 'running-header' : 'running-footer';
    });
  });
}

/**
 * Footnotes: the run of small lines at a page's foot (above its furniture),
 * opening with a mark that stands raised in the text above, on this page or
 * an earlier one.
 */
function markFootnotes(pages: Line[][], body: number): void {
  const raisedSoFar = new Set<string>();
  for (const lines of pages) {
    const content = lines.filter((line) => !line.role);
    for (const line of content) for (const m of line.marks) raisedSoFar.add(m.mark);
    let start = content.length;
    while (start > 0 && content[start - 1]!.size <= 0.9 * body) start--;
    if (start === 0 || start === content.length) continue;
    const foot = content.slice(start);
    const opening = (line: Line) => {
      const first = line.pieces[0]!;
      const mark = first.raised ? first.text.trim() : /^(\d{1,2}|\*{1,3})\s/u.exec(line.text.trimStart())?.[1];
      return mark !== undefined && raisedSoFar.has(mark) ? mark : null;
    };
    if (!opening(foot[0]!)) continue;
    for (const line of foot) {
      line.role = 'footnote';
      const mark = opening(line);
      if (mark) {
        line.footnoteMark = mark;
        // The note's mark first, then a space, then its text ("1 Theo …"), whatever the mark's height.
        const indent = line.text.length - line.text.trimStart().length;
        const rest = line.text.slice(indent).replace(/^(\d{1,3}|\*{1,3})\s*/u, '');
        line.text = `${' '.repeat(indent)}${mark} ${rest}`;
        line.marks = [];
        line.cells = [[indent, line.text.length]];
      }
    }
    // Marks raised inside notes are not references.
    for (const line of foot) line.marks = [];
  }
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Rebuild the text of positioned pages, with its hints. */
export function buildText(pages: PositionedPage[]): BuiltText {
  const body = bodySize(pages);
  const charWidth = body * 0.5;
  const linesByPage = pages.map(pageLines);
  const starts = linesByPage.flat().filter((line) => Math.abs(line.size - body) <= 0.5).map((line) => line.pieces[0]!.x);
  const sortedStarts = [...starts].sort((a, b) => a - b);
  const leftMargin = sortedStarts.length > 0 ? sortedStarts[Math.floor(sortedStarts.length * 0.05)]! : 0;
  for (const lines of linesByPage) for (const line of lines) render(line, leftMargin, charWidth, body);
  markFurniture(linesByPage, pages.map((p) => p.height));
  markFootnotes(linesByPage, body);
  // A gap on the page larger than the lines' usual pitch is a blank line.
  const pitches: number[] = [];
  for (const lines of linesByPage) {
    for (let i = 1; i < lines.length; i++) {
      const dy = lines[i]!.y - lines[i - 1]!.y;
      if (dy > 0 && dy < 3 * body) pitches.push(dy);
    }
  }
  const pitch = median(pitches) || body * 1.3;
  for (const lines of linesByPage) for (let i = 1; i < lines.length; i++) lines[i]!.gapBefore = lines[i]!.y - lines[i - 1]!.y > 1.6 * pitch;

  const out: string[] = [];
  const hints: Array<LineHint | undefined> = [];
  linesByPage.forEach((lines, p) => {
    const page = pages[p]!.number;
    const feed = p > 0 ? '\f' : '';
    if (lines.length === 0) {
      out.push(feed);
      hints.push({ page });
      return;
    }
    lines.forEach((line, i) => {
      if (line.gapBefore) {
        out.push('');
        hints.push({ page });
      }
      out.push(`${i === 0 ? feed : ''}${line.text}`);
      // Columns are those of the line as the parser normalises it: without its form feed.
      const hint: LineHint = { page, size: Math.round((line.size / body) * 100) / 100 };
      if (line.cells.length > 0) hint.cells = line.cells;
      if (line.pieces.every((piece) => piece.bold || piece.raised) && line.pieces.some((piece) => piece.bold)) hint.bold = true;
      if (line.role) hint.role = line.role;
      if (line.footnoteMark) hint.footnoteMark = line.footnoteMark;
      if (line.marks.length > 0) hint.marks = line.marks;
      hints.push(hint);
    });
  });
  return { text: `${out.join('\n')}\n`, hints: { lines: hints, pages: pages.length, knows: { furniture: true, footnotes: true } } };
}
