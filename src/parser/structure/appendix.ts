/**
 * Appendices (Phụ lục) after the signature: a title line ("PHỤ LỤC 1",
 * "Phụ lục"), the lines that name it (in capitals, or "(Kèm theo …)"), then
 * its text — usually a table, which extraction gives row by row (cells at
 * wide gaps or "|") or cell by cell. Rows and numbers in it are text, never
 * provisions of the body.
 *
 * A document issued with the directive and printed after its signature
 * ("QUY CHẾ …" / "(Ban hành kèm theo Quyết định số …)") is an appendix too,
 * with the header it repeats (issuer, national motto) kept as its own.
 */
import { fold, isAllUpper } from '../../text/fold.js';
import { documentTypeOf, hintedCells } from '../input/classify.js';
import type { AppendixNode, HeadingNode, ParagraphNode } from '../nodes.js';
import { spanOf, textAt } from '../position.js';
import type { StreamLine } from '../input/stream.js';

/** "PHỤ LỤC 1", "Phụ lục số 02", "PHỤ LỤC II", with up to three tokens of OCR noise before it. */
export function isAppendixTitle(text: string): boolean {
  if (text.length > 48) return false;
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  const found = /(?:^|\s)phu luc(?:\s+(?:so\s*)?[0-9ivxlc]{1,4})?\s*[.:]?$/.exec(folded);
  if (!found) return false;
  const before = folded.slice(0, found.index).trim();
  const titleText = text.slice(found.index).trim();
  return (before === '' || before.split(' ').length <= 3) && (isAllUpper(titleText) || /^\s*Phụ lục/u.test(titleText));
}

/** "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Kế hoạch số …)". */
const ATTACHED_TO = /^\((?:ban hanh )?kem theo\b/;
/** Lines of a header an attached document repeats: its issuer, the national motto, rules. */
const HEADER_LINE = /^(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|[-_*–=\s]+)$/;

/**
 * Where a document attached after the signature starts: its type line in
 * capitals ("QUY CHẾ") with "(Ban hành kèm theo …)" within the next lines,
 * and the header lines it repeats above it. -1 when there is none.
 */
export function attachmentStart(stream: StreamLine[], from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (!documentTypeOf(stream[index]!.content)) continue;
    const below = stream.slice(index + 1, Math.min(to, index + 5));
    if (!below.some((item) => ATTACHED_TO.test(fold(item.content)))) continue;
    let start = index;
    // Up over the repeated header: the motto, rules and the issuer's lines in capitals.
    while (start > from && start > index - 6 && stream[start]!.blanksBefore === 0) {
      const above = stream[start - 1]!.content;
      if (!HEADER_LINE.test(fold(above).trim()) && !(isAllUpper(above) && above.length <= 80)) break;
      start--;
    }
    return start;
  }
  return -1;
}

function cellsOf(text: string): string[] {
  return text
    .split(/\s{3,}|\s*\|\s*/u)
    .map((cell) => cell.trim())
    .filter(Boolean);
}

/**
 * A Word table's row written with tabs: one cell per field between tabs,
 * an empty cell kept empty (so that every cell stays under its column's
 * head), trailing empty cells dropped.
 */
export function tabFields(text: string, tabs: number[]): string[] {
  const bounds = [0, ...tabs, text.length];
  const cells: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) cells.push(text.slice(bounds[k]!, bounds[k + 1]!).trim());
  while (cells.length > 0 && cells.at(-1) === '') cells.pop();
  return cells;
}

/** Read the appendices in `stream[from, to)`, each opening at a title line (or at one of `titles`, where an editor says one starts). */
export function readAppendices(stream: StreamLine[], from: number, to: number, titles: ReadonlySet<number> = new Set()): AppendixNode[] {
  const appendices: AppendixNode[] = [];
  let current: AppendixNode | null = null;
  let naming = false;
  /** Header lines of an attached document, held until its type line opens it. */
  let held: ParagraphNode[] = [];
  /** The attached document's "(Ban hành kèm theo …)" line has begun, has ended. */
  let attachedOpen = false;
  let attachedNamed = false;
  const attached = from < to && !isAppendixTitle(stream[from]!.content) && !titles.has(from);
  for (let index = from; index < to; index++) {
    const item = stream[index]!;
    const text = textAt(item.line, item.line.indent, item.line.text.length);
    const opensAttached = attached && appendices.length === 0 && documentTypeOf(item.content) !== null;
    // An editor's correction names a title the parser would not know ("DANH SÁCH …").
    if (isAppendixTitle(item.content) || opensAttached || titles.has(index)) {
      const title: HeadingNode = { type: 'heading', children: [text], position: text.position };
      current = { type: 'appendix', children: [...held, title], position: spanOf([...held, title]), data: { headerLines: held.length, subtitleLines: 0, rows: [], rowLines: [] } };
      held = [];
      appendices.push(current);
      naming = true;
      continue;
    }
    if (!current) {
      if (attached) held.push({ type: 'paragraph', children: [text], position: text.position });
      continue;
    }
    const paragraph: ParagraphNode = { type: 'paragraph', children: [text], position: text.position };
    current.children.push(paragraph);
    current.position = spanOf(current.children);
    // The naming lines: capitals or "(Kèm theo …)" right under the title, up to a rule.
    // (A table's first cell in capitals — "STT", "TT" — is no subtitle: a subtitle has words.)
    // An attached document's trích yếu is in sentence case, up to its "(Ban hành kèm theo …)".
    const trichYeu = current.data.headerLines > 0 || (attached && appendices.length === 1) ? !attachedNamed : false;
    const named = trichYeu || (isAllUpper(item.content) && item.content.split(/\s+/).length >= 3) || /^\(/.test(item.content) || (current.data.subtitleLines > 0 && /^\S.*\)$/.test(item.content) && !item.blanksBefore);
    if (attached && ATTACHED_TO.test(fold(item.content))) attachedOpen = true;
    if (attachedOpen && /\)\s*$/.test(item.content)) attachedNamed = true;
    if (naming && current.data.subtitleLines < 4 && !/^[-_–=]{3,}$/.test(item.content) && named) {
      current.data.subtitleLines++;
      continue;
    }
    naming = false;
    const cells = hintedCells(item.line)?.map((c) => c.text) ?? (item.line.tabs ? tabFields(item.line.text, item.line.tabs) : cellsOf(item.line.text));
    if (cells.filter(Boolean).length >= 2) {
      current.data.rows.push(cells);
      // Its place among the lines after the title and its naming lines.
      current.data.rowLines.push(current.children.length - current.data.headerLines - 2 - current.data.subtitleLines);
    }
  }
  return appendices;
}
