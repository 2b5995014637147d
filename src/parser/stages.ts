/**
 * The transform stages, as unified plugins. Each takes options and returns
 * a transformer `(tree, file) => void` that adds to the tree's data.
 */
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { AreaTag, BodyTag, Citation, TermTag } from '../schemas/document.js';
import type { DirectiveMetaFile } from '../schemas/meta.js';
import type { Area, Beneficiary } from '../schemas/taxonomy.js';
import { assignIds } from './structure/ids.js';
import { designationOf, resolveMeta } from './header/meta.js';
import type { BodyNode, ParagraphNode, ProvisionNode, RootNode, TextNode } from './nodes.js';
import { CitationFinder } from './links/references.js';
import { documentJurisdiction, qualify, type Jurisdiction } from './tags/jurisdiction.js';
import { findRelations, inherit, type FoundTag, type Relations } from './tags/relations.js';
import { runOf, TextRun } from './text-run.js';
import { KIND, type Vocabulary } from './vocabulary.js';
import { isAllUpper } from '../text/fold.js';

/** Options every stage may read. */
export interface StageOptions {
  vocabulary: Vocabulary;
  /** The editors' meta.yaml, validated. */
  meta?: DirectiveMetaFile | null;
}

/** The block of numbered provisions, if the document has one. */
function bodyOf(tree: RootNode): BodyNode | undefined {
  return tree.children.find((node): node is BodyNode => node.type === 'body');
}

/** The runs of a provision's own text: its heading, then its paragraphs. */
function ownRuns(node: ProvisionNode): { heading: TextRun | null; paragraphs: TextRun[] } {
  const heading = node.children.find((child) => child.type === 'heading');
  return {
    heading: heading ? runOf(heading) : null,
    paragraphs: node.children.filter((child): child is ParagraphNode => child.type === 'paragraph').map(runOf),
  };
}

/**
 * The runs that may say who acts: a heading, and paragraphs that are the
 * provision's own sentences — not text it quotes, and not a line in
 * capitals among its paragraphs (a guide's sample header, "ĐẢNG BỘ TỈNH
 * THÁI BÌNH", "T/M BAN THƯỜNG VỤ"), which names a body but gives it no task.
 */
function dutyRuns(node: ProvisionNode): TextRun[] {
  const heading = node.children.find((child) => child.type === 'heading');
  const paragraphs = node.children.filter(
    (child): child is ParagraphNode => child.type === 'paragraph' && !child.data?.quoted && !isAllUpper(runOf(child).text),
  );
  return [...(heading ? [runOf(heading)] : []), ...paragraphs.map(runOf)];
}

/** Stage: the document's metadata, its provenance, and how citations name it. */
export const metaStage: Plugin<[StageOptions], RootNode> = (options: StageOptions) => (tree: RootNode, file: VFile) => {
    const { meta, provenance } = resolveMeta(tree, file, options.vocabulary, options.meta ?? null);
    tree.data.meta = meta;
    tree.data.provenance = provenance;
    tree.data.designation = designationOf(meta, provenance);
  }

/** Stage: ids, labels and citations of provisions. */
export const idsStage: Plugin<[], RootNode> = () => (tree: RootNode) => {
    const body = bodyOf(tree);
    if (body) assignIds(body, tree.data.designation ?? 'Văn bản (không rõ số hiệu, ngày ban hành)');
  }

/**
 * Tags from a matcher's terms, each with its evidence. Words inside a body's
 * name are not evidence: "Thương binh" in "Sở Lao động - Thương binh và Xã
 * hội" is no provision about war invalids.
 */
function termTags<T extends { id: string; label: string }>(kind: number, runs: TextRun[], vocabulary: Vocabulary): Array<TermTag & { value: T }> {
  const tags = new Map<string, TermTag & { value: T }>();
  for (const run of runs) {
    for (const match of run.matches<T>(vocabulary, kind)) {
      // Names of bodies are capitalised ("Bảo hiểm xã hội tỉnh", "Ban Tuyên giáo")
      // but for departments, whose names end in lower case ("Sở Nông nghiệp và
      // Phát triển nông thôn"): only then are the run's bodies looked for.
      if (/\p{Lu}/u.test(run.text.slice(match.start, match.end)) || /(?:Sở|Phòng) \p{Lu}/u.test(run.text)) {
        const names = run.bodies(vocabulary);
        if (names.some((name) => match.start < name.end && name.start < match.end)) continue;
      }
      const evidence = run.evidence(match.start, match.end);
      const existing = tags.get(match.value.id);
      if (existing) existing.evidence.push(evidence);
      else tags.set(match.value.id, { id: match.value.id, label: match.value.label, evidence: [evidence], value: match.value });
    }
  }
  return [...tags.values()];
}

/** A found tag, qualified by the document's jurisdiction (see jurisdiction.ts). */
function qualified(tags: FoundTag[], jurisdiction: Jurisdiction | null): BodyTag[] {
  const out: BodyTag[] = [];
  const byId = new Map<string, { tag: BodyTag; places: Set<string> }>();
  for (const { mention, partnerMention, ...tag } of tags) {
    const where = mention ? qualify(mention, tag.evidence[0]?.text ?? tag.name, jurisdiction) : { id: tag.id, jurisdiction: tag.jurisdiction };
    if (partnerMention) tag.partnerOf = qualify(partnerMention, partnerMention.name, jurisdiction).id;
    const key = `${where.id} ${tag.relation}`;
    const same = byId.get(key);
    if (same) {
      for (const e of tag.evidence) {
        const place = `${e.line}:${e.column}`;
        if (same.places.has(place)) continue;
        same.places.add(place);
        same.tag.evidence.push(e);
      }
      continue;
    }
    const result = { ...tag, id: where.id, jurisdiction: where.jurisdiction };
    byId.set(key, { tag: result, places: new Set(tag.evidence.map((e) => `${e.line}:${e.column}`)) });
    out.push(result);
  }
  return out;
}

