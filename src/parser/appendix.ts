/**
 * Appendices (Phụ lục) after the signature: a title line ("PHỤ LỤC 1",
 * "Phụ lục"), the lines that name it (in capitals, or "(Kèm theo …)"), then
 * its text — usually a table, which extraction gives row by row (cells at
 * wide gaps or "|") or cell by cell. Rows and numbers in it are text, never
 * provisions of the body.
 */
import { fold, isAllUpper } from '../text/fold.js';
import type { AppendixNode, HeadingNode, ParagraphNode } from './nodes.js';
import { spanOf, textAt } from './position.js';
import type { StreamLine } from './stream.js';

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

function cellsOf(text: string): string[] {
  return text
    .split(/\s{3,}|\s*\|\s*/u)
    .map((cell) => cell.trim())
    .filter(Boolean);
}

/** Read the appendices in `stream[from, to)`, each opening at a title line. */
export function readAppendices(stream: StreamLine[], from: number, to: number): AppendixNode[] {
  const appendices: AppendixNode[] = [];
  let current: AppendixNode | null = null;
  let naming = false;
  for (let index = from; index < to; index++) {
    const item = stream[index]!;
    const text = textAt(item.line, item.line.indent, item.line.text.length);
    if (isAppendixTitle(item.content)) {
      const title: HeadingNode = { type: 'heading', children: [text], position: text.position };
      current = { type: 'appendix', children: [title], position: title.position, data: { subtitleLines: 0, rows: [] } };
      appendices.push(current);
      naming = true;
      continue;
    }
    if (!current) continue;
    const paragraph: ParagraphNode = { type: 'paragraph', children: [text], position: text.position };
    current.children.push(paragraph);
    current.position = spanOf(current.children);
    // The naming lines: capitals or "(Kèm theo …)" right under the title, up to a rule.
    // (A table's first cell in capitals — "STT", "TT" — is no subtitle: a subtitle has words.)
    const named = (isAllUpper(item.content) && item.content.split(/\s+/).length >= 3) || /^\(/.test(item.content) || (current.data.subtitleLines > 0 && /^\S.*\)$/.test(item.content) && !item.blanksBefore);
    if (naming && current.data.subtitleLines < 4 && !/^[-_–=]{3,}$/.test(item.content) && named) {
      current.data.subtitleLines++;
      continue;
    }
    naming = false;
    const cells = cellsOf(item.line.text);
    if (cells.length >= 2) current.data.rows.push(cells);
  }
  return appendices;
}
