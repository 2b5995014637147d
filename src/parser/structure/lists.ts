/**
 * The two lists of the genre: "Kính gửi:" (addressees) and "Nơi nhận:"
 * (copies to), and the signature block that shares its lines with "Nơi
 * nhận" when extraction merged the two columns.
 */
import { fold, isLower, isUpper } from '../../text/fold.js';
import {
  isAuthority,
  isPersonName,
  isSignatureNote,
  isTitleLine,
  matchKinhGui,
  matchMarker,
  matchNoiNhan,
  lineCells,
} from '../input/classify.js';
import { nearestColumn, type Layout } from '../input/layout.js';
import type {
  LabelNode,
  ListItemNode,
  ListNode,
  MarkerNode,
  ParagraphNode,
  SignatureLineNode,
  SignatureNode,
  TextNode,
  TrailerNode,
} from '../nodes.js';
import { positionIn, spanOf, splitText, textAt } from '../position.js';
import { sourceColumn } from '../input/normalise.js';
import type { StreamLine } from '../input/stream.js';


/** Start a list item at [start, end) of a line; a leading "-" becomes its marker. */
function listItem(item: StreamLine, start: number, end: number): ListItemNode {
  const raw = item.line.text.slice(start, end);
  const marker = /^[-–—•+]\s*/u.exec(raw);
  const children: Array<MarkerNode | TextNode> = [];
  if (marker) {
    const markEnd = start + marker[0].trimEnd().length;
    children.push({ type: 'marker', value: item.line.text.slice(start, markEnd), position: positionIn(item.line, start, markEnd) });
    if (start + marker[0].length < end) children.push(textAt(item.line, start + marker[0].length, end));
  } else {
    children.push(textAt(item.line, start, end));
  }
  return { type: 'listItem', children, position: spanOf(children) };
}

/**
 * Where entries start inside one cell: "- Các đồng chí Phó Trưởng Ban, - Các
 * vụ, cục, đơn vị trong Ban, - Lưu VP" is three entries the extraction ran
 * together. Offsets into the cell's text: [start, end) of each entry.
 */
export function entriesIn(text: string): Array<[number, number]> {
  const cuts = [0];
  for (const found of text.matchAll(/[,;.]\s+(?=[-–—+]\s+\p{Lu})/gu)) cuts.push(found.index + found[0].length);
  return cuts.map((start, k) => [start, k + 1 < cuts.length ? cuts[k + 1]! - (text.slice(0, cuts[k + 1]).length - text.slice(0, cuts[k + 1]).trimEnd().length) : text.length]);
}

/** Lines an editor says are Kính gửi entries, and lines whose entries a mark parts (corrections.yaml). */
export interface AddresseeHints {
  lines: Set<number>;
  splits: Map<number, string>;
}

/** A list entry cut after each of its line's parting marks: the mark stays with the entry before it, no word moves. */
function splitEntry(entry: ListItemNode, splits: Map<number, string>): ListItemNode[] {
  const out: ListItemNode[] = [];
  let current: Array<MarkerNode | TextNode> = [];
  const close = () => {
    if (current.length > 0) out.push({ type: 'listItem', children: current, position: spanOf(current) });
    current = [];
  };
  for (const child of entry.children) {
    const mark = child.type === 'text' ? splits.get(child.position.start.line) : undefined;
    if (child.type !== 'text' || !mark) {
      current.push(child);
      continue;
    }
    let node: TextNode = child;
    for (let at = node.value.indexOf(mark); at >= 0 && at + mark.length < node.value.length; at = node.value.indexOf(mark)) {
      const rest = node.value.slice(at + mark.length);
      const from = at + mark.length + (rest.length - rest.trimStart().length);
      if (from >= node.value.length) break;
      const [left, right] = splitText(node, at + mark.length, from);
      current.push(left);
      close();
      node = right;
    }
    current.push(node);
  }
  close();
  return out;
}

function extend(node: ListItemNode, child: TextNode): void {
  node.children.push(child);
  node.position = { start: node.position.start, end: child.position.end };
}

/**
 * Read a "Kính gửi:" list starting at `index`. Items start with "-" or follow
 * the label on its line; wrapped items continue on lines that start in lower
 * case or are indented. The list ends at a paragraph break.
 */
