/**
 * Task tables as duties. A plan assigns much of its work in a table — in an
 * appendix, or inside a provision ("II. NHIỆM VỤ CỤ THỂ" and then the
 * table) — each numbered row a duty of its own: its bodies by cell, its
 * deadline, its citation ("dòng 8, Phụ lục 1", "dòng 3, bảng ở Mục II").
 * tags/task-rows.ts reads the rows; these stages place them in the tree:
 *
 * - `bodyTablesStage` (before the tags) finds the tables a provision's own
 *   lines hold, gives each of their lines a paragraph of its own, and marks
 *   them cells, so that the provision's prose is read apart from its table;
 * - the tags and deadlines stages add a table's rows to their provision
 *   (`rowRelations`, `rowDeadlines`): its lead bodies responsible, its
 *   supporting bodies coordinating, its deadlines in row order;
 * - `tasksStage` makes each row a duty of its own, in an appendix or a
 *   provision.
 */
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import type { BodyTag, Deadline, TaskRow } from '../schemas/document.js';
import type { BodyNode, ParagraphNode, ProvisionNode, RootNode } from './nodes.js';
import { spanOf, splitText } from './position.js';
import { findBodies, identify, type BodyMention } from './tags/bodies.js';
import { cellDeadlines, resolveSpan } from './tags/deadlines.js';
import { qualified } from './tags/jurisdiction.js';
import { tag, type FoundTag } from './tags/relations.js';
import { columnsOf, columnTablesOfLines, deadlineFit, headWordFit, TABLE_HEAD, taskRowsOf, taskTablesOfLines, type CellFit, type CellTable, type Column, type PlacedLine, type TaskCells } from './tags/task-rows.js';
import { runOf, TextRun } from './text-run.js';
import type { Vocabulary } from './vocabulary.js';
import { tabFields } from './structure/appendix.js';
import { fold, isAllUpper, slugify } from '../text/fold.js';

/**
 * How well a cell's words fit a column, knowing the bodies by name: a doers'
 * cell whose words are one known body fits it best, a task cell that is
 * only a body's name fits worst, and two lines a known name runs across
 * ("Ủy ban Mặt trận Tổ quốc" / "Việt Nam phường") hold together. Each text
 * is read once.
 */
export function cellFit(vocabulary: Vocabulary, year: number | null): CellFit {
  const named = new Map<string, number>();
  const dated = new Map<string, boolean>();
  const hasDeadline = (text: string) => {
    const known = dated.get(text);
    if (known !== undefined) return known;
    const found = cellDeadlines(text, year).length > 0;
    dated.set(text, found);
    return found;
  };
  const byHeadWords = headWordFit(hasDeadline, year);
  // The share of a text's words inside the names of bodies the vocabulary knows.
  const share = (text: string) => {
    let known = named.get(text);
    if (known === undefined) {
      const flat = text.replace(/\s+/gu, ' ').trim();
      const covered = findBodies(flat, vocabulary)
        .filter((b) => b.kind !== null)
        .reduce((n, b) => n + (b.end - b.start), 0);
      known = flat.length > 0 ? covered / flat.length : 0;
      named.set(text, known);
    }
    return known;
  };
  const fit: CellFit = (role, text) => {
    if (role === 'deadline') return deadlineFit(text, year);
    const plain = byHeadWords(role, text);
    const parts = text.split(';').filter((p) => p.trim());
    // Words a deadline rule reads are no body's, whatever a name running on over them says ("Hạt Kiểm lâm huyện" / "Thường xuyên").
    const knownWhole = parts.length > 0 && parts.every((p) => share(p) >= 0.8) && !hasDeadline(text);
    if (role === 'lead' || role === 'support') return knownWhole ? Math.max(plain, 2.5) : plain;
    // Lines of a task that open in capitals and name a body (with the lines in lower case that run on from them,
    // "Ủy ban Kiểm tra Đảng" / "ủy phường") belong to the doers' cells after it.
    if (role === 'task') {
      const groups = text.split('\n').reduce<string[]>((out, line) => {
        if (out.length > 0 && !/^\p{Lu}/u.test(line.trim())) out[out.length - 1] += ` ${line.trim()}`;
        else out.push(line.trim());
        return out;
      }, []);
      return plain - (knownWhole ? 2 : 0) - 3 * groups.filter((group, k) => k > 0 && share(group) >= 0.8).length;
    }
    return plain;
  };
  // A known name runs across the break when the next line is no name of its own and the name takes all of it.
  fit.bridge = (a, b) => {
    const head = a.trim();
    const tail = b.trim();
    if (hasDeadline(tail) || /\d{1,2}\/\d{1,4}|\b(?:19|20)\d{2}\b/u.test(tail) || findBodies(tail, vocabulary).some((m) => m.start === 0 && m.kind !== null)) return 0;
    const joined = `${head} ${tail}`;
    return findBodies(joined, vocabulary).some((m) => m.kind !== null && m.start < head.length && m.end >= joined.length - 1) ? 3 : 0;
  };
  return fit;
}

