/**
 * A Word file (.docx) as the text the parser reads: the package read with
 * yauzl, its XML with fast-xml-parser, and only the mapping to our lines
 * written here. Paragraphs are lines; automatic numbering is printed as
 * Word prints it (numbering.ts); a layout table (the header's two columns,
 * Nơi nhận beside the signature) is laid out side by side, cell by cell; a
 * data table is a line per row; footnotes come at the end, each opening
 * with its mark, their marks raised in the text. Bold comes from runs and
 * paragraph styles.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import yauzl from 'yauzl';
import type { LayoutHints, LineHint } from '../parser/hints.js';
import { Numbering, type NumberingDefinitions, type NumberingLevel } from './numbering.js';

export class DocxError extends Error {}

export interface DocxReading {
  text: string;
  hints: LayoutHints;
  warnings: Array<{ message: string }>;
}

/** The parts we read, and the most any of them (and all of them together) may inflate to. */
const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml'];
const PART_LIMIT = 64 * 1024 * 1024;

/** Read the named entries of a zip held in memory (bounded: an entry larger than the limit is refused). */
function readParts(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) {
        reject(new DocxError(`is not a readable Word file (${error?.message ?? 'not a zip archive'}): save it again from Word as .docx`));
        return;
      }
      const parts = new Map<string, string>();
      let total = 0;
      zip.on('error', (e: Error) => reject(new DocxError(`is a damaged Word file (${e.message}): save it again from Word as .docx`)));
      zip.on('end', () => resolve(parts));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!PARTS.includes(entry.fileName)) {
          zip.readEntry();
          return;
        }
        if (entry.uncompressedSize > PART_LIMIT) {
          reject(new DocxError(`has a part (${entry.fileName}) larger than ${PART_LIMIT / 1024 / 1024} MB: it is not a directive's Word file`));
          zip.close();
          return;
        }
        // Sizes are checked as the entries inflate (validateEntrySizes): an entry cannot inflate past what it declares.
        total += entry.uncompressedSize;
        if (total > PART_LIMIT) {
          reject(new DocxError(`has parts (${[...parts.keys(), entry.fileName].join(', ')}) larger than ${PART_LIMIT / 1024 / 1024} MB together: it is not a directive's Word file`));
          zip.close();
          return;
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) {
            reject(new DocxError(`is a damaged Word file (${e?.message ?? 'unreadable entry'}): save it again from Word as .docx`));
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', (err: Error) => reject(new DocxError(`is a damaged Word file (${err.message}): save it again from Word as .docx`)));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** A node of fast-xml-parser's ordered output: one tag key with its children, attributes under ":@". */
type XNode = { [tag: string]: XNode[] | string | Record<string, string> | undefined; ':@'?: Record<string, string> };

/** How deep elements may nest in a part (fast-xml-parser's own default): Word's deepest, a table in a text box in a table, is far less. */
const MAX_NESTING = 100;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Word files are never served with DTDs; do not expand any.
  ignoreDeclaration: true,
  maxNestedTags: MAX_NESTING,
});

/** A part's XML, checked: one sentence naming the part when it is not well-formed, nests too deep, or cannot be read. */
function parseXml(xml: string, part: string): XNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new DocxError(`is a damaged Word file (its ${part} is not well-formed XML: ${valid.err.msg}, line ${valid.err.line}): save it again from Word as .docx`);
  try {
    return parser.parse(xml) as XNode[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/nested tags/iu.test(reason)) throw new DocxError(`has XML nested more than ${MAX_NESTING} elements deep in its ${part}, deeper than Word writes and than the reader allows: save it again from Word as .docx`);
    throw new DocxError(`is a damaged Word file (its ${part} cannot be read: ${reason}): save it again from Word as .docx`);
  }
}

function tagOf(node: XNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

function childrenOf(node: XNode): XNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? value : [];
}

function attr(node: XNode | undefined, name: string): string | undefined {
  return node?.[':@']?.[name];
}

function child(node: XNode | undefined, tag: string): XNode | undefined {
  return node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
}

function all(node: XNode | undefined, tag: string): XNode[] {
  return node ? childrenOf(node).filter((c) => tagOf(c) === tag) : [];
}

