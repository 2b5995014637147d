/**
 * The site's view of the corpus: flat provisions with their place in the
 * document, and the indexes the pages are built from (bodies, areas,
 * beneficiary groups, cited documents, the bodies × areas matrix). Pure
 * functions of the validated corpus.
 */
import type { Corpus } from '../schemas/corpus.js';
import type { BodyTag, Citation, DirectiveDocument, Provision, TaskRow } from '../schemas/document.js';
import { citedElsewhere, type CitedDocument } from './cited.js';
import type { Reference } from '../schemas/reference.js';
import { memberships, partnersOf, partnersOfDirected } from './duties.js';
import { bodyTitle } from './text.js';

/** Vietnamese order ("Đ" after "D", marks after their letter). */
export const COLLATOR = new Intl.Collator('vi');

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
  /** Its name without its jurisdiction, for lists that say the jurisdiction once. */
  label: string;
  kind: BodyTag['kind'];
  /** Its id before jurisdiction (the taxonomy's, for a known body). */
  baseId: string;
  jurisdiction: string | null;
  /** Every provision that names the body, in document order, with how. */
  entries: BodyEntry[];
  /** Other spellings seen in the texts. */
  spellings: string[];
  /** The classes of bodies it is one of (their ids): their duties bind it too. */
  groups: string[];
  /** What documents ask of it in their closing paragraphs ("Giao Văn phòng … theo dõi, đôn đốc …"), in corpus order. */
  closing: ClosingEntry[];
}

/** A duty a document's closing gives a body: the document, the paragraph (0-based) and how. */
export interface ClosingEntry {
  document: string;
  paragraph: number;
  relation: Relation;
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
  bodiesById: Map<string, BodyIndex>;
  /** A provision key's place in corpus order. */
  position: Map<string, number>;
  areas: Array<TermIndex & { group: string | null }>;
  beneficiaries: TermIndex[];
  /** Provision keys citing each registry document, by registry id. */
  citedBy: Map<string, string[]>;
  /** Provision keys linked to a policy group of a registry document, by `groupKey(reference, part)`, in corpus order. */
  inGroup: Map<string, string[]>;
  documentsBySlug: Map<string, DirectiveDocument>;
  /** A document's place in corpus order. */
  documentIndex: Map<string, number>;
  /** The documents that cite a number ("92-KL/TW"), in corpus order. */
  citingNumber: Map<string, DirectiveDocument[]>;
  /** The documents that cite a registry document, by its id, in corpus order. */
  citingReference: Map<string, DirectiveDocument[]>;
  /**
   * Where the corpus cites each of its documents (src/corpus/links.ts), by the cited document's slug, in
   * corpus order: the citing document, the provision key it cites from (null: its preamble or closing),
   * and the cited provision's id where the text names one.
   */
  citedIn: Map<string, Array<{ from: string; key: string | null; provision: string | null; text: string }>>;
  /** The documents cited by number that are neither in the corpus nor in the registry, most cited first (cited.ts). */
  cited: CitedDocument[];
}

const RELATION_ORDER: Relation[] = ['chu-tri', 'chi-dao', 'phoi-hop', 'bao-cao'];