/** The table's words of one cell: the run of the paragraph it stands in, its words, where they are in the run. */
interface CellText {
  run: TextRun;
  text: string;
  span: [number, number];
}

/**
 * The bodies a body cell names: each name the vocabulary knows, and each
 * part between ";" that holds none it knows whole ("Viễn thông Quảng Trị",
 * "Hiệp hội Du lịch tỉnh"), as printed.
 */
function cellTags({ run, text: cell, span }: CellText, relation: BodyTag['relation'], vocabulary: Vocabulary): FoundTag[] {
  const mentions = run.bodies(vocabulary).filter((b) => b.start >= span[0] && b.end <= span[1]);
  const out: BodyMention[] = [];
  for (const part of cell.matchAll(/[^;\n]+/gu)) {
    const text = part[0].trim().replace(/[.,]$/u, '');
    if (!text) continue;
    const from = span[0] + part.index + part[0].indexOf(text);
    const to = from + text.length;
    const inside = mentions.filter((b) => b.start >= from && b.end <= to);
    const covered = inside.reduce((n, b) => n + (b.end - b.start), 0);
    // Names joined into one: "Các cơ quan thành viên Ban Chỉ đạo" (its members), "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" (one office of two).
    const oneName =
      inside.length >= 2 &&
      inside[0]!.start === from &&
      inside.slice(1).every((b, k) => {
        const gap = run.text.slice(inside[k]!.end, b.start).trim();
        return /^(?:thành viên|trực thuộc)$/iu.test(gap) || (gap === 'và' && /^văn phòng\b/iu.test(run.text.slice(inside[0]!.start, inside[0]!.end)));
      });
    // One name with a qualifier after it ("Ngân hàng Chính sách xã hội chi nhánh tỉnh"): the whole part.
    if (oneName || (inside.length === 1 && inside[0]!.start === from && !text.slice(inside[0]!.end - from).includes(','))) out.push({ ...inside[0]!, ...identify(text), kind: inside[0]!.kind, end: to });
    else if (inside.length > 0 && covered >= 0.6 * text.length) out.push(...inside);
    else if (/^\p{Lu}/u.test(text) || /^(?:các|UBND|ủy ban)/iu.test(text)) out.push({ ...identify(text), kind: null, start: from, end: to, level: null, place: null });
  }
  return out.map((b) => tag(run, b, relation));
}

/** A row's cells by role, where they stand: the paragraphs of a table written a cell a line, or the words of a row's line. */
type CellsOf = (role: Column) => CellText[];

/** A row of a table written a cell a line: each cell the text of its paragraphs read as one ("Ban" / "điều hành các tổ dân phố"). */
function cellsOnLines(cells: TaskCells, paragraphs: Array<ParagraphNode | null>): CellsOf {
  return (role) => {
    const nodes = (cells.lines?.[role] ?? []).flatMap((at) => paragraphs[at]?.children ?? []);
    if (nodes.length === 0) return [];
    const run = new TextRun(nodes);
    const text = run.text.trim();
    const from = run.text.indexOf(text);
    return text ? [{ run, text, span: [from, from + text.length] as [number, number] }] : [];
  };
}

