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
import { cellDeadlines } from './deadlines.js';

export type Column = 'number' | 'task' | 'lead' | 'support' | 'deadline' | 'product' | 'start';

/** A column's role by the words of its head (folded); deadline words first ("thời gian thực hiện" is no doer). */
const ROLES: Array<[RegExp, Column]> = [
  [/^(?:s?tt|so tt|so thu tu)\.?$/u, 'number'],
  // "Thời gian bắt đầu", "Bắt đầu": when a task starts, no deadline.
  [/\b(?:bat dau|khoi dong)\b/u, 'start'],
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
  /** A table laid out in columns side by side (pdftotext -layout): each cell's words on each of its lines, by role. */
  pieces?: Partial<Record<Column, Piece[]>>;
  /** Its cells after the number under their columns' heads, as printed ("Cơ quan chủ trì" — "Sở Y tế"). */
  cells: Array<{ head: string; text: string }>;
  /** Its lead cell left empty under one merged down from a row above: that row's index among the duties found. */
  leadAbove?: number;
}

/** A row's cells after its number (the first column), each under its head; a cell it lacks is empty. */
const underHeads = (head: string[], cells: string[]) => head.slice(1).map((h, k) => ({ head: h.replace(/\s+/gu, ' ').trim(), text: (cells[k + 1] ?? '').replace(/\s+/gu, ' ').trim() }));

/** The line (folded) that opens a table written a cell a line: its number column's head, "TT". */
export const TABLE_HEAD = /^(?:s?tt|so tt)\.?$/u;

/** A duty's number: "1", "01", "1.", "(1)", "1.2" — not a group's "I", "A". */
const NUMBER = /^\(?\d{1,3}(?:\.\d{1,3})*\)?\.?$/u;

/** The duties of the task tables among `rows`: each head row opens a table, each numbered row under it is a duty. */
export function taskRowsOf(rows: string[][]): TaskCells[] {
  const out: TaskCells[] = [];
  let columns: Array<Column | null> | null = null;
  let heads: string[] = [];
  let headRow = -1;
  let lastLead = -1;
  rows.forEach((cells, index) => {
    const head = columnsOf(cells);
    if (head) {
      columns = head;
      heads = cells;
      headRow = index;
      lastLead = -1;
      return;
    }
    if (!columns) return;
    // A second head row under a head cell spanning two columns ("Thời gian" over "Bắt đầu" / "Hoàn thành"): its names join the heads.
    if (index === headRow + 1 && !(cells[0] ?? '').trim() && cells.some((c) => c.trim())) {
      heads = heads.map((h, k) => (cells[k]?.trim() ? `${h} ${cells[k]!.trim()}`.trim() : h));
      for (let k = heads.length; k < cells.length; k++) heads.push(cells[k]!.trim());
      columns = columnsOf(heads) ?? columns;
      return;
    }
    // The number stands first; a row that lost an empty cell keeps its number and task in place.
    const at = (role: Column) => {
      const k = columns!.indexOf(role);
      return k >= 0 ? (cells[k] ?? '').trim() : '';
    };
    const number = columns.includes('number') ? at('number') : String(out.length + 1);
    // Not a duty: a group's row ("I", "A"), or the row numbering the columns ("(1)", "(2)", …).
    if (!NUMBER.test(number) || NUMBER.test(at('task'))) return;
    // A group's row numbered like a duty ("1⇥Nắm tình hình …" over "1.1", "1.2"): a title and nothing else.
    const next = rows[index + 1]?.[columns.indexOf('number')]?.trim() ?? '';
    const bare = number.replace(/\.$/u, '');
    if (next.startsWith(`${bare}.`) && next.length > bare.length + 1 && !at('lead') && !at('support') && !at('deadline')) return;
    const lead = at('lead');
    // An empty lead cell under a lead merged down from the row above (a Word table's merged cell, written once).
    const leadAbove = !lead && lastLead >= 0 ? lastLead : undefined;
    if (lead) lastLead = out.length;
    out.push({ index, number: number.replace(/^\(|\)?\.?$/gu, ''), task: at('task'), lead, support: at('support'), deadline: at('deadline'), cells: underHeads(heads, cells), ...(leadAbove !== undefined ? { leadAbove } : {}) });
  });
  return out;
}

