/**
 * Scoring one parse against its gold standard, field by field, by the
 * rules of the development set's README. Pure: the caller parses the
 * document and gives the parse as a `ParseView`.
 *
 * Every field is a count of right answers out of a total, so that totals
 * over documents are sums. `details` say what was wrong; they quote the
 * document and are for the console only, never for a committed report.
 */
import { comparable, same, startsWithText, words, type CompareOptions } from './compare.js';
import type { Gold } from './gold.js';

/** A body as the parse tagged it. */
export interface ViewBody {
  /** Display name. */
  name: string;
  /** The words that named it in the text, as printed, in text order. */
  printed: string[];
  /** Where it was first named (for ordering lists). */
  line: number;
  column: number;
}

/** Deadlines: those of the gold found (recall) and those found that the gold does not give (precision). */
export interface DeadlineScore extends FieldScore {
  /** Deadlines the parse found (its own, not inherited). */
  found: number;
  /** Of those, the ones the gold does not give at that place. */
  extra: number;
}

/** A deadline as the scorer compares it. */
export interface ViewDeadline {
  text: string;
  kind: string;
  date?: string | undefined;
  period?: string | undefined;
  day?: string | undefined;
  amount?: number | undefined;
  unit?: string | undefined;
  /** A window's last day ("từ ngày … đến ngày 15/10/2026"). */
  ends?: string | undefined;
}

export interface ViewProvision {
  marker: string;
  /** Its own deadlines (not those it follows from its parent). */
  deadlines: ViewDeadline[];
  heading: string | null;
  /** The provision's own text (without its children). */
  text: string;
  responsible: ViewBody[];
  coordinating: ViewBody[];
  children: ViewProvision[];
}

/** What the scorer needs of a parse. */
export interface ParseView {
  /** The parse could not read the input at all. */
  failed: boolean;
  meta: Record<'documentType' | 'number' | 'date' | 'place' | 'issuer' | 'subject', string | null>;
  addressees: string[];
  preamble: string[];
  /** The deadlines of the preamble's and the closing's paragraphs. */
  preambleDeadlines: ViewDeadline[];
  closingDeadlines: ViewDeadline[];
  provisions: ViewProvision[];
  /** The rows of the appendices' task tables: the table ("appendix:N"), the row's number, its bodies. */
  tasks: Array<{ table: string; row: string; responsible: ViewBody[]; coordinating: ViewBody[] }>;
  closing: string[];
  footnotes: number;
  appendices: number;
  copiesTo: number;
  signature: { authority: string | null; title: string | null; name: string | null } | null;
  otherSignatures: Array<{ authority: string | null; title: string | null; name: string | null }>;
  citations: Array<{ text: string; number: string | null; resolved: boolean }>;
  /** The parse printed back as plain text. */
  text: string;
  /** Source lines the parser set aside as page furniture (and reported). */
  furnitureLines: number[];
  /** Source lines whose words ended up inside provisions. */
  provisionLines: number[];
  /** The parser's doubts: the provision (as a path of indexes, "1.0") or the field each points to. */
  doubts: Array<{ rule: string; path: string | null; field: string | null }>;
}

/** Where a wrong answer lies: a provision (gold path) or a field of the document. */
export interface Miss {
  field: Field;
  path: string | null;
}

export interface FieldScore {
  right: number;
  total: number;
  details: string[];
}

/** The fields, in report order. */
export const FIELDS = [
  'tree',
  'markers',
  'headings',
  'documentType',
  'number',
  'date',
  'place',
  'issuer',
  'subject',
  'addressees',
  'preamble',
  'closing',
  'closingApart',
  'footnotes',
  'appendices',
  'copiesTo',
  'signature',
  'responsible',
  'coordinating',
] as const;
export type Field = (typeof FIELDS)[number];

export const META_FIELDS = ['documentType', 'number', 'date', 'place', 'issuer', 'subject'] as const;

