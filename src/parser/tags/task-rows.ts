/**
 * A plan's task table: the rows of an appendix (or any table the text lays
 * out in cells) under a head naming its columns — "TT", "Nội dung nhiệm
 * vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
 * "Sản phẩm" — each row a duty of its own: its number as printed, its task,
 * and the cells that name its lead and supporting bodies and its deadline.
 * Group rows ("I", "II" with a title) and rows with no number are not
 * duties. Pure; linear in the rows.
 */
import { fold } from '../../text/fold.js';

export type Column = 'number' | 'task' | 'lead' | 'support' | 'deadline' | 'product';

/** A column's role by the words of its head (folded); deadline words first ("thời gian thực hiện" is no doer). */
const ROLES: Array<[RegExp, Column]> = [
  [/^(?:s?tt|so tt|so thu tu)\.?$/u, 'number'],
  [/\b(?:thoi gian|thoi han|tien do|hoan thanh|moc thoi gian)\b/u, 'deadline'],
  [/\bphoi hop\b/u, 'support'],
  [/\b(?:chu tri|thuc hien|phu trach|dau moi)\b/u, 'lead'],
  [/\b(?:san pham|ket qua|hinh thuc)\b/u, 'product'],
  [/\b(?:noi dung|nhiem vu|cong viec|ten)\b/u, 'task'],
];

/** The roles of a head row's columns, or null when it is not a task table's head (no task or no lead column). */
export function columnsOf(head: string[]): Array<Column | null> | null {
  const roles = head.map((cell) => {
    const folded = fold(cell.normalize('NFC')).replace(/\s+/gu, ' ').trim();
    return ROLES.find(([re]) => re.test(folded))?.[1] ?? null;
  });
  return roles.includes('task') && roles.includes('lead') ? roles : null;
}

/** One row of a task table, its cells by role. */
export interface TaskCells {
  /** Which of the given rows it is. */
  index: number;
  /** Its number as printed ("8"). */
  number: string;
  task: string;
  lead: string;
  support: string;
  deadline: string;
  /** A table written one cell a line (a Word table read cell by cell): the line of each cell, by role. */
  lines?: Partial<Record<Column, number[]>>;
}

/** A duty's number: "1", "01", "1.", "(1)", "1.2" — not a group's "I", "A". */
const NUMBER = /^\(?\d{1,3}(?:\.\d{1,3})*\)?\.?$/u;

/** The duties of the task tables among `rows`: each head row opens a table, each numbered row under it is a duty. */
export function taskRowsOf(rows: string[][]): TaskCells[] {
  const out: TaskCells[] = [];
  let columns: Array<Column | null> | null = null;
  rows.forEach((cells, index) => {
    const head = columnsOf(cells);
    if (head) {
      columns = head;
      return;
    }
    if (!columns) return;
    // The number stands first; a row that lost an empty cell keeps its number and task in place.
    const at = (role: Column) => {
      const k = columns!.indexOf(role);
      return k >= 0 ? (cells[k] ?? '').trim() : '';
    };
    const number = columns.includes('number') ? at('number') : String(out.length + 1);
    // Not a duty: a group's row ("I", "A"), or the row numbering the columns ("(1)", "(2)", …).
    if (!NUMBER.test(number) || NUMBER.test(at('task'))) return;
    out.push({ index, number: number.replace(/^\(|\)?\.?$/gu, ''), task: at('task'), lead: at('lead'), support: at('support'), deadline: at('deadline') });
  });
  return out;
}

/**
 * The duties of a task table written one cell a line, as a Word table read
 * cell by cell gives it: a head of short lines opening at "TT" ("TT", "Tên
 * nhiệm vụ", "Sở, ngành chủ trì", …), perhaps a line per column numbering
 * them ("(1)", "(2)", …), then each row as its number on a line and its
 * cells on the lines after it, in the head's order, up to the next number.
 * An empty cell leaves no line, so the cells after it would shift: a row
 * with more lines than the head has columns, or fewer than up to its lead,
 * is left out rather than misread.
 */
