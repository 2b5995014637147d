/**
 * What an extractor knows of a page that its text alone does not say: which
 * cells of a line are columns (by x position), which lines are bold, which
 * are page numbers, running headers or footnotes, where the raised footnote
 * marks stand, and on which page of the original each line stood.
 *
 * The parser takes a hint where one is given and falls back to inferring
 * the same from the text where none is (plain-text sources have none). Line
 * numbers and columns are those of the text the extractor produced.
 */

/** Furniture and footnote roles an extractor can tell from positions and sizes. */
export type LineRole = 'page-number' | 'running-header' | 'running-footer' | 'footnote';

export interface LineHint {
  /** 1-based page of the original. */
  page: number;
  /** The line's cells, [start, end) columns: two header columns, a table's cells. */
  cells?: Array<[number, number]>;
  /** The whole line is bold. */
  bold?: boolean;
  /** Font size against the body text's (1 = body). */
  size?: number;
  role?: LineRole;
  /** The first line of a footnote: its mark ("1", "*"). */
  footnoteMark?: string;
  /** Footnote marks raised in the line: [start, end) columns and the mark. */
  marks?: Array<{ start: number; end: number; mark: string }>;
}

export interface LayoutHints {
  /** Where the hints come from. */
  from: 'pdf' | 'ocr' | 'docx';
  /** Hints by line: index = line number - 1 (a line with no hint is plain text). */
  lines: Array<LineHint | undefined>;
  /** Pages of the original (0 when it has none, as a Word file). */
  pages: number;
  /** What the extractor determined for every line, so that the parser infers nothing of it. */
  knows: {
    /** Page numbers, running headers and footers. */
    furniture: boolean;
    /** Footnotes and their marks. */
    footnotes: boolean;
  };
}
