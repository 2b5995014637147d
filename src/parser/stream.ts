/**
 * The content lines of a text, in order, with what lies between them:
 * blank lines and page breaks. Page artefacts (page numbers) are left out
 * here, after being reported.
 */
import type { Layout } from './layout.js';
import type { SourceLine } from './normalise.js';

export interface StreamLine {
  line: SourceLine;
  /** The line without leading or trailing spaces. */
  content: string;
  /** Blank lines between this line and the previous content line. */
  blanksBefore: number;
  /** A page break (form feed, page number, stray-space line) comes right before this line. */
  pageBreakBefore: boolean;
}

/** Build the stream of content lines. */
export function toStream(lines: SourceLine[], isArtefact: (line: SourceLine) => boolean, layout: Layout): StreamLine[] {
  const stream: StreamLine[] = [];
  let blanks = 0;
  let artefactSeen = false;
  for (const line of lines) {
    if (line.blank) {
      blanks++;
      continue;
    }
    if (isArtefact(line)) {
      artefactSeen = true;
      continue;
    }
    const strayStart = layout.doubleSpaced && blanks === 0 && line.indent >= 1 && stream.length > 0;
    stream.push({
      line,
      content: line.text.trim(),
      blanksBefore: stream.length === 0 ? 0 : blanks,
      pageBreakBefore: artefactSeen || line.pageStart || strayStart,
    });
    blanks = 0;
    artefactSeen = false;
  }
  return stream;
}
