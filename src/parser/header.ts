/**
 * The header block (Hướng dẫn 36-HD/VPTW; Nghị định 30/2020/NĐ-CP): issuing
 * body, motto or national name, "*", number, place and date, document type
 * and subject. Extraction often merges the two columns of the header into
 * one line ("TỈNH ỦY QUẢNG NGÃI        ĐẢNG CỘNG SẢN VIỆT NAM"); each line
 * is split into cells at runs of spaces and every cell is classified.
 */
import { fold, isLower } from '../text/fold.js';
import { headerRole, matchKinhGui, matchMarker, splitCells } from './classify.js';
import type { Layout } from './layout.js';
import type { HeaderFieldNode, HeaderNode } from './nodes.js';
import { spanOf, textAt } from './position.js';
import type { StreamLine } from './stream.js';

/** Read the header at the start of the stream; returns it and the index of the first line after it. */
export function readHeader(stream: StreamLine[], layout: Layout): { header: HeaderNode | null; next: number } {
  const fields: HeaderFieldNode[] = [];
  let index = 0;
  let subjectLines = 0;
  for (; index < stream.length; index++) {
    const item = stream[index]!;
    if (matchKinhGui(item.content) !== null) break;
    const marker = matchMarker(item.content);
    if (marker && marker.style !== 'dash') break;
    const cells = splitCells(item.line.text);
    const roles = cells.map((cell) => headerRole(cell.text));
    const last = fields[fields.length - 1];
    if (roles.every((role) => role !== null) && !(subjectLines > 0 && roles.every((role) => role === 'issuer'))) {
      cells.forEach((cell, i) => {
        const role = roles[i]!;
        if (role === 'subject') subjectLines = 1;
        fields.push(field(role, item, cell.start, cell.start + cell.text.length));
      });
      continue;
    }
    // A line under the document type is its subject (trích yếu); a line after
    // a "V/v" subject that does not end it continues it.
    const afterType = last?.role === 'documentType';
    const continuesSubject =
      last?.role === 'subject' &&
      subjectLines < 4 &&
      item.blanksBefore <= (layout.doubleSpaced ? 1 : 0) &&
      !/[.:]$/.test(textOfField(last)) &&
      cells.length === 1 &&
      // A wrapped subject goes on in lower case, or is a short centred line.
      (isLower(item.content[0]) || item.content.length <= layout.measure * 0.6);
    if ((afterType && cells.length === 1) || continuesSubject) {
      const start = item.line.indent;
      if (continuesSubject) {
        last.children.push(textAt(item.line, start, item.line.text.length));
        last.position = spanOf(last.children);
      } else {
        fields.push(field('subject', item, start, item.line.text.length));
      }
      subjectLines++;
      continue;
    }
    break;
  }
  if (fields.length === 0) return { header: null, next: 0 };
  markSuperiors(fields);
  return { header: { type: 'header', children: fields, position: spanOf(fields) }, next: index };
}


function field(role: HeaderFieldNode['role'], item: StreamLine, start: number, end: number): HeaderFieldNode {
  const child = textAt(item.line, start, end);
  return { type: 'headerField', role, children: [child], position: child.position };
}

function textOfField(node: HeaderFieldNode): string {
  return node.children.map((child) => child.value).join(' ');
}

/**
 * The issuer column may name a superior body first ("ĐẢNG BỘ TỈNH QUẢNG
 * NGÃI", "UBND TỈNH QUẢNG NGÃI"). Names may wrap ("ỦY BAN NHÂN DÂN" /
 * "HUYỆN SƠN TỊNH", "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"). The last name
 * is the issuer; the lines of the names before it become `superior`.
 */
export function issuerNames(fields: HeaderFieldNode[]): HeaderFieldNode[][] {
  const names: HeaderFieldNode[][] = [];
  for (const field of fields.filter((f) => f.role === 'issuer' || f.role === 'superior')) {
    const previous = names[names.length - 1];
    const folded = fold(textOfField(field));
    const previousText = previous ? fold(textOfField(previous[previous.length - 1]!)) : '';
    const continues =
      previous !== undefined &&
      ((/^(?:tinh|huyen|xa|thanh pho|thi xa|quan|phuong|thi tran)\b/.test(folded) && !/^(?:tinh|huyen|thanh|thi|quan) uy\b/.test(folded)) ||
        /^va\b/.test(folded) ||
        /(?:-|,|\bva)$/.test(previousText));
    if (continues) previous.push(field);
    else names.push([field]);
  }
  return names;
}

function markSuperiors(fields: HeaderFieldNode[]): void {
  const names = issuerNames(fields);
  for (const name of names.slice(0, -1)) for (const field of name) field.role = 'superior';
}