/** A row of a table laid out in columns: each cell its words on each of its lines, read as one. */
function cellsInPieces(cells: TaskCells, paragraphs: Array<ParagraphNode | null>): CellsOf {
  return (role) => {
    const nodes = (cells.pieces?.[role] ?? []).flatMap((piece) => {
      const only = paragraphs[piece.line]?.children[0];
      if (only?.type !== 'text') return [];
      const [, rest] = splitText(only, piece.from);
      return [splitText(rest, piece.to - piece.from)[0]];
    });
    if (nodes.length === 0) return [];
    const run = new TextRun(nodes);
    return [{ run, text: run.text, span: [0, run.text.length] as [number, number] }];
  };
}

/** A row of a table written a row a line: each cell its words in the line. */
function cellsInLine(cells: TaskCells, row: ParagraphNode): CellsOf {
  return (role) => {
    const words = role === 'lead' || role === 'support' || role === 'deadline' || role === 'task' ? cells[role] : '';
    if (!words) return [];
    const run = runOf(row);
    const at = run.text.indexOf(words);
    return at < 0 ? [] : [{ run, text: words, span: [at, at + words.length] }];
  };
}

/** The deadlines a row's deadline cell sets, each at its place in the source. */
function deadlinesOf(cellsOf: CellsOf, date: string | null): Deadline[] {
  const year = date ? Number(date.slice(0, 4)) : null;
  const at = cellsOf('deadline')[0];
  if (!at) return [];
  return cellDeadlines(at.text, year).map(({ start, end: _end, ...d }) => {
    const resolved = resolveSpan(d, date);
    return { ...d, ...(resolved ? { resolved } : {}), inherited: false, ...at.run.pointAt(at.span[0] + start) };
  });
}

/** The paragraphs of a provision that are its own (not its items). */
const paragraphsOf = (node: ProvisionNode) => node.children.filter((child): child is ParagraphNode => child.type === 'paragraph');

/** A provision's task tables (found by `bodyTablesStage`): their rows' cells, with paragraphs by index. */
function rowsOf(node: ProvisionNode): Array<{ cells: TaskCells; cellsOf: CellsOf }> {
  const paragraphs = paragraphsOf(node);
  const all = node.data.taskCells ?? [];
  return all.flatMap((cells) => {
    const row = paragraphs[cells.index];
    if (cells.lines) return [{ cells, cellsOf: cellsOnLines(cells, paragraphs) }];
    if (cells.pieces) return [{ cells, cellsOf: cellsInPieces(cells, paragraphs) }];
    if (!row) return [];
    const own = cellsInLine(cells, row);
    // A lead cell merged down from a row above is read where it is printed, once, for each row it spans.
    const above = cells.leadAbove === undefined ? undefined : all[cells.leadAbove];
    const aboveRow = above ? paragraphs[above.index] : undefined;
    const lead = above && aboveRow ? cellsInLine(above, aboveRow) : null;
    return [{ cells, cellsOf: lead ? (role: Column) => (role === 'lead' ? lead('lead') : own(role)) : own }];
  });
}

/**
 * The bodies a provision's table rows name, unqualified: lead cells'
 * responsible, supporting cells' coordinating (the tags stage adds them to
 * the provision's own).
 */
export function rowRelations(node: ProvisionNode, vocabulary: Vocabulary): { responsible: FoundTag[]; coordinating: FoundTag[] } {
  const rows = rowsOf(node);
  return {
    responsible: rows.flatMap(({ cellsOf }) => cellsOf('lead').flatMap((c) => cellTags(c, 'chu-tri', vocabulary))),
    coordinating: rows.flatMap(({ cellsOf }) => cellsOf('support').flatMap((c) => cellTags(c, 'phoi-hop', vocabulary))),
  };
}

