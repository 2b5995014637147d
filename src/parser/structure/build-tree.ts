/**
 * Parse stage: normalised lines → directive tree. The text is read as the
 * genre lays it out: header, "Kính gửi" list, preamble, provisions, closing
 * sentences, then the "Nơi nhận" list and the signature, and appendices
 * after them. Page furniture (page numbers, running headers, OCR page
 * markers, file notes) is set aside first and reported; footnotes are taken
 * out of the page they stand on and kept as footnotes.
 */
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { attachmentStart, readAppendices, isAppendixTitle } from './appendix.js';
import { cutGluedMarks, toBlocks, type Block } from '../input/blocks.js';
import { isBullet, matchKinhGui, matchMarker, MAX_DECIMAL_DEPTH } from '../input/classify.js';
import { splitClosing } from './closing.js';
import { findEndnotes, findFootnotes, hintedFootnotes, type FoundFootnote } from '../input/footnotes.js';
import type { LayoutHints } from '../hints.js';
import { findFurniture, type ArtefactKind, type Furniture } from '../input/furniture.js';
import { readHeader } from '../header/header.js';
import { measureLayout } from '../input/layout.js';
import { opensClosing, readAddressees, readClosing, type AddresseeHints } from './lists.js';
import { normalise, sourceColumn, type SourceLine } from '../input/normalise.js';
import type {
  BlockNode,
  HeaderFieldNode,
  HeaderNode,
  ListItemNode,
  ListNode,
  SignatureLineNode,
  SignatureNode,
  ClosingNode,
  FootnoteNode,
  FootnoteReferenceNode,
  FootnotesNode,
  MarkerNode,
  ParagraphNode,
  PreambleNode,
  RootNode,
  TextNode,
} from '../nodes.js';
import { textOf } from '../nodes.js';
import { positionIn, spanOf, textAt } from '../position.js';
import { fold } from '../../text/fold.js';
import { buildProvisions } from './provisions.js';
import { markQuotations } from './quotations.js';
import { toStream, wordsOf, type StreamLine } from '../input/stream.js';
import { closingCorrection, correctBlocks, correctHeadings, refuse, resolveCorrections, type Corrections } from '../corrections.js';
import type { LoadedCorrections } from '../../schemas/corrections.js';

const FURNITURE_WORDS: Record<ArtefactKind, string> = {
  'page-number': 'Page number',
  'running-header': 'Running header',
  'running-footer': 'Running footer',
  'page-marker': 'OCR page marker',
  'file-note': 'Note of the file (not the document)',
  'signature-stamp': 'Digital signature stamp',
  'set-aside': 'A line an editor set aside (corrections.yaml)',
};

function paragraphOf(block: Block): ParagraphNode {
  const texts: TextNode[] = block.lines.map(wordsOf);
  return { type: 'paragraph', children: texts, position: spanOf(texts) };
}