/** A task table's row as a provision: its task and its other cells the words, its cells' bodies and deadline its tags. */
export function taskProvision(task: TaskRow, index: number): Provision {
  const label = `${task.label.charAt(0).toLocaleUpperCase('vi')}${task.label.slice(1)}`;
  // Its other cells under their heads ("Cơ quan chủ trì: Sở Y tế", "Thời gian hoàn thành: Quý III/2026"), as the row prints them.
  const words = task.task.replace(/\s+/gu, ' ').trim();
  const paragraphs = [task.task, ...task.cells.filter((c) => c.text && c.text !== words).map((c) => `${c.head}: ${c.text}`)];
  return {
    id: task.id,
    number: task.number,
    marker: task.number,
    style: 'arabic',
    ordinal: index + 1,
    label,
    citation: task.citation,
    heading: null,
    text: paragraphs.join('\n'),
    paragraphs,
    responsible: task.responsible,
    coordinating: task.coordinating,
    reportsTo: [],
    beneficiaries: [],
    areas: [],
    references: [],
    groups: [],
    deadlines: task.deadlines,
    source: { startLine: task.line, endLine: task.line },
    children: [],
  };
}

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
        // The rows of a table it holds are duties like its items: each with its page, on its bodies' checklists.
        walk((provision.tasks ?? []).map((task, i) => taskProvision(task, i)), [...ancestors, { id: provision.id, label: provision.label }]);
      }
    };
    walk(document.provisions, []);
    // A plan's task rows are duties like provisions: each with its page, on its bodies' checklists.
    walk(document.appendices.flatMap((appendix) => appendix.tasks.map((task, i) => taskProvision(task, i))), []);
  }

  const bodies = new Map<string, BodyIndex>();
  const areas = new Map(corpus.taxonomy.areas.map((a) => [a.id, { id: a.id, label: a.label, group: a.group, keys: [] as string[] }]));
  const beneficiaries = new Map(corpus.taxonomy.beneficiaries.map((b) => [b.id, { id: b.id, label: b.label, keys: [] as string[] }]));
  const citedBy = new Map<string, string[]>(corpus.references.map((r) => [r.id, []]));
  const inGroup = new Map<string, string[]>();
  const seenEntries = new Set<string>();
  const bodyFor = (tag: BodyTag): BodyIndex => {
    let body = bodies.get(tag.id);
    if (!body) {
      body = { id: tag.id, name: bodyTitle(tag), label: tag.name, kind: tag.kind, baseId: tag.baseId, jurisdiction: tag.jurisdiction, entries: [], spellings: [], groups: [], closing: [] };
      bodies.set(tag.id, body);
    }
    return body;
  };
  for (const key of order) {
    const { provision } = provisions.get(key)!;
    // A body a table's rows name is listed by those rows, not again by the provision holding the table.
    const inRows = new Set((provision.tasks ?? []).flatMap((t) => [...t.responsible, ...t.coordinating].map((b) => b.id)));
    for (const tag of [...provision.responsible, ...provision.coordinating, ...provision.reportsTo]) {
      if (inRows.has(tag.id)) continue;
      const body = bodyFor(tag);
      const title = bodyTitle(tag);
      if (title !== body.name && !body.spellings.includes(title)) body.spellings.push(title);
      // Once per provision and relation (a provision may name a body twice).
      const entry = `${tag.id} ${key} ${tag.relation}`;
      if (!seenEntries.has(entry)) {
        seenEntries.add(entry);
        body.entries.push({ key, relation: tag.relation, inherited: tag.inherited });
      }
    }
    for (const area of provision.areas) areas.get(area.id)?.keys.push(key);
    for (const group of provision.beneficiaries) beneficiaries.get(group.id)?.keys.push(key);
    for (const citation of provision.references) {
      const list = citation.target ? citedBy.get(citation.target) : undefined;
      if (list && list.at(-1) !== key) list.push(key); // keys come in order: a repeat is the last one
    }
    for (const group of provision.groups) {
      const id = groupKey(group.reference, group.part);
      const list = inGroup.get(id);
      if (!list) inGroup.set(id, [key]);
      else if (list.at(-1) !== key) list.push(key);
    }
  }
  // What the closing paragraphs ask, once per paragraph, body and relation.
  for (const document of corpus.documents) {
    document.closing.forEach((paragraph, index) => {
      const seen = new Set<string>();
      for (const tag of [...paragraph.responsible, ...paragraph.coordinating, ...paragraph.reportsTo]) {
        const body = bodyFor(tag);
        if (seen.has(`${tag.id} ${tag.relation}`)) continue;
        seen.add(`${tag.id} ${tag.relation}`);
        body.closing.push({ document: document.slug, paragraph: index, relation: tag.relation });
      }
    });
  }
  const sorted = [...bodies.values()].sort((a, b) => COLLATOR.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const classes = memberships(sorted, corpus.taxonomy.bodies);
  for (const body of sorted) body.groups = classes.get(body.id) ?? [];
  return {
    corpus,
    documents: corpus.documents,
    provisions,
    order,
    bodies: sorted,
    bodiesById: new Map(sorted.map((b) => [b.id, b])),
    position: new Map(order.map((key, i) => [key, i])),
    // In Vietnamese order, as readers look them up ("Ưu đãi …" after "Trẻ em …").
    areas: [...areas.values()].sort((a, b) => COLLATOR.compare(a.label, b.label) || a.id.localeCompare(b.id)),
    beneficiaries: [...beneficiaries.values()].sort((a, b) => COLLATOR.compare(a.label, b.label) || a.id.localeCompare(b.id)),
    citedBy,
    inGroup,
    documentsBySlug: new Map(corpus.documents.map((d) => [d.slug, d])),
    citingNumber: citing(corpus.documents, (d) => d.cites.flatMap((c) => (c.number ? [c.number] : []))),
    citingReference: citing(corpus.documents, (d) => d.cites.flatMap((c) => (c.target ? [c.target] : []))),
    documentIndex: new Map(corpus.documents.map((d, i) => [d.slug, i])),
    citedIn: citedInCorpus(corpus.documents, provisions, order),
    cited: citedElsewhere(corpus.documents, (slug, id) => `${slug}/${id}`),
  };
}

