/**
 * The transform stages, as unified plugins. Each takes options and returns
 * a transformer `(tree, file) => void` that adds to the tree's data.
 */
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { AreaTag, BodyTag, Citation, Deadline, TermTag } from '../schemas/document.js';
import { findDeadlines, resolveSpan } from './tags/deadlines.js';
import { rowDeadlines, rowRelations } from './tables.js';
import type { DirectiveMetaFile } from '../schemas/meta.js';
import type { Area, Beneficiary } from '../schemas/taxonomy.js';
import { assignIds } from './structure/ids.js';
import { designationOf, resolveMeta } from './header/meta.js';
import type { BodyNode, ParagraphNode, ProvisionNode, RootNode, TextNode } from './nodes.js';
import { findBodies } from './tags/bodies.js';
import { CitationFinder } from './links/references.js';
import { documentJurisdiction, qualified } from './tags/jurisdiction.js';
import { findRelations, inherit, type FoundTag, type Relations } from './tags/relations.js';
import { runOf, TextRun } from './text-run.js';
import { KIND, type Vocabulary } from './vocabulary.js';
import { fold, isAllUpper, slugify } from '../text/fold.js';
import { markCorrected, provisionAtLine, refuse, type Corrections, type ResolvedCorrection } from './corrections.js';
import type { BodyRelation } from '../schemas/corrections.js';

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
 * THÁI BÌNH", "T/M BAN THƯỜNG VỤ"), which names a body but gives it no task,
 * and not the cells of a table it holds, whose rows are read by their cells
 * (nor, for its bodies, the sentence that introduces the table).
 */