export function readAddressees(stream: StreamLine[], index: number, layout: Layout, entries: AddresseeHints = { lines: new Set(), splits: new Map() }): { list: ListNode; next: number } {
  const first = stream[index]!;
  const labelEnd = first.line.indent + matchKinhGui(first.content)!;
  const labelText = first.line.text.slice(first.line.indent, labelEnd).trimEnd();
  const label: LabelNode = {
    type: 'label',
    value: labelText,
    position: positionIn(first.line, first.line.indent, first.line.indent + labelText.length),
  };
  const items: ListItemNode[] = [];
  if (labelEnd < first.line.text.length) items.push(listItem(first, labelEnd, first.line.text.length));
  let next = index + 1;
  /** Where the first entry's words start, right of the label. */
  const firstColumn = labelEnd + (first.line.text.slice(labelEnd).length - first.line.text.slice(labelEnd).trimStart().length);
  /** Where the last "-" entry's dash stands. */
  let itemIndent: number | null = null;
  /** "Đồng kính gửi:" labels, with the number of entries before each. */
  const extraLabels: Array<{ at: number; label: LabelNode }> = [];
  for (; next < stream.length; next++) {
    const item = stream[next]!;
    // An editor's correction: this line is an entry of the list, whatever its shape.
    if (entries.lines.has(item.line.number)) {
      items.push(listItem(item, item.line.indent, item.line.text.length));
      continue;
    }
    const breakGap = layout.doubleSpaced ? item.blanksBefore >= 2 : item.blanksBefore >= 1;
    const last = items[items.length - 1];
    const lastText = last ? last.children.map((c) => c.value).join(' ') : '';
    // "Đồng kính gửi: …": the addressees a copy is sent to, in the same list.
    const also = /^Đồng kính gửi\s*:?\s*/u.exec(item.content);
    if (also) {
      const labelText = also[0].trimEnd();
      extraLabels.push({ at: items.length, label: { type: 'label', value: labelText, position: positionIn(item.line, item.line.indent, item.line.indent + labelText.length) } });
      const from = item.line.indent + also[0].length;
      if (from < item.line.text.length) items.push(listItem(item, from, item.line.text.length));
      itemIndent = from;
      continue;
    }
    if (/^[-–—•]\s/u.test(item.content) && !(breakGap && items.length > 0 && /\.$/.test(lastText))) {
      items.push(listItem(item, item.line.indent, item.line.text.length));
      itemIndent = item.line.indent;
      continue;
    }
    // "Kính gửi:   Ban …;" then "Ban …" under it: entries without dashes, one per ';', aligned under the first.
    if (last !== undefined && /;$/.test(lastText) && !breakGap && isUpper(item.content[0]) && firstColumn > first.line.indent && Math.abs(item.line.indent - firstColumn) <= 2) {
      items.push(listItem(item, item.line.indent, item.line.text.length));
      continue;
    }
    const continues =
      last !== undefined &&
      !/[.:]$/.test(lastText) &&
      !breakGap &&
      (isLower(item.content[0]) ||
        // A hanging indent: the entry's next line stands right of its dash.
        (itemIndent !== null && item.line.indent > itemIndent && !matchMarker(item.content) && !/[.;]$/.test(lastText)) ||
        (item.line.indent >= 2 && item.content.length < layout.measure * 0.8 && !matchMarker(item.content)));
    if (continues) {
      extend(last, textAt(item.line, item.line.indent, item.line.text.length));
      continue;
    }
    break;
  }
  // An editor's correction: a line's entries parted by a mark ("Sở Nội vụ, Sở Tài chính, …" on one line).
  for (let k = items.length - 1; k >= 0 && entries.splits.size > 0; k--) {
    const parts = splitEntry(items[k]!, entries.splits);
    if (parts.length > 1) items.splice(k, 1, ...parts);
  }
  const children: Array<LabelNode | ListItemNode> = [label];
  items.forEach((entry, k) => {
    for (const extra of extraLabels) if (extra.at === k) children.push(extra.label);
    children.push(entry);
  });
  for (const extra of extraLabels) if (extra.at >= items.length) children.push(extra.label);
  return { list: { type: 'addressees', children, position: spanOf(children) }, next };
}

/** Whether a line opens the closing part: "Nơi nhận" or a signature authority, in any cell. */
export function opensClosing(item: StreamLine): boolean {
  return lineCells(item.line).some((cell) => matchNoiNhan(cell.text) !== null || isAuthority(cell.text));
}

/** Words only a signer's title has ("PHÓ TRƯỞNG BAN", "CHỦ TỊCH", "TỔNG BÍ THƯ"). */
const TITLE_WORD = /(?:^|\s)(?:truong|pho|chu tich|bi thu|giam doc|chanh|chu nhiem|thu truong|uy vien)(?:\s|$)/;