/** Where the corpus cites each of its documents: once per citing provision (or preamble, closing) and cited provision. */
function citedInCorpus(documents: DirectiveDocument[], provisions: Map<string, FlatProvision>, order: string[]): SiteModel['citedIn'] {
  const out: SiteModel['citedIn'] = new Map();
  const add = (cited: string, entry: { from: string; key: string | null; provision: string | null; text: string }) => {
    const list = out.get(cited) ?? [];
    const last = list.at(-1);
    if (last && last.from === entry.from && last.key === entry.key && last.provision === entry.provision) return;
    list.push(entry);
    out.set(cited, list);
  };
  const keysOf = new Map<string, string[]>();
  for (const key of order) {
    const slug = provisions.get(key)!.document;
    // Pushed, not copied: a document of thousands of provisions would copy its list as often.
    const keys = keysOf.get(slug);
    if (keys) keys.push(key);
    else keysOf.set(slug, [key]);
  }
  for (const document of documents) {
    const linked = (c: Citation) => c.document !== undefined && c.document !== document.slug;
    for (const p of document.preamble) for (const c of p.references.filter(linked)) add(c.document!, { from: document.slug, key: null, provision: c.provision ?? null, text: c.text });
    for (const key of keysOf.get(document.slug) ?? []) {
      for (const c of provisions.get(key)!.provision.references.filter(linked)) add(c.document!, { from: document.slug, key, provision: c.provision ?? null, text: c.text });
    }
    for (const p of document.closing) for (const c of p.references.filter(linked)) add(c.document!, { from: document.slug, key: null, provision: c.provision ?? null, text: c.text });
  }
  return out;
}

/** A part of a registry document (a policy group of Nghị quyết 15), its sub-parts, and the provisions linked to it. */
export interface PolicyGroup {
  part: Reference['parts'][number];
  children: Array<Reference['parts'][number]>;
  keys: string[];
}

/** The policy groups of a registry document, in its order: linear in its parts and the provisions they link. */
export function policyGroups(reference: Reference, model: SiteModel): PolicyGroup[] {
  const children = new Map<string, PolicyGroup['children']>();
  for (const part of reference.parts) {
    if (!part.parent) continue;
    const list = children.get(part.parent);
    if (list) list.push(part);
    else children.set(part.parent, [part]);
  }
  return reference.parts.map((part) => ({ part, children: children.get(part.id) ?? [], keys: model.inGroup.get(groupKey(reference.id, part.id)) ?? [] }));
}

/** How `inGroup` names a policy group: its registry document and its part. */
export function groupKey(reference: string, part: string): string {
  return `${reference} ${part}`;
}

/** Each key with the documents that have it, once each, in corpus order. */
function citing(documents: DirectiveDocument[], keysOf: (d: DirectiveDocument) => string[]): Map<string, DirectiveDocument[]> {
  const out = new Map<string, DirectiveDocument[]>();
  for (const document of documents) {
    for (const key of new Set(keysOf(document))) {
      const list = out.get(key);
      if (list) list.push(document);
      else out.set(key, [document]);
    }
  }
  return out;
}

/**
 * Items grouped by the document they are in, in corpus order, each group in
 * the items' order. Linear in the items (and the groups, sorted).
 */
export function byDocument<T>(items: T[], documentOf: (item: T) => string, model: SiteModel): Array<{ document: DirectiveDocument; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const slug = documentOf(item);
    const group = groups.get(slug);
    if (group) group.push(item);
    else groups.set(slug, [item]);
  }
  return [...groups]
    .sort(([a], [b]) => model.documentIndex.get(a)! - model.documentIndex.get(b)!)
    .map(([slug, list]) => ({ document: model.documentsBySlug.get(slug)!, items: list }));
}

/** A body's entries grouped by document, then by relation, in document order. */
export function entriesByDocument(body: BodyIndex, model: SiteModel): Array<{ document: DirectiveDocument; byRelation: Array<{ relation: Relation; entries: BodyEntry[] }> }> {
  return byDocument(body.entries, (e) => model.provisions.get(e.key)!.document, model).map(({ document, items }) => ({
    document,
    byRelation: RELATION_ORDER.map((relation) => ({ relation, entries: items.filter((e) => e.relation === relation) })).filter((g) => g.entries.length > 0),
  }));
}

/**
 * What a body is named responsible for ("chủ trì"), by policy area, in the
 * order of the taxonomy's areas, each area's keys in corpus order. From the
 * body's own entries: linear in them, not in every area's list.
 */
export function responsibleByArea(body: BodyIndex, model: SiteModel): Array<{ area: SiteModel['areas'][number]; keys: string[] }> {
  const cells = new Map<string, string[]>(model.areas.map((area) => [area.id, []]));
  for (const e of body.entries) {
    if (e.relation !== 'chu-tri') continue;
    for (const id of new Set(model.provisions.get(e.key)!.provision.areas.map((a) => a.id))) cells.get(id)?.push(e.key);
  }
  return model.areas.map((area) => ({ area, keys: cells.get(area.id)! }));
}