/**
 * How well a cell's words fit a column: the stage knows the bodies by name
 * and the document's year; without them, a body is a name that opens with a
 * body's head word and a deadline is what the deadline rules read.
 */
export interface CellFit {
  (role: Column | null, text: string): number;
  /** How strongly two lines read as one name broken across them ("Ủy ban Mặt trận Tổ quốc" / "Việt Nam huyện"). */
  bridge?: (a: string, b: string) => number;
}

const BODY_HEAD = new RegExp(
  String.raw`^(?:các |cac )?(?:${[
    'ban', 'sở', 'ủy ban', 'ubnd', 'công an', 'phòng', 'văn phòng', 'đoàn', 'hội', 'chi bộ', 'chi cục', 'chi nhánh', 'đảng ủy', 'đảng bộ',
    'huyện ủy', 'thành ủy', 'tỉnh ủy', 'thường trực', 'mặt trận', 'trung tâm', 'bộ', 'cục', 'tổng cục', 'viện', 'bệnh viện', 'trường', 'trạm',
    'đội', 'hạt', 'kho bạc', 'thanh tra', 'tòa án', 'liên đoàn', 'bảo hiểm', 'ngân hàng', 'viễn thông', 'bưu điện', 'đài', 'báo', 'công ty',
    'tập đoàn', 'hợp tác xã', 'quỹ', 'lực lượng', 'bộ chỉ huy', 'huyện đoàn', 'tỉnh đoàn', 'thành đoàn', 'xã đoàn', 'người đứng đầu',
    'giám đốc', 'chủ tịch', 'trưởng', 'phó', 'cấp ủy', 'chính quyền', 'đơn vị', 'cơ quan', 'địa phương', 'tổ', 'xã', 'phường', 'huyện', 'tỉnh', 'thôn',
  ].join('|')})(?![\p{L}])`,
  'iu',
);

/**
 * How well a cell's words fit the deadline column: well when a deadline the
 * rules read fills most of it ("Xong trong tháng 3/2026"), badly when other
 * words fill it ("Công an huyện" / "Xong trong tháng 3/2026").
 */
export function deadlineFit(text: string, year: number | null): number {
  const found = cellDeadlines(text, year);
  if (found.length === 0) return -3;
  // Words of the cell outside every deadline found: one or two ("Xong", "Hoàn thành") cost little, more cost
  // more ("Hoàn thành đầu tư, lắp đặt … xong trước ngày …" is still a deadline's cell, if a wordy one).
  let outside = text;
  for (const d of found) outside = outside.replace(d.text, ' ');
  const left = outside.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(0.5, 3 - 0.5 * Math.min(left, 2) - 0.4 * Math.max(0, left - 2));
}

/**
 * The fit of a cell to a column by its head words: bodies by the words their
 * names open with, deadlines by `isDated` (the deadline rules).
 */
export function headWordFit(isDated: (text: string) => boolean, year: number | null = null): CellFit {
  return (role, text) => headWordScore(role, text, isDated(text), year);
}

/** The fit of a cell to a column with no vocabulary: deadlines by the deadline rules, bodies by their head words. */
export const plainFit: CellFit = headWordFit((text) => cellDeadlines(text, null).length > 0);

function headWordScore(role: Column | null, text: string, dated: boolean, year: number | null): number {
  // A name opens in capitals ("Hạt Kiểm lâm", "UBND") or with "các"; "huyện" alone is a line of one run on.
  const bodyLike = text.split(';').every((part) => !part.trim() || (/^(?:các |\p{Lu})/u.test(part.trim()) && BODY_HEAD.test(part.trim())));
  switch (role) {
    case 'deadline':
      return deadlineFit(text, year);
    case 'lead':
    case 'support':
      // A cell opens in capitals or with "các"; one opening in lower case is a line run on from the cell before.
      return (bodyLike ? 2 : -3) - (dated ? 4 : 0) - (/^(?!các )\p{Ll}/u.test(text.trim()) ? 2 : 0);
    case 'task':
      return (bodyLike ? -1 : 1) - (dated && text.length < 40 ? 2 : 0);
    // A column of notes or of products rarely holds the deadline the table has a column for.
    default:
      return dated ? -2 : 0;
  }
}