/** Whether a toggle property (w:b) is on: present, and not "0"/"false"/"off". */
function isOn(node: XNode | undefined): boolean {
  if (!node) return false;
  const value = attr(node, 'w:val');
  return value === undefined || !/^(?:0|false|off)$/iu.test(value);
}

function readNumbering(xml: string | undefined): NumberingDefinitions {
  const definitions: NumberingDefinitions = { abstract: new Map(), instances: new Map() };
  if (!xml) return definitions;
  const root = parseXml(xml, 'word/numbering.xml').find((n) => tagOf(n) === 'w:numbering');
  const level = (lvl: XNode): NumberingLevel => ({
    start: wordStart(attr(child(lvl, 'w:start'), 'w:val') ?? 1),
    format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
    // Word's level texts are short ("%1.%2."); a long one would print a long mark on every item.
    text: (attr(child(lvl, 'w:lvlText'), 'w:val') ?? '').slice(0, 255),
    suffix: (attr(child(lvl, 'w:suff'), 'w:val') as NumberingLevel['suffix'] | undefined) ?? 'tab',
    legal: isOn(child(lvl, 'w:isLgl')),
  });
  for (const abstract of all(root, 'w:abstractNum')) {
    const levels = new Map<number, NumberingLevel>();
    for (const lvl of all(abstract, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), level(lvl));
    definitions.abstract.set(attr(abstract, 'w:abstractNumId') ?? '', levels);
  }
  for (const num of all(root, 'w:num')) {
    const starts = new Map<number, number>();
    const levels = new Map<number, NumberingLevel>();
    for (const override of all(num, 'w:lvlOverride')) {
      const l = Number(attr(override, 'w:ilvl') ?? 0);
      const start = attr(child(override, 'w:startOverride'), 'w:val');
      if (start !== undefined) starts.set(l, wordStart(start));
      const lvl = child(override, 'w:lvl');
      if (lvl) levels.set(l, level(lvl));
    }
    definitions.instances.set(attr(num, 'w:numId') ?? '', { abstractId: attr(child(num, 'w:abstractNumId'), 'w:val') ?? '', starts, levels });
  }
  return definitions;
}

/** A list's start as Word bounds it (0 to 32767): "a", "aa" … letters grow with the number. */
function wordStart(value: string | number): number {
  return Math.min(Math.max(Number(value) || 0, 0), 32767);
}

/** The most characters a paragraph's number may print. */
const MAX_MARK = 100;

/** Numbering held to Word's bounds against a file that passes them: levels 0 to 8, a mark of a few characters. */
class BoundedNumbering extends Numbering {
  override next(numId: string, level: number): ReturnType<Numbering['next']> {
    const numbered = super.next(numId, Number.isInteger(level) ? Math.min(Math.max(level, 0), 8) : 0);
    if (numbered && numbered.mark.length > MAX_MARK) {
      throw new DocxError(`numbers a paragraph with a mark of ${numbered.mark.length.toLocaleString('en')} characters ("${numbered.mark.slice(0, 12)}…"), longer than any list prints: save it again from Word as .docx`);
    }
    return numbered;
  }
}

interface Style {
  bold: boolean;
  numbering: { numId: string; level: number } | null;
}

/** Paragraph and character styles: bold and numbering, through their "based on" chains. */
function readStyles(xml: string | undefined): Map<string, Style> {
  const raw = new Map<string, { basedOn?: string; bold?: boolean; numId?: string; level?: number }>();
  if (xml) {
    const root = parseXml(xml, 'word/styles.xml').find((n) => tagOf(n) === 'w:styles');
    for (const style of all(root, 'w:style')) {
      const id = attr(style, 'w:styleId') ?? '';
      const rPr = child(style, 'w:rPr');
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      const b = child(rPr, 'w:b');
      raw.set(id, {
        basedOn: attr(child(style, 'w:basedOn'), 'w:val'),
        bold: b ? isOn(b) : undefined,
        numId: attr(child(numPr, 'w:numId'), 'w:val'),
        level: numPr ? Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? 0) : undefined,
      });
    }
  }
  const resolved = new Map<string, Style>();
  const resolve = (id: string, depth = 0): Style => {
    const known = resolved.get(id);
    if (known) return known;
    const style = raw.get(id);
    const base: Style = style?.basedOn && depth < 16 ? resolve(style.basedOn, depth + 1) : { bold: false, numbering: null };
    const out: Style = {
      bold: style?.bold ?? base.bold,
      numbering: style?.numId !== undefined ? { numId: style.numId, level: style.level ?? 0 } : base.numbering,
    };
    resolved.set(id, out);
    return out;
  };
  for (const id of raw.keys()) resolve(id);
  return resolved;
}