/** Parse a decoded source text into a directive tree; problems are reported on `file`. */
export function buildTree(source: string, file: VFile, hints?: LayoutHints, loaded?: LoadedCorrections | null): RootNode {
  const lines = normalise(source, hints);
  const corrections = loaded ? resolveCorrections(loaded, lines, file) : null;
  const furniture = findFurniture(lines, hints?.knows.furniture ?? false);
  // Lines an editor says are not the document's words (a seal's): set aside like page furniture.
  for (const entry of corrections?.entries ?? []) if (entry.correction.aside) furniture.kinds.set(entry.line, 'set-aside');
  const { notes: pageNotes, pageNumbers } = hints?.knows.footnotes ? { notes: hintedFootnotes(lines), pageNumbers: [] } : findFootnotes(lines, furniture);
  const taken = new Set(pageNotes.flatMap((f) => f.lines));
  // An editor's correction: a line that is no footnote's (a table row read as one) takes its note out, and its lines back into the text.
  const notNotes = new Set((corrections?.entries ?? []).filter((e) => e.correction.footnote === false).map((e) => e.line));
  const found = [...pageNotes, ...findEndnotes(lines, (i) => taken.has(i) || furniture.kinds.has(lines[i]!.number))].filter(
    (note) => !note.lines.some((i) => notNotes.has(lines[i]!.number)),
  );
  for (const index of pageNumbers) furniture.kinds.set(lines[index]!.number, 'page-number');
  found.push(...editorsNotes(found, lines, corrections, furniture));
  const footnoteLines = new Set(found.flatMap((f) => f.lines));
  const artefacts: RootNode['data']['artefacts'] = [];
  for (const line of lines) {
    const kind = furniture.kinds.get(line.number);
    if (!kind) continue;
    artefacts.push({ kind, line: line.number, text: line.text.trim() });
    file.message(`${FURNITURE_WORDS[kind]} "${line.text.trim()}" left out of the text (page furniture)`, {
      place: positionIn(line, line.indent, line.text.length).start,
      ruleId: 'page-artefact',
      source: 'directive',
    });
  }
  const excludedLines = new Set<number>([...furniture.kinds.keys()]);
  for (const index of footnoteLines) excludedLines.add(lines[index]!.number);
  const layout = measureLayout(lines, (line) => excludedLines.has(line.number));
  const stream = toStream(lines, (index) => excludedLines.has(lines[index]!.number), layout, furniture.pages);
  const children: BlockNode[] = [];

  const read = readHeader(stream, layout);
  // An editor's correction: the header runs through a later line (an authority line read as the preamble's first).
  const { header, next: afterHeader } = extendHeader(read, stream, corrections, file);
  if (header) children.push(header);
  let index = afterHeader;

  if (index < stream.length && matchKinhGui(stream[index]!.content) !== null) {
    const { list, next } = readAddressees(stream, index, layout, addresseeHints(corrections));
    children.push(list);
    index = next;
  }

  let closingPart = closingStart(stream, index);
  // An editor's correction: a line before the sign-off as read holds the signature's words (an approval's caption over it).
  for (const at of signatureLines(stream, corrections)) if (at >= index && at < closingPart) closingPart = at;
  let appendixStart = stream.findIndex((item, i) => i >= closingPart && isAppendixTitle(item.content));
  if (appendixStart === -1) appendixStart = stream.length;
  const attached = attachmentStart(stream, closingPart, appendixStart);
  if (attached >= 0) appendixStart = attached;
  // An editor's correction: an appendix starts at a line (the text after the signature read as a trailer, say).
  const forcedAppendices = new Set(correctionIndexes(stream, corrections, 'appendix', file).filter((i) => i >= index));
  if (forcedAppendices.size > 0) {
    appendixStart = Math.min(appendixStart, ...forcedAppendices);
    closingPart = Math.min(closingPart, appendixStart);
  }

  const blocks = correctBlocks(markQuotations(cutGluedMarks(toBlocks(stream.slice(index, closingPart), layout))), corrections, file);
  const { body: bodyBlocks, closing: closingBlocks } = splitClosing(blocks, closingCorrection(blocks, corrections, file));
  // "1.2.3.4.5.6.7." is deeper than numbering goes: kept as text, said once.
  const tooDeep = stream.slice(index, closingPart).find((item) => new RegExp(String.raw`^\d{1,3}(?:\.\d{1,4}){${MAX_DECIMAL_DEPTH},}`).test(item.content));
  if (tooDeep) {
    file.message(`Numbering deeper than ${MAX_DECIMAL_DEPTH} levels ("${tooDeep.content.slice(0, 24)}…") is kept as text`, {
      place: positionIn(tooDeep.line, tooDeep.line.indent, tooDeep.line.text.length).start,
      ruleId: 'numbering-too-deep',
      source: 'directive',
    });
  }
  const firstProvision = bodyBlocks.findIndex((block) => block.marker !== null && !isBullet(block.marker.style));
  const firstAny = bodyBlocks.findIndex((block) => block.marker !== null);
  // The preamble ends at the first numbered provision; a text whose only marks
  // are bullets has bulleted provisions.
  const bodyStart = firstProvision >= 0 ? firstProvision : firstAny >= 0 ? firstAny : bodyBlocks.length;
  const preambleParagraphs = bodyBlocks.slice(0, bodyStart).map(paragraphOf);
  const lastParagraph = preambleParagraphs[preambleParagraphs.length - 1];
  const lastText = lastParagraph?.children[lastParagraph.children.length - 1];
  if (lastParagraph && bodyStart < bodyBlocks.length && lastText?.type === 'text' && /:\s*$/.test(lastText.value)) {
    lastParagraph.data = { leadIn: true };
  }
  if (preambleParagraphs.length > 0) {
    const preamble: PreambleNode = { type: 'preamble', children: preambleParagraphs, position: spanOf(preambleParagraphs) };
    children.push(preamble);
  }
  const provisions = buildProvisions(bodyBlocks.slice(bodyStart), file);
  correctHeadings(provisions, corrections, file);
  if (provisions.length > 0) children.push({ type: 'body', children: provisions, position: spanOf(provisions) });
  else {
    file.message('No numbered or bulleted provisions found: the text is kept as preamble paragraphs', {
      place: { line: 1, column: 1 },
      ruleId: 'no-provisions',
      source: 'directive',
    });
  }
  if (closingBlocks.length > 0) {
    const paragraphs = closingBlocks.map(paragraphOf);
    const closing: ClosingNode = { type: 'closing', children: paragraphs, position: spanOf(paragraphs) };
    children.push(closing);
  }

  const closingRead = readClosing(stream.slice(0, appendixStart), closingPart);
  const { trailer, reordered } = closingRead;
  // An editor's corrections: a line's words are the signature's, with a role; which signature is the first.
  const { copiesTo, signatures } = correctSignatures(closingRead.copiesTo, [closingRead.signature, ...closingRead.otherSignatures].filter((n): n is SignatureNode => n !== null), corrections, file);
  const [signature = null, ...otherSignatures] = signatures;
  if (copiesTo) children.push(copiesTo);
  if (signature) children.push(signature, ...otherSignatures);
  if (trailer) {
    children.push(trailer);
    file.message('Text after the signature is kept as a trailer', { place: trailer.position.start, ruleId: 'trailer', source: 'directive' });
  }
  const footnotes = footnoteNodes(found, lines, corrections, file);
  if (footnotes) {
    children.push(footnotes);
    attachReferences(children, footnotes, lines);
  }
  children.push(...readAppendices(stream, appendixStart, stream.length, forcedAppendices));
  if (!signature && stream.length > 0) {
    file.message('No signature block found ("T/M …", "TM. …", "K/T …" and a name)', {
      place: stream[stream.length - 1]!.line.number ? { line: stream[stream.length - 1]!.line.number, column: 1 } : undefined,
      ruleId: 'no-signature',
      source: 'directive',
    });
  }
  return {
    type: 'root',
    children,
    position: spanOf(children),
    data: {
      artefacts,
      ...(reordered ? { columnsMerged: true } : {}),
      ...(footnotes ? { footnotesMoved: true } : {}),
      ...(hints && hints.pages > 0 ? { pages: lines.map((line) => line.hint?.page ?? 1) } : {}),
      ...(hints?.from === 'ocr' ? { ocr: true } : {}),
      ...(corrections ? { corrections } : {}),
    },
  };
}

