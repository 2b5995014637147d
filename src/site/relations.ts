/**
 * A document's relations to other documents, for its lược đồ (the
 * diagram legal portals draw): the documents it carries out (cited where
 * its subject or preamble says "thực hiện", "triển khai"), the documents it
 * cites, the documents of the corpus that cite it, and what replaced a
 * cited document. Laid out in three columns for an SVG drawn without
 * script. Pure functions of the site model.
 */
import { numberedName } from '../text/document-name.js';
import { TYPE_BY_CODE } from '../parser/input/classify.js';
import type { DirectiveDocument, DocumentStatus } from '../schemas/document.js';
import type { Reference } from '../schemas/reference.js';
import type { SiteModel } from './model.js';
import { documentName } from './text.js';
import { urls } from './urls.js';

export interface DiagramNode {
  id: string;
  /** Its name, on one or two lines. */
  lines: string[];
  /** What it is to the document ("Văn bản này", "Văn bản được trích dẫn" …). */
  kind: string;
  href: string | null;
  /** Left to right: 0 what replaced a cited document, 1 the documents it carries out or cites, 2 this one, 3 the documents citing it. */
  column: 0 | 1 | 2 | 3;
  self?: boolean;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The same, said in words (for readers who do not see the drawing). */
  sentences: string[];
}

/** "42-NQ/TW" → "Nghị quyết số 42-NQ/TW" (the type from the number's letters). */
export function namedNumber(number: string): string {
  const code = /^[\d.]+(?:\/\d{4})?[-/]([\p{L}]+)/u.exec(number)?.[1];
  const type = code ? TYPE_BY_CODE[code] : undefined;
  return type ? numberedName(type, number) : `văn bản số ${number}`;
}

/** A document's status, said to a reader. */
export function statusText(status: DocumentStatus | Reference['status'] | null | undefined): string {
  if (!status) return 'chưa có thông tin đã được xác minh';
  const date = status.date ? ` từ ngày ${status.date.split('-').reverse().join('/')}` : '';
  switch (status.state) {
    case 'in-force':
      return `còn hiệu lực${status.note ? ` (${status.note.replace(/\.$/, '')})` : ''}`;
    case 'replaced':
      return `đã được thay thế${status.by ? ` bởi ${namedNumber(status.by)}` : ''}${date}`;
    case 'expired':
      return `hết hiệu lực${date}`;
  }
}

/** Split a name over at most two lines of about `width` characters. */
function wrap(text: string, width = 29): string[] {
  if (text.length <= width) return [text];
  const words = text.split(' ');
  let first = '';
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= width) first = `${first} ${words.shift()}`.trim();
  let second = words.join(' ');
  if (second.length > width) second = `${second.slice(0, width - 1).trimEnd()}…`;
  return second ? [first, second] : [first];
}

const CARRY_OUT = /(?:thực hiện|triển khai|cụ thể hóa|quán triệt)[^.;:]*$/u;

/** The references a document carries out: cited in its subject, or in a preamble sentence that says it carries them out. */
function carriedOut(document: DirectiveDocument): Set<string> {
  const out = new Set<string>();
  for (const paragraph of document.preamble) {
    for (const c of paragraph.references) {
      if (!c.target || c.target === 'self') continue;
      const at = paragraph.text.indexOf(c.text);
      if (at >= 0 && CARRY_OUT.test(paragraph.text.slice(Math.max(0, at - 160), at))) out.add(c.target);
    }
  }
  const subject = document.meta.subject ?? '';
  for (const c of document.cites) if (c.target && c.number && subject.includes(c.number)) out.add(c.target);
  return out;
}

function referenceNode(r: Reference, column: DiagramNode['column'], kind: string): DiagramNode {
  return { id: `ref:${r.id}`, lines: wrap(numberedName(r.documentType, r.number)), kind, href: urls.reference(r.id), column };
}

