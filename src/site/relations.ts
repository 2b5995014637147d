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
const LEADS_CARRYING_OUT = /^\s*(?:Thực hiện|Triển khai|Cụ thể hóa|Quán triệt)\b/u;

/**
 * What a document carries out: the registry documents (by id) and the corpus documents (by `doc:` and
 * their slug) cited in its subject, or in a preamble sentence that says it carries them out.
 */
function carriedOut(document: DirectiveDocument): Set<string> {
  const out = new Set<string>();
  const idOf = (c: { target: string | null; document?: string | undefined }) => (c.document ? `doc:${c.document}` : c.target && c.target !== 'self' ? c.target : null);
  for (const paragraph of document.preamble) {
    for (const c of paragraph.references) {
      const id = idOf(c);
      if (!id) continue;
      const at = paragraph.text.indexOf(c.text);
      if (at < 0) continue;
      // "Thực hiện A; B …": a sentence that opens by carrying out carries out every document it lists.
      const sentence = paragraph.text.slice(0, at).split(/[.:!?]\s/u).at(-1) ?? '';
      if (CARRY_OUT.test(paragraph.text.slice(Math.max(0, at - 160), at)) || LEADS_CARRYING_OUT.test(sentence)) out.add(id);
    }
  }
  const subject = document.meta.subject ?? '';
  for (const c of document.cites) {
    const id = idOf(c);
    if (id && c.number && subject.includes(c.number)) out.add(id);
  }
  return out;
}

/** One step of a chain of documents: a document of the corpus, how far up or down, and what it is to the next. */
export interface ChainStep {
  slug: string;
  depth: number;
}

/**
 * The chain through a document, within the corpus: the documents it carries
 * out, and those they carry out, up to the top (`up`); the documents that
 * carry it out, and those that carry them out (`down`). Each document once,
 * nearest first; linear in the links walked.
 */
export function documentChain(document: DirectiveDocument, model: SiteModel): { up: ChainStep[]; down: ChainStep[] } {
  const walk = (next: (slug: string) => string[]): ChainStep[] => {
    const seen = new Set([document.slug]);
    const out: ChainStep[] = [];
    let frontier = [document.slug];
    for (let depth = 1; frontier.length > 0 && depth <= 12; depth++) {
      const following: string[] = [];
      for (const slug of frontier) {
        for (const other of next(slug)) {
          if (seen.has(other)) continue;
          seen.add(other);
          out.push({ slug: other, depth });
          following.push(other);
        }
      }
      frontier = following;
    }
    return out;
  };
  const upOf = (slug: string) => {
    const d = model.documentsBySlug.get(slug);
    return d ? [...carriedOut(d)].filter((id) => id.startsWith('doc:')).map((id) => id.slice(4)) : [];
  };
  const downOf = (slug: string) =>
    [...new Set((model.citedIn.get(slug) ?? []).map((c) => c.from))].filter((from) => {
      const d = model.documentsBySlug.get(from);
      return d !== undefined && carriedOut(d).has(`doc:${slug}`);
    });
  return { up: walk(upOf), down: walk(downOf) };
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
  // Documents of the corpus it cites (linked by their number): carried out, or cited.
  const seen = new Set<string>();
  for (const c of document.cites) {
    if (!c.document || c.document === document.slug || seen.has(c.document)) continue;
    const other = model.documentsBySlug.get(c.document);
    if (!other) continue;
    seen.add(c.document);
    const carries = implemented.has(`doc:${c.document}`);
    nodes.push({ id: `doc:${other.slug}`, lines: wrap(documentName(other.meta)), kind: carries ? 'Được thực hiện' : 'Được trích dẫn', href: urls.document(other.slug), column: 1 });
    edges.push({ from: 'self', to: `doc:${other.slug}`, label: carries ? 'thực hiện' : 'trích dẫn' });
    sentences.push(`Văn bản này ${carries ? 'thực hiện' : 'trích dẫn'} ${documentName(other.meta)}.`);
  }
  // Documents of the corpus that cite this one: linked to it, or citing its number.
  const citing = new Set([...(model.citedIn.get(document.slug) ?? []).map((c) => c.from), ...(document.meta.number ? (model.citingNumber.get(document.meta.number) ?? []).map((d) => d.slug) : [])]);
  for (const slug of citing) {
    const other = model.documentsBySlug.get(slug);
    if (!other || slug === document.slug || seen.has(slug)) continue;
    const carries = carriedOut(other).has(`doc:${document.slug}`);
    nodes.push({ id: `doc:${slug}`, lines: wrap(documentName(other.meta)), kind: carries ? 'Thực hiện văn bản này' : 'Trích dẫn văn bản này', href: urls.document(slug), column: 3 });
    edges.push({ from: `doc:${slug}`, to: 'self', label: carries ? 'thực hiện' : 'trích dẫn' });
    sentences.push(`${documentName(other.meta)} ${carries ? 'thực hiện' : 'trích dẫn'} văn bản này.`);
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
