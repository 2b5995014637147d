/**
 * Serialise stage: the annotated tree → the published JSON document
 * (validated by the zod schema in src/schemas/document.ts).
 */
import type { VFile } from 'vfile';
import type { Appendix, Citation, Diagnostic, DirectiveDocument, DocumentStatus, Footnote, ListEntry, Original, Provision } from '../../schemas/document.js';
import { findBodies } from '../tags/bodies.js';
import { documentField } from '../tags/fields.js';
import { qualify, type Jurisdiction } from '../tags/jurisdiction.js';
import { textOf, type AppendixNode, type FootnotesNode, type ListNode, type ParagraphNode, type ProvisionNode, type RootNode, type SignatureNode } from '../nodes.js';
import type { Vocabulary } from '../vocabulary.js';

export interface DocumentOptions {
  vocabulary: Vocabulary;
  slug: string;
  notes?: string[];
  sourceSha256?: string | null;
  /** The PDF or Word file the text was read from. */
  original?: Original | null;
  /** Whether it is in force, as an editor has checked (meta.yaml). */
  status?: DocumentStatus | null;
  /** The field an editor set (meta.yaml), by id. */
  field?: string | null;
}

/**
 * Where the text came from the pages of an original (a PDF or a scan):
 * every source span gets its pages, every provenance the page of its evidence.
 */
function addPages(document: DirectiveDocument, pages: number[]): void {
  const pageOf = (line: number) => pages[line - 1];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['startLine'] === 'number' && typeof record['endLine'] === 'number') {
      const start = pageOf(record['startLine']);
      const end = pageOf(record['endLine']);
      if (start !== undefined && end !== undefined) Object.assign(record, { startPage: start, endPage: end });
      return;
    }
    for (const child of Object.values(record)) walk(child);
  };
  walk(document.preamble);
  walk(document.provisions);
  walk(document.closing);
  walk(document.copiesTo);
  walk(document.signature);
  walk(document.footnotes);
  walk(document.appendices);
  for (const provenance of Object.values(document.provenance)) {
    const page = provenance.evidence ? pageOf(provenance.evidence.line) : undefined;
    if (page !== undefined) provenance.page = page;
  }
}

function span(node: { position: { start: { line: number }; end: { line: number } } }) {
  return { startLine: node.position.start.line, endLine: node.position.end.line };
}

function listEntries(list: ListNode | undefined, vocabulary: Vocabulary, jurisdiction: Jurisdiction | null): ListEntry[] {
  if (!list) return [];
  return list.children
    .filter((child) => child.type === 'listItem')
    .map((item) => {
      const text = textOf({ children: item.children.filter((c) => c.type === 'text') });
      const seen = new Set<string>();
      const bodies: ListEntry['bodies'] = [];
      for (const mention of findBodies(text, vocabulary)) {
        const where = qualify(mention, text.slice(mention.start, mention.end), jurisdiction);
        if (seen.has(where.id)) continue;
        seen.add(where.id);
        bodies.push({ id: where.id, name: mention.name, jurisdiction: where.jurisdiction });
      }
      return { text, bodies, source: span(item) };
    });
}

function provision(node: ProvisionNode, vocabulary: Vocabulary): Provision {
  const heading = node.children.find((child) => child.type === 'heading');
  const marker = node.children.find((child) => child.type === 'marker');
  const paragraphs = node.children.filter((child): child is ParagraphNode => child.type === 'paragraph').map((p) => textOf(p));
  const areas = node.data.areas ?? [];
  const groups = [...new Set(areas.map((area) => area.group).filter((g): g is string => g !== null))].flatMap((group) => {
    const found = vocabulary.parts.get(group);
    return found ? [{ reference: found.reference.id, part: found.part.id, label: found.part.label }] : [];
  });
  return {
    id: node.data.id!,
    number: node.number,
    marker: marker?.value ?? node.number,
    style: node.style,
    ordinal: node.ordinal,
    label: node.data.label!,
    citation: node.data.citation!,
    heading: heading ? textOf(heading) : null,
    text: paragraphs.join('\n'),
    paragraphs,
    responsible: node.data.responsible ?? [],
    coordinating: node.data.coordinating ?? [],
    reportsTo: node.data.reportsTo ?? [],
    beneficiaries: node.data.beneficiaries ?? [],
    areas,
    references: node.data.references ?? [],
    groups,
    deadlines: node.data.deadlines ?? [],
    source: span(node),
    ...(node.data.editorial ? { provenance: 'editorial' as const, corrected: node.data.editorial.parts, editorNotes: node.data.editorial.notes } : {}),
    ...(node.data.cellTables?.length ? { tables: node.data.cellTables } : {}),
    ...(node.data.tasks?.length ? { tasks: node.data.tasks } : {}),
    children: node.children.filter((child): child is ProvisionNode => child.type === 'provision').map((child) => provision(child, vocabulary)),
  };
}

