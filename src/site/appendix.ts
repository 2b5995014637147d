/**
 * An appendix laid out for reading: its lines as paragraphs, and the runs
 * of lines that are table rows (`rows`, `rowLines`) as tables, so that a
 * plan's task table keeps its columns on the page and in print — a table
 * written one cell a line (`cellTables`) too. A table's
 * first row is its head when no cell of it is a number (the "TT", "Tên
 * nhiệm vụ", "Đơn vị chủ trì" row). Linear in the appendix's lines.
 */
import type { Appendix, Provision } from '../schemas/document.js';

export type AppendixBlock =
  | { type: 'text'; text: string }
  | { type: 'table'; head: string[] | null; rows: string[][]; width: number };

export function appendixBlocks(appendix: Appendix): AppendixBlock[] {
  const rowAt = new Map(appendix.rowLines.map((line, k) => [line, appendix.rows[k]!]));
  const out: AppendixBlock[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (table.length === 0) return;
    // A lone row is a line that happened to have a wide gap, not a table.
    if (table.length === 1) out.push({ type: 'text', text: table[0]!.join(' ') });
    else {
      const first = table[0]!;
      const head = first.every((cell) => !/^\(?\d+\)?\.?$/u.test(cell.trim())) ? first : null;
      const rows = head ? table.slice(1) : table;
      out.push({ type: 'table', head, rows, width: Math.max(...table.map((r) => r.length)) });
    }
    table = [];
  };
  // Tables written one cell a line (a Word table read cell by cell), laid out again with their columns.
  const cellTableAt = new Map((appendix.cellTables ?? []).map((t) => [t.from, t]));
  let skipTo = -1;
  appendix.lines.forEach((text, i) => {
    if (i < skipTo) return;
    const cellTable = cellTableAt.get(i);
    if (cellTable) {
      flush();
      out.push({ type: 'table', head: cellTable.head, rows: cellTable.rows, width: Math.max(cellTable.head.length, ...cellTable.rows.map((r) => r.length)) });
      skipTo = cellTable.to;
      return;
    }
    const row = rowAt.get(i);
    if (row) {
      table.push(row);
      return;
    }
    flush();
    out.push({ type: 'text', text });
  });
  flush();
  return out;
}

/** A row filled out to the table's width, so every row has as many cells as the widest. */
export function padded(row: string[], width: number): string[] {
  return row.length >= width ? row : [...row, ...Array.from({ length: width - row.length }, () => '')];
}

export type ProvisionBlock = { type: 'text'; index: number } | { type: 'table'; head: string[]; rows: string[][]; width: number };

/**
 * A provision's paragraphs laid out for reading: a table it holds
 * (`tables`, the paragraphs [from, to) it spans) in its place with its
 * columns, every other paragraph as text. Linear in the paragraphs.
 */
export function provisionBlocks(provision: Provision): ProvisionBlock[] {
  const tableAt = new Map((provision.tables ?? []).map((t) => [t.from, t]));
  const out: ProvisionBlock[] = [];
  for (let i = 0; i < provision.paragraphs.length; i++) {
    const table = tableAt.get(i);
    if (table && table.to > i) {
      out.push({ type: 'table', head: table.head, rows: table.rows, width: Math.max(table.head.length, ...table.rows.map((r) => r.length)) });
      i = table.to - 1;
    } else out.push({ type: 'text', index: i });
  }
  return out;
}