/**
 * Where the document's own closing part (Nơi nhận, signature) begins: the
 * first line that opens one with no numbered provision after it before
 * the appendices. A guide on how documents are laid out prints sample
 * signatures and Nơi nhận lists among its provisions ("Ví dụ: T/M BAN
 * THƯỜNG VỤ / BÍ THƯ"); those are its text, not its end. Linear: the next
 * numbered line and the next appendix title are known for every line.
 */
function closingStart(stream: StreamLine[], from: number): number {
  const n = stream.length;
  const nextNumbered = new Array<number>(n + 1).fill(n);
  const nextAppendix = new Array<number>(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const marker = matchMarker(stream[i]!.content);
    nextNumbered[i] = marker && !isBullet(marker.style) ? i : nextNumbered[i + 1]!;
    nextAppendix[i] = isAppendixTitle(stream[i]!.content) ? i : nextAppendix[i + 1]!;
  }
  let first = -1;
  for (let i = from; i < n; i++) {
    if (!opensClosing(stream[i]!)) continue;
    if (first < 0) first = i;
    if (nextNumbered[i + 1]! >= nextAppendix[i + 1]!) return i;
  }
  return first >= 0 ? first : n;
}

function footnoteNodes(found: FoundFootnote[], lines: SourceLine[], corrections: Corrections | null, file: VFile): FootnotesNode | null {
  correctFootnoteMarks(found, lines, corrections, file);
  if (found.length === 0) return null;
  const notes: FootnoteNode[] = found.map((note) => {
    const first = lines[note.lines[0]!]!;
    const markStart = first.indent;
    const markEnd = markStart + note.mark.length;
    const mark: MarkerNode = { type: 'marker', value: note.mark, position: positionIn(first, markStart, markEnd) };
    const rest = first.text.slice(markEnd);
    const textStart = markEnd + (rest.length - rest.trimStart().length);
    const texts: TextNode[] = [];
    if (textStart < first.text.length) texts.push(textAt(first, textStart, first.text.length));
    for (const i of note.lines.slice(1)) texts.push(textAt(lines[i]!, lines[i]!.indent, lines[i]!.text.length));
    const nodeChildren = [mark, ...texts];
    return {
      type: 'footnote',
      mark: note.mark,
      children: nodeChildren,
      position: spanOf(nodeChildren),
      data: {
        references: note.references.map((ref) => ({ line: lines[ref.line]!.number, column: sourceColumn(lines[ref.line]!, ref.start), provision: null })),
      },
    };
  });
  return { type: 'footnotes', children: notes, position: spanOf(notes) };
}