/** A rank of the army or the police, or an academic title ("PGS.TS.", "TS.", "ThS."), printed before a signer's name. */
const RANK = /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+|(?:(?:GS|PGS|TSKH|TS|ThS|Ths|BSCKII|BSCKI|BS|DS|KS)\.\s*)+)(?=\p{Lu})/u;

function signature(node: SignatureNode | undefined): DirectiveDocument['signature'] {
  if (!node) return null;
  const lines = node.children.map((line) => ({ role: line.role, text: textOf(line) }));
  // A title wrapped over lines ("VỤ TRƯỞNG" / "VỤ CẢI CÁCH HÀNH CHÍNH") is one title; titles apart (two signers) are two.
  const titles: string[] = [];
  lines.forEach((l, i) => {
    if (l.role !== 'title') return;
    if (i > 0 && lines[i - 1]!.role === 'title') titles[titles.length - 1] += ` ${l.text}`;
    else titles.push(l.text);
  });
  return {
    authority: lines.filter((l) => l.role === 'authority').map((l) => l.text).join(' / ') || null,
    title: titles.join(' / ') || null,
    // "Đại tá Hà Văn Thắng", "PGS.TS. Lâm Quốc Thái": the signer's name without the rank or title printed before it (the lines keep it).
    name: lines.find((l) => l.role === 'name')?.text.replace(RANK, '') ?? null,
    lines: lines.map((l) => l.text),
    source: span(node),
  };
}

/** The diagnostics of a file, in source order. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages
    .map((message) => ({
      severity: message.fatal === true ? ('error' as const) : message.fatal === false ? ('warning' as const) : ('info' as const),
      message: message.reason,
      ruleId: message.ruleId ?? 'parser',
      line: message.line ?? 0,
      column: message.column ?? 0,
      ...(message.file && message.file !== file.path ? { file: message.file } : {}),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Build the published document from an annotated tree. */
