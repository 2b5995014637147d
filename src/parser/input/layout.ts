/**
 * Layout facts about a text, measured once: is every line followed by a
 * blank line (so blank lines do not mark paragraphs), how wide is a full
 * line, and is the text wrapped at all. Paragraph ends are inferred from
 * these (see blocks.ts).
 */
import type { SourceLine } from './normalise.js';

export interface Layout {
  /** Every (or nearly every) line is followed by a blank line, as in the seed. */
  doubleSpaced: boolean;
  /** Typical length of a full line, in characters (90th percentile). */
  measure: number;
  /** How much shorter than `measure` a line may be and still count as full. */
  slack: number;
  /** One paragraph per line: lines are not hard-wrapped (text from a Word file). */
  unwrapped: boolean;
  /** Blank lines separate paragraphs (and only they do): a heading is a whole blank-separated block. */
  blankParagraphs: boolean;
  /**
   * Where a paragraph's first line starts, when the text indents it clearly
   * more than the lines that continue a paragraph (layout-mode PDF text:
   * "       Tuyên truyền …" / "thanh toán …"); null when it does not.
   */
  paragraphIndent: number | null;
}

/** Measure the layout of the content lines (blank lines and page artefacts included in `lines`). */
export function measureLayout(lines: SourceLine[], artefact: (line: SourceLine) => boolean): Layout {
  const content = lines.filter((line) => !line.blank && !artefact(line));
  let followedByBlank = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (!line.blank && !artefact(line) && lines[i + 1]!.blank) followedByBlank++;
  }
  const candidates = Math.max(1, content.length - 1);
  const lengths = content.map((line) => line.text.length).sort((a, b) => a - b);
  const percentile = (p: number) => lengths[Math.min(lengths.length - 1, Math.floor(p * lengths.length))] ?? 0;
  const measure = Math.max(20, percentile(0.9));
  const doubleSpaced = content.length >= 4 && followedByBlank / candidates >= 0.6;
  // Hard-wrapped text ends most full lines mid-sentence; a line per paragraph ends them with the sentence.
  const long = content.filter((line) => line.text.trim().length >= 100);
  const longEnded = long.filter((line) => /[.;:!?…]["”»)]?$/u.test(line.text.trim())).length;
  // The indents of lines after a sentence's end and after a line that runs on.
  const afterEnd = new Map<number, number>();
  const afterRun = new Map<number, number>();
  for (let i = 1; i < content.length; i++) {
    const previous = content[i - 1]!.text.trim();
    const into = /[.;:!?…]["”»)]?$/u.test(previous) ? afterEnd : afterRun;
    into.set(content[i]!.indent, (into.get(content[i]!.indent) ?? 0) + 1);
  }
  const mode = (counts: Map<number, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const first = mode(afterEnd);
  const running = mode(afterRun);
  const paragraphIndent = first && running && first[1] >= 5 && running[1] >= 5 && first[0] >= running[0] + 3 ? first[0] : null;
  const veryLong = content.some((line) => line.text.replace(/\s+/g, ' ').trim().length >= 200);
  let gaps = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i - 1]!.blank && !lines[i]!.blank && !artefact(lines[i]!) && !lines[i]!.pageStart) gaps++;
  return {
    doubleSpaced,
    measure,
    slack: Math.max(2, Math.round(measure * 0.03)),
    // A line of 200 letters and more is no printed line: a short Word text has few long lines, but such ones.
    unwrapped: percentile(0.5) > 150 || (long.length >= 5 && longEnded / long.length >= 0.6) || (veryLong && longEnded / long.length >= 0.5),
    blankParagraphs: !doubleSpaced && content.length >= 10 && gaps >= 4 && gaps / content.length >= 0.08,
    paragraphIndent,
  };
}

/** Which of the columns (by where each stands) a cell at `at` belongs to: the nearest; the first of equals. */
export function nearestColumn(columns: number[], at: number): number {
  let best = 0;
  columns.forEach((column, k) => {
    if (Math.abs(column - at) < Math.abs(columns[best]! - at)) best = k;
  });
  return best;
}