/** Stage: responsible, coordinating and reported-to bodies, beneficiary groups and policy areas. */
export const tagsStage: Plugin<[StageOptions], RootNode> = (options: StageOptions) => {
  const { vocabulary } = options;
  return (tree: RootNode, file: VFile) => {
    const header = tree.children.find((node) => node.type === 'header');
    const jurisdiction = tree.data.meta ? documentJurisdiction(tree.data.meta, header, vocabulary) : null;
    tree.data.jurisdiction = jurisdiction;
    const body = bodyOf(tree);
    if (!jurisdiction && body && body.children.length > 0) {
      file.info('Where the document was issued is not known (no issuer or place with a province, district or the centre): bodies such as "Tỉnh ủy" are left unqualified; meta.yaml can name the issuer', {
        place: { line: 1, column: 1 },
        ruleId: 'no-jurisdiction',
        source: 'directive',
      });
    }
    const qualify3 = (r: Relations): Relations => ({
      responsible: qualified(r.responsible, jurisdiction),
      coordinating: qualified(r.coordinating, jurisdiction),
      reportsTo: qualified(r.reportsTo, jurisdiction),
    });
    // A letter to a single addressee asks that body to act: it is responsible
    // for every top-level provision that names no body of its own.
    const addressees = tree.children.find((node) => node.type === 'addressees')?.children.filter((c) => c.type === 'listItem') ?? [];
    let fallback: Relations | null = null;
    if (addressees.length === 1) {
      const run = new TextRun(addressees[0]!.children.filter((c): c is TextNode => c.type === 'text'));
      const bodies = run.bodies(vocabulary);
      if (bodies.length > 0) {
        fallback = qualify3({
          responsible: bodies.map((b) => ({ id: b.id, baseId: b.id, name: b.name, kind: b.kind, relation: 'chu-tri' as const, inherited: false, jurisdiction: null, evidence: [run.evidence(b.start, b.end)], mention: b })),
          coordinating: [],
          reportsTo: [],
        });
      }
    }
    // The closing gives duties too ("Giao Văn phòng … theo dõi, đôn đốc …"): its own sentences, never inherited.
    for (const paragraph of tree.children.find((node) => node.type === 'closing')?.children ?? []) {
      const found = qualify3(findRelations([runOf(paragraph)], vocabulary));
      paragraph.data = { ...paragraph.data, responsible: found.responsible, coordinating: found.coordinating, reportsTo: found.reportsTo };
    }
    // Parents come before their children: a provision inherits what its parent was given.
    const given = new Map<ProvisionNode, Relations>();
    if (body) {
      visitParents(body, 'provision', (node, ancestors) => {
        const parent = ancestors[ancestors.length - 1];
        const { heading, paragraphs } = ownRuns(node);
        const runs = heading ? [heading, ...paragraphs] : paragraphs;
        const own = qualify3(findRelations(dutyRuns(node), vocabulary));
        const relations = inherit(own, parent?.type === 'provision' ? given.get(parent)! : fallback);
        given.set(node, relations);
        node.data.responsible = relations.responsible;
        node.data.coordinating = relations.coordinating;
        node.data.reportsTo = relations.reportsTo;
        node.data.areas = termTags<Area>(KIND.area, runs, vocabulary).map(({ value, ...tag }): AreaTag => ({ ...tag, group: value.group }));
        node.data.beneficiaries = termTags<Beneficiary>(KIND.beneficiary, runs, vocabulary).map(({ value: _value, ...tag }) => tag);
      });
    }
  };
}

/** Stage: citations of other documents, and the date the document must be later than. */
export const referencesStage: Plugin<[StageOptions], RootNode> = (options: StageOptions) => (tree: RootNode, file: VFile) => {
    const finder = new CitationFinder(options.vocabulary, file);
    const preamble = tree.children.find((node) => node.type === 'preamble')?.children ?? [];
    const targets: Array<{ runs: TextRun[]; assign: (citations: Citation[]) => void }> = [];
    for (const paragraph of preamble) {
      targets.push({ runs: [runOf(paragraph)], assign: (c) => (paragraph.data = { ...paragraph.data, references: c }) });
    }
    const body = bodyOf(tree);
    if (body) {
      visitParents(body, 'provision', (node) => {
        const { heading, paragraphs } = ownRuns(node);
        targets.push({ runs: heading ? [heading, ...paragraphs] : paragraphs, assign: (c) => (node.data.references = c) });
      });
    }
    for (const paragraph of tree.children.find((node) => node.type === 'closing')?.children ?? []) {
      targets.push({ runs: [runOf(paragraph)], assign: (c) => (paragraph.data = { ...paragraph.data, references: c }) });
    }
    for (const target of targets) for (const run of target.runs) finder.learnDefinitions(run);
    let latest: NonNullable<RootNode['data']['issuedAfter']> | null = null;
    for (const target of targets) {
      const citations = target.runs.flatMap((run) => finder.find(run));
      target.assign(citations);
      for (const citation of citations) {
        // The date the text itself gives, else the registry's.
        const date = citation.date ?? options.vocabulary.references.find((r) => r.id === citation.target)?.date ?? null;
        if (date && (!latest || date > latest.date)) {
          latest = { date, citation: citation.text, line: citation.line, column: citation.column };
        }
      }
    }
    tree.data.issuedAfter = latest;
  }