/** The bodies × areas matrix: for each body, the provisions it is responsible for in each area. */
export function matrix(model: SiteModel): Array<{ body: BodyIndex; cells: Array<{ area: string; keys: string[] }> }> {
  return model.bodies
    .map((body) => ({ body, cells: responsibleByArea(body, model).map(({ area, keys }) => ({ area: area.id, keys })) }))
    .filter((row) => row.cells.some((cell) => cell.keys.length > 0));
}

/** A duty of a body: a provision, how it binds the body, and the class through which, if any. */
export interface Duty {
  key: string;
  relation: Relation;
  /** From an enclosing provision. */
  inherited: boolean;
  /** The class of bodies through which the provision binds this body (null: it names the body itself). */
  via: string | null;
}

/**
 * Everything that binds a body, in corpus order: what it names the body
 * for, and what it gives the classes the body is one of (their "chủ trì"
 * and "phối hợp"; a class's reports received or its being directed are its
 * own).
 */
export function dutiesOf(body: BodyIndex, model: SiteModel): Duty[] {
  const byId = model.bodiesById;
  const duties: Duty[] = body.entries.map((e) => ({ ...e, via: null }));
  const own = new Set(body.entries.map((e) => `${e.key} ${e.relation}`));
  for (const group of body.groups) {
    for (const e of byId.get(group)?.entries ?? []) {
      if ((e.relation !== 'chu-tri' && e.relation !== 'phoi-hop') || own.has(`${e.key} ${e.relation}`)) continue;
      own.add(`${e.key} ${e.relation}`);
      duties.push({ ...e, via: group });
    }
  }
  return duties.sort((a, b) => model.position.get(a.key)! - model.position.get(b.key)!);
}

/**
 * Where a provision has a body it inherits: the label of the nearest
 * enclosing provision that names the body itself ("Mục 2"), or null.
 */
export function inheritedFrom(flat: FlatProvision, bodyId: string, model: SiteModel): string | null {
  for (const ancestor of [...flat.ancestors].reverse()) {
    const p = model.provisions.get(`${flat.document}/${ancestor.id}`)?.provision;
    const tags = p ? [...p.responsible, ...p.coordinating, ...p.reportsTo] : [];
    if (tags.some((t) => t.id === bodyId && !t.inherited)) return ancestor.label;
  }
  return null;
}

/** A body named with its page. */
export interface BodyRef {
  id: string;
  name: string;
}

/** The answer a body page opens with: what it must do, with whom, reporting to whom, directed by whom. */
export interface BodySummary {
  /** Provisions it is responsible for, itself or as one of a class. */
  mustDo: number;
  /** … of which through a class. */
  throughClasses: number;
  documents: number;
  partners: BodyRef[];
  reportsTo: BodyRef[];
  /** Bodies it directs in its duties. */
  directs: BodyRef[];
  /** Bodies whose duties direct it. */
  directedBy: BodyRef[];
}

export function summaryOf(body: BodyIndex, model: SiteModel): BodySummary {
  const duties = dutiesOf(body, model);
  const byId = model.bodiesById;
  const refs = new Map<string, Map<string, BodyRef>>([['partners', new Map()], ['reportsTo', new Map()], ['directs', new Map()], ['directedBy', new Map()]]);
  const add = (list: string, tags: Array<{ id: string }>) => {
    for (const t of tags) if (t.id !== body.id && !body.groups.includes(t.id) && byId.has(t.id)) refs.get(list)!.set(t.id, { id: t.id, name: byId.get(t.id)!.name });
  };
  const responsible = new Set([body.id, ...body.groups]);
  let mustDo = 0;
  let throughClasses = 0;
  const documents = new Set<string>();
  for (const duty of duties) {
    const flat = model.provisions.get(duty.key)!;
    const p = flat.provision;
    if (duty.relation === 'chu-tri') {
      mustDo++;
      if (duty.via) throughClasses++;
      documents.add(flat.document);
      add('partners', partnersOf(p, responsible));
      add('reportsTo', p.reportsTo);
      add('directs', p.coordinating.filter((b) => b.relation === 'chi-dao'));
    } else if (duty.relation === 'chi-dao') {
      add('directedBy', p.responsible);
      add('partners', partnersOfDirected(p, body.id));
    } else if (duty.relation === 'phoi-hop') {
      add('partners', p.responsible);
    }
  }
  const list = (name: string) => [...refs.get(name)!.values()].sort((a, b) => COLLATOR.compare(a.name, b.name));
  return { mustDo, throughClasses, documents: documents.size, partners: list('partners'), reportsTo: list('reportsTo'), directs: list('directs'), directedBy: list('directedBy') };
}