/** Words a cell's line ends with when the cell runs on to the next line ("… của" / "phường", "Trước 17 giờ ngày" / "28/8/2026"). */
const RUNS_ON = /(?:[,;(–-]|\b(?:và|của|các|những|tại|với|đến|trong|về|cho|từ|trước|sau|hoặc|theo|ngày|tháng|năm|giờ|quý|để|trên|dưới|phối hợp|chủ trì|thành viên))$/iu;

/** How much two lines of a row read as one cell (positive) or two (negative). */
function joinScore(a: string, b: string, fits: CellFit): number {
  let score = fits.bridge?.(a, b) ?? 0;
  if (/^\p{Ll}/u.test(b)) score += 2;
  if (RUNS_ON.test(a.trim())) score += 2;
  if (/^\d/u.test(b) && /\b(?:ngày|tháng|năm|giờ)$/iu.test(a.trim())) score += 1;
  if (/^\p{Lu}/u.test(b) && !RUNS_ON.test(a.trim())) score -= 1;
  if (/[.:]$/u.test(a.trim())) score -= 1;
  return score;
}

/**
 * Lines of a row's cells parted into the columns after its number, in
 * order: each column takes the lines that read best as its cell (the
 * deadline column a deadline, the doers' columns bodies' names), a line
 * running on from the one before (lower case, after ";", after "ngày")
 * staying with it, an empty cell leaving no line. Null when no parting is
 * clearly better than the next best — a row left out rather than misread.
 * Dynamic programming over (line, column): quadratic in the row's lines,
 * which are few (at most 24).
 */
export function partCells(lines: string[], roles: Array<Column | null>, fits: CellFit = plainFit): string[][] | null {
  const n = lines.length;
  const m = roles.length;
  if (n === 0 || n > 24 || m === 0) return null;
  // How each line holds to the one before it, once per pair, summed from the row's start: a cell's inner joins in O(1).
  const joins = [0, 0];
  for (let k = 1; k < n; k++) joins.push(joins[k]! + joinScore(lines[k - 1]!, lines[k]!, fits));
  const joinAt = (k: number) => joins[k + 1]! - joins[k]!;
  // Score of column c taking lines [t, u): its fit, and how its lines hold together.
  const cellScore = (c: number, t: number, u: number) => {
    if (u === t) return roles[c] === 'task' || roles[c] === 'lead' ? -6 : -1.5;
    let score = fits(roles[c] ?? null, lines.slice(t, u).join('\n'));
    score += joins[u]! - joins[t + 1]!;
    if (t > 0) score -= joinAt(t);
    return score;
  };
  // best[c][t]: the two best scores of columns [0, c) taking lines [0, t), and the first's cut.
  type Cell = { score: number; second: number; from: number };
  const best: Cell[][] = Array.from({ length: m + 1 }, () => Array.from({ length: n + 1 }, () => ({ score: -Infinity, second: -Infinity, from: -1 })));
  best[0]![0] = { score: 0, second: -Infinity, from: -1 };
  for (let c = 0; c < m; c++) {
    for (let t = 0; t <= n; t++) {
      const here = best[c]![t]!;
      if (here.score === -Infinity) continue;
      for (let u = t; u <= n; u++) {
        const add = cellScore(c, t, u);
        const next = best[c + 1]![u]!;
        // Two distinct readings: the best and second best here, each taking [t, u); the first never loses to the second, so a cut kept is the best path's.
        for (const total of [here.score + add, here.second + add]) {
          if (total > next.score) {
            next.second = next.score;
            next.score = total;
            next.from = t;
          } else if (total > next.second) next.second = total;
        }
      }
    }
  }
  const end = best[m]![n]!;
  // Two readings almost as good: nothing says which, so none.
  if (end.score === -Infinity || end.score - end.second < 1) return null;
  const cells: string[][] = [];
  for (let c = m, u = n; c > 0; c--) {
    const t = best[c]![u]!.from;
    cells.unshift(lines.slice(t, u));
    u = t;
  }
  return cells;
}

/** A row's number: "1", "01", "1.", "1.2". */
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;

/** Whether `next` follows `number` in a table's numbering ("3" → "4"; "1.2" → "1.3", "2", "2.1"). */
function follows(number: string | null, next: string): boolean {
  const parts = next.replace(/\.$/u, '').split('.').map(Number);
  if (number === null) return parts[0]! <= 3;
  const prev = number.replace(/\.$/u, '').split('.').map(Number);
  if (parts.length === prev.length && parts.slice(0, -1).every((p, k) => p === prev[k]) && parts.at(-1) === prev.at(-1)! + 1) return true;
  if (parts[0] === prev[0]! + 1 && parts.slice(1).every((p) => p === 1)) return true;
  return parts.length === prev.length + 1 && parts.slice(0, -1).every((p, k) => p === prev[k]) && parts.at(-1) === 1;
}

/**
 * The duties of a task table written one cell a line — a Word table read
 * cell by cell, or a PDF's table read in reading order, where a long cell
 * wraps onto several lines: a head of short lines opening at "TT" ("TT",
 * "Nội dung nhiệm vụ", "Thời gian hoàn" / "thành", …), perhaps a line per
 * column numbering them ("(1)", "(2)", …), then each row as its number on
 * a line and its cells' lines after it, up to the next number in sequence
 * (a lone page number just before it is not the row's). A row's lines are
 * parted into its cells by `partCells`; a row they cannot be parted into
 * clearly is left out rather than misread.
 */
export function taskRowsOfLines(lines: string[], fits: CellFit = plainFit): TaskCells[] {
  return taskTablesOfLines(lines, fits).tasks;
}

/** A table written one cell a line, as a page lays it out again: the lines it spans, its head, its rows' cells. */
export interface CellTable {
  /** The lines [from, to) it spans. */
  from: number;
  to: number;
  head: string[];
  rows: string[][];
}

/** Where a table's text ends at the latest: a provision's mark, a note, the closing's formulas. */
const AFTER_TABLE = /^(?:[IVX]+\.\s|\d{1,2}\.\s+\p{Lu}|[a-zđ]\)\s|Ghi chú|Nơi nhận|Trên đây|T\/M|KT\.)/u;