/** One visual line of output before layout: its text, whether every word is bold, its raised marks. */
interface OutLine {
  text: string;
  bold: boolean;
  marks: Array<{ start: number; end: number; mark: string }>;
  role?: LineHint['role'];
  footnoteMark?: string;
}

interface Context {
  numbering: Numbering;
  styles: Map<string, Style>;
  footnoteIds: string[];
  /** Footnote id → its printed mark (1, 2, …), in order of first reference. */
  footnoteMarks: Map<string, string>;
}

/** A run's text pieces in order, with bold and raised marks. */
interface Piece {
  text: string;
  bold: boolean;
  mark?: string;
  /** A line break (w:br) inside the paragraph. */
  br?: boolean;
}

// mc:Fallback repeats mc:Choice (a text box's VML copy, for old Word): read once, from the choice.
const SKIP = new Set(['w:del', 'w:delText', 'w:instrText', 'w:pPr', 'w:rPr', 'mc:Fallback', 'w:fldData', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd']);

/**
 * A text box met in a paragraph's runs (`w:txbxContent`, in a DrawingML
 * shape or a VML one), with where its anchor sets it against that
 * paragraph, in points: `top` from the paragraph's top, `left` from its
 * column's left; null where the file sets it against the page or a margin.
 */
interface Box {
  content: XNode;
  top: number | null;
  left: number | null;
}

type Anchor = Pick<Box, 'top' | 'left'>;

const EMU_PER_POINT = 12_700;
/** A line of these documents (13–14 pt type), and a character of it, in points. */
const LINE_POINTS = 14;
const CHAR_POINTS = 6.5;

/** A DrawingML anchor's offsets (wp:positionV/H), where they are set against the paragraph and its column. */
function drawingAnchor(anchor: XNode): Anchor {
  const offset = (position: XNode | undefined, from: string[]): number | null => {
    if (!position || !from.includes(attr(position, 'relativeFrom') ?? '')) return null;
    const text = childrenOf(child(position, 'wp:posOffset') ?? ({} as XNode))
      .map((x) => String(x['#text'] ?? ''))
      .join('')
      .trim();
    return text === '' || !Number.isFinite(Number(text)) ? null : Number(text) / EMU_PER_POINT;
  };
  return { top: offset(child(anchor, 'wp:positionV'), ['paragraph', 'line']), left: offset(child(anchor, 'wp:positionH'), ['column', 'character']) };
}

/** A VML shape's offsets (its style's margin-top/-left), where they are set against the text. */
function vmlAnchor(shape: XNode): Anchor {
  const style = attr(shape, 'style') ?? '';
  if (!/position\s*:\s*absolute/u.test(style)) return { top: 0, left: null };
  const points = (name: string): number | null => {
    const found = new RegExp(String.raw`(?:^|;)\s*${name}\s*:\s*(-?[\d.]+)\s*(pt|in|cm|mm|px)?`, 'u').exec(style);
    if (!found) return 0;
    const unit = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, px: 0.75 }[found[2] ?? 'px'] ?? 0.75;
    return Number(found[1]) * unit;
  };
  const relative = (axis: string) => new RegExp(String.raw`mso-position-${axis}-relative\s*:\s*([\w-]+)`, 'u').exec(style)?.[1] ?? 'text';
  return { top: ['text', 'line'].includes(relative('vertical')) ? points('margin-top') : null, left: ['text', 'char'].includes(relative('horizontal')) ? points('margin-left') : null };
}

function runPieces(node: XNode, bold: boolean, context: Context, out: Piece[], boxes: Box[], anchor: Anchor = { top: 0, left: null }): void {
  const tag = tagOf(node);
  if (SKIP.has(tag)) return;
  if (tag === 'w:txbxContent') {
    boxes.push({ content: node, ...anchor });
    return;
  }
  if (tag === 'wp:anchor') anchor = drawingAnchor(node);
  else if (tag === 'wp:inline') anchor = { top: 0, left: null };
  else if (/^v:(?:shape|rect|roundrect|oval)$/u.test(tag)) anchor = vmlAnchor(node);
  if (tag === 'w:r') {
    const rPr = child(node, 'w:rPr');
    const b = child(rPr, 'w:b');
    const runBold = b ? isOn(b) : bold;
    for (const c of childrenOf(node)) {
      const t = tagOf(c);
      if (t === 'w:t') out.push({ text: childrenOf(c).map((x) => String(x['#text'] ?? '')).join(''), bold: runBold });
      else if (t === 'w:tab') out.push({ text: '    ', bold: runBold });
      else if (t === 'w:br' || t === 'w:cr') out.push({ text: '', bold: runBold, br: attr(c, 'w:type') !== 'page' });
      else if (t === 'w:noBreakHyphen') out.push({ text: '-', bold: runBold });
      else if (t === 'w:footnoteReference') {
        const id = attr(c, 'w:id') ?? '';
        if (!context.footnoteMarks.has(id)) {
          context.footnoteMarks.set(id, String(context.footnoteMarks.size + 1));
          context.footnoteIds.push(id);
        }
        out.push({ text: context.footnoteMarks.get(id)!, bold: runBold, mark: context.footnoteMarks.get(id)! });
      } else runPieces(c, runBold, context, out, boxes, anchor);
    }
    return;
  }
  for (const c of childrenOf(node)) runPieces(c, bold, context, out, boxes, anchor);
}

/**
 * A paragraph as visual lines (a line break starts another), its number
 * printed first; with the text boxes it anchors, each to be read once,
 * where it stands: `before` the paragraph (set above it), `after` it, or
 * in its line when it is one line set over a blank field of that line
 * ("Số:      /UBND-VP" with the number in a box over the blank).
 */
function paragraphLines(p: XNode, context: Context): { lines: OutLine[]; before: XNode[]; after: XNode[] } {
  const pPr = child(p, 'w:pPr');
  const style = context.styles.get(attr(child(pPr, 'w:pStyle'), 'w:val') ?? '') ?? context.styles.get('Normal');
  const numPr = child(pPr, 'w:numPr');
  const pieces: Piece[] = [];
  const boxes: Box[] = [];
  for (const c of childrenOf(p)) runPieces(c, style?.bold ?? false, context, pieces, boxes);
  const numId = numPr ? attr(child(numPr, 'w:numId'), 'w:val') : style?.numbering?.numId;
  const level = numPr ? Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? style?.numbering?.level ?? 0) : (style?.numbering?.level ?? 0);
  const hasText = pieces.some((piece) => piece.text.trim() !== '');
  if (numId && numId !== '0' && hasText) {
    const numbered = context.numbering.next(numId, level);
    if (numbered?.mark) {
      const after = numbered.suffix === 'nothing' ? '' : ' ';
      const firstBold = pieces.find((piece) => piece.text.trim() !== '')?.bold ?? false;
      pieces.unshift({ text: `${numbered.mark}${after}`, bold: firstBold });
    }
  }
  const lines: OutLine[] = [];
  let current: OutLine = { text: '', bold: true, marks: [] };
  let words = 0;
  const flush = () => {
    if (words === 0) current.bold = false;
    lines.push(current);
    current = { text: '', bold: true, marks: [] };
    words = 0;
  };
  for (const piece of pieces) {
    if (piece.br) {
      flush();
      continue;
    }
    const text = piece.text.normalize('NFC');
    if (piece.mark) {
      const start = current.text.trimEnd().length;
      current.text = current.text.trimEnd();
      current.marks.push({ start, end: start + text.length, mark: piece.mark });
      current.text += text;
      continue;
    }
    if (text.trim() !== '') {
      words++;
      if (!piece.bold) current.bold = false;
    }
    current.text += text;
  }
  flush();
  for (const line of lines) {
    const trimmed = line.text.replace(/\s+$/u, '');
    line.text = trimmed;
    line.marks = line.marks.filter((m) => m.end <= trimmed.length);
  }
  const before: XNode[] = [];
  const after: XNode[] = [];
  for (const box of boxes) {
    if (box.top !== null && box.top < -LINE_POINTS / 2) before.push(box.content);
    else if (box.top === null || !fillBlank(lines, box, context)) after.push(box.content);
  }
  return { lines, before, after };
}