export function toDocument(tree: RootNode, file: VFile, options: DocumentOptions): DirectiveDocument {
  const find = <T extends RootNode['children'][number]['type']>(type: T) =>
    tree.children.find((node) => node.type === type) as Extract<RootNode['children'][number], { type: T }> | undefined;
  const header = find('header');
  const preamble = find('preamble');
  const provisions = (find('body')?.children ?? []).map((node) => provision(node, options.vocabulary));
  const allCitations: Citation[] = [
    ...(preamble?.children ?? []).flatMap((p) => p.data?.references ?? []),
    ...collect(provisions),
    ...(find('closing')?.children ?? []).flatMap((p) => p.data?.references ?? []),
  ];
  const cites: DirectiveDocument['cites'] = [];
  const byKey = new Map<string, DirectiveDocument['cites'][number]>();
  for (const citation of allCitations) {
    if (citation.target === 'self') continue;
    const key = citation.target ?? citation.number ?? citation.text;
    const existing = byKey.get(key);
    if (existing) existing.count++;
    else {
      const entry = { target: citation.target, number: citation.number, text: citation.text, count: 1 };
      byKey.set(key, entry);
      cites.push(entry);
    }
  }
  const issuedAfter = tree.data.issuedAfter ?? null;
  const corrections = tree.data.corrections ?? null;
  const closingCorrected = corrections?.entries.some((e) => e.correction.closing !== undefined) ?? false;
  const document: DirectiveDocument = {
    slug: options.slug,
    meta: tree.data.meta!,
    provenance: tree.data.provenance ?? {},
    issuedAfter,
    header: (header?.children ?? []).map((field) => ({ role: field.role, text: textOf(field), line: field.position.start.line })),
    addressees: listEntries(find('addressees'), options.vocabulary, tree.data.jurisdiction ?? null),
    preamble: (preamble?.children ?? []).map((p) => ({ text: textOf(p), leadIn: p.data?.leadIn === true, references: p.data?.references ?? [], deadlines: p.data?.deadlines ?? [], source: span(p) })),
    provisions,
    closing: (find('closing')?.children ?? []).map((p) => ({
      text: textOf(p),
      references: p.data?.references ?? [],
      deadlines: p.data?.deadlines ?? [],
      responsible: p.data?.responsible ?? [],
      coordinating: p.data?.coordinating ?? [],
      reportsTo: p.data?.reportsTo ?? [],
      source: span(p),
      ...(p.data?.editorial !== undefined || closingCorrected ? { provenance: 'editorial' as const, ...(p.data?.editorial || corrections?.note ? { editorNote: (p.data?.editorial || corrections?.note)! } : {}) } : {}),
    })),
    copiesTo: listEntries(find('copiesTo'), options.vocabulary, tree.data.jurisdiction ?? null),
    signature: signature(find('signature')),
    otherSignatures: tree.children.filter((node): node is SignatureNode => node.type === 'signature').slice(1).map((node) => signature(node)!),
    footnotes: footnotesOf(find('footnotes'), provisions),
    appendices: tree.children.filter((node): node is AppendixNode => node.type === 'appendix').map(appendixOf),
    artefacts: tree.data.artefacts.map((a) => ({ kind: a.kind, line: a.line, text: a.text })),
    trailer: (find('trailer')?.children ?? []).map((p) => textOf(p)),
    cites,
    notes: options.notes ?? [],
    sourceSha256: options.sourceSha256 ?? null,
    original: options.original ?? null,
    status: options.status ?? null,
    diagnostics: diagnosticsOf(file),
    field: null,
    doubts: tree.data.doubts ?? [],
    unread: (tree.data.unread ?? []).filter((field) => tree.data.meta?.[field] === null),
    corrections: corrections ? { count: corrections.entries.length, note: corrections.note, checked: corrections.checked } : null,
  };
  if (tree.data.pages) addPages(document, tree.data.pages);
  document.field = documentField(document, options.vocabulary, options.field ?? null);
  return document;
}

function appendixOf(node: AppendixNode): Appendix {
  const header = node.children.slice(0, node.data.headerLines).map((p) => textOf(p));
  const [title, ...rest] = node.children.slice(node.data.headerLines);
  const paragraphs = rest.map((p) => textOf(p));
  return {
    header,
    title: title ? textOf(title) : '',
    subtitle: paragraphs.slice(0, node.data.subtitleLines),
    lines: paragraphs.slice(node.data.subtitleLines),
    rows: node.data.rows,
    rowLines: node.data.rowLines,
    tasks: node.data.tasks ?? [],
    cellTables: node.data.cellTables ?? [],
    source: span(node),
  };
}

/** Footnotes, each reference with the provision its mark stands in. */
function footnotesOf(node: FootnotesNode | undefined, provisions: Provision[]): Footnote[] {
  if (!node) return [];
  const lineOwner = new Map<number, string>();
  const walk = (list: Provision[]) => {
    for (const p of list) {
      // Innermost provision wins: children are visited after their parent.
      for (let line = p.source.startLine; line <= p.source.endLine; line++) lineOwner.set(line, p.id);
      walk(p.children);
    }
  };
  walk(provisions);
  return node.children.map((note) => ({
    mark: note.mark,
    text: textOf({ children: note.children.filter((c) => c.type === 'text') }),
    references: note.data.references.map((ref) => ({ line: ref.line, column: ref.column, provision: lineOwner.get(ref.line) ?? null })),
    source: span(note),
  }));
}

function collect(provisions: Provision[]): Citation[] {
  return provisions.flatMap((p) => [...p.references, ...collect(p.children)]);
}
