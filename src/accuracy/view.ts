/**
 * The scorer's view of a parse (see score.ts): read off the published
 * document and the tree, so that scoring sees exactly what the site shows.
 */
import { parseDirective, type LayoutHints, type ParseOutcome, type Vocabulary } from '../parser/index.js';
import type { ProvisionNode, RootNode } from '../parser/nodes.js';
import { toText } from '../parser/output/to-text.js';
import type { BodyTag, Provision } from '../schemas/document.js';
import type { Gold } from './gold.js';
import type { LoadedCorrections } from '../schemas/corrections.js';
import type { DirectiveMetaFile } from '../schemas/meta.js';
import { scoreDocument, type DocumentScore, type ParseView, type ViewBody, type ViewProvision } from './score.js';

function bodies(tags: BodyTag[]): ViewBody[] {
  return tags.map((tag) => ({
    name: tag.name,
    printed: [...new Set(tag.evidence.map((e) => e.text))],
    line: tag.evidence[0]?.line ?? 0,
    column: tag.evidence[0]?.column ?? 0,
  }));
}

function provision(p: Provision): ViewProvision {
  return {
    marker: p.marker,
    heading: p.heading,
    text: p.text,
    deadlines: p.deadlines.filter((d) => !d.inherited),
    responsible: bodies(p.responsible),
    // The gold's "with whom" is "phối hợp với …"; bodies a provision directs (chỉ đạo) are another relation.
    coordinating: bodies(p.coordinating.filter((t) => t.relation === 'phoi-hop')),
    children: p.children.map(provision),
  };
}

/** Source lines of every literal node inside the provisions. */
function provisionLines(tree: RootNode): number[] {
  const lines = new Set<number>();
  const walk = (node: { position?: { start: { line: number }; end: { line: number } }; children?: unknown[]; value?: unknown }) => {
    if (typeof node.value === 'string' && node.position) for (let l = node.position.start.line; l <= node.position.end.line; l++) lines.add(l);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  const body = tree.children.find((node) => node.type === 'body');
  for (const p of (body?.children ?? []) as ProvisionNode[]) walk(p);
  return [...lines];
}

/** The view of a parse outcome. */
export function viewOf(outcome: ParseOutcome): ParseView {
  const { document, tree } = outcome;
  if (!document || !tree) {
    return {
      failed: true,
      meta: { documentType: null, number: null, date: null, place: null, issuer: null, subject: null },
      addressees: [],
      preamble: [],
      preambleDeadlines: [],
      closingDeadlines: [],
      provisions: [],
      tasks: [],
      closing: [],
      footnotes: 0,
      appendices: 0,
      copiesTo: 0,
      signature: null,
      otherSignatures: [],
      citations: [],
      text: '',
      furnitureLines: [],
      provisionLines: [],
      doubts: [],
    };
  }
  // Provision ids to paths of indexes, as the gold names provisions.
  const paths = new Map<string, string>();
  const number = (list: Provision[], prefix: string) =>
    list.forEach((p, i) => {
      const path = prefix ? `${prefix}.${i}` : String(i);
      paths.set(p.id, path);
      number(p.children, path);
    });
  number(document.provisions, '');
  const citations: ParseView['citations'] = [];
  // The rows of tables inside provisions: the table is named by its provision's path, as the golds name it.
  const bodyTasks: ParseView['tasks'] = [];
  const collect = (list: Provision[]) => {
    for (const p of list) {
      citations.push(...p.references.filter((c) => c.target !== 'self'));
      for (const t of p.tasks ?? []) bodyTasks.push({ table: paths.get(p.id)!, row: t.number, responsible: bodies(t.responsible), coordinating: bodies(t.coordinating) });
      collect(p.children);
    }
  };
  for (const paragraph of document.preamble) citations.push(...paragraph.references.filter((c) => c.target !== 'self'));
  collect(document.provisions);
  return {
    failed: false,
    meta: document.meta,
    addressees: document.addressees.map((a) => a.text),
    preamble: document.preamble.map((p) => p.text),
    preambleDeadlines: document.preamble.flatMap((p) => p.deadlines),
    closingDeadlines: document.closing.flatMap((p) => p.deadlines),
    provisions: document.provisions.map(provision),
    tasks: [...bodyTasks, ...document.appendices.flatMap((a, i) => a.tasks.map((t) => ({ table: `appendix:${i + 1}`, row: t.number, responsible: bodies(t.responsible), coordinating: bodies(t.coordinating) })))],
    closing: document.closing.map((p) => p.text),
    footnotes: document.footnotes.length,
    appendices: document.appendices.length,
    copiesTo: document.copiesTo.length,
    signature: document.signature,
    otherSignatures: document.otherSignatures,
    citations,
    text: toText(tree),
    furnitureLines: document.artefacts.map((a) => a.line),
    provisionLines: provisionLines(tree),
    doubts: document.doubts.filter((d) => !d.cleared).map((d) => ({ rule: d.rule, path: d.provision ? (paths.get(d.provision) ?? null) : null, field: d.field })),
  };
}

/** Parse one source and score it against its gold standard. */
/** An editor's work on a document: corrections.yaml and meta.yaml, validated. */
export interface Editorial {
  corrections?: LoadedCorrections | null;
  meta?: DirectiveMetaFile | null;
}

export function scoreSource(gold: Gold, source: Uint8Array | string, path: string, vocabulary: Vocabulary, hints?: LayoutHints, editorial: Editorial = {}): DocumentScore {
  const outcome = parseDirective({ source, path, slug: 'document', vocabulary, ...(hints ? { hints } : {}), corrections: editorial.corrections ?? null, meta: editorial.meta ?? null });
  const score = scoreDocument(gold, viewOf(outcome), typeof source === 'string' ? source : new TextDecoder().decode(source));
  // Corrections refused (a line that no longer reads as quoted): said, never applied.
  const refused = outcome.file.messages.filter((m) => m.ruleId === 'correction-refused').map((m) => m.reason);
  return refused.length > 0 ? { ...score, refused } : score;
}