/** The lược đồ of a document. */
export function documentDiagram(document: DirectiveDocument, model: SiteModel): Diagram {
  const nodes: DiagramNode[] = [{ id: 'self', lines: wrap(documentName(document.meta)), kind: 'Văn bản này', href: null, column: 2, self: true }];
  const edges: DiagramEdge[] = [];
  const sentences: string[] = [];
  const references = new Map(model.corpus.references.map((r) => [r.id, r]));
  const implemented = carriedOut(document);
  const cited = document.cites.filter((c) => c.target && c.target !== 'self' && references.has(c.target));
  for (const c of cited) {
    const r = references.get(c.target!)!;
    const carries = implemented.has(r.id);
    nodes.push(referenceNode(r, 1, carries ? 'Được thực hiện' : 'Được trích dẫn'));
    edges.push({ from: 'self', to: `ref:${r.id}`, label: carries ? 'thực hiện' : 'trích dẫn' });
    if (r.status?.state === 'replaced' && r.status.by) {
      const by = `by:${r.id}`;
      nodes.push({ id: by, lines: wrap(namedNumber(r.status.by)), kind: 'Văn bản thay thế', href: null, column: 0 });
      edges.push({ from: `ref:${r.id}`, to: by, label: 'được thay thế bởi' });
    }
  }
  const carried = cited.filter((c) => implemented.has(c.target!)).map((c) => numberedName(references.get(c.target!)!.documentType, references.get(c.target!)!.number));
  const others = cited.filter((c) => !implemented.has(c.target!)).map((c) => numberedName(references.get(c.target!)!.documentType, references.get(c.target!)!.number));
  if (carried.length > 0) sentences.push(`Văn bản này thực hiện ${carried.join(', ')}.`);
  if (others.length > 0) sentences.push(`Văn bản này trích dẫn ${others.join(', ')}.`);
  for (const r of cited.map((c) => references.get(c.target!)!).filter((r) => r.status?.state === 'replaced' && r.status.by)) {
    sentences.push(`${numberedName(r.documentType, r.number)} ${statusText(r.status)}.`);
  }
  // Documents of the corpus that cite this one (by its number).
  if (document.meta.number) {
    for (const other of model.citingNumber.get(document.meta.number) ?? []) {
      if (other.slug === document.slug) continue;
      nodes.push({ id: `doc:${other.slug}`, lines: wrap(documentName(other.meta)), kind: 'Trích dẫn văn bản này', href: urls.document(other.slug), column: 3 });
      edges.push({ from: `doc:${other.slug}`, to: 'self', label: 'trích dẫn' });
      sentences.push(`${documentName(other.meta)} trích dẫn văn bản này.`);
    }
  }
  return { nodes, edges, sentences };
}

/** The lược đồ of a cited document: the documents of the corpus that carry it out or cite it, and what replaced it. */
export function referenceDiagram(reference: Reference, model: SiteModel): Diagram {
  const nodes: DiagramNode[] = [referenceNode(reference, 2, 'Văn bản này')];
  nodes[0]!.self = true;
  nodes[0]!.href = null;
  const edges: DiagramEdge[] = [];
  const sentences: string[] = [];
  for (const document of model.citingReference.get(reference.id) ?? []) {
    const carries = carriedOut(document).has(reference.id);
    nodes.push({ id: `doc:${document.slug}`, lines: wrap(documentName(document.meta)), kind: carries ? 'Thực hiện văn bản này' : 'Trích dẫn văn bản này', href: urls.document(document.slug), column: 3 });
    edges.push({ from: `doc:${document.slug}`, to: nodes[0]!.id, label: carries ? 'thực hiện' : 'trích dẫn' });
    sentences.push(`${documentName(document.meta)} ${carries ? 'thực hiện' : 'trích dẫn'} văn bản này.`);
  }
  if (reference.status?.state === 'replaced' && reference.status.by) {
    nodes.push({ id: 'by', lines: wrap(namedNumber(reference.status.by)), kind: 'Văn bản thay thế', href: null, column: 1 });
    edges.push({ from: nodes[0]!.id, to: 'by', label: 'được thay thế bởi' });
    sentences.push(`Văn bản này ${statusText(reference.status)}.`);
  }
  return { nodes, edges, sentences };
}