function dutyRuns(node: ProvisionNode, { leadIns = true }: { leadIns?: boolean } = {}): TextRun[] {
  const found = node.children.find((child) => child.type === 'heading');
  // A heading that introduces the table the provision holds ("1. Các cơ quan thực hiện các nhiệm vụ sau:") is a lead-in too.
  const heading = found && !leadIns && node.data.taskCells?.length && /:\s*$/u.test(runOf(found).text) ? undefined : found;
  const paragraphs = node.children.filter(
    (child): child is ParagraphNode =>
      child.type === 'paragraph' && !child.data?.quoted && !child.data?.cell && (leadIns || !child.data?.leadsTable) && !isAllUpper(runOf(child).text),
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
    const closingEdits = bodyCorrections(tree, undefined, file);
    for (const paragraph of tree.children.find((node) => node.type === 'closing')?.children ?? []) {
      const mine = closingEdits.get(paragraph) ?? [];
      const found = removeBodies(qualify3(addBodies(findRelations([runOf(paragraph)], vocabulary), mine, [runOf(paragraph)], vocabulary)), mine, file, tree.data.corrections);
      if (mine.length > 0) paragraph.data = { ...paragraph.data, editorial: mine.find((e) => e.note)?.note ?? '' };
      paragraph.data = { ...paragraph.data, responsible: found.responsible, coordinating: found.coordinating, reportsTo: found.reportsTo };
    }
    // An editor's corrections of the bodies (corrections.yaml), by the provision or closing paragraph they name.
    const edits = bodyCorrections(tree, body, file);
    // Parents come before their children: a provision inherits what its parent was given.
    const given = new Map<ProvisionNode, Relations>();
    if (body) {
      visitParents(body, 'provision', (node, ancestors) => {
        const parent = ancestors[ancestors.length - 1];
        const { heading, paragraphs } = ownRuns(node);
        const runs = heading ? [heading, ...paragraphs] : paragraphs;
        const mine = edits.get(node) ?? [];
        // Bodies added are the provision's own (its items inherit them); those taken off go whether own or inherited.
        // A table's rows add their lead bodies as responsible, their supporting bodies as coordinating.
        // The sentence introducing a table ("Các cơ quan thực hiện các nhiệm vụ sau:") names no doer of its own: the rows do.
        const prose = findRelations(dutyRuns(node, { leadIns: false }), vocabulary);
        const rows = rowRelations(node, vocabulary);
        const found = { ...prose, responsible: [...prose.responsible, ...rows.responsible], coordinating: [...prose.coordinating, ...rows.coordinating] };
        const own = qualify3(addBodies(found, mine, runs, vocabulary));
        const relations = removeBodies(inherit(own, parent?.type === 'provision' ? given.get(parent)! : fallback), mine, file, tree.data.corrections);
        if (mine.length > 0) markCorrected(node, 'bodies', mine.find((e) => e.note)?.note ?? null);
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

/** The deadlines a run's words set, each at its place in the source. */
function deadlinesIn(run: TextRun, date: string | null): Deadline[] {
  const year = date ? Number(date.slice(0, 4)) : null;
  return findDeadlines(run.text, year, date).map(({ start, end: _end, ...d }) => {
    const resolved = resolveSpan(d, date);
    return { ...d, ...(resolved ? { resolved } : {}), inherited: false, ...run.pointAt(start) };
  });
}

/**
 * Stage: deadlines. A provision's own words set its deadlines (not text it
 * quotes); an item that sets none follows its parent's, marked inherited.
 * The preamble's and closing's paragraphs have their own.
 */
export const deadlinesStage: Plugin<[], RootNode> = () => (tree: RootNode) => {
  const date = tree.data.meta?.date ?? null;
  const paragraphs = [
    ...(tree.children.find((node) => node.type === 'preamble')?.children ?? []),
    ...(tree.children.find((node) => node.type === 'closing')?.children ?? []),
  ];
  for (const paragraph of paragraphs) paragraph.data = { ...paragraph.data, deadlines: deadlinesIn(runOf(paragraph), date) };
  const body = bodyOf(tree);
  if (!body) return;
  const found = new Map<ProvisionNode, Deadline[]>();
  const ownOf = (node: ProvisionNode) => {
    const known = found.get(node);
    if (known) return known;
    // A table's rows add their deadlines, in row order.
    const own = [...dutyRuns(node).flatMap((run) => deadlinesIn(run, date)), ...rowDeadlines(node, date)];
    found.set(node, own);
    return own;
  };
  // A time an item restates is the item's: "Sinh hoạt định kỳ" over "21.1 … mỗi năm hai lần", "- Bổ sung hồ sơ hằng năm …:" over "+ Định kỳ hàng năm …".
  const restates = (d: Deadline, c: Deadline) =>
    c.kind === d.kind && (d.date === undefined || c.date === d.date) && (d.period === undefined || c.period === d.period) && (d.day === undefined || c.day === d.day);
  visitParents(body, 'provision', (node, ancestors) => {
    const items = node.children.filter((child): child is ProvisionNode => child.type === 'provision');
    const own = ownOf(node).filter((d) => !items.some((item) => ownOf(item).some((c) => restates(d, c))));
    const parent = ancestors[ancestors.length - 1];
    const inherited = parent?.type === 'provision' ? (parent.data.deadlines ?? []).map((d) => ({ ...d, inherited: true })) : [];
    node.data.deadlines = own.length > 0 ? own : inherited;
  });
};

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

/**
 * The body corrections of a document by what they correct: with `body`,
 * those whose line is in a provision (a line in none is refused); without,
 * those whose line is in a closing paragraph.
 */
function bodyCorrections(tree: RootNode, body: BodyNode | undefined, file: VFile): Map<ProvisionNode | ParagraphNode, ResolvedCorrection[]> {
  const out = new Map<ProvisionNode | ParagraphNode, ResolvedCorrection[]>();
  const corrections = tree.data.corrections;
  const closing = tree.children.find((node) => node.type === 'closing')?.children ?? [];
  for (const entry of corrections?.entries ?? []) {
    if (!entry.correction.add && !entry.correction.remove) continue;
    const inClosing = closing.find((p) => p.position.start.line <= entry.line && entry.line <= p.position.end.line);
    const target = body ? provisionAtLine(body.children, entry.line) : inClosing;
    if (!target) {
      if (body && !inClosing) refuse(file, corrections!, entry.at, `line ${entry.line} is in no provision or closing paragraph: its bodies cannot be corrected`);
      continue;
    }
    out.set(target, [...(out.get(target) ?? []), entry]);
  }
  return out;
}

const LIST_OF: Record<BodyRelation, keyof Relations> = { 'chu-tri': 'responsible', 'phoi-hop': 'coordinating', 'chi-dao': 'coordinating', 'bao-cao': 'reportsTo' };
const squeezed = (text: string) => fold(text.normalize('NFC')).replace(/\s+/g, ' ').trim();

/**
 * Bodies an editor adds: tagged with the words that name them in the
 * provision's text when it prints them, else with the corrected line's first
 * words; known bodies keep their taxonomy id. Marked editorial.
 */
function addBodies(found: Relations, entries: ResolvedCorrection[], runs: TextRun[], vocabulary: Vocabulary): Relations {
  const out: Relations = { responsible: [...found.responsible], coordinating: [...found.coordinating], reportsTo: [...found.reportsTo] };
  for (const entry of entries) {
    for (const { body: name, relation } of entry.correction.add ?? []) {
      const wanted = squeezed(name);
      let evidence: BodyTag['evidence'][number] | null = null;
      let mention: FoundTag['mention'];
      for (const run of runs) {
        const at = wordAt(fold(run.text), fold(name.normalize('NFC').trim()));
        if (at < 0) continue;
        evidence = run.evidence(at, at + name.normalize('NFC').trim().length);
        // The body the parser knows by exactly this name there keeps its id; a longer or shorter one is another body.
        mention = run.bodies(vocabulary).find((b) => b.start === at && squeezed(run.text.slice(b.start, b.end)) === wanted);
        break;
      }
      const own = mention ?? findBodies(name, vocabulary).find((b) => b.start === 0 && b.end >= name.trim().length);
      const tag: FoundTag = {
        id: own?.id ?? slugify(name),
        baseId: own?.id ?? slugify(name),
        name: own?.name ?? name.trim(),
        kind: own?.kind ?? null,
        relation,
        inherited: false,
        jurisdiction: null,
        evidence: [evidence ?? { text: entry.printed, line: entry.line, column: entry.column }],
        provenance: 'editorial',
        ...(entry.note ? { note: entry.note } : {}),
        ...(own ? { mention: { ...own, ...(evidence ? {} : { start: 0, end: name.length }) } } : {}),
      };
      out[LIST_OF[relation]].push(tag);
    }
  }
  return out;
}

/** Where `word` stands in `text` as whole words (not inside a longer word: "Đoàn" in "Công đoàn"), or -1. Both folded. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + word.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

/** Bodies an editor takes off, by name or the words that tagged them; one that names no body is refused. */
function removeBodies(relations: Relations, entries: ResolvedCorrection[], file: VFile, corrections: Corrections | undefined): Relations {
  let out = relations;
  for (const entry of entries) {
    for (const { body: name, relation } of entry.correction.remove ?? []) {
      const wanted = squeezed(name);
      // The parser's tags only: what the editor adds is never taken off by a name inside it.
      const matches = (tag: BodyTag) =>
        tag.provenance !== 'editorial' && (!relation || tag.relation === relation) && [tag.name, ...tag.evidence.map((e) => e.text)].some((n) => squeezed(n) === wanted || squeezed(n).includes(wanted));
      const lists = relation ? [LIST_OF[relation]] : (['responsible', 'coordinating', 'reportsTo'] as const);
      if (!lists.some((list) => out[list].some(matches))) {
        const named = [...out.responsible, ...out.coordinating, ...out.reportsTo].map((t) => `${t.name} (${t.relation})`).join(', ') || 'none';
        refuse(file, corrections!, entry.at, `the provision at line ${entry.line} has no body "${name}"${relation ? ` as ${relation}` : ''} to take off; its bodies: ${named}`);
        continue;
      }
      out = { ...out };
      for (const list of lists) out[list] = out[list].filter((tag) => !matches(tag));
    }
  }
  return out;
}