export interface DocumentScore {
  fields: Partial<Record<Field, FieldScore>>;
  /** The gold has a "Kính gửi" list. */
  hasKinhGui: boolean;
  /** Words of the source missing from the parse's plain-text output (the README's exempt lines apart). */
  wordsLost: number;
  lostSample: string[];
  /** Furniture lines (page numbers at a page break, OCR page markers, lines repeated on 3+ pages) inside provisions. */
  furnitureInProvisions: number;
  /** Source lines the parser set aside as furniture. */
  furnitureReported: number;
  /** Citations that give neither a document number nor a known name. */
  falseCitations: number;
  /** Bodies tagged on provisions the gold annotates that the gold does not name (responsible and coordinating), of all tagged there. */
  extraBodies: number;
  taggedBodies: number;
  falseCitationSample: string[];
  /** Deadlines found of those the gold gives (printed words and normalised fields alike); apart from the fields, so the figures of the fields stay comparable. Null: the gold gives none to score. */
  deadlines: DeadlineScore | null;
  /** Bodies the gold's task-table rows name (lead and supporting) found on that row; null: the gold gives no task rows. */
  taskBodies: FieldScore | null;
  /** Every wrong answer and where it lies (for how well the doubts point at them). */
  misses: Miss[];
  /** Provisions the parse has, and its doubts: what the doubts cover is scored by doubtCoverage(). */
  provisionCount: number;
  doubts: ParseView['doubts'];
  /** Corrections refused because their line no longer reads as they quote it (with --corrections). */
  refused?: string[];
}

function field(right: boolean, detail: string): FieldScore {
  return { right: right ? 1 : 0, total: 1, details: right ? [] : [detail] };
}