/** The duties of the tables written one cell a line, and the tables themselves (every line of their span in a cell). */
export function taskTablesOfLines(lines: string[], fits: CellFit = plainFit): { tasks: TaskCells[]; tables: CellTable[] } {
  const out: TaskCells[] = [];
  const tables: CellTable[] = [];
  const text = (k: number) => lines[k]?.trim() ?? '';
  const isNumber = (k: number) => ROW_NUMBER.test(text(k));
  const isColumnNumber = (k: number) => /^\(\d{1,2}\)$/u.test(text(k));
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_HEAD.test(fold(text(i)))) continue;
    // The head: short lines after "TT", up to the first number; a line in lower case continues the head before it.
    let j = i + 1;
    const head = [text(i)];
    while (j < lines.length && j - i <= 10 && text(j).length <= 60 && !isNumber(j) && !isColumnNumber(j)) {
      if (/^\p{Ll}/u.test(text(j)) && head.length > 1) head[head.length - 1] = `${head.at(-1)} ${text(j)}`;
      else head.push(text(j));
      j++;
    }
    const columns = columnsOf(head);
    if (columns?.[0] !== 'number') continue;
    const roles = columns.slice(1);
    const table: CellTable = { from: i, to: j, head, rows: [] };
    const numbering: string[] = [];
    while (j < lines.length && isColumnNumber(j)) numbering.push(text(j++));
    if (numbering.length > 0) table.rows.push(numbering);
    let placedTo = j;
    let placedRows = table.rows.length;
    let number: string | null = null;
    while (j < lines.length && isNumber(j) && follows(number, text(j))) {
      number = text(j);
      // Its lines: up to the next number in sequence; a lone number just before that one is a page's.
      const own: number[] = [];
      let end = j + 1;
      for (; end < lines.length && end - j <= 25; end++) {
        if (isNumber(end) && follows(number, text(end))) break;
        if (isNumber(end) && end + 1 < lines.length && isNumber(end + 1) && follows(number, text(end + 1))) continue;
        if (AFTER_TABLE.test(text(end))) break;
        own.push(end);
      }
      const cells = partCells(own.map(text), roles, fits);
      if (cells) {
        const at: number[][] = [];
        let k = 0;
        for (const cell of cells) {
          at.push(own.slice(k, k + cell.length));
          k += cell.length;
        }
        table.rows.push([number, ...cells.map((cell) => cell.join(' '))]);
        const index: Partial<Record<Column, number[]>> = {};
        const cellOf = (role: Column) => {
          const c = roles.indexOf(role);
          if (c < 0 || cells[c]!.length === 0) return '';
          index[role] = at[c]!;
          return cells[c]!.join('\n');
        };
        const row = [number, ...cells.map((cell) => cell.join(' '))];
        out.push({ index: j, number: number.replace(/\.$/u, ''), task: cellOf('task'), lead: cellOf('lead'), support: cellOf('support'), deadline: cellOf('deadline'), lines: index, cells: underHeads(head, row) });
        placedTo = (own.at(-1) ?? j) + 1;
        placedRows = table.rows.length;
      } else {
        table.rows.push([number, ...own.map(text)]);
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

/** A line as a page lays it out: its text, and the page column (from 0) where that text starts. */
export interface PlacedLine {
  text: string;
  at: number;
}

/** A cell's words on one line of a table laid out in columns: the line, and where they stand in its text. */
export interface Piece {
  line: number;
  from: number;
  to: number;
}

/** A line's runs of words parted by two spaces or more, each with where it stands in the text and on the page. */
function runsOf(line: PlacedLine): Array<{ text: string; from: number; start: number; end: number }> {
  return [...line.text.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], from: m.index, start: line.at + m.index, end: line.at + m.index + m[0].length }));
}

