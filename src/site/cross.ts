/**
 * What a document's page shows of the other documents of the corpus: the
 * chain of documents it carries out and that carry it out, where the corpus
 * cites it (with the citing document's name and provision's label), and its
 * diagram. Worked out from the whole site model; a shard's build
 * (src/site/part.ts) holds only its own documents, so `npm run shard -- plan`
 * works these views out once for every document and each part reads its
 * own, already made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectiveDocument, Provision } from '../schemas/document.js';
import type { SiteModel } from './model.js';
import { documentChain, documentDiagram, type Diagram } from './relations.js';
import { documentName } from './text.js';

export interface ChainStep {
  slug: string;
  depth: number;
  name: string;
}

export interface CrossView {
  up: ChainStep[];
  down: ChainStep[];
  citedIn: Array<{ from: string; key: string | null; provision: string | null; name: string; label: string | null }>;
  diagram: Diagram;
}

/** The view of one document, from the whole model. */
export function crossView(slug: string, model: SiteModel): CrossView {
  const document = model.documentsBySlug.get(slug);
  if (!document) throw new Error(`the corpus has no document "${slug}"`);
  const name = (other: string) => documentName(model.documentsBySlug.get(other)!.meta);
  const chain = documentChain(document, model);
  return {
    up: chain.up.map((step) => ({ ...step, name: name(step.slug) })),
    down: chain.down.map((step) => ({ ...step, name: name(step.slug) })),
    citedIn: (model.citedIn.get(slug) ?? []).map((c) => ({
      from: c.from,
      key: c.key,
      provision: c.provision,
      name: name(c.from),
      label: c.key ? (model.provisions.get(c.key)?.provision.label ?? null) : null,
    })),
    diagram: documentDiagram(document, model),
  };
}

/** The one source span the stripped provisions share (the views never read where a provision stands). */
const NOWHERE: Provision['source'] = Object.freeze({ startLine: 1, endLine: 1 });

/**
 * A document with only what the views read, of it or of the others: its
 * meta and header, its citations (and the preamble that says which it
 * carries out), and its provisions' ids, labels, citations and task rows.
 * Text and tags are emptied. The plan holds every document of the corpus
 * so: at 10,000 directives the corpus whole is more than a process should
 * hold. The views of a corpus of these are the views of the corpus
 * (tests/shards/cross.test.ts).
 */
export function crossViewInput(document: DirectiveDocument): DirectiveDocument {
  const provision = (p: Provision): Provision => ({
    ...p,
    citation: '',
    source: NOWHERE,
    heading: null,
    text: '',
    paragraphs: [],
    responsible: [],
    coordinating: [],
    reportsTo: [],
    beneficiaries: [],
    areas: [],
    groups: [],
    deadlines: [],
    ...(p.tables ? { tables: [] } : {}),
    children: p.children.map(provision),
  });
  return {
    ...document,
    addressees: [],
    provisions: document.provisions.map(provision),
    closing: document.closing.map((c) => ({ ...c, text: '', deadlines: [], responsible: [], coordinating: [], reportsTo: [] })),
    copiesTo: [],
    signature: null,
    otherSignatures: [],
    footnotes: [],
    appendices: document.appendices.map((a) => ({ ...a, header: [], subtitle: [], lines: [], rows: [], rowLines: [] })),
    artefacts: [],
    trailer: [],
  };
}

/** Where the plan keeps a shard's views, beside the plan itself. */
export function viewsFile(planPath: string, shard: string): string {
  return join(planPath, '..', 'views', `${shard}.json`);
}

const CACHE = Symbol.for('directive-cross-views');

/**
 * The view of a document for the page being rendered: a shard's build reads
 * the views its plan made (`SITE_SHARD_PLAN`), the whole site works them out.
 */
export function crossViewFor(slug: string, model: SiteModel, shard: string | null): CrossView {
  if (shard === null) return crossView(slug, model);
  const store = globalThis as typeof globalThis & { [CACHE]?: Record<string, CrossView> };
  if (!store[CACHE]) {
    const plan = process.env['SITE_SHARD_PLAN'];
    if (!plan) throw new Error('a shard builds without SITE_SHARD_PLAN: run it through npm run shard');
    store[CACHE] = JSON.parse(readFileSync(viewsFile(plan, shard), 'utf8')) as Record<string, CrossView>;
  }
  const view = store[CACHE][slug];
  if (!view) throw new Error(`the plan's views of shard ${shard} have no document "${slug}": run npm run shard -- plan again`);
  return view;
}
