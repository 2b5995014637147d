/**
 * The site's view of the corpus: flat provisions with their place in the
 * document, and the indexes the pages are built from (bodies, areas,
 * beneficiary groups, cited documents, the bodies × areas matrix). Pure
 * functions of the validated corpus.
 */
import type { Corpus } from '../schemas/corpus.js';
import type { BodyTag, DirectiveDocument, Provision } from '../schemas/document.js';
import { bodyTitle } from './text.js';

export type Relation = BodyTag['relation'];

/** One provision with its document and neighbours. */
export interface FlatProvision {
  /** `<document slug>/<provision id>`: unique in the corpus. */
  key: string;
  document: string;
  provision: Provision;
  /** Labels and ids of the enclosing provisions, outermost first. */
  ancestors: Array<{ id: string; label: string }>;
  depth: number;
  previous: string | null;
  next: string | null;
}

export interface BodyEntry {
  key: string;
  relation: Relation;
  inherited: boolean;
}

export interface BodyIndex {
  id: string;
  name: string;
  kind: BodyTag['kind'];
  /** Every provision that names the body, in document order, with how. */
  entries: BodyEntry[];
  /** Other spellings seen in the texts. */
  spellings: string[];
}

export interface TermIndex {
  id: string;
  label: string;
  keys: string[];
}

export interface SiteModel {
  corpus: Corpus;
  documents: DirectiveDocument[];
  provisions: Map<string, FlatProvision>;
  /** Provision keys in corpus order. */
  order: string[];
  bodies: BodyIndex[];
  areas: Array<TermIndex & { group: string | null }>;
  beneficiaries: TermIndex[];
  /** Provision keys citing each registry document, by registry id. */
  citedBy: Map<string, string[]>;
}

const RELATION_ORDER: Relation[] = ['chu-tri', 'chi-dao', 'phoi-hop', 'bao-cao'];

/** Build the site model. Deterministic: everything is in corpus order or sorted by id. */
export function buildModel(corpus: Corpus): SiteModel {
  const provisions = new Map<string, FlatProvision>();
  const order: string[] = [];
  for (const document of corpus.documents) {
    const walk = (items: Provision[], ancestors: FlatProvision['ancestors']) => {
      for (const provision of items) {
        const key = `${document.slug}/${provision.id}`;
        const previous = order.length > 0 && provisions.get(order[order.length - 1]!)?.document === document.slug ? order[order.length - 1]! : null;
        if (previous) provisions.get(previous)!.next = key;
        provisions.set(key, { key, document: document.slug, provision, ancestors, depth: ancestors.length, previous, next: null });
        order.push(key);
        walk(provision.children, [...ancestors, { id: provision.id, label: provision.label }]);
      }
    };
    walk(document.provisions, []);
  }

  const bodies = new Map<string, BodyIndex>();
  const areas = new Map(corpus.taxonomy.areas.map((a) => [a.id, { id: a.id, label: a.label, group: a.group, keys: [] as string[] }]));
  const beneficiaries = new Map(corpus.taxonomy.beneficiaries.map((b) => [b.id, { id: b.id, label: b.label, keys: [] as string[] }]));
  const citedBy = new Map<string, string[]>(corpus.references.map((r) => [r.id, []]));
  for (const key of order) {
    const { provision } = provisions.get(key)!;
    for (const tag of [...provision.responsible, ...provision.coordinating, ...provision.reportsTo]) {
      let body = bodies.get(tag.id);
      if (!body) {
        body = { id: tag.id, name: bodyTitle(tag), kind: tag.kind, entries: [], spellings: [] };
        bodies.set(tag.id, body);
      }
      const title = bodyTitle(tag);
      if (title !== body.name && !body.spellings.includes(title)) body.spellings.push(title);
      if (!body.entries.some((e) => e.key === key && e.relation === tag.relation)) body.entries.push({ key, relation: tag.relation, inherited: tag.inherited });
    }
    for (const area of provision.areas) areas.get(area.id)?.keys.push(key);
    for (const group of provision.beneficiaries) beneficiaries.get(group.id)?.keys.push(key);
    for (const citation of provision.references) {
      const list = citation.target ? citedBy.get(citation.target) : undefined;
      if (list && !list.includes(key)) list.push(key);
    }
  }
  return {
    corpus,
    documents: corpus.documents,
    provisions,
    order,
    bodies: [...bodies.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id)),
    areas: [...areas.values()],
    beneficiaries: [...beneficiaries.values()],
    citedBy,
  };
}

/** A body's entries grouped by document, then by relation, in document order. */
export function entriesByDocument(body: BodyIndex, model: SiteModel): Array<{ document: DirectiveDocument; byRelation: Array<{ relation: Relation; entries: BodyEntry[] }> }> {
  return model.documents
    .map((document) => {
      const entries = body.entries.filter((e) => model.provisions.get(e.key)!.document === document.slug);
      const byRelation = RELATION_ORDER.map((relation) => ({ relation, entries: entries.filter((e) => e.relation === relation) })).filter((g) => g.entries.length > 0);
      return { document, byRelation };
    })
    .filter((group) => group.byRelation.length > 0);
}

/** The bodies × areas matrix: for each body, the provisions it is responsible for in each area. */
export function matrix(model: SiteModel): Array<{ body: BodyIndex; cells: Array<{ area: string; keys: string[] }> }> {
  return model.bodies
    .map((body) => ({
      body,
      cells: model.areas.map((area) => ({
        area: area.id,
        keys: body.entries.filter((e) => e.relation === 'chu-tri' && area.keys.includes(e.key)).map((e) => e.key),
      })),
    }))
    .filter((row) => row.cells.some((cell) => cell.keys.length > 0));
}