/** A group's row in the number column ("I", "II", "A", "B"): part of the table, no duty. */
const GROUP = /^(?:[IVX]{1,5}|[A-Z])\.?$/u;

/**
 * The duties of task tables laid out in columns side by side, as pdftotext
 * -layout prints a PDF's table: a head line opening at "STT"/"TT" with its
 * columns' names (perhaps running on to a line or two: "Thời gian" /
 * "hoàn thành"), then each row's number at the left, its cells' words in
 * their columns and wrapped onto the lines after it, up to the next number
 * in sequence. The columns are where the head and the rows' first lines
 * leave a gap of two spaces or more between the heads; the table ends at a
 * line whose words cross a column's edge (prose again), a provision's
 * mark, or a line in the number column that is no row's number. A group's
 * row ("II   NÂNG CAO …") and the head printed again on a new page are
 * passed over. Linear in the lines and their length.
 */
export function columnTablesOfLines(lines: PlacedLine[]): { tasks: TaskCells[]; tables: CellTable[] } {
  const tasks: TaskCells[] = [];
  const tables: CellTable[] = [];
  const runs = lines.map(runsOf);
  for (let i = 0; i < lines.length; i++) {
    const head = runs[i]!;
    if (head.length < 3 || !TABLE_HEAD.test(fold(head[0]!.text))) continue;
    let roles = columnsOf(head.map((h) => h.text));
    if (roles?.[0] !== 'number') continue;
    // A row opens with its number, left of the second column's head.
    const opensRow = (k: number) => {
      const first = runs[k]?.[0];
      return first !== undefined && first.start < head[1]!.start && ROW_NUMBER.test(first.text);
    };
    // The head's words running on under it, each to the head nearest.
    const names = head.map((h) => h.text);
    let j = i + 1;
    while (j < lines.length && j - i <= 3 && !opensRow(j)) {
      for (const run of runs[j]!) {
        let k = 0;
        for (let c = 1; c < head.length; c++) if (Math.abs(head[c]!.start - run.start) < Math.abs(head[k]!.start - run.start)) k = c;
        names[k] = `${names[k]} ${run.text}`;
      }
      j++;
    }
    if (!opensRow(j)) continue;
    roles = columnsOf(names) ?? roles;
    // The block the table may span: to a provision's mark or the closing, rows at most 15 lines apart.
    let end = j;
    let lastRow = j;
    while (end < lines.length && !AFTER_TABLE.test(lines[end]!.text.trim()) && end - lastRow <= 15) {
      if (opensRow(end)) lastRow = end;
      end++;
    }
    // Columns: the page positions the head line and the rows' first lines leave empty, two or more in a run, between two heads.
    const measured = [i, ...range(j, end).filter(opensRow)];
    const width = Math.max(...measured.map((k) => lines[k]!.at + lines[k]!.text.length));
    const used = new Uint8Array(width + 1);
    for (const k of measured) for (const run of runs[k]!) used.fill(1, run.start, run.end);
    const edges = [0];
    for (let c = 1; c < head.length; c++) {
      // The last gap of two that ends before this head's words begin (or just after: a head set left of its words).
      let edge = -1;
      for (let p = head[c - 1]!.start + 1; p <= Math.min(width, head[c]!.start + 2); p++) if (used[p] === 0 && used[p - 1] === 0 && p > edges.at(-1)! + 1 && (used[p + 1] ?? 0) === 1) edge = p + 1;
      edges.push(edge > edges.at(-1)! ? edge : head[c]!.start);
    }
    const columnAt = (start: number) => {
      let c = 0;
      while (c + 1 < edges.length && edges[c + 1]! <= start) c++;
      return c;
    };
    // The rows: words by column, line by line.
    type Row = { number: string; at: number; pieces: Piece[][]; words: string[][] };
    const rows: Row[] = [];
    let row: Row | null = null;
    // A group's row ("II   NÂNG CAO …") and the head printed again on a new page, with the lines they run on to, are passed over.
    let passing = false;
    let to = j;
    for (let k = j; k < end; k++) {
      const parts = runs[k]!;
      const first = parts[0];
      if (first && ((columnAt(first.start) === 0 && GROUP.test(first.text)) || (TABLE_HEAD.test(fold(first.text)) && columnsOf(parts.map((run) => run.text))))) {
        passing = true;
        to = k + 1;
        continue;
      }
      if (passing && !opensRow(k)) {
        to = k + 1;
        continue;
      }
      passing = false;
      // Words across a column's edge are prose again (the last column runs on to the page's edge).
      if (parts.some((run) => columnAt(run.start) < edges.length - 1 && run.end > edges[columnAt(run.start) + 1]! + 1)) break;
      if (first && columnAt(first.start) === 0) {
        if (!ROW_NUMBER.test(first.text) || !follows(row?.number ?? null, first.text)) break;
        row = { number: first.text.replace(/\.$/u, ''), at: k, pieces: edges.map(() => []), words: edges.map(() => []) };
        rows.push(row);
      }
      if (!row) break;
      for (const run of parts) {
        const c = columnAt(run.start);
        if (c === 0) continue;
        row.pieces[c]!.push({ line: k, from: run.from, to: run.from + run.text.length });
        row.words[c]!.push(run.text);
      }
      to = k + 1;
    }
    if (rows.length === 0) continue;
    const table: CellTable = { from: i, to, head: names, rows: [] };
    for (const r of rows) {
      const cells = r.words.map((w) => w.join(' '));
      cells[0] = r.number;
      table.rows.push(cells);
      const pieces: Partial<Record<Column, Piece[]>> = {};
      const cellOf = (role: Column) => {
        const c = roles!.indexOf(role);
        if (c <= 0 || r.pieces[c]!.length === 0) return '';
        pieces[role] = r.pieces[c]!;
        return r.words[c]!.join('\n');
      };
      tasks.push({ index: r.at, number: r.number, task: cellOf('task'), lead: cellOf('lead'), support: cellOf('support'), deadline: cellOf('deadline'), pieces, cells: underHeads(names, cells) });
    }
    tables.push(table);
    i = to - 1;
  }
  return { tasks, tables };
}

/** The whole numbers from `from` up to `to`, not including it. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