/** The deadlines a provision's table rows set, in row order (the deadlines stage adds them to the provision's own). */
export function rowDeadlines(node: ProvisionNode, date: string | null): Deadline[] {
  return rowsOf(node).flatMap(({ cellsOf }) => deadlinesOf(cellsOf, date));
}

/** One line of a provision's own paragraphs: its nodes, and the paragraph they come from. */
interface Line {
  paragraph: ParagraphNode;
  children: ParagraphNode['children'];
}

/** A paragraph's lines, as the source has them. */
function linesOfParagraph(paragraph: ParagraphNode): Line[] {
  const out: Line[] = [];
  for (const child of paragraph.children) {
    const last = out.at(-1);
    if (last && last.children.at(-1)?.position?.start.line === child.position?.start.line) last.children.push(child);
    else out.push({ paragraph, children: [child] });
  }
  return out;
}

/** A line's cells where a Word table's row wrote them with tabs; null for a line of one text with none. */
function tabbedCells(line: Line): string[] | null {
  const [only, ...rest] = line.children;
  if (!only || rest.length > 0 || only.type !== 'text' || !only.data?.tabs) return null;
  // Cells left empty before the first word ("⇥⇥⇥⇥Bắt đầu⇥Hoàn thành", a second head row) keep their places.
  return [...Array<string>(only.data.tabsBefore ?? 0).fill(''), ...tabFields(only.value, only.data.tabs)];
}

/**
 * The task tables of lines written a row a line with tabs: each run of
 * tabbed lines whose first is a task table's head, its numbered rows the
 * duties. Null when no line is tabbed.
 */
function tabbedTables(lines: Line[], texts: string[]): { tasks: TaskCells[]; tables: CellTable[] } | null {
  const cells = lines.map(tabbedCells);
  if (!cells.some(Boolean)) return null;
  const tasks: TaskCells[] = [];
  const tables: CellTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = cells[i];
    if (!head || !columnsOf(head)) continue;
    let j = i + 1;
    while (j < lines.length && cells[j]) j++;
    const rows = cells.slice(i, j).map((row, k) => row ?? [texts[i + k]!]);
    const found = taskRowsOf(rows).map((row) => ({ ...row, index: i + row.index }));
    if (found.length > 0) {
      tasks.push(...found);
      tables.push({ from: i, to: j, head, rows: rows.slice(1) });
    }
    i = j - 1;
  }
  return { tasks, tables };
}

/**
 * The task tables of lines laid out in columns side by side (pdftotext
 * -layout): each line's one text node placed at its source column. Null
 * when no table is found.
 */
function columnTables(lines: Array<Pick<Line, 'children'>>): { tasks: TaskCells[]; tables: CellTable[] } | null {
  const placed: PlacedLine[] = [];
  for (const line of lines) {
    const [only, ...rest] = line.children;
    // A line of another make (a footnote mark inside, tabs) stands for a word at the page's edge: no table runs through it.
    if (!only || rest.length > 0 || only.type !== 'text' || only.data?.tabs || only.data?.columns) placed.push({ text: '·', at: 0 });
    else placed.push({ text: only.value, at: only.position.start.column - 1 });
  }
  const found = columnTablesOfLines(placed);
  return found.tables.length > 0 ? found : null;
}

/**
 * A table's first head cell read onto the provision's heading ("1. Các cơ
 * quan thực hiện các nhiệm vụ sau:" / "TT"): given back to the provision's
 * text as a paragraph of its own, before the rest of the head.
 */
function unglueHead(node: ProvisionNode): void {
  const at = node.children.findIndex((child) => child.type === 'heading');
  const heading = node.children[at];
  if (heading?.type !== 'heading' || heading.children.length < 2) return;
  const last = heading.children.at(-1)!;
  if (last.type !== 'text' || !TABLE_HEAD.test(fold(last.value.trim())) || last.position?.start.line === heading.children.at(-2)?.position?.start.line) return;
  // A new heading node, not the old one changed: what was read of the old one (its run) stays with it.
  const rest = heading.children.slice(0, -1);
  node.children.splice(at, 1, { ...heading, children: rest, position: spanOf(rest) }, { type: 'paragraph', children: [last], position: spanOf([last]) });
}