export function taskRowsOfLines(lines: string[]): TaskCells[] {
  return taskTablesOfLines(lines).tasks;
}

/** A table written one cell a line, as a page lays it out again: the lines it spans, its head, its rows' cells. */
export interface CellTable {
  /** The lines [from, to) it spans. */
  from: number;
  to: number;
  head: string[];
  rows: string[][];
}

/** The duties of the tables written one cell a line, and the tables themselves (every line of their span in a cell). */
export function taskTablesOfLines(lines: string[]): { tasks: TaskCells[]; tables: CellTable[] } {
  const out: TaskCells[] = [];
  const tables: CellTable[] = [];
  const isNumber = (line: string | undefined) => line !== undefined && /^\d{1,3}(?:\.\d{1,3})*\.?$/u.test(line.trim());
  const isColumnNumber = (line: string | undefined) => line !== undefined && /^\(\d{1,2}\)$/u.test(line.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:s?tt|so tt)\.?$/u.test(fold(lines[i]!.trim()))) continue;
    // The head: short lines after "TT", up to the first number.
    let j = i + 1;
    while (j < lines.length && j - i <= 8 && lines[j]!.trim().length <= 60 && !isNumber(lines[j]) && !isColumnNumber(lines[j])) j++;
    const columns = columnsOf(lines.slice(i, j));
    if (!columns) continue;
    const table: CellTable = { from: i, to: j, head: lines.slice(i, j).map((l) => l.trim()), rows: [] };
    const numbering: string[] = [];
    while (j < lines.length && isColumnNumber(lines[j])) numbering.push(lines[j++]!.trim());
    if (numbering.length > 0) table.rows.push(numbering);
    const leadAt = columns.indexOf('lead');
    let placedTo = j;
    let placedRows = table.rows.length;
    while (j < lines.length && isNumber(lines[j])) {
      // Its cells: the lines up to the next number (a few more than the head has, to see that there are).
      let end = j + 1;
      while (end < lines.length && !isNumber(lines[end]) && end - j <= columns.length + 2) end++;
      // A cell of two paragraphs ("… phường;" / "Ban công tác …") gives two lines: a line after one ending a list
      // item (";", ",") or starting in lower case goes with it.
      const cells: Array<{ text: string; at: number[] }> = [];
      lines.slice(j + 1, end).forEach((line, k) => {
        const text = line.trim();
        const last = cells.at(-1);
        if (last && (/[;,]$/u.test(last.text) || /^\p{Ll}/u.test(text))) cells[cells.length - 1] = { text: `${last.text}\n${text}`, at: [...last.at, j + 1 + k] };
        else cells.push({ text, at: [j + 1 + k] });
      });
      table.rows.push([lines[j]!.trim(), ...cells.map((c) => c.text.replace(/\n/gu, ' '))]);
      if (cells.length >= leadAt && cells.length <= columns.length - 1) {
        const index: Partial<Record<Column, number[]>> = {};
        const text = (role: Column) => {
          const k = columns.indexOf(role);
          if (k < 1 || k > cells.length) return '';
          index[role] = cells[k - 1]!.at;
          return cells[k - 1]!.text;
        };
        out.push({ index: j, number: lines[j]!.trim().replace(/\.$/u, ''), task: text('task'), lead: text('lead'), support: text('support'), deadline: text('deadline'), lines: index });
        placedTo = end;
        placedRows = table.rows.length;
      }
      j = end;
    }
    // A last row that could not be placed may have run on into the text after the table: that text stays text.
    if (j > placedTo) {
      table.rows = table.rows.slice(0, placedRows);
      j = placedTo;
    }
    table.to = j;
    if (table.rows.length > 0) tables.push(table);
    i = j - 1;
  }
  return { tasks: out, tables };
}