/**
 * Cut each footnote's mark out of the word it is glued to ("khoáng sản1."
 * → "khoáng sản" + mark + "."), so the text reads as printed and the mark
 * is a reference, not a word.
 */
function attachReferences(blocks: BlockNode[], footnotes: FootnotesNode, lines: SourceLine[]): void {
  const wanted = new Map<string, { mark: string }>();
  for (const note of footnotes.children) for (const ref of note.data.references) wanted.set(`${ref.line}:${ref.column}`, { mark: note.mark });
  const byNumber = new Map(lines.map((line) => [line.number, line]));
  for (const block of blocks) {
    visitParents(block, (node) => {
      // The footnotes' own text holds no marks; a paragraph's children are rebuilt, not visited.
      if (node.type === 'footnotes') return SKIP;
      if (node.type !== 'paragraph') return CONTINUE;
      const out: ParagraphNode['children'] = [];
      for (const child of node.children) {
        if (child.type !== 'text') {
          out.push(child);
          continue;
        }
        out.push(...splitAtMarks(child, wanted, byNumber));
      }
      node.children = out;
      return SKIP;
    });
  }
}

function splitAtMarks(node: TextNode, wanted: Map<string, { mark: string }>, lines: Map<number, SourceLine>): Array<TextNode | FootnoteReferenceNode> {
  const line = lines.get(node.position.start.line);
  if (!line) return [node];
  const out: Array<TextNode | FootnoteReferenceNode> = [];
  // The node covers [start, end) of its normalised line.
  const start = line.columns ? line.columns.indexOf(node.position.start.column) : node.position.start.column - 1;
  if (start < 0 || line.text.slice(start, start + node.value.length) !== node.value) return [node];
  let cursor = start;
  const end = start + node.value.length;
  for (let i = start; i < end; i++) {
    const hit = wanted.get(`${line.number}:${sourceColumn(line, i)}`);
    if (!hit || line.text.slice(i, i + hit.mark.length) !== hit.mark) continue;
    if (i > cursor) out.push({ ...textAt(line, cursor, i), ...(out.length > 0 || node.data?.attached ? { data: { ...textAt(line, cursor, i).data, attached: true } } : {}) });
    out.push({ type: 'footnoteReference', value: hit.mark, position: positionIn(line, i, i + hit.mark.length) });
    cursor = i + hit.mark.length;
  }
  if (out.length === 0) return [node];
  if (cursor < end) {
    const rest = textAt(line, cursor, end);
    out.push({ ...rest, data: { ...rest.data, attached: true } });
  }
  return out;
}