/**
 * Stage: the task tables inside provisions. A provision whose own lines
 * hold a table ("TT", its columns' heads, then numbered rows, a cell a line)
 * has each of the table's lines made a paragraph of its own, marked a cell;
 * the table is kept (`cellTables`, by paragraph) with its rows' cells
 * (`taskCells`). Lines outside tables stay in their paragraphs. Linear in
 * the provision's lines.
 */
export const bodyTablesStage: Plugin<[{ vocabulary: Vocabulary }], RootNode> = ({ vocabulary }) => (tree: RootNode) => {
  const body = tree.children.find((node): node is BodyNode => node.type === 'body');
  if (!body) return;
  const date = tree.data.meta?.date ?? null;
  const fit = cellFit(vocabulary, date ? Number(date.slice(0, 4)) : null);
  visitParents(body, 'provision', (node) => {
    unglueHead(node);
    const paragraphs = paragraphsOf(node);
    const lines = paragraphs.flatMap(linesOfParagraph);
    const texts = lines.map((line) => line.children.map((c) => (c.type === 'text' ? c.value : '')).join(' '));
    // A table's head opens a line with "TT": alone (a cell a line) or before its other cells (a row a line).
    if (!texts.some((t) => /^(?:s?tt|so tt)\b/u.test(fold(t.trim())))) return;
    const { tasks, tables } = tabbedTables(lines, texts) ?? columnTables(lines) ?? taskTablesOfLines(texts, fit);
    if (tables.length === 0) return;
    // Each line inside a table becomes a paragraph of its own; the rest of a paragraph stays one.
    const inTable = new Set<number>();
    for (const table of tables) for (let k = table.from; k < table.to; k++) inTable.add(k);
    const rebuilt: ParagraphNode[] = [];
    const paragraphAtLine = new Map<number, number>();
    let k = 0;
    for (const paragraph of paragraphs) {
      let run: Line[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const children = run.flatMap((line) => line.children);
        rebuilt.push({ ...paragraph, children, position: spanOf(children) });
        run = [];
      };
      for (const line of linesOfParagraph(paragraph)) {
        if (inTable.has(k)) {
          flush();
          paragraphAtLine.set(k, rebuilt.length);
          rebuilt.push({ ...paragraph, children: line.children, position: spanOf(line.children), data: { ...paragraph.data, cell: true } });
        } else run.push(line);
        k++;
      }
      flush();
    }
    // The provision's children in order, its paragraphs replaced by the rebuilt ones.
    const first = node.children.findIndex((child) => child.type === 'paragraph');
    node.children = [...node.children.slice(0, first).filter((c) => c.type !== 'paragraph'), ...rebuilt, ...node.children.slice(first).filter((c) => c.type !== 'paragraph')];
    // The sentence just before a table that ends with a colon introduces it.
    for (const table of tables) {
      const before = rebuilt[(paragraphAtLine.get(table.from) ?? 0) - 1];
      if (before && !before.data?.cell && /:\s*$/u.test(runOf(before).text)) before.data = { ...before.data, leadsTable: true };
    }
    const at = (line: number) => paragraphAtLine.get(line) ?? 0;
    node.data.cellTables = tables.map((table): CellTable => ({ ...table, from: at(table.from), to: at(table.to - 1) + 1 }));
    node.data.taskCells = tasks.map(({ lines: cellLines, pieces, ...cells }) => ({
      ...cells,
      index: at(cells.index),
      ...(cellLines ? { lines: Object.fromEntries(Object.entries(cellLines).map(([role, list]) => [role, list.map(at)])) } : {}),
      ...(pieces ? { pieces: Object.fromEntries(Object.entries(pieces).map(([role, list]) => [role, list.map((piece) => ({ ...piece, line: at(piece.line) }))])) } : {}),
    }));
  });
};