function at(provisions: ViewProvision[], path: string): ViewProvision | undefined {
  let list = provisions;
  let node: ViewProvision | undefined;
  for (const index of path.split('.').map(Number)) {
    node = list[index];
    if (!node) return undefined;
    list = node.children;
  }
  return node;
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Whether a body the gold names is among a provision's bodies: it equals one
 * of them (by name or as printed), or a list of consecutive ones that the gold
 * keeps whole ("Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh").
 */
export function bodyFound(goldName: string, bodies: ViewBody[], options: CompareOptions = {}): boolean {
  if (bodies.some((b) => same(b.name, goldName, options) || b.printed.some((p) => same(p, goldName, options)))) return true;
  const target = words(goldName, options);
  const and = words('và', options)[0];
  const ordered = [...bodies].sort((a, b) => a.line - b.line || a.column - b.column);
  const forms = ordered.map((b) => [...new Set([b.name, ...b.printed])].map((f) => words(f, options)));
  const consume = (from: number, position: number): boolean => {
    if (position === target.length) return true;
    if (from >= forms.length) return false;
    let start = position;
    if (position > 0 && target[start] === and) start++;
    return forms[from]!.some((form) => form.length > 0 && form.every((w, i) => target[start + i] === w) && consume(from + 1, start + form.length));
  };
  return ordered.some((_, from) => consume(from, 0));
}

function bodyScore(gold: Record<string, string[]>, provisions: ViewProvision[], pick: (p: ViewProvision) => ViewBody[], options: CompareOptions): FieldScore & { extra: number; tagged: number } {
  const score = { right: 0, total: 0, details: [] as string[], extra: 0, tagged: 0 };
  for (const [path, names] of Object.entries(gold)) {
    const provision = at(provisions, path);
    const bodies = provision ? pick(provision) : [];
    for (const name of names) {
      score.total++;
      if (bodyFound(name, bodies, options)) score.right++;
      else score.details.push(`${path}: ${show(name)} not among ${show(bodies.map((b) => b.printed[0] ?? b.name))}`);
    }
    // Precision, where the gold annotates: bodies of the parse the gold does not name (alone or in a list it keeps whole).
    for (const b of bodies) {
      score.tagged++;
      const named = names.some((name) => bodyFound(name, [b], options) || [b.name, ...b.printed].some((p) => comparable(name, options).includes(comparable(p, options))));
      if (!named) {
        score.extra++;
        score.details.push(`${path}: extra ${show(b.printed[0] ?? b.name)}`);
      }
    }
  }
  return score;
}

/**
 * A numbering mark as scored: spaces dropped, and the colon after ordinal
 * words and steps ("- Thứ nhất:", "Bước 1:"), which is punctuation of the
 * sentence, not of the mark ("1." keeps its point).
 */
function markKeyOf(marker: string): string {
  return marker.replace(/\s+/g, '').replace(/[:,]$/u, '');
}

/** Lines of a source text (1-based), as the README's rules read them. */
interface SourceLines {
  lines: string[];
  /** Page of each line (0-based), pages split at form feeds and OCR page markers. */
  page: number[];
  /** Line numbers exempt from the no-words-lost rule. */
  exempt: Set<number>;
  /**
   * Lines that are page furniture for sure: page numbers at a page break, OCR
   * page markers, and repeated lines standing at an edge of three or more
   * pages (a line of text may repeat elsewhere by chance: "sinh hoạt đảng.").
   */
  furniture: Set<number>;
}

const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^(?:trang|page)\s+\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?$/iu;
const OCR_PAGE_MARKER = /^=+\s*Trang\s+\d+\s*=+$/iu;

/** The lines of a source and those the README exempts: page numbers at a page break, OCR page markers, lines repeated on 3+ pages. */
export function readSourceLines(source: string): SourceLines {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const page: number[] = [];
  let current = 0;
  lines.forEach((line, i) => {
    if (OCR_PAGE_MARKER.test(line.trim())) current++;
    const before = line.indexOf('\f');
    // A form feed at the start of a line opens a page with it; one after text closes the page after it.
    if (before >= 0 && line.slice(0, before).trim() === '') current++;
    page[i] = current;
    if (before >= 0 && line.slice(0, before).trim() !== '') current++;
  });
  const exempt = new Set<number>();
  const nonBlank = (from: number, step: number): number => {
    for (let i = from; i >= 0 && i < lines.length; i += step) if (lines[i]!.replace(/\f/g, '').trim() !== '') return i;
    return -1;
  };
  const repeated = new Map<string, Set<number>>();
  lines.forEach((line, i) => {
    const text = line.replace(/\f/g, '').trim();
    if (text === '') return;
    if (OCR_PAGE_MARKER.test(text)) exempt.add(i + 1);
    if (PAGE_NUMBER.test(text)) {
      const previous = nonBlank(i - 1, -1);
      const next = nonBlank(i + 1, 1);
      const breakNear =
        line.includes('\f') ||
        (previous >= 0 && (/\f\s*$/.test(lines[previous]!) || OCR_PAGE_MARKER.test(lines[previous]!.trim()) || lines.slice(previous + 1, i).some((l) => l.includes('\f')))) ||
        (next >= 0 && (/^\s*\f/.test(lines[next]!) || OCR_PAGE_MARKER.test(lines[next]!.trim()) || lines.slice(i + 1, next).some((l) => l.includes('\f'))));
      if (breakNear) exempt.add(i + 1);
    }
    const key = text.replace(/\s+/g, ' ');
    let pages = repeated.get(key);
    if (!pages) {
      pages = new Set();
      repeated.set(key, pages);
    }
    pages.add(page[i]!);
  });
  const furniture = new Set(exempt);
  // The first and last two content lines of each page.
  const edge = new Set<number>();
  const byPage = new Map<number, number[]>();
  lines.forEach((line, i) => {
    if (line.replace(/\f/g, '').trim() === '' || OCR_PAGE_MARKER.test(line.trim())) return;
    const list = byPage.get(page[i]!) ?? [];
    list.push(i);
    byPage.set(page[i]!, list);
  });
  for (const list of byPage.values()) for (const i of [...list.slice(0, 2), ...list.slice(-2)]) edge.add(i);
  const edgePages = new Map<string, Set<number>>();
  // At a page's edge, a line repeated up to its digits is a running header or footer ("KH-05.DOC 2", "… 3").
  const edgeKey = (line: string) => line.replace(/\f/g, '').replace(/\d+/g, '#').trim().replace(/\s+/g, ' ');
  for (const i of edge) {
    const key = edgeKey(lines[i]!);
    const pages = edgePages.get(key) ?? new Set<number>();
    pages.add(page[i]!);
    edgePages.set(key, pages);
  }
  lines.forEach((line, i) => {
    const key = line.replace(/\f/g, '').trim().replace(/\s+/g, ' ');
    if (key && (repeated.get(key)?.size ?? 0) >= 3) exempt.add(i + 1);
    if (key && edge.has(i) && (edgePages.get(edgeKey(line))?.size ?? 0) >= 3 && /\p{L}/u.test(key)) furniture.add(i + 1);
  });
  return { lines, page, exempt, furniture };
}

/** Words for the no-words-lost check: NFC, lower case, punctuation at the edges dropped. */
export function wordList(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u00f0/gu, 'đ') // the look-alike eth the parser reads as "đ"
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

function countWords(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Which fields a gold standard asks to score (all, or its `scoreOnly` list). */
function scoredFields(gold: Gold): Set<Field> {
  if (!gold.scoreOnly) return new Set(FIELDS);
  const out = new Set<Field>();
  for (const name of gold.scoreOnly) {
    if (name === 'header') for (const f of META_FIELDS) if (f !== 'issuer') out.add(f);
    else if ((FIELDS as readonly string[]).includes(name)) out.add(name as Field);
  }
  return out;
}

/** Score one parse. `source` is the text the parse read. */
export function scoreDocument(gold: Gold, view: ParseView, source: string): DocumentScore {
  // A scan is read by OCR: compared as OCR text is.
  const options: CompareOptions = { ocr: gold.form === 'ocr' || gold.form === 'scan' };
  const wanted = scoredFields(gold);
  const fields: DocumentScore['fields'] = {};
  const set = (name: Field, score: FieldScore) => {
    if (wanted.has(name)) fields[name] = score;
  };

  // Structure.
  const childCounts = view.provisions.map((p) => p.children.length);
  set('tree', field(view.provisions.length === gold.top && show(childCounts) === show(gold.children.slice(0, gold.top)), `top ${view.provisions.length} (gold ${gold.top}), children ${show(childCounts)} (gold ${show(gold.children)})`));
  const markers: FieldScore = { right: 0, total: 0, details: [] };
  const headings: FieldScore = { right: 0, total: 0, details: [] };
  for (const [path, marker] of Object.entries(gold.markers)) {
    const provision = at(view.provisions, path);
    markers.total++;
    if (provision && markKeyOf(provision.marker) === markKeyOf(marker)) markers.right++;
    else markers.details.push(`${path}: ${show(provision?.marker ?? null)} (gold ${show(marker)})`);
    const heading = gold.headings[path] ?? null;
    headings.total++;
    if (provision && same(provision.heading, heading, options)) headings.right++;
    else headings.details.push(`${path}: ${provision ? show(provision.heading) : '(no provision)'} (gold ${show(heading)})`);
  }
  set('markers', markers);
  set('headings', headings);

  // The header.
  for (const name of META_FIELDS) {
    const expected = gold.meta[name];
    const accepted: Array<string | null> = [expected];
    if (name === 'issuer') accepted.push(...(gold.meta.issuerAlternatives ?? []));
    const fromLayer = gold.textLayer?.meta?.[name];
    if (fromLayer !== undefined) accepted.push(fromLayer);
    const got = view.meta[name];
    const right = accepted.some((value) => (name === 'date' ? (value ?? null) === (got ?? null) : same(got, value, options)));
    set(name, field(right, `${name}: ${show(got)} (gold ${show(accepted)})`));
  }

  // Parts around the provisions.
  const addressees: FieldScore = { right: 0, total: Math.max(gold.addressees.length, view.addressees.length), details: [] };
  gold.addressees.forEach((expected, i) => {
    if (same(view.addressees[i], expected, options)) addressees.right++;
    else addressees.details.push(`addressee ${i + 1}: ${show(view.addressees[i] ?? null)} (gold ${show(expected)})`);
  });
  if (view.addressees.length > gold.addressees.length) addressees.details.push(`extra addressees: ${show(view.addressees.slice(gold.addressees.length))}`);
  if (addressees.total === 0) addressees.total = addressees.right = 1;
  set('addressees', addressees);

  const firstPreamble = view.preamble[0] ?? null;
  const preambleRight =
    gold.preambleStartsWith === null ? firstPreamble === null : firstPreamble !== null && startsWithText(firstPreamble.replace(/^[-–+]\s*/u, ''), gold.preambleStartsWith, options);
  set('preamble', field(preambleRight, `preamble starts ${show(firstPreamble?.slice(0, 60) ?? null)} (gold ${show(gold.preambleStartsWith)})`));

  const closing = view.closing.join(' ');
  set('closing', field(gold.closing === null ? view.closing.length === 0 : startsWithText(closing, gold.closing, options), `closing ${show(closing.slice(0, 60) || null)} (gold ${show(gold.closing)})`));
  if (gold.closing !== null) {
    const head = comparable(gold.closing, options);
    const inside: string[] = [];
    const walk = (list: ViewProvision[]) => {
      for (const p of list) {
        if (comparable(`${p.heading ?? ''} ${p.text}`, options).includes(head)) inside.push(p.marker);
        walk(p.children);
      }
    };
    walk(view.provisions);
    // Every word is in one node only: a closing read as the closing is apart, even when a provision says the same words.
    const read = startsWithText(closing, gold.closing, options);
    set('closingApart', field(read || inside.length === 0, `the closing is inside provision(s) ${show(inside)}`));
  }

  const footnotesAccepted = [gold.footnotes, ...(gold.textLayer?.footnotes !== undefined ? [gold.textLayer.footnotes] : [])];
  set('footnotes', field(footnotesAccepted.includes(view.footnotes), `footnotes ${view.footnotes} (gold ${show(footnotesAccepted)})`));
  set('appendices', field(view.appendices === gold.appendices, `appendices ${view.appendices} (gold ${gold.appendices})`));
  set('copiesTo', field(view.copiesTo === gold.copiesTo, `Nơi nhận entries ${view.copiesTo} (gold ${gold.copiesTo})`));
  if (gold.signature) {
    // Every signature of the gold, the first and a joint document's others, three parts each.
    const wanted = [gold.signature, ...gold.otherSignatures];
    const got = [view.signature, ...view.otherSignatures];
    const signature: FieldScore = { right: 0, total: 3 * wanted.length, details: [] };
    wanted.forEach((expected, k) => {
      const label = k === 0 ? 'signature' : `signature ${k + 1}`;
      for (const part of ['authority', 'title', 'name'] as const) {
        const value = got[k]?.[part] ?? null;
        if (same(value, expected[part], options)) signature.right++;
        else signature.details.push(`${label} ${part}: ${show(value)} (gold ${show(expected[part])})`);
      }
    });
    set('signature', signature);
  }

  // Bodies.
  const responsible = bodyScore(gold.responsible, view.provisions, (p) => p.responsible, options);
  const coordinating = bodyScore(gold.coordinating, view.provisions, (p) => p.coordinating, options);
  set('responsible', { right: responsible.right, total: responsible.total, details: responsible.details });
  set('coordinating', { right: coordinating.right, total: coordinating.total, details: coordinating.details });

  // Nothing lost; furniture out of the provisions.
  const { lines, exempt, furniture } = readSourceLines(source);
  const sourceCounts = countWords(lines.flatMap((line, i) => (exempt.has(i + 1) ? [] : wordList(line.replace(/\f/g, ' ')))));
  const outputCounts = countWords(wordList(view.text));
  let wordsLost = 0;
  const lostSample: string[] = [];
  for (const [w, count] of sourceCounts) {
    const missing = count - (outputCounts.get(w) ?? 0);
    if (missing > 0) {
      wordsLost += missing;
      if (lostSample.length < 12) lostSample.push(w);
    }
  }
  const provisionLines = new Set(view.provisionLines);
  const furnitureInProvisions = [...furniture].filter((line) => provisionLines.has(line)).length;
  const falseCitations = view.citations.filter((c) => c.number === null && !c.resolved);
  const misses: Miss[] = [];
  for (const [name, score] of Object.entries(fields) as Array<[Field, FieldScore]>) {
    for (const detail of score.details) {
      // Provision fields' details open with the gold path ("1.2: …"); others are the document's.
      const path = /^(\d+(?:\.\d+)*): /.exec(detail)?.[1] ?? null;
      if (/^(?:\d+(?:\.\d+)*): extra /u.test(detail)) continue;
      misses.push({ field: name, path: PROVISION_FIELDS.has(name) ? path : null });
    }
  }
  let provisionCount = 0;
  const count = (list: ViewProvision[]) => {
    for (const p of list) {
      provisionCount++;
      count(p.children);
    }
  };
  count(view.provisions);

  // Deadlines: each of the gold's found at its place, with its words and its normalised fields.
  let deadlines: DeadlineScore | null = null;
  if (gold.deadlines) {
    deadlines = { right: 0, total: 0, found: 0, extra: 0, details: [] };
    // A window of days: some golds give its last day as `date` (round 11's convention), others no date; either is right.
    const sameDeadline = (g: ViewDeadline, d: ViewDeadline) =>
      same(g.text, d.text, options) &&
      g.kind === d.kind &&
      (['date', 'period', 'day', 'amount', 'unit'] as const).every(
        (k) => (d[k] ?? null) === (g[k] ?? null) || (k === 'date' && g.kind === 'during' && ((!d.date && d.ends === g.date) || (!g.date && g.ends === d.date))),
      );
    const goldAt = (path: string): ViewDeadline[] => (gold.deadlines as Record<string, ViewDeadline[]>)[path] ?? [];
    for (const [path, wanted] of Object.entries(gold.deadlines)) {
      const got = path === 'preamble' ? view.preambleDeadlines : path === 'closing' ? view.closingDeadlines : (at(view.provisions, path)?.deadlines ?? []);
      for (const d of wanted) {
        deadlines.total++;
        if (got.some((g) => sameDeadline(g, d))) deadlines.right++;
        else deadlines.details.push(`${path}: ${show(d)} not among ${show(got.map((g) => `${g.kind} ${g.text}`))}`);
      }
    }
    // Precision: every deadline the parse found, wherever it lies, against the gold's at that place.
    const tally = (path: string, got: ViewDeadline[]) => {
      for (const g of got) {
        deadlines!.found++;
        if (!goldAt(path).some((d) => sameDeadline(g, d))) {
          deadlines!.extra++;
          deadlines!.details.push(`${path}: extra ${show({ text: g.text, kind: g.kind })}`);
        }
      }
    };
    tally('preamble', view.preambleDeadlines);
    tally('closing', view.closingDeadlines);
    const walk = (list: ViewProvision[], prefix: string) =>
      list.forEach((p, i) => {
        const path = prefix ? `${prefix}.${i}` : String(i);
        tally(path, p.deadlines);
        walk(p.children, path);
      });
    walk(view.provisions, '');
  }
  // Task tables, in an appendix or a provision: each body a row names, found on that row by relation.
  let taskBodies: FieldScore | null = null;
  const rows = gold.taskRows;
  if (rows.length > 0) {
    taskBodies = { right: 0, total: 0, details: [] };
    for (const row of rows) {
      const got = view.tasks.find((t) => t.table === row.table && t.row === row.row);
      for (const [names, relation] of [[row.lead, 'responsible'], [row.support, 'coordinating']] as const) {
        for (const name of names) {
          taskBodies.total++;
          if (got && bodyFound(name, got[relation], options)) taskBodies.right++;
          else taskBodies.details.push(`${row.table} row ${row.row}: ${relation} ${show(name)} not among ${show(got?.[relation].map((b) => b.name) ?? null)}`);
        }
      }
    }
  }
  return {
    taskBodies,
    deadlines,
    fields,
    hasKinhGui: gold.addressees.length > 0,
    wordsLost,
    lostSample,
    furnitureInProvisions,
    furnitureReported: view.furnitureLines.length,
    falseCitations: falseCitations.length,
    extraBodies: wanted.has('responsible') ? responsible.extra + coordinating.extra : 0,
    taggedBodies: wanted.has('responsible') ? responsible.tagged + coordinating.tagged : 0,
    falseCitationSample: falseCitations.slice(0, 5).map((c) => c.text),
    misses,
    provisionCount,
    doubts: view.doubts,
  };
}

const PROVISION_FIELDS = new Set<Field>(['markers', 'headings', 'responsible', 'coordinating']);

/** Which of the document's fields each doubt field speaks for. */
const DOUBT_FIELDS: Record<string, Field[]> = {
  documentType: ['documentType'],
  number: ['number'],
  date: ['date', 'place'],
  issuer: ['issuer'],
  subject: ['subject'],
  signature: ['signature', 'copiesTo'],
  copiesTo: ['copiesTo'],
  closing: ['closing', 'closingApart', 'tree'],
};

/**
 * Whether a wrong answer lies where a doubt points: a provision the doubts
 * name (or one above or below it), a header field or part they name; the
 * tree's shape, anywhere a doubt names a provision; anything in a document
 * read by OCR, which says so.
 */
export function missCovered(miss: Miss, doubts: ParseView['doubts']): boolean {
  // A document read by OCR is in doubt word by word.
  if (doubts.some((d) => d.rule === 'ocr')) return true;
  if (miss.path !== null) {
    const path = miss.path;
    return doubts.some((d) => d.path !== null && (d.path === path || path.startsWith(`${d.path}.`) || d.path.startsWith(`${path}.`)));
  }
  if (miss.field === 'tree' && doubts.some((d) => d.path !== null || d.field === 'text')) return true;
  return doubts.some((d) => d.field !== null && (DOUBT_FIELDS[d.field] ?? []).includes(miss.field));
}