/**
 * "This line is footnote 3's note" (corrections.yaml: `footnote: "3"` on a
 * line that opens with the mark, "3 Theo tiêu chuẩn …"), where the parser
 * found no note there — one printed away from its page, after the Nơi nhận:
 * the line and the lines that go on with it, up to a blank line, page
 * furniture or another note's mark, are taken out of the text as the note.
 */
function editorsNotes(found: FoundFootnote[], lines: SourceLine[], corrections: Corrections | null, furniture: Furniture): FoundFootnote[] {
  const out: FoundFootnote[] = [];
  for (const { correction, line } of corrections?.entries ?? []) {
    const mark = correction.footnote;
    const index = line - 1;
    if (typeof mark !== 'string' || !lines[index]?.text.trim().startsWith(`${mark} `) || found.some((f) => f.lines.includes(index))) continue;
    const own = [index];
    for (let k = index + 1; k < lines.length && !lines[k]!.blank && !furniture.kinds.has(lines[k]!.number) && !/^(?:\d{1,2}|\*{1,3})\s/u.test(lines[k]!.text.trim()); k++) own.push(k);
    out.push({ mark, lines: own, references: [] });
  }
  return out;
}

/**
 * "This footnote's mark stands here" (corrections.yaml): the mark in the
 * named line, glued to the word before it, is the footnote's only reference
 * (a line that opens with the mark is the note's own: see editorsNotes).
 */