/** Where a title in capitals at the end of a list entry starts, after a comma or a space; -1 when none. */
function trailingTitle(text: string): number {
  // Two titles joined by a dash are one signer's: "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG".
  const found = /[,;]?\s+((?:[\p{Lu}Đ]{1,8}\s+(?:[-–]\s+)?){0,8}[\p{Lu}Đ]{2,8})$/u.exec(text);
  if (!found || found.index < 3) return -1;
  const title = found[1]!;
  if (!TITLE_WORD.test(fold(title).toLowerCase())) return -1;
  return text.length - title.length;
}

/** "SAO LỤC", "SAO Y BẢN CHÍNH", "TRÍCH SAO", "BẢN SAO": the title of a copy's certification, on a line of its own. */
export function isCopyTitle(text: string): boolean {
  return /^(?:sao luc|sao y(?: ban chinh)?|trich sao|ban sao(?: luc)?)$/.test(fold(text).toLowerCase().replace(/\s+/g, ' ').trim());
}

/**
 * Read the closing part: the "Nơi nhận" list and the signature, in either
 * order or side by side. Each cell of each line is given to the list or to
 * the signature; anything after the signer's name is kept as a trailer.
 */
export function readClosing(stream: StreamLine[], from: number): {
  copiesTo: ListNode | null;
  signature: SignatureNode | null;
  /** The signatures beside the first, left to right: a joint document's other issuers sign too. */
  otherSignatures: SignatureNode[];
  trailer: TrailerNode | null;
  reordered: boolean;
} {
  let copiesTo: ListNode | null = null;
  const signatureLines: SignatureLineNode[] = [];
  const trailer: ParagraphNode[] = [];
  let reordered = false;
  let nameSeen = false;
  /** "Nơi nhận:" came after the signer's name. */
  let listAfterName = false;
  let lastTarget: 'list' | 'signature' | null = null;
  /** The column where the signature's lines start (side by side with the list). */
  let signatureColumn: number | null = null;
  /**
   * After the signer's name, a copy's own block ("SAO LỤC", "SAO Y BẢN
   * CHÍNH" with the copying body's header, Nơi nhận and signature) or a
   * second "Nơi nhận:": the rest is not the document's, and all of it is
   * kept as the trailer, never read over the document's own list.
   */
  let sealed = false;

  const addSignature = (role: SignatureLineNode['role'], item: StreamLine, start: number, end: number) => {
    const child = textAt(item.line, start, end);
    signatureLines.push({ type: 'signatureLine', role, children: [child], position: child.position });
    lastTarget = 'signature';
    if (role === 'name') nameSeen = true;
    signatureColumn = signatureColumn === null ? start : Math.min(signatureColumn, start);
  };

  for (let index = from; index < stream.length; index++) {
    const item = stream[index]!;
    const cells = lineCells(item.line);
    if (cells.length > 1) reordered = true;
    for (const cell of cells) {
      const start = cell.start;
      const end = cell.start + cell.text.length;
      const noiNhan = matchNoiNhan(cell.text);
      if (!sealed && nameSeen && (isCopyTitle(cell.text) || (noiNhan !== null && copiesTo?.children.some((c) => c.type === 'listItem') === true))) sealed = true;
      if (sealed) {
        const child = textAt(item.line, start, end);
        trailer.push({ type: 'paragraph', children: [child], position: child.position });
        continue;
      }
      if (noiNhan !== null) {
        const labelText = cell.text.slice(0, noiNhan).trimEnd();
        const label: LabelNode = { type: 'label', value: labelText, position: positionIn(item.line, start, start + labelText.length) };
        copiesTo = { type: 'copiesTo', children: [label], position: label.position };
        lastTarget = 'list';
        listAfterName = nameSeen;
        if (start + noiNhan < end) {
          // "Nơi nhận: T/M BAN CHẤP HÀNH …": the signature column merged onto the label's line by one space.
          if (isAuthority(cell.text.slice(noiNhan))) addSignature(authorityRole(cell.text.slice(noiNhan)), item, start + noiNhan, end);
          else copiesTo.children.push(listItem(item, start + noiNhan, end));
        }
        continue;
      }
      if (isAuthority(cell.text)) {
        addSignature(authorityRole(cell.text), item, start, end);
        continue;
      }
      // The list is open until the signer's name, or opened after it ("Nơi nhận:" under the signature).
      const listOpen = copiesTo !== null && (!nameSeen || listAfterName);
      // An entry after the signer's name still belongs to the list when the name shared a line with it.
      if (/^[-–—•+]\s/u.test(cell.text) && (listOpen || copiesTo === null || (nameSeen && reordered && copiesTo !== null)) && (!nameSeen || listOpen || (reordered && copiesTo !== null))) {
        if (!copiesTo) copiesTo = { type: 'copiesTo', children: [], position: positionIn(item.line, start, end) };
        // "- Thường trực Ban Bí thư (để b/c), PHÓ TRƯỞNG BAN": the signer's title merged onto an entry (OCR, one space).
        // "- Như trên; KT. CHỦ TỊCH": an authority merged onto an entry by one space (OCR).
        const authority = /[;,.]\s+((?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|TUQ\.)\s*[\p{Lu}Đ][\p{Lu}Đ ,]*)$/u.exec(cell.text);
        if (authority) {
          const at = cell.text.length - authority[1]!.length;
          copiesTo.children.push(listItem(item, start, start + cell.text.slice(0, at).trimEnd().length));
          addSignature('authority', item, start + at, end);
          reordered = true;
          continue;
        }
        // "- Lưu: VT, KTNV. Nguyễn Văn Thắm", "- Lưu: VT, TM. Đại tá Phạm Văn Khải": the signer's name (a rank before it) merged onto the last entry.
        const named = signatureLines.length > 0 && !nameSeen ? /\.\s+((?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?((?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,4}\p{Lu}[\p{Ll}\p{M}]*))$/u.exec(cell.text) : null;
        if (named && isPersonName(named[2]!)) {
          const at = cell.text.length - named[1]!.length;
          copiesTo.children.push(listItem(item, start, start + cell.text.slice(0, at).trimEnd().length));
          addSignature('name', item, start + at, end);
          reordered = true;
          continue;
        }
        const title = signatureLines.length > 0 && !signatureLines.some((l) => l.role === 'title') ? trailingTitle(cell.text) : -1;
        if (title > 0) {
          copiesTo.children.push(listItem(item, start, start + cell.text.slice(0, title).trimEnd().length));
          addSignature('title', item, start + title, end);
          reordered = true;
          continue;
        }
        for (const [from, to] of entriesIn(cell.text)) copiesTo.children.push(listItem(item, start + from, start + to));
        lastTarget = 'list';
        continue;
      }
      const lastItem = copiesTo?.children[copiesTo.children.length - 1];
      const lastItemText = lastItem?.type === 'listItem' ? lastItem.children.map((c) => c.value).join(' ') : '';
      // An entry goes on over the line when it starts in lower case, or when the entry so far has not ended
      // ("- Các đồng chí Uỷ viên" / "Ban Chấp hành Trung ương Đảng;").
      const unfinished = lastItem?.type === 'listItem' && !/[.,;:)]$/u.test(lastItemText) && !isAuthority(cell.text) && !isTitleLine(cell.text) && cells.length === 1;
      // Side by side, a line of the left column goes on with the list ("- Ban Tổ chức, Ban Tuyên giáo," /
      // "  Ủy ban Kiểm tra Tỉnh ủy,"), whatever the signature column holds on the same line.
      // "PHÓ" / "TRƯỞNG BAN": a signer's title wrapped onto the next line goes on with it, wherever the line starts.
      const lastLine = signatureLines[signatureLines.length - 1];
      if (lastLine?.role === 'title' && lastLine.position.start.line === stream[index - 1]?.line.number && isTitleLine(cell.text) && TITLE_WORD.test(fold(cell.text).toLowerCase()) && !isAuthority(cell.text)) {
        addSignature('title', item, start, end);
        continue;
      }
      const leftColumn = reordered && signatureColumn !== null && signatureColumn >= 20 && start < signatureColumn / 2 && !isPersonName(cell.text);
      if (lastItem?.type === 'listItem' && !nameSeen && leftColumn) {
        extend(lastItem, textAt(item.line, start, end));
        lastTarget = 'list';
        continue;
      }
      if (lastTarget === 'list' && lastItem?.type === 'listItem' && (isLower(cell.text[0]) || unfinished)) {
        const [head, ...more] = entriesIn(cell.text);
        extend(lastItem, textAt(item.line, start + head![0], start + head![1]));
        for (const [from, to] of more) copiesTo!.children.push(listItem(item, start + from, start + to));
        continue;
      }
      // Contact lines under a signature with no typed name ("Thông tin liên hệ: …; điện thoại: …"): no signer's words.
      const contact = signatureLines.length > 0 && !isPersonName(cell.text) && !isTitleLine(cell.text) && !isSignatureNote(cell.text) && /:|\d{3}/u.test(cell.text);
      // Joint signatures: the second signer's name on the same row as the first's.
      const previousLine = signatureLines[signatureLines.length - 1];
      const besideName = cells.length > 1 && previousLine?.role === 'name' && previousLine.position.start.line === item.line.number && isPersonName(cell.text);
      if (besideName) {
        addSignature('name', item, start, end);
        continue;
      }
      if (nameSeen || contact || (trailer.length > 0 && !isPersonName(cell.text))) {
        const child = textAt(item.line, start, end);
        trailer.push({ type: 'paragraph', children: [child], position: child.position });
        continue;
      }
      if (signatureLines.length > 0 || isTitleLine(cell.text) || isPersonName(cell.text)) {
        const role = isSignatureNote(cell.text)
          ? 'other'
          : isTitleLine(cell.text) && !isPersonName(cell.text)
            ? 'title'
            : isPersonName(cell.text) || isUpper(cell.text[0])
              ? 'name'
              : 'other';
        addSignature(role, item, start, end);
        continue;
      }
      if (lastItem?.type === 'listItem') {
        extend(lastItem, textAt(item.line, start, end));
        continue;
      }
      addSignature('other', item, start, end);
    }
  }
  // Spans once at the end: recomputing them per entry would be quadratic in a long list.
  if (copiesTo) {
    for (const child of copiesTo.children) if (child.type === 'listItem') child.position = spanOf(child.children);
    copiesTo.position = spanOf(copiesTo.children);
  }
  const [signature = null, ...otherSignatures] = signatureColumns(signatureLines, stream, from).map(
    (lines): SignatureNode => ({ type: 'signature', children: lines, position: spanOf(lines) }),
  );
  return {
    copiesTo,
    signature,
    otherSignatures,
    trailer: trailer.length > 0 ? { type: 'trailer', children: trailer, position: spanOf(trailer) } : null,
    reordered,
  };
}