/** "PHỤ LỤC 1" → "Phụ lục 1": a title inside a sentence. */
const sentenceCase = (title: string) => (isAllUpper(title) ? `${title.charAt(0)}${title.slice(1).toLocaleLowerCase('vi')}` : title);

/**
 * Stage: the rows of a plan's task tables, in its appendices and its
 * provisions, each a duty of its own — the bodies its lead and supporting
 * cells name, qualified by the document's jurisdiction like any
 * provision's, and the deadline its cell sets — cited as "dòng 8, Phụ lục
 * 1" or "dòng 3, bảng ở Mục II".
 */
export const tasksStage: Plugin<[{ vocabulary: Vocabulary }], RootNode> = ({ vocabulary }) => (tree: RootNode) => {
  const jurisdiction = tree.data.jurisdiction ?? null;
  const date = tree.data.meta?.date ?? null;
  const designation = tree.data.designation ?? 'văn bản';
  const ids = new Set<string>();
  const duty = (cells: TaskCells, cellsOf: CellsOf, line: number, idBase: string, where: string): TaskRow => {
    let id = `${idBase}-dong-${slugify(cells.number)}`;
    while (ids.has(id)) id = `${id}-b`;
    ids.add(id);
    return {
      id,
      number: cells.number,
      label: `dòng ${cells.number}, ${where}`,
      citation: `Dòng ${cells.number}, ${where} ${designation}`,
      task: cells.task,
      cells: cells.cells,
      responsible: qualified(cellsOf('lead').flatMap((c) => cellTags(c, 'chu-tri', vocabulary)), jurisdiction),
      coordinating: qualified(cellsOf('support').flatMap((c) => cellTags(c, 'phoi-hop', vocabulary)), jurisdiction),
      deadlines: deadlinesOf(cellsOf, date),
      line,
    };
  };
  let number = 0;
  for (const node of tree.children) {
    if (node.type !== 'appendix') continue;
    number++;
    const titleNode = node.children[node.data.headerLines];
    const title = sentenceCase(titleNode ? runOf(titleNode as ParagraphNode).text.trim() : 'Phụ lục');
    const lines = node.children.slice(node.data.headerLines + 1 + node.data.subtitleLines);
    const paragraphs = lines.map((line) => (line.type === 'paragraph' ? line : null));
    // A table laid out in columns side by side (its cells wrapped onto several lines) is read by its columns first.
    const byColumns = columnTables(paragraphs.map((p) => ({ children: p?.children ?? [] })));
    const inRows = byColumns ? [] : taskRowsOf(node.data.rows);
    const byLines = byColumns ?? (inRows.length > 0 ? null : taskTablesOfLines(paragraphs.map((p) => (p ? runOf(p).text : '')), cellFit(vocabulary, date ? Number(date.slice(0, 4)) : null)));
    if (byLines) node.data.cellTables = byLines.tables;
    const found = byLines ? byLines.tasks : inRows;
    node.data.tasks = found.flatMap((cells) => {
      const row = paragraphs[cells.lines || cells.pieces ? cells.index : (node.data.rowLines[cells.index] ?? -1)];
      if (!row) return [];
      const cellsOf = cells.pieces ? cellsInPieces(cells, paragraphs) : cells.lines ? cellsOnLines(cells, paragraphs) : cellsInLine(cells, row);
      return [duty(cells, cellsOf, row.position?.start.line ?? node.position?.start.line ?? 1, `phu-luc-${number}`, title)];
    });
  }
  const body = tree.children.find((node): node is BodyNode => node.type === 'body');
  if (!body) return;
  visitParents(body, 'provision', (node) => {
    const rows = rowsOf(node);
    if (rows.length === 0) return;
    const paragraphs = paragraphsOf(node);
    node.data.tasks = rows.map(({ cells, cellsOf }) =>
      duty(cells, cellsOf, paragraphs[cells.index]?.position?.start.line ?? node.position.start.line, `${node.data.id ?? 'dieu'}`, `bảng ở ${node.data.label ?? 'văn bản'}`),
    );
  });
};