function correctFootnoteMarks(found: FoundFootnote[], lines: SourceLine[], corrections: Corrections | null, file: VFile): void {
  for (const { correction, line, at } of corrections?.entries ?? []) {
    if (typeof correction.footnote !== 'string') continue;
    const note = found.find((f) => f.mark === correction.footnote);
    if (note?.lines[0] === line - 1) continue;
    const text = lines[line - 1]!.text;
    const mark = correction.footnote;
    // Glued to the word before it ("khoáng sản1."), not a digit of a longer number; where the editor names
    // the line and no word holds it, glued to a digit ("loại 1, 2, 33," — the raised 3 after the 3 of the text).
    const glued = (after: RegExp) => {
      for (let i = text.indexOf(mark, 1); i >= 0; i = text.indexOf(mark, i + 1)) {
        if (after.test(text[i - 1]!) && !/\p{N}/u.test(text[i + mark.length] ?? '')) return i;
      }
      return -1;
    };
    let start = glued(/[\p{L}.,;:”")]/u);
    if (start < 0) start = glued(/\p{N}/u);
    if (!note || start < 0) {
      refuse(file, corrections!, at, !note ? `there is no footnote marked "${mark}"` : `line ${line} holds no mark "${mark}" glued to a word`);
      continue;
    }
    note.references = [{ line: line - 1, start, end: start + mark.length }];
  }
}

/** The stream indexes of the lines corrections of this kind name (a line not in the text is refused). */
function correctionIndexes(stream: StreamLine[], corrections: Corrections | null, key: 'header' | 'appendix', file: VFile): number[] {
  const out: number[] = [];
  for (const entry of corrections?.entries.filter((e) => e.correction[key]) ?? []) {
    const index = stream.findIndex((item) => item.line.number === entry.line);
    if (index < 0) refuse(file, corrections!, entry.at, `line ${entry.line} is not a line of the document's text (it is blank, page furniture or a footnote)`);
    else out.push(index);
  }
  return out;
}

/**
 * "The header runs through this line" (corrections.yaml): the lines after
 * the header as read, through the named one, are header lines of their own
 * (their role not guessed), and the preamble starts after them.
 */
function extendHeader(read: { header: HeaderNode | null; next: number }, stream: StreamLine[], corrections: Corrections | null, file: VFile): { header: HeaderNode | null; next: number } {
  const indexes = correctionIndexes(stream, corrections, 'header', file);
  if (indexes.length === 0) return read;
  const last = Math.max(...indexes);
  if (last < read.next) return read;
  const fields: HeaderFieldNode[] = stream.slice(read.next, last + 1).map((item) => {
    const text = textAt(item.line, item.line.indent, item.line.text.length);
    return { type: 'headerField', role: 'other', children: [text], position: text.position };
  });
  const children = [...(read.header?.children ?? []), ...fields];
  return { header: { type: 'header', children, position: spanOf(children) }, next: last + 1 };
}

/** The Kính gửi hints of an editor's corrections. */
function addresseeHints(corrections: Corrections | null): AddresseeHints {
  const hints: AddresseeHints = { lines: new Set(), splits: new Map() };
  for (const { correction, line } of corrections?.entries ?? []) {
    if (correction.addressee === true) hints.lines.add(line);
    else if (correction.addressee) hints.splits.set(line, correction.addressee.split);
  }
  return hints;
}

/**
 * "This line's words are the signature's, as its title" / "this signature
 * is the first" (corrections.yaml). A line read as a Nơi nhận entry moves to
 * the signature (its words unchanged); a line already in a signature takes
 * the role. A line in neither is refused.
 */
function correctSignatures(copiesTo: ListNode | null, signatures: SignatureNode[], corrections: Corrections | null, file: VFile): { copiesTo: ListNode | null; signatures: SignatureNode[] } {
  let out = signatures;
  const starts = (node: SignatureLineNode, words: string) => fold(textOf(node)).startsWith(fold(words.normalize('NFC')));
  for (const { correction, line, at } of corrections?.entries ?? []) {
    const said = correction.signature;
    if (!said) continue;
    // The signature lines of this line: all of them, or the cell that starts with the words given.
    const cell = typeof said === 'object' ? ('cell' in said ? said.cell : said.first) : null;
    const here = (node: SignatureLineNode) => node.position.start.line === line && (cell === null || starts(node, cell));
    const holding = out.findIndex((s) => s.children.some(here));
    if (said === 'first' || (typeof said === 'object' && 'first' in said)) {
      if (holding < 0) refuse(file, corrections!, at, `line ${line} is in no signature${cell ? ` (no cell of it starts "${cell}")` : ''}`);
      else out = [out[holding]!, ...out.filter((_, i) => i !== holding)];
      continue;
    }
    const role = typeof said === 'object' ? said.role : said;
    if (holding >= 0) {
      for (const signature of out) for (const node of signature.children) if (here(node)) node.role = role;
      continue;
    }
    if (cell !== null) {
      refuse(file, corrections!, at, `line ${line} has no signature cell that starts "${cell}"`);
      continue;
    }
    // The line's words in the Nơi nhận list: a whole entry, or the line an entry ran onto ("- Như trên;" / "PHÓ BÍ THƯ").
    const words: TextNode[] = [];
    for (const entry of copiesTo?.children.filter((c): c is ListItemNode => c.type === 'listItem') ?? []) {
      const here = entry.children.filter((c): c is TextNode => c.type === 'text' && c.position.start.line === line);
      if (here.length === 0 || entry.children.some((c) => c.type === 'marker' && c.position.start.line === line)) continue;
      words.push(...here);
      entry.children = entry.children.filter((c) => !here.includes(c as TextNode));
      entry.position = spanOf(entry.children);
    }
    if (words.length === 0) {
      refuse(file, corrections!, at, `line ${line} holds no signature line, and no words of the Nơi nhận list (without an entry's dash) to move into the signature`);
      continue;
    }
    copiesTo!.children = copiesTo!.children.filter((c) => c.type !== 'listItem' || c.children.length > 0);
    const moved: SignatureLineNode = { type: 'signatureLine', role, children: words, position: spanOf(words) };
    const target = out[0] ?? { type: 'signature', children: [], position: moved.position };
    target.children = [...target.children, moved].sort((a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column);
    target.position = spanOf(target.children);
    if (out.length === 0) out = [target];
  }
  return { copiesTo, signatures: out };
}

/** Stream indexes of the lines a signature correction names (role corrections, not which signature is first). */
function signatureLines(stream: StreamLine[], corrections: Corrections | null): number[] {
  const lines = new Set((corrections?.entries ?? []).filter((e) => e.correction.signature && e.correction.signature !== 'first' && !(typeof e.correction.signature === 'object' && 'first' in e.correction.signature)).map((e) => e.line));
  const out: number[] = [];
  stream.forEach((item, i) => {
    if (lines.has(item.line.number)) out.push(i);
  });
  return out;
}