/**
 * A joint document's signatures stand side by side ("TM. BAN THƯỜNG VỤ TỈNH
 * ĐOÀN" beside "KT. GIÁM ĐỐC SỞ …", each over its title and name): when a
 * line holds two or more of the signature's cells, the lines are dealt to
 * columns — by where they start, or, in a Word table read as tab-separated
 * rows, by how many tabs stand before them. One column: one signature.
 */
function signatureColumns(lines: SignatureLineNode[], stream: StreamLine[], from: number): SignatureLineNode[][] {
  if (lines.length === 0) return [];
  const byLine = new Map<number, SignatureLineNode[]>();
  for (const line of lines) byLine.set(line.position.start.line, [...(byLine.get(line.position.start.line) ?? []), line]);
  const widest = [...byLine.values()].reduce((best, row) => (row.length > best.length ? row : best), [] as SignatureLineNode[]);
  if (widest.length < 2) return [lines];
  const sourceLines = new Map<number, StreamLine['line']>();
  for (let i = from; i < stream.length; i++) sourceLines.set(stream[i]!.line.number, stream[i]!.line);
  // A cell's place: its column, or how many tabs stand before it.
  const place = (node: SignatureLineNode) => {
    const line = sourceLines.get(node.position.start.line);
    if (!line?.tabs) return node.position.start.column;
    return line.tabs.filter((at) => sourceColumn(line, at) < node.position.start.column).length;
  };
  const centres = widest.map(place);
  const columns: SignatureLineNode[][] = centres.map(() => []);
  for (const line of lines) {
    const at = place(line);
    // A tab-separated row: a cell after its column's tabs belongs to the last column it reaches.
    const best = sourceLines.get(line.position.start.line)?.tabs ? Math.max(0, centres.filter((centre) => centre <= at).length - 1) : nearestColumn(centres, at);
    columns[best]!.push(line);
  }
  return columns.filter((column) => column.length > 0);
}

/** "Q. GIÁM ĐỐC": an acting head signs in his own name — a title, not on whose behalf ("TM. …", "KT. …"). */
function authorityRole(text: string): 'title' | 'authority' {
  return /^Q[./]\s*/u.test(text.trim()) ? 'title' : 'authority';
}