/** The text of a node's w:t, for telling an empty paragraph from one with words. */
function plainText(node: XNode): string {
  if (tagOf(node) === 'w:t') return childrenOf(node).map((x) => String(x['#text'] ?? '')).join('');
  return childrenOf(node).map(plainText).join('');
}

/**
 * A box of one line set over one of the paragraph's lines that has a blank
 * field — a gap of three spaces or more, or a line ending in "Số:",
 * "ngày" or "tháng" — fills the blank (the one nearest the box when the
 * box says where it stands). Whether it did.
 */
function fillBlank(lines: OutLine[], box: Box, context: Context): boolean {
  const k = Math.round(box.top! / LINE_POINTS);
  const line = lines[k];
  if (!line || Math.abs(box.top! - k * LINE_POINTS) > LINE_POINTS / 2) return false;
  const parts = childrenOf(box.content);
  const worded = parts.filter((n) => tagOf(n) === 'w:p' && plainText(n).trim() !== '');
  if (parts.some((n) => tagOf(n) === 'w:tbl') || worded.length !== 1) return false;
  const blanks = [...line.text.matchAll(/(?<=\S) {3,}(?=\S)/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (/(?:^|\s)(?:Số|SỐ)\s*:?$|(?:ngày|tháng)$/u.test(line.text)) blanks.push({ start: line.text.length, end: line.text.length });
  if (blanks.length === 0) return false;
  const own = paragraphLines(worded[0]!, context).lines.filter((l) => l.text.trim() !== '');
  if (own.length !== 1) return false;
  const column = box.left === null ? null : box.left / CHAR_POINTS;
  const blank = column === null ? blanks[0]! : blanks.reduce((best, b) => (Math.abs(b.start - column) < Math.abs(best.start - column) ? b : best));
  const words = own[0]!.text.trim();
  const head = line.text.slice(0, blank.start).trimEnd();
  const tail = line.text.slice(blank.end).trimStart();
  const text = `${head} ${words}${tail ? ` ${tail}` : ''}`;
  const shift = text.length - line.text.length;
  line.marks = line.marks.map((m) => (m.start >= blank.end ? { ...m, start: m.start + shift, end: m.end + shift } : m));
  line.text = text;
  line.bold = line.bold && own[0]!.bold;
  return true;
}

/** Whether a table is laid out for the page, not for data: the header's columns, Nơi nhận and the signature. */
function isLayoutTable(table: XNode, position: 'start' | 'body'): boolean {
  const rows = all(table, 'w:tr');
  // Rows first: the cells are counted (spread into Math.max) only for a few rows.
  if (rows.length > 6) return false;
  const columns = Math.max(0, ...rows.map((row) => all(row, 'w:tc').length));
  if (columns > 3) return false;
  if (position === 'start') return true;
  const text = JSON.stringify(table);
  if (/Nơi nhận|Kính gửi|T\/M|TM\.|K\/T|KT\.|CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN/u.test(text)) return true;
  // A cell of several paragraphs beside an empty one: a block set to one side of the page.
  const cells = rows.flatMap((row) => all(row, 'w:tc'));
  const paragraphsWithText = (cell: XNode) => all(cell, 'w:p').filter((p) => /"#text":"[^"]*\S/u.test(JSON.stringify(p))).length;
  return cells.some((cell) => paragraphsWithText(cell) === 0) && cells.some((cell) => paragraphsWithText(cell) >= 2);
}

/** Characters per twip of a table's grid, for laying cells out at their columns (a character is about 6.5 points). */
const TWIPS_PER_CHAR = 130;
/** The rightmost column a cell is laid out at (a page is some 90 characters wide). */
const MAX_COLUMN = 200;

/**
 * A cell's paragraph spaced out to wrap in its narrow cell ("ỦY BAN NHÂN DÂN
 * <many spaces> TỈNH LÀO CAI"): one line per part. A blank field ("Số:
 * <spaces> /KH-UBND", "ngày <spaces> tháng") is one part.
 */
function wrapInCell(text: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const gap of text.matchAll(/\s{5,}/gu)) {
    const left = text.slice(last, gap.index);
    const right = text.slice(gap.index + gap[0].length);
    if (endsInFieldLabel(left) || /^(?:[-/]|tháng|năm)/u.test(right)) continue;
    parts.push(text.slice(last, gap.index));
    last = gap.index + gap[0].length;
  }
  parts.push(text.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Whether a part ends in a blank field's label: "Số", "Số:", "Số :" (after
 * a space or at the start), "ngày", "tháng". Read from its end only, so
 * that a cell of many gaps stays linear.
 */
function endsInFieldLabel(left: string): boolean {
  if (left.endsWith('ngày') || left.endsWith('tháng')) return true;
  let end = left.length;
  if (left[end - 1] === ':') end--;
  while (end > 0 && /\s/u.test(left[end - 1]!)) end--;
  const label = left.slice(end - 2, end);
  return end >= 2 && (label === 'Số' || label === 'SỐ') && (end === 2 || /\s/u.test(left[end - 3]!));
}

/** `items` added to `list` one by one: spread into push, a table of 300,000 rows overflows the call stack. */
function append<T>(list: T[], items: T[]): void {
  for (const item of items) list.push(item);
}

function cellLines(cell: XNode, context: Context): OutLine[] {
  const out: OutLine[] = [];
  for (const node of childrenOf(cell)) {
    if (tagOf(node) === 'w:p') {
      // A text box anchored in the cell belongs with the cell.
      const { lines, before, after } = paragraphLines(node, context);
      for (const box of before) out.push(...cellLines(box, context));
      for (const line of lines) {
        // A cell's paragraph spaced into two ("ỦY BAN NHÂN DÂN            TỈNH LÀO CAI") wraps in its cell: two lines.
        const parts = line.text.trim() === '' ? [] : wrapInCell(line.text.trim());
        for (const part of parts) out.push({ text: part, bold: line.bold, marks: parts.length === 1 ? line.marks.map((m) => ({ ...m, start: m.start - (line.text.length - line.text.trimStart().length), end: m.end - (line.text.length - line.text.trimStart().length) })) : [] });
      }
      for (const box of after) out.push(...cellLines(box, context));
    } else if (tagOf(node) === 'w:tbl') {
      for (const row of all(node, 'w:tr')) for (const inner of all(row, 'w:tc')) append(out, cellLines(inner, context));
    }
  }
  return out;
}

/** A layout table side by side: the k-th line of every cell of a row on one output line, at its column. */
function layoutTable(table: XNode, context: Context): Array<OutLine & { cells: Array<[number, number]> }> {
  const grid = all(child(table, 'w:tblGrid'), 'w:gridCol').map((col) => Number(attr(col, 'w:w') ?? 0));
  const out: Array<OutLine & { cells: Array<[number, number]> }> = [];
  for (const row of all(table, 'w:tr')) {
    let gridIndex = 0;
    const cells: Array<{ column: number; lines: OutLine[] }> = [];
    for (const cell of all(row, 'w:tc')) {
      const span = Number(attr(child(child(cell, 'w:tcPr'), 'w:gridSpan'), 'w:val') ?? 1) || 1;
      // Bounded: a grid of absurd or negative widths would ask for millions of spaces.
      const column = Math.min(Math.max(Math.round(grid.slice(0, gridIndex).reduce((a, b) => a + b, 0) / TWIPS_PER_CHAR) || 0, 0), MAX_COLUMN);
      gridIndex += span;
      const lines = cellLines(cell, context);
      if (lines.length > 0) cells.push({ column, lines });
    }
    const height = Math.max(0, ...cells.map((c) => c.lines.length));
    for (let k = 0; k < height; k++) {
      let text = '';
      const spans: Array<[number, number]> = [];
      const marks: OutLine['marks'] = [];
      let bold = true;
      for (const cell of cells) {
        const line = cell.lines[k];
        if (!line) continue;
        text += ' '.repeat(text.length === 0 ? cell.column : Math.max(3, cell.column - text.length));
        for (const m of line.marks) marks.push({ ...m, start: m.start + text.length, end: m.end + text.length });
        spans.push([text.length, text.length + line.text.length]);
        text += line.text;
        if (!line.bold) bold = false;
      }
      if (spans.length > 0) out.push({ text, bold, marks, cells: spans });
    }
  }
  return out;
}

/** A data table: a line per row, its cells apart by wide gaps. */
function dataTable(table: XNode, context: Context): Array<OutLine & { cells: Array<[number, number]> }> {
  const out: Array<OutLine & { cells: Array<[number, number]> }> = [];
  for (const row of all(table, 'w:tr')) {
    let text = '';
    const spans: Array<[number, number]> = [];
    for (const cell of all(row, 'w:tc')) {
      const cellText = cellLines(cell, context).map((l) => l.text.trim()).join(' ');
      if (!cellText) continue;
      if (text) text += '   ';
      spans.push([text.length, text.length + cellText.length]);
      text += cellText;
    }
    if (text) out.push({ text, bold: false, marks: [], cells: spans });
  }
  return out;
}

/** Read a Word file. */
export async function readDocx(bytes: Uint8Array): Promise<DocxReading> {
  const parts = await readParts(bytes);
  const documentXml = parts.get('word/document.xml');
  if (!documentXml) throw new DocxError('is a zip archive but not a Word document (it has no word/document.xml): save it again from Word as .docx');
  const tree = parseXml(documentXml, 'word/document.xml');
  const context: Context = {
    numbering: new BoundedNumbering(readNumbering(parts.get('word/numbering.xml'))),
    styles: readStyles(parts.get('word/styles.xml')),
    footnoteIds: [],
    footnoteMarks: new Map(),
  };
  const body = child(tree.find((n) => tagOf(n) === 'w:document'), 'w:body');
  const lines: Array<OutLine & { cells?: Array<[number, number]> }> = [];
  let sawText = false;
  const walk = (nodes: XNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') {
        const { lines: own, before, after } = paragraphLines(node, context);
        for (const box of before) walk(childrenOf(box));
        append(lines, own);
        if (own.some((l) => l.text.trim() !== '')) sawText = true;
        for (const box of after) walk(childrenOf(box));
      } else if (tag === 'w:tbl') {
        append(lines, isLayoutTable(node, sawText ? 'body' : 'start') ? layoutTable(node, context) : dataTable(node, context));
        sawText = true;
      } else if (tag === 'w:sdt') {
        walk(childrenOf(child(node, 'w:sdtContent') ?? ({} as XNode)));
      } else if (tag === 'w:customXml' || tag === 'w:ins' || tag === 'mc:AlternateContent' || tag === 'mc:Choice') {
        walk(childrenOf(node));
      }
    }
  };
  walk(body ? childrenOf(body) : []);

  // Footnotes at the end, in the order their marks stand in the text.
  const footnotesXml = parts.get('word/footnotes.xml');
  if (footnotesXml && context.footnoteIds.length > 0) {
    const notes = new Map<string, XNode>();
    for (const note of all(parseXml(footnotesXml, 'word/footnotes.xml').find((n) => tagOf(n) === 'w:footnotes'), 'w:footnote')) notes.set(attr(note, 'w:id') ?? '', note);
    lines.push({ text: '', bold: false, marks: [] });
    for (const id of context.footnoteIds) {
      const note = notes.get(id);
      if (!note) continue;
      const mark = context.footnoteMarks.get(id)!;
      const noteLines = all(note, 'w:p').flatMap((p) => paragraphLines(p, { ...context, footnoteMarks: new Map(), footnoteIds: [] }).lines).filter((l) => l.text.trim() !== '');
      noteLines.forEach((line, k) => {
        // The note's own mark (w:footnoteRef) prints nothing here: write it first.
        const text = k === 0 ? `${mark} ${line.text.trim()}` : line.text.trim();
        lines.push({ text, bold: false, marks: [], role: 'footnote', ...(k === 0 ? { footnoteMark: mark } : {}) });
      });
    }
  }

  if (!lines.some((line) => line.text.trim() !== '')) throw new DocxError('has no text in it (an empty document): check that it is the directive, and save it again from Word as .docx');
  const hints: Array<LineHint | undefined> = lines.map((line) => {
    const hint: LineHint = { page: 1 };
    const indent = line.text.length - line.text.trimStart().length;
    hint.cells = line.cells ?? (line.text.trim() ? [[indent, line.text.length]] : []);
    if (line.bold && line.text.trim()) hint.bold = true;
    if (line.marks.length > 0) hint.marks = line.marks;
    if (line.role) hint.role = line.role;
    if (line.footnoteMark) hint.footnoteMark = line.footnoteMark;
    return hint;
  });
  return {
    text: `${lines.map((l) => l.text).join('\n')}\n`,
    hints: { from: 'docx', lines: hints, pages: 0, knows: { furniture: true, footnotes: true } },
    warnings: [],
  };
}
